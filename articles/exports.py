"""Exports of the timeline: records for JSON and CSV, TimelineJS JSON, and the download views.

The download views and `export_timeline` share the record builders and write the records
as the events and articles are read, a chunk at a time: the views stream their answer, so
a whole-timeline download neither waits for the whole file nor holds it in memory. Who
sees what:

- The download buttons (public) export the events `EventFilter` selects from
  `Event.objects.public()` and the published articles; proposed actors are left out, since
  nothing unreviewed is published.
- `export_timeline` writes what is stored, for checking the importer: articles that are not
  hidden, and confirmed *and proposed* events (the importer's findings awaiting review),
  each event marked with its `status`. `--include-hidden` adds hidden articles and events.
  An event keeps only the evidence from the articles written; one left with no evidence
  is left out. Mentions a curator removed are never exported.
"""

from __future__ import annotations

import csv
import itertools
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from django.db.models import Model, Prefetch, QuerySet
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    StreamingHttpResponse,
)
from django.http.response import HttpResponseBase
from django.utils.html import escape, format_html, format_html_join
from django.views.decorators.http import require_GET

from articles.models import (
    Actor,
    Article,
    ArticleTopic,
    Event,
    Evidence,
    Mention,
    Quote,
)

FORMATS = ("json", "csv", "timelinejs")


# --- what is exported -------------------------------------------------------------------


@dataclass
class Selection:
    """The articles and events an export writes, and whether it is for curators."""

    articles: QuerySet
    events: QuerySet
    review: bool = False


def public_selection(events: QuerySet, *, filtered: bool = True) -> Selection:
    """The public `events` (already filtered and ordered) and the published articles:
    those citing the events when `filtered`, otherwise all of them."""
    articles = Article.objects.published()  # newest first, undated last
    if filtered:
        cited = Evidence.objects.filter(event__in=events.order_by().values("pk"))
        articles = articles.filter(pk__in=cited.values("article_id"))
    return Selection(articles=articles, events=events)


def stored_selection(*, include_hidden: bool = False) -> Selection:
    """Everything stored that is not hidden (or everything, with `include_hidden`)."""
    articles = Article.objects.all()
    events = Event.objects.all()
    if not include_hidden:
        articles = articles.exclude(status=Article.Status.HIDDEN)
        events = events.exclude(status=Event.Status.HIDDEN)
    cited = Evidence.objects.filter(article__in=articles.values("pk"))
    events = events.filter(pk__in=cited.values("event_id")).chronological(newest_first=False)
    return Selection(articles=articles.order_by("origin"), events=events, review=True)


def _articles_with_details(selection: Selection) -> QuerySet:
    actor_statuses = [Actor.Status.CONFIRMED]
    if selection.review:
        actor_statuses.append(Actor.Status.PROPOSED)
    # an export names its articles, it never quotes their text
    return (
        selection.articles.select_related("outlet")
        .defer("body")
        .prefetch_related(
            Prefetch(
                "mentions",
                queryset=Mention.objects.filter(removed=False, actor__status__in=actor_statuses)
                .select_related("actor")
                .order_by("first_offset", "id"),
            ),
            Prefetch(
                "topic_links",
                queryset=ArticleTopic.objects.kept()
                .select_related("topic")
                .order_by("-count", "topic__name"),
            ),
            Prefetch(
                "quotes", queryset=Quote.objects.kept().select_related("speaker").order_by("start")
            ),
        )
    )


# Events read at a time by an export; each chunk costs one query per relation.
EXPORT_CHUNK = 2000
NAMED_RELATIONS = ("actors", "topics", "negotiations")


def _events_with_details(selection: Selection) -> Iterator[Event]:
    """The selected events, a chunk at a time, each with its evidence from the selected
    articles (`evidence.all()`) and the names of its actors, topics and negotiations
    (`names["actors"]` …).

    The names are read with one query per relation and chunk. Prefetching the three
    relations built a related manager and a queryset for every event, about a millisecond
    an event: a whole download of a few thousand articles outlasted a server's timeout."""
    evidence = (
        Evidence.objects.filter(article__in=selection.articles.order_by().values("pk"))
        .select_related("article__outlet")
        .defer("article__body")
    )  # 5 kB an evidence row
    events = selection.events.prefetch_related(Prefetch("evidence", queryset=evidence))
    chunk: list[Event] = []
    for event in events.iterator(chunk_size=EXPORT_CHUNK):
        chunk.append(event)
        if len(chunk) == EXPORT_CHUNK:
            yield from _with_names(chunk)
            chunk = []
    yield from _with_names(chunk)


