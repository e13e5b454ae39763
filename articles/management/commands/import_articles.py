"""Imports news articles from files, folders, feeds or URLs."""

from __future__ import annotations

import sys
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from articles.extraction.formats import FileTarget, InputError, iter_paths, read_path, read_url
from articles.models import Negotiation
from articles.services import ArticleOutcome, ImportOptions, ImportStatus, articles_import

# More files than this get a progress bar instead of silence.
PROGRESS_THRESHOLD = 5


def read_target(target: FileTarget | str) -> list:
    """Return the documents one file or URL gives (raises InputError)."""
    if isinstance(target, str):
        return read_url(target)
    return read_path(target.path, target.name)


class Command(BaseCommand):
    help = (
        "Import articles from .txt, .md, .html, .json, .jsonl, RSS/Atom files, saved emails "
        "(.eml), folders of them, or http(s) URLs. Importing the same file twice changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Files, folders or http(s) URLs.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; write nothing."
        )
        parser.add_argument(
            "--published",
            metavar="YYYY-MM-DD",
            help="Publication date for the articles given (overrides what the text says).",
        )
        parser.add_argument("--outlet", metavar="NAME", help="Outlet for the articles given.")
        parser.add_argument(
            "--negotiation", metavar="SLUG", help="Add every event found to this negotiation."
        )

    def handle(self, *args, paths, dry_run, published, outlet, negotiation, verbosity, **opts):
        options = ImportOptions(
            published=self._parse_published(published),
            outlet=outlet,
            negotiation=self._negotiation(negotiation),
            dry_run=dry_run,
        )
        targets = list(iter_paths(paths))
        missing = [p for p in paths if not targets and p]
        if not targets:
            raise CommandError(
                "no importable files found in "
                + ", ".join(missing or paths)
                + " (expected .txt, .md, .html, .json, .jsonl, .xml/.rss/.atom, .eml or a URL)"
            )
        progress = (
            _Progress(len(targets), self.stderr)
            if (len(targets) > PROGRESS_THRESHOLD and verbosity >= 1 and sys.stderr.isatty())
            else None
        )

        def documents():
            for target in targets:
                try:
                    yield from read_target(target)
                except InputError as error:
                    yield error
                if progress:
                    progress.advance()

        reporter = self._reporter(verbosity)
        report = articles_import(documents=documents(), options=options, on_outcome=reporter)
        if progress:
            progress.finish()
        for outcome in report.dated_earlier:  # stored by earlier runs, dated by this one
            reporter(outcome)
        style = self.style.ERROR if report.failed else self.style.SUCCESS
        if verbosity >= 1:
            self.stdout.write(style(report.summary()))
        if report.failed:
            raise CommandError(
                f"{report.count(ImportStatus.FAILED)} of {len(report.outcomes)} failed to import",
                returncode=1,
            )

    def _reporter(self, verbosity: int):
        def report(outcome: ArticleOutcome) -> None:
            if outcome.status == ImportStatus.FAILED:
                self.stderr.write(self.style.ERROR(outcome.describe()))
            elif verbosity >= 2 or (verbosity >= 1 and outcome.message):
                self.stdout.write(outcome.describe())

        return report

    def _parse_published(self, value: str | None) -> date | None:
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError as error:
            raise CommandError(f"--published: {value!r} is not a date like 2018-09-26") from error

    def _negotiation(self, slug: str | None) -> Negotiation | None:
        if not slug:
            return None
        try:
            return Negotiation.objects.get(slug=slug)
        except Negotiation.DoesNotExist as error:
            known = ", ".join(Negotiation.objects.values_list("slug", flat=True)) or "none yet"
            raise CommandError(
                f"--negotiation: no negotiation {slug!r} (known: {known})"
            ) from error


class _Progress:
    """A one-line progress bar on a terminal."""

    def __init__(self, total: int, stream) -> None:
        self.total, self.done, self.stream = total, 0, stream

    def advance(self) -> None:
        self.done += 1
        width = 30
        filled = width * self.done // self.total
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} files", ending=""
        )
        self.stream.flush()

    def finish(self) -> None:
        self.stream.write("")
