"""TradeWatch's data: articles and where they came from, the actors and topics they name,
and the dated events they report, each event citing the sentences that support it.

Every read the site makes is a QuerySet method here, so views never build queries and
never cause N+1 queries. Writes that touch several models live in `articles/services.py`.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from articles.extraction import types as extraction_types


def count_of(rows: models.QuerySet, outer: str, counted: str = "pk") -> Coalesce:
    """How many of `rows` (distinct by `counted`) point at the outer row through `outer`,
    as a correlated subquery. Counts over joins multiply each other's rows (an actor with
    200 mentions and 300 events joins 60,000 rows), and a list's date hierarchy and search
    inherit those joins; one subquery per count keeps the list a plain query.

    `rows` crosses no many-valued relation, so each of its rows comes once: rows are
    counted as they are (COUNT(*)), which an index on `outer` answers alone where the
    database knows the table's pages are all visible. Counting distinct keys reads every
    row (an actor's 2,400 mentions at 100,000 articles) from the table."""
    count = Count("*") if counted == "pk" else Count(counted, distinct=True)
    return Coalesce(
        Subquery(
            rows.filter(**{outer: OuterRef("pk")})
            .order_by()
            .values(outer)
            .annotate(n=count)
            .values("n")
        ),
        0,
    )


class SlugManager(models.Manager):
    """Looks reference data up by slug, so fixtures can refer to it without primary keys."""

    def get_by_natural_key(self, slug: str) -> models.Model:
        return self.get(slug=slug)


class NamedWithSlug(models.Model):
    """Reference data with a name and a slug: the slug is filled from the name when left
    empty, and is the natural key, so fixtures refer to rows without primary keys."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = slugify(self.name)[:200]
        super().save(*args, **kwargs)

    def natural_key(self) -> tuple[str]:
        return (self.slug,)


def non_empty_lines(text: str) -> list[str]:
    """Return the stripped, non-empty lines of `text` (keywords and aliases, one a line)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class Outlet(NamedWithSlug):
    class Kind(models.TextChoices):
        NEWSPAPER = "newspaper", "Newspaper"
        WIRE = "wire", "Wire agency"
        BROADCASTER = "broadcaster", "Broadcaster"
        GOVERNMENT = "government", "Government"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    homepage = models.URLField(blank=True)
    aliases = models.TextField(
        blank=True,
        help_text="Other names the outlet is credited as, one per line (e.g. AP, PTI).",
    )

    objects = SlugManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="outlet_slug_unique"),
            models.UniqueConstraint(fields=["name"], name="outlet_name_unique"),
        ]

    def __str__(self) -> str:
        return self.name

    def alias_list(self) -> list[str]:
        """Return the outlet's aliases as a list of non-empty lines."""
        return non_empty_lines(self.aliases)


class ArticleQuerySet(models.QuerySet):
    def published(self) -> ArticleQuerySet:
        """Articles readers may see."""
        return self.filter(status=Article.Status.PUBLISHED)

    def with_related(self) -> ArticleQuerySet:
        """Articles with their outlet joined in one query."""
        return self.select_related("outlet")

    def with_counts(self) -> ArticleQuerySet:
        """Articles with how many actors, events and quotes each has (`actor_total`,
        `event_total`, `quote_total`), left out what a curator removed."""
        return self.annotate(
            actor_total=count_of(Mention.objects.filter(removed=False), "article"),
            event_total=count_of(Evidence.objects.all(), "article", "event"),
            quote_total=count_of(Quote.objects.filter(removed=False), "article"),
        )

    def needing_review(self) -> ArticleQuerySet:
        """Articles whose publication date is unknown or only inferred."""
        return self.filter(
            published_how__in=[Article.PublishedHow.UNKNOWN, Article.PublishedHow.INFERRED]
        )


