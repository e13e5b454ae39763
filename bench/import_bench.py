"""Import benchmark: synthetic articles through `articles_import`, on SQLite or PostgreSQL.

Measures articles per second (wall and this process's CPU time, and for PostgreSQL the
server backend's CPU time too) in slices, so a cost that grows with the database shows as
falling per-slice rates; the pure extraction rate with no database work; and, with
--profile, where the time goes (cProfile, top functions by own and cumulative time).

The database is recreated, migrated and loaded with the reference data first; it is the
bench's own (never the app's): sqlite:////tmp/bench_<checkout>.sqlite3 or .../tw_bench_<checkout>,
where <checkout> is a short hash of this checkout's path, so benches run at the same time
from two worktrees (an A/B pair) never share a database. BENCH_SQLITE_URL,
BENCH_POSTGRES_URL and BENCH_EXTRACTION_URL override them.

    .venv/bin/python bench/import_bench.py --db sqlite --count 10000
    .venv/bin/python bench/import_bench.py --db postgres --count 30000 --slice 10000
    .venv/bin/python bench/import_bench.py --db postgres --count 2000 --profile
    .venv/bin/python bench/import_bench.py --extraction-only --count 10000
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import os
import pstats
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHECKOUT = hashlib.sha1(str(ROOT).encode()).hexdigest()[:8]  # one database per worktree
SQLITE_URL = os.environ.get("BENCH_SQLITE_URL", f"sqlite:////tmp/bench_{CHECKOUT}.sqlite3")
POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", f"postgres://postgres@127.0.0.1:5432/tw_bench_{CHECKOUT}"
)
EXTRACTION_URL = os.environ.get(
    "BENCH_EXTRACTION_URL", f"sqlite:////tmp/bench_extraction_{CHECKOUT}.sqlite3"
)
TARGET_RATE = 300  # articles per second on one core (issue 3)


def code_version() -> dict[str, str]:
    """The commit measured, and whether the app's code differed from it (shared tree)."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()

    return {
        "commit": git("rev-parse", "--short", "HEAD"),
        "uncommitted_app_files": git("status", "--porcelain", "articles", "tradewatch"),
        "measured_at": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
    }


def database_url(kind: str) -> str:
    return {"sqlite": SQLITE_URL, "postgres": POSTGRES_URL}[kind]


def recreate_database(url: str, template: str | None = None) -> None:
    """Drop and create the bench database (the file, or the PostgreSQL database), as a
    copy of the PostgreSQL database `template` when given."""
    if url.startswith("sqlite:"):
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        copy = f' TEMPLATE "{template}"' if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{copy}')


def setup_django(url: str, *, fresh: bool, template: str | None = None) -> None:
    """Point Django at `url` (recreated, migrated and loaded when `fresh`; a copy of the
    database `template` when given)."""
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradewatch.settings")
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
    if fresh:
        recreate_database(url, template)
    import django

    django.setup()
    if fresh:
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
        call_command("load_reference_data", verbosity=0)


