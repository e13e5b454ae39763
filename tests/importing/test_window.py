"""The importer's in-memory window index (articles/services/window.py).

It answers what the window query answered (the same ids in the same order), goes back to
what it was when an article or a batch is rolled back, and sees what other processes
write between batches: events created, deleted, or moved to another date.
"""

import random
from datetime import date, timedelta

import pytest

from articles.extraction.formats import document_from_text
from articles.models import Actor, Event, Evidence
from articles.services import ImportStatus, articles_import, clustering, importing
from articles.services.window import WindowIndex
from tests.importing.test_batching import documents, story

pytestmark = pytest.mark.django_db

PRECISIONS = ["day", "week", "month", "year"]


def _event(day: date, precision: str = "day", title: str = "Talks") -> Event:
    return Event.objects.create(date=day, precision=precision, title=title)


def _as_queried(precision: str, first: date, last: date, start: date, limit: int) -> list[int]:
    """What the window query read for one range: ORDER BY date DESC, id DESC LIMIT."""
    return list(
        Event.objects.filter(precision=precision, date__gte=first, date__lte=last)
        .filter(date_end__gte=start)
        .order_by("-date", "-id")
        .values_list("id", flat=True)[:limit]
    )


def _snapshot(index: WindowIndex) -> tuple:
    return (
        dict(index.entries),
        {pk: set(actors) for pk, actors in index.actors.items() if actors},
        {key: list(ids) for key, ids in index.ids.items() if ids},
    )


def test_ranges_read_the_same_ids_in_the_same_order_as_the_query():
    rng = random.Random(3)
    origin = date(2018, 1, 1)
    for _ in range(400):
        precision = rng.choice(PRECISIONS)
        day = origin + timedelta(days=rng.randrange(730))
        if precision == "month":
            day = day.replace(day=1)
        elif precision == "year":
            day = day.replace(month=1, day=1)
        _event(day, precision)
    index = WindowIndex()
    for _ in range(200):
        precision = rng.choice(PRECISIONS)
        first = origin + timedelta(days=rng.randrange(-40, 760))
        last = first + timedelta(days=rng.randrange(0, 400))
        start = first + timedelta(days=rng.randrange(0, 40))
        limit = rng.choice([1, 5, 50, 1000])
        expected = _as_queried(precision, first, last, start, limit)
        assert index.latest(precision, first, last, start, limit) == expected


def test_a_rolled_back_article_or_batch_leaves_the_index_as_it_was(reference_data):
    stored = _event(date(2018, 10, 1))
    actor = Actor.objects.first()
    index = WindowIndex()
    index.latest("day", date(2018, 9, 1), date(2018, 10, 31), date(2018, 9, 1), 50)
    before = _snapshot(index)

    pending = Event(date=date(2018, 10, 2), precision="day", title="New", pk=1 << 48)
    pending.fill_derived()
    index.add(pending)
    index.commit()  # an earlier article of the batch
    stored.date = date(2018, 10, 5)
    stored.fill_derived()
    index.place(stored)
    index.rename({pending.pk: 10_000})
    index.link([(10_000, actor.pk), (stored.pk, actor.pk)])
    index.remove([stored.pk])
    index.rollback()  # the current article: back to where the batch's first left it
    assert index.entries == {**before[0], pending.pk: ("day", date(2018, 10, 2), date(2018, 10, 2))}
    assert not index.actors.get(stored.pk)

    index.rollback_batch()
    assert _snapshot(index) == before
    assert index.latest("day", date(2018, 9, 1), date(2018, 10, 31), date(2018, 9, 1), 50) == [
        stored.pk
    ]


def test_events_other_processes_create_move_or_delete_are_seen_after_a_batch(reference_data):
    window = (date(2018, 1, 1), date(2019, 12, 31), date(2018, 1, 1), 50)
    kept, moved, deleted = (_event(date(2018, 10, d)) for d in (1, 2, 3))
    index = WindowIndex()
    index.catch_up()
    gone = deleted.pk
    assert index.latest("day", *window) == [gone, moved.pk, kept.pk]

    # Between two batches a curator moves one event a year on, deletes another, and
    # a second import (or the admin) creates one.
    moved.date = date(2019, 3, 4)
    moved.save()
    deleted.delete()
    created = _event(date(2018, 10, 4))
    actor = Actor.objects.first()
    created.actors.add(actor)
    assert index.latest("day", *window) == [gone, moved.pk, kept.pk]  # the batch is not over

    index.commit_batch(set())
    theirs = index.catch_up()
    assert theirs == {moved.pk, gone, created.pk}
    assert index.latest("day", *window) == [moved.pk, created.pk, kept.pk]
    assert index.latest("day", date(2018, 10, 1), date(2018, 12, 31), date(2018, 10, 1), 50) == [
        created.pk,
        kept.pk,
    ]
    assert index.involving([created.pk, kept.pk], {actor.pk + 1}, set()) == [kept.pk]
    assert index.involving([created.pk], {actor.pk}, set()) == [created.pk]
    assert index.involving([created.pk], {actor.pk + 1}, {created.pk}) == [created.pk]


