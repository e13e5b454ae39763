"""A report that names no party is about its article's lead's parties (ArticleParties):
the importer gives them to it whether it places the article now or reads its events back
in a later run (bench/RESULTS-clustering.md, eighth round)."""

import pytest

from articles.extraction.formats import document_from_text
from articles.models import Evidence
from articles.services import articles_import

pytestmark = pytest.mark.django_db

BARE = "Negotiations opened in May 2023"


def story(name: str, partner: str, day: int) -> object:
    """An article on Peru's talks with `partner` whose third sentence names no party."""
    text = (
        f"Peru and {partner} trade talks\n\n"
        f"LIMA, March {day}, 2024 — Peru and {partner} agreed on Monday to hold a fifth "
        f"round of trade talks in June.\n\n"
        f"Officials said the round would cover services and customs rules.\n\n"
        f"{BARE}.\n"
    )
    return document_from_text(name, text)


def events_of_bare_reports() -> dict[str, int]:
    rows = Evidence.objects.select_related("article").filter(sentence__startswith=BARE)
    return {row.article.origin: row.event_id for row in rows}


@pytest.mark.parametrize("runs", [False, True], ids=["one-run", "run-each"])
def test_reports_naming_no_party_of_two_negotiations_are_two_events(reference_data, runs):
    documents = [
        story("norway_one.txt", "Norway", 4),
        story("uganda.txt", "Uganda", 5),
        story("norway_two.txt", "Norway", 6),
    ]
    for batch in [[document] for document in documents] if runs else [documents]:
        articles_import(documents=batch)
    events = events_of_bare_reports()
    assert len(events) == 3
    # Peru with Norway, twice: one launch; Peru with Uganda: another.
    assert events["norway_one.txt"] == events["norway_two.txt"]
    assert events["uganda.txt"] != events["norway_one.txt"]
