"""PostgreSQL: an event inserted while an import defers search refreshes gets its vector
when the batch ends, not twice; the vector reads the event's evidence first, always.

The importer inserts each new event and then, at its batch's end, refreshes the search
vector of every event it touched (`events_refresh`, with the evidence the batch added).
The vector the insert trigger computed from the title and summary alone was thrown away
by that refresh. While `tradewatch.search_deferred` is on (SET LOCAL, inside the import's
transaction; see 0007) the insert leaves it NULL; the refresh, run after the setting is
turned off, computes it. Every other write path computes it at once, as before.

The sentences were read with a join the planner could start from the articles' side: with
statistics that lag behind (a large import before autovacuum's ANALYZE) it scanned every
published article for each event, a cost growing with the corpus. The evidence of one
event is now read on its index and each sentence's article looked up by its key.
"""

from django.db import migrations

FORWARD = """
CREATE OR REPLACE FUNCTION articles_event_search_vector() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' AND current_setting('tradewatch.search_deferred', true) = 'on' THEN
        RETURN NEW;
    END IF;
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(NEW.summary, '') || ' ' || coalesce((
            SELECT string_agg(ev.sentence, ' ' ORDER BY ev.id)
            FROM articles_evidence ev
            WHERE ev.event_id = NEW.id AND (
                SELECT a.status FROM articles_article a WHERE a.id = ev.article_id
            ) = 'published'
        ), '')), 'B');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
"""
# The function as migration 0003 created it.
BACKWARD = """
CREATE OR REPLACE FUNCTION articles_event_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(NEW.summary, '') || ' ' || coalesce((
            SELECT string_agg(ev.sentence, ' ' ORDER BY ev.id)
            FROM articles_evidence ev
            JOIN articles_article a ON a.id = ev.article_id
            WHERE ev.event_id = NEW.id AND a.status = 'published'
        ), '')), 'B');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":  # SQLite's FTS is left as it is
        schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("articles", "0007_deferred_event_search_refresh")]

    operations = [migrations.RunPython(forward, backward)]
