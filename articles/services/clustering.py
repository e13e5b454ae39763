"""One happening, one event: placing an article's event candidates among stored events.

A candidate is compared only with events whose period touches its own (a bounded read of
the run's in-memory window index, never every event: see `window`), through the pure
`same_happening` of the extraction.
Signatures of stored events are kept in a per-run cache, so a large import compares sets
in memory instead of re-reading evidence; the cache forgets what a rolled-back article
(or batch) touched. Writes are plain multi-row INSERTs per article (evidence and links);
history rows, source counts and (on PostgreSQL) search vectors are written once per batch.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import attrgetter

from django.conf import settings
from django.db import connection, models
from django.utils import timezone

from articles.extraction.dates import fuzzy_date_range
from articles.extraction.similarity import (
    HIGHEST_SCORE,
    ArticleParties,
    EventSignature,
    dates_compatible,
    happening_score,
    kinds_compatible,
    score_ceiling,
    signature_for,
    story_countries,
)
from articles.extraction.types import (
    ActorRef,
    EventCandidate,
    EventKind,
    FuzzyDate,
    Precision,
    Sentence,
)
from articles.models import (
    Actor,
    Article,
    Event,
    Evidence,
    Mention,
    Negotiation,
    Topic,
    event_row_tables,
)
from articles.services.rows import (
    PendingRows,
    insert_objects,
    update_rows,
    value_adapter,
    value_adapter_parts,
)
from articles.services.window import WindowIndex

# Provisional keys of events created by a batch and not written yet (SignatureCache.keep):
# above any id the table will reach, so ordering by id puts them after every stored event,
# in the order they were created, as the ids they get when written will.
PENDING_KEYS = 1 << 48
# The rows that follow an event joined to another (a row the kept event already has is
# dropped, not moved): see Event.FOLLOWING_RELATIONS.
_JOINED_ROWS = event_row_tables()
# The columns of kept rows holding an event's id (or a pending event's key), by table.
_EVENT_KEY_COLUMNS = {rows.table: rows.event_column for rows in _JOINED_ROWS} | {
    Event.history.model._meta.db_table: "id"
}
# A happening reported by many outlets is recognised by a few of its reports; comparing
# with every one of them would make the busiest events the slowest to match.
SIGNATURES_PER_EVENT = 6
# The most recent stored events in a candidate's window that one article is compared with.
MAX_COMPARED_EVENTS = 300
_LINKS = ("actors", "topics", "negotiations")
_EVIDENCE_COLUMNS = (
    "event_id",
    "article_id",
    "sentence",
    "start",
    "end",
    "temporal_text",
    "stated_date",
    "stated_precision",
)


@dataclass
class Placement:
    """One candidate of an article with the stored objects it links to."""

    candidate: EventCandidate
    actors: list[Actor]
    topics: list[Topic]
    negotiations: list[Negotiation]


class _Known:
    """A stored (or about to be stored) event with the signatures of its first reports."""

    __slots__ = ("event", "first", "last", "signatures", "tokens")

    def __init__(self, event: Event, signatures: list[EventSignature]) -> None:
        self.event = event
        self.signatures = signatures
        # Every token of its signatures: a candidate sharing none with it matches none.
        self.tokens: frozenset[str] = frozenset().union(*(s.tokens for s in signatures))
        self.dated()

    def dated(self) -> None:
        """Read the event's period again (after `_refine` sharpened its date): kept here,
        `_best_match` tests it for every event of the window and every candidate without
        reading the model instance's fields."""
        self.first: date = self.event.date
        self.last: date = self.event.date_end

    def add(self, signature: EventSignature) -> None:
        self.signatures.append(signature)
        self.tokens |= signature.tokens


_UNSET = object()
# The fields simple_history adds to a history model: set by `PendingHistory.add`, not read
# from the object.
_HISTORY_EXTRAS = ("history_date", "history_change_reason", "history_type", "history_user_id")


