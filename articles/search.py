"""Full-text search over articles and events: one interface, one implementation per
database vendor (PostgreSQL full-text search, SQLite FTS5), chosen by `connection.vendor`.

The indexes are kept current by database triggers (migration 0003_search). What a reader
types is never passed through as query syntax: `parse_query` reduces any text to words,
"quoted phrases" and prefix* terms, all of which must match, and each backend renders those
terms in its own syntax, so no input can raise a syntax error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from django.db import connection
from django.db.models import F, FloatField, QuerySet, TextField
from django.db.models.expressions import RawSQL
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_GET

MAX_QUERY_LENGTH = 500
MAX_TERMS = 16
# Operator words other search boxes understand; here every term must match anyway.
OPERATORS = {"AND", "OR", "NOT", "NEAR"}
PG_CONFIG = "english"
# Private-use characters mark matches inside snippets: no article contains them, and they
# survive HTML escaping, so the snippet is escaped first and marked up afterwards.
MARK_START = "\ue000"
MARK_END = "\ue001"
SNIPPET_WORDS = 30

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_PHRASE = re.compile(r'"([^"]*)"')
_PREFIX = re.compile(r"\W*([^\W_]+)\*+\W*")
_HAS_WORD = re.compile(r"[^\W_]")


class TermKind(StrEnum):
    WORD = "word"
    PHRASE = "phrase"
    PREFIX = "prefix"


@dataclass(frozen=True)
class Term:
    text: str
    kind: TermKind


def clean_query(text: str) -> str:
    """Return the search text on one line, trimmed to a length every backend handles."""
    return " ".join(str(text or "").split())[:MAX_QUERY_LENGTH]


def parse_query(text: str) -> list[Term]:
    """Return the terms of `text` that all must match (empty when nothing is searchable)."""
    text = clean_query(text).translate(_QUOTES)
    terms: list[Term] = []
    for phrase in _PHRASE.findall(text):
        words = " ".join(_words(phrase))
        if words:
            terms.append(Term(words, TermKind.PHRASE))
    # An unbalanced quote is just punctuation.
    rest = _PHRASE.sub(" ", text).replace('"', " ")
    for token in rest.split():
        if token in OPERATORS:
            continue
        prefix = _PREFIX.fullmatch(token)
        if prefix:
            terms.append(Term(prefix.group(1), TermKind.PREFIX))
        elif _HAS_WORD.search(token):
            terms.append(Term(token.replace("*", " ").strip(), TermKind.WORD))
    return terms[:MAX_TERMS]


def _words(text: str) -> list[str]:
    return [token for token in text.split() if _HAS_WORD.search(token)]


def search_events(queryset: QuerySet, text: str, *, snippets: bool = False) -> QuerySet:
    """Return the events of `queryset` matching `text`, best first, annotated with
    `search_rank` (and `search_title`, `search_snippet` when `snippets`); unchanged when
    `text` has nothing to search for."""
    terms = parse_query(text)
    if not terms:
        return queryset
    return _backend().search(queryset, terms, "articles_event", snippets=snippets)


def search_articles(queryset: QuerySet, text: str, *, snippets: bool = False) -> QuerySet:
    """Return the articles of `queryset` matching `text`, best first, annotated as in
    `search_events`; unchanged when `text` has nothing to search for."""
    terms = parse_query(text)
    if not terms:
        return queryset
    return _backend().search(queryset, terms, "articles_article", snippets=snippets)


def highlight(snippet: str | None) -> SafeString:
    """Return `snippet` escaped for HTML, its matches wrapped in <mark>."""
    escaped = escape(snippet or "")
    # Escaped above; the only tags added are our own.
    return mark_safe(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def _backend() -> PostgresBackend | SQLiteBackend:
    if connection.vendor == "postgresql":
        return PostgresBackend()
    if connection.vendor == "sqlite":
        return SQLiteBackend()
    raise NotImplementedError(f"No full-text search for the {connection.vendor} database.")


class PostgresBackend:
    """Stored weighted tsvector columns (title A, text B), ts_rank and ts_headline."""

    def query(self, terms: list[Term]):
        """Return the SearchQuery matching every term."""
        from django.contrib.postgres.search import SearchQuery

        words = " ".join(term.text for term in terms if term.kind == TermKind.WORD)
        parts = [SearchQuery(words, config=PG_CONFIG, search_type="plain")] if words else []
        for term in terms:
            if term.kind == TermKind.PHRASE:
                parts.append(SearchQuery(term.text, config=PG_CONFIG, search_type="phrase"))
            elif term.kind == TermKind.PREFIX:
                # The prefix is letters and digits only, so it is safe as raw syntax.
                parts.append(SearchQuery(f"'{term.text}':*", config=PG_CONFIG, search_type="raw"))
        combined = parts[0]
        for part in parts[1:]:
            combined &= part
        return combined

    def search(self, queryset: QuerySet, terms: list[Term], table: str, *, snippets: bool):
        from django.contrib.postgres.search import SearchHeadline, SearchRank, SearchVectorField

        query = self.query(terms)
        vector = RawSQL(f'"{table}"."search_vector"', [], output_field=SearchVectorField())
        queryset = (
            queryset.alias(search_vector_=vector)
            .filter(search_vector_=query)
            .annotate(search_rank=SearchRank(F("search_vector_"), query))
            .order_by("-search_rank", "-pk")
        )
        if snippets:
            marks = {"config": PG_CONFIG, "start_sel": MARK_START, "stop_sel": MARK_END}
            queryset = queryset.annotate(
                search_title=SearchHeadline("title", query, highlight_all=True, **marks),
                search_snippet=SearchHeadline(
                    self.text(table),
                    query,
                    max_words=SNIPPET_WORDS,
                    min_words=10,
                    max_fragments=2,
                    fragment_delimiter=" … ",
                    **marks,
                ),
            )
        return queryset

    def text(self, table: str) -> RawSQL:
        """Return the text a snippet is cut from: the body, or an event's cited sentences."""
        if table == "articles_article":
            return RawSQL('"articles_article"."body"', [], output_field=TextField())
        return RawSQL(
            """concat_ws(' … ', nullif("articles_event"."summary", ''), (
                SELECT string_agg(ev.sentence, ' … ' ORDER BY ev.id)
                FROM articles_evidence ev JOIN articles_article a ON a.id = ev.article_id
                WHERE ev.event_id = "articles_event"."id" AND a.status = 'published'
            ))""",
            [],
            output_field=TextField(),
        )


