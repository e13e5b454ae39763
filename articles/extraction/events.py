"""Dated event candidates: one per sentence (or per coordinated clause) with a date.

Heuristics, kept general so they hold on outlets and negotiations we have never seen:
- Dates inside direct quotes are ignored: a quote's words are the speaker's, and a title
  built from them would put words in the timeline's mouth.
- A sentence is split at coordinating boundaries ("; ", ", and ", ", but ", ", while ")
  only when two parts carry their own dates ("Trump this week slapped tariffs on China,
  and on Wednesday he said ..."): each part is a happening of its own.
- When a part has several dates, the one nearest its main verb (the first verb-like word)
  is the date of the happening; a tie goes to the finer precision.
- The kind comes from trigger words in the date's own clause (between commas): the
  trigger verb nearest the date wins, then the nearest trigger noun, else OTHER.
- A part whose only verb is a copula with a figure ("the deficit was $69 billion last
  year") is a statistic, not a happening, and yields nothing.
- Planned means the verb nearest the date is future or conditional, the expression itself
  points ahead ("next week", "tomorrow"), or the date is after the publication date.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise

from articles.extraction.dates import (
    BARE_PLAN_VERBS,
    BARE_SCHEDULE_VERBS,
    dateline_place,
    expression_marks,
    find_temporal_expressions,
    fuzzy_date,
    fuzzy_date_range,
    is_future_context,
    numeric_day_first,
    opening_dateline,
    told_as_past_plan,
)
from articles.extraction.normalise import lexicon, prefix_gate, word_start
from articles.extraction.text import SpeakerLabel, speaker_labels
from articles.extraction.types import (
    ActorKind,
    ActorMention,
    ActorRef,
    EventCandidate,
    EventKind,
    FuzzyDate,
    Precision,
    Sentence,
    TemporalMatch,
)

__all__ = ["TITLE_MAX", "event_title", "extract_events", "happening_text"]

TITLE_MAX = 90
_TITLE_MIN = 25  # never cut a title shorter than this at a clause boundary
_ANY_ANCHOR = date(2000, 1, 1)  # where only the spans of relative dates matter

# --- quotes ------------------------------------------------------------------------------

_QUOTE_MARK_RE = re.compile(r"[“”\"]")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of `text` inside quotation marks, marks included."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for match in _QUOTE_MARK_RE.finditer(text):
        mark, position = match.group(), match.start()
        if mark == "”" and opened is None:
            spans.append((0, position + 1))  # a quote carried over from the last sentence
        elif opened is None:
            opened = position
        else:
            spans.append((opened, position + 1))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))  # a quote that goes on into the next sentence
    return [span for span in spans if not _quoted_time(text, *span)]


# A quoted phrase of time inside the writer's sentence ("hoped to close the deal “before
# the end of the first half of 2026.”"): the writer reports when, in the speaker's words.
_QUOTED_TIME_RE = re.compile(
    r"[“\"](?:(?:before|by|until|within|no\s+later\s+than)\s|(?:in|from|after)\s+(?:the\s+)?"
    r"(?:early|late|mid|end|first|second|third|fourth|start|middle|beginning|spring|summer"
    r"|autumn|fall|winter|next|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|(?:19|20)\d\d)\b)[^“”\"]{0,60}[”\"]"
)
_QUOTED_TIME_WORDS = 10


def _quoted_time(text: str, start: int, end: int) -> bool:
    """Return True when the quotation text[start:end] is only a phrase of time that the
    writer's own words lead into (a lowercase word before it)."""
    return (
        start > 1
        and text[start - 1] == " "
        and text[start - 2].islower()
        and _QUOTED_TIME_RE.fullmatch(text, start, end) is not None
        and len(text[start:end].split()) <= _QUOTED_TIME_WORDS
    )


def _without(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """Return text[start:end] with the `spans` left out."""
    pieces, position = [], start
    for span_start, span_end in spans:
        if span_end <= position or span_start >= end:
            continue
        pieces.append(text[position:span_start])
        position = span_end
    pieces.append(text[position:end])
    return " ".join(pieces)


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Return True when [start, end) lies within one of `spans`."""
    return any(s <= start and end <= e for s, e in spans)


# --- sentence parts ----------------------------------------------------------------------

# Boundaries between two happenings of one sentence: coordinated clauses, a clause of time
# after a comma (", after the talks failed on Sunday"), a participle clause (", ending talks
# that began in 2008") and "before/after" with a gerund ("on Tuesday before returning next
# week"). "and"/"but" without a comma and a participle clause (group "verb") start a
# happening only when a verb follows before the next date ("applied in 2021 and concluded
# the talks in 2023"; not ", raising pressure on Canada before a Friday deadline"). "and
# again" before a date repeats the happening ("met on Monday and again in March").
_COORDINATION_RE = re.compile(
    r";\s+|,\s+(?:and|but|while|whereas|after|before|when)\s+"
    # a relative clause with a past verb of its own: "a deal in 2019 that took effect in 2020"
    r"|,?\s(?:that|which)\s+(?=(?:[a-z]+ly\s+)?(?:(?:was|were|had\s+been)\s+)?"
    r"(?:[a-z]{2,}ed|began|took|came|became|won|held"
    r"|met|made|went|saw|left|fell|rose|grew|ran|gave|struck|drew|brought|sent)\s)"
    # the same with a subject of its own: "the regulation, which the EU postponed in October"
    r"|,\s(?:that|which)\s+(?=(?:the|its|their|[A-Z][\w.’'-]*)\s+(?:[\w.’'-]+\s+){0,2}?"
    r"(?:[a-z]{2,}ed|began|took|held|met|made|signed)\s)"
    r"|\s(?:before|after)\s+(?=[a-z]{3,}ing\s)|\s+and\s+again\s+"
    # a relative clause with a future of its own: "approved a rule on Monday that will
    # charge a duty from July 1", "ahead of talks that open on Tuesday"
    r"|,?\s(?:that|which)\s+(?=(?:will|would|opens?|begins?|starts?|ends?|closes?|runs?"
    r"|expires?)\s)"
    # "approved the deal on Thursday, clearing the way for its signature next month": the
    # next happening, named as such (not any participle: see the group "verb" below)
    r"|,\s+(?=(?:clearing|paving|opening)\s+the\s+way\s+(?:for|to)\s)"
    # "sign their agreement, in force from June that year" (", signed in April 2019 and in
    # force since 1 January 2020,"): the entry into force
    r"|(?:,|\s+and)\s+(?=(?:in\s+force|effective)\s+(?:from|since)\s)"
    # "cut the levy on Tuesday, effective Monday": when it applies is a happening too
    r"|,\s+(?=effective\s+(?!immediately\b))"
    # "approved it on Monday so that the pact can apply from the second quarter": a purpose
    # with a date of its own
    r"|\s+so\s+that\s+"
    # a relative clause without "that": "lift the duties it imposed in March 2021"
    r"|\s(?=(?:it|they|he|she|we)\s+(?:had\s+)?[a-z]{2,}ed\s)"
    # "deals since Abu Dhabi launched its programme in 2021", "unchanged since the Dáil voted
    # in 2024": "since" a clause, not a date; ", eight years after negotiations were
    # launched in 2017": a clause counted back
    r"|(?P<verb>,\s+(?=[a-z]{3,}ing\s)|\s(?:and|but|since)\s+"
    # "initialled the text on 3 May after the last quarrels were resolved in April": a clause
    # of time after the date, with a subject of its own
    r"|\s(?:after|before)\s+(?=(?:the|its|their|[A-Z][a-z]+)\s[^,;]{0,80}?"
    r"\b(?:was|were|had|has|have|[a-z]{3,}ed)\s)"
    r"|,\s+(?:(?:almost|nearly|about|some|over|just|(?:more|less|fewer)\s+than)\s+)?"
    r"(?:[a-z]+|\d+)\s+"
    r"(?:days?|weeks?|months?|years?|decades?)\s+(?:after|since)\s+"
    # … a clause with its verb ("after talks were launched"), not "after the last round,"
    r"(?=[^,;]{0,80}?\s(?:was|were|had|has|have|took|came|began|went|[a-z]{3,}ed)\s))"
)
# The comma closing a participle aside after the subject, before the main verb: "The
# agreement, signed in December 2023, entered into force on July 1, 2024" is two happenings.
# Also a relative clause with a past verb ("Negotiators, who concluded most chapters last
# year, are due to meet in mid-February") and a main verb in the present or future ("talks,
# relaunched over the weekend, are to hold a first round next month").
# A relative clause may open with "which" and hold any verb ("The agreement, which the two
# governments initialled in July, replaces"), a participle with an adverb ("first imposed
# in 2018"), and the main verb may be a present ("expires on Dec. 31") or "said".
_ASIDE_CLOSE_RE = re.compile(
    r",\s+(?:(?:who|which)\s|[a-z]{3,}ing\s|(?:[a-z]+ly\s+|first\s+)?(?:[a-z]{3,}ed|held|made|won|struck"
    # (the comma of "on June 1, 2015" is the date's, not the aside's close)
    r"|taken|given|begun|brought|sent|built|kept|paid|drawn|signed)\s)"
    r"(?:[^,;]|,(?=\s(?:19|20)\d\d\b))*(?P<close>,)\s+"
    r"(?=(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|took|came|became|began|went|won|held|met|made|fell|rose"
    r"|said|are|is|was|were|will|has|have|had|[a-z]{2,}[^s\W]s"
    # a schedule in the present plural: "The hearings, delayed in May, close on Friday"
    r"|open|begin|start|end|close|resume|expire)\s)"
)
_CLAUSE_BOUNDARY_RE = re.compile(r"[,;:—–()]")
# Two dates of a list ("briefings on 14 May and 28 May"), not the ends of a range.
_DATE_LIST_GAP_RE = re.compile(r"\s*(?:,|,?\s+and)\s+(?:again\s+)?(?:on\s+)?")
_RANGE_BEFORE_RE = re.compile(r"\b(?i:between|from)\s+$")


def _cut_between(text: str, match: re.Match[str], dates: list[TemporalMatch]) -> bool:
    """Return True when a boundary starts a new happening: a date follows it, and after a
    bare "and"/"but" or a participle a verb comes before that date."""
    following = next((m for m in dates if m.start >= match.end()), None)
    if following is None:
        return False
    if match.group("verb") is None:
        return True
    if _NAME_AND_RE.fullmatch(match.group()) and _inside_capitalised_name(text, match):
        return False  # "the Ministry of Industry and Trade said": a name's "and"
    # The verb is the part's own, not one of a "with" clause's before the date ("… rights
    # and the environment under their deal, | with unions pressing for them to be allowed
    # to register by next year": "and" joins two nouns, the clause is a part of its own).
    end = following.start
    if ", with " in text:
        clause = text.find(", with ", match.end(), end)
        end = end if clause < 0 else clause
    return (
        _VERB_RE.search(text, match.end(), end) is not None
        or _INTENT_RE.search(text, match.end(), end) is not None
        or _ENTRY_INTO_FORCE_RE.search(text, match.end(), end) is not None
        or _BARE_PRESENT_RE.match(text, match.end(), end) is not None
    )


# "opened in Zenda in May 2025 and plan a third round in March 2027", "… and officials
# expect a deal by June": a plural present with its object right after "and" (a short
# subject between) is a predicate of its own, though "plan" or "hold" alone may be nouns.
_PLAN_PRESENT_VERBS = lexicon(
    "plan expect intend hope aim want hold meet resume open launch sign schedule"
)
_BARE_PRESENT_RE = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:[a-z]+\s+){0,2}?(?:now\s+|also\s+)?"
    rf"(?:{'|'.join(sorted(_PLAN_PRESENT_VERBS))})\s+"
    r"(?:to|a|an|the|their|its|another|further|more|again)\b"
    # "met in July and resume talks in March", "… and reconvene in Strelsau in March": a
    # verb of meeting right after the "and" (no subject nor article, so no noun; a
    # singular's "-s" as in "and reconvenes in April" where no noun's plural reads the
    # same), then a plural object, the place's preposition or the date (which may hold its
    # "in")
    rf"|(?:then\s+|now\s+)?(?:{'|'.join(sorted(BARE_SCHEDULE_VERBS))})\s+"
    r"(?:$|(?:[a-z]+s|to|in|on|at|by|from|after|before|next|early|late)\s)"
)


# The bare present verbs above that may open a part right after "and", with no subject.
_BARE_PRESENT_VERBS = _PLAN_PRESENT_VERBS | BARE_SCHEDULE_VERBS

_NAME_AND_RE = re.compile(r"\sand\s+")
# a body's name of portfolios before the "and": "Ministry of Industry", "Chamber of
# Commerce", "Department for Business" (not a list of countries: "Austria and Ireland")
_NAME_WORD_BEFORE_RE = re.compile(
    r"\b(?:Ministry|Department|Minister|Secretary|Chamber|Council|Office|Bureau|Committee"
    r"|Federation|Association|Confederation|Institute|Agency|Authority)\s+(?:of|for)\s+"
    r"(?:[A-Z][a-z]+,?\s+){0,3}[A-Z][a-z]+$"
)
_NAME_WORD_AFTER_RE = re.compile(r"[A-Z][a-z]+\b")


def _inside_capitalised_name(text: str, match: re.Match[str]) -> bool:
    """Return True when a bare "and" joins two portfolios of a body's name ("the Ministry
    of Industry and Trade said"), not two names ("Austria and Ireland asked")."""
    before = _NAME_WORD_BEFORE_RE.search(text, max(0, match.start() - 80), match.start())
    return before is not None and _NAME_WORD_AFTER_RE.match(text, match.end()) is not None


# "froze the text in December and aim to sign it in May": a present verb of intent with
# its infinitive is a predicate of its own, as a schedule is ("was signed in May and is
# due to enter into force by the middle of next year").
_INTENT_RE = re.compile(
    # ("…, aiming to sign it by mid-2026": a participle of intent too)
    r"\b(?:(?:aim|hope|expect|intend|want|seek|plan|need)s?|(?:aim|hop|expect|intend|seek)ing"
    r"|planning"
    r"|(?:is|are)\s+(?:due|set|expected|scheduled|slated|likely))\s+to\s"
)


# "could be signed in early 2027 and enter into force by 2029": an entry into force after
# a modal's first verb is a second happening, though its bare verb has no tense.
_ENTRY_INTO_FORCE_RE = re.compile(r"\b(?:(?:enter|come)s?\s+into\s+force|takes?\s+effect)\b")


_BARE_ENTRY_TITLE_RE = re.compile(r"(?:Enter|Come)\s+into\s+force\b|Take\s+effect\b")
_MODAL_BEFORE_RE = re.compile(
    r"\b(?:will|would|could|should|might|must|may|(?:is|are)\s+(?:due|expected|set|likely)"
    r"\s+to)\s"
)


# Predicates listed for one subject: "They began in 2010, were narrowed to an interim deal
# in 2022, and were paused in September 2023" (after a verb: not the close of an aside, as
# in "The ban, in place since 2020, was raised")
_LISTED_PREDICATE_RE = re.compile(
    r",\s+(?=(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s)"
)


def _predicate_cuts(text: str) -> list[int]:
    """Return where a listed predicate of the sentence's subject starts (its comma)."""
    return [
        match.start()
        for match in _LISTED_PREDICATE_RE.finditer(text)
        if _VERB_RE.search(text, 0, match.start()) is not None
    ]


# "The duties announced in March will be phased out from January": a date that closes a
# participle after the subject, right before the main verb.
_FINITE_AFTER_RE = re.compile(r"\s+(?:will|would|was|were|is|are|remains?|remained|has|have|had)\s")
_FINITE_BEFORE_RE = re.compile(r"\b(?:will|would|was|were|is|are|has|have|had|be|been)\b")


def _participle_cuts(text: str, dates: list[TemporalMatch]) -> list[int]:
    """Return where a date closing a participle inside the subject ends: a verb-like word
    and no finite one between the clause start and the date, a finite verb after it."""
    cuts = []
    for m in dates[:-1]:
        if _FINITE_AFTER_RE.match(text, m.end) is None:
            continue
        left = 0
        for boundary in _CLAUSE_BOUNDARY_RE.finditer(text, 0, m.start):
            left = boundary.end()
        if (
            _VERB_RE.search(text, left, m.start) is not None
            and _FINITE_BEFORE_RE.search(text, left, m.start) is None
        ):
            cuts.append(m.end)
    return cuts


# "After the ministers met on Tuesday, the secretariat said the text would be ready on
# Friday": a clause of time opening the sentence is a happening of its own. A fronted
# phrase of cause or time ("Following a complaint from growers, Ruritania cut …") is not
# the title's subject either.
_OPENING_CLAUSE_RE = re.compile(
    r"(?:After|Before|When|Once|Since|Until|While|If|Unless|Following|Despite|Amid"
    r"|Ahead\s+of)\s[^,;]{5,}?(?=,\s)"
)
# "Should the Senate approve it, …": a condition told by inversion, no date of its own
_INVERTED_CONDITION_RE = re.compile(r"Should\s[^,;]{5,}?,\s(?=(?:[Tt]he\s|[A-Z]))")


# A past verb or participle with its own date after the main clause's: "will meet in
# London from 7 to 9 December for the last round of talks on an agreement launched in June
# 2022", "the one Washington signed with Tokyo in March", "the previous round, held in
# Riyadh in September". Its preposition (or the date) must follow: "the proposed deal" is
# an adjective.
# (after an object pronoun too: "the committee examined it on 9 July")
_PREPOSITION_AFTER_RE = re.compile(
    r"\s+(?:(?:it|them)\s+)?(?:in|on|at|with|by|from|during|for|last|earlier|this|between|under)\b"
)
_NOUN_PHRASE_START_RE = re.compile(
    r"(?:,\s+|\b(?:a|an|the|its|their|his|her|both|all|these|those|our|many|most)\s+)[^,;:]{0,40}$"
)


def _second_predicate_cuts(text: str, dates: list[TemporalMatch]) -> list[int]:
    """Return where a second dated predicate starts: the noun phrase (or comma) before
    the last past verb ahead of a date, when the date before it has a verb of its own."""
    cuts = []
    for left, right in pairwise(dates):
        verb = None
        for verb in _VERB_RE.finditer(text, left.end, right.start):  # noqa: B007
            pass
        if verb is None or not (
            verb.end() == right.start - 1
            or text.startswith(" " + right.text, verb.end())
            or _PREPOSITION_AFTER_RE.match(text, verb.end())
        ):
            continue
        if verb.group() in _AUXILIARIES or _AUXILIARY_BEFORE_RE.search(text, 0, verb.start()):
            continue
        if _VERB_RE.search(text, 0, left.start) is None:
            continue  # a fronted date: the next verb is its own
        if text.endswith(" and ", 0, verb.start()) and not _RELATIVE_PRONOUN_RE.search(
            text, 0, left.start
        ):
            # "were paused in October 2023 after a meeting in Osaka | and relaunched in June
            # 2025": a predicate of the sentence's subject, not of the noun before "and"
            cuts.append(verb.start() - 5)
            continue
        phrase = _NOUN_PHRASE_START_RE.search(text, max(left.end, verb.start() - 50), verb.start())
        cuts.append(phrase.start() if phrase is not None else verb.start())
    return cuts


_AUXILIARIES = frozenset({"will", "would", "could", "shall", "should", "might", "must"})
# A relative clause before the dates: its own subject holds the predicates after "and"
# ("which Manila lowered in 2021 … and restored in January").
_RELATIVE_PRONOUN_RE = re.compile(r"\b(?:which|who|whom|that)\b")
_AUXILIARY_BEFORE_RE = re.compile(r"\b(?:has|have|had|was|were|is|are|be|been|being|to)\s+$")


# A listed clause's subject after the comma that closes the date before it: "…, President
# Jane Doe signed it on 2 May, and …", "…, the chamber opened its debate on 9 May, and …"
_LISTED_SUBJECT_RE = re.compile(r",\s+(?:[A-Z]|the\s)")
_LIST_CLOSE_RE = re.compile(r",\s+and\s")


def _listed_clause_cuts(text: str, dates: list[TemporalMatch]) -> list[int]:
    """Return where a clause of a list of three or more dated clauses starts ("The Senate
    approved it on 22 October, the President signed it on 29 October, and …"): the comma
    after a date, when a subject and a verb of their own follow before the next date and
    the list closes with ", and"."""
    cuts = []
    for left, right in pairwise(dates):
        if (
            _LISTED_SUBJECT_RE.match(text, left.end) is not None
            and not any(mark in text[left.end + 1 : right.start] for mark in ",;:")
            and _VERB_RE.search(text, left.end + 1, right.start) is not None
            and _VERB_RE.search(text, 0, left.start) is not None
            and _LIST_CLOSE_RE.search(text, right.end) is not None
        ):
            cuts.append(left.end)
    return cuts


# "will exchange offers by 15 January, | hold a round between 14 and 17 February, | and
# aim to …": bare verbs listed after a modal, each a planned happening with its own date
_LISTED_BARE_VERBS = "|".join(sorted(BARE_PLAN_VERBS))
_LISTED_BARE_VERB_RE = re.compile(rf",\s+(?:and\s+)?(?:{_LISTED_BARE_VERBS})\s")
# the title of such a part: the bare verb opening it
_LISTED_BARE_TITLE_RE = re.compile(rf"(?i:{_LISTED_BARE_VERBS})\s+[a-z]")


# "wrote on Monday asking for a review | before the second stage of cuts on 1 April": a
# happening named by a short noun phrase after "before" and dated at the sentence's end is
# a scheduled happening of its own, apart from the earlier date
_BEFORE_DATED_PHRASE_RE = re.compile(
    r"\s(?:before|ahead\s+of)\s+the\s+(?:[a-z][\w’'-]*\s+){1,6}?(?=(?:on|in|from)\s)"
)


def _before_dated_phrase_cuts(text: str, dates: list[TemporalMatch]) -> list[int]:
    """Return where "before the <noun phrase> <its date>" opens, when a date comes before
    it and its own date closes the sentence."""
    last = dates[-1]
    match = _BEFORE_DATED_PHRASE_RE.search(text, dates[-2].end)
    if (
        match is None
        or match.end() != last.start
        or text[last.end :].strip(" .") != ""
        or _VERB_RE.search(text, match.start() + 1, last.start) is not None
    ):
        return []
    return [match.start()]


def _modal_list_cuts(text: str, dates: list[TemporalMatch]) -> list[int]:
    """Return where a bare verb listed after a modal's dated predicate starts (the comma
    after that predicate's date), when a date of its own follows before any other comma."""
    return [
        left.end
        for left, right in pairwise(dates)
        if _LISTED_BARE_VERB_RE.match(text, left.end) is not None
        and not any(mark in text[left.end + 1 : right.start] for mark in ",;:")
        and _MODAL_BEFORE_RE.search(text, 0, left.start) is not None
    ]


# "decided on Monday | to reopen the talks next spring": a decision's date, then what was
# decided, with a date of its own
_DECIDED_BEFORE_RE = re.compile(
    r"\b(?:agreed|decided|voted|pledged|promised|vowed|resolved|undertook)\s+$"
)
_INFINITIVE_AFTER_RE = re.compile(r"\s+to\s+(?!be\b)[a-z]{3,}\s")


def _decided_cuts(text: str, dates: list[TemporalMatch]) -> list[int]:
    """Return where what was decided starts after the decision's date ("decided on Monday
    to reopen the talks next spring"): the end of that date."""
    return [
        left.end
        for left, right in pairwise(dates)
        if _INFINITIVE_AFTER_RE.match(text, left.end) is not None
        and _DECIDED_BEFORE_RE.search(text, max(0, left.start - 12), left.start) is not None
        # "agreed on Monday to prolong the pause to the end of May", "to study the text
        # before May": a span's end or a deadline, no happening of its own
        and _SPAN_END_BEFORE_RE.search(text, max(0, right.start - 8), right.start) is None
        and not right.text.lower().startswith(_SPAN_END_WORDS)
        # "agreed on Thursday to start talks on a pact like the one Ruritania signed in
        # March": the date is the relative clause's verb's, not the decided happening's
        and _VERB_RE.search(text, left.end, right.start) is None
    ]


_SPAN_END_WORDS = ("to ", "until ", "till ", "through ", "before ", "by ", "within ")
_SPAN_END_BEFORE_RE = re.compile(r"\b(?:to|until|till|through|before|by|within)\s+$")


# "signed a memorandum in October 2023 | and a customs agreement on 14 June 2024": a
# second dated object of the same verb, a happening of its own (no verb of its own between
# "and" and its date; a determiner opens it, not a figure)
_DATED_OBJECT_AFTER_RE = re.compile(
    r"\s+and\s+(?:a|an|the|its|their|his|her|our|another)\s+[^,;:()“”\"—–]{1,60}?\s+$"
)


_DATED_OBJECT_OPEN_RE = re.compile(r"\s+and\s+(?=(?:a|an|the|its|their|his|her|our|another)\s)")
# Words of time in the second object: one period after another ("rose in 2024 and the first
# quarter of 2025"), no second object
_TIME_NOUN_RE = re.compile(
    r"\b(?:quarter|half|year|month|week|season|period|end|start|beginning|middle|rest)s?\b"
)


def _object_list_cuts(text: str, dates: list[TemporalMatch]) -> list[int]:
    """Return where a second dated object of the sentence's verb starts ("signed a pact in
    2023 and a protocol in May 2024"): the end of the date before it."""
    return [
        left.end
        for left, right in pairwise(dates)
        if _DATED_OBJECT_AFTER_RE.fullmatch(text, left.end, right.start) is not None
        and _VERB_RE.search(text, left.end, right.start) is None
        and _TIME_NOUN_RE.search(text, left.end, right.start) is None
        and _VERB_RE.search(text, 0, left.start) is not None
        and not _RANGE_BEFORE_RE.search(text, max(0, left.start - 10), left.start)
        and not left.text.lower().startswith(("from ", "between "))
    ]


def _dated_after(position: int, dates: list[TemporalMatch]) -> bool:
    """Return True when one of the dates starts at or after `position`."""
    return dates[-1].start >= position


def _list_cuts(text: str, dates: list[TemporalMatch]) -> list[int]:
    """Return where a list of same-precision dates splits ("on 14 May and 28 May")."""
    cuts = []
    for left, right in pairwise(dates):
        gap = _DATE_LIST_GAP_RE.fullmatch(text, left.end, right.start)
        if (
            gap is not None
            and left.date.precision is right.date.precision
            and not _RANGE_BEFORE_RE.search(text, max(0, left.start - 10), left.start)
            and not left.text.lower().startswith(("from ", "between "))
        ):
            cuts.append(left.end)
    return cuts


# ", the trade ministry said Wednesday, ...": a dated statement is a happening of its own,
# apart from the date of what it reports.
_DATED_ATTRIBUTION_RE = re.compile(
    r",\s+(?:[\w.’'-]+\s+){0,6}?(?:said|says|announced|added|stated"
    # "told reporters", "told business groups on Friday", "told the committee"
    r"|told\s+(?:[a-z]+\s+){0,2}[a-z]+)\s+(?:on\s+)?"
)


# ", negotiators said after the round ended on Thursday": the attribution brings a
# happening of its own, dated apart from what was said.
_ATTRIBUTION_AFTER_RE = re.compile(
    r",\s+(?:[\w.’'-]+\s+){0,4}?(?:said|says|announced)\s+(?:after|when|as)\s+"
)
# "Brasília said on Monday evening that it would ...": a dated attribution opening the
# sentence, before what was said (which may have its own date). The speaker may be a body
# of up to ten words ("The Ruritanian National Chamber of Commerce and Industry said").
_OPENING_DATED_ATTRIBUTION_RE = re.compile(
    r"^(?:[\w.’'-]+\s+){1,10}?(?:said|says|announced|told\s+reporters)\s+"
    # "said in a statement on Tuesday that …": how it was said may come before the date
    r"(?:in\s+an?\s+(?:statement|letter|note|release|interview)\s+)?(?:on\s+)?"
)
# "… said on Monday that", "… said in March it would": what was said opens after the date
_THAT_AFTER_DATE_RE = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:that\b"
    r"|(?=(?:it|they|he|she|we)\s+(?:would|will|could|had|was|were)\b))"
)


