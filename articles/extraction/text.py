"""Whitespace clean-up, paragraph spans and sentence splitting with exact offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from articles.extraction.types import Sentence

# Horizontal whitespace variants seen in pasted and scraped text (NBSP, thin spaces, tabs).
_HORIZONTAL_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_TRAILING_SPACE_RE = re.compile(r"[ \t]+\n")
_MANY_NEWLINES_RE = re.compile(r"\n{3,}")

# A line ending like this closes a paragraph even when only one newline follows.
_TERMINAL_END_RE = re.compile(r"[.!?:;…\"'”’»)\]]\s*$")
_LIST_ITEM_RE = re.compile(r"\s*(?:[-*•–—]|\d{1,3}[.)])\s")
# A timeline's item: a date and a colon opening the line ("2022-12-09: talks concluded",
# "15 March 2023: …", "January 2014: …"), never the wrapped rest of the line before.
_TIMELINE_ITEM_RE = re.compile(
    r"\s*(?:(?:19|20)\d\d-[01]\d-[0-3]\d|\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d\d"
    r"|[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d|[A-Z][a-z]+\s+(?:19|20)\d\d|(?:19|20)\d\d):\s"
)
# A dateline in capitals opening a story ("STRELSAU – ", "PORT OF SPAIN, Nov 20 - "): the
# first line of the body, never the wrapped rest of a standfirst over it.
_DATELINE_OPENING_RE = re.compile(
    r"\s*[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}(?:,\s[^\n]{1,40}?)?\s+[–—-]{1,2}\s"
)
# A wrapped line is long; shorter lines without final punctuation are headings or credits.
_WRAPPED_LINE_MIN = 60

# A candidate sentence end: terminal punctuation, optional closing quotes/brackets, then
# whitespace and something that can start a sentence. The lookahead keeps "2.5" and
# "“…,” he said" whole without any per-character loop.
# ("[.!?]+|…" written to open with one class, which lets the engine skip to punctuation.)
_SENTENCE_END_RE = re.compile(
    r"[.!?…](?:(?<=[.!?])[.!?]*|(?<=…))[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]*[A-Z0-9À-ÖØ-Þ$£€])"
)
_NEXT_WORD_RE = re.compile(r"\s+[\"'“‘«(\[]*([A-Za-z]+)")

# Abbreviations after which a capitalised word never starts a new sentence.
_NEVER_FINAL_WORDS = """
    mr mrs ms dr prof gov sen rep reps sens gen col lt capt cmdr adm sgt maj pres supt
    st md mohd muhd eng mt ft rev hon fr sr jan feb mar apr jun jul aug sep sept oct nov dec
    e.g i.e cf vs v approx est dept no nos art sec ch fig op
    """
_NEVER_FINAL = frozenset(_NEVER_FINAL_WORDS.split())
# Abbreviations that often end a sentence too ("... imports to the U.S. The ..."): they end
# one only when a typical sentence-opening word follows.
_SOMETIMES_FINAL_WORDS = """
    u.s u.n u.k e.u u.s.a u.a.e p.m a.m inc corp co ltd llc plc jr bros etc al
    """
_SOMETIMES_FINAL = frozenset(_SOMETIMES_FINAL_WORDS.split())
_SENTENCE_OPENERS_WORDS = """
    the a an it its he she they we i you his her their our this that these those there
    but and so yet or nor however meanwhile still also then in on at for after before
    while when if as since although though despite with without by from under last next
    earlier later some many most several both all no none one two three analysts officials
    """
_SENTENCE_OPENERS = frozenset(_SENTENCE_OPENERS_WORDS.split())


def normalise_whitespace(text: str) -> str:
    """Return text with space runs collapsed, lines right-trimmed and at most one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HORIZONTAL_SPACE_RE.sub(" ", text)
    text = _TRAILING_SPACE_RE.sub("\n", text)
    text = _MANY_NEWLINES_RE.sub("\n\n", text)
    return text.strip()


def _is_soft_wrap(previous_line: str, next_line: str) -> bool:
    """Return True when a single newline between these lines is a hard wrap, not a break."""
    if (
        _TERMINAL_END_RE.search(previous_line)
        or _LIST_ITEM_RE.match(next_line)
        or _TIMELINE_ITEM_RE.match(next_line)
        or (next_line[:2].isupper() and _DATELINE_OPENING_RE.match(next_line))
    ):
        return False
    stripped = next_line.lstrip()
    if stripped[:1].islower():
        return True
    return len(previous_line.strip()) >= _WRAPPED_LINE_MIN


