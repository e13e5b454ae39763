"""Joining: a later report that matches two events closely makes them one, at the batch's
write (`SignatureCache.join`), never for a curated event, undone with a rolled-back article."""

from datetime import date
from pathlib import Path

import pytest

from articles.extraction.formats import read_path
from articles.extraction.similarity import signature_for
from articles.extraction.types import EventKind, FuzzyDate, Precision
from articles.models import Actor, Event, Evidence
from articles.services import articles_import, importing
from articles.services.clustering import SignatureCache, _bridged, _joinable, _Known, _new_event
from articles.services.importing import ImportStatus
from tests.extraction.test_similarity import REFS, candidate

# The probe's EFTA–Mercosur group: "finalised ... this week" (BAT) and "closed the
# negotiations" (MercoPress) do not match each other; "concluded negotiations" (swissinfo)
# matches both closely.
EFTA = Path(__file__).resolve().parent / "clusters" / "efta_mercosur"
FINALISED = ("bat_efta_mercosur.txt", "finalised a free trade agreement")
CLOSED = ("mercopress_efta_mercosur.txt", "closed the negotiations")
CONCLUDED = ("swi_efta_mercosur.txt", "concluded negotiations")
NAMES = (FINALISED[0], CLOSED[0], CONCLUDED[0])


def _import(*names: str):
    return articles_import(documents=[doc for name in names for doc in read_path(EFTA / name)])


def _event_of(origin: str, snippet: str) -> Event:
    rows = Evidence.objects.select_related("article", "event").filter(sentence__contains=snippet)
    return next(r.event for r in rows if r.article.origin.endswith(origin))


@pytest.fixture(params=[100, 1], ids=["one-batch", "batch-per-article"])
def batch_size(request, monkeypatch) -> int:
    """Bridged events pending in the batch, or stored by earlier batches of the run."""
    monkeypatch.setattr(importing, "BATCH_SIZE", request.param)
    return request.param


@pytest.mark.django_db
def test_a_report_bridging_two_events_joins_them(reference_data, batch_size):
    _import(*NAMES)
    joined = _event_of(*FINALISED)
    assert joined == _event_of(*CLOSED) == _event_of(*CONCLUDED)
    assert joined.curated_fields == []  # the importer's join is no curator's
    assert joined.source_count == 3
    assert {e.article.origin.rsplit("/", 1)[-1] for e in joined.evidence.all()} == set(NAMES)


@pytest.mark.django_db
@pytest.mark.parametrize("last", NAMES, ids=["finalised", "closed", "concluded"])
def test_a_later_run_joins_what_earlier_runs_stored(reference_data, last):
    """As articles arrive day by day: the report that bridges the two events stored by an
    earlier run ("concluded") joins them; a report of one of them joins that event."""
    _import(*(name for name in NAMES if name != last))
    _import(last)
    joined = _event_of(*FINALISED)
    assert joined == _event_of(*CLOSED) == _event_of(*CONCLUDED)
    assert joined.source_count == 3
    deleted = Event.history.model.objects.filter(history_type="-").count()
    assert deleted == (1 if last == CONCLUDED[0] else 0)


@pytest.mark.django_db
def test_a_joined_event_leaves_a_deletion_in_its_history(reference_data):
    _import(*NAMES)
    kept = _event_of(*FINALISED).pk
    history = Event.history.model.objects
    gone = set(history.filter(history_type="-").values_list("id", flat=True))
    assert gone
    assert kept not in gone
    assert not Event.objects.filter(pk__in=gone).exists()
    assert not Evidence.objects.filter(event_id__in=gone).exists()


@pytest.mark.django_db
def test_importing_the_joined_reports_again_changes_nothing(reference_data):
    _import(*NAMES)
    events = sorted(Event.objects.values_list("pk", "title", "source_count"))
    evidence = sorted(Evidence.objects.values_list("event_id", "article_id", "start"))
    report = _import(*NAMES)
    assert {o.status for o in report.outcomes} == {ImportStatus.UNCHANGED}
    assert sorted(Event.objects.values_list("pk", "title", "source_count")) == events
    assert sorted(Evidence.objects.values_list("event_id", "article_id", "start")) == evidence