def _with_names(events: list[Event]) -> list[Event]:
    """`events`, each given the names of its actors, topics and negotiations, in name
    order (the order of those models)."""
    ids = [event.pk for event in events]
    by_relation = {}
    for relation in NAMED_RELATIONS:
        field = Event._meta.get_field(relation)
        target = field.m2m_reverse_field_name()
        rows = (
            field.remote_field.through.objects.filter(event_id__in=ids)
            .order_by(f"{target}__name")
            .values_list("event_id", f"{target}__name")
        )
        names = by_relation[relation] = defaultdict(list)
        for event_id, name in rows:
            names[event_id].append(name)
    for event in events:
        event.names = {relation: names.get(event.pk, []) for relation, names in by_relation.items()}
    return events


# --- records ----------------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _speaker_name(speaker: Actor | None, review: bool) -> str | None:
    """The speaker's name; public downloads name only confirmed actors."""
    if speaker is None or (not review and speaker.status != Actor.Status.CONFIRMED):
        return None
    return speaker.name


def article_record(article: Article, *, review: bool = False) -> dict:
    """Return one article as the JSON export writes it."""
    mentions = list(article.mentions.all())
    record = {
        "id": article.pk,
        "origin": article.origin,
        "title": article.title,
        "outlet": article.outlet.name if article.outlet else "",
        "author": article.author,
        "published": _iso(article.published),
        "published_how": article.published_how,
        "updated": _iso(article.updated),
        "url": article.url,
        "actors": [m.actor.name for m in mentions if m.actor.status == Actor.Status.CONFIRMED],
        "topics": [link.topic.name for link in article.topic_links.all()],
        "quotes": [
            {"speaker": _speaker_name(quote.speaker, review), "text": quote.text}
            for quote in article.quotes.all()
        ],
    }
    if review:
        record["proposed_actors"] = [
            m.actor.name for m in mentions if m.actor.status == Actor.Status.PROPOSED
        ]
        record["status"] = article.status
    return record


def evidence_record(evidence: Evidence) -> dict:
    article = evidence.article
    return {
        "origin": article.origin,
        "sentence": evidence.sentence,
        "article_id": article.pk,
        "article_title": article.title,
        "outlet": article.outlet.name if article.outlet else "",
        "published": _iso(article.published),
        "url": article.url,
        "stated_date": _iso(evidence.stated_date),
        "stated_precision": evidence.stated_precision,
    }


def event_record(event: Event, *, review: bool = False) -> dict:
    """Return one event, with its evidence and sources, as the JSON export writes it (an
    event of `_events_with_details`)."""
    evidence = [evidence_record(e) for e in event.evidence.all()]
    record = {
        "id": event.pk,
        "date": _iso(event.date),
        "date_end": _iso(event.date_end),
        "precision": event.precision,
        "date_display": event.date_display,
        "planned": event.planned,
        "title": event.title,
        "summary": event.summary,
        "kind": event.kind,
        "actors": event.names["actors"],
        "topics": event.names["topics"],
        "negotiations": event.names["negotiations"],
        "sources": sorted({e["outlet"] for e in evidence if e["outlet"]}),
        "evidence": evidence,
    }
    if review:
        record["status"] = event.status
    return record


def article_records(selection: Selection) -> Iterator[dict]:
    """The selected articles' records, read a chunk at a time."""
    for article in _articles_with_details(selection).iterator(chunk_size=EXPORT_CHUNK):
        yield article_record(article, review=selection.review)
        _release(article)


def event_records(selection: Selection) -> Iterator[dict]:
    """The selected events' records, read a chunk at a time."""
    for event in _events_with_details(selection):
        yield event_record(event, review=selection.review)
        _release(event)


def _release(instance: Model) -> None:
    """Drop what was prefetched for `instance` once its record is made.

    A prefetched row keeps its parent (each evidence row its event, each mention its
    article), so parent and rows form a cycle that only the cycle collector frees. Kept
    until then, a whole download's rows pile up in the oldest generation, and every full
    collection walks them again. Without the cycle, a chunk's rows are freed as soon as
    the next chunk replaces it."""
    instance.__dict__.pop("_prefetched_objects_cache", None)


# --- TimelineJS -------------------------------------------------------------------------


def _timelinejs_date(value: date, precision: str) -> dict:
    """A TimelineJS date no more precise than the event's."""
    result = {"year": value.year}
    if precision != Event.Precision.YEAR:
        result["month"] = value.month
    if precision in (Event.Precision.DAY, Event.Precision.WEEK):
        result["day"] = value.day
    return result


