"""Full-text search on whichever database is configured (CI runs SQLite and PostgreSQL)."""

from __future__ import annotations

import re

import pytest
from django.db import connection, transaction
from django.urls import reverse
from django.utils.html import escape

from articles.models import Article, Event
from articles.search import (
    Term,
    TermKind,
    highlight,
    matching_ids,
    parse_query,
    search_articles,
    search_events,
    without_repeats,
)
from articles.services.clustering import defer_search_refresh, events_refresh
from tests.factories import make_article, make_event, make_evidence

pytestmark = pytest.mark.django_db


def article_titles(text: str) -> list[str]:
    return [a.title for a in search_articles(Article.objects.published(), text)]


def event_titles(text: str) -> list[str]:
    return [e.title for e in search_events(Event.objects.public(), text)]


@pytest.fixture
def coverage() -> dict[str, Article]:
    return {
        "talks": make_article(
            title="Japan and US agree to start trade talks",
            body="Leaders agreed on Wednesday to start trade negotiations on autos.",
        ),
        "tariffs": make_article(
            title="Tariffs on steel",
            body="The tariffs on Chinese steel rose again. Japan was not named.",
        ),
        "russian": make_article(title="Русский текст", body="Переговоры о торговле 日本 начались."),
    }


def test_several_words_must_all_match(coverage):
    assert article_titles("japan tariffs") == ["Tariffs on steel"]
    assert set(article_titles("japan")) == {
        "Japan and US agree to start trade talks",
        "Tariffs on steel",
    }


def test_words_are_stemmed(coverage):
    assert article_titles("negotiation") == ["Japan and US agree to start trade talks"]


def test_a_quoted_phrase_matches_the_words_in_order(coverage):
    assert article_titles('"trade negotiations"') == ["Japan and US agree to start trade talks"]
    assert article_titles('"negotiations trade"') == []


def test_a_prefix_matches_longer_words(coverage):
    assert article_titles("negot*") == ["Japan and US agree to start trade talks"]
    assert article_titles("chin*") == ["Tariffs on steel"]


@pytest.mark.parametrize("text", ["japan", "japan tariffs", '"trade negotiations"', "chin*"])
def test_matching_ids_are_the_rows_search_finds(coverage, text):
    found = search_articles(Article.objects.all(), text)
    ids = matching_ids(text, "articles_article")
    assert ids  # every query here matches something
    assert sorted(ids) == sorted(found.values_list("pk", flat=True))


@pytest.mark.parametrize("text", ["japan", "japan tariffs", "chin*"])
def test_a_search_used_as_a_subquery_finds_the_same_rows(coverage, text):
    # Inside a subquery the table gets another alias: the match must follow it.
    found = search_articles(Article.objects.all(), text)
    outer = Article.objects.filter(pk__in=found.values("pk")).exclude(title="")
    assert sorted(outer.values_list("pk", flat=True)) == sorted(found.values_list("pk", flat=True))
    assert "U0" in str(outer.query)


def test_matching_ids_is_none_without_words_to_search(coverage):
    assert matching_ids("*") is None
    assert matching_ids("") is None


def test_title_matches_rank_above_body_matches(coverage):
    make_article(title="Steel prices", body="Nothing about the talks here.")
    assert article_titles("talks") == [
        "Japan and US agree to start trade talks",
        "Steel prices",
    ]


def test_non_latin_scripts_are_searchable(coverage):
    assert article_titles("Русский") == ["Русский текст"]
    assert article_titles("日本") == ["Русский текст"]


@pytest.mark.parametrize(
    "text",
    [
        '"unbalanced',
        'trade "talks',
        "AND OR NOT NEAR",
        "japan AND (tariffs OR steel)",
        "NEAR(japan tariffs, 2)",
        "-japan",
        "*",
        "**",
        "japan*tariffs",
        "'; DROP TABLE articles_article; --",
        "title:japan",
        "^japan",
        "a:* & !b | <->",
        "\\",
        "%_",
        "😀 🇯🇵",
        "日本",
        "x" * 10_000,
        "japan " * 2_000,
        '"""" "" "',
        "\x00 null",
        "tariffs\x00steel",
    ],
)
def test_any_input_is_answered_without_an_error(coverage, text):
    list(search_articles(Article.objects.published(), text, snippets=True))
    list(search_events(Event.objects.public(), text, snippets=True))


