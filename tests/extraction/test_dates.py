from datetime import date, timedelta
from pathlib import Path

import pytest

from articles.extraction.dates import (
    dateline_date,
    dateline_month_day,
    expression_marks,
    find_temporal_expressions,
    format_fuzzy_date,
    fuzzy_date_range,
    is_future_context,
    numeric_day_first,
    opening_dateline,
    parse_date_param,
    publication_date_consistent,
    published_on_filing_day,
    weekday_references,
    weekdays_agree,
)
from articles.extraction.formats import decode_bytes
from articles.extraction.text import split_sentences
from articles.extraction.types import FuzzyDate, Precision

WED = date(2018, 9, 26)  # a Wednesday
D, W, M, Y = Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.YEAR


def only(text: str, anchor: date | None = WED):
    """Return the single temporal match of `text` (fails when there is not exactly one)."""
    found = find_temporal_expressions(text, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected", "precision", "relative"),
    [
        ("They met on Sept. 26, 2018 in New York.", date(2018, 9, 26), D, False),
        ("They met on September 26, 2018.", date(2018, 9, 26), D, False),
        ("They met on 26 September 2018.", date(2018, 9, 26), D, False),
        ("Pictured Wednesday, Sept. 26, 2018, in New York.", date(2018, 9, 26), D, False),
        ("The file is dated 2018-09-26.", date(2018, 9, 26), D, False),
        ("Abe and Trump on Sept. 26 agreed to begin talks.", date(2018, 9, 26), D, True),
        ("Trump directed the secretary in May to launch a probe.", date(2018, 5, 1), M, True),
        ("Tariffs were announced in May 2018.", date(2018, 5, 1), M, False),
        ("Abe took risks in 2013 by entering talks.", date(2013, 1, 1), Y, False),
        ("Ties have been close since 2016.", date(2016, 1, 1), Y, False),
        ("Abe cultivated ties after his 2016 election.", date(2016, 1, 1), Y, False),
        ("A deal is possible by early 2019.", date(2019, 1, 1), Y, False),
        ("Talks stalled in late 2018.", date(2018, 1, 1), Y, False),
        ("Talks stalled in mid-2018.", date(2018, 1, 1), Y, False),
        ("The United States and Japan announced Wednesday they will open talks.", WED, D, True),
        ("He would be talking to Congress on Thursday.", date(2018, 9, 27), D, True),
        ("They met on Monday.", date(2018, 9, 24), D, True),
        ("They will meet on Monday.", date(2018, 10, 1), D, True),
        ("They met today.", WED, D, True),
        ("They met yesterday.", date(2018, 9, 25), D, True),
        ("They meet tomorrow.", date(2018, 9, 27), D, True),
        ("Relations regressed last year.", date(2017, 1, 1), Y, True),
        ("Exports rose this year.", date(2018, 1, 1), Y, True),
        ("Talks start next year.", date(2019, 1, 1), Y, True),
        ("Exports fell last month.", date(2018, 8, 1), M, True),
        ("Exports fell earlier this month.", date(2018, 9, 1), M, True),
        ("Talks resume next month.", date(2018, 10, 1), M, True),
        ("They held productive discussions this week.", date(2018, 9, 24), W, True),
        ("They met last week.", date(2018, 9, 17), W, True),
        ("They meet next week.", date(2018, 10, 1), W, True),
        ("They met earlier this week.", date(2018, 9, 24), W, True),
        ("Tariffs rose last May.", date(2018, 5, 1), M, True),
        ("They met two years ago.", date(2016, 1, 1), Y, True),
    ],
)
def test_expressions_are_normalised_with_a_precision(text, expected, precision, relative):
    match = only(text)
    assert match.date == FuzzyDate(expected, precision)
    assert match.relative is relative
    assert text[match.start : match.end] == match.text


@pytest.mark.parametrize(
    "text",
    [
        "The investigation may result in tariffs as high as 25 percent.",
        "Protesters planned a march on the capital.",
        "Theresa May said the talks were difficult.",
        "Imports under Section 232 face $200 billion of tariffs.",
        "Japan supported 856,000 jobs and 2,000 plants.",
        "The 12-nation pact covered 30 percent of output.",
        "Trump became a celebrity in the 1980s.",
        "The plant employs 2000 workers.",
        "March was a month of protests.",
    ],
)
def test_false_positives_are_not_dates(text):
    assert find_temporal_expressions(text, WED) == []


def test_without_an_anchor_only_absolute_dates_are_returned():
    text = "On Wednesday, in May, last year and on Sept. 26 they met; in 2013 they had talks."
    found = find_temporal_expressions(text, None)
    assert [m.text for m in found] == ["in 2013"]


def test_yearless_day_far_after_the_anchor_in_a_past_context_is_last_year():
    match = only("They met on Dec. 28 to agree.", date(2019, 1, 3))
    assert match.date == FuzzyDate(date(2018, 12, 28), D)


def test_yearless_day_far_before_the_anchor_in_a_future_context_is_next_year():
    match = only("They will meet on Jan. 15.", date(2018, 12, 20))
    assert match.date == FuzzyDate(date(2019, 1, 15), D)


def test_bare_month_in_a_future_context_is_the_next_such_month():
    assert only("They will meet in May.", WED).date == FuzzyDate(date(2019, 5, 1), M)
    assert only("They met in May.", WED).date == FuzzyDate(date(2018, 5, 1), M)


def test_future_hint_overrides_detection():
    past = find_temporal_expressions("on Monday", WED, future=False)[0]
    ahead = find_temporal_expressions("on Monday", WED, future=True)[0]
    assert (past.date.value, ahead.date.value) == (date(2018, 9, 24), date(2018, 10, 1))


def test_several_expressions_come_in_order():
    text = "Trump this week slapped tariffs on China, and on Wednesday he said it could be over."
    found = find_temporal_expressions(text, WED)
    assert [(m.text, m.date) for m in found] == [
        ("this week", FuzzyDate(date(2018, 9, 24), W)),
        ("on Wednesday", FuzzyDate(WED, D)),
    ]


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("Lighthizer told reporters that he would be talking to Congress on Thursday", True),
        ("The United States and Japan announced Wednesday they will open negotiations", False),
        ("Japan agreed Wednesday to negotiate a trade pact", False),
        ("On Thursday, the two leaders will meet", True),
        ("The talks are scheduled for Thursday", True),
        ("He is to meet Abe on Thursday", True),
        # a schedule in the present tense
        ("The session, which runs through Thursday, brings together 100 officials", True),
        ("The consultation closes on Friday", True),
        ("The consultation closed on Friday", False),
    ],
)
def test_future_context_is_the_tense_of_the_nearest_verb(text, future):
    match = find_temporal_expressions(text, WED)[0]
    assert is_future_context(text, match.start, match.end) is future


def test_weekday_references_skip_weekdays_of_explicit_dates():
    text = "Japan agreed Wednesday, and on Thursday talks follow. Photo: Wednesday, Sept. 26, 2018."
    assert weekday_references(text) == [2, 3]


@pytest.mark.parametrize(
    ("candidate", "events_on", "consistent"),
    [
        (date(2018, 9, 26), [date(2018, 9, 26)], True),  # reported the same day
        (date(2018, 9, 30), [date(2018, 9, 26)], True),  # within the six days after
        (date(2018, 10, 3), [date(2018, 9, 26)], False),  # too late for a bare "Wednesday"
        (date(2018, 9, 27), [date(2018, 9, 27)], False),  # a Thursday happening
        (date(2018, 9, 25), [date(2018, 9, 26)], False),  # published before it happened
        (date(2018, 9, 26), [], True),  # nothing to contradict
    ],
)
def test_publication_date_consistent(candidate, events_on, consistent):
    text = "Japan agreed Wednesday to negotiate a trade pact with the United States."
    assert publication_date_consistent(candidate, text, events_on) is consistent


def test_weekdays_agree_without_weekdays_is_true():
    assert weekdays_agree(date(2018, 10, 20), [], [date(2018, 9, 26)]) is True


@pytest.mark.parametrize(
    ("fuzzy", "label"),
    [
        (FuzzyDate(date(2018, 9, 26), D), "26 Sep 2018"),
        (FuzzyDate(date(2018, 9, 4), D), "4 Sep 2018"),
        (FuzzyDate(date(2018, 9, 24), W), "week of 24 Sep 2018"),
        (FuzzyDate(date(2018, 5, 1), M), "May 2018"),
        (FuzzyDate(date(2013, 1, 1), Y), "2013"),
    ],
)
def test_format_fuzzy_date(fuzzy, label):
    assert format_fuzzy_date(fuzzy) == label


@pytest.mark.parametrize(
    ("value", "fuzzy", "first", "last"),
    [
        ("2018", FuzzyDate(date(2018, 1, 1), Y), date(2018, 1, 1), date(2018, 12, 31)),
        ("2018-05", FuzzyDate(date(2018, 5, 1), M), date(2018, 5, 1), date(2018, 5, 31)),
        ("2016-02", FuzzyDate(date(2016, 2, 1), M), date(2016, 2, 1), date(2016, 2, 29)),
        ("2018-05-14", FuzzyDate(date(2018, 5, 14), D), date(2018, 5, 14), date(2018, 5, 14)),
        ("2018-W39", FuzzyDate(date(2018, 9, 24), W), date(2018, 9, 24), date(2018, 9, 30)),
        (" 2018-12 ", FuzzyDate(date(2018, 12, 1), M), date(2018, 12, 1), date(2018, 12, 31)),
    ],
)
def test_parse_date_param_and_range(value, fuzzy, first, last):
    assert parse_date_param(value) == fuzzy
    assert fuzzy_date_range(fuzzy) == (first, last)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2018-13", "month must be between 01 and 12"),
        ("2018-02-30", "day must be between 01 and 28"),
        ("2018-W60", "has no week 60"),
        ("May 2018", "is not a date"),
        ("", "is not a date"),
    ],
)
def test_parse_date_param_rejects_bad_values(value, message):
    with pytest.raises(ValueError, match=message):
        parse_date_param(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tenseless relative clause takes the tense of the clause it hangs on
        ("A deal could be finalised by Diwali, which falls in October.", date(2022, 10, 1)),
        ("The pact is to be signed in October.", date(2022, 10, 1)),
        ("The talks, which began in October, stalled.", date(2021, 10, 1)),
        ("The deal was signed in October.", date(2021, 10, 1)),
    ],
)
def test_bare_month_after_a_modal_passive_or_relative_clause(text, expected):
    (found,) = find_temporal_expressions(text, date(2022, 1, 13))
    assert found.date.value == expected