def backend_cpu_seconds() -> float | None:
    """CPU seconds the PostgreSQL backend serving this connection has used, or None."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # utime and stime are fields 14 and 15 of stat; the split starts at field 3.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def vacuum_analyze() -> float:
    """VACUUM (ANALYZE) the bench database, as autovacuum would; return the wall seconds.
    Outside the timed slices: on a server with autovacuum off, dead row versions and stale
    statistics would otherwise make every slice slower than the one before."""
    from django.db import connection

    wall = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)")
    return round(time.perf_counter() - wall, 2)


def documents(start: int, count: int, seed: int) -> list:
    """Return RawDocuments for articles start .. start + count - 1 (generated, not timed)."""
    from articles.extraction.formats import document_from_text
    from bench.generate import iter_articles

    return [document_from_text(name, text) for name, text in iter_articles(count, seed, start)]


def run_import(
    count: int,
    slice_size: int,
    seed: int,
    profile: cProfile.Profile | None,
    max_seconds: float,
    first: int = 0,
    vacuum: bool = False,
) -> dict:
    """Import `count` articles in one `articles_import` run, as one command would; return
    per-slice and total figures.

    Documents are generated slice by slice while the run pulls them; the CPU and wall time
    spent generating are measured and subtracted, so the figures are the importer's alone.
    The signature cache stays warm across slices, as in one long import. A hard bound:
    once `max_seconds` of wall time have passed (generation included), no further document
    is handed to the importer, so the run stops within one batch of it and records how far
    it got."""
    from articles.services import ImportOptions, ImportStatus, articles_import

    slices: list[dict] = []
    statuses: dict[str, int] = {}
    deadline = time.perf_counter() + max_seconds
    state = {"gen_wall": 0.0, "gen_cpu": 0.0, "done": 0, "failed": []}

    def mark() -> dict:
        return {
            "wall": time.perf_counter(),
            "cpu": time.process_time(),
            "db_cpu": backend_cpu_seconds(),
            "gen_wall": state["gen_wall"],
            "gen_cpu": state["gen_cpu"],
        }

    def stream():
        for start in range(0, count, slice_size):
            wall, cpu = time.perf_counter(), time.process_time()
            docs = documents(first + start, min(slice_size, count - start), seed)
            state["gen_wall"] += time.perf_counter() - wall
            state["gen_cpu"] += time.process_time() - cpu
            for doc in docs:
                if time.perf_counter() > deadline:
                    return
                yield doc

    def close_slice(begin: dict, size: int, summary: str) -> dict:
        end = mark()
        wall = end["wall"] - begin["wall"] - (end["gen_wall"] - begin["gen_wall"])
        cpu = end["cpu"] - begin["cpu"] - (end["gen_cpu"] - begin["gen_cpu"])
        db_cpu = (
            end["db_cpu"] - begin["db_cpu"]
            if begin["db_cpu"] is not None and end["db_cpu"] is not None
            else None
        )
        row = {
            "first": state["done"] - size,
            "articles": size,
            "wall_s": round(wall, 2),
            "cpu_s": round(cpu, 2),
            "db_cpu_s": round(db_cpu, 2) if db_cpu is not None else None,
            "rate_wall": round(size / wall, 1),
            "rate_cpu": round(size / cpu, 1),
            "ms_cpu_per_article": round(1000 * cpu / size, 2),
            "generation_cpu_s": round(end["gen_cpu"] - begin["gen_cpu"], 2),
            "summary": summary,
            "failed_examples": state["failed"][:3],
            "at": time.strftime("%H:%M:%S"),
        }
        print(json.dumps(row), flush=True)
        slices.append(row)
        state["failed"] = []
        return row

    begin = mark()
    counts = {"in_slice": 0, "statuses": {}}

    seen: set[str] = set()

    def on_outcome(outcome) -> None:
        nonlocal begin
        if outcome.origin in seen:
            return  # an undated article dated at the run's end is told again (counted once)
        seen.add(outcome.origin)
        state["done"] += 1
        counts["in_slice"] += 1
        statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
        counts["statuses"][outcome.status] = counts["statuses"].get(outcome.status, 0) + 1
        if outcome.status == ImportStatus.FAILED:
            state["failed"].append(outcome.describe())
        if counts["in_slice"] == slice_size:
            row = close_slice(begin, slice_size, json.dumps(counts["statuses"]))
            counts["in_slice"], counts["statuses"] = 0, {}
            if vacuum:
                row["vacuum_wall_s"] = vacuum_analyze()
                print(json.dumps({"after": state["done"], "vacuum_wall_s": row["vacuum_wall_s"]}))
            begin = mark()

    total = mark()
    if profile:
        profile.enable()
    articles_import(documents=stream(), options=ImportOptions(), on_outcome=on_outcome)
    if profile:
        profile.disable()
    if counts["in_slice"]:
        close_slice(begin, counts["in_slice"], json.dumps(counts["statuses"]))
    end = mark()
    done = state["done"]
    if done < count:
        print(f"stopped at the --max-seconds bound after {done} of {count} articles")
    wall = end["wall"] - total["wall"] - (end["gen_wall"] - total["gen_wall"])
    cpu = end["cpu"] - total["cpu"] - (end["gen_cpu"] - total["gen_cpu"])
    db_cpu = sum(row["db_cpu_s"] or 0.0 for row in slices)
    return {
        "articles": done,
        "requested": count,
        "complete": done == count,
        "wall_s": round(wall, 1),
        "cpu_s": round(cpu, 1),
        "db_cpu_s": round(db_cpu, 1),
        "rate_wall": round(done / wall, 1) if done else 0,
        "rate_cpu": round(done / cpu, 1) if done else 0,
        "statuses": statuses,
        "slices": slices,
    }


def run_extraction(count: int, seed: int, profile: cProfile.Profile | None) -> dict:
    """Extract `count` articles with the registry's extractor and no database work."""
    from articles.services.importing import registry_extractor

    extractor = registry_extractor()  # reads the registry once, before timing
    docs = documents(0, count, seed)
    events = mentions = quotes = 0
    wall, cpu = time.perf_counter(), time.process_time()
    if profile:
        profile.enable()
    for doc in docs:
        text = extractor.prepare_text(doc)
        extracted = extractor.extract_from_text(text, text.published)
        events += len(extracted.events)
        mentions += len(extracted.mentions)
        quotes += len(extracted.quotes)
    if profile:
        profile.disable()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {
        "articles": count,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "rate_wall": round(count / wall, 1),
        "rate_cpu": round(count / cpu, 1),
        "per_article": {
            "events": round(events / count, 2),
            "mentions": round(mentions / count, 2),
            "quotes": round(quotes / count, 2),
        },
    }


