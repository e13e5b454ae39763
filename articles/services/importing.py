"""Importing articles and re-deriving what they say.

Every function here is keyword-only, typed and transactional, and returns what it did.
The importer is idempotent (the same text twice changes nothing) and never overwrites a
field a curator edited (listed in the object's `curated_fields`, or a mention marked
`removed`). The management command and the admin upload both call `articles_import`.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from django.db import connection, transaction
from django.db.models import Q
from django.utils.text import slugify

from articles.cache import invalidation_deferred
from articles.extraction.countries import country_forms
from articles.extraction.dates import (
    find_temporal_expressions,
    publication_date_consistent,
)
from articles.extraction.formats import InputError
from articles.extraction.normalise import normalise_name
from articles.extraction.pipeline import Extractor, default_anchor
from articles.extraction.similarity import (
    ArticleParties,
    same_happening,
    signature_for,
    story_countries,
)
from articles.extraction.types import (
    ActorKind,
    ActorMention,
    ActorRef,
    ArticleText,
    EventCandidate,
    ExtractedArticle,
    PublishedHow,
    RawDocument,
    TopicRef,
)
from articles.models import (
    Actor,
    Alias,
    Article,
    ArticleTopic,
    Event,
    Evidence,
    Mention,
    Negotiation,
    Outlet,
    Quote,
    Topic,
)
from articles.services.clustering import (
    Placement,
    SignatureCache,
    defer_search_refresh,
    events_place,
    events_refresh,
    refresh_source_counts,
)
from articles.services.memberships import blocs_listing, member_slugs
from articles.services.rows import insert_objects, json_text

# Publication dates good enough for the importer to confirm the events an article reports;
# events from articles with an inferred or unknown date wait for a curator.
CONFIDENT_DATES = {PublishedHow.STATED, PublishedHow.CAPTION, PublishedHow.MANUAL}
# How many stored articles sharing actors are tried when inferring a publication date.
INFERENCE_CANDIDATES = 5
# ... among the articles stored most recently (by id): a story's reports arrive together.
INFERENCE_WINDOW = 2000
# Documents written in one transaction (each in its own savepoint): enough to spread the
# commit and the per-batch writes, few enough that a batch's failure retries little.
BATCH_SIZE = 100


class ImportStatus(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass
class ImportOptions:
    """What the caller applies to every document: overrides and a dry-run switch."""

    published: date | None = None
    outlet: str | None = None
    negotiation: Negotiation | None = None
    dry_run: bool = False


@dataclass
class ArticleOutcome:
    """What importing one document did."""

    origin: str
    status: ImportStatus
    message: str = ""
    article_id: int | None = None
    actors_linked: int = 0
    actors_proposed: int = 0
    # countries of the world's list the registry lacked, added confirmed
    countries_added: int = 0
    events_created: int = 0
    events_merged: int = 0
    quotes: int = 0

    def describe(self) -> str:
        """One line for the command's output and the admin's messages."""
        if self.status == ImportStatus.FAILED:
            return f"{self.origin}: failed: {self.message}"
        detail = f" ({self.message})" if self.message else ""
        return f"{self.origin}: {self.status}{detail}"


@dataclass
class ImportReport:
    """Outcomes of one import run, with totals."""

    outcomes: list[ArticleOutcome] = field(default_factory=list)
    dry_run: bool = False
    # Articles earlier runs stored with no date that this run's stories dated.
    dated_earlier: list[ArticleOutcome] = field(default_factory=list)

    def count(self, status: ImportStatus) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    def total(self, attribute: str) -> int:
        return sum(getattr(outcome, attribute) for outcome in self.outcomes)

    @property
    def failed(self) -> bool:
        return self.count(ImportStatus.FAILED) > 0

    def summary(self) -> str:
        """The end-of-run summary: articles by outcome, then what they linked and created."""
        prefix = "Dry run, nothing written: would have " if self.dry_run else ""
        return (
            f"{prefix}articles: {self.count(ImportStatus.CREATED)} created, "
            f"{self.count(ImportStatus.UPDATED)} updated, "
            f"{self.count(ImportStatus.UNCHANGED)} unchanged, "
            f"{self.count(ImportStatus.FAILED)} failed; "
            f"actors: {self.total('actors_linked')} linked, "
            f"{self.total('actors_proposed')} proposed, "
            f"{self.total('countries_added')} added from the country list; "
            f"events: {self.total('events_created')} created, "
            f"{self.total('events_merged')} merged; "
            f"quotes: {self.total('quotes')}"
            + (
                f"; earlier undated articles dated: {len(self.dated_earlier)}"
                if self.dated_earlier
                else ""
            )
        )


class _Rollback(Exception):
    """Raised inside a dry run's transaction to undo it."""


class _RetryBatch(Exception):
    """Raised when a document of a batch failed and the batch must be imported again one
    document at a time; carries the failed document's outcome."""

    def __init__(self, outcome: ArticleOutcome) -> None:
        super().__init__(outcome.message)
        self.outcome = outcome


def content_hash_for(text: str) -> str:
    """Return the hash that identifies an article's text, blind to line-end and spacing noise."""
    # The same as re.sub(r"\s+", " ", text).strip() (str.split and re's \s agree on
    # what whitespace is), at a quarter of the cost.
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------------------
# The registry: what the extraction needs from the database, read once per run.


def registry_extractor() -> Extractor:
    """Return an Extractor compiled from the actors (not rejected) and topics stored now."""
    actors = list(
        Actor.objects.exclude(status=Actor.Status.REJECTED)
        .select_related("country")
        .prefetch_related("aliases", "members")
    )
    # A proposed actor named as a known actor is also called ("Congress", proposed for a
    # story about Peru) would take that text from it (a name comes before an alias): it is
    # left out, so that text stays the known actor's, and the rule that proposed the name
    # proposes it again where it applies.
    known_forms = {
        normalise_name(text)
        for actor in actors
        if actor.status == Actor.Status.CONFIRMED
        for text in (actor.name, *(alias.text for alias in actor.aliases.all()))
    }
    actors = [
        actor
        for actor in actors
        if actor.status == Actor.Status.CONFIRMED or normalise_name(actor.name) not in known_forms
    ]
    world = _world_forms()
    refs = [
        ActorRef(
            key=actor.slug,
            name=actor.name,
            kind=ActorKind(actor.kind),
            aliases=tuple(alias.text for alias in actor.aliases.all())
            + _proposed_forms(actor, world),
            role=actor.role,
            country=actor.country.slug if actor.country else None,
            in_role_since=actor.in_role_since,
            members=member_slugs(actor, [member.slug for member in actor.members.all()]),
        )
        for actor in actors
    ]
    topics = [
        TopicRef(
            key=topic.slug,
            name=topic.name,
            keywords=tuple(topic.keyword_list()),
            min_mentions=topic.min_mentions,
        )
        for topic in Topic.objects.all()
    ]
    return Extractor(actors=refs, topics=topics)


