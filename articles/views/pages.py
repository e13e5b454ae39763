"""Public pages: the timeline, and the article, event, actor, topic and negotiation pages.

Each view picks a filterset or queryset and a template; an htmx request gets the
`#timeline` partial of the same template, and without JavaScript the same URL renders the
whole page. Pages are cached until content changes (articles/cache.py).
"""

from __future__ import annotations

import functools

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.views.decorators.http import require_safe

from articles.cache import cache_public_page, per_content_version
from articles.charts import chart_from_counts
from articles.facets import IndexedFilter, get_index
from articles.filters import (
    FILTER_FIELDS,
    EventFilter,
    active_filters,
    describe,
    query_without_filters,
)
from articles.models import (
    Actor,
    Article,
    ArticleTopic,
    Event,
    Mention,
    Negotiation,
    Quote,
    Topic,
)
from articles.views.fragments import chart_fragments, facet_fragments, latest_articles_html
from articles.views.timeline import (
    FACET_SHOWN,
    canonical_query,
    indexed_timeline_page,
    short_date,
    trim_facets,
)

LATEST_ARTICLES = 4
# The submitted values the filters panel writes back into its text fields and radios.
RAW_FIELDS = ("q", "date_from", "date_to", "actor_kind", "planned")


def _wants_partial(request: HttpRequest) -> bool:
    """True for an htmx request for the results (not a history restore, which needs it all)."""
    return bool(request.htmx) and not request.htmx.history_restore_request


def _render_timeline(
    request: HttpRequest, template: str, context: dict, *, push_url: bool = True
) -> HttpResponse:
    """Render `template`, or its #timeline partial for htmx, with a clean URL to push."""
    partial = _wants_partial(request)
    # htmx takes a top-level <title> in the partial as the document's: the tab, the
    # history entries and bookmarks then name the filters in force, as a full load does.
    context["title_in_partial"] = partial
    response = render(request, template + "#timeline" if partial else template, context)
    if partial and push_url:
        query = canonical_query(request.GET)
        response["HX-Push-Url"] = request.path + (f"?{query}" if query else "")
    return response


def _has_blank_values(data: QueryDict) -> bool:
    return any(
        value == "" or (key == "page" and value == "1")
        for key in data
        for value in data.getlist(key)
    )


def _entity_timeline(request: HttpRequest, field: str, slug: str) -> dict:
    """The timeline context for one actor, topic or negotiation (order and page from GET)."""
    data = QueryDict(mutable=True)
    data[field] = slug
    if request.GET.get("order"):
        data["order"] = request.GET["order"]
    filterset = EventFilter(data)
    return {
        "filterset": filterset,
        "timeline": indexed_timeline_page(
            IndexedFilter(filterset),
            request.GET.get("page"),
            query=request.GET,
            today=timezone.localdate(),
        ),
        "timeline_query": data.urlencode(),
    }


_URL_NAMES = {
    "home": "articles:home",
    "rss": "articles:feed-rss",
    "atom": "articles:feed-atom",
    "csv": "articles:export-csv",
    "json": "articles:export-json",
    "timelinejs": "articles:export-timelinejs",
}


@functools.cache
def _timeline_urls(script_prefix: str) -> dict[str, str]:
    """The timeline page's fixed links, reversed once per script prefix (8 `{% url %}`s a
    page cost a quarter of a millisecond)."""
    return {key: reverse(name) for key, name in _URL_NAMES.items()}


def _latest_articles() -> list[dict]:
    """The newest published articles, as the home page lists them."""
    articles = (
        Article.objects.published()
        .filter(published__isnull=False)  # an article of unknown date is nobody's latest
        .with_related()
        .only("id", "title", "body", "published", "outlet__name")[:LATEST_ARTICLES]
    )
    return [
        {
            "url": article.get_absolute_url(),
            "title": article.display_title,
            "outlet": article.outlet.name if article.outlet else "",
            "published": article.published.isoformat() if article.published else "",
            "published_display": short_date(article.published) if article.published else "",
        }
        for article in articles
    ]


