"""Write the stored timeline as JSON, CSV or TimelineJS JSON (see articles/exports.py)."""

import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles import exports


class Command(BaseCommand):
    help = (
        "Export the stored articles and events. Hidden articles and events are left out "
        "unless --include-hidden; proposed events are included, marked by their status."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--format", choices=exports.FORMATS, default="json")
        parser.add_argument("--output", help="File to write (default: standard output).")
        parser.add_argument(
            "--include-hidden", action="store_true", help="Include hidden articles and events."
        )
        parser.add_argument(
            "--table",
            choices=["events", "articles"],
            default="events",
            help="With --format csv: which table to write.",
        )

    def handle(self, *args, **options) -> None:
        selection = exports.stored_selection(include_hidden=options["include_hidden"])
        pieces = exports.export_pieces(selection, options["format"], table=options["table"])
        output = options["output"]
        if not output:
            for piece in pieces:
                self.stdout.write(piece, ending="")
            return
        # Written as it is read, so a large export needs no more memory than a small one,
        # into a file beside the output that becomes it once whole: a failure halfway
        # leaves no half-written export (and an earlier one as it was).
        partial = Path(output).with_name(f".{Path(output).name}.partial")
        try:
            with open(partial, "w", encoding="utf-8") as out:
                out.writelines(pieces)
            os.replace(partial, output)
        except OSError as error:
            raise CommandError(f"{output}: cannot write the export ({error.strerror}).") from None
        finally:
            partial.unlink(missing_ok=True)
        if options["verbosity"] >= 1:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Wrote {selection.events.count()} events and "
                    f"{selection.articles.count()} articles to {output}."
                )
            )
