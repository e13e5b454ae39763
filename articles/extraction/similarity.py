"""Whether two event candidates report the same happening, so that outlets merge into one event.

The persistence layer only compares candidates whose dates fall in a window fetched from
the database; these helpers are the pairwise test, and they are cheap (set operations).

The rule (`same_happening`):
0. the stories share a country, when both name some: each signature carries every country
   its article names (`story_countries`), and reports of a Korea–Mexico story and an
   EU–Australia story are two happenings however alike their words; and a report whose
   clause names no party (a country, a bloc) is about its article's lead's parties
   (`ArticleParties`): against parties that share one and each have another it is another
   negotiation's ("Talks opened" of Ruritania with Freedonia, and with a bloc);
   so is a report naming some of the lead's parties ("Ruritania hoped to sign by
   spring") for this test (`ArticleParties.completed`); two reports whose parties both
   come from their leads, with none in common and a country on each side, are two
   negotiations even when the stories share a country further down. A body the registry
   does not know, named after its country ("Kenyan Ministry of Trade"), is that country;
   a member of a bloc (the registry's `ActorRef.members`) stands for the bloc against a
   report naming the bloc ("Japanese and Saudi negotiators", "Japan and the Gulf
   Cooperation Council"), and against a report naming the bloc when its own report names
   the bloc too ("the four members of the bloc, A, B, C and D, signed": `_own_blocs`), so
   a member and
   its bloc are not two sides (`_as_blocs`); two
   reports naming their own parties, which share one and each have a country or a bloc the
   other has not, are two negotiations' (a trilateral "agreed to resume negotiations", and
   one of its countries with a bloc "will resume negotiations": `_other_sides`);
1. the dates are compatible (the same period, or a day inside the other's coarser period;
   a year whose half the clause names, "in the second half of 2027", as that half);
2. the kinds are compatible: equal, or one is a reporting kind (OTHER, STATEMENT,
   ANNOUNCEMENT: "announced they will open talks" reports the agreement to open them), or
   the pair is AGREEMENT/NEGOTIATION_ROUND (outlets call an agreement to negotiate either)
   or, both dated to a day or week, MEETING/NEGOTIATION_ROUND ("held a second round of
   talks on Wednesday", "negotiators met on October 8"), as in any period when both
   start or both halt talks ("negotiations restarted" read as a meeting, "revived the pact
   talks" as a round), or when both name one numbered round ("will meet again in May for
   the fifth round", "a fifth round is due in May");
3. nothing tells them apart: figures other than years, when both give some, share one
   ("a deficit of $83 billion" is not "of $46 billion"; "fell 3.2 percent" is not "3.1
   per cent"); two numbered rounds are two ("the third round" is not "the fourth");
   two MEETINGs do not each name a person the other does not ("Pence met Greer", "Rubio
   met Bessent"); when both name one of the _ACTIONS, they share one ("withdrew from the
   TPP" is not "will open talks on the TPP"); an instrument named by a subject of its own
   and no trade pact's words is not the pact the other names ("signed an investment
   facilitation agreement", "signed their economic partnership agreement": `_other_instrument`);
4. two WITHDRAWALs by one person in one month (or day or week) are one, however the pact
   is named ("pulled the United States out of TPP", "withdrew from a trans-Pacific trade
   pact"): a person leaves a pact once; against a year, they share another word too;
5. the wording overlaps: with the words of the actors' keys removed (alias words such as
   "Canberra" or "Canadian" stay here: they tell "British" from "Malaysian"), the overlap
   coefficient |A∩B| / min(|A|, |B|) is at least 0.5 with at least 2 shared tokens when
   the candidates share an actor (3 when one has none), and at least 0.75 with at least 3
   shared tokens when both name actors but none in common (one outlet says "the United
   States and Japan", another "Trump and Abe");
6. or, sharing an actor (or one has none), they share one of the _ACTIONS (signed/inked,
   collapsed/suspended/froze, met/held talks, launched/opened/began, ratified/approved/
   passed ...) with the actors' alias words left out too: an overlap of a third with 3
   shared tokens suffices (one outlet's clause runs on: "... amid a dispute over quotas");
   on the same day or week the shared action alone suffices when one report names a subset
   (3 or more, or 2 and no person) of the other's actors ("Duclos met Mehra on Tuesday",
   "Mehra and Duclos held talks on November 4", "the trade ministers of Canada and India
   met yesterday");
7. or neither names an actor, both are dated finer than a year, and every word of one is
   the other's, one of the _ACTIONS (or "concluded") among them, two at least, neither a
   plan ("Talks were launched in July 2016", "Negotiations on the CEPA opened in July
   2016");
8. or only one names actors, both have one date finer than a year, neither is a plan, and
   they have the same words (names apart), one of the _ACTIONS (or "concluded") among
   them, two at least ("Negotiations kicked off in March 2024", "Japan launched the
   negotiations in March 2024"); or, the short one with its article's lead's parties and
   the other's among them, it says no more than the other ("The two sides closed the
   talks", "Ruritania and Freedonia closed the talks on the pact").
Phrases for an action become its word first ("became a member of" reads "joined",
"kicked off" "began", "set up" "established" (one of the actions rules 7
and 8 read, with "concluded"), "put on hold" "paused", "were frozen" "froze", "put pen to paper"
"signed", as does "put their signatures to", "wrapped up" and "ended" "concluded",
"lifted its ban on", "allowed imports to resume" and "resumed imports of" "reopened": a
ban lifted is not a ban; "entered into force", "came into effect" and "took effect" add
"inforce", an entry into force, not a signature), and the parties named again ("the two
countries", "both sides") are left out: the parties are compared on their own.
Before 5 to 7, a name one report spells in full ("the Trans-Pacific Partnership") and
the other does not becomes the other's acronym for it ("TPP"): its initials, with or
without its small words, or leaving out one capitalised word ("CPTPP"). No list of
acronyms: they come from the sentences. An agreement's acronym ("the CEPA", "an FTA")
reads "agreement" too, and two that differ (neither ends with the other: "MKFTA" is an
"FTA") are two agreements. An aside between
two dashes ("The four members — A, B, C and D — signed ...") is left out, unless it
holds the date. Tokens leave out the sentence's dateline ("HANOI,
Vietnam (AP) —"); actor keys are compared as the importer's slugs, so a name the registry
did not know matches its stored actor; such a name counts as a person unless it is a
country, an acronym or longer than three words.

`happening_score` ranks the reports that pass: the placement joins a candidate to the
event whose report is closest (shared words, then shared actors), not the first found.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from articles.extraction.countries import country_forms
from articles.extraction.dates import fuzzy_date_range, opening_dateline
from articles.extraction.events import happening_text
from articles.extraction.types import (
    ActorKind,
    ActorRef,
    EventCandidate,
    EventKind,
    FuzzyDate,
    Precision,
    Sentence,
)

__all__ = [
    "HIGHEST_SCORE",
    "ArticleParties",
    "EventSignature",
    "dates_compatible",
    "happening_score",
    "kinds_compatible",
    "parties_of",
    "same_happening",
    "score_ceiling",
    "signature_for",
    "story_countries",
    "title_tokens",
    "token_overlap",
]

_SHARED_ACTOR_OVERLAP = 0.5
_SHARED_ACTOR_MIN_TOKENS = 2
_NO_ACTOR_MIN_TOKENS = 3
_NO_SHARED_ACTOR_OVERLAP = 0.75
_NO_SHARED_ACTOR_MIN_TOKENS = 3

# Actions outlets word differently (see _SYNONYMS): a shared one is strong evidence. Not
# "agr" (agreed, agreement, deal), "tariff" or "rais": nearly every trade sentence has one.
_ACTIONS = frozenset(
    {
        "start",
        "sign",
        "halt",
        "withdraw",
        "meet",
        "join",
        "protest",
        "upgrad",
        "impos",
        "reopen",
        "inforc",
        # A legislature's vote ("ratified", "approved", "passed" the bill): one vote, told
        # in few words ("Ruritanian lawmakers approved the pact", "parliament voted to
        # ratify its agreement with Freedonia"), and not the pact's signature.
        "approv",
    }
)
# What an instrument is about, when it is one of its own beside a trade pact ("signed an
# investment facilitation agreement", "a memorandum on digital trade"), and the words that
# name the trade pact itself ("a comprehensive economic partnership agreement", "the FTA"):
# two reports of one day, one naming an instrument by its subject and no pact, the other
# the pact and not that subject, tell two signatures (`_other_instrument`).
_INSTRUMENT_RE = re.compile(
    r"\b(?:agreements?|deals?|pacts?|accords?|treat(?:y|ies)|memorand(?:um|a)|MoUs?)\b",
    re.IGNORECASE,
)
_INSTRUMENT_SUBJECTS = frozenset({"invest", "digital", "avi", "energy", "mineral", "data"})
_PACT_WORDS = frozenset({"partnership", "fre", "comprehensiv", "cepa", "fta", "epa"})
_SAME_ACTION_OVERLAP = 1 / 3
_SAME_ACTION_MIN_TOKENS = 3
_SUBSET_MIN_ACTORS = 3
_NO_ACTORS_MIN_TOKENS = 2
_FINE = frozenset({Precision.DAY, Precision.WEEK})
# Actions a report without actors may share with another (rules 7 and 8): the _ACTIONS and
# "concluded" (not among them: "wrapped up a round" and "held a round" are one round).
# "established" too ("The panel was set up", "The body established the panel").
_BARE_ACTIONS = _ACTIONS | {"conclud", "establish"}
_WITHDRAW = "withdraw"
# "The eighth round": a numbered round of one negotiation is held once, whatever its kind
# and however finely it is dated ("will meet again in May for the eighth round", "the
# eighth round is due in May"); the third round is not the fourth.
_ROUND = "round"
_ORDINALS = frozenset(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_STEPS = frozenset({"start", "halt"})

_REPORTING_KINDS = frozenset({EventKind.OTHER, EventKind.STATEMENT, EventKind.ANNOUNCEMENT})
# Kinds outlets use for one happening: an agreement to negotiate is reported as either, and
# a round of talks on a given day as a negotiation round or as the negotiators' meeting.
_INTERCHANGEABLE_KINDS = frozenset(
    {
        (EventKind.AGREEMENT, EventKind.NEGOTIATION_ROUND),
        (EventKind.NEGOTIATION_ROUND, EventKind.AGREEMENT),
    }
)
_MEETING_OR_AGREEMENT = frozenset({EventKind.MEETING, EventKind.AGREEMENT})
_SAME_DAYS_KINDS = frozenset(
    {
        (EventKind.MEETING, EventKind.NEGOTIATION_ROUND),
        (EventKind.NEGOTIATION_ROUND, EventKind.MEETING),
    }
)

_TOKEN_RE = re.compile(r"[a-z0-9]+")
_DECIMAL_RE = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")
_FIGURE_RE = re.compile(r"[0-9]+")
_STOP_WORDS = frozenset(
    """
    a an the and or but of to in on at by for with from into about over after before as
    than that which who whom whose this these those it its he she they them his her their
    we our you i is are was were be been being has have had do does did will would could
    should may might must can shall not no so if then also just very more most much many
    some any said says say told tells according reporters there here what when where while
    up out monday tuesday wednesday thursday friday saturday sunday today yesterday
    tomorrow week month year last next earlier later january february march april june july
    august september october november december sept president presidents prime minister
    ministers secretary representative chancellor premier leader leaders official officials
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# Words outlets use for the same happening, mapped onto one stem.
_SYNONYMS = {
    "begin": "start",
    "began": "start",
    "begun": "start",
    "open": "start",
    "launch": "start",
    "commenc": "start",
    "start": "start",
    "resum": "start",  # "agreed to resume negotiations" reports "agreed to start" them
    "resumption": "start",
    "relaunch": "start",  # a relaunch of talks reports that they resumed
    "reviv": "start",
    "restart": "start",
    "pact": "agr",
    "deal": "agr",
    "accord": "agr",
    "treaty": "agr",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "withdraw": "withdraw",
    "withdrawal": "withdraw",
    "pull": "withdraw",
    "quit": "withdraw",
    "exit": "withdraw",
    "talk": "negoti",
    "discussion": "negoti",
    "lev": "tariff",
    "dut": "tariff",
    "slap": "impos",
    "met": "meet",
    "meet": "meet",
    "held": "meet",  # "held talks", "held a summit"
    "duty": "tariff",
    "levy": "tariff",
    "tax": "tariff",  # "cut its export taxes" reports "lowered export duties"
    "lower": "cut",
    "slash": "cut",
    "reduc": "cut",
    "reduction": "cut",
    "soybean": "soy",
    "ink": "sign",
    "collaps": "halt",
    "suspend": "halt",
    "brok": "halt",  # "broke down", "broke off"
    "stall": "halt",
    "paus": "halt",
    "froz": "halt",  # "froze the talks" (not "frozen": the stem keeps the n)
    "freez": "halt",
    "halt": "halt",
    "accession": "join",
    "acced": "join",
    "rall": "protest",
    "rally": "protest",
    "demonstr": "protest",
    "elev": "upgrad",
    "bann": "halt",  # "banned imports" reports "suspended" or "halted" them
    "reopen": "reopen",  # "reopened its market to salmon" reports that a ban was lifted
    "ban": "halt",
    "laps": "expir",  # a programme or a waiver "lapsed" or "expired"
    "finaliz": "conclud",  # "finalised the agreement" reports "concluded" it
    "seal": "conclud",  # "sealed a deal"
    "unveil": "start",  # "unveiled a partnership" reports "launched" it
    "applic": "appl",  # "filed its application" reports "applied"
    "apply": "appl",
    # A legislature "passed" a bill, "approved" it, "gave final approval" to it, "ratified"
    # the agreement: one vote, and "legislation" is the bill.
    "pass": "approv",
    "passag": "approv",
    "approval": "approv",
    "ratif": "approv",
    "ratify": "approv",
    "ratific": "approv",
    "legisl": "bill",
}
# Phrases outlets use for one of the _ACTIONS, read as that action's word before the tokens
# are taken: "became a member of the CPTPP" reports "joined" it.
_PHRASES = (
    (
        "member",
        re.compile(r"\b(?:became|become|becomes|becoming)\s+(?:a\s+)?(?:full\s+)?members?\s+of\b"),
        "joined",
    ),
    # "negotiations kicked off" reports that they began.
    ("kick", re.compile(r"\b(?:kick|kicks|kicked|kicking)\s+off\b"), "began"),
    # "talks were put on hold" reports that they were paused.
    (
        "hold",
        re.compile(r"\b(?:put|puts|putting|placed|been|was|were|is|are)\s+on\s+hold\b"),
        "paused",
    ),
    # "the talks were frozen" (not "frozen beef": "frozen" alone is a product).
    (
        "frozen",
        re.compile(r"\b(?:was|were|been|being|is|are|remain|remains|remained)\s+frozen\b"),
        "froze",
    ),
    # "the round was wrapped up" reports that it was concluded.
    ("wrap", re.compile(r"\b(?:wrap|wraps|wrapped|wrapping)\s+up\b"), "concluded"),
    # "the panel was set up" reports that it was established (not "set-up costs").
    ("set", re.compile(r"\b(?:set|sets|setting)\s+up\b"), "established"),
    # "put pen to paper on the agreement" reports that they signed it.
    ("pen", re.compile(r"\b(?:put|puts|putting)\s+pen\s+to\s+paper\b"), "signed"),
    # "put their signatures to the protocol" too.
    (
        "signature",
        re.compile(
            r"\b(?:put|puts|putting|set|sets|setting)\s+(?:their|its|his|her|the)\s+"
            r"signatures?\s+(?:to|on)\b"
        ),
        "signed",
    ),
    # "lifted its ban on salmon", "lifted a four-year suspension of apple imports" report that
    # the market reopened (and not a ban: "ban" alone reads "halt"), as does "allowed salmon
    # imports to resume" (not "resumed": talks that resume reads "start").
    (
        "lift",
        re.compile(
            r"\b(?:lift|lifts|lifted|lifting)\s+(?:(?:its|the|a|an|their)\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:bans?|embargo|embargoes|suspension|prohibition)\b"
        ),
        "reopened",
    ),
    (
        "allow",
        re.compile(
            r"\b(?:allow|allows|allowed|allowing|permit|permits|permitted)\s+"
            r"((?:[\w-]+\s+){1,8}?)to\s+resume\b"
        ),
        r"reopened \1",
    ),
    # "the negotiations ended in February", "ended a third round" report that they were
    # concluded; not "the end of the year", "year-end", "put an end to".
    ("end", re.compile(r"(?<![\w-])(?:ended|ending)\b(?!\s+(?:of|to|up)\b)"), "concluded"),
    # "entered into force", "came into effect", "took effect": the agreement's entry into
    # force, one action however worded (and not its signature: "signed" is another), and
    # one word: "force" ("is expected to enter into force" and "is scheduled to take effect"
    # then share two words, not one). The words stay too, so two reports in the same words
    # share as many as before.
    (
        "into",
        re.compile(
            r"\b(?:enter|enters|entered|entering|come|comes|came|coming|go|goes|went|gone)"
            r"\s+into\s+(?:force|effect)\b"
        ),
        r"inforce force \g<0>",
    ),
    (
        "effect",
        re.compile(r"\b(?:take|takes|took|taken|taking)\s+effect\b"),
        r"inforce force \g<0>",
    ),
    # "resumed imports of fresh apples" too (goods resume; talks that resume "start").
    (
        "resum",
        re.compile(
            r"\b(?:resume|resumes|resumed|resuming)\s+((?:[\w-]+\s+){0,3}?)"
            r"(imports|exports|shipments|purchases)\b"
        ),
        r"reopened \1\2",
    ),
)
# Longest first: the first suffix that leaves a stem of 3+ letters is removed.
_SUFFIXES = (
    "ations",
    "ation",
    "ating",
    "ated",
    "ates",
    "ments",
    "ment",
    "ings",
    "ing",
    "ies",
    "ied",
    "ed",
    "es",
    "s",
    "ate",
    "e",
)


