"""A later import run reads an article as the run that proposed its actors would have.

A run's registry holds the actors earlier runs proposed (`registry_extractor`). What a
proposed actor changes in the extraction changes the actors of an event, and so where the
importer places it (bench/RESULTS-clustering.md, sixth round)."""

import pytest

from articles.extraction.formats import document_from_text
from articles.models import Actor, Alias, Mention
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


def test_a_country_of_the_world_list_is_added_confirmed_with_its_demonyms(reference_data):
    assert "thailand" in _import("first.txt", PROPOSES)
    thailand = Actor.objects.get(slug="thailand")
    assert thailand.status == Actor.Status.CONFIRMED
    assert sorted(thailand.aliases.values_list("text", flat=True)) == ["Thai"]
    # a later run reads it from the registry, by its demonym too
    assert _import("demonym.txt", DEMONYM) == ["india", "thailand"]


def test_a_later_run_reads_a_country_left_proposed_by_its_demonym_too(reference_data):
    # as an import before countries were added confirmed left it (or a curator set it)
    assert "thailand" in _import("first.txt", PROPOSES)
    Actor.objects.filter(slug="thailand").update(status=Actor.Status.PROPOSED)
    Alias.objects.filter(actor__slug="thailand").delete()
    assert _import("demonym.txt", DEMONYM) == ["india", "thailand"]


# A bare "Congress" in a story about another country is proposed as that country's
# legislature (actors.py), "Congress of Peru" after "Peru's", not the U.S. Congress, which
# the registry also calls "Congress".
OTHER_CONGRESS = (
    "LIMA, Nov. 16, 2026 — Peru's Congress on Monday approved the protocol to the trade "
    "agreement with the European Union. Congress had held the vote since July.\n"
)
US_CONGRESS = (
    "WASHINGTON, Nov. 17, 2026 — The U.S. Trade Representative briefed Congress on Tuesday "
    "on the talks with the European Union.\n"
)


def test_a_proposed_body_is_never_stored_as_the_known_body_of_its_alias(reference_data):
    assert "us-congress" not in _import("peru.txt", OTHER_CONGRESS)
    proposed = Actor.objects.get(mentions__article__origin="peru.txt", name="Congress of Peru")
    assert proposed.status == Actor.Status.PROPOSED


def test_a_later_run_keeps_the_known_body_and_the_proposed_one_apart(reference_data):
    _import("peru.txt", OTHER_CONGRESS)
    proposed = Actor.objects.get(name="Congress of Peru")
    # the proposed "Congress" does not take the text from the U.S. Congress ...
    assert "us-congress" in _import("us.txt", US_CONGRESS)
    assert proposed.slug not in _import("us.txt", US_CONGRESS)
    # ... and another story about Peru's Congress finds the same proposed actor
    assert proposed.slug in _import("peru-again.txt", OTHER_CONGRESS.replace("July", "June"))
    assert Actor.objects.filter(name__startswith="Congress").count() == 1
