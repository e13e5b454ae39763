"""Blocs and their member countries, as the reference data lists them.

A bloc's members are a relation between actors (`Actor.members`), which curators edit in
the admin. fixtures/lists/memberships.json lists each bloc's members by their country names (the
registry's, or the world's list's: articles/extraction/countries.py). The registry has only
the countries articles named so far, so a listed member it does not have yet is linked when
an import adds it from the world's list (see importing._actor_for), and until then counts
as a member by its slug (see `member_slugs`). A bloc whose members a curator edited
(`members` in its curated_fields) has the members the curator gave it, and no others.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils.text import slugify

from articles.extraction.normalise import normalise_name

__all__ = ["blocs_listing", "listed_memberships", "member_slugs", "memberships_path"]


def memberships_path() -> Path:
    return Path(settings.BASE_DIR) / "fixtures" / "lists" / "memberships.json"


@cache
def _read(path: Path) -> dict[str, tuple[str, ...]]:
    rows = json.loads(path.read_text(encoding="utf-8"))["memberships"]
    return {str(bloc): tuple(str(name) for name in names) for bloc, names in rows.items()}


def listed_memberships(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Return each bloc's slug -> its members' country names, as the list gives them
    (empty when there is no list)."""
    path = path or memberships_path()
    return _read(path) if path.exists() else {}


def member_slugs(bloc, stored: list[str]) -> tuple[str, ...]:
    """Return the members of `bloc` (an Actor) as slugs: the stored ones (`stored`), and,
    unless a curator edited them, those the list names that are not stored yet."""
    if "members" in (bloc.curated_fields or []):
        return tuple(stored)
    listed = listed_memberships().get(bloc.slug, ())
    return tuple(dict.fromkeys([*stored, *(slugify(name) for name in listed)]))


def blocs_listing(name: str) -> list[str]:
    """Return the slugs of the blocs whose listed members include the country `name`."""
    wanted = normalise_name(name)
    return [
        bloc
        for bloc, names in listed_memberships().items()
        if any(normalise_name(member) == wanted for member in names)
    ]