class Article(models.Model):
    class Status(models.TextChoices):
        PUBLISHED = "published", "Published"
        HIDDEN = "hidden", "Hidden"

    class PublishedHow(models.TextChoices):
        STATED = extraction_types.PublishedHow.STATED.value, "Stated in the text"
        CAPTION = extraction_types.PublishedHow.CAPTION.value, "Taken from a photo caption"
        INFERRED = extraction_types.PublishedHow.INFERRED.value, "Inferred from a matching story"
        MANUAL = extraction_types.PublishedHow.MANUAL.value, "Set by hand"
        UNKNOWN = extraction_types.PublishedHow.UNKNOWN.value, "Unknown"

    title = models.CharField(max_length=500, blank=True)
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    author = models.CharField(max_length=300, blank=True)
    published = models.DateField(null=True, blank=True)
    published_how = models.CharField(
        max_length=20, choices=PublishedHow.choices, default=PublishedHow.UNKNOWN
    )
    published_from = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The stored article the publication date was inferred from.",
    )
    updated = models.DateField(null=True, blank=True)
    body = models.TextField()
    origin = models.CharField(
        max_length=1000, help_text="The imported file's name, or the URL it came from."
    )
    url = models.URLField(max_length=1000, blank=True)
    tags = models.TextField(
        blank=True,
        default="",
        db_default="",  # added in place on SQLite (see the migration)
        help_text=(
            "The subjects the source stated (front matter tags, feed categories, page "
            "keywords), one per line: evidence for the article's topics."
        ),
    )
    content_hash = models.CharField(max_length=64, editable=False)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PUBLISHED)
    imported_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)
    curated_fields = models.JSONField(
        default=list,
        blank=True,
        help_text="Fields a curator changed by hand; imports never overwrite them.",
    )

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["modified_at"])

    class Meta:
        # Undated articles last, on SQLite as on PostgreSQL (whose NULLs sort first in
        # descending order). Migration 0016 indexes this order.
        ordering = [F("published").desc(nulls_last=True), "-id"]
        constraints = [
            models.UniqueConstraint(fields=["content_hash"], name="article_content_hash_unique"),
            models.UniqueConstraint(fields=["origin"], name="article_origin_unique"),
            models.CheckConstraint(
                condition=Q(published_how="unknown", published__isnull=True)
                | (~Q(published_how="unknown") & Q(published__isnull=False)),
                name="article_published_how_matches_date",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-published"], name="article_status_published_idx"),
            models.Index(fields=["published_how"], name="article_published_how_idx"),
        ]

    def __str__(self) -> str:
        # An untitled article reads by its opening words (in admin lists, autocompletes,
        # history and messages), as on its page, rather than by its file name.
        return self.display_title or self.origin

    def get_absolute_url(self) -> str:
        return reverse("articles:article-detail", args=[self.pk])

    def tag_list(self) -> list[str]:
        """Return the source's tags as a list of non-empty lines."""
        return non_empty_lines(self.tags)

    @property
    def display_title(self) -> str:
        """The title, or the body's opening words when the article has none."""
        if self.title:
            return self.title
        words = self.body.split()
        return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


class ActorQuerySet(models.QuerySet):
    def confirmed(self) -> ActorQuerySet:
        """Actors a curator has confirmed (or that came from the reference data)."""
        return self.filter(status=Actor.Status.CONFIRMED)

    def get_by_natural_key(self, slug: str) -> Actor:
        return self.get(slug=slug)

    def proposed(self) -> ActorQuerySet:
        """Actors the importer proposed that await a curator."""
        return self.filter(status=Actor.Status.PROPOSED)

    def with_mention_total(self) -> ActorQuerySet:
        """Actors with how many articles name each (`mention_total`), left out the
        mentions a curator removed."""
        return self.annotate(mention_total=count_of(Mention.objects.filter(removed=False), "actor"))

    def with_counts(self) -> ActorQuerySet:
        """Actors with how many aliases, mentions and events each has (`alias_total`,
        `mention_total`, `event_total`)."""
        return self.with_mention_total().annotate(
            alias_total=count_of(Alias.objects.all(), "actor"),
            event_total=count_of(Event.actors.through.objects.all(), "actor"),
        )


class Actor(NamedWithSlug):
    class Kind(models.TextChoices):
        PERSON = extraction_types.ActorKind.PERSON.value, "Person"
        ORGANISATION = extraction_types.ActorKind.ORGANISATION.value, "Organisation"
        COUNTRY = extraction_types.ActorKind.COUNTRY.value, "Country"

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", "Confirmed"
        PROPOSED = "proposed", "Proposed by the importer"
        REJECTED = "rejected", "Rejected"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    role = models.CharField(
        max_length=300, blank=True, help_text='e.g. "U.S. Trade Representative"'
    )
    in_role_since = models.DateField(
        null=True, blank=True, help_text="When the actor took the role (e.g. took office)."
    )
    country = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="citizens",
        limit_choices_to={"kind": "country"},
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.CONFIRMED)
    description = models.TextField(blank=True)
    # A bloc's member countries (the GCC's, the EU's): a member and its bloc are not two
    # sides when reports of one negotiation are compared (articles/extraction/similarity.py).
    members = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="blocs",
        limit_choices_to={"kind": "country"},
        help_text="For a bloc: its member countries.",
    )
    curated_fields = models.JSONField(default=list, blank=True)
    # A default rather than auto_now_add, so fixtures (saved raw) get one too.
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = ActorQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="actor_slug_unique"),
        ]
        indexes = [
            models.Index(fields=["kind", "status"], name="actor_kind_status_idx"),
            models.Index(fields=["status"], name="actor_status_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:actor-detail", args=[self.slug])


class AliasManager(models.Manager):
    def get_by_natural_key(self, normalised: str) -> Alias:
        return self.get(normalised=normalised)


class Alias(models.Model):
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    text = models.CharField(max_length=200)
    normalised = models.CharField(max_length=200, editable=False)

    objects = AliasManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["actor__name", "text"]
        verbose_name_plural = "aliases"
        constraints = [
            models.UniqueConstraint(fields=["normalised"], name="alias_normalised_unique"),
        ]

    def __str__(self) -> str:
        return self.text

    def save(self, *args, **kwargs) -> None:
        from articles.extraction.normalise import normalise_name

        self.normalised = normalise_name(self.text)
        super().save(*args, **kwargs)

    def natural_key(self) -> tuple[str]:
        return (self.normalised,)


class Topic(NamedWithSlug):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)
    description = models.TextField(blank=True)
    keywords = models.TextField(
        blank=True,
        help_text="One keyword or phrase per line; write /.../ for a regular expression.",
    )
    min_mentions = models.PositiveSmallIntegerField(
        "mentions needed",
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(9)],
        help_text=(
            "How often an article's body must name the topic, past its headline and lead, "
            "for the article to be about it. 1 for a term so specific that one mention says "
            "so (“rules of origin”); a topic the headline or the lead names always counts."
        ),
    )

    objects = SlugManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="topic_slug_unique"),
            models.UniqueConstraint(fields=["name"], name="topic_name_unique"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:topic-detail", args=[self.slug])

    def keyword_list(self) -> list[str]:
        """Return the topic's keywords as a list of non-empty lines."""
        return non_empty_lines(self.keywords)


class Negotiation(NamedWithSlug):
    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        CONCLUDED = "concluded", "Concluded"
        SUSPENDED = "suspended", "Suspended"
        PLANNED = "planned", "Planned"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)
    # A bloc (the EU, ASEAN, the GCC) negotiates as one party, beside countries.
    parties = models.ManyToManyField(
        Actor,
        related_name="negotiations",
        limit_choices_to={"kind__in": ["country", "organisation"]},
        blank=True,
        help_text="The countries and blocs (the EU, ASEAN, the GCC …) at the table.",
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ACTIVE)
    started = models.DateField(null=True, blank=True)
    description = models.TextField(blank=True)
    keywords = models.TextField(
        blank=True,
        help_text="Phrases that tie an event to this negotiation, one per line.",
    )

    objects = SlugManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="negotiation_slug_unique"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:negotiation-detail", args=[self.slug])

    def keyword_list(self) -> list[str]:
        """Return the negotiation's keywords as a list of non-empty lines."""
        return non_empty_lines(self.keywords)


