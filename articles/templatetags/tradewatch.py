"""Template helpers for the public pages: highlighted article bodies."""

from __future__ import annotations

import re
from collections.abc import Iterable

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")


def highlight_mentions(body: str, mentions: Iterable) -> list[SafeString]:
    """Return the body's paragraphs as HTML, every place the importer found an actor named
    linked to the actor's page (the offsets stored with each mention)."""
    spans = sorted(
        (start, end, mention.actor)
        for mention in mentions
        for start, end in mention.spans
        if 0 <= start < end <= len(body)
    )
    paragraphs = []
    index = 0
    for paragraph in _PARAGRAPH.finditer(body):
        start, end = paragraph.span()
        if not body[start:end].strip():
            continue
        parts, position = [], start
        while index < len(spans) and spans[index][0] < end:
            span_start, span_end, actor = spans[index]
            index += 1
            if span_start < position or span_end > end:
                continue  # overlaps the previous link or crosses a paragraph break
            parts.append(escape(body[position:span_start]))
            parts.append(
                format_html(
                    '<a class="mention" href="{}" title="{}">{}</a>',
                    actor.get_absolute_url(),
                    actor.name,
                    body[span_start:span_end],
                )
            )
            position = span_end
        parts.append(escape(body[position:end]))
        paragraphs.append(mark_safe("".join(parts).strip()))  # every part is escaped above
    return paragraphs


@register.simple_tag
def highlighted_paragraphs(body: str, mentions: Iterable) -> list[SafeString]:
    """Article body paragraphs with the mentioned (confirmed) actors linked."""
    return highlight_mentions(body, mentions)
