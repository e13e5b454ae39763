"""Streamed exports: the same bytes as the whole-file exports they replaced, a bounded
number of queries, and every parameter checked before the first byte is sent."""

from __future__ import annotations

import csv
import gc
import io
import json
from datetime import date

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from articles import exports
from articles.extraction.formats import document_from_text
from articles.filters import EventFilter
from articles.models import Article, ArticleTopic, Event, Evidence, Mention, Quote, Topic
from articles.services import articles_import
from bench.generate import iter_articles
from tests import snapshots
from tests.factories import make_event

pytestmark = pytest.mark.django_db


# --- the exports as they were written before they were streamed (a638285) --------------


def old_timeline_data(selection: exports.Selection) -> dict:
    review = selection.review
    return {
        "articles": [
            exports.article_record(a, review=review)
            for a in exports._articles_with_details(selection)
        ],
        "events": [
            exports.event_record(e, review=review) for e in exports._events_with_details(selection)
        ],
    }


def old_timelinejs_data(selection: exports.Selection) -> dict:
    records = [exports.event_record(e) for e in exports._events_with_details(selection)]
    records.sort(key=lambda r: (r["date"], r["id"]))
    return {
        "title": {"text": {"headline": escape("TradeWatch"), "text": f"{len(records)} events"}},
        "events": [exports.timelinejs_event(r) for r in records],
    }


def old_csv(selection: exports.Selection, table: str) -> str:
    review = selection.review
    if table == "articles":
        columns = exports.ARTICLE_COLUMNS
        columns = [*columns, "proposed_actors", "status"] if review else columns
        records = old_timeline_data(selection)["articles"]
    else:
        columns = [*exports.EVENT_COLUMNS, "status"] if review else exports.EVENT_COLUMNS
        records = old_timeline_data(selection)["events"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for record in records:
        row = dict(record)
        if "evidence" in row:
            row["origins"] = sorted({e["origin"] for e in row["evidence"]})
            row["evidence"] = [e["sentence"] for e in row["evidence"]]
        writer.writerow([exports._cell(row.get(column)) for column in columns])
    return out.getvalue()


def old_render(selection: exports.Selection, fmt: str, *, table: str = "events") -> str:
    """`render()`, which `export_timeline` wrote."""
    if fmt == "json":
        return json.dumps(old_timeline_data(selection), ensure_ascii=False, indent=2) + "\n"
    if fmt == "timelinejs":
        return json.dumps(old_timelinejs_data(selection), ensure_ascii=False, indent=2) + "\n"
    return old_csv(selection, table)


def old_download(selection: exports.Selection, fmt: str, *, table: str = "events") -> bytes:
    """The body of the download views (JSON on one line, as JsonResponse wrote it)."""
    if fmt == "csv":
        return old_csv(selection, table).encode()
    data = old_timeline_data(selection) if fmt == "json" else old_timelinejs_data(selection)
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).encode()


def body(response) -> bytes:
    assert response.streaming
    return b"".join(response.streaming_content)


# --- data -------------------------------------------------------------------------------


def _generate(seed_rows: snapshots.Snapshot) -> None:
    snapshots.restore(seed_rows)
    documents = [document_from_text(name, text) for name, text in iter_articles(60, 1, 0)]
    articles_import(documents=documents)
    make_event('=Ruritanian “tariff” truce; 関税 "deal"', date=date(2019, 2, 3), summary="")
    make_event("Proposed round", status=Event.Status.PROPOSED, sentence="Jane Doe met.")
    Article.objects.filter(pk=Article.objects.order_by("pk")[3].pk).update(
        status=Article.Status.HIDDEN
    )


@pytest.fixture(scope="module")
def _generated_rows(django_db_blocker, _reference_rows, _seed_rows) -> snapshots.Snapshot:
    """The seeds, 60 generated articles, and what the generator does not write: a hidden
    article, a proposed event, an empty summary, quotes and formulas in a title, non-ASCII
    (imported once for the module; tests/snapshots.py)."""
    with django_db_blocker.unblock():
        return snapshots.record(lambda: _generate(_seed_rows), base=_reference_rows)


@pytest.fixture(scope="module")
def _generated_world(django_db_setup, django_db_blocker, _reference_rows, _generated_rows):
    """Those rows written once for the module, in a transaction rolled back at its end; each
    test runs in a savepoint inside it, so what a test adds is gone before the next."""
    with django_db_blocker.unblock(), transaction.atomic():
        snapshots.restore(_reference_rows)
        snapshots.restore(_generated_rows)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def generated(db, _generated_world) -> None:
    """The reference data, the seeds and the generated articles (see `_generated_rows`)."""


FORMATS = [("json", "events"), ("timelinejs", "events"), ("csv", "events"), ("csv", "articles")]


@pytest.mark.parametrize("chunk", [2000, 7])
@pytest.mark.parametrize(("fmt", "table"), FORMATS)
@pytest.mark.parametrize("include_hidden", [False, True])
def test_the_command_writes_what_render_wrote(
    generated, monkeypatch, chunk, fmt, table, include_hidden
):
    monkeypatch.setattr(exports, "EXPORT_CHUNK", chunk)
    selection = exports.stored_selection(include_hidden=include_hidden)
    streamed = "".join(exports.export_pieces(selection, fmt, table=table))
    assert streamed == old_render(selection, fmt, table=table)
    assert selection.events.count() > 2 * 7  # several chunks