def _attribution_cuts(text: str, dates: list[TemporalMatch]) -> list[int]:
    """Return where a dated attribution clause starts (its comma) and ends (its date), and
    where one opening the sentence ends ("X said on Monday | that ...")."""
    cuts = []
    for match in _DATED_ATTRIBUTION_RE.finditer(text):
        # The date right after the verb ("said Wednesday", "said on Friday"; the date's
        # own text may hold the "on").
        starts = {match.end(), match.end() - 3}
        for m in dates:
            if m.start in starts and match.start() < m.start:
                cuts += [match.start(), m.end]
    for match in _ATTRIBUTION_AFTER_RE.finditer(text):
        cuts.append(match.start())
    opening = _OPENING_DATED_ATTRIBUTION_RE.match(text)
    if opening is not None:
        starts = {opening.end(), opening.end() - 3}
        for m in dates:
            if m.start in starts:
                that = _THAT_AFTER_DATE_RE.match(text, m.end)
                # only when what was said has a date of its own, and not all of its dates
                # are those of a second predicate after its own verb ("… that progress was
                # made at the last round, held in Strelsau in May": the participle's part,
                # which a cut here would lose)
                if (
                    that is not None
                    and dates[-1].start > that.end()
                    and not any(
                        that.end() < cut < dates[-1].start
                        and not any(that.end() <= d.start < cut for d in dates)
                        and _VERB_RE.search(text, that.end(), cut) is not None
                        for cut in _second_predicate_cuts(text, dates)
                    )
                ):
                    cuts.append(that.end())
    return cuts


# "rose from about 4% in 2020 to more than 20% late last year": two figures, each dated.
_FIGURE_TO_FIGURE_RE = re.compile(
    r"\s+to\s+(?:(?:under|over|about|around|almost|nearly|just|some|more|less|than)\s+){0,3}"
    r"(?:[£$€¥]|US\$|\d)"
)
_FROM_FIGURE_RE = re.compile(
    r"\bfrom\s+(?:(?:under|over|about|around|almost|nearly|just|some)\s+)?(?:[£$€¥]|US\$|\d)"
)


def _figure_cuts(text: str, dates: list[TemporalMatch]) -> list[int]:
    """Return where "from <figure> <date> to <figure> <date>" turns to its second figure."""
    cuts = []
    for match in _FIGURE_TO_FIGURE_RE.finditer(text):
        before = [m for m in dates if m.end <= match.start()]
        after = [m for m in dates if m.start >= match.end()]
        if not before or not after:
            continue
        opening = _FROM_FIGURE_RE.search(text, max(0, before[-1].start - 40), before[-1].start)
        if opening is not None:
            cuts.append(match.start())
    return cuts


# "concluded the round in Kuala Lumpur today, | with both sides aiming to sign the pact by
# mid-2026": a "with" clause whose subject aims at a happening of its own
_WITH_AIM_RE = re.compile(
    r",\s+with\s+(?:[\w’'-]+\s+){1,4}?"
    r"(?:aiming|hoping|expecting|planning|intending|seeking|targeting|looking"
    r"|pressing|pushing|calling|lobbying|campaigning)\s+(?:to|for)\s"
    # "…, with ratification pencilled in for the second half": a happening scheduled
    r"|,\s+with\s+(?:[\w’'-]+\s+){1,4}?(?P<scheduled>scheduled|planned|pencill?ed\s+in|slated"
    r"|earmarked)\s+(?:for|to|in|on)\s"
    # "…, with two more to follow by the end of next year", "…, with a second due in March"
    r"|,\s+with\s+(?:[\w’'-]+\s+){1,4}?(?:to\s+follow|due)\s"
)


def _dates_in_clause(text: str, position: int, dates: list[TemporalMatch]) -> bool:
    """Return True when a date lies between `position` and the next comma (or the end)."""
    comma = text.find(",", position)
    end = len(text) if comma < 0 else comma
    return any(position <= m.start and m.end <= end for m in dates)


def _parts(text: str, dates: list[TemporalMatch]) -> list[tuple[int, int, list[TemporalMatch]]]:
    """Return (start, end, dates) for each coordinated part of a sentence that has a date."""
    if len(dates) < 2:
        return [(0, len(text), dates)]
    cuts = [0]
    boundaries = sorted(
        [
            *((m.start(), m) for m in _COORDINATION_RE.finditer(text)),
            *((cut, None) for cut in _list_cuts(text, dates)),
            *((cut, None) for cut in (_object_list_cuts(text, dates) if " and " in text else ())),
            *((cut, None) for cut in _participle_cuts(text, dates)),
            *((cut, None) for cut in _second_predicate_cuts(text, dates)),
            *((cut, None) for cut in _decided_cuts(text, dates)),
            *((cut, None) for cut in (_modal_list_cuts(text, dates) if ", " in text else ())),
            *(
                (cut, None)
                for cut in (
                    _before_dated_phrase_cuts(text, dates)
                    if " before the " in text or " ahead of the " in text
                    else ()
                )
            ),
            *(
                (cut, None)
                for cut in (_listed_clause_cuts(text, dates) if ", and " in text else ())
            ),
            *(
                (m.end(), None)
                for m in [_OPENING_CLAUSE_RE.match(text)]
                if m is not None and _dated_after(m.end(), dates)
            ),
            *(
                (m.end(), None)
                for m in [_OPENING_FRAME_RE.match(text) if text[:1] in "UAI" else None]
                if m is not None and _dated_after(m.end(), dates)
            ),
            *((cut, None) for cut in _attribution_cuts(text, dates)),
            *((cut, None) for cut in (_predicate_cuts(text) if ", w" in text else ())),
            *((cut, None) for cut in (_figure_cuts(text, dates) if " from " in text else ())),
            *(
                (m.start(), None)
                for m in (_WITH_AIM_RE.finditer(text) if ", with " in text else ())
                if _dates_in_clause(text, m.end(), dates)
            ),
            *(
                (m.start("close"), None)
                for m in _ASIDE_CLOSE_RE.finditer(text)
                if _dated_after(m.end(), dates)
            ),
        ],
        key=lambda item: item[0],
    )
    quoted = _quoted_spans(text) if _QUOTE_MARK_RE.search(text) else []
    for position, match in boundaries:
        if text.startswith(", ", position) and _lists_name_fields(text, position):
            # "…, the Ministry of Investment, | Trade and Industry said": the part opens
            # before the name
            position = max(text.rfind(", ", 0, position), cuts[-1])
        # Cut only where a date lies on each side of the boundary, and never inside a
        # quotation ("had been “positive and forward-looking” and that ...")
        if not any(m.end <= position and m.start >= cuts[-1] for m in dates):
            continue
        if any(s < position < e - 1 for s, e in quoted):
            continue
        if match is None or _cut_between(text, match, dates):
            cuts.append(position)
    cuts.append(len(text))
    parts = []
    for start, end in pairwise(cuts):
        inside = [m for m in dates if start <= m.start and m.end <= end]
        if inside:
            parts.append((start, end, inside))
    return parts


def _local_clause(text: str, start: int, end: int, part: tuple[int, int]) -> tuple[int, int]:
    """Return the clause (between commas and the like) around text[start:end]."""
    left = part[0]
    for match in _CLAUSE_BOUNDARY_RE.finditer(text, part[0], start):
        left = match.end()
    right = part[1]
    boundary = _CLAUSE_BOUNDARY_RE.search(text, end, part[1])
    if boundary:
        right = boundary.start()
        if not text[end : boundary.start()].strip():
            # A fronted date ("On Wednesday, Japan agreed"): its clause is the next one.
            following = _CLAUSE_BOUNDARY_RE.search(text, boundary.end(), part[1])
            right = following.start() if following else part[1]
    return left, right


# --- verbs, kinds and statistics ---------------------------------------------------------

_PAST_IRREGULAR = (
    "said|told|met|made|took|held|began|went|came|gave|left|won|lost|saw|sent|spoke|wrote"
    "|rose|fell|brought|bought|sold|struck|drew|withdrew|became|grew|kept|led|paid|ran"
    "|stood|thought|understood|did|got|found|knew|chose|broke|felt|hit|put|set|cut"
)
# \b(?:will|would|could|shall|should|might|must|(?:has|have|had)\s+[a-z]+|<irregular>
# |says|tells|meets|agrees|plans|[a-z]{2,}ed)\b, opening with one class (see word_start)
_VERB_RE = re.compile(
    word_start(
        [
            *"will would could shall should might must".split(),  # noqa: SIM905
            *(rf"{auxiliary}\s+[a-z]+" for auxiliary in ("has", "have", "had")),
            *_PAST_IRREGULAR.split("|"),
            *"says tells meets agrees plans".split(),  # noqa: SIM905
        ],
        regex=True,
        fallback=("a-z", "[a-z]+ed"),
    )
    + r"\b"
)
_COPULA_RE = re.compile(
    word_start(["was", "were", "is", "are", "stood at", "totalled", "totaled", "amounted to"])
    + r"\b"
)
# "[$€£¥]\s?\d|\d[\d,.]*\s*(?:%|…)" opening with one class
_FIGURE_RE = re.compile(
    r"[$€£¥\d](?:(?<=[$€£¥])\s?\d"
    r"|(?<=\d)[\d,.]*\s*(?:%|percent|per\s+cent|billion|million|trillion|thousand))"
)
_COPULA_WORDS = frozenset({"was", "were", "is", "are", "stood", "totaled", "totalled"})

_GAP = r"(?:[\w$%.,’'-]+\s+){0,6}?"  # a few words between a verb and its object
_KIND_PATTERNS: tuple[tuple[EventKind, bool, str], ...] = (
    # (kind, is_verb, pattern): verbs say what happened, nouns only what it was about.
    (
        EventKind.WITHDRAWAL,
        True,
        r"withdr[ae]w[a-z]*|pull(?:s|ed|ing)?\s+(?:[\w.’'-]+\s+){0,4}?out|quit(?:s|ting)?"
        r"|exit(?:s|ed|ing)?|left(?!\s+by\b)|leaves|leaving|walk(?:s|ed)?\s+(?:away|out)",
    ),
    (
        EventKind.TARIFF_ACTION,
        True,
        rf"(?:impos|slapp?|rais|hik|lev(?:i|y)|increas|doubl|tripl|announc|plac|put)[a-z]*\s+"
        rf"{_GAP}(?:tariffs?|duties|levies)"
        r"|(?:tariffs?|duties)\s+(?:[\w$%.,-]+\s+){0,4}?(?:were|was|are|is|be)?\s*"
        r"(?:imposed|raised|increased|levied|took\s+effect|went\s+into\s+effect)",
    ),
    (
        EventKind.INVESTIGATION,
        True,
        rf"(?:launch|open|start|begin|began|initiat|order)[a-z]*\s+{_GAP}"
        r"(?:investigation|probe|inquiry)",
    ),
    (
        EventKind.AGREEMENT,
        True,
        r"agree(?:s|d|ing)?|sign(?:s|ed|ing)?|clinch(?:es|ed|ing)?|struck|ratif(?:y|ied|ies)"
        r"|conclud(?:e|ed|es)|seal(?:s|ed)?|reach(?:es|ed)?\s+(?:an?\s+)?(?:\w+\s+){0,3}?"
        r"(?:deal|agreement|accord|pact|understanding)"
        r"|(?:enter(?:s|ed|ing)?|c[oa]m(?:e|es|ing))\s+into\s+force",
    ),
    (
        EventKind.MEETING,
        True,
        r"met|meet(?:s|ing)?|hosted|visit(?:s|ed)?|talk(?:s|ed|ing)\s+(?:to|with)"
        r"|held\s+(?:[\w-]+\s+){0,3}?(?:talks|meeting|summit|discussions|call)",
    ),
    (
        EventKind.NEGOTIATION_ROUND,
        True,
        r"negotiat(?:e|ed|es|ing)|(?:open|begin|began|begun|start|launch|enter|resum|hold)"
        r"[a-z]*\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|round)"
        r"|(?:talks|negotiations)\s+(?:(?:were|was|had|have|has)\s+(?:been\s+)?)?"
        r"(?:suspended|paused|stalled|collapsed|broke\s+down)",
    ),
    (EventKind.ANNOUNCEMENT, True, r"announc(?:e|ed|es|ing)|unveil(?:s|ed)?|declared"),
    (
        EventKind.STATEMENT,
        True,
        r"said|says|told|stated|tweeted|warned|stressed|insisted|argued|noted|pledged|vowed"
        r"|promised|repeated|reiterated",
    ),
    (EventKind.AGREEMENT, False, r"agreement|deal|pact|accord|treaty"),
    (EventKind.TARIFF_ACTION, False, r"tariffs?|duties"),
    (EventKind.INVESTIGATION, False, r"investigation|probe|inquiry"),
    (EventKind.MEETING, False, r"summit|meeting"),
    (EventKind.NEGOTIATION_ROUND, False, r"talks|negotiations|round"),
    (EventKind.WITHDRAWAL, False, r"withdrawal"),
    (EventKind.ANNOUNCEMENT, False, r"announcement"),
    (EventKind.STATEMENT, False, r"statement"),
)
# One pass finds every trigger; the group name says which entry of _KIND_PATTERNS matched.
# The gate (the opening letters of every pattern, as a trie) keeps the scan cheap at other
# words: it is tried at every word start, so it must reject most words in a letter or two.
_KIND_PREFIXES = lexicon(
    """
    withdr pull quit exit lef lea walk imp sla rai hik lev inc dou tri ann pla put tar dut lau
    ope sta beg ini ord agr sig cli str rat con sea rea met mee hos vis tal hel neg ent res hol
    unv dec sai say tol twe war ins arg not ple vow pro dea pac acc tre inv inq sum rou
    com cam rep rei
    """
)
_KIND_GATE = r"\b(?=[a-z])(?=" + prefix_gate(_KIND_PREFIXES, caseless=True) + ")"
_KIND_RE = re.compile(
    _KIND_GATE
    + "(?:"
    + "|".join(
        rf"(?P<k{index}>(?:{pattern})\b)" for index, (_, _, pattern) in enumerate(_KIND_PATTERNS)
    )
    + ")",
    re.IGNORECASE,
)


def _kind_near(text: str, start: int, end: int, clause: tuple[int, int]) -> EventKind:
    """Return the kind of the trigger nearest text[start:end] within `clause`."""
    best: tuple[int, int, int] | None = None  # (noun?, distance, pattern index)
    for match in _KIND_RE.finditer(text, clause[0], clause[1]):
        index = int(match.lastgroup[1:])  # type: ignore[index]
        _, is_verb, _ = _KIND_PATTERNS[index]
        distance = max(match.start() - end, start - match.end(), 0)
        key = (0 if is_verb else 1, distance, index)
        if best is None or key < best:
            best = key
    return EventKind.OTHER if best is None else _KIND_PATTERNS[best[2]][0]


def _is_statistic(text: str) -> bool:
    """Return True when a clause states a figure with a copula and no other verb."""
    if not (_COPULA_RE.search(text) and _FIGURE_RE.search(text)):
        return False
    return all(verb.group() in _COPULA_WORDS for verb in _VERB_RE.finditer(text))


# The period a figure covers: "in the first nine months of 2025", "the same period last
# year" (not "the first half of this year": a plan is due then)
_WINDOW_RE = re.compile(
    r"\b(?i:(?:first|last|past|opening|final)\s+(?:[\w-]+\s+)?"
    r"(?:days|weeks|months|quarters)\s+of|(?:the\s+)?same\s+(?:period|months?|quarter)"
    r"(?:\s+of)?)\s+$"
)


# The writer speaking to the reader outside quotes: a newsletter's furniture, no happening.
# (and a live page's standfirst to its reader: "Follow the latest as the two sides meet")
_READER_RE = re.compile(
    r"\b(?i:you|your)\b|^\s*(?:Follow|Stay\s+with)\s+(?:the|our|all)\s+"
    r"(?:latest|live|updates?|coverage)\b"
)
# "in the quarter ended June 30", "the year to March": a reporting period, with or without
# its figure
_PERIOD_END_RE = re.compile(
    r"\b(?i:quarter|half|year|month|period|week)s?\s+(?i:ended|ending|to|through)\s+$"
)


# "keeps its quotas until 2041", "extend the tariff by 20 years, until 2041": a year that
# only closes a period (a phase-out, a quota, a transition) names no happening of its own.
# Something is said to happen then when a deadline's infinitive or a time taken follows
# ("had until 2028 to finish", "took until 2023 for both sides to restart") or the verb
# moves a happening to it ("postponed the vote until 2027").
_PERIOD_END_YEAR_RE = re.compile(r"(?:[Uu]ntil|[Tt]ill|[Tt]hrough)\s+(?:19|20)\d\d")
_HAPPENS_AT_END_AFTER_RE = re.compile(r"\s+(?:to|for)\s")
_HAPPENS_AT_END_BEFORE_RE = re.compile(
    r"\b(?:take|takes|took|taken|taking|wait|waits|waited|postponed?|postpones|delay(?:s|ed)?"
    r"|deferr?(?:s|ed)?|put\s+off|push(?:es|ed)?\s+back|adjourn(?:s|ed)?)\b[^,;:]{0,60}$"
)