class PendingHistory:
    """History rows of what an import writes, inserted with its other pending rows.

    Each row is built when its object is written, with the values it has then (as
    simple_history's `post_save` or `bulk_history_create` would build it), and kept in
    `rows` (see PendingRows: written once per batch, dropped with a rolled-back article)."""

    def __init__(self, rows: PendingRows) -> None:
        self.rows = rows
        # Per model: its history model (the descriptor behind `Model.history` builds a new
        # manager class on every access: read it once).
        self.histories: dict[type[models.Model], type[models.Model]] = {}
        # Per history model: what reads the object's own fields (one call for them all),
        # their value types stored as they are and adapters (`value_adapter_parts`), then
        # the added fields' names and adapters; and the columns, in that order.
        self.reads: dict[type[models.Model], tuple[Callable, list[tuple], list[tuple]]] = {}
        self.columns: dict[type[models.Model], list[str]] = {}

    def add(
        self,
        objects: list[models.Model],
        *,
        update: bool,
        reason: str | None,
        deleted: bool = False,
    ) -> None:
        """Record `objects` as created (or, with `update`, changed; with `deleted`,
        deleted) now, for `reason`."""
        if not objects or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
            return
        model = type(objects[0])
        history = self.histories.get(model)
        if history is None:
            history = self.histories[model] = model.history.model
            self._prepare(history)
        read, adapters, extras = self.reads[history]
        now = timezone.now()
        kind = "-" if deleted else "~" if update else "+"
        # The user is the instance's own (`_history_user`, set by the admin) or the
        # request's: the same for every object without one, so asked once. So are the
        # added fields of an object with no values of its own for them.
        shared_user = _UNSET
        shared = None
        values = []
        for obj in objects:
            own = hasattr(obj, "_history_user")
            if own:
                user = history.get_default_history_user(obj)
            else:
                if shared_user is _UNSET:
                    shared_user = history.get_default_history_user(obj)
                user = shared_user
            if own or hasattr(obj, "_history_date") or getattr(obj, "_change_reason", None):
                added = self._added(
                    extras,
                    getattr(obj, "_history_date", now),
                    getattr(obj, "_change_reason", None) or reason,
                    kind,
                    user,
                )
            else:
                if shared is None:
                    shared = self._added(extras, now, reason, kind, user)
                added = shared
            own_values = read(obj)
            values.append(
                (
                    *[
                        value if type(value) in same else adapt(value)
                        for (same, adapt), value in zip(adapters, own_values, strict=True)
                    ],
                    *added,
                )
            )
        self.rows.add(history._meta.db_table, self.columns[history], values)

    def _prepare(self, history: type[models.Model]) -> None:
        fields = [f for f in history._meta.concrete_fields if not f.primary_key]
        own = [f for f in fields if f.attname not in _HISTORY_EXTRAS]
        added = [f for f in fields if f.attname in _HISTORY_EXTRAS]
        names = [f.attname for f in own]
        ops = connection.ops
        self.reads[history] = (
            attrgetter(*names) if len(names) > 1 else lambda obj: (getattr(obj, names[0]),),
            [value_adapter_parts(f, ops) for f in own],
            [(f.attname, value_adapter(f, ops)) for f in added],
        )
        self.columns[history] = [f.column for f in own + added]

    @staticmethod
    def _added(extras: list[tuple], when, reason: str | None, kind: str, user) -> tuple:
        """Return the adapted values of the fields simple_history adds, in `extras` order."""
        value = {
            "history_date": when,
            "history_change_reason": reason,
            "history_type": kind,
            "history_user_id": user.pk if user is not None else None,
        }
        return tuple(adapt(value[name]) for name, adapt in extras)


