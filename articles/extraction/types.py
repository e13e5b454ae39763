"""Dataclasses passed between the extraction steps and handed to the persistence layer.

Nothing here imports Django: extraction is text in, dataclasses out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Precision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class PublishedHow(StrEnum):
    STATED = "stated"  # a date line in the text or a metadata field of the source format
    CAPTION = "caption"  # a dated photo caption
    INFERRED = "inferred"  # from a stored article reporting the same happening
    MANUAL = "manual"  # set by hand (--published, the admin)
    UNKNOWN = "unknown"


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    COUNTRY = "country"


class EventKind(StrEnum):
    ANNOUNCEMENT = "announcement"
    MEETING = "meeting"
    STATEMENT = "statement"
    TARIFF_ACTION = "tariff_action"
    INVESTIGATION = "investigation"
    NEGOTIATION_ROUND = "negotiation_round"
    AGREEMENT = "agreement"
    WITHDRAWAL = "withdrawal"
    OTHER = "other"


@dataclass(frozen=True)
class FuzzyDate:
    """A date at a precision. `value` is normalised to the first day of its period:
    the Monday of a week, the 1st of a month, 1 January of a year."""

    value: date
    precision: Precision


@dataclass(frozen=True)
class Sentence:
    """A sentence of the cleaned body; `text == body[start:end]`."""

    start: int
    end: int
    text: str


@dataclass
class RawDocument:
    """One article as read from a file, feed or form, before any extraction.

    Fields other than `origin` and `text` are metadata the source format stated
    (front matter, JSON keys, feed entries, HTML meta); None when it stated nothing.
    """

    origin: str  # the file name, "file.jsonl#3", or the URL
    text: str  # decoded text, "\n" line ends, no BOM
    title: str | None = None
    published: date | None = None
    updated: date | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    has_metadata: bool = False  # True when the text is body only (front matter, JSON, feed, HTML)
    # a day by which the article was out, when the source states no day of its own for it:
    # a feed's build date, the day a page was clipped (`published` may be that day too, as
    # a clipping tool's only date; it is never taken as the publication date); it gives a
    # yearless dateline ("SKOPJE, Nov 12") its year
    filed_by: date | None = None
    # the subjects the source stated: front matter's tags, a feed's categories, keywords
    tags: tuple[str, ...] = ()
    # a page's standfirst under the headline ("<ul class="standfirst">" points) that the
    # body leaves out: what the story is about, in the editor's words, as the headline is
    standfirst: str | None = None


@dataclass
class ArticleText:
    """Metadata found in raw text plus the cleaned body used for extraction and display."""

    body: str
    title: str | None = None
    published: date | None = None
    published_how: PublishedHow = PublishedHow.UNKNOWN
    updated: date | None = None
    author: str | None = None
    outlet: str | None = None
    removed: list[str] = field(default_factory=list)  # captions, bylines, boilerplate lines
    tags: tuple[str, ...] = ()  # the subjects the source stated (RawDocument.tags)
    standfirst: str | None = None  # RawDocument.standfirst


@dataclass(frozen=True)
class ActorRef:
    """One actor of the curated registry, as the matcher needs it."""

    key: str  # the Actor's slug
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    role: str = ""
    country: str | None = None  # key of the country actor
    in_role_since: date | None = None  # when the actor took the role (e.g. took office)
    members: tuple[str, ...] = ()  # a bloc's member countries, as keys


@dataclass(frozen=True)
class TopicRef:
    key: str  # the Topic's slug
    name: str
    keywords: tuple[str, ...] = ()  # plain phrases, or regular expressions written as /.../
    # How often the body past the lead must name the topic for an article to be about it:
    # 1 for a term so specific that one mention says so ("rules of origin").
    min_mentions: int = 2


@dataclass
class ActorMention:
    """An actor named in the body. For registry actors `key` is the ActorRef key; for a
    person or organisation the registry does not know, `proposed` is True and `key` is
    the proposed canonical name."""

    key: str
    name: str
    kind: ActorKind
    start: int
    end: int
    text: str  # the text as it stands in the body
    role: str = ""  # title phrase found with it ("U.S. Trade Representative")
    proposed: bool = False


@dataclass
class TopicHit:
    key: str
    count: int
    first_offset: int


@dataclass
class QuoteFound:
    text: str  # the quoted words without quotation marks
    start: int  # offsets of `text` in the body
    end: int
    speaker_key: str | None  # an ActorMention key (registry key or proposed name)


@dataclass(frozen=True)
class TemporalMatch:
    start: int  # offsets within the string that was searched
    end: int
    text: str
    date: FuzzyDate
    relative: bool  # anchored to the publication date ("Wednesday", "last year")


@dataclass
class EventCandidate:
    date: FuzzyDate
    planned: bool
    title: str
    kind: EventKind
    sentence: Sentence
    temporal_text: str
    actor_keys: tuple[str, ...] = ()
    topic_keys: tuple[str, ...] = ()


@dataclass
class ExtractedArticle:
    text: ArticleText
    mentions: list[ActorMention] = field(default_factory=list)
    topics: list[TopicHit] = field(default_factory=list)
    quotes: list[QuoteFound] = field(default_factory=list)
    events: list[EventCandidate] = field(default_factory=list)
    # Registry actors named only in removed lines (photo captions): offsets are into the
    # removed text, not the body, and unknown names there are never proposed.
    caption_mentions: list[ActorMention] = field(default_factory=list)
    # Registry countries named by their capital only as where something happened ("met in
    # Kuala Lumpur"): no actors of the article, but their events count them.
    venue_mentions: list[ActorMention] = field(default_factory=list)