def test_operator_words_and_punctuation_only_mean_their_words(coverage):
    assert article_titles("japan AND tariffs") == ["Tariffs on steel"]
    assert article_titles("japan, tariffs!") == ["Tariffs on steel"]


def test_text_without_words_leaves_the_queryset_unchanged(coverage):
    queryset = Article.objects.published()
    assert search_articles(queryset, "  *  ") is queryset
    assert search_articles(queryset, "") is queryset


def test_parse_query_reduces_input_to_terms():
    assert parse_query('Abe "start trade talks" negot* AND -') == [
        Term("start trade talks", TermKind.PHRASE),
        Term("Abe", TermKind.WORD),
        Term("negot", TermKind.PREFIX),
    ]


def test_only_published_articles_are_found():
    make_article(title="Hidden tariffs", body="Tariffs.", status=Article.Status.HIDDEN)
    make_article(title="Public tariffs", body="More tariffs.")
    assert article_titles("tariffs") == ["Public tariffs"]


def test_events_match_title_summary_and_evidence():
    make_event("Agreement to start talks", sentence="Leaders met in New York on Wednesday.")
    make_event("Steel tariffs", summary="Washington raised duties on steel.")
    assert event_titles("york") == ["Agreement to start talks"]
    assert event_titles("duties") == ["Steel tariffs"]
    assert event_titles("agreement") == ["Agreement to start talks"]


def test_only_public_events_are_found_and_hidden_sentences_never_match():
    make_event("Proposed talks", status=Event.Status.PROPOSED)
    event = make_event("Confirmed talks", sentence="Talks in Geneva.")
    hidden = make_article(body="Secret Lisbon meeting.", status=Article.Status.HIDDEN)
    event.evidence.create(
        article=hidden,
        sentence="Secret Lisbon meeting.",
        start=0,
        end=22,
        stated_date=event.date,
        stated_precision=event.precision,
    )
    assert event_titles("talks") == ["Confirmed talks"]
    assert event_titles("lisbon") == []


def test_the_index_follows_edits_and_status_changes():
    article = make_article(title="Old title", body="Body text.")
    event = make_event("Old event", article=article, sentence="Body text.")
    article.title = "Fresh headline"
    article.save()
    event.title = "Renamed event"
    event.save()
    assert article_titles("fresh") == ["Fresh headline"]
    assert article_titles("old") == []
    assert event_titles("renamed") == ["Renamed event"]
    article.status = Article.Status.HIDDEN
    article.save()
    make_event("Other", sentence="Unrelated.")  # keeps the event public test honest
    assert event_titles("body") == []
    article.status = Article.Status.PUBLISHED
    article.save()
    assert event_titles("body") == ["Renamed event"]
    article.delete()
    assert article_titles("fresh") == []


def test_snippets_are_escaped_and_highlighted():
    make_article(title="Tariffs <b>now</b>", body="Some <script>x</script> tariffs today.")
    result = search_articles(Article.objects.published(), "tariffs", snippets=True).get()
    assert str(highlight(result.search_title)) == "<mark>Tariffs</mark> &lt;b&gt;now&lt;/b&gt;"
    snippet = str(highlight(result.search_snippet))
    assert "<mark>tariffs</mark>" in snippet
    # PostgreSQL's headline drops tags; FTS5 keeps them, escaped. Neither lets one through.
    assert "<script>" not in snippet


def test_event_snippets_come_from_the_cited_sentences():
    make_event("Talks", sentence="Negotiators met in Geneva on Monday.")
    result = search_events(Event.objects.public(), "geneva", snippets=True).get()
    assert "<mark>Geneva</mark>" in str(highlight(result.search_snippet))


