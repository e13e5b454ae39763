"""The read-only JSON API under /api/, with django-ninja: typed schemas, and the OpenAPI
document at /api/openapi.json generated from them.

Same visibility as the pages: public events (`Event.objects.public()`), published articles,
confirmed actors. The events list takes the timeline's query string through the one
`EventFilter`, so a URL means the same thing on the page, in a feed, an export and here.
Every bad parameter answers 400 with {"detail": ..., "errors": {parameter: [reasons]}}.
No CORS headers; every answer may be cached publicly for a minute. No rate limiting here:
the answers are cacheable reads, and limiting belongs in the proxy in front (see report).
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Annotated, Literal

from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import cache_control
from ninja import Field, NinjaAPI, Path, Query, Router, Schema, Status
from ninja.decorators import decorate_view
from ninja.errors import HttpError, ValidationError

from articles.models import (
    Actor,
    Article,
    ArticleTopic,
    Event,
    Evidence,
    Mention,
    Negotiation,
    Quote,
    Topic,
)
from articles.search import MAX_QUERY_LENGTH, search_articles

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
FUZZY_DATE_PATTERN = r"^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
# Queries must not carry control characters (PostgreSQL refuses NUL in text).
TEXT_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f]*$"
ID = Annotated[int, Path(ge=1, le=2**63 - 1)]
Slug = Annotated[str, Path(pattern=SLUG_PATTERN, max_length=200)]
CACHED = decorate_view(cache_control(public=True, max_age=60))

api = NinjaAPI(
    title="TradeWatch API",
    version="1",
    description=(
        "Read-only access to TradeWatch's public timeline of trade negotiations: events "
        "with the sentences that support them, articles, actors, topics and negotiations."
    ),
    urls_namespace="api",
    docs_url="/docs",
)


# --- errors -----------------------------------------------------------------------------


class ErrorOut(Schema):
    detail: str
    errors: dict[str, list[str]] = Field(default_factory=dict)


@api.exception_handler(ValidationError)
def bad_parameters(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        # loc is e.g. ("query", "filters", "kind", 0): the parameter is the last name in it.
        names = [part for part in error.get("loc", ()) if isinstance(part, str)]
        name = names[-1] if names else "request"
        errors.setdefault(name, []).append(error.get("msg", "invalid value"))
    return api.create_response(
        request, {"detail": "Bad parameters: " + ", ".join(errors), "errors": errors}, status=400
    )


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc), "errors": {}}, status=exc.status_code)


NOT_FOUND = {400: ErrorOut, 404: ErrorOut}
BAD_REQUEST = {400: ErrorOut}


# --- schemas ----------------------------------------------------------------------------


class Ref(Schema):
    slug: str
    name: str


class ActorRef(Ref):
    kind: str


class ActorOut(ActorRef):
    role: str
    country: str | None = Field(None, description="The country's slug.")
    description: str
    url: str

    @staticmethod
    def resolve_country(actor: Actor) -> str | None:
        return actor.country.slug if actor.country else None

    @staticmethod
    def resolve_url(actor: Actor) -> str:
        return actor.get_absolute_url()


class TopicOut(Ref):
    description: str
    url: str

    @staticmethod
    def resolve_url(topic: Topic) -> str:
        return topic.get_absolute_url()


class NegotiationOut(Ref):
    status: str
    started: date | None
    description: str
    parties: list[str] = Field(description="The parties' slugs.")
    url: str

    @staticmethod
    def resolve_parties(negotiation: Negotiation) -> list[str]:
        return [party.slug for party in negotiation.parties.all()]

    @staticmethod
    def resolve_url(negotiation: Negotiation) -> str:
        return negotiation.get_absolute_url()


class EvidenceOut(Schema):
    sentence: str
    article_id: int
    article_title: str
    origin: str
    outlet: str | None
    published: date | None
    url: str = Field(description="The article's page on this site.")

    @staticmethod
    def resolve_article_title(evidence: Evidence) -> str:
        return evidence.article.display_title

    @staticmethod
    def resolve_origin(evidence: Evidence) -> str:
        return evidence.article.origin

    @staticmethod
    def resolve_outlet(evidence: Evidence) -> str | None:
        return evidence.article.outlet.name if evidence.article.outlet else None

    @staticmethod
    def resolve_published(evidence: Evidence) -> date | None:
        return evidence.article.published

    @staticmethod
    def resolve_url(evidence: Evidence) -> str:
        return evidence.article.get_absolute_url()


class EventOut(Schema):
    id: int
    url: str
    date: date
    date_end: date
    precision: str
    date_display: str
    planned: bool
    title: str
    summary: str
    kind: str
    actors: list[ActorRef]
    topics: list[Ref]
    negotiations: list[Ref]
    evidence: list[EvidenceOut]

    @staticmethod
    def resolve_url(event: Event) -> str:
        return event.get_absolute_url()

    @staticmethod
    def resolve_actors(event: Event) -> list[Actor]:
        return [a for a in event.actors.all() if a.status == Actor.Status.CONFIRMED]

    @staticmethod
    def resolve_evidence(event: Event) -> list[Evidence]:
        return list(event.evidence.all())


class QuoteOut(Schema):
    speaker: ActorRef | None
    text: str


class ArticleOut(Schema):
    id: int
    url: str
    title: str
    outlet: str | None
    author: str
    published: date | None
    published_how: str
    source_url: str = Field(description="Where the article was published, when known.")

    @staticmethod
    def resolve_url(article: Article) -> str:
        return article.get_absolute_url()

    @staticmethod
    def resolve_title(article: Article) -> str:
        return article.display_title

    @staticmethod
    def resolve_outlet(article: Article) -> str | None:
        return article.outlet.name if article.outlet else None

    @staticmethod
    def resolve_source_url(article: Article) -> str:
        return article.url


class ArticleDetailOut(ArticleOut):
    body: str
    actors: list[ActorRef]
    topics: list[Ref]
    quotes: list[QuoteOut]

    @staticmethod
    def resolve_actors(article: Article) -> list[Actor]:
        return [mention.actor for mention in article.mentions.all()]

    @staticmethod
    def resolve_topics(article: Article) -> list[Topic]:
        return [link.topic for link in article.topic_links.all()]

    @staticmethod
    def resolve_quotes(article: Article) -> list[Quote]:
        return [
            quote
            for quote in article.quotes.all()
            if quote.speaker is None or quote.speaker.status == Actor.Status.CONFIRMED
        ]


def page_of(item: type[Schema]) -> type[Schema]:
    """Return the schema of one page of `item`."""
    return type(
        f"{item.__name__.removesuffix('Out')}Page",
        (Schema,),
        {
            "__annotations__": {
                "count": int,
                "page": int,
                "pages": int,
                "page_size": int,
                "results": list[item],
            }
        },
    )


class PageParams(Schema):
    page: int = Field(1, ge=1, le=1_000_000, description="Page number, from 1.")
    page_size: int = Field(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)


def paginate(queryset: QuerySet, params: PageParams) -> dict:
    """One page of `queryset` (whose order must be total, so pages never overlap)."""
    count = queryset.count()
    start = (params.page - 1) * params.page_size
    return {
        "count": count,
        "page": params.page,
        "pages": max(1, math.ceil(count / params.page_size)),
        "page_size": params.page_size,
        "results": list(queryset[start : start + params.page_size]),
    }


# --- events -----------------------------------------------------------------------------

EventKind = Literal[tuple(Event.Kind.values)]  # type: ignore[valid-type]


class EventFilters(Schema):
    """The timeline's filters; several values of one filter mean any of them."""

    actor: list[str] = Field(default_factory=list, description="Actor slugs.")
    actor_kind: Literal["person", "organisation", "country"] | None = None
    country: str | None = Field(None, pattern=SLUG_PATTERN, description="A country's slug.")
    topic: list[str] = Field(default_factory=list, description="Topic slugs.")
    negotiation: str | None = Field(None, pattern=SLUG_PATTERN)
    outlet: str | None = Field(None, pattern=SLUG_PATTERN)
    kind: list[EventKind] = Field(default_factory=list)
    planned: Literal["happened", "planned"] | None = None
    date_from: str | None = Field(
        None, pattern=FUZZY_DATE_PATTERN, description="2018, 2018-05 or 2018-05-14"
    )
    date_to: str | None = Field(None, pattern=FUZZY_DATE_PATTERN)
    q: str | None = Field(None, max_length=MAX_QUERY_LENGTH, pattern=TEXT_PATTERN)
    order: Literal["newest", "oldest"] | None = None


