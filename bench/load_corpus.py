"""Load a large synthetic corpus into PostgreSQL quickly, for the timeline benchmark.

The import service is far too slow to import 100,000 articles within a benchmark session
(see RESULTS.md), so this imports a base of generated articles through `articles_import`
(real extraction: mentions, quotes, merged events with evidence, proposed actors) and then
clones that base, story by story, until the corpus has the requested size:

- each clone of a story (the 4 articles generated about one happening) moves all its dates
  by the same whole number of weeks, so weekdays still agree, and re-normalises month and
  year periods to their first day; the clone's events are new events citing the clone's
  articles, so "reported by N outlets" keeps the base's shape;
- every cloned article gets an outlet drawn from the reference outlets plus a few hundred
  generated regional ones;
- rows are written with COPY, search triggers off, then the search vectors are filled in
  one pass and the tables analysed. No history rows are written for clones.

    .venv/bin/python bench/load_corpus.py --articles 100000 --base 400
"""

from __future__ import annotations

import argparse
import calendar
import hashlib
import json
import random
import sys
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.import_bench import documents, setup_django

CORPUS_URL = "postgres://postgres@127.0.0.1:5432/tw_bench_corpus"
EARLIEST, LATEST = date(2012, 1, 1), date(2025, 6, 30)
OUTLET_TOWNS = [
    "Osaka", "Detroit", "Lima", "Perth", "Busan", "Leeds", "Lyon", "Hamburg", "Pune",
    "Tacoma", "Nagoya", "Monterrey", "Auckland", "Penang", "Da Nang", "Quebec", "Fukuoka",
    "Cleveland", "Valparaiso", "Adelaide",
]  # fmt: skip
OUTLET_KINDS = ["Herald", "Daily Post", "Business Times", "Tribune", "Economic Review"]
TABLES_WITH_TRIGGERS = ["articles_article", "articles_event", "articles_evidence"]


def normalised(day: date, precision: str) -> date:
    """Return the first day of the period of `precision` containing `day`."""
    if precision == "month":
        return day.replace(day=1)
    if precision == "year":
        return day.replace(month=1, day=1)
    if precision == "week":
        return day - timedelta(days=day.weekday())
    return day


def period_end(start: date, precision: str) -> date:
    if precision == "week":
        return start + timedelta(days=6)
    if precision == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if precision == "year":
        return start.replace(month=12, day=31)
    return start


def import_base(count: int, seed: int) -> float:
    """Import `count` generated articles through the import service; return seconds taken."""
    from articles.services import ImportOptions, articles_import

    docs = documents(0, count, seed)
    started = time.perf_counter()
    report = articles_import(documents=docs, options=ImportOptions())
    print(report.summary(), flush=True)
    return time.perf_counter() - started


def extra_outlets(count: int) -> None:
    from articles.models import Outlet

    names = [f"{town} {kind}" for kind in OUTLET_KINDS for town in OUTLET_TOWNS][:count]
    Outlet.objects.bulk_create(
        [Outlet(name=name, slug=name.lower().replace(" ", "-"), kind="newspaper") for name in names]
    )


