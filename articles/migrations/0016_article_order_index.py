"""An index in the articles' default order, newest first and undated last, so that a list
filtered by what no index serves (the admin's search) reads articles in order and stops at
a page's worth instead of sorting every match.

Written per database: SQLite refuses NULLS LAST in an index, and its descending order puts
NULLs last already; PostgreSQL's puts them first unless told.
"""

from django.db import migrations

CREATE = {
    "postgresql": "CREATE INDEX article_order_idx ON articles_article "
    "(published DESC NULLS LAST, id DESC)",
    "sqlite": "CREATE INDEX article_order_idx ON articles_article (published DESC, id DESC)",
}


def create(apps, schema_editor):
    sql = CREATE.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql, params=None)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor in CREATE:
        schema_editor.execute("DROP INDEX IF EXISTS article_order_idx", params=None)


class Migration(migrations.Migration):
    dependencies = [("articles", "0015_undated_articles_last")]

    operations = [migrations.RunPython(create, drop)]