# The last answer of paragraphs, (body, spans): the sentence splitter and the quote finder
# ask for the paragraphs of the same body one after the other.
_last_paragraphs: tuple[str, list[tuple[int, int]]] = ("", [])


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the paragraphs of body, without surrounding whitespace.

    Blank lines always separate paragraphs; a single newline does too unless the text is
    hard-wrapped (the line before it is long and has no closing punctuation).
    """
    global _last_paragraphs
    last_body, spans = _last_paragraphs
    if last_body is not body:
        spans = _paragraphs(body)
        _last_paragraphs = (body, spans)
    return list(spans)  # a copy: the caller may change its list


def _paragraphs(body: str) -> list[tuple[int, int]]:
    """Return paragraphs(body), computed."""
    spans: list[tuple[int, int]] = []
    previous: str | None = None  # the line before, when it is not blank
    start = end = -1
    position = 0  # where `line` starts
    for line in body.split("\n"):
        line_start, position = position, position + len(line) + 1
        stripped = line.strip()
        if not stripped:
            previous = None  # a blank line (or none at all) always ends the paragraph
            continue
        # the line without its surrounding whitespace
        line_start += len(line) - len(line.lstrip())
        line_end = line_start + len(stripped)
        if previous is not None and _is_soft_wrap(previous, line):
            end = line_end
        else:
            if start >= 0:
                spans.append((start, end))
            start, end = line_start, line_end
        previous = line
    if start >= 0:
        spans.append((start, end))
    return spans


def _ends_sentence(body: str, match: re.Match[str], segment_start: int) -> bool:
    """Return False when the punctuation matched belongs to an abbreviation or an initial."""
    if body[match.start()] != "." or match.end() - match.start() != 1:
        return True
    word_start = max(
        body.rfind(" ", segment_start, match.start()), body.rfind("\n", 0, match.start())
    )
    word = body[word_start + 1 : match.start()].lstrip("\"'“‘«([").lower()
    if not word:
        return True
    if word in _NEVER_FINAL:
        # "No." is an abbreviation only before a number ("No. 2"); elsewhere it is the word.
        return word == "no" and not body[match.end() :].lstrip()[:1].isdigit()
    # Initials, listed abbreviations and dotted acronyms ("N.Y.", "D.C.") end a sentence only
    # when a typical sentence-opening word follows them.
    is_initial = len(word) == 1 and word.isalpha()
    is_acronym = "." in word and len(word) <= 6 and word.replace(".", "").isalpha()
    if is_initial or is_acronym or word in _SOMETIMES_FINAL:
        following = _NEXT_WORD_RE.match(body, match.end())
        return following is not None and following.group(1).lower() in _SENTENCE_OPENERS
    return True


# What opens a list item; the sentence starts after it (a dash only with a space after it,
# so "-5%" keeps its sign).
_LIST_MARKERS = frozenset("-–•*·▪")


def _sentence(body: str, start: int, end: int) -> Sentence | None:
    """Return the Sentence for body[start:end] trimmed of whitespace and of a list item's
    marker ("- ", "• "), or None if blank."""
    while start < end and body[start].isspace():
        start += 1
    if start + 1 < end and body[start] in _LIST_MARKERS and body[start + 1] in " \t":
        start += 2
        while start < end and body[start].isspace():
            start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return Sentence(start=start, end=end, text=body[start:end])


# Prose sentences stay far below this (the corpus's longest is about 320 characters). A
# longer run with no sentence end (a table, a list pasted without stops, a transcript with no
# punctuation) is cut into pieces, so that each piece's dates, quotes and evidence cost what a
# sentence costs, and an article's cost grows with its length, not with its square.
MAX_SENTENCE = 1000


def _append_sentences(sentences: list[Sentence], body: str, start: int, end: int) -> None:
    """Append the sentence body[start:end], cut at clause breaks when it runs too long."""
    while end - start > MAX_SENTENCE:
        window = body[start : start + MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(": "))
        cut = cut + 1 if cut > MAX_SENTENCE // 2 else window.rfind(" ")
        if cut <= 0:
            cut = MAX_SENTENCE  # one unbroken token: cut it anyway
        sentence = _sentence(body, start, start + cut)
        if sentence is not None:
            sentences.append(sentence)
        start += cut
    sentence = _sentence(body, start, end)
    if sentence is not None:
        sentences.append(sentence)


def split_sentences(body: str) -> list[Sentence]:
    """Return the sentences of body in order, each with exact offsets into body."""
    sentences: list[Sentence] = []
    for paragraph_start, paragraph_end in paragraphs(body):
        start = paragraph_start
        for match in _SENTENCE_END_RE.finditer(body, paragraph_start, paragraph_end):
            if not _ends_sentence(body, match, start):
                continue
            _append_sentences(sentences, body, start, match.end())
            start = match.end()
        _append_sentences(sentences, body, start, paragraph_end)
    return sentences


# A transcript's speaker label opening a paragraph: "MINISTER DOE:", "JOURNALIST:", "Q:",
# "SEN. JANE DOE (D-Ore.):", "Q (Jane Doe, Example Radio):" (a party and state, or the
# asker's name and outlet, in brackets are no part of the label).
_SPEAKER_LABEL_RE = re.compile(
    r"^([A-Z][A-Z.'’\-]*(?:[ \t]+[A-Z][A-Z.'’\-]*){0,4})(?:[ \t]+\([^()\n:]{1,60}\))?:[ \t]+(?=\S)",
    re.MULTILINE,
)
# The same in a transcript that writes its labels as names are written ("He Yongqian:",
# "Reporter:"), the first one perhaps with the speaker's post after a comma ("He Yongqian,
# spokesperson of the Ministry of Commerce:"); tried only when no capitals label recurs.
_NAME_LABEL_RE = re.compile(
    r"^([A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3})(?:,[ \t]+[^:,\n“”\"]{3,80})?:[ \t]+(?=\S)",
    re.MULTILINE,
)
# A paragraph after a turn that reports speech rather than speaking: quotation marks, or a
# speech verb with no first person ("After the hearing, Doe said his party would …").
_QUOTATION_MARK_RE = re.compile(r"[“”\"]")
_REPORTING_VERB_RE = re.compile(r"\b(?:said|says|told)\b")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|us|me)\b")
# Labelled fields of a release or transcript that no one speaks ("SUBJECTS: Trade; beef").
_FIELD_LABELS = frozenset({"SUBJECT", "SUBJECTS", "TOPIC", "TOPICS", "NOTE", "NOTES", "UPDATE"})
_SPEECH_END_WORDS = 3  # a paragraph this short after the speech ("ENDS") closes the transcript
# The story's closing note about its author or outlet, after the last turn: a name, then what
# the named one does ("Jane Doe covers trade from Lima.", "Example Radio is heard on ...").
_CLOSING_NOTE_RE = re.compile(
    r"[A-Z][\w'’\-]*(?:[ \t]+(?:[a-z]{2,3}[ \t]+)?[A-Z][\w'’\-]*)+[ \t]+"
    r"(?:is|was|covers|writes|reports|reported|hosts|presents|edits|produces)\b"
)


@dataclass(frozen=True)
class SpeakerLabel:
    """A speaker's turn in a transcript: the label ("MINISTER DOE") and the speech, which
    runs over the paragraphs up to the next label."""

    start: int  # where the label begins (a paragraph start)
    end: int  # where the speech begins, after the label's colon
    speech_end: int
    label: str


def _ends_speech(paragraph: str) -> bool:
    """Return True when a paragraph after a speaker's turn is no more of it: a short
    closing line, or the story reporting speech again."""
    if len(paragraph.split()) <= _SPEECH_END_WORDS:
        return True
    return _QUOTATION_MARK_RE.search(paragraph) is not None or (
        _REPORTING_VERB_RE.search(paragraph) is not None
        and _FIRST_PERSON_RE.search(paragraph) is None
    )


def _labels(body: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Return the labels `pattern` finds opening paragraphs, or [] unless one recurs and
    there are three."""
    found = [
        match
        for match in pattern.finditer(body)
        if match.group(1).upper() not in _FIELD_LABELS
        and (match.start() == 0 or body[match.start() - 1] == "\n")
    ]
    labels = [match.group(1) for match in found]
    if len(found) < 3 or len(set(labels)) == len(labels):
        return []
    return found


