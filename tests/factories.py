"""Small builders for test data: each returns a saved object with sensible defaults."""

from __future__ import annotations

import hashlib
import itertools
from datetime import date

from articles.models import (
    Actor,
    Alias,
    Article,
    Event,
    Evidence,
    Negotiation,
    Outlet,
    Quote,
    Topic,
)

_counter = itertools.count(1)


def make_outlet(name: str | None = None, **fields) -> Outlet:
    name = name or f"Outlet {next(_counter)}"
    return Outlet.objects.create(name=name, **fields)


def make_article(body: str | None = None, **fields) -> Article:
    n = next(_counter)
    body = body if body is not None else f"Article body number {n}."
    fields.setdefault("title", f"Article {n}")
    fields.setdefault("origin", f"article-{n}.txt")
    fields.setdefault("published", date(2018, 9, 26))
    if fields["published"] is None:
        fields.setdefault("published_how", Article.PublishedHow.UNKNOWN)
    else:
        fields.setdefault("published_how", Article.PublishedHow.STATED)
    fields.setdefault("content_hash", hashlib.sha256(body.encode()).hexdigest())
    return Article.objects.create(body=body, **fields)


def make_actor(name: str | None = None, kind: str = Actor.Kind.PERSON, **fields) -> Actor:
    name = name or f"Actor {next(_counter)}"
    return Actor.objects.create(name=name, kind=kind, **fields)


def make_alias(actor: Actor, text: str) -> Alias:
    return Alias.objects.create(actor=actor, text=text)


def make_topic(name: str | None = None, **fields) -> Topic:
    name = name or f"Topic {next(_counter)}"
    return Topic.objects.create(name=name, **fields)


def make_negotiation(name: str | None = None, **fields) -> Negotiation:
    name = name or f"Negotiation {next(_counter)}"
    return Negotiation.objects.create(name=name, **fields)


def make_event(
    title: str | None = None,
    *,
    article: Article | None = None,
    sentence: str | None = None,
    **fields,
) -> Event:
    """An event with one evidence row (from `article`, or a new article)."""
    sentence = sentence or f"Something numbered {next(_counter)} happened on Wednesday."
    fields.setdefault("date", date(2018, 9, 26))
    fields.setdefault("precision", Event.Precision.DAY)
    fields.setdefault("status", Event.Status.CONFIRMED)
    event = Event.objects.create(title=title or f"Event {next(_counter)}", **fields)
    make_evidence(event, article or make_article(body=sentence), sentence)
    return event


def make_evidence(
    event: Event,
    article: Article,
    sentence: str,
    stated_date: date | None = None,
    stated_precision: str | None = None,
) -> Evidence:
    """A sentence of `article` reporting `event`, dated as the event unless told otherwise."""
    return Evidence.objects.create(
        event=event,
        article=article,
        sentence=sentence,
        start=0,
        end=len(sentence),
        stated_date=stated_date or event.date,
        stated_precision=stated_precision or event.precision,
    )


def make_quote(
    article: Article, text: str = "We will talk.", speaker: Actor | None = None
) -> Quote:
    start = max(article.body.find(text), 0)
    return Quote.objects.create(
        article=article, speaker=speaker, text=text, start=start, end=start + len(text)
    )
