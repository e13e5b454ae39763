"""One happening, one event: placing an article's event candidates among stored events.

A candidate is compared only with events whose period touches its own (one indexed query
per article, never every event), through the pure `same_happening` of the extraction.
Signatures of stored events are kept in a per-run cache, so a large import compares sets
in memory instead of re-reading evidence; the cache forgets what a rolled-back article
touched. Writes are batched per article: evidence and links are bulk-inserted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from articles.extraction.dates import fuzzy_date_range
from articles.extraction.similarity import EventSignature, same_happening, signature_for
from articles.extraction.types import (
    ActorRef,
    EventCandidate,
    EventKind,
    FuzzyDate,
    Precision,
    Sentence,
)
from articles.models import Actor, Article, Event, Evidence, Negotiation, Topic

# A happening reported by many outlets is recognised by a few of its reports; comparing
# with every one of them would make the busiest events the slowest to match.
SIGNATURES_PER_EVENT = 6
# The most recent stored events in a candidate's window that one article is compared with.
MAX_COMPARED_EVENTS = 300
_LINKS = ("actors", "topics", "negotiations")


@dataclass
class Placement:
    """One candidate of an article with the stored objects it links to."""

    candidate: EventCandidate
    actors: list[Actor]
    topics: list[Topic]
    negotiations: list[Negotiation]


@dataclass
class _Known:
    event: Event
    signatures: list[EventSignature]


@dataclass
class SignatureCache:
    """Stored events' signatures for one import run."""

    actor_refs: dict[str, ActorRef]
    known: dict[int, _Known] = field(default_factory=dict)
    touched: set[int] = field(default_factory=set)

    def load(self, event_ids: list[int]) -> None:
        """Read the events of `event_ids` not cached yet, with actors and some evidence."""
        missing = [pk for pk in event_ids if pk not in self.known]
        if not missing:
            return
        events = Event.objects.filter(pk__in=missing).prefetch_related(
            Prefetch("actors", queryset=Actor.objects.only("slug")),
            Prefetch(
                "evidence", queryset=Evidence.objects.only("event_id", "sentence", "temporal_text")
            ),
        )
        for event in events:
            evidence = list(event.evidence.all())[:SIGNATURES_PER_EVENT]
            slugs = tuple(actor.slug for actor in event.actors.all())
            self.known[event.pk] = _Known(
                event,
                [self._signature(event, e.sentence, e.temporal_text, slugs) for e in evidence],
            )

    def _signature(
        self, event: Event, sentence: str, temporal_text: str, slugs: tuple[str, ...]
    ) -> EventSignature:
        """Return the signature of one report of a stored event, built like a candidate's."""
        return signature_for(
            EventCandidate(
                date=FuzzyDate(event.date, Precision(event.precision)),
                planned=event.planned,
                title=event.title,
                kind=EventKind(event.kind),
                sentence=Sentence(0, len(sentence), sentence),
                temporal_text=temporal_text,
                actor_keys=slugs,
            ),
            self.actor_refs,
        )

    def signatures_of(self, event_ids: list[int]) -> list[EventSignature]:
        """Return every cached signature of the given events (loading them first)."""
        self.load(event_ids)
        return [s for pk in event_ids if pk in self.known for s in self.known[pk].signatures]

    def forget(self, event_ids: set[int] | list[int]) -> None:
        for pk in event_ids:
            self.known.pop(pk, None)

    def rollback(self) -> None:
        """Forget every event the rolled-back article created or changed."""
        self.forget(self.touched)
        self.touched.clear()

    def commit(self) -> None:
        self.touched.clear()


def _overlaps(event: Event, start: date, end: date) -> bool:
    return event.date <= end and event.date_end >= start


def events_place(
    *, article: Article, placements: list[Placement], confirm: bool, cache: SignatureCache
) -> tuple[int, int]:
    """Attach each candidate of `article` to the stored event reporting the same happening,
    or create one; return (created, merged).

    New events are confirmed when `confirm` (the article's date is trustworthy), otherwise
    proposed for review. Fields a curator edited on an event are left as they are.
    """
    if not placements:
        return 0, 0
    windows = [fuzzy_date_range(p.candidate.date) for p in placements]
    nearby = [cache.known[pk] for pk in _loaded(cache, _comparable_ids(placements, windows))]

    new: list[_Known] = []
    refined: dict[int, set[str]] = {}
    placed: list[tuple[_Known, Placement]] = []
    for placement, (start, end) in zip(placements, windows, strict=True):
        candidate = placement.candidate
        signature = signature_for(candidate, cache.actor_refs)
        match = next(
            (
                known
                for known in [*nearby, *new]
                if _overlaps(known.event, start, end)
                and any(same_happening(signature, other) for other in known.signatures)
            ),
            None,
        )
        if match is None:
            match = _Known(_new_event(candidate, confirm), [signature])
            new.append(match)
        else:
            if match.event.pk is not None:
                changed = _refine(match.event, candidate, confirm)
                if changed:
                    refined.setdefault(match.event.pk, set()).update(changed)
            if len(match.signatures) < SIGNATURES_PER_EVENT:
                match.signatures.append(signature)
        placed.append((match, placement))

    # One INSERT for the new events and one for their history; the refined ones likewise.
    Event.objects.bulk_create([known.event for known in new])
    Event.history.bulk_history_create(
        [known.event for known in new], default_change_reason="Created by the importer"
    )
    if refined:
        events = [cache.known[pk].event for pk in refined]
        fields = sorted(set().union(*refined.values()) | {"modified_at"})
        now = timezone.now()
        for event in events:
            event.modified_at = now
        Event.objects.bulk_update(events, fields)
        Event.history.bulk_history_create(
            events, update=True, default_change_reason="Updated by the importer"
        )
    for known in new:
        cache.known[known.event.pk] = known
    cache.touched.update(known.event.pk for known, _ in placed)

    evidence_rows = [
        Evidence(
            event=known.event,
            article=article,
            sentence=placement.candidate.sentence.text,
            start=placement.candidate.sentence.start,
            end=placement.candidate.sentence.end,
            temporal_text=placement.candidate.temporal_text[:200],
            stated_date=placement.candidate.date.value,
            stated_precision=placement.candidate.date.precision.value,
        )
        for known, placement in placed
    ]
    Evidence.objects.bulk_create(evidence_rows, ignore_conflicts=True)
    _link(placed)
    refresh_source_counts({known.event.pk for known, _ in placed})
    return len(new), len(placed) - len(new)


