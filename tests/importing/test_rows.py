"""The importer's plain inserts store exactly what the ORM's bulk_create stores.

On PostgreSQL a plain insert of several rows goes through COPY, one of one row or with
ignore_conflicts through INSERT; on SQLite always INSERT. Awkward values (tabs, newlines,
backslashes, the text "\\N", quotes, accents, JSON, empty strings and NULLs) must come
back as they went in, whichever way they were written.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.db import IntegrityError, transaction

from articles.models import Evidence, Mention, Quote
from articles.services.rows import PendingRows, insert_rows
from tests.factories import make_actor, make_article, make_event

pytestmark = pytest.mark.django_db

AWKWARD = [
    "plain",
    "tab\there, newline\nthere, CR\r\n and a backslash \\ and \\N and \\t",
    "“curly” and 'straight' quotes, accents: Peña, Ōsaka, emoji 🌏",
    "",
]

MENTION_COLUMNS = ("article_id", "actor_id", "count", "first_offset", "role", "spans")
MENTION_COLUMNS += ("in_caption", "removed")


def _mention_values(article) -> list[tuple]:
    return list(
        Mention.objects.filter(article=article)
        .order_by("id")
        .values_list("actor__name", "count", "first_offset", "role", "spans", "in_caption")
    )


@pytest.mark.parametrize("rows", [1, 4], ids=["one row", "several rows"])
def test_pending_rows_store_what_bulk_create_stores(rows):
    actors = [make_actor(f"Person {n}") for n in range(rows)]
    by_orm, by_rows = make_article(), make_article()
    values = [
        (actor, n + 1, 10 * n, AWKWARD[n % len(AWKWARD)], [[n, n + 5], [7, 9]], n % 2 == 1)
        for n, actor in enumerate(actors)
    ]
    Mention.objects.bulk_create(
        Mention(article=by_orm, actor=a, count=c, first_offset=f, role=r, spans=s, in_caption=i)
        for a, c, f, r, s, i in values
    )
    pending = PendingRows()
    pending.add(
        Mention._meta.db_table,
        MENTION_COLUMNS,
        ((by_rows.pk, a.pk, c, f, r, s, i, False) for a, c, f, r, s, i in values),
    )
    pending.commit()
    pending.flush()
    assert _mention_values(by_rows) == _mention_values(by_orm)
    assert [m[3] for m in _mention_values(by_rows)] == [v[3] for v in values]


def test_plain_and_conflict_ignoring_inserts_keep_nulls_dates_and_text():
    article = make_article()
    speaker = make_actor("A Speaker")
    texts = [*AWKWARD, "\\N"]
    sent = insert_rows(
        Quote._meta.db_table,
        ("article_id", "speaker_id", "text", "start", "end"),
        [(article.pk, speaker.pk if n % 2 else None, t, n, n + 1) for n, t in enumerate(texts)],
    )
    assert sent == len(texts)
    stored = list(Quote.objects.filter(article=article).order_by("start"))
    assert [q.text for q in stored] == texts
    assert [q.speaker_id for q in stored] == [speaker.pk if n % 2 else None for n in range(5)]

    event = make_event()
    columns = ("event_id", "article_id", "sentence", "start", "end", "temporal_text")
    columns += ("stated_date", "stated_precision")
    evidence = [
        (event.pk, article.pk, text, n * 10, n * 10 + 5, "on Monday", date(2018, 9, 24), "day")
        for n, text in enumerate(AWKWARD)
    ]
    insert_rows(Evidence._meta.db_table, columns, evidence, ignore_conflicts=True)
    # The same rows again: the unique constraint skips every one of them.
    insert_rows(Evidence._meta.db_table, columns, evidence, ignore_conflicts=True)
    stored = list(Evidence.objects.filter(article=article).order_by("start"))
    assert [(e.sentence, e.stated_date) for e in stored] == [
        (text, date(2018, 9, 24)) for text in AWKWARD
    ]


def test_a_row_breaking_a_constraint_raises_django_s_integrity_error():
    """However the rows are written (COPY on PostgreSQL), the error is the one the ORM
    raises, so the importer reports it as it reports any other database error."""
    article, actor = make_article(), make_actor("Someone")
    other = make_actor("Someone Else")
    rows = [(article.pk, a.pk, 0, 0, "", [], False, False) for a in (actor, other)]
    with pytest.raises(IntegrityError), transaction.atomic():
        insert_rows(Mention._meta.db_table, MENTION_COLUMNS, rows)
    assert not Mention.objects.filter(article=article).exists()


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # a naive datetime's, as the field gives
def test_every_adapter_gives_what_get_db_prep_save_gives():
    """`value_adapter` and `value_adapter_parts` (the types kept as they are, tested inline
    by insert_objects and the history rows) agree with the field's own preparation for
    every concrete field of the app's models and their history models, on values of the
    types those fields hold; an aware datetime adapted twice (memoised) gives the same, and
    so do UTC's and an empty list (each written without the field's adaptation)."""
    from datetime import UTC, datetime, timedelta, timezone
    from zoneinfo import ZoneInfo

    from django.apps import apps
    from django.core.exceptions import ValidationError
    from django.db import connection

    from articles.services.rows import value_adapter, value_adapter_parts

    values = [
        None,
        0,
        7,
        2**40,
        True,
        False,
        "text",
        "",
        date(2024, 2, 29),
        datetime(2024, 2, 29, 12, 30, 5, 123456, tzinfo=UTC),
        datetime(2024, 2, 29, 14, 30, 5, 123456, tzinfo=timezone(timedelta(hours=2))),
        # UTC's (written as its text directly on SQLite), with no microseconds, folded,
        # now, and UTC from the zone database (another tzinfo: the general way)
        datetime(2024, 2, 29, 12, 30, 5, tzinfo=UTC),
        datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=UTC),
        datetime.now(UTC),
        datetime(2024, 2, 29, 12, 30, 5, 1, tzinfo=ZoneInfo("UTC")),
        [1, "a"],
        [],
        {},
        {"k": [1]},
    ]
    checked = 0
    # (the history models are the app's models too)
    for model in apps.get_app_config("articles").get_models(include_auto_created=True):
        for field in model._meta.concrete_fields:
            same, adapt = value_adapter_parts(field)
            assert adapt is value_adapter(field)
            for value in values:
                try:
                    expected = field.get_db_prep_save(value, connection)
                except (TypeError, ValueError, AttributeError, ValidationError):
                    continue  # not a value this field takes
                if type(value) in same:
                    assert _same(value, expected), (field, value)
                for _ in range(2):
                    assert _same(adapt(value), expected), (field, value)
                checked += 1
    assert checked > 500


def _same(ours: object, theirs: object) -> bool:
    """Equal values of one type; a driver's JSON wrapper (psycopg's Jsonb, which has no
    equality of its own) by the value it wraps."""
    return type(ours) is type(theirs) and getattr(ours, "obj", ours) == getattr(
        theirs, "obj", theirs
    )
