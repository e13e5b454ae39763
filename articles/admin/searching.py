"""Admin searches that read long text through the full-text index.

Django's admin search tests every search field of every row with `icontains`. For short
fields (a title, a file name, an author) that is what a curator expects; for an article's
whole text, or the sentences every event cites, it reads the whole table on every page, four
times a page with the date hierarchy and the counts (seconds at 100,000 articles). Those
texts are searched through the index the site's search keeps instead (`articles/search.py`):
a word finds the words it starts ("tarif" finds "tariffs"), and "a quoted phrase" the
phrase.
"""

from __future__ import annotations

from functools import cached_property

from django.contrib.admin.views.main import SEARCH_VAR, ChangeList
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.utils.text import smart_split, unescape_string_literal

from articles import search

# A search's results are counted up to this many; more reads as "more than 1,000" (a common
# word's count reads the whole table, and nobody pages that far).
COUNT_LIMIT = 1000


def searching(request) -> bool:
    """True when the list is asked for a search."""
    return bool(request.GET.get(SEARCH_VAR, "").strip())


class CappedPaginator(Paginator):
    """Counts at most `count_limit` + 1 rows: a count of a LIMIT query stops when it has
    them."""

    count_limit = COUNT_LIMIT

    @cached_property
    def count(self) -> int:
        return self.object_list.order_by().values("pk")[: self.count_limit + 1].count()


class SearchChangeList(ChangeList):
    """While searching: results counted up to a limit, and no date hierarchy (its first
    and last dates and its years each read every match; the list is in date order anyway)."""

    def __init__(self, request, *args, **kwargs) -> None:
        super().__init__(request, *args, **kwargs)
        if searching(request):
            self.date_hierarchy = None

    @property
    def count_limit(self) -> int | None:
        """How far the results were counted, or None when they were counted in full."""
        return getattr(self.paginator, "count_limit", None)

    @property
    def more_than_counted(self) -> bool:
        return self.count_limit is not None and self.result_count > self.count_limit


class IndexedSearchMixin:
    """`search_fields` are searched by substring, as Django does, and the text the table's
    full-text index holds (`search_index`, a table of `articles/search.py`) by its words.
    Each word of the search must be found, in a field or in the indexed text."""

    search_index: str = ""

    def get_changelist(self, request, **kwargs):
        return SearchChangeList

    def get_paginator(self, request, queryset, per_page, *args, **kwargs):
        if searching(request):
            return CappedPaginator(queryset, per_page, *args, **kwargs)
        return super().get_paginator(request, queryset, per_page, *args, **kwargs)

    def extra_search(self, term: str) -> Q | None:
        """What else finds `term` besides the fields and the index (nothing by default)."""
        return None

    def get_search_results(self, request, queryset: QuerySet, search_term: str):
        for bit in smart_split(search_term):
            quoted = bit[0] in "\"'" and bit[-1] == bit[0] and len(bit) > 1
            term = unescape_string_literal(bit) if quoted else bit
            found = Q.create(
                [(f"{field}__icontains", term) for field in self.search_fields], connector=Q.OR
            )
            indexed = search.row_match(f'"{term}"' if quoted else term, self.search_index)
            for other in (indexed, self.extra_search(term)):
                if other is not None:
                    found |= other
            queryset = queryset.filter(found)
        # No search field crosses a many-valued relation, so no row comes twice.
        return queryset, False
