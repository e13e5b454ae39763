"""The timeline: a page of filtered events as plain data, grouped by year and month.

The page is read with `.values()` and a fixed handful of bulk queries (actors, topics,
evidence), whatever the filters or page, and its links are built from URL prefixes
resolved once, because at 50 events a page model instances and per-link `reverse()`
calls cost more than the SQL.

Each event's list item is written here as HTML, every value escaped (`render_event`):
a page shows 50 events with a few hundred sources and chips, and the template engine
took ten times longer than the SQL for them. The page around them stays in the templates.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django.db.models import QuerySet
from django.http import QueryDict
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from articles.models import Actor, Article, Event, Evidence, format_period
from articles.views.fragments import escape

PAGE_SIZE = 50
# The "today" line's id, and the fragment the link over the planned events goes to.
TODAY_ANCHOR = "#today"


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class Source:
    sentence: str
    article: Link
    outlet: str
    published: date | None


@dataclass
class TimelineEvent:
    id: int
    url: str
    date: date
    date_display: str
    planned: bool
    kind: str
    kind_label: str
    title: str
    summary: str
    precision: str = "day"
    actors: list[Link] = field(default_factory=list)
    topics: list[Link] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    @property
    def outlet_count(self) -> int:
        """Distinct outlets among the published sources (an article without one counts once)."""
        return len({s.outlet or s.article.url for s in self.sources})

    @property
    def html(self) -> SafeString:
        return render_event(self)


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_date(value: date) -> str:
    """ "11 Apr 2025", as the `date:"j M Y"` filter writes it."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def render_event(event: TimelineEvent) -> SafeString:
    """The event's list item: date, kind, title, summary, actor and topic chips, and its
    sources in a disclosure (which works without JavaScript)."""
    e = escape
    planned = ' <span class="tag tag--planned"><span aria-hidden="true">◷ </span>Planned</span>'
    parts = [
        f'<li class="event{" event--planned" if event.planned else ""}" id="event-{event.id}">'
        f'<p class="event__meta"><time datetime="{event.date.isoformat()}">'
        f"{e(event.date_display)}</time> "
        f'<span class="tag tag--kind">{e(event.kind_label)}</span>'
        f"{planned if event.planned else ''}</p>"
        f'<h4 class="event__title"><a href="{e(event.url)}">{e(event.title)}</a></h4>'
    ]
    if event.summary:
        parts.append(f'<p class="event__summary">{e(event.summary)}</p>')
    if event.actors or event.topics:
        parts.append('<ul class="chips" aria-label="Who and what">')
        parts.extend(
            f'<li><a class="chip chip--actor" href="{e(link.url)}">{e(link.label)}</a></li>'
            for link in event.actors
        )
        parts.extend(
            f'<li><a class="chip chip--topic" href="{e(link.url)}">'
            f'<span aria-hidden="true">#</span>{e(link.label)}</a></li>'
            for link in event.topics
        )
        parts.append("</ul>")
    count = event.outlet_count
    parts.append(
        f'<details class="sources"><summary>Reported by {count} outlet{"" if count == 1 else "s"}'
        '</summary><ol class="sources__list">'
    )
    for source in event.sources:
        cite = f'<a href="{e(source.article.url)}">{e(source.article.label)}</a>'
        if source.outlet:
            cite += f", {e(source.outlet)}"
        if source.published:
            cite += (
                f', <time datetime="{source.published.isoformat()}">'
                f"{short_date(source.published)}</time>"
            )
        parts.append(
            f'<li><blockquote class="sources__sentence">{e(source.sentence)}</blockquote>'
            f'<p class="sources__cite">— {cite}</p></li>'
        )
    parts.append("</ol></details></li>")
    # Every value above is escaped.
    return mark_safe("".join(parts))


@dataclass
class Month:
    label: str
    events: list[TimelineEvent]

    @property
    def events_html(self) -> str:
        """The month's list items, joined (one template variable instead of one an event)."""
        return mark_safe("".join(event.html for event in self.events))


@dataclass
class Year:
    label: str
    months: list[Month]


def querystring(query: QueryDict, **changes: object) -> str:
    """What Django's `{% querystring %}` tag gives for `query` with `changes` (None removes
    a key): the same keys in the same order, without copying the QueryDict."""
    pairs: list[tuple[str, object]] = []
    for key in query:
        if key not in changes:
            pairs.extend((key, value) for value in query.getlist(key))
        elif changes[key] is not None:
            pairs.append((key, changes[key]))
    pairs.extend((k, v) for k, v in changes.items() if v is not None and k not in query)
    if not pairs and not query:
        return ""
    return f"?{urlencode(pairs)}"


