"""The download views: CSV, JSON and TimelineJS of the filtered public timeline."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from django.urls import reverse

from articles.models import Actor, Article, Event, Mention
from tests.factories import (
    make_actor,
    make_article,
    make_event,
    make_outlet,
    make_quote,
    make_topic,
)

pytestmark = pytest.mark.django_db


def body(response) -> bytes:
    """The whole of a streamed download."""
    assert response.streaming
    return b"".join(response.streaming_content)


@pytest.fixture
def timeline() -> dict:
    outlet = make_outlet("The Associated Press")
    abe = make_actor("Shinzo Abe")
    trump = make_actor("Donald Trump")
    oike = make_actor("Atsuyuki Oike", status=Actor.Status.PROPOSED)
    autos = make_topic("Autos")
    article = make_article(
        title="Talks agreed",
        body="Abe and Trump agreed on Wednesday to start talks. Oike said “We will talk.”",
        outlet=outlet,
        origin="000_talks.txt",
    )
    Mention.objects.create(article=article, actor=abe, first_offset=0)
    Mention.objects.create(article=article, actor=trump, first_offset=8)
    Mention.objects.create(article=article, actor=oike, first_offset=50)
    make_quote(article, "We will talk.", speaker=oike)
    agreement = make_event(
        "Agreement to start talks",
        article=article,
        sentence="Abe and Trump agreed on Wednesday to start talks.",
    )
    agreement.actors.set([abe, trump])
    agreement.topics.set([autos])
    steel = make_event("=SUM(A1) steel tariffs", date=date(2018, 5, 1), precision="month")
    make_event("Proposed meeting", status=Event.Status.PROPOSED)
    hidden = make_article(title="Hidden", body="Hidden body.", status=Article.Status.HIDDEN)
    return {"agreement": agreement, "steel": steel, "article": article, "hidden": hidden}


def test_json_export_has_the_scored_shape(client, timeline):
    response = client.get(reverse("articles:export-json"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(body(response))
    assert [e["title"] for e in data["events"]] == [
        "Agreement to start talks",
        "=SUM(A1) steel tariffs",
    ]
    event = data["events"][0]
    assert event["date"] == "2018-09-26"
    assert event["precision"] == "day"
    assert event["planned"] is False
    assert event["kind"] == "other"
    assert event["actors"] == ["Donald Trump", "Shinzo Abe"]
    assert event["topics"] == ["Autos"]
    assert event["sources"] == ["The Associated Press"]
    assert event["evidence"][0]["origin"] == "000_talks.txt"
    assert event["evidence"][0]["sentence"].startswith("Abe and Trump agreed")
    origins = [a["origin"] for a in data["articles"]]
    assert "000_talks.txt" in origins
    article = next(a for a in data["articles"] if a["origin"] == "000_talks.txt")
    assert article["outlet"] == "The Associated Press"
    assert article["published"] == "2018-09-26"
    assert article["published_how"] == "stated"
    assert article["actors"] == ["Shinzo Abe", "Donald Trump"]
    assert article["topics"] == []
    # The speaker is only proposed: the public download does not name them yet.
    assert article["quotes"] == [{"speaker": None, "text": "We will talk."}]
    # Nothing unreviewed or hidden is published.
    assert "proposed_actors" not in article
    assert "Hidden" not in [a["title"] for a in data["articles"]]


def test_exports_use_the_timeline_filters(client, timeline):
    data = json.loads(body(client.get(reverse("articles:export-json"), {"topic": "autos"})))
    assert [e["title"] for e in data["events"]] == ["Agreement to start talks"]
    assert [a["origin"] for a in data["articles"]] == ["000_talks.txt"]
    data = json.loads(body(client.get(reverse("articles:export-json"), {"q": "tariffs"})))
    assert [e["title"] for e in data["events"]] == ["=SUM(A1) steel tariffs"]


@pytest.mark.parametrize("name", ["articles:export-csv", "articles:export-json"])
def test_bad_filters_get_a_400_naming_the_parameter(client, timeline, name):
    response = client.get(reverse(name), {"topic": "no-such-topic", "date_from": "soon"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "topic" in text
    assert "date_from" in text


def test_csv_export_has_one_row_per_event_and_defuses_formulas(client, timeline):
    response = client.get(reverse("articles:export-csv"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body(response).decode())))
    assert [r["title"] for r in rows] == ["Agreement to start talks", "'=SUM(A1) steel tariffs"]
    assert rows[0]["actors"] == "Donald Trump; Shinzo Abe"
    assert rows[0]["origins"] == "000_talks.txt"
    assert rows[0]["planned"] == "no"


def test_csv_export_of_articles(client, timeline):
    response = client.get(reverse("articles:export-csv"), {"table": "articles"})
    rows = list(csv.DictReader(io.StringIO(body(response).decode())))
    assert "000_talks.txt" in [r["origin"] for r in rows]
    assert "Hidden" not in [r["title"] for r in rows]
    assert "proposed_actors" not in rows[0]
    assert client.get(reverse("articles:export-csv"), {"table": "x"}).status_code == 400


def test_timelinejs_export(client, timeline):
    response = client.get(reverse("articles:export-timelinejs"))
    assert response.status_code == 200
    data = json.loads(body(response))
    assert data["title"]["text"]["headline"] == "TradeWatch"
    slides = {s["unique_id"]: s for s in data["events"]}
    agreement = slides[f"event-{timeline['agreement'].pk}"]
    assert agreement["start_date"] == {"year": 2018, "month": 9, "day": 26}
    assert "Abe and Trump agreed" in agreement["text"]["text"]
    steel = slides[f"event-{timeline['steel'].pk}"]
    assert steel["start_date"] == {"year": 2018, "month": 5}
    # Oldest first, as TimelineJS reads them.
    assert list(slides) == [f"event-{timeline['steel'].pk}", f"event-{timeline['agreement'].pk}"]


def test_timelinejs_text_is_escaped(client):
    make_event("<script>alert(1)</script>", sentence="<b>bold</b> claim on Wednesday.")
    data = json.loads(body(client.get(reverse("articles:export-timelinejs"))))
    slide = data["events"][0]
    assert "<script>" not in slide["text"]["headline"]
    assert "<b>" not in slide["text"]["text"]
    assert "&lt;b&gt;" in slide["text"]["text"]


def test_an_export_reads_its_events_a_chunk_at_a_time_with_the_same_result(
    client, timeline, monkeypatch, django_assert_max_num_queries
):
    for n in range(5):
        event = make_event(f"Round {n} of talks", date=date(2018, 10, n + 1))
        event.actors.set([timeline["agreement"].actors.first()])
    urls = [reverse(f"articles:export-{name}") for name in ("json", "csv", "timelinejs")]
    whole = [body(client.get(url)) for url in urls]

    monkeypatch.setattr("articles.exports.EXPORT_CHUNK", 2)  # 8 events: four chunks
    article_chunks = -(-Article.objects.published().count() // 2)
    # Each download: the events and 4 queries a chunk; the JSON also the articles and 3
    # queries a chunk of them; the TimelineJS the count of its events.
    budget = 3 * (1 + 4 * 4) + (1 + 3 * article_chunks) + 1
    with django_assert_max_num_queries(budget) as captured:
        chunked = [body(client.get(url)) for url in urls]

    assert chunked == whole
    assert b"Round 4 of talks" in whole[0]
    # names and sentences, never an article's whole text (5 kB an evidence row)
    assert not any('"articles_article"."body"' in q["sql"] for q in captured.captured_queries)