def timelinejs_event(record: dict) -> dict:
    """Return one event record as a TimelineJS slide; its text is escaped HTML."""
    sources = format_html_join(
        "",
        "<li>“{}” — {}</li>",
        (
            (e["sentence"], format_html('<a href="{}">{}</a>', e["url"], e["outlet"] or "source"))
            if e["url"]
            else (e["sentence"], e["outlet"] or e["origin"])
            for e in record["evidence"]
        ),
    )
    text = format_html("<p>{}</p><ul>{}</ul>", record["summary"], sources)
    headline = ("Planned: " if record["planned"] else "") + record["title"]
    slide = {
        "unique_id": f"event-{record['id']}",
        "start_date": _timelinejs_date(date.fromisoformat(record["date"]), record["precision"]),
        "display_date": record["date_display"],
        "text": {"headline": escape(headline), "text": str(text)},
        "group": dict(Event.Kind.choices).get(record["kind"], record["kind"]),
    }
    if record["precision"] == Event.Precision.WEEK:
        slide["end_date"] = _timelinejs_date(
            date.fromisoformat(record["date_end"]), record["precision"]
        )
    return slide


def timelinejs_slides(selection: Selection, *, headline: str = "TradeWatch") -> dict:
    """Return the events in TimelineJS's JSON format (oldest first, as TimelineJS reads),
    the slides an iterator read a chunk at a time (for `json_pieces`)."""
    # The database orders them as TimelineJS reads: (date, id) is unique, so this is the
    # order sorting the records gave. The title counts them before the first is read.
    events = selection.events.order_by("date", "pk")
    oldest_first = replace(selection, events=events)
    return {
        "title": {"text": {"headline": escape(headline), "text": f"{events.count()} events"}},
        "events": (timelinejs_event(r) for r in event_records(oldest_first)),
    }


# --- CSV --------------------------------------------------------------------------------

EVENT_COLUMNS = [
    "id",
    "date",
    "date_end",
    "precision",
    "date_display",
    "planned",
    "title",
    "summary",
    "kind",
    "actors",
    "topics",
    "negotiations",
    "sources",
    "evidence",
    "origins",
]
ARTICLE_COLUMNS = [
    "id",
    "origin",
    "title",
    "outlet",
    "author",
    "published",
    "published_how",
    "updated",
    "url",
    "actors",
    "topics",
    "quotes",
]


def _cell(value) -> str:
    """Return `value` as a CSV cell; lists joined by "; ", formulas defused."""
    if isinstance(value, list):
        value = "; ".join(
            f"{v['speaker'] or 'unknown'}: {v['text']}" if isinstance(v, dict) else str(v)
            for v in value
        )
    elif isinstance(value, bool):
        value = "yes" if value else "no"
    value = "" if value is None else str(value)
    # A spreadsheet runs a cell starting with one of these as a formula.
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        value = "'" + value
    return value


def _csv_row(record: dict, columns: list[str]) -> list[str]:
    row = dict(record)
    if "evidence" in row:
        row["origins"] = sorted({e["origin"] for e in row["evidence"]})
        row["evidence"] = [e["sentence"] for e in row["evidence"]]
    return [_cell(row.get(column)) for column in columns]


class _Echo:
    """A file that hands back what is written: csv.writer's writerow() then returns the
    row's text (the pseudo-buffer of Django's streaming CSV how-to)."""

    def write(self, text: str) -> str:
        return text


def csv_lines(selection: Selection, *, table: str = "events") -> Iterator[str]:
    """The events (one row each, evidence sentences joined) or the articles as CSV, the
    header line first, then a line per record as the records are read."""
    if table == "articles":
        records = article_records(selection)
        columns = ARTICLE_COLUMNS
        if selection.review:
            columns = [*ARTICLE_COLUMNS, "proposed_actors", "status"]
    else:
        records = event_records(selection)
        columns = [*EVENT_COLUMNS, "status"] if selection.review else EVENT_COLUMNS
    writer = csv.writer(_Echo())
    yield writer.writerow(columns)
    for record in records:
        yield writer.writerow(_csv_row(record, columns))


# --- JSON written as it is read ---------------------------------------------------------


def json_pieces(value, *, indent: int | None = None, level: int = 0) -> Iterator[str]:
    """`value` as JSON text in pieces, the same characters as
    json.dumps(value, ensure_ascii=False, indent=indent); an iterator, as `value` or as a
    value of the dict `value`, is written as an array an item at a time, as it yields."""
    if isinstance(value, Iterator):
        yield from _array_pieces(value, indent, level)
    elif isinstance(value, dict) and any(isinstance(v, Iterator) for v in value.values()):
        yield from _object_pieces(value, indent, level)
    else:
        yield _dumps(value, indent, level)


def _newline(indent: int | None, level: int) -> str:
    return "" if indent is None else "\n" + " " * (indent * level)


def _dumps(value, indent: int | None, level: int) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    # json.dumps indents from column 0; a JSON string holds no raw line break to upset this
    return text if indent is None else text.replace("\n", _newline(indent, level))


