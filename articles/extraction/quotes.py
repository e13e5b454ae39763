"""Direct quotes and who said them.

A quote is text between quotation marks (straight or curly) within one paragraph, of at
least four words, or shorter when a speech verb attributes it ("“No,” he said"). Its
speaker comes from the attribution after it ("“…,” Trump said", "“…,” said Trump"), or
before it in the same sentence ("Trump said: “…”", "Abe said he wanted “…”"); "he"/"she"
is the last person named as a subject before the quote, or the one a title alone stands
for ("The minister said …"), who was named with it before; "the statement said" or "it
stated" leaves the speaker empty. A paragraph that is nothing but a quote continues the
speaker of the quote in the paragraph before it (the "“…,” Trump said. / “…”" pattern),
and a curly quote left open at a paragraph's end takes the speaker of its continuation.

Decision: a comma or semicolon that closes the quoted words inside the marks ("…Japan,”)
belongs to the attribution, not to the quote, and is left out of `QuoteFound.text`;
a final full stop, question or exclamation mark is kept.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from articles.extraction.actors import (
    HONORIFIC_ABBREVIATIONS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
)
from articles.extraction.normalise import lexicon
from articles.extraction.text import SpeakerLabel, paragraphs, speaker_labels, split_sentences
from articles.extraction.types import ActorKind, ActorMention, QuoteFound, Sentence

MIN_QUOTE_WORDS = 4
# A quotation stays inside one paragraph; a curly quote left open at the end of a paragraph
# goes on in the next one (the newspaper convention for long quotations).
# A straight quote goes on only when the next paragraph opens with one too.
_QUOTE_RE = re.compile(
    r"“([^“”\n]+)”|\"([^\"\n]+)\"|“([^“”\n]+)(?=\n|\Z)|\"([^\"\n]+)(?=\n[ \t]*\n[ \t]*\")"
)
# British style: ‘…’ or '…'. A closing mark follows the quote's own punctuation or comes
# before punctuation or the line's end, so apostrophes inside are never taken for it: "don't",
# "Japan’s" (a letter follows), "the ’90s", "rock ’n’ roll" (a space before, a letter or a
# space after), "Farmers' Union" (a letter before, a space after). An opening straight mark
# needs a space or a bracket before it and a letter after it. Such a quote is kept only when a
# speech verb attributes it (see extract_quotes), since a stray apostrophe could open one.
# A quotation over several paragraphs leaves each but the last open: a paragraph opening
# with a mark and closing none, before a paragraph opening with one too, goes on there.
_SINGLE_QUOTE_RE = re.compile(
    r"(?<![\w’'])‘([^\n‘]+?)(?:(?<=[,.!?])’|’(?=[,.;:!?)\]—–]|[ \t]*$))"
    r"|(?<![^\s(\[“\"—–])'(?=[A-Za-z])([^\n]+?)(?:(?<=[,.!?])'|'(?=[,.;:!?)\]—–]|[ \t]*$))"
    r"|^[‘'](?=[A-Za-z])([^\n‘’']+(?:['’]\w[^\n‘’']*)*?[.!?])[ \t]*$(?=\n[ \t]*\n[ \t]*[‘'])",
    re.MULTILINE,
)
_VERB_RE = re.compile(
    r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b|\baccording to\b", re.IGNORECASE
)
_WORD_RE = re.compile(r"\w+(?:['’]\w+)*")
# One unnamed person speaking: "a spokesman for the ministry said", "the official added",
# "one senior diplomat told reporters" (a name would have followed the role).
_UNNAMED_SPEAKER_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:spokes(?:man|woman|person)|official|diplomat|negotiator|source|aide|minister)"
    r"(?:\s+(?:for|at|of|from|in|with)\s+[^.,;:“”\"\n]{1,60}?)?,?\s+(?:also\s+)?"
    r"(?:said|says|told|tells|added|adds|stated|noted|explained|warned|insisted)\b"
)
_PRONOUNS = frozenset({"he", "she"})
# Words between a subject and its speech verb ("Trump also said", "he recently told").
_FILLER_RE = re.compile(r"(?:\s+(?:also|then|later|again|has|had|have|would|\w+ly))+$")
# Words before a person that make the mention an object, not a speaker ("alongside Abe").
_OBJECT_MARKERS = lexicon(
    """
    with alongside to from by of for about against between among at on in into than and met
    meet meeting meets called call urged thanked told tell asked ask like under
    """
)
# Participles whose "by" names who leads, not an object ("led by", "headed by").
_PASSIVE_AGENT_VERBS = lexicon("led headed chaired run represented hosted")
_WORD_BEFORE_RE = re.compile(r"[\w.'’\-]+")
# The words after "said" (up to seven), a post's field in brackets among them ("said MITI
# deputy secretary-general (trade) Jane Doe")
_SAID_OBJECT_RE = re.compile(
    r"[\s,]*(?:[A-Z][\w.'’\-]*|[a-z][\w\-]*)(?:\s+(?:[\w.'’\-]+|\([a-z]+\)(?=\s))){0,6}"
)
_APPOSITIVE_END_RE = re.compile(r"(?:,[^,]{1,120},|\s[—–][^—–]{1,120}[—–]|\s\([^()]{1,60}\))\s*$")
_TAIL_LIMIT = 90  # characters between a closing mark and its speech verb
# Full stops that end no sentence in a name before a speech verb: an initial ("Jane L.
# Doe"), an honorific ("Sen. Jane Doe", "Hon. Jane Doe") or a word of the name ("Md.").
_NAME_DOT_RE = re.compile(
    r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Amb|St|Md|Mohd|Hon|Eng)\.(?=\s+[A-Z])"
)
_APPOSITIVE_REACH = 120  # further characters a name's appositive may take before the verb
_LONG_APPOSITIVE_RE = re.compile(r",[^“”\".;:!?]{3,150},\s*(?:\w+ly\s+)?")
_VERB_REACH = 12  # characters of the speech verb after a subject ("said", "insisted")

# A quotation set inside a sentence ("said he would “terminate” the pact") is a quote only
# when it holds a clause: a name, a term or a noun phrase is a scare quote.
_MIN_EMBEDDED_WORDS = 3
_MIN_INFINITIVE_WORDS = 5  # "to “business as usual”" is a term; a verb phrase runs longer
_CLAUSE_WORDS = lexicon(
    """
    is are was were be been being am will would can could should shall must may might do
    does did has have had i we you he she they it there won't can't don't doesn't didn't
    isn't aren't wasn't weren't hasn't haven't wouldn't couldn't shouldn't to
    """
)
_DETERMINERS = lexicon("a an the our their its his her my your this that these those every")
_CONTRACTION_RE = re.compile(r"\w(?:['’](?:re|ve|ll|m|d)|n['’]t)\b", re.IGNORECASE)
_LOWER_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


def _has_clause(inner: str) -> bool:
    """Return True when quoted words hold a verb: an auxiliary, a subject pronoun, an
    infinitive, a past form or a verb opening the fragment ("removes a heavy burden")."""
    words = _LOWER_WORD_RE.findall(inner)
    if len(words) < _MIN_EMBEDDED_WORDS:
        return False
    lowered = [w.lower() for w in words]
    if any(w in _CLAUSE_WORDS for w in lowered) or _CONTRACTION_RE.search(inner):
        return True
    if any(len(w) > 4 and w.endswith("ed") and w[0].islower() for w in words):
        return True
    first, second = words[0], lowered[1]
    return first[0].islower() and (second in _DETERMINERS or first.endswith(("en", "ed")))


def _reported_phrase(
    attribution: _Attribution | None, after: _Attribution | None, inner: str, body: str, end: int
) -> bool:
    """Return True for a phrase quoted inside what a named speaker is reported to have said
    ("Jane Doe said the quotas were “firm but fair”."): words in lower case after a
    speech verb whose subject is named earlier in the sentence, four or more of them, or
    three that close the sentence (not a term: "said the “rules of origin” were hard", nor
    a noun phrase: "said they had reached “the final hours”.")."""
    if attribution is None or after is not None or attribution.speaker is None:
        return False
    words = _LOWER_WORD_RE.findall(inner)
    if (
        len(words) in (2, 3)  # "was “long overdue”", "was “in no doubt”"
        and all(w.islower() for w in words)
        and words[0] not in _DETERMINERS
        and _PREDICATE_BEFORE_RE.search(
            body, max(0, (opened := body.rfind(inner, 0, end + len(inner))) - 12), opened
        )
    ):
        # "said the law was “long overdue”", "said it would “listen carefully”", "said the
        # agency was “in no doubt”": the predicate the speaker's words make
        return True
    if len(words) < _MIN_EMBEDDED_WORDS or not words[1][0].islower():
        return False
    opener = words[0].lower()
    closing = body[end : end + 3].lstrip("\"”’'")[:1] == "."
    # four words in lower case open it; a name may close it ("“… cane growers in Example”")
    if len(words) >= MIN_QUOTE_WORDS and all(w[0].islower() for w in words[1:MIN_QUOTE_WORDS]):
        # but a definite noun phrase with no verb closing the sentence names a thing, as
        # three words do ("said the quota remained “the main open question”.")
        return not (opener == "the" and closing and not _has_clause(inner))
    if not all(w[0].islower() for w in words[1:]):
        return False
    # three words closing the sentence, and no noun phrase ("had reached “the final hours”."),
    # though "every" opens an adverbial of time the speaker's words make ("had raised it
    # “every spring since 2019”."), no name of a thing
    return closing and (opener not in _DETERMINERS or opener == "every")


# A copula or a modal right before a quoted predicate ("was “long overdue”").
_PREDICATE_BEFORE_RE = re.compile(r" (?:is|are|was|were|would|will)[ \t][“\"‘']$")


def _embedded(context: _Context, head_start: int, open_start: int) -> bool:
    """Return True when the quotation opens inside a sentence rather than after its start,
    a colon or an introducing comma ("Abe said, “…”")."""
    before = context.body[head_start:open_start].rstrip()
    return bool(before) and before[-1] not in ":,—–-([" and not before.endswith("...")


# What a quoted verb phrase completes: an infinitive's "to" or a modal ("would “anchor …”")
_VERB_PHRASE_BEFORE_RE = re.compile(r" (?:to|would|will|could|should|can|might|must) $")


def _infinitive(body: str, open_start: int, inner: str) -> bool:
    """Return True for quoted words that complete an infinitive or a modal ("hoped to “lock
    in the best rules anywhere”", "said it would “anchor European investment in Mexico”"):
    a verb phrase, not a term."""
    if _VERB_PHRASE_BEFORE_RE.search(body, max(0, open_start - 8), open_start) is None:
        return False
    words = _LOWER_WORD_RE.findall(inner)
    return (
        len(words) >= _MIN_INFINITIVE_WORDS and words[0].islower() and words[0] not in _DETERMINERS
    )


@dataclass
class _Attribution:
    speaker: str | None
    adjacent: bool  # the speech verb touches the quote ("“…,” he said", "said: “…”")


class _Context:
    """Sentences, paragraphs and mentions of one body, indexed for position look-ups."""

    def __init__(
        self, body: str, mentions: list[ActorMention], sentences: list[Sentence] | None
    ) -> None:
        self.body = body
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.mention_starts = [m.start for m in self.mentions]
        self.sentences = sentences if sentences is not None else split_sentences(body)
        self.sentence_starts = [s.start for s in self.sentences]
        self.paragraphs = paragraphs(body)
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.quoted: list[tuple[int, int]] = []  # spans inside quotation marks

    def sentence_bounds(self, position: int) -> tuple[int, int]:
        """Return the (start, end) of the sentence holding position (or its paragraph)."""
        index = bisect_right(self.sentence_starts, position) - 1
        if index >= 0 and self.sentences[index].end >= position:
            sentence = self.sentences[index]
            return sentence.start, sentence.end
        return self.paragraph_bounds(position)

    def paragraph_bounds(self, position: int) -> tuple[int, int]:
        """Return the (start, end) of the paragraph holding position."""
        index = bisect_right(self.paragraph_starts, position) - 1
        if index >= 0 and self.paragraphs[index][1] >= position:
            return self.paragraphs[index]
        return position, position

    def mentions_between(self, start: int, end: int) -> list[ActorMention]:
        """Return the mentions lying wholly within [start, end)."""
        index = bisect_right(self.mention_starts, start - 1)
        found = []
        while index < len(self.mentions) and self.mentions[index].start < end:
            if self.mentions[index].end <= end:
                found.append(self.mentions[index])
            index += 1
        return found

    def in_quote(self, position: int) -> bool:
        """Return True when position lies inside quotation marks."""
        return any(start <= position < end for start, end in self.quoted)


def _speaker_of(candidates: list[ActorMention]) -> str | None:
    """Return the key of the last person (else organisation, else any actor) named."""
    for kinds in ((ActorKind.PERSON,), (ActorKind.ORGANISATION,), tuple(ActorKind)):
        for mention in reversed(candidates):
            if mention.kind in kinds:
                return mention.key
    return None


def _inside_a_name(words: list[str], position: int) -> bool:
    """Return True when words[position] is "of", "for" or "and" between capitalised words,
    inside an organisation's name ("Federation of Indian Export Organisations")."""
    return (
        words[position].lower() in ("of", "for", "and")
        and 0 < position < len(words) - 1
        and words[position - 1][:1].isupper()
        and words[position + 1][:1].isupper()
    )


def _is_title_word(word: str) -> bool:
    """Return True for a word a title phrase before a name may hold: a capitalised word or
    a role word ("Deputy", "minister", "chief")."""
    lower = word.lower().rstrip(".")
    return word[:1].isupper() or lower in ROLE_HEADS or lower in ROLE_MODIFIERS


def _is_object(context: _Context, mention: ActorMention) -> bool:
    """Return True when the person is an object ("with Japanese Prime Minister Abe") or a
    possessor ("Trump's threat") rather than someone who could be speaking."""
    body = context.body
    if body[mention.end : mention.end + 2] in ("'s", "’s"):
        return True
    # walk back over the title phrase (capitalised words and role words) to the word before
    # (within the sentence: a name opening a sentence is a subject)
    window_start = max(context.sentence_bounds(mention.start)[0], mention.start - 120)
    words = _WORD_BEFORE_RE.findall(body, window_start, mention.start)
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        lower = word.lower().rstrip(".")
        if _is_title_word(word):
            continue
        if _inside_a_name(words, position):
            continue  # "Federation of Indian Export Organisations president Jane Doe"
        if lower == "by" and position and words[position - 1].lower() in _PASSIVE_AGENT_VERBS:
            return False  # "the delegation is led by Jane Doe": the agent may speak next
        if lower == "to" and position and words[position - 1].lower() == "according":
            return False  # "According to Jane Doe, …": the source, who may speak next
        if lower in ("to", "for") and position and words[position - 1].lower() in ROLE_HEADS:
            continue  # "the ambassador to Indonesia, …, Jane Doe": the post's remit
        return lower in _OBJECT_MARKERS
    return False


def _pronoun_speaker(context: _Context, position: int) -> str | None:
    """Return the key of the last person named as a possible subject before position, or
    None when someone unnamed spoke since ("a spokesman for the ministry said"): "he" is
    then more likely that unnamed speaker than the last person named."""
    candidates = [
        m
        for m in context.mentions_between(0, position)
        if m.kind == ActorKind.PERSON and not context.in_quote(m.start)
    ]
    for mention in reversed(candidates):
        if not _is_object(context, mention):
            if _unnamed_speaker_between(context, mention.end, position):
                return _titled_speaker_between(context, mention.end, position)
            return mention.key
    if not candidates or _unnamed_speaker_between(context, candidates[-1].end, position):
        return _titled_speaker_between(context, candidates[-1].end if candidates else 0, position)
    return candidates[-1].key


_UNNAMED_HEAD_RE = re.compile(r"spokes(?:man|woman|person)|official|diplomat|negotiator|minister")


def _titled_speaker_between(context: _Context, start: int, end: int) -> str | None:
    """Return the person the last unnamed speaker in body[start:end] is when a title alone
    names them ("The minister said …. “…,” he said": the minister named with that title
    before), else None."""
    body = context.body
    last = None
    for match in _UNNAMED_SPEAKER_RE.finditer(body, start, end):
        if not context.in_quote(match.start()):
            last = match
    if last is None or last.group()[:4] not in ("the ", "The "):
        return None
    head = _UNNAMED_HEAD_RE.search(last.group())
    if head is None:
        return None
    words = last.group()[4 : head.end()].lower().split()
    if words[-1] not in ROLE_HEADS:
        return None
    titled = {mention.key for mention in _people_titled(context, last.start(), words)}
    # of two ministers, the one named last (by any of his names: "Mr Doe said")
    for mention in reversed(context.mentions_between(0, last.start())):
        if mention.key in titled and not context.in_quote(mention.start):
            return mention.key
    return None


def _unnamed_speaker_between(context: _Context, start: int, end: int) -> bool:
    """Return True when an unnamed person speaks in body[start:end] ("the official said")."""
    body = context.body
    if "said" not in body[start:end] and _VERB_RE.search(body, start, end) is None:
        return False
    for match in _UNNAMED_SPEAKER_RE.finditer(body, start, end):
        # "Jane Doe, a spokeswoman for the ministry, told …": the phrase right after the
        # name is her own appositive, not someone else speaking
        if not context.in_quote(match.start()) and body[start : match.start()].strip(" ,"):
            return True
    return False


def _ends_a_name(context: _Context, end: int) -> bool:
    """Return True when a mention ends at `end` ("Vice Premier Liu He said": "He" is his
    name, not a pronoun)."""
    return any(m.end == end for m in context.mentions_between(max(0, end - 80), end))


# An unnamed official of a named body as a whole subject: "a senior Department for Business
# and Trade official", "an official of Japan's Ministry of Economy, Trade and Industry",
# "a USTR spokesperson" (the body is the speaker, by the corpus's convention).
_UNNAMED_OF_BODY_RE = re.compile(
    r"[\s,—–]*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<role_before>[^“”\".;:!?]{0,100}?)"
    r"\b(?:official|spokes(?:man|woman|person)|representative)"
    r"(?:\s+(?:of|for|at|from|with)\s+(?P<owner>[^“”\".;:!?]{1,100}?))?"
    r"(?:,?\s+(?:speaking|asking|requesting|declining)\b[^“”\".;:!?]{0,60})?[\s,]*"
)


def _institution_speaker(context: _Context, start: int, end: int) -> _Attribution | None:
    """Return the organisation whose unnamed official or spokesperson is the whole subject
    in body[start:end] ("a Commission official", "a spokesperson for the Example Council"),
    else None. A person there ("a spokesperson for Senator Doe") or a country alone ("a US
    official") names no institution."""
    body = context.body
    match = _UNNAMED_OF_BODY_RE.fullmatch(body, start, end)
    if match is None:
        return None
    named = context.mentions_between(start, end)
    if not named:
        # "a ministry spokeswoman", "a Commerce spokesperson": the last body named before
        # with that head word, or with that capitalised word in its name
        role_words = _WORD_RE.findall(match.group("role_before"))
        if not role_words or match.group("owner"):
            return None
        word = role_words[-1]
        body_key = (
            _body_named(context, start, [word])
            if word.islower()
            else _body_named(context, start, [word.lower()], any_word=True)
        )
        return _Attribution(body_key, True) if body_key else None
    if any(m.kind is ActorKind.PERSON for m in named):
        return None
    bodies = [m for m in named if m.kind is ActorKind.ORGANISATION]
    return _Attribution(bodies[-1].key, True) if bodies else None


# Two bodies joined by "and" as the whole subject: "Example Workers and the Example Union
# (EU)" (the text before the speech verb, perhaps after "The").
_JOINT_SUBJECT_RE = re.compile(
    r"[ \t]*(?:[Tt]he[ \t]+)?(?P<first>[A-ZÀ-Ý][^,;:“”\"\n]{1,80}?)[ \t]+and[ \t]+(?:the[ \t]+)?"
    r"[A-ZÀ-Ý][^,;:“”\"\n]{1,80}?(?:[ \t]+\([A-Z][A-Za-z&]{1,9}\))?[ \t]*"
)


def _opening_person(context: _Context, start: int, mentions: list[ActorMention]) -> bool:
    """Return True when a person's name opens the subject, a comma follows it, and no
    other person is named in the rest."""
    body = context.body
    first = 0
    while first < len(mentions) and mentions[first].kind is ActorKind.COUNTRY:
        first += 1  # "Korea's chief negotiator, Jane Doe, …"
    if first == len(mentions) or mentions[first].kind is not ActorKind.PERSON:
        return False
    person = mentions[first]
    opening = body[start : person.start]
    return bool(
        (first == 0 and not opening.strip())
        or (opening.endswith(", ") and _ROLE_OPENING_RE.fullmatch(opening))
    ) and (
        body[person.end : person.end + 1] == ","
        and not any(m.kind is ActorKind.PERSON for m in mentions[first + 1 :])
    )


# Every head word of a role ("minister", "negotiator"), as alternatives of a pattern.
_ROLE_HEADS_PATTERN = "|".join(sorted(re.escape(head) for head in ROLE_HEADS))
# A role's head word and the rest of the role, up to the comma that sets off the name after
# it ("… minister in charge of trade, ")
_ROLE_HEAD_TO_COMMA = r"(?:" + _ROLE_HEADS_PATTERN + r")\b[^“”\"\n]*,[ \t]+"

# A role set off by a comma before the name that opens a subject ("Its head, Jane Doe,
# director at the Example Ministry, told", "Korea's chief negotiator, Jane Doe, …").
_ROLE_OPENING_RE = re.compile(
    r"\s*(?:(?:[Ii]ts|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[\w.\-]+['’]s?)\s+)?(?:[\w\-]+\s+){0,3}?(?:"
    + _ROLE_HEADS_PATTERN
    + r"),\s"
)


_WHO_END_RE = re.compile(r",[ \t]+who$")
_AFFILIATION_GAP_RE = re.compile(r"[ \t]+(?:of|at|from)(?:[ \t]+the)?[ \t]+")


def _subject_speaker(context: _Context, start: int, end: int) -> _Attribution | None:
    """Return who is the subject in body[start:end] that a speech verb follows."""
    body = context.body
    text = body[start:end]
    institution = _institution_speaker(context, start, end)
    if institution is not None:
        return institution
    trimmed = _FILLER_RE.sub("", text.rstrip())
    subject_end = start + len(trimmed)
    words = _WORD_RE.findall(trimmed)
    if words and words[-1].lower() in _PRONOUNS and not _ends_a_name(context, subject_end):
        return _Attribution(_pronoun_speaker(context, start + len(trimmed) - 3), True)
    if words == ["it"]:
        # "The Example Council said on Monday …. “…,” it said": the body that spoke before
        return _Attribution(_body_that_spoke(context, start), True)
    mentions = context.mentions_between(start, subject_end)
    owned = _COUNTRY_S_BODY_RE.search(trimmed)
    if owned is not None:
        # "Lusaka's trade ministry said": that country's ministry named before
        country = [m for m in mentions if m.end == start + owned.start()]
        if country and country[0].kind is ActorKind.COUNTRY:
            key = _body_of_country(context, start, owned.group("head"), country[0].key)
            if key is not None:
                return _Attribution(key, True)
    if not mentions and _ITS_ROLE_RE.fullmatch(trimmed):
        # "Its secretary-general said": an unnamed officer of the body named before speaks
        # for it, as "a spokesperson for the body" does
        return _Attribution(_last_body(context, start), True)
    touching = [m for m in mentions if body[m.end : subject_end].strip(" ,") == ""]
    who = _WHO_END_RE.search(trimmed)
    if who is not None:
        # "…, Jane Doe, who said …": the person the relative pronoun follows
        named = [m for m in mentions if m.end <= start + who.start()]
        if named and named[-1].kind is ActorKind.PERSON:
            return _Attribution(named[-1].key, True)
    if (
        touching
        and touching[-1].kind is ActorKind.ORGANISATION
        and len(mentions) > 1
        and mentions[-2].kind is ActorKind.PERSON
        and _AFFILIATION_GAP_RE.fullmatch(body, mentions[-2].end, touching[-1].start)
    ):
        # "Canada's chief negotiator, Jane Doe of Global Affairs Canada, said": the body
        # is where the person works, not who speaks
        touching = [mentions[-2]]
    if (
        touching
        and touching[-1].kind is not ActorKind.PERSON
        and body[touching[-1].end : subject_end].strip(" ") == ","
        and _opening_person(context, start, mentions)
    ):
        # "Jane Doe, deputy director-general at the Example Ministry, told reporters": the
        # body closes the appositive of the person opening the subject
        touching = []
    joint = _JOINT_SUBJECT_RE.fullmatch(text)
    if joint is not None and len(mentions) > 1 and mentions[-1].kind is ActorKind.ORGANISATION:
        # "Example Workers and the Example Union (EU) said in a joint statement": the first
        # of two bodies speaking together stands for both
        first = [m for m in mentions if m.start == start + joint.start("first")]
        if first and first[0].kind is ActorKind.ORGANISATION:
            return _Attribution(first[0].key, True)
    if touching:
        # "a spokesperson for Senator Doe said": Doe is whom the speaker works for (while
        # "a spokeswoman for the ministry said" is the ministry speaking)
        unnamed = _UNNAMED_SPEAKER_RE.search(body, start, min(len(body), end + _VERB_REACH))
        if (
            unnamed is not None
            and unnamed.start() < touching[0].start
            and all(m.kind is ActorKind.PERSON for m in touching)
        ):
            return _Attribution(None, True)
        return _Attribution(_speaker_of(touching), True)
    # "Jane Doe, president of Example Growers, the fruit exporters' body, said": the name
    # opening the subject, with only appositives after it and no other person in them
    if _opening_person(context, start, mentions):
        return _Attribution(next(m for m in mentions if m.kind is ActorKind.PERSON).key, True)
    # "Jane Doe, France's deputy chief negotiator, said": the name before an appositive,
    # also one set off by dashes or brackets ("Jane Doe — who led the talks — said")
    appositive = _APPOSITIVE_END_RE.search(trimmed)
    if appositive is not None:
        named = [m for m in mentions if m.end <= start + appositive.start()]
        # a bracketed acronym may stand between ("The Example Council (EC), the main
        # business body, said")
        named = [
            m
            for m in named
            if body[m.end : start + appositive.start()].strip() == ""
            or _ACRONYM_IN_BRACKETS_RE.fullmatch(body, m.end, start + appositive.start())
        ]
        if named:
            return _Attribution(_speaker_of(named), True)
    role = _DEFINITE_ROLE_RE.search(trimmed)
    # a demonym may stand in the title ("the Japanese minister said")
    if role is not None and all(m.kind is ActorKind.COUNTRY for m in mentions):
        words = role.group("role").lower().split()
        person = (
            _person_titled(context, start, words, role.group("place"))
            or _body_named(context, start, words)
            or _body_of_unnamed(context, start, words)
        )
        if person is not None:
            return _Attribution(person, True)
    return None


# "a spokesperson for Ruritania's Ministry of Trade", "an official at the Example Chamber":
# an unnamed officer introduced with the body they speak for (the body follows).
_UNNAMED_FOR_BODY_RE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?P<head>spokes(?:man|woman|person)|official|representative)\s+(?:of|for|at|from|with)\s"
)


