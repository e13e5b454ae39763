"""EventFilter: each filter, how filters combine, invalid values, words and facet counts."""

from __future__ import annotations

from datetime import date

import pytest
from django.http import QueryDict

from articles.filters import EventFilter, active_filters, describe, facet_counts
from articles.models import Actor, Article, Event
from tests.factories import (
    make_actor,
    make_article,
    make_event,
    make_negotiation,
    make_outlet,
    make_topic,
)

pytestmark = pytest.mark.django_db


def titles(data: str) -> set[str]:
    return {e.title for e in EventFilter(QueryDict(data)).qs}


@pytest.fixture
def world():
    """Two countries, two people, two topics, one negotiation, two outlets, five events."""
    japan = make_actor("Japan", kind=Actor.Kind.COUNTRY)
    usa = make_actor("United States", kind=Actor.Kind.COUNTRY)
    abe = make_actor("Shinzo Abe", country=japan, role="Prime Minister")
    trump = make_actor("Donald Trump", country=usa)
    toyota = make_actor("Toyota", kind=Actor.Kind.ORGANISATION, country=japan)
    autos = make_topic("Autos")
    tariffs = make_topic("Tariffs")
    talks = make_negotiation("US–Japan trade talks")
    kyodo = make_outlet("Kyodo News")
    reuters = make_outlet("Reuters")

    summit = make_event(
        "Summit in New York",
        date=date(2018, 9, 26),
        kind="meeting",
        article=make_article(outlet=kyodo),
    )
    summit.actors.set([abe, trump])
    summit.topics.set([autos])
    summit.negotiations.set([talks])
    tariff = make_event(
        "Tariffs on cars threatened",
        date=date(2018, 5, 1),
        precision="month",
        kind="tariff_action",
        article=make_article(outlet=reuters),
    )
    tariff.actors.set([trump])
    tariff.topics.set([autos, tariffs])
    plant = make_event("Toyota plant plan", date=date(2019, 1, 1), precision="year", planned=True)
    plant.actors.set([toyota])
    make_event("Withdrawal from TPP", date=date(2017, 1, 23), kind="withdrawal").actors.set([usa])
    return {"abe": abe, "trump": trump, "autos": autos, "talks": talks, "kyodo": kyodo}


def test_no_filters_gives_every_public_event_newest_first(world):
    events = list(EventFilter(QueryDict("")).qs)
    assert [e.title for e in events] == [
        "Toyota plant plan",
        "Summit in New York",
        "Tariffs on cars threatened",
        "Withdrawal from TPP",
    ]


def test_order_oldest_is_chronological(world):
    events = list(EventFilter(QueryDict("order=oldest")).qs)
    assert events[0].title == "Withdrawal from TPP"
    assert events[-1].title == "Toyota plant plan"


def test_several_actors_mean_any(world):
    assert titles("actor=shinzo-abe") == {"Summit in New York"}
    assert titles("actor=shinzo-abe&actor=donald-trump") == {
        "Summit in New York",
        "Tariffs on cars threatened",
    }


def test_different_fields_must_all_hold(world):
    assert titles("actor=donald-trump&topic=autos&kind=tariff_action") == {
        "Tariffs on cars threatened"
    }
    assert titles("actor=shinzo-abe&topic=tariffs") == set()


def test_several_topics_mean_any(world):
    assert titles("topic=tariffs") == {"Tariffs on cars threatened"}
    assert titles("topic=tariffs&topic=autos") == {
        "Summit in New York",
        "Tariffs on cars threatened",
    }


def test_actor_kind(world):
    assert titles("actor_kind=organisation") == {"Toyota plant plan"}
    assert titles("actor_kind=country") == {"Withdrawal from TPP"}


def test_country_covers_the_country_and_its_people(world):
    assert titles("country=japan") == {"Summit in New York", "Toyota plant plan"}
    assert titles("country=united-states") == {
        "Summit in New York",
        "Tariffs on cars threatened",
        "Withdrawal from TPP",
    }


def test_negotiation_outlet_kind_and_planned(world):
    assert titles(f"negotiation={world['talks'].slug}") == {"Summit in New York"}
    assert titles("outlet=kyodo-news") == {"Summit in New York"}
    assert titles("kind=withdrawal&kind=meeting") == {"Summit in New York", "Withdrawal from TPP"}
    assert titles("planned=planned") == {"Toyota plant plan"}
    assert "Toyota plant plan" not in titles("planned=happened")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("date_from=2018&date_to=2018", {"Summit in New York", "Tariffs on cars threatened"}),
        ("date_from=2018-05&date_to=2018-05", {"Tariffs on cars threatened"}),
        # A month-precision event overlaps any day of its month.
        ("date_from=2018-05-14&date_to=2018-05-14", {"Tariffs on cars threatened"}),
        ("date_from=2018-09-26", {"Summit in New York", "Toyota plant plan"}),
        ("date_to=2017", {"Withdrawal from TPP"}),
    ],
)
def test_dates_at_any_precision(world, query, expected):
    assert titles(query) == expected


def test_text_uses_the_search_interface(world):
    assert titles("q=new+york") == {"Summit in New York"}