@dataclass
class SignatureCache:
    """Stored events' signatures for one import run."""

    actor_refs: dict[str, ActorRef]
    known: dict[int, _Known] = field(default_factory=dict)
    # Events the current article created or changed, and those of the batch's articles
    # already done (still uncommitted: the batch's transaction may yet roll back).
    touched: set[int] = field(default_factory=set)
    batch_touched: set[int] = field(default_factory=set)
    # Rows of the batch written when it ends, or before something reads their tables
    # (evidence, links, quotes, topics, mentions): see PendingRows.
    rows: PendingRows = field(default_factory=PendingRows)
    # History rows, written when the batch ends (nothing reads them while it lasts).
    history: PendingHistory = field(default_factory=lambda: PendingHistory(PendingRows()))
    # Events the batch created and has not written yet, in the order created (those of
    # articles done, those of the current one), each under a provisional key: see
    # PENDING_KEYS. The window index holds them under those keys.
    pending_done: list[Event] = field(default_factory=list)
    pending_current: list[Event] = field(default_factory=list)
    next_key: int = PENDING_KEYS
    # Whether the current article wrote the batch's pending events (inside its savepoint),
    # and whether an article rolled back after changing what it cannot restore: pending
    # events of earlier articles, or those it wrote (see `rollback`).
    exposed_events: bool = False
    retry_batch: bool = False
    # The events a window is read from (see WindowIndex), kept current with these writes.
    window: WindowIndex = field(default_factory=WindowIndex)
    # Pairs of events a later report bridged (see `join`), as (kept, gone): those of the
    # batch's articles done, and the current article's. Joined in the database at the
    # next write (`_write_joins`).
    joins_done: list[tuple[Event, Event]] = field(default_factory=list)
    joins_current: list[tuple[Event, Event]] = field(default_factory=list)

    def flush(self) -> None:
        """Write every event and row kept for the batch (inside its transaction)."""
        self.write()
        self.history.rows.flush()

    def write(self) -> None:
        """Write the batch's pending events, then the rows kept for the batch but history,
        then join the pairs of events bridged since the last write."""
        # The events joined that this write inserts have no rows stored yet.
        gone = [gone for _, gone in self.joins_done + self.joins_current]
        fresh = {id(event) for event in gone if event.pk >= PENDING_KEYS}
        self._write_events()
        joined = self.joined()
        if joined:
            # The kept rows of an event joined go to the event kept (their duplicates are
            # skipped as conflicts).
            self.rows.replace_keys(_EVENT_KEY_COLUMNS, joined)
        # The actor links written now are the stored links the window's actor rule reads.
        self.window.link(self.rows.pending(Event.actors.through._meta.db_table))
        self.rows.flush()
        if joined:
            self._write_joins(joined, {event.pk for event in gone if id(event) not in fresh})

    def join(self, keep: _Known, gone: _Known) -> None:
        """Make `gone` part of `keep` for the rest of the run: its signatures (up to
        SIGNATURES_PER_EVENT) and actor links in the window are the kept event's, and its
        rows are moved at the next write. The window's changes are logged and both events
        are touched, so a rolled-back article undoes the join (see `rollback`)."""
        for signature in gone.signatures[: SIGNATURES_PER_EVENT - len(keep.signatures)]:
            keep.add(signature)
        pk, gone_pk = keep.event.pk, gone.event.pk
        window = self.window
        window.link((pk, actor) for actor in window.actors.get(gone_pk, ()))
        window.remove([gone_pk])
        self.known.pop(gone_pk, None)
        self.touched.update((pk, gone_pk))
        self.joins_current.append((keep.event, gone.event))

    def joined(self) -> dict[int, int]:
        """Return, for each event joined to another and not written so, the id (or key) of
        the event it ends in (a kept event may itself be joined to an older one later)."""
        into = {gone.pk: keep.pk for keep, gone in self.joins_done + self.joins_current}
        ends = {}
        for pk in into:
            end = into[pk]
            while end in into:
                end = into[end]
            ends[pk] = end
        return ends

    def _write_joins(self, joined: dict[int, int], stored: set[int]) -> None:
        """Move the stored rows of each joined event (of `stored`: written before this
        write) to the event it ends in, then delete the joined events, with history rows."""
        with connection.cursor() as cursor:
            for gone, keep in joined.items():
                if gone not in stored:
                    continue
                for rows in _JOINED_ROWS:
                    table, column = rows.table, rows.event_column
                    same = " AND ".join(f"o.{c} = {table}.{c}" for c in rows.unique_columns)
                    cursor.execute(
                        f"UPDATE {table} SET {column} = %s WHERE {column} = %s AND NOT EXISTS "
                        f"(SELECT 1 FROM {table} o WHERE o.{column} = %s AND {same})",
                        [keep, gone, keep],
                    )
            marks = ", ".join(["%s"] * len(joined))
            ids = list(joined)
            for rows in _JOINED_ROWS:
                cursor.execute(
                    f"DELETE FROM {rows.table} WHERE {rows.event_column} IN ({marks})", ids
                )
            cursor.execute(f"DELETE FROM {Event._meta.db_table} WHERE id IN ({marks})", ids)
        gone_events = [gone for _, gone in self.joins_done + self.joins_current]
        self.history.add(gone_events, update=False, reason="Joined by the importer", deleted=True)
        self.joins_done, self.joins_current = [], []
        # Undone with the current article's savepoint: see `rollback`.
        self.exposed_events = True

    def keep(self, events: list[Event]) -> None:
        """Keep the current article's new `events` for the batch, under provisional keys."""
        for event in events:
            event.pk = self.next_key
            self.next_key += 1
            self.window.add(event)
        self.pending_current += events

    def _write_events(self) -> None:
        """Insert the pending events, in the order created (so their ids follow that order,
        as they would inserted one article at a time), and put their ids wherever their
        keys stood: rows kept, history rows kept, the cache."""
        events = self.pending_done + self.pending_current
        if not events:
            return
        keys = [event.pk for event in events]
        for first in range(0, len(events), 1000):
            insert_objects(events[first : first + 1000], now_fields=False)
        ids = {key: event.pk for key, event in zip(keys, events, strict=True)}
        self.pending_done, self.pending_current = [], []
        self.exposed_events = True
        self.window.rename(ids)
        self.rows.replace_keys(_EVENT_KEY_COLUMNS, ids)
        self.history.rows.replace_keys(_EVENT_KEY_COLUMNS, ids)
        for key, pk in ids.items():
            known = self.known.pop(key, None)
            if known is not None:
                self.known[pk] = known
        self.touched = {ids.get(pk, pk) for pk in self.touched}
        self.batch_touched = {ids.get(pk, pk) for pk in self.batch_touched}

    def load(self, event_ids: list[int]) -> None:
        """Read the events of `event_ids` not cached yet, with actors and some evidence."""
        missing = [pk for pk in event_ids if pk not in self.known]
        if not missing:
            return
        # An event the batch touched and the cache forgot since (a later article rolled
        # back) may have evidence still pending: write it before reading.
        if (self.rows or self.pending_done or self.pending_current) and not (
            self.touched.isdisjoint(missing) and self.batch_touched.isdisjoint(missing)
        ):
            self.write()
        events = list(Event.objects.filter(pk__in=missing))
        # Plain SQL for the actors and evidence: Django's prefetch machinery cost more than
        # the queries. The evidence comes in the model's own order (the reports a
        # signature is built from are the first ones).
        marks = ", ".join(["%s"] * len(events))
        ids = [event.pk for event in events]
        slugs: dict[int, list[str]] = {pk: [] for pk in ids}
        reports: dict[int, list[tuple[str, str, int, int, int]]] = {pk: [] for pk in ids}
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT ea.event_id, a.slug FROM {Event.actors.through._meta.db_table} ea "
                f"JOIN {Actor._meta.db_table} a ON a.id = ea.actor_id "
                f"WHERE ea.event_id IN ({marks}) ORDER BY a.name",
                ids,
            )
            for event_id, slug in cursor.fetchall():
                slugs[event_id].append(slug)
            cursor.execute(
                f"SELECT ev.event_id, ev.sentence, ev.temporal_text, ev.article_id, ev.start, "
                f'ev."end" '
                f"FROM {Evidence._meta.db_table} ev "
                f"JOIN {Article._meta.db_table} a ON a.id = ev.article_id "
                f"WHERE ev.event_id IN ({marks}) ORDER BY a.published, ev.article_id, ev.start",
                ids,
            )
            for event_id, *report in cursor.fetchall():
                if len(reports[event_id]) < SIGNATURES_PER_EVENT:
                    reports[event_id].append(tuple(report))
            article_ids = {report[2] for rows in reports.values() for report in rows}
            stories = self._stories(cursor, article_ids)
        for event in events:
            keys = tuple(slugs[event.pk])
            self.known[event.pk] = _Known(
                event,
                [
                    self._signature(
                        event,
                        sentence,
                        temporal,
                        keys,
                        stories[article_id][0],
                        stories[article_id][1],
                        start,
                        end,
                    )
                    for sentence, temporal, article_id, start, end in reports[event.pk]
                ],
            )

    def _stories(
        self, cursor, article_ids: set[int]
    ) -> dict[int, tuple[frozenset[str], ArticleParties]]:
        """Return the `story_countries` and the `ArticleParties` of each article of
        `article_ids`, from its mentions and its evidence rows (an article whose rows are
        still pending gets none: no veto)."""
        slugs: dict[int, list[str]] = {pk: [] for pk in article_ids}
        named: dict[int, list[tuple[str, int, int]]] = {pk: [] for pk in article_ids}
        sentences: dict[int, list[tuple[int, int]]] = {pk: [] for pk in article_ids}
        if article_ids:
            marks = ", ".join(["%s"] * len(article_ids))
            cursor.execute(
                f"SELECT m.article_id, a.slug, m.spans FROM {Mention._meta.db_table} m "
                f"JOIN {Actor._meta.db_table} a ON a.id = m.actor_id "
                f"WHERE m.article_id IN ({marks}) AND NOT m.removed AND NOT m.in_caption",
                list(article_ids),
            )
            for article_id, slug, spans in cursor.fetchall():
                slugs[article_id].append(slug)
                if isinstance(spans, str):  # a JSON column read without its field
                    spans = json.loads(spans)
                named[article_id] += [(slug, *span) for span in spans or ()]
            cursor.execute(
                f'SELECT article_id, start, "end" FROM {Evidence._meta.db_table} '
                f"WHERE article_id IN ({marks})",
                list(article_ids),
            )
            for article_id, start, end in cursor.fetchall():
                sentences[article_id].append((start, end))
        refs = self.actor_refs
        return {
            pk: (
                story_countries(keys, refs),
                ArticleParties(sentences[pk], named[pk], refs),
            )
            for pk, keys in slugs.items()
        }

    def _signature(
        self,
        event: Event,
        sentence: str,
        temporal_text: str,
        slugs: tuple[str, ...],
        story: frozenset[str] = frozenset(),
        parties: ArticleParties | None = None,
        start: int = 0,
        end: int | None = None,
    ) -> EventSignature:
        """Return the signature of one report of a stored event, built like a candidate's
        (its sentence at its offsets in the article, `start` to `end`)."""
        return signature_for(
            EventCandidate(
                date=FuzzyDate(event.date, Precision(event.precision)),
                planned=event.planned,
                title=event.title,
                kind=EventKind(event.kind),
                sentence=Sentence(start, start + len(sentence) if end is None else end, sentence),
                temporal_text=temporal_text,
                actor_keys=slugs,
            ),
            self.actor_refs,
            story,
            parties,
        )

    def signatures_of(self, event_ids: list[int]) -> list[EventSignature]:
        """Return every cached signature of the given events (loading them first)."""
        self.load(event_ids)
        return [s for pk in event_ids if pk in self.known for s in self.known[pk].signatures]

    def forget(self, event_ids: set[int] | list[int]) -> None:
        for pk in event_ids:
            self.known.pop(pk, None)

    def rollback(self) -> None:
        """Forget every event the rolled-back article created or changed. A stored event
        is read again when needed; a pending event of an earlier article cannot be (its
        signatures and fields were changed in memory), nor can events the article wrote
        inside its savepoint: then `retry_batch` is set, and the batch is imported again
        one document at a time."""
        own = {event.pk for event in self.pending_current}
        if self.exposed_events or any(pk >= PENDING_KEYS and pk not in own for pk in self.touched):
            self.retry_batch = True
        self.forget(self.touched)
        self.touched.clear()
        self.pending_current = []
        self.joins_current = []
        self.exposed_events = False
        self.window.rollback()
        self.rows.rollback()
        self.history.rows.rollback()

    def commit(self) -> None:
        """The article is done: its events stay cached while the batch lasts."""
        self.batch_touched |= self.touched
        self.touched.clear()
        self.pending_done += self.pending_current
        self.pending_current = []
        self.joins_done += self.joins_current
        self.joins_current = []
        self.exposed_events = False
        self.window.commit()
        self.rows.commit()
        self.history.rows.commit()

    def rollback_batch(self) -> None:
        """Forget every event any article of the rolled-back batch created or changed."""
        self.forget(self.batch_touched | self.touched)
        self.batch_touched.clear()
        self.touched.clear()
        self.pending_done, self.pending_current = [], []
        self.joins_done, self.joins_current = [], []
        self.exposed_events = self.retry_batch = False
        self.window.rollback_batch()
        self.rows.rollback_batch()
        self.history.rows.rollback_batch()

    def commit_batch(self) -> set[int]:
        """The batch is committed; return the events it created or changed."""
        # Flushed before the commit: what the flushes wrote is there to stay.
        self.rows.batch_done()
        self.history.rows.batch_done()
        self.exposed_events = False
        done = self.batch_touched | self.touched
        self.batch_touched, self.touched = set(), set()
        self.window.commit_batch(done)
        return done


