"""`export_timeline`: what is stored, for curators and for scoring the importer."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command

from articles.models import Actor, Article, Event, Mention
from tests.factories import make_actor, make_article, make_event, make_quote, make_topic

pytestmark = pytest.mark.django_db


def export(*args: str) -> str:
    out = io.StringIO()
    call_command("export_timeline", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def stored() -> dict:
    trump = make_actor("Donald Trump")
    oike = make_actor("Atsuyuki Oike", status=Actor.Status.PROPOSED)
    removed = make_actor("Removed Person")
    rejected = make_actor("Prime Minister", status=Actor.Status.REJECTED)
    article = make_article(title="Talks", body="Trump and Oike talked.", origin="000_a.txt")
    Mention.objects.create(article=article, actor=trump, first_offset=0)
    Mention.objects.create(article=article, actor=oike, first_offset=10)
    Mention.objects.create(article=article, actor=removed, first_offset=12, removed=True)
    Mention.objects.create(article=article, actor=rejected, first_offset=14)
    article.topic_links.create(topic=make_topic("Autos"), count=2)
    make_quote(article, "talked", speaker=trump)
    confirmed = make_event("Talks held", article=article, sentence="Trump and Oike talked.")
    proposed = make_event(
        "Talks planned", article=article, sentence="Oike talked.", status=Event.Status.PROPOSED
    )
    hidden_event = make_event("Hidden event", status=Event.Status.HIDDEN)
    hidden_article = make_article(
        title="Hidden", body="Hidden text.", origin="009_h.txt", status=Article.Status.HIDDEN
    )
    return {
        "confirmed": confirmed,
        "proposed": proposed,
        "hidden_event": hidden_event,
        "hidden_article": hidden_article,
    }


def test_json_has_the_scored_shape(stored):
    data = json.loads(export("--format", "json"))
    article = next(a for a in data["articles"] if a["origin"] == "000_a.txt")
    assert article["actors"] == ["Donald Trump"]
    assert article["proposed_actors"] == ["Atsuyuki Oike"]
    assert article["topics"] == ["Autos"]
    assert article["quotes"] == [{"speaker": "Donald Trump", "text": "talked"}]
    assert article["published"] == "2018-09-26"
    assert article["published_how"] == "stated"
    for key in ("title", "outlet", "author"):
        assert key in article
    events = {e["title"]: e for e in data["events"]}
    assert events["Talks held"]["status"] == "confirmed"
    assert events["Talks planned"]["status"] == "proposed"
    assert events["Talks held"]["evidence"] == [
        {
            **events["Talks held"]["evidence"][0],
            "origin": "000_a.txt",
            "sentence": "Trump and Oike talked.",
        }
    ]
    for key in ("date", "precision", "planned", "kind", "actors", "topics"):
        assert key in events["Talks held"]


def test_hidden_items_are_left_out_unless_asked_for(stored):
    data = json.loads(export())
    assert "009_h.txt" not in [a["origin"] for a in data["articles"]]
    assert "Hidden event" not in [e["title"] for e in data["events"]]
    data = json.loads(export("--include-hidden"))
    assert "009_h.txt" in [a["origin"] for a in data["articles"]]
    hidden = next(e for e in data["events"] if e["title"] == "Hidden event")
    assert hidden["status"] == "hidden"


def test_an_event_cited_only_by_hidden_articles_is_left_out(stored):
    make_event("Only hidden", article=stored["hidden_article"], sentence="Hidden text.")
    assert "Only hidden" not in export()
    assert "Only hidden" in export("--include-hidden")


def test_csv_and_timelinejs_formats(stored):
    rows = list(csv.DictReader(io.StringIO(export("--format", "csv"))))
    assert {r["title"]: r["status"] for r in rows} == {
        "Talks held": "confirmed",
        "Talks planned": "proposed",
    }
    rows = list(csv.DictReader(io.StringIO(export("--format", "csv", "--table", "articles"))))
    assert rows[0]["proposed_actors"] == "Atsuyuki Oike"
    slides = json.loads(export("--format", "timelinejs"))["events"]
    assert len(slides) == 2


def test_output_file(stored, tmp_path):
    target = tmp_path / "timeline.json"
    out = io.StringIO()
    call_command("export_timeline", "--output", str(target), stdout=out)
    assert json.loads(target.read_text())["events"]
    assert "Wrote 2 events" in out.getvalue()
    with pytest.raises(CommandError, match="cannot write"):
        call_command("export_timeline", "--output", str(tmp_path / "missing" / "x.json"))


def test_an_export_failing_halfway_leaves_the_earlier_file_as_it_was(stored, tmp_path, monkeypatch):
    target = tmp_path / "timeline.json"
    target.write_text("the earlier export\n")

    def failing(*args, **kwargs):
        yield '{"articles": ['
        raise RuntimeError("the database went away")

    monkeypatch.setattr("articles.exports.export_pieces", failing)
    with pytest.raises(RuntimeError):
        call_command("export_timeline", "--output", str(target))
    assert target.read_text() == "the earlier export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.json"]


def test_the_seeds_export_in_the_scored_shape(seeded):
    data = json.loads(export("--format", "json"))
    articles = {a["origin"][:3]: a for a in data["articles"]}
    assert set(articles) == {"000", "002", "004"}
    assert articles["004"]["proposed_actors"] == ["Atsuyuki Oike"]
    assert "Atsuyuki Oike" not in articles["004"]["actors"]
    assert articles["002"]["published_how"] == "caption"
    agreement = [e for e in data["events"] if e["date"] == "2018-09-26" and len(e["evidence"]) == 3]
    assert len(agreement) == 1
    assert agreement[0]["precision"] == "day"
    assert {e["status"] for e in data["events"]} <= {"confirmed", "proposed"}