def test_search_page_shows_highlighted_articles_and_events(client):
    make_event("Talks in Geneva", sentence="Negotiators met in Geneva on Monday.")
    response = client.get(reverse("articles:search"), {"q": "geneva"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<mark>Geneva</mark>" in html
    assert html.count("<mark>Geneva</mark>") >= 2


@pytest.mark.parametrize("q", ["", "*", '"', "x" * 10_000, "日本 AND", "a\x00b"])
def test_search_page_answers_any_query(client, q):
    response = client.get(reverse("articles:search"), {"q": q})
    assert response.status_code == 200


def test_the_seeds_are_searchable(seeded):
    found = search_articles(Article.objects.published(), "Lighthizer")
    assert {a.origin[:3] for a in found} == {"002", "004"}
    events = search_events(Event.objects.public(), '"talking to Congress"', snippets=True)
    assert [e.date.isoformat() for e in events] == ["2018-09-27"]
    assert "<mark>" in str(highlight(events[0].search_snippet))


def _event_search_texts() -> list[tuple]:
    """Every event's stored search text: its vector (PostgreSQL) or FTS row (SQLite)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT id, search_vector::text FROM articles_event ORDER BY id")
        else:
            cursor.execute("SELECT rowid, title, body FROM articles_event_fts ORDER BY rowid")
        return cursor.fetchall()


def test_imported_events_have_the_search_texts_a_fresh_computation_gives(seeded):
    """The importer defers search refreshes to its batch's end (events inserted then get
    their search text there, with their evidence): what it leaves equals recomputing each,
    and the mark that deferred them is gone with the transaction."""
    imported = _event_search_texts()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("UPDATE articles_event SET search_vector = NULL")
        else:
            cursor.execute("DELETE FROM articles_event_fts")
            cursor.execute("UPDATE articles_event SET title = title")  # the FTS trigger
            cursor.execute("SELECT COUNT(*) FROM articles_search_deferral")
            assert cursor.fetchone() == (0,)
    recomputed = _event_search_texts()
    # The seeds make nine events (ten until the January 2017 withdrawal became one).
    assert len(imported) >= 9
    assert all(text[1] for text in imported)
    assert imported == recomputed
    assert search_events(Event.objects.all(), "negotiations").exists()


def test_search_refreshes_are_deferred_only_inside_a_transaction(transactional_db):
    """Outside a transaction the mark would outlive the import and stop every refresh."""
    with pytest.raises(RuntimeError, match="transaction"):
        defer_search_refresh()


@pytest.mark.django_db(transaction=True)
def test_evidence_added_outside_an_import_is_searchable_at_once():
    """Curators' writes (no deferral) refresh the event's search text as they happen."""
    event = make_event("Talks in Geneva", sentence="Negotiators met in Geneva on Monday.")
    with transaction.atomic():
        defer_search_refresh()
        make_event("Talks in Lima", sentence="Negotiators met in Lima on Friday.")
        assert not search_events(Event.objects.all(), "lima").exists()  # deferred
        events_refresh(set(Event.objects.values_list("pk", flat=True)))
        assert search_events(Event.objects.all(), "lima").exists()
    second = "A second round opened in Nairobi."
    make_evidence(event, make_article(body=second), second)
    assert list(search_events(Event.objects.all(), "nairobi")) == [event]


def test_search_page_links_to_the_filtered_timeline_and_counts_every_match(client):
    make_event("Talks in Geneva", sentence="Negotiators met in Geneva on Monday.")
    make_event("More talks in Geneva", sentence="They met in Geneva again on Friday.")
    html = client.get(reverse("articles:search"), {"q": "geneva"}).content.decode()
    assert "Search results for “geneva”" in html
    assert 'href="/?q=geneva"' in html
    assert 'Events <span class="count">2</span>' in html
    assert 'Articles <span class="count">2</span>' in html  # the events' articles
    assert 'rel="next"' not in html


def geneva_events(count: int) -> None:
    for n in range(count):
        make_event(f"Talks in Geneva, round {n}", sentence=f"Round {n} met in Geneva.")


def section(html: str, kind: str) -> str:
    part = html[html.index(f'id="{kind}-results"') :]
    return part[: part.index("</section>")]


def hit_titles(html: str, kind: str) -> list[str]:
    return re.findall(r'class="search-hit__title"><a href="[^"]*">(.*?)</a>', section(html, kind))


def test_search_results_come_in_pages_with_the_true_count(client, monkeypatch):
    monkeypatch.setattr("articles.search.RESULTS_PER_KIND", 2)
    geneva_events(5)
    url = reverse("articles:search")
    first = client.get(url, {"q": "geneva"}).content.decode()
    assert 'Events <span class="count">5</span>' in first
    assert "Best matches first, 1–2 shown." in first
    assert 'href="?q=geneva&amp;events_page=2#events-results" rel="next"' in first
    assert 'rel="prev"' not in first
    seen = hit_titles(first, "events")
    second = client.get(url, {"q": "geneva", "events_page": "2"}).content.decode()
    assert "Best matches first, 3–4 shown." in second
    assert '<ol class="search-hits" start="3">' in second
    assert 'href="?q=geneva#events-results" rel="prev"' in second
    seen += hit_titles(second, "events")
    last = client.get(url, {"q": "geneva", "events_page": "3"}).content.decode()
    assert 'rel="next"' not in section(last, "events")
    assert 'rel="next"' in section(last, "articles")  # each kind pages on its own
    seen += hit_titles(last, "events")
    assert len(seen) == 5
    assert len(set(seen)) == 5  # every match once, across the pages


def test_a_count_beyond_the_limit_says_so(client, monkeypatch):
    monkeypatch.setattr("articles.search.RESULTS_PER_KIND", 1)
    monkeypatch.setattr("articles.search.COUNT_LIMIT", 2)
    geneva_events(4)
    html = client.get(reverse("articles:search"), {"q": "geneva", "events_page": "2"}).content
    html = html.decode()
    assert 'Events <span class="count">2+</span>' in html
    assert 'rel="next"' not in section(html, "events")  # pages stop where counting stops


@pytest.mark.parametrize(
    ("page", "notice"),
    [
        ("two", "events_page: “two” is not a page number (1, 2, 3…); showing page 1."),
        ("0", "events_page: “0” is not a page number (1, 2, 3…); showing page 1."),
        ("-1", "events_page: “-1” is not a page number (1, 2, 3…); showing page 1."),
        ("9", "events_page: there is no page 9; showing the last, page 2."),
    ],
)
def test_a_bad_page_number_is_named_and_a_page_is_still_shown(client, monkeypatch, page, notice):
    monkeypatch.setattr("articles.search.RESULTS_PER_KIND", 2)
    geneva_events(3)
    response = client.get(reverse("articles:search"), {"q": "geneva", "events_page": page})
    assert response.status_code == 200
    html = response.content.decode()
    assert escape(notice) in html
    assert len(hit_titles(html, "events")) in {1, 2}


def test_search_page_says_when_there_is_nothing_to_search_for(client):
    html = client.get(reverse("articles:search"), {"q": "*"}).content.decode()
    assert "has no word to search for" in html


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        (
            "Ministers met in Geneva on Monday. Ministers met in Geneva on Monday.",
            "Ministers met in Geneva on Monday.",
        ),
        (
            "They met in Geneva on Monday. … They met in Geneva on Monday. Then lunch.",
            "They met in Geneva on Monday. Then lunch.",
        ),
        ("Ministers met. Officials met.", "Ministers met. Officials met."),
        ("Ministers met in Geneva. … Ministers met in Geneva", "Ministers met in Geneva."),
        ("", ""),
        (None, ""),
    ],
)
def test_a_sentence_repeated_in_a_snippet_is_shown_once(snippet, expected):
    assert without_repeats(snippet) == expected


def test_event_search_results_do_not_repeat_the_summary(client):
    sentence = "Negotiators met in Geneva on Monday to talk about tariffs."
    make_event("Talks in Geneva", sentence=sentence, summary=sentence)
    html = client.get(reverse("articles:search"), {"q": "geneva"}).content.decode()
    snippet = html[html.index('class="search-hit__snippet"') :]
    snippet = snippet[: snippet.index("</p>")]
    assert snippet.count("<mark>Geneva</mark>") == 1