@dataclass
class TimelinePage:
    years: list[Year]
    total: int
    number: int
    num_pages: int
    per_page: int
    notice: str = ""
    # The request's query, which the page's links keep (set by the view).
    query: QueryDict = field(default_factory=QueryDict)
    # The "today" line: the server's local date, how many of the `total` events start after
    # it, and the order (None: no line, as on pages not read from the index).
    today: date | None = None
    after_today: int = 0
    newest_first: bool = True

    @property
    def has_today_marker(self) -> bool:
        """True when the line separates something: events after today and events before."""
        return self.today is not None and 0 < self.after_today < self.total

    @property
    def today_rank(self) -> int:
        """How many events precede the line in this order."""
        return self.after_today if self.newest_first else self.total - self.after_today

    @property
    def today_page(self) -> int:
        return self.today_rank // self.per_page + 1

    @property
    def today_at(self) -> int | None:
        """Where the line goes among this page's events (0: above the first), or None."""
        if not self.has_today_marker or self.today_page != self.number:
            return None
        return self.today_rank - (self.number - 1) * self.per_page

    @property
    def skip_to_today(self) -> dict | None:
        """The link over the events after today, on the first page newest first: how many
        it skips, its URL (page and anchor) and the URL htmx loads (None when the line is
        on this page: the anchor alone goes there)."""
        if not (self.has_today_marker and self.newest_first and self.number == 1):
            return None
        page = self.today_page
        if page == 1:
            return {"count": self.after_today, "url": TODAY_ANCHOR, "hx_url": None}
        url = querystring(self.query, page=page)
        return {"count": self.after_today, "url": f"{url}{TODAY_ANCHOR}", "hx_url": url}

    @property
    def today_marker_html(self) -> SafeString:
        """The line: today's date, and which side is which in this order."""
        today = self.today
        when = f"{today.day} {today:%B} {today.year}"
        if self.newest_first:
            sides = "planned events above, what happened below"
        else:
            sides = "what happened above, planned events below"
        return mark_safe(
            f'<div class="today" id="{TODAY_ANCHOR[1:]}" tabindex="-1">'
            f'<p class="today__label"><time datetime="{today.isoformat()}">'
            f'Today, {when}</time> <span class="today__sides">— {sides}</span></p></div>'
        )

    @property
    def previous_url(self) -> str:
        return querystring(self.query, page=self.number - 1)

    @property
    def next_url(self) -> str:
        return querystring(self.query, page=self.number + 1)

    @property
    def last_url(self) -> str:
        return querystring(self.query, page=self.num_pages)

    @property
    def oldest_first_url(self) -> str:
        return querystring(self.query, order="oldest", page=None)

    @property
    def newest_first_url(self) -> str:
        return querystring(self.query, order=None, page=None)

    @property
    def years_html(self) -> SafeString:
        """The page's events grouped in year sections and month lists (what a loop in the
        template wrote, at a tenth of the cost)."""
        at = self.today_at
        if at is None:
            return self._years_html(self.years)
        items = [event for year in self.years for month in year.months for event in month.events]
        # The line may cut a month in two (a month's planned days above, its past below):
        # each side is grouped on its own and repeats the month's heading.
        before = self._years_html(group_by_month(items[:at]))
        after = self._years_html(group_by_month(items[at:]), first=len(self.years) + 1)
        return mark_safe(before + self.today_marker_html + after)

    @staticmethod
    def _years_html(years: list[Year], first: int = 1) -> SafeString:
        parts = []
        for n, year in enumerate(years, start=first):
            label = escape(year.label)
            parts.append(
                f'<section class="year" aria-labelledby="year-{label}-{n}">'
                f'<h2 class="year__label" id="year-{label}-{n}">{label}</h2>'
            )
            for month in year.months:
                parts.append(
                    f'<h3 class="month__label">{escape(month.label)}</h3>'
                    f'<ol class="events">{month.events_html}</ol>'
                )
            parts.append("</section>")
        # Every value above is escaped (the events' items where they were written).
        return mark_safe("".join(parts))

    @property
    def page_links(self) -> list[tuple[int | None, str]]:
        """(number, URL) of each page to link, (None, "") for a gap."""
        return [
            (n, querystring(self.query, page=n) if n is not None else "") for n in self.page_numbers
        ]

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.num_pages

    @property
    def first_index(self) -> int:
        return (self.number - 1) * self.per_page + 1 if self.total else 0

    @property
    def last_index(self) -> int:
        return min(self.number * self.per_page, self.total)

    @property
    def page_numbers(self) -> list[int | None]:
        """Page numbers to link, with None for a gap: 1 … 4 5 [6] 7 8 … 20."""
        wanted = {1, self.num_pages, *range(self.number - 2, self.number + 3)}
        shown = sorted(n for n in wanted if 1 <= n <= self.num_pages)
        numbers: list[int | None] = []
        for previous, current in itertools.pairwise([0, *shown]):
            if current - previous > 1:
                numbers.append(None)
            numbers.append(current)
        return numbers


