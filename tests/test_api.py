"""The read-only JSON API: each endpoint and filter, visibility, headers, and the OpenAPI
schema checked by schemathesis (a bounded number of examples per operation)."""

from __future__ import annotations

from datetime import date

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from articles.api import api
from articles.models import Actor, Article, Event, Mention
from tests.factories import (
    make_actor,
    make_article,
    make_event,
    make_negotiation,
    make_outlet,
    make_quote,
    make_topic,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def data() -> dict:
    japan = make_actor("Japan", kind=Actor.Kind.COUNTRY)
    abe = make_actor("Shinzo Abe", country=japan)
    proposed = make_actor("Atsuyuki Oike", status=Actor.Status.PROPOSED)
    autos = make_topic("Autos")
    talks = make_negotiation("US–Japan trade talks")
    talks.parties.set([japan])
    outlet = make_outlet("PTI")
    article = make_article(
        title="Abe agrees", body="Abe agreed on Wednesday to start talks.", outlet=outlet
    )
    Mention.objects.create(article=article, actor=abe)
    Mention.objects.create(article=article, actor=proposed, first_offset=5)
    make_quote(article, "start talks", speaker=abe)
    agreement = make_event(
        "Agreement to start talks", article=article, sentence="Abe agreed on Wednesday."
    )
    agreement.actors.set([abe, proposed])
    agreement.topics.set([autos])
    agreement.negotiations.set([talks])
    steel = make_event("Steel tariffs", date=date(2018, 5, 1), precision="month", planned=True)
    proposed_event = make_event("Proposed event", status=Event.Status.PROPOSED)
    hidden = make_article(title="Hidden", body="Hidden text.", status=Article.Status.HIDDEN)
    return locals()


def titles(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["results"]]


def test_events_list_is_paginated_in_timeline_order(client, data):
    response = client.get("/api/events")
    assert titles(response) == ["Agreement to start talks", "Steel tariffs"]
    body = response.json()
    assert (body["count"], body["page"], body["pages"]) == (2, 1, 1)
    event = body["results"][0]
    assert event["date"] == "2018-09-26"
    assert [a["slug"] for a in event["actors"]] == ["shinzo-abe"]  # the proposed one is hidden
    assert event["evidence"][0]["sentence"] == "Abe agreed on Wednesday."
    assert event["evidence"][0]["outlet"] == "PTI"
    page = client.get("/api/events", {"page_size": 1, "page": 2}).json()
    assert [e["title"] for e in page["results"]] == ["Steel tariffs"]
    assert page["pages"] == 2
    assert client.get("/api/events", {"page": 9}).json()["results"] == []


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"actor": "shinzo-abe"}, ["Agreement to start talks"]),
        ({"actor_kind": "person"}, ["Agreement to start talks"]),
        ({"country": "japan"}, ["Agreement to start talks"]),
        ({"topic": "autos"}, ["Agreement to start talks"]),
        ({"negotiation": "usjapan-trade-talks"}, ["Agreement to start talks"]),
        ({"outlet": "pti"}, ["Agreement to start talks"]),
        ({"kind": "other"}, ["Agreement to start talks", "Steel tariffs"]),
        ({"planned": "planned"}, ["Steel tariffs"]),
        ({"planned": "happened"}, ["Agreement to start talks"]),
        ({"date_from": "2018-09"}, ["Agreement to start talks"]),
        ({"date_to": "2018-06-01"}, ["Steel tariffs"]),
        ({"q": "tariffs"}, ["Steel tariffs"]),
        ({"q": '"start talks"'}, ["Agreement to start talks"]),
        ({"order": "oldest"}, ["Steel tariffs", "Agreement to start talks"]),
    ],
)
def test_events_take_the_timeline_filters(client, data, params, expected):
    assert titles(client.get("/api/events", params)) == expected


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"actor": "nobody"}, "actor"),
        ({"actor": "not a slug!"}, "actor"),
        ({"topic": "nothing"}, "topic"),
        ({"date_from": "2018-13"}, "date_from"),
        ({"date_to": "soon"}, "date_to"),
        ({"kind": "war"}, "kind"),
        ({"page": 0}, "page"),
        ({"page_size": 1000}, "page_size"),
        ({"q": "x" * 501}, "q"),
        ({"q": "nul\x00"}, "q"),
        ({"country": "atsuyuki-oike"}, "country"),
    ],
)
def test_bad_parameters_get_a_400_naming_them(client, data, params, parameter):
    response = client.get("/api/events", params)
    assert response.status_code == 400
    assert parameter in response.json()["errors"]


def test_event_detail_and_visibility(client, data):
    response = client.get(f"/api/events/{data['agreement'].pk}")
    assert response.status_code == 200
    assert response.json()["topics"] == [{"slug": "autos", "name": "Autos"}]
    assert client.get(f"/api/events/{data['proposed_event'].pk}").status_code == 404
    assert client.get("/api/events/999999").status_code == 404


def test_articles(client, data):
    response = client.get("/api/articles")
    assert "Abe agrees" in titles(response)
    assert "Hidden" not in titles(response)
    assert titles(client.get("/api/articles", {"q": "agreed"})) == ["Abe agrees"]
    assert titles(client.get("/api/articles", {"outlet": "pti"})) == ["Abe agrees"]
    detail = client.get(f"/api/articles/{data['article'].pk}").json()
    assert [a["slug"] for a in detail["actors"]] == ["shinzo-abe"]
    assert detail["quotes"] == [
        {
            "speaker": {"slug": "shinzo-abe", "name": "Shinzo Abe", "kind": "person"},
            "text": "start talks",
        }
    ]
    assert client.get(f"/api/articles/{data['hidden'].pk}").status_code == 404


def test_actors_topics_negotiations(client, data):
    actors = client.get("/api/actors").json()["results"]
    assert [a["slug"] for a in actors] == ["japan", "shinzo-abe"]
    assert client.get("/api/actors", {"kind": "country"}).json()["count"] == 1
    assert client.get("/api/actors/shinzo-abe").json()["country"] == "japan"
    assert client.get("/api/actors/atsuyuki-oike").status_code == 404
    assert client.get("/api/topics").json()["results"][0]["slug"] == "autos"
    assert client.get("/api/topics/autos").status_code == 200
    assert client.get("/api/topics/nothing").status_code == 404
    negotiation = client.get(f"/api/negotiations/{data['talks'].slug}").json()
    assert negotiation["parties"] == ["japan"]
    assert client.get("/api/negotiations").json()["count"] == 1


def test_headers_allow_caching_and_no_cors(client, data):
    response = client.get("/api/events", HTTP_ORIGIN="https://elsewhere.example")
    assert "public" in response["Cache-Control"]
    assert "max-age=60" in response["Cache-Control"]
    assert not response.has_header("Access-Control-Allow-Origin")


def test_openapi_schema_is_served(client):
    schema = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles", "/api/actors"} <= set(
        schema["paths"]
    )


schema = schemathesis.openapi.from_dict(api.get_openapi_schema(path_prefix="/api/"))


@pytest.fixture
def application():
    """The WSGI app, keeping the test's database connection open between requests (as
    Django's test client does), so every request sees the test's data."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
# The same 25 cases every run, so a pass or a failure repeats; run with --hypothesis-seed=N
# (and no derandomize) to explore further.
@settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_matches_its_schema(case, data, application):
    # A schema-valid slug or date may still name nothing ("no actor 'x'", "2018-02-30"):
    # those answer 400 on purpose, so the check that valid-looking data is accepted is off.
    case.call_and_validate(
        app=application, excluded_checks=[schemathesis.checks.positive_data_acceptance]
    )