def test_the_week_of_a_day_is_that_week():
    text = "Talks are set for the week of Oct. 10."
    (found,) = find_temporal_expressions(text, date(2018, 9, 26))
    assert found.text == "the week of Oct. 10"
    assert (found.date.value, found.date.precision) == (date(2018, 10, 8), Precision.WEEK)


@pytest.mark.parametrize("text", ["Talks resumed this morning.", "This evening, he will speak."])
def test_this_morning_is_the_publication_day(text):
    (found,) = find_temporal_expressions(text, date(2018, 9, 26))
    assert (found.date.value, found.date.precision) == (date(2018, 9, 26), Precision.DAY)


def test_a_year_ending_a_name_is_no_date():
    anchor = date(2018, 9, 26)
    assert find_temporal_expressions("The plan, Made in China 2025, worries them.", anchor) == []
    (found,) = find_temporal_expressions("Trump in 2016 said so.", anchor)
    assert found.date.value == date(2016, 1, 1)


def test_every_expression_holds_a_mark():
    """A sentence without a mark is skipped: every expression found must hold one."""
    root = Path(__file__).resolve().parent
    # decoded as the importer decodes them (one corpus file is Windows-1252)
    texts = [
        decode_bytes(path.read_bytes(), path.name)
        for path in sorted((root / "corpus").glob("*.txt"))
    ]
    texts.append(
        "Talks resume in May. On Wednesday it met; last year it left. A WEEK AGO, 3 days ago,"
        " this Evening and tonight: TOMORROW's vote. Sept. 26, 2018 and 2013. The past week."
        " He met the 26th of September. It is \u212aind of a wee\u212a."
    )
    for text in texts:
        marks = expression_marks(text)
        assert marks is not None
        for sentence in split_sentences(text):
            for match in find_temporal_expressions(sentence.text, WED):
                start, end = sentence.start + match.start, sentence.start + match.end
                assert any(start <= mark < end for mark in marks), match.text


def test_expression_marks_decline_letters_lowercasing_cannot_model():
    assert expression_marks("tonıght") is None  # dotless i: (?i:i) matches it
    assert expression_marks("\u0130stanbul today") is None  # lowered to two characters
    assert expression_marks("nothing here") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("elections in June next year", date(2019, 6, 1)),
        ("the summit in March last year", date(2017, 3, 1)),
        ("a vote in December this year", date(2018, 12, 1)),
        ("June next year", date(2019, 6, 1)),  # no preposition needed with the year
    ],
)
def test_month_of_next_last_or_this_year(text, value):
    (found,) = find_temporal_expressions(text, date(2018, 9, 26))
    assert (found.date.value, found.date.precision, found.relative) == (
        value,
        Precision.MONTH,
        True,
    )


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("TOKYO, Sept. 26 (Reuters) - Japan and", "TOKYO, Sept. 26 (Reuters) - "),
        ("BEIJING, March 3 (Xinhua) -- China", "BEIJING, March 3 (Xinhua) -- "),
        ("LONDON, 14 March 2023 — Britain", "LONDON, 14 March 2023 — "),
        ("\n  WASHINGTON, Sept. 26, 2018 (AP) — The", "WASHINGTON, Sept. 26, 2018 (AP) — "),
        ("Buenos Aires, Argentina (AP) — The", "Buenos Aires, Argentina (AP) — "),
        ("NEW DELHI: India and", "NEW DELHI: "),
        ("WASHINGTON — The", "WASHINGTON — "),
        ("BRASÍLIA, 12 November 2026 – Negotiators", "BRASÍLIA, 12 November 2026 – "),
        ("ÅLESUND, Norway — The", "ÅLESUND, Norway — "),
        ("HÀ NỘI, Nov. 20 (Lotus) -- The", "HÀ NỘI, Nov. 20 (Lotus) -- "),
        ("SANTIAGO, 25.11.2026 -- The", "SANTIAGO, 25.11.2026 -- "),
        ("OSLO, 2026-11-25 — The", "OSLO, 2026-11-25 — "),
        ("ROME, Nov 9, 2026 /EXAMPLE NEWS/ -- The", "ROME, Nov 9, 2026 /EXAMPLE NEWS/ -- "),
        # ANI's country in square brackets, EFE's ".-" after the agency
        ("New Delhi [India], November 20 (ANI): India", "New Delhi [India], November 20 (ANI): "),
        ("San Jose, Nov 20 (EFE).- Costa Rica", "San Jose, Nov 20 (EFE).- "),
        # a Latin American paper's ".-" after its date's year
        ("Tumbes, November 22, 2026.- Peru", "Tumbes, November 22, 2026.- "),
        ("Tumbes, November 22.- Peru", None),
        # a translated paper's date in Spanish, Portuguese or French, with its year
        ("Montevideo, 21 de noviembre de 2026 – Uruguay", "Montevideo, 21 de noviembre de 2026 – "),
        ("Lima, 22 de noviembre de 2026.- Peru", "Lima, 22 de noviembre de 2026.- "),
        ("Brasília, 18 de novembro de 2026 — Negotiators", "Brasília, 18 de novembro de 2026 — "),
        ("Dakar, le 20 novembre 2026 – A lorry", "Dakar, le 20 novembre 2026 – "),
        ("Montevideo, 21 de noviembre – Uruguay", None),
        ("President Trump — who", None),
        ("Japan and the US agreed — on Monday", None),
        ("WTO: members agreed", None),
        ("US-Japan talks - a", None),
    ],
)
def test_opening_dateline(text, dateline):
    span = opening_dateline(text)
    assert (text[span[0] : span[1]] if span else None) == dateline


def test_a_text_the_dateline_test_skips_holds_no_dateline():
    """`_dateline` matches its pattern only on a text holding a dash or a colon: every
    corpus text and sentence the pattern matches holds one, and so does every end the
    pattern accepts."""
    from articles.extraction import dates
    from articles.extraction.formats import read_path
    from tests.extraction.test_corpus import corpus_files

    texts = [doc.text for path in corpus_files() for doc in read_path(path)]
    texts += [s.text for text in list(texts) for s in split_sentences(text)]
    matched = [text for text in texts if dates._DATELINE_RE.match(text)]
    assert len(matched) > 100
    assert all(dates._may_hold_a_dateline(text) for text in matched)
    for end in ("-- ", "(AP).- ", ", Nov 9, 2026.- ", "- ", "\u2013 ", "\u2014 ", ": The"):
        assert dates._DATELINE_RE.match(f"PARIS{end}x"), end
        assert dates._may_hold_a_dateline(end)
    assert not dates._may_hold_a_dateline("PARIS (AP) The talks")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Montevideo, 21 de noviembre de 2026 – Uruguay's Senate", date(2026, 11, 21)),
        ("Brasília, 1º de março de 2027 — Mercosur", date(2027, 3, 1)),
        ("Dakar, le 1er août 2026 – Senegal", date(2026, 8, 1)),
        ("PARIS, 3 Décembre 2026 — France", date(2026, 12, 3)),
        # a day the month has not: no date
        ("Lima, 31 de septiembre de 2026.- Peru", None),
    ],
)
def test_a_datelines_date_in_spanish_portuguese_or_french_is_read(text, expected):
    assert dateline_date(text) == expected


TUE = date(2023, 3, 28)  # a Tuesday in the first quarter


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("A review will take place by the end of the year.", date(2023, 1, 1), Y),
        ("They hope to finish before the end of the year.", date(2023, 1, 1), Y),
        ("Talks will start in the first half of the year.", date(2023, 1, 1), Y),
        ("Growth slowed in the second half of the year.", date(2023, 1, 1), Y),
        ("The budget is due later in the year.", date(2023, 1, 1), Y),
        ("Companies will file certificates between May and July.", date(2023, 5, 1), M),
        ("A public consultation ran between October and January.", date(2022, 10, 1), M),
        ("The two governments would meet again the following week.", date(2023, 4, 3), W),
        ("The firm reported losses in May of last year.", date(2022, 5, 1), M),
        ("A deal is expected by year-end.", date(2023, 1, 1), Y),
        ("A vote is due by end-March.", date(2023, 3, 1), M),
        ("Talks will resume in two weeks.", date(2023, 4, 10), W),
    ],
)
def test_parts_of_the_year_ranges_and_following_units(text, expected, precision):
    found = only(text, TUE)
    assert (found.date.value, found.date.precision) == (expected, precision)
    assert found.relative


@pytest.mark.parametrize(
    ("text", "anchor", "year"),
    [
        ("A final round could follow in the first quarter.", date(2023, 12, 14), 2024),
        ("A final round will follow in the fourth quarter.", date(2023, 3, 28), 2023),
        ("Exports fell in the fourth quarter.", date(2023, 3, 28), 2022),
        ("Exports rose in the first quarter.", date(2023, 3, 28), 2023),
    ],
)
def test_a_quarter_without_a_year_is_the_nearest_one_in_the_tense(text, anchor, year):
    found = only(text, anchor)
    assert (found.date.value, found.date.precision) == (date(year, 1, 1), Y)
    assert found.text.startswith("in the ")


@pytest.mark.parametrize(
    "text",
    [
        "It was a record for the year.",
        "The year before, exports had doubled.",
        "The first quarter of the century was turbulent.",
    ],
)
def test_the_year_and_a_quarter_of_something_else_are_no_dates(text):
    assert find_temporal_expressions(text, TUE) == []


def test_the_following_unit_counts_from_the_date_just_named():
    found = find_temporal_expressions(
        "Duties were imposed in November 2022, and Jakarta appealed the following month.", TUE
    )
    assert [(m.date.value, m.date.precision) for m in found] == [
        (date(2022, 11, 1), M),
        (date(2022, 12, 1), M),
    ]
    # from the sentence before, as fine as the unit: the day, not the year
    before = find_temporal_expressions("They met on Feb. 6, the first talks since 2019.", TUE)
    found = find_temporal_expressions("Officials met the following week.", TUE, before=before)
    assert [(m.date.value, m.date.precision, m.text) for m in found] == [
        (date(2023, 2, 13), W, "the following week")
    ]


def test_the_same_day_is_the_day_just_named_else_the_story_day():
    found = find_temporal_expressions("They met on Feb. 6 and signed the same day.", WED)
    assert [(m.date.value, m.text) for m in found] == [
        (date(2018, 2, 6), "on Feb. 6"),
        (date(2018, 2, 6), "the same day"),
    ]
    found = find_temporal_expressions("Australia said the same day it would pay.", WED, lede=WED)
    assert [(m.date.value, m.date.precision) for m in found] == [(WED, Precision.DAY)]
    # "the same year" is "that year"'s: no date with none told
    assert find_temporal_expressions("It rose the same year.", WED) == []