def _closes_period(text: str, match: TemporalMatch) -> bool:
    """Return True when `match` is a bare "until 2041" closing a period, no happening."""
    if not _PERIOD_END_YEAR_RE.fullmatch(match.text):
        return False
    if _HAPPENS_AT_END_AFTER_RE.match(text, match.end):
        return False
    return _HAPPENS_AT_END_BEFORE_RE.search(text, max(0, match.start - 80), match.start) is None


# "in fiscal 2023-24, which ended in March": when a fiscal year ends, no happening
_FISCAL_YEAR_END_RE = re.compile(
    r"(?:\b(?i:fiscal|financial)\b|\bFY)[^,.;]{0,24},\s+which\s+"
    r"(?:ended|ends|closed|closes|will\s+end)\s+$"
)


def _names_fiscal_year(text: str) -> bool:
    """Return True when `text` may name a fiscal year (a cheap test before the patterns)."""
    return "iscal" in text or "inancial" in text or "FY" in text


def _ends_fiscal_year(text: str, match: TemporalMatch) -> bool:
    """Return True when `match` tells when a fiscal year just named ends."""
    return _FISCAL_YEAR_END_RE.search(text, max(0, match.start - 60), match.start) is not None


# "in the 2025-26 financial year", "Rs 2.9 billion in 2025-26": a fiscal year written as
# two years stays whole in the title (without its first year it reads "in the -26 …")
# inside the clause (at its end, "in 2025-26." loses its strand cleanly)
_SECOND_YEAR_AFTER_RE = re.compile(r"[-–/]\d\d\s+[a-z(]")


def _fiscal_year_span(text: str, match: TemporalMatch) -> bool:
    """Return True when `match` is the first year of a fiscal year written "2025-26" in
    the middle of its clause ("in the 2025-26 financial year")."""
    return (
        match.text[-4:].isdigit()
        and _SECOND_YEAR_AFTER_RE.match(text, match.end) is not None
        and not text.endswith("(", 0, match.end - 4)
    )


# "keep it until the March meeting": a month naming which meeting, not the part's date,
# stays in the title (without it: "keep it meeting")
_ATTRIBUTIVE_MONTH_RE = re.compile(r"\bthe\s+[A-Z][a-z]+$")
_NOUN_AFTER_MONTH_RE = re.compile(r"\s+[a-z]{3,}\b")


def _attributive_month(text: str, match: TemporalMatch) -> bool:
    """Return True when `match` ends with a month used as an attribute ("the March
    meeting")."""
    return (
        match.date.precision is Precision.MONTH
        and _ATTRIBUTIVE_MONTH_RE.search(match.text) is not None
        and _NOUN_AFTER_MONTH_RE.match(text, match.end) is not None
    )


def _window(text: str, match: TemporalMatch) -> bool:
    """Return True when a date is the period a figure of the sentence covers, no
    happening's date ("aims to conclude in the first three months of next year" is one)."""
    before = text[max(0, match.start - 40) : match.start]
    if _PERIOD_END_RE.search(before):
        return True
    if match.text[:3].lower() == "of ":
        before += "of "
    return _WINDOW_RE.search(before) is not None and _FIGURE_RE.search(text) is not None


# ", who called the pact a bad deal in 2016," inside a subject: not the main clause.
_INSERTED_RELATIVE_RE = re.compile(r",\s+(?:who|which|whose|whom|where)\b[^,;]*,")
# ", which produces ammonia in Norway, the Netherlands and Germany, has argued": an aside
# holding a list runs to the comma before the main verb
_INSERTED_LIST_RELATIVE_RE = re.compile(
    r",\s+(?:who|which|comprising)\b[^,;]*(?:,\s+[^,;]*){1,4}?,\s+"
    r"(?=(?:[a-z]+ly\s+)?(?:has|have|had|is|was|were|are|will|would)\s"
    # "…, which covers wool, hides, cheese and honey shipped after May 2021, applies to
    # small firms from June 5": a present main verb with its preposition
    r"|[a-z]{2,}[^s\W]s\s+(?:to|from|on|in|at|for|until|through)\s"
    # "…, which groups Ruritania, Freedonia and Sylvania, agreed with …": a past main verb
    # before its object or preposition (not a listed "processed foods")
    r"|[a-z]{3,}ed\s+(?:with|to|on|in|at|for|about|by|a|an|the|its|their|that)\s)"
)
# "Doe and Roe had held talks" reads as a headline in the simple past, where the
# two forms are one word: a regular "-ed" or one of these.
_SAME_PAST_PARTICIPLES = lexicon(
    "held met made sent led won lost sought brought bought set put cut left kept found paid "
    "spent built struck told said sold heard read hit"
)
# A past participle opening an aside or a part (", held in Freedonia City", ", signed in 2023,"):
# one list for the three patterns below that look for one.
_PARTICIPLE = r"(?:[a-z]{3,}ed|taken|" + "|".join(sorted(_SAME_PAST_PARTICIPLES)) + ")"
_PARTICIPLE_RE = re.compile(_PARTICIPLE)

# "Under the timetable agreed on Monday, | tariffs will fall to zero by 2030": a framework
# named with its participle and date opens the sentence, apart from the main clause's date
_OPENING_FRAME_RE = re.compile(
    r"(?:Under|As\s+part\s+of|In\s+line\s+with)\s+(?:an?|the|its|their)\s+[^,;]{1,60}?\s+"
    + _PARTICIPLE
    + r"\s[^,;]+(?=,\s)"
)


def _inserted_relatives(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of the relative clauses set off by commas in text[start:end], one
    holding a list included."""
    spans = [(m.start(), m.end()) for m in _INSERTED_RELATIVE_RE.finditer(text, start, end)]
    if ", wh" in text or ", compris" in text:
        spans += [
            (m.start(), m.end()) for m in _INSERTED_LIST_RELATIVE_RE.finditer(text, start, end)
        ]
    return sorted(spans)


# ", held," ", circulated,": a participle aside whose date was removed, nothing left of it
_BARE_ASIDE_RE = re.compile(r",\s(?:[a-z]+ly\s)?" + _PARTICIPLE + r",(?=\s)")


def _main_verb_position(text: str, start: int, end: int) -> int:
    """Return the offset of the first verb-like word of text[start:end] outside relative
    clauses set off by commas, or `start`."""
    position = start
    for inserted_start, inserted_end in _inserted_relatives(text, start, end):
        match = _VERB_RE.search(text, position, inserted_start)
        if match:
            return match.start()
        position = max(position, inserted_end)
    match = _VERB_RE.search(text, position, end) or _VERB_RE.search(text, start, end)
    return match.start() if match else start


# --- "days after taking office" ----------------------------------------------------------

_OFFICE_RE = re.compile(
    r"(?:(?:(?P<count>\d{1,2}|a\s+few|two|three|four|five|six|several)\s+)?"
    r"(?P<unit>days?|weeks?|hours?)|soon|shortly|immediately|right|just)\s+after\s+"
    r"(?:taking|assuming|entering|coming\s+(?:in)?to)\s+office\b",
    re.IGNORECASE,
)
# The word every _OFFICE_RE match holds: a literal search, many times cheaper than the
# pattern, rules out almost every sentence first.
# (A plain class first, which "o" under re.IGNORECASE is not: the engine skips to it.)
_OFFICE_WORD_RE = re.compile("[oO](?i:ffice)")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _office_match(
    text: str, person: ActorMention | None, refs: dict[str, ActorRef]
) -> TemporalMatch | None:
    """Return "<N days> after taking office" dated from the person's in_role_since."""
    match = _OFFICE_RE.search(text)
    if match is None or person is None:
        return None
    ref = refs.get(person.key)
    if ref is None or ref.in_role_since is None:
        return None
    since = ref.in_role_since
    count = (match["count"] or "").lower()
    days = int(count) if count.isdigit() else _COUNTS.get(count, 0)
    if (match["unit"] or "").lower().startswith("week"):
        days *= 7
    # MONTH precision: "days after" does not say which day.
    value = fuzzy_date(since + timedelta(days=days), Precision.MONTH)
    return TemporalMatch(match.start(), match.end(), match.group(), value, False)


# --- titles ------------------------------------------------------------------------------

_LEADING_MARKER_RE = re.compile(
    r"^(?:(?i:However|In addition|Meanwhile|Also|Still|Separately|Moreover|Furthermore|Besides"
    r"|Indeed|Nonetheless|Nevertheless|Earlier|Later|Previously|Instead|Likewise|Similarly"
    r"|Additionally|Then|Yet|But|And|So\s+that|So|Thus|Now|Already)\b,?\s*"
    r"|(?i:since)\s+(?=[A-Z])"  # a clause cut at "since" ("since Tokyo launched …")
    r"|[A-Z][a-z]+(?:\s[a-z]+){0,2}:\s+(?=[A-Z])"  # a label: "Coming up: ", "What to watch: "
    # a live page's label before a sentence in lower case: "Some background: the talks …"
    r"|(?:Some\s+|A\s+bit\s+of\s+)?(?:background|context|Background|Context):\s+"
    # a live page's entry stamp: "11:48 GMT — ", "4.15pm - "
    r"|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?\s*[—–-]\s+"
    r"|According\s+to\b[^,;]{41,120},\s+"  # "According to figures of the National …"
    # what a dateline leaves once its date is removed: "New Delhi, (PTI) "
    r"|(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*,\s*\([A-Za-z .]{2,30}\)\s*[-–—]*\s*"
    # a dateline in capitals opening a paragraph under a standfirst: "STRELSAU – "
    r"|[A-Z][A-Z.’'-]{2,}(?:\s[A-Z][A-Z.’'-]+){0,3}\s+[–—-]{1,2}\s+(?=[A-Z])"
    r"|(?:In|At|On|During|After|Before|Under|With|For|From|By|According\s+to|Speaking)\b"
    r"[^,]{0,40},\s+|[\s,;:.—–-]+)+"
)
_ATTRIBUTION_TAIL_RE = re.compile(
    r",\s+(?:according\s+to\b.*|(?:[\w.’'-]+\s+){0,6}?(?:said|says|told\b.*|reported|added))"
    r"\s*[.!?]?$"
)
_REPORTING_LEAD_RE = re.compile(
    r"^(?:[\w.’'-]+\s+){1,6}?(?:said|says|told\s+(?:\w+\s+)?(?:reporters|journalists"
    r"|lawmakers|parliament)|added|noted|(?:notes?|recall(?:s|ed))(?=\s+that\s))"
    # "said in a statement that …": where it was said goes with the lead
    r"(?:\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|interview"
    r"|note|letter|report|post)(?=\s+that\s))?"
    r"(?:\s+that)?\s+"
)
# A title phrase in front of a name ("German Chancellor Angela Merkel"): titles keep
# the name only, which keeps them short and lets outlets' wordings compare.
_ROLE_WORD_RE = re.compile(
    word_start(
        """
        President Minister Secretary Representative Chancellor Premier Commissioner Ambassador
        Governor Senator Chairman Chairwoman Chair Director Negotiator Spokesman Spokeswoman
        Leader leader King Queen Prince
        """.split()  # noqa: SIM905 (in order: "Chairman" is tried before "Chair")
    )
    + r"(?:-elect)?\s+(?=[A-Z][a-z])"
)
# the capitalised words of a title phrase before its role word: "Commerce and Industry
# Minister", "Investment, Trade and Industry Minister", "Vice-Premier"
# ("and" only after a portfolio: "Jane Doe and President John Roe" keeps Doe)
_PORTFOLIOS = (
    "Commerce|Industry|Trade|Business|Economy|Finance|Energy|Investment|Agriculture|Fisheries"
    "|Affairs|Development|Enterprise|Innovation|Science|Technology|Environment|Transport"
    "|Infrastructure|Tourism|Food|Labour|Employment|Planning|Health|Security|Justice"
)
_CAPITALISED_BEFORE_RE = re.compile(
    r"(?:[A-Z][\w.’'-]*(?:\s+|(?<=-))|(?:" + _PORTFOLIOS + r")s?\s+(?:and|&)\s+(?=[A-Z])"
    # a portfolio list with commas: "Investment, Trade and Industry Minister", "Investments,
    # Trade and Industry Cabinet Secretary" (a field may be plural)
    r"|(?:" + _PORTFOLIOS + r")s?,\s+(?=(?:" + _PORTFOLIOS + r")\b))+$"
)


def _strip_roles(text: str) -> str:
    """Return `text` without the title phrases that stand in front of names."""
    pieces, position = [], 0
    for match in _ROLE_WORD_RE.finditer(text):
        start = match.start()
        if start < position:
            continue
        before = _CAPITALISED_BEFORE_RE.search(text, max(position, start - 60), start)
        pieces.append(text[position : before.start() if before else start])
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces)


