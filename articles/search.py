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
from django.db.models import BooleanField, F, FloatField, Q, QuerySet, TextField
from django.db.models.expressions import Expression, RawSQL
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
_LETTERS = re.compile(r"[^\W_]+")


class TermKind(StrEnum):
    WORD = "word"
    PHRASE = "phrase"
    PREFIX = "prefix"


@dataclass(frozen=True)
class Term:
    text: str
    kind: TermKind


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean_query(text: str) -> str:
    """Return the search text on one line, without control characters (PostgreSQL refuses
    NUL), trimmed to a length every backend handles."""
    return " ".join(_CONTROL.sub(" ", str(text or "")).split())[:MAX_QUERY_LENGTH]


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


def matching_ids(text: str, table: str = "articles_event") -> list[int] | None:
    """Return the ids of every row of `table` matching `text` (unordered), or None when
    `text` has nothing to search for: the backend's matching query alone, for callers that
    filter by ids themselves (an outer `id IN (...)` makes PostgreSQL scan every row)."""
    terms = parse_query(text)
    if not terms:
        return None
    sql, params = _backend().matching(terms, table)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def row_match(text: str, table: str) -> Q | None:
    """Return a condition on `table`'s own rows: its indexed text holds every term of
    `text`, a word as the start of one ("tarif" finds "tariffs"); None when `text` has
    nothing to search for.

    For a filter that ORs it with conditions on other columns, such as the admin's searches:
    on PostgreSQL each row's own vector is tested, so a LIMIT stops at the first matches,
    where `id IN (every match)` would build all of them first."""
    terms = [
        Term(term.text, TermKind.PREFIX)
        if term.kind == TermKind.WORD and _LETTERS.fullmatch(term.text)
        else term
        for term in parse_query(text)
    ]
    if not terms:
        return None
    return _backend().row_match(terms, table)


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


class RowSQL(Expression):
    """Raw SQL about the current row, e.g. a correlated subquery: `{pk}` in `sql` becomes
    the row's id column under whatever alias the query gives the table. (RawSQL naming the
    table breaks once the queryset is used as a subquery and its tables are re-aliased.)"""

    def __init__(self, sql: str, params: list, output_field) -> None:
        super().__init__(output_field=output_field)
        self.sql, self.params, self.pk = sql, params, F("pk")

    def get_source_expressions(self) -> list:
        return [self.pk]

    def set_source_expressions(self, expressions) -> None:
        (self.pk,) = expressions

    def as_sql(self, compiler, connection):
        pk_sql, pk_params = compiler.compile(self.pk)
        before, _, after = self.sql.partition("{pk}")
        return f"({before}{pk_sql}{after})", [
            *self.params[: before.count("%s")],
            *pk_params,
            *self.params[before.count("%s") :],
        ]


class OwnVectorSQL(RowSQL):
    """SQL about the current row's own `search_vector` (PostgreSQL): `{vector}` in `sql`
    becomes that column under whatever alias the query gives the table (the column is no
    model field, so it is named after the id's alias). Unlike a subquery looking the row
    up again, it lets the planner read the GIN index and rank each match where it is."""

    def as_sql(self, compiler, connection):
        pk_sql, _ = compiler.compile(self.pk)  # a column: no parameters
        vector = pk_sql.rpartition(".")[0] + ".search_vector"
        return "(" + self.sql.replace("{vector}", vector) + ")", list(self.params)