def period_end(start: date, precision: str) -> date:
    """Return the last day of the period of `precision` that starts on `start`."""
    if precision == Event.Precision.WEEK:
        return start + timedelta(days=6)
    if precision == Event.Precision.MONTH:
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if precision == Event.Precision.YEAR:
        return start.replace(month=12, day=31)
    return start


class EventQuerySet(models.QuerySet):
    def confirmed(self) -> EventQuerySet:
        """Events a curator (or the importer's confidence rule) confirmed."""
        return self.filter(status=Event.Status.CONFIRMED)

    def public(self) -> EventQuerySet:
        """Events readers may see: confirmed, and cited by at least one published article."""
        published_evidence = Evidence.objects.filter(
            event=models.OuterRef("pk"), article__status=Article.Status.PUBLISHED
        )
        return self.confirmed().filter(models.Exists(published_evidence))

    def in_period(self, start: date | None, end: date | None) -> EventQuerySet:
        """Events whose period overlaps [start, end]; either bound may be open."""
        qs = self
        if start:
            qs = qs.filter(date_end__gte=start)
        if end:
            qs = qs.filter(date__lte=end)
        return qs

    def chronological(self, newest_first: bool = True) -> EventQuerySet:
        """Events in timeline order; ties broken by precision, then id, so pages are stable."""
        if newest_first:
            return self.order_by("-date", "precision_rank", "-id")
        return self.order_by("date", "-precision_rank", "id")

    def with_evidence(self) -> EventQuerySet:
        """Events with actors, topics and evidence (with article and outlet) prefetched."""
        return self.prefetch_related(
            "actors",
            "topics",
            "negotiations",
            models.Prefetch(
                "evidence",
                queryset=Evidence.objects.select_related("article__outlet").filter(
                    article__status=Article.Status.PUBLISHED
                ),
            ),
        )

    def with_date_disagreement(self) -> EventQuerySet:
        """Events whose evidence rows state different dates or precisions.

        Found in the evidence alone, grouped by event, a stated value differing where its
        least and greatest differ: a third of the time of counting distinct values over
        every event joined to its evidence (0.35 s against 1.26 s at 100,000 articles)."""
        disagreeing = (
            Evidence.objects.order_by()
            .values("event_id")
            .annotate(
                first_date=models.Min("stated_date"),
                last_date=models.Max("stated_date"),
                first_precision=models.Min("stated_precision"),
                last_precision=models.Max("stated_precision"),
            )
            .filter(Q(first_date__lt=F("last_date")) | Q(first_precision__lt=F("last_precision")))
            .values("event_id")
        )
        return self.filter(pk__in=disagreeing).order_by("-date", "-id")


