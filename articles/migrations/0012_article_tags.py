"""Adds Article.tags: the subjects the source stated, kept so that re-extraction counts them.

On SQLite, Django adds a NOT NULL column by rebuilding the table, which would drop the
article table's full-text triggers (0003_search) and trips over the event table's triggers
that read it. ALTER TABLE ... ADD COLUMN with a constant default adds it in place, on both
databases (the column keeps that default, as db_default declares).
"""

from django.db import migrations, models

HELP = (
    "The subjects the source stated (front matter tags, feed categories, page keywords), "
    "one per line: evidence for the article's topics."
)
TABLES = ("articles_article", "articles_historicalarticle")


def _field() -> models.TextField:
    return models.TextField(blank=True, default="", db_default="", help_text=HELP)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0011_confirm_world_countries"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(model_name="article", name="tags", field=_field()),
                migrations.AddField(model_name="historicalarticle", name="tags", field=_field()),
            ],
            database_operations=[
                migrations.RunSQL(
                    f"ALTER TABLE {table} ADD COLUMN \"tags\" text DEFAULT '' NOT NULL",
                    f'ALTER TABLE {table} DROP COLUMN "tags"',
                )
                for table in TABLES
            ],
        )
    ]