def _update_fields(events: list[Event], fields: list[str]) -> None:
    """Write `fields` of `events` (plain UPDATEs: no signals, as bulk_update sends none)."""
    columns = [Event._meta.get_field(name) for name in fields]
    ops = connection.ops
    reads = [(c.attname, value_adapter(c, ops)) for c in columns]
    rows = [(*(adapt(getattr(event, name)) for name, adapt in reads), event.pk) for event in events]
    update_rows(Event._meta.db_table, [c.column for c in columns], rows)


# How much more closely an older matching event must report a candidate's happening than
# the first one found for the candidate to join it instead (`happening_score` runs 1 to 2.5).
CLOSER_BY = 0.25


def _best_match(
    signature: EventSignature, start: date, end: date, *groups: list[_Known]
) -> _Known | None:
    """Return the event of `groups` whose period touches start..end and one of whose
    signatures reports the same happening as `signature` most closely (`happening_score`),
    None if none does. A later event in `groups` (an older one) replaces the first found
    only when it scores CLOSER_BY more.

    The best, not the first: with the first, a candidate joined whichever matching event
    came first, so the events depended on the import order. Not the best by any margin:
    the newest events are most often the same story's, while an older story's report
    written in the same stock phrases can score a little higher (2,000 generated
    articles: 10,070 pairs of articles of different stories in one event with the first
    match, 10,215 with the best by any margin, 10,015 with the best by 0.25)."""
    tokens = signature.tokens
    best, best_score, bar = None, 0.0, 0.0
    for group in groups:
        for known in group:
            # Sharing no word at all never passes the overlap rule: skip it cheaply.
            if known.first > end or known.last < start or tokens.isdisjoint(known.tokens):
                continue
            for other in known.signatures:
                if tokens.isdisjoint(other.tokens):
                    continue
                # Once one is found, a report whose score cannot pass the bar is not scored
                # (`score_ceiling` is a few set operations; the score's rules, many).
                if best is not None and score_ceiling(signature, other) <= bar:
                    continue
                score = happening_score(signature, other)
                if score > bar:
                    best, best_score = known, score
                    bar = best_score + CLOSER_BY
                    if bar >= HIGHEST_SCORE:
                        return best
    return best


