"""The whole extraction for one article: raw document in, ExtractedArticle out.

Split in two so the persistence layer can infer a missing publication date cheaply:
`prepare_text` (metadata and cleaned body, no anchor needed) and `extract_from_text`
(actors, topics, quotes and events, which need the publication date as an anchor).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from articles.extraction.actors import ActorMatcher
from articles.extraction.dates import opening_dateline
from articles.extraction.events import extract_events
from articles.extraction.metadata import article_text_from_document
from articles.extraction.normalise import normalise_name
from articles.extraction.quotes import extract_quotes, label_mentions
from articles.extraction.text import speaker_labels, split_sentences
from articles.extraction.topics import TopicTagger
from articles.extraction.types import (
    ActorMention,
    ActorRef,
    ArticleText,
    ExtractedArticle,
    RawDocument,
    TopicRef,
)

# What stands before an outlet that is told something: "told The Example Times", "said in
# an interview with the Example Times".
_TOLD_RE = re.compile(r"\b(?:told|interview\s+with|spoke\s+to|said\s+to)\s+(?:the\s+)?$", re.I)
# What follows an outlet that reports its own story: "the News Agency of Nigeria (NAN)
# reports", "NAN recalls that ...", "Example News learnt".
_REPORTS_RE = re.compile(
    r"(?:\s*\([A-Z][\w&.]{1,10}\))?\s+(?:reports|reported|recalls|recalled|learnt|learned"
    r"|gathered|understands)\b"
)

# An interview's turns labelled with the outlet's name: "Example Review: How much …?",
# "**The Example Ledger:** What …?" (the outlet asking, not an actor).
_LABEL_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*(?:\*\*)?(?:[Tt]he[ \t]+)?$")
_LABEL_AFTER_RE = re.compile(r"(?:\*\*)?:(?:\*\*)?[ \t]")


def without_the_outlet(
    body: str, mentions: list[ActorMention], outlet: str | None
) -> list[ActorMention]:
    """Return the mentions without the article's own outlet where it is told something
    ("..., she told The Example Reserve" in that outlet's story: the reporter, not an actor;
    a press release's issuer stays an actor), reports its own story ("the Example News
    Agency (ENA) reports" in ENA's copy), labels an interview's questions ("Example
    Review: How …?") or is credited in the opening dateline ("TASHKENT, 6 November 2026
    (Example News Agency) –")."""
    if not outlet:
        return mentions
    names = {normalise_name(outlet), normalise_name(outlet.removeprefix("The "))}
    acronym = f"({outlet})"
    named = [
        m
        for m in mentions
        if m.proposed
        and (
            normalise_name(m.name) in names
            or normalise_name(m.text) in names  # "NAN recalls that …" in NAN's story
            # "the News Agency of Nigeria (NAN)" in NAN's story
            or body.startswith(acronym, m.end + 1)
        )
    ]
    if not named:
        return mentions  # most articles: the outlet is not named as a proposed actor
    dateline_end = (opening_dateline(body) or (0, 0))[1]
    dropped = {
        id(m)
        for m in named
        if m.end <= dateline_end
        or _TOLD_RE.search(body, max(m.start - 30, 0), m.start)
        or _REPORTS_RE.match(body, m.end)
        or (
            _LABEL_AFTER_RE.match(body, m.end)
            and _LABEL_BEFORE_RE.search(body, max(m.start - 12, 0), m.start)
        )
    }
    return [m for m in mentions if id(m) not in dropped]


def default_anchor(published: date | None, updated: date | None) -> date | None:
    """Return the date an article's relative dates are anchored to: its publication date,
    else its last update (the latest it can have been written; "on Friday" in a story
    updated on Monday is almost always within days of the update)."""
    return published or updated


@dataclass
class Extractor:
    """The registry compiled once (matcher and tagger), reused for every article of a run."""

    actors: Sequence[ActorRef]
    topics: Sequence[TopicRef]
    matcher: ActorMatcher = field(init=False)
    tagger: TopicTagger = field(init=False)
    actor_refs: dict[str, ActorRef] = field(init=False)
    # The anchor-independent extraction of the last text (see extract_from_text).
    _parts: tuple | None = field(init=False, default=None, repr=False)

    def __post_init__(self) -> None:
        self.matcher = ActorMatcher(self.actors)
        self.tagger = TopicTagger(self.topics)
        self.actor_refs = {ref.key: ref for ref in self.actors}

    def prepare_text(self, document: RawDocument) -> ArticleText:
        """Return the document's metadata and cleaned body."""
        return article_text_from_document(document)

    def extract_from_text(self, text: ArticleText, anchor: date | None) -> ExtractedArticle:
        """Return everything found in `text`, relative dates anchored to `anchor`.

        Only the events depend on the anchor: extracting the same `text` (the same object,
        with the same body) again with another anchor, as inferring a publication date
        does, reuses the rest."""
        _, body, sentences, mentions, actors, venues, topics, by_sentence, quotes, captions = (
            self._anchorless(text)
        )
        # the events count a venue ("met in Kuala Lumpur") among their actors, for merging
        # a weekday added by an update is of the update's week only when the anchor is the
        # publication the update follows
        updated = text.updated if anchor is not None and anchor == text.published else None
        events = extract_events(
            body, sentences, mentions, by_sentence, anchor, self.actor_refs, updated=updated
        )
        # New lists each time: what a caller does to one extraction's lists stays there.
        return ExtractedArticle(
            text=text,
            mentions=list(actors),
            topics=list(topics),
            quotes=list(quotes),
            events=events,
            caption_mentions=list(captions),
            venue_mentions=list(venues),
        )

    def actor_mentions(self, text: ArticleText) -> tuple[list[ActorMention], list[ActorMention]]:
        """Return the actor and the venue mentions `extract_from_text` gives `text` (with
        any anchor: they do not depend on it), without extracting its events."""
        parts = self._anchorless(text)
        return list(parts[4]), list(parts[5])

    def _anchorless(self, text: ArticleText) -> tuple:
        """Return what an extraction of `text` finds whatever the anchor, computed once
        for the last text (the same object, with the same body)."""
        parts = self._parts
        body = text.body
        if parts is None or parts[0] is not text or parts[1] is not body:
            sentences = split_sentences(body)
            mentions = self.matcher.find_mentions(body, sentences)
            if speaker_labels(body):  # a transcript: its speakers, named by their labels
                labelled = label_mentions(body, mentions, "\n".join(text.removed), text.author)
                mentions = sorted([*mentions, *labelled], key=lambda m: (m.start, -m.end))
            mentions = without_the_outlet(body, mentions, text.outlet)
            spans = [(s.start, s.end) for s in sentences]
            body_topics, topics_by_sentence = self.tagger.tag_with_spans(body, spans)
            # a standfirst the body leaves out names what the story is about as a tag
            # does: a topic it names is the article's when the body names it too
            tags = (*text.tags, text.standfirst) if text.standfirst else text.tags
            topics = self.tagger.article_topics(
                body_topics, text.title or "", spans, body, tags=tags
            )
            quotes = extract_quotes(body, mentions, sentences)
            parts = self._parts = (
                text,
                body,
                sentences,
                mentions,
                *self.matcher.split_venues(body, mentions),
                topics,
                topics_by_sentence,
                quotes,
                self.caption_mentions(text),
            )
        return parts

    def caption_mentions(self, text: ArticleText) -> list[ActorMention]:
        """Return registry actors named in the lines removed from the body (captions),
        never proposing a name found there: credits name photographers, not actors."""
        if not text.removed:
            return []
        return self.matcher.registry_mentions("\n\n".join(text.removed))

    def extract(self, document: RawDocument, anchor: date | None = None) -> ExtractedArticle:
        """Return the extraction of `document`, anchored to `anchor` or its own date (its
        publication date, else its last update)."""
        text = self.prepare_text(document)
        return self.extract_from_text(text, anchor or default_anchor(text.published, text.updated))