def _body_of_unnamed(context: _Context, position: int, words: list[str]) -> str | None:
    """Return the key of the body an unnamed officer spoke for when "the spokesperson" or
    "the official" at `position` is that officer ("A spokesperson for the Example Ministry
    said …. “…,” the spokesperson said"): the last one introduced with that head word in
    this paragraph or the one before, else None."""
    head = words[-1]
    if len(words) != 1 or not (head.startswith("spokes") or head in ("official", "representative")):
        return None
    reach = _previous_paragraph_start(context, position)
    body = context.body
    last = None
    for match in _UNNAMED_FOR_BODY_RE.finditer(body, reach, position):
        found = match.group("head")
        same = found == head or (found.startswith("spokes") and head.startswith("spokes"))
        if same and not context.in_quote(match.start()):
            last = match
    if last is None:
        return None
    for mention in context.mentions_between(last.end(), min(position, last.end() + 100)):
        if mention.kind is ActorKind.ORGANISATION:
            return mention.key
        if mention.kind is not ActorKind.COUNTRY:
            return None  # "a spokesperson for Senator Doe": whom they work for
    return None


def _previous_paragraph_start(context: _Context, position: int) -> int:
    """Where the paragraph before the one holding `position` starts (its own start when it
    is the first)."""
    paragraph_start = context.paragraph_bounds(position)[0]
    index = (
        context.paragraph_starts.index(paragraph_start)
        if paragraph_start in context.paragraph_starts
        else 0
    )
    return context.paragraphs[index - 1][0] if index > 0 else paragraph_start


