"""Import the same articles with two versions of the code and compare what they store.

Run once per code version (a worktree each), into its own scratch database, then compare
the output folders byte for byte (`diff -r`):

    .venv/bin/python bench/identity_check.py --root /work/wt-base --count 3000 \
        --db-url sqlite:////tmp/me/base.sqlite3 --out /tmp/me/base
    .venv/bin/python bench/identity_check.py --root . --count 3000 \
        --db-url sqlite:////tmp/me/new.sqlite3 --out /tmp/me/new
    diff -r /tmp/me/base /tmp/me/new

Imports `--count` generated articles (bench/generate.py), then the seeds and the accuracy
corpus, then the seeds again (unchanged); writes `export_timeline --format json
--include-hidden` and every table of the app's models (and their history) ordered by
primary key, timestamps left out (they differ from run to run).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, required=True, help="the code to run (a worktree)")
    parser.add_argument("--db-url", required=True, help="a scratch database (recreated)")
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    root = args.root.resolve()
    sys.path.insert(0, str(root))
    os.chdir(root)
    from bench.import_bench import documents, setup_django

    setup_django(args.db_url, fresh=True)
    from django.apps import apps
    from django.core.management import call_command
    from django.db import connection, models

    from articles.services import articles_import

    report = articles_import(documents=documents(0, args.count, args.seed))
    seeds = root / "fixtures" / "seeds"
    corpus = sorted((root / "tests" / "extraction" / "corpus").glob("*.txt"))
    call_command("import_articles", str(seeds), *map(str, corpus), verbosity=0)
    call_command("import_articles", str(seeds), verbosity=0)
    args.out.mkdir(parents=True, exist_ok=True)
    call_command(
        "export_timeline",
        format="json",
        include_hidden=True,
        output=str(args.out / "timeline.json"),
    )
    quote = connection.ops.quote_name
    for model in sorted(apps.get_models(include_auto_created=True), key=lambda m: m._meta.db_table):
        if model._meta.app_label != "articles":
            continue
        fields = [f for f in model._meta.concrete_fields if not isinstance(f, models.DateTimeField)]
        columns = ", ".join(quote(f.column) for f in fields)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {columns} FROM {quote(model._meta.db_table)} "
                f"ORDER BY {quote(model._meta.pk.column)}"
            )
            rows = cursor.fetchall()
        with open(args.out / f"{model._meta.db_table}.txt", "w") as out:
            for row in rows:
                out.write(repr(row) + "\n")
    print(report.summary())


if __name__ == "__main__":
    main()
