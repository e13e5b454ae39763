"""The pipeline's reuse of an article's anchor-independent extraction across anchors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from articles.extraction.formats import read_path
from articles.extraction.pipeline import Extractor
from articles.extraction.types import RawDocument
from tests.extraction.test_corpus import registry

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
ANCHORS = [None, date(2018, 9, 26), date(2018, 9, 30), None, date(2019, 1, 2)]


def _extractor() -> Extractor:
    actors, topics = registry()
    return Extractor(actors=actors, topics=topics)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_extracting_one_text_again_with_other_anchors_equals_fresh_extractions(path):
    reused = _extractor()
    text = reused.prepare_text(read_path(path)[0])
    events = 0
    for anchor in ANCHORS:
        again = reused.extract_from_text(text, anchor)
        fresh = _extractor().extract_from_text(text, anchor)
        assert again == fresh
        events += len(again.events)
    assert events, "the seeds hold dated events"


def test_the_anchors_change_only_the_events_and_lists_are_not_shared():
    extractor = _extractor()
    text = extractor.prepare_text(read_path(sorted(SEEDS.glob("*.txt"))[-1])[0])
    first = extractor.extract_from_text(text, date(2018, 9, 26))
    first.mentions.clear()
    first.quotes.clear()
    second = extractor.extract_from_text(text, date(2018, 10, 3))
    assert second.mentions
    assert second.quotes
    assert [e.date for e in second.events] != [e.date for e in first.events]


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_the_actor_mentions_alone_are_those_of_the_extraction(path):
    extractor = _extractor()
    text = extractor.prepare_text(read_path(path)[0])
    actors, venues = extractor.actor_mentions(text)
    extracted = _extractor().extract_from_text(text, None)
    assert (actors, venues) == (extracted.mentions, extracted.venue_mentions)
    assert extractor.extract_from_text(text, None) == extracted


def test_another_text_or_a_changed_body_is_extracted_anew():
    extractor = _extractor()
    paths = sorted(SEEDS.glob("*.txt"))
    one = extractor.prepare_text(read_path(paths[0])[0])
    other = extractor.prepare_text(read_path(paths[1])[0])
    extractor.extract_from_text(one, None)
    assert extractor.extract_from_text(other, None) == _extractor().extract_from_text(other, None)
    other.body = one.body
    assert extractor.extract_from_text(other, None).mentions == (
        _extractor().extract_from_text(one, None).mentions
    )


def test_the_articles_own_outlet_named_in_its_text_is_no_proposed_actor():
    document = RawDocument(
        origin="t.json",
        text="\u201cWe will pay for it,\u201d Jane Doe, head of the Example Growers Association, "
        "told The Example Reserve. The Example Reserve Board met on Monday.",
        outlet="The Example Reserve",
        has_metadata=True,
    )
    mentions = _extractor().extract(document).mentions
    # told The Example Reserve: no actor; the Example Reserve Board that met: one
    assert [m.text for m in mentions if "Reserve" in m.name] == ["Example Reserve Board"]
    assert {"Jane Doe", "Example Growers Association"} <= {m.name for m in mentions}


def test_the_articles_own_outlet_labelling_an_interview_s_questions_is_no_proposed_actor():
    document = RawDocument(
        origin="t.txt",
        text="We asked Jane Doe-Roe, the trade secretary, what had worked.\n\n"
        "Example Business Review: How much do exporters use the agreement?\n\n"
        "Doe-Roe: Less than we hoped. Tea and coffee go out under its certificates.\n\n"
        "Example Business Review: Why?\n\n"
        "Doe-Roe: Because the rules of origin for textiles are still not finished.",
        outlet="Example Business Review",
        has_metadata=True,
    )
    names = {m.name for m in _extractor().extract(document).mentions}
    assert "Jane Doe-Roe" in names
    assert "Example Business Review" not in names


def test_the_articles_own_outlet_reporting_its_story_is_no_proposed_actor():
    document = RawDocument(
        origin="t.txt",
        text="Jane Doe disclosed this on Wednesday in Abuja, the Example News Agency (ENA)"
        " reports.\n\nENA recalls that the Example Traders Union met in Accra last month.",
        outlet="ENA",
        has_metadata=True,
    )
    names = {m.name for m in _extractor().extract(document).mentions}
    assert "Example News Agency" not in names
    assert "Example Traders Union" in names
    # in another outlet's story the agency is an actor
    document.outlet = "Example Times"
    assert "Example News Agency" in {m.name for m in _extractor().extract(document).mentions}


TRANSCRIPT = (
    "Transcript: Press conference, Canberra\n\nTHE HON. JANE ROWE MP\nMINISTER FOR TRADE\n\n"
    "TRANSCRIPT\nPRESS CONFERENCE\nCANBERRA\nFRIDAY, 20 DECEMBER 2024\n\n"
    "MINISTER ROWE: Thanks for coming. I can confirm that trade in lobster with China resumed"
    " this morning after four years.\n\n"
    "Exporters lost their biggest market in November 2020, and many had to sell their boats.\n\n"
    "JOURNALIST: Minister, how quickly will exports get back to where they were?\n\n"
    "MINISTER ROWE: It will not happen in a week, but I expect a good recovery next year.\n\n"
    "TOM ABBOTT: If I could add to that, we will be loading boxes for Shanghai this weekend.\n\n"
    "MINISTER ROWE: Thanks, Tom. Thanks everyone.\n"
)


def test_a_transcripts_speaker_labels_give_its_speakers_and_their_words_as_quotes():
    result = _extractor().extract(RawDocument(origin="t.txt", text=TRANSCRIPT))
    assert result.text.published == date(2024, 12, 20)
    people = {m.name for m in result.mentions if m.kind == "person"}
    assert {"Jane Rowe", "Tom Abbott"} <= people
    said = [(q.speaker_key, q.text[:20]) for q in result.quotes]
    assert said == [
        ("Jane Rowe", "Thanks for coming. I"),
        ("Jane Rowe", "Exporters lost their"),
        ("Jane Rowe", "It will not happen i"),
        ("Tom Abbott", "If I could add to th"),
    ]  # the question from the floor and the closing thanks are no quotes
    # a named speaker's calendar dates make events (round 46); the small talk of the moment
    # ("this morning", "in a week", "this weekend") makes none, nor does the question
    when = {e.temporal_text for e in result.events}
    assert "in November 2020" in when
    assert not when & {"this morning", "in a week", "this weekend"}


def test_a_speakers_quarter_or_half_of_the_year_dates_a_happening():
    # round 55: a quarter or half of the year is a calendar period, as a month is, not the
    # small talk of the moment ("this morning")
    text = TRANSCRIPT.replace(
        "I expect a good recovery next year.",
        "the cabinet should approve the protocol in the first quarter.",
    )
    result = _extractor().extract(RawDocument(origin="t.txt", text=text))
    quarter = [e for e in result.events if e.temporal_text == "in the first quarter"]
    assert [(e.date.value, e.date.precision.value, e.planned) for e in quarter] == [
        (date(2025, 1, 1), "year", True)
    ]


def test_newsletter_item_headings_are_no_speaker_labels():
    body = (
        "ON THE HILL: The committee will hold a hearing on Dec. 4.\n\n"
        "THE NUMBERS: Trade totaled $1.6 trillion in 2024.\n\n"
        "MEANWHILE IN MEXICO: The Senate approved tariffs on Thursday."
    )
    result = _extractor().extract(RawDocument(origin="n.txt", text=body), date(2025, 11, 17))
    assert result.quotes == []
    assert [e.temporal_text for e in result.events] == ["on Dec. 4", "on Thursday"]


def test_the_outlet_credited_in_the_dateline_is_no_proposed_actor():
    document = RawDocument(
        origin="t.txt",
        text="Deal signed\n\nTASHKENT, 6 November 2026 (Example News Agency) – Uzbekistan signed "
        "a protocol with Kazakhstan, the Example Statistics Agency said.",
    )
    names = {m.name for m in _extractor().extract(document).mentions}
    assert "Example News Agency" not in names
    assert "Example Statistics Agency" in names


def test_with_only_an_update_line_relative_dates_count_from_the_update():
    document = RawDocument(
        origin="t.txt",
        text="India and Canada end third round\n\nUpdated: Monday, 9 November 2026, 06:15 IST\n\n"
        "India and Canada ended the third round of talks on Friday, officials said.",
    )
    result = _extractor().extract(document)
    assert result.text.published is None  # never invented
    assert [str(e.date.value) for e in result.events] == ["2026-11-06"]


def test_the_eus_seat_as_a_venue_is_no_mention_of_the_eu():
    document = RawDocument(
        origin="t.txt",
        text="Technical talks between Türkiye and the European Commission ended in Brussels on"
        " Monday.\n\nBrussels wants more access to public procurement.",
        published=date(2026, 11, 17),
    )
    result = _extractor().extract(document)
    assert [m.text for m in result.venue_mentions] == ["Brussels"]
    assert [m.text for m in result.mentions if m.name == "European Union"] == ["Brussels"]


def test_a_capital_as_a_venue_is_no_actor_of_the_article_but_counts_for_its_event():
    document = RawDocument(
        origin="t.txt",
        text="Trade ministers from Canada and Vietnam met in Kuala Lumpur on Tuesday. The week"
        " before the Kuala Lumpur meeting, officials met in Bangkok.\n\n"
        "Kuala Lumpur said it would host the next round.",
        published=date(2026, 10, 28),
    )
    result = _extractor().extract(document)
    assert [m.text for m in result.venue_mentions] == ["Kuala Lumpur", "Kuala Lumpur"]
    # the capital as the subject of a verb stays the country
    assert [m.text for m in result.mentions if m.name == "Malaysia"] == ["Kuala Lumpur"]
    (met, *_) = result.events
    assert met.date.value == date(2026, 10, 27)
    assert set(met.actor_keys) == {"canada", "vietnam", "malaysia"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what was agreed starts in March: next March, planned
        (
            "Canada and Mexico agreed on Tuesday to run joint customs checks at the border"
            " from March, officials said.",
            (date(2027, 3, 1), True),
        ),
        # no decision before it: the past March
        ("Canada's exports to Mexico rose from March, officials said.", (date(2026, 3, 1), False)),
    ],
)
def test_a_start_after_a_decision_to_do_something_is_to_come(sentence, expected):
    extractor = _extractor()
    text = extractor.prepare_text(RawDocument(origin="x.txt", text=sentence + "\n"))
    events = extractor.extract_from_text(text, date(2026, 11, 18)).events
    months = [(e.date.value, e.planned) for e in events if e.date.precision.value == "month"]
    assert months == [expected]


def test_a_topic_the_standfirst_names_is_the_articles_when_the_body_names_it_too():
    body = (
        "Negotiators met in Jakarta on Thursday to close the last chapters of the agreement.\n\n"
        + "They spoke about ports, ships and cranes for most of the afternoon. " * 10
        + "\n\n"
        "Shipping firms said the rules on cumulation would decide how much they gain."
    )
    standfirst = "Shipping firms stand to gain most from cumulation of origin"
    keys = {
        hit.key
        for hit in _extractor()
        .extract(
            RawDocument(
                "x.html", body, title="Port talks", has_metadata=True, standfirst=standfirst
            )
        )
        .topics
    }
    assert "rules-of-origin" in keys
    # named by the standfirst alone, a topic is not the article's
    other = "Ministers will discuss semiconductors next"
    keys = {
        hit.key
        for hit in _extractor()
        .extract(
            RawDocument("x.html", body, title="Port talks", has_metadata=True, standfirst=other)
        )
        .topics
    }
    assert "semiconductors-and-technology" not in keys


def test_a_past_weekday_naming_the_update_day_is_that_day():
    # published Monday 2 March, updated Tuesday 3 March
    document = RawDocument(
        origin="t.txt",
        text="Ruritania and Freedonia opened a round of trade talks in Zenda on Monday.\n\n"
        "A Freedonian spokesperson said on Tuesday that the tariff offer was final.\n\n"
        "A Ruritanian official said on Sunday that the round would be short.",
        published=date(2026, 3, 2),
        updated=date(2026, 3, 3),
        has_metadata=True,
    )
    extracted = _extractor().extract(document)
    assert [(e.temporal_text, e.date.value) for e in extracted.events] == [
        ("on Monday", date(2026, 3, 2)),
        ("on Tuesday", date(2026, 3, 3)),  # the update's comment
        ("on Sunday", date(2026, 3, 1)),  # not the update's weekday: from the publication
    ]
    # anchored elsewhere (an inferred date), the update does not count
    later = _extractor().extract(document, anchor=date(2026, 3, 1))
    assert later.events[1].date.value == date(2026, 2, 24)
