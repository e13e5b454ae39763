"""Run every benchmark in turn (`make bench`), writing figures to bench/out/ (git-ignored).

Every step is bounded in count and time. The import runs stop early, and say so, when their
first slices project a run longer than --max-seconds; see RESULTS.md for why (the import
is far slower than its target today).

    .venv/bin/python bench/run_all.py            # the figures recorded in RESULTS.md
    .venv/bin/python bench/run_all.py --quick    # a smoke run of every script (minutes)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from import_bench import POSTGRES_URL  # the import's own database, read after the import

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
PYTHON = str(ROOT / ".venv" / "bin" / "python")


def step(title: str, *args: str, timeout: float) -> None:
    print(f"\n=== {title}\n$ {' '.join(args)}", flush=True)
    started = time.perf_counter()
    try:
        subprocess.run(args, cwd=ROOT, check=True, timeout=timeout)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        print(f"!!! {title} failed: {error}", flush=True)
    print(f"=== {title}: {time.perf_counter() - started:.0f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="Run every TradeWatch benchmark.")
    parser.add_argument("--quick", action="store_true", help="small counts, short wrk runs")
    parser.add_argument("--max-seconds", type=int, default=1500, help="bound per import run")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    quick = args.quick
    extraction = "1000" if quick else "10000"
    imports = "100" if quick else "10000"
    slice_size = "50" if quick else "500"
    corpus = "2000" if quick else "100000"
    base = "40" if quick else "200"
    duration = "5" if quick else "15"
    bound = str(120 if quick else args.max_seconds)
    bench = str(BENCH)
    # A quick run keeps its own small corpus, so it never replaces the 100,000-article one.
    corpus_db = "tw_bench_corpus_quick" if quick else "tw_bench_corpus"
    corpus_url = f"postgres://postgres@127.0.0.1:5432/{corpus_db}"

    step(
        "pure extraction (no database)",
        PYTHON, f"{bench}/import_bench.py", "--extraction-only", "--count", extraction,
        "--json", f"{OUT}/extraction.json",
        timeout=1800,
    )  # fmt: skip
    for db in ("sqlite", "postgres"):
        step(
            f"import into {db}",
            PYTHON, f"{bench}/import_bench.py", "--db", db, "--count", imports,
            "--slice", slice_size, "--max-seconds", bound, "--json", f"{OUT}/import_{db}.json",
            timeout=int(bound) + 600,
        )  # fmt: skip
    step(
        "admin lists, review queue and downloads on the imported articles (PostgreSQL)",
        PYTHON, f"{bench}/page_times.py", "--url", POSTGRES_URL,
        timeout=1800,
    )  # fmt: skip
    step(
        "import profile (PostgreSQL, cProfile)",
        PYTHON, f"{bench}/import_bench.py", "--db", "postgres", "--count", "100",
        "--slice", "100", "--profile", f"{OUT}/import_profile.txt",
        timeout=1800,
    )  # fmt: skip
    step(
        "load the timeline corpus",
        PYTHON, f"{bench}/load_corpus.py", "--articles", corpus, "--base", base,
        "--url", corpus_url,
        timeout=3600,
    )  # fmt: skip
    step(
        "import on top of the corpus (marginal cost at its size)",
        PYTHON, f"{bench}/import_bench.py", "--db", "postgres", "--template", corpus_db,
        "--seed", "2", "--count", "100", "--slice", "50", "--max-seconds", bound,
        "--json", f"{OUT}/import_on_corpus.json",
        timeout=int(bound) + 600,
    )  # fmt: skip
    step(
        "timeline under gunicorn and wrk",
        PYTHON, f"{bench}/timeline_bench.py", "--duration", duration, "--url", corpus_url,
        "--json", f"{OUT}/timeline.json",
        timeout=900,
    )  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
