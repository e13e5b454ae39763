"""A wire story whose dateline names no year ("TOKYO, Sept 26 (AFP) -") takes its year from
the import's context, an inferred date, only when that date agrees with the dateline's day."""

import io
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.extraction.actors import ActorMatcher
from articles.extraction.formats import read_path
from articles.models import Article, Evidence
from articles.services import articles_import, importing
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


# eu_uae of the clustering probe (tests/importing/clusters/): the wire story's dateline
# "BRUSSELS, Nov 9 (Brussels Briefing) -" gives no year, and the other two outlets date it.
EU_UAE = Path(__file__).resolve().parent / "clusters" / "eu_uae"
WIRE = EU_UAE / "brusselsbriefing_eu_uae.txt"
OTHERS = [EU_UAE / "gulfeconomic_eu_uae.json", EU_UAE / "rhinetradereview_eu_uae.md"]


def _round_events(article: Article) -> set[int]:
    """The events the article's report of the second round (on Monday) is evidence of."""
    return set(
        Evidence.objects.filter(article=article, sentence__contains="second round").values_list(
            "event_id", flat=True
        )
    )


@pytest.mark.parametrize("mode", ["one-run", "a-later-run", "wire-imported-again"])
def test_an_undated_article_is_dated_and_its_events_placed_once_others_date_it(
    reference_data, monkeypatch, mode
):
    """Imported before any article it could be dated from, the wire story has no date and
    no event for "on Monday". In the same run, once the run's later articles are stored,
    or in the later run that stores them, or (past the articles a run tries) imported
    again unchanged, its date is inferred from them and its relative dates make events:
    its second round joins theirs."""
    others = [doc for path in OTHERS for doc in read_path(path)]
    if mode == "one-run":
        articles_import(documents=[*read_path(WIRE), *others])
    else:
        articles_import(documents=read_path(WIRE))
        wire = Article.objects.get(origin=WIRE.name)
        assert (wire.published, wire.published_how) == (None, "unknown")
        assert not _round_events(wire)
        if mode == "wire-imported-again":
            monkeypatch.setattr(importing, "EARLIER_UNDATED_TRIED", 0)
        report = articles_import(documents=others)
        if mode == "a-later-run":
            assert [(o.origin, o.status) for o in report.dated_earlier] == [(WIRE.name, "updated")]
            assert report.summary().endswith("; earlier undated articles dated: 1")
            assert [o.status for o in articles_import(documents=read_path(WIRE)).outcomes] == [
                "unchanged"
            ]
        else:
            assert report.dated_earlier == []
            report = articles_import(documents=read_path(WIRE))
            assert [o.status for o in report.outcomes] == ["updated"]
    wire = Article.objects.get(origin=WIRE.name)
    # the date of the article it is dated from (the dateline's day, or the day after it)
    assert wire.published in (date(2026, 11, 9), date(2026, 11, 10))
    assert wire.published_how == "inferred"
    placed = _round_events(wire)
    assert len(placed) == 1
    others = Article.objects.filter(origin__in=[path.name for path in OTHERS])
    assert {event for other in others for event in _round_events(other)} == placed


def test_an_undated_article_that_still_cannot_be_dated_is_left_unchanged(reference_data):
    articles_import(documents=read_path(WIRE))
    report = articles_import(documents=read_path(WIRE))
    assert [o.status for o in report.outcomes] == ["unchanged"]
    assert Article.objects.get(origin=WIRE.name).published is None


def test_the_command_names_an_earlier_article_it_dated(reference_data, capsys):
    call_command("import_articles", str(WIRE), verbosity=0)
    call_command("import_articles", *map(str, OTHERS), verbosity=1)
    out = capsys.readouterr().out
    assert f"{WIRE.name}: updated (publication date 2026-11-" in out
    assert "earlier undated articles dated: 1" in out


def test_the_command_tells_the_story_of_an_article_its_own_run_dates(reference_data):
    """The wire story is queued when it is stored first, then dated once the others are:
    the command prints both, the second saying what dated it."""
    out = io.StringIO()
    call_command("import_articles", str(WIRE), *map(str, OTHERS), stdout=out)
    told = [line for line in out.getvalue().splitlines() if line.startswith(WIRE.name)]
    wire = Article.objects.get(origin=WIRE.name)
    assert told == [
        f"{WIRE.name}: created (publication date unknown: queued for review)",
        f"{WIRE.name}: created (dated once the run's other articles were stored: "
        f"publication date {wire.published} inferred from {wire.published_from.origin})",
    ]
    assert "articles: 3 created, 0 updated" in out.getvalue()


def test_an_earlier_article_dated_by_a_later_run_is_extracted_once(reference_data, monkeypatch):
    """The inference extracts the wire story anchored to the date it finds; its
    re-extraction with that date is that extraction, not a second one (its actors would
    be found twice)."""
    articles_import(documents=read_path(WIRE))
    body = Article.objects.get(origin=WIRE.name).body
    searched = []
    find_mentions = ActorMatcher.find_mentions

    def counting(self, text, *args, **kwargs):
        if text == body:
            searched.append(text)
        return find_mentions(self, text, *args, **kwargs)

    monkeypatch.setattr(ActorMatcher, "find_mentions", counting)
    report = articles_import(documents=[doc for path in OTHERS for doc in read_path(path)])
    assert [(o.origin, o.status) for o in report.dated_earlier] == [(WIRE.name, "updated")]
    assert len(searched) == 1
