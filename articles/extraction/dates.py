"""Temporal expressions in news text, normalised to fuzzy dates against a publication date.

Pure Python on purpose (no dateparser): a generic parser turns "in May" into a day and
forgets that "Wednesday" depended on the publication date, and we need both the precision
and whether the date was anchored.

Rules, in short:
- Absolute dates ("Sept. 26, 2018", "26 September 2018", "2018-09-26", "May 2018", "in 2013",
  "early 2019") need no anchor; year-only and qualified years get YEAR precision.
- Anything that needs the publication date ("Sept. 26" without a year, "in May", "Wednesday",
  "last year", "this week", "two days ago") is `relative=True` and is dropped when there is
  no anchor: we never invent a date.
- Weekdays resolve to the most recent such day on or before the anchor (news usage: an
  article published on a Wednesday says "Wednesday" for that day), or to the next one on
  or after the anchor when the expression sits in a future context ("will ... on Thursday").
- A day and month without a year take the anchor's year; when that lands more than
  `_FUTURE_SLACK` after the anchor in a past context the previous year is meant, and when
  it lands more than `_FUTURE_SLACK` before the anchor in a future context the next year is.
- Decades ("the 1980s") are too vague to place on a timeline and are never emitted.
"""

from __future__ import annotations

import calendar
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from datetime import MAXYEAR, MINYEAR, date, timedelta

from articles.extraction.normalise import lexicon, prefix_gate
from articles.extraction.types import FuzzyDate, Precision, TemporalMatch

__all__ = [
    "address_day",
    "dateline_place",
    "expression_marks",
    "filed_by_update",
    "filed_in_address",
    "filed_shortly_before",
    "find_temporal_expressions",
    "format_fuzzy_date",
    "fuzzy_date",
    "fuzzy_date_range",
    "is_future_context",
    "numeric_day_first",
    "parse_date_param",
    "publication_date_consistent",
    "published_on_filing_day",
    "told_as_past_plan",
    "weekday_references",
    "weekdays_agree",
]

# How far a yearless "Sept. 26" may fall on the "wrong" side of the anchor before we move
# it to the neighbouring year (a past-tense "Dec. 28" in a January article is last year's).
_FUTURE_SLACK = timedelta(days=62)

_MONTH_NUMBERS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_WEEKDAY_NUMBERS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_COUNT_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}

# Month and weekday names are matched case-sensitively (capitalised) so that the modal
# "may" and the noun "march" never look like months. Longer spellings come first.
_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH = (
    rf"(?:{_MONTH_FULL}|Sept\.?|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sep\.?"
    r"|Oct\.?|Nov\.?|Dec\.?)(?![a-z])"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])"
_YEAR = r"(?:19\d\d|20\d\d|2100)(?![\d])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d,.]\d|\d)"

# The opening words of the word alternatives below, both letter cases where either occurs.
_GATE = prefix_gate(
    {
        *lexicon("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun"),
        *lexicon("Q1 Q2 Q3 Q4 H1 H2 FY1 FY2"),
        *(
            spelling
            for word in lexicon(
                "tod ton tom yes this las next earl later one two three four five six seven"
                " eight nine ten past year first second third fourth final follow previous"
                " preceding weekend same month"
            )
            for spelling in (word, word.capitalize())
        ),
    }
)
# After "the 14th", a word that makes it a rank ("the 14th round", "the 47th ASEAN Summit",
# "the 20th century"): anything but a capital-free function word or a clause break.
_ORDINAL_NOUN_AFTER = (
    r"(?!(?:and|or|when|after|before|at|in|to|until|with|as|but|while|if|so)\b)[A-Za-z(]"
)
_WEEK_OF_THE_RE = re.compile(r"\b(?:(?i:in|during|for|by)\s+)?(?i:the)\s+(?i:week)\s+of\s+the\s+$")
_ORDINAL_MONTH_REACH_DAYS = 200  # how far from the anchor another sentence's month may lie
# The preposition before "the 14th" or "the weekend" that makes it a date.
_DAY_PREPOSITION_RE = re.compile(
    r"\b(?i:on|from|by|until|till|since|before|after|over|through|during|at|across|for)"
    r"\s+(?i:the)\s+$"
)
# "the week before," "the day after.": a unit before (after) the date just named; only
# closing its clause ("the week before the deadline" counts from the deadline). Searched
# apart from _TEMPORAL_RE, and only in a sentence with a date to count from and the words:
# a gate on "day", "week" and "month" would cost the big pattern more than this costs.
_UNIT_BEFORE_RE = re.compile(
    r"\b[Tt]he\s(?P<bef_u>(?i:day|week|month|year))\s+"
    r"(?P<bef_w>(?i:before|after|earlier|later))(?=\s*[,.;:)]|\s*$)"
    # "The week before the signing, …": from the happening just dated to the day (below)
    r"|^[Tt]he\s(?P<bef_u2>(?i:day|week))\s+(?P<bef_w2>(?i:before|after))\s+the\s+"
    r"(?P<bef_what>[^,.;:\d]{3,40})(?=,)"
    # "On the eve of the summit, …": the day before the happening just dated (as above)
    r"|^(?:[Oo]n\s+)?[Tt]he\s+eve\s+of\s+the\s+(?P<eve_what>[^,.;:\d]{3,40})(?=,)"
)
# A newsletter's or a live page's sign-off before "for today", "for this week": "That's it
# for this week", "That's all from us for today", "we'll leave our live coverage there for
# today", "We will leave it there for today".
_SIGN_OFF_RE = re.compile(
    r"(?i:\b(?:that'?s|that\s+is|that[’']s)\s+(?:it|all)(?:\s+from\s+(?:us|me))?"
    r"|\b(?:leave|end|close|pause|wrap\s+up)\s+(?:it|things|(?:our|the|this)\s+(?:live\s+)?"
    r"(?:coverage|blog|updates|newsletter))(?:\s+(?:there|here))?)\s+for\s+$"
)
_SIGN_OFF_REACH = 60
# What sets a figure against an earlier one: "up 18 per cent on the year before", "higher
# than the month before", "compared with the year before".
_COMPARED_WITH_RE = re.compile(r"\b(?:on|over|than|against|(?:compared|set)\s+(?:with|to))\s+$")
# A figure's base before "a year earlier": "rose to $6.1 billion from $5.4 billion a year
# earlier", "against 3.2% a month earlier" (a figure after "from", "than", "against", "with"
# and no clause break): the comparison, no date of its own.
_FIGURE_BASE_BEFORE_RE = re.compile(
    r"\b(?:from|than|against|with|versus)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?"
    r"[^\s,;]*\d[^,;()]{0,24}\s$"
)
# "later that year", "the same year": the year of the date told before (searched apart
# from _TEMPORAL_RE, where "that" would open the gate at every "that").
_THAT_YEAR_RE = re.compile(
    r"\b(?:(?:(?i:in|by|during|until|later|earlier|early|late)\s+)?(?:[Tt]hat|the\s+same)"
    r"|[Tt]hat)\s+year\b(?![-\w])"
)
# "in the autumn", "since the summer", "next spring": the year of that season (precision
# YEAR, as "in the spring of 2023" is), searched apart from _TEMPORAL_RE behind a cheap
# test for the words. "the fall" needs its preposition ("the fall in prices" is no date);
# "the spring of 2023" is its year's expression.
_SEASON_RE = re.compile(
    r"\b(?:(?P<season_rel>(?i:last|next|this))\s+|(?i:in|by|since|during|until|till|through"
    r"|over|for|before|after|from|throughout|early|late)\s+(?i:the)\s+(?:(?i:early|late)\s+)?)"
    r"(?P<season>(?i:spring|summer|autumn|fall|winter))\b(?!\s+of\b|-)"
    # "before the summer recess", "after the winter break": the season's noun goes with it
    r"(?:\s+(?:recess|break|holidays?|months)\b)?"
)
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_SEASON_MONTHS["winter"] = (12, 14)  # December to February: ends in the next year
# "settled overnight": the night that ended on the anchor's day; "an overnight session",
# "the overnight rate" are no date.
_OVERNIGHT_RE = re.compile(r"(?<!\b[Aa]n\s)(?<!\b[Tt]he\s)\b(?i:overnight)\b(?!-)")
# Days of the year known by name, with their preposition ("on New Year's Eve").
_HOLIDAY_RE = re.compile(
    r"(?:\b(?i:on|by|before|after|until|since|over)\s+)?"
    r"(?P<holiday>New\s+Year['’]s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day))\b"
)
_HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1)}
_HOLIDAYS |= {"christmas eve": (12, 24), "christmas day": (12, 25)}
# A noun before "for the April–June quarter" ("data for", "figures for"), not a verb of
# planning ("scheduled for", "set for", "due for").
_NOUN_FOR_BEFORE_QUARTER_RE = re.compile(
    r"\b(?!(?:set|due|planned|scheduled|slated|expected|pencilled|penciled)\s)[A-Za-z]+\s+for\s+the\s$"
)
# A newsletter's label for the week its lines are in: "Next week: …", "This week: …".
_WEEK_LABEL_RE = re.compile(r"((?i:this|next|last))\s+(?i:week):\s")
_UNIT_BEFORE_GATE_RE = re.compile(
    r"(?:day|week|month|year)\s+(?:before|after|earlier|later)|^(?:On\s+t|T)he\s+eve\s+of\s"
)
# "on 27 August this year", "June 5 next year": a day in the year counted from the anchor
# ("on Dec. 20 that year": the year told before, placed by find_temporal_expressions)
_RELATIVE_YEAR = r"|\s+(?:of\s+)?(?P<{kind}_ry>(?i:this|last|next|that))\s+(?i:year)(?![a-z])"
# One pass per sentence finds every expression. Each alternative starts at a word boundary
# with a digit, a capitalised month or weekday, or a handful of words, which keeps the
# scan fast; a preposition or qualifier in front is picked up afterwards (_PREFIX_RE).
_TEMPORAL_RE = re.compile(
    # A cheap gate first: the opening letters of the alternatives, as a trie.
    r"\b(?=\d|[Aa]n?\s|" + _GATE + ")"
    r"(?:"
    rf"(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01]))(?!\d)"
    # "18.04.2018" is day first (European usage); "9/26/2018" month first unless the
    # first number cannot be a month
    r"|(?P<num>(?P<n1>\d{1,2})(?P<nsep>[./])(?P<n2>\d{1,2})(?P=nsep)(?P<ny>(?:19|20)\d\d))(?!\d)"
    # "the past week": the seven days before publication
    r"|(?P<past>(?<=\bthe\s)(?i:past)\s+(?i:week)(?![a-z]))"
    rf"|(?P<my>(?P<my_m>{_MONTH}),?\s+(?:of\s+)?(?P<my_y>{_YEAR}))"
    rf"|(?P<md>(?:{_WEEKDAY},?\s+)?(?P<md_m>{_MONTH})\s+(?P<md_d>{_DAY})"
    # "from November 2 to 6", "Nov. 2-6", "on October 15 and 16": a range of days, dated
    # as "2-6 November" is (see _day_of_range)
    rf"(?:(?:\s*[-–]\s*|\s+(?P<md_and>and)\s+|\s+(?:to|until|till|through)\s+)(?P<md_d2>{_DAY})"
    rf"(?!\s+(?:of\s+)?{_MONTH}))?"
    rf"(?:,?\s+(?P<md_y>{_YEAR}){_RELATIVE_YEAR.format(kind='md')})?)"
    r"(?!\s*(?:%|percent|per\s+cent|million|billion))"
    rf"|(?P<dm>(?:{_WEEKDAY},?\s+)?(?:(?P<dm_d0>{_DAY})(?:\s*[-–]\s*|\s+(?P<dm_and>and)\s+"
    r"|\s+(?:to|until|till|through)\s+))?"
    rf"(?:the\s+)?(?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{_MONTH})"
    rf"(?:,?\s+(?P<dm_y>{_YEAR}){_RELATIVE_YEAR.format(kind='dm')})?)"
    # "on the 14th", "the 7th of this month": a day of the month just named, or the anchor's
    rf"|(?P<ord>(?<=\bthe\s)(?P<ord_d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
    r"(?:\s+of\s+(?P<ord_rel>(?i:this|last|next))\s+month)?(?![\w-])"
    rf"(?!\s+(?:of\s+)?{_MONTH})(?!\s+{_ORDINAL_NOUN_AFTER}))"
    r"|(?P<rel>(?:(?P<rel_q>(?i:earlier|later))\s+)?(?P<rel_w>(?i:this|last|next))\s+"
    r"(?P<rel_u>(?i:week|month|year))(?![a-z]))"
    r"|(?P<ago>(?P<ago_n>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten)|\d{1,2})\s+"
    r"(?P<ago_u>(?i:day|week|fortnight|month|year))s?\s+ago(?![a-z])"
    # "two years ago this month": the anchor's month that many years back
    r"(?:\s+(?P<ago_this>(?i:this\s+month))(?![a-z]))?)"
    # "the following week", "the previous month": a unit after (before) the date just named
    # ("the same day" is the day just named: "same" only before a day, week or month, as
    # "the same year" is _THAT_YEAR_RE's); "The previous week, …" opens its sentence; "the
    # following morning", "The same afternoon": a part of a day is its day
    r"|(?P<fol>(?<=\b[Tt]he\s)(?P<fol_w>(?i:following|previous|preceding)"
    r"|(?i:same)(?=\s+(?i:day|week|month|morning|afternoon|evening)\b))\s+"
    r"(?P<fol_u>(?i:day|week|month|year|morning|afternoon|evening))(?![a-z]))"
    # "earlier in the day": the story's day; "later that day", "Later that week": the day
    # (week, month) just named
    r"|(?P<sday>(?i:earlier|later)\s+(?:(?i:in)\s+the\s+(?i:day)"
    r"|(?P<sday_that>(?i:that))\s+(?P<sday_u>(?i:day|week|month)))(?![a-z]))"
    # "in the first quarter" with no year: the quarter nearest the anchor, in the tense
    r"|(?P<qtr>(?<=\bthe\s)(?P<qtr_n>(?i:first|second|third|fourth|final|last))\s+"
    r"(?i:quarter)(?![a-z])(?!\s+of\b)"
    # "a rebound in Q4": the same, written short (not "Q4 2026", the year's)
    r"|(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bfor\s)|(?<=\bduring\s)|(?<=\buntil\s))Q(?P<qtr_q>[1-4])(?![\w-])(?!\s+(?:19|20)\d\d|\s*FY))"
    # "on the second Tuesday of December": that weekday of the month
    rf"|(?P<owd>(?<=\bthe\s)(?P<owd_n>(?i:first|second|third|fourth|last))\s+"
    rf"(?P<owd_wd>{_WEEKDAY})\s+(?:of|in)\s+(?P<owd_m>{_MONTH_FULL})(?![a-z])"
    rf"(?:,?\s+(?P<owd_y>{_YEAR}))?)"
    # "two days later", "a year earlier": counted from the date just named
    r"|(?P<lat>(?P<lat_n>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten)|\d{1,2})\s+"
    r"(?P<lat_u>(?i:day|week|fortnight|month|year))s?\s+(?P<lat_w>(?i:later|earlier))(?![a-z])"
    r"(?!\s+than\b))"  # "a day later than planned": a delay, no date
    # "will resume in two weeks": counted from the anchor (a duration in the past tense)
    r"|(?P<inn>(?<=\bin\s)(?P<inn_n>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"|\d{1,2})\s+(?P<inn_u>(?i:day|week|fortnight|month|year))s?(?![a-z])"
    r"(?!\s+(?:ago|later|earlier)))"
    # "by year-end", "by mid-year": the anchor's year
    r"|(?P<ye>(?i:year)-end(?![a-z])|(?<=\b[Mm]id-)(?i:year)(?![-\w]))"
    # "over the weekend", "this weekend": the week holding that weekend
    # ("this past weekend", "the past weekend": the last one)
    r"|(?P<wkend>(?:(?P<wkend_rel>(?i:last|next|this))\s+|(?<=\bthe\s))"
    r"(?:(?P<wkend_past>(?i:past))\s+)?(?i:weekend)(?![a-z]))"
    # "by the end of the year", "in the first half of the year": the anchor's year (the
    # words in front are checked by _PART_OF_THE_YEAR_RE)
    r"|(?P<ty>(?<=\bthe\s)(?i:year)(?![a-z]))"
    # "by the end of the month": the anchor's month (_PART_OF_THE_MONTH_RE checks the words)
    r"|(?P<tmo>(?<=\bthe\s)(?i:month)(?![a-z]))"
    r"|(?P<dayword>(?i:today|tonight|yesterday|tomorrow|last\s+night"
    r"|this\s+(?:morning|afternoon|evening))"
    r"(?![a-z]))"
    # "in the April–June quarter", "the July-September quarter, 2026": a quarter named by
    # its months (a fiscal year's, as often as not), dated to its year as "the first
    # quarter" is; "the September quarter" is the quarter that ends in that month
    rf"|(?P<mq>(?<=\bthe\s)(?:(?P<mq_m1>{_MONTH_FULL})\s*[–-]\s*(?P<mq_m2>{_MONTH_FULL})"
    r"|(?P<mq_end>March|June|September|December))\s+"
    rf"(?i:quarter)(?![a-z])(?:,?\s+(?P<mq_y>{_YEAR}))?)"
    # "in H2 FY27", "H1 FY2027": a fiscal half, dated to the calendar year that holds most
    # of it in most fiscal calendars (a year from April, July or October): a first half in
    # the year before the one that names the fiscal year, a second half in that year
    r"|(?P<fyh>H(?P<fyh_h>[12])\s*FY\s?(?P<fyh_y>(?:19|20)?\d\d)(?![\w/–-]))"
    # "in Q4 FY27", "Q3 FY2026": a fiscal quarter, dated to the calendar year that holds it
    # in a fiscal year from April (India, Japan, the UK, Canada): the first three quarters
    # in the year before the one that names the fiscal year, the fourth in that year
    r"|(?P<fyq>Q(?P<fyq_q>[1-4])\s*FY\s?(?P<fyq_y>(?:19|20)?\d\d)(?![\w/–-]))"
    # "FY2026-27", "FY2025/26": a split fiscal year written together, dated to its first
    # year as "fiscal 2025-26" is ("FY27" alone is April-March in one country and
    # October-September in another, so it stays undated)
    r"|(?P<fys>FY(?P<fys_y>(?:19|20)\d\d)[/–-](?P<fys_y2>\d\d|(?:19|20)\d\d)(?![\w/–-]))"
    rf"|(?P<bm>(?:(?P<bm_rel>(?i:last|next|this))\s+)?(?P<bm_m>{_MONTH_FULL})(?![a-z])"
    # "in June next year", "March last year", "May of last year": the month of that year
    r"(?:\s+(?:of\s+)?(?P<bm_year>(?i:next|last|this|that))\s+(?i:year)(?![a-z]))?)"
    rf"|(?P<wd>(?:(?P<wd_rel>(?i:last|next|this))\s+)?(?P<wd_name>{_WEEKDAY}))"
    rf"|(?<![\d$€£¥,./])(?P<year>{_YEAR})(?!s\b|[,.]\d)"
    r")"
)

