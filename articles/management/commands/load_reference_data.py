"""Loads the curated reference data in fixtures/ without overwriting curators' edits."""

from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

REFERENCE_FIXTURES = ["outlets.json", "actors.json", "topics.json", "negotiations.json"]


class Command(BaseCommand):
    help = (
        "Add the reference outlets, actors, aliases, topics and negotiations from fixtures/ "
        "that the database does not have yet. Objects already present (matched by slug or "
        "normalised alias) are left as curators made them; use loaddata to overwrite."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--fixtures-dir",
            default=str(Path(settings.BASE_DIR) / "fixtures"),
            help="Folder holding the reference fixtures (default: fixtures/).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would be added; write nothing."
        )

    def handle(self, *args, fixtures_dir: str, dry_run: bool, verbosity: int, **options):
        folder = Path(fixtures_dir)
        added: dict[str, int] = {}
        kept = 0
        with transaction.atomic():
            for name in REFERENCE_FIXTURES:
                path = folder / name
                if not path.exists():
                    raise CommandError(f"{path}: reference fixture not found")
                try:
                    # Lazily: each object's natural-key references resolve against the
                    # rows saved before it (countries before the people they belong to).
                    for deserialized in serializers.deserialize(
                        "json", path.read_text(encoding="utf-8")
                    ):
                        # A natural key already in the database gives the object its pk:
                        # that row is the curators' now, so it is left as it is.
                        if deserialized.object.pk is not None:
                            kept += 1
                            continue
                        deserialized.save()
                        label = str(deserialized.object._meta.verbose_name_plural)
                        added[label] = added.get(label, 0) + 1
                except serializers.base.DeserializationError as error:
                    raise CommandError(f"{path}: not a valid fixture: {error}") from error
            if dry_run:
                transaction.set_rollback(True)
        summary = ", ".join(f"{count} {label}" for label, count in added.items()) or "nothing"
        verb = "Would add" if dry_run else "Added"
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    f"{verb} {summary}; {kept} already present were left as they are."
                )
            )