# The longest period of each precision, in days: an event of that precision touching a
# window starts at most this long before the window does.
_LONGEST = {Precision.DAY: 1, Precision.WEEK: 7, Precision.MONTH: 31, Precision.YEAR: 366}
# A window's events read before the actor filter; the newest are kept.
MAX_WINDOW_EVENTS = 3000


def _comparable_ids(placements: list[Placement], windows: list[tuple[date, date]]) -> list[int]:
    """Return the ids of stored events worth comparing with the article's candidates,
    newest first: the period touches a candidate's and, when the candidate names actors, one
    of them is linked. A month or a year is compared only with months and years: against
    every dated day of a year the comparisons would grow with the whole corpus. Each lookup
    is a bounded range on (precision, date), so the cost does not grow with the corpus."""
    period = Q(pk__in=[])
    actor_ids: set[int] = set()
    any_without_actors = False
    for placement, (start, end) in zip(placements, windows, strict=True):
        coarse = placement.candidate.date.precision in (Precision.MONTH, Precision.YEAR)
        for precision, longest in _LONGEST.items():
            if coarse and precision in (Precision.DAY, Precision.WEEK):
                continue
            period |= Q(
                precision=precision.value,
                date__gte=start - timedelta(days=longest - 1),
                date__lte=end,
                date_end__gte=start,
            )
        actor_ids.update(actor.pk for actor in placement.actors)
        any_without_actors = any_without_actors or not placement.actors
    ids = list(
        Event.objects.filter(period)
        .order_by("-pk")
        .values_list("pk", flat=True)[:MAX_WINDOW_EVENTS]
    )
    if actor_ids and not any_without_actors:
        linked = set(
            Event.actors.through.objects.filter(
                event_id__in=ids, actor_id__in=actor_ids
            ).values_list("event_id", flat=True)
        )
        ids = [pk for pk in ids if pk in linked]
    return ids[:MAX_COMPARED_EVENTS]


def _loaded(cache: SignatureCache, ids: list[int]) -> list[int]:
    """Return `ids` whose signatures are in the cache (loading the missing ones)."""
    cache.load(ids)
    return [pk for pk in ids if pk in cache.known]


def _new_event(candidate: EventCandidate, confirm: bool) -> Event:
    """Return an unsaved event for `candidate` (saved in bulk with the article's others)."""
    event = Event(
        date=candidate.date.value,
        precision=candidate.date.precision.value,
        title=candidate.title[:300],
        summary=candidate.sentence.text,
        kind=candidate.kind.value,
        planned=candidate.planned,
        status=Event.Status.CONFIRMED if confirm else Event.Status.PROPOSED,
        created_at=timezone.now(),
        modified_at=timezone.now(),
    )
    event.fill_derived()
    return event


def _link(placed: list[tuple[_Known, Placement]]) -> None:
    """Insert the actor, topic and negotiation links of placed candidates in bulk, except on
    relations a curator edited. The importer's links are re-derivable, so they are not
    written to the history one by one (a curator's changes in the admin are)."""
    links: dict[str, set[tuple[int, int]]] = {name: set() for name in _LINKS}
    for known, placement in placed:
        curated = set(known.event.curated_fields)
        for name, objects in (
            ("actors", placement.actors),
            ("topics", placement.topics),
            ("negotiations", placement.negotiations),
        ):
            if name not in curated:
                links[name].update((known.event.pk, obj.pk) for obj in objects)
    for name, pairs in links.items():
        relation = getattr(Event, name)
        target = f"{relation.field.related_model._meta.model_name}_id"
        relation.through.objects.bulk_create(
            [relation.through(event_id=event_id, **{target: pk}) for event_id, pk in pairs],
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
    if not event_ids:
        return
    evidence = Evidence.objects.filter(event=OuterRef("pk")).order_by().values("event")
    outlets = evidence.annotate(n=Count("article__outlet", distinct=True)).values("n")
    without_outlet = evidence.annotate(
        n=Count("article", filter=Q(article__outlet__isnull=True), distinct=True)
    ).values("n")
    Event.objects.filter(pk__in=event_ids).update(
        source_count=Coalesce(Subquery(outlets), 0) + Coalesce(Subquery(without_outlet), 0)
    )