def _stem(word: str) -> str:
    """Return a light stem: negotiate/negotiations/negotiating all give "negoti"."""
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word.rstrip("e")) >= 3:
        word = word.rstrip("e")  # "agree"/"agreed"/"agreement" meet at "agr", "trade" at "trad"
    if word.endswith(("pp", "gg", "tt")):
        word = word[:-1]  # "slapped" -> "slapp" -> "slap"
    if word.endswith("is") and len(word) >= 6:
        word = word[:-2] + "iz"  # British and American spelling: "modernised", "modernized"
    return _SYNONYMS.get(word, word)


# Each word's token ("" for a stop word or a single character), memoised: a word's stem
# depends on the word alone, and an import meets the same few thousand words again and
# again. Cleared when it grows past _MAX_MEMOISED words (numbers and names keep coming).
_tokens_of_words: dict[str, str] = {}
_MAX_MEMOISED = 200_000


def _token(word: str) -> str:
    """Return the token of one lower-cased word, "" when the word does not count."""
    if word[0].isdigit():  # a figure: "200bn", "200" and "200th" are one figure
        token = _FIGURE_RE.match(word).group()
        token = token if len(token) >= 2 else ""
    else:
        token = "" if word in _STOP_WORDS or len(word) < 2 else _stem(word)
    if len(_tokens_of_words) >= _MAX_MEMOISED:
        _tokens_of_words.clear()
    _tokens_of_words[word] = token
    return token


