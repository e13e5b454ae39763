"""RSS and Atom feeds, parsed with feedparser as a reader's feed reader would."""

from __future__ import annotations

import feedparser
import pytest
from django.urls import reverse

from articles.models import Actor, Event
from tests.factories import (
    make_actor,
    make_article,
    make_event,
    make_negotiation,
    make_outlet,
    make_topic,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def timeline() -> dict:
    abe = make_actor("Shinzo Abe")
    proposed = make_actor("Atsuyuki Oike", status=Actor.Status.PROPOSED)
    autos = make_topic("Autos")
    talks = make_negotiation("US–Japan trade talks")
    article = make_article(
        title="Talks", body="Abe agreed on Wednesday.", outlet=make_outlet("PTI")
    )
    agreement = make_event(
        "Agreement <to> start talks", article=article, sentence="Abe agreed on Wednesday."
    )
    agreement.actors.set([abe, proposed])
    agreement.topics.set([autos])
    agreement.negotiations.set([talks])
    make_event("Steel tariffs", sentence="Tariffs rose on Monday.")
    make_event("Proposed event", status=Event.Status.PROPOSED)
    return {"abe": abe, "autos": autos, "talks": talks, "proposed": proposed}


def parse(client, url: str, params: dict | None = None):
    response = client.get(url, params or {})
    assert response.status_code == 200, response.content
    return response, feedparser.parse(response.content)


def titles(feed) -> list[str]:
    return [entry.title.split(" — ", 1)[1] for entry in feed.entries]


def test_rss_feed_of_the_whole_timeline(client, timeline):
    response, feed = parse(client, reverse("articles:feed-rss"))
    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert not feed.bozo
    assert sorted(titles(feed)) == ["Agreement <to> start talks", "Steel tariffs"]
    entry = next(e for e in feed.entries if "Agreement" in e.title)
    assert entry.title.startswith("26 Sep 2018")
    assert "Abe agreed on Wednesday." in entry.description
    assert "PTI" in entry.description
    event = Event.objects.get(title="Agreement <to> start talks")
    assert entry.link == "http://testserver" + event.get_absolute_url()


def test_atom_feed_of_the_whole_timeline(client, timeline):
    response, feed = parse(client, reverse("articles:feed-atom"))
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    assert not feed.bozo
    assert sorted(titles(feed)) == ["Agreement <to> start talks", "Steel tariffs"]


@pytest.mark.parametrize("name", ["articles:feed-rss", "articles:feed-atom"])
def test_feeds_take_the_timeline_query_string(client, timeline, name):
    _, feed = parse(client, reverse(name), {"actor": "shinzo-abe", "topic": "autos"})
    assert titles(feed) == ["Agreement <to> start talks"]
    assert "Shinzo Abe" in feed.feed.title
    assert "Autos" in feed.feed.title
    assert "actor=shinzo-abe" in feed.feed.link
    _, feed = parse(client, reverse(name), {"q": "tariffs"})
    assert titles(feed) == ["Steel tariffs"]


@pytest.mark.parametrize("name", ["articles:feed-rss", "articles:feed-atom"])
def test_bad_filters_get_a_400_naming_the_parameter(client, timeline, name):
    response = client.get(reverse(name), {"actor": "nobody", "date_to": "tomorrow"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "actor" in text
    assert "date_to" in text


@pytest.mark.parametrize(
    ("kind", "key", "expected"),
    [
        ("actor", "abe", "Shinzo Abe"),
        ("topic", "autos", "Autos"),
        ("negotiation", "talks", "US–Japan trade talks"),
    ],
)
@pytest.mark.parametrize("flavour", ["rss", "atom"])
def test_one_feed_per_actor_topic_and_negotiation(client, timeline, kind, key, expected, flavour):
    url = reverse(f"articles:feed-{kind}-{flavour}", args=[timeline[key].slug])
    _, feed = parse(client, url)
    assert expected in feed.feed.title
    assert titles(feed) == ["Agreement <to> start talks"]


def test_subject_feeds_answer_404_for_unknown_or_unpublished_subjects(client, timeline):
    assert client.get(reverse("articles:feed-actor-rss", args=["nobody"])).status_code == 404
    url = reverse("articles:feed-actor-rss", args=[timeline["proposed"].slug])
    assert client.get(url).status_code == 404


def test_a_filtered_feed_of_the_seeds_matches_the_api(client, seeded):
    params = {"actor": "shinzo-abe", "date_from": "2018-09"}
    _, feed = parse(client, reverse("articles:feed-rss"), params)
    assert "Shinzo Abe" in feed.feed.title
    assert any("26 Sep 2018" in entry.title for entry in feed.entries)
    api_titles = [e["title"] for e in client.get("/api/events", params).json()["results"]]
    assert [t.removeprefix("Planned: ") for t in titles(feed)] == api_titles