_SUBJECT_PRONOUN_RE = re.compile(word_start(["he", "she", "He", "She"]) + r"\b")
_PRONOUN_RE = re.compile(r"^(?:he|she|He|She)\b")
_SPACES_RE = re.compile(r"\s+")  # also NBSPs and line breaks
# Patterns opening with one character class ("\s\s*" rather than "\s+") let the regex
# engine skip to those characters instead of trying the whole pattern at every position.
# A space before punctuation, in a clause whose whitespace is single spaces already: a
# literal first character, which the engine finds faster still (a quarter of the time of
# "\s\s*([,;:.])", which the same clause gives the same matches).
_SPACE_BEFORE_PUNCT_RE = re.compile(r" (?=[,;:.])")
# "[,;:]\s+|\s+[—–]\s+", written to start with one class: the engine skips to its characters.
_COMMA_CLAUSE_RE = re.compile(r"[,;:\s](?:(?<=[,;:])\s+|(?<=\s)\s*[—–]\s+)")
_CLAUSE_MARK_RE = re.compile(r"[,;:—–]")  # one of them is in every _COMMA_CLAUSE_RE match
_SUBORDINATE_RE = re.compile(
    r"\s\s*(?=(?:that|which|who|whom|whose|whether|because|while|although|though|as|when"
    r"|where|if|unless|since|amid|despite|after|before|including|but)\b)"
)
_PREPOSITION_RE = re.compile(
    r"\s\s*(?=(?:between|among|with|on|in|for|from|at|over|against|about|into|under|to|of"
    r"|by)\b)"
)
# a comparative adjective's "than" ("smaller than", "higher than"; not "more than 40"):
# a title too long may end before it as before a preposition ("the quota on the table
# was smaller | than the one …")
_THAN_RE = re.compile(r"(?<=[a-z]er)(?<!\bother)(?<!\brather)\s+(?=than\s)")
_TRAILING_PUNCTUATION = " \t\n,;:.!?—–-"
# A title never ends on one of these: they promise words that were cut.
_DANGLING_WORDS = frozenset(
    """
    and or but of the a an to for in on at by with from into about that which who as his
    her its their has have had since until till than during amid
    will would could shall should might must can may do does did not between among through
    after before against within without across including whether because if per via worth only
    previous preceding
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_PERIOD_PART_WORDS = tuple(
    """
    middle end start beginning close turn half quarter week part days months morning
    afternoon evening night fiscal year FY
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# A copula that has lost its complement at a title's end.
_BARE_COPULAS = frozenset(("be", "been", "being", "is", "are", "was", "were"))


# ", director of the White House National Economic Council," after a name: who the
# person is, not what happened; a title keeps the name and the verb.
_ROLE_NOUN_WORDS = tuple(
    """
    president minister secretary representative director chief head chairman chairwoman
    chair spokesman spokeswoman spokesperson leader adviser advisor ambassador negotiator
    commissioner governor senator professor economist analyst official executive
    counterpart deputy
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_ROLE_NOUNS = r"(?:" + "|".join(_ROLE_NOUN_WORDS) + r")\b"
_APPOSITIVE_AFTER_NAME_RE = re.compile(
    r"([A-Z](?<!\w.)[\w’'-]*[a-z]),\s+(?:(?:the|a|an|his|her|its|their)\s+)?"
    r"(?:[\w.’'-]+\s+){0,3}?" + _ROLE_NOUNS + r"[^,;:\"“”]{0,100},\s+(?=[a-z])"
)
# "Japan's chief negotiator, Ryosei Akazawa, made …", "its chief executive, Fenella
# Rowcliffe-Dunn, said …": the role before the name goes, the name keeps its verb
_ROLE_BEFORE_NAME_RE = re.compile(
    r"(?:\b(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*(?:’s|'s)|\b(?i:its|his|her|their|the))\s+"
    r"(?:[\w-]+\s+){0,3}?"
    + _ROLE_NOUNS
    + r",\s+([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})(?:\s+of\s+[^,;:\"“”]{1,60})?,\s+"
    r"(?=(?:[a-z]+ly\s+)?(?:said|told|[a-z]{3,}ed|will|would|has|have|had|is|was|were|are"
    r"|" + _PAST_IRREGULAR + r")\b)"
)
# The same with a longer owner opening the clause, commas in its name and words after the
# role ("The Ministry of Trade, Industry and Energy's chief negotiator, Jane Doe, said …",
# "The Export Agency's director of market development, John Roe, said …"): the whole of
# it goes, the name keeps its verb
_OPENING_OWNER_ROLE_RE = re.compile(
    r"^(?:[tT]he\s+)?[A-Z][^;:\"“”]{0,100}?(?:’s|'s)\s+(?:[\w-]+\s+){0,3}?"
    + _ROLE_NOUNS
    + r"(?:\s+(?:of|for)\s+(?:[\w&-]+\s+){0,3}?[\w&-]+)?"
    r",\s+([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}),\s+"
    r"(?=(?:[a-z]+ly\s+)?(?:said|told|added|announced|warned|wrote)\b)"
)
# ", the region's largest steelmaker," after a name, before the verb: who the name is
_DESCRIPTION_AFTER_NAME_RE = re.compile(
    r"([A-Z](?<!\w.)[\w’'-]*[a-z]),\s+(?:the|a|an)\s+[^,;:\"“”]{1,60},\s+"
    r"(?=(?:[a-z]+ly\s+)?(?:said|told|[a-z]{3,}ed|will|would|has|have|had|is|was|were|are)\b)"
)
# what a main verb after an aside looks like: ", …, will leave", ", …, said"
_MAIN_VERB_AHEAD = (
    r"(?=(?:[a-z]+ly\s+)?(?:said|told|[a-z]{3,}ed|will|would|could|has|have|had|is|was|were"
    r"|are|" + _PAST_IRREGULAR + r")\b)"
)
# ", adopted at the summit," ", known as RFFTA 3.0," between a subject and its verb
_PARTICIPLE_ASIDE_RE = re.compile(
    r",\s+(?:[a-z]+ly\s+)?(?:" + _PARTICIPLE + r"|known|given|seen|shown|written|chosen)\s"
    r"[^,;:\"“”]{1,80},\s+" + _MAIN_VERB_AHEAD
)
# "The first cargo, a load of pumps for Ruritania, will sail": an appositive after a noun
_APPOSITIVE_AFTER_NOUN_RE = re.compile(
    r"(\b(?:[tT]he|an?|An?|[iI]ts|[tT]heir)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+),\s+(?:the|a|an)\s"
    r"[^,;:\"“”]{1,80},\s+" + _MAIN_VERB_AHEAD
)
_RELATIVE_RE = re.compile(r"[,\s](?:(?<=,)\s+|(?<=\s)\s*)(?P<word>who|which|that)\s+")
_ANTECEDENT_NAME_RE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*$")
_ANTECEDENT_PHRASE_RE = re.compile(
    r"\b(?:[tT]he|an?|An?|[iI]ts|[tT]heir|his|her)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+$"
)
# a subject with no determiner opening the sentence: "Ruritanian and Freedonian negotiators, who …"
_BARE_SUBJECT_RE = re.compile(r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5}$")
_BARE_PLURAL_RE = re.compile(r"(?<=\s)(?!(?:was|has|is|its|this|thus|as|us|less)\b)[a-z]{3,}s$")
_TRAILING_PREPOSITION_RE = re.compile(r"\s(?:from|to|with|on|in|for|of|about|into|out)$")
_CLAUSE_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|takes?|took|comes?|came|goes|went|"
    r"[a-z]{3,}(?:ed|es))\b"
)


# A relative pronoun opening a clause with no subject of its own: "that took effect", "that
# will halve", "which was signed".
_VERB_AFTER_RELATIVE_RE = re.compile(
    r"(?:[a-z]+ly\s+)?(?:(?:will|would|could|was|were|is|are|has|have|had|opens?|begins?"
    r"|saw|took|came|began|went)\b|[a-z]{2,}ed\b)"
)


def _before_trailing_dates(text: str, end: int, dates: list[TemporalMatch]) -> int:
    """Return `end` moved back before a date (and a dangling "dated") that ends there: a
    relative clause's antecedent is "a limited trade deal", not "… deal in October 2019"."""
    for m in reversed(dates):
        if m.start < end and not text[m.end : end].strip():
            end = m.start
    stripped = text[:end].rstrip()
    last = stripped.rsplit(" ", 1)[-1]
    if last.islower() and _VERB_RE.fullmatch(last):
        end = len(stripped) - len(last)  # "a notice dated | 10/30/2026 that opens"
    return end


_DETERMINER_RE = re.compile(r"(?<!\bof )(?<!\bbetween )\b(?:the|a|an|its|their|his|her)\s")


def _last_noun_phrase(head: str, phrase: re.Match[str]) -> re.Match[str]:
    """Return the last noun phrase in `phrase`, a match at the end of `head` ("the two sides
    agreed a truce" -> "a truce"), keeping an "of" phrase whole ("the text of the deal")."""
    last = None
    for last in _DETERMINER_RE.finditer(head, phrase.start()):  # noqa: B007
        pass
    if last is None or last.start() == phrase.start():
        return phrase
    return _ANTECEDENT_PHRASE_RE.search(head, last.start()) or phrase


# a relative clause with a subject of its own and a last verb with no object: "which the EU
# postponed", "that the two sides signed"
_OBJECT_RELATIVE_RE = re.compile(
    r"(?:the|a|an|its|their|[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,4}?\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]{3,}ed|" + _PAST_IRREGULAR + r")"
    r"(?:\s+[a-z]{3,}ing|\s+to\s+[a-z]{3,})?"  # "which both sides began drafting"
)


# A verb of telling and its object at the end of the words before "that": "told a Senate
# estimates hearing", "assured exporters".
_TOLD_OBJECT_RE = re.compile(
    r"\b(?:told|tells|tell|informed|assured|reminded|warned)\s+(?:[\w’'-]+\s+){0,4}[\w’'-]+\s*$"
)


# nouns a "that" clause after which tells what was said ("a statement that exports rose")
_SAYING_NOUNS = frozenset(
    "statement release note letter report announcement interview post message".split()  # noqa: SIM905
)


def _relative_clause_title(
    text: str,
    part: tuple[int, int],
    chosen: TemporalMatch,
    remove: list[tuple[int, int]],
    dates: list[TemporalMatch],
) -> str | None:
    """Return a title built from the relative clause that holds the date, or None.

    "Lopez Obrador, who takes office on Dec. 1, sent ..." is about taking office; "a pact
    that Trump withdrew from soon after taking office" about Trump withdrawing from it.
    """
    relative = head = None
    # the last relative pronoun before the date that opens a relative clause: "the European
    # Union, which recalled that a panel had found" is the Union recalling
    for candidate in reversed(list(_RELATIVE_RE.finditer(text, part[0], chosen.start))):
        # a part cut at its relative pronoun ("… ahead of talks | that open on Tuesday")
        # finds its antecedent before the cut; "that" only with a verb right after it ("a
        # deal in 2019 | that took effect"): "said on Monday | that it" is a complement
        opens_part = not text[part[0] : candidate.start()].strip() and (
            candidate.group("word") != "that"
            or _VERB_AFTER_RELATIVE_RE.match(text, candidate.end()) is not None
        )
        end = candidate.start()
        if opens_part and part[0] > 0:
            end = _before_trailing_dates(text, end, dates)
        head = text[:end] if opens_part and part[0] > 0 else text[part[0] : end]
        if candidate.group("word") == "that" and (
            not head.strip()
            or _VERB_RE.search(head.split()[-1])
            or head.endswith(",")
            or head.split()[-1] in _SAYING_NOUNS
        ):
            # "said that …", "said in a statement that …": a complement clause, not a
            # relative one
            continue
        relative = candidate
        break
    if relative is None or head is None:
        return None
    comma = text.find(",", chosen.end, part[1])
    clause_end = comma if comma >= 0 else part[1]
    if "," in text[relative.end() : chosen.start]:
        return None
    pieces, position = [], relative.end()
    for start, end in sorted(remove):
        if relative.end() <= start and end <= clause_end and start >= position:
            pieces.append(text[position:start])
            position = end
    pieces.append(text[position:clause_end])
    clause = _SPACES_RE.sub(" ", " ".join(pieces)).strip(_TRAILING_PUNCTUATION + " ")
    if not (
        _VERB_RE.search(clause)
        or _CLAUSE_VERB_RE.search(clause)
        or _MORE_PAST_RE.search(clause)  # "which fought the chapter in 2022"
        or _VERB_AFTER_RELATIVE_RE.match(clause)  # "that opens a public hearing"
    ):
        return None
    antecedent = _ANTECEDENT_NAME_RE.search(head.rstrip(" ,"))
    if antecedent is None:
        antecedent = _ANTECEDENT_PHRASE_RE.search(head.rstrip(" ,"))
        if antecedent is not None and relative.group("word") == "that":
            # "the deal at a ceremony that took place": "that" follows its noun phrase
            antecedent = _last_noun_phrase(head.rstrip(" ,"), antecedent)
    if (
        antecedent is not None
        and antecedent.re is _ANTECEDENT_PHRASE_RE
        and relative.group("word") == "who"
        and head[antecedent.start() - 2 : antecedent.start()] == ", "
    ):
        # "Jane Doe, a Ruritanian trade official who joined …": the person the role is
        named = _ANTECEDENT_NAME_RE.search(head, 0, antecedent.start() - 2)
        if named is not None and " " in named.group():
            antecedent = named
    if relative.group("word") == "that":
        if antecedent is not None and antecedent.group().split(" ", 1)[0] in _LOWER_OPENERS:
            antecedent = None  # "The study recalls that …": a complement, not a relative
    elif antecedent is None and part[0] == 0 and not _VERB_RE.search(head):
        antecedent = _BARE_SUBJECT_RE.fullmatch(head.rstrip(" ,"))
    if relative.start() == part[0] and part[0] > 0:
        # the head is the sentence before the cut: the noun phrase is its last one ("the
        # two sides agreed a truce | that replaced", "ratify the deal | that was signed"),
        # or a bare plural ("after negotiations | that began in June")
        if antecedent is not None and antecedent.re is _ANTECEDENT_PHRASE_RE:
            antecedent = _last_noun_phrase(head.rstrip(" ,"), antecedent)
        elif antecedent is None:
            antecedent = _BARE_PLURAL_RE.search(head.rstrip(" ,"))
    if (
        relative.group("word") == "that"
        and _TOLD_OBJECT_RE.search(head) is not None
        and _SUBJECT_PRONOUN_RE.match(clause) is None  # "he would …": the teller, as before
    ):
        # "told a Senate estimates hearing that negotiators had made progress last month":
        # what was told, which holds the date; the hearing is the telling's object
        title = clause
    elif _TRAILING_PREPOSITION_RE.search(clause):
        if antecedent is None:
            return None
        title = f"{clause} {antecedent.group()}"  # "Trump withdrew from" + "a pact"
    elif (
        antecedent is not None
        and relative.group("word") != "who"
        and (_OBJECT_RELATIVE_RE.fullmatch(clause))
    ):
        # "the deforestation regulation, which the EU postponed": the EU postponed it
        phrase = antecedent.group()
        if phrase.split(" ", 1)[0] in _LOWER_OPENERS:
            phrase = phrase[:1].lower() + phrase[1:]
        title = f"{clause} {phrase}"
    elif clause[:1].islower():
        if antecedent is None:
            return None
        title = f"{antecedent.group()} {clause}"  # "Lopez Obrador" + "takes office"
    else:
        title = clause  # "that President Trump withdrew ..." without a preposition
    title = _cut_title(_strip_dangling(_strip_roles(title)))
    return title[:1].upper() + title[1:] if " " in title else None


# "said in a notice issued", "wrote to the council in a letter dated": a participle
# after a prepositional phrase's noun, left at the end when its date was removed
_TRAILING_PARTICIPLE_RE = re.compile(
    r"(?<=\s)(?:in|on|at|by|with|under|through|from)\s+(?:a|an|the|its|their|his|her)\s+"
    r"(?:(?!(?:and|but|or|is|are|was|were|has|have|had|be|been|will|would)\s)[\w’'-]+\s+){0,2}?"
    r"[\w’'-]+(?P<participle>\s+(?:[a-z]{3,}ed|issued|sent|made|given))$"
)
# "in fiscal 2030-31" with its year removed: "in fiscal -31"
_STRANDED_YEAR_END_RE = re.compile(r"\s[-–/]\d{2}$")
# "in the second half", "until the middle": a part of a period whose year was removed
_PERIOD_PART_END_RE = re.compile(
    r"\s(?:in|until|by|before|from|to|at|through|during)\s+the\s+(?:middle|end|start"
    r"|beginning|close|turn|(?:first|second|third|fourth|last|final|latter)\s+"
    r"(?:half|quarter|week|part|days|months))$"
    r"|(?<=[a-z])\s(?:morning|afternoon|evening|night)$"  # "talks (on Friday) night"
    r"|\s(?:in|during|for)\s+(?:fiscal|financial\s+year|FY)$"
)


# a noun phrase and nothing else: "The new quota", "The talks on services"
_BARE_NOUN_PHRASE_RE = re.compile(
    r"(?:The|A|An|Its|Their|This|These|Those)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+"
)
_HEAD_END_RE = re.compile(r"\s(?:of|on|in|for|with|to|from|between|under|at)\s")
_PLURAL_HEAD_RE = re.compile(r"[a-z]{2,}(?<![su])s$")


def _plural(phrase: str) -> bool:
    """Return True when a noun phrase's head noun is plural ("The talks", "Rounds of
    talks"; not "The round of talks")."""
    head = _HEAD_END_RE.split(phrase, 1)[0]
    return " and " in head or _PLURAL_HEAD_RE.search(head) is not None


def _strip_dangling(title: str) -> str:
    """Return `title` without trailing punctuation and dangling function words; a "that"
    clause left with a bare copula (its quoted complement removed: "said that the talks
    had been “positive”") goes too."""
    while True:
        title = title.rstrip(_TRAILING_PUNCTUATION)
        if title[-3:-2] in "-–/" and title[-2:].isdigit():
            title = _STRANDED_YEAR_END_RE.sub("", title)
        if title.endswith(_PERIOD_PART_WORDS):
            title = _PERIOD_PART_END_RE.sub("", title)
        if title.endswith(("ed", "issued", "sent", "made", "given")):
            participle = _TRAILING_PARTICIPLE_RE.search(title, max(0, len(title) - 60))
            if participle is not None and _VERB_RE.search(title, 0, participle.start()):
                title = title[: participle.start("participle")]
        head, _, last = title.rpartition(" ")
        if head and last.lower() in _BARE_COPULAS and " that " in head:
            title = head[: head.rindex(" that ")]
            continue
        if head.endswith(",") and last.islower():
            # "The new quota, agreed": an aside cut after its first word; a
            # participle after a bare noun phrase is what happened to it
            title = head[:-1]
            if _BARE_NOUN_PHRASE_RE.fullmatch(title) and _PARTICIPLE_RE.fullmatch(last):
                title = f"{title} {'were' if _plural(title) else 'was'} {last}"
                return title
            continue
        if not head or (last.lower() not in _DANGLING_WORDS and not last.endswith(("’s", "'s"))):
            return title
        title = head


def _first_clause(title: str) -> str:
    """Return `title` up to its first secondary clause (a comma after _TITLE_MIN chars)."""
    if _CLAUSE_MARK_RE.search(title, _TITLE_MIN) is None:
        return title  # no clause can open at _TITLE_MIN or later
    for match in _COMMA_CLAUSE_RE.finditer(title):
        if (
            match.start() >= _TITLE_MIN
            and not _inside_name_list(title, match)
            and not (
                "," in title[: match.start()] and _closes_named_appositive(title, match.start())
            )
        ):
            return title[: match.start()]
    return title


# "Ruritania's parliament, the National Diet, ratified …": a name set off after the subject,
# then the predicate (in lower case); the comma closing the name closes no clause
_NAMED_APPOSITIVE_RE = re.compile(
    r"^[^,;:]+,\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'-]*){0,5}$"
)
_PREDICATE_AFTER_RE = re.compile(r",\s+[a-z]{3,}\b")


def _closes_named_appositive(title: str, comma: int) -> bool:
    """Return True when the comma at `comma` closes a name set off after the subject, and
    a lower-case predicate follows ("…, the National Diet, ratified")."""
    return (
        _PREDICATE_AFTER_RE.match(title, comma) is not None
        and _NAMED_APPOSITIVE_RE.match(title[:comma]) is not None
    )


# "Ministry of Economy, Trade and Industry": a comma inside a body's name
_OF_NAME_BEFORE_RE = re.compile(r"\b(?:of|for)\s+[A-Z][\w-]+$")
_NAME_LIST_AFTER_RE = re.compile(r"(?:[A-Z][\w-]+,\s)*[A-Z][\w-]+\s(?:and|&)\s[A-Z][\w-]+")


def _inside_name_list(title: str, comma: re.Match[str]) -> bool:
    """Return True when the comma at `comma` lists the fields in a body's name."""
    return title[comma.start()] == "," and _lists_name_fields(title, comma.start())


def _lists_name_fields(text: str, comma: int) -> bool:
    """Return True when the comma at offset `comma` (before a space) lists the fields in a
    body's name ("Ministry of Economy, Trade and Industry")."""
    return (
        _NAME_LIST_AFTER_RE.match(text, comma + 2) is not None
        and _OF_NAME_BEFORE_RE.search(text, max(0, comma - 40), comma) is not None
    )


# "of/for" inside a body's name is no phrase boundary: "the Office | of the Ruritanian
# Trade Envoy" would leave the name cut.
_NAME_OF_RE = re.compile(r"\s\s*(?:of|for)\s+(?:the\s+)?[A-Z]")
_CAPITALISED_END_RE = re.compile(r"\b[A-Z][\w’'-]*$")
# Adverbs a headline does without, dropped from a title that is too long: "the ministers
# still hoped to close the deal" keeps its object instead.
_SPARE_ADVERB_RE = re.compile(
    r"\s\s*(?:still|also|now|already|formally|officially|jointly|finally|recently|previously"
    r"|currently|initially|eventually|reportedly|subsequently|effectively|further)(?=\s)"
)


_UNIT_AFTER_RE = re.compile(
    r"\s(?:billion|million|trillion|thousand|per\s*cent|percent|%|tonnes)\b"
)


_OTHER_CLAUSE_RE = re.compile(r",|\b(?:[a-z]{3,}ing|that|which|who|where|when)\b")


def _shorten_subject(
    title: str, limit: int, *, force: bool = False, found: re.Match[str] | None = None
) -> str:
    """Return `title` without the last prepositional phrases of its subject when its verb
    would otherwise be cut at `limit` ("the waiver for Ruritanian rice from its import
    duties would lapse" -> "the waiver for Ruritanian rice would lapse"), else as is;
    `force`: the verb lies within `limit` but the only cuts lie before it; `found`: the
    title's verb, when the caller has looked for it."""
    verbs = [m.start() for m in (found or _title_verb(title), _COPULA_RE.search(title)) if m]
    if not verbs or (min(verbs) + 8 <= limit and not force):
        return title
    verb = min(verbs)
    for preposition in reversed(list(_SUBJECT_PREPOSITION_RE.finditer(title, 0, verb))):
        if _OTHER_CLAUSE_RE.search(title, preposition.start(), verb):
            break  # "data from the agency showing exports rose": another clause
        if force and _CAPITALISED_END_RE.search(title, 0, preposition.start()):
            continue  # "for the Office | of the U.S. Trade Representative": inside a name
        shorter = title[: preposition.start()] + title[verb - 1 :]
        if len(shorter) <= limit and " " in title[: preposition.start()].strip():
            return shorter
    return title


# A determiner before an "-ed" word makes it an adjective: "an upgraded trade agreement".
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|these)\s+$")


def _title_verb(title: str) -> re.Match[str] | None:
    """Return the first verb of a title, not an "-ed" adjective after a determiner."""
    verb = _VERB_RE.search(title)
    while (
        verb is not None
        and verb.start() >= 3
        and _DETERMINER_BEFORE_RE.search(
            title, verb.start() - 7 if verb.start() > 7 else 0, verb.start()
        )
        and verb.group().endswith("ed")
    ):
        verb = _VERB_RE.search(title, verb.end())
    return verb


def _cut_loses_verb(title: str, verb: re.Match[str] | None) -> bool:
    """Return True when a title over TITLE_MAX has its verb within it but no place to be
    cut after the verb ("Negotiations on a deal between A and B will resume | in Canberra"
    would be cut before "will")."""
    if verb is None or verb.start() > TITLE_MAX:
        return False
    return not any(
        pattern.search(title, verb.end(), TITLE_MAX + 1)
        for pattern in (_SUBORDINATE_RE, _PREPOSITION_RE)
    )


def _cut_title(title: str) -> str:
    """Return `title` cut to TITLE_MAX at a subordinate clause, a preposition or a space
    (spare adverbs dropped first when no clause can be cut off; never inside a name)."""
    if len(title) > TITLE_MAX:
        verb = _title_verb(title)
        title = _shorten_subject(title, TITLE_MAX, force=_cut_loses_verb(title, verb), found=verb)
    if len(title) > TITLE_MAX and not any(
        _TITLE_MIN <= m.start() <= TITLE_MAX for m in _SUBORDINATE_RE.finditer(title)
    ):
        title = _SPARE_ADVERB_RE.sub("", title)  # a cut at a clause loses no object
    if len(title) > TITLE_MAX:
        for pattern in (_SUBORDINATE_RE, _PREPOSITION_RE):
            cuts = [
                m.start()
                for m in pattern.finditer(title)
                if _TITLE_MIN <= m.start() <= TITLE_MAX
                and not (
                    pattern is _PREPOSITION_RE
                    and _NAME_OF_RE.match(title, m.start())
                    and _CAPITALISED_END_RE.search(title, 0, m.start())
                )
            ]
            if pattern is _PREPOSITION_RE and " than " in title:
                cuts = sorted(
                    cuts
                    + [
                        m.start()
                        for m in _THAN_RE.finditer(title)
                        if _TITLE_MIN <= m.start() <= TITLE_MAX
                    ]
                )
            if cuts:
                title = title[: cuts[-1]]
                break
        else:
            cut = title.rfind(" ", 0, TITLE_MAX + 1)
            if _UNIT_AFTER_RE.match(title, cut):
                cut = title.rfind(" ", 0, cut)  # "worth $4.5 | billion": the figure goes
            title = title[:cut]
    return _strip_dangling(title)


# Replacements as functions: a template such as r"\1" is parsed again on every sub() call.
def _first_group_and_space(match: re.Match[str]) -> str:
    return match.group(1) + " "


def _role_noun_before_comma(clause: str) -> bool:
    """Return True when a role noun ends right before one of the clause's ", " (as in every
    _ROLE_BEFORE_NAME_RE match: "its chief executive, Fenella Rowcliffe-Dunn, said")."""
    comma = clause.find(", ")
    while comma >= 0:
        if clause.endswith(_ROLE_NOUN_WORDS, 0, comma):
            return True
        comma = clause.find(", ", comma + 2)
    return False


# "said in a statement that …": what was said matters, not where ("said that …")
_SAID_IN_A_STATEMENT_RE = re.compile(
    r"(?<=\b(?:said|says))\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|release)"
    r"(?=\s+that\s)"
)


def _main_clause(
    text: str, remove: list[tuple[int, int]], subject: str | None, drop_lead: bool
) -> str:
    """Return the first clause of `text` without the `remove` spans, markers and roles."""
    pieces, position = [], 0
    for start, end in sorted(remove):
        if start >= position:
            pieces.append(text[position:start])
            position = end
    pieces.append(text[position:])
    # each run of whitespace one space, none at the ends (str.split's whitespace is \s)
    clause = _SPACE_BEFORE_PUNCT_RE.sub("", " ".join(" ".join(pieces).split()))
    # Each pattern below is tried only on a clause holding what its every match holds
    # (", ", ", wh", a role noun before ", "): most clauses hold none, and the patterns
    # cost more than those tests.
    if ", " in clause:
        clause = _APPOSITIVE_AFTER_NAME_RE.sub(_first_group_and_space, clause)
        clause = _DESCRIPTION_AFTER_NAME_RE.sub(_first_group_and_space, clause)
        if ("’s " in clause or "'s " in clause) and (
            opening := _OPENING_OWNER_ROLE_RE.match(clause)
        ):
            clause = f"{opening.group(1)} {clause[opening.end() :]}"
        if _role_noun_before_comma(clause):
            clause = _ROLE_BEFORE_NAME_RE.sub(_first_group_and_space, clause)
        if ", a" in clause or ", the " in clause:
            clause = _APPOSITIVE_AFTER_NOUN_RE.sub(_first_group_and_space, clause, count=1)
        clause = _PARTICIPLE_ASIDE_RE.sub(" ", clause, count=1)
    if ", wh" in clause or ", compris" in clause:  # ", comprising A, B and C," too
        clause = _INSERTED_LIST_RELATIVE_RE.sub(" ", clause)
        clause = _INSERTED_RELATIVE_RE.sub("", clause)
    if ", " in clause:
        clause = _BARE_ASIDE_RE.sub("", clause)
    clause = _strip_roles(clause)
    clause = _LEADING_MARKER_RE.sub("", clause)
    clause = _ATTRIBUTION_TAIL_RE.sub("", clause)
    if " statement that " in clause or " release that " in clause:
        clause = _SAID_IN_A_STATEMENT_RE.sub("", clause, count=1)
    if drop_lead:
        clause = _REPORTING_LEAD_RE.sub("", clause, count=1)
    if subject:
        clause = _PRONOUN_RE.sub(subject, clause)
    return _strip_dangling(_first_clause(clause))


_THAT_OPENING_RE = re.compile(r"^that\s+")
# the same, or one that ends the part: "The accord, signed in Freedonia City in May 2030"
# (an aside of two participles too, "first signed in 2001 and suspended in 2018", before a
# verb in the present: ", rebuilt in 2024 with a grant, handles a third …")
_DATED_ASIDE_RE = re.compile(
    r",\s+(?:(?:[a-z]+ly|first|later|originally|also)\s+)?(?:re)?(?:"
    + _PARTICIPLE
    + r"|known|given|seen|shown|written|chosen)\s"
    r"[^,;:\"“”]{1,140}?(?:,\s+(?:"
    + _MAIN_VERB_AHEAD
    + r"|(?:(?:still|now|also)\s+)?[a-z]{3,}(?<!ss)s\s)|[\s,.]*$)"
)
# where the aside's second participle opens: "signed in 2001 | and suspended in 2018"
_ASIDE_SECOND_PARTICIPLE_RE = re.compile(
    r"\s+and\s+(?=(?:(?:[a-z]+ly|later|then|also)\s+)?(?:re)?(?:" + _PARTICIPLE + r")\s)"
)


def _dated_aside_as_passive(
    text: str, remove: list[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]]] | None:
    """Return ("The round was held in Freedonia City …", its `remove` spans) for "The
    round, held in Freedonia City on Monday, covered goods" when a removed span (the date)
    is in a participle aside after the subject noun phrase: the aside is what happened
    then; else None."""
    for aside in _DATED_ASIDE_RE.finditer(text):
        dated = [(s, e) for s, e in remove if aside.start() < s and e <= aside.end()]
        if not dated:
            continue
        words = _without(text, aside.start(), aside.end(), dated).split()
        if sum(w.isalpha() and w.lower() not in _DANGLING_WORDS for w in words) < 2:
            return None  # ", circulated on 28 April 2022,": left out (see _BARE_ASIDE_RE)
        subject = _THAT_OPENING_RE.sub("", text[: aside.start()].strip())
        if not _BARE_NOUN_PHRASE_RE.fullmatch(subject[:1].upper() + subject[1:]):
            return None
        start = (
            aside.start()
            + 1
            + len(text[aside.start() + 1 :])
            - len(text[aside.start() + 1 :].lstrip())
        )
        end = text.rfind(",", aside.start() + 1, aside.end())
        end = end if end > aside.start() else len(text.rstrip(" .,"))
        second = _ASIDE_SECOND_PARTICIPLE_RE.search(text, start, end)
        if second is not None:
            # the participle whose date it is: "first signed in 2001 | and suspended …"
            if dated[0][0] >= second.end():
                start = second.end()
            elif dated[-1][1] <= second.start():
                end = second.start()
        lead = f"{subject} {'were' if _plural(subject) else 'was'} "
        shift = len(lead) - start
        spans = [(s + shift, e + shift) for s, e in remove if start <= s and e <= end]
        return lead + text[start:end], spans
    return None


