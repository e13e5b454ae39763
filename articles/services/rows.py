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
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from itertools import chain

from django.apps import apps
from django.conf import settings
from django.db import connection, models
from django.db.backends.base.operations import BaseDatabaseOperations
from django.db.models.fields import AutoFieldMixin

# SQLite accepts 32,766 parameters a statement since 3.32; PostgreSQL 65,535. Stay below.
_MAX_PARAMETERS = 30_000
# PostgreSQL: from this many rows a plain insert is written with COPY.
_COPY_MIN_ROWS = 2


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
    plain, ops = _PLAIN, connection.ops
    rows = [tuple(v if type(v) in plain else _adapt(v, ops) for v in row) for row in rows]
    _insert(table, columns, rows, ignore_conflicts)
    return len(rows)


def update_rows(table: str, columns: Sequence[str], rows: list[Sequence[object]]) -> None:
    """Set `columns` of the rows of `table` whose id ends each of `rows` (adapted values in
    the order of `columns`, then the id). PostgreSQL updates many rows in one statement
    from arrays; a single row, or SQLite, runs one UPDATE a row."""
    quote = connection.ops.quote_name
    name = quote(table)
    types = _array_types(table, columns) if len(rows) > 1 else None
    with connection.cursor() as cursor:
        if types is None:
            sets = ", ".join(f"{quote(c)} = %s" for c in columns)
            sql = f"UPDATE {name} SET {sets} WHERE id = %s"
            if len(rows) == 1:
                cursor.execute(sql, rows[0])
            else:
                cursor.executemany(sql, rows)
            return
        names = ", ".join(quote(c) for c in columns)
        sets = ", ".join(f"{quote(c)} = v.{quote(c)}" for c in columns)
        arrays = ", ".join(f"%s::{t}[]" for t in types)
        cursor.execute(
            f"UPDATE {name} SET {sets} FROM UNNEST({arrays}, %s::bigint[]) "
            f"AS v ({names}, _key) WHERE {name}.id = v._key",
            [list(column) for column in zip(*rows, strict=True)],
        )