def _check_slugs(name: str, values: list[str]) -> None:
    bad = [v for v in values if not re.fullmatch(SLUG_PATTERN, v)]
    if bad:
        raise ValidationError([{"loc": ("query", name), "msg": f"“{bad[0]}” is not a slug."}])


events = Router(tags=["events"])


def _public_events() -> QuerySet:
    confirmed = Actor.objects.confirmed()
    evidence = Evidence.objects.select_related("article__outlet").filter(
        article__status=Article.Status.PUBLISHED
    )
    return Event.objects.public().prefetch_related(
        Prefetch("actors", queryset=confirmed),
        "topics",
        "negotiations",
        Prefetch("evidence", queryset=evidence),
    )


@events.get("", response={200: page_of(EventOut), **BAD_REQUEST})
@CACHED
def list_events(request: HttpRequest, filters: Query[EventFilters], pages: Query[PageParams]):
    """Public events, newest first (or `order=oldest`), filtered as on the timeline."""
    from articles.filters import EventFilter

    _check_slugs("actor", filters.actor)
    _check_slugs("topic", filters.topic)
    filterset = EventFilter(request.GET, queryset=_public_events())
    if not filterset.is_valid():
        errors = {name: list(messages) for name, messages in filterset.errors.items()}
        return Status(400, {"detail": "Bad parameters: " + ", ".join(errors), "errors": errors})
    return Status(200, paginate(filterset.qs, pages))