class PostgresBackend:
    """Stored weighted tsvector columns (title A, text B), ts_rank and ts_headline."""

    def query(self, terms: list[Term]) -> tuple[str, list[str]]:
        """Return SQL for a tsquery matching every term, and its parameters."""
        sql, params = [], []
        words = " ".join(term.text for term in terms if term.kind == TermKind.WORD)
        if words:
            sql.append(f"plainto_tsquery('{PG_CONFIG}', %s)")
            params.append(words)
        for term in terms:
            if term.kind == TermKind.PHRASE:
                sql.append(f"phraseto_tsquery('{PG_CONFIG}', %s)")
                params.append(term.text)
            elif term.kind == TermKind.PREFIX:
                # The prefix is letters and digits only, so it is safe as tsquery syntax.
                sql.append(f"to_tsquery('{PG_CONFIG}', %s)")
                params.append(f"'{term.text}':*")
        return "(" + " && ".join(sql) + ")", params

    def matching(self, terms: list[Term], table: str) -> tuple[str, list[str]]:
        """Return SQL selecting the ids of the rows matching every term, and its parameters."""
        tsquery, params = self.query(terms)
        return f"SELECT id FROM {table} WHERE search_vector @@ {tsquery}", params

    def row_match(self, terms: list[Term], table: str) -> Q:
        tsquery, params = self.query(terms)
        return Q(OwnVectorSQL(f"{{vector}} @@ {tsquery}", params, BooleanField()))

    def search(self, queryset: QuerySet, terms: list[Term], table: str, *, snippets: bool):
        tsquery, params = self.query(terms)
        rank = OwnVectorSQL(f"ts_rank({{vector}}, {tsquery})", params, FloatField())
        queryset = (
            queryset.filter(self.row_match(terms, table))
            .annotate(search_rank=rank)
            .order_by("-search_rank", "-pk")
        )
        if snippets:
            title_options = f"StartSel={MARK_START}, StopSel={MARK_END}, HighlightAll=true"
            text_options = (
                f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords={SNIPPET_WORDS}, "
                'MinWords=10, MaxFragments=2, FragmentDelimiter=" … "'
            )

            def headline(text_sql: str, options: str) -> RowSQL:
                return RowSQL(
                    f"SELECT ts_headline('{PG_CONFIG}', {text_sql}, {tsquery}, %s) "
                    f"FROM {table} s WHERE s.id = {{pk}}",
                    [*params, options],
                    TextField(),
                )

            queryset = queryset.annotate(
                search_title=headline("s.title", title_options),
                search_snippet=headline(self.text(table), text_options),
            )
        return queryset

    def text(self, table: str) -> str:
        """Return SQL for the text a snippet is cut from: the body, or an event's summary
        and cited sentences (`s` is the row)."""
        if table == "articles_article":
            return "s.body"
        return """concat_ws(' … ', nullif(s.summary, ''), (
            SELECT string_agg(ev.sentence, ' … ' ORDER BY ev.id)
            FROM articles_evidence ev JOIN articles_article a ON a.id = ev.article_id
            WHERE ev.event_id = s.id AND a.status = 'published'
        ))"""


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

    def matching(self, terms: list[Term], table: str) -> tuple[str, list[str]]:
        """Return SQL selecting the ids of the rows matching every term, and its parameters."""
        fts = f"{table}_fts"
        return f"SELECT rowid FROM {fts} WHERE {fts} MATCH %s", [self.query(terms)]

    def row_match(self, terms: list[Term], table: str) -> Q:
        # SQLite reads `id IN (an FTS5 query)` once, as a temporary index.
        return Q(pk__in=RawSQL(*self.matching(terms, table)))

    def search(self, queryset: QuerySet, terms: list[Term], table: str, *, snippets: bool):
        query = self.query(terms)
        fts = f"{table}_fts"

        def per_row(expression: str, output_field) -> RowSQL:
            return RowSQL(
                f"SELECT {expression} FROM {fts} WHERE {fts} MATCH %s AND {fts}.rowid = {{pk}}",
                [query],
                output_field,
            )

        queryset = (
            queryset.filter(self.row_match(terms, table))
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
# Matches are counted up to this many; more reads as "10,000+" (counting every match of a
# common word costs a scan of the whole index, and nobody pages that far).
COUNT_LIMIT = 10_000


@dataclass
class ResultPage:
    """One kind's page of search results: what is shown and where the other pages are."""

    items: list
    total: int  # counted up to COUNT_LIMIT + 1
    number: int
    previous_url: str | None
    next_url: str | None

    @property
    def more_than_counted(self) -> bool:
        return self.total > COUNT_LIMIT

    @property
    def first_index(self) -> int:
        return (self.number - 1) * RESULTS_PER_KIND + 1

    @property
    def last_index(self) -> int:
        return self.first_index + len(self.items) - 1


def _page_number(request: HttpRequest, param: str, notices: list[str]) -> int:
    """Return the page asked for in `param` (1 when absent), noting why a bad value is ignored."""
    raw = request.GET.get(param, "").strip()
    if not raw:
        return 1
    if raw.isdigit() and int(raw) >= 1:
        return int(raw)
    notices.append(f"{param}: “{raw[:20]}” is not a page number (1, 2, 3…); showing page 1.")
    return 1


def _result_page(
    request: HttpRequest, param: str, matches: QuerySet, notices: list[str]
) -> ResultPage:
    """Return the page of `matches` (best first, with snippets) that `param` asks for."""
    from articles.views.timeline import querystring  # lazily, as the models are below

    total = matches.order_by().values("pk")[: COUNT_LIMIT + 1].count()
    last = max(1, -(-min(total, COUNT_LIMIT) // RESULTS_PER_KIND))
    number = _page_number(request, param, notices)
    if number > last:
        notices.append(f"{param}: there is no page {number}; showing the last, page {last}.")
        number = last
    offset = (number - 1) * RESULTS_PER_KIND
    items = _highlighted(matches[offset : offset + RESULTS_PER_KIND])

    def url(page: int) -> str:
        return querystring(request.GET, **{param: page if page > 1 else None})

    has_next = offset + len(items) < min(total, COUNT_LIMIT)
    return ResultPage(
        items=items,
        total=total,
        number=number,
        previous_url=url(number - 1) if number > 1 else None,
        next_url=url(number + 1) if has_next else None,
    )


@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    """The search results page: public events and published articles, best first, a page
    of each (`events_page`, `articles_page`) with how many match."""
    from articles.models import Article, Event

    text = clean_query(request.GET.get("q", ""))
    terms = parse_query(text)
    notices: list[str] = []
    events = articles = None
    if terms:
        events = _result_page(
            request,
            "events_page",
            search_events(Event.objects.public(), text, snippets=True),
            notices,
        )
        articles = _result_page(
            request,
            "articles_page",
            search_articles(Article.objects.published().with_related(), text, snippets=True),
            notices,
        )
    context = {
        "q": text,
        "searched": bool(terms),
        "events": events,
        "articles": articles,
        "notices": notices,
        "count_limit": COUNT_LIMIT,
    }
    return render(request, "articles/search.html", context)


def _highlighted(results: QuerySet) -> list:
    """Return `results` with `title_html` and `snippet_html` ready for a template."""
    results = list(results)
    for result in results:
        result.title_html = highlight(result.search_title)
        result.snippet_html = highlight(without_repeats(result.search_snippet))
    return results


# Between two sentences: the space after one's end, perhaps with the " … " of joined texts.
_SENTENCE_GAP = re.compile(r"(?<=[.!?”\"])(\s+(?:…\s+)?)")


def without_repeats(snippet: str | None) -> str:
    """Return `snippet` with a sentence repeated straight after itself said once: an event's
    searchable text is its summary then its sentences, and the summary is often one of them."""
    parts = _SENTENCE_GAP.split(snippet or "")  # sentence, gap, sentence, gap, …
    kept = parts[:1]
    for gap, sentence in zip(parts[1::2], parts[2::2], strict=True):
        # PostgreSQL's headline may end its last fragment before the sentence's full stop.
        if sentence.rstrip(_CLOSING) != kept[-1].rstrip(_CLOSING):
            kept += [gap, sentence]
    return "".join(kept)


_CLOSING = '.!?”"'
