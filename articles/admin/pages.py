"""The curators' own admin pages: the review queue, import, and merging and splitting.

Each factory takes the ModelAdmin the page belongs to and returns the view its get_urls()
wraps in admin_view (which requires a logged-in staff user); the views check the model
permissions the action needs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from django.contrib import messages
from django.contrib.admin import ModelAdmin
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Prefetch, QuerySet, Subquery
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode

from articles.extraction.normalise import normalise_name
from articles.extraction.text import split_sentences
from articles.extraction.types import Sentence
from articles.forms import ImportForm, MergeForm, SplitForm
from articles.models import Actor, Article, Event, Evidence, Mention
from articles.services import (
    CurationError,
    actors_confirm,
    actors_merge,
    actors_reject,
    articles_accept_date,
    articles_hide,
    articles_import,
    articles_publish,
    event_split,
    events_confirm,
    events_hide,
    events_merge,
)

# Rows shown per section of the review queue; the heading gives the full count.
QUEUE_LIMIT = 100
# The sentences shown for a proposed actor; the rest are a link away, in the mention list.
FOUND_IN_LIMIT = 3


def _context(model_admin: ModelAdmin, request: HttpRequest, **extra) -> dict:
    return {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        **extra,
    }


def _require(request: HttpRequest, *perms: str) -> None:
    if not request.user.has_perms([f"articles.{perm}" for perm in perms]):
        raise PermissionDenied


def _ids(values: list[str]) -> list[int]:
    """Primary keys from query or form values ("3", "4,5"); anything else is skipped."""
    ids = []
    for value in values:
        for part in value.split(","):
            if part.strip().isdigit():
                ids.append(int(part))
    return ids


# ---------------------------------------------------------------------------------------
# The review queue


def _sentence_of(body: str, offset: int) -> Sentence | None:
    """Return the sentence of `body` that contains `offset`, if any."""
    return next((s for s in split_sentences(body) if s.start <= offset < s.end), None)


def sentence_at(body: str, offset: int) -> str:
    """Return the sentence of `body` that contains `offset` (or the body's start)."""
    sentence = _sentence_of(body, offset)
    return sentence.text if sentence is not None else body[:200]


# How much of a long sentence the actor list shows either side of the name.
EXCERPT_CONTEXT = 70


def sentence_excerpt(body: str, start: int, end: int) -> tuple[str, str, str]:
    """Return the sentence of `body` around `body[start:end]` as (before, name, after),
    each side cut to EXCERPT_CONTEXT characters at a word, with "…" where it was cut."""
    sentence = _sentence_of(body, start)
    before = body[sentence.start : start] if sentence is not None else ""
    after = body[end : sentence.end] if sentence is not None else ""
    if len(before) > EXCERPT_CONTEXT:
        cut = before[-EXCERPT_CONTEXT:]
        if not before[-EXCERPT_CONTEXT - 1].isspace() and " " in cut:
            cut = cut[cut.find(" ") + 1 :]  # the word cut in two is left out
        before = "…" + cut
    if len(after) > EXCERPT_CONTEXT:
        cut = after[:EXCERPT_CONTEXT]
        if not after[EXCERPT_CONTEXT].isspace() and " " in cut:
            cut = cut[: cut.rfind(" ")]
        after = cut.rstrip() + "…"
    return before.lstrip(), body[start:end], after.rstrip()


def first_mentions(actors: list[Actor], limit: int = 1) -> dict[int, list[Mention]]:
    """Each actor's first `limit` mentions still kept (by article, then place there), with
    their articles' titles and bodies: two queries, whatever the number of actors, each
    place found by the (actor, article) index however many articles name the actor."""
    kept = (
        Mention.objects.filter(actor=OuterRef("pk"), removed=False)
        .order_by("article_id", "first_offset")
        .values("pk")
    )
    places = {f"mention_{n}": Subquery(kept[n : n + 1]) for n in range(limit)}
    rows = (
        Actor.objects.filter(pk__in=[actor.pk for actor in actors])
        .annotate(**places)
        .values_list(*places)
    )
    ids = [pk for row in rows for pk in row if pk]
    found: dict[int, list[Mention]] = defaultdict(list)
    for mention in Mention.objects.filter(pk__in=ids).select_related("article"):
        found[mention.actor_id].append(mention)  # in the model's order: article, place
    return found


def review_queue() -> dict[str, QuerySet]:
    """What needs a human, section by section."""
    evidence = Prefetch("evidence", queryset=Evidence.objects.select_related("article"))
    return {
        "articles": Article.objects.needing_review().with_related(),
        "actors": Actor.objects.proposed(),
        "events": Event.objects.filter(status=Event.Status.PROPOSED).prefetch_related(evidence),
        "disagreements": Event.objects.with_date_disagreement().prefetch_related(evidence),
    }


def review_counts() -> dict[str, int]:
    """How many items wait in each section of the review queue."""
    return {name: queryset.count() for name, queryset in review_queue().items()}


# Each row's buttons: action name → (model, service, keyword, permission, past tense).
QUEUE_ACTIONS: dict[str, tuple] = {
    "articles_publish": (Article, articles_publish, "articles", "change_article", "Published"),
    "articles_accept_date": (
        Article,
        articles_accept_date,
        "articles",
        "change_article",
        "Accepted the inferred date of",
    ),
    "articles_hide": (Article, articles_hide, "articles", "change_article", "Hid"),
    "actors_confirm": (Actor, actors_confirm, "actors", "change_actor", "Confirmed"),
    "actors_reject": (Actor, actors_reject, "actors", "change_actor", "Rejected"),
    "events_confirm": (Event, events_confirm, "events", "change_event", "Confirmed"),
    "events_hide": (Event, events_hide, "events", "change_event", "Hid"),
}


QUEUE_SECTIONS = {
    "articles": "Articles with an unknown or inferred publication date",
    "actors": "Proposed actors",
    "events": "Proposed events",
    "disagreements": "Events whose sources disagree on the date",
}


def _queue_heading(label: str, count: int) -> str:
    """A queue section's heading: its size, and how much of it the page shows."""
    if count > QUEUE_LIMIT:
        return f"{label} ({count}; the first {QUEUE_LIMIT} are shown)"
    return f"{label} ({count})"


def review_view(model_admin: ModelAdmin) -> Callable[[HttpRequest], HttpResponse]:
    def view(request: HttpRequest) -> HttpResponse:
        if request.method == "POST":
            return _review_action(request)
        queue = review_queue()
        actors = list(queue["actors"].with_mention_total()[:QUEUE_LIMIT])
        found = first_mentions(actors, FOUND_IN_LIMIT)
        for actor in actors:
            actor.found_in = [
                (mention, sentence_at(mention.article.body, mention.first_offset))
                for mention in found.get(actor.pk, [])
            ]
            actor.more_mentions = actor.mention_total - len(actor.found_in)
        counts = {name: qs.count() for name, qs in queue.items()}
        headings = {
            name: _queue_heading(label, counts[name]) for name, label in QUEUE_SECTIONS.items()
        }
        context = _context(
            model_admin,
            request,
            title="Review queue",
            counts=counts,
            headings=headings,
            articles=queue["articles"][:QUEUE_LIMIT],
            actors=actors,
            event_sections=[
                ("events", headings["events"], queue["events"][:QUEUE_LIMIT]),
                (
                    "disagreements",
                    headings["disagreements"],
                    queue["disagreements"][:QUEUE_LIMIT],
                ),
            ],
            # (action, label, the status it sets): a row shows no button that would
            # change nothing ("Publish" beside an article already published).
            article_buttons=[
                ("articles_publish", "Publish", Article.Status.PUBLISHED),
                ("articles_hide", "Hide", Article.Status.HIDDEN),
            ],
            actor_buttons=[
                ("actors_confirm", "Confirm", Actor.Status.CONFIRMED),
                ("actors_reject", "Reject", Actor.Status.REJECTED),
            ],
            event_buttons=[
                ("events_confirm", "Confirm", Event.Status.CONFIRMED),
                ("events_hide", "Hide", Event.Status.HIDDEN),
            ],
            merge_targets=Actor.objects.confirmed().only("pk", "name", "kind").order_by("name"),
        )
        return TemplateResponse(request, "admin/articles/review_queue.html", context)

    return view


def _review_action(request: HttpRequest) -> HttpResponse:
    back = HttpResponseRedirect(reverse("admin:articles_review_queue"))
    action = request.POST.get("action", "")
    if action not in QUEUE_ACTIONS:
        messages.error(request, f"Unknown action {action!r}: nothing was changed.")
        return back
    model, service, keyword, perm, done = QUEUE_ACTIONS[action]
    _require(request, perm)
    objects = list(model.objects.filter(pk__in=_ids(request.POST.getlist("ids"))))
    if not objects:
        messages.error(request, "Nothing selected, or it no longer exists: nothing was changed.")
        return back
    changed = service(**{keyword: objects})
    names = ", ".join(str(obj) for obj in objects)
    messages.success(request, f"{done} {changed} of {len(objects)}: {names}.")
    return back


# ---------------------------------------------------------------------------------------
# Import


def report_outcomes(request: HttpRequest, report) -> None:
    """Turn an ImportReport into admin messages: one per document, then the summary."""
    for outcome in report.outcomes:
        level = messages.ERROR if outcome.status == "failed" else messages.INFO
        messages.add_message(request, level, outcome.describe())
    level = messages.WARNING if report.failed else messages.SUCCESS
    messages.add_message(request, level, report.summary())


def import_view(model_admin: ModelAdmin) -> Callable[[HttpRequest], HttpResponse]:
    def view(request: HttpRequest) -> HttpResponse:
        _require(request, "add_article", "change_article")
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            report = articles_import(documents=form.documents(), options=form.options())
            report_outcomes(request, report)
            return HttpResponseRedirect(reverse("admin:articles_article_import"))
        context = _context(model_admin, request, title="Import articles", form=form)
        return TemplateResponse(request, "admin/articles/import.html", context)

    return view


# ---------------------------------------------------------------------------------------
# Merging and splitting


def _merge_url(model_admin: ModelAdmin) -> str:
    return reverse(f"admin:articles_{model_admin.model._meta.model_name}_merge")


def redirect_to_merge(model_admin: ModelAdmin, queryset: QuerySet) -> HttpResponseRedirect:
    """From a list action to the page that asks which of the selected objects to keep."""
    ids = ",".join(str(pk) for pk in queryset.values_list("pk", flat=True))
    return HttpResponseRedirect(f"{_merge_url(model_admin)}?{urlencode({'ids': ids})}")


MERGE_SERVICES = {Actor: actors_merge, Event: events_merge}


def merge_view(model_admin: ModelAdmin) -> Callable[[HttpRequest], HttpResponse]:
    model = model_admin.model
    name = model._meta.model_name

    def view(request: HttpRequest) -> HttpResponse:
        _require(request, f"change_{name}", f"delete_{name}")
        data = request.POST if request.method == "POST" else request.GET
        ids = _ids(data.getlist("ids"))
        if model is Actor and data.get("same_as", "").strip():  # a review queue row's field
            target = _confirmed_actor_named(request, data["same_as"].strip())
            if target is None:
                return HttpResponseRedirect(reverse("admin:articles_review_queue") + "#actors")
            ids.append(target.pk)
        queryset = model.objects.filter(pk__in=ids)
        changelist = reverse(f"admin:articles_{name}_changelist")
        if queryset.count() < 2:
            messages.error(
                request,
                f"Choose at least two {model._meta.verbose_name_plural} to merge "
                "(tick them in the list, then choose the merge action).",
            )
            return HttpResponseRedirect(changelist)
        form = MergeForm(
            data if request.method == "POST" else None,
            queryset=queryset,
            initial={"ids": ",".join(map(str, ids)), "keep": _suggested_keep(queryset)},
        )
        if request.method == "POST" and form.is_valid():
            keep = form.cleaned_data["keep"]
            try:
                result = MERGE_SERVICES[model](keep=keep, others=form.others())
            except CurationError as error:
                messages.error(request, f"Nothing merged: {error}.")
                return HttpResponseRedirect(changelist)
            messages.success(request, result.describe())
            return HttpResponseRedirect(reverse(f"admin:articles_{name}_change", args=[keep.pk]))
        context = _context(
            model_admin,
            request,
            title=f"Merge {model._meta.verbose_name_plural}: which one is kept?",
            form=form,
            selected=form.selected,
        )
        return TemplateResponse(request, "admin/articles/merge.html", context)

    return view


def _confirmed_actor_named(request: HttpRequest, name: str) -> Actor | None:
    """The confirmed actor a curator named in a review queue row's "Same as" field, by its
    name or one of its aliases; else None, with a message saying why."""
    confirmed = Actor.objects.confirmed()
    found = list(confirmed.filter(name__iexact=name)[:2]) or list(
        confirmed.filter(aliases__normalised=normalise_name(name)).distinct()[:2]
    )
    if len(found) == 1:
        return found[0]
    if found:
        messages.error(
            request,
            f"Same as: more than one confirmed actor is called “{name}”. "
            "Merge from the actor list instead, where each is shown with its role.",
        )
    else:
        messages.error(
            request,
            f"Same as: no confirmed actor is called “{name}”. "
            "Type a name the field suggests, or confirm the actor first.",
        )
    return None


def _suggested_keep(queryset: QuerySet):
    """A confirmed one if there is one, else the oldest."""
    selected = list(queryset.order_by("pk"))
    confirmed = [obj for obj in selected if obj.status == "confirmed"]
    return (confirmed or selected)[0].pk


def split_view(model_admin: ModelAdmin) -> Callable[[HttpRequest, str], HttpResponse]:
    def view(request: HttpRequest, object_id: str) -> HttpResponse:
        _require(request, "change_event", "add_event")
        if not object_id.isdigit():
            messages.error(request, f"No event {object_id!r}.")
            return HttpResponseRedirect(reverse("admin:articles_event_changelist"))
        event = get_object_or_404(Event, pk=object_id)
        form = SplitForm(request.POST or None, event=event)
        if request.method == "POST" and form.is_valid():
            try:
                new = event_split(
                    event=event, evidence_ids=[e.pk for e in form.cleaned_data["evidence"]]
                )
            except CurationError as error:
                form.add_error("evidence", str(error))
            else:
                messages.success(
                    request,
                    f"Moved {len(form.cleaned_data['evidence'])} piece(s) of evidence "
                    f"to a new event: {new}.",
                )
                return HttpResponseRedirect(reverse("admin:articles_event_change", args=[new.pk]))
        context = _context(
            model_admin, request, title=f"Split event: {event}", form=form, original=event
        )
        return TemplateResponse(request, "admin/articles/split.html", context)

    return view