def page_number(raw: str | None, num_pages: int) -> tuple[int, str]:
    """Return the page to show for the `page` parameter, and a notice if it was not usable."""
    if raw in (None, ""):
        return 1, ""
    try:
        number = int(raw)
    except ValueError:
        return 1, f"Page “{raw[:20]}” is not a page number, so this is page 1."
    if number < 1:
        return 1, "Pages start at 1, so this is page 1."
    if number > num_pages:
        only = "is only 1 page" if num_pages == 1 else f"are only {num_pages} pages"
        return num_pages, f"There {only} of these events, so this is the last page."
    return number, ""


def _prefix(name: str, arg: str | int) -> str:
    """The URL of `name` for a placeholder argument, cut before it."""
    url = reverse(name, args=[arg])
    return url[: url.index(str(arg))]


def _paging(total: int, raw_page: str | None) -> tuple[int, int, str]:
    """(number of pages, page number, notice) for `total` events and the `page` parameter."""
    num_pages = max(1, -(-total // PAGE_SIZE))
    number, notice = page_number(raw_page, num_pages)
    return num_pages, number, notice


ROW_FIELDS = ("id", "date", "precision", "planned", "kind", "title", "summary")


def timeline_page(events: QuerySet, raw_page: str | None = None) -> TimelinePage:
    """Return one page of `events` (already filtered and ordered) grouped by year and month,
    in five queries whatever the page."""
    total = events.count()
    num_pages, number, notice = _paging(total, raw_page)
    offset = (number - 1) * PAGE_SIZE
    rows = list(events.values(*ROW_FIELDS)[offset : offset + PAGE_SIZE])
    return _page(rows, total, number, num_pages, notice)


def indexed_timeline_page(
    indexed,
    raw_page: str | None = None,
    *,
    query: QueryDict | None = None,
    today: date | None = None,
) -> TimelinePage:
    """The same page from an IndexedFilter (articles/facets.py): the index picks the page's
    events and their actors and topics; their list items are kept per content version, and
    two queries by primary key (the events not kept yet, and their sources) write the rest.
    The page's links keep `query` (the request's). With `today`, the page knows how many
    events start after it, for the "today" line (from the index, no query)."""
    total = indexed.total
    num_pages, number, notice = _paging(total, raw_page)
    index = indexed.index
    positions = indexed.page_positions((number - 1) * PAGE_SIZE, PAGE_SIZE)
    ids = {index.event_id(position): position for position in positions}
    with _rendered_lock:
        rendered = _rendered_for(index.version)
        missing = [pk for pk in ids if pk not in rendered]
    if missing:
        found = {r["id"]: r for r in Event.objects.filter(pk__in=missing).values(*ROW_FIELDS)}
        rows = [found[pk] for pk in missing if pk in found]
        chips = {
            pk: (index.linked("actor", ids[pk]), index.linked("topic", ids[pk])) for pk in missing
        }
        fresh = {
            event.id: RenderedEvent(event.id, event.date, event.precision, render_event(event))
            for event in _events(rows, chips).values()
        }
        with _rendered_lock:
            rendered.update(fresh)
    items = [rendered[pk] for pk in ids if pk in rendered]
    with _rendered_lock:
        while len(rendered) > RENDERED_KEPT:
            del rendered[next(iter(rendered))]
    return TimelinePage(
        years=group_by_month(items),
        total=total,
        number=number,
        num_pages=num_pages,
        per_page=PAGE_SIZE,
        notice=notice,
        query=query if query is not None else QueryDict(),
        today=today,
        after_today=indexed.count_after(today) if today is not None else 0,
        newest_first=indexed.filterset.newest_first,
    )


@dataclass(frozen=True)
class RenderedEvent:
    """An event's list item as the timeline shows it, and what groups it."""

    id: int
    date: date
    precision: str
    html: SafeString


# Events' list items, written once per content version and kept (the oldest first out):
# the same events show on many pages and filter states.
RENDERED_KEPT = 5000
_rendered: dict[int, RenderedEvent] = {}
_rendered_version: list[int | None] = [None]
_rendered_lock = threading.Lock()


def _rendered_for(version: int) -> dict[int, RenderedEvent]:
    """The kept list items, emptied when the content version changes (hold the lock)."""
    if _rendered_version[0] != version:
        _rendered.clear()
        _rendered_version[0] = version
    return _rendered


def _page(rows: list[dict], total: int, number: int, num_pages: int, notice: str) -> TimelinePage:
    events = _events(rows)
    return TimelinePage(
        years=group_by_month(events.values()),
        total=total,
        number=number,
        num_pages=num_pages,
        per_page=PAGE_SIZE,
        notice=notice,
    )


def _events(rows: list[dict], chips: dict | None = None) -> dict[int, TimelineEvent]:
    """The events of `rows` with their actors, topics and sources, by id in row order."""
    by_id: dict[int, TimelineEvent] = {}
    event_prefix = _prefix("articles:event-detail", 999999)
    kinds = dict(Event.Kind.choices)
    for row in rows:
        by_id[row["id"]] = TimelineEvent(
            id=row["id"],
            url=f"{event_prefix}{row['id']}/",
            date=row["date"],
            date_display=format_period(row["date"], row["precision"]),
            planned=row["planned"],
            kind=row["kind"],
            kind_label=kinds.get(row["kind"], row["kind"]),
            title=row["title"],
            summary=row["summary"],
            precision=row["precision"],
        )
    if by_id:
        _attach_related(by_id, chips)
    return by_id


def _attach_related(by_id: dict[int, TimelineEvent], chips: dict | None = None) -> None:
    """Fill in confirmed actors, topics and published sources of the events, in 3 queries,
    or 1 when `chips` gives each event's (actors, topics) as (name, slug) pairs."""
    ids = list(by_id)
    actor_prefix = _prefix("articles:actor-detail", "placeholder-slug")
    topic_prefix = _prefix("articles:topic-detail", "placeholder-slug")
    article_prefix = _prefix("articles:article-detail", 999999)
    if chips is not None:
        for event_id, event in by_id.items():
            actors, topics = chips.get(event_id, ((), ()))
            event.actors = [Link(name, f"{actor_prefix}{slug}/") for name, slug in actors]
            event.topics = [Link(name, f"{topic_prefix}{slug}/") for name, slug in topics]
        _attach_sources(by_id, article_prefix)
        return
    actor_links = (
        Event.actors.through.objects.filter(event_id__in=ids, actor__status=Actor.Status.CONFIRMED)
        .order_by("actor__name")
        .values_list("event_id", "actor__name", "actor__slug")
    )
    for event_id, name, slug in actor_links:
        by_id[event_id].actors.append(Link(name, f"{actor_prefix}{slug}/"))
    topic_links = (
        Event.topics.through.objects.filter(event_id__in=ids)
        .order_by("topic__name")
        .values_list("event_id", "topic__name", "topic__slug")
    )
    for event_id, name, slug in topic_links:
        by_id[event_id].topics.append(Link(name, f"{topic_prefix}{slug}/"))
    _attach_sources(by_id, article_prefix)


def _attach_sources(by_id: dict[int, TimelineEvent], article_prefix: str) -> None:
    evidence = (
        Evidence.objects.filter(event_id__in=list(by_id), article__status=Article.Status.PUBLISHED)
        .order_by("article__published", "article_id", "start")
        .values_list(
            "event_id",
            "sentence",
            "article_id",
            "article__title",
            "article__outlet__name",
            "article__published",
        )
    )
    for event_id, sentence, article_id, title, outlet, published in evidence:
        article = Link(title or f"Article {article_id}", f"{article_prefix}{article_id}/")
        by_id[event_id].sources.append(Source(sentence, article, outlet or "", published))


def group_by_month(events) -> list[Year]:
    """Group events (in page order) by year, then by month; year-precision events form
    their own group at the end of their year's run."""
    years: list[Year] = []
    for year, in_year in itertools.groupby(events, key=lambda e: e.date.year):
        months = []
        for key, in_month in itertools.groupby(
            in_year,
            key=lambda e: None if e.precision == "year" else e.date.month,
        ):
            items = list(in_month)
            label = f"{year}, month not known" if key is None else items[0].date.strftime("%B %Y")
            months.append(Month(label, items))
        years.append(Year(str(year), months))
    return years


# Long facets show their busiest options (and every chosen one) until asked for all.
FACET_SHOWN = {"actor": 12, "outlet": 15}


def trim_facets(facets: dict[str, list], show: list[str]) -> dict[str, int]:
    """Cut the long facets in `facets` to their first options by count plus the chosen
    ones, except those named in `show`; return how many options each cut facet left out."""
    hidden = {}
    for name, limit in FACET_SHOWN.items():
        options = facets[name]
        if name in show or len(options) <= limit:
            continue
        kept = options[:limit] + [o for o in options[limit:] if o.selected]
        hidden[name] = len(options) - len(kept)
        facets[name] = kept
    return hidden


def canonical_query(data: QueryDict, *, drop: tuple[str, ...] = ()) -> str:
    """The query string without empty values, page 1 or the `drop` keys, for the URL bar."""
    pairs = [
        (key, value)
        for key in data
        if key not in drop
        for value in data.getlist(key)
        if value != "" and not (key == "page" and value == "1")
    ]
    return urlencode(pairs)
