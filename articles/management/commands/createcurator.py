"""Creates a staff user in the Curator group: may edit content, not users or groups."""

from __future__ import annotations

import getpass
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

CURATOR_GROUP = "Curator"


class Command(BaseCommand):
    help = (
        "Create a staff user in the Curator group. The password comes from --password, "
        "a prompt, or (with --noinput) is generated and printed."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="", help="The curator's email address.")
        parser.add_argument("--password", help="The password (visible in shell history).")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Never prompt: without --password, generate one and print it.",
        )

    def handle(self, *args, username, email, password, interactive, verbosity, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            raise CommandError(f"username {username!r}: a user with that name already exists")
        group = Group.objects.filter(name=CURATOR_GROUP).first()
        if group is None:
            raise CommandError(f"the {CURATOR_GROUP!r} group is missing: run `manage.py migrate`")

        generated = False
        if password is None and interactive:
            password = self._prompt_password()
        elif password is None:
            password, generated = secrets.token_urlsafe(15), True
        user = User(username=username, email=email, is_staff=True)
        if not generated:
            try:
                validate_password(password, user)
            except ValidationError as error:
                raise CommandError("--password: " + " ".join(error.messages)) from error

        with transaction.atomic():
            user.set_password(password)
            user.save()
            user.groups.add(group)
        if verbosity:
            self.stdout.write(self.style.SUCCESS(f"Created curator {username!r}."))
        if generated:
            # Printed even at verbosity 0: it is the only way to learn the password.
            self.stdout.write(f"Password: {password}")

    def _prompt_password(self) -> str:
        try:
            first = getpass.getpass("Password: ")
            second = getpass.getpass("Password (again): ")
        except (EOFError, KeyboardInterrupt) as error:
            raise CommandError("no password given (use --password or --noinput)") from error
        if first != second:
            raise CommandError("the two passwords differ")
        if not first:
            raise CommandError("the password is empty (use --noinput to generate one)")
        return first