_ACCENTS_RE = re.compile("[\u0300-\u036f]")


def title_tokens(text: str) -> frozenset[str]:
    """Return the stemmed content words of `text`, lower-cased, stop words dropped, accents
    left out ("Julián" is "julian", as in the slug of a stored actor: its words are then
    the words of its key, not "juli")."""
    known = _tokens_of_words
    text = text.lower().replace("’", "'")
    if not text.isascii():
        # Only the accents go: a dash or a quote still separates words.
        text = _ACCENTS_RE.sub("", unicodedata.normalize("NFKD", text))
    tokens = {known[word] if word in known else _token(word) for word in _TOKEN_RE.findall(text)}
    tokens.discard("")
    return frozenset(tokens)


@dataclass(frozen=True)
class EventSignature:
    """What `same_happening` compares: the candidate reduced to sets."""

    date: FuzzyDate
    kind: EventKind
    actor_keys: frozenset[str]
    tokens: frozenset[str]
    planned: bool
    # The words of the actors' names and aliases the text used ("Canberra", "Canadian").
    names: frozenset[str] = frozenset()
    # Figures other than years ("$46 billion", "25%": "46", "25") and the registry's people.
    figures: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()
    # The countries among its actors (a person's country too), as slugs.
    countries: frozenset[str] = frozenset()
    # Every country its article names anywhere (`story_countries`): reports of two
    # articles with no country in common are two happenings.
    story: frozenset[str] = frozenset()
    # The parties it is about (`parties_of`: countries, blocs): those its sentence names,
    # or, when it names none ("Talks opened in May"), its article's lead's
    # (`inherited`): see ArticleParties.
    parties: frozenset[str] = frozenset()
    inherited: bool = False
    # Its parties, or its article's lead's when its own are some of them (the veto's).
    sides: frozenset[str] = frozenset()
    # (member, bloc) for each member country of the blocs among its parties and sides (the
    # registry's `ActorRef.members`): against a report naming the bloc's member instead,
    # that member stands for the bloc (see `_as_blocs`).
    memberships: frozenset[tuple[str, str]] = frozenset()
    actions: frozenset[str] = frozenset()  # its tokens among _ACTIONS
    # The ordinals of the round its clause names ("the fourth round": "fourth"), if any.
    ordinals: frozenset[str] = frozenset()
    # Acronyms as written ("RCEP", lower-cased), and the clause the tokens came from: its
    # names spelled in full are read from it when the other report has an acronym.
    acronyms: frozenset[str] = frozenset()
    clause: str = ""
    # The words the wording rules compare: the tokens and the names (derived, so a
    # signature with other tokens, `replace`d, gets its own).
    worded: frozenset[str] = field(init=False, repr=False, compare=False)

    # The half of its year its clause names ("in the second half of 2027": 2), 0 for none:
    # a date has no half-year precision, so the clause's year is narrowed here.
    half: int = 0

    # The first and last day of its date's period (derived), its half's when it has one.
    first: date = field(init=False, repr=False, compare=False)
    last: date = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "worded", self.tokens | self.names)
        first, last = fuzzy_date_range(self.date)
        if self.half and self.date.precision is Precision.YEAR:
            first, last = (
                (first, date(first.year, 6, 30))
                if self.half == 1
                else (
                    date(first.year, 7, 1),
                    last,
                )
            )
        object.__setattr__(self, "first", first)
        object.__setattr__(self, "last", last)


def story_countries(
    keys: Iterable[str], actor_refs: Mapping[str, ActorRef] | None = None
) -> frozenset[str]:
    """Return the countries among the actors of `keys` (an article's, say), as slugs: the
    registry's countries, a registry person's country, and unregistered names of the
    world's list of countries."""
    countries = set()
    for key in keys:
        slug = _slug(key)
        ref = (actor_refs or {}).get(slug)
        if ref is None:
            if slug in _COUNTRY_SLUGS:
                countries.add(slug)
        elif ref.kind is ActorKind.COUNTRY:
            countries.add(slug)
        elif ref.kind is ActorKind.PERSON and ref.country:
            countries.add(ref.country)
    return frozenset(countries)


def _party(slug: str, ref: ActorRef | None) -> str | None:
    """Return the party an actor stands for: a country; a person's or a national body's
    country; a bloc or an international body itself; None for a name the registry does not
    know that is no country of the world's list."""
    if ref is None:
        if slug in _COUNTRY_SLUGS:
            return slug
        # A body the registry does not know, named after its country ("Peruvian Food Safety
        # Authority", "Kenyan Ministry of Trade"): that country's (three words at least: a
        # shorter unknown name may be a person's, "Jordan Reyes").
        return _named_country(slug) if slug.count("-") >= 2 else None
    if ref.kind is ActorKind.COUNTRY:
        return slug
    if ref.country:
        return ref.country
    if ref.kind is ActorKind.ORGANISATION and slug.count("-") >= 1:
        country = _named_country(slug)
        if country is not None:
            return country
    # A bloc or an international body; not a name the registry has only as an acronym
    # ("RCEP": a pact as often as a party).
    return slug if ref.kind is ActorKind.ORGANISATION and not ref.name.isupper() else None


