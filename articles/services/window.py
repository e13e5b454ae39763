"""The importer's window of stored events, held in memory for one run.

Placing an article's event candidates starts from the stored events whose period touches
theirs (`clustering._comparable_ids`). Asking the database for them cost a query per
article, most of the import's time in SQLite's executor or PostgreSQL's server; this index
answers the same question from memory, with the same result.

What it holds: per precision, the events' (date, id) in order, each event's period end,
and its actor ids as stored (the links the batch keeps unwritten are read from its pending
rows, as the query did). It is filled from the database one (precision, year) bucket at a
time, on first use, in one query for the events and one for their actor links; the
database's cost is then a bucket's read once a run, never a read per article.

How it stays current:
- What the run writes goes in as it is made: new events under their provisional keys,
  then their ids when written (`rename`), a sharpened date (`place`), the actor links
  when the batch's rows are written (`link`), events an updated article's re-import
  deleted (`remove`). Each change is logged: a rolled-back article (or batch) undoes its
  own, in reverse order, so the index is what it was at the article's (batch's) start.
- What other processes write (a curator in the admin, a second import) is read once a
  batch, before its first window, from the events' history table: every row added since
  the last look (its primary key above the highest seen, so the read costs what changed,
  never the corpus). A deleted (or merged away) event's row drops it; a created or changed
  one is put at its date (when that bucket is loaded, or it was already held) and its
  actor links are read again, and the run's cached signatures of it are forgotten.
  Rows of the run's own last batch change nothing (the index already has them).
- An id the index still holds but the database no longer has (deleted since the last
  look) is not loaded (`SignatureCache.load`) and is then dropped from the index.

Limits: a change written without a history row (a plain QuerySet.update of dates, or with
SIMPLE_HISTORY_ENABLED off) or actor links another process changes on an event without
writing the event's history (an actor merge, another import's links to an existing event)
are not seen until the next run; on PostgreSQL a transaction committing after a later one
whose history rows were already read is missed the same way. Each costs at most a
comparison missed (or one more made); the next run reads everything afresh.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Iterable
from datetime import date

from articles.models import Event, period_end

# (precision, first day, last day) of an event.
Entry = tuple[str, date, date]


class WindowIndex:
    """Stored (and about to be stored) events by precision and date, with their actors."""

    def __init__(self) -> None:
        # Per precision: every date some event held, in order (a date stays when its last
        # event leaves); per (precision, date): the event ids, ascending.
        self.dates: dict[str, list[date]] = {}
        self.ids: dict[tuple[str, date], list[int]] = {}
        self.entries: dict[int, Entry] = {}
        # Actor ids of each event as written to the database (none: no entry).
        self.actors: dict[int, set[int]] = {}
        self.loaded: set[tuple[str, int]] = set()
        # The highest history row read (None until first used), whether a batch ended
        # since, and the events the run's batches changed since the last look.
        self.seen: int | None = None
        self.stale = False
        self.ours: set[int] = set()
        # Undo records of the current article's changes, and of the batch's articles done.
        self.log: list[tuple] = []
        self.batch_log: list[tuple] = []

    # Reading -----------------------------------------------------------------------------

    def latest(self, precision: str, first: date, last: date, start: date, limit: int) -> list[int]:
        """Return at most `limit` ids of events of `precision` dated first..last whose
        period reaches `start`: the latest dated first, then the highest id (as the
        window query's ORDER BY date DESC, id DESC LIMIT read them)."""
        for year in range(max(first.year, 1), last.year + 1):
            if (precision, year) not in self.loaded:
                self._load(precision, year)
        dates = self.dates.get(precision)
        if not dates:
            return []
        ids, entries = self.ids, self.entries
        found: list[int] = []
        i = bisect_right(dates, last) - 1
        while i >= 0:
            day = dates[i]
            if day < first:
                break
            held = ids[precision, day]
            if day >= start:
                # Every event of the day reaches `start`: taken as they are, newest first.
                found += held[::-1][: limit - len(found)]
            else:
                found += [pk for pk in reversed(held) if entries[pk][2] >= start]
                del found[limit:]
            if len(found) >= limit:
                return found
            i -= 1
        return found

    def involving(self, ids: Iterable[int], actor_ids: set[int], linked: set[int]) -> list[int]:
        """Return the `ids` linked (as stored) to one of `actor_ids` or to no actor at all,
        or in `linked` (linked to one of them by rows not written yet)."""
        actors = self.actors
        kept = []
        for pk in ids:
            held = actors.get(pk)
            if not held or pk in linked or not held.isdisjoint(actor_ids):
                kept.append(pk)
        return kept

    # What the run writes (logged, undone with a rolled-back article or batch) ----------------

    def add(self, event: Event) -> None:
        """Hold a new event (under its provisional key)."""
        self._insert(event.id, (event.precision, event.date, event.date_end))
        self.log.append(("add", event.id))

    def place(self, event: Event) -> None:
        """Put a held event at its (changed) date."""
        old = self.entries.get(event.id)
        new = (event.precision, event.date, event.date_end)
        if old is not None and old != new:
            self._delete(event.id)
            self._insert(event.id, new)
            self.log.append(("place", event.id, old))

    def rename(self, ids: dict[int, int]) -> None:
        """Hold events written under their ids instead of their provisional keys."""
        for key, pk in ids.items():
            if self._rekey(key, pk):
                self.log.append(("rename", pk, key))

    def link(self, rows: Iterable[tuple]) -> None:
        """Record the (event, actor) links being written."""
        for pk, actor_id in rows:
            linked = self.actors.setdefault(pk, set())
            if actor_id not in linked:
                linked.add(actor_id)
                self.log.append(("link", pk, actor_id))

    def remove(self, ids: Iterable[int]) -> None:
        """Stop holding events deleted (or found missing)."""
        for pk in ids:
            entry = self._delete(pk)
            if entry is not None:
                self.log.append(("remove", pk, entry, self.actors.pop(pk, None)))

    def commit(self) -> None:
        self.batch_log += self.log
        self.log = []

    def rollback(self) -> None:
        self._undo(self.log)
        self.log = []

    def commit_batch(self, changed: set[int]) -> None:
        self.log, self.batch_log = [], []
        self.ours |= changed
        self.stale = True

    def rollback_batch(self) -> None:
        self._undo(self.batch_log + self.log)
        self.log, self.batch_log = [], []
        self.stale = True

    # What other processes write --------------------------------------------------------------

    def catch_up(self) -> set[int]:
        """Apply the events' history rows written since the last look; return the events
        another process created, changed or deleted (their cached signatures are stale)."""
        if self.seen is not None and not self.stale:
            return set()
        # (`Event.history` builds a new manager class at each read: once a batch is enough.)
        history = Event.history.model
        if self.seen is None:
            self.seen = (
                history.objects.order_by("-history_id").values_list("history_id", flat=True).first()
                or 0
            )
            return set()
        self.stale = False
        rows = (
            history.objects.filter(history_id__gt=self.seen)
            .order_by("history_id")
            .values_list("history_id", "id", "history_type", "precision", "date")
        )
        deleted: set[int] = set()
        latest: dict[int, tuple[str, date]] = {}
        for history_id, pk, kind, precision, day in rows:
            self.seen = history_id
            if kind == "-":
                deleted.add(pk)
            else:
                latest[pk] = (precision, day)
        for pk in deleted:
            self._delete(pk)
            self.actors.pop(pk, None)
        theirs = set()
        for pk, (precision, day) in latest.items():
            if pk in deleted:
                continue
            entry = (precision, day, period_end(day, precision))
            old = self.entries.get(pk)
            if old != entry and (old is not None or (precision, day.year) in self.loaded):
                self._delete(pk)
                self._insert(pk, entry)
            if pk not in self.ours:
                theirs.add(pk)
        self.ours = set()
        held = [pk for pk in theirs if pk in self.entries]
        for pk in held:
            self.actors.pop(pk, None)
        through = Event.actors.through.objects
        for first in range(0, len(held), 500):
            chunk = held[first : first + 500]
            for pk, actor_id in through.filter(event_id__in=chunk).values_list(
                "event_id", "actor_id"
            ):
                self.actors.setdefault(pk, set()).add(actor_id)
        return theirs | deleted

    # Internals -----------------------------------------------------------------------------

    def _load(self, precision: str, year: int) -> None:
        """Hold the stored events of one (precision, year) not held yet, with their actors."""
        self.loaded.add((precision, year))
        span = {
            "precision": precision,
            "date__gte": date(year, 1, 1),
            "date__lte": date(year, 12, 31),
        }
        held = self.entries
        new = set()
        for pk, day, end in (
            Event.objects.filter(**span)
            .order_by("date", "id")
            .values_list("id", "date", "date_end")
        ):
            if pk not in held:
                self._insert(pk, (precision, day, end))
                new.add(pk)
        if not new:
            return
        span = {f"event__{name}": value for name, value in span.items()}
        for pk, actor_id in Event.actors.through.objects.filter(**span).values_list(
            "event_id", "actor_id"
        ):
            if pk in new:
                self.actors.setdefault(pk, set()).add(actor_id)

    def _insert(self, pk: int, entry: Entry) -> None:
        precision, day, _ = entry
        self.entries[pk] = entry
        ids = self.ids.get((precision, day))
        if ids is None:
            self.ids[precision, day] = [pk]
            insort(self.dates.setdefault(precision, []), day)
        elif not ids or pk > ids[-1]:
            ids.append(pk)
        else:
            insort(ids, pk)

    def _delete(self, pk: int) -> Entry | None:
        entry = self.entries.pop(pk, None)
        if entry is not None:
            self.ids[entry[0], entry[1]].remove(pk)
        return entry

    def _rekey(self, old: int, new: int) -> bool:
        entry = self._delete(old)
        if entry is None:
            return False
        self._insert(new, entry)
        if old in self.actors:
            self.actors[new] = self.actors.pop(old)
        return True

    def _undo(self, log: list[tuple]) -> None:
        for record in reversed(log):
            kind, pk = record[0], record[1]
            if kind == "add":
                self._delete(pk)
                self.actors.pop(pk, None)
            elif kind == "place":
                self._delete(pk)
                self._insert(pk, record[2])
            elif kind == "rename":
                self._rekey(pk, record[2])
            elif kind == "link":
                linked = self.actors[pk]
                linked.discard(record[2])
                if not linked:
                    del self.actors[pk]
            else:  # "remove"
                self._insert(pk, record[2])
                if record[3] is not None:
                    self.actors[pk] = record[3]
