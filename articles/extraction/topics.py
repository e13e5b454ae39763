"""Topics of an article or a sentence, from the taxonomy's keywords.

A keyword is a plain phrase, matched case-insensitively as whole words with a simple plural
("tariff" finds "Tariffs", "policy" finds "policies", "auto part" finds "auto-parts"), or a
regular expression written between slashes ("/section\\s+232/"), matched case-insensitively
as written. All keywords of all topics are compiled into one pattern; a regex that does not
compile, or that uses named groups of its own, is skipped and listed in `invalid_keywords`
so the admin can show the curator what to fix.

An article's topics (`article_topics`) are those it is about: named in its title (a
headline names what the story is about in words the body may not repeat) or its lead (the
first LEAD_SENTENCES sentences, or the first LEAD_CHARACTERS characters where those are
shorter, as after a summary in bullets), or at least MIN_BODY_HITS times in the body, or in
the label of a point of its own ("Cars: the tariff cuts offered in June …", "BARLEY
DIPLOMACY: …"), or in the subjects its source states (front matter's tags, categories and
keywords, a feed's categories, a page's keywords): by the topic's own name ("Digital
trade"), or by a keyword the title or body names too. One passing mention further down
("put its energy where the returns are", "as a bargaining chip", a free trade agreement
recalled in the last paragraph) is not what it is about, nor is a chapter the lead only
lists with the round's others ("covered trade in goods, services, investment, government
procurement and rules of origin").

A keyword that is one of the fields a body's name lists ("the Ministry of Investment,
Industry and Trade", "Minister of Trade, Industry and Energy", "Trade and Investment
Minister") names who acts, not what about: it tags nothing. A body of one field ("the
Committee on Agriculture") still tags it.
"""

from __future__ import annotations

import re
import re._parser as regex_parser
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise

from articles.extraction.normalise import IGNORECASE_EXTRAS, normalise_name, phrase_pattern
from articles.extraction.types import TopicHit, TopicRef

_SIBILANT_END = ("s", "x", "z", "ch", "sh")
_CACHE_LIMIT = 100_000  # matched texts whose topic keys are remembered
# Characters that re.IGNORECASE matches in their two ASCII cases, and for "i", "k" and "s"
# the few others of normalise.IGNORECASE_EXTRAS: a text with those made plain letters
# (_FOLD_EXTRAS) and lowered with str.lower (_folded) holds one wherever the text matches it.
_PLAIN_LITERALS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 -'/,.&")
_EXTRAS = "".join(IGNORECASE_EXTRAS.values())
_FOLD_EXTRAS = str.maketrans(
    {extra: letter for letter, extras in IGNORECASE_EXTRAS.items() for extra in extras}
)
_REQUIRED_MIN = 3  # shorter runs of letters are in nearly every text
_BRANCH_CLAUSES = 16  # at most this many clauses from one alternation
# The patterns kept for the sets of regexes texts can match: a handful in practice.
_PATTERN_CACHE_LIMIT = 256
# A question standing as its own paragraph after the first: an explainer's heading.
_QUESTION_HEADING_RE = re.compile(r"(?<=\n\n)[^\n]{3,100}\?\n")
LEAD_SENTENCES = 3  # the sentences that say what an article is about
LEAD_CHARACTERS = 600  # ... or this much of the body, where its sentences are short
MIN_BODY_HITS = 2  # hits elsewhere that make a topic the article's
# A label that opens a line ("Cars: the tariff cuts …", "- Palm oil: the annex …", "STEEL,
# AGAIN: …"): a few words before a colon, after an optional bullet; a clock time ("6:30") or
# a sentence ("officials said: …" has more words) is no label.
_LABEL = re.compile(r"^[ \t]*(?:[-*•–][ \t]+)?([^\W\d][^\n:.!?\"“]{0,40}?):[ \t]", re.MULTILINE)
_LABEL_WORDS = 4
# What comes before a capitalised keyword inside a name: "Ministry of", "Department for the",
# then capitalised words joined by commas and "and" ("Ministry of Development, Industry,
# Trade and [Services]"), with no full stop or possessive, which end a name ("Ministry of
# Agriculture. Farm prices"); searched in the _NAME_REACH characters before the keyword.
# The name lists fields if those words hold a comma or "and", or if _NAME_LIST_AFTER
# follows the keyword ("Ministry of [Investment], Industry and Trade").
_NAME_BEFORE = re.compile(
    r"\b(?:Ministry|Minister|Department|Secretary|Secretariat|Office|Bureau|Agency|Authority"
    r"|Committee|Council)\s+(?:of|for|on)\s+(?:the\s+)?"
    r"((?:[A-Z][\w-]*,?[ \t]+(?:(?:and|&)[ \t]+)?)*)$"
)
# A lead that lists a round's chapters ("covered trade in goods, services, investment,
# government procurement and rules of origin") names what was on the table, not what the
# story is about: CHAPTER_LIST_MIN keywords or more in a row, of CHAPTER_LIST_TOPICS topics
# or more, with only a comma or "and" between each and the next. A topic named only there
# is the article's only when something else makes it so (the title, a label, another hit).
CHAPTER_LIST_MIN = 4
CHAPTER_LIST_TOPICS = 3
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)")
# ... perhaps after the rest of a field of several words ("Ministry of [Climate] Change and
# Environment").
_NAME_LIST_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w-]*)*(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+)[A-Z]")
_NAME_REACH = 100
# A live page's entry: a clock time opening its paragraph, before a dash or alone on its
# line ("09:42 GMT — Negotiators …", "4.15pm" over "The minister …"). Each entry opens like
# a story's lead, so the topics its first sentence names are the page's, however far down.
_ENTRY_STAMP_RE = re.compile(
    r"(?:^|(?<=\n))\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?"
    r"(?:\s*[—–-]\s*|\n+)(?=[A-Z])([^\n]{1,400})"
)
_FIRST_SENTENCE_RE = re.compile(r"[^\n]*?(?:[.!?](?=\s|$)|$)")
ENTRY_STAMPS_MIN = 3
# A list of fields before the office's head word: "Trade and [Investment] Minister",
# "[Industry], Trade and Energy Secretary"; the head within _TITLE_REACH characters of the
# keyword's start.
_FIELDS_BEFORE_HEAD = re.compile(
    r"[A-Z][\w-]*(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]+)[A-Z][\w-]*)*?[ \t]+"
    r"(?:Minister|Ministry|Secretary|Department|Committee)\b"
)
_LIST_BEFORE = re.compile(r"[A-Z][\w-]*(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+)$")
_LIST_IN_TITLE = re.compile(r",|[ \t](?:and|&)[ \t]")
_TITLE_REACH = 80