@events.get("/{event_id}", response={200: EventOut, **NOT_FOUND})
@CACHED
def get_event(request: HttpRequest, event_id: ID):
    """One public event with its evidence."""
    return get_object_or_404(_public_events(), pk=event_id)


# --- articles ---------------------------------------------------------------------------


class ArticleFilters(Schema):
    q: str | None = Field(
        None, max_length=MAX_QUERY_LENGTH, pattern=TEXT_PATTERN, description="Full-text search."
    )
    outlet: str | None = Field(None, pattern=SLUG_PATTERN, description="An outlet's slug.")


articles = Router(tags=["articles"])


@articles.get("", response={200: page_of(ArticleOut), **BAD_REQUEST})
@CACHED
def list_articles(request: HttpRequest, filters: Query[ArticleFilters], pages: Query[PageParams]):
    """Published articles, newest first (or best match first with `q`)."""
    queryset = Article.objects.published().with_related()  # newest first, undated last
    if filters.outlet:
        queryset = queryset.filter(outlet__slug=filters.outlet)
    if filters.q:
        queryset = search_articles(queryset, filters.q)
    return Status(200, paginate(queryset, pages))


@articles.get("/{article_id}", response={200: ArticleDetailOut, **NOT_FOUND})
@CACHED
def get_article(request: HttpRequest, article_id: ID):
    """One published article with its actors, topics and quotes."""
    queryset = (
        Article.objects.published()
        .with_related()
        .prefetch_related(
            Prefetch(
                "mentions",
                queryset=Mention.objects.public().filter(removed=False).select_related("actor"),
            ),
            Prefetch("topic_links", queryset=ArticleTopic.objects.kept().select_related("topic")),
            Prefetch("quotes", queryset=Quote.objects.kept().select_related("speaker")),
        )
    )
    return get_object_or_404(queryset, pk=article_id)


# --- actors, topics, negotiations -------------------------------------------------------

actors = Router(tags=["actors"])


class ActorFilters(Schema):
    kind: Literal["person", "organisation", "country"] | None = None


@actors.get("", response={200: page_of(ActorOut), **BAD_REQUEST})
@CACHED
def list_actors(request: HttpRequest, filters: Query[ActorFilters], pages: Query[PageParams]):
    """Confirmed actors by name."""
    queryset = Actor.objects.confirmed().select_related("country").order_by("name", "id")
    if filters.kind:
        queryset = queryset.filter(kind=filters.kind)
    return Status(200, paginate(queryset, pages))


@actors.get("/{slug}", response={200: ActorOut, **NOT_FOUND})
@CACHED
def get_actor(request: HttpRequest, slug: Slug):
    """One confirmed actor."""
    return get_object_or_404(Actor.objects.confirmed().select_related("country"), slug=slug)


topics = Router(tags=["topics"])


@topics.get("", response={200: page_of(TopicOut), **BAD_REQUEST})
@CACHED
def list_topics(request: HttpRequest, pages: Query[PageParams]):
    """Topics by name."""
    return Status(200, paginate(Topic.objects.order_by("name", "id"), pages))


@topics.get("/{slug}", response={200: TopicOut, **NOT_FOUND})
@CACHED
def get_topic(request: HttpRequest, slug: Slug):
    """One topic."""
    return get_object_or_404(Topic.objects.all(), slug=slug)


negotiations = Router(tags=["negotiations"])


def _negotiations() -> QuerySet:
    return Negotiation.objects.prefetch_related(
        Prefetch("parties", queryset=Actor.objects.confirmed())
    ).order_by("name", "id")


@negotiations.get("", response={200: page_of(NegotiationOut), **BAD_REQUEST})
@CACHED
def list_negotiations(request: HttpRequest, pages: Query[PageParams]):
    """Negotiations by name."""
    return Status(200, paginate(_negotiations(), pages))


@negotiations.get("/{slug}", response={200: NegotiationOut, **NOT_FOUND})
@CACHED
def get_negotiation(request: HttpRequest, slug: Slug):
    """One negotiation."""
    return get_object_or_404(_negotiations(), slug=slug)


api.add_router("/events", events)
api.add_router("/articles", articles)
api.add_router("/actors", actors)
api.add_router("/topics", topics)
api.add_router("/negotiations", negotiations)
