"""RSS 2.0 and Atom feeds of the public timeline, filtered by the same query string as the
timeline page (`EventFilter`), and one feed per actor, topic and negotiation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.syndication.views import Feed
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import format_html, format_html_join

from articles.exports import bad_filters
from articles.models import Actor, Event, Negotiation, Topic

FEED_SIZE = 50


class BadFilters(Exception):
    def __init__(self, filterset) -> None:
        super().__init__("bad filter parameters")
        self.filterset = filterset


@dataclass
class Selection:
    """What one request asked for (a Feed instance is shared by every request)."""

    filterset: object
    query: str
    described: str
    subject: models.Model | None = None


class TimelineFeed(Feed):
    """The newest public events the query string selects, as RSS 2.0."""

    feed_type = Rss201rev2Feed

    def __call__(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return super().__call__(request, *args, **kwargs)
        except BadFilters as error:
            return bad_filters(error.filterset)

    def get_object(self, request: HttpRequest, **kwargs) -> Selection:
        from articles.filters import EventFilter, describe

        filterset = EventFilter(request.GET)
        if not filterset.is_valid():
            raise BadFilters(filterset)
        return Selection(filterset, request.GET.urlencode(), describe(filterset))

    def title(self, obj: Selection) -> str:
        return f"TradeWatch: {obj.described}"

    def link(self, obj: Selection) -> str:
        return reverse("articles:home") + (f"?{obj.query}" if obj.query else "")

    def description(self, obj: Selection) -> str:
        return f"{obj.described}, from the news, with sources."

    def events(self, obj: Selection) -> QuerySet:
        return obj.filterset.qs

    def items(self, obj: Selection) -> list[Event]:
        # Newest first whatever order the page asked for, so readers see what is new.
        events = self.events(obj).chronological(newest_first=True)
        return list(events.with_evidence()[:FEED_SIZE])

    def item_title(self, event: Event) -> str:
        planned = "Planned: " if event.planned else ""
        return f"{event.date_display} — {planned}{event.title}"

    def item_description(self, event: Event) -> str:
        sources = format_html_join(
            "",
            "<li>“{}” — {}</li>",
            ((e.sentence, _source_name(e.article)) for e in event.evidence.all()),
        )
        return str(format_html("<p>{}</p><ul>{}</ul>", event.summary, sources))

    def item_link(self, event: Event) -> str:
        return event.get_absolute_url()

    def item_pubdate(self, event: Event) -> datetime:
        return event.created_at

    def item_updateddate(self, event: Event) -> datetime:
        return event.modified_at

    def item_categories(self, event: Event) -> list[str]:
        return [event.get_kind_display(), *(topic.name for topic in event.topics.all())]


def _source_name(article) -> str:
    return article.outlet.name if article.outlet else article.display_title


class SubjectFeed(TimelineFeed):
    """Events about one actor, topic or negotiation (the query string can narrow them)."""

    relation: str

    def subjects(self) -> QuerySet:
        raise NotImplementedError

    def get_object(self, request: HttpRequest, slug: str) -> Selection:
        subject = get_object_or_404(self.subjects(), slug=slug)
        selection = super().get_object(request)
        selection.subject = subject
        return selection

    def title(self, obj: Selection) -> str:
        return f"TradeWatch: {obj.subject}"

    def link(self, obj: Selection) -> str:
        return obj.subject.get_absolute_url()

    def description(self, obj: Selection) -> str:
        return f"{obj.subject} — {obj.described}, from the news, with sources."

    def events(self, obj: Selection) -> QuerySet:
        return obj.filterset.qs.filter(**{self.relation: obj.subject})


class ActorFeed(SubjectFeed):
    relation = "actors"

    def subjects(self) -> QuerySet:
        return Actor.objects.confirmed()


class TopicFeed(SubjectFeed):
    relation = "topics"

    def subjects(self) -> QuerySet:
        return Topic.objects.all()


class NegotiationFeed(SubjectFeed):
    relation = "negotiations"

    def subjects(self) -> QuerySet:
        return Negotiation.objects.all()


def atom(feed_class: type[TimelineFeed]) -> TimelineFeed:
    """Return a view of `feed_class` written as Atom rather than RSS."""
    return type(f"{feed_class.__name__}Atom", (feed_class,), {"feed_type": Atom1Feed})()
