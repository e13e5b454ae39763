"""How long the pages that grow with the database take on a stored one: every admin list a
curator opens (its first page, the actor and article lists sorted by a count, the searches),
the review queue, the public search page and the whole-timeline downloads; the median of a
few requests, in-process through Django's test client as a superuser.

Point it at a database an import bench left (the bench's own, never the app's):

    .venv/bin/python bench/import_bench.py --db sqlite --count 1000 --slice 1000
    .venv/bin/python bench/page_times.py --url sqlite:////tmp/bench_<checkout>.sqlite3
    .venv/bin/python bench/page_times.py --url postgres://postgres@127.0.0.1:5432/tw_bench_<checkout>

A list slower than --give-up seconds is timed once and left there.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PATHS = [
    "actor/",
    "actor/?o=-6",  # by mentions, most first
    "article/",
    "article/?o=-5",  # by events, most first
    "article/?q=tariff",
    "article/?q=quokka",  # a word no article holds: every row is read
    "event/",
    "event/?q=tariff",
    "event/?q=quokka",
    "evidence/",
    "mention/",
    "quote/",
    "topic/",
    "negotiation/",
    "outlet/",
    "alias/",
    "article/review/",
]
# The public search page is not cached: every request runs its queries.
SEARCHES = ["/search/?q=tariff", '/search/?q="trade deal"', "/search/?q=quokka"]
DOWNLOADS = [
    "/export/timeline.csv",
    "/export/timeline.csv?table=articles",
    "/export/timeline.json",
    "/export/timelinejs.json",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="the database to read (DATABASE_URL)")
    parser.add_argument("--requests", type=int, default=3)
    parser.add_argument("--give-up", type=float, default=20.0)
    args = parser.parse_args()
    os.environ.update(DJANGO_SETTINGS_MODULE="tradewatch.settings", DATABASE_URL=args.url)
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.test import Client

    from articles.models import Actor, Article, Event

    user = User.objects.filter(username="bench-curator").first()
    if user is None:
        user = User.objects.create_superuser("bench-curator", "bench@example.org", None)
    client = Client()
    client.force_login(user)
    print(
        f"{Article.objects.count()} articles, {Actor.objects.count()} actors, "
        f"{Event.objects.count()} events"
    )
    print("| page | median s |\n|---|---:|")
    for url in [f"/admin/articles/{path}" for path in PATHS] + SEARCHES + DOWNLOADS:
        times = []
        for _ in range(args.requests):
            started = time.perf_counter()
            response = client.get(url, HTTP_HOST="127.0.0.1")
            if response.streaming:  # a download: the time to its last byte
                for _ in response.streaming_content:
                    pass
            times.append(time.perf_counter() - started)
            assert response.status_code == 200, (url, response.status_code)
            if times[-1] > args.give_up:
                break
        print(f"| `{url}` | {statistics.median(times):.3f} |", flush=True)


if __name__ == "__main__":
    main()
