"""Template helpers for the public pages: optional links and highlighted article bodies."""

from __future__ import annotations

import re
from collections.abc import Iterable

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@register.simple_tag
def optional_url(name: str, *args) -> str:
    """The URL of `name`, or "" while no view has that name (feeds and exports land later)."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def _names_of(actor) -> list[str]:
    """The names an actor's mentions can be written as: name, aliases and, for a person,
    the surname on its own (articles say "Abe" after introducing him once)."""
    names = [actor.name, *(alias.text for alias in actor.aliases.all())]
    if actor.kind == "person" and " " in actor.name:
        surname = actor.name.rsplit(" ", 1)[1]
        if len(surname) > 2:
            names.append(surname)
    return [n for n in names if n.strip()]


def highlight_mentions(body: str, actors: Iterable) -> list[SafeString]:
    """Return the body's paragraphs as HTML with each actor's names linked to its page.

    The match is case-sensitive and on word boundaries, longest name first, so "US" in
    a headline is linked and "us" in a sentence is not.
    """
    url_of: dict[str, tuple[str, str]] = {}
    for actor in actors:
        for name in _names_of(actor):
            url_of.setdefault(name, (actor.get_absolute_url(), actor.name))
    pattern = None
    if url_of:
        alternatives = "|".join(re.escape(n) for n in sorted(url_of, key=len, reverse=True))
        pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    paragraphs = []
    for text in _PARAGRAPH_BREAK.split(body.strip()):
        if not text.strip():
            continue
        if pattern is None:
            paragraphs.append(escape(text))
            continue
        parts, position = [], 0
        for match in pattern.finditer(text):
            url, name = url_of[match.group()]
            parts.append(escape(text[position : match.start()]))
            parts.append(
                format_html(
                    '<a class="mention" href="{}" title="{}">{}</a>', url, name, match.group()
                )
            )
            position = match.end()
        parts.append(escape(text[position:]))
        paragraphs.append(mark_safe("".join(parts)))  # every part is escaped above
    return paragraphs


@register.simple_tag
def highlighted_paragraphs(body: str, mentions: Iterable) -> list[SafeString]:
    """Article body paragraphs with the mentioned (confirmed) actors linked."""
    return highlight_mentions(body, [m.actor for m in mentions])
