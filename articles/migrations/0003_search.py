"""Full-text search indexes, kept current by the database itself.

PostgreSQL: a stored, weighted `search_vector` tsvector column on articles (title A, body B)
and on events (title A, summary and the sentences cited from published articles B), each
with a GIN index. SQLite: FTS5 tables `articles_article_fts` and `articles_event_fts` whose
rowid is the article's or event's id.

Triggers rather than a service call or a GeneratedField: every write path (the importer, the
admin, a bulk update, a raw SQL fix) keeps the index current, and an event's text spans the
evidence table, which a generated column cannot read. The columns are not model fields, so
the ORM never selects or writes them; `articles/search.py` reads them.
"""

from django.db import migrations

# The text an event is searched by, besides its title: its summary and every sentence cited
# from a published article. A hidden article's sentences must never surface in results.
PG_FUNCTIONS = """
CREATE FUNCTION articles_article_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(NEW.body, '')), 'B');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION articles_event_search_vector() RETURNS trigger AS $$
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

-- Touching the event's row makes its BEFORE UPDATE trigger recompute the vector.
CREATE FUNCTION articles_evidence_refresh_event() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE articles_event SET search_vector = NULL WHERE id = OLD.event_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE articles_event SET search_vector = NULL WHERE id = NEW.event_id;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION articles_article_status_refresh_events() RETURNS trigger AS $$
BEGIN
    UPDATE articles_event SET search_vector = NULL
    WHERE id IN (SELECT event_id FROM articles_evidence WHERE article_id = NEW.id);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
"""

PG_FORWARD = f"""
ALTER TABLE articles_article ADD COLUMN search_vector tsvector;
ALTER TABLE articles_event ADD COLUMN search_vector tsvector;
{PG_FUNCTIONS}
CREATE TRIGGER articles_article_search_vector_trigger
    BEFORE INSERT OR UPDATE OF title, body, search_vector ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_article_search_vector();
CREATE TRIGGER articles_event_search_vector_trigger
    BEFORE INSERT OR UPDATE OF title, summary, search_vector ON articles_event
    FOR EACH ROW EXECUTE FUNCTION articles_event_search_vector();
CREATE TRIGGER articles_evidence_refresh_event_trigger
    AFTER INSERT OR UPDATE OR DELETE ON articles_evidence
    FOR EACH ROW EXECUTE FUNCTION articles_evidence_refresh_event();
CREATE TRIGGER articles_article_status_refresh_events_trigger
    AFTER UPDATE OF status ON articles_article
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION articles_article_status_refresh_events();
UPDATE articles_article SET search_vector = NULL;
UPDATE articles_event SET search_vector = NULL;
CREATE INDEX article_search_vector_idx ON articles_article USING GIN (search_vector);
CREATE INDEX event_search_vector_idx ON articles_event USING GIN (search_vector);
"""

PG_BACKWARD = """
DROP TRIGGER IF EXISTS articles_article_status_refresh_events_trigger ON articles_article;
DROP TRIGGER IF EXISTS articles_evidence_refresh_event_trigger ON articles_evidence;
DROP TRIGGER IF EXISTS articles_event_search_vector_trigger ON articles_event;
DROP TRIGGER IF EXISTS articles_article_search_vector_trigger ON articles_article;
DROP FUNCTION IF EXISTS articles_article_status_refresh_events();
DROP FUNCTION IF EXISTS articles_evidence_refresh_event();
DROP FUNCTION IF EXISTS articles_event_search_vector();
DROP FUNCTION IF EXISTS articles_article_search_vector();
ALTER TABLE articles_event DROP COLUMN IF EXISTS search_vector;
ALTER TABLE articles_article DROP COLUMN IF EXISTS search_vector;
"""

# SQLite: rewrite an event's row in the FTS table from its current text.
SQLITE_EVENT_REFRESH = """
DELETE FROM articles_event_fts WHERE rowid = {id};
INSERT INTO articles_event_fts (rowid, title, body)
    SELECT e.id, e.title, coalesce(e.summary, '') || ' ' || coalesce((
        SELECT group_concat(ev.sentence, ' ')
        FROM articles_evidence ev JOIN articles_article a ON a.id = ev.article_id
        WHERE ev.event_id = e.id AND a.status = 'published'
    ), '')
    FROM articles_event e WHERE e.id = {id};
"""

