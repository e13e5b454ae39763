"""Timeline benchmark: the app under gunicorn on 127.0.0.1, measured with wrk.

Serves the app as in production (DEBUG=0, a SECRET_KEY, ALLOWED_HOSTS=127.0.0.1, 2 workers
of the kind tradewatch/gunicorn.py sets, threaded since the downloads stream; static files
collected) against the corpus database, then runs wrk, bounded in threads, connections and
time, against:

- /healthz, a trivial view: the framework's ceiling on this machine;
- the timeline `/` without and with filters, cached (the same URL again and again: the
  page cache serves it) and uncached (a Lua script adds a unique `_nocache=` parameter to
  every request, so every request misses the page cache, whose key is the full query
  string, and renders the timeline).

For each it records requests/s, p50/p99 latency (wrk --latency) and CPU per request: the
gunicorn workers' CPU time (/proc/<pid>/stat) before and after, divided by the requests
served. PostgreSQL's CPU time is not in that figure; the server's backends are reported
separately when /proc shows them.

    .venv/bin/python bench/timeline_bench.py --duration 15
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.import_bench import code_version  # noqa: E402

BIN = ROOT / ".venv" / "bin"
CORPUS_URL = "postgres://postgres@127.0.0.1:5432/tw_bench_corpus"
# A person and a topic. (Until the third session this URL also had "from=2018", which is
# not a filter: the date filters are date_from and date_to.)
FILTERED = "/?actor=donald-trump&topic=autos"
# More uncached timelines: three filters, a broad date filter, a text search, a later page.
EXTRA = (
    "/?actor=donald-trump&topic=autos&date_from=2018",
    "/?date_from=2018",
    "/?q=tariff",
    "/?page=5",
)
TARGETS = {"uncached": 1 / 12, "cached": 1 / 2}  # of /healthz requests/s (issue 4)

NOCACHE_LUA = """
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
function init(args)
  counter = 0
end
function request()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "{sep}_nocache=" .. tid .. "-" .. counter)
end
"""


# Uncached pages of the unfiltered timeline picked at random among the first 2,000, so the
# events' list items (kept per content version, 5,000 of them) are mostly not yet written.
RANDOM_PAGES_LUA = """
function request()
  return wrk.format(nil, "/?page=" .. math.random(1, 2000) .. "&_nocache=" .. math.random())
