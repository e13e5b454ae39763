"""One happening, one event: placing an article's event candidates among stored events.

A candidate is compared only with events whose period touches its own (one indexed query
per article, never every event), through the pure `same_happening` of the extraction.
Signatures of stored events are kept in a per-run cache, so a large import compares sets
in memory instead of re-reading evidence; the cache forgets what a rolled-back article
touched. Writes are batched per article: evidence and links are bulk-inserted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Prefetch, Q

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
_PRECISION_ORDER = ["day", "week", "month", "year"]
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
    period = Q()
    for start, end in windows:
        period |= Q(date__lte=end, date_end__gte=start)
    nearby_ids = list(Event.objects.filter(period).values_list("pk", flat=True))
    cache.load(nearby_ids)
    candidates_ids = [pk for pk in nearby_ids if pk in cache.known]

    created = merged = 0
    evidence_rows: list[Evidence] = []
    links: dict[str, set[tuple[int, int]]] = {
        "actors": set(),
        "topics": set(),
        "negotiations": set(),
    }
    for placement, (start, end) in zip(placements, windows, strict=True):
        candidate = placement.candidate
        signature = signature_for(candidate, cache.actor_refs)
        match = None
        for pk in candidates_ids:
            known = cache.known.get(pk)
            if known is None or not _overlaps(known.event, start, end):
                continue
            if any(same_happening(signature, other) for other in known.signatures):
                match = known.event
                break
        if match is None:
            event = Event(
                date=candidate.date.value,
                precision=candidate.date.precision.value,
                title=candidate.title[:300],
                summary=candidate.sentence.text,
                kind=candidate.kind.value,
                planned=candidate.planned,
                status=Event.Status.CONFIRMED if confirm else Event.Status.PROPOSED,
            )
            event.save()
            cache.known[event.pk] = _Known(event, [signature])
            candidates_ids.append(event.pk)
            created += 1
        else:
            event = match
            _refine(event, candidate, confirm)
            signatures = cache.known[event.pk].signatures
            if len(signatures) < SIGNATURES_PER_EVENT:
                signatures.append(signature)
            merged += 1
        cache.touched.add(event.pk)
        evidence_rows.append(
            Evidence(
                event=event,
                article=article,
                sentence=candidate.sentence.text,
                start=candidate.sentence.start,
                end=candidate.sentence.end,
                temporal_text=candidate.temporal_text[:200],
                stated_date=candidate.date.value,
                stated_precision=candidate.date.precision.value,
            )
        )
        curated = set(event.curated_fields)
        for name, objects in (
            ("actors", placement.actors),
            ("topics", placement.topics),
            ("negotiations", placement.negotiations),
        ):
            if name not in curated:
                links[name].update((event.pk, obj.pk) for obj in objects)

    Evidence.objects.bulk_create(evidence_rows, ignore_conflicts=True)
    # Through rows in bulk: the importer's links are re-derivable, so they are not written
    # to the history one by one (a curator's changes in the admin are).
    for name, pairs in links.items():
        through = getattr(Event, name).through
        target = f"{getattr(Event, name).field.related_model._meta.model_name}_id"
        through.objects.bulk_create(
            [through(event_id=event_id, **{target: pk}) for event_id, pk in pairs],
            ignore_conflicts=True,
        )
    refresh_source_counts({row.event_id for row in evidence_rows})
    return created, merged


def _refine(event: Event, candidate: EventCandidate, confirm: bool) -> None:
    """Sharpen a stored event with a more precise date, and confirm it when a trustworthy
    source reports it, leaving every field a curator edited as it is."""
    curated = set(event.curated_fields)
    changed: list[str] = []
    new_precision = candidate.date.precision.value
    sharper = _PRECISION_ORDER.index(new_precision) < _PRECISION_ORDER.index(event.precision)
    if sharper and not curated & {"date", "precision"}:
        event.date, event.precision = candidate.date.value, new_precision
        changed += ["date", "precision", "date_end", "precision_rank"]
    if confirm and "status" not in curated and event.status == Event.Status.PROPOSED:
        event.status = Event.Status.CONFIRMED
        changed.append("status")
    if changed:
        # Only what changed: the cached instance's other fields may be older than the row.
        event.save(update_fields=[*changed, "modified_at"])


def refresh_source_counts(event_ids: set[int]) -> None:
    """Store, for each event, how many distinct outlets (or outlet-less articles) cite it."""
    if not event_ids:
        return
    sources: dict[int, set[tuple[str, int]]] = {pk: set() for pk in event_ids}
    rows = Evidence.objects.filter(event_id__in=event_ids).values_list(
        "event_id", "article__outlet_id", "article_id"
    )
    for event_id, outlet_id, article_id in rows:
        sources[event_id].add(("outlet", outlet_id) if outlet_id else ("article", article_id))
    events = list(Event.objects.filter(pk__in=event_ids).only("pk", "source_count"))
    changed = []
    for event in events:
        count = len(sources[event.pk])
        if event.source_count != count:
            event.source_count = count
            changed.append(event)
    Event.objects.bulk_update(changed, ["source_count"])
