"""Where an uncached timeline request spends its time: SQL statements by duration, and the
Python side by cProfile (CPU clock), in-process through Django's test client.

    .venv/bin/python bench/profile_timeline.py --path "/?actor=donald-trump&topic=autos&from=2018"
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CORPUS_URL = "postgres://postgres@127.0.0.1:5432/tw_bench_corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description="Profile uncached timeline requests.")
    parser.add_argument("--path", default="/")
    parser.add_argument("--requests", type=int, default=5)
    parser.add_argument("--url", default=CORPUS_URL)
    parser.add_argument("--output", type=Path, help="write the report here too")
    args = parser.parse_args()
    os.environ.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DEBUG="0",
        SECRET_KEY="profile-only-not-a-secret-0123456789abcdefghijklmnopqrstuv",
        ALLOWED_HOSTS="testserver",
        SECURE_SSL_REDIRECT="0",
        DATABASE_URL=args.url,
        VERSION_CACHE_LOCATION="/tmp/tw_bench_versions",
    )
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    client = Client()
    sep = "&" if "?" in args.path else "?"
    client.get(f"{args.path}{sep}_nocache=warm")  # connections, templates, first compile
    statements: list[tuple[float, str]] = []

    def timed(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            statements.append((time.perf_counter() - started, sql))

    # Without the profiler first: its overhead inflates Python-heavy code several times.
    cpu = time.process_time()
    for n in range(args.requests):
        assert client.get(f"{args.path}{sep}_nocache=plain{n}").status_code == 200
    plain_cpu = (time.process_time() - cpu) / args.requests
    statements.clear()
    profile = cProfile.Profile(time.process_time)
    wall = time.perf_counter()
    with connection.execute_wrapper(timed):
        for n in range(args.requests):
            profile.enable()
            response = client.get(f"{args.path}{sep}_nocache={n}")
            profile.disable()
            assert response.status_code == 200, response.status_code
    wall = (time.perf_counter() - wall) / args.requests
    out = io.StringIO()
    sql_total = sum(d for d, _ in statements) / args.requests
    out.write(
        f"{args.path}: {wall * 1000:.0f} ms per request (wall), "
        f"{len(statements) / args.requests:.0f} SQL statements taking {sql_total * 1000:.0f} ms, "
        f"{len(response.content)} bytes; {plain_cpu * 1000:.1f} ms of Python CPU per request "
        f"without the profiler (the SQL time above is wall time, PostgreSQL's share)"
        f"\n\nSlowest statements (ms, first 300 characters):\n"
    )
    for duration, sql in sorted(statements, reverse=True)[:8]:
        out.write(f"{duration * 1000:8.1f}  {sql[:300]}\n")
    stats = pstats.Stats(profile, stream=out)
    out.write("\nPython, CPU time, by cumulative time:\n")
    stats.sort_stats("cumulative").print_stats(30)
    out.write("\nPython, CPU time, by own time:\n")
    stats.sort_stats("tottime").print_stats(20)
    report = out.getvalue()
    print(report)
    if args.output:
        args.output.write_text(report)


if __name__ == "__main__":
    main()