class Base:
    """The imported base, read into memory, grouped by story."""

    def __init__(self) -> None:
        from articles import models

        self.articles = {
            row["id"]: row
            for row in models.Article.objects.values(
                "id",
                "title",
                "outlet_id",
                "author",
                "published",
                "published_how",
                "published_from_id",
                "updated",
                "body",
                "origin",
                "url",
                "content_hash",
                "status",
            )
        }
        self.events = {
            row["id"]: row
            for row in models.Event.objects.values(
                "id",
                "date",
                "precision",
                "date_end",
                "precision_rank",
                "title",
                "summary",
                "kind",
                "planned",
                "status",
            )
        }
        self.evidence = defaultdict(list)  # article id -> rows
        for row in models.Evidence.objects.values(
            "event_id", "article_id", "sentence", "start", "end", "temporal_text", "stated_date",
            "stated_precision",
        ):  # fmt: skip
            self.evidence[row["article_id"]].append(row)
        self.mentions = defaultdict(list)
        for row in models.Mention.objects.values(
            "article_id",
            "actor_id",
            "count",
            "first_offset",
            "role",
            "in_caption",
            "removed",
            "spans",
        ):
            self.mentions[row["article_id"]].append(row)
        self.quotes = defaultdict(list)
        for row in models.Quote.objects.values("article_id", "speaker_id", "text", "start", "end"):
            self.quotes[row["article_id"]].append(row)
        self.topics = defaultdict(list)
        for row in models.ArticleTopic.objects.values("article_id", "topic_id", "count"):
            self.topics[row["article_id"]].append(row)
        self.event_links = {}
        for name, through, column in [
            ("actors", models.Event.actors.through, "actor_id"),
            ("topics", models.Event.topics.through, "topic_id"),
            ("negotiations", models.Event.negotiations.through, "negotiation_id"),
        ]:
            links = defaultdict(list)
            for event_id, other in through.objects.values_list("event_id", column):
                links[event_id].append(other)
            self.event_links[name] = (through._meta.db_table, column, links)
        # Stories: generated articles 4k..4k+3 report story k (bench/generate.py).
        self.stories = defaultdict(list)
        for article in self.articles.values():
            index = int(article["origin"].rsplit("_", 1)[1].split(".")[0])
            self.stories[index // 4].append(article["id"])
        self.story_list = [sorted(ids) for _, ids in sorted(self.stories.items())]


def shift_for(rng: random.Random, days: list[date]) -> timedelta:
    """Return a whole number of weeks that keeps `days` within the corpus period."""
    for _ in range(20):
        shift = timedelta(weeks=rng.randrange(-200, 201))
        if all(EARLIEST <= day + shift <= LATEST for day in days):
            return shift
    return timedelta(0)


def clone(base: Base, target: int, seed: int) -> dict[str, int]:
    """Write clones of the base's stories until there are `target` articles."""
    from django.db import connection
    from django.utils import timezone

    from articles.models import Outlet

    outlet_ids = list(Outlet.objects.values_list("id", flat=True))
    now = timezone.now()
    written = defaultdict(int)
    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(max(id), 0) FROM articles_article")
        next_article = cursor.fetchone()[0] + 1
        cursor.execute("SELECT coalesce(max(id), 0) FROM articles_event")
        next_event = cursor.fetchone()[0] + 1
        for table in TABLES_WITH_TRIGGERS:
            cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
    remaining = target - len(base.articles)
    copy_number = 0
    while remaining > 0:
        copy_number += 1
        rows = defaultdict(list)
        for story_number, article_ids in enumerate(base.story_list):
            if remaining <= 0:
                break
            article_ids = article_ids[:remaining]
            remaining -= len(article_ids)
            rng = random.Random(f"clone:{seed}:{copy_number}:{story_number}")
            days = [
                base.articles[a]["published"] for a in article_ids if base.articles[a]["published"]
            ]
            days += [e["stated_date"] for a in article_ids for e in base.evidence[a]]
            shift = shift_for(rng, days)
            article_map = {}
            for old_id in article_ids:
                article_map[old_id] = next_article
                next_article += 1
            event_map: dict[int, int] = {}
            story_events: list[list] = []
            event_outlets: dict[int, set] = defaultdict(set)
            for old_id in article_ids:
                old = base.articles[old_id]
                new_id = article_map[old_id]
                outlet = rng.choice(outlet_ids)
                rows["articles_article"].append(
                    (
                        new_id,
                        old["title"],
                        outlet,
                        old["author"],
                        old["published"] + shift if old["published"] else None,
                        old["published_how"],
                        article_map.get(old["published_from_id"]),
                        old["updated"] + shift if old["updated"] else None,
                        old["body"],
                        f"{old['origin']}~{copy_number}",
                        old["url"],
                        hashlib.sha256(f"{old['content_hash']}~{copy_number}".encode()).hexdigest(),
                        old["status"],
                        now,
                        now,
                        "[]",
                    )
                )
                for ev in base.evidence[old_id]:
                    old_event = base.events[ev["event_id"]]
                    if ev["event_id"] not in event_map:
                        event_map[ev["event_id"]] = next_event
                        precision = old_event["precision"]
                        start = normalised(old_event["date"] + shift, precision)
                        story_events.append(
                            [
                                next_event,
                                start,
                                precision,
                                period_end(start, precision),
                                old_event["precision_rank"],
                                old_event["title"],
                                old_event["summary"],
                                old_event["kind"],
                                old_event["planned"],
                                old_event["status"],
                                0,
                                "[]",
                                now,
                                now,
                            ]
                        )
                        next_event += 1
                    new_event = event_map[ev["event_id"]]
                    event_outlets[new_event].add(outlet)
                    stated = normalised(ev["stated_date"] + shift, ev["stated_precision"])
                    rows["articles_evidence"].append(
                        (
                            new_event,
                            new_id,
                            ev["sentence"],
                            ev["start"],
                            ev["end"],
                            ev["temporal_text"],
                            stated,
                            ev["stated_precision"],
                        )
                    )
                for m in base.mentions[old_id]:
                    rows["articles_mention"].append(
                        (
                            new_id,
                            m["actor_id"],
                            m["count"],
                            m["first_offset"],
                            m["role"],
                            m["in_caption"],
                            m["removed"],
                            json.dumps(m["spans"]),
                        )
                    )
                for q in base.quotes[old_id]:
                    rows["articles_quote"].append(
                        (new_id, q["speaker_id"], q["text"], q["start"], q["end"])
                    )
                for t in base.topics[old_id]:
                    rows["articles_articletopic"].append((new_id, t["topic_id"], t["count"]))
            for row in story_events:
                row[10] = len(event_outlets[row[0]])  # source_count: distinct outlets
            rows["articles_event"] += story_events
            for table, _column, links in base.event_links.values():
                for old_event, new_event in event_map.items():
                    for other in links.get(old_event, ()):
                        rows[table].append((new_event, other))
        write_rows(rows, base)
        for table, table_rows in rows.items():
            written[table] += len(table_rows)
        print(
            f"copy {copy_number}: {written['articles_article']} cloned articles so far",
            flush=True,
        )
    finish(next_article, next_event)
    return dict(written)


COLUMNS = {
    "articles_article": (
        "id, title, outlet_id, author, published, published_how, published_from_id, updated, "
        "body, origin, url, content_hash, status, imported_at, modified_at, curated_fields"
    ),
    "articles_event": (
        "id, date, precision, date_end, precision_rank, title, summary, kind, planned, status, "
        "source_count, curated_fields, created_at, modified_at"
    ),
    "articles_evidence": (
        'event_id, article_id, sentence, start, "end", temporal_text, stated_date, stated_precision'
    ),
    "articles_mention": (
        "article_id, actor_id, count, first_offset, role, in_caption, removed, spans"
    ),
    "articles_quote": 'article_id, speaker_id, text, start, "end"',
    "articles_articletopic": "article_id, topic_id, count",
}
# Parents before children, for the foreign keys.
ORDER = [
    "articles_article",
    "articles_event",
    "articles_evidence",
    "articles_mention",
    "articles_quote",
    "articles_articletopic",
]


def write_rows(rows: dict[str, list], base: Base) -> None:
    from django.db import connection, transaction

    columns = dict(COLUMNS)
    for table, column, _ in base.event_links.values():
        columns[table] = f"event_id, {column}"
    order = ORDER + [table for table, _, _ in base.event_links.values()]
    with transaction.atomic(), connection.cursor() as cursor:
        for table in order:
            if not rows.get(table):
                continue
            with cursor.cursor.copy(f"COPY {table} ({columns[table]}) FROM STDIN") as copy:
                for row in rows[table]:
                    copy.write_row(row)


def finish(next_article: int, next_event: int) -> None:
    """Re-enable the triggers, fill the search vectors, fix the sequences, analyse."""
    from django.db import connection

    started = time.perf_counter()
    with connection.cursor() as cursor:
        # The same vectors the triggers compute (migration 0003), set-based: one pass over
        # the evidence instead of one sub-query per event.
        cursor.execute(
            "UPDATE articles_article SET search_vector = "
            "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('english', coalesce(body, '')), 'B') "
            "WHERE search_vector IS NULL"
        )
        cursor.execute(
            """
            UPDATE articles_event e SET search_vector =
                setweight(to_tsvector('english', coalesce(e.title, '')), 'A')
                || setweight(to_tsvector('english', coalesce(e.summary, '') || ' '
                   || coalesce(s.text, '')), 'B')
            FROM (
                SELECT ev.event_id, string_agg(ev.sentence, ' ' ORDER BY ev.id) AS text
                FROM articles_evidence ev JOIN articles_article a ON a.id = ev.article_id
                WHERE a.status = 'published' GROUP BY ev.event_id
            ) s
            WHERE s.event_id = e.id AND e.search_vector IS NULL
            """
        )
        for table in TABLES_WITH_TRIGGERS:
            cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        # Events cited by no published article: the trigger computes theirs.
        cursor.execute("UPDATE articles_event SET search_vector = NULL WHERE search_vector IS NULL")
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('articles_article', 'id'), %s)", [next_article]
        )
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('articles_event', 'id'), %s)", [next_event]
        )
    connection.set_autocommit(True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"search vectors, sequences and VACUUM ANALYZE: {time.perf_counter() - started:.0f} s")


def counts() -> dict[str, int]:
    from articles import models

    return {
        "articles": models.Article.objects.count(),
        "published_articles": models.Article.objects.published().count(),
        "events": models.Event.objects.count(),
        "public_events": models.Event.objects.public().count(),
        "evidence": models.Evidence.objects.count(),
        "mentions": models.Mention.objects.count(),
        "quotes": models.Quote.objects.count(),
        "outlets": models.Outlet.objects.count(),
        "actors": models.Actor.objects.count(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Load the synthetic timeline corpus.")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--base", type=int, default=400, help="articles imported for real")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--outlets", type=int, default=100, help="generated outlets to add")
    parser.add_argument("--url", default=CORPUS_URL)
    args = parser.parse_args()

    setup_django(args.url, fresh=True)
    started = time.perf_counter()
    seconds = import_base(args.base, args.seed)
    print(f"imported {args.base} base articles in {seconds:.0f} s", flush=True)
    extra_outlets(args.outlets)
    base = Base()
    print(f"{len(base.story_list)} stories in the base", flush=True)
    clone(base, args.articles, args.seed)
    print(counts())
    print(f"corpus loaded in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
