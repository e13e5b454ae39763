"""What curators do to the importer's proposals: publish, hide, confirm, reject, merge, split.

Every function is keyword-only, typed and transactional, and returns what it did. Each one
records the fields it decided in the object's `curated_fields`, so a later import or
re-extraction leaves the curator's decision alone. Objects are saved one by one (not with
`QuerySet.update`) so django-simple-history records who changed what.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction

from articles.cache import bump_content_version
from articles.extraction.normalise import normalise_name
from articles.models import (
    Actor,
    Alias,
    Article,
    DerivedRow,
    Event,
    Evidence,
    Quote,
    event_row_tables,
)
from articles.services.clustering import refresh_source_counts

# Marks an event whose evidence a curator arranged (merged or split), so re-extraction
# keeps the event even when it loses its evidence for a while.
CURATED_EVIDENCE = "evidence"


class CurationError(ValueError):
    """A curation request that cannot be carried out; the message says why in plain words."""


def mark_curated(instance: Article | Actor | Event, names: Iterable[str]) -> None:
    """Add `names` to the instance's curated_fields (in memory; the caller saves)."""
    curated = list(instance.curated_fields or [])
    for name in names:
        if name != "curated_fields" and name not in curated:
            curated.append(name)
    instance.curated_fields = curated


def _set_status(objects: Iterable[Article | Actor | Event], status: str) -> int:
    """Give each object `status` as a curated decision; return how many changed."""
    changed = 0
    for obj in objects:
        if obj.status == status and "status" in obj.curated_fields:
            continue
        changed += obj.status != status
        obj.status = status
        mark_curated(obj, ["status"])
        obj.save()
    return changed


@transaction.atomic
def articles_publish(*, articles: Iterable[Article]) -> int:
    """Publish the articles; return how many were not published before."""
    return _set_status(articles, Article.Status.PUBLISHED)


@transaction.atomic
def articles_accept_date(*, articles: Iterable[Article]) -> int:
    """Accept the publication date the importer inferred for each article (from a matching
    story), as if a curator had entered it: the article leaves the review queue and later
    imports keep the date. Articles whose date was not inferred are left as they are.
    Return how many were accepted."""
    accepted = 0
    for article in articles:
        if article.published_how != Article.PublishedHow.INFERRED or article.published is None:
            continue
        article.published_how = Article.PublishedHow.MANUAL
        mark_curated(article, ["published", "published_how", "published_from"])
        article.save()
        accepted += 1
    return accepted


@transaction.atomic
def articles_hide(*, articles: Iterable[Article]) -> int:
    """Hide the articles from readers; return how many were published before."""
    return _set_status(articles, Article.Status.HIDDEN)


@transaction.atomic
def events_confirm(*, events: Iterable[Event]) -> int:
    """Confirm the events; return how many changed."""
    return _set_status(events, Event.Status.CONFIRMED)


@transaction.atomic
def events_hide(*, events: Iterable[Event]) -> int:
    """Hide the events (the importer never confirms them again); return how many changed."""
    return _set_status(events, Event.Status.HIDDEN)


@transaction.atomic
def actors_confirm(*, actors: Iterable[Actor]) -> int:
    """Confirm the actors; return how many changed."""
    return _set_status(actors, Actor.Status.CONFIRMED)


@transaction.atomic
def actors_reject(*, actors: Iterable[Actor]) -> int:
    """Reject the actors: later imports link nothing to them. Return how many changed."""
    return _set_status(actors, Actor.Status.REJECTED)


@transaction.atomic
def derived_rows_remove(*, rows: Iterable[DerivedRow]) -> int:
    """Mark mentions, quotes or topic links removed: kept as rows, hidden from readers, so
    that later imports and re-extractions never add them back. Return how many changed."""
    changed = 0
    for row in rows:
        if not row.removed:
            row.removed = True
            row.save(update_fields=["removed"])
            changed += 1
    return changed


def derived_row_save(row: DerivedRow) -> None:
    """Save a mention, quote or topic link a curator added or edited, marked curated: later
    imports and re-extractions keep it as it is."""
    row.curated = True
    row.save()


# ---------------------------------------------------------------------------------------
# Merging actors


@dataclass
class MergeResult:
    """What a merge moved to the object kept."""

    kept: Actor | Event
    merged: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n

    def describe(self) -> str:
        """One line for the admin's message."""
        moved = ", ".join(f"{n} {what}" for what, n in self.counts.items() if n) or "nothing"
        return f"Merged {', '.join(self.merged)} into {self.kept}: moved {moved}."


# Fields the kept actor takes from a merged one when it has no value of its own.
_ACTOR_FILLABLE = ["role", "in_role_since", "country", "description"]


def _others(keep, others) -> list:
    others = [other for other in others if other.pk != keep.pk]
    if not others:
        raise CurationError("choose at least one other to merge into the one kept")
    return others


