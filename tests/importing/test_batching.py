"""Batched imports: one transaction per batch, one savepoint per document.

A document that fails, for bad input or for a database error halfway through its writes,
leaves nothing behind and fails alone; the documents around it in the same batch are
stored. Re-importing changes nothing, and the number of queries grows with the number of
documents by a small constant each, never with the database.
"""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.extraction.formats import InputError, document_from_text
from articles.models import Article, Event, Evidence, Mention, Quote
from articles.search import search_events
from articles.services import ImportOptions, ImportStatus, articles_import, clustering, importing

pytestmark = pytest.mark.django_db

CREATED, FAILED = ImportStatus.CREATED, ImportStatus.FAILED

PLACES = ["Ottawa", "Mexico City", "Brussels", "Tokyo", "Seoul", "Canberra", "Delhi", "Lima"]
GOODS = ["autos", "steel", "dairy", "lumber", "wine", "rice", "beef", "solar panels"]


def story(n: int) -> str:
    """A short dated article, different for each `n`."""
    place, goods = PLACES[n % len(PLACES)], GOODS[(n // len(PLACES)) % len(GOODS)]
    return (
        f"Talks in {place} ({n})\n\n"
        f"{place.upper()}, Oct. {1 + n % 27}, 2018 — Canada and Mexico agreed on Monday "
        f"to resume talks on {goods} in {place}.\n\n"
        f"“We will meet again next week to settle {goods},” Justin Trudeau said.\n"
    )


def documents(count: int, first: int = 0) -> list:
    return [document_from_text(f"story_{n:03}.txt", story(n)) for n in range(first, first + count)]


def statuses(report) -> list[str]:
    return [outcome.status for outcome in report.outcomes]


def test_a_bad_document_in_the_middle_of_a_batch_fails_alone(reference_data):
    docs = documents(5)
    docs[2] = document_from_text("story_002.txt", "Photo: AP\n\nSign up for our newsletter.\n")
    docs.insert(4, InputError("unreadable.pdf", "not a text format"))
    report = articles_import(documents=docs)
    assert statuses(report) == [CREATED, CREATED, FAILED, CREATED, FAILED, CREATED]
    failed = [outcome.describe() for outcome in report.outcomes if outcome.status == "failed"]
    assert failed[0].startswith("story_002.txt: failed: ")
    assert failed[1] == "unreadable.pdf: failed: not a text format"
    assert set(Article.objects.values_list("origin", flat=True)) == {
        "story_000.txt",
        "story_001.txt",
        "story_003.txt",
        "story_004.txt",
    }


def test_a_database_error_halfway_through_a_document_rolls_back_that_document_only(
    reference_data, monkeypatch
):
    """The marked document's events break a check constraint in the database, after its
    article, mentions and quotes were written: all of those go, the others stay."""
    original = clustering._new_event

    def broken_for_marked(candidate, confirm):
        event = original(candidate, confirm)
        if "Zanzibar" in candidate.sentence.text:
            event.date_end = event.date - timedelta(days=1)  # event_period_ordered
        return event

    monkeypatch.setattr(clustering, "_new_event", broken_for_marked)
    docs = documents(4)
    # Its own date, so its event is a new one (not merged into the others' Monday talks).
    marked = story(1).replace(PLACES[1], "Zanzibar").replace("on Monday", "on Oct. 20")
    docs[1] = document_from_text("marked.txt", marked)
    report = articles_import(documents=docs)
    assert statuses(report) == [CREATED, FAILED, CREATED, CREATED]
    assert "IntegrityError" in report.outcomes[1].message
    assert not Article.objects.filter(origin="marked.txt").exists()
    stored = Article.objects.filter(origin__startswith="story_")
    assert stored.count() == 3
    # Nothing of the failed document is left, and the others have all their rows.
    assert not Evidence.objects.filter(sentence__contains="Zanzibar").exists()
    assert Mention.objects.exclude(article__in=stored).count() == 0
    assert Quote.objects.exclude(article__in=stored).count() == 0
    assert all(Mention.objects.filter(article=article).exists() for article in stored)
    assert all(Evidence.objects.filter(article=article).exists() for article in stored)
    # Every event has evidence: none created by the failed document survived.
    assert not Event.objects.filter(evidence__isnull=True).exists()


def test_rows_kept_for_the_batch_survive_a_later_document_rolled_back(reference_data, monkeypatch):
    """An update writes the rows the batch kept so far before reading (inside its own
    savepoint); when it then fails, those rows of the earlier documents are written again
    with the batch, and the failed update leaves the stored article as it was."""
    articles_import(documents=[documents(1, first=5)[0]])
    stored = Article.objects.get(origin="story_005.txt")
    before = (stored.mentions.count(), stored.quotes.count(), stored.evidence.count())
    original = importing._forget_derived

    def fails(article, cache):
        original(article, cache)
        raise RuntimeError("lost the connection")

    monkeypatch.setattr(importing, "_forget_derived", fails)
    edited = document_from_text("story_005.txt", story(5) + "\nThe talks ended on Friday.\n")
    docs = documents(2)
    report = articles_import(documents=[docs[0], edited, docs[1]])
    assert statuses(report) == [CREATED, FAILED, CREATED]
    assert (stored.mentions.count(), stored.quotes.count(), stored.evidence.count()) == before
    for origin in ("story_000.txt", "story_001.txt"):
        article = Article.objects.get(origin=origin)
        for rows in (article.mentions, article.quotes, article.evidence, article.topic_links):
            assert rows.exists(), (origin, rows.model.__name__)
    # Written once each: nothing was written twice by the rolled-back flush.
    assert Evidence.objects.filter(article__origin="story_000.txt").count() == len(
        {(e.event_id, e.start) for e in Evidence.objects.filter(article__origin="story_000.txt")}
    )
    assert Quote.objects.filter(article__origin="story_000.txt").count() == 1


def test_a_failure_of_the_batch_writes_retries_each_document_alone(reference_data, monkeypatch):
    """When the writes shared by a batch fail, nothing of the batch stays and each of its
    documents is imported again on its own."""
    original = importing.events_refresh
    calls = {"n": 0}

    def fails_once(event_ids):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("disk full")
        original(event_ids)

    monkeypatch.setattr(importing, "events_refresh", fails_once)
    report = articles_import(documents=documents(3))
    assert statuses(report) == [ImportStatus.CREATED] * 3
    assert calls["n"] == 4  # the batch, then each document alone
    assert Article.objects.count() == 3
    assert Event.objects.filter(source_count=0).count() == 0
    # The retried documents were stored once: no event is duplicated by the first try.
    titles = list(Event.objects.values_list("date", "title"))
    assert len(titles) == len(set(titles))


def test_reimporting_a_batch_changes_nothing(reference_data):
    first = articles_import(documents=documents(6))
    assert statuses(first) == [ImportStatus.CREATED] * 6
    counts = (Article.objects.count(), Event.objects.count(), Evidence.objects.count())
    again = articles_import(documents=documents(6))
    assert statuses(again) == [ImportStatus.UNCHANGED] * 6
    assert (Article.objects.count(), Event.objects.count(), Evidence.objects.count()) == counts


def test_the_same_document_twice_in_one_batch_is_stored_once(reference_data):
    docs = documents(2)
    report = articles_import(documents=[docs[0], docs[1], docs[0]])
    assert statuses(report) == [ImportStatus.CREATED, ImportStatus.CREATED, ImportStatus.UNCHANGED]
    assert Article.objects.count() == 2


@pytest.mark.parametrize("batch_size", [1, 3, 100])
def test_source_counts_are_right_whatever_the_batch_size(reference_data, monkeypatch, batch_size):
    """Source counts are written once per batch, from the rows the batch wrote."""
    monkeypatch.setattr(importing, "BATCH_SIZE", batch_size)
    docs = documents(8)
    # The same story from two more outlets, so that events merge across documents.
    docs += [
        document_from_text(f"{outlet}.json", f'{{"outlet": "{outlet}", "body": {story(0)!r}}}')
        for outlet in ("Reuters", "Bloomberg")
    ]
    report = articles_import(documents=docs)
    assert report.count(ImportStatus.CREATED) == 10, [o.describe() for o in report.outcomes]
    assert Event.objects.filter(source_count__gte=3).exists()
    for event in Event.objects.prefetch_related("evidence__article"):
        articles = {evidence.article for evidence in event.evidence.all()}
        outlets = {a.outlet_id for a in articles if a.outlet_id}
        without = {a.pk for a in articles if not a.outlet_id}
        assert event.source_count == len(outlets) + len(without), event


# Per document: a savepoint and its release, the article lookup, the article and the event
# window; its events, links, mentions, topics, quotes and evidence are written with the
# batch (in one statement a table), and an undated document's inference adds its ranking
# queries; a few more when the cache reads stored events.
QUERIES_PER_DOCUMENT = 8
QUERIES_PER_RUN = 40


def test_queries_grow_by_a_small_constant_per_document(reference_data):
    articles_import(documents=documents(8))  # stored events for the window to find
    with CaptureQueriesContext(connection) as ten:
        articles_import(documents=documents(10, first=100))
    with CaptureQueriesContext(connection) as thirty:
        articles_import(documents=documents(30, first=200))
    assert len(ten) <= 10 * QUERIES_PER_DOCUMENT + QUERIES_PER_RUN
    assert len(thirty) <= 30 * QUERIES_PER_DOCUMENT + QUERIES_PER_RUN
    # Twenty more documents cost at most twenty times the per-document constant.
    assert len(thirty) - len(ten) <= 20 * QUERIES_PER_DOCUMENT


def test_a_dry_run_judges_each_document_against_the_database_as_it_is(reference_data):
    docs = documents(2)
    report = articles_import(
        documents=[docs[0], docs[1], docs[0]], options=ImportOptions(dry_run=True)
    )
    # Each document is rolled back before the next, so the repeat is "created" again.
    assert statuses(report) == [ImportStatus.CREATED] * 3
    assert Article.objects.count() == 0


def test_events_are_found_by_every_sentence_a_batch_cited(reference_data):
    """Search vectors are refreshed once per batch (PostgreSQL) or per row (SQLite): either
    way an event is found by the words of each report merged into it in the same batch."""
    docs = documents(1)
    # The same story from another outlet, told with a word the first report lacks.
    retold = story(0).replace("to resume talks", "to resume stalled talks")
    docs.append(document_from_text("retold.json", f'{{"outlet": "Reuters", "body": {retold!r}}}'))
    report = articles_import(documents=docs)
    assert report.count(ImportStatus.CREATED) == 2
    merged = Event.objects.filter(evidence__sentence__contains="stalled").distinct()
    assert merged.filter(source_count=2).exists()
    found = search_events(Event.objects.all(), "stalled")
    assert set(found.values_list("pk", flat=True)) >= set(merged.values_list("pk", flat=True))
    # Other write paths still refresh at once: the deferral ended with the batch.
    event = merged.first()
    Evidence.objects.filter(event=event, sentence__contains="stalled").update(
        sentence="Canada and Mexico agreed to resume frozen talks."
    )
    assert event.pk in set(
        search_events(Event.objects.all(), "frozen").values_list("pk", flat=True)
    )


def test_a_batch_inserts_its_new_events_in_one_statement_with_their_final_ids(reference_data):
    """New events are kept for the batch and inserted when it ends; what refers to them
    (evidence, links, history) is written with their ids, never their provisional keys."""
    with CaptureQueriesContext(connection) as queries:
        report = articles_import(documents=documents(10))
    assert statuses(report) == [CREATED] * 10
    inserts = [q for q in queries if q["sql"].startswith(f'INSERT INTO "{Event._meta.db_table}"')]
    assert len(inserts) == 1
    ids = set(Event.objects.values_list("pk", flat=True))
    assert max(ids) < clustering.PENDING_KEYS
    assert set(Evidence.objects.values_list("event_id", flat=True)) == ids
    linked = set(Event.actors.through.objects.values_list("event_id", flat=True))
    assert linked
    assert linked <= ids
    assert set(Event.history.values_list("id", flat=True)) == ids


def test_a_document_failing_after_merging_into_an_event_of_its_batch_fails_alone(
    reference_data, monkeypatch
):
    """A document that merged into an event created earlier in its batch (not written yet)
    and then fails changed that event in memory: the batch is imported again one document
    at a time, and the failed document leaves nothing."""
    original = importing._persist_extraction

    def fails_for_retold(*, article, **kwargs):
        original(article=article, **kwargs)
        if article.origin == "retold.txt":
            raise RuntimeError("lost the connection")

    monkeypatch.setattr(importing, "_persist_extraction", fails_for_retold)
    batches = []
    import_batch = importing._import_batch

    def counted(*, batch, **kwargs):
        batches.append(len(batch))
        return import_batch(batch=batch, **kwargs)

    monkeypatch.setattr(importing, "_import_batch", counted)
    retold = document_from_text("retold.txt", story(0).replace("to resume", "to resume stalled"))
    report = articles_import(documents=[*documents(1), retold, *documents(2, first=1)])
    assert statuses(report) == [CREATED, FAILED, CREATED, CREATED]
    assert batches == [4, 1, 1, 1, 1]
    assert report.outcomes[1].message == "RuntimeError: lost the connection"
    assert not Article.objects.filter(origin="retold.txt").exists()
    assert not Evidence.objects.filter(sentence__contains="stalled").exists()
    assert not Event.objects.filter(evidence__isnull=True).exists()
    for event in Event.objects.all():
        assert event.source_count == event.evidence.values("article").distinct().count()


def test_a_run_collects_cycles_less_often_and_leaves_the_collector_as_it_was(
    reference_data,
):
    import gc

    before = gc.get_threshold()
    during = []
    report = articles_import(
        documents=documents(2), on_outcome=lambda outcome: during.append(gc.get_threshold())
    )
    assert [o.status for o in report.outcomes] == [CREATED, CREATED]
    assert during == [(importing.GC_THRESHOLD, *before[1:])] * 2
    assert gc.get_threshold() == before