def _insert(table: str, columns: Sequence[str], rows: list[tuple], ignore_conflicts: bool) -> None:
    if not rows:
        return
    quote = connection.ops.quote_name
    names = ", ".join(quote(c) for c in columns)
    if not ignore_conflicts and len(rows) >= _COPY_MIN_ROWS and connection.vendor == "postgresql":
        _copy(table, columns, rows)
        return
    head = f"INSERT INTO {quote(table)} ({names}) "
    tail = " ON CONFLICT DO NOTHING" if ignore_conflicts else ""
    types = _array_types(table, columns) if len(rows) > 1 else None
    if types is not None:
        with connection.cursor() as cursor:
            cursor.execute(head + _unnest(types) + tail, [list(c) for c in zip(*rows, strict=True)])
        return
    head += "VALUES "
    placeholder = "(" + ", ".join(["%s"] * len(columns)) + ")"
    per_statement = max(1, _MAX_PARAMETERS // len(columns))
    with connection.cursor() as cursor:
        for first in range(0, len(rows), per_statement):
            chunk = rows[first : first + per_statement]
            params = [value for row in chunk for value in row]
            cursor.execute(head + ", ".join([placeholder] * len(chunk)) + tail, params)


class PendingRows:
    """Rows written later, in one INSERT per table for many articles.

    An import adds each article's rows here instead of writing them at once; they are
    written when the batch ends (`flush`), or earlier when something is about to read the
    tables they go to. The rows of the article being imported are dropped if it rolls
    back (`rollback`); rows of articles done earlier that a flush wrote inside the rolled
    back article's savepoint are undone with it, so they are kept to be written again.
    """

    def __init__(self) -> None:
        # Per (table, columns, ignore_conflicts): adapted rows, in the order added.
        self.done: dict[tuple, list[tuple]] = {}  # articles done in this batch
        self.current: dict[tuple, list[tuple]] = {}  # the article being imported
        self.exposed: dict[tuple, list[tuple]] = {}  # `done` rows flushed inside it
        # Whether a flush wrote rows since the batch began (`batch_done` resets it).
        self.flushed = False
        # The connection's operations, read once (each read of `connection` goes through
        # Django's per-thread proxy): the rows of one import run on one connection.
        self._ops = None

    def __bool__(self) -> bool:
        return bool(self.done or self.current)

    def add(
        self,
        table: str,
        columns: Sequence[str],
        rows: Iterable[Sequence[object]],
        *,
        ignore_conflicts: bool = False,
    ) -> None:
        """Keep `rows` for `table` (as `insert_rows` takes them) for the next flush."""
        ops = self._ops
        if ops is None:
            ops = self._ops = connection.ops
        plain = _PLAIN
        # A tuple of plain values (most rows: ids, offsets, texts) is kept as it is.
        adapted = [
            row
            if type(row) is tuple and plain.issuperset(map(type, row))
            else tuple(v if type(v) in plain else _adapt(v, ops) for v in row)
            for row in rows
        ]
        if adapted:
            target = (table, tuple(columns), ignore_conflicts)
            self.current.setdefault(target, []).extend(adapted)

    def pending(self, table: str) -> Iterator[tuple]:
        """Return an iterator over the rows kept for `table` and not written yet (as adapted
        when added). Chained lists, not a generator: the window's actor rule reads every
        pending actor link of the batch for each article (a generator's resumption a row
        cost more than the test made on it)."""
        return chain.from_iterable(
            [
                rows
                for kept in (self.done, self.current)
                for (name, *_), rows in kept.items()
                if name == table
            ]
        )

    def replace_keys(self, columns: dict[str, str], values: dict[object, object]) -> None:
        """In the rows kept, replace each value of `values` by its value there, in the
        column `columns` names for each table."""
        for kept in (self.done, self.current):
            for target, rows in kept.items():
                column = columns.get(target[0])
                if column is None or column not in target[1]:
                    continue
                i = target[1].index(column)
                rows[:] = [
                    (*row[:i], values.get(row[i], row[i]), *row[i + 1 :])
                    if row[i] in values
                    else row
                    for row in rows
                ]

    def commit(self) -> None:
        """The current article is done: its rows stay for the batch."""
        _extend(self.done, self.current)
        self.current, self.exposed = {}, {}

    def rollback(self) -> None:
        """The current article was rolled back: drop its rows, and keep again the rows of
        earlier articles that were written inside its savepoint."""
        if self.exposed:
            _extend(self.exposed, self.done)
            self.done = self.exposed
        self.current, self.exposed = {}, {}

    def rollback_batch(self) -> None:
        self.done, self.current, self.exposed = {}, {}, {}
        self.flushed = False

    def batch_done(self) -> None:
        """The batch is committed (after its last flush)."""
        self.commit()
        self.flushed = False

    def flush(self) -> None:
        """Insert every row kept, one statement per table (in the order tables came)."""
        if not self:
            return
        by_target = {target: list(rows) for target, rows in self.done.items()}
        _extend(by_target, self.current)
        _extend(self.exposed, self.done)
        self.done, self.current = {}, {}
        self.flushed = True
        for (table, columns, ignore_conflicts), rows in by_target.items():
            _insert(table, columns, rows, ignore_conflicts)


def _extend(into: dict[tuple, list[tuple]], rows: dict[tuple, list[tuple]]) -> None:
    """Append each target's `rows` to those of `into`."""
    for target, more in rows.items():
        kept = into.get(target)
        if kept is None:
            into[target] = list(more)
        else:
            kept.extend(more)


def _copy(table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """PostgreSQL: write `rows` with COPY. The driver writes each row in C, a third of the
    cost of the same rows as arrays bound to an INSERT (COPY has no ON CONFLICT: plain
    inserts only). Its errors are Django's, as an INSERT's would be."""
    quote = connection.ops.quote_name
    statement = f"COPY {quote(table)} ({', '.join(quote(c) for c in columns)}) FROM STDIN"
    with (
        connection.wrap_database_errors,
        connection.cursor() as cursor,
        cursor.copy(statement) as copy,
    ):
        for row in rows:
            copy.write_row(row)


def insert_objects(objects: list[models.Model], *, now_fields: bool = True) -> None:
    """Insert unsaved instances of one model in one statement and set their primary keys,
    as `bulk_create` does (auto_now fields filled, no signals), without its per-object
    machinery. PostgreSQL and SQLite 3.35+ return the keys, in the order of the rows.
    Without `now_fields`, auto_now fields are written as the instances have them (set
    when they were made, which their history rows recorded)."""
    if not objects:
        return
    meta = objects[0]._meta
    ops = connection.ops
    quote = ops.quote_name
    fields, reads = _object_reads(type(objects[0]), ops, now_fields)
    rows = [
        [
            value if type(value) in same else adapt(value)
            for attname, own, same, adapt in reads
            for value in (getattr(obj, attname) if own is None else own.pre_save(obj, True),)
        ]
        for obj in objects
    ]
    columns = [f.column for f in fields]
    head = f"INSERT INTO {quote(meta.db_table)} ({', '.join(map(quote, columns))}) "
    types = _array_types(meta.db_table, columns) if len(rows) > 1 else None
    if types is not None:
        values, params = _unnest(types), [list(c) for c in zip(*rows, strict=True)]
    else:
        placeholder = "(" + ", ".join(["%s"] * len(fields)) + ")"
        values = "VALUES " + ", ".join([placeholder] * len(rows))
        params = [value for row in rows for value in row]
    with connection.cursor() as cursor:
        cursor.execute(f"{head}{values} RETURNING {quote(meta.pk.column)}", params)
        keys = [row[0] for row in cursor.fetchall()]
    alias, attname = connection.alias, meta.pk.attname
    for obj, key in zip(objects, keys, strict=True):
        setattr(obj, attname, key)  # what `obj.pk = key` does for a model with no parents
        obj._state.adding = False
        obj._state.db = alias


_reads: dict[tuple, tuple[list[models.Field], list[tuple]]] = {}


def _object_reads(
    model: type[models.Model], ops, now_fields: bool
) -> tuple[list[models.Field], list[tuple]]:
    """Return the fields `insert_objects` writes for `model` and, for each, the attribute
    read, the field whose pre_save fills it in (or None), the value types stored as they
    are and the value's adapter (`value_adapter_parts`); kept per model and connection
    (each is the same for every call)."""
    key = (model, ops, now_fields)
    found = _reads.get(key)
    if found is None:
        fields = [f for f in model._meta.concrete_fields if not f.primary_key]
        # Only fields that fill themselves in (auto_now) need pre_save; the others'
        # pre_save is reading the attribute.
        reads = [
            (
                f.attname,
                None if not now_fields or type(f).pre_save is models.Field.pre_save else f,
                *value_adapter_parts(f, ops),
            )
            for f in fields
        ]
        found = _reads[key] = (fields, reads)
    return found


# PostgreSQL: many rows go in as one array a column, unnested, as bulk_create does there
# (Django 5.2): a parameter per column instead of one per value is less work for the
# driver and for the planner. The arrays keep the rows' order, and so does RETURNING.


def _unnest(types: list[str]) -> str:
    return "SELECT * FROM UNNEST(" + ", ".join(f"(%s)::{t}[]" for t in types) + ")"


_types: dict[tuple[str, tuple[str, ...], str], list[str] | None] = {}


def _array_types(table: str, columns: Sequence[str]) -> list[str] | None:
    """Return the PostgreSQL types of `columns` of `table` (a model's, auto-created and
    history models included) when every one is a standard type UNNEST takes, else None
    (and always None on other databases)."""
    if connection.vendor != "postgresql":
        return None
    key = (table, tuple(columns), connection.alias)
    if key not in _types:
        _types[key] = _column_types(table, columns)
    return _types[key]


def _column_types(table: str, columns: Sequence[str]) -> list[str] | None:
    model = next(
        (m for m in apps.get_models(include_auto_created=True) if m._meta.db_table == table),
        None,
    )
    if model is None:
        return None
    by_column = {f.column: f for f in model._meta.concrete_fields}
    fields = [by_column.get(column) for column in columns]
    # The checks bulk_create makes before unnesting.
    if any(
        f is None
        or hasattr(f, "get_placeholder")
        or (f.target_field if f.is_relation else f).get_internal_type() not in connection.data_types
        for f in fields
    ):
        return None
    return [f.db_type(connection).split("(")[0] for f in fields]


# Values passed to the driver as they are by `_adapt`.
_PLAIN = frozenset({str, int, bool, float, type(None)})


def _adapt(value: object, ops) -> object:
    if isinstance(value, date):
        return ops.adapt_datefield_value(value)
    if isinstance(value, list | dict):
        return json_text(value)
    return value


def json_text(value: list | dict) -> str:
    """Return a JSON column's value as `PendingRows.add` and `insert_rows` write it: a
    caller building rows passes this text, so a row of plain values is kept as it is."""
    return json.dumps(value)


_adapters: dict[tuple[models.Field, object], Callable[[object], object]] = {}


def value_adapter(field: models.Field, ops=None) -> Callable[[object], object]:
    """Return a function of a value giving what `field.get_db_prep_save(value, connection)`
    gives, without its chain of method calls for the value types where the result is
    provably known: a str for a text field is itself, an int for an integer field goes
    through the backend's integer adaptation alone, a date for a date field through the
    backend's date adaptation, and so on (checked against the field's class: a field that
    overrides any step of the chain gets `get_db_prep_save` for every value). `ops` is
    the connection's operations (read from `connection` when not given)."""
    ops = ops or connection.ops
    key = (field, ops)
    adapter = _adapters.get(key)
    if adapter is None:
        adapter = _adapters[key] = _value_adapter(field, ops)
    return adapter


def value_adapter_parts(
    field: models.Field, ops=None
) -> tuple[frozenset[type], Callable[[object], object]]:
    """Return the value types `field` stores as they are and its `value_adapter`, for loops
    over many values that test `type(value) in same` inline and call the adapter only for
    the others (a function call a value costs more than the test)."""
    ops = ops or connection.ops
    return _shortcuts(field, ops)[0], value_adapter(field, ops)


def _value_adapter(field: models.Field, ops) -> Callable[[object], object]:
    same, convert = _shortcuts(field, ops)
    generic = field.get_db_prep_save

    def adapt(value: object) -> object:
        kind = type(value)
        if kind in same:
            return value
        shortcut = convert.get(kind)
        return generic(value, ops.connection) if shortcut is None else shortcut(value)

    return adapt


_adapted_datetimes: dict[object, dict[datetime, object]] = {}


def _writes_utc_as_text(ops) -> bool:
    """True when `ops` (SQLite's, unchanged) writes an aware datetime as its naive text in
    the connection's zone, and that zone is UTC."""
    if ops.connection.vendor != "sqlite":
        return False
    # (imported here: the backend's module is loaded once its connection exists)
    from django.db.backends.sqlite3.operations import DatabaseOperations

    return (
        type(ops).adapt_datetimefield_value is DatabaseOperations.adapt_datetimefield_value
        and settings.USE_TZ
        and ops.connection.timezone is UTC
    )


def _shortcuts(field: models.Field, ops) -> tuple[frozenset[type], dict[type, Callable]]:
    """Return the value types `field` stores as they are, and those it stores through
    one backend call (what its get_db_prep_save comes down to for them)."""
    F = models
    cls = type(field)
    none = type(None)
    if isinstance(field, F.ForeignKey):
        target = type(field.target_field)
        if (
            cls.get_db_prep_save is F.ForeignKey.get_db_prep_save
            and target.get_db_prep_save is F.Field.get_db_prep_save
            and target.get_db_prep_value is AutoFieldMixin.get_db_prep_value
            and target.get_prep_value is F.IntegerField.get_prep_value
        ):
            if type(ops).validate_autopk_value is BaseDatabaseOperations.validate_autopk_value:
                return frozenset({none, int}), {}  # the base's validation returns the value
            return frozenset({none}), {int: ops.validate_autopk_value}
        return frozenset(), {}
    if isinstance(field, F.JSONField):
        if (
            cls.get_db_prep_save is F.JSONField.get_db_prep_save
            and cls.get_db_prep_value is F.JSONField.get_db_prep_value
            and cls.get_prep_value is F.Field.get_prep_value
        ):
            encoder = field.encoder
            # What the base adaptation (json.dumps) makes of an empty list, as most
            # `curated_fields` are: written without a call to the encoder.
            empty = (
                "[]"
                if encoder is None
                and type(ops).adapt_json_value is BaseDatabaseOperations.adapt_json_value
                else None
            )

            def json_value(value: object) -> object:
                if empty is not None and value == [] and type(value) is list:
                    return empty
                return ops.adapt_json_value(value, encoder)

            return frozenset({none}), {list: json_value, dict: json_value}
        return frozenset(), {}
    if cls.get_db_prep_save is not F.Field.get_db_prep_save:
        return frozenset(), {}
    prep, db_prep, python = cls.get_prep_value, cls.get_db_prep_value, cls.to_python
    if db_prep is F.Field.get_db_prep_value:
        if (prep, python) in {
            (F.CharField.get_prep_value, F.CharField.to_python),
            (F.TextField.get_prep_value, F.TextField.to_python),
        }:
            return frozenset({str, none}), {}
        if (prep, python) == (F.BooleanField.get_prep_value, F.BooleanField.to_python):
            return frozenset({bool, none}), {}
        return frozenset(), {}
    if (db_prep, prep) == (F.IntegerField.get_db_prep_value, F.IntegerField.get_prep_value):
        if type(ops).adapt_integerfield_value is BaseDatabaseOperations.adapt_integerfield_value:
            return frozenset({int, none}), {}  # the base's adaptation returns the value
        internal = field.get_internal_type()
        return frozenset(), {
            int: lambda value: ops.adapt_integerfield_value(value, internal),
            none: lambda value: ops.adapt_integerfield_value(value, internal),
        }
    if (db_prep, prep, python) == (
        F.DateField.get_db_prep_value,
        F.DateField.get_prep_value,
        F.DateField.to_python,
    ):
        return frozenset(), {date: ops.adapt_datefield_value}
    if (db_prep, prep, python) == (
        F.DateTimeField.get_db_prep_value,
        F.DateTimeField.get_prep_value,
        F.DateTimeField.to_python,
    ):
        generic = field.get_db_prep_save
        # An aware datetime's adapted value, memoised for every datetime field of the
        # connection (SQLite's makes it naive in the connection's zone and writes it out):
        # an object's times are adapted once for its history row and once for its row.
        # Equal aware datetimes are the same instant, adapted alike.
        adapted = _adapted_datetimes.setdefault(ops, {})
        utc_text = _writes_utc_as_text(ops)

        def aware(value: datetime) -> object:
            if utc_text and value.tzinfo is UTC:
                # What SQLite's adaptation makes of it (made naive in UTC: the same
                # fields), without its checks: `timezone.now()` gives these.
                return str(value.replace(tzinfo=None))
            found = adapted.get(value)
            if found is not None:
                return found
            # A naive datetime gets the field's warning and conversion.
            if value.tzinfo is None or value.utcoffset() is None:
                return generic(value, ops.connection)
            if len(adapted) >= 10_000:
                adapted.clear()
            found = adapted[value] = ops.adapt_datetimefield_value(value)
            return found

        return frozenset(), {datetime: aware}
    return frozenset(), {}
