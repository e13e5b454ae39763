"""Plain multi-row INSERTs for the importer's hottest tables.

An article writes dozens of mention, evidence, quote and link rows. Django's `bulk_create`
prepares every value through each field's `get_db_prep_save` and builds model instances
first, which cost more CPU than the database's own work. These rows are the importer's
own, with no signals, history or defaults to apply, so they are written as parameter
tuples in one statement per table. Values are adapted the way the ORM would adapt them
(dates through the backend's operations, JSON as text), so SQLite and PostgreSQL store
exactly what `bulk_create` stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date

from django.db import connection, models

# SQLite accepts 32,766 parameters a statement since 3.32; PostgreSQL 65,535. Stay below.
_MAX_PARAMETERS = 30_000


def insert_rows(
    table: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    ignore_conflicts: bool = False,
) -> int:
    """Insert `rows` (tuples in the order of `columns`) into `table`; return how many were
    sent. With `ignore_conflicts`, rows breaking a unique constraint are skipped, as
    `bulk_create(ignore_conflicts=True)` does."""
    rows = [tuple(_adapt(value) for value in row) for row in rows]
    if not rows:
        return 0
    quote = connection.ops.quote_name
    head = f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) VALUES "
    placeholder = "(" + ", ".join(["%s"] * len(columns)) + ")"
    tail = " ON CONFLICT DO NOTHING" if ignore_conflicts else ""
    per_statement = max(1, _MAX_PARAMETERS // len(columns))
    with connection.cursor() as cursor:
        for first in range(0, len(rows), per_statement):
            chunk = rows[first : first + per_statement]
            params = [value for row in chunk for value in row]
            cursor.execute(head + ", ".join([placeholder] * len(chunk)) + tail, params)
    return len(rows)


def insert_objects(objects: list[models.Model]) -> None:
    """Insert unsaved instances of one model in one statement and set their primary keys,
    as `bulk_create` does (auto_now fields filled, no signals), without its per-object
    machinery. PostgreSQL and SQLite 3.35+ return the keys, in the order of the rows."""
    if not objects:
        return
    meta = objects[0]._meta
    fields = [f for f in meta.concrete_fields if not f.primary_key]
    quote = connection.ops.quote_name
    placeholder = "(" + ", ".join(["%s"] * len(fields)) + ")"
    params = [
        f.get_db_prep_save(f.pre_save(obj, True), connection) for obj in objects for f in fields
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) "
            f"VALUES {', '.join([placeholder] * len(objects))} RETURNING {quote(meta.pk.column)}",
            params,
        )
        keys = [row[0] for row in cursor.fetchall()]
    for obj, key in zip(objects, keys, strict=True):
        obj.pk = key
        obj._state.adding = False
        obj._state.db = connection.alias


def _adapt(value: object) -> object:
    if isinstance(value, date):
        return connection.ops.adapt_datefield_value(value)
    if isinstance(value, list | dict):
        return json.dumps(value)
    return value
