"""The admin's article and event searches: short fields by substring, long text through the
full-text index, counts capped while searching (articles/admin/searching.py)."""

import pytest
from django.urls import reverse

from articles.admin.searching import CappedPaginator
from articles.models import Article, Event
from tests.factories import make_article, make_event, make_evidence

pytestmark = pytest.mark.django_db


def found(client, model, query: str) -> set[str]:
    url = reverse(f"admin:articles_{model._meta.model_name}_changelist")
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return {str(obj.title) for obj in response.context["cl"].result_list}


@pytest.fixture
def articles():
    make_article(
        "Officials discussed quotas for the coming year.",
        title="Ruritanian tariff talks resume",
        author="Jane Doe",
    )
    make_article("The ministers agreed to cut tariffs on cheese.", title="Cheese deal")
    make_article("Tariffs on wine remain in place.", title="Wine", status=Article.Status.HIDDEN)
    make_article("Nothing of note.", title="Wire copy", origin="wire-feed-0412.txt")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # The title by substring; the text by words starting with the term; hidden ones too.
        ("tarif", {"Ruritanian tariff talks resume", "Cheese deal", "Wine"}),
        # Each word in a field or in the text: the author and the text of one article.
        ("jane quotas", {"Ruritanian tariff talks resume"}),
        ("feed-0412", {"Wire copy"}),
        ('"cut tariffs"', {"Cheese deal"}),
        ('"tariffs cut"', set()),
        # Inside a word of the text is not found; inside the title is.
        ("ariff", {"Ruritanian tariff talks resume"}),
        ("nowhere", set()),
    ],
)
def test_the_article_search_reads_fields_by_substring_and_the_text_by_words(
    articles, curator_client, query, expected
):
    assert found(curator_client, Article, query) == expected


def test_the_event_search_reads_titles_summaries_and_every_cited_sentence(curator_client):
    make_event("Talks resume", sentence="Negotiators met in Geneva on Monday.")
    make_event("Quota agreement reached", summary="Both sides settle the dairy quotas.")
    hidden = make_article("The delegation walked out in Lusaka.", status=Article.Status.HIDDEN)
    walkout = make_event("Walkout", article=make_article("Talks broke down."))
    make_evidence(walkout, hidden, "The delegation walked out in Lusaka.")

    assert found(curator_client, Event, "geneva") == {"Talks resume"}
    assert found(curator_client, Event, "resum") == {"Talks resume"}
    assert found(curator_client, Event, "dairy") == {"Quota agreement reached"}
    # A hidden article's sentence is left out of the index, but curators still find it.
    assert found(curator_client, Event, "lusaka") == {"Walkout"}
    assert found(curator_client, Event, "walked out") == {"Walkout"}


def test_a_search_counts_up_to_a_limit_and_says_when_there_are_more(curator_client, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "count_limit", 2)
    for word in ["alpha", "beta", "gamma", "delta"]:
        make_article(f"Tariff report {word}.")
    url = reverse("admin:articles_article_changelist")

    response = curator_client.get(url, {"q": "tariff"})
    assert response.context["cl"].result_count == 3  # counted to the limit, and one more
    assert "more than 2 results" in response.text
    assert "more than 2 articles" in response.text
    assert "Select all matching articles (more than 2)" in response.text
    # Only the search is capped: the whole list is counted.
    response = curator_client.get(url, {"q": "gamma"})
    assert "1 result" in response.text
    assert "more than" not in response.text
    assert curator_client.get(url).context["cl"].result_count == 4


def test_the_date_drill_down_is_left_out_while_searching(curator_client):
    make_article("Tariff report.")
    url = reverse("admin:articles_article_changelist")
    assert "date-hierarchy-label" in curator_client.get(url).text
    response = curator_client.get(url, {"q": "tariff"})
    assert "date-hierarchy-label" not in response.text
    assert response.context["cl"].result_count == 1