def event_title(
    text: str,
    remove: list[tuple[int, int]],
    subject: str | None = None,
    *,
    drop_lead: bool = False,
) -> str:
    """Return a short sentence-case title: `text` without the `remove` spans, trimmed."""
    aside = _dated_aside_as_passive(text, remove) if ", " in text else None
    if aside is not None:
        text, remove = aside
    title = _simple_past(_cut_title(_main_clause(text, remove, subject, drop_lead)))
    title = _DOUBLED_COMMA_RE.sub(",", title)  # "The week before, [on the 6th], the …"
    if title[:5].lower() == "with ":
        title = _with_aim_as_clause(title)
    elif title[:4] in _WAY_FOR_OPENINGS:
        title = _what_the_way_is_cleared_for(title)
    if " to " in title or " until " in title:
        # "postponed to [1 December] because of …": the date's "to" goes with it
        title = _HANGING_TO_RE.sub("", title)
    if "(" in title:
        title = _EMPTIED_BRACKETS_RE.sub("", title)  # "paused during the pandemic [(2020]-21)"
        title = _SPACE_IN_BRACKETS_RE.sub("", title)  # "(by 5% [in 2023])"
    if title.startswith(_PHRASE_OPENERS):
        title = _participle_phrase_as_passive(title)
    if (
        (title[:11] == "before the " or title[:13] == "ahead of the ")
        and _NOUN_PHRASE_ONLY_RE.fullmatch(title)
        and not any(r.search(title) for r in _CLAUSE_IN_PHRASE)
    ):
        # "[before] the second stage of cuts [on 1 April]": the happening is the phrase's
        title = title.split(" ", 2 if title[0] == "a" else 1)[-1]
    return title[:1].upper() + title[1:]


_NOUN_PHRASE_ONLY_RE = re.compile(r"(?:before|ahead\s+of)\s+the(?:\s+[a-z][\w’'-]*){1,6}")


# "…, clearing the way for a plenary vote [in December]": the date is what the way is
# cleared for, and so is the happening ("A plenary vote"; "for the pact to take effect" ->
# "The pact is to take effect").
_WAY_FOR_OPENINGS = frozenset({"Clea", "clea", "Pavi", "pavi", "Open", "open", "Sett", "sett"})
_WAY_FOR_RE = re.compile(
    r"(?:[Cc]learing|[Pp]aving|[Oo]pening)\s+the\s+way\s+for\s+|[Ss]etting\s+the\s+stage\s+for\s+"
)
_WAY_FOR_INFINITIVE_RE = re.compile(
    r"(?P<subject>(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+to\s+(?=[a-z])"
)


def _what_the_way_is_cleared_for(title: str) -> str:
    """Return what a title opening "Clearing the way for" clears the way for, as a title
    ("Clearing the way for a plenary vote" -> "A plenary vote"), else `title`."""
    match = _WAY_FOR_RE.match(title)
    if match is None or match.end() == len(title):
        return title
    rest = title[match.end() :]
    infinitive = _WAY_FOR_INFINITIVE_RE.match(rest)
    if infinitive is not None:
        subject = infinitive.group("subject")
        be = "are" if _plural(subject) else "is"
        rest = f"{subject} {be} to {rest[infinitive.end() :]}"
    return rest[:1].upper() + rest[1:]


# "Following an inquiry launched [in 2018]": the date is the participle's, and the
# happening is the inquiry's launch
_PHRASE_OPENERS = ("After ", "Following ", "Before ", "Under ", "after ", "following ", "before ")
_PHRASE_PARTICIPLE_RE = re.compile(
    r"(?i:after|following|before|under)\s+(?P<phrase>(?:an?|the|its|their)\s+[^,;]{1,60}?)\s+"
    r"(?P<participle>" + _PARTICIPLE + r")$"
)


_CLAUSE_IN_PHRASE = (
    _VERB_RE,
    re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would)\b"),
)


def _participle_phrase_as_passive(title: str) -> str:
    """Return "An inquiry was launched" for "Following an inquiry launched", else `title`."""
    match = _PHRASE_PARTICIPLE_RE.fullmatch(title)
    if match is None or any(r.search(match.group("phrase")) for r in _CLAUSE_IN_PHRASE):
        return title  # "after the ministers met and talks stalled": a clause, not a phrase
    phrase = match.group("phrase")
    return f"{phrase} {'were' if _plural(phrase) else 'was'} {match.group('participle')}"


_DOUBLED_COMMA_RE = re.compile(r"\s*,(?:\s*,)+")
_WITH_AIM_TITLE_RE = re.compile(
    r"with\s+(?P<subject>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+"
    r"(?P<verb>aim|hop|expect|plann|intend|seek|target|look|press|push|call|lobby|campaign)"
    r"ing(?=\s+(?:to|for)\s)",
    re.IGNORECASE,
)


_WITH_SCHEDULED_TITLE_RE = re.compile(
    r"with\s+(?P<subject>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?=\s+(?:scheduled|planned|pencill?ed\s+in"
    r"|slated|earmarked|to\s+follow|due)\b)",
    re.IGNORECASE,
)


def _with_aim_as_clause(title: str) -> str:
    """Return a title opening with a "with" clause's aim as a clause of its own ("With both
    sides aiming to sign the pact" -> "Both sides aim to sign the pact"; "with unions
    pressing for …" -> "Unions press for …")."""
    match = _WITH_AIM_TITLE_RE.match(title)
    if match is None:
        scheduled = _WITH_SCHEDULED_TITLE_RE.match(title)
        if scheduled is None:
            return title
        # "With ratification pencilled in for" -> "Ratification is pencilled in for"
        subject = scheduled.group("subject")
        plural = (subject.endswith("s") and not subject.endswith("ss")) or (
            subject.split()[0].lower() in _COUNTING_WORDS  # "With two more to follow"
        )
        be = "are" if plural else "is"
        return f"{subject[:1].upper()}{subject[1:]} {be}{title[scheduled.end('subject') :]}"
    verb = {"hop": "hope", "plann": "plan"}.get(match.group("verb"), match.group("verb"))
    subject = match.group("subject")
    plural = subject.endswith("s") and not subject.endswith("ss")
    if not plural:
        verb = verb[:-1] + "ies" if verb.endswith("y") else verb + _THIRD_PERSON.get(verb[-1], "s")
    return f"{subject} {verb}{title[match.end() :]}"


_COUNTING_WORDS = lexicon("two three four five six seven eight nine ten several both")
# The third person's ending after a verb's last letter: "presses", "pushes", "aims".
_THIRD_PERSON = {"s": "es", "h": "es"}


_HANGING_TO_RE = re.compile(
    r"\s(?:to|until)(?=\s+(?:because|after|before|when|while|but|so|amid|despite)\b)"
)
# Brackets the date's removal left with no word: "( )", "( -21)" of "(2020-21)".
_EMPTIED_BRACKETS_RE = re.compile(r"\s*\([\s,–\-/]*(?:\d{1,2}[\s,]*)?\)")
_SPACE_IN_BRACKETS_RE = re.compile(r"(?<=\()\s+|\s+(?=\))")


_PLUPERFECT_RE = re.compile(r"\bhad\s+(?P<verb>[a-z]+)\b")
_REPORTED_RE = re.compile(r"\b(?:said|says|told|announced|found|that|which|who|when|after)\b")


def _simple_past(title: str) -> str:
    """Return the title with its main verb's "had" dropped ("X had held talks" -> "X held
    talks"), unless a reporting verb or a subordinate clause comes first (its backshift
    is then the grammar's) or the participle differs from the past ("had begun")."""
    match = _PLUPERFECT_RE.search(title)
    if match is None or _REPORTED_RE.search(title, 0, match.start()):
        return title
    verb = match.group("verb")
    if not (verb.endswith("ed") and len(verb) > 4) and verb not in _SAME_PAST_PARTICIPLES:
        return title
    return title[: match.start()] + title[match.start("verb") :]


def happening_text(sentence: str, temporal_text: str) -> str:
    """Return the uncut main clause of the sentence part that `temporal_text` dates.

    Similarity compares these rather than titles, which TITLE_MAX may have cut short.
    """
    quotes = _quoted_spans(sentence)
    dates = [
        m
        for m in find_temporal_expressions(sentence, _ANY_ANCHOR)
        if not _inside(m.start, m.end, quotes)
    ]
    for start, end, part_dates in _parts(sentence, dates):
        if any(m.text == temporal_text for m in part_dates):
            remove = [*quotes, *((m.start, m.end) for m in part_dates)]
            relative = [(s - start, e - start) for s, e in remove if start <= s and e <= end]
            return _main_clause(sentence[start:end], relative, None, False)
    position = sentence.find(temporal_text)
    remove = [*quotes, (position, position + len(temporal_text))] if position >= 0 else quotes
    return _main_clause(sentence, remove, None, False)


# --- the extraction ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    mentions: list[ActorMention]  # in order of start
    anchor: date | None
    refs: dict[str, ActorRef]
    quoted: tuple[tuple[int, int], ...] = ()  # body spans inside quotation marks
    starts: list[int] = field(default_factory=list)  # the mentions' starts, for bisect
    marks: list[int] | None = None  # expression_marks(body), None to look at every sentence
    dateline: tuple[int, int] | None = None  # the body's opening dateline, if any
    place: str | None = None  # the dateline's place, lower case ("seoul")
    body: str = ""
    # a transcript's turns of named speakers ("MINISTER DOE:"), not the questioners'
    turns: tuple[tuple[int, int, int], ...] = ()


def _mentions_within(ctx: _Context, start: int, end: int) -> list[ActorMention]:
    """Return the mentions inside body[start:end], in order."""
    mentions = ctx.mentions
    found = []
    for index in range(bisect_left(ctx.starts, start), len(mentions)):
        mention = mentions[index]
        if mention.start >= end:
            break
        if mention.end <= end:
            found.append(mention)
    return found


_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")


def _body_quotes(body: str, turns: tuple[SpeakerLabel, ...]) -> tuple[tuple[int, int], ...]:
    """Return the body's spans inside quotation marks, paired within each paragraph (a
    quote of several sentences is one span, so a date in its second sentence is inside)."""
    spans: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH_RE.finditer(body):
        if _QUOTE_MARK_RE.search(paragraph.group()) is None:
            continue
        offset = paragraph.start()
        spans.extend((offset + s, offset + e) for s, e in _quoted_spans(paragraph.group()))
    # a transcript's turns are the speakers' words as quotes are
    spans.extend((turn.end, turn.speech_end) for turn in turns)
    return tuple(sorted(spans))


# The labels of a transcript's questioners and hosts: their turns are questions, never
# a speaker's own dated plans ("Q:", "JOURNALIST:", "Reporter:").
_QUESTIONER_LABELS = lexicon(
    """q question questions journalist journalists reporter reporters moderator host
    presenter interviewer anchor audience member caller voice unidentified participant
    participants speaker chair male female off mic"""
)


def _named_turns(turns: tuple[SpeakerLabel, ...]) -> tuple[tuple[int, int, int], ...]:
    """Return the spans of a transcript's turns whose label names a speaker ("MINISTER
    DOE:", "MR ROE:"), not a questioner ("Q:", "JOURNALIST:"), label included: a turn's
    first sentence may open with it ("KIPROTICH: We hope to have a draft by March."), and
    where the speech after the label begins."""
    return tuple(
        (turn.start, turn.speech_end, turn.end)
        for turn in turns
        if not all(word in _QUESTIONER_LABELS for word in re.findall(r"[a-z]+", turn.label.lower()))
    )


# What a named speaker's turn dates as the writer's own words would: a calendar date (a
# month, a year, a weekday, a day's number, a quarter or half of the year: "approve it in
# the first quarter"), a period to come ("next week") or just past ("agreed last week");
# not the small talk of the moment ("this morning", "overnight", "today").
_TURN_DATE_RE = re.compile(
    r"\d|\bnext\b|\blast\b|\bquarter\b|\bhalf\b|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Jan\b|Feb\b|Mar\b|Apr\b|Jun\b|Jul\b"
    r"|Aug\b|Sept?\b|Oct\b|Nov\b|Dec\b|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday"
)


# ... unless a part of the day opens the speaker's sentence, as the day's news would (not a
# bare "Today we sell beans": nowadays).
_TURN_DAY_RE = re.compile(r"(?i:earlier\s+today|this\s+(?:morning|afternoon))")


def _in_named_turn(ctx: _Context, sentence: Sentence) -> bool:
    """Return True when the sentence lies in a named speaker's turn of a transcript."""
    return any(s <= sentence.start and sentence.end <= e for s, e, _ in ctx.turns)


def _turn_label_length(ctx: _Context, sentence: Sentence) -> int:
    """Return the length of the speaker's label opening the sentence ("KIPROTICH: "), or 0."""
    return next((speech - s for s, _, speech in ctx.turns if s == sentence.start), 0)


def _sentence_quotes(ctx: _Context, sentence: Sentence) -> list[tuple[int, int]]:
    """Return the quoted spans of a sentence, relative to the sentence."""
    if not ctx.quoted:
        return _quoted_spans(sentence.text)
    return [
        (max(s, sentence.start) - sentence.start, min(e, sentence.end) - sentence.start)
        for s, e in ctx.quoted
        if s < sentence.end and sentence.start < e
    ]


def _last_person_before(mentions: list[ActorMention], offset: int) -> ActorMention | None:
    """Return the last person mention that ends before body offset `offset`."""
    found = None
    for mention in mentions:
        if mention.end > offset:
            break
        if mention.kind is ActorKind.PERSON:
            found = mention
    return found


_PRECISION_ORDER = {precision: index for index, precision in enumerate(Precision)}


_DATED_BEFORE_RE = re.compile(r"\bdated\s$")


def _pick_date(text: str, part: tuple[int, int], dates: list[TemporalMatch]) -> TemporalMatch:
    """Return the date nearest the part's main verb (finer precision on a tie)."""
    verb = _main_verb_position(text, *part)
    inserted = _inserted_relatives(text, *part)
    outside = [m for m in dates if not _inside(m.start, m.end, inserted)]
    dates = outside or dates  # a date in ", who … in 2016," is not the main clause's
    # "a notice dated 10/30/2026 that opens a hearing on 12/09/2026": a document's date
    undated = [m for m in dates if not _DATED_BEFORE_RE.search(text, max(0, m.start - 7), m.start)]
    dates = undated or dates
    # "debates the budget for fiscal 2027 on Wednesday": the year a budget covers names the
    # budget; the other date is the happening's
    if dates[1:] and _names_fiscal_year(text):
        covered = [m for m in dates if not _COVERED_YEAR_RE.match(m.text)]
        dates = covered or dates
    # "From 2020 to 2022 we worked by video": a span's end is not when it began
    if dates[1:] and _SPAN_OPEN_WORD_RE.search(text, *part):
        starts = [m for m in dates if not _ends_span(text, m, dates)]
        dates = starts or dates
    return min(
        dates,
        key=lambda m: (max(m.start - verb, verb - m.end, 0), _PRECISION_ORDER[m.date.precision]),
    )


_SPAN_OPEN_WORD_RE = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s")
_COVERED_YEAR_RE = re.compile(r"for\s+(?:the\s+)?(?:fiscal|financial|FY)", re.IGNORECASE)
_SPAN_OPEN_RE = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+$")
_SPAN_JOIN_RE = re.compile(r"\s*(?:to|and|until|till|through|[-–—])\s*")


def _ends_span(text: str, match: TemporalMatch, dates: list[TemporalMatch]) -> bool:
    """Return True when match ends a span another date opens ("from 2020 to 2022",
    "between 2016 and 2019": the second)."""
    return any(
        other.end <= match.start
        and _SPAN_JOIN_RE.fullmatch(text, other.end, match.start)
        and (
            other.text[:5].lower() in ("from ", "betwe")
            or _SPAN_OPEN_RE.search(text, max(0, other.start - 9), other.start)
        )
        for other in dates
    )


# "9 p.m. Monday in Washington, which was 11 a.m. Tuesday in Seoul", "8 p.m. Thursday
# Washington time, or 8 a.m. Friday in Hanoi": one moment told in two time zones.
_SAME_MOMENT_RE = re.compile(r",\s*which\s+(?:was|is)\s|,?\s+or\s|\s\(")
_LOCAL_REACH = 30  # characters around a day searched for its place


def _local_day(
    text: str, dates: list[TemporalMatch], chosen: TemporalMatch, place: str
) -> TemporalMatch:
    """Return, of two neighbouring days that tell one moment in two time zones, the one
    told in the dateline's place (round 14's convention); else `chosen`."""
    if chosen.date.precision is not Precision.DAY:
        return chosen
    for other in dates:
        if (
            other.date.precision is not Precision.DAY
            or abs((other.date.value - chosen.date.value).days) != 1
        ):
            continue
        first, second = sorted((chosen, other), key=lambda m: m.start)
        if second.start - first.end > 60 or not _SAME_MOMENT_RE.search(
            text, first.end, second.start
        ):
            continue
        # the place after the day ("Tuesday in Seoul", "Monday Brussels time"), up to the
        # next clause break, or just before it ("Geneva time on Tuesday")
        for match in (first, second):
            after = text[match.end : match.end + _LOCAL_REACH].split(",")[0].lower()
            before = text[max(0, match.start - _LOCAL_REACH) : match.start].lower()
            if place in after or f"{place} time" in before:
                return match
    return chosen


# A deadline's preposition: "by the end of the year", "before the end of June".
_DEADLINE_WORDS = ("by ", "before ", "until ", "till ", "within ")


def _told_as_past(chosen: TemporalMatch, anchor: date | None) -> bool:
    """Return True when the whole period of a date lies before the anchor."""
    return anchor is not None and fuzzy_date_range(chosen.date)[1] < anchor


# An expression that says by its own words that it lies behind: no hedge in its clause
# ("what may be") makes it a plan.
_BACK_WORDS_RE = re.compile(r"\b(?:last\s+(?:week|weekend|month|year)|ago|yesterday)\b")

# A meeting told in the present tense, its place between, before "this week" or "this
# month": the period has not ended, so the meeting is going on or ahead ("negotiators meet
# in Zenda this week"); "met" is past, and so are "did not meet", "have met".
_PRESENT_MEETING_RE = re.compile(
    r"(?<!did )(?<!not )(?<!have )(?<!has )(?<!had )"
    r"\b(?:meet|meets|gather|gathers|convene|convenes|sit|sits)\s+(?:[^\s,.;:]+\s+){0,4}$"
)


# A part of a year that opens after its first months: it lies ahead when told before it.
_LATER_PART_RE = re.compile(r"\b(second\s+half|latter\s+half|third\s+quarter|fourth\s+quarter)\b")
_LATER_PART_MONTHS = {
    "second half": 7,
    "latter half": 7,
    "third quarter": 7,
    "fourth quarter": 10,
}


_YEAR_DIGITS_RE = re.compile(r"\d{4}")
# A request or a hope for what comes after it: "asked the agency to reply by …", "asked for
# envoys to meet before …", "hoped for a vote before …"; not one told in the pluperfect
# ("which had asked for more time in September": a request before the story's past).
_PLAN_BEFORE_RE = re.compile(
    r"(?<!\bhad )\b(?:asked|urged|hoped|hopes|wants|wanted|expects|expected)\b[^.;:“”\"]{0,60}?"
    r"\b(?:to[ \t]+[a-z]+|for[ \t]+[a-z]+)\b[^.;:“”\"]{0,50}$"
)


_QUARTER_ENDS = {"first": 3, "second": 6, "third": 9, "fourth": 12, "final": 12, "last": 12}