def parties_of(
    keys: Iterable[str], actor_refs: Mapping[str, ActorRef] | None = None
) -> frozenset[str]:
    """Return the parties the actors of `keys` stand for (`_party`), as slugs."""
    refs = actor_refs or {}
    parties = set()
    for key in keys:
        slug = _slug(key)
        party = _party(slug, refs.get(slug))
        if party is not None:
            parties.add(party)
    return frozenset(parties)


class ArticleParties:
    """The parties of an article's reports: those its happening's clause names, or, when it
    names none ("Both sides hope to finish soon"), those of the article's lead.

    Built from its reports' sentences (body offsets) and its `mentions` (actor key, body
    offsets), which the importer has for a new article and reads back for a stored one: a
    report gets the same parties whichever run reads it."""

    def __init__(
        self,
        sentences: Iterable[tuple[int, int]],
        mentions: Iterable[tuple[str, int, int]],
        actor_refs: Mapping[str, ActorRef] | None = None,
    ) -> None:
        self._named = sorted((start, end, key) for key, start, end in mentions)
        self._starts = [start for start, _, _ in self._named]
        self._refs = actor_refs
        self.lead = self._lead(sentences)

    def _within(self, first: int, last: int) -> list[tuple[int, int, str]]:
        """Return the mentions between body offsets `first` and `last`."""
        return self._named[bisect_left(self._starts, first) : bisect_left(self._starts, last)]

    def _lead(self, sentences: Iterable[tuple[int, int]]) -> frozenset[str]:
        """Return the parties of the first sentence that names two or more, a country
        among them (not "a bloc's commission said the bloc ..."); empty when none does."""
        countries = story_countries((key for _, _, key in self._named), self._refs)
        for first, last in sorted(set(sentences)):
            named = self._within(first, last)
            if len(named) >= 2:
                parties = parties_of((key for _, _, key in named), self._refs)
                if len(parties) >= 2 and not parties.isdisjoint(countries):
                    return parties
        return frozenset()

    def of(self, sentence: Sentence, clause: str) -> tuple[frozenset[str], bool]:
        """Return the parties of the report of `sentence` whose happening is told by
        `clause`, and whether they are the lead's (the clause names none: an actor named
        in another clause of the sentence, "as Ruritania looked to Freedonia", is not the
        happening's)."""
        text, offset = sentence.text, sentence.start
        keys = [
            key
            for start, end, key in self._within(offset, sentence.end)
            if text[start - offset : end - offset] in clause
        ]
        own = parties_of(keys, self._refs) if keys else frozenset()
        return (own, False) if own else (self.lead, bool(self.lead))

    def completed(self, parties: frozenset[str]) -> frozenset[str]:
        """Return the lead's parties when `parties` (a report's own) are one of them:
        "Ruritania hoped to sign by spring" in a story of its talks with Freedonia is about
        both; else `parties`. Two parties are a pair of their own: "the Ruritania-Freedonia
        deal takes effect" in a story of deals with Freedonia and Patria is not Patria's."""
        return self.lead if len(parties) == 1 and parties < self.lead else parties


def signature_for(
    candidate: EventCandidate,
    actor_refs: Mapping[str, ActorRef] | None = None,
    story: frozenset[str] = frozenset(),
    parties: ArticleParties | None = None,
) -> EventSignature:
    """Return the signature of a candidate; `story` is its article's `story_countries`,
    `parties` its article's `ArticleParties` (the candidate's sentence at its offsets).

    Tokens come from the uncut clause the title was made from, minus the words of the
    actors' keys (actors are compared on their own). With `actor_refs`, a person's country
    joins the actors: "Trump and Abe" then shares actors with "the United States and Japan".
    """
    sentence = candidate.sentence.text
    # A dateline ("HANOI, Vietnam (AP) —") says where the story was filed, not what happened.
    dateline = opening_dateline(sentence)
    if dateline is not None:
        sentence = sentence[dateline[1] :]
    if "\u2014" in sentence or "\u2013" in sentence:
        sentence = _without_dash_aside(sentence, candidate.temporal_text)
    text = _happening_text(sentence, candidate.temporal_text)
    if ", which " in sentence or ", who " in sentence:
        text = _relative_clause(sentence, candidate.temporal_text, text)
    told = title_tokens(_phrased(text))
    tokens = told | title_tokens(_phrased(candidate.title))
    key_words = title_tokens(" ".join(key.replace("-", " ") for key in candidate.actor_keys))
    name_words: frozenset[str] = frozenset()
    keys = [_slug(key) for key in candidate.actor_keys]
    actors = set(keys)
    persons = set()
    countries = set()
    for name, key in zip(candidate.actor_keys, keys, strict=True):
        ref = (actor_refs or {}).get(key)
        if ref is None:
            # A name the registry does not know yet: most are people, but not a country
            # from the world's list nor a long organisation's name.
            if key in _COUNTRY_SLUGS:
                countries.add(key)
            elif actor_refs is not None and _may_be_person(name, key):
                persons.add(key)
            continue
        name_words |= _name_words(ref)
        if ref.kind is ActorKind.COUNTRY:
            countries.add(key)
        elif ref.kind is ActorKind.PERSON:
            persons.add(key)
            if ref.country:
                actors.add(ref.country)
                countries.add(ref.country)
    # An agreement's acronym ("the CEPA", "the ICA-CEPA", "an FTA") is the agreement too:
    # "The CEPA was signed" and "The deal was signed" share two words, not one. Not a name
    # (an actor's alias such as a trade association's is no agreement).
    tokens |= {
        _AGREEMENT
        for acronym in _PACT_ACRONYM_RE.findall(text)
        if acronym.lower() in tokens and acronym.lower() not in key_words | name_words
    }
    figures = {token for token in tokens if token[0].isdigit() and not _is_year(token)}
    if "." in text:
        # A figure with decimals is one figure ("fell 3.2 percent", not "3" and "2": one
        # digit each, so no figure at all): "3.2" is not "3.1".
        figures.update(_DECIMAL_RE.findall(text))
    own_parties, inherited = (
        # the title's subject too: a part of the sentence cut off by an aside ("The A-B FTA,
        # signed in 2023, [is set to take effect on Jan. 1]") has its subject there
        parties.of(candidate.sentence, f"{text}\n{candidate.title}")
        if parties is not None
        else (frozenset(), False)
    )
    sides = parties.completed(own_parties) if parties is not None else own_parties
    refs = actor_refs or {}
    memberships = frozenset(
        (member, party)
        for party in sides | own_parties
        if party in refs
        for member in refs[party].members
    )
    return EventSignature(
        date=candidate.date,
        half=_half(sentence, candidate) if "half" in sentence else 0,
        kind=candidate.kind,
        actor_keys=frozenset(actors),
        tokens=tokens - key_words - name_words,
        planned=candidate.planned,
        names=(tokens & name_words) - key_words,
        figures=frozenset(figures),
        persons=frozenset(persons),
        countries=frozenset(countries),
        story=story,
        parties=own_parties,
        inherited=inherited,
        sides=sides,
        memberships=memberships,
        actions=tokens & _ACTIONS,
        ordinals=told & _ORDINALS if _ROUND in told else frozenset(),
        acronyms=_acronyms(text),
        clause=text,
    )


# An aside between two dashes: "The three members — Ruritania, Freedonia and Sylvania —
# signed the pact on Tuesday".
_DASH_ASIDE_RE = re.compile(r"\s[—–]\s[^—–]+?\s[—–]\s")


def _without_dash_aside(sentence: str, temporal_text: str) -> str:
    """Return the sentence without an aside between two dashes that does not hold its date
    expression: the extraction's happening text stops at the first dash, so "The three
    members — Ruritania, Freedonia and Sylvania — signed the pact" told only "The three
    members" (the aside's names are the candidate's actors still)."""
    match = _DASH_ASIDE_RE.search(sentence)
    if match is None or (temporal_text and temporal_text in match.group()):
        return sentence
    return f"{sentence[: match.start()]} {sentence[match.end() :]}"


# An aside of the sentence that tells its own happening: ", which opened in May 2031,".
_RELATIVE_RE = re.compile(r",\s+(?:which|who)\s+(?P<body>[^,;]+)")


def _relative_clause(sentence: str, temporal_text: str, text: str) -> str:
    """Return the aside the date is in with the words it is about ("The talks, which opened
    in May 2031, ran for twelve rounds": "The talks opened"), else `text`, the sentence's
    main clause ("The talks ran for twelve rounds"), which tells another happening."""
    for match in _RELATIVE_RE.finditer(sentence):
        at = sentence.find(temporal_text, match.start("body"), match.end())
        if at >= 0:
            about = sentence[: match.start()]
            about = about[about.rfind(", ") + 1 :]
            body = (
                sentence[match.start("body") : at] + sentence[at + len(temporal_text) : match.end()]
            )
            return f"{about} {body}"
    return text