def _object_pieces(value: dict, indent: int | None, level: int) -> Iterator[str]:
    separator = ", " if indent is None else ","
    for n, (key, item) in enumerate(value.items()):
        opening = separator if n else "{"
        yield opening + _newline(indent, level + 1) + json.dumps(key, ensure_ascii=False) + ": "
        yield from json_pieces(item, indent=indent, level=level + 1)
    yield _newline(indent, level) + "}"


def _array_pieces(items: Iterator, indent: int | None, level: int) -> Iterator[str]:
    separator = ", " if indent is None else ","
    empty = True
    for item in items:
        opening = "[" if empty else separator
        yield opening + _newline(indent, level + 1) + _dumps(item, indent, level + 1)
        empty = False
    yield "[]" if empty else _newline(indent, level) + "]"


# --- whole exports ----------------------------------------------------------------------


def export_pieces(
    selection: Selection, fmt: str, *, table: str = "events", indent: int | None = 2
) -> Iterator[str]:
    """The selection written in `fmt` ("json", "csv" or "timelinejs"), a piece at a time;
    JSON indented by `indent` and ending in a line break, or on one line when None (the
    download views)."""
    if fmt == "csv":
        return csv_lines(selection, table=table)
    if fmt == "json":
        data = {"articles": article_records(selection), "events": event_records(selection)}
    elif fmt == "timelinejs":
        data = timelinejs_slides(selection)
    else:
        raise ValueError(f"Unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}.")
    ending = "" if indent is None else "\n"
    return itertools.chain(json_pieces(data, indent=indent), [ending])


# Characters a streamed download sends at a time: one write a record would be thousands of
# small writes to the socket.
PIECE_CHARS = 64 * 1024


def _joined(pieces: Iterator[str], size: int) -> Iterator[str]:
    """`pieces` joined into strings of at least `size` characters (the last may be shorter)."""
    batch: list[str] = []
    length = 0
    for piece in pieces:
        batch.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(batch)
            batch, length = [], 0
    if batch:
        yield "".join(batch)


# --- download views ---------------------------------------------------------------------


def filtered_selection(request: HttpRequest) -> tuple[Selection | None, HttpResponse | None]:
    """Return (what the query string selects from the public timeline, None), or (None, a
    400 answer naming each bad parameter and why)."""
    from articles.filters import FILTER_FIELDS, EventFilter

    filterset = EventFilter(request.GET)
    if not filterset.is_valid():
        return None, bad_filters(filterset)
    filtered = any(filterset.cleaned.get(name) not in (None, "", [], ()) for name in FILTER_FIELDS)
    return public_selection(filterset.qs, filtered=filtered), None


def bad_filters(filterset) -> HttpResponseBadRequest:
    """A plain-text 400 naming each bad parameter and the reason."""
    lines = [
        f"{name}: {message}" for name, messages in filterset.errors.items() for message in messages
    ]
    return HttpResponseBadRequest(
        "Bad filter parameters:\n" + "\n".join(lines) + "\n",
        content_type="text/plain; charset=utf-8",
    )


def _streamed(
    pieces: Iterator[str], content_type: str, filename: str | None = None
) -> StreamingHttpResponse:
    """A response sending `pieces` as they are written.

    Every parameter is checked before this is called, and the first piece is written here,
    inside the view: its queries are the ones that can fail on what was asked, and they
    still get an error page. Once the status line is sent, a failure can only cut the
    download short."""
    pieces = _joined(pieces, PIECE_CHARS)
    first = next(pieces, "")
    response = StreamingHttpResponse(itertools.chain([first], pieces), content_type=content_type)
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def export_csv(request: HttpRequest) -> HttpResponseBase:
    """The filtered events as CSV (or, with ?table=articles, the articles)."""
    selection, error = filtered_selection(request)
    if error:
        return error
    table = request.GET.get("table", "events")
    if table not in ("events", "articles"):
        return HttpResponseBadRequest(
            "table: choose “events” or “articles”.\n", content_type="text/plain; charset=utf-8"
        )
    lines = csv_lines(selection, table=table)
    return _streamed(lines, "text/csv; charset=utf-8", f"tradewatch-{table}.csv")


@require_GET
def export_json(request: HttpRequest) -> HttpResponseBase:
    """The filtered events with their evidence, and the articles (see `public_selection`)."""
    selection, error = filtered_selection(request)
    if error:
        return error
    pieces = export_pieces(selection, "json", indent=None)
    return _streamed(pieces, "application/json", "tradewatch.json")


@require_GET
def export_timelinejs(request: HttpRequest) -> HttpResponseBase:
    """The filtered events as TimelineJS JSON (served inline, so TimelineJS can load it)."""
    selection, error = filtered_selection(request)
    if error:
        return error
    return _streamed(export_pieces(selection, "timelinejs", indent=None), "application/json")