# A body named by its country's possessive and its head noun: "Lusaka's trade ministry",
# "Quito's foreign affairs department".
_COUNTRY_S_BODY_RE = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,3}?(?P<head>ministry|department|agency)$")


def _body_of_country(context: _Context, position: int, head: str, country: str) -> str | None:
    """Return the key of the last organisation named before `position` with `head` in its
    name ("Ministry of …") in a sentence that names `country`, or None."""
    word = head.capitalize()
    for mention in reversed(context.mentions_between(0, position)):
        if mention.kind is not ActorKind.ORGANISATION or word not in mention.text:
            continue
        sentence_start, sentence_end = context.sentence_bounds(mention.start)
        if any(
            m.kind is ActorKind.COUNTRY and m.key == country
            for m in context.mentions_between(sentence_start, sentence_end)
        ):
            return mention.key
    return None


# An unnamed officer of the body named before: "Its secretary-general", "its chief executive".
_ITS_ROLE_RE = re.compile(
    r"[\s,]*[Ii]ts\s+(?:[\w\-]+\s+){0,2}?(?:"
    + _ROLE_HEADS_PATTERN
    + r")(?:\s+(?:also|then|later))?\s*"
)


# A speech verb right after a body's name, perhaps after where it is and an appositive set
# off by commas ("The Example Council, the growers' lobby, said", "the … embassy in
# Capitalia said"): the body is the verb's subject.
_SPEECH_AFTER_BODY_RE = re.compile(
    r"(?:[ \t]+in(?:[ \t]+[A-Z][\w\-]*)+)?(?:,[^,.;“”\"]{1,80},)?[ \t]+(?:also[ \t]+)?"
    r"(?:said|says|told|added|announced|stated|warned|argued|wrote)\b"
)