def test_years_ago_this_month_is_that_month():
    found = find_temporal_expressions("Two years ago this month, carmakers were saved.", WED)
    assert [(m.date.value, m.date.precision, m.text) for m in found] == [
        (date(2016, 9, 1), Precision.MONTH, "Two years ago this month")
    ]
    # "this month" in a clause of its own stays apart
    found = find_temporal_expressions("Two years ago, this month was bad.", WED)
    assert [m.date.value for m in found] == [date(2016, 1, 1), date(2018, 9, 1)]


def test_the_week_of_the_23rd_is_that_days_week():
    found = find_temporal_expressions("Officials meet again in the week of the 23rd.", WED)
    assert [(m.date.value, m.date.precision) for m in found] == [(date(2018, 9, 17), W)]


def test_the_26th_skips_another_sentences_month_far_from_the_anchor():
    earlier = find_temporal_expressions("The first certificates are sold in February 2027.", WED)
    found = find_temporal_expressions(
        "It comes up when the Council meets on the 26th.", WED, earlier=earlier
    )
    assert [m.date.value for m in found] == [date(2018, 9, 26)]
    # a month near the anchor is the one meant ("in August … on the 14th")
    earlier = find_temporal_expressions("The talks began in August.", WED)
    found = find_temporal_expressions("They ended on the 14th.", WED, earlier=earlier)
    assert [m.date.value for m in found] == [date(2018, 8, 14)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Ministers attend the forum, to be held in Samarkand in March.", date(2019, 3, 1)),
        ("They agreed to be bound by the ruling in March.", date(2018, 3, 1)),
        ("Delegations told me they expect talks to run into Monday.", date(2018, 10, 1)),
    ],
)
def test_to_be_held_and_expect_are_plans(sentence, value):
    assert [m.date.value for m in find_temporal_expressions(sentence, WED)] == [value]


@pytest.mark.parametrize(
    ("anchor", "week"),
    [
        (date(2025, 5, 10), date(2025, 4, 28)),  # a Saturday: the weekend before
        (date(2025, 5, 11), date(2025, 5, 5)),  # a Sunday: this one
        (date(2025, 5, 14), date(2025, 5, 5)),
    ],
)
def test_a_past_weekend_seen_from_a_saturday_is_the_one_before(anchor, week):
    (found,) = find_temporal_expressions("Talks were relaunched over the weekend.", anchor)
    assert (found.date.value, found.date.precision) == (week, W)


def test_a_span_of_years_naming_a_plan_is_no_date():
    assert find_temporal_expressions("They reviewed the roadmap for 2025–2026 in full.", WED) == []
    found = find_temporal_expressions("The season ran from 2019–2021.", WED)
    assert [m.date.value for m in found] == [date(2019, 1, 1), date(2021, 1, 1)]


def test_a_plan_made_in_the_past_puts_its_weekday_in_the_past():
    assert only("The talks had been scheduled to end on Wednesday.", TUE).date.value == date(
        2023, 3, 22
    )
    assert only("The talks are scheduled to end on Wednesday.", TUE).date.value == date(2023, 3, 29)


def test_a_quarter_or_half_named_before_its_year_is_that_year():
    assert only("Growth slowed in Q3 2022.", TUE).date == FuzzyDate(date(2022, 1, 1), Y)
    assert only("Exports rose in H1 2022.", TUE).date == FuzzyDate(date(2022, 1, 1), Y)


def test_in_two_weeks_in_the_past_tense_is_a_duration():
    assert find_temporal_expressions("Exports rose 5% in two weeks.", TUE) == []


def test_later_and_earlier_count_from_the_date_just_named():
    found = find_temporal_expressions("Talks began in 2019; a deal came three years later.", TUE)
    assert [(m.date.value, m.date.precision) for m in found] == [
        (date(2019, 1, 1), Y),
        (date(2022, 1, 1), Y),
    ]
    # nothing named before: no date ("two days later" than what?)
    assert find_temporal_expressions("It took effect two days later.", TUE) == []


def test_a_bare_month_in_the_future_tense_may_be_the_current_month():
    assert only("The vote will take place in March.", TUE).date.value == date(2023, 3, 1)


MON = date(2025, 7, 14)  # a Monday


def test_an_ordinal_day_is_in_the_month_just_named():
    before = find_temporal_expressions("The talks opened on May 12 in Geneva.", MON)
    (match,) = find_temporal_expressions("The cuts took effect on the 14th.", MON, before=before)
    assert (match.text, match.date) == ("on the 14th", FuzzyDate(date(2025, 5, 14), D))
    # `earlier` reaches back past a sentence with no date, within the paragraph
    (match,) = find_temporal_expressions(
        "The cuts took effect on the 14th.", MON, before=[], earlier=before
    )
    assert match.date == FuzzyDate(date(2025, 5, 14), D)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The suspension was extended on the 14th of this month.", date(2025, 7, 14)),
        ("It was signed on the 2nd of last month.", date(2025, 6, 2)),
        ("Ministers meet in Brussels on the 18th.", date(2025, 7, 18)),  # ahead: this month
        ("The letter was sent on the 20th.", date(2025, 6, 20)),  # past: last month
        ("On the 7th, the president sent a letter.", date(2025, 7, 7)),
        ("The reply is due by the 3rd.", date(2025, 8, 3)),  # ahead, day gone: next month
    ],
)
def test_an_ordinal_day_with_no_month_named_is_near_the_anchor(text, expected):
    assert only(text, MON).date == FuzzyDate(expected, D)


@pytest.mark.parametrize(
    "text",
    [
        "It was the 14th round of talks.",
        "Leaders met at the 47th ASEAN Summit.",
        "Tariffs date back to the 19th century.",
        "She finished the 14th.",  # no preposition: a rank
        "On the 14th-floor balcony they spoke.",
    ],
)
def test_an_ordinal_rank_is_no_date(text):
    assert find_temporal_expressions(text, MON) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Negotiators worked through the weekend.", date(2025, 7, 7)),
        ("The Commission said over the weekend that it prefers a deal.", date(2025, 7, 7)),
        ("He told me at the weekend that nothing had moved.", date(2025, 7, 7)),
        ("Talks collapsed last weekend.", date(2025, 7, 7)),
        ("Ministers will meet over the weekend.", date(2025, 7, 14)),  # ahead: Sat 19 July
        ("They meet again next weekend.", date(2025, 7, 14)),
    ],
)
def test_the_weekend_is_the_week_holding_it(text, expected):
    assert only(text, MON).date == FuzzyDate(expected, W)


def test_a_weekend_as_a_noun_is_no_date():
    assert find_temporal_expressions("The weekend's talks were tense.", MON) == []


def test_the_unit_before_closing_a_clause_counts_from_the_date_just_named():
    before = find_temporal_expressions("Late last month, officials met in Canberra.", MON)
    (match,) = find_temporal_expressions(
        "The week before, the envoy was in Brussels.", MON, before=before
    )
    assert match.date == FuzzyDate(date(2025, 6, 1), M)  # coarser than a week: that month
    before = find_temporal_expressions("The deal was signed on March 3.", MON)
    (match,) = find_temporal_expressions("The day before, talks nearly failed.", MON, before=before)
    assert match.date == FuzzyDate(date(2025, 3, 2), D)
    (match,) = find_temporal_expressions("It took effect the week after.", MON, before=before)
    assert match.date == FuzzyDate(date(2025, 3, 10), W)  # March 3 was a Monday
    # with no date named there is nothing to count from; before a noun it counts from that
    assert find_temporal_expressions("The week before, talks nearly failed.", MON) == []
    assert (
        find_temporal_expressions("They met the week before the deadline.", MON, before=before)
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exporters must apply for certificates from Wednesday.", date(2025, 10, 1)),
        ("Ministers should sign the deal on Friday.", date(2025, 10, 3)),
        ("Ministers should have signed the deal on Friday.", date(2025, 9, 26)),
        ("It took effect on Monday, and importers must now pay.", date(2025, 9, 29)),
    ],
)
def test_must_and_should_before_a_date_look_ahead(text, expected):
    assert only(text, date(2025, 9, 30)).date == FuzzyDate(expected, D)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Brussels pushed back its retaliation until early August.", date(2025, 8, 1), M),
        ("The deal was suspended until December.", date(2025, 12, 1), M),
        ("The truce lasted until March.", date(2025, 3, 1), M),
        ("The suspension was extended until Aug. 6.", date(2025, 8, 6), D),
        ("The suspension was extended until 31 March.", date(2025, 3, 31), D),
    ],
)
def test_until_a_yearless_date_is_the_nearer_reading_whatever_the_tense(text, expected, precision):
    assert only(text, MON).date == FuzzyDate(expected, precision)


def test_then_carries_a_chronology_into_its_year():
    anchor = date(2025, 10, 6)
    before = find_temporal_expressions("In July 2023, the minister flew to Brussels.", anchor)
    (match,) = find_temporal_expressions(
        "Then, at the end of October, he walked away.", anchor, before=before
    )
    assert match.date == FuzzyDate(date(2023, 10, 1), M)
    (match,) = find_temporal_expressions(
        "Later, on Oct. 29, he walked away.", anchor, before=before
    )
    assert match.date == FuzzyDate(date(2023, 10, 29), D)
    # no sequence word, a month before the one named, or a year told relatively: the news
    for text, told in [
        ("At the end of October, he walked away.", before),
        ("Then, in March, he walked away.", before),
        (
            "Then, in March, he walked away.",
            find_temporal_expressions("Last year it failed.", anchor),
        ),
    ]:
        (match,) = find_temporal_expressions(text, anchor, before=told)
        assert match.date.value.year == 2025, text
    (match,) = find_temporal_expressions(
        "Then, in November, they will meet again.", date(2025, 10, 6), before=before
    )
    assert match.date == FuzzyDate(date(2025, 11, 1), M)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report goes to a vote during the September plenary session.", date(2025, 9, 1)),
        ("Leaders met at the June summit in Brussels.", date(2025, 6, 1)),
    ],
)
def test_a_month_naming_a_meeting_is_that_month(text, expected):
    assert only(text, MON).date == FuzzyDate(expected, M)