TOKENIZER = "porter unicode61 remove_diacritics 2"

SQLITE_FORWARD = [
    f"CREATE VIRTUAL TABLE articles_article_fts USING fts5(title, body, tokenize='{TOKENIZER}')",
    f"CREATE VIRTUAL TABLE articles_event_fts USING fts5(title, body, tokenize='{TOKENIZER}')",
    """CREATE TRIGGER articles_article_fts_insert AFTER INSERT ON articles_article BEGIN
        INSERT INTO articles_article_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
    END""",
    """CREATE TRIGGER articles_article_fts_update AFTER UPDATE OF title, body ON articles_article
    BEGIN
        DELETE FROM articles_article_fts WHERE rowid = OLD.id;
        INSERT INTO articles_article_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
    END""",
    """CREATE TRIGGER articles_article_fts_delete AFTER DELETE ON articles_article BEGIN
        DELETE FROM articles_article_fts WHERE rowid = OLD.id;
    END""",
    """CREATE TRIGGER articles_article_status_fts AFTER UPDATE OF status ON articles_article
    WHEN OLD.status IS NOT NEW.status BEGIN
        UPDATE articles_event SET title = title
        WHERE id IN (SELECT event_id FROM articles_evidence WHERE article_id = NEW.id);
    END""",
    f"""CREATE TRIGGER articles_event_fts_insert AFTER INSERT ON articles_event BEGIN
        {SQLITE_EVENT_REFRESH.format(id="NEW.id")}
    END""",
    f"""CREATE TRIGGER articles_event_fts_update AFTER UPDATE OF title, summary ON articles_event
    BEGIN
        {SQLITE_EVENT_REFRESH.format(id="NEW.id")}
    END""",
    """CREATE TRIGGER articles_event_fts_delete AFTER DELETE ON articles_event BEGIN
        DELETE FROM articles_event_fts WHERE rowid = OLD.id;
    END""",
    f"""CREATE TRIGGER articles_evidence_fts_insert AFTER INSERT ON articles_evidence BEGIN
        {SQLITE_EVENT_REFRESH.format(id="NEW.event_id")}
    END""",
    f"""CREATE TRIGGER articles_evidence_fts_update AFTER UPDATE ON articles_evidence BEGIN
        {SQLITE_EVENT_REFRESH.format(id="OLD.event_id")}
        {SQLITE_EVENT_REFRESH.format(id="NEW.event_id")}
    END""",
    f"""CREATE TRIGGER articles_evidence_fts_delete AFTER DELETE ON articles_evidence BEGIN
        {SQLITE_EVENT_REFRESH.format(id="OLD.event_id")}
    END""",
    "INSERT INTO articles_article_fts (rowid, title, body) SELECT id, title, body FROM articles_article",
    "UPDATE articles_event SET title = title",
]

SQLITE_BACKWARD = [
    *(
        f"DROP TRIGGER IF EXISTS {name}"
        for name in (
            "articles_article_fts_insert",
            "articles_article_fts_update",
            "articles_article_fts_delete",
            "articles_article_status_fts",
            "articles_event_fts_insert",
            "articles_event_fts_update",
            "articles_event_fts_delete",
            "articles_evidence_fts_insert",
            "articles_evidence_fts_update",
            "articles_evidence_fts_delete",
        )
    ),
    "DROP TABLE IF EXISTS articles_event_fts",
    "DROP TABLE IF EXISTS articles_article_fts",
]


def run_statements(statements: dict[str, list[str] | str]):
    """Return a RunPython function running the statements for the connection's vendor."""

    def run(apps, schema_editor):
        sql = statements.get(schema_editor.connection.vendor)
        if sql is None:
            return
        for statement in [sql] if isinstance(sql, str) else sql:
            schema_editor.execute(statement, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_curator_group")]

    operations = [
        migrations.RunPython(
            run_statements({"postgresql": PG_FORWARD, "sqlite": SQLITE_FORWARD}),
            run_statements({"postgresql": PG_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        )
    ]