@pytest.mark.parametrize(
    ("query", "field", "words"),
    [
        ("actor=nobody", "actor", "There is no actor “nobody”"),
        ("topic=nothing", "topic", "There is no topic “nothing”"),
        ("country=atlantis", "country", "There is no country “atlantis”"),
        ("negotiation=x", "negotiation", "There is no negotiation “x”"),
        ("outlet=x", "outlet", "There is no outlet “x”"),
        ("date_from=2018-13", "date_from", "“2018-13” is not a date"),
        ("date_to=yesterday", "date_to", "is not a date"),
        ("date_from=2018-02-30", "date_from", "is not a date"),
        ("q=" + "a" * 10_000, "q", "at most 500 characters"),
        ("q=a%00b", "q", "Null characters are not allowed"),
        ("kind=party", "kind", "party"),
        ("planned=maybe", "planned", "maybe"),
        ("order=sideways", "order", "sideways"),
        ("actor_kind=alien", "actor_kind", "alien"),
    ],
)
def test_invalid_values_give_a_message_on_the_field(world, query, field, words):
    filterset = EventFilter(QueryDict(query))
    events = list(filterset.qs)  # never raises
    assert words in " ".join(filterset.form.errors[field])
    # the invalid field is left out of the query
    assert len(events) == 4


def test_a_proposed_actor_cannot_be_filtered_on(world):
    make_actor("Somebody New", status=Actor.Status.PROPOSED)
    assert "actor" in EventFilter(QueryDict("actor=somebody-new")).form.errors


def test_sql_and_html_in_text_are_just_text(world):
    filterset = EventFilter(QueryDict("q=%27%3B+DROP+TABLE+articles_event%3B+--+%3Cscript%3E"))
    assert list(filterset.qs) == []
    assert Event.objects.count() == 4


def test_invalid_field_does_not_drop_the_valid_ones(world):
    filterset = EventFilter(QueryDict("actor=nobody&topic=tariffs"))
    assert {e.title for e in filterset.qs} == {"Tariffs on cars threatened"}


def test_hidden_and_unsupported_events_are_never_in_the_queryset(world):
    make_event("Hidden one", status=Event.Status.HIDDEN)
    make_event("Proposed one", status=Event.Status.PROPOSED)
    make_event("From a hidden article", article=make_article(status=Article.Status.HIDDEN))
    assert len(titles("")) == 4


def test_describe_in_plain_words(world):
    filterset = EventFilter(QueryDict("actor=shinzo-abe&topic=autos&date_from=2018&date_to=2018"))
    assert describe(filterset) == "Events involving Shinzo Abe about Autos, 2018"
    filterset = EventFilter(
        QueryDict(
            "planned=planned&kind=meeting&actor=shinzo-abe&actor=donald-trump&date_from=2018-05"
        )
    )
    assert describe(filterset) == (
        "Planned events of kind meeting involving Donald Trump or Shinzo Abe, from May 2018"
    )
    talks = world["talks"].slug
    assert describe(EventFilter(QueryDict(f"negotiation={talks}&q=cars"))) == (
        "Events in the US–Japan trade talks matching “cars”"
    )
    assert describe(EventFilter(QueryDict("actor=nobody"))) == "Events"


def test_active_filters_remove_one_value_at_a_time(world):
    filterset = EventFilter(QueryDict("actor=shinzo-abe&actor=donald-trump&topic=autos&page=2"))
    removes = {item.label: item.remove_query for item in active_filters(filterset)}
    assert removes == {
        "People and organisations: Donald Trump": "actor=shinzo-abe&topic=autos",
        "People and organisations: Shinzo Abe": "actor=donald-trump&topic=autos",
        "Topics: Autos": "actor=shinzo-abe&actor=donald-trump",
    }


def test_facet_counts_apply_the_other_filters(world, django_assert_max_num_queries):
    filterset = EventFilter(QueryDict("topic=autos&actor=donald-trump"))
    with django_assert_max_num_queries(12):
        facets = facet_counts(filterset)
    actors = {o.label: o.count for o in facets["actor"]}
    # actor counts ignore the actor filter but keep the topic filter
    assert actors == {"Donald Trump": 2, "Shinzo Abe": 1}
    topics = {o.label: (o.count, o.selected) for o in facets["topic"]}
    assert topics == {"Autos": (2, True), "Tariffs": (1, False)}  # every topic is listed
    countries = {o.value: o.count for o in facets["country"]}
    assert countries == {"united-states": 2, "japan": 1}
    kinds = {o.value: o.count for o in facets["kind"] if o.count}
    assert kinds == {"meeting": 1, "tariff_action": 1}
    assert {o.value: o.count for o in facets["outlet"]} == {"kyodo-news": 1, "reuters": 1}
    assert {o.value: o.count for o in facets["planned"]} == {"happened": 2, "planned": 0}


def test_a_chosen_value_ruled_out_still_shows_with_zero(world):
    facets = facet_counts(EventFilter(QueryDict("actor=shinzo-abe&kind=withdrawal")))
    assert [(o.label, o.count, o.selected) for o in facets["actor"] if o.selected] == [
        ("Shinzo Abe", 0, True)
    ]
