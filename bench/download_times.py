"""Time public downloads in-process: time to the first byte, to the last, size and memory.

Run it once per code version (a worktree each) against the same database, each in a fresh
process, and compare the bodies it saved byte for byte:

    .venv/bin/python bench/download_times.py --root /work/wt-base \
        --url postgres://postgres@127.0.0.1:5432/tw_me_corpus --out /tmp/me/base
    .venv/bin/python bench/download_times.py --root . \
        --url postgres://postgres@127.0.0.1:5432/tw_me_corpus --out /tmp/me/new
    diff -r /tmp/me/base /tmp/me/new

A whole answer (HttpResponse) has its first byte when the view returns; a streamed one when
its first piece is read. CPU is this process's (not the database server's), steadier than
the wall time on a shared machine. Memory is the growth of the process's peak resident
size (ru_maxrss) over the download: run one download a process (--name) for a figure each.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

DOWNLOADS = {
    "events.csv": "/export/timeline.csv",
    "articles.csv": "/export/timeline.csv?table=articles",
    "timeline.json": "/export/timeline.json",
    "timelinejs.json": "/export/timelinejs.json",
}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, required=True, help="the code to run (a worktree)")
    parser.add_argument("--url", required=True, help="the database to read (DATABASE_URL)")
    parser.add_argument("--out", type=Path, required=True, help="folder for the bodies")
    parser.add_argument("--name", choices=DOWNLOADS, action="append", help="default: all")
    parser.add_argument("--json", type=Path, help="append the figures to this JSON lines file")
    args = parser.parse_args()
    root = args.root.resolve()
    sys.path.insert(0, str(root))
    os.chdir(root)
    os.environ.update(DJANGO_SETTINGS_MODULE="tradewatch.settings", DATABASE_URL=args.url)
    import django

    django.setup()
    from django.test import Client

    client = Client()
    assert client.get("/healthz", HTTP_HOST="127.0.0.1").status_code == 200  # imports, URLs
    args.out.mkdir(parents=True, exist_ok=True)
    print("| download | first byte s | last byte s | CPU s | MB | peak memory growth MB |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in args.name or list(DOWNLOADS):
        before, cpu_before = peak_mb(), cpu_s()
        started = time.perf_counter()
        response = client.get(DOWNLOADS[name], HTTP_HOST="127.0.0.1")
        assert response.status_code == 200, (name, response.status_code)
        size = 0
        with open(args.out / name, "wb") as out:
            if response.streaming:
                first = None
                for piece in response.streaming_content:
                    first = first or time.perf_counter()
                    size += out.write(piece)
            else:
                first = time.perf_counter()
                size = out.write(response.content)
        last = time.perf_counter()
        del response
        figures = {
            "code": str(root),
            "download": name,
            "first_byte_s": round(first - started, 2),
            "last_byte_s": round(last - started, 2),
            "cpu_s": round(cpu_s() - cpu_before, 2),
            "mb": round(size / 1e6, 1),
            "peak_growth_mb": round(peak_mb() - before),
        }
        print(
            f"| {name} | {figures['first_byte_s']} | {figures['last_byte_s']} | "
            f"{figures['cpu_s']} | {figures['mb']} | {figures['peak_growth_mb']} |",
            flush=True,
        )
        if args.json:
            with open(args.json, "a") as out:
                out.write(json.dumps(figures) + "\n")


if __name__ == "__main__":
    main()