class Event(models.Model):
    class Precision(models.TextChoices):
        DAY = extraction_types.Precision.DAY.value, "Day"
        WEEK = extraction_types.Precision.WEEK.value, "Week"
        MONTH = extraction_types.Precision.MONTH.value, "Month"
        YEAR = extraction_types.Precision.YEAR.value, "Year"

    class Kind(models.TextChoices):
        ANNOUNCEMENT = extraction_types.EventKind.ANNOUNCEMENT.value, "Announcement"
        MEETING = extraction_types.EventKind.MEETING.value, "Meeting"
        STATEMENT = extraction_types.EventKind.STATEMENT.value, "Statement"
        TARIFF_ACTION = extraction_types.EventKind.TARIFF_ACTION.value, "Tariff action"
        INVESTIGATION = extraction_types.EventKind.INVESTIGATION.value, "Investigation"
        NEGOTIATION_ROUND = extraction_types.EventKind.NEGOTIATION_ROUND.value, "Negotiation round"
        AGREEMENT = extraction_types.EventKind.AGREEMENT.value, "Agreement"
        WITHDRAWAL = extraction_types.EventKind.WITHDRAWAL.value, "Withdrawal"
        OTHER = extraction_types.EventKind.OTHER.value, "Other"

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        CONFIRMED = "confirmed", "Confirmed"
        HIDDEN = "hidden", "Hidden"

    date = models.DateField(help_text="First day of the period at the given precision.")
    precision = models.CharField(max_length=10, choices=Precision.choices, default="day")
    date_end = models.DateField(editable=False, help_text="Last day of the period (derived).")
    # Day before week before month before year when dates tie (derived from precision).
    precision_rank = models.PositiveSmallIntegerField(editable=False, default=0)
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    kind = models.CharField(max_length=30, choices=Kind.choices, default="other")
    planned = models.BooleanField(
        default=False, help_text="Planned or expected rather than already happened."
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PROPOSED)
    actors = models.ManyToManyField(Actor, related_name="events", blank=True)
    topics = models.ManyToManyField(Topic, related_name="events", blank=True)
    negotiations = models.ManyToManyField(Negotiation, related_name="events", blank=True)
    source_count = models.PositiveIntegerField(
        default=0, editable=False, help_text="Distinct outlets citing the event (derived)."
    )
    curated_fields = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=["modified_at", "date_end", "precision_rank", "source_count"],
        m2m_fields=[actors, topics, negotiations],
    )

    PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
    # The relations whose rows follow an event made part of another, by a curator's merge
    # (`events_merge`) or the importer's join: a new table of rows naming an event is added
    # here, and both move its rows (see `event_row_tables`). History rows stay with the
    # event they record.
    FOLLOWING_RELATIONS = ("evidence", "actors", "topics", "negotiations")

    class Meta:
        ordering = ["-date", "precision_rank", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(date_end__gte=F("date")), name="event_period_ordered"
            ),
            models.CheckConstraint(
                condition=Q(precision__in=["day", "week", "month", "year"]),
                name="event_precision_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-date"], name="event_status_date_idx"),
            models.Index(fields=["date", "date_end"], name="event_period_idx"),
            # The importer's window lookups: events of one precision starting in a range,
            # read latest first (id breaks ties, so the read stops after a bounded number).
            models.Index(fields=["precision", "date", "id"], name="event_precision_date_id_idx"),
            models.Index(fields=["kind"], name="event_kind_idx"),
            models.Index(fields=["planned"], name="event_planned_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.date_display} — {self.title}"

    def save(self, *args, **kwargs) -> None:
        self.fill_derived()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:event-detail", args=[self.pk])

    def fill_derived(self) -> None:
        """Set the fields derived from the date and precision (bulk writes call this)."""
        self.date_end = period_end(self.date, self.precision)
        self.precision_rank = self.PRECISION_RANK.get(self.precision, 0)

    @property
    def fuzzy_date(self) -> extraction_types.FuzzyDate:
        return extraction_types.FuzzyDate(self.date, extraction_types.Precision(self.precision))

    @property
    def date_display(self) -> str:
        """The date at its precision: "26 Sep 2018", "week of 24 Sep 2018", "May 2018", "2013"."""
        return format_period(self.date, self.precision)


def format_period(start: date, precision: str) -> str:
    """Return `start` written at `precision`, never more precise than it is."""
    if precision == "year":
        return str(start.year)
    if precision == "month":
        return start.strftime("%B %Y")
    if precision == "week":
        return f"week of {start.day} {start.strftime('%b %Y')}"
    return f"{start.day} {start.strftime('%b %Y')}"


class Evidence(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="evidence")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="evidence")
    sentence = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    temporal_text = models.CharField(max_length=200, blank=True)
    # What this article says about the date, so disagreements between sources show.
    stated_date = models.DateField()
    stated_precision = models.CharField(max_length=10, choices=Event.Precision.choices)

    class Meta:
        # A source with no date last, on PostgreSQL as on SQLite (whose NULLs sort first).
        ordering = [F("article__published").asc(nulls_last=True), "article_id", "start"]
        verbose_name_plural = "evidence"
        constraints = [
            models.UniqueConstraint(
                fields=["event", "article", "start"], name="evidence_event_article_start_unique"
            ),
            models.CheckConstraint(
                condition=Q(end__gt=F("start")), name="evidence_offsets_ordered"
            ),
        ]
        indexes = [models.Index(fields=["article", "start"], name="evidence_article_idx")]

    def __str__(self) -> str:
        return self.sentence[:80]

    @property
    def stated_display(self) -> str:
        """The date this source gives, at its precision ("2017", "week of 24 Sep 2018")."""
        return format_period(self.stated_date, self.stated_precision)