def _world_forms() -> dict[str, tuple[str, ...]]:
    """Return each country of the world's list (countries.py) -> its other names and
    demonyms."""
    forms: dict[str, list[str]] = {}
    for form, name in country_forms().items():
        others = forms.setdefault(name, [])  # every country, "Vanuatu" with no other name too
        if form != name:
            others.append(form)
    return {name: tuple(others) for name, others in forms.items()}


def _proposed_forms(actor: Actor, world: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Return the world list's other names and demonyms of a country the importer proposed
    from that list, () for any other actor. The run that proposed it read those names as
    the country ("Thai exporters"); a later run reads it from the registry, which would
    otherwise know it by its name alone, and give the same article other actors (and so
    place its events elsewhere). A curator's country has the aliases the curator gave it."""
    if actor.status != Actor.Status.PROPOSED or actor.kind != Actor.Kind.COUNTRY:
        return ()
    return world.get(actor.name, ())


@dataclass
class _ImportContext:
    """Lookups shared by every article of one run (kept current as actors are proposed)."""

    extractor: Extractor
    actors_by_slug: dict[str, Actor]
    actors_by_name: dict[str, Actor]
    outlets_by_name: dict[str, Outlet]
    # Each negotiation, its parties, its parties with the members of its blocs, and its
    # keywords' pattern.
    negotiations: list[tuple[Negotiation, set[int], set[int], re.Pattern[str] | None]]
    # Those of at most three parties, in the same order, with their parties and table: a
    # sentence naming no negotiation belongs to those (see _negotiations_for).
    few_parties: list[tuple[Negotiation, set[int], set[int]]]
    cache: SignatureCache
    topics: dict[str, Topic]
    # Each country of the world's list (countries.py) -> its other names and demonyms.
    world: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Actors and outlets created by the current batch (forgotten if it is rolled back).
    new_actors: set[int] = field(default_factory=set)
    new_outlets: set[int] = field(default_factory=set)
    # Every negotiation's keywords in one pattern (None when there are none).
    negotiation_keywords: re.Pattern[str] | None = None
    # Articles the current batch created, by id, and whether it updated any: date
    # inference reads the rows the batch keeps (see PendingRows) from memory.
    batch_articles: dict[int, Article] = field(default_factory=dict)
    # (date, source) inferred for a stored undated article by `_dated_now`, by its id.
    inferred: dict[int, tuple[date, Article]] = field(default_factory=dict)
    batch_updated: bool = False

    def forget_rolled_back(self, *, batch: bool = False) -> None:
        """Forget actors, outlets and events a rolled-back article (or, with `batch`, a
        rolled-back batch) created or changed."""
        self.inferred.clear()
        if self.new_actors:
            kept = set(Actor.objects.filter(pk__in=self.new_actors).values_list("pk", flat=True))
            gone = self.new_actors - kept
            self.actors_by_name = {k: a for k, a in self.actors_by_name.items() if a.pk not in gone}
            self.actors_by_slug = {k: a for k, a in self.actors_by_slug.items() if a.pk not in gone}
            self.new_actors = kept
        if self.new_outlets:
            kept = set(Outlet.objects.filter(pk__in=self.new_outlets).values_list("pk", flat=True))
            self.outlets_by_name = {
                k: o
                for k, o in self.outlets_by_name.items()
                if o.pk not in self.new_outlets or o.pk in kept
            }
            self.new_outlets &= kept
        if batch:
            self.cache.rollback_batch()
            self.batch_articles.clear()
            self.batch_updated = False
        else:
            self.cache.rollback()

    def commit_batch(self) -> None:
        """The batch is committed: what it created is there to stay."""
        self.cache.commit_batch()
        self.new_actors.clear()
        self.new_outlets.clear()
        self.batch_articles.clear()
        self.batch_updated = False

    @classmethod
    def load(cls) -> _ImportContext:
        actors = list(Actor.objects.all())
        by_slug = {actor.slug: actor for actor in actors}
        by_name = {normalise_name(actor.name): actor for actor in actors}
        by_id = {actor.pk: actor for actor in actors}
        for alias in Alias.objects.all():
            actor = by_id[alias.actor_id]
            # A name the extraction proposes is never one of a known actor's aliases that
            # it could have matched: the text names another body ("Congress" in a story
            # about Peru, which the U.S. Congress is also called), so only an unknown or
            # rejected actor's alias finds it. Its name still does ("Asean Secretariat").
            if actor.status != Actor.Status.CONFIRMED:
                by_name.setdefault(alias.normalised, actor)
        outlets: dict[str, Outlet] = {}
        for outlet in Outlet.objects.all():
            for name in [outlet.name, *outlet.alias_list()]:
                outlets.setdefault(normalise_name(name), outlet)
        negotiations = []
        every_keyword: list[str] = []
        for negotiation in Negotiation.objects.prefetch_related("parties__members"):
            keywords = negotiation.keyword_list()
            every_keyword += keywords
            pattern = _keywords_pattern(keywords) if keywords else None
            parties = {party.pk for party in negotiation.parties.all()}
            at_table = parties | {
                member.pk for party in negotiation.parties.all() for member in party.members.all()
            }
            negotiations.append((negotiation, parties, at_table, pattern))
        extractor = registry_extractor()
        return cls(
            extractor=extractor,
            cache=SignatureCache(actor_refs=extractor.actor_refs),
            topics={topic.slug: topic for topic in Topic.objects.all()},
            actors_by_slug=by_slug,
            actors_by_name=by_name,
            outlets_by_name=outlets,
            world=_world_forms(),
            negotiations=negotiations,
            few_parties=[
                (negotiation, parties, at_table)
                for negotiation, parties, at_table, _ in negotiations
                if parties and len(parties) <= 3
            ],
            negotiation_keywords=_keywords_pattern(every_keyword) if every_keyword else None,
        )


# An acronym as a keyword: four capitals or more, lowercase letters allowed inside
# ("RCEP", "AfCFTA"); three ("TAG", "EPA") would make common words of their spellings.
_ACRONYM_KEYWORD_RE = re.compile(r"(?=(?:[a-z]*[A-Z]){4})[A-Z][A-Za-z]+")


def _keywords_pattern(keywords: list[str]) -> re.Pattern[str]:
    """Return the pattern that finds any of `keywords` as whole words: a hyphen and a dash
    match each other, so a curator's "EU-India FTA" finds "EU–India FTA" too, and an
    acronym is also found as many papers print it, capitalised like a name ("Rcep",
    "Usmca", "Afcfta")."""
    spellings = list(keywords)
    for keyword in keywords:
        if _ACRONYM_KEYWORD_RE.fullmatch(keyword):
            spellings.append(keyword[0] + keyword[1:].lower())
    # The spellings as a tree of their characters (any dash one), so the pattern tries
    # each first character once at a word's start, not each spelling: every candidate's
    # sentence is searched, and a flat alternation of a few hundred spellings cost three
    # times as much. It finds the same texts (callers ask whether it finds one at all).
    tree: dict[str, dict] = {}
    for spelling in spellings:
        node = tree
        for char in spelling:
            part = _ANY_DASH if char in _DASHES else re.escape(char)
            if node is tree:
                # The word boundary before the first character, tested after it: a
                # pattern whose every branch opens with a literal character lets `re`
                # skip, in C, every position holding none of them (half the cost). Before
                # a word character the boundary is a character before it that is none;
                # before any other, one that is (`\b` and `\w` agree on what is).
                part += _NO_WORD_BEFORE if _WORD_RE.match(char) else _WORD_BEFORE
            node = node.setdefault(part, {})
        node[""] = {}  # a spelling ends here
    return re.compile(_alternation(tree) + r"\b")


def _alternation(node: dict[str, dict]) -> str:
    """Return the pattern of a tree of `_keywords_pattern`: what follows `node`."""
    branches = [part + _alternation(rest) if part else "" for part, rest in node.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# A hyphen, a non-breaking hyphen or an en dash, and the class that finds any.
_DASHES = "-\u2011\u2013"
_ANY_DASH = "[-\u2011\u2013]"
# After a keyword's first character: whether the character before it is (not) a word's.
_WORD_RE = re.compile(r"\w")
_NO_WORD_BEFORE = r"(?<!\w.)"
_WORD_BEFORE = r"(?<=\w.)"


# ---------------------------------------------------------------------------------------
# Importing


def articles_import(
    *,
    documents: Iterable[RawDocument | InputError],
    options: ImportOptions | None = None,
    on_outcome: Callable[[ArticleOutcome], None] | None = None,
) -> ImportReport:
    """Import each document atomically; return what happened to each.

    Documents are written in batches of `BATCH_SIZE`, each batch in one transaction and each
    document in a savepoint inside it: a document that fails (bad input, or any error while
    writing it) is rolled back alone, reported as failed with its reason, and the others go
    on. Nothing of a failed document stays written. Should the batch's own final writes
    fail, the batch is rolled back and its documents are imported again one by one.
    An InputError in `documents` (a file that could not be read) is reported as failed.
    With `options.dry_run` each document is imported and then rolled back on its own.
    """
    options = options or ImportOptions()
    report = ImportReport(dry_run=options.dry_run)
    context = _ImportContext.load()
    # A dry run undoes each document before the next, so each is judged against the
    # database as it is, as a real run of that document alone would be.
    size = 1 if options.dry_run else BATCH_SIZE
    # The run's articles stored with no date at all, as (index in the report, document).
    undated: list[tuple[int, RawDocument]] = []
    # Cached pages go stale once, when the run ends, not at each of its many writes.
    with invalidation_deferred(), _collecting_less():
        for batch in _batches(documents, size):
            outcomes = _import_batch(batch=batch, context=context, options=options)
            for item, outcome in zip(batch, outcomes, strict=True):
                if outcome.status in _WRITTEN and outcome.message == _UNDATED:
                    undated.append((len(report.outcomes), item))
                report.outcomes.append(outcome)
                if on_outcome:
                    on_outcome(outcome)
        if undated and not options.dry_run and len(undated) < len(report.outcomes):
            _date_undated(undated, report, context, options, on_outcome)
        if not options.dry_run and any(
            o.status in _WRITTEN and o.message != _UNDATED for o in report.outcomes
        ):
            _date_earlier_undated(report, context)
    return report


# Allocations between two collections of Python's youngest generation during a run.
GC_THRESHOLD = 50_000


@contextmanager
def _collecting_less() -> Iterator[None]:
    """Python's cycle collector runs less often during a run, and as before after it. An
    import allocates millions of short-lived objects and next to no cycles: collecting the
    youngest generation every 700 allocations, and with it every tenth time the older
    ones, which hold the registry's tables, cost about 4 % of the run (bench/RESULTS.md)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], GC_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


# What an article written with no date at all, neither published nor updated, is told
# (`_date_note`): its relative dates made no event.
_WRITTEN = (ImportStatus.CREATED, ImportStatus.UPDATED)
_UNDATED = "publication date unknown: queued for review"
# What such an article is told when the run's later articles date it (`_date_undated`).
_DATED_AT_RUN_END = "dated once the run's other articles were stored"


def _date_undated(
    undated: list[tuple[int, RawDocument]],
    report: ImportReport,
    context: _ImportContext,
    options: ImportOptions,
    on_outcome: Callable[[ArticleOutcome], None] | None,
) -> None:
    """Import once more the run's articles stored with no date at all: those imported
    before the articles they can be dated from (a wire story with a yearless dateline
    first in the run) are dated now and their relative dates make events (`_dated_now`);
    the others are left unchanged. A document dated so takes the place of its first
    outcome in the report (created stays created), told that the run's end dated it: a
    caller shown both outcomes (`on_outcome`) reads its story, queued and then dated."""
    for batch in _batches([document for _, document in undated], BATCH_SIZE):
        outcomes = _import_batch(batch=batch, context=context, options=options)
        for (index, _), outcome in zip(undated, outcomes, strict=False):
            if outcome.status is not ImportStatus.UPDATED:
                continue
            first = report.outcomes[index]
            dated = replace(
                outcome,
                status=first.status if first.status in _WRITTEN else outcome.status,
                message=f"{_DATED_AT_RUN_END}: {outcome.message}",
            )
            report.outcomes[index] = dated
            if on_outcome:
                on_outcome(dated)
        undated = undated[len(batch) :]


# How many of the articles earlier runs stored with no date at all, the newest first, a
# run tries to date from the stories it stored (`_date_earlier_undated`).
EARLIER_UNDATED_TRIED = 100


def _date_earlier_undated(report: ImportReport, context: _ImportContext) -> None:
    """Date the articles earlier runs stored with no date at all (neither published nor
    updated, nor a curator's) that this run's stories now date (`_infer_publication_date`):
    a wire story with a yearless dateline imported on its own, then the story that dates
    it. Each is re-derived with its date, as `articles_reextract` does, in its own
    transaction, and listed in `report.dated_earlier`; its date stays inferred, for review."""
    run = {outcome.article_id for outcome in report.outcomes if outcome.article_id}
    waiting = (
        Article.objects.filter(published__isnull=True, updated__isnull=True)
        .exclude(pk__in=run)
        .order_by("-pk")[:EARLIER_UNDATED_TRIED]
    )
    for article in waiting:
        if not _waits_for_a_date(article):  # a date a curator set stands
            continue
        try:
            with transaction.atomic():
                # The inference extracts the text anchored to the date it finds: the
                # re-extraction below, anchored to that date, is that extraction.
                extractions: dict[date | None, ExtractedArticle] = {}
                inferred = _infer_publication_date(
                    _stored_text(article), context, article.pk, extractions
                )
                if inferred is None:
                    continue
                article.published, article.published_from = inferred
                article.published_how = Article.PublishedHow.INFERRED
                article.save_without_historical_record()
                context.cache.history.add([article], update=True, reason=None)
                defer_search_refresh()
                outcome = _reextract_one(article, context, extractions)
                context.cache.flush()
                events_refresh(context.cache.touched)
            context.commit_batch()
        except Exception as error:  # report it and go on with the others
            context.forget_rolled_back(batch=True)
            outcome = ArticleOutcome(
                article.origin, ImportStatus.FAILED, f"{type(error).__name__}: {error}"
            )
        else:
            outcome.status = ImportStatus.UPDATED
            outcome.message = _date_note(article)
        report.dated_earlier.append(outcome)


def _batches(
    documents: Iterable[RawDocument | InputError], size: int
) -> Iterator[list[RawDocument | InputError]]:
    batch: list[RawDocument | InputError] = []
    for item in documents:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _import_batch(
    *, batch: list[RawDocument | InputError], context: _ImportContext, options: ImportOptions
) -> list[ArticleOutcome]:
    """Import `batch` in one transaction, each document in its own savepoint."""
    outcomes: list[ArticleOutcome] = []
    try:
        with transaction.atomic():
            defer_search_refresh()
            for item in batch:
                if isinstance(item, InputError):
                    outcomes.append(ArticleOutcome(item.origin, ImportStatus.FAILED, item.reason))
                else:
                    outcomes.append(_import_one(document=item, context=context, options=options))
            # The rows its articles kept for the batch, then derived counts and search
            # vectors once per batch, for what its articles wrote.
            context.cache.flush()
            events_refresh(context.cache.batch_touched | context.cache.touched)
            if options.dry_run:
                raise _Rollback
    except _Rollback:
        context.forget_rolled_back(batch=True)
    except Exception as error:
        context.forget_rolled_back(batch=True)
        if len(batch) == 1:
            if isinstance(error, _RetryBatch):
                return [error.outcome]
            reason = f"{type(error).__name__}: {error}"
            return [ArticleOutcome(batch[0].origin, ImportStatus.FAILED, reason)]
        # The batch's shared writes failed: no document of it is stored. Each is tried
        # again alone, so a failure is pinned on the document that causes it.
        return [
            outcome
            for item in batch
            for outcome in _import_batch(batch=[item], context=context, options=options)
        ]
    context.commit_batch()
    return outcomes


def _import_one(
    *, document: RawDocument, context: _ImportContext, options: ImportOptions
) -> ArticleOutcome:
    """Import one document in a savepoint; any error rolls back and fails this one alone."""
    try:
        with transaction.atomic():
            outcome = article_import(document=document, context=context, options=options)
    except InputError as error:
        outcome = ArticleOutcome(document.origin, ImportStatus.FAILED, error.reason)
    except Exception as error:  # one bad article must not stop the run
        outcome = ArticleOutcome(
            document.origin, ImportStatus.FAILED, f"{type(error).__name__}: {error}"
        )
    else:
        context.cache.commit()
        return outcome
    context.forget_rolled_back()
    if context.cache.retry_batch:
        # What the batch keeps in memory cannot be put back as it was: the batch is
        # imported again one document at a time (see SignatureCache.rollback).
        raise _RetryBatch(outcome)
    return outcome


def article_import(
    *, document: RawDocument, context: _ImportContext, options: ImportOptions
) -> ArticleOutcome:
    """Create, update or leave alone the article for `document`; return what it did."""
    extractor = context.extractor
    text = extractor.prepare_text(document)
    if not text.body.strip():
        raise InputError(document.origin, "no article text after removing captions and boilerplate")
    digest = content_hash_for(document.text)
    # Two lookups in one statement, each on its unique index (SQLite answers an OR of the
    # two with a scan), in plain SQL: most documents are new, and the ORM's query building
    # cost more than the lookups.
    table = Article._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT 0, id, origin FROM {table} WHERE origin = %s UNION ALL "
            f"SELECT 1, id, origin FROM {table} WHERE content_hash = %s AND origin <> %s",
            [document.origin, digest, document.origin],
        )
        found = {same: (pk, origin) for same, pk, origin in cursor.fetchall()}
    existing_row, same_text = found.get(0), found.get(1)
    if same_text is not None:
        return ArticleOutcome(
            document.origin,
            ImportStatus.UNCHANGED,
            f"the same text is already stored as {same_text[1]}",
            article_id=same_text[0],
        )
    existing = Article.objects.get(pk=existing_row[0]) if existing_row else None

    fields = _article_fields(text, document, context, options)
    # Extractions of this text by anchor: inferring a date extracts it, and the extraction
    # stored below is often one of those.
    extractions: dict[date | None, ExtractedArticle] = {}
    if (
        existing is not None
        and existing.content_hash == digest
        and _same_fields(existing, fields)
        and not _dated_now(existing, text, context, extractions)
    ):
        return ArticleOutcome(document.origin, ImportStatus.UNCHANGED, article_id=existing.pk)

    article = existing or Article(origin=document.origin)
    for name, value in fields.items():
        if name not in article.curated_fields:
            setattr(article, name, value)
    article.content_hash = digest

    anchor, inferred_from = _publication_anchor(article, text, context, extractions)
    if inferred_from is not None and "published" not in article.curated_fields:
        article.published = anchor
        article.published_how = Article.PublishedHow.INFERRED
        article.published_from = inferred_from
    # Its history row is written with the batch's (the same row post_save would write).
    if existing is None:
        insert_objects([article])
        context.batch_articles[article.pk] = article
    else:
        article.save_without_historical_record()
        context.batch_updated = True
    context.cache.history.add([article], update=existing is not None, reason=None)
    if existing is not None:
        # What an update reads and deletes must include the batch's rows kept so far.
        context.cache.write()
        _forget_derived(article, context.cache)

    # With no publication date, relative dates count from the last update; the article's
    # date stays unknown, so its events wait for a curator as an inferred date's do.
    anchor = default_anchor(article.published, article.updated)
    extracted = extractions.get(anchor) or extractor.extract_from_text(text, anchor)
    outcome = ArticleOutcome(
        document.origin,
        ImportStatus.UPDATED if existing else ImportStatus.CREATED,
        _date_note(article),
        article_id=article.pk,
    )
    _persist_extraction(
        article=article, extracted=extracted, context=context, options=options, outcome=outcome
    )
    return outcome


def _waits_for_a_date(article: Article) -> bool:
    """True when a stored article has no date at all (neither published nor updated) and
    no curator set one: a later story may date it. With an update's date, its relative
    dates were counted from that and made events."""
    return (
        article.published is None
        and article.updated is None
        and "published" not in article.curated_fields
    )


def _dated_now(
    article: Article,
    text: ArticleText,
    context: _ImportContext,
    extractions: dict[date | None, ExtractedArticle],
) -> bool:
    """Return True when a stored article with no date at all (neither published nor
    updated, nor a curator's) can now be dated from the articles stored since
    (`_infer_publication_date`): imported again unchanged, it is then updated, and its
    relative dates ("on Monday") make events. The inference's extractions are left in
    `extractions`, by anchor."""
    if not _waits_for_a_date(article):
        return False
    inferred = _infer_publication_date(text, context, article.pk, extractions)
    if inferred is None:
        return False
    context.inferred[article.pk] = inferred
    return True


def _same_fields(article: Article, fields: dict[str, object]) -> bool:
    """True when storing `fields` would change nothing a curator has not taken over; a date
    inferred earlier stands while the text still states none."""
    ignored = set(article.curated_fields)
    if article.published_how == Article.PublishedHow.INFERRED and fields["published"] is None:
        ignored |= {"published", "published_how", "published_from"}
    return all(
        getattr(article, name) == value for name, value in fields.items() if name not in ignored
    )


def _date_note(article: Article) -> str:
    if article.published_how == Article.PublishedHow.UNKNOWN:
        if article.updated is not None:
            return (
                f"publication date unknown, relative dates counted from the update of "
                f"{article.updated}: queued for review"
            )
        return _UNDATED
    if article.published_how == Article.PublishedHow.INFERRED:
        source = article.published_from.origin if article.published_from else "a matching story"
        return f"publication date {article.published} inferred from {source}"
    return ""


def _article_fields(
    text: ArticleText, document: RawDocument, context: _ImportContext, options: ImportOptions
) -> dict[str, object]:
    """Return the article's own fields as the document and the options give them."""
    published, how = text.published, text.published_how
    if options.published:
        published, how = options.published, PublishedHow.MANUAL
    if published is None:
        how = PublishedHow.UNKNOWN
    outlet_name = options.outlet or text.outlet
    return {
        "title": (text.title or "")[:500],
        "author": (text.author or "")[:300],
        "published": published,
        "published_how": how.value,
        "published_from": None,
        "updated": text.updated,
        "body": text.body,
        "url": (document.url or "")[:1000],
        "tags": "\n".join(text.tags),
        "outlet": _outlet_named(outlet_name, context) if outlet_name else None,
    }


def _outlet_named(name: str, context: _ImportContext) -> Outlet:
    """Return the outlet called `name` (or aliased so), creating it when it is new."""
    name = name.strip()[: Outlet._meta.get_field("name").max_length]  # found as it is stored
    key = normalise_name(name)
    outlet = context.outlets_by_name.get(key)
    if outlet is None:
        outlet = Outlet.objects.filter(name__iexact=name).first()
    if outlet is None:
        outlet = Outlet.objects.create(name=name, slug=_unique_slug(Outlet, name))
        context.new_outlets.add(outlet.pk)
    context.outlets_by_name[key] = outlet
    return outlet


def _unique_slug(model, name: str) -> str:
    """Return a slug for `name` not yet used by `model`."""
    base = slugify(name)[:180] or "item"
    slug, n = base, 2
    # What `model.objects.filter(slug=slug).exists()` asks, in plain SQL on the slug's
    # unique index (a new actor asks once or more: the ORM's query building cost more).
    sql = f"SELECT 1 FROM {connection.ops.quote_name(model._meta.db_table)} WHERE slug = %s LIMIT 1"
    with connection.cursor() as cursor:
        while True:
            cursor.execute(sql, [slug])
            if cursor.fetchone() is None:
                return slug
            slug, n = f"{base}-{n}", n + 1


def _publication_anchor(
    article: Article,
    text: ArticleText,
    context: _ImportContext,
    extractions: dict[date | None, ExtractedArticle],
) -> tuple[date | None, Article | None]:
    """Return the date relative expressions are anchored to, and the article it was
    inferred from when the text states none (the extractions made on the way are left in
    `extractions`, by anchor)."""
    if article.published is not None:
        return article.published, None
    # `_dated_now` may have inferred it already.
    inferred = context.inferred.pop(article.pk, None) or _infer_publication_date(
        text, context, article.pk, extractions
    )
    if inferred is None:
        return None, None
    return inferred


def _infer_publication_date(
    text: ArticleText,
    context: _ImportContext,
    exclude: int | None,
    extractions: dict[date | None, ExtractedArticle],
) -> tuple[date, Article] | None:
    """Return (date, source article) when a stored article with a stated date reports the
    same happening on a date this text refers to relatively, and every weekday it names
    agrees with that date; otherwise None. Never guesses beyond that. The text's
    extractions made are left in `extractions`, by anchor."""
    extractor = context.extractor
    # The actors alone (they do not depend on the anchor): extracting the events with no
    # anchor too would be wasted when a date is inferred, as it is for most such texts.
    actors, venues = extractor.actor_mentions(text)
    keys = {m.key for m in (*actors, *venues) if not m.proposed}
    if not keys:
        return None
    actor_ids = [context.actors_by_slug[key].pk for key in keys if key in context.actors_by_slug]
    if not actor_ids:
        return None
    ranked = _inference_candidates(context, actor_ids, exclude)
    for candidate in ranked:
        if not _before_update(candidate.published, text.updated):
            continue
        if not publication_date_consistent(candidate.published, text.body):
            continue
        anchored = extractions.get(candidate.published)
        if anchored is None:
            anchored = extractions[candidate.published] = extractor.extract_from_text(
                text, candidate.published
            )
        relative = [c for c in anchored.events if _is_relative(c)]
        if not relative:
            continue
        stored_ids = _evidence_event_ids(candidate, context)
        stored = context.cache.signatures_of(stored_ids)
        for event in relative:
            signature = signature_for(event, extractor.actor_refs)
            if any(same_happening(signature, other) for other in stored):
                return candidate.published, candidate
    return None


# How long before its stated update a story may have been first published, for a date
# inferred from another story: an update revises the news of its days, not of last year.
UPDATE_AFTER_PUBLICATION = timedelta(days=31)


def _before_update(published: date, updated: date | None) -> bool:
    """True when a story updated on `updated` (if stated) may have been published on
    `published`: on that day or in the month before it, never after."""
    return updated is None or updated - UPDATE_AFTER_PUBLICATION <= published <= updated


def _evidence_event_ids(article: Article, context: _ImportContext) -> list[int]:
    """Return the ids of the events `article` is evidence of, written or kept."""
    pending = context.cache.rows
    pk = article.pk
    kept = [row[0] for row in pending.pending(Evidence._meta.db_table) if row[1] == pk]
    # An article of the batch has its evidence kept, unless a flush wrote it.
    if article.pk in context.batch_articles and not pending.flushed:
        return kept
    # `Evidence.objects.filter(article=article).values_list("event_id", flat=True)`'s
    # statement, in the model's order, without the ORM's query building (a candidate
    # source article asks it each time an undated article is dated).
    evidence, stored = Evidence._meta.db_table, Article._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT "{evidence}"."event_id" FROM "{evidence}" INNER JOIN "{stored}" '
            f'ON ("{evidence}"."article_id" = "{stored}"."id") '
            f'WHERE "{evidence}"."article_id" = %s ORDER BY "{stored}"."published" ASC, '
            f'"{evidence}"."article_id" ASC, "{evidence}"."start" ASC',
            [pk],
        )
        return kept + [row[0] for row in cursor.fetchall()]


def _inference_candidates(
    context: _ImportContext, actor_ids: list[int], exclude: int | None
) -> list[Article]:
    """Return the stored articles with a confident date that mention most of `actor_ids`
    (most first, then the newest), at most INFERENCE_CANDIDATES of them."""
    pending = context.cache.rows
    if context.batch_updated:
        # An updated article may have mention rows both stored and kept: write them first.
        context.cache.write()
    # Ranked over the mention rows of the most recent articles only (a range of the
    # (actor, article) index per actor), so the cost does not grow with the corpus. The
    # rows are counted per article first, then each article counted is checked for a
    # confident date. Joined before the count, SQLite walked every article of the window
    # by `published_how` and probed its mentions: a third slower with 2,000 articles in
    # the window, and so was PostgreSQL with statistics (without, as in an import's first
    # slice, this form cost it about 1 ms more). Also asking for the window's range of
    # article ids made PostgreSQL's plan without statistics three times slower.
    mention, article = Mention._meta.db_table, Article._meta.db_table
    confident = [h.value for h in CONFIDENT_DATES]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT MAX(id) FROM {article}")
        newest = cursor.fetchone()[0] or 0
        cursor.execute(
            f"SELECT s.article_id, s.shared FROM (SELECT m.article_id, COUNT(*) AS shared "
            f"FROM {mention} m WHERE m.actor_id IN ({', '.join(['%s'] * len(actor_ids))}) "
            f"AND m.article_id > %s AND m.article_id <> %s GROUP BY m.article_id) s "
            f"JOIN {article} a ON a.id = s.article_id "
            f"WHERE a.published_how IN ({', '.join(['%s'] * len(confident))}) "
            "ORDER BY s.shared DESC, s.article_id DESC LIMIT %s",
            [
                *actor_ids,
                newest - INFERENCE_WINDOW,
                exclude or 0,
                *confident,
                INFERENCE_CANDIDATES,
            ],
        )
        ranked = cursor.fetchall()
    # The batch's own articles have their mention rows kept, not written (each article's
    # all together): counted here the same way, then ranked with the stored ones.
    batch = context.batch_articles
    wanted, shared = set(actor_ids), {}
    for row in pending.pending(mention):
        if row[1] in wanted:
            shared[row[0]] = shared.get(row[0], 0) + 1
    ranked += [
        (pk, count)
        for pk, count in shared.items()
        if pk > newest - INFERENCE_WINDOW
        and pk != (exclude or 0)
        and batch[pk].published_how in confident
    ]
    ranked.sort(key=lambda row: (-row[1], -row[0]))
    ranked = [pk for pk, _ in ranked[:INFERENCE_CANDIDATES]]
    # Only what the inference and its note read (not the bodies).
    by_id = Article.objects.only("id", "published", "origin").in_bulk(
        [pk for pk in ranked if pk not in batch]
    )
    by_id.update((pk, batch[pk]) for pk in ranked if pk in batch)
    return [by_id[pk] for pk in ranked if pk in by_id]


def _is_relative(candidate: EventCandidate) -> bool:
    """True when the candidate's date depends on the publication date."""
    return not find_temporal_expressions(candidate.temporal_text, None)


def _forget_derived(article: Article, cache: SignatureCache) -> None:
    """Remove what an earlier import derived from `article`, keeping curators' work:
    mentions, quotes and topic links a curator added, edited or removed stay as they are,
    and events a curator edited survive."""
    article.mentions.filter(removed=False, curated=False).delete()
    article.quotes.filter(removed=False, curated=False).delete()
    article.topic_links.filter(removed=False, curated=False).delete()
    event_ids = set(article.evidence.values_list("event_id", flat=True))
    # Sentences citing an event a curator edited stay with it, so the event keeps its
    # evidence and the same sentence is not made into a new event (see _persist_extraction).
    curated = Event.objects.filter(pk__in=event_ids).exclude(curated_fields=[])
    article.evidence.exclude(event__in=curated).delete()
    cache.forget(event_ids)
    orphans = list(
        Event.objects.filter(
            pk__in=event_ids, evidence__isnull=True, curated_fields=[]
        ).values_list("pk", flat=True)
    )
    Event.objects.filter(pk__in=orphans).delete()
    cache.window.remove(orphans)
    refresh_source_counts(set(Event.objects.filter(pk__in=event_ids).values_list("pk", flat=True)))


def _persist_extraction(
    *,
    article: Article,
    extracted: ExtractedArticle,
    context: _ImportContext,
    options: ImportOptions,
    outcome: ArticleOutcome,
) -> None:
    """Store the mentions, topics, quotes and events extracted from `article`."""
    # A new article has no curated rows or evidence yet: no need to ask.
    is_new = outcome.status == ImportStatus.CREATED
    kept = _KeptRows() if is_new else _KeptRows.of(article)
    # Actors a curator removed from the article are linked to none of its quotes or events.
    removed = kept.removed_actors
    actors_by_key: dict[str, Actor] = {}
    mention_rows: dict[int, _MentionRow] = {}
    for mention in extracted.mentions:
        actor = _actor_for(mention, context, outcome)
        if actor is None:
            continue
        actors_by_key[mention.key] = actor
        # `.id`, not `.pk` (a property and a method call each), in the loops over every
        # mention and candidate: every model here has Django's `id` primary key.
        pk = actor.id
        if pk in kept.actors:
            continue  # the curator's row stays as it is
        row = mention_rows.get(pk)
        if row is None:
            mention_rows[pk] = _MentionRow(
                actor=actor,
                first_offset=mention.start,
                role=(mention.role or "")[:300],
                spans=[[mention.start, mention.end]],
            )
        else:
            row.count += 1
            row.spans.append([mention.start, mention.end])
            if mention.role and not row.role:
                row.role = mention.role[:300]
    for mention in extracted.venue_mentions:
        # a venue ("met in Kuala Lumpur") is no actor of the article; its events count it
        actor = context.actors_by_slug.get(mention.key)
        if _linkable(actor, removed):
            actors_by_key.setdefault(mention.key, actor)
    for mention in extracted.caption_mentions:
        actor = context.actors_by_slug.get(mention.key)
        if not _linkable(actor, removed) or actor.id in kept.actors:
            continue
        row = mention_rows.get(actor.id)
        if row is None:
            mention_rows[actor.id] = _MentionRow(actor=actor, in_caption=True)
        elif row.in_caption:
            row.count += 1
    pending = context.cache.rows
    pending.add(
        Mention._meta.db_table,
        _MENTION_COLUMNS,
        (
            (
                article.id,
                row.actor.id,
                row.count,
                row.first_offset,
                row.role,
                json_text(row.spans),  # a row of plain values is kept as it is
                row.in_caption,
                False,
            )
            for row in mention_rows.values()
        ),
    )
    outcome.actors_linked = sum(
        1 for row in mention_rows.values() if row.actor.status == Actor.Status.CONFIRMED
    )

    topic_keys = {h.key for h in extracted.topics} | {
        key for candidate in extracted.events for key in candidate.topic_keys
    }
    topics = {
        key: context.topics[key]
        for key in topic_keys
        if key in context.topics and context.topics[key].id not in kept.removed_topics
    }
    pending.add(
        ArticleTopic._meta.db_table,
        ("article_id", "topic_id", "count"),
        (
            (article.id, topics[hit.key].id, hit.count)
            for hit in extracted.topics
            if hit.key in topics and topics[hit.key].id not in kept.topics
        ),
    )

    quotes: dict[int, tuple] = {}
    for quote in extracted.quotes:
        if quote.start in kept.quote_starts or quote.text in kept.quote_texts:
            continue  # the curator's quote stays as it is, or stays removed
        speaker = actors_by_key.get(quote.speaker_key) if quote.speaker_key else None
        if speaker is not None and speaker.id in removed:
            speaker = None
        quotes.setdefault(
            quote.start,
            (article.id, speaker.id if speaker else None, quote.text, quote.start, quote.end),
        )
    pending.add(
        Quote._meta.db_table, ("article_id", "speaker_id", "text", "start", "end"), quotes.values()
    )
    outcome.quotes = len(quotes)

    curated_sentences = set() if is_new else set(article.evidence.values_list("start", flat=True))
    placements = []
    for candidate in extracted.events:
        if candidate.sentence.start in curated_sentences:
            continue  # already evidence of an event a curator edited
        actors = [
            actors_by_key[key]
            for key in candidate.actor_keys
            if key in actors_by_key and actors_by_key[key].id not in removed
        ]
        event_topics = [topics[key] for key in candidate.topic_keys if key in topics]
        negotiations = _negotiations_for(candidate, actors, context)
        if options.negotiation is not None:
            negotiations.append(options.negotiation)
        placements.append(Placement(candidate, actors, event_topics, negotiations))
    outcome.events_created, outcome.events_merged = events_place(
        article=article,
        placements=placements,
        confirm=article.published_how in {h.value for h in CONFIDENT_DATES},
        cache=context.cache,
        story=story_countries(
            (actor.slug for actor in actors_by_key.values() if actor.id not in removed),
            context.cache.actor_refs,
        ),
        parties=ArticleParties(
            ((c.sentence.start, c.sentence.end) for c in extracted.events),
            (
                (actors_by_key[m.key].slug, m.start, m.end)
                for m in extracted.mentions
                if m.key in actors_by_key and actors_by_key[m.key].id not in removed
            ),
            context.cache.actor_refs,
        ),
    )


@dataclass
class _KeptRows:
    """An article's mentions, quotes and topic links a curator added, edited or removed,
    which a re-import keeps as they are (see `_forget_derived`)."""

    actors: set[int] = field(default_factory=set)
    removed_actors: set[int] = field(default_factory=set)
    quote_starts: set[int] = field(default_factory=set)
    quote_texts: set[str] = field(default_factory=set)
    topics: set[int] = field(default_factory=set)
    removed_topics: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, article: Article) -> _KeptRows:
        kept = cls()
        curated_or_removed = Q(curated=True) | Q(removed=True)
        for actor_id, removed in article.mentions.filter(curated_or_removed).values_list(
            "actor_id", "removed"
        ):
            kept.actors.add(actor_id)
            if removed:
                kept.removed_actors.add(actor_id)
        for start, text in article.quotes.filter(curated_or_removed).values_list("start", "text"):
            kept.quote_starts.add(start)
            kept.quote_texts.add(text)
        for topic_id, removed in article.topic_links.filter(curated_or_removed).values_list(
            "topic_id", "removed"
        ):
            kept.topics.add(topic_id)
            if removed:
                kept.removed_topics.add(topic_id)
        return kept


def _linkable(actor: Actor | None, removed: set[int]) -> bool:
    """A registry actor found by a venue or a caption may be linked: not removed from this
    article by a curator, not rejected."""
    return actor is not None and actor.pk not in removed and actor.status != Actor.Status.REJECTED


@dataclass
class _MentionRow:
    """One actor's mention row of an article, gathered over its mentions."""

    actor: Actor
    count: int = 1
    first_offset: int = 0
    role: str = ""
    spans: list[list[int]] = field(default_factory=list)
    in_caption: bool = False


_MENTION_COLUMNS = (
    "article_id",
    "actor_id",
    "count",
    "first_offset",
    "role",
    "spans",
    "in_caption",
    "removed",
)


def _actor_for(
    mention: ActorMention, context: _ImportContext, outcome: ArticleOutcome
) -> Actor | None:
    """Return the stored actor a mention names, proposing a new one for an unknown name;
    None for a name a curator rejected."""
    if not mention.proposed:
        actor = context.actors_by_slug.get(mention.key)
        if actor is not None:
            return None if actor.status == Actor.Status.REJECTED else actor
    key = normalise_name(mention.key)
    actor = context.actors_by_name.get(key)
    if actor is None:
        # A country of the world's list is reference data, not the importer's guess: it is
        # added confirmed, with that list's other names and demonyms as its aliases, so
        # readers see and filter by it at once (a curator may still edit or reject it).
        world = mention.kind is ActorKind.COUNTRY and mention.key in context.world
        actor = Actor(
            name=mention.key[:200],
            slug=_unique_slug(Actor, mention.key),
            kind=mention.kind.value,
            role=(mention.role or "")[:300],
            status=Actor.Status.CONFIRMED if world else Actor.Status.PROPOSED,
        )
        # As Actor.objects.create would, but its history row is written with the batch's
        # (the same row post_save would write; nothing else listens while importing).
        insert_objects([actor])
        context.cache.history.add([actor], update=False, reason=None)
        context.actors_by_name[key] = actor
        context.actors_by_slug[actor.slug] = actor
        context.new_actors.add(actor.pk)
        if world:
            _add_aliases(actor, context.world[mention.key], context)
            _join_blocs(actor, context)
            outcome.countries_added += 1
        else:
            outcome.actors_proposed += 1
    if actor.status == Actor.Status.REJECTED:
        return None
    return actor


def _join_blocs(country: Actor, context: _ImportContext) -> None:
    """Make a country just added from the world's list a member of the blocs the reference
    membership list gives it (articles/services/memberships.py), except a bloc whose
    members a curator edited."""
    for slug in blocs_listing(country.name):
        bloc = context.actors_by_slug.get(slug)
        if bloc is not None and "members" not in (bloc.curated_fields or []):
            bloc.members.add(country)


def _add_aliases(actor: Actor, texts: tuple[str, ...], context: _ImportContext) -> None:
    """Give a new actor the aliases `texts`, but for a text another actor is already
    called (an alias is unique)."""
    wanted = {normalise_name(text): text for text in texts}
    wanted.pop(normalise_name(actor.name), None)
    taken = set(Alias.objects.filter(normalised__in=wanted).values_list("normalised", flat=True))
    aliases = [
        Alias(actor=actor, text=text[:200], normalised=normalised)
        for normalised, text in wanted.items()
        if normalised and normalised not in taken
    ]
    insert_objects(aliases)
    context.cache.history.add(aliases, update=False, reason=None)


def _negotiations_for(
    candidate: EventCandidate, actors: list[Actor], context: _ImportContext
) -> list[Negotiation]:
    """Return the negotiations an event belongs to. A sentence that names negotiations (by
    their keywords, with one of their parties involved) belongs to those alone; otherwise to
    every negotiation of at most three parties that are all involved, when no other country
    is ("South Korea and the UK opened talks", with the EU named as the FTA that covered
    Britain, is not the EU–UK talks; a bloc's member states are at its table). A country is
    involved when it or one of its people or bodies is named; a bloc (the EU, the GCC) when
    it is."""
    countries = {a.id if a.kind == _COUNTRY else a.country_id for a in actors}
    countries.discard(None)
    involved = countries | {a.id for a in actors if a.kind == _ORGANISATION}
    # Most sentences name no negotiation: one search for every keyword tells.
    text = candidate.sentence.text
    named = (
        [
            negotiation
            for negotiation, parties, _, pattern in context.negotiations
            # the parties first: searching costs more, and most have none involved
            if pattern is not None and (not parties or parties & involved) and pattern.search(text)
        ]
        if context.negotiation_keywords is not None and context.negotiation_keywords.search(text)
        else []
    )
    if named:
        return named
    return [
        negotiation
        for negotiation, parties, at_table in context.few_parties
        if parties <= involved and countries <= at_table
    ]


# The kinds' stored values (an enum member read from its class costs a descriptor call;
# both compare equal to the stored text).
_COUNTRY, _ORGANISATION = Actor.Kind.COUNTRY.value, Actor.Kind.ORGANISATION.value


# ---------------------------------------------------------------------------------------
# Re-extraction (the admin's "re-run extraction" action)


def articles_reextract(*, articles: Iterable[Article]) -> ImportReport:
    """Re-derive mentions, topics, quotes and events of stored articles with the current
    registry; curated fields and removed mentions are kept. Returns one outcome each."""
    context = _ImportContext.load()
    report = ImportReport()
    with invalidation_deferred():
        for article in articles:
            try:
                with transaction.atomic():
                    defer_search_refresh()
                    outcome = _reextract_one(article, context)
                    context.cache.flush()
                    events_refresh(context.cache.touched)
                context.commit_batch()
                report.outcomes.append(outcome)
            except Exception as error:  # report it and go on with the others
                context.forget_rolled_back(batch=True)
                report.outcomes.append(
                    ArticleOutcome(
                        article.origin, ImportStatus.FAILED, f"{type(error).__name__}: {error}"
                    )
                )
    return report


def _reextract_one(
    article: Article,
    context: _ImportContext,
    extractions: dict[date | None, ExtractedArticle] | None = None,
) -> ArticleOutcome:
    """Re-derive what `article` says with the current registry; an extraction of its text
    in `extractions` (by anchor) is used as it is."""
    before = _derived_snapshot(article)
    _forget_derived(article, context.cache)
    anchor = default_anchor(article.published, article.updated)
    extracted = (extractions or {}).get(anchor) or context.extractor.extract_from_text(
        _stored_text(article), anchor
    )
    outcome = ArticleOutcome(article.origin, ImportStatus.UNCHANGED, article_id=article.pk)
    _persist_extraction(
        article=article,
        extracted=extracted,
        context=context,
        options=ImportOptions(),
        outcome=outcome,
    )
    context.cache.write()
    after = _derived_snapshot(article)
    changes = [
        f"{name} {before[name]}→{after[name]}" for name in before if before[name] != after[name]
    ]
    if changes:
        outcome.status = ImportStatus.UPDATED
        outcome.message = ", ".join(changes)
    return outcome


def _stored_text(article: Article) -> ArticleText:
    """Return the text of a stored article, as its import extracted it."""
    return ArticleText(
        body=article.body,
        title=article.title,
        published=article.published,
        updated=article.updated,
        tags=tuple(article.tag_list()),
    )


def _derived_snapshot(article: Article) -> dict[str, int]:
    """Return counts of what extraction derives from `article`, to report changes."""
    return {
        "actors": article.mentions.filter(removed=False).count(),
        "topics": article.topic_links.kept().count(),
        "quotes": article.quotes.kept().count(),
        "events": article.evidence.values("event").distinct().count(),
    }