def _body_that_spoke(context: _Context, position: int) -> str | None:
    """Return the key of the last organisation named before `position`, in its paragraph
    or the one before and outside quotation marks, when a speech verb follows it ("The
    Example Council said …"): whom "it said" after a quote stands for. None when there is
    none, or when the last body named did not speak ("met the Example Council")."""
    mention = _last_body_mention(context, position)
    if mention is None or _SPEECH_AFTER_BODY_RE.match(context.body, mention.end) is None:
        return None
    return mention.key


def _last_body(context: _Context, position: int) -> str | None:
    """Return the key of the last organisation named before `position` in its paragraph or
    the one before, outside quotation marks, or None."""
    mention = _last_body_mention(context, position)
    return mention.key if mention is not None else None


def _last_body_mention(context: _Context, position: int) -> ActorMention | None:
    """Return the last organisation named before `position` in its paragraph or the one
    before, outside quotation marks, or None."""
    reach = _previous_paragraph_start(context, position)
    for mention in reversed(context.mentions_between(reach, position)):
        if mention.kind is ActorKind.ORGANISATION and not context.in_quote(mention.start):
            return mention
    return None


# "the minister said", "the trade minister told MPs", "the senator from Oregon said": a
# title alone, after the person holding it was named with it.
_DEFINITE_ROLE_RE = re.compile(
    r"(?:^|[\s,])[Tt]he\s+(?P<role>(?:[\w\-]+\s+){0,2}?[\w\-]+)"
    r"(?:\s+(?:from|of)\s+(?P<place>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?))?$"
)
# Honorifics that abbreviate a title ("Sen. Jane Doe" is "the senator").
_TITLE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor"}


def _person_titled(
    context: _Context, position: int, words: list[str], place: str | None = None
) -> str | None:
    """Return the key of the last person named before `position` with a title holding
    every one of `words` ("minister" for "State Minister of Trade", "export director" for
    "Its export director, Jane Doe,"), or None. Given a place ("the senator from Oregon"),
    the one written with it or its abbreviation ("SEN. JANE DOE (D-Ore.)") comes first."""
    if words[-1] not in ROLE_HEADS:
        return None
    titled = _people_titled(context, position, words)
    if place is None:
        return next((mention.key for mention in titled), None)
    titled = list(titled)
    for mention in titled:
        near = context.body[max(0, mention.start - 80) : mention.end + 30]
        if any(place.startswith(abbreviation) for abbreviation in _PLACE_RE.findall(near)):
            return mention.key
    return titled[0].key if titled else None


# A place or its abbreviation near a name ("Oregon", "(D-Ore.)").
_PLACE_RE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{2,})(?=\.|\b)")


def _people_titled(context: _Context, position: int, words: list[str]) -> Iterator[ActorMention]:
    """Yield the people named before `position` with a title holding `words`, last first."""
    people = [
        m
        for m in context.mentions_between(0, position)
        if m.kind is ActorKind.PERSON and not context.in_quote(m.start)
    ]
    wanted = set(words)
    for mention in reversed(people):
        if wanted <= set(mention.role.lower().split()):
            yield mention
    for mention in reversed(people):
        if wanted <= set(mention.role.lower().split()):
            continue  # yielded above
        # "The chair of the Council, Ambassador Jane Doe, said": a title before the name
        # in its sentence (or in a transcript's label, "SEN. JANE DOE"), other than the
        # one recorded with it; a title recorded with someone named earlier comes first
        # ("led by Jane Doe, Joint Secretary, and the other side by John Roe" leaves "the
        # Joint Secretary" hers)
        sentence_start = context.sentence_bounds(mention.start)[0]
        before = context.body[max(sentence_start, mention.start - 80) : mention.start]
        titles = {
            _TITLE_ABBREVIATIONS.get(w, w)
            for w in _WORD_RE.findall(f"{before} {mention.text}".lower())
        }
        if wanted <= titles:
            yield mention


# "the association said": the last organisation named whose name holds that word.
_BODY_HEADS = lexicon(
    "association council committee ministry department agency federation chamber union"
    " commission court company group institute bank board authority"
)


def _body_named(
    context: _Context, position: int, words: list[str], *, any_word: bool = False
) -> str | None:
    """Return the key of the last organisation named before `position` whose name holds
    `words` ("association": "Korea Battery Industry Association"; "court": "Court of
    International Trade"), or None. The word is a body's head word unless `any_word`
    ("Commerce" in "a Commerce spokesperson": "Department of Commerce")."""
    if len(words) != 1 or (words[0] not in _BODY_HEADS and not any_word):
        return None
    for mention in reversed(context.mentions_between(0, position)):
        if (
            mention.kind is ActorKind.ORGANISATION
            and not context.in_quote(mention.start)
            and words[0] in mention.name.lower().split()
        ):
            return mention.key
    return None