# "the second half of", "the first half of": the half of the year named after it.
_HALF_BEFORE_RE = re.compile(
    r"\b(?P<which>first|1st|second|2nd|latter)\s+half\s+(?:of\s+)?$", re.IGNORECASE
)


def _half(sentence: str, candidate: EventCandidate) -> int:
    """Return 1 or 2 when the candidate is dated to a year its sentence names a half of
    ("will meet again in the second half of 2027": its date is the year 2027, its
    temporal text "of 2027"), else 0."""
    told = candidate.temporal_text
    if candidate.date.precision is not Precision.YEAR or not told:
        return 0
    at = sentence.find(told)
    match = _HALF_BEFORE_RE.search(sentence, max(at - 24, 0), at) if at > 0 else None
    if match is None:
        return 0
    return 1 if match["which"].lower() in ("first", "1st") else 2


# The parties named again ("the two countries", "both sides"): the report's parties are
# compared on their own (its article's lead's, see ArticleParties), not as words.
_PARTIES_AGAIN_RE = re.compile(
    r"\b(?:the\s+)?(?:two|both)\s+(?:countries|sides|governments|nations|partners|economies)\b",
    re.IGNORECASE,
)


def _phrased(text: str) -> str:
    """Return `text` with the _PHRASES for an action replaced by the action's word, and the
    parties named again left out."""
    for word, pattern, action in _PHRASES:
        if word in text:
            text = pattern.sub(action, text)
    if "two " in text or "oth " in text:
        text = _PARTIES_AGAIN_RE.sub("", text)
    if "years" in text or "months" in text or "weeks" in text or "decades" in text:
        text = _DURATION_RE.sub("", text)
    if "illion" in text or "bn" in text or "mn" in text or "tn" in text:
        text = _SUM_RE.sub(_sum, text)
    return text


# A sum with its scale, however written ("$5 billion", "five billion dollars", "US$5bn",
# "€1.8bn", "1,800 million"): one figure, the sum in units, and the scale as a word, so
# outlets writing one sum share it; a currency sign or code before it is left out.
_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        """
        zero one two three four five six seven eight nine ten eleven twelve thirteen
        fourteen fifteen sixteen seventeen eighteen nineteen twenty
        """.split(),  # noqa: SIM905 (a word list reads better as text)
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
_SCALES = {"billion": 10**9, "million": 10**6, "trillion": 10**12}
_SHORT_SCALES = {"bn": "billion", "bln": "billion", "mn": "million", "tn": "trillion"}
_SUM_RE = re.compile(
    r"(?<![\w.,])(?:(?:US|A|C|NZ|HK|S)?[$€£¥]\s?)?"
    r"(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + r")"
    r"(?:[\s-]?(?P<word>billion|million|trillion)|\s?(?P<short>bn|bln|mn|tn))\b",
    re.IGNORECASE,
)


def _sum(match: re.Match) -> str:
    """Return the sum `match` found as its value in units and its scale's word."""
    number = match["number"].lower().replace(",", "")
    value = _NUMBER_WORDS[number] if number in _NUMBER_WORDS else float(number)
    scale = (match["word"] or _SHORT_SCALES[match["short"].lower()]).lower()
    return f"{round(value * _SCALES[scale])} {scale}"


# A time between the happening and another ("two months after negotiations were concluded",
# "concluded after more than three years of talks", "25 years after talks began"): it says
# how long before or after, not what happened, and its number is no figure of the happening.
_DURATION_RE = re.compile(
    r"\b(?:after\s+(?:(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+|some\s+|about\s+|"
    r"over\s+|around\s+|roughly\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|a\s+few|few|several|many)\s+(?:years|months|weeks|"
    r"decades)(?:\s+of\s+(?:talks|negotiations))?"
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"a\s+few|few|several|many)\s+(?:years|months|weeks|decades)\s+(?:after|later))\b",
    re.IGNORECASE,
)


# Each (sentence, temporal text)'s happening text, memoised: a stored event's signatures
# are rebuilt from the sentences its candidates had, and one sentence may give several
# candidates of one date.
_happening_texts: dict[tuple[str, str], str] = {}
_MAX_TEXTS = 20_000


def _happening_text(sentence: str, temporal_text: str) -> str:
    key = (sentence, temporal_text)
    text = _happening_texts.get(key)
    if text is None:
        if len(_happening_texts) >= _MAX_TEXTS:
            _happening_texts.clear()
        text = _happening_texts[key] = happening_text(sentence, temporal_text)
    return text


# An acronym as written: three or more capitals ("RCEP", "CPTPP"), not inside a longer word;
# or a compound of acronyms joined by hyphens ("RB-CEPA", the Ruritania-Borduria CEPA).
_ACRONYM_RE = re.compile(r"(?<![\w-])(?:[A-Z]{2,}(?:-[A-Z]{2,})+(?![\w-])|[A-Z]{3,}(?!\w))")


def _acronyms(text: str) -> frozenset[str]:
    """Return the acronyms of `text`, lower-cased: a compound whole ("rb-cepa") and its
    parts of three or more letters ("cepa"; "GCC-UK" still names the "gcc")."""
    found = set()
    for match in _ACRONYM_RE.findall(text):
        acronym = match.lower()
        found.add(acronym)
        if "-" in acronym:
            found.update(part for part in acronym.split("-") if len(part) >= 3)
    return frozenset(found)


# An agreement's acronym: one ending in "trade/partnership agreement" ("FTA", "CEPA", "EPA"),
# after a space or a hyphen ("the ICA-CEPA").
_PACT_ACRONYM_RE = re.compile(r"(?<![A-Za-z])[A-Z]+[TP]A(?![A-Za-z])")
_AGREEMENT = "agr"
_PACT_ACRONYM_ENDS = ("ta", "pa")
# A name spelled in full: capitalised words (hyphenated parts count apart: "Trans-Pacific",
# and a dash's: "Ruritania–Borduria"), joined by the small words names keep inside ("Trade
# in Goods", "Growth and Opportunity").
_SPELLED_RE = re.compile(
    r"(?<![\w–-])[A-Z][a-z]+(?:[-–][A-Z][a-z]+)*"
    r"(?:(?:\s+(?:and|of|for|in|on|the|&))*\s+[A-Z][a-z]+(?:[-–][A-Z][a-z]+)*)+"
)
_NAME_PARTS_RE = re.compile(r"[A-Za-z]+|&")
_SPELLED_MIN_CAPITALS = 3
_LEADING_ARTICLES = frozenset({"The", "A", "An"})


# Each clause's names spelled in full, memoised: one clause meets many others.
_spelled_of: dict[str, tuple[tuple[str, str, str], ...]] = {}


def _spelled(text: str) -> tuple[tuple[str, str, str], ...]:
    """Return the names of `text` spelled in full of three or more capitalised words, each
    as (initials of all words, of capitalised words, the name): ("rcep", "rcep", "Regional
    Comprehensive Economic Partnership"). A name keeps its small words' initials in the
    first ("Trade in Goods": "tig", "tg")."""
    known = _spelled_of.get(text)
    if known is not None:
        return known
    if len(_spelled_of) >= _MAX_MEMOISED:
        _spelled_of.clear()
    spelled = []
    for match in _SPELLED_RE.finditer(text):
        parts = _NAME_PARTS_RE.findall(match.group())
        if parts[0] in _LEADING_ARTICLES:  # "The African Growth and Opportunity Act"
            parts = parts[1:]
        capitals = "".join(part[0] for part in parts if part[0].isupper()).lower()
        if len(capitals) >= _SPELLED_MIN_CAPITALS:
            every = "".join(part[0] for part in parts).lower()
            spelled.append((every, capitals, " ".join(parts)))
    result = _spelled_of[text] = tuple(spelled)
    return result


