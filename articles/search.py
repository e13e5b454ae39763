"""Full-text search over articles and events: one interface, one implementation per
database vendor. (Placeholder: substring matching until the full-text backends land.)"""

from __future__ import annotations

from django.db.models import Q, QuerySet

MAX_QUERY_LENGTH = 500


def clean_query(text: str) -> str:
    """Return the search text trimmed to a length every backend handles."""
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_events(queryset: QuerySet, text: str) -> QuerySet:
    """Return the events of `queryset` matching `text` (unchanged when it is empty)."""
    text = clean_query(text)
    if not text:
        return queryset
    return queryset.filter(
        Q(title__icontains=text)
        | Q(summary__icontains=text)
        | Q(evidence__sentence__icontains=text)
    ).distinct()


def search_articles(queryset: QuerySet, text: str) -> QuerySet:
    """Return the articles of `queryset` matching `text` (unchanged when it is empty)."""
    text = clean_query(text)
    if not text:
        return queryset
    return queryset.filter(Q(title__icontains=text) | Q(body__icontains=text))
