"""An in-memory index of the public events for the timeline: filters, facet counts, pages
and the coverage chart as bitmap operations instead of SQL over every event.

Each process builds the index once per content version (articles/cache.py), from a few
set-based queries, and keeps only the newest. An event's *position* is its rank in the
newest-first timeline order; the oldest-first order is the exact reverse, so a page in
either order is a slice of a sorted set of positions. Every filter value is a roaring
bitmap of positions, a filtered timeline is their intersection, and a facet count is an
intersection's cardinality. Dates need no bitmap per value: positions are sorted by start
date, so "starts on or before" is a suffix of the positions, and "ends on or after" is, for
each precision, a prefix of that precision's positions (a period's last day grows with its
first day).

EventFilter (articles/filters.py) stays the one place that parses and validates the filter
state; `IndexedFilter` only evaluates its cleaned values, with the same meaning as the SQL
filters (tests/test_facet_index.py compares the two). Text search still runs in SQL and
becomes a bitmap of the matching events.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from django.db import connection
from django.db.models import Count, QuerySet
from django.db.models.expressions import RawSQL
from pyroaring import BitMap

from articles import filters
from articles.cache import content_version, response_outdated
from articles.extraction.dates import fuzzy_date_range
from articles.models import (
    Actor,
    Article,
    Event,
    Evidence,
    Mention,
    Negotiation,
    Outlet,
    Topic,
)
from articles.search import matching_ids

EPOCH = date(1970, 1, 1).toordinal()
logger = logging.getLogger(__name__)


def _day(value: date) -> int:
    """Days from 1 January 1970 to `value` (numpy's datetime64[D] as an integer)."""
    return value.toordinal() - EPOCH


# When a facet's counts read the chosen events' values instead of intersecting bitmaps:
# with at least this many values, and (events x links per event) below this many
# microsecond-sized intersections' worth (measured at 636,000 events).
READ_VALUES_MIN = 20
READ_VALUES_FACTOR = 250


@dataclass
class Named:
    """One facet's bitmaps by slug, and each slug's label.

    The same memberships are also kept the other way round, position -> values (`finish`):
    counting every value over a few thousand events reads their few values each, which
    costs far less than intersecting every value's bitmap with them."""

    sets: dict[str, BitMap] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    slugs: list[str] = field(default_factory=list)  # value number -> slug
    # Position -> its values' numbers, grouped by position (None for facets with too few
    # values to gain from it): values[offsets[p]:offsets[p + 1]].
    offsets: np.ndarray | None = None
    values: np.ndarray | None = None

    def finish(self, size: int) -> None:
        """Compress the bitmaps and derive the position -> values lists from them."""
        self.slugs = list(self.sets)
        for bitmap in self.sets.values():
            bitmap.run_optimize()
        if len(self.slugs) < READ_VALUES_MIN:
            return
        positions = np.concatenate(
            [np.frombuffer(b.to_array(), dtype=np.uint32) for b in self.sets.values()]
        )
        numbers = np.repeat(
            np.arange(len(self.slugs), dtype=np.int32), [len(b) for b in self.sets.values()]
        )
        order = np.argsort(positions, kind="stable")
        self.values = numbers[order]
        self.offsets = np.searchsorted(positions[order], np.arange(size + 1)).astype(np.int32)

    def counts(self, events: BitMap) -> np.ndarray:
        """How many of `events` each value (by number) holds."""
        # Reading the values of the events costs about their links plus a fixed overhead;
        # intersecting costs a few microseconds a value.
        if self.values is None or len(events) * len(self.values) > (
            (len(self.offsets) - 1) * len(self.slugs) * READ_VALUES_FACTOR
        ):
            return np.array(
                [bitmap.intersection_cardinality(events) for bitmap in self.sets.values()],
                dtype=np.int64,
            )
        chosen = np.frombuffer(events.to_array(), dtype=np.uint32)
        return np.bincount(self.values[_rows(self.offsets, chosen)], minlength=len(self.slugs))


def _rows(offsets: np.ndarray, chosen: np.ndarray) -> np.ndarray:
    """The row numbers of the `chosen` positions' runs in an array grouped by position
    (`offsets`: position -> its first row)."""
    starts = offsets[chosen]
    counts = offsets[chosen + 1] - starts
    return np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(counts.sum())


@dataclass
class FacetIndex:
    version: int
    size: int
    ids: np.ndarray  # position -> event id
    id_order: np.ndarray  # positions sorted by event id, to map ids to positions
    sorted_ids: np.ndarray  # the event ids in that order (ids[id_order])
    neg_dates: np.ndarray  # -(start day, counted from 1970) by position: ascending
    # Per precision: its positions, and -(last day) of each in position order.
    precisions: dict[str, tuple[BitMap, np.ndarray]]
    actor: Named
    actor_kind: dict[str, BitMap]
    country_filter: dict[str, BitMap]  # the country itself or actors from it
    country_facet: Named  # grouped as the SQL facet groups them
    topic: Named
    topic_order: list[tuple[str, str]]  # every topic (slug, name), even without events
    negotiation: Named
    outlet: Named
    kind: dict[str, BitMap]
    planned: dict[bool, BitMap]
    months: list[tuple[date, int, int]]  # (first day, first position, end position)
    evidence_positions: np.ndarray  # published evidence: the event's position
    evidence_articles: np.ndarray  # ... and the article's index (rows sorted by position)
    evidence_offsets: np.ndarray  # position -> its first row in the two arrays above
    article_months: np.ndarray  # article index -> year * 12 + month - 1 (-1 if undated)
    # Each event's confirmed actors and topics, as (name, slug) sorted by name, for the
    # page's chips: offsets by position into a flat array of row numbers.
    chips: dict[str, tuple[np.ndarray, np.ndarray, list[tuple[str, str]]]] = field(
        default_factory=dict
    )
    # Mentions of each confirmed actor in published articles (the actor page's count).
    mention_counts: dict[str, int] = field(default_factory=dict)
    all_article_months: dict | None = None
    # Per article index: the last day any of its public events ends, and the first day one
    # starts (days since 1970). A state with one date bound alone is cited by an article
    # exactly when that day passes the bound: no pass over the evidence rows.
    article_last_end: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    article_first_start: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    # The rows the keyed filters may choose, by slug: {field: {slug: (rank, row)}}, rank
    # being the row's place in its model's order (EventFilter validates against them).
    choice_rows: dict[str, dict[str, tuple[int, object]]] = field(default_factory=dict)
    build_seconds: float = 0.0
    everything: BitMap = field(default_factory=BitMap)
    # Counts within one stored value's events, by (field, value) and what is counted (a
    # facet, or the chart's months): what a filter state with one filter in force shows
    # beside the other filters, and its chart. Filled on first use and kept with the index
    # (a few hundred values, each a short array or dict).
    _within: dict[tuple[tuple[str, str], str], object] = field(default_factory=dict)

    def counts_within(self, key: tuple[str, str], what: str, compute) -> object:
        """`compute()`: the counts of `what` within the events of `key`, kept."""
        found = self._within.get((key, what))
        if found is None:
            found = self._within[(key, what)] = compute()
        return found

    def positions_of(self, event_ids) -> BitMap:
        """The positions of those `event_ids` that are public events."""
        wanted = np.asarray(event_ids, dtype=np.int64)
        if not len(wanted) or not self.size:
            return BitMap()
        sorted_ids = self.sorted_ids
        at = np.searchsorted(sorted_ids, wanted)
        at[at >= self.size] = 0
        found = sorted_ids[at] == wanted
        return BitMap(self.id_order[at[found]].astype(np.uint32))

    def starting_until(self, last_day: date) -> BitMap:
        """Events starting on or before `last_day`: a suffix of the positions."""
        first = int(np.searchsorted(self.neg_dates, -_day(last_day), side="left"))
        return BitMap(range(first, self.size))

    def starting_after_count(self, matched: BitMap, day: date) -> int:
        """How many of `matched` start after `day`: they are the first positions, so this is
        one binary search and one range count, whatever the filters."""
        first = int(np.searchsorted(self.neg_dates, -_day(day), side="left"))
        return matched.range_cardinality(0, first) if first else 0

    def ending_from(self, first_day: date) -> BitMap:
        """Events whose period ends on or after `first_day`: per precision, a prefix."""
        found = BitMap()
        for positions, neg_ends in self.precisions.values():
            count = int(np.searchsorted(neg_ends, -_day(first_day), side="right"))
            if count == len(positions):
                found |= positions
            elif count:
                found |= positions & BitMap(range(0, positions[count]))
        return found

    def page(self, matched: BitMap, newest_first: bool, offset: int, limit: int) -> list[int]:
        """The positions of `matched` from `offset`, at most `limit`, in timeline order."""
        total = len(matched)
        if newest_first:
            return list(matched[offset : offset + limit])
        start, stop = max(total - offset - limit, 0), max(total - offset, 0)
        return list(matched[start:stop])[::-1]

    def event_id(self, position: int) -> int:
        return int(self.ids[position])

    def linked(self, name: str, position: int) -> list[tuple[str, str]]:
        """The (name, slug) of the event's confirmed actors or topics (`name`), by name."""
        offsets, rows, labels = self.chips[name]
        return [labels[row] for row in rows[offsets[position] : offsets[position + 1]]]

    def month_counts(
        self, matched: BitMap, *, articles: bool = True
    ) -> tuple[dict[date, int], dict[date, int]]:
        """Events of `matched` per month of their start, and (unless not `articles`)
        published articles citing them per month of publication."""
        events = {}
        for first_day, start, stop in self.months:
            n = matched.range_cardinality(start, stop)
            if n:
                events[first_day] = n
        if not len(matched) or not articles:
            return events, {}
        if len(matched) == self.size:
            if self.all_article_months is None:
                self.all_article_months = self._article_months(self.evidence_articles)
            return events, self.all_article_months
        chosen = np.frombuffer(matched.to_array(), dtype=np.uint32)
        if len(chosen) * 8 < self.size:
            # Few events: their evidence rows are runs of the rows sorted by position.
            hit = self.evidence_articles[_rows(self.evidence_offsets, chosen)]
        else:
            mask = np.zeros(self.size, dtype=bool)
            mask[chosen] = True
            hit = self.evidence_articles[mask[self.evidence_positions]]
        return events, self._article_months(hit)

    def article_months_bounded(
        self, *, first_day: date | None = None, last_day: date | None = None
    ):
        """Articles per month citing an event that ends on or after `first_day` or (the
        other bound) starts on or before `last_day`: what month_counts gives for a state
        with that one date filter alone."""
        if first_day is not None:
            cited = self.article_last_end >= _day(first_day)
        else:
            cited = self.article_first_start <= _day(last_day)
        return self._article_months(cited=cited)

    def _article_months(
        self, articles: np.ndarray | None = None, *, cited: np.ndarray | None = None
    ) -> dict[date, int]:
        """Distinct `articles` (indexes, repeats allowed), or the articles `cited` (a mask),
        per month of publication."""
        if cited is None:
            cited = np.zeros(len(self.article_months), dtype=bool)
            cited[articles] = True
        months = self.article_months[cited]
        months = months[months >= 0]
        if not len(months):
            return {}
        first = int(months.min())
        counts = np.bincount(months - first)
        return {
            date((first + i) // 12, (first + i) % 12 + 1, 1): int(n)
            for i, n in enumerate(counts.tolist())
            if n
        }


def _group_counts(groups: dict, events: BitMap, everything: BitMap) -> dict:
    """How many of `events` each bitmap of `groups` holds, by key."""
    if events is everything:
        return {key: len(bitmap) for key, bitmap in groups.items()}
    return {key: bitmap.intersection_cardinality(events) for key, bitmap in groups.items()}


# --- building -----------------------------------------------------------------------------


def _reduce_by(ufunc, keys: np.ndarray, values: np.ndarray, size: int, empty: int) -> np.ndarray:
    """Per key in range(size): `ufunc` (np.maximum, np.minimum) of its values, else `empty`."""
    result = np.full(size, empty, dtype=np.int64)
    ufunc.at(result, keys, values)
    return result


def _grouped(keys: np.ndarray, positions: np.ndarray) -> dict[int, BitMap]:
    """Bitmaps of `positions` grouped by `keys` (parallel arrays)."""
    if not len(keys):
        return {}
    order = np.argsort(keys, kind="stable")
    keys, positions = keys[order], positions[order].astype(np.uint32)
    cuts = np.flatnonzero(np.diff(keys)) + 1
    starts = np.concatenate(([0], cuts))
    stops = np.concatenate((cuts, [len(keys)]))
    return {int(keys[a]): BitMap(positions[a:b]) for a, b in zip(starts, stops, strict=True)}


def _chips(positions: np.ndarray, row_ids: np.ndarray, labels: dict, size: int) -> tuple:
    """(offsets, rows, labels): per position, the linked rows' labels sorted by label."""
    ordered = sorted(labels.items(), key=lambda item: item[1])
    lookup = np.full(max((row_id for row_id, _label in ordered), default=0) + 1, -1)
    lookup[[row_id for row_id, _label in ordered]] = np.arange(len(ordered))
    known = row_ids < len(lookup)
    rows = np.full(len(row_ids), -1, dtype=np.int32)
    rows[known] = lookup[row_ids[known]]
    keep = rows >= 0
    positions, rows = positions[keep], rows[keep]
    order = np.lexsort((rows, positions))
    positions, rows = positions[order], rows[order]
    offsets = np.searchsorted(positions, np.arange(size + 1))
    return offsets, rows, [label for _row_id, label in ordered]


_ACTOR_FIELDS = ("id", "slug", "name", "kind", "country_id", "status")


def _row(model, **values):
    """A model instance as the database would give it with only these fields loaded (the
    others are deferred, read on access)."""
    names = [f.attname for f in model._meta.concrete_fields if f.attname in values]
    return model.from_db(connection.alias, names, [values[name] for name in names])


def _fetch(queryset: QuerySet) -> list[tuple]:
    """All rows of a values_list() queryset in one fetch, without Django's converters
    (Django fetches 100 rows at a time, which costs more than the query here)."""
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _day_number(column: str) -> RawSQL:
    """An event date column as days since 1970, computed by the database (converting
    600,000 dates in Python took a second)."""
    column = f'"articles_event"."{column}"'
    if connection.vendor == "postgresql":
        return RawSQL(f"({column} - DATE '1970-01-01')", [])
    return RawSQL(f"CAST(julianday({column}) - 2440587.5 AS INTEGER)", [])


def _pairs(queryset: QuerySet, *fields: str) -> np.ndarray:
    """Integer columns of `queryset` as an (n, len(fields)) array."""
    rows = _fetch(queryset.order_by().values_list(*fields))
    if not rows:
        return np.zeros((0, len(fields)), dtype=np.int64)
    return np.array(rows, dtype=np.int64)


def build_index(version: int) -> FacetIndex:
    """Read the public events and their links into a FacetIndex (about ten queries)."""
    started = time.perf_counter()
    # Public = confirmed and cited by a published article (EventQuerySet.public): the
    # evidence of published articles is read anyway, and joining it here is faster than
    # PostgreSQL's EXISTS over every event.
    evidence = _pairs(
        Evidence.objects.filter(article__status=Article.Status.PUBLISHED), "event_id", "article_id"
    )
    fields = ("id", "start_day", "end_day", "precision_rank", "precision", "kind", "planned")
    events = Event.objects.confirmed().annotate(
        start_day=_day_number("date"), end_day=_day_number("date_end")
    )
    rows = _fetch(events.order_by().values_list(*fields))
    # Column by column (zip(*rows) is ten times slower).
    columns = [[row[n] for row in rows] for n in range(len(fields))]
    del rows
    all_ids = np.array(columns[0], dtype=np.int64)
    starts = np.array(columns[1], dtype=np.int64)
    # Timeline order, newest first: date descending, precision rank, id descending.
    order = np.lexsort((-all_ids, np.array(columns[3], dtype=np.int64), -starts))
    order = order[np.isin(all_ids[order], evidence[:, 0])]
    size = len(order)
    ids = all_ids[order]
    starts = starts[order]
    neg_dates = -starts
    ends = np.array(columns[2], dtype=np.int64)[order]
    precision_of = np.array(columns[4], dtype=str)[order]
    kind_of = np.array(columns[5], dtype=str)[order]
    planned_of = np.array(columns[6], dtype=bool)[order]
    del columns, all_ids
    by_precision = {
        str(p): np.flatnonzero(precision_of == p).astype(np.uint32) for p in set(precision_of)
    }
    by_kind = {str(k): np.flatnonzero(kind_of == k).astype(np.uint32) for k in set(kind_of)}
    planned = {flag: np.flatnonzero(planned_of == flag).astype(np.uint32) for flag in (True, False)}
    month_numbers = starts.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    cuts = (np.flatnonzero(np.diff(month_numbers)) + 1).tolist()
    months = [
        (date(1970 + int(month_numbers[a]) // 12, int(month_numbers[a]) % 12 + 1, 1), a, b)
        for a, b in zip([0, *cuts], [*cuts, size], strict=True)
        if b > a
    ]
    id_order = np.argsort(ids, kind="stable")
    sorted_ids = ids[id_order]

    def positions(event_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(positions, mask of the event ids that are public)."""
        at = np.searchsorted(sorted_ids, event_ids)
        at[at >= size] = 0
        found = sorted_ids[at] == event_ids if size else np.zeros(len(event_ids), dtype=bool)
        return id_order[at[found]], found

    actors = {
        actor_id: (slug, name, kind, country_id, status)
        for actor_id, slug, name, kind, country_id, status in Actor.objects.values_list(
            "id", "slug", "name", "kind", "country_id", "status"
        )
    }
    confirmed = Actor.Status.CONFIRMED
    choice_rows: dict[str, dict] = {"actor": {}, "country": {}}
    for actor_id, (slug, name, kind, country_id, status) in actors.items():  # by name
        if status == confirmed:
            values = (actor_id, slug, name, kind, country_id, status)
            row = _row(Actor, **dict(zip(_ACTOR_FIELDS, values, strict=True)))
            choice_rows["actor"][slug] = (len(choice_rows["actor"]), row)
            if kind == Actor.Kind.COUNTRY:
                choice_rows["country"][slug] = (len(choice_rows["country"]), row)
    links = _pairs(
        Event.actors.through.objects.filter(actor__status=confirmed), "event_id", "actor_id"
    )
    link_positions, found = positions(links[:, 0])
    by_actor = _grouped(links[found, 1], link_positions)
    chips = {
        "actor": _chips(
            link_positions,
            links[found, 1],
            {i: (row[1], row[0]) for i, row in actors.items() if row[4] == confirmed},
            size,
        )
    }

    actor = Named()
    actor_kind: dict[str, BitMap] = {}
    country_filter: dict[str, BitMap] = {}
    country_facet = Named()
    for actor_id, bitmap in by_actor.items():
        slug, name, kind, country_id, _status = actors[actor_id]
        actor.sets[slug], actor.labels[slug] = bitmap, name
        actor_kind.setdefault(kind, BitMap()).update(bitmap)
        # The filter: the country itself, or anyone whose country it is.
        for target in {actor_id if kind == Actor.Kind.COUNTRY else None, country_id} - {None}:
            country_filter.setdefault(actors[target][0], BitMap()).update(bitmap)
        # The facet: a country counts as itself, anyone else as their country.
        group = actor_id if kind == Actor.Kind.COUNTRY else country_id
        if group is not None:
            group_slug, group_name = actors[group][0], actors[group][1]
            country_facet.sets.setdefault(group_slug, BitMap()).update(bitmap)
            country_facet.labels[group_slug] = group_name

    def named(model, through_field: str, relation, chip: str = "") -> Named:
        pairs = _pairs(relation.through.objects.all(), "event_id", through_field)
        link_positions, found = positions(pairs[:, 0])
        grouped = _grouped(pairs[found, 1], link_positions)
        result = Named()
        labels = {}
        rows = choice_rows[model._meta.model_name] = {}
        for row_id, slug, name in model.objects.values_list("id", "slug", "name"):
            labels[row_id] = (name, slug)
            rows[slug] = (len(rows), _row(model, id=row_id, slug=slug, name=name))
            if row_id in grouped:
                result.sets[slug], result.labels[slug] = grouped[row_id], name
        if chip:
            chips[chip] = _chips(link_positions, pairs[found, 1], labels, size)
        return result

    topic = named(Topic, "topic_id", Event.topics, chip="topic")
    negotiation = named(Negotiation, "negotiation_id", Event.negotiations)

    articles = list(
        Article.objects.published().order_by("id").values_list("id", "outlet_id", "published")
    )
    article_ids = np.array([a[0] for a in articles], dtype=np.int64)
    article_outlets = np.array([a[1] or 0 for a in articles], dtype=np.int64)
    article_months = np.array(
        [a[2].year * 12 + a[2].month - 1 if a[2] else -1 for a in articles], dtype=np.int64
    )
    evidence_positions, found = positions(evidence[:, 0])
    evidence_articles = np.searchsorted(article_ids, evidence[found, 1])
    by_position = np.argsort(evidence_positions, kind="stable")
    evidence_positions = evidence_positions[by_position]
    evidence_articles = evidence_articles[by_position]
    outlet_of = article_outlets[evidence_articles] if len(evidence_articles) else article_outlets
    with_outlet = outlet_of > 0
    by_outlet = _grouped(outlet_of[with_outlet], evidence_positions[with_outlet])
    outlet = Named()
    outlet_rows = choice_rows["outlet"] = {}
    for outlet_id, slug, name in Outlet.objects.values_list("id", "slug", "name"):
        outlet_rows[slug] = (len(outlet_rows), _row(Outlet, id=outlet_id, slug=slug, name=name))
        if outlet_id in by_outlet:
            outlet.sets[slug], outlet.labels[slug] = by_outlet[outlet_id], name

    def bitmaps(groups: dict) -> dict:
        return {key: BitMap(values) for key, values in groups.items()}

    precisions = {
        precision: (BitMap(values), -ends[values]) for precision, values in by_precision.items()
    }
    index = FacetIndex(
        version=version,
        size=size,
        ids=ids,
        id_order=id_order,
        sorted_ids=sorted_ids,
        neg_dates=neg_dates,
        precisions=precisions,
        actor=actor,
        actor_kind=actor_kind,
        country_filter=country_filter,
        country_facet=country_facet,
        topic=topic,
        topic_order=[(slug, name) for name, slug in chips["topic"][2]],
        negotiation=negotiation,
        outlet=outlet,
        kind=bitmaps(by_kind),
        planned=bitmaps(planned),
        months=months,
        evidence_positions=evidence_positions.astype(np.int64),
        evidence_articles=evidence_articles.astype(np.int64),
        article_last_end=_reduce_by(
            np.maximum, evidence_articles, ends[evidence_positions], len(article_ids), -(2**62)
        ),
        article_first_start=_reduce_by(
            np.minimum, evidence_articles, starts[evidence_positions], len(article_ids), 2**62
        ),
        evidence_offsets=np.searchsorted(evidence_positions, np.arange(size + 1)),
        article_months=article_months,
        everything=BitMap(range(0, size)),
        chips=chips,
        choice_rows=choice_rows,
        mention_counts={
            actors[actor_id][0]: n
            for actor_id, n in Mention.objects.public()
            .filter(removed=False)
            .order_by()
            .values_list("actor_id")
            .annotate(n=Count("id"))
        },
    )
    for named in (index.actor, index.country_facet, index.topic, index.negotiation, index.outlet):
        named.finish(size)
    for bitmap in _all_bitmaps(index):
        bitmap.run_optimize()
    index.build_seconds = time.perf_counter() - started
    return index


def _all_bitmaps(index: FacetIndex):
    for group in (index.actor_kind, index.country_filter, index.kind, index.planned):
        yield from group.values()
    for positions, _ends in index.precisions.values():
        yield positions


_current: FacetIndex | None = None
_lock = threading.Lock()
# When content changes and the previous build took at least this long (seconds), the new
# index is built in a background thread and requests use the previous one meanwhile (their
# pages are not cached); a quicker build is simply waited for.
BACKGROUND_BUILD_AFTER = 1.0
# After a background build of d seconds, the next one waits REBUILD_PAUSE x d seconds, so
# a stream of curator edits costs a worker at most a fifth of its time in builds.
REBUILD_PAUSE = 4.0
_builder: threading.Thread | None = None
_builder_lock = threading.Lock()
_next_build_at = 0.0  # time.monotonic() before which no background build starts


def get_index() -> FacetIndex:
    """This process's index for the current content version, built on first use.

    After a change of content, a large index keeps serving while its successor is built
    in the background: readers see the change a few seconds late instead of waiting for
    the build (several seconds at 100,000 articles, in every worker, after every edit)."""
    global _current
    version = content_version()
    index = _current
    if index is not None and index.version == version:
        return index
    if index is not None and index.build_seconds >= BACKGROUND_BUILD_AFTER:
        _build_in_background(version)
        response_outdated()
        return index
    with _lock:
        if _current is None or _current.version != version:
            _current = None  # let the old one go before building the new one
            _current = build_index(version)
            _release_memory()
        return _current


def _build_in_background(version: int) -> None:
    """Start building the index of `version` in a thread, unless a build is running."""
    global _builder
    with _builder_lock:
        if (_builder is not None and _builder.is_alive()) or time.monotonic() < _next_build_at:
            return
        _builder = threading.Thread(
            target=_background_build, args=(version,), name="facet-index-build", daemon=True
        )
        _builder.start()


def _background_build(version: int) -> None:
    global _current, _next_build_at
    started = time.monotonic()
    try:
        index = build_index(version)
        with _lock:
            if _current is None or _current.version < index.version:
                _current = index
        del index
        _release_memory()
    except Exception:  # the next request starts another build; say why this one failed
        logger.exception("Building the facet index for content version %s failed", version)
    finally:
        connection.close()  # this thread's own connection
        finished = time.monotonic()
        _next_build_at = finished + REBUILD_PAUSE * (finished - started)


def wait_for_background_build(timeout: float | None = None) -> None:
    """Wait until a background build, if one is running, has finished (tests, benchmarks)."""
    builder = _builder
    if builder is not None:
        builder.join(timeout)


def _known_rows() -> dict | None:
    """The index's rows by slug for EventFilter's validation, if this process has built the
    index for the current content version (never builds it: feeds and exports use SQL)."""
    index = _current
    if index is None or index.version != content_version():
        return None
    return index.choice_rows


filters.known_rows = _known_rows


def _release_memory() -> None:
    """Give the build's freed rows back to the system (glibc keeps about 100 MB of them
    otherwise); nothing to do elsewhere."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


# --- evaluating a filter state ----------------------------------------------------------------


class IndexedFilter:
    """An EventFilter's cleaned state evaluated on a FacetIndex."""

    def __init__(self, filterset, index: FacetIndex | None = None) -> None:
        self.filterset = filterset
        self.index = index or get_index()
        # Per filter in force that is one stored value's events: (field, value), the key of
        # the counts the index keeps for those events (`FacetIndex.counts_within`).
        self.keys: dict[str, tuple[str, str]] = {}
        self.sets = self._field_sets()
        self.matched = self._intersection(self.sets.values())

    def _intersection(self, sets) -> BitMap:
        result = None
        for bitmap in sorted(sets, key=len):
            result = bitmap.copy() if result is None else result & bitmap
            if not result:
                break
        return self.index.everything if result is None else result

    def _field_sets(self) -> dict[str, BitMap]:
        """One bitmap per filter in force (the values within a field mean any of them)."""
        index = self.index
        sets: dict[str, BitMap] = {}
        for name, value in self.filterset.cleaned.items():
            if name == "order" or value in (None, "", [], ()):
                continue
            single = value[0] if isinstance(value, list | tuple) and len(value) == 1 else value
            if name not in ("date_from", "date_to", "q") and not isinstance(single, list | tuple):
                self.keys[name] = (name, str(getattr(single, "slug", single)))
            if name in ("actor", "topic"):
                named = index.actor if name == "actor" else index.topic
                sets[name] = BitMap.union(
                    BitMap(), *(named.sets.get(v.slug, BitMap()) for v in value)
                )
            elif name == "actor_kind":
                sets[name] = index.actor_kind.get(value, BitMap())
            elif name == "country":
                sets[name] = index.country_filter.get(value.slug, BitMap())
            elif name in ("negotiation", "outlet"):
                sets[name] = getattr(index, name).sets.get(value.slug, BitMap())
            elif name == "kind":
                sets[name] = BitMap.union(BitMap(), *(index.kind.get(k, BitMap()) for k in value))
            elif name == "planned":
                sets[name] = index.planned[value == "planned"]
            elif name == "date_from":
                sets[name] = index.ending_from(fuzzy_date_range(value)[0])
            elif name == "date_to":
                sets[name] = index.starting_until(fuzzy_date_range(value)[1])
            elif name == "q":
                matching = matching_ids(value)
                if matching is not None:
                    sets[name] = index.positions_of(matching)
        return sets

    @property
    def total(self) -> int:
        return len(self.matched)

    def without(self, name: str) -> BitMap:
        """The events every filter in force but `name` keeps."""
        if name not in self.sets:
            return self.matched
        return self._intersection(s for n, s in self.sets.items() if n != name)

    def _key_without(self, name: str) -> tuple[str, str] | None:
        """The key of the events every filter in force but `name` keeps, when they are one
        stored value's events (one filter left, with one value)."""
        others = [n for n in self.sets if n != name]
        if len(others) == 1:
            return self.keys.get(others[0])
        return None

    def count_after(self, day: date) -> int:
        """How many of the matched events start after `day` (the timeline's "today" line)."""
        return self.index.starting_after_count(self.matched, day)

    def page_positions(self, offset: int, limit: int) -> list[int]:
        return self.index.page(self.matched, self.filterset.newest_first, offset, limit)

    def page_ids(self, offset: int, limit: int) -> list[int]:
        return [self.index.event_id(p) for p in self.page_positions(offset, limit)]

    def facet_counts(self) -> dict:
        """The same facets as articles.filters.facet_counts, counted on the bitmaps."""
        from articles.filters import HAPPENED, PLANNED, assemble_facets

        index = self.index

        def rows(name: str, named: Named) -> list[tuple[str, str, int]]:
            key = self._key_without(name)
            if key is not None:
                counts = index.counts_within(key, name, lambda: named.counts(self.without(name)))
            else:
                events = self.without(name)
                if events is index.everything:
                    return [(slug, named.labels[slug], len(b)) for slug, b in named.sets.items()]
                counts = named.counts(events)
            slugs, labels = named.slugs, named.labels
            return [(slugs[i], labels[slugs[i]], int(counts[i])) for i in np.flatnonzero(counts)]

        def counts(name: str, groups: dict) -> dict:
            key = self._key_without(name)
            if key is not None:
                return index.counts_within(
                    key, name, lambda: _group_counts(groups, self.without(name), index.everything)
                )
            return _group_counts(groups, self.without(name), index.everything)

        topic_counts = {slug: n for slug, _label, n in rows("topic", index.topic)}
        planned = counts("planned", index.planned)
        return assemble_facets(
            self.filterset,
            actor=rows("actor", index.actor),
            actor_kind=counts("actor_kind", index.actor_kind),
            country=rows("country", index.country_facet),
            topic=[(slug, name, topic_counts.get(slug, 0)) for slug, name in index.topic_order],
            negotiation=rows("negotiation", index.negotiation),
            outlet=rows("outlet", index.outlet),
            kind=counts("kind", index.kind),
            planned={PLANNED: planned.get(True, 0), HAPPENED: planned.get(False, 0)},
        )

    def month_counts(self) -> tuple[dict[date, int], dict[date, int]]:
        """Events and citing articles per month (the chart), kept per single filter value;
        one date bound alone reads each article's first and last event days instead."""
        if len(self.sets) == 1 and ("date_from" in self.sets or "date_to" in self.sets):
            index = self.index
            events, _ = index.month_counts(self.matched, articles=False)
            cleaned = self.filterset.cleaned
            if "date_from" in self.sets:
                first_day = fuzzy_date_range(cleaned["date_from"])[0]
                return events, index.article_months_bounded(first_day=first_day)
            last_day = fuzzy_date_range(cleaned["date_to"])[1]
            return events, index.article_months_bounded(last_day=last_day)
        if len(self.sets) == 1 and len(self.keys) == 1:
            (key,) = self.keys.values()
            return self.index.counts_within(
                key, "months", lambda: self.index.month_counts(self.matched)
            )
        return self.index.month_counts(self.matched)
