"""The admin for every content model: what a curator scans, filters, edits and links through.

Saving an article, actor or event by hand records the fields the curator changed in its
`curated_fields`, so imports and re-extraction leave them as the curator made them. A
mention, quote or topic link added or edited by hand is marked `curated` and kept as it is;
one deleted by hand is kept, marked `removed`, so imports never add it back.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.contrib.admin.widgets import AdminTextareaWidget, AdminTextInputWidget
from django.db import models
from django.db.models import Q, QuerySet
from django.forms import Textarea
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from simple_history.admin import SimpleHistoryAdmin

from articles.admin import pages
from articles.admin.pages import report_outcomes
from articles.admin.searching import IndexedSearchMixin
from articles.extraction.normalise import normalise_name
from articles.forms import ArticleAdminForm
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
    count_of,
)
from articles.services import (
    actors_confirm,
    actors_reject,
    articles_hide,
    articles_publish,
    articles_reextract,
    derived_row_save,
    derived_rows_remove,
    events_confirm,
    events_hide,
    mark_curated,
)


def changelist_link(model, label: object, **filters) -> str:
    """A link to `model`'s admin list filtered by `filters`."""
    url = reverse(f"admin:articles_{model._meta.model_name}_changelist")
    return format_html('<a href="{}?{}">{}</a>', url, urlencode(filters), label)


def change_link(obj) -> str:
    """A link to `obj`'s admin change page, or a dash."""
    if obj is None:
        return "—"
    url = reverse(f"admin:articles_{obj._meta.model_name}_change", args=[obj.pk])
    # An untitled article reads by its opening words, not by its imported file's name.
    return format_html('<a href="{}">{}</a>', url, getattr(obj, "display_title", obj))


# Links typed without a scheme are https (Django 6's default; silences its warning now).
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


class CuratedEditsAdmin(SimpleHistoryAdmin):
    """Records the fields a curator saves by hand in the object's curated_fields."""

    formfield_overrides = URL_FIELDS

    # Many-to-many fields whose hand edits the importer must respect.
    curated_relations: tuple[str, ...] = ()

    # Headlines and event titles run long: the admin's 20em input showed half of one.
    wide_fields: tuple[str, ...] = ("title",)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.wide_fields:
            kwargs["widget"] = AdminTextInputWidget(attrs={"class": "vLargeTextField"})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def curated_names(self, obj, form) -> list[str]:
        """Fields whose saved value differs from the stored one, plus edited relations.

        Compared with the stored row rather than form.changed_data alone, so a revert
        from the history page counts as the curator's decision too.
        """
        stored = type(obj).objects.filter(pk=obj.pk).first() if obj.pk else None
        names = [
            f.name
            for f in obj._meta.concrete_fields
            if f.editable
            and f.name != "curated_fields"
            and (stored is None or getattr(stored, f.attname) != getattr(obj, f.attname))
            and (stored is not None or f.name in form.changed_data)
        ]
        names += [n for n in self.curated_relations if n in form.changed_data]
        return names

    def save_model(self, request, obj, form, change) -> None:
        mark_curated(obj, self.curated_names(obj, form))
        super().save_model(request, obj, form, change)


# ---------------------------------------------------------------------------------------
# Inlines


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    fields = ["actor", "count", "role", "first_offset", "removed", "curated"]
    readonly_fields = ["first_offset", "curated"]
    autocomplete_fields = ["actor"]
    verbose_name_plural = "actors mentioned (deleting one marks it removed)"

    def get_queryset(self, request) -> QuerySet:
        # each row's title names its actor and article: joined here, not one query per row
        return super().get_queryset(request).select_related("actor", "article")


class QuoteInline(admin.TabularInline):
    model = Quote
    extra = 0
    fields = ["text", "speaker", "start", "end", "removed", "curated"]
    readonly_fields = ["curated"]
    autocomplete_fields = ["speaker"]
    verbose_name_plural = "quotes (deleting one marks it removed)"
    # The default 10-row, 40-column textarea pushed the table past a laptop's width.
    formfield_overrides = {models.TextField: {"widget": Textarea(attrs={"rows": 3, "cols": 40})}}

    def get_queryset(self, request) -> QuerySet:
        # each row's title names its speaker and article: joined here, not one query per row
        return super().get_queryset(request).select_related("speaker", "article")