def home_title(description: str, *, active: bool, page: int) -> str:
    """The home page's <title>: the filters in words and the page number, when not the first."""
    words = description if active else ""
    if page > 1:
        words = f"{words}, page {page}" if words else f"Page {page}"
    site = "TradeWatch: timeline of trade negotiations"
    return f"{words} — {site}" if words else site


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """A trivial view: the framework's ceiling for the load benchmark."""
    return HttpResponse("ok", content_type="text/plain")


@require_safe
@cache_public_page
def home(request: HttpRequest) -> HttpResponse:
    """The timeline of public events, with filters, facet counts and a coverage chart."""
    if not request.htmx and _has_blank_values(request.GET):
        # A form submitted without JavaScript sends every field: keep the URL readable.
        query = canonical_query(request.GET)
        return redirect(request.path + (f"?{query}" if query else ""))
    filterset = EventFilter(request.GET)
    # Filters, facet counts, the page's ids and the chart come from the in-memory index of
    # the current content version; SQL reads only the 50 events shown.
    indexed = IndexedFilter(filterset)
    facets = indexed.facet_counts()
    show = request.GET.getlist("show")
    hidden = trim_facets(facets, show)
    chart = chart_from_counts(*indexed.month_counts())
    # The "today" line splits events after today from the rest; the page cache's key has
    # the date (articles/cache.py), so no cached page shows yesterday's line.
    timeline = indexed_timeline_page(
        indexed, request.GET.get("page"), query=request.GET, today=timezone.localdate()
    )
    description = describe(filterset)
    active = active_filters(filterset)
    context = {
        "filterset": filterset,
        "form": filterset.form,
        # Plain dicts with every key the filters panel reads: a template lookup of a
        # missing key in a QueryDict or a Form goes through three exceptions.
        "raw": {name: request.GET.get(name, "") for name in RAW_FIELDS},
        "errors": {name: filterset.form.errors.get(name, "") for name in (*FILTER_FIELDS, "order")},
        # Repeated above the results: on a phone the filters panel (and its messages) is
        # folded away, and the results must not look filtered when a value was ignored.
        "error_summary": [
            (filterset.filters[name].label, " ".join(messages))
            for name, messages in filterset.form.errors.items()
            if name in filterset.filters
        ],
        "description": description,
        "page_title": home_title(description, active=bool(active), page=timeline.number),
        "active": active,
        "clear_query": query_without_filters(filterset),
        "facets": facets,
        "facet_hidden": hidden,
        "show": [name for name in show if name in FACET_SHOWN],
        "filter_query": canonical_query(request.GET, drop=("page", "show")),
        "chart": chart,
        "chart_html": chart_fragments(chart),
        "facet_html": facet_fragments(facets),
        "timeline": timeline,
        "urls": _timeline_urls(get_script_prefix()),
        "latest_articles_html": per_content_version(
            "latest-articles-html", lambda: latest_articles_html(_latest_articles())
        ),
    }
    return _render_timeline(request, "articles/home.html", context)


@require_safe
@cache_public_page
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event.objects.public().with_evidence(), pk=pk)
    context = {
        "event": event,
        "actors": [a for a in event.actors.all() if a.status == Actor.Status.CONFIRMED],
        "around": event_period(event),
    }
    return render(request, "articles/event_detail.html", context)


def event_period(event: Event) -> dict[str, str]:
    """The month (or, for an event known to the year, the year) around `event`, in words and
    as the timeline's date filter, so a reader can see what else happened then."""
    if event.precision == Event.Precision.YEAR:
        return {"label": f"{event.date:%Y}", "value": f"{event.date:%Y}"}
    return {"label": date_format(event.date, "F Y"), "value": f"{event.date:%Y-%m}"}


