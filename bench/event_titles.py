"""List every event title the pure extraction gives the accuracy corpus, with its sentence.

    .venv/bin/python bench/event_titles.py               # the flagged titles and the count
    .venv/bin/python bench/event_titles.py --all         # every title
    .venv/bin/python bench/event_titles.py --sample 100  # a random sample of unflagged ones

A title is flagged when `title_fragment` (tests/extraction/test_corpus.py) finds no subject
in it. The count is what the scored check in test_corpus.py holds under its ceiling.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.extraction.test_corpus import corpus_files, extract, title_fragment


def event_rows() -> list[tuple[str, str, str, str]]:
    """Return (file, temporal text, title, sentence) for every event of the corpus."""
    rows = []
    for path in corpus_files():
        for result in extract(path):
            for event in result.events:
                sentence = " ".join(event.sentence.text.split())
                rows.append((path.name, event.temporal_text, event.title, sentence))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="list every title")
    parser.add_argument("--sample", type=int, default=0, help="list N unflagged titles")
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    rows = event_rows()
    flagged = [(row, title_fragment(row[2])) for row in rows]
    if args.all:
        shown = flagged
    elif args.sample:
        unflagged = [item for item in flagged if item[1] is None]
        shown = random.Random(args.seed).sample(unflagged, min(args.sample, len(unflagged)))
    else:
        shown = [item for item in flagged if item[1] is not None]
    for (name, temporal, title, sentence), reason in shown:
        print(f"{name} [{temporal}] {reason or 'ok'}\n  TITLE: {title}\n  SENT:  {sentence}")
    count = sum(reason is not None for _, reason in flagged)
    print(f"flagged {count} of {len(rows)} titles ({count / len(rows):.1%})")


if __name__ == "__main__":
    main()
