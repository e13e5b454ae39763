"""PostgreSQL: an import may defer the refresh of events' search vectors to its batch's end.

Each evidence row inserted used to rewrite its event's row at once (a non-HOT update that
adds entries to every index of the event table, the GIN one included) to recompute the
search vector. An import inserts several evidence rows per event within one batch, so the
importer sets `tradewatch.search_deferred` (SET LOCAL, inside its transaction) and refreshes
each event it touched once, when the batch ends. Every other write path, and updates and
deletes of evidence, still refresh at once, so search results are the same. SQLite keeps
its FTS triggers as they are (their cost there is small).
"""

from django.db import migrations

_BODY = """
CREATE OR REPLACE FUNCTION articles_evidence_refresh_event() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE articles_event SET search_vector = NULL WHERE id = OLD.event_id;
    END IF;
    {deferral}
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE articles_event SET search_vector = NULL WHERE id = NEW.event_id;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
"""
DEFERRAL = """IF TG_OP = 'INSERT' AND current_setting('tradewatch.search_deferred', true) = 'on' THEN
        RETURN NULL;
    END IF;"""


def replace_function(deferral: str):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(_BODY.format(deferral=deferral), params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_event_precision_date_id_index")]

    operations = [migrations.RunPython(replace_function(DEFERRAL), replace_function(""))]
