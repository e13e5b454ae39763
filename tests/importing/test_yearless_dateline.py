"""A wire story whose dateline names no year ("TOKYO, Sept 26 (AFP) -") takes its year from
the import's context, an inferred date, only when that date agrees with the dateline's day."""

from datetime import date

import pytest
from django.core.management import call_command

from articles.models import Article
from tests.conftest import SEED_DIR

pytestmark = pytest.mark.django_db

A000 = "000_7ebeab9dd9c4cfc7.txt"
A002 = "002_9f34facc09c96229.txt"
A004 = "004_8f2b0b0c3f281717.txt"


@pytest.mark.parametrize(
    ("dateline", "published", "how"),
    [
        ("TOKYO, Sept 26 (AFP) - ", date(2018, 9, 26), "inferred"),
        ("TOKYO, Sept 27 (AFP) - ", date(2018, 9, 26), "inferred"),  # a time zone away
        ("TOKYO, Oct 3 (AFP) - ", None, "unknown"),  # a week away: no year is invented
    ],
)
def test_a_yearless_dateline_must_agree_with_an_inferred_date(
    reference_data, tmp_path, dateline, published, how
):
    call_command("import_articles", str(SEED_DIR / A000), str(SEED_DIR / A002), verbosity=0)
    wire = tmp_path / "wire.txt"
    wire.write_text(dateline + (SEED_DIR / A004).read_text())
    call_command("import_articles", str(wire), verbosity=0)
    article = Article.objects.get(origin__endswith="wire.txt")
    assert (article.published, article.published_how) == (published, how)