@pytest.mark.parametrize(("fmt", "table"), FORMATS)
@pytest.mark.parametrize("query", ["", "topic", "q=tariffs&order=oldest"])
def test_a_download_sends_what_it_sent_whole(client, generated, monkeypatch, fmt, table, query):
    monkeypatch.setattr(exports, "EXPORT_CHUNK", 5)
    monkeypatch.setattr(exports, "PIECE_CHARS", 1000)
    if query == "topic":
        topic = Topic.objects.filter(events__isnull=False).order_by("name").first()
        query = f"topic={topic.slug}"
    name = "csv" if fmt == "csv" else fmt
    url = reverse(f"articles:export-{name}") + f"?{query}&table={table}"
    response = client.get(url)
    assert response.status_code == 200

    filterset = EventFilter(response.wsgi_request.GET)
    assert filterset.is_valid()
    filtered = bool(query)
    selection = exports.public_selection(filterset.qs, filtered=filtered)
    expected = old_download(selection, fmt, table=table)
    assert body(response) == expected
    assert len(expected) > 3 * 1000  # several pieces
    if filtered:  # several chunks, not all
        assert 2 * 5 < selection.events.count() < Event.objects.public().count()


def test_json_pieces_match_json_dumps_on_nested_and_empty_values():
    value = {
        "empty": iter([]),
        "plain": {"a": [], "b": {}, "c": [1, {"d": None}], "é": "x\ny"},
        "items": iter([{"k": [1, 2]}, [], "s", 1.5, True]),
    }
    expected = {key: list(v) if key != "plain" else v for key, v in value.items()}
    for indent in (None, 2, 4):
        copy = {k: iter(list(v)) if k != "plain" else v for k, v in expected.items()}
        streamed = "".join(exports.json_pieces(copy, indent=indent))
        assert streamed == json.dumps(expected, ensure_ascii=False, indent=indent)


# --- queries ----------------------------------------------------------------------------


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        body(client.get(url))
    return len(captured.captured_queries)


@pytest.mark.parametrize("name", ["csv", "json", "timelinejs"])
def test_the_queries_of_a_download_do_not_grow_with_the_events(client, generated, name):
    url = reverse(f"articles:export-{name}")
    before = queries(client, url)
    for n in range(30):
        make_event(f"Round {n} with the Ruritanian ministry", date=date(2020, 1, 1 + n))
    assert queries(client, url) == before <= 12


def test_a_download_reads_events_and_articles_a_chunk_at_a_time(client, generated, monkeypatch):
    monkeypatch.setattr(exports, "EXPORT_CHUNK", 10)
    events = Event.objects.public().count()
    articles = Article.objects.published().count()
    event_chunks, article_chunks = -(-events // 10), -(-articles // 10)
    # a query for the rows, and for each chunk the evidence and three kinds of names (events)
    # or the mentions, topics and quotes (articles)
    assert queries(client, reverse("articles:export-csv")) == 1 + 4 * event_chunks
    assert queries(client, reverse("articles:export-csv") + "?table=articles") == (
        1 + 3 * article_chunks
    )
    assert queries(client, reverse("articles:export-timelinejs")) == 2 + 4 * event_chunks


def _alive(*models) -> int:
    return sum(isinstance(o, models) for o in gc.get_objects())


@pytest.mark.parametrize(("fmt", "table"), FORMATS)
def test_an_export_frees_each_chunk_without_the_cycle_collector(generated, monkeypatch, fmt, table):
    """A prefetched row keeps its parent, so an event and its evidence (an article and its
    mentions) would only be freed by the cycle collector. With the collector off, nothing
    of a finished download stays alive."""
    monkeypatch.setattr(exports, "EXPORT_CHUNK", 7)
    selection = exports.stored_selection()
    kinds = (Article, Event, Evidence, Mention, ArticleTopic, Quote)
    gc.collect()
    gc.disable()
    try:
        before = _alive(*kinds)
        pieces = exports.export_pieces(selection, fmt, table=table)
        size = sum(len(piece) for piece in pieces)
        del pieces
        after = _alive(*kinds)
    finally:
        gc.enable()
    assert size > 1000
    assert after == before


# --- answers before the first byte ------------------------------------------------------


def test_downloads_keep_their_headers(client, generated):
    csv_response = client.get(reverse("articles:export-csv"), {"table": "articles"})
    assert csv_response["Content-Type"] == "text/csv; charset=utf-8"
    assert csv_response["Content-Disposition"] == 'attachment; filename="tradewatch-articles.csv"'
    json_response = client.get(reverse("articles:export-json"))
    assert json_response["Content-Type"] == "application/json"
    assert json_response["Content-Disposition"] == 'attachment; filename="tradewatch.json"'
    timelinejs = client.get(reverse("articles:export-timelinejs"))
    assert timelinejs["Content-Type"] == "application/json"
    assert "Content-Disposition" not in timelinejs


@pytest.mark.parametrize("name", ["csv", "json", "timelinejs"])
def test_a_bad_parameter_is_a_400_before_anything_is_streamed(client, generated, name):
    response = client.get(reverse(f"articles:export-{name}"), {"date_from": "soon"})
    assert response.status_code == 400
    assert not response.streaming
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().startswith("Bad filter parameters:\ndate_from: ")


def test_a_bad_table_is_a_400(client, generated):
    response = client.get(reverse("articles:export-csv"), {"table": "events;"})
    assert response.status_code == 400
    assert not response.streaming
    assert response.content.decode() == "table: choose “events” or “articles”.\n"


def test_the_first_queries_run_in_the_view(client, generated, monkeypatch):
    """A failure reading the first rows is an error page, not a cut download."""

    def broken(selection):
        raise RuntimeError("the database went away")
        yield  # a generator, as the record readers are

    monkeypatch.setattr(exports, "event_records", broken)
    client.raise_request_exception = False
    response = client.get(reverse("articles:export-csv"))
    assert response.status_code == 500
    assert not response.streaming