class SQLiteBackend:
    """FTS5 tables (title, body) whose rowid is the row's id; bm25 and snippet()."""

    # bm25 weights per column: a match in the title counts ten times one in the text.
    TITLE_WEIGHT = 10.0

    def query(self, terms: list[Term]) -> str:
        """Return an FTS5 query matching every term: each one a quoted string."""

        def quoted(text: str) -> str:
            return '"' + text.replace('"', '""') + '"'

        return " ".join(
            quoted(term.text) + ("*" if term.kind == TermKind.PREFIX else "") for term in terms
        )

    def search(self, queryset: QuerySet, terms: list[Term], table: str, *, snippets: bool):
        query = self.query(terms)
        fts = f"{table}_fts"

        def per_row(expression: str, output_field) -> RawSQL:
            return RawSQL(
                f"SELECT {expression} FROM {fts} "
                f'WHERE {fts} MATCH %s AND {fts}.rowid = "{table}"."id"',
                [query],
                output_field=output_field,
            )

        matching = RawSQL(f"SELECT rowid FROM {fts} WHERE {fts} MATCH %s", [query])
        queryset = (
            queryset.filter(pk__in=matching)
            # bm25 is lower for better matches; negated so that higher is better everywhere.
            .annotate(search_rank=per_row(f"-bm25({fts}, {self.TITLE_WEIGHT}, 1.0)", FloatField()))
            .order_by("-search_rank", "-pk")
        )
        if snippets:
            marks = f"'{MARK_START}', '{MARK_END}'"
            queryset = queryset.annotate(
                search_title=per_row(f"highlight({fts}, 0, {marks})", TextField()),
                search_snippet=per_row(
                    f"snippet({fts}, 1, {marks}, ' … ', {SNIPPET_WORDS})", TextField()
                ),
            )
        return queryset


RESULTS_PER_KIND = 50


@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    """The search results page: public events and published articles, best first."""
    from articles.models import Article, Event

    text = clean_query(request.GET.get("q", ""))
    terms = parse_query(text)
    events = articles = []
    if terms:
        events = _highlighted(
            search_events(Event.objects.public(), text, snippets=True)[:RESULTS_PER_KIND]
        )
        articles = _highlighted(
            search_articles(Article.objects.published().with_related(), text, snippets=True)[
                :RESULTS_PER_KIND
            ]
        )
    context = {"q": text, "searched": bool(terms), "events": events, "articles": articles}
    return render(request, "articles/search.html", context)


def _highlighted(results: QuerySet) -> list:
    """Return `results` with `title_html` and `snippet_html` ready for a template."""
    results = list(results)
    for result in results:
        result.title_html = highlight(result.search_title)
        result.snippet_html = highlight(result.search_snippet)
    return results
