"""Placement: a candidate joins the stored event that reports its happening most closely."""

from datetime import date, timedelta

import pytest

from articles.extraction.similarity import happening_score, signature_for
from articles.extraction.types import EventCandidate, EventKind, FuzzyDate, Precision
from articles.services.clustering import CLOSER_BY, _best_match, _Known, _Nearby, _new_event
from tests.extraction.test_similarity import candidate

NOVEMBER = FuzzyDate(date(2019, 11, 1), Precision.MONTH)


def report(sentence: str, title: str, kind: EventKind) -> EventCandidate:
    return candidate(sentence, "in November 2019", title, kind, ["india"], when=NOVEMBER)


PULLED_OUT = report(
    "India pulled out of the Regional Comprehensive Economic Partnership (RCEP) in November 2019.",
    "India pulled out of the Regional Comprehensive Economic Partnership (RCEP)",
    EventKind.OTHER,
)
QUIT = report(
    "India quit the 15-nation Asia-Pacific trade pact in November 2019.",
    "India quit the 15-nation Asia-Pacific trade pact",
    EventKind.STATEMENT,
)
# Matches both: the same action and acronym as the first, the same action and figure as
# the second; it shares more with the first.
WITHDREW = report(
    "India withdrew from RCEP in November 2019, leaving the 15-member pact to go ahead without it.",
    "India withdrew from RCEP, leaving the 15-member pact to go ahead without it",
    EventKind.WITHDRAWAL,
)


def known(candidate: EventCandidate) -> _Known:
    return _Known(_new_event(candidate, True), [signature_for(candidate, {})])


@pytest.mark.parametrize("first", [PULLED_OUT, QUIT], ids=["best-first", "best-second"])
def test_a_candidate_joins_the_best_matching_event_whatever_the_order(first):
    events = [known(first), known(QUIT if first is PULLED_OUT else PULLED_OUT)]
    start, end = date(2019, 11, 1), date(2019, 11, 30)
    match = _best_match(signature_for(WITHDREW, {}), start, end, events)
    assert match is not None
    assert match.event.title.startswith("India pulled out")


def test_no_event_matches_another_happening():
    start, end = date(2019, 11, 1), date(2019, 11, 30)
    signed = report(
        "India signed a trade pact with Mauritius in November 2019.",
        "India signed a trade pact with Mauritius",
        EventKind.AGREEMENT,
    )
    assert _best_match(signature_for(signed, {}), start, end, [known(PULLED_OUT)]) is None


def test_an_older_event_scoring_a_little_higher_does_not_replace_the_first_found():
    """The first event found (the newest) keeps a candidate that an older one reports only a
    little more closely: the newest are most often the same story's."""
    start, end = date(2019, 11, 1), date(2019, 11, 30)
    newest = known(QUIT)
    older = known(
        report(
            "India quit the 15-member Asia-Pacific trade pact in November 2019.",
            "India quit the 15-member Asia-Pacific trade pact",
            EventKind.STATEMENT,
        )
    )
    signature = signature_for(WITHDREW, {})
    closer = happening_score(signature, older.signatures[0])
    assert 0 < closer - happening_score(signature, newest.signatures[0]) < CLOSER_BY
    assert _best_match(signature, start, end, [newest, older]) is newest


def test_the_nearby_events_touching_a_period_are_read_in_order_from_the_index():
    dates = [
        FuzzyDate(date(2019, 11, 4), Precision.DAY),
        FuzzyDate(date(2019, 11, 1), Precision.MONTH),
        FuzzyDate(date(2019, 11, 11), Precision.WEEK),
        FuzzyDate(date(2019, 1, 1), Precision.YEAR),
        FuzzyDate(date(2019, 10, 28), Precision.WEEK),
        FuzzyDate(date(2019, 12, 2), Precision.DAY),
    ]
    events = [known(candidate("x", "x", "x", EventKind.OTHER, [], when=d)) for d in dates]
    index = _Nearby(events)

    def touching(start: date, end: date) -> list[_Known]:
        return [k for k in events if k.event.date <= end and k.event.date_end >= start]

    for start, end in [
        (date(2019, 11, 3), date(2019, 11, 3)),
        (date(2019, 11, 1), date(2019, 11, 30)),
        (date(2019, 12, 2), date(2019, 12, 8)),
        (date(2018, 12, 31), date(2018, 12, 31)),
    ]:
        read = index.touching(start, end)
        assert [k for k in read if k.event.date <= end and k.event.date_end >= start] == (
            touching(start, end)
        )
        assert read == [k for k in events if k in read]  # in the window's order
    # An event sharpened to another date is read at it; one joined away is read no more.
    moved, gone = events[0], events[1]
    day = date(2019, 12, 20)
    assert moved not in index.touching(day, day)
    moved.event.date = day
    moved.event.fill_derived()
    index.moved(moved)
    index.drop(gone)
    assert moved in index.touching(day, day)
    assert gone not in index.touching(date(2019, 11, 5), date(2019, 11, 5) + timedelta(days=1))
