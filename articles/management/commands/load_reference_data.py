"""Loads the curated reference data in fixtures/ without overwriting curators' edits."""

from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

REFERENCE_FIXTURES = ["outlets.json", "actors.json", "topics.json", "negotiations.json"]
# Blocs and their member countries: not a Django fixture (loaddata of actors.json needs
# no country beyond its own; kept out of fixtures/*.json), read by `_add_memberships`.
MEMBERSHIPS = "lists/memberships.json"


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
            _add_memberships(folder / MEMBERSHIPS, added)
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


def _add_memberships(path: Path, added: dict[str, int]) -> None:
    """Link each bloc of `path` to the listed members it lacks, unless a curator edited its
    members (`members` in its curated_fields) or the bloc is not stored. A member the
    registry does not have yet is linked when an import adds it (articles/services/
    memberships.py): countries are added as articles name them, not here, since the
    extraction reads a country of the world's list by that list's rules."""
    from articles.extraction.normalise import normalise_name
    from articles.models import Actor
    from articles.services.memberships import listed_memberships

    if not path.exists():
        raise CommandError(f"{path}: reference fixture not found")
    try:
        memberships = listed_memberships(path)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise CommandError(f"{path}: not a valid membership list: {error}") from error
    countries = {
        normalise_name(text): actor
        for actor in Actor.objects.filter(kind=Actor.Kind.COUNTRY).prefetch_related("aliases")
        for text in (actor.name, *(alias.text for alias in actor.aliases.all()))
    }
    for slug, names in memberships.items():
        bloc = Actor.objects.filter(slug=slug).first()
        if bloc is None or "members" in (bloc.curated_fields or []):
            continue
        have = set(bloc.members.values_list("pk", flat=True))
        new = {
            member.pk: member
            for name in names
            if (member := countries.get(normalise_name(name))) is not None and member.pk not in have
        }
        if new:
            bloc.members.add(*new.values())
            added["memberships"] = added.get("memberships", 0) + len(new)
