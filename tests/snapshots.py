"""The rows a slow setup adds, recorded once per test session and written again per test.

Loading the reference data and importing the seeds takes seconds (many times more on
PostgreSQL, a round trip per query), and dozens of tests start from them. The commands run
once, for real, in a transaction rolled back; what they added to the project's tables is
kept in memory, and each test gets the same rows back in a few bulk inserts, inside its own
transaction (or, for a live-server test, committed and flushed after it as before). The
database's triggers fill the search columns on the way in, as they did for the commands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, models, transaction

from articles.cache import bump_content_version


@dataclass(frozen=True)
class Table:
    model: type[models.Model]
    columns: tuple[str, ...]
    rows: list[tuple]


@dataclass(frozen=True)
class Snapshot:
    """Rows per model, in the app's model order (referenced tables first)."""

    tables: tuple[Table, ...]


def _models() -> list[type[models.Model]]:
    # The project's models with the many-to-many tables and the history tables: the ones a
    # command writes. contenttypes and auth rows come from migrations and are not copied.
    return list(apps.get_app_config("articles").get_models(include_auto_created=True))


def record(action: Callable[[], object], base: Snapshot | None = None) -> Snapshot:
    """Return the rows `action` adds (on top of `base`'s), run in a transaction rolled back."""
    with transaction.atomic():
        if base is not None:
            restore(base)
        before = {
            model: set(model._base_manager.values_list("pk", flat=True)) for model in _models()
        }
        action()
        tables = []
        for model in _models():
            columns = tuple(field.attname for field in model._meta.concrete_fields)
            key = columns.index(model._meta.pk.attname)
            rows = [
                row
                for row in model._base_manager.order_by("pk").values_list(*columns)
                if row[key] not in before[model]
            ]
            if rows:
                tables.append(Table(model, columns, rows))
        transaction.set_rollback(True)
    return Snapshot(tuple(tables))


def restore(snapshot: Snapshot) -> None:
    """Write the snapshot's rows again, with their primary keys, and make pages stale."""
    with transaction.atomic():  # foreign keys are checked at the commit, once all are in
        for table in snapshot.tables:
            table.model._base_manager.bulk_create(
                [table.model(**dict(zip(table.columns, row, strict=True))) for row in table.rows]
            )
        # Rows written with their ids leave PostgreSQL's sequences behind (SQLite's move).
        statements = connection.ops.sequence_reset_sql(
            no_style(), [table.model for table in snapshot.tables]
        )
        if statements:
            with connection.cursor() as cursor:
                for statement in statements:
                    cursor.execute(statement)
    bump_content_version()