@require_safe
@cache_public_page
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.published().with_related(), pk=pk)
    mentions = (
        Mention.objects.public()
        .filter(article=article, removed=False)
        .select_related("actor")
        .order_by("first_offset")
    )
    context = {
        "article": article,
        "mentions": mentions,
        "quotes": Quote.objects.public().filter(article=article).order_by("start"),
        "topics": ArticleTopic.objects.kept().filter(article=article).select_related("topic"),
        "events": Event.objects.public()
        .filter(evidence__article=article)
        .distinct()
        .chronological(newest_first=False),
    }
    return render(request, "articles/article_detail.html", context)


def _with_event_counts(rows, named) -> list:
    """`rows` (actors, topics or negotiations) with `event_count`, their public events,
    read from the facet index's bitmaps instead of counting in SQL."""
    rows = list(rows)
    for row in rows:
        row.event_count = len(named.sets.get(row.slug, ()))
    return rows


@require_safe
@cache_public_page
def actor_list(request: HttpRequest) -> HttpResponse:
    actors = _with_event_counts(
        Actor.objects.confirmed().order_by("kind", "name"), get_index().actor
    )
    groups = {kind: [] for kind in Actor.Kind.values}
    for actor in actors:
        groups[actor.kind].append(actor)
    kinds = [
        {"label": label, "kind": kind, "actors": groups[kind]}
        for kind, label in (
            ("person", "People"),
            ("organisation", "Organisations"),
            ("country", "Countries"),
        )
    ]
    return render(request, "articles/actor_list.html", {"kinds": kinds})


@require_safe
@cache_public_page
def actor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    actor = get_object_or_404(
        Actor.objects.confirmed().select_related("country").prefetch_related("aliases"),
        slug=slug,
    )
    context = _entity_timeline(request, "actor", slug)
    mentions = Mention.objects.public().filter(actor=actor, removed=False)
    context |= {
        "actor": actor,
        "country": actor.country if actor.country and actor.country.status == "confirmed" else None,
        # A bloc's member countries (reference data: fixtures/lists/memberships.json).
        "members": list(actor.members.confirmed().order_by("name")),
        "quotes": Quote.objects.public().filter(speaker=actor).order_by("-article__published")[:20],
        "mentions": mentions.select_related("article__outlet").order_by(
            "-article__published", "-article_id"
        )[:30],
        "mention_count": get_index().mention_counts.get(actor.slug, 0),
        "companions": _companions(actor.slug),
    }
    return _render_timeline(request, "articles/actor_detail.html", context, push_url=False)


def _companions(slug: str, limit: int = 10) -> list[dict]:
    """The confirmed actors sharing most public events with the actor `slug`."""
    named = get_index().actor
    own = named.sets.get(slug)
    if own is None:
        return []
    shared = [
        {"actor__slug": other, "actor__name": named.labels[other], "n": n}
        for other, events in named.sets.items()
        if other != slug and (n := events.intersection_cardinality(own))
    ]
    shared.sort(key=lambda row: (-row["n"], row["actor__name"]))
    return shared[:limit]


@require_safe
@cache_public_page
def topic_list(request: HttpRequest) -> HttpResponse:
    topics = _with_event_counts(Topic.objects.all(), get_index().topic)
    return render(request, "articles/topic_list.html", {"topics": topics})


@require_safe
@cache_public_page
def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(Topic, slug=slug)
    context = _entity_timeline(request, "topic", slug) | {"topic": topic}
    return _render_timeline(request, "articles/topic_detail.html", context, push_url=False)


def _confirmed_parties() -> Prefetch:
    return Prefetch("parties", queryset=Actor.objects.confirmed().order_by("name"))


@require_safe
@cache_public_page
def negotiation_list(request: HttpRequest) -> HttpResponse:
    negotiations = _with_event_counts(
        Negotiation.objects.prefetch_related(_confirmed_parties()), get_index().negotiation
    )
    return render(request, "articles/negotiation_list.html", {"negotiations": negotiations})


@require_safe
@cache_public_page
def negotiation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    negotiation = get_object_or_404(
        Negotiation.objects.prefetch_related(_confirmed_parties()), slug=slug
    )
    context = _entity_timeline(request, "negotiation", slug) | {"negotiation": negotiation}
    return _render_timeline(request, "articles/negotiation_detail.html", context, push_url=False)