class DerivedRow(models.Model):
    """A row the importer derives from an article's text (a mention, a quote, a topic link)
    that a curator may correct: what the curator adds, edits or deletes stays so."""

    # The importer writes its rows in bulk without `curated`: the database fills it.
    removed = models.BooleanField(
        default=False,
        db_default=False,
        help_text="Removed by a curator: later imports never re-add it.",
    )
    curated = models.BooleanField(
        default=False,
        db_default=False,
        help_text="Added or edited by a curator: later imports keep it as it is.",
    )

    class Meta:
        abstract = True


class MentionQuerySet(models.QuerySet):
    def public(self) -> MentionQuerySet:
        """Mentions of confirmed actors in published articles."""
        return self.filter(
            actor__status=Actor.Status.CONFIRMED, article__status=Article.Status.PUBLISHED
        )


class Mention(DerivedRow):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="mentions")
    count = models.PositiveIntegerField(default=1)
    first_offset = models.PositiveIntegerField(default=0)
    role = models.CharField(max_length=300, blank=True, help_text="Title phrase found with it.")
    spans = models.JSONField(
        default=list,
        blank=True,
        help_text="[start, end] of every place the body names the actor (derived).",
    )
    in_caption = models.BooleanField(
        default=False, help_text="Named only in a photo caption, which is not part of the body."
    )

    objects = MentionQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "first_offset"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "actor"], name="mention_article_actor_unique"
            ),
            models.CheckConstraint(condition=Q(count__gte=1), name="mention_count_positive"),
        ]
        indexes = [
            models.Index(fields=["actor", "article"], name="mention_actor_idx"),
            # Counting an actor's kept mentions (the actor lists) reads this index alone,
            # not the thousands of table rows an actor's mentions are spread over.
            models.Index(
                fields=["actor"], condition=Q(removed=False), name="mention_kept_actor_idx"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.actor} in {self.article}"


class QuoteQuerySet(models.QuerySet):
    def kept(self) -> QuoteQuerySet:
        """Quotes not removed by a curator."""
        return self.filter(removed=False)

    def public(self) -> QuoteQuerySet:
        """Quotes from published articles, but not those a curator removed."""
        return self.filter(article__status=Article.Status.PUBLISHED, removed=False).select_related(
            "article__outlet", "speaker"
        )


class Quote(DerivedRow):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    speaker = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "start"]
        constraints = [
            models.UniqueConstraint(fields=["article", "start"], name="quote_article_start_unique"),
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="quote_offsets_ordered"),
        ]
        indexes = [models.Index(fields=["speaker"], name="quote_speaker_idx")]

    def __str__(self) -> str:
        return f"“{self.text[:60]}”"