end
"""


# Uncached filter states picked at random: a confirmed actor and a topic, half of them with
# a year to start from (the lists are filled in from the corpus).
RANDOM_FILTERS_LUA = """
actors = {ACTORS}
topics = {TOPICS}
function request()
  local actor = actors[math.random(#actors)]
  local path = "/?actor=" .. actor .. "&topic=" .. topics[math.random(#topics)]
  if math.random() < 0.5 then
    path = path .. "&date_from=" .. math.random(2014, 2019)
  end
  return wrk.format(nil, path .. "&_nocache=" .. math.random())
end
"""


def random_filters_lua(database_url: str) -> str:
    """RANDOM_FILTERS_LUA with the corpus's confirmed actors and topics."""
    if database_url.startswith("sqlite:"):  # a small corpus on SQLite (sqlite:////path)
        import sqlite3

        connect = functools.partial(sqlite3.connect, database_url.split(":///", 1)[1])
    else:
        import psycopg

        connect = functools.partial(psycopg.connect, database_url)
    with contextlib.closing(connect()) as conn:
        actors = [
            r[0]
            for r in conn.execute(
                "SELECT slug FROM articles_actor WHERE status = 'confirmed' ORDER BY slug"
            )
        ]
        topics = [r[0] for r in conn.execute("SELECT slug FROM articles_topic ORDER BY slug")]

    def lua_list(values: list[str]) -> str:
        return "{" + ", ".join(json.dumps(v) for v in values) + "}"

    return RANDOM_FILTERS_LUA.replace("{ACTORS}", lua_list(actors)).replace(
        "{TOPICS}", lua_list(topics)
    )


def server_environment(database_url: str, shared_cache: str = "") -> dict[str, str]:
    env = dict(os.environ)
    if shared_cache:
        # Pages in files every worker reads, instead of one LocMemCache per worker.
        env.update(
            CACHE_BACKEND="django.core.cache.backends.filebased.FileBasedCache",
            CACHE_LOCATION=shared_cache,
        )
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DEBUG="0",
        SECRET_KEY="timeline-bench-only-not-a-secret-0123456789abcdefghijklmnop",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        SECURE_HSTS_SECONDS="0",
        DATABASE_URL=database_url,
        PYTHONPATH=str(ROOT),
        # The page cache's content version is shared through files; the default folder is
        # in the working tree, where other processes (tests, imports) bump it all the time.
        VERSION_CACHE_LOCATION="/tmp/tw_bench_versions",
    )
    return env


def cpu_seconds(pid: int) -> float:
    """utime + stime of process `pid`, in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children(parent: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            pids.append(int(entry.name))
    return pids


def postgres_backends(database: str) -> list[int]:
    """PIDs of the PostgreSQL backends connected to `database` (the workers' connections)."""
    import psycopg

    with psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
        rows = c.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [database],
        ).fetchall()
    return [row[0] for row in rows]


def cpu_by_pid(pids: list[int]) -> dict[int, float]:
    found = {}
    for pid in pids:
        with contextlib.suppress(OSError):
            found[pid] = cpu_seconds(pid)
    return found


def cpu_used(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU seconds used between two snapshots; processes that exited in between are lost
    (so PostgreSQL's figure is a lower bound when connections are recycled)."""
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())


def get(url: str, timeout: float = 120) -> tuple[int, int]:
    """Return (status, body length) of a GET; status 0 when it timed out."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, len(response.read())
    except urllib.error.HTTPError as error:
        return error.code, len(error.read())
    except TimeoutError:
        return 0, 0


def free_port() -> int:
    """Return a loopback port nobody listens on now (other engineers run servers too)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(base: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with status {server.returncode}")
        try:
            get(base + "/healthz")
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("gunicorn did not answer in time")


def drain(base: str, seconds: float = 180) -> None:
    """Wait until the workers have finished the renders wrk gave up on: /healthz answers
    fast several times in a row (both workers free), or `seconds` have passed."""
    deadline, fast = time.monotonic() + seconds, 0
    while fast < 6 and time.monotonic() < deadline:
        started = time.perf_counter()
        status, _ = get(base + "/healthz", timeout=30)
        fast = fast + 1 if status == 200 and time.perf_counter() - started < 0.1 else 0
        time.sleep(0.2)


def warm_workers(base: str, workers: int, seconds: float) -> list[float]:
    """Send uncached requests, `workers` at a time, until every worker has built its facet
    index (a round answers fast): return each round's slowest request in ms."""
    from concurrent.futures import ThreadPoolExecutor

    rounds: list[float] = []
    deadline = time.monotonic() + seconds
    with ThreadPoolExecutor(workers) as pool:
        while time.monotonic() < deadline:

            def timed(n: int) -> float:
                started = time.perf_counter()
                get(f"{base}/?_warm={len(rounds)}-{n}", timeout=seconds)
                return (time.perf_counter() - started) * 1000

            slowest = max(pool.map(timed, range(workers)))
            rounds.append(round(slowest, 1))
            if len(rounds) > 1 and slowest < 1000:
                break
    return rounds


def parse_wrk(output: str) -> dict:
    def seconds(value: str) -> float:
        number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
        return float(number) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    latency = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", output, re.MULTILINE))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(r"Socket errors:.*", output)
    return {
        "requests_per_s": rps,
        "requests": requests,
        "p50_ms": round(seconds(latency["50"]) * 1000, 2),
        "p99_ms": round(seconds(latency["99"]) * 1000, 2),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": errors.group(0) if errors else "",
    }


def run_wrk(url: str, args, script: str | None, workers: list[int], database: str) -> dict:
    command = [
        "wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s",
        f"--timeout={args.timeout}s", "--latency",
    ]  # fmt: skip
    if script:
        command += ["-s", script]
    command.append(url)
    cpu_before, db_before = cpu_by_pid(workers), cpu_by_pid(postgres_backends(database))
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    cpu_after, db_after = cpu_by_pid(workers), cpu_by_pid(postgres_backends(database))
    result = parse_wrk(output)
    served = max(result["requests"], 1)
    worker_cpu = cpu_used(cpu_before, cpu_after)
    result["worker_cpu_ms_per_request"] = round(worker_cpu * 1000 / served, 2)
    result["db_cpu_ms_per_request"] = round(cpu_used(db_before, db_after) * 1000 / served, 2)
    result["command"] = " ".join(command)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description="Timeline benchmark (see the module docstring).")
    parser.add_argument("--url", default=CORPUS_URL, help="DATABASE_URL of the corpus")
    parser.add_argument("--port", type=int, help="default: a free loopback port")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--duration", type=int, default=15, help="seconds per wrk run (<= 60)")
    parser.add_argument("--timeout", type=int, default=10, help="wrk request timeout, seconds")
    parser.add_argument("--filtered", default=FILTERED, help="path and query of the filtered run")
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    parser.add_argument(
        "--statement-timeout",
        type=int,
        default=30,
        help="seconds: PostgreSQL cancels longer statements, so a slow page fails instead "
        "of loading the shared machine after wrk has given up on it",
    )
    parser.add_argument("--first-timeout", type=int, default=90, help="first request, seconds")
    parser.add_argument(
        "--shared-cache",
        default="",
        help="a folder: cache pages in files shared by the workers (FileBasedCache)",
    )
    parser.add_argument("--extra", nargs="*", default=list(EXTRA), help="more uncached paths")
    args = parser.parse_args()
    args.duration = min(args.duration, 60)

    database_url = args.url
    if args.statement_timeout and not database_url.startswith("sqlite:"):
        joiner = "&" if "?" in database_url else "?"
        database_url += f"{joiner}options=-c%20statement_timeout%3D{args.statement_timeout * 1000}"
    env = server_environment(database_url, args.shared_cache)
    args.port = args.port or free_port()
    subprocess.run(
        [BIN / "python", "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen(
        [
            BIN / "gunicorn",
            "--config",
            "python:tradewatch.gunicorn",  # as in production: indexes built before serving
            "tradewatch.wsgi:application",
            "--workers",
            str(args.workers),
            "--bind",
            f"127.0.0.1:{args.port}",
            "--timeout",
            str(args.first_timeout + 30),
            "--graceful-timeout",
            "5",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    results: dict = {
        "server": {
            "workers": args.workers,
            "database": args.url,
            "page_cache": "files shared by the workers" if args.shared_cache else "per worker",
            **code_version(),
        }
    }
    try:
        wait_until_up(base, server)
        # The first request after start (or a content change) builds the worker's index.
        results["warm_up_rounds_ms"] = warm_workers(base, args.workers, args.first_timeout)
        print("warm-up rounds (slowest request, ms):", results["warm_up_rounds_ms"], flush=True)
        workers = children(server.pid)
        if len(workers) != args.workers:
            raise SystemExit(f"expected {args.workers} gunicorn workers, found {workers}")
        database = args.url.rsplit("/", 1)[1]
        sep = "&" if "?" in args.filtered else "?"
        scenarios = [
            ("healthz", "/healthz", None),
            ("timeline_cached", "/", None),
            ("timeline_uncached", "/", "?"),
            ("filtered_cached", args.filtered, None),
            ("filtered_uncached", args.filtered, sep),
            *((f"uncached {path}", path, "&" if "?" in path else "?") for path in args.extra),
            ("uncached random pages /?page=1..2000", "/?page=2000", "random"),
            ("uncached random actor + topic (+ year)", args.filtered, "random filters"),
        ]
        with tempfile.TemporaryDirectory() as folder:
            for name, path, nocache_sep in scenarios:
                script = None
                if nocache_sep:
                    script = str(Path(folder) / (re.sub(r"\W+", "-", name) + ".lua"))
                    lua = NOCACHE_LUA.replace("{sep}", nocache_sep)
                    if nocache_sep == "random":
                        lua = RANDOM_PAGES_LUA
                    elif nocache_sep == "random filters":
                        lua = random_filters_lua(args.url)
                    Path(script).write_text(lua)
                # One request first: it shows the status and fills this worker's cache.
                started = time.perf_counter()
                status, size = get(base + path, args.first_timeout)
                first_ms = round((time.perf_counter() - started) * 1000, 1)
                if status != 200:
                    what = f"no answer in {args.first_timeout} s" if status == 0 else status
                    print(f"{name}: {path}: {what} ({first_ms} ms); not measured", flush=True)
                    results[name] = {"path": path, "status": status, "first_request_ms": first_ms}
                    continue
                row = run_wrk(base + path, args, script, workers, database)
                drain(base)
                row.update(path=path, bytes=size, first_request_ms=first_ms)
                results[name] = row
                print(name, json.dumps(row), flush=True)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()  # our own gunicorn master; its workers exit with it
            server.wait(timeout=30)
    ceiling = results.get("healthz", {}).get("requests_per_s")
    if ceiling:
        for name, row in results.items():
            if name not in ("server", "healthz") and "requests_per_s" in row:
                row["fraction_of_healthz"] = round(row["requests_per_s"] / ceiling, 4)
                kind = "cached" if name.endswith("_cached") else "uncached"
                row["target_fraction"] = round(TARGETS[kind], 4)
                row["meets_target"] = row["requests_per_s"] >= TARGETS[kind] * ceiling
    summary = {k: {f: v.get(f) for f in ("requests_per_s", "p50_ms", "p99_ms",
               "worker_cpu_ms_per_request", "db_cpu_ms_per_request", "fraction_of_healthz",
               "meets_target")}
               for k, v in results.items() if isinstance(v, dict) and k != "server"}  # fmt: skip
    print(json.dumps(summary, indent=1))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    sys.exit(main())