def _folded(text: str) -> str:
    """Return `text` lowered, with what re.IGNORECASE matches for "i", "k" and "s" besides
    their two cases written as those letters (so "İ", whose lowercase is two characters,
    is one "i")."""
    if text.isascii() or not any(extra in text for extra in _EXTRAS):
        return text.lower()  # nearly every text: a translation costs a pass a character
    return text.translate(_FOLD_EXTRAS).lower()


def _required_parts(source: str) -> tuple[tuple[str, ...], ...]:
    """Return what every match of a regex (compiled with re.IGNORECASE) holds, as clauses:
    each a tuple of lowercase runs of plain literals, one of which every match holds (runs
    shorter than _REQUIRED_MIN are left out)."""
    clauses = [
        # a run holding another of its clause says no more than it ("signed" after "sign")
        frozenset(run for run in clause if not any(other in run != other for other in clause))
        for clause in _clauses(regex_parser.parse(source, re.IGNORECASE))
    ]
    # a clause holding all of another's runs says no more than it
    kept = [
        tuple(sorted(clause, key=lambda run: (-len(run), run)))
        for index, clause in enumerate(clauses)
        if not any(
            other < clause or (other == clause and at < index) for at, other in enumerate(clauses)
        )
    ]
    # a clause of few runs, long ones, first: the likeliest to rule the regex out
    return tuple(sorted(kept, key=lambda clause: (len(clause), -len(clause[-1]))))


_REPEATS = (regex_parser.MAX_REPEAT, regex_parser.MIN_REPEAT, regex_parser.POSSESSIVE_REPEAT)