@pytest.mark.django_db
def test_a_rolled_back_article_leaves_no_join_behind(reference_data, batch_size, monkeypatch):
    place = importing.events_place

    def failing(*, article, **kwargs):
        result = place(article=article, **kwargs)
        if article.origin.endswith(CONCLUDED[0]):
            raise RuntimeError("fails after placing")
        return result

    monkeypatch.setattr(importing, "events_place", failing)
    report = _import(*NAMES)
    assert [o.status for o in report.outcomes].count(ImportStatus.FAILED) == 1
    finalised, closed = _event_of(*FINALISED), _event_of(*CLOSED)
    assert finalised != closed
    assert Event.objects.filter(pk__in=[finalised.pk, closed.pk]).count() == 2
    assert not Event.history.model.objects.filter(history_type="-").exists()


# Events built by hand: three reports of one signing, each matching the others closely.
SIGNED = "India and Mauritius signed the trade agreement on Wednesday."
WEDNESDAY = FuzzyDate(date(2019, 11, 6), Precision.DAY)


def _report():
    return candidate(
        SIGNED, "on Wednesday", SIGNED[:-14], EventKind.AGREEMENT, ["india"], when=WEDNESDAY
    )


def _stored(*, curated: list[str], actor: Actor | None = None) -> _Known:
    event = Event.objects.create(
        date=WEDNESDAY.value,
        precision="day",
        title=SIGNED[:-14],
        kind="agreement",
        curated_fields=curated,
    )
    if actor is not None:
        event.actors.add(actor)
    return _Known(event, [signature_for(_report(), {})])


@pytest.mark.django_db
@pytest.mark.parametrize("curated", ["none", "match", "other"])
def test_the_importer_never_joins_a_curated_event(curated):
    match = _stored(curated=["title"] if curated == "match" else [])
    other = _stored(curated=["title"] if curated == "other" else [])
    day = WEDNESDAY.value
    bridged = _bridged(signature_for(_report(), {}), day, day, [match, other], match)
    assert bridged == ([other] if curated == "none" else [])


def _joined_pair() -> tuple[SignatureCache, _Known, _Known, Actor, Actor]:
    """Two stored events, each linked to one actor, joined in a cache whose window holds
    them; and the actors."""
    india = Actor.objects.create(name="India", slug="india")
    mauritius = Actor.objects.create(name="Mauritius", slug="mauritius")
    keep, gone = _stored(curated=[], actor=india), _stored(curated=[], actor=mauritius)
    cache = SignatureCache(actor_refs={})
    day = WEDNESDAY.value
    assert set(cache.window.latest("day", day, day, day, 50)) >= {keep.event.pk, gone.event.pk}
    cache.known.update({keep.event.pk: keep, gone.event.pk: gone})
    cache.join(keep, gone)
    return cache, keep, gone, india, mauritius


@pytest.mark.django_db
def test_a_join_keeps_the_window_and_the_cache_consistent():
    cache, keep, gone, india, mauritius = _joined_pair()
    assert gone.event.pk not in cache.window.entries
    assert gone.event.pk not in cache.known
    assert cache.window.actors[keep.event.pk] == {india.pk, mauritius.pk}
    assert len(keep.signatures) == 2
    cache.commit()
    cache.flush()
    assert not Event.objects.filter(pk=gone.event.pk).exists()
    assert set(keep.event.actors.all()) == {india, mauritius}
    assert not cache.joins_done