def events_place(
    *,
    article: Article,
    placements: list[Placement],
    confirm: bool,
    cache: SignatureCache,
    story: frozenset[str] = frozenset(),
    parties: ArticleParties | None = None,
) -> tuple[int, int]:
    """Attach each candidate of `article` to the stored event reporting the same happening,
    or create one; return (created, merged). The caller refreshes the source counts of the
    events touched (`events_refresh`), once for a batch of articles.

    New events are confirmed when `confirm` (the article's date is trustworthy), otherwise
    proposed for review. Fields a curator edited on an event are left as they are.
    `story` is the countries the article names (`story_countries`), `parties` those of
    its reports (`ArticleParties`).
    """
    if not placements:
        return 0, 0
    windows = [fuzzy_date_range(p.candidate.date) for p in placements]
    nearby = [cache.known[pk] for pk in _loaded(cache, _comparable_ids(placements, windows, cache))]

    new: list[_Known] = []
    refined: dict[int, set[str]] = {}
    placed: list[tuple[_Known, Placement]] = []
    for placement, (start, end) in zip(placements, windows, strict=True):
        candidate = placement.candidate
        # (`.id` rather than `.pk` in these loops: see _persist_extraction.)
        signature = signature_for(candidate, cache.actor_refs, story, parties)
        match = _best_match(signature, start, end, nearby, new)
        if match is not None and match.event.id is not None:
            # A stored (or earlier article's) event: the candidate may bridge it to another.
            for other in _bridged(signature, start, end, nearby, match):
                # Each event joined must agree with the event the earlier ones made.
                if not _joinable(match, other):
                    continue
                keep, gone = sorted((match, other), key=lambda known: known.event.pk)
                cache.join(keep, gone)
                nearby.remove(gone)
                match = keep
        if match is None:
            match = _Known(_new_event(candidate, confirm), [signature])
            new.append(match)
        else:
            if match.event.id is not None:
                changed = _refine(match.event, candidate, confirm)
                if changed:
                    refined.setdefault(match.event.id, set()).update(changed)
                    match.dated()
            if len(match.signatures) < SIGNATURES_PER_EVENT:
                match.add(signature)
        placed.append((match, placement))

    # The new events are written with the batch's (see SignatureCache.keep); refined
    # stored ones are updated field by field now, pending ones go in as they are then.
    cache.keep([known.event for known in new])
    history = cache.history
    history.add([known.event for known in new], update=False, reason="Created by the importer")
    if refined:
        events = [cache.known[pk].event for pk in refined]
        now = timezone.now()
        for event in events:
            event.modified_at = now
        stored = [event for event in events if event.pk < PENDING_KEYS]
        if stored:
            _update_fields(stored, sorted(set().union(*refined.values()) | {"modified_at"}))
        for event in events:
            cache.window.place(event)
        history.add(events, update=True, reason="Updated by the importer")
    for known in new:
        cache.known[known.event.id] = known
    cache.touched.update(known.event.id for known, _ in placed)

    # The article's placements may cite one sentence twice for one event: the unique
    # constraint keeps the first, as bulk_create(ignore_conflicts=True) did. Written with
    # the batch (see PendingRows). The date is adapted here, as PendingRows would adapt it:
    # on SQLite the row is then of plain values, kept as it is.
    adapt_date = connection.ops.adapt_datefield_value
    cache.rows.add(
        Evidence._meta.db_table,
        _EVIDENCE_COLUMNS,
        (
            (
                known.event.id,
                article.id,
                placement.candidate.sentence.text,
                placement.candidate.sentence.start,
                placement.candidate.sentence.end,
                placement.candidate.temporal_text[:200],
                adapt_date(placement.candidate.date.value),
                placement.candidate.date.precision.value,
            )
            for known, placement in placed
        ),
        ignore_conflicts=True,
    )
    _link(placed, cache.rows)
    return len(new), len(placed) - len(new)