# A preposition and period qualifier in front belong to the expression: they decide whether
# a bare month is a month ("in May") and they go when a title drops the date.
_PREFIX_RE = re.compile(
    r"\b(?:(?i:on|in|since|by|until|till|from|through|during|before|after|of|for|at|between)"
    r"\s+)?"
    r"(?:(?:the\s+)?(?i:early|late|mid|end(?=-)|end\s+of|beginning\s+of|start\s+of|middle\s+of)(?:\s+|-))?"
    # "in fiscal 2027", "in fiscal year 2025": the year is the fiscal year's
    r"(?:(?i:fiscal)\s+(?:(?i:year)\s+)?)?$"
)
# What must stand before "the year" for it to be the anchor's year, with its preposition.
_PART_OF_THE_YEAR_RE = re.compile(
    r"\b(?:(?i:by|before|until|till|from|at|in|for|through|during|after|since|toward|towards)"
    r"\s+)?(?i:the\s+(?:(?:first|second|third|fourth|final|last|latter)\s+)?"
    r"(?:end|half|quarter|rest|remainder|course|start|beginning|middle|turn|close)\s+of"
    r"|within|(?:later|earlier|early|late)\s+in)\s+the\s+$"
)
# What must stand before "the month" for it to be the anchor's month: a deadline or a
# point in it ("by the end of the month", "at the start of the month"), not a measure ("a
# record for the month", "during the month" of a figure).
_PART_OF_THE_MONTH_RE = re.compile(
    r"\b(?i:by|before|until|till|at|toward|towards)\s+"
    r"(?i:the\s+(?:end|start|beginning|middle|close|turn)\s+of)\s+the\s+$"
)
# The article and preposition before "the following week" or "the first quarter".
_THE_BEFORE_RE = re.compile(
    r"\b(?:(?i:in|on|by|during|for|until|through|before|after|from|over|within)\s+)?"
    r"(?i:the)\s+$"
)
# "a week on Friday", "a fortnight on Monday" (British): that many weeks after the coming
# weekday; "Monday week", "next Monday week": a week after it.
_WEEKS_ON_BEFORE_RE = re.compile(r"\b(?i:a|one)\s+(?P<unit>(?i:week|fortnight))\s+$")
_WEEK_AFTER_WEEKDAY_RE = re.compile(r"\s+(?i:week)\b(?![-’']|\s+of\b)")
# "the previous Tuesday", "the following Friday": the weekday before (after) the date just
# named, not the anchor's.
_WAYS_FROM_NAMED = ("previous ", "preceding ", "following ")
_WEEKDAY_FROM_NAMED_RE = re.compile(r"\b(?i:the)\s+(?P<way>(?i:previous|preceding|following))\s+$")
# A plan made in the past: "had been scheduled to end on Wednesday" is last Wednesday.
_PAST_PLAN_RE = re.compile(
    r"\bhad\s+(?:been\s+)?(?:scheduled|expected|planned|due|set|meant|supposed)\b[^,;]*$"
)
# "was supposed to conclude in July", "were meant to meet on Friday": a plan that did not
# happen, so its date is behind; "were set to meet on Tuesday, but the meeting was
# postponed": a plan called off ("is set to", "are due to" look ahead; without "but" after
# it, "said talks were set to resume on Monday" is reported speech and looks ahead too).
_UNREALISED_PLAN_RE = re.compile(r"\b(?:was|were)\s+(?:supposed|meant)\s+to\b[^,;]*$")
_CALLED_OFF_PLAN_RE = re.compile(
    r"\b(?:was|were)\s+(?:set|due|scheduled|expected|slated|planned)\s+(?:to|for)\b[^,;]*$"
)
_BUT_AFTER_RE = re.compile(r"[^.;:]*?\bbut\b")


def told_as_past_plan(text: str, start: int, end: int) -> bool:
    """Return True when the date text[start:end] is a plan told in the past tense that was
    made before it ("had been scheduled for October"), did not happen ("was supposed to
    conclude in July") or was called off ("were set to meet on Tuesday, but …"): its date
    is behind the story, not ahead."""
    before = text[start - 80 : start] if start > 80 else text[:start]
    if "had " not in before and " was " not in before and " were " not in before:
        return False
    return bool(
        _PAST_PLAN_RE.search(before)
        or _UNREALISED_PLAN_RE.search(before)
        or (_CALLED_OFF_PLAN_RE.search(before) and _BUT_AFTER_RE.match(text, end))
    )


# A condition whose clause holds the date: "if both sides moved on agriculture in …" looks
# ahead whatever the tense of its verb.
_CONDITION_BEFORE_RE = re.compile(r"\b(?:if|unless|once|provided)\s[^,;.:]*$")
_QUARTER_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_PRECISION_RANK = {precision: index for index, precision in enumerate(Precision)}

# "the week of" before a day: the expression is the week ("the week of Oct. 8").
_WEEK_OF_RE = re.compile(r"\b(?i:(?:the\s+)?week)\s+$")
# "the week beginning 7 December", "week commencing Monday 9 March": the week that day opens
_WEEK_BEGINNING_RE = re.compile(
    r"\b(?:(?i:in|during|for|by|from)\s+)?(?i:(?:the\s+)?week)\s+"
    r"(?i:beginning|commencing|starting)(?:\s+(?i:on))?\s+$"
)
# "the day before yesterday", "the day after tomorrow": a day further from the anchor
_DAY_BEYOND_RE = re.compile(
    r"\b(?:(?i:on)\s+)?(?:(?i:the)\s+)?(?i:day)\s+(?P<way>(?i:before|after))\s+$"
)
# "on Tuesday the 10th", "Friday, the 13th": the weekday's day of the month
_WEEKDAY_DAY_AFTER_RE = re.compile(
    r",?\s+the\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
    r"(?!\s+" + _ORDINAL_NOUN_AFTER + ")"  # "on Tuesday the 10th round opened": a rank
)
_PREFIX_REACH = 30  # characters before an expression searched for its prefix

# A capitalised word right before a bare year, with no preposition: a name's year.
_NAME_BEFORE_YEAR_RE = re.compile(r"\b(?![QH][1-4]\b|FY\b)[A-Z][\w\-]*[ \u00a0]$")
# "the 2025 crop", "its 2019 agreement": a year naming which thing, with no preposition.
_ARTICLE_BEFORE_YEAR_RE = re.compile(r"(?:\b(?:the|its|their)|\w['’]s)\s$")
# "the roadmap for 2025–2026", "a budget for 2024-25": a span of years naming a plan's period
_SPAN_AFTER_YEAR_RE = re.compile(r"[–-](?:19|20)?\d\d(?!\d)")
_YEAR_DASH_BEFORE_RE = re.compile(r"(?:19|20)\d\d[–-]$")
_NOUN_FOR_BEFORE_YEAR_RE = re.compile(r"\b(?:the|a|an|its|their|our)\s+[a-z]{3,}\s+for\s$")
_ATTRIBUTE_AFTER_YEAR_RE = re.compile(r"\s+[a-z]")
# A bare four-digit number followed by one of these is a count, not a year.
_COUNT_AFTER_YEAR_RE = re.compile(
    r"\s*(?:%|percent|per\s+cent|people|persons|jobs|workers|employees|units|tons|tonnes"
    r"|cars|vehicles|barrels|troops|members|companies|firms|products|items|pages|km|miles"
    r"|yen|dollars|euros|feet|metres|meters)\b",
    re.IGNORECASE,
)

# --- tense of the context around an expression ------------------------------------------

