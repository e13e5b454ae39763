"""Exports of the timeline: records for JSON and CSV, TimelineJS JSON, and the download views.

The download views and `export_timeline` share the record builders. Who sees what:

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
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
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


def timeline_data(selection: Selection) -> dict:
    """Return {"articles": [...], "events": [...]} for the JSON export."""
    return {
        "articles": [
            article_record(a, review=selection.review) for a in _articles_with_details(selection)
        ],
        "events": [
            event_record(e, review=selection.review) for e in _events_with_details(selection)
        ],
    }


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


def timelinejs_data(selection: Selection, *, headline: str = "TradeWatch") -> dict:
    """Return the events in TimelineJS's JSON format (oldest first, as TimelineJS reads)."""
    records = [event_record(e) for e in _events_with_details(selection)]
    records.sort(key=lambda r: (r["date"], r["id"]))
    return {
        "title": {"text": {"headline": escape(headline), "text": f"{len(records)} events"}},
        "events": [timelinejs_event(r) for r in records],
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


def write_csv(records: Iterable[dict], columns: list[str], out) -> None:
    writer = csv.writer(out)
    writer.writerow(columns)
    for record in records:
        row = dict(record)
        if "evidence" in row:
            row["origins"] = sorted({e["origin"] for e in row["evidence"]})
            row["evidence"] = [e["sentence"] for e in row["evidence"]]
        writer.writerow([_cell(row.get(column)) for column in columns])


def events_csv(selection: Selection) -> str:
    """Return the events as CSV, one row per event, its evidence sentences joined."""
    out = io.StringIO()
    records = (event_record(e, review=selection.review) for e in _events_with_details(selection))
    columns = [*EVENT_COLUMNS, "status"] if selection.review else EVENT_COLUMNS
    write_csv(records, columns, out)
    return out.getvalue()


def articles_csv(selection: Selection) -> str:
    """Return the articles as CSV, one row per article."""
    out = io.StringIO()
    records = (
        article_record(a, review=selection.review) for a in _articles_with_details(selection)
    )
    columns = (
        [*ARTICLE_COLUMNS, "proposed_actors", "status"] if selection.review else ARTICLE_COLUMNS
    )
    write_csv(records, columns, out)
    return out.getvalue()


def render(selection: Selection, fmt: str, *, table: str = "events") -> str:
    """Return the selection written in `fmt` ("json", "csv" or "timelinejs")."""
    if fmt == "json":
        return json.dumps(timeline_data(selection), ensure_ascii=False, indent=2) + "\n"
    if fmt == "timelinejs":
        return json.dumps(timelinejs_data(selection), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return articles_csv(selection) if table == "articles" else events_csv(selection)
    raise ValueError(f"Unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}.")


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


def _download(content: str, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def export_csv(request: HttpRequest) -> HttpResponse:
    """The filtered events as CSV (or, with ?table=articles, the articles)."""
    selection, error = filtered_selection(request)
    if error:
        return error
    table = request.GET.get("table", "events")
    if table not in ("events", "articles"):
        return HttpResponseBadRequest(
            "table: choose “events” or “articles”.\n", content_type="text/plain; charset=utf-8"
        )
    content = render(selection, "csv", table=table)
    return _download(content, "text/csv; charset=utf-8", f"tradewatch-{table}.csv")


@require_GET
def export_json(request: HttpRequest) -> HttpResponse:
    """The filtered events with their evidence, and the articles (see `public_selection`)."""
    selection, error = filtered_selection(request)
    if error:
        return error
    response = JsonResponse(timeline_data(selection), json_dumps_params={"ensure_ascii": False})
    response["Content-Disposition"] = 'attachment; filename="tradewatch.json"'
    return response


@require_GET
def export_timelinejs(request: HttpRequest) -> HttpResponse:
    """The filtered events as TimelineJS JSON (served inline, so TimelineJS can load it)."""
    selection, error = filtered_selection(request)
    if error:
        return error
    return JsonResponse(timelinejs_data(selection), json_dumps_params={"ensure_ascii": False})