# The precisions of events a join may make one (a month holds too many happenings alike).
_FINE_PRECISIONS = (Precision.DAY, Precision.WEEK)
# A report bridges two events when it reports the happening of each this closely
# (`happening_score`, 1 to 2.5): the importer then makes them one (`SignatureCache.join`).
BRIDGE_SCORE = 2.2


def _bridges(signature: EventSignature, known: _Known) -> bool:
    """Return True when `signature` reports a report of `known` at BRIDGE_SCORE or more."""
    tokens = signature.tokens
    return any(
        not tokens.isdisjoint(other.tokens)
        and score_ceiling(signature, other) >= BRIDGE_SCORE
        and happening_score(signature, other) >= BRIDGE_SCORE
        for other in known.signatures
    )


def _bridged(
    signature: EventSignature, start: date, end: date, nearby: list[_Known], match: _Known
) -> list[_Known]:
    """Return the events of `nearby` other than `match` whose period touches start..end and
    that `signature` reports at BRIDGE_SCORE or more, as it reports `match`; [] when it
    reports `match` less closely. Single link: one event's reports may each match a third
    report and not each other ("closed the negotiations", "finalised ... this week" against
    "concluded negotiations"); the third then bridges them. The report may not be dated to
    a year ("in 2019" may match reports of June and of November); the events are those
    `_joinable` may join (dated to a day or a week, not planned: checked first, as it costs
    less than the scores), and never events a curator edited: their evidence is the
    curator's."""
    if signature.date.precision is Precision.YEAR or not _may_join(match.event):
        return []
    if not _bridges(signature, match):
        return []
    tokens = signature.tokens
    matched = _event_date(match.event)
    return [
        known
        for known in nearby
        if known is not match
        and known.first <= end
        and known.last >= start
        and not tokens.isdisjoint(known.tokens)
        and _may_join(known.event)
        and dates_compatible(matched, _event_date(known.event))
        and _bridges(signature, known)
    ]


def _may_join(event: Event) -> bool:
    """Return True when the importer may join `event` with another (see `_joinable`)."""
    return event.precision in _FINE_PRECISIONS and not event.planned and not event.curated_fields


def _joinable(a: _Known, b: _Known) -> bool:
    """Return True when two events a report bridges may be one: both happened (not
    planned) on a day or in a week, on compatible dates; kinds that can be one happening's
    (a statement or an announcement only with its own kind); no person named by each that
    the other does not name, nor a country (`_other_countries`); and, when both give
    figures, one in common.

    The report matched each closely, but what it leaves out the two may disagree on.
    Without these checks, 3,000 generated articles gave 138 joins and two in three joined
    two happenings: trade deficits with two countries ("$329 billion", "$183 billion"), an
    agreement to talk and an investigation the same day, one leader's visits to two
    countries, withdrawals of two countries from one pact in one month, and (through the
    event the first join made) two different days (bench/RESULTS-clustering.md)."""
    first, second = a.event, b.event
    if not (_may_join(first) and _may_join(second)):
        return False
    if not dates_compatible(_event_date(first), _event_date(second)):
        return False
    kinds = {EventKind(first.kind), EventKind(second.kind)}
    if len(kinds) > 1:
        # `kinds_compatible` lets a report of any kind be a statement or an announcement
        # of it; two events of their own kinds are joined only through OTHER.
        said = kinds & {EventKind.STATEMENT, EventKind.ANNOUNCEMENT}
        if (said and EventKind.OTHER not in kinds) or not kinds_compatible(*kinds):
            return False
    persons, others = _union(a, "persons"), _union(b, "persons")
    if persons - others and others - persons:
        return False
    if _other_countries(a, b):
        return False
    figures, others = _union(a, "figures"), _union(b, "figures")
    return not (figures and others and figures.isdisjoint(others))


def _other_countries(a: _Known, b: _Known) -> bool:
    """Return True when the events share a country and each names another the other does
    not, and the actors they share are countries or people: two happenings ("the United
    States and the United Kingdom agreed on Thursday to start negotiations", "the United
    States and North Korea ..."). A country one leaves out ("agreed with its partner") is
    no difference. Nor is one when they share a bloc or an institution: outlets name its
    members in passing ("Mercosur ... with the European Free Trade Association, the club of
    Switzerland, Norway, Iceland and Liechtenstein", "Argentine Foreign Minister ... and
    Swiss Economy Minister ... closed the negotiations"). With no country in common it is
    left to the wording: one report's only country may be a venue read as an actor
    ("Montevideo joined the CPTPP ... at a meeting in Tokyo": Japan, against Uruguay)."""
    ours, theirs = _union(a, "countries"), _union(b, "countries")
    if ours.isdisjoint(theirs) or not (ours - theirs and theirs - ours):
        return False
    shared = _union(a, "actor_keys") & _union(b, "actor_keys")
    return shared <= ours | _union(a, "persons")


def _union(known: _Known, name: str) -> frozenset[str]:
    """Return the union of one set attribute over the signatures of `known`."""
    return frozenset().union(*(getattr(s, name) for s in known.signatures))


def _event_date(event: Event) -> FuzzyDate:
    return FuzzyDate(event.date, Precision(event.precision))


# The longest period of each precision, in days: an event of that precision touching a
# window starts at most this long before the window does.
_LONGEST = {Precision.DAY: 1, Precision.WEEK: 7, Precision.MONTH: 31, Precision.YEAR: 366}
# The events read for an article's window before the actor filter, shared among its
# (precision, period) ranges, each read latest dated and newest first; at least
# MIN_TERM_EVENTS a range.
MAX_WINDOW_ROWS = 1200
MIN_TERM_EVENTS = 50