@pytest.mark.django_db
def test_a_rolled_back_join_restores_the_window():
    cache, keep, gone, india, mauritius = _joined_pair()
    cache.rollback()
    assert not cache.retry_batch  # both stored: read again when needed
    assert gone.event.pk in cache.window.entries
    assert cache.window.actors[keep.event.pk] == {india.pk}
    assert cache.window.actors[gone.event.pk] == {mauritius.pk}
    assert keep.event.pk not in cache.known
    assert not cache.joins_current
    cache.flush()
    assert Event.objects.filter(pk__in=[keep.event.pk, gone.event.pk]).count() == 2


# Two events a report bridged, and what must agree for them to be made one.
TUESDAY = FuzzyDate(date(2021, 12, 14), Precision.DAY)
DECEMBER = FuzzyDate(date(2021, 12, 1), Precision.MONTH)


def _event(sentence, kind=EventKind.WITHDRAWAL, actors=("united-states",), when=TUESDAY, **more):
    item = candidate(sentence, "on Tuesday", sentence.rstrip("."), kind, actors, when=when, **more)
    return _Known(_new_event(item, True), [signature_for(item, REFS)])


WITHDREW = "The United States withdrew from the Trans-Pacific Partnership on Tuesday."
DEFICIT = "The American trade deficit with Vietnam reached ${} billion on Tuesday."


@pytest.mark.parametrize(
    ("other", "joined"),
    [
        (_event("The United States quit the TPP on Tuesday."), True),
        (_event("The United States quit the TPP.", kind=EventKind.OTHER), True),
        (_event("The United States quit the TPP in December.", when=DECEMBER), False),
        (_event("The United States will quit the TPP on Tuesday.", planned=True), False),
        (_event("The United States opened an inquiry.", kind=EventKind.INVESTIGATION), False),
        (_event("The United States said it quit.", kind=EventKind.STATEMENT), False),
        (
            _event(
                "Donald Trump withdrew from the TPP on Tuesday.",
                actors=("donald-trump", "united-states"),
            ),
            True,
        ),
    ],
    ids=["same-kind", "other", "a-month", "planned", "other-kinds", "a-statement", "one-person"],
)
def test_what_two_bridged_events_must_agree_on(other, joined):
    assert _joinable(_event(WITHDREW), other) is joined


def test_two_people_or_two_figures_are_two_happenings():
    trump = _event("Donald Trump withdrew on Tuesday.", actors=("donald-trump", "united-states"))
    abe = _event("Shinzo Abe withdrew on Tuesday.", actors=("shinzo-abe", "united-states"))
    assert not _joinable(trump, abe)
    deficits = [_event(DEFICIT.format(n), kind=EventKind.OTHER) for n in (329, 183, 329)]
    assert not _joinable(deficits[0], deficits[1])
    assert _joinable(deficits[0], deficits[2])


# Generated text (bench/RESULTS-clustering.md, fifth round): the same stock sentence, the
# same Thursday, two partners.
TALKS = "{} agreed on Thursday to start negotiations on a bilateral deal."
US = ("united-states", "The United States and ")


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        (
            [US, ("united-kingdom", "the United Kingdom")],
            [US, ("north-korea", "North Korea")],
            False,
        ),
        ([US, ("united-kingdom", "the United Kingdom")], [US, ("united-kingdom", "Britain")], True),
        # A country one report leaves out is no second happening.
        ([US, ("united-kingdom", "the United Kingdom")], [US, (None, "its partner")], True),
        # No country in common: left to the wording (a venue may be read as an actor).
        ([("united-kingdom", "The United Kingdom")], [("north-korea", "North Korea")], True),
    ],
    ids=["two-partners", "one-partner", "partner-left-out", "no-shared-country"],
)
def test_two_events_each_with_a_country_the_other_lacks_are_two_happenings(first, second, joined):
    events = [
        _event(
            TALKS.format("".join(name for _, name in actors)),
            kind=EventKind.AGREEMENT,
            actors=tuple(key for key, _ in actors if key),
        )
        for actors in (first, second)
    ]
    assert _joinable(*events) is joined