def database_counts() -> dict[str, int]:
    from articles.models import Actor, Article, Event, Evidence, Mention, Quote

    return {
        "articles": Article.objects.count(),
        "events": Event.objects.count(),
        "evidence": Evidence.objects.count(),
        "mentions": Mention.objects.count(),
        "quotes": Quote.objects.count(),
        "proposed_actors": Actor.objects.proposed().count(),
    }


def profile_report(profile: cProfile.Profile, limit: int = 25) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(limit)
    stats.sort_stats("cumulative").print_stats(limit)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description="Import benchmark (see the module docstring).")
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--slice", type=int, default=10_000, help="articles per measured slice")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--first", type=int, default=0, help="index of the first article")
    parser.add_argument(
        "--template",
        help="PostgreSQL only: start from a copy of this database (e.g. the loaded corpus, "
        "to measure the import's cost on top of 100,000 articles)",
    )
    parser.add_argument("--extraction-only", action="store_true", help="no database writes")
    parser.add_argument("--profile", type=Path, help="write a cProfile report to this file")
    parser.add_argument("--max-seconds", type=float, default=1800, help="refuse longer runs")
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    parser.add_argument(
        "--vacuum",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="PostgreSQL: VACUUM (ANALYZE) after each slice, untimed (autovacuum may be off)",
    )
    parser.add_argument(
        "--no-history",
        action="store_true",
        help="what-if: SIMPLE_HISTORY_ENABLED=False for this run (not how the app imports)",
    )
    args = parser.parse_args()

    # The code measured is the code loaded now: the tree may change while a long run goes.
    started = code_version()
    # Extraction alone still reads the registry once: from its own small database.
    url = EXTRACTION_URL if args.extraction_only else database_url(args.db)
    setup_django(url, fresh=True, template=args.template)
    if args.no_history:
        from django.conf import settings

        settings.SIMPLE_HISTORY_ENABLED = False
    # CPU time, not wall: on a shared machine, waiting for a core is not the code's cost.
    profile = cProfile.Profile(time.process_time) if args.profile else None
    if args.extraction_only:
        result = {"mode": "extraction", **run_extraction(args.count, args.seed, profile)}
    else:
        figures = run_import(
            args.count,
            args.slice,
            args.seed,
            profile,
            args.max_seconds,
            args.first,
            vacuum=args.vacuum and args.db == "postgres",
        )
        result = {"mode": "import", "db": args.db, "history": not args.no_history, **figures}
        result["template"] = args.template
        result["database"] = database_counts()
    result["target_rate"] = TARGET_RATE
    result["code"] = started
    result["code_at_end"] = code_version()
    print(json.dumps({k: v for k, v in result.items() if k != "slices"}, indent=1))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1))
    if profile:
        args.profile.parent.mkdir(parents=True, exist_ok=True)
        args.profile.write_text(profile_report(profile))
        print(f"profile written to {args.profile}")


if __name__ == "__main__":
    main()