def _clauses(items: Iterable) -> list[tuple[str, ...]]:
    """Return the clauses (see _required_parts) of a parsed regex's items: its runs of
    literals, what a group or a repeat made at least once holds, and for an alternation
    the clauses its branches all hold: one clause of each branch joined (as "either of
    these"), for each way of picking them up to _BRANCH_CLAUSES, none if a branch has none."""
    clauses: list[tuple[str, ...]] = []
    run = ""
    for op, value in [*items, (None, None)]:
        if op is regex_parser.LITERAL and chr(value).lower() in _PLAIN_LITERALS:
            run += chr(value).lower()
            continue
        if len(run) >= _REQUIRED_MIN:
            clauses.append((run,))
        run = ""
        if op is regex_parser.SUBPATTERN:
            clauses.extend(_clauses(value[3]))
        elif op is regex_parser.ATOMIC_GROUP:
            clauses.extend(_clauses(value))
        elif op in _REPEATS and value[0] >= 1:
            clauses.extend(_clauses(value[2]))
        elif op is regex_parser.BRANCH:
            joined: list[tuple[str, ...]] = [()]
            for branch in value[1]:
                held = _clauses(branch)
                if not held or len(joined) * len(held) > _BRANCH_CLAUSES:
                    break  # a branch that holds nothing sure, or too many ways to pick
                joined = [tuple(dict.fromkeys(both + clause)) for both in joined for clause in held]
            else:
                clauses.extend(joined)
    return clauses


def _plural_forms(phrase: str) -> list[str]:
    """Return the phrase and the plural spellings of its last word."""
    forms = [phrase]
    last = phrase[-1:].lower()
    if not last.isalpha():
        return forms
    lower = phrase.lower()
    if lower.endswith(_SIBILANT_END):
        forms.append(phrase + "es")
    elif lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        forms.append(phrase[:-1] + "ies")
    else:
        forms.append(phrase + "s")
    return forms


class _Alternation:
    """Compiled patterns that search as their one alternation "first|second|…" would: at
    each position the first one's match wins, else the second's, and so on, and the search
    goes on after it, so the same matches come in the same order."""

    __slots__ = ("patterns",)

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        self.patterns = patterns

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        patterns = self.patterns
        # each pattern's next match from `pos` (None once it has none left)
        pending = [pattern.search(text, pos, end) for pattern in patterns]
        while True:
            match = None
            for found in pending:
                if found is not None and (match is None or found.start() < match.start()):
                    match = found
            if match is None:
                return
            yield match
            pos = max(match.end(), match.start() + 1)
            for index, found in enumerate(pending):
                if found is not None and found.start() < pos:
                    pending[index] = patterns[index].search(text, pos, end)