@pytest.mark.parametrize(
    "text",
    ["Ministers in the May government resigned.", "He joined the September Group in 2020."],
)
def test_a_month_in_a_name_is_no_date(text):
    assert [m.text for m in find_temporal_expressions(text, MON)] in ([], ["in 2020"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Farmers begin harvesting the 2025 crop in the coming weeks.", []),
        ("It withdrew from its 2019 agreement with Mexico.", []),
        ("The deal was signed in 2019 by both sides.", ["in 2019"]),
        ("The talks began 2019 in Geneva.", ["2019"]),  # no article: still the year
    ],
)
def test_a_year_naming_which_thing_is_no_date(text, found):
    assert [m.text for m in find_temporal_expressions(text, MON)] == found


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("The president visited in September that year.", date(2023, 9, 1), M),
        ("Later that year, they signed a deal.", date(2023, 1, 1), Y),
        ("They signed a deal the same year.", date(2023, 1, 1), Y),
        ("That year, exports fell.", date(2023, 1, 1), Y),
    ],
)
def test_that_year_is_the_year_told_before(text, expected, precision):
    anchor = date(2025, 10, 27)
    told = find_temporal_expressions("In 2023, the two countries upgraded their ties.", anchor)
    (match,) = find_temporal_expressions(text, anchor, before=told)
    assert match.date == FuzzyDate(expected, precision)
    assert find_temporal_expressions(text, anchor) == []  # no year told: nothing invented


NOV = date(2025, 11, 18)  # a Tuesday in the autumn


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # YEAR precision, the year the season starts in, ahead or behind as the tense says
        ("The next round will take place in London in the autumn.", MON, date(2025, 1, 1)),
        ("Orders have fallen by a quarter since the summer.", NOV, date(2025, 1, 1)),
        ("It will decide on a new line it has planned for the spring.", NOV, date(2026, 1, 1)),
        ("The talks stalled in the spring over the sunset clause.", NOV, date(2025, 1, 1)),
        ("Prices rose during the winter.", date(2025, 1, 14), date(2024, 1, 1)),
        ("The two sides met last summer.", MON, date(2024, 1, 1)),
        ("The two sides met last summer.", NOV, date(2025, 1, 1)),
        ("A deal is due next spring.", date(2025, 2, 3), date(2025, 1, 1)),
        ("Exports slowed in the fall.", NOV, date(2025, 1, 1)),
        ("Officials expect it to take effect by mid-year.", MON, date(2025, 1, 1)),
    ],
)
def test_a_season_or_mid_year_is_its_year(text, anchor, expected):
    assert only(text, anchor).date == FuzzyDate(expected, Y)


@pytest.mark.parametrize(
    "text",
    [
        "The fall in exports worried farmers.",
        "Talks began in the spring of 2023.",  # the year's own expression: one date
        "Officials held an overnight session.",
        "The overnight rate was left unchanged.",
    ],
)
def test_a_fall_or_an_overnight_session_is_no_further_date(text):
    assert [m.text for m in find_temporal_expressions(text, NOV)] in ([], ["of 2023"])


def test_overnight_is_the_publication_day():
    assert only("The last questions were settled overnight.", NOV).date == FuzzyDate(NOV, D)
    assert only("Ternium told analysts overnight that volumes fell.", NOV).date == FuzzyDate(NOV, D)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date opening its clause takes the obligation that follows it
        ("From Wednesday, exporters must register their consignments.", date(2018, 10, 3)),
        ("From Wednesday exporters should apply online.", date(2018, 10, 3)),
        ("On Wednesday, exporters must have registered.", date(2018, 9, 26)),
        # read after a date that does not open its clause, "must" is another clause's
        ("The rules took effect on Wednesday, and importers must now pay.", date(2018, 9, 26)),
    ],
)
def test_must_after_a_fronted_date_looks_ahead(text, expected):
    assert only(text, date(2018, 9, 27)).date.value == expected


def test_that_month_is_in_the_year_told_before():
    before = find_temporal_expressions("The talks were launched in July 2016.", NOV)
    (match,) = find_temporal_expressions(
        "The first round followed in Brussels that September.", NOV, before=before, earlier=before
    )
    assert (match.text, match.date) == ("that September", FuzzyDate(date(2016, 9, 1), M))
    assert find_temporal_expressions("That September was hot.", NOV) == []  # no year told


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("She announced it in September 2023, and it formally opened in early October.", 2023),
        ("She announced it in September 2023. It formally opened in early October.", 2024),
    ],
)
def test_a_yearless_month_in_the_next_clause_keeps_the_sentence_s_year(sentence, month):
    found = find_temporal_expressions(sentence, date(2024, 10, 4))
    assert found[-1].date.value == date(month, 10, 1)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Sales fell between March and May last year.", date(2025, 3, 1)),
        ("Sales fell between March and May 2024.", date(2024, 3, 1)),
        ("Sales fell from November to February 2025.", date(2024, 11, 1)),
        # a second month without a year leaves the first as it was
        ("Sales fell between March and May.", date(2026, 3, 1)),
    ],
)
def test_a_range_of_months_takes_the_year_its_second_month_names(text, first):
    found = find_temporal_expressions(text, date(2026, 3, 10))
    assert (found[0].date.value, found[0].date.precision) == (first, Precision.MONTH)


@pytest.mark.parametrize(
    ("before_text", "text", "expected"),
    [
        # "The week before the signing," opening a sentence counts from the day just named
        (
            "They signed the agreement on 7 October.",
            "The week before the signing, the envoys met.",
            (date(2026, 9, 28), Precision.WEEK),
        ),
        (
            "They voted on 7 October.",
            "The day after the vote, nothing moved.",
            (date(2026, 10, 8), Precision.DAY),
        ),
        # from a month it would be no finer than the month: no date
        ("They signed the agreement in October.", "The week before the signing, they met.", None),
        # "On the eve of the summit," is the day before the day just named
        (
            "Leaders meet in Manila on 26 October.",
            "On the eve of the summit, the ministers will dine.",
            (date(2026, 10, 25), Precision.DAY),
        ),
        ("Leaders meet in Manila in October.", "On the eve of the summit, they will dine.", None),
    ],
)
def test_the_week_before_a_happening_counts_from_the_day_named(before_text, text, expected):
    anchor = date(2026, 10, 18)
    found = find_temporal_expressions(
        text, anchor, before=find_temporal_expressions(before_text, anchor)
    )
    got = (found[0].date.value, found[0].date.precision) if found else None
    assert got == expected


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        # WED is 26 September 2018: two weeks before is the week of 10 September
        ("The fifth round was held in Tokyo a fortnight ago.", date(2018, 9, 10), W),
        ("Officials will meet again in a fortnight.", date(2018, 10, 8), W),
        ("It met on Sept. 3 and again a fortnight later.", date(2018, 9, 17), W),
    ],
)
def test_a_fortnight_is_two_weeks(text: str, value: date, precision: Precision) -> None:
    found = find_temporal_expressions(text, WED)
    assert (found[-1].date.value, found[-1].date.precision) == (value, precision)
    assert "fortnight" in found[-1].text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It was tabled on 27 August this year.", date(2018, 8, 27)),
        ("Elections follow on June 5 next year.", date(2019, 6, 5)),
        ("The pact lapsed on 3 March last year.", date(2017, 3, 3)),
        # after a clause that named another year, the day keeps the year it says
        (
            "It was signed in January 2016, and tabled on 27 August this year.",
            date(2018, 8, 27),
        ),
    ],
)
def test_a_day_and_month_this_or_next_year(text: str, value: date) -> None:
    found = find_temporal_expressions(text, WED)
    assert (found[-1].date.value, found[-1].date.precision) == (value, D)
    assert found[-1].text.endswith(" year")


def test_an_aim_in_the_plural_looks_ahead():
    # WED is in the third quarter: "the first quarter" ahead of it is next year's
    text = "A session is set for October; both sides aim to report by the end of the first quarter."
    found = find_temporal_expressions(text, WED)
    assert (found[-1].text, found[-1].date) == (
        "the first quarter",
        FuzzyDate(date(2019, 1, 1), Y),
    )
    assert is_future_context(text, found[-1].start, found[-1].end) is True


@pytest.mark.parametrize(
    ("text", "expected", "words"),
    [
        ("The talks were held in Tokyo from September 17 to 21.", date(2018, 9, 21), "to 21"),
        ("The talks were held in Tokyo on Sept. 17-21.", date(2018, 9, 21), "17-21"),
        ("The talks ran September 17–21, 2017.", date(2017, 9, 21), "21, 2017"),
        # as "17-21 September" is: its last day
        ("The talks were held in Tokyo on 17-21 September.", date(2018, 9, 21), "21 September"),
    ],
)
def test_a_range_of_days_written_month_first_is_dated_by_its_last_day(text, expected, words):
    match = only(text)
    assert (match.date, match.text.endswith(words)) == (FuzzyDate(expected, D), True)


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose on September 17 to 21 per cent.",
        "Talks ran from September 17 to 21 October.",
    ],
)
def test_a_month_first_day_before_a_figure_or_another_month_is_no_range(text):
    assert find_temporal_expressions(text, WED)[0].date == FuzzyDate(date(2018, 9, 17), D)


@pytest.mark.parametrize(
    "text",
    [
        "The deal was signed on 14/14/2026.",
        "The deal was signed on 2026-13-40.",
        "The deal was signed on 00/05/2026.",
        "The deal was signed on 2026-05-00.",
        "The deal was signed on 31/02/2026.",
    ],
)
def test_a_numeric_date_that_does_not_exist_is_no_day(text):
    # a mistyped date in the wild must not stop the article's extraction
    found = find_temporal_expressions(text, WED)
    assert [m.date.precision for m in found if m.date.precision is Precision.DAY] == []


WED_NOV = date(2026, 11, 18)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past: the last day (round 9); planned: the first (round 11)
        ("Negotiators met on October 15 and 16 in Washington.", date(2026, 10, 16)),
        ("Negotiators met in Bern on 2 and 3 November.", date(2026, 11, 3)),
        ("The talks ran from 9 to 11 November.", date(2026, 11, 11)),
        ("The fourth round will be held between 7 and 11 December.", date(2026, 12, 7)),
        (
            "The vote is pencilled in for the session between 14 and 17 December.",
            date(2026, 12, 14),
        ),
        ("The next round is on December 3 and 4 in Mexico City.", date(2026, 12, 3)),
        ("The summit will run from 23-25 November 2026.", date(2026, 11, 23)),
        # two days of a list, no span: the first
        ("Briefings were held on November 5 and 12.", date(2026, 11, 5)),
    ],
)
def test_a_range_of_days_is_dated_by_its_last_day_past_and_its_first_day_planned(text, expected):
    assert only(text, WED_NOV).date == FuzzyDate(expected, D)