def _abbreviates(acronyms: frozenset[str], name: tuple[str, str, str]) -> str | None:
    """Return the acronym among `acronyms` that abbreviates `name`, None if none does.

    An acronym abbreviates a name when it is the initials of its capitalised words ("African
    Growth and Opportunity Act": AGOA) or of all its words ("Trade in Goods": TIG), or
    leaves out one capitalised word inside ("Comprehensive and Progressive Agreement for
    Trans-Pacific Partnership": CPTPP)."""
    every, capitals, spelled = name
    for acronym in acronyms:
        if acronym in (every, capitals):
            return acronym
        if "-" in acronym and _compound_abbreviates(acronym, spelled):
            return acronym
        if (
            len(acronym) == len(capitals) - 1
            and len(acronym) >= _SPELLED_MIN_CAPITALS
            and acronym[0] == capitals[0]
            and acronym[-1] == capitals[-1]
            and any(capitals[:at] + capitals[at + 1 :] == acronym for at in range(len(capitals)))
        ):
            return acronym
    return None


def _compound_abbreviates(acronym: str, spelled: str) -> bool:
    """Return True when a compound acronym ("rb-cepa", "rbo-cepa") spells the capitalised
    words of `spelled` in order, each word giving the next one or more of its first letters
    ("Ruritania Borduria Comprehensive Economic Partnership Agreement"; "RBO" may be
    Ruritania-BOrduria)."""
    letters = acronym.replace("-", "")
    words = [word.lower() for word in spelled.split() if word[0].isupper()]
    return len(words) <= len(letters) and _covers(letters, words)


def _covers(letters: str, words: list[str]) -> bool:
    """Return True when `letters` is the words' prefixes in order, one or more letters each."""
    if not words:
        return not letters
    word = words[0]
    return any(
        _covers(letters[size:], words[1:])
        for size in range(min(len(word), len(letters) - len(words) + 1), 0, -1)
        if letters[:size] == word[:size]
    )


def _abbreviated(a: EventSignature, b: EventSignature) -> tuple[EventSignature, EventSignature]:
    """Return `a` and `b` with each name one spells in full that an acronym of the other
    abbreviates, and the other does not spell too, replaced by that acronym ("the
    Trans-Pacific Partnership" against "TPP"; "the Regional Comprehensive Economic
    Partnership (RCEP)" against "RCEP"). A name both spell keeps its words on both."""
    if not (a.acronyms or b.acronyms):
        return a, b
    spelled_a, spelled_b = _spelled(a.clause), _spelled(b.clause)
    if not (spelled_a or spelled_b):
        return a, b
    return _abbreviated_by(a, spelled_a, b, spelled_b), _abbreviated_by(b, spelled_b, a, spelled_a)


def _abbreviated_by(
    signature: EventSignature,
    spelled: tuple[tuple[str, str, str], ...],
    other: EventSignature,
    other_spelled: tuple[tuple[str, str, str], ...],
) -> EventSignature:
    tokens = signature.tokens
    for name in spelled:
        acronym = _abbreviates(other.acronyms, name)
        if acronym is not None and all(name[1] != theirs[1] for theirs in other_spelled):
            tokens = (tokens - title_tokens(name[2])) | title_tokens(acronym)
    return signature if tokens is signature.tokens else replace(signature, tokens=tokens)


# Each actor key as the stored actor's slug (Django's slugify): a candidate names an actor
# the registry does not know by its name ("Lena Duclos"), its stored event by the slug the
# importer gave it ("lena-duclos").
_slugs: dict[str, str] = {}
_NOT_SLUG_RE = re.compile(r"[^\w\s-]")
_SLUG_GAP_RE = re.compile(r"[-\s]+")


def _slug(key: str) -> str:
    slug = _slugs.get(key)
    if slug is None:
        if len(_slugs) >= _MAX_MEMOISED:
            _slugs.clear()
        slug = _slugs[key] = _slug_text(key)
    return slug