class ArticleTopicInline(admin.TabularInline):
    model = ArticleTopic
    extra = 0
    fields = ["topic", "count", "removed", "curated"]
    readonly_fields = ["curated"]
    autocomplete_fields = ["topic"]
    verbose_name_plural = "topics (deleting one marks it removed)"

    def get_queryset(self, request) -> QuerySet:
        # each row's title names its topic and article: joined here, not one query per row
        return super().get_queryset(request).select_related("topic", "article")


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 1
    fields = ["text"]


class EvidenceInline(admin.StackedInline):
    model = Evidence
    extra = 0
    fields = [
        "article",
        "sentence",
        ("start", "end"),
        "temporal_text",
        ("stated_date", "stated_precision"),
    ]
    autocomplete_fields = ["article"]
    # A sentence, not an essay: ten empty rows a source made an event's page endless.
    formfield_overrides = {models.TextField: {"widget": AdminTextareaWidget(attrs={"rows": 3})}}

    def get_queryset(self, request) -> QuerySet:
        # each row's title names its article and event: joined here, not one query per row
        return super().get_queryset(request).select_related("article", "event")


# ---------------------------------------------------------------------------------------
# Articles


@admin.register(Article)
class ArticleAdmin(IndexedSearchMixin, CuratedEditsAdmin):
    form = ArticleAdminForm
    list_display = [
        "display_title",
        "outlet",
        "published",
        "published_how",
        "status",
        "actor_count",
        "event_count",
        "quote_count",
    ]
    list_filter = ["status", "published_how", "outlet"]
    search_fields = ["title", "origin", "author"]
    search_index = "articles_article"  # title and text
    search_help_text = (
        "Finds the title, file or author containing each word, or a text with words "
        "starting with it."
    )
    autocomplete_fields = ["outlet", "published_from"]
    date_hierarchy = "published"
    readonly_fields = ["content_hash", "imported_at", "modified_at"]
    inlines = [MentionInline, QuoteInline, ArticleTopicInline]
    actions = ["publish", "hide", "reextract"]
    list_select_related = ["outlet"]
    fieldsets = [
        (None, {"fields": ["title", "outlet", "author", "status"]}),
        (
            "Publication",
            {"fields": ["published", "published_how", "published_from", "updated"]},
        ),
        (
            "Source",
            {"fields": ["origin", "url", "tags", "content_hash", "imported_at", "modified_at"]},
        ),
        ("Text", {"fields": ["body"]}),
        ("Curation", {"fields": ["curated_fields"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request) -> QuerySet[Article]:
        return super().get_queryset(request).with_counts()

    def get_urls(self):
        urls = [
            path(
                "review/",
                self.admin_site.admin_view(pages.review_view(self)),
                name="articles_review_queue",
            ),
            path(
                "import/",
                self.admin_site.admin_view(pages.import_view(self)),
                name="articles_article_import",
            ),
        ]
        return urls + super().get_urls()

    @admin.display(description="title", ordering="title")
    def display_title(self, article: Article) -> str:
        return article.display_title

    @admin.display(description="actors", ordering="actor_total")
    def actor_count(self, article: Article) -> str:
        return changelist_link(
            Mention, article.actor_total, article__id__exact=article.pk, removed__exact=0
        )

    @admin.display(description="events", ordering="event_total")
    def event_count(self, article: Article) -> str:
        return changelist_link(Event, article.event_total, evidence__article=article.pk)

    @admin.display(description="quotes", ordering="quote_total")
    def quote_count(self, article: Article) -> str:
        return changelist_link(
            Quote, article.quote_total, article__id__exact=article.pk, removed__exact=0
        )

    def curated_names(self, obj, form) -> list[str]:
        names = super().curated_names(obj, form)
        # The date and how it was found travel together (a check constraint ties them).
        if {"published", "published_how", "published_from"} & set(names):
            names += ["published", "published_how", "published_from"]
        return names

    def save_formset(self, request, form, formset, change) -> None:
        if formset.model not in (Mention, Quote, ArticleTopic):
            super().save_formset(request, form, formset, change)
            return
        # Rows added or changed by hand are the curator's; deleted ones are kept, removed.
        for row in formset.save(commit=False):
            derived_row_save(row)
        derived_rows_remove(rows=formset.deleted_objects)
        formset.save_m2m()

    @admin.action(description="Publish the selected articles", permissions=["change"])
    def publish(self, request, queryset) -> None:
        n = articles_publish(articles=queryset)
        self.message_user(request, f"Published {n} article(s).", messages.SUCCESS)

    @admin.action(description="Hide the selected articles from readers", permissions=["change"])
    def hide(self, request, queryset) -> None:
        n = articles_hide(articles=queryset)
        self.message_user(request, f"Hid {n} article(s).", messages.SUCCESS)

    @admin.action(description="Re-run extraction on the selected articles", permissions=["change"])
    def reextract(self, request, queryset) -> None:
        report_outcomes(request, articles_reextract(articles=queryset))


# ---------------------------------------------------------------------------------------
# Actors and their names


class ActorChangeList(ChangeList):
    """The actor list, each row of the page shown with the sentence that first names it."""

    def get_results(self, request) -> None:
        super().get_results(request)
        actors = list(self.result_list)
        found = pages.first_mentions(actors)
        for actor in actors:
            actor.first_mention = found[actor.pk][0] if actor.pk in found else None


@admin.register(Actor)
class ActorAdmin(CuratedEditsAdmin):
    list_display = [
        "name",
        "kind",
        "role",
        "status",
        "country",
        "alias_count",
        "mention_count",
        "event_count",
        "found_in",
    ]
    list_filter = ["status", "kind"]
    search_fields = ["name", "slug", "role", "aliases__text"]
    autocomplete_fields = ["country", "members"]
    # A bloc's members edited by hand are the curator's: load_reference_data leaves them.
    curated_relations = ("members",)
    date_hierarchy = "created_at"
    prepopulated_fields = {"slug": ["name"]}
    inlines = [AliasInline]
    actions = ["confirm", "reject", "merge"]
    list_select_related = ["country"]

    def get_queryset(self, request) -> QuerySet[Actor]:
        return super().get_queryset(request).with_counts()

    def get_urls(self):
        urls = [
            path(
                "merge/",
                self.admin_site.admin_view(pages.merge_view(self)),
                name="articles_actor_merge",
            )
        ]
        return urls + super().get_urls()

    def get_changelist(self, request, **kwargs):
        return ActorChangeList

    @admin.display(description="first found in")
    def found_in(self, actor: Actor) -> str:
        """The sentence that first names the actor, the name marked, and its article: what
        a curator reads to confirm or reject a proposal without opening the article."""
        mention = getattr(actor, "first_mention", None)
        if mention is None:
            return "—"
        article = change_link(mention.article)
        if mention.spans:
            start, end = mention.spans[0]
            before, name, after = pages.sentence_excerpt(mention.article.body, start, end)
            return format_html(
                '<q class="found-in">{}<mark>{}</mark>{}</q><br><small>{}</small>',
                before,
                name,
                after,
                article,
            )
        if mention.in_caption:
            return format_html("<small>a photo caption of {}</small>", article)
        return format_html("<small>{}</small>", article)

    @admin.display(description="aliases", ordering="alias_total")
    def alias_count(self, actor: Actor) -> int:
        return actor.alias_total

    @admin.display(description="mentions", ordering="mention_total")
    def mention_count(self, actor: Actor) -> str:
        return changelist_link(Mention, actor.mention_total, actor__id__exact=actor.pk)

    @admin.display(description="events", ordering="event_total")
    def event_count(self, actor: Actor) -> str:
        return changelist_link(Event, actor.event_total, actors__id__exact=actor.pk)

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        old_name = form.initial.get("name")
        # A renamed actor keeps its old name as an alias, so imports still find it.
        if change and "name" in form.changed_data and old_name:
            normalised = normalise_name(old_name)
            if normalised != normalise_name(obj.name) and not (
                Alias.objects.filter(normalised=normalised).exists()
            ):
                Alias.objects.create(actor=obj, text=old_name)

    @admin.action(description="Confirm the selected actors", permissions=["change"])
    def confirm(self, request, queryset) -> None:
        n = actors_confirm(actors=queryset)
        self.message_user(request, f"Confirmed {n} actor(s).", messages.SUCCESS)

    @admin.action(description="Reject the selected actors", permissions=["change"])
    def reject(self, request, queryset) -> None:
        n = actors_reject(actors=queryset)
        self.message_user(request, f"Rejected {n} actor(s).", messages.SUCCESS)

    @admin.action(description="Merge the selected actors…", permissions=["change", "delete"])
    def merge(self, request, queryset) -> HttpResponseRedirect:
        return pages.redirect_to_merge(self, queryset)


@admin.register(Alias)
class AliasAdmin(SimpleHistoryAdmin):
    list_display = ["text", "actor", "normalised"]
    search_fields = ["text", "normalised", "actor__name"]
    autocomplete_fields = ["actor"]
    list_select_related = ["actor"]


class DerivedRowAdmin(admin.ModelAdmin):
    """A mention, quote or topic link: what a curator saves here is kept by later imports
    (marked curated), and deleting one marks it removed, so imports never add it back."""

    readonly_fields = ["curated"]

    @admin.display(description="article", ordering="article")
    def article_link(self, row) -> str:
        return change_link(row.article)

    def save_model(self, request, obj, form, change) -> None:
        derived_row_save(obj)

    def delete_model(self, request, obj) -> None:
        derived_rows_remove(rows=[obj])

    def delete_queryset(self, request, queryset) -> None:
        derived_rows_remove(rows=queryset)


@admin.register(Mention)
class MentionAdmin(DerivedRowAdmin):
    list_display = ["actor", "article_link", "count", "role", "removed", "curated"]
    list_filter = ["removed", "curated", "actor__status", "actor__kind"]
    search_fields = ["actor__name", "article__title", "article__origin", "role"]
    autocomplete_fields = ["actor", "article"]
    list_select_related = ["actor", "article"]


@admin.register(Quote)
class QuoteAdmin(DerivedRowAdmin):
    list_display = ["__str__", "speaker", "article_link", "removed", "curated"]
    list_filter = ["removed", "curated", "speaker__kind"]
    search_fields = ["text", "speaker__name", "article__title"]
    autocomplete_fields = ["speaker", "article"]
    list_select_related = ["speaker", "article"]


# ---------------------------------------------------------------------------------------
# Reference data


@admin.register(Outlet)
class OutletAdmin(SimpleHistoryAdmin):
    formfield_overrides = URL_FIELDS
    list_display = ["name", "kind", "homepage", "article_count"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request) -> QuerySet[Outlet]:
        rows = Article.objects.all()
        return super().get_queryset(request).annotate(article_total=count_of(rows, "outlet"))

    @admin.display(description="articles", ordering="article_total")
    def article_count(self, outlet: Outlet) -> str:
        return changelist_link(Article, outlet.article_total, outlet__id__exact=outlet.pk)


@admin.register(Topic)
class TopicAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "event_count"]
    search_fields = ["name", "keywords", "description"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request) -> QuerySet[Topic]:
        rows = Event.topics.through.objects.all()
        return super().get_queryset(request).annotate(event_total=count_of(rows, "topic"))

    @admin.display(description="events", ordering="event_total")
    def event_count(self, topic: Topic) -> str:
        return changelist_link(Event, topic.event_total, topics__id__exact=topic.pk)


@admin.register(Negotiation)
class NegotiationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "status", "started", "event_count"]
    list_filter = ["status"]
    search_fields = ["name", "keywords", "description"]
    autocomplete_fields = ["parties"]
    date_hierarchy = "started"
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request) -> QuerySet[Negotiation]:
        rows = Event.negotiations.through.objects.all()
        return super().get_queryset(request).annotate(event_total=count_of(rows, "negotiation"))

    @admin.display(description="events", ordering="event_total")
    def event_count(self, negotiation: Negotiation) -> str:
        return changelist_link(
            Event, negotiation.event_total, negotiations__id__exact=negotiation.pk
        )