@pytest.mark.parametrize(
    ("text", "expected", "relative"),
    [
        ("Ministers will meet on the second Tuesday of December.", date(2026, 12, 8), True),
        ("The committee will next meet on the second Tuesday of February.", date(2027, 2, 9), True),
        ("The council met on the first Monday of November.", date(2026, 11, 2), True),
        ("The review ended on the last Friday in October.", date(2026, 10, 30), True),
        ("The vote is set for the third Thursday of January 2028.", date(2028, 1, 20), False),
    ],
)
def test_an_ordinal_weekday_of_a_month_is_that_day(text, expected, relative):
    match = only(text, WED_NOV)
    assert (match.date, match.relative) == (FuzzyDate(expected, D), relative)


@pytest.mark.parametrize(
    ("body", "day_first"),
    [
        ("They met on 15/10/2026 and again on 06/11/2026.", True),
        ("Published: 18.11.2026\n\nThey met again on 06/11/2026.", True),
        ("5 November 2026\n\nThey met in Bern on 2 and 3 November, after 05/10/2026.", True),
        ("A notice dated 10/30/2026 set a hearing for 12/09/2026.", False),
        ("November 17, 2026\n\nComments closed on 11/06/2026.", False),
        ("They met on 5 November.", False),  # no slashed date: nothing to decide
    ],
)
def test_a_story_s_dates_say_which_way_round_its_numeric_dates_are(body, day_first):
    assert numeric_day_first(body) is day_first


def test_a_numeric_date_in_a_day_first_story_is_read_day_first():
    found = find_temporal_expressions("They met by video on 06/11/2026.", WED_NOV, day_first=True)
    assert [m.date for m in found] == [FuzzyDate(date(2026, 11, 6), D)]
    assert only("They met by video on 06/11/2026.", WED_NOV).date == FuzzyDate(date(2026, 6, 11), D)


@pytest.mark.parametrize(
    ("before_text", "text", "expected"),
    [
        # the month named before would put the day on the wrong side of the tense
        (
            "The department opened a consultation in September.",
            "It will close on the 30th.",
            date(2026, 11, 30),
        ),
        (
            "A joint review is due in July.",
            "Mexico delivered its proposal on the 28th.",
            date(2026, 10, 28),
        ),
        # a month on the right side keeps the day
        (
            "The tariffs were announced in August.",
            "They took effect on the 14th.",
            date(2026, 8, 14),
        ),
        ("Ministers will meet in December.", "They will sign on the 14th.", date(2026, 12, 14)),
    ],
)
def test_the_14th_is_in_the_anchor_s_month_when_the_month_named_contradicts_its_tense(
    before_text, text, expected
):
    before = find_temporal_expressions(before_text, WED_NOV)
    found = find_temporal_expressions(text, WED_NOV, before=before, earlier=before)
    assert [m.date for m in found] == [FuzzyDate(expected, D)]


@pytest.mark.parametrize(
    ("before_text", "text", "expected"),
    [
        (
            "Ministers approved the deal on Thursday, clearing the way for its signing next month.",
            "The legal service had confirmed the text the day before.",
            FuzzyDate(date(2026, 11, 11), D),
        ),
        # only a coarser date to count from: that date, as before
        (
            "Talks stalled late last month.",
            "The week before, ministers met.",
            FuzzyDate(date(2026, 10, 1), M),
        ),
    ],
)
def test_the_day_before_counts_from_the_last_date_a_day_can_count_from(before_text, text, expected):
    before = find_temporal_expressions(before_text, WED_NOV)
    found = find_temporal_expressions(text, WED_NOV, before=before)
    assert [m.date for m in found] == [expected]


def test_earlier_in_the_day_is_the_story_s_day_and_later_that_day_the_day_named():
    lede = date(2026, 11, 12)
    found = find_temporal_expressions(
        "Earlier in the day, France said it would object.", WED_NOV, lede=lede
    )
    assert [(m.text, m.date) for m in found] == [("Earlier in the day", FuzzyDate(lede, D))]
    found = find_temporal_expressions("The ministry confirmed it later in the day.", WED_NOV)
    assert [m.date for m in found] == [FuzzyDate(WED_NOV, D)]
    before = find_temporal_expressions("The text was initialled on November 9.", WED_NOV)
    found = find_temporal_expressions("Later that day, both sides signed.", WED_NOV, before=before)
    assert [m.date for m in found] == [FuzzyDate(date(2026, 11, 9), D)]


@pytest.mark.parametrize(
    ("body", "stated", "expected"),
    [
        # a feed's UTC date the day after the dateline's: the day the story was filed
        ("WASHINGTON, Nov 20 (Reuters) - Talks ended.", date(2026, 11, 21), date(2026, 11, 20)),
        ("AUCKLAND, Jan 1 (Reuters) - Talks ended.", date(2025, 12, 31), date(2026, 1, 1)),
        ("WASHINGTON, Nov 20 (Reuters) - Talks ended.", date(2026, 11, 20), date(2026, 11, 20)),
        # further away, with a year, or no dateline: the stated date
        ("WASHINGTON, Nov 12 (Reuters) - Talks ended.", date(2026, 11, 21), date(2026, 11, 21)),
        ("WASHINGTON, Nov 20, 2026 (AP) - Talks ended.", date(2026, 11, 21), date(2026, 11, 21)),
        ("Talks ended on Nov 20.", date(2026, 11, 21), date(2026, 11, 21)),
    ],
)
def test_a_yearless_dateline_a_day_from_the_stated_date_is_the_day_filed(body, stated, expected):
    assert published_on_filing_day(body, stated) == expected


def test_a_yearless_dateline_rules_out_a_publication_date_it_contradicts():
    body = "BRUSSELS, Nov 20 (Reuters) - The EU and India agreed on Friday to talk."
    assert publication_date_consistent(date(2026, 11, 20), body)
    assert publication_date_consistent(date(2026, 11, 21), body)
    assert not publication_date_consistent(date(2025, 11, 27), body)


@pytest.mark.parametrize(
    "text",
    [
        "The round took place on 5 October, a day later than planned.",
        "It came two weeks earlier than expected.",
    ],
)
def test_a_unit_later_than_something_is_a_delay_not_a_date(text):
    assert [m.text for m in find_temporal_expressions(text, WED_NOV)] in (["on 5 October"], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry expects a rebound in Q4.", FuzzyDate(date(2026, 1, 1), Y)),
        ("The ministry expects the talks to close by Q1.", FuzzyDate(date(2027, 1, 1), Y)),
        ("Exports fell in Q1.", FuzzyDate(date(2026, 1, 1), Y)),
    ],
)
def test_a_quarter_written_short_is_dated_as_the_quarter_written_out(text, expected):
    assert only(text, WED_NOV).date == expected


def test_a_short_quarter_with_its_year_is_the_year_s():
    assert [
        m.text for m in find_temporal_expressions("In Q3 2026 alone, exports rose.", WED_NOV)
    ] == ["2026"]


@pytest.mark.parametrize(
    ("text", "expected", "words"),
    [
        # past: the last day; planned: the first
        ("The round ran from Monday to Wednesday.", date(2018, 9, 26), "from Monday to Wednesday"),
        (
            "The board met from Thursday to Saturday.",
            date(2018, 9, 22),
            "from Thursday to Saturday",
        ),
        ("The board will meet from Thursday to Saturday.", date(2018, 9, 27), None),
        # the week named after the span
        (
            "The board met from Monday through Wednesday last week.",
            date(2018, 9, 19),
            "from Monday through Wednesday last week",
        ),
        ("Talks will run from Monday to Friday next week.", date(2018, 10, 1), None),
        ("Negotiators sat between Monday and Tuesday in Lima.", date(2018, 9, 25), None),
    ],
)
def test_a_range_of_weekdays_is_one_expression_dated_as_a_range_of_days(text, expected, words):
    match = only(text)
    assert (match.date.value, match.date.precision) == (expected, D)
    if words:
        assert match.text == words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the coordinated predicate's future is not the month's tense
        ("Negotiators froze the text in December and aim to sign it in May.", date(2026, 12, 1)),
        ("Officials met in December and will meet again in March.", date(2026, 12, 1)),
        # "cut" after a singular subject is past
        ("Riyadh, which cut its tariff on whisky in March, is pleased.", date(2026, 3, 1)),
        ("Riyadh said it will cut the tariff in March.", date(2027, 3, 1)),
        # no predicate after "and": the future still reaches the month
        ("Talks in March and April will focus on services.", date(2027, 3, 1)),
    ],
)
def test_a_bare_month_takes_the_tense_of_its_own_verb(text, expected):
    found = find_temporal_expressions(text, date(2027, 1, 14))
    assert found[0].date == FuzzyDate(expected, M)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("TODAY: Ministers meet in Brussels.", WED, D),
        ("THIS WEEK: The minister visits Jakarta.", date(2018, 9, 24), W),
        # a weekday labelling a line of a schedule, in the present: the day ahead
        ("Thursday: The committee votes on the agreement.", date(2018, 9, 27), D),
        ("FRIDAY: The commission holds a hearing.", date(2018, 9, 28), D),
        # in the past: the day behind
        ("Monday: Japan said it would review the quota.", date(2018, 9, 24), D),
    ],
)
def test_a_newsletter_label_opening_a_line_is_a_date(text, expected, precision):
    match = only(text)
    assert (match.date.value, match.date.precision) == (expected, precision)


def test_a_newsletter_label_is_no_dateline():
    assert opening_dateline("TODAY: Ministers meet in Brussels.") is None
    assert opening_dateline("THIS WEEK: The minister visits Jakarta.") is None
    assert opening_dateline("SEOUL, Nov. 18 (Hanbit) -- The deal") == (0, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan made in the past: the nearer reading, ahead counting as much as behind
        ("Washington agreed to review the tariffs in March.", date(2027, 3, 1)),
        ("Japan agreed to review the quota in October.", date(2026, 10, 1)),
        # no verb of intent: ahead counts double, as before
        ("Washington's review of the tariffs in March.", date(2026, 3, 1)),
    ],
)
def test_a_month_after_a_past_verb_of_intent_is_the_nearer_one(text, expected):
    found = find_temporal_expressions(text, date(2026, 11, 20))
    assert found[0].date == FuzzyDate(expected, M)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote cleared the way for ratification in January.", date(2027, 1, 1)),
        ("The ruling paved the way to talks in March.", date(2027, 3, 1)),
        # "a way to": no pointer ahead
        ("The ministers found a way to settle the dispute in October.", date(2026, 10, 1)),
    ],
)
def test_the_way_for_points_ahead(text, expected):
    found = find_temporal_expressions(text, date(2026, 11, 18))
    assert found[0].date == FuzzyDate(expected, M)


