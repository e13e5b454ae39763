"""A later import run reads an article as the run that proposed its actors would have.

A run's registry holds the actors earlier runs proposed (`registry_extractor`). What a
proposed actor changes in the extraction changes the actors of an event, and so where the
importer places it (bench/RESULTS-clustering.md, sixth round)."""

import pytest

from articles.extraction.formats import document_from_text
from articles.models import Actor, Mention
from articles.services import articles_import

pytestmark = pytest.mark.django_db

# "Thailand" is a country of the world's list the reference data lacks: the first run
# proposes it. The second article names it by its demonym only.
PROPOSES = "BANGKOK, March 3, 2025 — Thailand and India agreed on Monday to open talks on rice.\n"
DEMONYM = (
    "NEW DELHI, March 5, 2025 — India raised its duty on rice imports on Wednesday, "
    "a move Thai exporters said would cut shipments.\n"
)


def _import(name: str, text: str) -> list[str]:
    """Import one article in a run of its own; return the slugs of the actors it mentions."""
    articles_import(documents=[document_from_text(name, text)])
    mentions = Mention.objects.filter(article__origin=name)
    return sorted(mentions.values_list("actor__slug", flat=True))


def test_a_country_of_the_world_list_is_read_from_its_demonym(reference_data):
    assert _import("demonym.txt", DEMONYM) == ["india", "thailand"]


def test_a_later_run_reads_a_proposed_country_by_its_demonym_too(reference_data):
    assert "thailand" in _import("first.txt", PROPOSES)
    assert Actor.objects.get(slug="thailand").status == Actor.Status.PROPOSED
    assert _import("demonym.txt", DEMONYM) == ["india", "thailand"]
