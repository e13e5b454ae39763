"""SQLite: an import may defer the refresh of events' full-text rows to its batch's end.

Each evidence row inserted rewrote its event's FTS row from all of the event's evidence
(0003), so an event cited by n reports cost n refreshes, each reading n sentences: a cost
growing with the square of a busy event's sources. As on PostgreSQL (0007, 0008), the
importer now marks its transaction and refreshes each event it touched once, when the
batch ends. SQLite has no transaction-local setting, so the mark is a row in
`articles_search_deferral`, written and deleted inside the import's transaction (other
connections never see it; a rollback removes it). The insert triggers of events and
evidence skip while it is there; updates and deletes, and every other write path, still
refresh at once, so search results are the same.
"""

from importlib import import_module

from django.db import migrations

REFRESH = import_module("articles.migrations.0003_search").SQLITE_EVENT_REFRESH
DEFERRAL_TABLE = "articles_search_deferral"


def _triggers(when: str) -> list[str]:
    return [
        "DROP TRIGGER IF EXISTS articles_event_fts_insert",
        "DROP TRIGGER IF EXISTS articles_evidence_fts_insert",
        f"""CREATE TRIGGER articles_event_fts_insert AFTER INSERT ON articles_event {when} BEGIN
        {REFRESH.format(id="NEW.id")}
    END""",
        f"""CREATE TRIGGER articles_evidence_fts_insert AFTER INSERT ON articles_evidence {when}
    BEGIN
        {REFRESH.format(id="NEW.event_id")}
    END""",
    ]


FORWARD = [
    f"CREATE TABLE IF NOT EXISTS {DEFERRAL_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1))",
    *_triggers(f"WHEN NOT EXISTS (SELECT 1 FROM {DEFERRAL_TABLE})"),
]
BACKWARD = [*_triggers(""), f"DROP TABLE IF EXISTS {DEFERRAL_TABLE}"]


def run(statements: list[str]):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for statement in statements:
                schema_editor.execute(statement, params=None)

    return apply


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_event_search_vector_deferred_on_insert")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