def _after(context: _Context, close_end: int, inner: str) -> _Attribution | None:
    """Return the attribution that follows a quote ("…,” Trump said"), if any."""
    body = context.body
    paragraph_end = context.paragraph_bounds(close_end - 1)[1]
    limit = min(paragraph_end, close_end + _TAIL_LIMIT + _APPOSITIVE_REACH)
    next_quote = re.compile(r"[“\"]").search(body, close_end, limit)
    if next_quote is not None:
        limit = next_quote.start()
    tail = body[close_end:limit]
    if inner.rstrip().endswith(".") and tail.lstrip()[:1].isupper():
        return None  # the quote closed its sentence and a new sentence begins
    credit = _dash_credit(context, close_end, limit)
    if credit is not None:
        return credit
    verb = _VERB_RE.search(tail)
    if verb is None:
        return None
    before = tail[: verb.start()]
    if verb.start() > _TAIL_LIMIT or len(_WORD_RE.findall(before)) > 8:
        # "“…,” Jane Doe, head of policy at the Example Association (EA), told reporters"
        return (
            _named_before_long_appositive(context, close_end, close_end + verb.start())
            or _person_after_owner_and_role(context, close_end, close_end + verb.start())
            or _person_after_long_title(context, close_end, close_end + verb.start())
            or _person_after_definite_role(context, close_end, close_end + verb.start())
            or _institution_speaker(context, close_end, close_end + verb.start())
            or _person_set_off_after_role(context, close_end, close_end + verb.start())
        )
    if re.search(r"[.!?;]", _NAME_DOT_RE.sub("", before)):
        return None
    verb_start, verb_end = close_end + verb.start(), close_end + verb.end()
    if not before.strip(" ,\t—–"):  # also "“…,” — said Jane Doe"
        # "“…,” said Trump" / "said U.S. Trade Representative Jane Doe"
        phrase = _SAID_OBJECT_RE.match(body, verb_end, limit)
        if phrase is not None:
            following = body[verb_end : phrase.end()].split()
            if following and following[0].lower() in _PRONOUNS:
                return _Attribution(_pronoun_speaker(context, close_end), True)
            named = context.mentions_between(verb_end, phrase.end())
            leading = [m for m in named if body[verb_end : m.start].strip() == "" or m is named[0]]
            if not any(m.kind == ActorKind.PERSON for m in named):
                # "said Ruritania's Deputy Prime Minister and Trade Minister Jane Doe": a
                # title longer than the phrase, then the name
                titled = _person_after_title_run(context, verb_end, limit)
                if titled is not None:
                    return titled
                # "said the Agency's Director of Fisheries Development, Mr Jane Doe."
                after = context.mentions_between(phrase.end(), min(limit, phrase.end() + 80))
                if (
                    after
                    and after[0].kind == ActorKind.PERSON
                    and (
                        _NAME_AFTER_TITLE_RE.fullmatch(body, phrase.end(), after[0].start)
                        # "said Senior Minister of State for Trade and Industry Jane Doe":
                        # a title longer than the phrase, recorded as the person's role
                        or (
                            after[0].role
                            and body[verb_end : after[0].start].strip() == after[0].role
                        )
                    )
                ):
                    return _Attribution(after[0].key, True)
                closing = _person_closing_long_role(
                    context, verb_end, limit
                ) or _person_set_off_after_said_title(context, verb_end, limit)
                if closing is not None:
                    return closing
            if leading:
                people = [m for m in named if m.kind == ActorKind.PERSON]
                return _Attribution(_speaker_of(people or leading[:1]), True)
        # "“…,” said a spokesperson for the Example Council.": the body speaks
        sentence_end = _SENTENCE_STOP_RE.search(body, verb_end, limit)
        return _institution_speaker(
            context, verb_end, sentence_end.start() if sentence_end else limit
        ) or _Attribution(None, True)
    found = _subject_speaker(context, close_end, verb_start)
    return found or _Attribution(None, True)


def _person_after_title_run(context: _Context, verb_end: int, limit: int) -> _Attribution | None:
    """Return the first person named after "said" when only a title stands before the name
    ("said Ruritania's Deputy Prime Minister and Trade Minister Jane Doe"), else None."""
    for mention in context.mentions_between(verb_end, limit):
        if mention.kind is ActorKind.PERSON:
            text = context.body[verb_end : mention.start]
            return _Attribution(mention.key, True) if _is_title_run(text) else None
    return None


def _is_title_run(text: str) -> bool:
    """Return True when `text` is only a title: capitalised words and role words joined by
    "and", "of", "for" and "the", with a role head among them and no punctuation, perhaps
    after a country's possessive ("Ruritania's Deputy Prime Minister and Trade Minister")."""
    words = text.split()
    if words and words[0].endswith(("'s", "’s")):
        words[0] = words[0][:-2]
    return (
        bool(words)
        and any(w.lower() in ROLE_HEADS for w in words)
        and all(
            (w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha())
            or w in ("and", "of", "for", "the")
            or w in ROLE_HEADS
            or w in ROLE_MODIFIERS
            for w in words
        )
    )


# The stop that closes a sentence (a dot before a space or the end, not "U.S.")
_SENTENCE_STOP_RE = re.compile(r"[.;!?](?=\s|$)")
# "said the deputy minister …, " before the name closing the sentence: a role head among
# the first words after "the", then anything but a quotation mark up to the last comma
_LONG_ROLE_RE = re.compile(r"[ \t]+the[ \t]+(?:[a-z\-]+[ \t]+){0,3}?" + _ROLE_HEAD_TO_COMMA)


def _person_closing_long_role(context: _Context, verb_end: int, limit: int) -> _Attribution | None:
    """Return the person whose name closes the sentence after "said the <long role>,"
    ("“…,” said the deputy minister in charge of trade and Ruritania's lead negotiator,
    Jane Doe."), else None: no other person named in the role."""
    body = context.body
    end = _SENTENCE_STOP_RE.search(body, verb_end, limit)
    if end is None:
        return None
    named = context.mentions_between(verb_end, end.start())
    if not named or named[-1].kind is not ActorKind.PERSON or named[-1].end != end.start():
        return None
    person = named[-1]
    if any(m.kind is ActorKind.PERSON for m in named[:-1]):
        return None
    if _LONG_ROLE_RE.fullmatch(body, verb_end, person.start) is None:
        return None
    return _Attribution(person.key, True)


def _person_set_off_after_said_title(
    context: _Context, verb_end: int, limit: int
) -> _Attribution | None:
    """Return the person a long title sets off after "said", perhaps after a country's
    possessive ("“…,” said Ruritania's Minister of Fish, Forests and Water, Jane Doe, who
    chaired the talks."), else None."""
    people = [m for m in context.mentions_between(verb_end, limit) if m.kind is ActorKind.PERSON]
    if not people or context.body[people[0].end : people[0].end + 1] not in (",", ".", ";"):
        return None
    return _person_after_long_title(context, verb_end, people[0].end)


# A pull quote's credit: a dash, then the speaker's name ("“…” — Jane Doe, trade minister")
_DASH_CREDIT_RE = re.compile(r"[ \t]*[—–][ \t]*")


# After a quote, a role set off before the speaker's name, perhaps with an appositive of its
# own: "“…,” Ruritania's chief negotiator, a diplomat who led the talks with Example, Jane
# Doe, told reporters"; a role head among the first words, no quotation mark.
_ROLE_BEFORE_NAME_RE = re.compile(
    r"[ \t,]*(?:the[ \t]+)?(?:[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*)*['’]s?[ \t]+)?"
    r"(?:[a-z\-]+(?:['’]s)?[ \t]+){0,3}?" + _ROLE_HEAD_TO_COMMA
)


def _person_set_off_after_role(
    context: _Context, close_end: int, verb_start: int
) -> _Attribution | None:
    """Return the person whose name, set off by commas, stands right before the speech
    verb after a role opening the tail ("“…,” Ruritania's chief negotiator, a career
    diplomat, Jane Doe, told reporters"), else None: no other person named in the role."""
    body = context.body
    named = context.mentions_between(close_end, verb_start)
    if not named or named[-1].kind is not ActorKind.PERSON:
        return None
    person = named[-1]
    if body[person.end : verb_start].strip(" ,\t") or any(
        m.kind is ActorKind.PERSON for m in named[:-1]
    ):
        return None
    if _ROLE_BEFORE_NAME_RE.fullmatch(body, close_end, person.start) is None:
        return None
    return _Attribution(person.key, True)


def _dash_credit(context: _Context, close_end: int, limit: int) -> _Attribution | None:
    """Return the person or body a dash after the quote credits with it, with no speech
    verb: "“We did not need to.” — Jane Doe, Mexico's deputy economy minister"."""
    dash = _DASH_CREDIT_RE.match(context.body, close_end, limit)
    if dash is None:
        return None
    named = context.mentions_between(dash.end(), limit)
    if not named or named[0].start != dash.end() or named[0].kind is ActorKind.COUNTRY:
        return None
    if _VERB_RE.match(context.body, named[0].end + 1) or context.body.startswith(
        (" has", " had", " is", " was", " will", " would"), named[0].end
    ):
        return None  # "“…” — Jane Doe said …": a sentence of its own, not a credit
    return _Attribution(named[0].key, True)


def _named_before_long_appositive(
    context: _Context, close_end: int, verb_start: int
) -> _Attribution | None:
    """Return the person named right after a quote when only an appositive stands between
    the name and the speech verb, else None."""
    body = context.body
    named = context.mentions_between(close_end, verb_start)
    if not named or named[0].kind is not ActorKind.PERSON:
        return None
    person = named[0]
    if body[close_end : person.start].strip(" ,\t") or not _LONG_APPOSITIVE_RE.fullmatch(
        body, person.end, verb_start
    ):
        return None
    return _Attribution(person.key, True)


_ACRONYM_IN_BRACKETS_RE = re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)")
# Between "said the director" and the director's name: a comma, and a courtesy title.
_NAME_AFTER_TITLE_RE = re.compile(r",[ \t]+(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?")
# Honorifics between a role and a name ("deputy president Datuk Jane Doe").
_HONORIFICS = lexicon("datuk dato datin seri tan sri tun dr mr mrs ms prof sir dame")