def _slug_text(text: str) -> str:
    """Return `text` as Django's slugify would."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    plain = _NOT_SLUG_RE.sub("", ascii_text.lower())
    return _SLUG_GAP_RE.sub("-", plain).strip("-_")


_COUNTRY_SLUGS = frozenset(_slug_text(name) for name in set(country_forms().values()))
# Each spelling of a country (its names, its demonyms) as a slug -> the country's slug.
_COUNTRY_OF_FORM = {_slug_text(form): _slug_text(name) for form, name in country_forms().items()}
_FORM_MAX_WORDS = 3


def _named_country(slug: str) -> str | None:
    """Return the country whose name or demonym opens the name `slug` ("peruvian-food-safety-
    authority": "peru"), None when none does or nothing follows it."""
    words = slug.split("-")
    for count in range(min(_FORM_MAX_WORDS, len(words) - 1), 0, -1):
        country = _COUNTRY_OF_FORM.get("-".join(words[:count]))
        if country is not None:
            return country
    return None


_PERSON_MAX_WORDS = 3


def _may_be_person(name: str, slug: str) -> bool:
    """Return False for an unregistered actor that cannot be a person: a country of the
    world's list ("Kenya"), an acronym ("CPTPP") or a name longer than a person's
    ("European Free Trade Association")."""
    return not (slug in _COUNTRY_SLUGS or name.isupper() or slug.count("-") >= _PERSON_MAX_WORDS)


def _is_year(figure: str) -> bool:
    """Return True for a figure that reads as a year (1900-2099): outlets cite other
    years in passing, which says nothing about the happening."""
    return len(figure) == 4 and figure[:2] in ("19", "20")


# Each registry actor's name and alias words ("Tokyo", "Japanese", "Washington"), memoised.
_name_words_of: dict[ActorRef, frozenset[str]] = {}


def _name_words(ref: ActorRef) -> frozenset[str]:
    """Return the tokens of an actor's name and aliases: the actor is compared on its own,
    so "Canberra" or "Canadian" in one report and not the other says nothing more."""
    words = _name_words_of.get(ref)
    if words is None:
        if len(_name_words_of) >= _MAX_MEMOISED:
            _name_words_of.clear()
        words = _name_words_of[ref] = title_tokens(" ".join((ref.name, *ref.aliases)))
    return words


def dates_compatible(a: FuzzyDate, b: FuzzyDate) -> bool:
    """Return True when a and b can be the same happening's date."""
    if a.precision is b.precision:
        return a.value == b.value
    if Precision.DAY in (a.precision, b.precision):
        day, period = (a, b) if a.precision is Precision.DAY else (b, a)
        first, last = fuzzy_date_range(period)
        return first <= day.value <= last
    # Week against month or year: the week may straddle a boundary, so overlap suffices.
    a_first, a_last = fuzzy_date_range(a)
    b_first, b_last = fuzzy_date_range(b)
    return a_first <= b_last and b_first <= a_last


def _periods_compatible(a: EventSignature, b: EventSignature) -> bool:
    """Return `dates_compatible(a.date, b.date)`, from the periods the signatures keep."""
    day_a, day_b = a.date, b.date
    if day_a.precision is day_b.precision:
        # one year's halves: its first half is not its second (a.first is b.first else)
        return day_a.value == day_b.value and a.first <= b.last and b.first <= a.last
    if day_a.precision is Precision.DAY:
        return b.first <= day_a.value <= b.last
    if day_b.precision is Precision.DAY:
        return a.first <= day_b.value <= a.last
    return a.first <= b.last and b.first <= a.last


def kinds_compatible(a: EventKind, b: EventKind, *, same_days: bool = True) -> bool:
    """Return True when two kinds can describe the same happening; MEETING against
    NEGOTIATION_ROUND only on `same_days` (both dated to a day or a week: in a month or a
    year, a meeting and a round of talks are most often two happenings)."""
    if a is b or a in _REPORTING_KINDS or b in _REPORTING_KINDS:
        return True
    return (a, b) in _INTERCHANGEABLE_KINDS or (same_days and (a, b) in _SAME_DAYS_KINDS)


def token_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Return the overlap coefficient |a∩b| / min(|a|, |b|), 0.0 when either is empty."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def same_happening(a: EventSignature, b: EventSignature) -> bool:
    """Return True when two signatures report the same happening (rule in the module doc)."""
    return happening_score(a, b) > 0.0


def _year_against_fine(a: EventSignature, b: EventSignature) -> bool:
    """Return True when the report with figures is dated to a year and the other to a day
    or a week."""
    counted, other = (a, b) if a.figures else (b, a)
    return counted.date.precision is Precision.YEAR and other.date.precision in _FINE


def _other_parties(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Return True when two sets of parties share one and each has one the other has not.
    A body of no country on each side is no difference unless each has a country too: both
    may be one bloc's (its commission in one article's lead, the bloc in the other's)."""
    if ours.isdisjoint(theirs):
        return False
    own, other = ours - theirs, theirs - ours
    if not (own and other):
        return False
    own_countries, other_countries = own & _COUNTRY_SLUGS, other & _COUNTRY_SLUGS
    if own_countries == own or other_countries == other:
        return True  # one side's other party is a country, or only countries
    return bool(own_countries and other_countries)


def _other_sides(
    ours: frozenset[str], theirs: frozenset[str], memberships: frozenset[tuple[str, str]]
) -> bool:
    """Return True when two sets of parties share one and each has a country or a bloc (an
    actor with members) the other has not."""
    if ours.isdisjoint(theirs):
        return False
    own, other = ours - theirs, theirs - ours
    if not (own and other):
        return False
    blocs = {bloc for _, bloc in memberships}
    return not (own.isdisjoint(_COUNTRY_SLUGS) and own.isdisjoint(blocs)) and not (
        other.isdisjoint(_COUNTRY_SLUGS) and other.isdisjoint(blocs)
    )


def _as_blocs(
    ours: frozenset[str], theirs: frozenset[str], memberships: frozenset[tuple[str, str]]
) -> frozenset[str]:
    """Return the parties `ours` with each member of a bloc that `theirs` names (and `ours`
    does not) read as that bloc: "Japanese and Saudi negotiators wrapped up the round in the
    Saudi capital" takes part in the talks of Japan and the Gulf Cooperation Council that
    another outlet names, and a member with a partner of its bloc is no other negotiation
    for this test (what the reports tell apart, "signed an investment treaty", still does)."""
    named = theirs - ours
    blocs = {member: bloc for member, bloc in memberships if bloc in named}
    if blocs.keys().isdisjoint(ours):
        return ours
    return frozenset(blocs.get(party, party) for party in ours)


def _own_blocs(
    ours: frozenset[str], theirs: frozenset[str], memberships: frozenset[tuple[str, str]]
) -> frozenset[str]:
    """Return the parties `ours` with each member of a bloc that both `ours` and `theirs`
    name read as that bloc. Not of a bloc only `ours` names: against a report of one member
    with another partner ("Ruritania and the Sylvanian Union", read as the bloc of
    Ruritania), the members `ours` names are what tells the two negotiations apart."""
    blocs = {member: bloc for member, bloc in memberships if bloc in ours and bloc in theirs}
    if blocs.keys().isdisjoint(ours):
        return ours
    return frozenset(blocs.get(party, party) for party in ours)


def _member_of_other(a: EventSignature, b: EventSignature) -> bool:
    """Return True when an actor of one report is a member of a bloc the other names: "The
    protocol was signed in Kuala Lumpur" (Malaysia) and "ASEAN and China signed the
    protocol" share an actor, as a member and its bloc share a side (see _as_blocs)."""
    memberships = a.memberships | b.memberships
    if not memberships:
        return False
    return any(
        (member, bloc) in memberships
        for ours, theirs in ((a, b), (b, a))
        for member in ours.actor_keys
        for bloc in theirs.actor_keys
    )


def _pact_acronyms(signature: EventSignature) -> list[str]:
    """Return the acronyms of agreements the signature's sentence names ("cepa", "fta")."""
    return [acronym for acronym in signature.acronyms if acronym.endswith(_PACT_ACRONYM_ENDS)]


def _other_pact_acronyms(a: EventSignature, b: EventSignature) -> bool:
    """Return True when both name an agreement by its acronym ("CEPA", "FTA") and the
    acronyms differ: neither ends with the other ("MKFTA" is a free trade agreement, "FTA")."""
    ours = _pact_acronyms(a)
    if not ours:
        return False
    theirs = _pact_acronyms(b)
    return bool(theirs) and not any(
        one.endswith(other) or other.endswith(one) for one in ours for other in theirs
    )


def _other_instrument(a: EventSignature, b: EventSignature) -> bool:
    """Return True when both name an instrument, `a` by a subject of its own (investment,
    digital trade) and no trade pact's words, and `b` by a trade pact's words and not
    that subject: two instruments."""
    subjects = (a.tokens & _INSTRUMENT_SUBJECTS) - b.tokens
    return (
        bool(subjects)
        and a.tokens.isdisjoint(_PACT_WORDS)
        and b.tokens.isdisjoint(_INSTRUMENT_SUBJECTS)
        and not b.tokens.isdisjoint(_PACT_WORDS)
        # An instrument named, not "agreed" (its token is an agreement's): "agreed to resume
        # talks on data flows" is no instrument of its own.
        and _INSTRUMENT_RE.search(a.clause) is not None
        and (_INSTRUMENT_RE.search(b.clause) is not None or bool(_pact_acronyms(b)))
    )


def _from_lead(signature: EventSignature) -> bool:
    """Return True when a report's parties are (or were completed to) its lead's."""
    return signature.inherited or signature.sides != signature.parties


def _apart_parties(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Return True when two reports' parties, both taken from their articles' leads, have
    none in common and each names a country: "the agreement could enter into force" of
    Ruritania and a bloc's members, and "is expected to enter into force for Freedonia" of
    another bloc and the first, are two negotiations even when the stories share a country
    further down."""
    return (
        ours.isdisjoint(theirs)
        and not ours.isdisjoint(_COUNTRY_SLUGS)
        and not theirs.isdisjoint(_COUNTRY_SLUGS)
    )


def _short_of(a: EventSignature, b: EventSignature) -> bool:
    """Return True when the report of the two with its article's lead's parties says no
    more than the other, whose parties are among them."""
    short, full = (a, b) if a.inherited else (b, a)
    return (
        bool(full.parties)
        and not short.parties.isdisjoint(full.parties)
        and full.parties <= short.parties
        and short.tokens <= full.tokens
    )


def _score(a: EventSignature, b: EventSignature) -> float:
    """Return the score of two reports of one happening: 1 plus the overlap of their words
    (names included) plus half the overlap of their actors."""
    words = token_overlap(a.worded, b.worded)
    return 1.0 + words + token_overlap(a.actor_keys, b.actor_keys) / 2


# The highest `happening_score`: every word and every actor shared.
HIGHEST_SCORE = 2.5


def score_ceiling(a: EventSignature, b: EventSignature) -> float:
    """Return a bound `happening_score(a, b)` never exceeds, cheaper to compute: the score
    the pair would have if every rule passed (every word shared, when either report has
    an acronym: the acronyms may make more words the same)."""
    actors = token_overlap(a.actor_keys, b.actor_keys) / 2
    if a.acronyms or b.acronyms:
        return 2.0 + actors
    # `_score`'s sum, term by term; the rule for reports with no actor in common scores
    # 1 plus the same overlap, and their actors' term is 0.
    return 1.0 + token_overlap(a.worded, b.worded) + actors


def _same_round(a: EventSignature, b: EventSignature) -> bool:
    """Return True when both reports' clauses name a round by one ordinal."""
    return not a.ordinals.isdisjoint(b.ordinals)


def happening_score(a: EventSignature, b: EventSignature) -> float:
    """Return how closely two signatures report one happening: 0.0 when they do not (rule
    in the module doc), else above 1, higher for more shared words and actors."""
    # Different figures are different happenings ("a deficit of $83 billion", "of $46
    # billion"); two meetings each with someone the other has not are two meetings.
    if a.figures and b.figures and a.figures.isdisjoint(b.figures):
        return 0.0
    # Two numbered rounds are two happenings ("closed a fourth round", "ended the third
    # round" the same Friday, of two negotiations sharing a country).
    if a.ordinals and b.ordinals and a.ordinals.isdisjoint(b.ordinals):
        return 0.0
    # A figure over a year ("shipments rose 14 percent in Q3 2026") is a statistic, not the
    # day or week's happening another report tells with no figure ("closed the last
    # chapters at a meeting in Cairo last week").
    if bool(a.figures) is not bool(b.figures) and _year_against_fine(a, b):
        return 0.0
    # Stories with no country in common report two happenings, however alike the words
    # ("both sides aim to conclude the talks" of Canada and the Philippines, and of the
    # UK and Switzerland; "resumed negotiations on Monday" of South Korea and Mexico, and
    # of Australia with the EU).
    if a.story and b.story and a.story.isdisjoint(b.story):
        return 0.0
    # A member of a bloc the other report names stands for that bloc (see _as_blocs).
    a_sides, b_sides = a.sides, b.sides
    if a.memberships or b.memberships:
        memberships = a.memberships | b.memberships
        # A report naming a bloc and its members ("the four members of the Ruritanian Union,
        # Ruritania, Freedonia, ...") is about the bloc, against a report naming the bloc:
        # its members are no other sides.
        a_sides, b_sides = (
            _own_blocs(a_sides, b_sides, memberships),
            _own_blocs(b_sides, a_sides, memberships),
        )
        a_sides, b_sides = (
            _as_blocs(a_sides, b_sides, memberships),
            _as_blocs(b_sides, a_sides, memberships),
        )
    # A report naming no actor is about its article's parties: against parties that share
    # one of them and each have another, it is another negotiation's ("Talks opened" of
    # Ruritania with Freedonia, and of Ruritania with a bloc).
    if (_from_lead(a) or _from_lead(b)) and _other_parties(a_sides, b_sides):
        return 0.0
    # Two reports naming their own parties, which share one and each have a country or a
    # bloc the other has not, are two negotiations' however alike the words: a trilateral
    # of Ruritania, Freedonia and Sylvania "agreed to resume negotiations", and Ruritania
    # with a bloc "will resume negotiations" (a body on one side may be a country's).
    if a.parties and b.parties and _other_sides(a_sides, b_sides, a.memberships | b.memberships):
        return 0.0
    # Two reports whose parties both come from their articles' leads are about those leads'
    # negotiations: two that name no party of their own, with leads that share no party
    # ("The joint committee will meet again" of one deal, and of another), or whose parties
    # share none and each hold a country (see _apart_parties), are two negotiations.
    if (a.inherited and b.inherited and a_sides and b_sides and a_sides.isdisjoint(b_sides)) or (
        _from_lead(a) and _from_lead(b) and _apart_parties(a_sides, b_sides)
    ):
        return 0.0
    if not _periods_compatible(a, b):
        return 0.0
    fine = a.date.precision in _FINE and b.date.precision in _FINE
    # Talks that both start or both halt in one month: "negotiations restarted" may be
    # read as a meeting, "revived the pact talks" as a round.
    step = not (a.planned or b.planned) and not a.actions.isdisjoint(b.actions & _STEPS)
    if (
        not kinds_compatible(a.kind, b.kind, same_days=fine or step)
        and not (kinds_compatible(a.kind, b.kind) and _same_round(a, b))
        # Talks both start on one day: "launched a dialogue on Tuesday" may be read as a
        # meeting, "agreed on Tuesday to open talks" as an agreement.
        and not (step and fine and {a.kind, b.kind} == _MEETING_OR_AGREEMENT)
    ):
        return 0.0
    if a.kind is b.kind is EventKind.MEETING and a.persons - b.persons and b.persons - a.persons:
        return 0.0
    # Two different actions are two happenings: "withdrew from the pact" is not "announced
    # they would open talks on the pact".
    if a.actions and b.actions and a.actions.isdisjoint(b.actions):
        return 0.0
    # An instrument of its own is not the pact signed beside it: "Ruritania and Freedonia
    # also signed an investment agreement" is not "signed their economic partnership
    # agreement", though a member of a bloc stands for the bloc and both "signed" that day.
    if _other_instrument(a, b) or _other_instrument(b, a):
        return 0.0
    # An agreement's acronym reads "agreement" too (see signature_for), so two acronyms
    # of agreements that differ are two agreements ("talks on the CEPA", "on the FTA").
    if _other_pact_acronyms(a, b):
        return 0.0
    # A person withdraws from a pact once: two withdrawals by one person in one month are
    # one, however the pact is named ("out of TPP", "from a trans-Pacific trade pact").
    # Against a year ("last year"), another shared word is needed too: one person may
    # leave two pacts in a year.
    if (
        a.kind is b.kind is EventKind.WITHDRAWAL
        and _WITHDRAW in a.actions
        and _WITHDRAW in b.actions
        and not a.persons.isdisjoint(b.persons)
    ):
        years = (a.date.precision is Precision.YEAR) + (b.date.precision is Precision.YEAR)
        if years == 0 or (years == 1 and len(a.tokens & b.tokens) > 1):
            return _score(*_abbreviated(a, b))
    a, b = _abbreviated(a, b)
    # The wording rules read the names too: "British" against "Malaysian" is a difference.
    worded_a, worded_b = a.worded, b.worded
    shared = len(worded_a & worded_b)
    overlap = token_overlap(worded_a, worded_b)
    if (
        a.actor_keys
        and b.actor_keys
        and a.actor_keys.isdisjoint(b.actor_keys)
        and not _member_of_other(a, b)
    ):
        same = overlap >= _NO_SHARED_ACTOR_OVERLAP and shared >= _NO_SHARED_ACTOR_MIN_TOKENS
        return 1.0 + overlap if same else 0.0
    # Without actors on one side the wording alone must carry it: "A first round of talks
    # will begin in 2021" shares "talks" and "begin" with every launch of that year.
    least = _SHARED_ACTOR_MIN_TOKENS if a.actor_keys and b.actor_keys else _NO_ACTOR_MIN_TOKENS
    if overlap >= _SHARED_ACTOR_OVERLAP and shared >= least:
        return _score(a, b)
    # Neither names an actor, and one says no more than the other with one of the
    # _ACTIONS ("Talks were launched in July 2016", "Negotiations on the CEPA opened in
    # July 2016"): in the same month, two shared words are enough.
    if (
        not (a.actor_keys or b.actor_keys)
        and not (a.planned or b.planned)
        and overlap == 1.0
        and shared >= _NO_ACTORS_MIN_TOKENS
        and a.date.precision is not Precision.YEAR
        and b.date.precision is not Precision.YEAR
        and not (worded_a & worded_b).isdisjoint(_BARE_ACTIONS)
    ):
        return _score(a, b)
    shared_tokens = a.tokens & b.tokens
    # One names no actor ("Negotiations kicked off in March 2024") and the other says the
    # same with its actors ("Japan launched the negotiations"), with one of the
    # _BARE_ACTIONS, on the same month, week or day, and neither is a plan: the same step
    # told short. A word more on either side may be another negotiation.
    if (
        bool(a.actor_keys) is not bool(b.actor_keys)
        and not (a.planned or b.planned)
        and a.date == b.date
        and a.date.precision is not Precision.YEAR
        and len(shared_tokens) >= _NO_ACTORS_MIN_TOKENS
        and a.tokens == b.tokens
        and not shared_tokens.isdisjoint(_BARE_ACTIONS)
    ):
        return _score(a, b)
    # The same, the short report about its article's lead's parties and saying no more
    # than the other, whose parties are among them ("The two sides closed the talks",
    # "Ruritania and Freedonia closed the talks on the pact").
    if (
        a.inherited is not b.inherited
        and not (a.planned or b.planned)
        and a.date == b.date
        and a.date.precision is not Precision.YEAR
        and len(shared_tokens) >= _NO_ACTORS_MIN_TOKENS
        and not shared_tokens.isdisjoint(_BARE_ACTIONS)
        and _short_of(a, b)
    ):
        return _score(a, b)
    shared = len(shared_tokens)
    overlap = token_overlap(a.tokens, b.tokens)
    if shared_tokens.isdisjoint(_ACTIONS):
        return 0.0
    # The same action: one outlet's clause may run on ("... amid a dispute over quotas").
    if overlap >= _SAME_ACTION_OVERLAP and shared >= _SAME_ACTION_MIN_TOKENS:
        return _score(a, b)
    # The same action on the same day by the same actors, told in few words ("Duclos met
    # Mehra on Tuesday", "Mehra and Duclos held talks on November 4"): one report names
    # a subset of the actors the other names: three or more, or two and no person ("the
    # trade ministers of Canada and India met"; a person and their country are too few).
    small, large = sorted((a, b), key=lambda signature: len(signature.actor_keys))
    same = (
        a.date.precision in _FINE
        and b.date.precision in _FINE
        and small.actor_keys <= large.actor_keys
        and (
            len(small.actor_keys) >= _SUBSET_MIN_ACTORS
            or (len(small.actor_keys) >= 2 and not small.persons)
        )
    )
    return _score(a, b) if same else 0.0