def _comparable_ids(
    placements: list[Placement], windows: list[tuple[date, date]], cache: SignatureCache
) -> list[int]:
    """Return the ids of stored events worth comparing with the article's candidates,
    newest first: the period touches a candidate's and, when the candidate names actors, one
    of them is linked or the event has no actor at all. A month or a year is compared only
    with months and years: against every dated day of a year the comparisons would grow
    with the whole corpus. The (precision, period) ranges read about MAX_WINDOW_ROWS events
    in all from the run's window index (`cache.window`), the latest dated first, so the cost
    does not grow with the corpus."""
    ranges: dict[str, list[tuple[date, date, date]]] = {}
    actor_ids: set[int] = set()
    any_without_actors = False
    for placement, (start, end) in zip(placements, windows, strict=True):
        coarse = placement.candidate.date.precision in _COARSE_PRECISIONS
        for precision, fine, earliest in _RANGE_STARTS:
            if coarse and fine:
                continue
            ranges.setdefault(precision, []).append((earliest(start), end, start))
        actor_ids.update(actor.id for actor in placement.actors)
        any_without_actors = any_without_actors or not placement.actors
    terms = [
        (precision, *merged) for precision, spans in ranges.items() for merged in _merged(spans)
    ]
    # However many ranges the candidates make, the window reads at most about
    # MAX_WINDOW_ROWS events in all.
    limit = max(MIN_TERM_EVENTS, MAX_WINDOW_ROWS // max(len(terms), 1))
    index = cache.window
    # Once a batch, what other processes wrote since: their events' signatures are stale.
    cache.forget(index.catch_up())
    found: set[int] = set()
    for precision, first, last, start in terms:
        found.update(index.latest(precision, first, last, start, limit))
    if actor_ids and not any_without_actors:
        # An event linked to no actor at all is compared too: `same_happening` weighs a
        # report without actors on its wording alone. The batch's actor links not written
        # yet (see PendingRows) count as links to these actors, not as links at all.
        through = Event.actors.through._meta.db_table
        linked = {pk for pk, actor in cache.rows.pending(through) if actor in actor_ids}
        if cache.joins_done or cache.joins_current:
            # Links kept for a joined event are links of the event it ends in.
            joined = cache.joined()
            linked = {joined.get(pk, pk) for pk in linked}
        return sorted(index.involving(found, actor_ids, linked), reverse=True)[:MAX_COMPARED_EVENTS]
    return sorted(found, reverse=True)[:MAX_COMPARED_EVENTS]


def _earliest(precision: Precision) -> Callable[[date], date]:
    """Return the function giving the earliest date an event of `precision` can start on
    and still reach a given day (its period runs to the end of its day, week, calendar
    month or year: `period_end`). Exact, so every row a range reads qualifies and the read
    stops at its limit."""
    if precision is Precision.MONTH:
        return lambda start: start.replace(day=1)
    if precision is Precision.YEAR:
        return lambda start: start.replace(month=1, day=1)
    back = timedelta(days=_LONGEST[precision] - 1)
    return lambda start: start - back


# Each precision of `_LONGEST`, in order: its stored value, whether it is a day's or a
# week's (no range of a month's or a year's candidate reads those) and its `_earliest`.
# Made once here: every candidate of an article makes a range of each, and an enum member
# read from its class is a descriptor call.
_COARSE_PRECISIONS = (Precision.MONTH, Precision.YEAR)
_RANGE_STARTS = tuple(
    (precision.value, precision in _FINE_PRECISIONS, _earliest(precision)) for precision in _LONGEST
)


def _merged(spans: list[tuple[date, date, date]]) -> list[tuple[date, date, date]]:
    """Merge overlapping (first, last, start) ranges of one precision into fewer, wider
    ones. The events read are a superset: each candidate checks its own period again."""
    merged: list[tuple[date, date, date]] = []
    for first, last, start in sorted(spans):
        if merged and first <= merged[-1][1]:
            top = merged[-1]
            merged[-1] = (top[0], max(top[1], last), min(top[2], start))
        else:
            merged.append((first, last, start))
    return merged


def _loaded(cache: SignatureCache, ids: list[int]) -> list[int]:
    """Return `ids` whose signatures are in the cache (loading the missing ones); an id
    the database no longer has (deleted since the window index last looked) is dropped
    from the index."""
    cache.load(ids)
    known = [pk for pk in ids if pk in cache.known]
    if len(known) < len(ids):
        cache.window.remove(pk for pk in ids if pk not in cache.known)
    return known


def _new_event(candidate: EventCandidate, confirm: bool) -> Event:
    """Return an unsaved event for `candidate` (saved in bulk with the article's others)."""
    given = {
        "date": candidate.date.value,
        "precision": candidate.date.precision.value,
        "title": candidate.title[:300],
        "summary": candidate.sentence.text,
        "kind": candidate.kind.value,
        "planned": candidate.planned,
        # The choice's plain text (what is stored): rows of plain values skip adapting.
        "status": _CONFIRMED if confirm else _PROPOSED,
        "created_at": timezone.now(),
        "modified_at": timezone.now(),
    }
    # Every field's value in order, the others' defaults as keywords would give them:
    # Model.__init__ takes positional values without its per-field keyword handling.
    event = Event(*[given[name] if name in given else default() for name, default in _fields()])
    event.fill_derived()
    return event


_event_fields: list[tuple[str, Callable[[], object]]] = []
_CONFIRMED, _PROPOSED = Event.Status.CONFIRMED.value, Event.Status.PROPOSED.value


def _fields() -> list[tuple[str, Callable[[], object]]]:
    """Return (attribute name, default) for each concrete field of Event, in order."""
    if not _event_fields:
        _event_fields.extend((f.attname, f.get_default) for f in Event._meta.concrete_fields)
    return _event_fields


def _link(placed: list[tuple[_Known, Placement]], pending: PendingRows) -> None:
    """Insert the actor, topic and negotiation links of placed candidates in bulk, except on
    relations a curator edited. The importer's links are re-derivable, so they are not
    written to the history one by one (a curator's changes in the admin are). The actor
    links are written with the batch too: the next article's window reads them from the
    pending rows (`_comparable_ids`)."""
    links: dict[str, set[tuple[int, int]]] = {name: set() for name in _LINKS}
    for known, placement in placed:
        event = known.event
        curated = event.curated_fields
        for name, objects in (
            ("actors", placement.actors),
            ("topics", placement.topics),
            ("negotiations", placement.negotiations),
        ):
            if objects and name not in curated:
                pk = event.id
                links[name].update((pk, obj.id) for obj in objects)
    for name, pairs in links.items():
        relation = getattr(Event, name)
        target = f"{relation.field.related_model._meta.model_name}_id"
        pending.add(
            relation.through._meta.db_table,
            ("event_id", target),
            sorted(pairs),
            ignore_conflicts=True,
        )


def _refine(event: Event, candidate: EventCandidate, confirm: bool) -> list[str]:
    """Sharpen a stored event with a more precise date, and confirm it when a trustworthy
    source reports it, leaving every field a curator edited as it is; return the fields
    changed (saved by the caller in bulk)."""
    curated = set(event.curated_fields)
    changed: list[str] = []
    new_precision = candidate.date.precision.value
    sharper = Event.PRECISION_RANK[new_precision] < Event.PRECISION_RANK[event.precision]
    if sharper and not curated & {"date", "precision"}:
        event.date, event.precision = candidate.date.value, new_precision
        event.fill_derived()
        changed += ["date", "precision", "date_end", "precision_rank"]
    if confirm and "status" not in curated and event.status == Event.Status.PROPOSED:
        event.status = Event.Status.CONFIRMED
        changed.append("status")
    return changed


def refresh_source_counts(event_ids: set[int]) -> None:
    """Store, for each event, how many distinct outlets (plus outlet-less articles) cite it,
    in one UPDATE."""
    _refresh_events(event_ids, search=connection.vendor == "postgresql")


# While on, inserting evidence or an event leaves the event's search text to
# `events_refresh`. PostgreSQL: a setting, SET LOCAL so until the transaction ends
# (migrations 0007 and 0008). SQLite: a row of this table, written and deleted inside the
# transaction (migration 0009).
SEARCH_DEFERRED = "tradewatch.search_deferred"
SQLITE_SEARCH_DEFERRED = "articles_search_deferral"


def defer_search_refresh() -> None:
    """Until `events_refresh`, events and evidence inserted in this transaction do not
    rewrite their event's search text. Only inside a transaction: the mark must end with it."""
    if not connection.in_atomic_block:
        raise RuntimeError("defer_search_refresh() needs a transaction (transaction.atomic)")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"SET LOCAL {SEARCH_DEFERRED} = 'on'")
        elif connection.vendor == "sqlite":
            cursor.execute(f"INSERT OR IGNORE INTO {SQLITE_SEARCH_DEFERRED} (id) VALUES (1)")