def _person_after_long_title(
    context: _Context, close_end: int, verb_start: int
) -> _Attribution | None:
    """Return the person right before the speech verb when only a long title phrase stands
    between the quote and the name ("“…,” Investment, Trade and Industry Minister Jane Doe
    told reporters", "“…,” Deputy Minister of Industry and Trade Jane Doe said"), else None:
    capitalised words and role words, joined by "of", "for", "and", "the" and commas. The
    country may open it, and commas set the name off ("“…,” Ruritania's Minister of Trade
    and Industry, Jane Doe, said")."""
    body = context.body
    named = context.mentions_between(close_end, verb_start)
    title_start = close_end
    if (
        len(named) == 2
        and named[0].kind is ActorKind.COUNTRY
        and not body[close_end : named[0].start].strip(" ,\t")
        and (
            body[named[0].end : named[0].end + 2] in ("'s", "’s")
            # "Costa Rican Vice Minister of …": the nationality before the title
            or (body[named[0].end : named[0].end + 1] == " " and named[0].text != named[0].name)
        )
    ):
        # "Ruritania's Minister of …": whose minister, not a speaker
        title_start = named[0].end + (1 if body[named[0].end] == " " else 2)
        named = named[1:]
    if len(named) != 1 or named[0].kind is not ActorKind.PERSON:
        return None
    person = named[0]
    # a name set off by commas closes its own ("…, Jane Doe, said")
    closing = " ,\t" if body[person.start - 2 : person.start] == ", " else None
    if body[person.end : verb_start].strip(closing):
        return None
    title = body[title_start : person.start].strip(" ,\t—–")
    words = _WORD_BEFORE_RE.findall(title.replace(",", " "))
    if not words or not words[-1][:1].isupper() or re.search(r"[.;:!?()]", title):
        return None
    if not all(_is_title_word(word) or word.lower() in _TITLE_JOINERS for word in words):
        return None
    return _Attribution(person.key, True)


_TITLE_JOINERS = lexicon("of for and the")

# "“…,” the chair of the Example Group, Ambassador …": a definite role and its remit
# before the comma that sets the name off; "Jane Doe of Ruritania, told": where the
# person comes from, after the name.
_DEFINITE_ROLE_BEFORE_NAME_RE = re.compile(
    r"[ \t]*the[ \t]+(?P<role>[a-z][\w\-]*(?:[ \t]+[a-z][\w\-]*){0,2})\b"
    r"[^“”\".;:!?]{0,100},[ \t]+(?P<title>(?:[A-Z][\w.\-]*[ \t]+){0,3})$"
)
_AFFILIATION_AFTER_NAME_RE = re.compile(
    r"(?:[ \t]+(?:of|from|at)[ \t]+[^,“”\".;:!?]{1,60})?,[ \t]*"
)


def _person_after_definite_role(
    context: _Context, close_end: int, verb_start: int
) -> _Attribution | None:
    """Return the person whose name a definite role sets off after a quote ("“…,” the chair
    of the Example Group, Ambassador Jane Doe of Ruritania, told a meeting"), else None."""
    body = context.body
    people = [
        m for m in context.mentions_between(close_end, verb_start) if m.kind is ActorKind.PERSON
    ]
    if len(people) != 1:
        return None
    person = people[0]
    opening = _DEFINITE_ROLE_BEFORE_NAME_RE.fullmatch(body, close_end, person.start)
    if opening is None or not any(w in ROLE_HEADS for w in opening["role"].split()):
        return None
    if not all(_is_title_word(word) for word in opening["title"].split()):
        return None
    if not _AFFILIATION_AFTER_NAME_RE.fullmatch(body, person.end, verb_start):
        return None
    return _Attribution(person.key, True)


def _person_after_owner_and_role(
    context: _Context, close_end: int, verb_start: int
) -> _Attribution | None:
    """Return the person right before the speech verb when an organisation and a role open
    the tail ("“…,” Federation of Example Growers (FEG) deputy president Jane Doe told
    reporters"), else None."""
    body = context.body
    named = context.mentions_between(close_end, verb_start)
    if len(named) < 2 or named[0].kind is not ActorKind.ORGANISATION:
        return None
    owner, person = named[0], named[-1]
    if person.kind is not ActorKind.PERSON or body[person.end : verb_start].strip():
        return None
    if body[close_end : owner.start].strip(" ,\t"):
        return None
    between = body[owner.end : person.start]
    acronym = _ACRONYM_IN_BRACKETS_RE.match(between)
    role = between[acronym.end() :] if acronym else between
    words = [word.lower().rstrip(".") for word in role.split()]
    if not words or not all(
        w in ROLE_HEADS or w in ROLE_MODIFIERS or w in _HONORIFICS for w in words
    ):
        return None
    return _Attribution(person.key, True)


# "The union backed the call, saying workers had “…”": the sentence's subject speaks
_SAYING_RE = re.compile(r",[ \t]+saying[ \t]")
_DATELINE_RE = re.compile(r"[ \t]*[A-Z][A-Z .'\-]+(?:[:—–]|[ \t]-)[ \t]*")  # "NEW DELHI: The …"


def _saying_subject(context: _Context, head_start: int, end: int) -> _Attribution:
    """Return the person or body opening the sentence before ", saying", if any (the speaker
    is then left empty: "Both sides backed it, saying …" names no one)."""
    body = context.body
    dateline = _DATELINE_RE.match(body, head_start, end)
    subject_start = dateline.end() if dateline else head_start
    named = context.mentions_between(subject_start, end)
    if (
        named
        and named[0].kind is not ActorKind.COUNTRY
        and body[subject_start : named[0].start].strip() in ("", "The", "the")
    ):
        return _Attribution(named[0].key, False)
    return _Attribution(None, False)


# "A statement quoted its chairman, Jane Doe, as saying: “…”", "Jane Doe was quoted as
# saying “…”": who is quoted, in the words between, or else the sentence's subject.
_QUOTED_AS_SAYING_RE = re.compile(r"\bquoted\b(?P<who>[^“”\"\n]{0,120}?)\bas[ \t]+saying:?[ \t]*$")


def _quoted_as_saying(context: _Context, head_start: int, quoted: re.Match[str]) -> _Attribution:
    """Return the person quoted "as saying": the last one named between "quoted" and "as
    saying", else the first one named before "quoted" in the sentence, else no one."""
    between = context.mentions_between(quoted.start("who"), quoted.end("who"))
    people = [m for m in between if m.kind is ActorKind.PERSON]
    if people:
        return _Attribution(people[-1].key, True)
    before = context.mentions_between(head_start, quoted.start())
    people = [m for m in before if m.kind is ActorKind.PERSON]
    return _Attribution(people[0].key if people else None, True)


def _before(context: _Context, open_start: int, head_start: int) -> _Attribution | None:
    """Return the attribution earlier in the quote's sentence ("Trump said: “…”"), if any."""
    body = context.body
    verbs = list(_VERB_RE.finditer(body, head_start, open_start))
    if not verbs:
        quoted = (
            _QUOTED_AS_SAYING_RE.search(body, head_start, open_start)
            if "as saying" in body[head_start:open_start]
            else None
        )
        if quoted is not None:
            return _quoted_as_saying(context, head_start, quoted)
        saying = _SAYING_RE.search(body, head_start, open_start)
        if saying is not None:
            return _saying_subject(context, head_start, saying.start())
        # "Jane Doe, who advises parts suppliers, put it bluntly: “…”": the sentence's
        # subject introduces the quote with a colon
        if body[head_start:open_start].rstrip().endswith(":"):
            named = context.mentions_between(head_start, open_start)
            if (
                named
                and named[0].kind == ActorKind.PERSON
                and not body[head_start : named[0].start].strip()
            ):
                return _Attribution(named[0].key, True)
        return None
    verb = verbs[-1]
    adjacent = len(_WORD_RE.findall(body[verb.end() : open_start])) <= 2
    found = _subject_speaker(context, head_start, verb.start())
    if found is None and not body[head_start : verb.start()].strip(" ,\t"):
        # "“…,” said Jane Doe, the union's president, “and …”": the quotation after an
        # inverted attribution goes on quoting the person named right after its verb
        named = context.mentions_between(verb.end(), open_start)
        if (
            named
            and named[0].kind is ActorKind.PERSON
            and not body[verb.end() : named[0].start].strip()
            and body[:open_start].rstrip().endswith(",")
        ):
            return _Attribution(named[0].key, True)
        # "“…,” said Ruritania's trade minister, Jane Doe, “and …”": the title first, the
        # one person named last, right before the quotation
        people = [m for m in named if m.kind is ActorKind.PERSON]
        if (
            len(people) == 1
            and body[people[0].end : open_start].strip() == ","
            and body[verb.end() : people[0].start].rstrip().endswith(",")
        ):
            return _Attribution(people[0].key, True)
    if found is None and verb.group().lower() == "according to":
        # "According to the minister, “…”": the person named before with that title
        titled = _ACCORDING_TO_ROLE_RE.fullmatch(body, verb.end(), open_start)
        if titled is not None:
            person = _person_titled(context, verb.start(), titled.group("role").lower().split())
            if person is not None:
                return _Attribution(person, True)
    if found is None:
        return _Attribution(None, adjacent)
    found.adjacent = adjacent
    return found


# "according to the minister, “…”": a title alone after "according to".
_ACCORDING_TO_ROLE_RE = re.compile(
    r"[ \t]+the[ \t]+(?P<role>(?:[\w\-]+[ \t]+){0,2}?[\w\-]+),?[ \t]*"
)