@admin.register(ArticleTopic)
class ArticleTopicAdmin(DerivedRowAdmin):
    list_display = ["topic", "article_link", "count", "removed", "curated"]
    list_filter = ["removed", "curated", "topic"]
    search_fields = ["topic__name", "article__title"]
    autocomplete_fields = ["article", "topic"]
    list_select_related = ["topic", "article"]


# ---------------------------------------------------------------------------------------
# Events and their evidence


@admin.register(Event)
class EventAdmin(IndexedSearchMixin, CuratedEditsAdmin):
    curated_relations = ("actors", "topics", "negotiations")
    list_display = [
        "title",
        "date_display",
        "kind",
        "status",
        "planned_display",
        "source_count",
        "evidence_count",
    ]
    list_filter = ["status", "kind", "precision", "planned", "negotiations", "topics"]
    search_fields = ["title"]
    search_index = "articles_event"  # title, summary and the sentences published articles cite
    search_help_text = (
        "Finds the title containing each word, or a summary or cited sentence with words "
        "starting with it."
    )
    autocomplete_fields = ["actors", "topics", "negotiations"]
    date_hierarchy = "date"
    readonly_fields = ["source_count", "articles"]
    inlines = [EvidenceInline]
    actions = ["confirm", "hide", "merge"]
    fieldsets = [
        (None, {"fields": ["title", "summary", "kind", "status", "planned"]}),
        ("When", {"fields": ["date", "precision"]}),
        ("Who and what", {"fields": ["actors", "topics", "negotiations"]}),
        ("Sources", {"fields": ["source_count", "articles"]}),
        ("Curation", {"fields": ["curated_fields"], "classes": ["collapse"]}),
    ]

    def extra_search(self, term: str) -> Q:
        # The index leaves out what hidden articles say; curators search it too.
        hidden = Evidence.objects.filter(article__status=Article.Status.HIDDEN)
        return Q(pk__in=hidden.filter(sentence__icontains=term).values("event_id"))

    def get_queryset(self, request) -> QuerySet[Event]:
        rows = Evidence.objects.all()
        return super().get_queryset(request).annotate(evidence_total=count_of(rows, "event"))

    def get_urls(self):
        urls = [
            path(
                "merge/",
                self.admin_site.admin_view(pages.merge_view(self)),
                name="articles_event_merge",
            ),
            path(
                "<path:object_id>/split/",
                self.admin_site.admin_view(pages.split_view(self)),
                name="articles_event_split",
            ),
        ]
        return urls + super().get_urls()

    def lookup_allowed(self, lookup, value, request=None) -> bool:
        # The links from articles, actors and topics filter the list by them.
        if lookup in {"evidence__article", "actors__id__exact"}:
            return True
        return super().lookup_allowed(lookup, value, request)

    @admin.display(description="date", ordering="date")
    def date_display(self, event: Event) -> str:
        return event.date_display

    # Words, not the admin's green tick and red cross: a cross beside every event that
    # happened read as an error.
    @admin.display(description="planned", ordering="planned")
    def planned_display(self, event: Event) -> str:
        return "planned" if event.planned else "happened"

    @admin.display(description="evidence", ordering="evidence_total")
    def evidence_count(self, event: Event) -> str:
        return changelist_link(Evidence, event.evidence_total, event__id__exact=event.pk)

    @admin.display(description="articles citing it")
    def articles(self, event: Event) -> str:
        articles = Article.objects.filter(evidence__event=event).distinct()
        links = [change_link(article) for article in articles]
        return format_html("<br>".join(["{}"] * len(links)), *links) if links else "—"

    @admin.action(description="Confirm the selected events", permissions=["change"])
    def confirm(self, request, queryset) -> None:
        n = events_confirm(events=queryset)
        self.message_user(request, f"Confirmed {n} event(s).", messages.SUCCESS)

    @admin.action(description="Hide the selected events", permissions=["change"])
    def hide(self, request, queryset) -> None:
        n = events_hide(events=queryset)
        self.message_user(request, f"Hid {n} event(s).", messages.SUCCESS)

    @admin.action(description="Merge the selected events…", permissions=["change", "delete"])
    def merge(self, request, queryset) -> HttpResponseRedirect:
        return pages.redirect_to_merge(self, queryset)


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "event_link", "article_link", "stated_date", "stated_precision"]
    list_filter = ["stated_precision"]
    search_fields = ["sentence", "event__title", "article__title"]
    autocomplete_fields = ["event", "article"]
    list_select_related = ["event", "article"]

    @admin.display(description="event", ordering="event")
    def event_link(self, evidence: Evidence) -> str:
        return change_link(evidence.event)

    @admin.display(description="article", ordering="article")
    def article_link(self, evidence: Evidence) -> str:
        return change_link(evidence.article)