def _period_end(lowered: str, value: FuzzyDate) -> date:
    """Return the last day of a date, or of the quarter a yearless quarter's words name
    ("the first quarter", read as a year)."""
    if "quarter" in lowered:
        for word, month in _QUARTER_ENDS.items():
            if f"{word} quarter" in lowered:
                following = date(value.value.year + month // 12, month % 12 + 1, 1)
                return following - timedelta(days=1)
    return fuzzy_date_range(value)[1]


# A request whose deadline is a scheduled happening: "asking for a review … before the
# second stage of cuts on 1 April" (not "had asked")
_REQUEST_RE = re.compile(
    r"(?<!\bhad )\b(?:ask|asks|asked|asking|urge|urges|urged|urging|call|calls|called|calling"
    r"|want|wants|wanted)\s+(?:for|to|[a-z]+\s+to)\s"
)


def _requested_before(text: str, chosen: TemporalMatch) -> bool:
    """Return True when `chosen` dates "before the <phrase>" closing a request's clause."""
    match = _BEFORE_DATED_PHRASE_RE.search(text, max(0, chosen.start - 70))
    return (
        match is not None
        and match.end() == chosen.start
        and _REQUEST_RE.search(text, max(0, match.start() - 120), match.start()) is not None
    )


def _planned_ahead(text: str, chosen: TemporalMatch, anchor: date | None) -> FuzzyDate:
    """Return the date of a yearless month or quarter told as a plan ("asked the agency to
    reply by May", written in November): a plan lies ahead, so a period already over
    is next year's; so is a yearless day a request must come before."""
    value = chosen.date
    if (
        anchor is not None
        and value.precision is Precision.DAY
        and anchor.year == value.value.year
        and value.value < anchor
        and (value.value.month, value.value.day) != (2, 29)
        and not _YEAR_DIGITS_RE.search(chosen.text)
        and "before the " in text
        and _requested_before(text, chosen)
    ):
        return FuzzyDate(value.value.replace(year=anchor.year + 1), value.precision)
    if (
        anchor is None
        or value.precision not in (Precision.MONTH, Precision.YEAR)
        or _YEAR_DIGITS_RE.search(chosen.text)
        or not any(c.isalpha() for c in chosen.text)
        or "year" in chosen.text.lower()
        or _period_end(chosen.text.lower(), value) >= anchor
        or value.value.year != anchor.year
        # "the safeguard applied since June": since when, not what is asked for
        or chosen.text[:6].lower() == "since "
        or told_as_past_plan(text, chosen.start, chosen.end)
        or not (
            is_future_context(text, chosen.start, chosen.end)
            or _PLAN_BEFORE_RE.search(text, max(0, chosen.start - 90), chosen.start)
        )
        # "approved a plan for new ports last month": its own words put it behind
        or _BACK_WORDS_RE.search(chosen.text.lower()) is not None
    ):
        return value
    return FuzzyDate(value.value.replace(year=anchor.year + 1), value.precision)


# A list's entry dated by its label ("- 17 May 2026: the round opens in Zenda"): what
# comes before the date (a bullet, or nothing), and the modals that would set it ahead.
_LABEL_DATE_RE = re.compile(r"\s*(?:[-*•–]\s+)?")
_MODAL_WORD_RE = re.compile(r"\b(?:will|would|shall)\b", re.IGNORECASE)


def _is_planned(text: str, chosen: TemporalMatch, anchor: date | None) -> bool:
    """Return True when the dated happening is future or conditional."""
    if (
        anchor is not None
        and chosen.date.value < anchor
        and told_as_past_plan(text, chosen.start, chosen.end)
        and fuzzy_date_range(chosen.date)[1] < anchor
    ):
        return False  # "had been scheduled for October", told in November: it did not happen
    lowered = chosen.text.lower()
    if "next" in lowered or "tomorrow" in lowered:
        return True
    if "later" in lowered and not _told_as_past(chosen, anchor):
        return True  # "later this year"; but "two years later" after 2020 is history
    if _BACK_WORDS_RE.search(lowered) and _told_as_past(chosen, anchor):
        return False  # "held what could be the final session in Strelsau last week"
    later_part = _LATER_PART_RE.search(lowered)
    if (
        later_part is not None
        and anchor is not None
        and chosen.date.value.year == anchor.year
        and anchor.month < _LATER_PART_MONTHS[" ".join(later_part.group(1).split())]
    ):
        return True  # "a vote likely in the second half of the year", told in February
    if anchor is not None and chosen.date.value > anchor:
        return True
    if (
        anchor is not None
        and lowered.startswith(_DEADLINE_WORDS)
        and fuzzy_date_range(chosen.date)[1] >= anchor
    ):
        return True  # "agreed by the end of the year": a deadline not yet passed
    if (
        anchor is not None
        and _LABEL_DATE_RE.fullmatch(text, 0, chosen.start) is not None
        and text[chosen.end : chosen.end + 1] == ":"
        and _YEAR_DIGITS_RE.search(chosen.text)
        and fuzzy_date_range(chosen.date)[1] < anchor
        and _MODAL_WORD_RE.search(text, chosen.end) is None
    ):
        return False  # "- 17 May 2026: the round opens in Zenda": a past entry of key dates
    if is_future_context(text, chosen.start, chosen.end):
        return True
    return lowered in ("this week", "this month") and bool(
        _PRESENT_MEETING_RE.search(text, max(0, chosen.start - 60), chosen.start)
    )


# A title cut after an aside or a participle that opens with the main verb ("Will now
# expire at the next conference"), or a part that is a second predicate of the sentence's
# subject ("Negotiations were launched in 2018, | stalled during the crisis of 2022 | and
# resumed in July"): the sentence's subject goes in front.
_FINITE_TITLE_RE = re.compile(
    r"(?:Will|Would|Could|Is|Are|Was|Were|Has|Have|Had|Remains?|Expires|Replaces|Sets|Takes"
    r"|Follows|Expects|Aims?|Plans|Hopes|Intends|Seeks|In\s+force)\b"
)
_SUBJECT_END_RE = re.compile(r"[,;:—–(]|\b(?:is|are|was|were|will|would|has|have|had)\b")
_TRAILING_ADVERB_RE = re.compile(r"(?:\s+[a-z]+ly)+$")  # "The two countries formally"
_COMPLEMENT_RE = re.compile(r"^.*\bthat\s+")  # "MEPs note that | the US restored"
_SUBJECT_PREPOSITION_RE = re.compile(r"\s(?:between|of|with|on|for|from|in|to|under)\s")
_SUBJECT_MAX = 60


# An aside opening after the subject: ", which cut its tariff in March," ", signed in 2023,"
_ASIDE_OPEN_RE = re.compile(r",\s+(?:who\s|which\s|(?:[a-z]+ly\s+)?" + _PARTICIPLE + r"\s)")
# Where a clause with a subject of its own opens: "…, but the EU Deforestation Regulation"
_CLAUSE_OPEN_RE = re.compile(r",\s+(?:but|and|while|whereas)\s+|;\s+")


# A newsletter's label before its item: "STEEL, AGAIN: The safeguard …"
_LABEL_RE = re.compile(r"[A-Z][A-Z ,.’'&-]*:\s+")
# A dateline's place before the first sentence: "MANILA — The Philippines and Canada …"
_DATELINE_PLACE_RE = re.compile(r"[A-Z][A-Z .’'-]*[A-Z]\s+[—–-]\s+(?=[A-Z])")


# A schedule told in the present ("The round opens in Lima on Monday and is scheduled to
# run until 4 December"): its verb ends the subject the second predicate takes.
_SCHEDULE_PRESENT_RE = re.compile(
    r"\b(?:opens|starts|begins|runs|ends|closes|resumes|continues|expires|takes\s+place)\b"
)


# A short noun phrase and a verb in the present before its object's determiner: "The
# schedule follows the …", "The new text covers a …" (not "towards", "besides", "across").
_SHORT_SUBJECT_PRESENT_RE = re.compile(
    r"(?:The|A|An|Its|Their|This)\s+(?:[a-z][\w’'-]*\s+){0,2}?"
    r"(?P<verb>(?!(?:towards|besides|perhaps|whereas|always|afterwards|plus|thus|unless)\s)"
    r"[a-z]{2,}[^\Wsu]s)\s+(?:the|a|an|its|their)\s"
)


def _sentence_subject(text: str, limit: int) -> str | None:
    """Return the subject of the clause a part at `limit` continues: the words before its
    first comma or verb (before the aside that `limit` closes, if any), without openers,
    roles and adverbs; None when that is no short name or noun phrase."""
    offset = 0
    aside = None
    for aside in _ASIDE_OPEN_RE.finditer(text, 0, limit):  # noqa: B007
        pass
    if aside is not None and "," not in text[aside.end() : limit]:
        # the part closes this aside: its clause opens after the last clause break before
        for clause in _CLAUSE_OPEN_RE.finditer(text, 0, aside.start()):
            offset = clause.end()
    label = _LABEL_RE.match(text, offset) or _DATELINE_PLACE_RE.match(text, offset)
    offset = label.end() if label is not None else offset
    lead = _LEADING_MARKER_RE.match(text, offset)
    offset = lead.end() if lead is not None else offset
    end = _SUBJECT_END_RE.search(text, offset)
    verb = _VERB_RE.search(text, offset)
    present = _SCHEDULE_PRESENT_RE.search(text, offset, limit)
    found = [m for m in (end, verb, present) if m is not None]
    cut = min(m.start() for m in found) if found else offset
    short = _SHORT_SUBJECT_PRESENT_RE.match(text, offset)
    if short is not None and short.start("verb") < cut:
        cut = short.start("verb")  # "The schedule follows the tariff, which …"
    if cut > limit:
        return None  # the part itself would be in it
    subject = _COMPLEMENT_RE.sub("", _TRAILING_ADVERB_RE.sub("", text[offset:cut].rstrip()))
    subject = _strip_roles(subject.strip())
    if len(subject) > _SUBJECT_MAX:
        # "The agreement between Mercosur and the European Free Trade Association": its head
        preposition = _SUBJECT_PREPOSITION_RE.search(subject)
        if preposition is not None and " " in subject[: preposition.start()]:
            subject = subject[: preposition.start()]
    if (
        not subject
        or len(subject) > _SUBJECT_MAX
        or any(c.isdigit() for c in subject)
        or subject.isupper()  # a dateline's place or a newsletter's label ("STEEL, AGAIN:")
    ):
        return None
    return subject


def _with_sentence_subject(text: str, title: str, limit: int | None = None) -> str:
    """Return `title` with the sentence's subject in front, or `title` when that is no
    short name or noun phrase (see _sentence_subject)."""
    subject = _sentence_subject(text, len(text) if limit is None else limit)
    if subject is None:
        return title
    if (
        limit is not None
        and (
            "," in text[max(0, limit - 2) : limit + 2]  # a list's item, not "and stalled …"
            # "was verified in March and cleared by the board in May": an agent's "by"
            or title.split(" ", 2)[1:2] == ["by"]
        )
        and _PARTICIPLE_WORD_RE.fullmatch(title.split(" ", 1)[0].lower())
        and (passive := _PASSIVE_OPENING_RE.match(text, text.find(subject))) is not None
        and passive.group("subject") == subject
    ):
        # "The talks were launched in 2010, | suspended in 2012 …": the passive's "were"
        subject = f"{subject} {passive.group('auxiliary')}"
    elif (
        limit is not None
        and _PARTICIPLE_WORD_RE.fullmatch(title.split(" ", 1)[0].lower())
        and " and " in text[max(0, limit - 5) : limit + 5]
        and (modal := _MODAL_PASSIVE_OPENING_RE.match(text, text.find(subject))) is not None
        and modal.group("subject") == subject
    ):
        # "The text will be signed in March | and ratified in May": "will be" goes on
        subject = f"{subject} {' '.join(modal.group('auxiliary').split())}"
    joined = _cut_title(f"{subject} {title[:1].lower()}{title[1:]}")
    return joined[:1].upper() + joined[1:]


_ADVERB_RE = re.compile(r"[a-z]{3,}ly")


def _opens_with_predicate(text: str, start: int, end: int, title: str) -> bool:
    """Return True when `title` opens with a verb that the part has in lower case: a
    predicate with no subject of its own ("stalled during the crisis", "took effect")."""
    if _FINITE_TITLE_RE.match(title):
        return True
    words = title.split(" ", 2)
    word = words[0].rstrip(",;:")
    if _ADVERB_RE.fullmatch(word.lower()) and len(words) > 1:
        word = words[1].rstrip(",;:")  # "Substantially concluded in Vientiane"
        if word != word.lower():
            return False
        word = word.capitalize()
    lowered = word.lower()
    if word != lowered and lowered in _BARE_PRESENT_VERBS and text.startswith(" and ", start):
        return True  # "met in July | and resume talks in March": the subject's present
    if word == lowered or not _VERB_RE.fullmatch(lowered):
        return False
    return re.search(rf"(?<![\w-]){re.escape(lowered)}\b", text[start:end]) is not None


# "at the previous round, | held in Riyadh in September": a participle after a noun phrase
# is said of that phrase, not of the sentence's subject.
_PARTICIPLE_PART_RE = re.compile(r",\s+(?:[a-z]+ly\s+)?" + _PARTICIPLE + r"\s")
_SHORT_NOUN_PHRASE_RE = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+$"
)


# "after talks that began in 2019 | and were paused during the pandemic": a second past
# predicate of a relative clause, with no break between, is said of its antecedent
# (a passive: "and reviewed it in 2021" may be the main subject's)
_AND_PAST_PREDICATE_RE = re.compile(r"\s+and\s+(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s")
_LAST_RELATIVE_RE = re.compile(r".*\b(?:that|which|who)\s+(?=[^,;:()—–]*$)", re.DOTALL)


def _relative_predicate_subject(text: str, start: int) -> str | None:
    """Return the antecedent of the relative clause whose second past predicate the part
    at `start` is, or None."""
    if _AND_PAST_PREDICATE_RE.match(text, start) is None:
        return None
    relative = _LAST_RELATIVE_RE.match(text, 0, start)
    if relative is None or _VERB_RE.search(text, relative.end(), start) is None:
        return None  # the relative clause has a verb of its own before "and"
    head = text[: relative.end()].rsplit(None, 1)[0].rstrip()
    phrase = _ANTECEDENT_PHRASE_RE.search(head, max(0, len(head) - 50)) or _BARE_PLURAL_RE.search(
        head, max(0, len(head) - 30)
    )
    return phrase.group() if phrase is not None else None


_PARTICIPLE_ASIDE_OPEN_RE = re.compile(
    r",\s+(?:(?:[a-z]+ly|first|later|originally|also)\s+)?(?:re)?" + _PARTICIPLE + r"\s"
)


_PARTICIPLE_WORD_RE = re.compile(_PARTICIPLE)
_PASSIVE_OPENING_RE = re.compile(
    r"(?P<subject>.+?)\s+(?P<auxiliary>was|were)\s+(?:[a-z]+ly\s+)?" + _PARTICIPLE + r"\s"
)


_MODAL_PASSIVE_OPENING_RE = re.compile(
    r"(?P<subject>.+?)\s+(?P<auxiliary>(?:will|would|could|should|shall|must|might)\s+be)\s+"
    r"(?:[a-z]+ly\s+)?" + _PARTICIPLE + r"\s"
)


def _second_participle_title(text: str, start: int, title: str) -> str | None:
    """Return "The agreement was suspended for eight months" for the part at `start` of
    "The agreement, first signed in 2001 | and suspended for eight months in 2018, …": the
    second participle of an aside after the subject, told as a passive; else None."""
    aside = None
    for aside in _PARTICIPLE_ASIDE_OPEN_RE.finditer(text, 0, start):  # noqa: B007
        pass
    if aside is None or "," in text[aside.end() : start]:
        return None
    subject = _THAT_OPENING_RE.sub("", text[: aside.start()].strip())
    if _PASSIVE_OPENING_RE.match(subject) or not _BARE_NOUN_PHRASE_RE.fullmatch(
        subject[:1].upper() + subject[1:]
    ):
        # "The talks were launched in 2010, suspended in 2012 | and relaunched in 2025": a
        # list of predicates after a passive, no aside after a noun phrase
        return None
    verb = "were" if _plural(subject) else "was"
    title = title.split(", ", 1)[0]  # the aside ends at its comma: "extended, | ties …"
    joined = _cut_title(f"{subject} {verb} {title[:1].lower()}{title[1:]}")
    return joined[:1].upper() + joined[1:]


def _participle_subject(text: str, start: int) -> str | None:
    """Return the noun phrase a participle part follows, or None."""
    if _PARTICIPLE_PART_RE.match(text, start) is None:
        return None
    aside = None
    for aside in _ASIDE_OPEN_RE.finditer(text, 0, start):  # noqa: B007
        pass
    if aside is not None and "," not in text[aside.end() : start]:
        return None  # ", who called the pact … campaign, | imposed tariffs": the main verb
    phrase = _SHORT_NOUN_PHRASE_RE.search(text, max(0, start - 50), start)
    return phrase.group() if phrase is not None else None


# "said on Monday | that it had postponed", ", and that the agreement would enter into
# force": what was said, told as its own happening; its subject is after "that"
_COMPLEMENT_PART_RE = re.compile(r"[\s,]*(?:and\s+|but\s+)?that\s+(?=\S)")
_THAT_TITLE_RE = re.compile(r"That\s+(?P<pronoun>it|they)?\b\s*")
# "After trade ministers met in Abu Dhabi", "When negotiators first sat down": the clause
# of time is the happening; its own subject and verb make the title
_SUBORDINATOR_TITLE_RE = re.compile(r"(?:After|When|Before|Since|While|Once|Until|If|Unless)\s+")
_DETERMINER_AFTER_NOUN_RE = re.compile(
    r"\b[a-z]+(?<!\band)(?<!\bof)(?<!\bby)(?<!\bto)(?<!\bfrom)(?<!\bin)(?<!\bat)(?<!\bon)"
    r"(?<!\bwith)\s+(?:the|a|an)\s"
)
_SUBORDINATOR_PART_RE = re.compile(
    r"[\s,]*(?i:after|when|before|since|while|once|until|if|unless)\s+"
)
_RELATIVE_BEFORE_RE = re.compile(r"\b(?:that|which|who)\s+$")
_RELATIVE_HEAD_MAX_WORDS = 5  # "After the last two rounds that began": the noun phrase


# Past forms _VERB_RE leaves out (it also picks dates and parts: not changed for titles)
_MORE_PAST_RE = re.compile(r"\b(?:sat|shook|froze|fought|sought|spent|heard|wound|sank)\b")


def _subordinate_clause_title(title: str) -> str:
    """Return a title that opens with a subordinator ("After X met …") as its clause
    ("X met …") when that clause has a subject and a verb of its own, else `title`."""
    opener = _SUBORDINATOR_TITLE_RE.match(title)
    if opener is None:
        return title
    rest = title[opener.end() :]
    first = rest.split(" ", 1)[0]
    if opener.group().startswith(("If", "Unless")) and " " in rest:
        return rest[:1].upper() + rest[1:]  # "If the Senate passes it": a condition's clause
    if first.endswith("ing") or _VERB_RE.fullmatch(first.lower()):
        return title  # "After reaching a broad agreement": no subject
    verb = _VERB_RE.search(rest, len(first)) or _MORE_PAST_RE.search(rest, len(first))
    if verb is None:
        return title
    relative = _RELATIVE_BEFORE_RE.search(rest, 0, verb.start())
    if relative is not None:
        # "After eight rounds that began": the rounds are what began
        head = rest[: relative.start()].rstrip()
        if not 0 < len(head.split()) <= _RELATIVE_HEAD_MAX_WORDS or "," in head:
            return title
        joined = f"{head} {rest[verb.start() :]}"
        return joined[:1].upper() + joined[1:]
    if _DETERMINER_AFTER_NOUN_RE.search(rest, 0, verb.start()):
        return title  # "After the announcement the rates spiralled": two phrases
    comma = rest.find(", ", verb.end())
    if comma > 0:
        rest = rest[:comma]  # "When the talks resumed, | the two sides set …": the main clause
    return rest[:1].upper() + rest[1:]


# '"…," said Nasrin Akter Mollik, vice-president of …': the quote is left out of titles, and
# the attribution reads as "Nasrin Akter Mollik said"
_INVERTED_SAID_RE = re.compile(
    r"(?P<verb>Said|Says)\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})"
    r"(?:,|$|\s(?=(?:at|in|during)\s))"
)


# where an inverted attribution was said, after the speaker's role: "said Jane Doe, a trade
# official, | at a forum in Ruritania City on Monday"
_SAID_WHERE_RE = re.compile(
    r"\b(?:said|says)\s+[A-Z][^,;]{1,60},\s+[^,;]{1,120}?,\s+(?P<where>(?:at|in|during)\s[^,;]+)"
)


def _dated_inside_subordinate(text: str, start: int, chosen: TemporalMatch) -> bool:
    """Return True when the part's date is in a clause of time the part opens with ("after
    ministers met in Abu Dhabi on Tuesday"; not "Once the Diet has ratified it, the
    agreement should enter into force on 1 February")."""
    opener = _SUBORDINATOR_PART_RE.match(text, start)
    return opener is not None and "," not in text[opener.end() : chosen.start]


# The verb after the subject a part "and again …" repeats: "will meet", "had met", "met"
_REPEATED_VERB_RE = re.compile(
    r"\s*(?:(?P<aux>will|would|could|should|is\s+to|are\s+to)\s+|had\s+)?(?P<verb>[a-z]{2,})\b"
)


def _repeated_predicate(text: str, start: int) -> str | None:
    """Return the subject and verb of the sentence's first predicate ("The committee will
    meet"), for a part at `start` that says it again; None when there is no short subject."""
    subject = _sentence_subject(text, start)
    if subject is None or not text.startswith(subject):
        return None
    verb = _REPEATED_VERB_RE.match(text, len(subject))
    if verb is None or (verb["aux"] is None and _VERB_RE.fullmatch(verb["verb"]) is None):
        return None
    return " ".join(w for w in (subject, verb["aux"], verb["verb"]) if w)


def _headline(
    text: str, start: int, end: int, title: str, chosen: TemporalMatch | None = None
) -> str:
    """Return `title` with a subject: the sentence's (or the noun phrase's a participle
    follows) for a part that opens with its verb, the clause's own for one that opens with
    "that" or a subordinator, and the sentence's subject for "that it"."""
    if start > 0 and (
        _BARE_ENTRY_TITLE_RE.match(title)
        or (_LISTED_BARE_TITLE_RE.match(title) and text.endswith(", ", 0, start + 2))
    ):
        # "… could be signed in early 2027 | and enter into force by 2029": the subject
        # and the modal of the first predicate govern the bare verb too
        modal = None
        for modal in _MODAL_BEFORE_RE.finditer(text, 0, start):  # noqa: B007
            pass
        subject = None
        if modal is not None:
            clause = text.rfind(", ", 0, modal.start()) + 1  # "If the round succeeds, | …"
            subject = _sentence_subject(text[clause:].lstrip(), modal.start() - clause)
        if modal is not None and subject is not None:
            joined = _cut_title(f"{subject} {modal.group().strip()} {title[:1].lower()}{title[1:]}")
            return joined[:1].upper() + joined[1:]
    if start > 0 and title[:6] == "Again ":
        # "will meet in Zenda on 3 March, | and again in Strelsau on 9 June": the first
        # predicate's subject and verb are said again
        repeated = _repeated_predicate(text, start)
        if repeated is not None:
            joined = _cut_title(f"{repeated} {title[:1].lower()}{title[1:]}")
            return joined[:1].upper() + joined[1:]
    if start > 0 and _ASIDE_SECOND_PARTICIPLE_RE.match(text, start):
        passive = _second_participle_title(text, start, title)
        if passive is not None:
            return passive
    if start > 0 and _opens_with_predicate(text, start, end, title):
        subject = _participle_subject(text, start) or _relative_predicate_subject(text, start)
        if subject is not None:
            joined = _cut_title(f"{subject} {title[:1].lower()}{title[1:]}")
            return joined[:1].upper() + joined[1:]
        return _with_sentence_subject(text, title, start)
    if start > 0 and _COMPLEMENT_PART_RE.match(text, start):
        that = _THAT_TITLE_RE.match(title)
        rest = title[that.end() :] if that is not None else ""
        if (
            that is None
            or not rest
            or (
                not that.group("pronoun")
                and (
                    _VERB_RE.fullmatch(rest.split(" ", 1)[0].lower())
                    or _VERB_AFTER_RELATIVE_RE.match(rest)
                )
            )
        ):
            return title  # "That opens a public hearing": a relative clause's verb
        if that.group("pronoun"):
            subject = _sentence_subject(text, start)
            if subject is None or not subject[:1].isupper():
                return title  # "that it would": whose "it" is not safe to say
            return _cut_title(f"{subject} {rest}")
        return rest[:1].upper() + rest[1:]
    inverted = _INVERTED_SAID_RE.match(title)
    if inverted is not None:
        said = f"{inverted['name']} {inverted['verb'].lower()}"
        where = _SAID_WHERE_RE.search(text, start, end) if chosen is not None else None
        if where is not None and where.start("where") < chosen.start <= where.end("where"):
            # '"…," said Jane Doe, a trade official, at a forum in Ruritania City on Monday'
            phrase = _strip_dangling(text[where.start("where") : chosen.start])
            if " " in phrase and len(said) + 1 + len(phrase) <= TITLE_MAX:
                said = f"{said} {phrase}"
        return said
    if chosen is not None and _dated_inside_subordinate(text, start, chosen):
        return _subordinate_clause_title(title)
    return title