# A clause break is no break inside a figure: a time's colon ("10:30") or a thousands
# separator ("4,000 tonnes").
_WORD_RE = re.compile(r"[A-Za-z’']+|[,;:()“”\"—–](?:(?<!\d[:,])|(?!\d))")
_CLAUSE_BREAKS = frozenset(',;:()“”"—–')
_FUTURE_WORDS = frozenset(
    {
        "will",
        "would",
        "shall",
        "could",
        "might",
        "may",  # lower case only: "May" is the month
        "won’t",
        "won't",
        "wouldn’t",
        "wouldn't",
        "plans",
        "plan",
        "planned",
        "planning",
        "scheduled",
        "expected",
        "expect",  # "they expect talks to run into Monday"
        "expects",
        "intends",
        "intend",
        "aims",
        "aim",  # "both sides aim to report before the end of the first quarter"
        "due",
        "next",
        "upcoming",
        "tomorrow",
        # a schedule in the present tense: "the session, which runs through Thursday",
        # "the consultation closes on Friday", "the truce expires on March 1"
        "runs",
        "lasts",
        "ends",
        "closes",
        "expires",
        "begins",
        "starts",
        "opens",
    }
)
_PLANNED_ADJECTIVES = frozenset({"planned"})
_DETERMINERS_BEFORE_PLANNED = frozenset({"their", "its", "our", "his", "her", "the"})
# A present verb of hope or wish before its infinitive: what follows lies ahead.
_HOPE_WORDS = frozenset({"hope", "hopes", "want", "wants", "seek", "seeks"})
# A journey told in the present ("we fly to Toronto in March", "twenty firms go to Lagos in
# May"): a timetable, which lies ahead as "the round opens on Monday" does; the past would
# be "flew", "went". Only before "to"/"back"/"home": "heads of delegation", "a return of".
_TRAVEL_PRESENT_WORDS = frozenset(
    {"go", "goes", "fly", "flies", "travel", "travels", "head", "heads", "return", "returns"}
)
_TRAVEL_AFTER = frozenset({"to", "back", "home"})
# Words before such a verb that take its present away: an infinitive ("agreed to go"), a
# negation or "did", a determiner (a noun: "a return to", "the heads to").
_NOT_BEFORE_TRAVEL = frozenset(
    """
    to did not never didn't didn’t don't don’t doesn't doesn’t a an the its their his her our
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# The same in the past, reported ("said both sides hoped to conclude before the summer"):
# the hope is the speaker's now and its infinitive still ahead, as "expected to" is; "had
# hoped to" is a hope of before, told as past.
_HOPE_PAST_WORDS = frozenset({"hoped", "aimed", "intended"})
# A present wish with its object (no noun reads so): "wants a decision by Friday".
_WISH_WORDS = frozenset({"want", "wants", "seek", "seeks"})  # "ministers want the text closed by"
_WISH_REACH = 8  # words from the wish to the date
_SCHEDULE_PLURALS = frozenset({"open", "begin", "start", "end", "close", "run", "expire"})
# A start or an end in the present right before a weekday is a schedule ("the rules take
# effect Monday", "It takes effect on Monday", "the talks end on Friday", "effective
# Monday", "the Senate votes on Tuesday"): the day ahead,
# as a careful reader takes it (the day just gone would be told "took effect"); but not
# after "to", "not", "did" or an article ("failed to take effect Monday", "the end").
_TAKES_EFFECT_BEFORE_RE = re.compile(
    r"(?<!\bto\s)(?<!\bnot\s)(?<!\bdid\s)(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)"
    r"\b(?:takes?\s+effect|(?:enters?|comes?)\s+into\s+force|open|begin|start|end|close|expire"
    r"|effective(?:\s+from)?"
    # a body's sitting in the singular present: "the Senate votes on Tuesday", "the
    # committee meets on Monday" (not a count: "98 votes on Tuesday"), also where it sits
    # and for which time ("the joint committee meets for the first time in Zenda from
    # Tuesday to Thursday")
    r"|(?<![\d,]\s)(?:votes|meets|sits|convenes)"
    r"(?:\s+for\s+the\s+(?:first|second|third|last|final)\s+time)?"
    r"(?:\s+(?:in|at)(?:\s+[A-Z][\w’'-]*){1,3})?"
    # a body's debate of a text: "the council debates the budget for fiscal 2027 on Monday"
    r"|(?<![\d,]\s)(?:debates|discusses|considers|examines)(?:\s+[\w’'-]+){1,8}?)"
    r"\s+(?:on\s+)?$"
)
# An article, a possessive or a preposition right before an "-ed" word: the word is an
# adjective ("for imported goods", "the revised schedule"), not a verb in the past.
_BEFORE_ADJECTIVE = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our"}
    | {"for", "of", "on", "in", "with", "from", "into", "by", "under"}
)
_OBLIGATION_WORDS = frozenset({"must", "should"})  # ahead unless "have" follows
# A present linking verb before an "-ed" word makes it a state ("stays engaged", "remain
# closed"), whose tense is the linking verb's, not a past.
_LINKING_PRESENT = frozenset(
    {"stay", "stays", "remain", "remains", "seem", "seems", "appear", "appears", "look", "looks"}
)
_MODAL_BEFORE_OBJECT = _FUTURE_WORDS | _OBLIGATION_WORDS
_AUXILIARY_AFTER_MODAL = frozenset({"have", "be", "not", "also", "then", "now", "still", "only"})
_FUTURE_BEFORE_TO = frozenset({"is", "are", "set", "going", "was", "were"})  # "is to talk"
_IRREGULAR_PAST = frozenset(
    {
        "said",
        "told",
        "met",
        "made",
        "took",
        "held",
        "began",
        "went",
        "came",
        "gave",
        "left",
        "won",
        "lost",
        "saw",
        "sent",
        "spoke",
        "wrote",
        "rose",
        "fell",
        "brought",
        "bought",
        "sold",
        "struck",
        "drew",
        "withdrew",
        "became",
        "grew",
        "kept",
        "led",
        "paid",
        "ran",
        "stood",
        "thought",
        "understood",
        "was",
        "were",
        "did",
        "got",
        "found",
        "knew",
        "chose",
        "broke",
        "felt",
        "slapped",
        "hit",
        "froze",
        "spent",
        "built",
        "sought",
        "fought",
        "caught",
        "upheld",
        "withheld",
        "undertook",
        "oversaw",
        "threw",
        "heard",
        "dealt",
    }
)
_NOT_PAST_ED = frozenset(
    {"need", "speed", "indeed", "proceed", "exceed", "succeed", "hundred", "feed", "breed", "seed"}
)


def _is_past_word(word: str) -> bool:
    """Return True when a lower-case word reads as a past-tense verb."""
    if word in _IRREGULAR_PAST:
        return True
    return len(word) > 3 and word.endswith("ed") and word not in _NOT_PAST_ED


def _tense_of(words: list[str], index: int) -> bool | None:
    """Return True (future), False (past) or None (no tense marker) for words[index]."""
    word = words[index]
    if word == "May":
        return None  # the month, not the modal
    lower = word.lower()
    if lower == "to" and index > 0 and words[index - 1].lower() in _FUTURE_BEFORE_TO:
        return True  # "is to talk", "set to meet"
    if (
        lower == "to"
        and words[index + 1 : index + 2] == ["be"]
        and index + 2 < len(words)
        and _is_past_word(words[index + 2])
        and (index == 0 or not _is_past_word(words[index - 1].lower()))
    ):
        return True  # "a forum, to be held in the spring" (not "agreed to be bound")
    if lower in _FUTURE_WORDS:
        # "closed a chapter of their planned agreement on Thursday": after a determiner,
        # "planned" is an adjective of the noun, no tense of the clause
        if (
            lower in _PLANNED_ADJECTIVES
            and index > 0
            and words[index - 1].lower() in _DETERMINERS_BEFORE_PLANNED
        ):
            return None
        return True
    if lower in _HOPE_WORDS and words[index + 1 : index + 2] == ["to"]:
        return True  # "hopes to hold a fair from 4 to 6 May" (not "hopes of a deal")
    if lower in _WISH_WORDS and len(words) - index <= _WISH_REACH:
        # "he wants a decision on the text by Friday": what is wished is ahead (not a date
        # further on, in a relative clause of its own: "wants Beijing to keep to the
        # target … that the two prime ministers set in June 2025")
        return True
    if lower in _HOPE_PAST_WORDS and words[index + 1 : index + 2] == ["to"]:
        return index == 0 or words[index - 1].lower() != "had"
    if lower in _WORDS_BY_NEIGHBOUR and index > 0:
        tense = _tense_by_neighbour(words, index, lower)
        if tense is not None:
            return tense
    if lower in _OBLIGATION_WORDS:
        # "must apply from Wednesday" looks ahead, "must have signed on Monday" does not;
        # read after the date ("takes effect today, and importers must now pay") it is
        # another clause's, and no marker (the forward scan has no next word yet)
        following = words[index + 1].lower() if index + 1 < len(words) else "have"
        return True if following != "have" else None
    if (
        lower in _TRAVEL_PRESENT_WORDS
        and word.islower()
        and words[index + 1 : index + 2] != []
        and words[index + 1] in _TRAVEL_AFTER
        and (index == 0 or words[index - 1].lower() not in _NOT_BEFORE_TRAVEL)
    ):
        return True
    if word[0].isupper():
        return None  # a capitalised "-ed" word is a name ("United"), not a verb
    if index > 0 and words[index - 1].lower() == "be":
        return None  # "could be finalised", "to be signed": the word before "be" decides
    if not _is_past_word(lower):
        return None
    for before in words[index - 4 if index > 4 else 0 : index]:
        if before in _WISH_WORDS:
            # "ministers want the text closed by the end of 2027": the participle of what
            # is wished, which lies ahead
            return True
    if index > 0 and lower not in _IRREGULAR_PAST and words[index - 1].lower() in _BEFORE_ADJECTIVE:
        return None  # "will check the rules for imported goods in May": an adjective, no verb
    if index > 0 and words[index - 1] in _LINKING_PRESENT:
        return None  # "whether Washington stays engaged after …": a state, no past verb
    if (
        index > 1
        and lower not in _IRREGULAR_PAST
        and words[index - 2].lower() in _MODAL_BEFORE_OBJECT
        and words[index - 1].lower() not in _AUXILIARY_AFTER_MODAL
    ):
        # "will hear interested parties in January": the modal's verb comes between, and the
        # "-ed" word opens its object, an adjective ("would have agreed" stays a verb)
        return None
    return False


# Past verbs of deciding whose infinitive tells what is to come ("agreed to run checks from
# March"), the time words that may stand between ("agreed on Tuesday to"), and words after
# "to" that are no verb ("agreed to a deal in March").
_DECIDED_BEFORE_TO = frozenset(
    {"agreed", "decided", "voted", "pledged", "promised", "resolved", "vowed", "undertook"}
)
_TIME_BETWEEN = frozenset(
    {"on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"yesterday", "today", "last", "this", "week", "month", "earlier", "later", "also"}
)
_NOT_VERBS_AFTER_TO = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those", "be"}
)


def _decided_to_do(words: list[str], index: int) -> bool:
    """Return True when words[index] is the "to" of an infinitive after a past verb of
    deciding, a few time words apart at most; the date after it is what was decided."""
    following = words[index + 1] if index + 1 < len(words) else ""
    if not following.islower() or following in _NOT_VERBS_AFTER_TO:
        return False
    for back in range(index - 1, max(-1, index - 4), -1):
        word = words[back].lower()
        if word in _DECIDED_BEFORE_TO:
            return True
        if word not in _TIME_BETWEEN:
            return False
    return False


def _tense_by_neighbour(words: list[str], index: int, lower: str) -> bool | None:
    """Return the tense of a word that has one only next to certain words, or None."""
    before = words[index - 1].lower()
    if lower in _SCHEDULE_PLURALS and before in ("that", "which"):
        return True  # "ahead of talks that open on Tuesday" (as "the round opens")
    if lower == "way" and before == "the" and words[index + 1 : index + 2] in (["for"], ["to"]):
        return True  # "cleared the way for ratification in January": what comes next
    if lower == "set" and before in ("is", "are"):
        return True  # "the next meeting is set for Thursday": a plan
    if lower in _PAST_AFTER_SINGULAR and before in _SINGULAR_SUBJECTS:
        return False  # "which cut its tariff in March" (the present would be "cuts")
    return None


# Verbs of meeting in the present that, right after "and" and before their date, tell a
# schedule (a singular's "-s" only where no noun's plural reads the same); events.py opens
# a part of its own at them.
BARE_SCHEDULE_VERBS = frozenset(
    """
    resume reconvene continue meet return reopen hold begin start conclude finish sign
    resumes reconvenes continues meets begins concludes
    """.split()  # noqa: SIM905 (a word list reads better as text)
)


def _bare_schedule_after_and(words: list[str], index: int) -> bool:
    """Return True when words[index], read back from a date, is a bare verb of meeting
    right after "and" ("met in July and resume talks in March"): a schedule, as the past
    would be "resumed". Only read back: read forward from another date ("met in July |
    and resume …") it is the next predicate's."""
    return index > 0 and words[index] in BARE_SCHEDULE_VERBS and words[index - 1] == "and"


# Verbs whose past is their present form: past after a singular subject only.
_PAST_AFTER_SINGULAR = frozenset({"cut", "put", "set", "shut", "let"})
_SINGULAR_SUBJECTS = frozenset({"which", "who", "that", "it", "he", "she"})
_WORDS_BY_NEIGHBOUR = _SCHEDULE_PLURALS | _PAST_AFTER_SINGULAR | {"way"}
_COORDINATORS = frozenset({"and", "but"})


def _coordinated_predicate(text: str, position: int) -> bool:
    """Return True when the word after an "and"/"but" ending at `position` has a tense:
    "froze the text in December and aim to sign it in May" (a predicate of its own, whose
    tense is not the date's)."""
    following = _WORD_RE.match(text, position + 1) if position < len(text) else None
    return following is not None and _tense_of([following.group()], 0) is not None


_RELATIVE_WORDS = frozenset({"who", "which", "whose", "whom"})
_NOT_VERBS_AFTER_TO = frozenset(
    """
    the a an his her its their our my your this that these those all some any each
    """.split()  # noqa: SIM905 (a word list reads better as text)
)


# A subordinate clause opening after a date's comma: its verb is not the date's.
_SUBORDINATOR_AFTER_RE = re.compile(
    r"\s+(?:after|before|when|once|because|although|though|while|whereas|if|unless)\s"
)


def _plan_tense(text: str, start: int, end: int) -> bool | None:
    """Return context_tense, but past for a plan told as past ("had been scheduled for
    October", written in November, is last October)."""
    tense = context_tense(text, start, end)
    return False if tense and told_as_past_plan(text, start, end) else tense


_DETERMINERS_AFTER_BEFORE = frozenset({"a", "an", "the", "its", "their"})


def _before_noun_phrase(words: list[str]) -> bool:
    """Return True for "before a …" and "ahead of the …": a noun phrase, no clause."""
    if words[:1] == ["before"]:
        return words[1:2] != [] and words[1] in _DETERMINERS_AFTER_BEFORE
    return (
        words[:2] == ["ahead", "of"] and words[2:3] != [] and words[2] in _DETERMINERS_AFTER_BEFORE
    )


def context_tense(text: str, start: int, end: int) -> bool | None:
    """Return True (future), False (past) or None (no reliable marker) for the span.

    Like `is_future_context`, but a past verb found beyond an infinitive ("agreed not to
    raise tariffs on Jan. 1") governs the infinitive, not the date: None.
    """
    before = _WORD_RE.findall(text[:start])  # all of it: a relative clause looks past a comma
    infinitive = relative = crossed = False
    for index in range(len(before) - 1, -1, -1):
        word = before[index]
        if word in _CLAUSE_BREAKS:
            if relative and not crossed and word == ",":
                # "could be finalised by Diwali, which falls in October": a relative clause
                # without a tense of its own takes the tense of the clause it hangs on
                crossed = True
                continue
            if word == "," and _listed_after_modal(text, before[index + 1 :], start):
                return True
            if word == "," and before[index + 1 : index + 3] == ["and", "again"]:
                continue
            if word == "," and not crossed and _before_noun_phrase(before[index + 1 : index + 4]):
                # "meets in Zenda in April, before a meeting of ministers in September": a
                # noun phrase of time takes the tense of the clause it hangs on
                crossed = True
                continue
            break
        relative = relative or word in _RELATIVE_WORDS
        if before[index] in BARE_SCHEDULE_VERBS and _bare_schedule_after_and(before, index):
            return True
        tense = _tense_of(before, index)
        if tense is not None:
            return None if (infinitive and tense is False) else tense
        if (
            word.lower() == "to"
            and index + 1 < len(before)
            and before[index + 1][:1].islower()
            and before[index + 1] not in _NOT_VERBS_AFTER_TO
        ):
            infinitive = True
    ends_clause = bool(before) and before[-1] not in _CLAUSE_BREAKS
    after: list[str] = []  # read word by word: the scan stops at the clause's end
    for index, match in enumerate(_WORD_RE.finditer(text, end)):
        word = match.group()
        after.append(word)
        if word in _CLAUSE_BREAKS:
            if index == 0 and not relative:
                if ends_clause and _SUBORDINATOR_AFTER_RE.match(text, match.end()):
                    break  # "will rise from 1 January, after envoys approved it": another clause's
                continue  # a fronted adverbial; but "who takes office on Dec. 1, sent"
            break
        if word in _COORDINATORS and _coordinated_predicate(text, match.end()):
            break
        if word.endswith("ed") and _reduced_relative(after, index, text, match.end()):
            continue
        tense = _tense_of(after, index)
        if tense is not None:
            return None if infinitive and tense is False else tense
    return None


# After a noun, a participle and "by" with its agent ("certificates issued by the
# chambers", "goods cleared by Customs") are a reduced relative clause, not the clause's
# verb: "From January, certificates issued by the chambers will be accepted" looks ahead.
_NOT_NOUNS_BEFORE_PARTICIPLE = frozenset(
    """
    was were is are be been being has have had get gets got it they he she we i you who
    which that not also then and or but
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_AGENT_AFTER_BY_RE = re.compile(r"\s+by\s+(?:the\s+|its\s+|their\s+)?[A-Za-z]")
_NOT_AGENT_WORDS = frozenset({"a", "an"})


def _reduced_relative(words: list[str], index: int, text: str, end: int) -> bool:
    """Return True when words[index], read forward from a date and ending at `end` in
    `text`, is a participle in a reduced relative clause ("certificates issued by …")."""
    word = words[index]
    if index == 0 or not word.endswith("ed") or not word.islower():
        return False
    before = words[index - 1]
    if not before.isalpha() or not before.islower() or before in _NOT_NOUNS_BEFORE_PARTICIPLE:
        return False
    agent = _AGENT_AFTER_BY_RE.match(text, end)
    if agent is None:
        return False
    following = text[agent.end() - 1 : agent.end() + 2].split(" ", 1)[0].lower()
    return following not in _NOT_AGENT_WORDS


# Everything up to and including the last clause break (greedy, so the last one).
_UP_TO_LAST_BREAK_RE = re.compile(r".*[,;:()“”\"—–](?:(?<!\d[:,])|(?!\d))", re.DOTALL)


# A short aside in brackets closing the words before a date ("the Comprehensive and
# Progressive Agreement for Trans-Pacific Partnership (CPTPP) before the end of this year"):
# an acronym or a name, no clause, so no break in the tense.
_SHORT_ASIDE_RE = re.compile(r"\s*\([^()\s,;:]{1,30}(?:\s[^()\s,;:]{1,30}){0,2}\)\s*$")


def _words_back_to_break(text: str, start: int) -> list[str]:
    """Return the _WORD_RE tokens of text[:start] from its last clause break on (the
    break included): a backward scan over all of them stops there anyway. A short aside in
    brackets right before `start` is left out and is no break."""
    end = before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    if before > 0 and text[before - 1] == ")":
        aside = _SHORT_ASIDE_RE.search(text, max(0, start - 100), start)
        end = aside.start() if aside else start
    last = _UP_TO_LAST_BREAK_RE.match(text, 0, end)
    return _WORD_RE.findall(text, last.end() - 1 if last else 0, end)


# The last answer of is_future_context, (text, start, end, answer): a weekday's tense is
# asked again for the same span when its event is planned or not.
_last_future_context: tuple[str, int, int, bool] = ("", -1, -1, False)


def is_future_context(text: str, start: int, end: int) -> bool:
    """Return True when the verb nearest the span text[start:end] is future or conditional.

    Scans backwards from the span to the clause start, then forwards to the clause end,
    and the first tense marker found decides ("told reporters he would be talking on
    Thursday" is future, "announced Wednesday they will open" is past). A span that opens
    its own clause ("On Thursday, the two will meet") looks past the comma that closes it.
    """
    global _last_future_context
    last = _last_future_context
    if last[0] is text and last[1] == start and last[2] == end:
        return last[3]
    answer = _future_context(text, start, end)
    _last_future_context = (text, start, end, answer)
    return answer


# "agreed to meet again in Strelsau in June", "will meet again in Zenda, where the secretariat
# is based, in March": a meeting to come, whatever the tense of the agreeing ("met again"
# is past and is not here); its place, and an aside on the place, may come between.
_MEET_AGAIN_RE = re.compile(
    r"\b(?:meet|meets|meeting|convene|reconvene|gather|sit)\s+again\b(?:\s+[^,.;:]{1,40}?)?"
    r"(?:,\s+(?:where|which|who)\s[^.;:,]{1,60},)?\s*$"
)
_MEET_AGAIN_REACH = 150


# Bare verbs a list of planned steps goes on with after a modal: "will exchange offers by
# 15 January, | hold a round between 14 and 17 February, | and aim to …"
BARE_PLAN_VERBS = frozenset(
    """
    hold sign exchange meet open start begin launch resume conclude submit table send
    publish present vote ratify review approve complete close finish host visit hand
    deliver announce adopt apply aim seek
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_MODAL_LIST_RE = re.compile(
    r"\b(?:will|would|could|should|shall|must|(?:is|are)\s+to)\s[^.;:]*,\s+(?:and\s+)?"
    r"[a-z]+\s[^,.;:]*$"
)


def _listed_after_modal(text: str, clause: list[str], start: int) -> bool:
    """Return True when the clause before `start` (its words `clause`) is a bare verb
    listed after a modal's predicate in the same sentence."""
    words = clause[1:] if clause[:1] == ["and"] else clause
    return (
        bool(words)
        and words[0] in BARE_PLAN_VERBS
        and _MODAL_LIST_RE.search(text, max(0, start - 200), start) is not None
    )


def _shares_modal_passive(words: list[str], index: int) -> bool:
    """Return True when words[index], a past participle after "and", goes on a passive
    after a modal earlier in its clause: "will be signed in March and ratified in May"."""
    if index < 3 or not words[index].endswith("ed"):
        return False
    return any(
        words[i].lower() in _FUTURE_WORDS and words[i + 1] == "be"
        for i in range(index - 2)
        if words[i] != "May"
    )


def _future_context(text: str, start: int, end: int) -> bool:
    """Return is_future_context(text, start, end), computed."""
    if "again" in text and _MEET_AGAIN_RE.search(text, max(0, start - _MEET_AGAIN_REACH), start):
        return True
    before = _words_back_to_break(text, start)
    # "agreed on Tuesday to run joint checks from March": the start of what was agreed is
    # to come ("agreed to cut tariffs in March" may tell when they agreed: left alone)
    starting = text[start : start + 5].lower() == "from " or text[max(0, start - 5) : start] in (
        "from ",
        "From ",
    )
    for index in range(len(before) - 1, -1, -1):
        if before[index] in _CLAUSE_BREAKS:
            if before[index] == "," and _listed_after_modal(text, before[index + 1 :], start):
                return True
            if before[index] == "," and before[index + 1 : index + 3] == ["and", "again"]:
                continue  # "will meet in Zenda on 3 March, and again in June": its verb's
            break
        if starting and before[index] == "to" and _decided_to_do(before, index):
            return True
        if before[index] in BARE_SCHEDULE_VERBS and _bare_schedule_after_and(before, index):
            return True
        tense = _tense_of(before, index)
        if tense is False and before[index - 1] == "and" and _shares_modal_passive(before, index):
            return True
        if tense is not None:
            return tense
    fronted = all(word in _CLAUSE_BREAKS for word in before)  # nothing before in its clause
    after: list[str] = []  # read word by word: the scan stops at the clause's end
    for index, match in enumerate(_WORD_RE.finditer(text, end)):
        word = match.group()
        after.append(word)
        if word in _CLAUSE_BREAKS:
            if index == 0:
                continue  # a fronted adverbial: the clause it belongs to follows
            break
        if word in _COORDINATORS and _coordinated_predicate(text, match.end()):
            break
        if fronted and word.lower() in _OBLIGATION_WORDS:
            # "From Wednesday, exporters must apply": the date opens the clause whose
            # obligation it is ("must have applied" looks back)
            following = _WORD_RE.search(text, match.end())
            return following is None or following.group().lower() != "have"
        if word.endswith("ed") and _reduced_relative(after, index, text, match.end()):
            continue
        tense = _tense_of(after, index)
        if tense is not None:
            return tense
    return False


# --- building dates ----------------------------------------------------------------------


def fuzzy_date(value: date, precision: Precision) -> FuzzyDate:
    """Return a FuzzyDate with `value` moved to the first day of its period."""
    if precision is Precision.WEEK:
        value = value - timedelta(days=value.weekday())
    elif precision is Precision.MONTH:
        value = value.replace(day=1)
    elif precision is Precision.YEAR:
        value = value.replace(month=1, day=1)
    return FuzzyDate(value, precision)


def _month_number(name: str) -> int:
    """Return the month number of a month name or abbreviation."""
    return _MONTH_NUMBERS[name.rstrip(".").lower()]


def _shift_months(value: date, months: int) -> date:
    """Return the first day of the month `months` after value's month."""
    index = value.year * 12 + value.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    """Return the date, or None when it does not exist (a day past the month's end, a
    month 13, a day 0: mistyped numeric dates are met in the wild)."""
    if not (1 <= month <= 12 and MINYEAR <= year <= MAXYEAR and day >= 1):
        return None
    if day > calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _nearest_yearless_day(month: int, day: int, anchor: date, ahead: int = 2) -> date | None:
    """Return the reading of a day/month nearest the anchor; a later day counts `ahead`
    times (double: news reports the past more than it announces the future)."""
    readings = [
        value
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (value := _safe_date(year, month, day)) is not None
    ]
    if not readings:
        return None
    return min(
        readings, key=lambda v: (anchor - v).days if v <= anchor else ahead * (v - anchor).days
    )


def _yearless_day(month: int, day: int, anchor: date, future: bool | None) -> date | None:
    """Return the day/month in the anchor's year, moved a year when tense demands; with
    no tense marker (None), the reading nearest the anchor."""
    if future is None:
        return _nearest_yearless_day(month, day, anchor)
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        value = _safe_date(year, month, day)
        if value is None:
            continue  # 29 February in a non-leap year: try the neighbours
        if year == anchor.year:
            if not future and value - anchor > _FUTURE_SLACK:
                value = _safe_date(year - 1, month, day) or value
            elif future and anchor - value > _FUTURE_SLACK:
                value = _safe_date(year + 1, month, day) or value
        return value
    return None


def _month_tense(text: str, start: int, match: re.Match[str], anchor: date, month: int) -> bool:
    """Return True when a bare month lies ahead: a future context, or no reliable marker and
    the month is nearer ahead than behind, ahead counting double ("as he prepares for a
    summit in late April", written in March); after "until", whichever is nearer."""
    ahead, behind = (month - anchor.month) % 12, (anchor.month - month) % 12
    if _is_until(text, start):
        return 0 < ahead <= behind  # the end of a span: the nearer reading, ahead or not
    tense = _plan_tense(text, start, match.end())
    if tense is None and text[start - 2 : start - 1] == ",":
        place = _PLACE_APPOSITIVE_RE.search(text, max(0, start - 60), start)
        if place is not None:
            # "a summit in Strelsau, Ruritania, in May": the place's commas are no
            # clause break; the clause's tense is read before the place
            tense = context_tense(text, place.start(), match.end())
    if tense is not None:
        return tense
    if _PAST_INTENT_RE.search(text, max(0, start - 60), start):
        return 0 < ahead < behind  # a plan made in the past: the nearer reading
    return ahead > 0 and 2 * ahead < behind


# "in Strelsau, Ruritania, ": a place and its country between commas, before a date.
_PLACE_APPOSITIVE_RE = re.compile(
    r"(?<=\bin\s)[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?,\s[A-Z][\w’'-]+,\s$"
)


# "Washington agreed to review them in March": a past verb of intent with its infinitive,
# whose date comes after the agreeing, so ahead counts as much as behind.
_PAST_INTENT_RE = re.compile(
    r"\b(?:agreed|promised|pledged|vowed|decided|undertook|offered|committed\s+itself)"
    r"\s+(?:not\s+)?to\s+(?!be\b)[a-z]+\b[^,;:.]*$"
)


def _is_until(text: str, start: int) -> bool:
    """Return True when the expression at `start` opens with "until"/"till": the end of a
    span, which a past verb ("pushed back until early August") does not put behind."""
    return text.startswith(("until ", "Until ", "till ", "Till "), start)


def _days_of_range(match: re.Match[str], kind: str, text: str, start: int) -> tuple[int, int]:
    """Return the first and last day of the month of a day or a range of days ("2 and 3
    November", "from November 2 to 6"); two days joined by "and" that are no span ("on May
    5 and 12": a list) are the first day alone."""
    first, last = (
        (match.group("md_d"), match.group("md_d2"))
        if kind == "md"
        else (match.group("dm_d0"), match.group("dm_d"))
    )
    if first is None or last is None:
        day = int((first or last).rstrip("stndrh"))
        return day, day
    first_day, last_day = int(first.rstrip("stndrh")), int(last.rstrip("stndrh"))
    if (
        match.group(f"{kind}_and")
        and last_day != first_day + 1
        and not text.startswith(("between", "Between"), start)
    ):
        return first_day, first_day
    return first_day, last_day


def _range_day(value: date | None, first_day: int, anchor: date | None) -> date | None:
    """Return the day a range ending on `value` is dated by: a past one by its last day, one
    still to begin after the anchor by its first (round 11's convention)."""
    if value is None or anchor is None or first_day == value.day:
        return value
    first = value.replace(day=first_day) if first_day < value.day else None
    return first if first is not None and first > anchor else value


def _nth_weekday(year: int, month: int, weekday: int, rank: str) -> date:
    """Return the first, second, third, fourth or last `weekday` of a month."""
    days = [
        day
        for day in calendar.Calendar().itermonthdates(year, month)
        if day.month == month and day.weekday() == weekday
    ]
    return days[-1] if rank == "last" else days[_QUARTER_NUMBERS[rank] - 1]


def _weekday_of_month(
    match: re.Match[str], text: str, start: int, anchor: date | None, future: bool | None
) -> tuple[FuzzyDate, bool] | None:
    """Return the day of "the second Tuesday of December": in the year given, else the
    reading ahead of the anchor (planned) or behind it (past), else the nearest."""
    month = _month_number(match.group("owd_m"))
    weekday = _WEEKDAY_NUMBERS[match.group("owd_wd").lower()]
    rank = match.group("owd_n").lower()
    if match.group("owd_y"):
        value = _nth_weekday(int(match.group("owd_y")), month, weekday, rank)
        return FuzzyDate(value, Precision.DAY), False
    if anchor is None:
        return None
    readings = [_nth_weekday(anchor.year + step, month, weekday, rank) for step in (-1, 0, 1)]
    ahead = future if future is not None else context_tense(text, start, match.end())
    if ahead:
        value = next(day for day in readings if day >= anchor)
    elif ahead is False:
        value = [day for day in readings if day <= anchor][-1]
    else:
        value = min(readings, key=lambda day: abs((day - anchor).days))
    return FuzzyDate(value, Precision.DAY), True


def _resolve(
    match: re.Match[str],
    text: str,
    start: int,
    anchor: date | None,
    future: bool | None,
    day_first: bool = False,
) -> tuple[FuzzyDate, bool] | None:
    """Return (FuzzyDate, relative) for one match whose prefix starts at `start`, or None;
    `day_first` reads "06/11/2026" as 6 November (the story writes its dates day first)."""
    group = match.group
    # The alternative that matched: its group is the last to close (each alternative is one
    # named group around the named groups of its parts) and the only one of them set.
    matched = match.lastgroup

    def tense() -> bool:
        # Computed only for the expressions that depend on it.
        if future is not None:
            return future
        return is_future_context(text, start, match.end())

    if matched == "iso":
        value = _safe_date(int(group("iy")), int(group("im")), int(group("id")))
        return (FuzzyDate(value, Precision.DAY), False) if value else None
    if matched == "num":
        first, second, year = int(group("n1")), int(group("n2")), int(group("ny"))
        if group("nsep") == "/" and first <= 12 and not day_first:
            first, second = second, first  # month first
        value = _safe_date(year, second, first)
        return (FuzzyDate(value, Precision.DAY), False) if value else None
    if matched == "fyh":
        year = int(group("fyh_y"))
        year += 2000 if year < 100 else 0
        return FuzzyDate(date(year - (group("fyh_h") == "1"), 1, 1), Precision.YEAR), False
    if matched == "fys":
        year = int(group("fys_y"))
        if int(group("fys_y2")) % 100 != (year + 1) % 100:
            return None  # "FY2026-29" is no fiscal year
        return FuzzyDate(date(year, 1, 1), Precision.YEAR), False
    if matched == "fyq":
        year = int(group("fyq_y"))
        year += 2000 if year < 100 else 0
        return FuzzyDate(date(year - (group("fyq_q") != "4"), 1, 1), Precision.YEAR), False
    if matched == "my":
        value = date(int(group("my_y")), _month_number(group("my_m")), 1)
        return FuzzyDate(value, Precision.MONTH), False
    for kind in ("md", "dm"):
        if matched == kind:
            month = _month_number(group(f"{kind}_m"))
            first_day, day = _days_of_range(match, kind, text, start)
            if group(f"{kind}_y"):
                value = _range_day(
                    _safe_date(int(group(f"{kind}_y")), month, day), first_day, anchor
                )
                return (FuzzyDate(value, Precision.DAY), False) if value else None
            if anchor is None:
                return None
            if group(f"{kind}_ry"):
                step = {"this": 0, "last": -1, "next": 1, "that": 0}[group(f"{kind}_ry").lower()]
                value = _range_day(_safe_date(anchor.year + step, month, day), first_day, anchor)
                return (FuzzyDate(value, Precision.DAY), True) if value else None
            if future is None and _is_until(text, start):
                value = _nearest_yearless_day(month, day, anchor, ahead=1)  # a span's end
            else:
                value = _yearless_day(
                    month,
                    day,
                    anchor,
                    future if future is not None else _plan_tense(text, start, match.end()),
                )
            value = _range_day(value, first_day, anchor)
            return (FuzzyDate(value, Precision.DAY), True) if value else None
    if matched == "owd":
        return _weekday_of_month(match, text, start, anchor, future)
    if matched == "mq":
        if _NOUN_FOR_BEFORE_QUARTER_RE.search(text, max(0, start - 30), match.start()):
            return None  # "data for the July–September quarter": which figures, not when
        return _quarter_of_months(match, anchor, tense)
    if matched == "year":
        if _COUNT_AFTER_YEAR_RE.match(text, match.end()):
            return None
        if start == match.start() and _NAME_BEFORE_YEAR_RE.search(text, 0, start):
            return None  # "Made in China 2025", "Vision 2030": the year ends a name
        if (
            start == match.start()
            and _ATTRIBUTE_AFTER_YEAR_RE.match(text, match.end())
            and _ARTICLE_BEFORE_YEAR_RE.search(text, max(0, start - 8), start)
        ):
            # "harvesting the 2025 crop", "Malaysia's 2030 target": the year of a thing, not
            # of the verb
            return None
        first = match.start()
        if _YEAR_DASH_BEFORE_RE.search(text, max(0, first - 5), first):
            first -= 5  # the second year of "2025–2026"
        elif not _SPAN_AFTER_YEAR_RE.match(text, match.end()):
            first = -1
        if first >= 0 and _NOUN_FOR_BEFORE_YEAR_RE.search(text, max(0, first - 30), first):
            return None  # "reviewed the roadmap for 2025–2026": which roadmap, no happening
        return fuzzy_date(date(int(group("year")), 1, 1), Precision.YEAR), False
    if anchor is None:
        return None  # everything below needs the publication date
    if matched == "rel":
        if text.startswith(("'s", "’s"), match.end()):
            return None  # "this year's crop", "next month's vote": which one, not when
        step = {"this": 0, "last": -1, "next": 1}[group("rel_w").lower()]
        unit = group("rel_u").lower()
        if unit == "week":
            return fuzzy_date(anchor + timedelta(weeks=step), Precision.WEEK), True
        if unit == "month":
            return FuzzyDate(_shift_months(anchor, step), Precision.MONTH), True
        return FuzzyDate(date(anchor.year + step, 1, 1), Precision.YEAR), True
    if matched == "inn":
        if not tense():
            return None  # "rose 5% in two weeks": a duration
        return _stepped(anchor, *_unit_steps(group("inn_u"), group("inn_n"))), True
    if matched == "ty" and anchor.month > 3 and "first " in text[start : match.start()]:
        # "if both sides move in the first half of the year", told in November: the first
        # half (quarter) still to come is next year's
        over = 3 if "quarter" in text[start : match.start()] else 6
        if anchor.month > over and (
            tense() or _CONDITION_BEFORE_RE.search(text, max(0, start - 60), start)
        ):
            return FuzzyDate(date(anchor.year + 1, 1, 1), Precision.YEAR), True
    if matched == "ty" and anchor.month > 6 and "turn " in text[start : match.start()] and tense():
        # "due to take effect at the turn of the year", told in the second half: the New
        # Year to come (told as past, the one the anchor's year opened with)
        return FuzzyDate(date(anchor.year + 1, 1, 1), Precision.YEAR), True
    if matched in ("ty", "ye"):
        return FuzzyDate(date(anchor.year, 1, 1), Precision.YEAR), True
    if matched == "tmo":
        return FuzzyDate(anchor.replace(day=1), Precision.MONTH), True
    if matched == "qtr":
        quarter = int(group("qtr_q") or 0) or _QUARTER_NUMBERS[group("qtr_n").lower()]
        current = (anchor.month - 1) // 3 + 1
        if tense():
            year = anchor.year if quarter >= current else anchor.year + 1
        else:
            year = anchor.year if quarter <= current else anchor.year - 1
        return FuzzyDate(date(year, 1, 1), Precision.YEAR), True
    if matched == "past":
        # Monday of the week holding the middle of the seven days before the anchor
        return fuzzy_date(anchor - timedelta(days=3), Precision.WEEK), True
    if matched == "ago":
        unit, count = _unit_steps(group("ago_u"), group("ago_n"))
        if unit is Precision.DAY:
            return FuzzyDate(anchor - timedelta(days=count), Precision.DAY), True
        if unit is Precision.WEEK:
            return fuzzy_date(anchor - timedelta(weeks=count), Precision.WEEK), True
        if unit is Precision.MONTH:
            return FuzzyDate(_shift_months(anchor, -count), Precision.MONTH), True
        if group("ago_this"):
            return FuzzyDate(date(anchor.year - count, anchor.month, 1), Precision.MONTH), True
        return FuzzyDate(date(anchor.year - count, 1, 1), Precision.YEAR), True
    if matched == "dayword":
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
        word = " ".join(group("dayword").lower().split())
        offset["last night"] = -1  # the evening before the story's day
        value = anchor + timedelta(days=offset.get(word, 0))  # "this morning": today
        return FuzzyDate(value, Precision.DAY), True
    if matched == "bm":
        # A bare month is only a month with a preposition or qualifier ("in May",
        # "since March", "last June"); otherwise it is a name or a verb ("Theresa May").
        rel = (group("bm_rel") or "").lower()
        of_year = (group("bm_year") or "").lower()
        if not (rel or of_year or start < match.start()):
            return None
        month = _month_number(group("bm_m"))
        if of_year:
            # "that year" is the year told before it: placed by _in_that_year
            year = anchor.year + {"next": 1, "last": -1, "this": 0, "that": 0}[of_year]
        elif rel == "this":
            year = anchor.year
        elif rel == "last":
            year = anchor.year if month < anchor.month else anchor.year - 1
        elif rel == "next":
            # "next November", written in November: a year on
            year = anchor.year if month > anchor.month else anchor.year + 1
        elif future if future is not None else _month_tense(text, start, match, anchor, month):
            year = anchor.year if month >= anchor.month else anchor.year + 1
        else:
            year = anchor.year if month <= anchor.month else anchor.year - 1
        return FuzzyDate(date(year, month, 1), Precision.MONTH), True
    if matched == "wd":
        weekday = _WEEKDAY_NUMBERS[group("wd_name").lower()]
        rel = (group("wd_rel") or "").lower()
        if rel == "next" or (
            rel != "last"
            and (
                (future is None and _schedule_label(text, start, match.end()))
                or (
                    future is None
                    and _TAKES_EFFECT_BEFORE_RE.search(text, max(0, start - 70), start)
                )
                or (tense() and not told_as_past_plan(text, start, match.end()))
            )
        ):
            days = (weekday - anchor.weekday()) % 7 or (7 if rel == "next" else 0)
            return FuzzyDate(anchor + timedelta(days=days), Precision.DAY), True
        days = (anchor.weekday() - weekday) % 7 or (7 if rel == "last" else 0)
        return FuzzyDate(anchor - timedelta(days=days), Precision.DAY), True
    return None


def _quarter_of_months(
    match: re.Match[str], anchor: date | None, tense: Callable[[], bool]
) -> tuple[FuzzyDate, bool] | None:
    """Return the year of "the April–June quarter": the year written after it, else the
    quarter nearest the anchor in the verb's tense (under way or ahead, under way or past)."""
    if match.group("mq_y"):
        return FuzzyDate(date(int(match.group("mq_y")), 1, 1), Precision.YEAR), False
    if anchor is None:
        return None
    if match.group("mq_end"):
        last = _month_number(match.group("mq_end"))
        first = last - 2
    else:
        first, last = _month_number(match.group("mq_m1")), _month_number(match.group("mq_m2"))
    if tense():
        year = anchor.year if last >= anchor.month else anchor.year + 1
    else:
        year = anchor.year if first <= anchor.month else anchor.year - 1
    return FuzzyDate(date(year, 1, 1), Precision.YEAR), True


def _schedule_label(text: str, start: int, end: int) -> bool:
    """Return True when a weekday labels a line of a schedule ("Thursday: The committee
    votes on the agreement."): what follows in the present is the day ahead; a past verb
    ("Monday: Japan said …") keeps it behind."""
    return (
        start == 0
        and text.startswith(": ", end)
        and context_tense(text, end + 1, end + 1) is not False
    )


def _count(word: str) -> int:
    """Return the number a count word or digits stand for ("two" -> 2, "an" -> 1)."""
    return int(word) if word.isdigit() else _COUNT_WORDS[word.lower()]


def _unit_steps(unit: str, count: str) -> tuple[Precision, int]:
    """Return the unit and how many of it a count of a unit word stands for ("a fortnight"
    is two weeks: British and Commonwealth copy writes "a fortnight ago")."""
    if unit.lower() == "fortnight":
        return Precision.WEEK, 2 * _count(count)
    return Precision(unit.lower()), _count(count)


def _stepped(reference: date, unit: Precision, steps: int) -> FuzzyDate:
    """Return the `unit`-long period `steps` units after (before, when negative) reference."""
    if unit is Precision.DAY:
        return FuzzyDate(reference + timedelta(days=steps), Precision.DAY)
    if unit is Precision.WEEK:
        return fuzzy_date(reference + timedelta(weeks=steps), Precision.WEEK)
    if unit is Precision.MONTH:
        return FuzzyDate(_shift_months(reference, steps), Precision.MONTH)
    return FuzzyDate(date(reference.year + steps, 1, 1), Precision.YEAR)


# "the following morning" counts in days, as "the following day" does
_PART_OF_DAY_UNITS = {unit.value: unit for unit in Precision}


def _same_opening(match: re.Match[str]) -> bool:
    """Return True for "The same day" opening its sentence (capital "The")."""
    return match.group("fol_w").lower() == "same" and match.string[match.start() - 4] == "T"


def _counted_from_named(
    match: re.Match[str],
    found: list[TemporalMatch],
    before: list[TemporalMatch],
    anchor: date,
    lede: date | None = None,
) -> tuple[FuzzyDate, bool] | None:
    """Return the date of "the following week", "the previous month", "two days later" or
    "later that day": counted from the last date named in the sentence, else in the
    sentence before, as fine as the unit. With none, "the following week" counts from the
    story's day (`lede`) or else the anchor ("would meet again the following week"); "two
    days later" is None. "Earlier in the day" is the story's day, else the anchor's."""
    if match.lastgroup == "sday":
        if match.group("sday_that") is None:  # "earlier in the day": the story's day
            return FuzzyDate(lede or anchor, Precision.DAY), True
        unit, steps = Precision(match.group("sday_u").lower()), 0
    elif match.lastgroup == "fol":
        unit = _PART_OF_DAY_UNITS.get(match.group("fol_u").lower(), Precision.DAY)
        steps = {"following": 1, "same": 0}.get(match.group("fol_w").lower(), -1)
    else:
        unit, steps = _unit_steps(match.group("lat_u"), match.group("lat_n"))
        steps = steps if match.group("lat_w").lower() == "later" else -steps
    rank = _PRECISION_RANK[unit]
    reference = next(
        (
            m.date.value
            for m in reversed([*before, *found])
            if _PRECISION_RANK[m.date.precision] <= rank
        ),
        # "The same day" opening a sentence with no date before it (a live blog's entry)
        # has none to be the same as
        (lede or anchor) if match.lastgroup == "fol" and not _same_opening(match) else None,
    )
    if reference is None:
        return None
    return _stepped(reference, unit, steps), True


def _weekend(match: re.Match[str], text: str, anchor: date, future: bool | None) -> FuzzyDate:
    """Return the week of "over the weekend" (the last one; the next one ahead in a future
    context or after "next"), as the Monday-based week that holds it."""
    rel = "last" if match.group("wkend_past") else (match.group("wkend_rel") or "").lower()
    if rel == "next" or (
        rel != "last"
        and (future if future is not None else is_future_context(text, match.start(), match.end()))
    ):
        saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7)
    else:
        # on a Saturday the weekend has only begun: a past one is the weekend before
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7 or 7)
    return fuzzy_date(saturday, Precision.WEEK)


def _ordinal_day(
    match: re.Match[str],
    text: str,
    start: int,
    anchor: date,
    future: bool | None,
    named: list[TemporalMatch],
) -> FuzzyDate | None:
    """Return the date of "on the 14th": in the month of the last day, week or month named
    before it in the paragraph ("on May 12 … took effect on the 14th"), else in the
    anchor's month ("of this month"), moved a month when the tense demands."""
    day = int(match.group("ord_d"))
    rel = (match.group("ord_rel") or "").lower()
    month: date | None = None
    if rel:
        month = _shift_months(anchor, {"this": 0, "last": -1, "next": 1}[rel])
    else:
        # (a weekday names no month: "take effect Monday. On the 30th, …" is this month's)
        month = next(
            (
                m.date.value
                for m in reversed(named)
                if m.date.precision is not Precision.YEAR
                and m.text.rsplit(None, 1)[-1].lower() not in _WEEKDAY_NUMBERS
            ),
            None,
        )
    ahead = future if future is not None else context_tense(text, start, match.end())
    if month is not None and not rel:
        # "opened a consultation in September. It will close on the 30th": a day the tense
        # puts on the other side of the anchor is not in the month named, but the anchor's
        value = _safe_date(month.year, month.month, day)
        if value is not None and (value < anchor if ahead else ahead is False and value > anchor):
            month = None
    if month is None:
        step = 0
        if ahead and day < anchor.day:
            step = 1
        elif ahead is False and day > anchor.day:
            step = -1  # with no tense marker the anchor's month is the nearest reading
        month = _shift_months(anchor, step)
    value = _safe_date(month.year, month.month, day)
    return FuzzyDate(value, Precision.DAY) if value else None


# A verb after the happening's noun ("the round began"): the noun is the word before it.
_HAPPENING_VERB_RE = re.compile(
    r"\s+(?:began|begins?|start(?:ed|s)?|open(?:ed|s)?|end(?:ed|s)?|close[ds]?|resumed?"
    r"|(?:was|were)\s+(?:held|signed))$"
)


def _day_of_happening(what: str, story: Sequence[tuple[str, list[TemporalMatch]]]) -> date | None:
    """Return the day of the happening `what` names ("the round began", "the Kuala Lumpur
    meeting"): that of the latest earlier sentence naming its noun with one day in it."""
    words = _HAPPENING_VERB_RE.sub("", what.strip()).split()
    if not words:
        return None
    word = words[-1]
    if len(word) > 6 and word.endswith("ing"):
        # a gerund names its verb's happening: "the signing" is when they "signed"
        word = rf"{re.escape(word[:-3])}(?:e|es|ed|s|ing|ature)?"
    else:
        # the noun or its plural: "the vote" is when the bill passed "by 98 votes to 12"
        word = rf"{re.escape(word)}s?"
    noun = re.compile(rf"\b{word}\b", re.IGNORECASE)
    for text, dates in reversed(story):
        days = [m for m in dates if m.date.precision is Precision.DAY]
        if len(days) == 1 and noun.search(text):
            return days[0].date.value
    return None


def _unit_before(
    match: re.Match[str],
    named: list[TemporalMatch],
    story: Sequence[tuple[str, list[TemporalMatch]]] = (),
) -> FuzzyDate | None:
    """Return the date of "the week before," or "the day after.": one unit from the last
    date named (in the sentence, else the one before); a date coarser than the unit is
    kept as it is ("late last month … The week before," is that month)."""
    what = match.group("bef_what") or match.group("eve_what")
    if what:
        # "The week before the signing," opening a sentence: from a day just named, else
        # from the day of an earlier sentence naming the happening ("the round began")
        if named and named[-1].date.precision is Precision.DAY:
            day = named[-1].date.value
        else:
            day = _day_of_happening(what, story)
        if day is None:
            return None
        if match.group("eve_what"):
            return FuzzyDate(day - timedelta(days=1), Precision.DAY)  # "On the eve of the …"
        unit = Precision(match.group("bef_u2").lower())
        steps = -1 if match.group("bef_w2").lower() == "before" else 1
        return _stepped(day, unit, steps)
    if not named:
        return None
    unit = Precision(match.group("bef_u").lower())
    # "approved on Thursday, clearing the way for a signing next month. … had confirmed it
    # the day before": the last date a day can be counted from, not the month after it
    reference = next(
        (
            m.date
            for m in reversed(named)
            if _PRECISION_RANK[m.date.precision] <= _PRECISION_RANK[unit]
        ),
        named[-1].date,
    )
    if _PRECISION_RANK[reference.precision] > _PRECISION_RANK[unit]:
        return reference
    steps = -1 if match.group("bef_w").lower() in ("before", "earlier") else 1
    return _stepped(reference.value, unit, steps)


def _from_context(
    match: re.Match[str],
    text: str,
    anchor: date,
    future: bool | None,
    found: list[TemporalMatch],
    before: list[TemporalMatch],
    earlier: list[TemporalMatch] | None,
) -> tuple[int, FuzzyDate] | None:
    """Return (start, date) of "on the 14th" or "over the weekend", which read the dates
    named before them or the anchor; None when the words are no date here."""
    kind = match.lastgroup
    prefix = _DAY_PREPOSITION_RE.search(text, max(0, match.start() - 16), match.start())
    week_of = None
    if prefix is None and kind == "ord":
        # "in the week of the 23rd": that day's week
        week_of = prefix = _WEEK_OF_THE_RE.search(text, max(0, match.start() - 16), match.start())
    if prefix is None and not (kind == "wkend" and match.group("wkend_rel")):
        return None  # "the 14th" and "the weekend" as a noun: no date
    start = prefix.start() if prefix else match.start()
    if kind == "wkend":
        return start, _weekend(match, text, anchor, future)
    # an earlier sentence's month far from the anchor is another story's ("before the
    # certificates are sold in February 2027. … when the Council meets on the 26th")
    told = [
        m
        for m in (before if earlier is None else earlier)
        if abs((m.date.value - anchor).days) <= _ORDINAL_MONTH_REACH_DAYS
    ]
    value = _ordinal_day(match, text, start, anchor, future, [*told, *found])
    if value is not None and week_of is not None:
        value = fuzzy_date(value.value, Precision.WEEK)
    return (start, value) if value else None


# "during the September plenary session", "at the June summit": a month naming a meeting
_ATTRIBUTIVE_BEFORE_RE = re.compile(
    r"\b(?i:during|at|in|for|before|after|until|by|since|from|ahead\s+of)\s+the\s+$"
)
_ATTRIBUTIVE_AFTER_RE = re.compile(r"\s+[a-z]{3,}\b")


def _attributive_month_start(match: re.Match[str], text: str) -> int:
    """Return where a bare month used as an attribute starts with its preposition ("during
    the September plenary session"), else the match's start (no date: "the May government"
    is a name's, so May is never read this way)."""
    if match.group("bm_rel") or match.group("bm_year") or match.group("bm_m") == "May":
        return match.start()
    if not _ATTRIBUTIVE_AFTER_RE.match(text, match.end()):
        return match.start()
    prefix = _ATTRIBUTIVE_BEFORE_RE.search(text, max(0, match.start() - 20), match.start())
    return prefix.start() if prefix else match.start()


# "that September": the month in the year the story was telling.
_THAT_BEFORE_MONTH_RE = re.compile(r"\b[Tt]hat\s$")
# A word that carries a chronology on: "Then, at the end of October", "and later in May".
_SEQUENCE_RE = re.compile(r"\b(?i:then|later|afterwards|subsequently|after\s+that)\b")


def _in_year_told(
    match: re.Match[str],
    text: str,
    value: FuzzyDate,
    named: list[TemporalMatch],
    anchor: date | None,
    *,
    in_sentence: bool = False,
) -> FuzzyDate | None:
    """Return a yearless month or day moved into the year a chronology is telling ("In July
    2023, the minister flew to Brussels. Then, at the end of October, he walked away" is
    October 2023): "then" or "later" leads to it, the last date named before it in the
    paragraph gave an earlier year outright, and the month does not come before that
    date's; also in the next clause of the sentence that named that year ("in September
    2023, and it formally opened in early October"); None otherwise."""
    if anchor is None or not named or match.group("bm_rel") or match.group("bm_year"):
        return None
    if match.group("md_ry") or match.group("dm_ry"):
        return None  # "on 27 August this year" says its year
    next_clause = in_sentence and ", and " in text[named[-1].end : match.start()]
    if not next_clause and not _SEQUENCE_RE.search(text, max(0, match.start() - 40), match.start()):
        return None  # without "then" the month may be this year's news after a history
    told = named[-1]
    if told.relative or told.date.value.year >= anchor.year:
        return None
    if context_tense(text, match.start(), match.end()):
        return None  # "Then, in October, they will meet": ahead, not in the story's year
    if told.date.precision is not Precision.YEAR and value.value.month < told.date.value.month:
        return None
    moved = _safe_date(told.date.value.year, value.value.month, value.value.day)
    return FuzzyDate(moved, value.precision) if moved else None


def _year_that(match: re.Match[str]) -> str:
    """Return the lower-case "this"/"last"/"next"/"that" of "in September that year" or
    "on Dec. 20 that year", or ""."""
    kind = match.lastgroup
    group = {"bm": "bm_year", "md": "md_ry", "dm": "dm_ry"}.get(kind or "")
    return (match.group(group) or "").lower() if group else ""


# A newsletter's label in capitals opening a line: "TODAY: Ministers meet in Brussels.",
# "THIS WEEK: …", "THURSDAY: …" (the expressions are matched capitalised).
_HEADING_RE = re.compile(
    r"(?:TODAY|TONIGHT|TOMORROW|YESTERDAY|(?:THIS|NEXT|LAST)\s+(?:WEEK|WEEKEND|MONTH)"
    r"|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)(?=:\s)"
)


def _heading_in_words(text: str) -> str:
    """Return `text` with a capitalised label opening it written as a sentence's words
    ("TODAY:" as "Today:"), the same length."""
    label = _HEADING_RE.match(text)
    if label is None:
        return text
    return label.group().capitalize() + text[label.end() :]


# Each text's _TEMPORAL_RE matches, memoised: they do not depend on the anchor, and the
# import scans a sentence again for every anchor it tries on an undated article and for
# each of its candidates' happening texts (similarity.signature_for).
_scans: dict[str, list[re.Match[str]]] = {}


def _weekday_shifted(
    match: re.Match[str],
    text: str,
    start: int,
    anchor: date,
    named: list[TemporalMatch],
) -> tuple[int, int, FuzzyDate] | None:
    """Return (start, end, date) of a weekday counted in weeks from the coming one ("a week
    on Friday", "next Monday week") or from the day just named ("the previous Tuesday"),
    else None."""
    target = _WEEKDAY_NUMBERS[match.group("wd_name").lower()]
    rel = (match.group("wd_rel") or "").lower()
    coming = anchor + timedelta(days=(target - anchor.weekday()) % 7 or (7 if rel else 0))
    after = _WEEK_AFTER_WEEKDAY_RE.match(text, match.end())
    if after is not None and rel != "last":
        # "Monday week", "next Monday week": a week after the coming Monday
        return start, after.end(), FuzzyDate(coming + timedelta(weeks=1), Precision.DAY)
    if rel or start == 0:
        return None
    on = (
        _WEEKS_ON_BEFORE_RE.search(text, max(0, start - 16), start)
        if text.startswith(("on ", "On "), start)
        else None
    )
    if on is not None:
        weeks = 2 if on.group("unit").lower() == "fortnight" else 1
        value = FuzzyDate(coming + timedelta(weeks=weeks), Precision.DAY)
        return on.start(), match.end(), value
    if not text[max(0, start - 10) : start].lower().endswith(_WAYS_FROM_NAMED):
        return None
    way = _WEEKDAY_FROM_NAMED_RE.search(text, max(0, start - 24), start)
    if way is None:
        return None
    days = [m.date.value for m in named if m.date.precision is Precision.DAY]
    if not days:
        return None  # "the previous Tuesday" with no day told before: the anchor's reading
    reference = days[-1]
    if way.group("way").lower() == "following":
        step = (target - reference.weekday()) % 7 or 7
    else:
        step = -((reference.weekday() - target) % 7 or 7)
    return way.start(), match.end(), FuzzyDate(reference + timedelta(days=step), Precision.DAY)


def _day_beyond(match: re.Match[str], text: str, value: date) -> tuple[int, FuzzyDate] | None:
    """Return (start, date) of "the day before yesterday" or "the day after tomorrow":
    one day further from the anchor than `value`, the word's day; else None."""
    word = match.group("dayword").lower()
    if (
        word not in ("yesterday", "tomorrow")
        or "ay " not in text[max(0, match.start() - 12) : match.start()]
    ):
        return None
    beyond = _DAY_BEYOND_RE.search(text, max(0, match.start() - 22), match.start())
    if beyond is None or (beyond.group("way").lower() == "before") != (word == "yesterday"):
        return None
    step = -1 if word == "yesterday" else 1
    return beyond.start(), FuzzyDate(value + timedelta(days=step), Precision.DAY)


def _weekday_numbered(
    match: re.Match[str], text: str, anchor: date, value: date
) -> tuple[int, FuzzyDate] | None:
    """Return (end, date) of a weekday followed by its day of the month ("on Tuesday the
    10th"): that day in the month nearest `value` (the weekday's own reading) where it falls
    on that weekday, else None (the weekday alone stands)."""
    after = _WEEKDAY_DAY_AFTER_RE.match(text, match.end())
    if after is None:
        return None
    weekday = _WEEKDAY_NUMBERS[match.group("wd_name").lower()]
    day = int(after.group("day"))
    candidates = [
        moved
        for months in (-1, 0, 1)
        if (first := _shift_months(value.replace(day=1), months))
        and (moved := _safe_date(first.year, first.month, day)) is not None
        and moved.weekday() == weekday
    ]
    if not candidates:
        return None  # no such weekday on that day near the story: keep the weekday
    best = min(candidates, key=lambda moved: abs((moved - value).days))
    return after.end(), FuzzyDate(best, Precision.DAY)


_MAX_SCANS = 4096


def _temporal_scan(text: str) -> list[re.Match[str]]:
    matches = _scans.get(text)
    if matches is None:
        if len(_scans) >= _MAX_SCANS:
            _scans.clear()
        matches = _scans[text] = list(_TEMPORAL_RE.finditer(text))
    return matches


def find_temporal_expressions(
    text: str,
    anchor: date | None,
    future: bool | None = None,
    before: list[TemporalMatch] | None = None,
    earlier: list[TemporalMatch] | None = None,
    lede: date | None = None,
    story: Sequence[tuple[str, list[TemporalMatch]]] = (),
    day_first: bool = False,
) -> list[TemporalMatch]:
    """Return the temporal expressions of `text` in order, normalised against `anchor`.

    `future` forces the tense used to resolve weekdays, yearless days and bare months;
    None detects it from the verb nearest each expression. `before` are the expressions of
    the sentence before, which "the following week" may count from; `earlier` those of
    every earlier sentence of the paragraph, whose last month "on the 14th" is in. Given
    `earlier`, "the previous day" counts from the paragraph's dates, not from the sentence
    before in another paragraph, and with none from `lede`, the day of the story (a date in
    the opening paragraph), else the anchor. `story` are the earlier sentences with dates
    and their expressions, where "The week before the round began," finds the round.
    `day_first` reads a numeric date either way round as day first (`numeric_day_first`).
    """
    if text[:2].isupper() and ":" in text[:14]:
        text = _heading_in_words(text)
    found: list[TemporalMatch] = []
    # "Next week: The review resumes on Tuesday, and the House rises on Friday.": a
    # newsletter's label whose weekdays are that week's (the label is no date of its own)
    label = _WEEK_LABEL_RE.match(text) if anchor is not None and ":" in text[:15] else None
    label_monday = None
    if label is not None and anchor is not None:
        step = {"this": 0, "last": -1, "next": 1}[label.group(1).lower()]
        label_monday = fuzzy_date(anchor + timedelta(weeks=step), Precision.WEEK).value
    # What a yearless month counts its year from when the sentence named no date before it.
    told_before = (before if earlier is None else earlier) or []
    for match in _temporal_scan(text):
        if match.lastgroup in ("ord", "wkend"):
            if anchor is None:
                continue
            placed = _from_context(match, text, anchor, future, found, before or [], earlier)
            if placed is not None:
                start, value = placed
                found.append(
                    TemporalMatch(start, match.end(), text[start : match.end()], value, True)
                )
            continue
        if match.lastgroup == "ty":
            prefix = _PART_OF_THE_YEAR_RE.search(text, max(0, match.start() - 40), match.start())
            if prefix is None:
                continue  # "the year" alone: "the year before", "a record for the year"
        elif match.lastgroup == "tmo":
            prefix = _PART_OF_THE_MONTH_RE.search(text, max(0, match.start() - 40), match.start())
            if prefix is None or anchor is None:
                continue  # "the month" alone: "the month before", "a record for the month"
        elif match.lastgroup in ("fol", "qtr", "owd", "mq"):
            prefix = _THE_BEFORE_RE.search(text, max(0, match.start() - 12), match.start())
        else:
            prefix = _PREFIX_RE.search(text, max(0, match.start() - _PREFIX_REACH), match.start())
        if text[match.start() - 4 : match.start()].lower() == "for " and _SIGN_OFF_RE.search(
            text, max(0, match.start() - _SIGN_OFF_REACH), match.start()
        ):
            continue  # "That's it for this week": the writer's own day, no happening
        start = prefix.start() if prefix else match.start()
        if match.lastgroup == "bm" and start == match.start():
            that = _THAT_BEFORE_MONTH_RE.search(text, max(0, start - 6), start)
            if that is not None and not (match.group("bm_rel") or match.group("bm_year")):
                # "The first round followed that September": that month of the year told
                named = found or told_before
                if named:
                    month = _month_number(match.group("bm_m"))
                    value = FuzzyDate(date(named[-1].date.value.year, month, 1), Precision.MONTH)
                    span = (that.start(), match.end())
                    found.append(TemporalMatch(*span, text[slice(*span)], value, True))
                continue
            start = _attributive_month_start(match, text)
        if match.lastgroup in ("fol", "lat", "sday"):
            if anchor is None:
                continue
            if (
                match.lastgroup == "lat"
                and match.group("lat_w").lower() == "earlier"
                and _FIGURE_BASE_BEFORE_RE.search(text, max(0, start - 48), start)
            ):
                continue  # "from $5.4 billion a year earlier": a figure's base, no date
            told = before or []
            if match.lastgroup == "fol" and _same_opening(match):
                # "The same afternoon, …" opening its sentence (or paragraph) is the day of
                # the last sentence that named one
                told = told or (story[-1][1] if story else [])
            elif match.lastgroup == "fol" and earlier is not None:
                told = earlier  # another paragraph's last date is another story's
            resolved = _counted_from_named(match, found, told, anchor, lede)
            if (
                resolved is not None
                and not (found or told)
                and resolved[0].value > anchor
                and context_tense(text, start, match.end()) is False
            ):
                # "the first round was held in Pretoria the following year", no year named:
                # a past happening cannot be counted on from the anchor into the future
                continue
        else:
            resolved = _resolve(match, text, start, anchor, future, day_first)
        if resolved is None:
            continue
        value, relative = resolved
        end = match.end()
        if match.lastgroup == "dayword" and anchor is not None:
            beyond = _day_beyond(match, text, value.value)
            if beyond is not None:
                start, value = beyond
        if label_monday is not None and match.lastgroup == "wd" and not match.group("wd_rel"):
            weekday = _WEEKDAY_NUMBERS[match.group("wd_name").lower()]
            value = FuzzyDate(label_monday + timedelta(days=weekday), Precision.DAY)
        elif (
            match.lastgroup == "wd"
            and anchor is not None
            and (
                text.startswith(" week", end)
                or text.startswith(("on ", "On "), start)
                or text[max(0, start - 10) : start].lower().endswith(_WAYS_FROM_NAMED)
            )
        ):
            shifted = _weekday_shifted(match, text, start, anchor, [*told_before, *found])
            if shifted is not None:
                start, end, value = shifted
        if _year_that(match) == "that":
            named = found or told_before
            if not named:
                continue  # "in September that year" with no year told: no date
            moved = _safe_date(named[-1].date.value.year, value.value.month, value.value.day)
            if moved is None:
                continue
            value = FuzzyDate(moved, value.precision)
        elif relative and future is not True and match.lastgroup in ("bm", "md", "dm"):
            named = found or told_before  # its last counts
            value = (
                _in_year_told(match, text, value, named, anchor, in_sentence=bool(found)) or value
            )
        if value.precision is Precision.DAY and match.lastgroup == "wd" and anchor is not None:
            numbered = _weekday_numbered(match, text, anchor, value.value)
            if numbered is not None:
                end, value = numbered
        if value.precision is Precision.DAY and "eek " in text[max(0, start - 30) : start]:
            week = _WEEK_BEGINNING_RE.search(text, max(0, start - 30), start)
            if week is not None:
                # "the week beginning 7 December" is that week; a week opening on a Sunday
                # is dated by the Monday after it, which holds most of its days
                middle = value.value + timedelta(days=3)
                start, value = week.start(), fuzzy_date(middle, Precision.WEEK)
        if value.precision is Precision.DAY and text[start : start + 3].lower() == "of ":
            week = _WEEK_OF_RE.search(text, max(0, start - 12), start)
            if week is not None:
                # "the week of Oct. 8" is that week, not that day
                start, value = week.start(), fuzzy_date(value.value, Precision.WEEK)
        elif value.precision is Precision.MONTH and text[start : start + 3].lower() == "of ":
            ordinal = _ORDINAL_WEEK_RE.search(text, max(0, start - 24), start)
            monday = ordinal and _ordinal_monday(value.value, ordinal.group("nth").lower())
            if monday:
                # "in the second week of January": that week, not the month (nor "last week")
                start, value = ordinal.start(), FuzzyDate(monday, Precision.WEEK)
                found = [m for m in found if m.end <= start]
        found.append(TemporalMatch(start, end, text[start:end], value, relative))
    if (found or before or story) and anchor is not None and _UNIT_BEFORE_GATE_RE.search(text):
        found = _with_units_before(text, found, before or [], story)  # needs a date to count from
    if "hours " in text and anchor is not None and (found or before):
        found = _with_hours_counted(text, found, before or [])
    if "that year" in text or "same year" in text or "That year" in text:
        found = _with_that_year(text, found, before if earlier is None else earlier)
    if len(found) > 1 and (" and " in text or " to " in text or " until " in text):
        found = _with_range_years(text, found)
    if (
        found
        and ("rom " in text or "etween " in text)
        # one month opening a span may close on a bare month ("From January to March")
        and (found[1:] or found[0].date.precision is Precision.MONTH)
    ):
        found = _with_month_ranges(text, found)
        if anchor is not None and len(found) > 1:
            found = _with_weekday_ranges(text, found, anchor)
    if label is not None and any(m.start > label.end() for m in found):
        found = [m for m in found if m.start >= label.end()]  # the label dates none
    if anchor is not None and ("New Year" in text or "Christmas" in text):
        found = _with_holidays(text, found, anchor)
    if anchor is not None and anchor.month >= _NEW_YEAR_FROM_MONTH and "new year" in text:
        found = _with_new_year(text, found, anchor)
    if anchor is not None and _has_season_or_night(text.lower()):
        found = _with_seasons(text, found, anchor, future)
        if "vernight" in text:
            found = _with_overnight(text, found, anchor)
    return found


# A numeric date, and a day and month written out either way round ("5 November", "November 5")
_NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(?:19|20)\d\d(?!\d)")
_DAY_MONTH_RE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}")
_MONTH_DAY_RE = re.compile(rf"{_MONTH}\s+\d{{1,2}}(?!\d)")


# "the second week of", "the last week of" before a month
_ORDINAL_WEEK_RE = re.compile(
    r"\b(?:(?i:the)\s+)?(?P<nth>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+$"
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _ordinal_monday(month: date, nth: str) -> date | None:
    """Return the Monday that starts a month's n-th week, a week counted from the month's
    first Monday ("the second week of January" 2027: Monday 11 January), or its last
    Monday for "last"/"final"; None past the month's end, and None for "first" in a month
    that does not open on a Monday: its first week holds the days before that Monday
    (1 to 6 December 2026), which no week starting on a Monday covers, so the month is
    the date."""
    if nth in ("last", "final"):
        last = _shift_months(month, 1) - timedelta(days=1)
        return last - timedelta(days=last.weekday())
    if nth == "first" and month.weekday():
        return None
    first = month + timedelta(days=-month.weekday() % 7)
    monday = first + timedelta(weeks=_ORDINALS[nth] - 1)
    return monday if monday.month == month.month else None


def numeric_day_first(body: str) -> bool:
    """Return True when `body` writes its dates day first, so that "06/11/2026" is 6
    November: its numeric dates that can only be read one way ("15/10/2026", "18.11.2026")
    are mostly day first, or, with none, its written dates ("2 and 3 November") are.
    US copy ("10/30/2026", "November 5") stays month first, as every slashed date was."""
    if "/" not in body:
        return False  # dotted dates are read day first already
    day_first = month_first = 0
    ambiguous = False
    for match in _NUMERIC_DATE_RE.finditer(body):
        first, second = int(match.group(1)), int(match.group(3))
        if match.group(2) == "." or first > 12:
            day_first += 1
        elif second > 12:
            month_first += 1
        else:
            ambiguous = True
    if not ambiguous:
        return False  # nothing to read either way round: the written dates need no scan
    if day_first or month_first:
        return day_first > month_first
    return len(_DAY_MONTH_RE.findall(body)) > len(_MONTH_DAY_RE.findall(body))


def _season_year(season: str, rel: str, anchor: date, ahead: bool) -> int:
    """Return the year in which the season named starts: the one under way or to come
    when `ahead` (or after "next"), the one under way or past otherwise."""
    first, last = _SEASON_MONTHS[season]
    year, month = anchor.year, anchor.month
    if season == "winter" and month <= 2:
        year, month = year - 1, month + 12  # January's winter began last December
    if rel == "this":
        return year
    if rel == "next" or (rel != "last" and ahead):
        return year if month <= last else year + 1
    if rel == "last":
        return year if month > last else year - 1
    return year if month >= first else year - 1


def _insert_in_place(found: list[TemporalMatch], added: TemporalMatch) -> list[TemporalMatch]:
    """Return `found` with `added` in reading order (after the expressions ending before
    it), unless it overlaps an expression."""
    if any(m.start < added.end and added.start < m.end for m in found):
        return found
    place = sum(m.end <= added.start for m in found)
    return [*found[:place], added, *found[place:]]


def _with_seasons(
    text: str, found: list[TemporalMatch], anchor: date, future: bool | None
) -> list[TemporalMatch]:
    """Return `found` with "in the autumn", "since the summer", "next spring" added."""
    for match in _SEASON_RE.finditer(text):
        season = match.group("season").lower()
        if season == "fall" and match.group("season_rel"):
            continue  # "this fall" may be a fall in prices; "in the fall" is not
        ahead = (
            future if future is not None else is_future_context(text, match.start(), match.end())
        )
        if ahead and match.group().lower().startswith(("through ", "throughout ")):
            continue  # "would run at full capacity through the winter": how long, not when
        rel = (match.group("season_rel") or "").lower()
        value = FuzzyDate(date(_season_year(season, rel, anchor, ahead), 1, 1), Precision.YEAR)
        added = TemporalMatch(match.start(), match.end(), match.group(), value, True)
        found = _insert_in_place(found, added)
    return found


def _with_holidays(text: str, found: list[TemporalMatch], anchor: date) -> list[TemporalMatch]:
    """Return `found` with "on New Year's Eve", "over Christmas Day" added: that day of the
    year, nearest the anchor in the verb's tense, as a yearless day is."""
    for match in _HOLIDAY_RE.finditer(text):
        month, day = _HOLIDAYS[match.group("holiday").lower().replace("’", "'")]
        start = match.start("holiday")
        value = _yearless_day(month, day, anchor, context_tense(text, start, match.end()))
        if value is not None:
            added = TemporalMatch(
                match.start(), match.end(), match.group(), fuzzy_date(value, Precision.DAY), True
            )
            found = _insert_in_place(found, added)
    return found


# "workshops in the new year", "early in the new year", told in the last quarter: the
# year to come (told earlier in the year, "the new year" may be the one just begun).
_NEW_YEAR_RE = re.compile(r"\b(?:(?:early|later?)\s+)?(?:in|into)\s+the\s+new\s+year\b(?!['’])")
_NEW_YEAR_FROM_MONTH = 10


def _with_new_year(text: str, found: list[TemporalMatch], anchor: date) -> list[TemporalMatch]:
    """Return `found` with "in the new year" added as the year after the anchor's."""
    for match in _NEW_YEAR_RE.finditer(text):
        if any(m.start < match.end() and match.start() < m.end for m in found):
            continue
        value = FuzzyDate(date(anchor.year + 1, 1, 1), Precision.YEAR)
        found = _insert_in_place(
            found, TemporalMatch(match.start(), match.end(), match.group(), value, True)
        )
    return found


def _with_overnight(text: str, found: list[TemporalMatch], anchor: date) -> list[TemporalMatch]:
    """Return `found` with "overnight" added as the anchor's day."""
    for match in _OVERNIGHT_RE.finditer(text):
        value = FuzzyDate(anchor, Precision.DAY)
        found = _insert_in_place(
            found, TemporalMatch(match.start(), match.end(), match.group(), value, True)
        )
    return found


# "between March and May last year", "from January to June 2024": what joins a range's two
# months (the second may have its own "early", "mid-" or "late")
_RANGE_JOIN_RE = re.compile(r"\s+(?:and|to|until|till|through)\s+$")
_YEAR_TOLD_RE = re.compile(r"\d{4}|\byear\b", re.IGNORECASE)


def _with_range_years(text: str, found: list[TemporalMatch]) -> list[TemporalMatch]:
    """Return `found` with the first month of a range of months taking the year the second
    names ("between March and May last year": March of last year, not this March)."""
    result = list(found)
    for index, (first, second) in enumerate(itertools.pairwise(found)):
        if (
            first.relative
            and first.date.precision is Precision.MONTH
            and second.date.precision is Precision.MONTH
            and not _YEAR_TOLD_RE.search(first.text)
            and _YEAR_TOLD_RE.search(second.text)
            and _RANGE_JOIN_RE.match(text, first.end, second.start) is not None
        ):
            month, year = first.date.value.month, second.date.value.year
            year -= month > second.date.value.month  # "from November to February 2025"
            value = FuzzyDate(date(year, month, 1), Precision.MONTH)
            result[index] = TemporalMatch(first.start, first.end, first.text, value, first.relative)
    return result


# The word opening a span of months or of weekdays ("between April and June", "from Monday
# to Wednesday").
_RANGE_OPEN_RE = re.compile(r"(?i:from|between)\s")
_MONTH_RANGE_JOIN_RE = re.compile(r"\s+(?:and|to|-|–)\s+|\s*[-–]\s*")
# "From January to March, …": the closing month alone, which is no expression of its own
_BARE_MONTH_CLOSING_RE = re.compile(
    rf"(?:\s+(?:and|to|until|through)\s+|\s*[-–]\s*)(?:{_MONTH_FULL})\b"
)


def _with_month_ranges(text: str, found: list[TemporalMatch]) -> list[TemporalMatch]:
    """Return `found` with "between April and June next year", "from September 2023 to
    October 2024" as one expression dated by its first month, ahead or past: the span's
    opening is its happening's month, and "June next year" is no second happening."""
    result: list[TemporalMatch] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        if (
            second is not None
            and first.date.precision is Precision.MONTH
            and second.date.precision is Precision.MONTH
            and second.date.value > first.date.value
            and _RANGE_OPEN_RE.match(first.text) is not None
            and _MONTH_RANGE_JOIN_RE.fullmatch(text, first.end, second.start) is not None
        ):
            span = text[first.start : second.end]
            relative = first.relative or second.relative
            result.append(TemporalMatch(first.start, second.end, span, first.date, relative))
            index += 2
            continue
        closing = (
            _BARE_MONTH_CLOSING_RE.match(text, first.end)
            if first.date.precision is Precision.MONTH and _RANGE_OPEN_RE.match(first.text)
            else None
        )
        if closing is not None and (second is None or second.start >= closing.end()):
            # "From January to March, the two sides will meet": one span, dated by its first
            # month; its title keeps no "To March"
            span = text[first.start : closing.end()]
            result.append(
                TemporalMatch(first.start, closing.end(), span, first.date, first.relative)
            )
            index += 1
            continue
        result.append(first)
        index += 1
    return result


_WEEKDAY_RANGE_JOIN_RE = re.compile(r"\s+(?:to|until|till|through|and)\s+")
_WEEK_AFTER_RANGE_RE = re.compile(r"\s+(?P<rel>(?i:last|next|this))\s+(?i:week)\b")


def _with_weekday_ranges(
    text: str, found: list[TemporalMatch], anchor: date
) -> list[TemporalMatch]:
    """Return `found` with "from Monday to Wednesday" as one expression: a span still to
    begin is dated by its first day, a past one by its last (as "from 9 to 11 November").
    "last week" or "next week" after it says which week the two days are in."""
    result: list[TemporalMatch] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        if (
            second is None
            or first.date.precision is not Precision.DAY
            or second.date.precision is not Precision.DAY
            or _RANGE_OPEN_RE.match(first.text) is None
            or first.text.split()[-1].lower() not in _WEEKDAY_NUMBERS
            or second.text.split()[-1].lower() not in _WEEKDAY_NUMBERS
            # "until" or "through" is the second's own prefix
            or _WEEKDAY_RANGE_JOIN_RE.fullmatch(
                text, first.end, second.end - len(second.text.split()[-1])
            )
            is None
        ):
            result.append(first)
            index += 1
            continue
        first_day = _WEEKDAY_NUMBERS[first.text.split()[-1].lower()]
        length = (_WEEKDAY_NUMBERS[second.text.split()[-1].lower()] - first_day) % 7
        end, skip = second.end, 2
        week = _WEEK_AFTER_RANGE_RE.match(text, second.end)
        if week is not None:
            monday = anchor - timedelta(days=anchor.weekday())
            monday += timedelta(days={"last": -7, "next": 7, "this": 0}[week["rel"].lower()])
            begins = monday + timedelta(days=first_day)
            end = week.end()
            if len(found) > index + 2 and found[index + 2].start < end:
                skip = 3  # the week's own match goes into the span
        else:
            begins = first.date.value
            if second.date.value < anchor and second.date.value < begins <= anchor:
                # "ran from Monday to Wednesday" told on a Monday, or "ran from Monday to
                # Friday" told on a Tuesday: the span that ended on the Wednesday (Friday)
                # before, not one that opened this week and has not ended
                begins = second.date.value - timedelta(days=length)
        ends = begins + timedelta(days=length)
        value = begins if begins > anchor or ends > anchor else ends
        result.append(
            TemporalMatch(
                first.start, end, text[first.start : end], FuzzyDate(value, Precision.DAY), True
            )
        )
        index += skip
    return result


def _with_that_year(
    text: str, found: list[TemporalMatch], told: list[TemporalMatch] | None
) -> list[TemporalMatch]:
    """Return `found` with "that year", "later that year", "the same year" added in their
    places: the year of the date named last before them (in the sentence, else earlier in
    the paragraph), at year precision; nothing when no date was named."""
    for match in _THAT_YEAR_RE.finditer(text):
        # (inside "in September that year" it is the month's own expression: left out)
        named = [m for m in found if m.end <= match.start()] or told or []
        if not named:
            continue
        value = FuzzyDate(date(named[-1].date.value.year, 1, 1), Precision.YEAR)
        found = _insert_in_place(
            found, TemporalMatch(match.start(), match.end(), match.group(), value, True)
        )
    return found


def _with_units_before(
    text: str,
    found: list[TemporalMatch],
    before: list[TemporalMatch],
    story: Sequence[tuple[str, list[TemporalMatch]]],
) -> list[TemporalMatch]:
    """Return `found` with "the week before," and the like added in their places."""
    for match in _UNIT_BEFORE_RE.finditer(text):
        if (match.group("bef_u") or "").lower() in ("year", "month") and _COMPARED_WITH_RE.search(
            text, max(0, match.start() - 16), match.start()
        ):
            continue  # "up 18 per cent on the year before": a figure's base, no date
        earlier = [m for m in found if m.end <= match.start()]
        value = _unit_before(match, [*before, *earlier], story)
        if value is not None:
            found.insert(
                len(earlier),
                TemporalMatch(match.start(), match.end(), match.group(), value, True),
            )
    return found


# "Forty-eight hours earlier", "24 hours later": whole days counted from the day just named
# (a count of hours that is no whole number of days names no day).
_HOURS_COUNTED_RE = re.compile(
    r"\b(?P<hrs_n>24|48|72|(?i:twenty-four|forty-eight|seventy-two))[-\s](?i:hours)\s+"
    r"(?P<hrs_w>(?i:later|earlier))\b(?!\s+than\b)"
)
_HOURS_IN_DAYS = {"24": 1, "48": 2, "72": 3, "twenty-four": 1, "forty-eight": 2}
_HOURS_IN_DAYS["seventy-two"] = 3


def _with_hours_counted(
    text: str, found: list[TemporalMatch], before: list[TemporalMatch]
) -> list[TemporalMatch]:
    """Return `found` with "48 hours earlier" and the like added in their places."""
    for match in _HOURS_COUNTED_RE.finditer(text):
        earlier = [m for m in found if m.end <= match.start()]
        reference = next(
            (
                m.date.value
                for m in reversed([*before, *earlier])
                if m.date.precision is Precision.DAY
            ),
            None,
        )
        if reference is None:
            continue
        days = _HOURS_IN_DAYS[match.group("hrs_n").lower()]
        days = days if match.group("hrs_w").lower() == "later" else -days
        value = FuzzyDate(reference + timedelta(days=days), Precision.DAY)
        found.insert(
            len(earlier), TemporalMatch(match.start(), match.end(), match.group(), value, True)
        )
    return found


# What every expression _TEMPORAL_RE matches holds: a digit (days, years, "3 weeks ago"),
# a month's full name (a bare month; with a day or a year it has digits), or one of these
# words in any letter case (weekdays end in "day"; "this morning", "last year", "tonight").
_DIGITS_RE = re.compile(r"\d+")
_MONTH_NAME_RE = re.compile(_MONTH_FULL)
_UNIT_WORDS = (
    "day",
    "week",
    "month",
    "year",
    "tonight",
    "tomorrow",
    "morning",
    "afternoon",
    "christmas",
)
_UNIT_WORDS += ("evening", "quarter", "fortnight", "night", "hours", "eve of")
# Rarer marks, searched behind substring tests that rule most texts out at once.
_RARE_MARKS_RE = re.compile("overnight|spring|summer|autumn|the fall|winter")


def expression_marks(text: str) -> list[int] | None:
    """Return the sorted positions of the marks every temporal expression holds one of,
    or None when `text` has letters whose case-insensitive matching str.lower does not
    model ("\u0131", "\u017f", or a letter lowered to two characters).

    A span of `text` with no mark holds no expression: `find_temporal_expressions` would
    find nothing in it, and need not be asked.
    """
    lowered = text.lower()
    if len(lowered) != len(text) or "\u0131" in lowered or "\u017f" in lowered:
        return None
    marks = [match.start() for match in _DIGITS_RE.finditer(text)]
    marks.extend(match.start() for match in _MONTH_NAME_RE.finditer(text))
    for word in _UNIT_WORDS:
        position = lowered.find(word)
        while position >= 0:
            marks.append(position)
            position = lowered.find(word, position + 1)
    if _has_season_or_night(lowered):
        marks.extend(match.start() for match in _RARE_MARKS_RE.finditer(lowered))
    marks.sort()
    return marks


def _has_season_or_night(text: str) -> bool:
    """Return True when text may hold a season or "overnight" (lower case words only)."""
    return (
        "spring" in text
        or "summer" in text
        or "autumn" in text
        or "fall" in text
        or "winter" in text
        or "overnight" in text
    )


# --- weekday consistency, used to infer a missing publication date -----------------------


def weekday_references(text: str) -> list[int]:
    """Return the weekday numbers (Monday=0) named in `text` without an explicit date."""
    weekdays: list[int] = []
    for match in _TEMPORAL_RE.finditer(text):
        if match.group("wd"):
            weekday = _WEEKDAY_NUMBERS[match.group("wd_name").lower()]
            if weekday not in weekdays:
                weekdays.append(weekday)
    return weekdays


def weekdays_agree(candidate: date, weekdays: list[int], events_on: list[date]) -> bool:
    """Return True when a publication date `candidate` fits the text's weekday references.

    `events_on` are the days of the happenings the text shares with a stored article. The
    rule: nothing to check (no weekday or no shared day) agrees; otherwise at least one
    shared day must fall in the six days up to and including `candidate` and be one of the
    weekdays the text names ("agreed Wednesday" fits a Wednesday happening reported that
    Wednesday or in the following six days, not a Thursday one or one two weeks earlier).
    """
    if not weekdays or not events_on:
        return True
    window_start = candidate - timedelta(days=6)
    return any(window_start <= day <= candidate and day.weekday() in weekdays for day in events_on)


def publication_date_consistent(
    candidate: date, text: str, events_on: list[date] | tuple[date, ...] = ()
) -> bool:
    """Return True when `text` could have been published on `candidate`.

    A happening the text reports cannot postdate its publication, a dateline's day with no
    year must be within a day of it (time zones), and the bare weekdays of the text must
    agree with the shared happenings (see `weekdays_agree`).
    """
    if any(day > candidate for day in events_on):
        return False
    filed = dateline_month_day(text)
    if filed is not None and filed_near(candidate, filed) is None:
        return False  # "BRUSSELS, Nov 20 (Reuters) -" filed no more than a day from it
    return weekdays_agree(candidate, weekday_references(text), list(events_on))


# --- display and UI parameters -----------------------------------------------------------

_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PARAM_RE = re.compile(r"(?P<y>\d{4})(?:-(?:W(?P<w>\d{1,2})|(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?))?")


def format_fuzzy_date(d: FuzzyDate) -> str:
    """Return a reader-facing label: "26 Sep 2018", "week of 24 Sep 2018", "May 2018", "2013"."""
    value = d.value
    if d.precision is Precision.YEAR:
        return str(value.year)
    if d.precision is Precision.MONTH:
        return f"{calendar.month_name[value.month]} {value.year}"
    label = f"{value.day} {_MONTH_ABBR[value.month - 1]} {value.year}"
    return f"week of {label}" if d.precision is Precision.WEEK else label


def parse_date_param(value: str) -> FuzzyDate:
    """Return the FuzzyDate of a filter value "2018", "2018-05", "2018-05-14" or "2018-W39"."""
    match = _PARAM_RE.fullmatch(value.strip())
    if match is None:
        raise ValueError(f"{value!r} is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www")
    year = int(match["y"])
    if match["w"]:
        try:
            return FuzzyDate(date.fromisocalendar(year, int(match["w"]), 1), Precision.WEEK)
        except ValueError:
            raise ValueError(f"{value!r}: {year} has no week {int(match['w'])}") from None
    if not match["m"]:
        return FuzzyDate(date(year, 1, 1), Precision.YEAR)
    month = int(match["m"])
    if not 1 <= month <= 12:
        raise ValueError(f"{value!r}: month must be between 01 and 12, not {month}")
    if not match["d"]:
        return FuzzyDate(date(year, month, 1), Precision.MONTH)
    day = int(match["d"])
    if _safe_date(year, month, day) is None:
        last = calendar.monthrange(year, month)[1]
        raise ValueError(f"{value!r}: day must be between 01 and {last} in {year}-{month:02d}")
    return FuzzyDate(date(year, month, day), Precision.DAY)


# Memoised: clustering asks for the same few hundred periods millions of times in an
# import (a cached answer costs a tenth of a computed one); FuzzyDate is frozen.
@functools.lru_cache(maxsize=4096)
def fuzzy_date_range(d: FuzzyDate) -> tuple[date, date]:
    """Return the first and last day of the period a FuzzyDate stands for."""
    start = fuzzy_date(d.value, d.precision).value
    if d.precision is Precision.DAY:
        return start, start
    if d.precision is Precision.WEEK:
        return start, start + timedelta(days=6)
    if d.precision is Precision.MONTH:
        return start, _shift_months(start, 1) - timedelta(days=1)
    return start, date(start.year, 12, 31)


# The dateline opening a wire or newspaper story: a place (capitals, or any capitalised
# words when an outlet or a date follows), perhaps its region, perhaps the date the story
# was filed, perhaps the outlet in brackets, then a dash or a colon: "TOKYO, Sept. 26
# (Reuters) -", "BEIJING, March 3 (Xinhua) --", "LONDON, 14 March 2023 —", "NEW DELHI:",
# "Buenos Aires, Argentina (AP) —"; a newswire's release names its issuer between slashes
# ("CALGARY, AB, Jan. 26, 2024 /CNW/ -", "LIMA, Peru, Nov. 17, 2026 /Example Ltd/ --").
# A place's letters: Latin ones, accented too ("BRASÍLIA", "ÅLESUND", "Łódź", "HÀ NỘI";
# the Latin Extended blocks alternate capitals and small letters, both taken).
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ"
# A dateline's date in Spanish, Portuguese or French, as a translated paper or an English
# edition keeps it: "21 de noviembre de 2026", "18 de novembro de 2026", "le 20 novembre
# 2026". Only a whole date with its year: a month name alone is no date in English copy.
_FOREIGN_MONTH_NUMBERS = {
    **dict.fromkeys(("enero", "janeiro", "janvier"), 1),
    **dict.fromkeys(("febrero", "fevereiro", "février", "fevrier"), 2),
    **dict.fromkeys(("marzo", "março", "marco", "mars"), 3),
    **dict.fromkeys(("abril", "avril"), 4),
    **dict.fromkeys(("mayo", "maio", "mai"), 5),
    **dict.fromkeys(("junio", "junho", "juin"), 6),
    **dict.fromkeys(("julio", "julho", "juillet"), 7),
    **dict.fromkeys(("agosto", "août", "aout"), 8),
    **dict.fromkeys(("septiembre", "setiembre", "setembro", "septembre"), 9),
    **dict.fromkeys(("octubre", "outubro", "octobre"), 10),
    **dict.fromkeys(("noviembre", "novembro", "novembre"), 11),
    **dict.fromkeys(("diciembre", "dezembro", "décembre", "decembre"), 12),
}
_FOREIGN_DATE = (
    r"(?:le\s+)?(?P<fd_d>3[01]|[12]\d|0?[1-9])(?:er|º|°)?\s+(?:de\s+)?"
    rf"(?P<fd_m>(?i:{'|'.join(sorted(_FOREIGN_MONTH_NUMBERS, key=len, reverse=True))}))"
    rf"\s+(?:de\s+)?(?P<fd_y>{_YEAR})"
)
_DATELINE_RE = re.compile(
    rf"\s*(?P<place>[{_UPPER}][{_LETTER}.'’\-]*(?:[ /][{_UPPER}][{_LETTER}.'’\-]*){{0,4}})"
    rf"(?:,\s*[{_UPPER}][{_LETTER}.]*(?:\s[{_UPPER}][{_LETTER}.]*){{0,2}})??"
    # ANI's "New Delhi [India], November 20 (ANI):": the country in square brackets
    rf"(?:\s\[[{_UPPER}][{_LETTER} ]{{1,30}}\])?"
    rf"(?:,?\s+(?P<date>(?:{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?"
    rf"|{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
    # "SANTIAGO, 25.11.2026 --", "OSLO, 2026-11-25 —": a numeric date with its year
    rf"|(?:3[01]|[12]\d|0?[1-9])[./](?:1[0-2]|0?[1-9])[./]{_YEAR}|{_YEAR}-[01]\d-[0-3]\d"
    rf"|{_FOREIGN_DATE})))?"
    # the outlet in brackets, or between slashes ("/EXAMPLE NEWS/", a release's "/Example
    # Ltd/"); EFE's "(EFE).-" closes it with a full stop and a dash, as a Latin American
    # paper's "Tumbes, November 22, 2026.-" closes its date's year
    # "RIVERTON, Nov. 5 Examplewire -": an agency's name with no brackets after the date
    r"\s*(?P<outlet>\([^()\n]{1,40}\)|/[A-Z][A-Za-z&.' ]{1,58}/"
    r"|(?<=\d\s)[A-Z][a-z]{2,20}(?=\s+[-–—]))?"
    r"\s*(?:--|(?:(?<=\))|(?<=\d{4}))\.-|[-–—]"
    r"|:(?=\s+[A-Z]))\s"
)


def _dateline(body: str) -> re.Match[str] | None:
    if not _may_hold_a_dateline(body):
        return None
    match = _DATELINE_RE.match(body)
    if match is None:
        return None
    place = match.group("place")
    if not (match.group("outlet") or match.group("date") or (place.isupper() and len(place) > 1)):
        return None  # "President Trump —": a sentence, not a dateline
    label = _HEADING_RE.match(f"{place}: ")
    if label is not None and label.end() == len(place):
        return None  # "TODAY: Ministers meet …": a newsletter's label
    return match


def _may_hold_a_dateline(text: str) -> bool:
    """True when `text` holds a character every dateline ends with (a dash or a colon:
    the last part of _DATELINE_RE). Most sentences hold none, and the import asks of
    every candidate's sentence whether it opens with a dateline (`signature_for`): the
    pattern's failing match costs six times this test."""
    return "-" in text or ":" in text or "\u2013" in text or "\u2014" in text


def opening_dateline(body: str) -> tuple[int, int] | None:
    """Return the span of the dateline opening `body`, or None. Its date is when the story
    was filed, not a happening it reports."""
    match = _dateline(body)
    return None if match is None else (match.start("place"), match.end())


def dateline_place(body: str) -> str | None:
    """Return the place of the dateline opening `body` ("HA NOI" of "HA NOI, Nov. 20
    (Lotus) --"), or None."""
    match = _dateline(body)
    return None if match is None else match.group("place")


def dateline_date(body: str) -> date | None:
    """Return the date the dateline opening `body` states with its year ("WASHINGTON,
    Sept. 26, 2018 (AP) —"), or None."""
    match = _dateline(body)
    if match is None or not match.group("date"):
        return None
    if match.group("fd_m"):
        month = _FOREIGN_MONTH_NUMBERS[match.group("fd_m").lower()]
        return _safe_date(int(match.group("fd_y")), month, int(match.group("fd_d")))
    found = find_temporal_expressions(match.group("date"), None)
    if len(found) == 1 and found[0].date.precision is Precision.DAY:
        return found[0].date.value
    return None


def dateline_month_day(body: str) -> tuple[int, int] | None:
    """Return (month, day) of a dateline opening `body` that states no year ("BRUSSELS,
    Nov 20 (Reuters) -"), or None."""
    match = _dateline(body)
    if match is None or not match.group("date") or re.search(r"\d{4}", match.group("date")):
        return None
    found = _TEMPORAL_RE.search(match.group("date"))
    if found is None or found.lastgroup not in ("md", "dm"):
        return None
    kind = found.lastgroup
    return _month_number(found.group(f"{kind}_m")), int(found.group(f"{kind}_d").rstrip("stndrh"))


def filed_near(stated: date, filed: tuple[int, int]) -> date | None:
    """Return the day of a yearless dateline (month, day) within a day of `stated`, in the
    year that puts it there, or None: a feed's date in UTC ("Sat, 21 Nov 2026 02:40 GMT")
    may be the day after the one the story was filed ("WASHINGTON, Nov 20")."""
    for year in (stated.year, stated.year - 1, stated.year + 1):
        day = _safe_date(year, *filed)
        if day is not None and abs((day - stated).days) <= 1:
            return day
    return None


def filed_by_update(body: str, updated: date) -> date | None:
    """Return the day a yearless opening dateline names ("GENEVA, Nov 18 (Example Wire) -")
    in the year that puts it on or before the story's stated last update, or None: a
    story is filed before it is corrected, so the update fixes the dateline's year."""
    filed = dateline_month_day(body)
    if filed is None:
        return None
    for year in (updated.year, updated.year - 1):
        day = _safe_date(year, *filed)
        if day is not None and day <= updated:
            return day
    return None


# How long before a bound (a feed's build date, a clipping's date) a yearless dateline's
# day may be: a feed holds the last weeks' items and a clipping is saved while it is news;
# an older day might be in another year, and none is taken.
_FILED_BEFORE_BOUND_DAYS = 31


def filed_shortly_before(body: str, bound: date) -> date | None:
    """Return the day a yearless opening dateline names ("SKOPJE, Nov 12 (Example) -") in
    the year that puts it on or before `bound`, a day by which the story was out (a feed's
    build date, the day a page was clipped), when that is at most a month before it; else
    None."""
    day = filed_by_update(body, bound)
    if day is None or (bound - day).days > _FILED_BEFORE_BOUND_DAYS:
        return None
    return day


# A page's address that files it by day or month: ".../2026/11/20/slug", ".../2026/11/slug".
_ADDRESS_DATE_RE = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(?:(0?[1-9]|[12]\d|3[01])/)?")


def address_day(address: str | None) -> date | None:
    """Return the day a story's address files it under (".../2026/11/09/slug"), or None."""
    if not address or "/" not in address:
        return None
    match = _ADDRESS_DATE_RE.search(address)
    if match is None or not match.group(3):
        return None
    return _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def filed_in_address(body: str, address: str | None) -> date | None:
    """Return the day a yearless opening dateline names when the story's address files it
    under a year and month, and a day if any, that agree with it (".../2026/11/20/..." with
    "COLOMBO, Nov 20"; the day may be one off, the address's day being UTC's); else None."""
    if not address or "/" not in address:
        return None
    match = _ADDRESS_DATE_RE.search(address)
    if match is None:
        return None
    filed = dateline_month_day(body)
    if filed is None:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if match.group(3):
        stated = _safe_date(year, month, int(match.group(3)))
        return filed_near(stated, filed) if stated is not None else None
    return _safe_date(year, *filed) if filed[0] == month else None


def published_on_filing_day(body: str, stated: date) -> date:
    """Return the day the story was filed when its opening dateline names it without a
    year, within a day of the `stated` publication date; else `stated`."""
    filed = dateline_month_day(body)
    return (filed_near(stated, filed) if filed is not None else None) or stated