@transaction.atomic
def actors_merge(*, keep: Actor, others: Iterable[Actor]) -> MergeResult:
    """Merge `others` into `keep` and delete them; return what moved.

    Aliases, mentions (counts summed when both were named in one article), quotes, event
    links, negotiation parties, citizens and bloc memberships move to `keep`; each other's
    name becomes an alias of `keep`, so imports find it there from now on.
    """
    result = MergeResult(kept=keep)
    keep_name = normalise_name(keep.name)
    for other in _others(keep, others):
        result.merged.append(other.name)
        if keep.country_id == other.pk:
            keep.country = None  # an actor cannot belong to itself
        for name in _ACTOR_FILLABLE:
            value = getattr(other, name)
            if name == "country" and value is not None and value.pk == keep.pk:
                continue
            if value and not getattr(keep, name):
                setattr(keep, name, value)
                mark_curated(keep, [name])

        moved_aliases = list(other.aliases.all())
        for alias in moved_aliases:
            alias.actor = keep
            alias.save()
        result.add("aliases", len(moved_aliases))
        other_name = normalise_name(other.name)
        if other_name != keep_name and not Alias.objects.filter(normalised=other_name).exists():
            Alias.objects.create(actor=keep, text=other.name)
            result.add("names as aliases")

        kept_mentions = {m.article_id: m for m in keep.mentions.all()}
        for mention in other.mentions.all():
            same_article = kept_mentions.get(mention.article_id)
            if same_article is None:
                mention.actor = keep
                mention.save()
                result.add("mentions")
                continue
            same_article.count += mention.count
            same_article.first_offset = min(same_article.first_offset, mention.first_offset)
            same_article.role = same_article.role or mention.role
            # Still removed only if the curator removed both links from that article.
            same_article.removed = same_article.removed and mention.removed
            same_article.curated = same_article.curated or mention.curated
            same_article.save()
            mention.delete()
            result.add("mentions combined")

        result.add("quotes", Quote.objects.filter(speaker=other).update(speaker=keep))

        for event in other.events.all():
            event.actors.remove(other)
            event.actors.add(keep)
            result.add("events")
        for negotiation in other.negotiations.all():
            negotiation.parties.remove(other)
            negotiation.parties.add(keep)
            result.add("negotiations")
        result.add("citizens", Actor.objects.filter(country=other).update(country=keep))
        # A bloc's membership follows too: the blocs a merged country belonged to, and the
        # members of a merged bloc.
        for bloc in other.blocs.exclude(pk=keep.pk):
            bloc.members.remove(other)
            bloc.members.add(keep)
            result.add("blocs")
        members = list(other.members.exclude(pk=keep.pk))
        keep.members.add(*members)
        result.add("members", len(members))
        other.delete()
    keep.save()
    bump_content_version()  # quotes and citizens moved with update(), which sends no signal
    return result


# ---------------------------------------------------------------------------------------
# Merging and splitting events


@transaction.atomic
def events_merge(*, keep: Event, others: Iterable[Event]) -> MergeResult:
    """Merge `others` into `keep` and delete them; return what moved.

    The rows of Event.FOLLOWING_RELATIONS follow: evidence moves to `keep` (a sentence it
    already cites is not cited twice); actors, topics and negotiations are unioned.
    """
    result = MergeResult(kept=keep)
    for other in _others(keep, others):
        result.merged.append(other.title)
        for rows in event_row_tables():
            name = rows.relation
            if rows.many_to_many:
                new = set(getattr(other, name).all()) - set(getattr(keep, name).all())
                if new:
                    getattr(keep, name).add(*new)
                    result.add(name, len(new))
                continue
            # Saved one by one, so their signals (and any history) see each move.
            kept = set(getattr(keep, name).values_list(*rows.unique_attnames))
            for row in getattr(other, name).all():
                if tuple(getattr(row, attname) for attname in rows.unique_attnames) in kept:
                    continue
                setattr(row, rows.event_field, keep)
                row.save()
                result.add(name)
        other.delete()
    mark_curated(keep, [CURATED_EVIDENCE])
    keep.save()
    refresh_source_counts({keep.pk})
    return result


@transaction.atomic
def event_split(*, event: Event, evidence_ids: Iterable[int]) -> Event:
    """Move the chosen evidence of `event` to a new event and return the new one.

    The new event is dated by its first moved sentence and shares the original's title,
    kind, status, actors, topics and negotiations until a curator edits them.
    """
    ids = {int(pk) for pk in evidence_ids}
    moving = list(Evidence.objects.filter(event=event, pk__in=ids).order_by("start", "pk"))
    if len(moving) != len(ids) or not moving:
        raise CurationError("choose evidence of this event to move to the new event")
    if event.evidence.exclude(pk__in=ids).count() == 0:
        raise CurationError("leave at least one piece of evidence with the original event")
    first = moving[0]
    new = Event.objects.create(
        date=first.stated_date,
        precision=first.stated_precision,
        title=event.title,
        summary=first.sentence,
        kind=event.kind,
        planned=event.planned,
        status=event.status,
        curated_fields=[CURATED_EVIDENCE],
    )
    new.actors.set(event.actors.all())
    new.topics.set(event.topics.all())
    new.negotiations.set(event.negotiations.all())
    Evidence.objects.filter(pk__in=[e.pk for e in moving]).update(event=new)
    mark_curated(event, [CURATED_EVIDENCE])
    event.save()
    refresh_source_counts({event.pk})
    refresh_source_counts({new.pk})
    bump_content_version()  # the evidence moved with update(), which sends no signal
    return new