# --- round 21: dated happenings on unseen text -------------------------------------------

SAT = date(2026, 11, 14)  # a Saturday


def test_a_relative_year_in_the_possessive_names_which_thing():
    text = "The agency will publish its first estimate of this year's crop on the 28th."
    found = find_temporal_expressions(text, date(2025, 9, 8))
    assert [(m.text, m.date) for m in found] == [("on the 28th", FuzzyDate(date(2025, 9, 28), D))]
    assert find_temporal_expressions("Next month’s vote is close.", SAT) == []


def test_a_season_a_plan_runs_through_is_no_date():
    text = "It would run the plants at full capacity through the winter."
    assert find_temporal_expressions(text, date(2025, 9, 8)) == []
    # told in the past, "through the summer" is still when the talks stalled
    assert only("The talks stalled through the summer.", SAT).date == FuzzyDate(date(2026, 1, 1), Y)


def test_a_meeting_set_for_a_weekday_is_ahead():
    found = only(
        "The next technical meeting, on geographical indications, is set for Thursday.", SAT
    )
    assert found.date == FuzzyDate(date(2026, 11, 19), D)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports rose 31 per cent in the April–June quarter.", date(2026, 1, 1)),
        ("A joint committee will meet in the January–March quarter.", date(2027, 1, 1)),
        ("Talks are scheduled for the April-June quarter.", date(2027, 1, 1)),
        ("Sales fell in the October–December quarter, 2024.", date(2024, 1, 1)),
        # named by the month it ends in (round 29)
        ("Wool exports jumped 30 per cent in the September quarter.", date(2026, 1, 1)),
        ("Officials will review the quotas in the March quarter.", date(2027, 1, 1)),
    ],
)
def test_a_quarter_named_by_its_months_is_its_year(text, expected):
    assert only(text, date(2026, 11, 12)).date == FuzzyDate(expected, Y)


def test_a_month_that_ends_no_quarter_before_quarter_is_no_quarter():
    found = only("Sales rose in the August quarter.", date(2026, 11, 12))
    assert found.date == FuzzyDate(date(2026, 8, 1), M)


def test_figures_for_a_quarter_are_no_date_of_their_own():
    found = find_temporal_expressions(
        "Data for the July–September quarter will be published next month.", date(2026, 11, 12)
    )
    assert [m.date for m in found] == [FuzzyDate(date(2026, 12, 1), M)]


def test_a_day_that_year_is_in_the_year_told_before():
    text = "The agreement, signed on June 1, 2015, took effect on Dec. 20 that year."
    found = find_temporal_expressions(text, date(2025, 12, 20))
    assert [m.date for m in found] == [
        FuzzyDate(date(2015, 6, 1), D),
        FuzzyDate(date(2015, 12, 20), D),
    ]
    assert find_temporal_expressions("It took effect on Dec. 20 that year.", SAT) == []


def test_a_week_label_places_its_weekdays_in_that_week():
    text = "Next week: The review resumes in Ottawa on Tuesday, and the House rises on Friday."
    found = find_temporal_expressions(text, SAT)
    assert [(m.text, m.date) for m in found] == [
        ("on Tuesday", FuzzyDate(date(2026, 11, 17), D)),
        ("on Friday", FuzzyDate(date(2026, 11, 20), D)),
    ]
    # with no weekday after it, the label is the line's date
    assert only("Next week: Ministers meet in Brussels.", SAT).date.precision is Precision.WEEK


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "The association said on New Year's Eve that it was not enough.",
            date(2027, 1, 4),
            date(2026, 12, 31),
        ),
        ("The duty cut takes effect on New Year’s Day.", date(2026, 12, 10), date(2027, 1, 1)),
        ("Talks broke up on Christmas Eve.", date(2027, 1, 4), date(2026, 12, 24)),
    ],
)
def test_a_named_day_of_the_year_is_that_day(text, anchor, expected):
    assert only(text, anchor).date == FuzzyDate(expected, D)


def test_the_previous_week_may_open_its_sentence():
    anchor = date(2026, 11, 20)
    before = find_temporal_expressions("The delegation was in Washington a fortnight ago.", anchor)
    found = find_temporal_expressions(
        "The previous week, Pretoria offered more gas.", anchor, before=before
    )
    assert [(m.text, m.date) for m in found] == [
        ("The previous week", FuzzyDate(date(2026, 10, 26), W))
    ]


def test_a_time_of_day_is_no_clause_break():
    # the colon of "10:30" does not hide "will" from the weekday
    found = find_temporal_expressions(
        "The council will discuss the talks at 10:30 a.m. on Thursday.", date(2026, 10, 27)
    )
    assert [m.date for m in found] == [FuzzyDate(date(2026, 10, 29), D)]


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("The same afternoon, the committee set a debate.", date(2026, 11, 18), D),
        ("The same day, parliament ratified it.", date(2026, 11, 18), D),
        ("The following morning, they left.", date(2026, 11, 19), D),
        ("Later that week, officials briefed exporters.", date(2026, 11, 16), W),
    ],
)
def test_the_same_afternoon_and_later_that_week_count_from_the_day_told(text, expected, precision):
    anchor = date(2026, 11, 20)
    before = find_temporal_expressions("Envoys approved the change on Wednesday.", anchor)
    found = find_temporal_expressions(text, anchor, before=before)
    assert [m.date for m in found] == [FuzzyDate(expected, precision)]
    if "following" not in text:
        # opening a sentence with no date told before it (a live blog's entry): no date
        assert find_temporal_expressions(text, anchor, lede=anchor) == []


def test_the_same_afternoon_opening_a_sentence_counts_from_the_last_sentence_dated():
    anchor = date(2026, 10, 9)
    said = "Ministers signed the upgrade in San José on Thursday."
    story = [(said, find_temporal_expressions(said, anchor))]
    found = find_temporal_expressions(
        "The same afternoon, the committee met.", anchor, before=[], earlier=[], story=story
    )
    assert [m.date for m in found] == [FuzzyDate(date(2026, 10, 8), D)]


@pytest.mark.parametrize(
    ("text", "anchor", "monday"),
    [
        ("The committee met in Belgrade this past weekend.", date(2026, 11, 9), date(2026, 11, 2)),
        ("Talks resumed over the past weekend.", date(2026, 11, 20), date(2026, 11, 9)),
    ],
)
def test_this_past_weekend_is_the_last_one(text, anchor, monday):
    assert only(text, anchor).date == FuzzyDate(monday, W)


def test_a_past_span_of_weekdays_told_on_its_first_weekday_is_last_weeks():
    monday = date(2026, 11, 16)
    found = find_temporal_expressions("The meeting ran from Monday to Wednesday.", monday)
    assert [m.date for m in found] == [FuzzyDate(date(2026, 11, 11), D)]
    found = find_temporal_expressions("Workshops will run from Monday to Friday.", monday)
    assert [m.date for m in found] == [FuzzyDate(monday, D)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru's new rules take effect Monday, and the agency, Sunat, says so.", 2),
        ("The new duties take effect on Monday, officials said.", 2),
        ("The agreements enter into force Monday, the ministry said.", 2),
        ("The decree failed to take effect Monday, officials said.", -5),
        # the singular and an end in the present are schedules too (round 29)
        ("It takes effect on Monday, and importers must pay from then.", 2),
        ("The agreement enters into force on Monday.", 2),
        ("The talks, relaunched after a long pause, end on Friday.", 6),
        ("The talks reached the end on Friday, officials said.", -1),
        ("It took effect on Monday.", -5),
        ("Ruritania cut its levy on wool, effective Monday.", 2),
        # a body's sitting in the singular present (round 33), not a count of votes
        ("The Senate votes on Tuesday on the free trade agreement.", 3),
        ("The joint committee meets on Friday to review the quotas.", 6),
        ("The bill won 98 votes on Tuesday.", -4),
        # where it sits and for which time may come between (round 58)
        ("The joint committee meets for the first time in Port Zenda on Friday.", 6),
        ("The council sits in Strelsau on Tuesday to vote on the pact.", 3),
    ],
)
def test_a_start_in_the_present_before_a_weekday_is_ahead(text, expected):
    anchor = date(2026, 10, 31)  # a Saturday
    assert only(text, anchor).date == FuzzyDate(anchor + timedelta(days=expected), D)


def test_a_date_closing_its_clause_takes_no_tense_from_an_after_clause():
    found = find_temporal_expressions(
        "The EU will raise quotas for wine, plums and grapes with effect from 1 January, "
        "after envoys approved the change on Wednesday.",
        date(2026, 11, 20),
    )
    assert [m.date for m in found] == [
        FuzzyDate(date(2027, 1, 1), D),
        FuzzyDate(date(2026, 11, 18), D),
    ]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Exports should recover in H2 FY27, officials said.", 2027),
        ("Imports fell 4 per cent in H1 FY27.", 2026),
        ("Margins improved in H1 FY2026.", 2025),
    ],
)
def test_a_fiscal_half_is_the_calendar_year_holding_most_of_it(text, year):
    assert only(text, date(2026, 11, 18)).date == FuzzyDate(date(year, 1, 1), Y)


def test_a_year_after_a_possessive_names_a_thing():
    assert find_temporal_expressions("Malaysia's 2030 target of certifying palm oil.", WED) == []


def test_a_weekday_names_no_month_for_the_ordinal_after_it():
    anchor = date(2026, 10, 27)
    before = find_temporal_expressions("New rules will take effect on Monday.", anchor)
    found = find_temporal_expressions(
        "On the 30th, ministers meet in Santiago.", anchor, before=before, earlier=before
    )
    assert [m.date for m in found] == [FuzzyDate(date(2026, 10, 30), D)]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The pact will be reviewed next November.", date(2026, 11, 20), date(2027, 11, 1)),
        ("The pact will be reviewed next December.", date(2026, 11, 20), date(2026, 12, 1)),
        ("The pact was reviewed last November.", date(2026, 11, 20), date(2025, 11, 1)),
        ("The pact will be reviewed in November.", date(2026, 11, 20), date(2026, 11, 1)),
    ],
)
def test_next_and_last_of_the_anchors_own_month_are_a_year_away(text, anchor, expected):
    assert only(text, anchor).date == FuzzyDate(expected, Precision.MONTH)


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose to $6.1 billion in the first nine months, from $5.4 billion a year earlier.",
        "The jobless rate was 3.1% in October, against 3.4% a month earlier.",
        "Sales reached 900 units, up from about 600 a year earlier.",
    ],
)
def test_a_year_earlier_after_a_figures_base_is_no_date(text):
    found = find_temporal_expressions(text, WED_NOV)
    assert all("earlier" not in match.text for match in found)
    # told as a happening, it still counts from the date just named
    told = find_temporal_expressions(
        "The deal was signed in March 2026. A year earlier, talks had failed.", WED_NOV
    )
    assert [m.date for m in told if "earlier" in m.text] == [FuzzyDate(date(2025, 1, 1), Y)]