# "Statistics Canada said": a dated attribution whose title kept nothing of what was said
_SAID_VERBS = ("said", "says", "reported", "announced", "added", "stated", "repeated", "noted")
_BARE_SAID_RE = re.compile(r"(?:[\w.’'()-]+,?\s+){1,9}?(?:" + "|".join(_SAID_VERBS) + ")")
# what was said, after the attribution's date: "said on Thursday | that the talks …"
_SAID_AFTER_DATE_RE = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:that\s+)?(?=[\w“\"])"
)
_OBJECT_PRONOUN_RE = re.compile(r"\s(?:it|they|which|that|who)\s")
# what is left of a dateline before a sentence: "(Harbourline) - ", "New Delhi: ", "SEOUL - "
_DATELINE_REST_RE = re.compile(
    r"\s*(?:\([^)]{1,40}\)\s*[-–—]*\s*)?(?:(?:[A-Z][\w.’'-]*\s){0,3}[A-Z][\w.’'-]*"
    r"(?::|\s[-–—]+)\s+)?"
)
_SAID_BEFORE_DATE_RE = re.compile(r"\s(?:on\s+|in\s+)?$")
# a reported clause's first word that is no name ("The talks …" -> "said the talks …")
_LOWER_OPENERS = frozenset("The A An Its Their This These Those Both Some".split())  # noqa: SIM905


def _said_what(
    text: str,
    part: tuple[int, int],
    chosen: TemporalMatch,
    title: str,
    remove: list[tuple[int, int]],
    dates: list[TemporalMatch],
) -> str:
    """Return a bare attribution title ("Statistics Canada said") with what was said after
    it: the clause after its date ("said on Thursday that the round …") or the clause it
    follows (", Statistics Canada said on Thursday"); `title` when that clause holds a
    quotation or loses its verb in the cut."""
    # ", according to data released by the ministry on Wednesday": what the data showed
    according = title.startswith("According to ")
    # (a title that ends with no such verb needs no try of the patterns)
    shorter = _shorter_speaker(title) if title.endswith(_SAID_VERBS) else title
    if not according and (
        not title.endswith(_SAID_VERBS)
        or (_BARE_SAID_RE.fullmatch(title) is None and _BARE_SAID_RE.fullmatch(shorter) is None)
        or _OBJECT_PRONOUN_RE.search(title)
    ):
        return title  # "A position it repeated": a relative clause, not an attribution
    start = part[0]
    if _SAID_BEFORE_DATE_RE.search(text, start, chosen.start) is None:
        return title
    after = None if according else _SAID_AFTER_DATE_RE.match(text, chosen.end)
    if after is not None:
        span = (after.end(), len(text))
    elif start > 0 and (text[:start].rstrip().endswith(",") or text[start] == ","):
        # after a dateline ("OTTAWA, Nov 19 (Harbourline) - ", "New Delhi: ")
        opening = next((e for s, e in remove if s == 0 and text[:1] not in '"“'), 0)
        span = (_DATELINE_REST_RE.match(text, opening).end(), start)
    else:
        return _with_opening_quote(text, title, remove)
    dated = {(m.start, m.end) for m in dates}
    if any(s < span[1] and span[0] < e for s, e in remove if (s, e) not in dated):
        return title  # a quotation in what was said
    cuts = sorted(
        (m.start - span[0], m.end - span[0])
        for m in dates
        if span[0] <= m.start and m.end <= span[1]
    )
    said = _main_clause(text[span[0] : span[1]], cuts, None, False)
    first = said.split(" ", 1)[0]
    if _VERB_RE.fullmatch(first) or first in _BARE_COPULAS:
        return title  # "The duties … announced in March | will be phased out": no attribution
    lead = "" if according else title
    if lead and first in _LOWER_OPENERS:
        said = said[:1].lower() + said[1:]
    if len(lead) + 1 + len(said) > TITLE_MAX:
        lead = shorter  # "A spokesperson for the Ruritanian trade office said" -> "The … said"
        said = _shorten_subject(said, TITLE_MAX - len(lead) - 1)
    joined = _cut_title(f"{lead} {said}".lstrip())
    rest = joined[len(lead) :]
    last = rest.rsplit(" ", 1)[-1]
    if (
        ", " in rest  # "said Forjas del Norte, a family-owned maker of …"
        or last in _BARE_COPULAS
        or last in _AUXILIARIES
        or not any(
            pattern.search(rest)
            for pattern in (_VERB_RE, _COPULA_RE, _CLAUSE_VERB_RE, _MORE_PAST_RE, _INTENT_RE)
        )
    ):
        return title  # what was said lost its verb or its complement in the cut
    return joined[:1].upper() + joined[1:]


# Who speaks for a body, before it ("A spokesperson for the trade office said"), and a
# state's long style after a ministry's name ("… of the Republic of Ruritania said"): words
# a title short of room drops, the body still saying it
_SPEAKER_FOR_BODY_RE = re.compile(
    r"^(?:[aA]n?|[tT]he)\s+(?:spokes(?:person|man|woman)|official|representative)\s+"
    r"(?:for|of|at|from)\s+(?=(?:the\s+)?[A-Z])"
)
_STATE_STYLE_RE = re.compile(
    r"\s+of\s+the\s+(?:(?:[A-Z][a-z]+\s+){0,2}Republic|Kingdom|Federation|Sultanate|State"
    r"|Principality|Commonwealth)\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?=\s+\w+$)"
)


def _shorter_speaker(attribution: str) -> str:
    """Return a bare attribution without who speaks for the body or the state's style
    after its name ("A spokesperson for the Ruritanian trade office said" -> "the
    Ruritanian trade office said"), else unchanged."""
    if attribution[:1] in "aAtT" and (spoken := _SPEAKER_FOR_BODY_RE.match(attribution)):
        attribution = attribution[spoken.end() :]
    if " of the " in attribution:
        attribution = _STATE_STYLE_RE.sub("", attribution, count=1)
    return attribution


# the end of a quotation's first sentence or clause, where a title may cut it
_QUOTE_CUT_RE = re.compile(r"[.;!?](?=\s)|,(?=\s)|\s[—–-]\s")


def _with_opening_quote(text: str, title: str, remove: list[tuple[int, int]]) -> str:
    """Return the bare attribution `title` ("The ministry said") of a sentence that opens
    with the quotation it attributes ("“The labels will be recognised as they are,” the
    ministry said on Wednesday") with the quotation's first sentence after a colon, cut
    at a clause when it would not fit; `title` when it still would not."""
    quote = next(((s, e) for s, e in remove if s == 0), None)
    if quote is None or text[:1] not in '"“' or text[quote[1] - 1] not in '"”':
        return title
    # the attribution right after the quotation, and nothing more ("…," the ministry said
    # on Wednesday.)
    rest = text[quote[1] :].lstrip(" ,")
    verb = title.rsplit(" ", 1)[-1]
    said = rest.find(f" {verb}")
    opening = rest.lower().find(title.split(" ", 1)[0].lower())
    if not 0 <= opening < 40 or not 0 < said < len(title) + 40:
        return title
    inner = text[1 : quote[1] - 1].strip()
    room = TITLE_MAX - len(title) - 4
    cuts = [m.start() for m in _QUOTE_CUT_RE.finditer(inner) if m.start() >= _TITLE_MIN // 2]
    sentence_end = next((c for c in cuts if inner[c] in ".;!?"), len(inner))
    inner = inner[:sentence_end].rstrip(" ,")
    if len(inner) > room:
        fitting = [c for c in cuts if c <= room and c < len(inner)]
        if not fitting:
            return title
        inner = inner[: fitting[-1]].rstrip(" ,")
    if len(inner.split()) < 3:
        return title
    return f"{title}: {text[0]}{inner}{text[quote[1] - 1]}"


# A heading: a short line of its own with no sentence end, no verb and no figure or colon
# (a list's "Entry into force: 1 May 2024" states a date).
_HEADING_MAX = 80
_SENTENCE_END_CHARS = '.!?:;"”’)…'


def _is_heading(body: str, sentence: Sentence) -> bool:
    """Return True when `sentence` is a section heading: alone on its line, short, with
    no closing punctuation and no verb ("This week in the Ways and Means Committee")."""
    text = sentence.text.strip()
    return (
        len(text) <= _HEADING_MAX
        and ":" not in text
        and text[-1:] not in _SENTENCE_END_CHARS
        and body[sentence.start - 1 : sentence.start] in ("", "\n")
        and body[sentence.end : sentence.end + 1] in ("", "\n")
        and not any(c.isdigit() for c in text)
        and _VERB_RE.search(text) is None
    )


# ", and Ternium, the region's largest steelmaker, told analysts overnight": a clause with a
# named subject of its own, coordinated inside a part that has one date
# ", and Australia will …" (a named subject), "… and that the next round …" (a second
# reported clause, after a first: _FIRST_COMPLEMENT_RE)
_DATED_CLAUSE_OPEN_RE = re.compile(
    r",\s+(?:and|but)\s+(?=(?:the\s+)?[A-Z][a-z])|[\s,]+(?:and|but)\s+(?P<that>that\s+)(?=[a-z])"
    r"|,\s+(?:and|but|while|whereas)\s+(?P<lower>(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,3}?"
    r"(?:\s+(?:in|at|of)\s+[A-Z][\w-]+)?"
    # a phrase after the head: "the first cuts on goods from other African countries"
    r"(?:\s+(?:on|from|for|of|to|in)\s+(?:[A-Za-z][\w’'-]*\s+){0,2}?[A-Za-z][\w’'-]*){0,2})"
    r"(?=\s+(?:are|is|were|was|will|would|have|has|had|[a-z]{3,}ed|"
    + _PAST_IRREGULAR
    # a present verb of intent: ", and the ministry expects two-way trade to pass …"
    + r"|(?:expect|aim|plan|hope|intend|want|seek)s)\b)"
)
_PRESENT_INTENT_RE = re.compile(r"\b(?:expect|aim|plan|hope|intend|want|seek)s\b")
# ", and later signed", ", and in March the EU": no subject of the clause's own
_NOT_SUBJECT_WORDS = frozenset(
    """
    later then also again now still soon eventually so yet not in on at by for from with
    after before during since to under it they he she we which that this who is are was
    were has have had will would could should can may might must be been do does did
    """.split()  # noqa: SIM905
)
# ", adding that …": a second statement, with its own subject and date
_ADDING_THAT_RE = re.compile(r",\s+(?:adding|noting|explaining|saying)\s+that\s+(?=\S)")
_FIRST_COMPLEMENT_RE = re.compile(r"\b(?:said|says|added|announced|stated|noted)\b[^.]*?\bthat\s")


# A clause of time or cause closing the sentence, with a subject of its own: "… have shipped
# 1,250 tonnes since | the quota opened on 14 March", "The ruling comes after | the
# commission voted in May" (not "after nine rounds", "before the end of June": no verb)
_TRAILING_SUBORDINATE_RE = re.compile(
    r"[^,;:]\s(?:since|when|after|before|until|once|because)\s+"
    # (not a possessive pronoun: "because its own deal started the same week" would make
    # a title whose "its" has lost its noun)
    r"(?=(?:the|[A-Z][\w.’'-]*)\s)(?!(?:Its|Their|His|Her)\s)"
)
# the subordinate clause's finite verb, after at least one word of its subject ("the
# quota opened", "the transition period ends", "the first certificates are sold")
_SUBORDINATE_VERB_RE = re.compile(
    r"^\S+(?:\s+(?!(?:the|a|an|its|their|to|of|in|on)\s)[\w.’'-]+){0,5}?\s+"
    r"(?:(?:are|is|was|were|will|would|has|have|had)\b|[a-z]{3,}(?:ed|ends|ens|ins|ires)\b"
    r"|(?:" + _PAST_IRREGULAR + r")\b)"
)


_TRAILING_WORDS_GATE_RE = re.compile(r" (?:after|before|until|once|because) ")


def _trailing_subordinate_start(text: str, opens: int, chosen: TemporalMatch) -> int | None:
    """Return where the clause of time or cause that ends the sentence and holds the date
    opens ("… since | the quota opened on 14 March"), when it has a subject and a verb
    of its own and no clause break before the date, else None."""
    if " since " not in text and " when " not in text and not _TRAILING_WORDS_GATE_RE.search(text):
        return None  # most sentences hold none of the words (a cheap test first)
    last = None
    for match in _TRAILING_SUBORDINATE_RE.finditer(text, opens, chosen.start):
        last = match
    if last is None or any(mark in text[last.end() : chosen.start] for mark in ",;:"):
        return None
    if _SUBORDINATE_VERB_RE.match(text[last.end() : chosen.start]) is None:
        return None
    if _SHORT_SUBJECT_RE.fullmatch(text, opens, last.start() + 1) and not _VERB_RE.search(
        text, opens, last.start() + 1
    ):
        return None  # "The round after Ottawa | was supposed to …": a preposition in the subject
    return last.end()


# a determiner and one noun, or two words the second of which is no verb in -s ("The next
# round", not "The ruling comes")
_SHORT_SUBJECT_RE = re.compile(
    r"(?:The|A|An|Its|Their)\s+(?:[\w’'-]+\s+)?[\w’'-]*[^\Ws]|"
    r"(?:The|A|An|Its|Their)\s+[\w’'-]+"
)


# a condition or clause of time opening a reported clause: "said that if …, | …"
_REPORTED_CONDITION_RE = re.compile(
    r"\b(?:said|says|told\s+[\w’'-]+|added|warned|stressed)\s+that\s+"
    r"(?:if|unless|once|when|after|before)\s[^,;]{5,}?,\s+"
)


def _dated_clause_start(text: str, start: int, chosen: TemporalMatch) -> int:
    """Return where the clause holding the part's date starts: after the last ", and" or
    ", but" before the date that opens a named subject whose verb the date follows, or
    after the last "and that" opening a second reported clause ("said that the talks had
    been “positive” and that the next round would be held in October"), else `start`."""
    opens = start
    for match in _DATED_CLAUSE_OPEN_RE.finditer(text, start, chosen.start):
        if match.group("that") and _FIRST_COMPLEMENT_RE.search(text, 0, match.start()) is None:
            continue  # "Japan and that country": no reported clause before it
        lower = match.group("lower")
        if lower and (
            lower.split(" ", 1)[0] in _NOT_SUBJECT_WORDS
            or any(w.endswith("ly") for w in lower.split())
        ):
            continue  # ", and later signed": a second predicate of the sentence's subject
        verb = _VERB_RE.search(text, match.end(), chosen.start) or _PRESENT_INTENT_RE.search(
            text, match.end(), chosen.start
        )
        # the date in the clause's own predicate, not in an attribution after it (", and
        # Australia will suspend the case, the ministry said Tuesday")
        if verb is not None and "," not in text[verb.end() : chosen.start]:
            opens = match.start("lower") if lower else match.end()
    # "…; officials said they expect it to take effect by mid-year": the clause after the
    # last semicolon before the date; "she said, adding that the union had written to the
    # minister in October": what was added
    semicolon = text.rfind("; ", opens, chosen.start)
    if semicolon >= 0:
        opens = semicolon + 2
    if "ing that " in text:
        for added in _ADDING_THAT_RE.finditer(text, opens, chosen.start):
            if _VERB_RE.search(text, added.end(), chosen.start) is not None:
                opens = added.end()
    if opens == start:
        # "If the Senate approves it, the agreement takes effect on 1 June": the opening
        # condition or clause of time holds no date; the main clause after it has it
        lead = start + len(text[start:]) - len(text[start:].lstrip(" ,"))
        opening = _OPENING_CLAUSE_RE.match(text, lead) or _INVERTED_CONDITION_RE.match(text, lead)
        if opening is not None:
            comma = text.index(
                ",", opening.end() - 2 if opening.re is _INVERTED_CONDITION_RE else opening.end()
            )
            if comma < chosen.start:
                opens = comma + 2
        elif " that " in text:
            # "officials said that if the chapters stay open, | negotiators would meet …"
            condition = _REPORTED_CONDITION_RE.search(text, lead, chosen.start)
            if condition is not None:
                opens = condition.end()
    trailing = _trailing_subordinate_start(text, opens, chosen)
    return opens if trailing is None else trailing


def _any_between(positions: list[int], start: int, end: int) -> bool:
    """Return True when one of the sorted `positions` lies in [start, end)."""
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


# A partial quote: a few words quoted inside a sentence of the writer's ("had been “slow
# but useful” on services"), with no sentence of the speaker's in them
_PARTIAL_QUOTE_MAX_WORDS = 6
_QUOTE_SENTENCE_END_RE = re.compile(r"[.!?;:]")


def _is_partial_quote(text: str, span: tuple[int, int]) -> bool:
    """Return True when the quote at `span` is a few words after a lower-case word."""
    before = text[: span[0]].rstrip().rsplit(" ", 1)[-1]
    inner = text[span[0] + 1 : span[1] - 1]
    return (
        before.isalpha()
        and before.islower()
        and text[span[1] - 1 : span[1]] in '”"'
        and len(inner.split()) <= _PARTIAL_QUOTE_MAX_WORDS
        and _QUOTE_SENTENCE_END_RE.search(inner.rstrip(".,")) is None
    )


def _holds_whole_quote(title: str) -> bool:
    """Return True when `title` holds a quotation with both its marks."""
    curly = title.count("“")
    straight = title.count('"')
    return (curly > 0 or straight > 0) and curly == title.count("”") and straight % 2 == 0


def _part_title(
    text: str,
    part: tuple[int, int],
    opens: int,
    chosen: TemporalMatch,
    remove: list[tuple[int, int]],
    dates: list[TemporalMatch],
    subject: str | None,
    drop_lead: bool,
) -> str:
    """Return the title of the sentence part `part` whose dated clause opens at `opens`."""
    start, end = part
    dated_object = _DATED_OBJECT_OPEN_RE.match(text, start) if start else None
    verb = None
    for verb in _VERB_RE.finditer(text, 0, start) if dated_object else ():  # noqa: B007
        pass
    if (
        dated_object is not None
        and verb is not None
        and _VERB_RE.search(text, dated_object.end(), chosen.start) is None
    ):
        # "signed a memorandum in 2023 | and a protocol in May 2024": the verb and its
        # subject before the second object ("Ruritania signed a protocol")
        shifted = [(s - dated_object.end(), e - dated_object.end()) for s, e in remove]
        title = event_title(text[dated_object.end() : end], shifted, subject, drop_lead=False)
        predicate = f"{verb.group()} {title[:1].lower()}{title[1:]}"
        return _with_sentence_subject(text, predicate, verb.start())
    second = (
        _second_predicate(text, opens, chosen, dates)
        if opens == start and " and " in text
        else None
    )
    if second is None and opens == start and ", and " in text:
        aside = _ASIDE_THEN_PREDICATE_RE.match(text, start, chosen.start)
        if aside is not None:
            spans = [(s, e) for s, e in remove if aside.end() <= s and e <= end]
            shifted = [(s - aside.end(), e - aside.end()) for s, e in spans]
            title = event_title(text[aside.end() : end], shifted, subject, drop_lead=False)
            joined = _with_sentence_subject(text, title, aside.end())
            if joined != title:
                return joined  # (the sentence's subject holds no adverb of this predicate)
    if second is not None:
        # "The UK has signed deals with A and B, and began talks with C in January": the
        # sentence's subject and the predicate the date belongs to
        shifted = [(s - second, e - second) for s, e in remove if second <= s and e <= end]
        title = event_title(text[second:end], shifted, subject, drop_lead=False)
        joined = _with_sentence_subject(text, title, second)
        if joined != title:
            # "The agreement still | is expected …": the first predicate's adverb goes
            return _SPARE_ADVERB_RE.sub("", joined, count=1)
    relative = [(s - opens, e - opens) for s, e in remove if opens <= s and e <= end]
    title = _relative_clause_title(text, (opens, end), chosen, remove, dates) or event_title(
        text[opens:end], relative, subject, drop_lead=drop_lead
    )
    if opens == start or text[opens].isupper():
        # (a clause opened at its own lower-case subject has it: "while rapeseed meal …")
        title = _headline(text, opens, end, title, chosen)
    title = _said_what(text, (opens, end), chosen, title, remove, dates)
    return _SAID_THAT_RE.sub(_first_group_and_space, title, count=1)


# ", and began talks with India in January", ", and is expected to come into force in
# 2027": a second predicate of the sentence's subject, its verb right after "and"
_SECOND_PREDICATE_RE = re.compile(
    r",?\s+and\s+(?=(?:is|are|was|were|has|have|had|will|would|could|began|[a-z]{3,}ed|"
    + _PAST_IRREGULAR
    + r")\s)"
)


# ", after a frost ruined the harvest, | and extended it on Thursday": a part opening with
# an aside of time or cause, then the sentence subject's second predicate holding the date
_ASIDE_THEN_PREDICATE_RE = re.compile(
    r"[\s,]*(?:after|before|following|amid|despite|during|since|until|when)\s[^,;]{3,100}?,\s+and\s+"
    r"(?=(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|could|began|[a-z]{3,}ed|"
    + _PAST_IRREGULAR
    + r")\s)"
)


_REPORTED_BEFORE_AND_RE = re.compile(r"\b(?:that|said|says|told|tells|statement)\b")


def _second_predicate(
    text: str, opens: int, chosen: TemporalMatch, dates: list[TemporalMatch]
) -> int | None:
    """Return where the second predicate holding the part's date opens, when the first one
    before it holds no date, has no comma but the one before "and", and no verb opens a
    clause of its own after "and" ("and that …"); else None."""
    last = None
    for match in _SECOND_PREDICATE_RE.finditer(text, opens, chosen.start):
        last = match
    if last is None or any(opens <= m.start < last.start() for m in dates):
        return None
    if text.count(",", opens, last.start()) or _VERB_RE.search(text, opens, last.start()) is None:
        return None
    if _REPORTED_BEFORE_AND_RE.search(text, opens, last.start()):
        return None  # "told reporters that the government … and would hold": not the subject's
    subject = _sentence_subject(text, last.end())
    if (
        subject is None
        or not text.startswith(subject, opens)
        or subject.rsplit(" ", 1)[-1].lower() in ("a", "an", "the", "its", "their")
    ):
        return None  # "Negotiators expect a revised text …": no subject before a verb
    after = text[opens + len(subject) :].split(None, 1)
    if not after or not (_VERB_RE.fullmatch(after[0]) or _CLAUSE_VERB_RE.fullmatch(after[0])):
        return None  # the subject must stand right before the first predicate's verb
    return last.end()


# "X said that the round …" reads "X said the round …" in a headline ("said in Freedonia
# City that Ruritania would …" keeps it: "said in Freedonia City Ruritania would" would not
# read)
_SAID_THAT_RE = re.compile(
    r"\b((?:said|says|announced|confirmed|added|noted|stated|told\s+[\w’'-]+(?:\s+[\w’'-]+)??)"
    r")\s+that\s+(?=[\w“\"])"
)


def _in_office(ctx: _Context, text: str) -> re.Match[str] | None:
    """Return the match of a time counted from taking office in `text` ("days after taking
    office"), when the registry is known; such a sentence has a happening with no date."""
    if ctx.refs and _OFFICE_WORD_RE.search(text):
        return _OFFICE_RE.search(text)
    return None


def _candidates_for_sentence(
    ctx: _Context,
    sentence: Sentence,
    topic_keys: tuple[str, ...],
    dates: list[TemporalMatch],
    previous: Sentence | None = None,
) -> list[EventCandidate]:
    """Return the event candidates of one sentence whose expressions are `dates` (the
    sentence before is `previous`)."""
    text = sentence.text
    in_office = _in_office(ctx, text)
    if not dates and not in_office:
        return []  # most sentences: nothing dated
    if _is_heading(ctx.body, sentence):
        return []  # "This week in the Ways and Means Committee": a section's label
    quotes = _sentence_quotes(ctx, sentence)
    in_turn = bool(ctx.turns) and _in_named_turn(ctx, sentence)
    if in_turn:
        # a named speaker's own words: only what the turn quotes is a quote in them, and
        # only a calendar date or a period to come dates a happening
        quotes = _quoted_spans(text) if _QUOTE_MARK_RE.search(text) else []
        label = _turn_label_length(ctx, sentence)
        dates = [
            m
            for m in dates
            if _TURN_DATE_RE.search(m.text)
            # "This morning the committee met …": the day's news the speaker opens with
            or (not text[label : m.start].strip() and _TURN_DAY_RE.fullmatch(m.text))
        ]
        if label:
            quotes = [(0, label), *quotes]  # the label is no word of the title
    dates = [
        m
        for m in dates
        if not _inside(m.start, m.end, quotes)
        and not _window(text, m)
        and not (m.text[:1] in "uUtT" and _closes_period(text, m))
        and not ("which" in text and _names_fiscal_year(text) and _ends_fiscal_year(text, m))
    ]
    dateline = ctx.dateline
    if dateline is not None and sentence.start <= dateline[0] < sentence.end:
        # The dateline's date is when the story was filed, and its words are no title.
        filed = (dateline[0] - sentence.start, dateline[1] - sentence.start)
        dates = [m for m in dates if m.start >= filed[1]]
        quotes = [*quotes, filed]
    if in_office:
        person = next(
            (
                m
                for m in ctx.mentions
                if sentence.start <= m.start < sentence.end and m.kind is ActorKind.PERSON
            ),
            None,
        ) or _last_person_before(ctx.mentions, sentence.start)
        office = _office_match(text, person, ctx.refs)
        if office is not None and not _inside(office.start, office.end, quotes):
            dates = sorted([*dates, office], key=lambda m: m.start)
    if not dates:
        return []
    found = []
    for start, end, part_dates in _parts(text, dates):
        part = (start, end)
        if len(part_dates) < len(dates) and all(
            _DATED_BEFORE_RE.search(text, max(0, m.start - 7), m.start) for m in part_dates
        ):
            continue  # "a notice dated 9/12/2018 | that opens a hearing on 10/30/2018"
        chosen = _pick_date(text, part, part_dates)
        # the date of the moment where the story was filed; the title stays the verb's
        local = (
            _local_day(text, part_dates, chosen, ctx.place)
            if ctx.place is not None and len(part_dates) > 1
            else chosen
        )
        clause = _local_clause(text, chosen.start, chosen.end, part)
        outside = _without(text, start, end, quotes)
        if _is_statistic(outside) or _READER_RE.search(outside):
            continue  # a figure's statement; the writer to the reader ("See you next Monday")
        kind = _kind_near(text, chosen.start, chosen.end, clause)
        body_start, body_end = sentence.start + start, sentence.start + end
        in_part = _mentions_within(ctx, body_start, body_end)
        remove = [
            *quotes,
            *(
                (d.start, d.end)
                for d in part_dates
                if not _fiscal_year_span(text, d)
                and (d is chosen or not _attributive_month(text, d))
            ),
        ]
        if part_dates[1:] and _SPAN_OPEN_WORD_RE.search(text, start, end):
            # the "to" of "From 2020 to 2022" goes with the span's dates
            remove.extend(
                (other.end, d.start)
                for d in part_dates
                for other in part_dates
                if other.end <= d.start and _ends_span(text, d, [other])
            )
        # "Abe said that X met Y this week": the happening is X meeting Y, not Abe speaking
        # (a statement keeps its speaker: the lead is not looked for)
        drop_lead = (
            kind is not EventKind.STATEMENT
            and _REPORTING_LEAD_RE.match(_LEADING_MARKER_RE.sub("", text[start : chosen.start]))
            is not None
        )
        actors = [m.key for m in in_part]
        subject = None
        # "he"/"she" in the part is its subject or the speaker's; either way the last
        # person named before it is who the happening involves.
        pronoun = _SUBJECT_PRONOUN_RE.search(text, start, end)
        if pronoun:
            position = sentence.start + pronoun.start()
            person = _last_person_before(ctx.mentions, position)
            if person is not None:
                subject = person.name
                if person.key not in actors:
                    actors.append(person.key)
        # the title comes from the clause holding the date ("Deacero said last week that it
        # had postponed …, | and Ternium told analysts overnight that")
        opens = _dated_clause_start(text, start, chosen)
        title = None
        kept = [q for q in quotes if _is_partial_quote(text, q)] if quotes else []
        if kept:
            # a few quoted words inside the clause stay, marks and all, so that the title
            # has no hole where they were ("the round had been “slow but useful”")
            spans = [span for span in remove if span not in kept]
            title = _part_title(text, (start, end), opens, chosen, spans, dates, subject, drop_lead)
            if not _holds_whole_quote(title):
                title = None  # the cut went through the quote, or left no hole to fill
        if title is None:
            title = _part_title(
                text, (start, end), opens, chosen, remove, dates, subject, drop_lead
            )
        if chosen.start == start == opens:
            colon = _DAY_SUBJECT_COLON_RE.match(text, chosen.end, end)
            if colon is not None:
                # "Monday brought one piece of relief: Ruritania dropped its levy": the day is
                # the subject; the happening is told after the colon
                after = colon.end()
                shifted = [(s - after, e - after) for s, e in remove if after <= s and e <= end]
                title = event_title(text[after:end], shifted)
        if found and title.startswith("To ") and _INFINITIVE_AFTER_RE.match(text, start):
            # "decided on Monday | to reopen the talks next spring", "grew from 3% in 2019 |
            # to over 15% last year": the part goes on from the one before
            title = _cut_title(f"{found[-1].title} {title[:1].lower()}{title[1:]}")
        if title.startswith(("It ", "They ")):
            title = _with_pronoun_resolved(ctx, sentence, previous, title, chosen, dates)
        if " " not in title:
            if not (found and _DATE_LIST_GAP_RE.match(text, start)):
                continue  # a lone word ("Updated") is a date line, not a happening
            # the second date of a list ("on 14 May and 28 May"): the same happening again
            title, kind = found[-1].title, found[-1].kind
        setting = _set_for(text, start, part_dates)
        if setting is None:
            ahead = _planned_ahead(text, local, ctx.anchor)
            planned = ahead is not local.date or _is_planned(text, local, ctx.anchor)
            dated = [(ahead, local.text, planned)]
            # "met in Santiago on 2 and 3 September and in Seoul on 14 and 15 October": the
            # same happening again, in another place on another date
            if len(part_dates) > 1:
                dated.extend(
                    (listed.date, listed.text, _is_planned(text, listed, ctx.anchor))
                    for listed in _listed_places(text, part_dates, local)
                )
        else:
            # the setting on the day in context, and what it set for later
            setter, set_for = setting
            dated = [
                (
                    setter.date,
                    setter.text,
                    ctx.anchor is not None and setter.date.value > ctx.anchor,
                ),
                (set_for.date, set_for.text, _is_planned(text, set_for, ctx.anchor)),
            ]
        for when, said, planned in dated:
            found.append(
                EventCandidate(
                    date=when,
                    planned=planned,
                    title=title,
                    kind=kind,
                    sentence=sentence,
                    temporal_text=said,
                    actor_keys=tuple(dict.fromkeys(actors)),
                    topic_keys=topic_keys,
                )
            )
    return found


# "Bulgaria's farm ministry said on Thursday that it regretted …": "it" or "they" right
# after a reporting verb stands for the subject that reports (of the same number).
_REPORTED_PRONOUN_RE = re.compile(
    r"(?P<subject>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,7}?)\s+(?:(?:has|have|had)\s+)?"
    r"(?:said|says|told\s+[\w’'-]+|announced|confirmed|added|warned|stated)\b"
    r"(?:[^,;:\"“”]{0,40}?\s(?:that\s+)?|[^;:\"“”]{0,80}?,\s+and\s+that\s+)"
    r"(?P<pronoun>it|they)\s"
)
# the verbs after a sentence's own "It"/"They" that tell a happening, not "It was clear",
# "It took them 91 days", "It is to remember"
_PRONOUN_HAPPENING_RE = re.compile(
    r"(?:It|They)\s+(?:(?:is|was|are|were)\s+(?:now\s+)?(?:due|expected|set|scheduled|"
    + _PARTICIPLE
    + r")\b|(?:has|have|had)\s+(?:been\s+)?"
    + _PARTICIPLE
    + r"\b|will|would|could|said|[a-z]{3,}ed\b|(?!took\b)(?:"
    + _PAST_IRREGULAR
    + r")\b)"
)
# what rules the sentence before out as the pronoun's antecedent, or makes it doubtful
_NOT_SUBJECT_START_RE = re.compile(
    r"(?i:\b(?:because|if|when|while|although|though|since|unless|whether|why|how)\b)"
)
_SECOND_CLAUSE_RE = re.compile(r",\s+(?:while|whereas|but|and)\s|;\s")
_ACTIVE_OBJECT_RE = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:(?:has|have|had)\s+)?(?!(?:is|are|was|were|been)\b)[a-z]+\s+"
    r"(?P<object>(?:a|an|the|its|their|his|her)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3})"
)
# who can say something: a name ("Georgia's economy ministry", "Statistics Canada") or
# a body or people that speak
_SPEAKER_RE = re.compile(
    r"^\S+\s.*\b[A-Z]|\b(?:ministry|department|government|commission|council|office|"
    r"agency|committee|secretariat|association|union|chamber|officials|ministers|bank|"
    r"parliament|authority|administration|spokesperson|regulator|board|bureau|service|"
    r"federation|company|group|institute)\b"
)
_NOT_ANTECEDENT_RE = re.compile(r"(?i:it|they|he|she|we|this|that|there|these|those)\b")
# a second predicate the date belongs to: "it regretted the request and | would raise it …"
_PRONOUN_SECOND_PREDICATE_RE = re.compile(
    r"\s+and\s+(?=(?:will|would|could|is|are|was|were|has|have|had|[a-z]{3,}ed)\s)"
)