def _clean(body: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the quoted words without surrounding spaces and a closing comma."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in ",;"):
        end -= 1
    return start, end


@dataclass
class _Found:
    quote: QuoteFound
    attributed: bool  # a speech verb attributes it (even to no one, "the statement said")
    mark_start: int  # offsets of the quotation including its marks
    mark_end: int
    unclosed: bool  # opened but not closed in its paragraph: the quote goes on in the next
    single: bool = False  # in single quotation marks: kept only when attributed


# Guillemets (French, Spanish, Russian and many African and Central Asian house styles:
# «…», and ‹…› inside them) are read as the curly marks they stand for. One character for
# one, so every offset into the body stays right.
_GUILLEMETS = str.maketrans("«»‹›", "“”‘’")


def extract_quotes(
    body: str, mentions: list[ActorMention], sentences: list[Sentence] | None = None
) -> list[QuoteFound]:
    """Return the direct quotes of body in order, each with its speaker's mention key."""
    if "«" in body:
        body = body.translate(_GUILLEMETS)
    context = _Context(body, mentions, sentences)
    matches = list(_QUOTE_RE.finditer(body))
    single = _single_quotes(body, matches)
    if single:
        matches = sorted(matches + single, key=lambda m: m.start())
    context.quoted = [(m.start(), m.end()) for m in matches]
    found: list[_Found] = []
    previous_close = 0
    for match in matches:
        group = next(g for g in range(1, match.re.groups + 1) if match.group(g) is not None)
        inner = match.group(group)
        unclosed = group in (3, 4) if match.re is _QUOTE_RE else group == 3
        start, end = _clean(body, match.start(group), match.end(group))
        sentence_start = context.sentence_bounds(match.start())[0]
        head_start = max(sentence_start, previous_close)
        previous_close = match.end()
        after = None if unclosed else _after(context, match.end(), inner)
        attribution = (
            after
            or _before(context, match.start(), head_start)
            or _introduced_by_paragraph(context, match.start())
        )
        if after is not None and after.speaker is None:
            # "Acme said the group “…”, according to a statement": the source after the
            # quote names no one, the subject before it does
            before = _before(context, match.start(), head_start)
            if before is not None and before.speaker is not None:
                attribution = before
        words = len(_WORD_RE.findall(inner))
        if start == end or (
            words < MIN_QUOTE_WORDS
            and not (attribution and attribution.adjacent)
            # "said the quotas were “firm but fair”." closes the reported sentence
            and not _reported_phrase(attribution, after, inner, body, end)
        ):
            continue  # a scare quote or a quoted term, not something said
        if (
            _embedded(context, head_start, match.start())
            and not _has_clause(inner)
            and not _infinitive(body, match.start(), inner)
            and not _reported_phrase(attribution, after, inner, body, end)
        ):
            continue  # "would “terminate” the pact", "called it “a major breakthrough”"
        quote = QuoteFound(
            text=body[start:end],
            start=start,
            end=end,
            speaker_key=attribution.speaker if attribution else None,
        )
        found.append(
            _Found(
                quote,
                attribution is not None,
                match.start(),
                match.end(),
                unclosed,
                single=match.re is _SINGLE_QUOTE_RE,
            )
        )
    _credited_in_next_paragraph(context, found)
    _continue_speakers(context, found)
    # a single-quoted span that no speech verb attributes may be apostrophes, not a quote
    quotes = [item.quote for item in found if item.attributed or not item.single]
    turns = speaker_labels(body)
    if turns:
        # a transcript: each speaker's turn is quoted whole, whatever marks it holds
        quotes = [q for q in quotes if not any(t.start <= q.start < t.speech_end for t in turns)]
        quotes = sorted(quotes + _turn_quotes(context, turns), key=lambda quote: quote.start)
    if "\n— " in body or "\n– " in body:
        answers = _dash_answers(context)
        if answers:
            quotes = [q for q in quotes if not any(a.start <= q.start < a.end for a in answers)]
            quotes = sorted(quotes + answers, key=lambda quote: quote.start)
    if ":\n" in body:
        introduced = _introduced_paragraphs(context)
        if introduced:
            quotes = sorted(quotes + introduced, key=lambda quote: quote.start)
    return quotes


_DASH_TURN_RE = re.compile(r"[—–][ \t]+(?=\S)")
_DASH_SPEAKER_REACH = 2  # paragraphs before an interview in which its interviewee is named


def _dash_answers(context: _Context) -> list[QuoteFound]:
    """Return the answers of an interview written in dashed turns, each paragraph opening
    with a dash (the Russian, French and Central Asian style: "— When will you sign?" /
    "— Early next year."), quoted whole with the person named last before the turns as
    speaker. A turn after a question is an answer; questions are not quoted."""
    body, spans = context.body, context.paragraphs
    found: list[QuoteFound] = []
    index = 0
    while index < len(spans):
        if not _DASH_TURN_RE.match(body, spans[index][0]):
            index += 1
            continue
        first = index
        while index < len(spans) and _DASH_TURN_RE.match(body, spans[index][0]):
            index += 1
        turns = spans[first:index]
        if len(turns) < 2:
            continue
        before = spans[max(0, first - _DASH_SPEAKER_REACH)][0]
        named = [
            m for m in context.mentions_between(before, turns[0][0]) if m.kind is ActorKind.PERSON
        ]
        if not named:
            continue
        asked = False
        for start, end in turns:
            if body[start:end].rstrip().endswith("?"):
                asked = True
                continue
            if asked:
                text_start = _DASH_TURN_RE.match(body, start).end()
                found.append(QuoteFound(body[text_start:end], text_start, end, named[-1].key))
            asked = False
    return found


# Labels of someone asking, not of a speaker to quote ("JOURNALIST:", "Q:").
_QUESTIONER_WORDS = lexicon(
    "journalist journalists reporter reporters question questioner q audience host moderator"
    " interviewer caller unidentified"
)
# Words of a label's title that are no part of the name ("THE HON. JANE DOE MP").
_LABEL_TITLE_WORDS = lexicon("the hon honourable mp mr mrs ms dr")
_MIN_TURN_WORDS = 8  # "Thanks, everyone." closes a press conference; it is no quote


def label_name(label: str) -> str | None:
    """Return the name a transcript's speaker label gives, title-cased and without its
    role ("MINISTER DOE" -> "Doe", "JANE DOE" -> "Jane Doe"), or None for a questioner or
    a role alone."""
    words = label.split()
    lower = [word.lower().strip(".") for word in words]
    if any(word in _QUESTIONER_WORDS for word in lower):
        return None
    kept = [
        _title_case(word)
        for word, low in zip(words, lower, strict=True)
        if low not in ROLE_HEADS
        and low not in ROLE_MODIFIERS
        and low not in _LABEL_TITLE_WORDS
        and low not in _HONORIFICS
        and low not in HONORIFIC_ABBREVIATIONS  # "SEN. JANE DOE"
    ]
    return " ".join(kept) or None


def _title_case(word: str) -> str:
    """Return a capitalised word as a name is written ("O'BRIEN" -> "O'Brien")."""
    return re.sub(r"[A-Z]+", lambda part: part[0][0] + part[0][1:].lower(), word)


def label_mentions(
    body: str, mentions: list[ActorMention], elsewhere: str = "", author: str | None = None
) -> list[ActorMention]:
    """Return a person mention for each named speaker label of a transcript: the person
    the body names with that surname, or whose longer name opens with the label's, else
    the label's full name, else the given name the masthead (`elsewhere`, the lines removed
    above the body) writes before the surname. The article's author asks the questions
    ("Jane Doe:" over a story by Jane Doe Roe) and is no actor."""
    people = [m for m in mentions if m.kind is ActorKind.PERSON]
    writer = f"{author.casefold()} " if author else None
    found = []
    for turn in speaker_labels(body):
        name = label_name(turn.label)
        if name is None:
            continue
        if writer and " " in name and writer.startswith(name.casefold() + " "):
            continue
        surname = name.split()[-1]
        same = [
            m
            for m in people
            if (
                m.name.split()[-1].casefold() == surname.casefold()
                and (
                    " " not in name
                    or m.name.casefold() == name.casefold()
                    # "DE LA ROE:" after "Jane Doe de la Roe": the family names
                    or m.name.casefold().endswith(" " + name.casefold())
                )
            )
            # "Jane Doe:" after "Jane Doe Roe": a given name and the first family name
            or (" " in name and m.name.casefold().startswith(name.casefold() + " "))
        ]
        if same:
            key, name, proposed = same[0].key, same[0].name, same[0].proposed
        else:
            if " " not in name:
                given = re.search(
                    rf"\b([A-Z][A-Z'’\-]+)[ \t]+{re.escape(surname.upper())}\b", elsewhere
                )
                if given is None or label_name(given[1]) is None:
                    continue  # a role and a surname no one names in full
                name = f"{_title_case(given[1])} {surname}"
            key, proposed = name, True
        label_end = turn.start + len(turn.label)
        found.append(
            ActorMention(
                key, name, ActorKind.PERSON, turn.start, label_end, turn.label, proposed=proposed
            )
        )
    return found


# Labels of the answers of an interview ("Q: … / A: …"): the person it introduces speaks.
_ANSWER_LABELS = frozenset({"A", "ANSWER"})


def _interviewee(context: _Context, position: int) -> str | None:
    """Return the key of the last person named before an interview's first question (its
    introduction: "Jane Doe, Oman's undersecretary for commerce, spoke to us"), or None."""
    people = [
        m
        for m in context.mentions_between(0, position)
        if m.kind is ActorKind.PERSON and not context.in_quote(m.start)
    ]
    return people[-1].key if people else None


def _turn_quotes(context: _Context, turns: tuple[SpeakerLabel, ...]) -> list[QuoteFound]:
    """Return each paragraph a named speaker says in a transcript as a quote (questions
    from the floor are left out; an interview's answers are its interviewee's)."""
    body = context.body
    quotes = []
    for turn in turns:
        speaker = next(
            (
                m.key
                for m in context.mentions_between(turn.start, turn.end)
                if m.kind is ActorKind.PERSON
            ),
            None,
        )
        if turn.label in _ANSWER_LABELS:
            speaker = _interviewee(context, turns[0].start)
            if speaker is None:
                continue
        elif speaker is None and label_name(turn.label) is None:
            continue
        for start, end in paragraphs(body[turn.end : turn.speech_end]):
            words = body[turn.end + start : turn.end + end].strip()
            if len(_WORD_RE.findall(words)) >= _MIN_TURN_WORDS:
                text_start = body.index(words, turn.end + start)
                quotes.append(QuoteFound(words, text_start, text_start + len(words), speaker))
    return quotes


# A paragraph that introduces the next one as speech: "Trade Minister Jane Doe said:".
_INTRODUCES_RE = re.compile(r"\b(?:said|says|added|adds|stated|commented)\s*:\s*$")


def _introduced_paragraphs(context: _Context) -> list[QuoteFound]:
    """Return the paragraphs quoted without quotation marks after a paragraph ending in
    "NAME said:" (a press release's block quote), each with that speaker."""
    body = context.body
    quotes = []
    for (start, end), (next_start, next_end) in pairwise(context.paragraphs):
        verb = _INTRODUCES_RE.search(body, start, end)
        if verb is None:
            continue
        words = body[next_start:next_end].strip()
        if (
            any(mark in words for mark in '“”"')
            or words.startswith(("‘", "'"))  # a single-quoted quotation (_SINGLE_QUOTE_RE)
            or words.endswith(":")
            or len(_WORD_RE.findall(words)) < MIN_QUOTE_WORDS
        ):
            continue  # the quotation has marks of its own, or no speech follows
        subject_start = max(start, context.sentence_bounds(verb.start())[0])
        # "Jane Doe, chief executive of the Example Chamber, said:": Jane Doe speaks
        attribution = _named_before_long_appositive(
            context, subject_start, verb.start()
        ) or _subject_speaker(context, subject_start, verb.start())
        if attribution is None:
            continue
        text_start = body.index(words, next_start)
        quotes.append(QuoteFound(words, text_start, text_start + len(words), attribution.speaker))
    return quotes


# A paragraph that ends by introducing the quotation opening the next one: "Jane Doe, the
# union's president, said on Friday:" / "“…”"; a few words may stand between verb and colon.
_INTRODUCES_QUOTATION_RE = re.compile(
    r"\b(?:said|says|added|adds|stated|commented|told[ \t]+reporters)"
    r"(?:[ \t]+[\w’'\-]+){0,3}?[ \t]*:[ \t]*$"
)


def _introduced_by_paragraph(context: _Context, mark_start: int) -> _Attribution | None:
    """Return the speaker a quotation that opens its paragraph takes from the paragraph
    before, when that paragraph ends "NAME said:", else None."""
    start, _ = context.paragraph_bounds(mark_start)
    body = context.body
    if body[start:mark_start].strip() or start not in context.paragraph_starts:
        return None
    index = context.paragraph_starts.index(start)
    if index == 0:
        return None
    previous_start, previous_end = context.paragraphs[index - 1]
    verb = _INTRODUCES_QUOTATION_RE.search(body, previous_start, previous_end)
    if verb is None:
        return None
    subject_start = max(previous_start, context.sentence_bounds(verb.start())[0])
    found = _named_before_long_appositive(context, subject_start, verb.start()) or _subject_speaker(
        context, subject_start, verb.start()
    )
    if found is None or found.speaker is None:
        return None
    return _Attribution(found.speaker, True)


def _single_quotes(body: str, matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """Return the single-quoted spans of body that lie outside double quotation marks."""
    if "‘" not in body and " '" not in body and "\n'" not in body and body[:1] != "'":
        return []
    spans = [(m.start(), m.end()) for m in matches]
    return [
        m
        for m in _SINGLE_QUOTE_RE.finditer(body)
        if not any(s < m.end() and m.start() < e for s, e in spans)
    ]


def _paragraph_only(context: _Context, item: _Found) -> bool:
    """Return True when the quotation is all its paragraph holds."""
    paragraph_start, paragraph_end = context.paragraph_bounds(item.mark_start)
    body = context.body
    return not (
        body[paragraph_start : item.mark_start].strip()
        or body[item.mark_end : paragraph_end].strip(". ")
    )


def _next_paragraph(context: _Context, first: _Found, second: _Found) -> bool:
    """Return True when `second` lies in the paragraph right after the one of `first`."""
    bounds = context.paragraph_bounds(first.mark_start)
    if bounds not in context.paragraphs:
        return False
    index = context.paragraphs.index(bounds)
    following = context.paragraphs[index + 1] if index + 1 < len(context.paragraphs) else None
    return following is not None and following[0] <= second.mark_start < following[1]


def _follows_attribution(context: _Context, previous: _Found, item: _Found) -> bool:
    """Return True when `item` opens a sentence right after the attribution of `previous`
    in the same paragraph, with no other quotation between them."""
    if context.paragraph_bounds(previous.mark_start) != context.paragraph_bounds(item.mark_start):
        return False
    between = context.body[previous.mark_end : item.mark_start]
    return (
        len(between) <= 160
        and _VERB_RE.search(between) is not None
        and between.rstrip().endswith((".", "!", "?"))
    )


def _same_sentence_no_one_between(context: _Context, previous: _Found, item: _Found) -> bool:
    """Return True when `item` follows `previous` in the same sentence with no speech verb,
    person or organisation between them."""
    if context.sentence_bounds(previous.mark_start) != context.sentence_bounds(item.mark_start):
        return False
    between = context.body[previous.mark_end : item.mark_start]
    return (
        len(between) <= _TAIL_LIMIT
        and _VERB_RE.search(between) is None
        and not any(
            m.kind is not ActorKind.COUNTRY
            for m in context.mentions_between(previous.mark_end, item.mark_start)
        )
    )


# A paragraph after a quotation standing alone that says whose words they were: "That was
# how Jane Doe, head of …, put it", "Those were the words of Jane Doe", "So said Jane Doe".
_CREDIT_PARAGRAPH_RE = re.compile(
    r"(?:(?:That|This|Those|These)[ \t]+(?:was|were|is|are)[ \t]+(?:how|what|the[ \t]+"
    r"(?:words|verdict|view|message|warning)[ \t]+of)|So[ \t]+said)[ \t]+"
)


def _credited_in_next_paragraph(context: _Context, found: list[_Found]) -> None:
    """Give a quotation that is all its paragraph the person the next paragraph credits
    with it ("“…” / That was how Jane Doe summed up the mood")."""
    body = context.body
    for item in found:
        if item.attributed or not _paragraph_only(context, item):
            continue
        end = context.paragraph_bounds(item.mark_start)[1]
        following = [p for p in context.paragraphs if p[0] > end][:1]
        if not following or not _CREDIT_PARAGRAPH_RE.match(body, following[0][0]):
            continue
        credit = _CREDIT_PARAGRAPH_RE.match(body, following[0][0])
        named = context.mentions_between(credit.end(), following[0][1])
        if named and named[0].kind is ActorKind.PERSON and named[0].start == credit.end():
            item.quote.speaker_key = named[0].key
            item.attributed = True


def _continue_speakers(context: _Context, found: list[_Found]) -> None:
    """Carry speakers across the paragraphs of one long quotation.

    A paragraph that is only a quote continues the speaker of the quote in the paragraph
    before; a quote left open at a paragraph's end ("“… / “…,” he said.") takes the
    speaker of its continuation in the next paragraph.
    """
    for previous, item in pairwise(found):
        if (
            not item.attributed
            and previous.quote.speaker_key is not None
            and _same_sentence_no_one_between(context, previous, item)
        ):
            # "… said the EU “looks forward to …” and to “concluding …”": one speaker
            item.quote.speaker_key = previous.quote.speaker_key
            item.attributed = True
            continue
        if (
            not item.attributed
            and previous.attributed
            and previous.quote.speaker_key is not None
            and _follows_attribution(context, previous, item)
        ):
            # "“…,” said Jane Doe, a professor. “…”": the next sentence goes on quoting her
            item.quote.speaker_key = previous.quote.speaker_key
            item.attributed = True
            continue
        if (
            not item.attributed
            and _paragraph_only(context, item)
            and previous.attributed
            and previous.quote.speaker_key is not None
            and _next_paragraph(context, previous, item)
        ):
            item.quote.speaker_key = previous.quote.speaker_key
            item.attributed = True
    for item, following in reversed(list(pairwise(found))):
        if (
            item.unclosed
            and not item.attributed
            and following.quote.speaker_key is not None
            and _next_paragraph(context, item, following)
        ):
            item.quote.speaker_key = following.quote.speaker_key
            item.attributed = True