@lru_cache(maxsize=4)  # the actors, quotes and events of one body each ask
def speaker_labels(body: str) -> tuple[SpeakerLabel, ...]:
    """Return the speaker turns of a transcript, or () when body is none: one label must
    recur and three paragraphs must open with labels (a newsletter's "ON THE HILL:"
    item headings are each used once)."""
    if ":" not in body:
        return ()  # every label ends with its colon (most bodies: no scan at all)
    found = _labels(body, _SPEAKER_LABEL_RE) or _labels(body, _NAME_LABEL_RE)
    if not found:
        return ()
    turns = []
    for match, following in zip(found, [*found[1:], None], strict=True):
        speech_end = following.start() if following is not None else len(body)
        for start, end in paragraphs(body[match.end() : speech_end]):
            paragraph = body[match.end() + start : match.end() + end]
            if start and (
                _ends_speech(paragraph)
                or (
                    following is None
                    and match.end() + end >= len(body.rstrip())
                    and _CLOSING_NOTE_RE.match(paragraph) is not None
                    and _FIRST_PERSON_RE.search(paragraph) is None
                )
            ):
                speech_end = match.end() + start  # "ENDS", "Thank you.", the story goes on
                break
        turns.append(
            SpeakerLabel(
                match.start(), match.end(), len(body[:speech_end].rstrip()), match.group(1)
            )
        )
    return tuple(turns)