def _agrees(subject: str, pronoun: str) -> bool:
    """Return True when `subject` can be what `pronoun` ("it"/"they") stands for."""
    if _NOT_ANTECEDENT_RE.match(subject):
        return False
    return _plural(subject) == (pronoun.lower() == "they")


def _pronoun_subject(
    ctx: _Context, sentence: Sentence, previous: Sentence | None, title: str
) -> tuple[str, int] | None:
    """Return what the "It"/"They" a title opens with stands for, and where the pronoun
    ends in the sentence: the subject that reports it in the same sentence ("X said that
    it …"), or the subject of the sentence before when the pronoun opens the sentence
    ("The agreement was signed in March. It entered into force …"); else None."""
    text = sentence.text
    pronoun, _, rest = title.partition(" ")
    following = rest.split(" ", 1)[0]
    lead = _DATELINE_PLACE_RE.match(text)
    offset = lead.end() if lead is not None else 0
    marker = _LEADING_MARKER_RE.match(text, offset)
    offset = marker.end() if marker is not None else offset
    reported = _REPORTED_PRONOUN_RE.match(text, offset)
    if (
        reported is not None
        and reported.group("pronoun") == pronoun.lower()
        and text.startswith(following, reported.end())
    ):
        subject = reported.group("subject")
        if subject == pronoun and previous is not None and following != "said":
            # "It said on Sunday that …, and that it would open …": the sentence's own
            # "It" is the sentence before's subject, and so is the reported one
            said = _pronoun_subject(ctx, sentence, previous, f"{pronoun} said")
            return None if said is None else (said[0], reported.end("pronoun"))
        if _agrees(subject, pronoun):
            return subject, reported.end("pronoun")
    if (
        previous is None
        or not text.startswith(pronoun + " ", offset)
        or not text.startswith(following, offset + len(pronoun) + 1)
        or _PRONOUN_HAPPENING_RE.match(text, offset) is None
    ):
        return None
    before = previous.text
    subject = _sentence_subject(before, len(before))
    if subject is None or not _agrees(subject, pronoun) or _NOT_SUBJECT_START_RE.search(subject):
        return None
    where = before.find(subject)
    if following in ("said", "says", "told"):
        if not _SPEAKER_RE.search(subject):
            return None  # "The second round is scheduled … It said": a round says nothing
    elif _SECOND_CLAUSE_RE.search(before):
        return None  # "…, while talks were supposed to conclude. They did not"
    else:
        verb = _ACTIVE_OBJECT_RE.match(before, where + len(subject))
        if verb is not None and _agrees(verb.group("object"), pronoun):
            return None  # "The department opened a consultation. It will close": either
    at = previous.start + where
    if any(
        m.kind is ActorKind.PERSON and at <= m.start < at + len(subject)
        for m in _mentions_within(ctx, at, at + len(subject))
    ):
        return None  # a person is "he" or "she"
    return subject, offset + len(pronoun)


def _with_pronoun_resolved(
    ctx: _Context,
    sentence: Sentence,
    previous: Sentence | None,
    title: str,
    chosen: TemporalMatch,
    dates: list[TemporalMatch],
) -> str:
    """Return `title` with its opening "It"/"They" replaced by what it stands for (see
    _pronoun_subject), and cut to the second predicate when the date is in it."""
    found = _pronoun_subject(ctx, sentence, previous, title)
    if found is None:
        return title
    subject, after = found
    rest = title.partition(" ")[2]
    second = _PRONOUN_SECOND_PREDICATE_RE.search(sentence.text, after, chosen.start)
    if (
        second is not None
        and "," not in sentence.text[after : second.start()]
        and not any(after <= m.start < second.start() for m in dates)
    ):
        words = sentence.text[second.end() : chosen.start].split()
        cut = rest.find(f" and {words[0]} ") if words else -1
        if cut >= 0:
            rest = rest[cut + 5 :]
    return _cut_title(f"{subject[:1].upper()}{subject[1:]} {rest}")


# A day as the subject of a verb whose object is told after a colon: "Monday brought one
# piece of relief: Ruritania dropped …"
_DAY_SUBJECT_COLON_RE = re.compile(r"\s+[a-z]+\s[^:;.]{3,60}:\s+(?=[A-Z])")


# What joins two dates of one predicate each told with its place: " and in Seoul ", " and
# at the Hague " (the second date's preposition opens the date itself).
_PLACE_LIST_GAP_RE = re.compile(
    r"\s+and\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+"
)


def _listed_places(
    text: str, dates: list[TemporalMatch], chosen: TemporalMatch
) -> list[TemporalMatch]:
    """Return the dates after `chosen` each joined to the one before by "and in <Place>"."""
    listed = []
    last = chosen
    for match in dates:
        if match.start <= last.start:
            continue
        gap = _PLACE_LIST_GAP_RE.fullmatch(text, last.end, match.start)
        if gap is None or not match.text.startswith(("on ", "in ")):
            break
        listed.append(match)
        last = match
    return listed


def _set_for(
    text: str, start: int, dates: list[TemporalMatch]
) -> tuple[TemporalMatch, TemporalMatch] | None:
    """Return (when it was set, what it was set for) of a part opened by its date that sets
    something for a later date ("That evening, the board fixed its hearing for 4 June"):
    two happenings, the setting and the one planned; else None."""
    if len(dates) != 2 or start != 0:
        return None
    fronted, planned = dates
    if (
        fronted.start != 0
        or not text.startswith(",", fronted.end)
        or not planned.text.lower().startswith("for ")
        or planned.date.precision is Precision.YEAR
        or planned.date.value <= fronted.date.value
    ):
        return None
    return fronted, planned


# A word of prose: what a dateline's paragraph lacks ("ISTANBUL May 23, 2025 - 2:47 pm").
_WORD_AFTER_DATELINE_RE = re.compile(r"[a-z]{3,}")


# A bare weekday told in the past ("said on Friday"), the only kind an update re-dates.
_BARE_WEEKDAY_RE = re.compile(
    r"(?:[Oo]n\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)


def _dated_by_update(events: list[EventCandidate], anchor: date, updated: date) -> None:
    """Move to `updated` the past weekdays that name its weekday, in place.

    A story published on Monday and updated on Tuesday that says "said on Tuesday" tells
    of the update's day, added with the update: a week before the publication a paper
    would have written "last Tuesday" or a date."""
    if not 0 < (updated - anchor).days < 7:
        return
    week_before = updated - timedelta(days=7)
    for event in events:
        when = event.date
        if (
            not event.planned
            and when.precision is Precision.DAY
            and when.value == week_before
            and _BARE_WEEKDAY_RE.fullmatch(event.temporal_text)
        ):
            event.date = FuzzyDate(updated, Precision.DAY)


def _in_story_week(value: date, anchor: date | None) -> bool:
    """Return True when value is one of the seven days up to the anchor."""
    return anchor is not None and anchor - timedelta(days=7) <= value <= anchor


def extract_events(
    body: str,
    sentences: list[Sentence],
    mentions: list[ActorMention],
    topic_hits_by_sentence: dict[int, tuple[str, ...]] | None,
    anchor: date | None,
    actor_refs: dict[str, ActorRef] | None = None,
    updated: date | None = None,
) -> list[EventCandidate]:
    """Return the dated event candidates of an article, in reading order (`updated`: the
    day the story published on `anchor` was last updated, if it was)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    turns = speaker_labels(body)
    ctx = _Context(
        ordered,
        anchor,
        actor_refs or {},
        _body_quotes(body, turns),
        [m.start for m in ordered],
        # one pass over the body rules out the sentences that hold no date
        expression_marks(body),
        opening_dateline(body),
        (dateline_place(body) or "").lower() or None,
        body,
        _named_turns(turns) if turns else (),
    )
    topics = topic_hits_by_sentence or {}
    events: list[EventCandidate] = []
    before: list[TemporalMatch] = []  # the sentence before's, for "the following week"
    paragraph: list[TemporalMatch] = []  # the paragraph's so far, for "on the 14th"
    # the dated sentences so far, for "The week before the round began,"
    story: list[tuple[str, list[TemporalMatch]]] = []
    # The story's day: the first day named in the opening paragraph ("said on Monday"),
    # else the first day of the week up to the anchor named after it, which "the previous
    # day" and "the same day" later in the story count from. A dateline of its own
    # ("ISTANBUL May 23, 2025") is when the story was filed: the paragraph after it opens.
    lede: date | None = None
    opening = True
    prose = False  # whether the paragraph so far holds words besides the dateline
    filed_end = ctx.dateline[1] if ctx.dateline else -1
    day_first = numeric_day_first(body)
    previous_end = 0
    # sentences opening "On the eve of the …" with no day of it named before them
    eves: list[tuple[int, int, int, list[TemporalMatch], list[TemporalMatch], date | None, int]]
    eves = []
    for index, sentence in enumerate(sentences):
        if "\n" in body[previous_end : sentence.start]:
            paragraph = []
            opening = opening and not prose
        previous_end = sentence.end
        prose = (
            prose
            or _WORD_AFTER_DATELINE_RE.search(body, max(filed_end, sentence.start), sentence.end)
            is not None
        )
        if ctx.marks is not None and not _any_between(ctx.marks, sentence.start, sentence.end):
            dates = []  # no expression can be there (most sentences)
        else:
            dates = find_temporal_expressions(
                sentence.text,
                anchor,
                before=before,
                earlier=paragraph,
                lede=lede,
                story=story,
                day_first=day_first,
            )
            if lede is None:
                # an opening paragraph with no day: the first day of the week before the
                # anchor named after it ("Meeting in Apia on Tuesday, ministers …")
                lede = next(
                    (
                        m.date.value
                        for m in dates
                        if m.date.precision is Precision.DAY
                        and sentence.start + m.start >= filed_end
                        and (opening or _in_story_week(m.date.value, anchor))
                    ),
                    None,
                )
        eve = "eve of the " in sentence.text
        position = len(events) if eve else 0
        if dates or _in_office(ctx, sentence.text):
            events.extend(
                _candidates_for_sentence(
                    ctx,
                    sentence,
                    tuple(topics.get(index, ())),
                    dates,
                    sentences[index - 1] if index else None,
                )
            )
        if eve and not any(_EVE_RE.match(m.text) for m in dates):
            eves.append((index, position, len(events), before, paragraph, lede, len(story)))
        before = dates
        if dates:
            paragraph = [*paragraph, *dates]
            story.append((sentence.text, dates))
    for index, start, end, before, paragraph, lede, told in reversed(eves):
        # "On the eve of the forum," with the forum dated only further down (a live
        # page's earlier post, or the next paragraph): the nearest later sentence naming it
        sentence = sentences[index]
        later = [item for item in story[told:] if item[0] != sentence.text]
        dates = find_temporal_expressions(
            sentence.text,
            anchor,
            before=before,
            earlier=paragraph,
            lede=lede,
            story=later[::-1],
            day_first=day_first,
        )
        if any(_EVE_RE.match(m.text) for m in dates):
            events[start:end] = _candidates_for_sentence(
                ctx,
                sentence,
                tuple(topics.get(index, ())),
                dates,
                sentences[index - 1] if index else None,
            )
    if anchor is not None and updated is not None:
        _dated_by_update(events, anchor, updated)
    return events


_EVE_RE = re.compile(r"(?:[Oo]n\s+)?[Tt]he\s+eve\s+of\s")