class TopicTagger:
    """Tags texts with topic keys; build once per taxonomy, reuse per article."""

    def __init__(self, topics: Sequence[TopicRef]) -> None:
        self.topics = tuple(topics)
        self.invalid_keywords: list[tuple[str, str]] = []  # (topic key, keyword)
        self._phrases: dict[str, list[str]] = {}  # normalised phrase -> topic keys
        self._regex_topics: dict[str, str] = {}  # group name -> topic key
        self._keys_by_text: dict[str, list[str]] = {}  # matched text -> topic keys
        phrase_forms: list[str] = []
        regexes: list[str] = []
        required: list[tuple[tuple[str, ...], ...]] = []  # per regex, what its matches hold
        for topic in self.topics:
            for keyword in topic.keywords:
                keyword = keyword.strip()
                if len(keyword) > 2 and keyword.startswith("/") and keyword.endswith("/"):
                    source = self._checked_regex(topic.key, keyword[1:-1])
                    if source is not None:
                        name = f"r{len(regexes)}"
                        self._regex_topics[name] = topic.key
                        regexes.append(f"(?P<{name}>{source})")
                        required.append(_required_parts(source))
                elif keyword:
                    for form in _plural_forms(keyword):
                        keys = self._phrases.setdefault(normalise_name(form), [])
                        if topic.key not in keys:
                            keys.append(topic.key)
                        phrase_forms.append(form)
        # plain phrases first (one trie-shaped alternative), then the curators' regexes
        self._phrase_alternative = (
            [f"(?P<phrase>{phrase_pattern(phrase_forms)})"] if phrase_forms else []
        )
        self._regexes = regexes
        self._required = required
        self._phrases_pattern = re.compile(
            "|".join(self._phrase_alternative) or r"(?!x)x", re.IGNORECASE
        )
        # each regex compiled on its own: searched apart, one that opens with a literal is
        # found by the engine's fast scan, and none is tried at the positions of another
        self._regex_patterns = [re.compile(source, re.IGNORECASE) for source in regexes]
        self._pattern = self._compiled(tuple(range(len(regexes))))
        # the pattern without the regexes a text cannot match, by the regexes kept
        self._patterns = {tuple(range(len(regexes))): self._pattern}

    def _compiled(self, kept: tuple[int, ...]) -> re.Pattern[str] | _Alternation:
        """Return the pattern of the phrases and the regexes `kept` (by index): the phrases'
        one alternative is compiled once (compiling it takes most of a second), each regex
        apart, and they search as one alternation of the phrases, then the regexes."""
        if not kept:
            return self._phrases_pattern
        return _Alternation(self._phrases_pattern, *(self._regex_patterns[i] for i in kept))

    def _pattern_for(self, text: str) -> re.Pattern[str] | _Alternation:
        """Return the pattern for `text`: every regex is tried at every position of the
        text, so one whose required letters the text lacks is left out (it would match
        nowhere, and leaving out an alternative that never matches changes no match)."""
        if not self._regexes:
            return self._phrases_pattern
        lowered = _folded(text)
        held = []
        for index, clauses in enumerate(self._required):
            for clause in clauses:
                for part in clause:
                    if part in lowered:
                        break
                else:
                    break  # no run of this clause: the regex matches nowhere in the text
            else:
                held.append(index)
        kept = tuple(held)
        pattern = self._patterns.get(kept)
        if pattern is None:
            pattern = self._compiled(kept)  # no compilation: only the kept ones, listed
            if len(self._patterns) < _PATTERN_CACHE_LIMIT:
                self._patterns[kept] = pattern
        return pattern

    def _checked_regex(self, topic_key: str, source: str) -> str | None:
        """Return a curator's regex if it compiles on its own and inside a group, else None."""
        # a leading inline flag group cannot sit inside the combined pattern; case is
        # ignored everywhere anyway
        source = re.sub(r"^\(\?[aiLmsux]+\)", "", source)
        try:
            compiled = re.compile(f"(?:{source})", re.IGNORECASE)
        except re.error:
            compiled = None
        if (
            compiled is None
            or compiled.groupindex
            or re.search(r"\\[1-9]", source)
            or not source
            or compiled.match("")
        ):
            # named groups would clash with ours and numbered back-references would point
            # at the wrong group once combined; a pattern matching "" would tag everything
            self.invalid_keywords.append((topic_key, f"/{source}/"))
            return None
        return source

    @staticmethod
    def _in_a_list_of_fields(match: re.Match[str]) -> bool:
        """Return whether a match is one of the fields a body's name lists."""
        body, start = match.string, match.start()
        # read from the keyword's start (its own words are capitalised too): no call for
        # its end on the many keywords no office's head word follows
        after = body[start : start + _TITLE_REACH]
        title = (
            _FIELDS_BEFORE_HEAD.match(body, start, start + _TITLE_REACH)
            if "Minist" in after
            or "Secretary" in after
            or "Department" in after
            or "Committee" in after
            else None
        )
        if title is not None and (
            _LIST_BEFORE.search(body, max(0, start - 40), start) is not None
            or _LIST_IN_TITLE.search(title.group()) is not None
        ):
            return True  # "Trade and Investment Minister Jane Doe"
        name = _NAME_BEFORE.search(body, max(0, start - _NAME_REACH), start)
        if name is None:
            return False
        words = name.group(1)
        return (
            "," in words
            or " and " in words
            or "&" in words
            or _NAME_LIST_AFTER.match(body, match.end()) is not None
        )

    def _topics_of(self, match: re.Match[str]) -> list[str]:
        """Return the topic keys one match stands for (none for a field a body's name lists)."""
        start = match.start()
        if match.string[start : start + 1].isupper() and self._in_a_list_of_fields(match):
            return []
        group = match.lastgroup
        if group is not None and group in self._regex_topics:
            return [self._regex_topics[group]]
        text = match.group()
        keys = self._keys_by_text.get(text)
        if keys is None:
            if len(self._keys_by_text) > _CACHE_LIMIT:
                self._keys_by_text.clear()
            keys = self._keys_by_text[text] = self._phrases.get(normalise_name(text), [])
        return keys

    def tag(self, body: str) -> list[TopicHit]:
        """Return the topics found in body with their counts, in order of first appearance."""
        return self._hits(self._pattern_for(body).finditer(body))

    def article_topics(
        self,
        hits: list[TopicHit],
        title: str,
        spans: list[tuple[int, int]],
        body: str = "",
        *,
        tags: Sequence[str] = (),
    ) -> list[TopicHit]:
        """Return the topics an article is about (see the module docstring) from its body's
        hits (`tag`), its title and its sentences' spans, in order: the title's hits add to
        the counts, and a topic only the title names has first_offset 0. With the body, a
        topic named in a line's label counts as the lead's does. A topic the source's `tags`
        name by its name is the article's; one they name by a keyword is when the title or
        body names it too (see _tagged)."""
        in_title = {hit.key: hit.count for hit in self.tag(title)} if title else {}
        named, tagged = self._tagged(tags) if tags else (set(), set())
        lead_end = max(
            spans[min(LEAD_SENTENCES, len(spans)) - 1][1] if spans else 0, LEAD_CHARACTERS
        )
        if body and "?\n" in body[:lead_end]:
            # an explainer's first question heading ends its lead: what follows answers
            # one question, not what the story is about
            heading = _QUESTION_HEADING_RE.search(body, 0, lead_end + 1)
            if heading is not None:
                lead_end = heading.start()
        labelled = self._labelled(body) | self._entry_openings(body) if body else set()
        # only a topic the lead alone would make the article's can lose by a list
        in_lead = [hit for hit in hits if hit.first_offset < lead_end]
        lists = (
            self._chapter_lists(body[:lead_end])
            if len(in_lead) >= CHAPTER_LIST_TOPICS
            and any(hit.count < MIN_BODY_HITS and hit.key not in in_title for hit in in_lead)
            else []
        )
        topics = [
            TopicHit(
                key=hit.key,
                count=hit.count + in_title.pop(hit.key, 0),
                first_offset=hit.first_offset,
            )
            for hit in hits
            if hit.key in in_title
            or (
                hit.first_offset < lead_end
                and not any(start <= hit.first_offset < end for start, end in lists)
            )
            or hit.key in labelled
            or hit.key in tagged
            or hit.key in named
            or hit.count >= MIN_BODY_HITS
        ]
        topics.extend(
            TopicHit(key=key, count=count, first_offset=0) for key, count in in_title.items()
        )
        if named:
            found = {hit.key for hit in topics} | {hit.key for hit in hits}
            topics.extend(
                TopicHit(key=topic.key, count=0, first_offset=0)
                for topic in self.topics
                if topic.key in named and topic.key not in found
            )
        return topics

    def _tagged(self, tags: Sequence[str]) -> tuple[set[str], set[str]]:
        """Return the topic keys the source's tags name by the topic's name ("Digital
        trade"), and those they name by a keyword ("e-commerce", "patents"). An editor who
        files a story under the taxonomy's own name says what it is about; a keyword tag
        ("beef") is weaker, one hit's worth, as tags run wider than the story."""
        names = {normalise_name(tag) for tag in tags}
        named = {topic.key for topic in self.topics if normalise_name(topic.name) in names}
        tagged = {hit.key for tag in tags for hit in self.tag(tag)}
        return named, tagged - named

    def _chapter_lists(self, lead: str) -> list[tuple[int, int]]:
        """Return the spans of the lead's lists of chapters (see CHAPTER_LIST_MIN)."""
        if lead.count(",") < CHAPTER_LIST_MIN - 2:
            return []
        lists: list[tuple[int, int]] = []
        run: list[tuple[re.Match[str], list[str]]] = []

        def close() -> None:
            topics = {key for _, keys in run for key in keys}
            if len(run) >= CHAPTER_LIST_MIN and len(topics) >= CHAPTER_LIST_TOPICS:
                lists.append((run[0][0].start(), run[-1][0].end()))

        for match in self._pattern_for(lead).finditer(lead):
            keys = self._topics_of(match)
            if not keys or match.start() == match.end():
                continue
            if run and not _LIST_SEPARATOR.fullmatch(lead, run[-1][0].end(), match.start()):
                close()
                run = []
            run.append((match, keys))
        close()
        return lists

    def _labelled(self, body: str) -> set[str]:
        """Return the topic keys named in the labels that open the body's lines."""
        if ":" not in body:
            return set()
        keys: set[str] = set()
        for match in _LABEL.finditer(body):
            label = match.group(1)
            if len(label.split()) <= _LABEL_WORDS:
                keys.update(hit.key for hit in self.tag(label))
        return keys

    def _entry_openings(self, body: str) -> set[str]:
        """Return the topic keys named in the first sentence of each entry of a live page
        (see _ENTRY_STAMP_RE), when it has ENTRY_STAMPS_MIN entries or more."""
        stamps = _ENTRY_STAMP_RE.findall(body)
        if len(stamps) < ENTRY_STAMPS_MIN:
            return set()
        keys: set[str] = set()
        for opening in stamps:
            keys.update(hit.key for hit in self.tag(_FIRST_SENTENCE_RE.match(opening)[0]))
        return keys

    def tag_spans(self, body: str, spans: list[tuple[int, int]]) -> dict[int, tuple[str, ...]]:
        """Return the topic keys of each span (by index in `spans`) that has any."""
        return self._by_span(body, spans, self._pattern_for(body), None)

    def tag_with_spans(
        self, body: str, spans: list[tuple[int, int]]
    ) -> tuple[list[TopicHit], dict[int, tuple[str, ...]]]:
        """Return `tag(body)` and `tag_spans(body, spans)` from one pass over the body."""
        pattern = self._pattern_for(body)
        matches = list(pattern.finditer(body))
        if (
            not spans
            or spans[-1][1] != len(body)
            or any(a[1] > b[0] for a, b in pairwise(spans))
            or any(m.start() < spans[0][0] < m.end() for m in matches)
        ):
            return self._hits(matches), self._by_span(body, spans, pattern, matches)
        # The usual case, sentences in order up to the body's end: the body's matches are
        # those of the covered text (see _by_span), filed in one walk with their keys
        # looked up once for both answers.
        hits: dict[str, TopicHit] = {}
        found: dict[int, list[str]] = {}
        index, count = 0, len(spans)
        for match in matches:
            start, end = match.span()
            keys = self._topics_of(match)
            if start != end:
                for key in keys:
                    hit = hits.get(key)
                    if hit is None:
                        hits[key] = TopicHit(key=key, count=1, first_offset=start)
                    else:
                        hit.count += 1
            while index + 1 < count and spans[index + 1][0] <= start:
                index += 1
            if spans[index][0] <= start and end <= spans[index][1]:
                filed = found.setdefault(index, []) if keys else None
                for key in keys:
                    if key not in filed:
                        filed.append(key)
        return list(hits.values()), {i: tuple(keys) for i, keys in found.items()}

    def _hits(self, matches: Iterable[re.Match[str]]) -> list[TopicHit]:
        """Return the topics of the matches with their counts, in order of first appearance."""
        hits: dict[str, TopicHit] = {}
        for match in matches:
            if match.start() == match.end():
                continue
            for key in self._topics_of(match):
                hit = hits.get(key)
                if hit is None:
                    hits[key] = TopicHit(key=key, count=1, first_offset=match.start())
                else:
                    hit.count += 1
        return list(hits.values())

    def _by_span(
        self,
        body: str,
        spans: list[tuple[int, int]],
        pattern: re.Pattern[str] | _Alternation,
        body_matches: list[re.Match[str]] | None,
    ) -> dict[int, tuple[str, ...]]:
        """Return the topic keys of each span; `body_matches` (those of the whole body with
        `pattern`, which is `_pattern_for(body)`) are reused when they are provably the
        matches of a pass over the covered text."""
        found: dict[int, list[str]] = {}
        ordered = sorted(range(len(spans)), key=lambda i: spans[i])
        starts = [spans[i][0] for i in ordered]
        overlapping = any(spans[a][1] > spans[b][0] for a, b in pairwise(ordered))
        if overlapping or not spans:
            # rare (spans are usually sentences): search each span on its own
            for index, (start, end) in enumerate(spans):
                self._collect(found, index, pattern.finditer(body, start, end))
            return {index: tuple(keys) for index, keys in sorted(found.items())}
        # one pass over the covered text, each match filed under the span holding it
        first, last = starts[0], max(end for _, end in spans)
        matches: Iterable[re.Match[str]]
        if (
            body_matches is not None
            and last == len(body)
            and not any(m.start() < first < m.end() for m in body_matches)
        ):
            # a pass from `first` finds what the body's pass found from there on: the
            # search restarts at or before `first` with no match running across it
            matches = [m for m in body_matches if m.start() >= first]
        else:
            matches = pattern.finditer(body, first, last)
        for match in matches:
            position = bisect_right(starts, match.start()) - 1
            if position >= 0 and match.end() <= spans[ordered[position]][1]:
                self._collect(found, ordered[position], (match,))
        return {index: tuple(keys) for index, keys in sorted(found.items())}

    def _collect(
        self, found: dict[int, list[str]], index: int, matches: Iterable[re.Match[str]]
    ) -> None:
        """Add the topic keys of matches to the list of span `index`."""
        for match in matches:
            for key in self._topics_of(match):
                keys = found.setdefault(index, [])
                if key not in keys:
                    keys.append(key)