class ArticleTopicQuerySet(models.QuerySet):
    def kept(self) -> ArticleTopicQuerySet:
        """Topic links not removed by a curator."""
        return self.filter(removed=False)


class ArticleTopic(DerivedRow):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="article_links")
    count = models.PositiveIntegerField(default=1)

    objects = ArticleTopicQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "-count"]
        constraints = [
            models.UniqueConstraint(fields=["article", "topic"], name="article_topic_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.topic} in {self.article}"


@dataclass(frozen=True)
class EventRowTable:
    """A table of rows that follow an event merged into another (Event.FOLLOWING_RELATIONS)."""

    relation: str  # its name on Event
    table: str
    event_column: str
    # The fields (attribute names, then columns) that, with the event, make a row unique: a
    # row the kept event already has is dropped, not moved.
    unique_attnames: tuple[str, ...]
    unique_columns: tuple[str, ...]
    many_to_many: bool
    # The row's foreign key to the event ("" for a many-to-many relation's).
    event_field: str = ""


@cache
def event_row_tables() -> tuple[EventRowTable, ...]:
    """Return the tables of Event.FOLLOWING_RELATIONS, in that order. A many-to-many
    relation's rows are unique by their target; another model's, by its UniqueConstraint
    over its foreign key to the event."""
    tables = []
    for name in Event.FOLLOWING_RELATIONS:
        relation = Event._meta.get_field(name)
        if relation.many_to_many:
            through = relation.remote_field.through._meta
            event_column, target = relation.m2m_column_name(), relation.m2m_reverse_name()
            tables.append(EventRowTable(name, through.db_table, event_column, (), (target,), True))
            continue
        model, key = relation.related_model._meta, relation.field
        (fields,) = [
            tuple(f for f in constraint.fields if f != key.name)
            for constraint in model.constraints
            if isinstance(constraint, models.UniqueConstraint) and key.name in constraint.fields
        ]
        unique = [model.get_field(f) for f in fields]
        tables.append(
            EventRowTable(
                name,
                model.db_table,
                key.column,
                tuple(f.attname for f in unique),
                tuple(f.column for f in unique),
                False,
                key.name,
            )
        )
    return tuple(tables)