def _count_batches(monkeypatch) -> list[int]:
    batches: list[int] = []
    import_batch = importing._import_batch

    def counted(*, batch, **kwargs):
        batches.append(len(batch))
        return import_batch(batch=batch, **kwargs)

    monkeypatch.setattr(importing, "_import_batch", counted)
    return batches


def _retold() -> object:
    return document_from_text("retold.txt", story(0).replace("to resume", "to resume stalled"))


def _events_of(origin: str) -> set[int]:
    return set(Evidence.objects.filter(article__origin=origin).values_list("event_id", flat=True))


def test_an_event_a_second_import_creates_between_batches_is_merged_into(
    reference_data, monkeypatch
):
    """The run's window already read the period when another import stores the story:
    the retold story still joins its events."""
    monkeypatch.setattr(importing, "BATCH_SIZE", 1)

    # Another happening of the same year: its window reads the period first.
    other = document_from_text("other.txt", story(1).replace("on Monday", "on Oct. 20"))

    def second_import(outcome) -> None:
        if outcome.origin == "other.txt":
            articles_import(documents=documents(1))

    report = articles_import(documents=[other, _retold()], on_outcome=second_import)
    assert [o.status for o in report.outcomes] == [ImportStatus.CREATED] * 2
    assert _events_of("retold.txt") <= _events_of("story_000.txt")
    assert not _events_of("retold.txt") & _events_of("other.txt")


def test_an_event_deleted_between_batches_is_not_merged_into(reference_data, monkeypatch):
    """A curator deletes the events of the run's first story: the retold story makes its
    own, with no failed batch to retry."""
    monkeypatch.setattr(importing, "BATCH_SIZE", 1)
    batches = _count_batches(monkeypatch)

    def curator_deletes(outcome) -> None:
        if outcome.origin == "story_000.txt":
            Event.objects.filter(pk__in=_events_of(outcome.origin)).delete()

    report = articles_import(documents=[*documents(1), _retold()], on_outcome=curator_deletes)
    assert [o.status for o in report.outcomes] == [ImportStatus.CREATED] * 2
    assert batches == [1, 1]
    assert _events_of("retold.txt")
    assert Event.objects.filter(pk__in=_events_of("retold.txt")).count() == len(
        _events_of("retold.txt")
    )


def test_after_a_run_with_a_retried_batch_and_an_update_the_index_is_the_database(
    reference_data, monkeypatch
):
    """Rolled-back articles, a batch imported again one document at a time and an updated
    article (whose orphan event is deleted) leave the run's index holding exactly the
    stored events of the periods it read, with their stored actors; no window ever gave
    an id the database did not have."""
    contexts, missing = [], []
    load, loaded, persist = (
        importing._ImportContext.load,
        clustering._loaded,
        importing._persist_extraction,
    )

    def kept_context():
        contexts.append(load())
        return contexts[-1]

    def checked(cache, ids):
        found = loaded(cache, ids)
        missing.extend(set(ids) - set(found))
        return found

    def fails_for_retold(*, article, **kwargs):
        persist(article=article, **kwargs)
        if article.origin == "retold.txt":
            raise RuntimeError("lost the connection")

    monkeypatch.setattr(importing._ImportContext, "load", kept_context)
    monkeypatch.setattr(clustering, "_loaded", checked)
    monkeypatch.setattr(importing, "_persist_extraction", fails_for_retold)
    # The first batch is imported again one document at a time; the second deletes an
    # event and reads its period again before the batch ends.
    monkeypatch.setattr(importing, "BATCH_SIZE", 4)
    other = story(1).replace("on Monday", "on Oct. 20")
    docs = [
        *documents(3),
        _retold(),
        document_from_text("other.txt", other),
        *documents(1, first=3),
        # The other story's date corrected: its event is left with no evidence, deleted.
        document_from_text("other.txt", other.replace("Oct. 20", "Oct. 22")),
        document_from_text("late.txt", story(5).replace("on Monday", "on Oct. 20")),
    ]
    report = articles_import(documents=docs)
    statuses = [o.status for o in report.outcomes]
    assert statuses.count(ImportStatus.FAILED) == 1
    assert statuses[-2] == ImportStatus.UPDATED
    assert missing == []

    index = contexts[0].cache.window
    held = {
        pk: entry
        for pk, entry in index.entries.items()
        if (entry[0], entry[1].year) in index.loaded
    }
    stored = {
        pk: (precision, day, end)
        for pk, precision, day, end in Event.objects.values_list(
            "id", "precision", "date", "date_end"
        )
        if (precision, day.year) in index.loaded
    }
    assert held == stored
    links: dict[int, set[int]] = {}
    for pk, actor_id in Event.actors.through.objects.values_list("event_id", "actor_id"):
        if pk in stored:
            links.setdefault(pk, set()).add(actor_id)
    assert {pk: index.actors[pk] for pk in stored if index.actors.get(pk)} == links
