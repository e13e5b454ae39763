"""The in-memory facet index gives exactly what the SQL FilterSet gives: the same events in
the same order, the same totals, every facet count and the same coverage chart, for many
filter states over a generated database with hidden and proposed rows. (How the index is
rebuilt, in the background and at a worker's start, is in test_facet_index_builds.py.)"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from django.db import transaction
from django.http import QueryDict

from articles import facets as facets_module
from articles.charts import chart_from_counts, coverage_chart
from articles.facets import IndexedFilter, build_index, get_index
from articles.filters import EventFilter, facet_counts
from articles.models import Actor, Article, Event, Evidence, Mention
from articles.views.timeline import indexed_timeline_page, timeline_page
from tests import factories as f

pytestmark = pytest.mark.django_db

WORDS = ["tariff", "steel", "meeting", "autos", "summit", "quota", "dairy", "currency"]


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The generated world, built once for the module (it takes thousands of queries) in a
    transaction rolled back at the module's end; each test runs in a savepoint inside it,
    so what a test changes is undone before the next."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield _build_world()
        transaction.set_rollback(True)


def _build_world() -> dict:
    rng = random.Random(4)
    alpha = f.make_actor("Alphaland", kind=Actor.Kind.COUNTRY)
    beta = f.make_actor("Betaland", kind=Actor.Kind.COUNTRY)
    gamma = f.make_actor("Gammaland", kind=Actor.Kind.COUNTRY, status=Actor.Status.PROPOSED)
    # A country whose own country field names another: the filter and the facet differ.
    delta = f.make_actor("Deltaland", kind=Actor.Kind.COUNTRY, country=alpha)
    actors = [
        alpha,
        beta,
        delta,
        f.make_actor("Ann Able", country=alpha),
        f.make_actor("Bob Baker", country=beta),
        f.make_actor("Cy Cole", country=gamma),  # confirmed, from a proposed country
        f.make_actor("Dee Dunn"),  # no country
        f.make_actor("Trade Office", kind=Actor.Kind.ORGANISATION, country=alpha),
        f.make_actor("World Body", kind=Actor.Kind.ORGANISATION),
        f.make_actor("Pending Person", country=alpha, status=Actor.Status.PROPOSED),
        f.make_actor("Gone Person", country=beta, status=Actor.Status.REJECTED),
        gamma,
    ]
    topics = [f.make_topic(name) for name in ("Autos", "Steel", "Farming", "Unused topic")]
    negotiations = [f.make_negotiation("Alpha–Beta talks"), f.make_negotiation("Round table")]
    outlets = [f.make_outlet(name) for name in ("First Wire", "Second Paper", "Third Radio")]
    articles = []
    for n in range(24):
        articles.append(
            f.make_article(
                body=f"Generated article {n} " + " ".join(rng.sample(WORDS, 3)),
                outlet=None if n % 7 == 0 else outlets[n % 3],
                status=Article.Status.HIDDEN if n % 9 == 4 else Article.Status.PUBLISHED,
                published=None if n % 11 == 5 else date(2017, 1, 1) + timedelta(days=40 * n),
            )
        )
    start = date(2016, 11, 20)
    for n in range(90):
        precision = rng.choice(["day", "day", "week", "month", "year"])
        day = start + timedelta(days=rng.randrange(0, 1200))
        if precision == "month":
            day = day.replace(day=1)
        elif precision == "year":
            day = day.replace(month=1, day=1)
        status = rng.choice([Event.Status.CONFIRMED] * 6 + [Event.Status.HIDDEN, "proposed"])
        sentence = f"Event sentence {n} about " + " ".join(rng.sample(WORDS, 2)) + "."
        event = f.make_event(
            f"Event {n:02d} " + rng.choice(WORDS),
            article=rng.choice(articles),
            sentence=sentence,
            date=day,
            precision=precision,
            kind=rng.choice(Event.Kind.values),
            planned=rng.random() < 0.25,
            status=status,
        )
        if rng.random() < 0.4:  # a second source
            other = rng.choice(articles)
            Evidence.objects.get_or_create(
                event=event,
                article=other,
                start=0,
                defaults={
                    "sentence": sentence,
                    "end": len(sentence),
                    "stated_date": day,
                    "stated_precision": precision,
                },
            )
        event.actors.set(rng.sample(actors, rng.randrange(0, 4)))
        event.topics.set(rng.sample(topics[:3], rng.randrange(0, 3)))
        event.negotiations.set(rng.sample(negotiations, rng.randrange(0, 2)))
    for n, article in enumerate(articles):  # mentions, some removed, some in hidden articles
        for actor in rng.sample(actors, 3):
            Mention.objects.create(article=article, actor=actor, removed=n % 5 == 0)
    return {"actors": actors, "topics": topics, "outlets": outlets}


def _queries(world) -> list[str]:
    single = [
        "",
        "order=oldest",
        "actor=ann-able",
        "actor=ann-able&actor=bob-baker",
        "actor=cy-cole",
        "actor=pending-person",  # proposed: invalid, so ignored
        "actor_kind=person",
        "actor_kind=organisation",
        "actor_kind=country",
        "country=alphaland",
        "country=betaland",
        "country=deltaland",
        "country=gammaland",  # proposed: invalid
        "topic=autos",
        "topic=autos&topic=steel",
        "topic=unused-topic",
        "negotiation=alpha-beta-talks",
        "outlet=first-wire",
        "outlet=third-radio",
        "kind=meeting",
        "kind=meeting&kind=statement&kind=other",
        "planned=planned",
        "planned=happened",
        "q=tariff",
        "q=steel meeting",
        "q=summ*",
        "q=%22sentence 12%22",
        "q=***",  # nothing to search for
        "q=nomatchatall",
    ]
    for day in ("2017", "2017-06", "2018-02", "2018-02-14", "2018-12-31", "2016-11-20"):
        single += [f"date_from={day}", f"date_to={day}", f"date_from={day}&date_to={day}"]
    single += ["date_from=2017-03&date_to=2018-05-09", "date_from=2019&date_to=2017"]
    rng = random.Random(5)  # the same combinations whichever test asks first
    combined = []
    for _ in range(60):
        parts = rng.sample(single[1:], rng.randrange(2, 5))
        combined.append("&".join(parts))
    return single + combined


def _shown(page) -> list:
    """What a page shows of each event, in order."""
    return [
        (year.label, month.label, e.id, e.html)
        for year in page.years
        for month in year.months
        for e in month.events
    ]


def _sql_ids(filterset: EventFilter) -> list[int]:
    return list(filterset.qs.values_list("pk", flat=True))


def _sql_facet_counts(world: dict, query: str) -> dict:
    """The SQL facet counts of `query`, computed once for the module's world: the tests
    reading them change nothing, and each is compared with several ways of counting."""
    kept = world.setdefault("sql_facet_counts", {})
    if query not in kept:
        kept[query] = facet_counts(EventFilter(QueryDict(query)))
    return kept[query]


def test_index_matches_the_sql_filterset(world):
    index = build_index(version=1)
    for query in _queries(world):
        data = QueryDict(query)
        sql, fast = EventFilter(data), IndexedFilter(EventFilter(data), index)
        expected = _sql_ids(sql)
        assert fast.total == len(expected), query
        assert fast.page_ids(0, 1000) == expected, query
        assert fast.page_ids(3, 5) == expected[3:8], query
        assert _sql_facet_counts(world, query) == fast.facet_counts(), query
        assert _shown(timeline_page(sql.qs)) == _shown(indexed_timeline_page(fast)), query
        sql_chart = coverage_chart(sql.qs)
        fast_chart = chart_from_counts(*fast.month_counts())
        assert sql_chart.periods == fast_chart.periods, query


@pytest.mark.parametrize("way", ["read values", "intersect bitmaps", "no kept counts"])
def test_every_way_of_counting_facets_matches_sql(world, monkeypatch, way):
    """Facet counts read the chosen events' values, intersect bitmaps, or come from the
    counts kept per single filter value, whichever is cheaper: each gives the SQL counts."""
    if way == "read values":
        monkeypatch.setattr(facets_module, "READ_VALUES_MIN", 0)
        monkeypatch.setattr(facets_module, "READ_VALUES_FACTOR", 10**9)
    elif way == "intersect bitmaps":
        monkeypatch.setattr(facets_module, "READ_VALUES_FACTOR", 0)
    else:
        monkeypatch.setattr(IndexedFilter, "_key_without", lambda self, name: None)
    index = build_index(version=1)
    for query in _queries(world):
        fast = IndexedFilter(EventFilter(QueryDict(query)), index)
        expected = _sql_facet_counts(world, query)
        assert fast.facet_counts() == expected, query
        # A second filter state on the same index reads the kept counts.
        assert fast.facet_counts() == expected, query


def test_the_generated_world_exercises_every_case(world):
    """The comparison above means something: hidden, proposed and planned events, every
    precision, events without public evidence and facets with several options."""
    assert Event.objects.exclude(status=Event.Status.CONFIRMED).exists()
    assert set(Event.objects.values_list("precision", flat=True)) == {
        "day",
        "week",
        "month",
        "year",
    }
    public = Event.objects.public()
    assert Event.objects.confirmed().count() > public.count() > 30
    assert public.filter(planned=True).exists()
    facets = IndexedFilter(EventFilter(QueryDict()), build_index(version=1)).facet_counts()
    assert len(facets["actor"]) >= 8
    assert len(facets["country"]) >= 3
    assert len(facets["outlet"]) == 3
    assert [o.count for o in facets["topic"] if o.label == "Unused topic"] == [0]


def test_the_index_follows_the_content_version(world):
    first = get_index()
    assert get_index() is first
    event = Event.objects.public().first()
    event.status = Event.Status.HIDDEN
    event.save()
    second = get_index()
    assert second is not first
    assert second.size == first.size - 1


def test_building_the_index_takes_a_fixed_number_of_queries(world, django_assert_max_num_queries):
    with django_assert_max_num_queries(11):
        build_index(version=1)


def test_companions_and_list_counts_match_sql(world):
    from django.db.models import Count

    from articles.views.pages import _companions

    for actor in Actor.objects.confirmed():
        public = Event.objects.public().filter(actors=actor).values("pk")
        expected = list(
            Event.actors.through.objects.filter(
                event_id__in=public, actor__status=Actor.Status.CONFIRMED
            )
            .exclude(actor=actor)
            .values("actor__slug", "actor__name")
            .annotate(n=Count("event_id"))
            .order_by("-n", "actor__name")[:10]
        )
        assert _companions(actor.slug) == expected, actor.slug
        count = len(get_index().actor.sets.get(actor.slug, ()))
        assert count == Event.objects.public().filter(actors=actor).count()
        mentions = Mention.objects.public().filter(actor=actor, removed=False).count()
        assert get_index().mention_counts.get(actor.slug, 0) == mentions


def test_validation_on_the_index_rows_matches_sql(world, django_assert_num_queries):
    """With the index built for the current version, EventFilter validates slugs against
    its rows, without SQL, and cleans to the same rows, errors, words and remove links."""
    from articles import facets, filters
    from articles.filters import active_filters, describe

    queries = [
        *_queries(world),
        "actor=bob-baker&actor=ann-able&actor=ann-able",
        "actor=ann-able&actor=nobody",
        "actor=gone-person",
        "country=ann-able",  # not a country
        "country=nowhere&topic=nothing&negotiation=none&outlet=nobody",
        "topic=steel&topic=autos&topic=farming",
        "negotiation=round-table&outlet=second-paper",
        "actor=a%00b",
        "outlet=First-Wire",  # slugs are case-sensitive
    ]

    def row(value):
        return (type(value), value.pk, value.slug, str(value)) if hasattr(value, "slug") else value

    def state(data):
        filterset = EventFilter(data)
        cleaned = {
            name: [row(v) for v in value] if isinstance(value, list) else row(value)
            for name, value in filterset.cleaned.items()
        }
        return cleaned, filterset.errors, describe(filterset), active_filters(filterset)

    get_index()
    assert filters.known_rows() is not None
    for query in queries:
        data = QueryDict(query)
        with django_assert_num_queries(0):
            fast = state(data)
        filters.known_rows, saved = filters._no_known_rows, filters.known_rows
        try:
            slow = state(data)
        finally:
            filters.known_rows = saved
        assert fast == slow, query
    f.make_topic("Brand new")  # a content change: the index is stale, validation uses SQL
    assert facets._known_rows() is None
    assert EventFilter(QueryDict("topic=brand-new")).cleaned["topic"][0].name == "Brand new"
