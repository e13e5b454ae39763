"""Placement: a candidate joins the stored event that reports its happening most closely."""

from datetime import date

import pytest

from articles.extraction.similarity import happening_score, signature_for
from articles.extraction.types import EventCandidate, EventKind, FuzzyDate, Precision
from articles.services.clustering import CLOSER_BY, _best_match, _Known, _new_event
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