@pytest.mark.parametrize(
    "text",
    [
        "Trade reached $1.6 billion in the year to September, up 18 per cent on the year before.",
        "Exports in the year to June were higher than the year before.",
        "Imports in March 2026 fell 4% compared with the month before.",
    ],
)
def test_the_year_before_as_a_figures_base_is_no_date(text):
    found = find_temporal_expressions(text, WED_NOV)
    assert all("before" not in match.text for match in found)
    # told as a happening, it still counts from the date just named
    told = find_temporal_expressions(
        "The deal was signed in March 2026. Talks had failed the year before.", WED_NOV
    )
    assert [m.date for m in told if "before" in m.text] == [FuzzyDate(date(2025, 1, 1), Y)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an "-ed" word after an article or a preposition is an adjective (round 29)
        ("Ministers will review the rules for imported cheese in March.", date(2027, 3, 1)),
        ("The board will publish the revised schedule in March.", date(2027, 3, 1)),
        # a verb in the past still is one
        ("Ministers will review the rules that Ruritania proposed in March.", date(2026, 3, 1)),
    ],
)
def test_an_ed_word_after_an_article_or_preposition_is_no_past_verb(text, expected):
    assert only(text, date(2026, 11, 18)).date == FuzzyDate(expected, M)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place and its country between commas are no clause break (round 29)
        (
            "Talks stalled before the next ministerial meeting in Strelsau, Ruritania, in March.",
            date(2027, 3, 1),
        ),
        ("The talks were held in Zenda, Ruritania, in March.", date(2026, 3, 1)),
    ],
)
def test_a_place_between_commas_before_a_month_keeps_the_clauses_tense(text, expected):
    assert only(text, date(2026, 11, 13)).date == FuzzyDate(expected, M)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present verb of hope before its infinitive looks ahead (round 29)
        ("Ruritania hopes to host a forum between 9 and 11 June.", date(2027, 6, 9)),
        ("The ministry wants to finish the review in June.", date(2027, 6, 1)),
        # a noun is no verb: the nearer reading, as before
        ("Hopes of a deal in June faded.", date(2026, 6, 1)),
    ],
)
def test_a_hope_before_its_infinitive_looks_ahead(text, expected):
    found = only(text, date(2026, 11, 3))
    assert found.date.value == expected


# --- round 34 ----------------------------------------------------------------------------


def test_a_thousands_separator_is_no_clause_break_for_the_tense():
    # "will rise" governs the date across "4,000" and "18,500"
    found = only(
        "The quota will rise by 4,000 tonnes a year to 18,500 tonnes from January 1, the"
        " ministry said.",
        date(2026, 11, 18),
    )
    assert found.date == FuzzyDate(date(2027, 1, 1), D)


@pytest.mark.parametrize(
    "text",
    [
        "That's it for this week.",
        "That’s all from us for today.",
        "That's where we'll leave our live coverage for today.",
        "We will leave it there for today.",
    ],
)
def test_a_sign_off_names_no_day(text):
    assert find_temporal_expressions(text, date(2026, 11, 19)) == []


def test_a_day_after_for_outside_a_sign_off_is_still_a_date():
    assert only("Talks were set for today.", date(2026, 11, 19)).date == FuzzyDate(
        date(2026, 11, 19), D
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shipments will leave in the second week of January.", date(2027, 1, 11)),
        ("Talks were held in the last week of October.", date(2026, 10, 26)),
        ("They meet in the first week of March 2027.", date(2027, 3, 1)),
    ],
)
def test_an_ordinal_week_of_a_month_is_that_week(text, expected):
    found = only(text, date(2026, 11, 18))
    assert found.date == FuzzyDate(expected, W)
    assert found.text.startswith("the ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks open in the first week of December.", date(2026, 12, 1)),
        ("Officials met in the first week of September.", date(2026, 9, 1)),
    ],
)
def test_the_first_week_of_a_month_not_opening_on_a_monday_is_the_month(text, expected):
    # 1 December 2026 is a Tuesday: the first Monday (the 7th) would leave out days 1-6
    assert only(text, date(2026, 11, 18)).date == FuzzyDate(expected, M)


def test_a_newswire_release_dateline_names_its_issuer_between_slashes():
    text = "LIMA, Peru, November 17, 2026 /Example Ltd/ -- Example Ltd today welcomed the vote."
    assert dateline_date(text) == date(2026, 11, 17)
    assert dateline_date("CALGARY, AB, Jan. 26, 2024 /CNW/ - The association said.") == date(
        2024, 1, 26
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul aims to sign the amendment between April and June next year.", date(2027, 4, 1)),
        ("It will hold a hearing next month and sign between April and June.", date(2027, 4, 1)),
        ("The deal was negotiated from September 2023 to October 2024.", date(2023, 9, 1)),
    ],
)
def test_a_span_of_months_is_one_expression_dated_by_its_first_month(text, expected):
    found = [m for m in find_temporal_expressions(text, WED_NOV) if "next month" not in m.text]
    assert [m.date for m in found] == [FuzzyDate(expected, M)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Uruguay would deposit its instrument by the end of the month.", [date(2026, 11, 1)]),
        ("The ministers meet at the start of the month.", [date(2026, 11, 1)]),
        ("Exports set a record for the month.", []),
        ("Prices were higher than the month before.", []),
    ],
)
def test_the_end_of_the_month_is_the_anchors_month(text, found):
    assert [m.date for m in find_temporal_expressions(text, WED_NOV)] == [
        FuzzyDate(value, M) for value in found
    ]


def test_the_week_before_the_vote_finds_a_vote_told_by_its_count():
    anchor = date(2026, 11, 20)  # a Friday
    first = "Congress approved the agreement on Thursday by 98 votes to 12."
    second = "The committee had cleared the bill a fortnight ago."
    story = [
        (text, find_temporal_expressions(text, anchor, before=[], earlier=[]))
        for text in (first, second)
    ]
    found = find_temporal_expressions(
        "The week before the vote, the minister flew in.",
        anchor,
        before=story[-1][1],
        earlier=[],
        story=story,
    )
    assert [(m.date.value, m.date.precision) for m in found] == [(date(2026, 11, 9), W)]


# Round 36 (bench/RESULTS-accuracy-round36.md)
TUE_NOV = date(2026, 11, 24)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        ("The round will open in Bern a week on Friday.", date(2026, 12, 4), "a week on Friday"),
        ("They meet a fortnight on Monday.", date(2026, 12, 14), "a fortnight on Monday"),
        ("Ministers are set to meet next Monday week.", date(2026, 12, 7), "next Monday week"),
        ("The vote is on Thursday week.", date(2026, 12, 3), "on Thursday week"),
    ],
)
def test_a_weekday_counted_in_weeks_is_that_many_weeks_after_the_coming_one(text, expected, said):
    assert [(m.date, m.text) for m in find_temporal_expressions(text, TUE_NOV)] == [
        (FuzzyDate(expected, D), said)
    ]


def test_the_previous_weekday_counts_back_from_the_day_just_named():
    first = "The seventh round ended in London on 13 November without agreement."
    before = find_temporal_expressions(first, TUE_NOV)
    second = "Negotiators had met for a preparatory session the previous Tuesday."
    found = find_temporal_expressions(second, TUE_NOV, before=before, earlier=before)
    assert [(m.date, m.text) for m in found] == [
        (FuzzyDate(date(2026, 11, 10), D), "the previous Tuesday")
    ]
    # the following Friday of a Friday is a week on; with no day told, the anchor's reading
    after = find_temporal_expressions(
        "They met again the following Friday.", TUE_NOV, before=before
    )
    assert [m.date.value for m in after] == [date(2026, 11, 20)]
    alone = find_temporal_expressions("They had met the previous Tuesday.", TUE_NOV)
    assert [m.date.value for m in alone] == [TUE_NOV]


def test_a_participle_with_its_agent_after_a_fronted_date_is_no_verb_of_its_clause():
    text = (
        "From January, certificates of origin issued by the chambers will be accepted "
        "in electronic form."
    )
    assert [m.date for m in find_temporal_expressions(text, TUE_NOV)] == [
        FuzzyDate(date(2027, 1, 1), M)
    ]
    # the verb of the clause with an agent ("were approved by") still tells the tense
    past = "In March, the tariffs were approved by parliament."
    assert [m.date for m in find_temporal_expressions(past, TUE_NOV)] == [
        FuzzyDate(date(2026, 3, 1), M)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The round had been scheduled for October but was postponed.", date(2026, 10, 1)),
        ("The deal was supposed to be concluded in July.", date(2026, 7, 1)),
        (
            "Ministers were set to meet on Friday, but the meeting was postponed.",
            date(2026, 11, 20),
        ),
        # a plan told as reported speech, not called off, still looks ahead
        ("Officials said ministers were set to meet on Friday.", date(2026, 11, 27)),
        ("Ministers are set to meet in October.", date(2027, 10, 1)),
    ],
)
def test_a_plan_told_as_past_is_dated_behind_the_story(text, expected):
    assert [m.date.value for m in find_temporal_expressions(text, TUE_NOV)] == [expected]


def test_last_night_is_the_day_before_the_anchor():
    text = "The minister arrived in Wellington last night."
    assert [(m.date, m.text) for m in find_temporal_expressions(text, TUE_NOV)] == [
        (FuzzyDate(date(2026, 11, 23), D), "last night")
    ]
    assert expression_marks(text)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Forty-eight hours earlier, the two sides had still been apart.", [date(2026, 11, 15)]),
        ("Twenty-four hours later the text was agreed.", [date(2026, 11, 18)]),
        ("Talks ran 48 hours later than planned.", []),
        ("Six hours earlier the two sides had met.", []),
    ],
)
def test_a_whole_number_of_days_in_hours_counts_from_the_day_just_named(second, expected):
    anchor = date(2026, 11, 18)  # a Wednesday
    before = find_temporal_expressions("The round closed late on Tuesday.", anchor)
    assert [m.date.value for m in before] == [date(2026, 11, 17)]
    found = find_temporal_expressions(second, anchor, before=before, earlier=before)
    assert [m.date.value for m in found] == expected