def events_refresh(event_ids: set[int]) -> None:
    """Stop deferring search refreshes, then refresh what the importer derives for events
    it touched: source counts and search texts, in one UPDATE. (The search texts of events
    inserted while deferred are computed here: migrations 0008 and 0009.)"""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"SET LOCAL {SEARCH_DEFERRED} = 'off'")
        elif connection.vendor == "sqlite":
            cursor.execute(f"DELETE FROM {SQLITE_SEARCH_DEFERRED}")
    _refresh_events(event_ids, search=True)


def _refresh_events(event_ids: set[int], *, search: bool) -> None:
    if not event_ids:
        return
    ids = sorted(event_ids)
    event, evidence, article = (
        Event._meta.db_table,
        Evidence._meta.db_table,
        Article._meta.db_table,
    )
    # PostgreSQL: setting the vector to NULL makes its BEFORE UPDATE trigger recompute it.
    # SQLite: naming the title fires the trigger that rewrites the event's FTS row (0003).
    vector = ""
    if search:
        postgres = connection.vendor == "postgresql"
        vector = ", search_vector = NULL" if postgres else ", title = title"
    # One correlated count per event over its own evidence (indexed by event), so the cost
    # is the size of the touched events, never of the corpus.
    with connection.cursor() as cursor:
        for first in range(0, len(ids), 10_000):
            chunk = ids[first : first + 10_000]
            cursor.execute(
                f"""UPDATE {event} SET source_count = (
                    SELECT COUNT(DISTINCT a.outlet_id)
                        + COUNT(DISTINCT CASE WHEN a.outlet_id IS NULL THEN a.id END)
                    FROM {evidence} ev JOIN {article} a ON a.id = ev.article_id
                    WHERE ev.event_id = {event}.id
                ){vector} WHERE id IN ({", ".join(["%s"] * len(chunk))})""",
                chunk,
            )