def test_a_seasons_recess_or_break_is_part_of_the_expression():
    text = "The agreement could be signed before the summer recess."
    assert [(m.text, m.date) for m in find_temporal_expressions(text, TUE_NOV)] == [
        ("before the summer recess", FuzzyDate(date(2027, 1, 1), Y))
    ]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "A deal is possible if both sides moved on farm goods in the first half of the year.",
            2027,
        ),
        ("The two sides will meet in the first quarter of the year.", 2027),
        ("Exports fell 6 per cent in the first half of the year.", 2026),
        ("The ministers will meet before the end of the year.", 2026),
    ],
)
def test_a_first_half_still_to_come_after_it_is_over_is_next_years(text, year):
    assert [m.date.value.year for m in find_temporal_expressions(text, TUE_NOV)] == [year]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The ministry said both sides hoped to conclude the talks before the summer.", 2027),
        ("Officials said they aimed to sign the agreement by the summer.", 2027),
        ("The two sides had hoped to conclude the talks before the summer.", 2026),
        ("The two sides concluded the talks before the summer.", 2026),
    ],
)
def test_a_reported_hope_looks_ahead_to_a_season_still_to_come(text, year):
    assert [m.date.value.year for m in find_temporal_expressions(text, TUE_NOV)] == [year]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The agreement is due to take effect at the turn of the year.", 2027),
        ("The talks resumed at the turn of the year after a long pause.", 2026),
    ],
)
def test_the_turn_of_the_year_ahead_in_the_second_half_is_the_new_year_to_come(text, year):
    assert [m.date.value.year for m in find_temporal_expressions(text, TUE_NOV)] == [year]


def test_a_present_wish_looks_ahead_to_its_date():
    text = "The chair told delegates he wants a decision on the fisheries text by Friday."
    assert [m.date.value for m in find_temporal_expressions(text, TUE_NOV)] == [date(2026, 11, 27)]
    far = (
        "Islamabad wants Beijing to keep to the target of $30 billion in two-way trade that "
        "the two prime ministers set on Friday."
    )
    assert [m.date.value for m in find_temporal_expressions(far, TUE_NOV)] == [date(2026, 11, 20)]


def test_a_past_happening_the_following_year_with_no_year_named_has_no_date():
    text = "The first round was held in Pretoria the following year."
    assert find_temporal_expressions(text, TUE_NOV) == []
    ahead = "The two sides would meet again the following week."
    assert [m.date.value for m in find_temporal_expressions(ahead, TUE_NOV)] == [date(2026, 11, 30)]


def test_an_ed_word_after_a_modals_verb_opens_its_object():
    # "interested" is the object's adjective, not a past verb: the modal decides
    text = "The agency will hear interested parties in New Delhi in January."
    match = find_temporal_expressions(text, WED)[-1]
    assert is_future_context(text, match.start, match.end) is True
    assert match.date == FuzzyDate(date(2019, 1, 1), M)
    # a modal's own auxiliary keeps the past verb a verb
    text = "The minister would have agreed in January."
    match = find_temporal_expressions(text, WED)[-1]
    assert is_future_context(text, match.start, match.end) is False


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Both sides aim to settle market access in Q4 FY27.", 2027),
        ("Exports rose 18 per cent to $1.9 billion in Q2 FY27.", 2026),
        ("It was the best quarter since Q3 FY2026.", 2025),
    ],
)
def test_a_fiscal_quarter_is_the_calendar_year_holding_it_in_a_year_from_april(text, year):
    found = only(text, date(2026, 11, 17))
    assert found.date == FuzzyDate(date(year, 1, 1), Y)
    assert "FY" in text[found.start : found.end]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "From January to March, the two sides will meet every three weeks.",
            "From January to March",
        ),
        ("Talks will run from January to March.", "from January to March"),
        ("Shipments will stop between May and June.", "between May and June"),
    ],
)
def test_a_span_of_months_closing_on_a_bare_month_is_one_expression(text, span):
    found = only(text, date(2026, 11, 20))
    assert found.text == span
    assert found.date.value in (date(2027, 1, 1), date(2027, 5, 1))
    assert found.date.precision == M


def test_a_yearless_dateline_may_name_its_agency_without_brackets():
    body = "TOKYO, Nov. 5 Kyodo - Ruritania and Borduria agreed Thursday to aim for a deal."
    assert opening_dateline(body) == (0, 22)
    assert dateline_month_day(body) == (11, 5)
    assert opening_dateline("BRUSSELS, Nov 5 Ministers said it was over.") is None


def test_a_journey_told_in_the_present_lies_ahead():
    # round 55: "we fly to Toronto in March", told in November, is the coming March (ahead
    # four months, behind eight: no tense word had left it behind); "flew" or "did not go"
    # keep it behind
    november = date(2026, 11, 20)
    for text in (
        "Twenty firms go to Ruritania in March for a fair.",
        "We fly to Strelsau in March and then to Zenda.",
        "The delegation travels to Strelsau in March.",
    ):
        assert only(text, november).date == FuzzyDate(date(2027, 3, 1), M), text
    for text in (
        "We flew to Strelsau in March.",
        "They did not go to Strelsau in March.",
        "A return to growth came in March.",
    ):
        assert only(text, november).date == FuzzyDate(date(2026, 3, 1), M), text


@pytest.mark.parametrize(
    ("text", "future"),
    [
        # round 55: a plural wish, and the participle of what is wished ("want X closed"),
        # look ahead, with or without a year the story is anchored in
        ("Ministers want the text closed by the end of 2027.", True),
        ("Exporters want the duties removed in March.", True),
        ("Both governments want it in force by the end of 2027.", True),
        ("The ministers closed the text in March.", False),
    ],
)
def test_a_wish_and_what_is_wished_look_ahead(text, future):
    match = find_temporal_expressions(text, None)[-1] if "20" in text else only(text)
    assert is_future_context(text, match.start, match.end) is future


def test_a_past_span_of_weekdays_not_yet_over_this_week_is_last_weeks():
    # round 55: "ran from Monday to Friday" told on a Tuesday is the span that ended on the
    # Friday before (dated by its last day), not one opened yesterday that has not ended;
    # "will run from Monday to Friday" told on a Tuesday is next week's, by its first day
    tuesday = date(2026, 11, 17)
    past = only("The round ran from Monday to Friday in Strelsau.", tuesday)
    ahead = only("The round will run from Monday to Friday in Strelsau.", tuesday)
    assert past.date == FuzzyDate(date(2026, 11, 13), D)
    assert ahead.date == FuzzyDate(date(2026, 11, 23), D)
    # told on the Friday itself, the span is this week's
    friday = date(2026, 11, 20)
    assert only("The round ran from Monday to Friday.", friday).date == FuzzyDate(friday, D)


@pytest.mark.parametrize(
    ("text", "future"),
    [
        # round 55: an "-ed" state after a present linking verb is no past; the clause's
        # modal decides
        (
            "Its value will depend on whether Strelsau stays engaged after the vote in November.",
            True,
        ),
        ("The border remained closed in November.", False),
    ],
)
def test_a_state_after_a_present_linking_verb_is_no_past(text, future):
    match = only(text)
    assert is_future_context(text, match.start, match.end) is future


def test_the_new_year_told_late_in_the_year_is_the_year_to_come():
    found = only("The association will run workshops in the new year.", NOV)
    assert (found.text, found.date) == ("in the new year", FuzzyDate(date(NOV.year + 1, 1, 1), Y))
    assert only("Talks resume early in the new year.", NOV).text == "early in the new year"
    # told in March, "the new year" may be the one just begun: no date
    assert find_temporal_expressions("Talks resume in the new year.", date(2026, 3, 2)) == []


def test_the_day_before_yesterday_and_after_tomorrow_are_two_days_off():
    anchor = date(2031, 6, 11)  # a Wednesday
    before = find_temporal_expressions("Ruritania signed the day before yesterday.", anchor)
    after = find_temporal_expressions("Ruritania will sign the day after tomorrow.", anchor)
    assert [(m.text, m.date) for m in before] == [
        ("the day before yesterday", FuzzyDate(date(2031, 6, 9), Precision.DAY))
    ]
    assert [(m.text, m.date) for m in after] == [
        ("the day after tomorrow", FuzzyDate(date(2031, 6, 13), Precision.DAY))
    ]


@pytest.mark.parametrize(
    ("text", "monday"),
    [
        ("Talks resume in the week beginning 16 June.", date(2031, 6, 16)),
        ("Talks resume in the week commencing Monday 16 June.", date(2031, 6, 16)),
        ("Talks resume in the week starting Sunday 15 June.", date(2031, 6, 16)),
    ],
)
def test_the_week_beginning_a_day_is_that_week(text, monday):
    found = find_temporal_expressions(text, date(2031, 6, 11))
    assert [m.date for m in found] == [FuzzyDate(monday, Precision.WEEK)]
    assert found[0].text.startswith("in the week")


def test_a_weekday_with_its_day_of_the_month_is_that_day():
    anchor = date(2031, 6, 13)  # a Friday; "Tuesday" alone would be 10 June
    found = find_temporal_expressions("Jane Doe met them on Tuesday the 3rd in Strelsau.", anchor)
    assert [(m.text, m.date) for m in found] == [
        ("on Tuesday the 3rd", FuzzyDate(date(2031, 6, 3), Precision.DAY))
    ]
    # a rank after the weekday is no day of the month
    found = find_temporal_expressions("On Tuesday the 3rd round opened.", anchor)
    assert [m.date.value for m in found] == [date(2031, 6, 10)]


@pytest.mark.parametrize(
    ("text", "year"),
    [("Exports to Ruritania rose in FY2030-31.", 2030), ("It fell in FY2030/31.", 2030)],
)
def test_a_split_fiscal_year_written_together_is_its_first_year(text, year):
    found = find_temporal_expressions(text, date(2031, 6, 11))
    assert [m.date for m in found] == [FuzzyDate(date(year, 1, 1), Precision.YEAR)]
    # not a split year, or a short fiscal year whose calendar differs by country: no date
    assert find_temporal_expressions("It fell in FY2030-34.", date(2031, 6, 11)) == []
    assert find_temporal_expressions("It fell in FY31.", date(2031, 6, 11)) == []
