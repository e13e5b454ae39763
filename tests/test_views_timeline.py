"""The timeline (home page): rendering, filters, invalid input, htmx, paging, queries, cache."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.facets import get_index
from articles.models import Actor, Article, Event
from tests.factories import make_actor, make_article, make_event, make_outlet, make_topic

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rolled-back test data does not bump the content version: start each test cold.
    cache.clear()


@pytest.fixture
def timeline():
    japan = make_actor("Japan", kind=Actor.Kind.COUNTRY)
    abe = make_actor("Shinzo Abe", country=japan)
    newcomer = make_actor("Proposed Person", status=Actor.Status.PROPOSED)
    autos = make_topic("Autos")
    outlet = make_outlet("Daily Wire Service")
    article = make_article(
        title="Leaders agree to talk", outlet=outlet, body="Abe met the president."
    )
    summit = make_event(
        "Leaders meet",
        article=article,
        summary="They agreed to talk.",
        sentence="Abe met the president on Wednesday.",
        kind="meeting",
    )
    summit.actors.set([abe, newcomer])
    summit.topics.set([autos])
    make_event("Talks next month", date=date(2018, 10, 1), precision="month", planned=True)
    make_event("Hidden event", status=Event.Status.HIDDEN)
    make_event("Only in a hidden article", article=make_article(status=Article.Status.HIDDEN))
    return {"abe": abe, "article": article, "summit": summit}


def test_home_shows_public_events_grouped_by_month(client, timeline):
    html = client.get("/").content.decode()
    assert "Leaders meet" in html
    assert "They agreed to talk." in html
    assert "September 2018" in html
    assert "October 2018" in html
    assert "26 Sep 2018" in html  # day precision
    assert "Planned" in html
    assert "Hidden event" not in html
    assert "Only in a hidden article" not in html


def test_home_lists_latest_article_titles(client, timeline):
    make_article(title="A hidden piece", status=Article.Status.HIDDEN)
    html = client.get("/").content.decode()
    assert "Leaders agree to talk" in html
    assert "A hidden piece" not in html


def test_the_latest_articles_are_dated_ones_on_every_database(client, timeline):
    # PostgreSQL sorts an unknown date before every date in a newest-first list
    make_article(title="A clipping of unknown date", published=None)
    html = client.get("/").content.decode()
    latest = html.split('class="latest', 1)[1].split("</ul>", 1)[0]
    assert "Leaders agree to talk" in latest
    assert "A clipping of unknown date" not in latest


def test_actors_and_topics_are_links_but_proposed_actors_are_not(client, timeline):
    html = client.get("/").content.decode()
    assert 'href="/actors/shinzo-abe/"' in html
    assert 'href="/topics/autos/"' in html
    assert "Proposed Person" not in html


def test_sources_expand_to_sentences_linking_to_articles(client, timeline):
    html = client.get("/").content.decode()
    assert "Reported by 1 outlet" in html
    assert "Abe met the president on Wednesday." in html
    assert f'href="/articles/{timeline["article"].pk}/"' in html


def test_filtered_page_describes_filters_and_offers_removal(client, timeline):
    html = client.get("/?actor=shinzo-abe&topic=autos&date_from=2018&date_to=2018").content
    html = html.decode()
    assert "Events involving Shinzo Abe about Autos, 2018" in html
    assert "Talks next month" not in html
    assert 'href="?topic=autos&amp;date_from=2018&amp;date_to=2018"' in html  # remove actor
    assert "Clear all" in html


def test_facet_counts_are_shown_next_to_options(client, timeline):
    html = client.get("/").content.decode()
    assert 'id="f-actor-shinzo-abe"' in html
    assert 'value="autos"' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("actor=nobody", "There is no actor “nobody”"),
        ("date_from=2018-13", "is not a date"),
        ("date_to=2018-02-30", "is not a date"),
        ("q=" + "x" * 10_000, "at most 500 characters"),
        ("topic=%3Cscript%3Ealert(1)%3C/script%3E", "There is no topic"),
        ("q=a%00b", "Null characters"),
        ("page=abc", "Page “abc” is not a page number, so this is page 1."),
        ("page=0", "Pages start at 1"),
        ("page=999", "There is only 1 page of these events, so this is the last page."),
        ("kind=nope", "There is no kind of event “nope”"),
        ("actor_kind=nope", "There is no kind of actor “nope”"),
        ("planned=nope", "“nope” is neither happened nor planned"),
        ("order=nope", "“nope” is not an order"),
        ("negotiation=nope&outlet=nope&country=nope", "There is no country"),
    ],
)
def test_invalid_values_show_a_message_not_an_error(client, timeline, query, message):
    response = client.get("/?" + query)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "<script>alert" not in response.content.decode()


def test_html_and_sql_in_text_are_escaped(client, timeline):
    response = client.get("/", {"q": "<b>bold</b>' OR 1=1; --"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<b>bold</b>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "No events match these filters." in html


def test_empty_state_suggests_removing_a_filter(client, timeline):
    html = client.get("/?actor=shinzo-abe&planned=planned").content.decode()
    assert "No events match these filters." in html
    assert "Try removing a filter" in html


@pytest.fixture
def many_events():
    article = make_article(title="A long story")
    topic = make_topic("Steel")
    start = date(2018, 1, 1)
    for n in range(120):
        make_event(f"Numbered event {n:03}", article=article, date=start + timedelta(days=n))
    Event.topics.through.objects.bulk_create(
        Event.topics.through(event_id=e.pk, topic_id=topic.pk) for e in Event.objects.all()
    )


def test_fifty_per_page_and_pagination_keeps_filters(client, many_events):
    html = client.get("/?topic=steel").content.decode()
    assert html.count('class="event"') == 50
    assert "120 events, showing 1–50" in html
    assert 'href="?topic=steel&amp;page=2"' in html
    page3 = client.get("/?topic=steel&page=3").content.decode()
    assert page3.count('class="event"') == 20
    assert "Numbered event 000" in page3


def test_chronological_order_and_jump_to_latest(client, many_events):
    html = client.get("/?order=oldest").content.decode()
    assert html.index("Numbered event 000") < html.index("Numbered event 001")
    assert "Jump to latest" in html
    assert 'href="?order=oldest&amp;page=3#timeline-end"' in html


def test_the_timeline_runs_a_fixed_number_of_queries(
    client, many_events, django_assert_max_num_queries
):
    # The facet index is built once per content version, in its own fixed number of
    # queries (tests/test_facet_index.py); then a request reads only what it shows.
    get_index()
    counts = []
    for query in (
        "",
        "topic=steel",
        "topic=steel&page=2&order=oldest",
        "actor=nobody&q=event&date_from=2018-02&date_to=2018-03&kind=other&planned=happened",
    ):
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/?" + query).status_code == 200
        counts.append(len(queries))
    assert max(counts) <= 10
    cache.clear()
    with django_assert_max_num_queries(10):
        client.get("/?topic=steel&actor_kind=person&country=japan&outlet=x&negotiation=y&page=2")


def test_htmx_gets_the_partial_and_a_clean_url_to_push(client, timeline):
    response = client.get("/?actor=shinzo-abe&q=&date_from=&page=1", headers=HTMX)
    html = response.content.decode()
    assert "<html" not in html
    assert 'id="timeline"' in html
    assert response["HX-Push-Url"] == "/?actor=shinzo-abe"
    assert "HX-Request" in response["Vary"]


def test_history_restore_gets_the_whole_page(client, timeline):
    headers = {**HTMX, "HX-History-Restore-Request": "true"}
    html = client.get("/?actor=shinzo-abe", headers=headers).content.decode()
    assert "<html" in html


def test_repeated_views_come_from_the_cache_until_content_changes(
    client, timeline, django_assert_num_queries
):
    first = client.get("/?actor=shinzo-abe").content
    with django_assert_num_queries(0):
        assert client.get("/?actor=shinzo-abe").content == first
    summit = timeline["summit"]
    summit.title = "Leaders meet again"
    summit.save()
    assert b"Leaders meet again" in client.get("/?actor=shinzo-abe").content


def test_many_to_many_changes_invalidate_the_cache(client, timeline):
    client.get("/?topic=autos")
    timeline["summit"].topics.clear()
    assert b"No events match these filters." in client.get("/?topic=autos").content


def test_healthz(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.content == b"ok"


def test_pages_carry_no_inline_styles_or_scripts(client, timeline):
    html = client.get("/").content.decode()
    assert " style=" not in html
    assert "<style" not in html
    assert "<script>" not in html
    assert "<script src=" in html


@pytest.mark.usefixtures("seeded")
def test_seeded_home_shows_a_seed_article_and_abes_events(client):
    html = client.get("/").content.decode()
    assert "US, Japan Agree to Start Negotiations on Bilateral Free-Trade Pact" in html
    html = client.get("/?actor=shinzo-abe").content.decode()
    abe_events = Event.objects.public().filter(actors__slug="shinzo-abe").distinct()
    assert abe_events.exists()
    assert html.count('<li class="event') == abe_events.count()
    for event in abe_events:
        assert event.title in html


def test_a_form_submitted_without_javascript_redirects_to_a_clean_url(client, timeline):
    response = client.get("/?q=&actor=shinzo-abe&date_from=&page=1")
    assert response.status_code == 302
    assert response["Location"] == "/?actor=shinzo-abe"
    assert client.get("/?q=&date_to=")["Location"] == "/"


def test_long_facets_show_the_busiest_options_and_a_link_to_all(client):
    article = make_article(title="A crowded story")
    actors = [make_actor(f"Person {n:02}") for n in range(15)]
    for n, actor in enumerate(actors):
        for _ in range(n + 1):  # Person 14 is in the most events
            make_event(article=article).actors.add(actor)
    html = client.get("/").content.decode()
    assert 'id="f-actor-person-14"' in html
    assert 'id="f-actor-person-03"' in html
    assert 'id="f-actor-person-02"' not in html
    assert "Show all 15" in html
    assert 'href="?show=actor"' in html
    # A chosen actor stays in the list, even if it is not among the busiest.
    html = client.get("/?actor=person-00").content.decode()
    assert 'id="f-actor-person-00" checked' in html
    everyone = client.get("/?show=actor").content.decode()
    assert 'id="f-actor-person-00"' in everyone
    assert "Show all" not in everyone
    assert '<input type="hidden" name="show" value="actor">' in everyone
    assert "show=actor" not in everyone.split('id="timeline"')[0]  # not in the feed links


def test_event_items_are_written_once_per_content_version(client, many_events):
    get_index()
    with CaptureQueriesContext(connection) as first:
        client.get("/?topic=steel")
    with CaptureQueriesContext(connection) as again:
        html = client.get("/?topic=steel&planned=happened").content.decode()
    assert html.count('class="event"') == 50
    evidence = [q for q in again.captured_queries if "articles_evidence" in q["sql"]]
    assert not evidence  # the same 50 events: their items are kept
    assert len(again) < len(first)
    event = Event.objects.get(title="Numbered event 119")
    event.title = "Renamed event"
    event.save()
    assert "Renamed event" in client.get("/?topic=steel").content.decode()


@pytest.mark.parametrize(
    "query",
    ["", "page=3", "actor=a&actor=b&page=2&q=x+y", "order=oldest&actor=%C3%A9", "q=a%26b&page="],
)
@pytest.mark.parametrize(
    "changes",
    [{"page": 4}, {"order": "oldest", "page": None}, {"order": None, "page": None}],
)
def test_the_page_links_are_what_the_querystring_tag_writes(rf, query, changes):
    """The timeline writes its paging and order links in Python: the same as the tag."""
    from django.template import engines

    from articles.views.timeline import querystring

    request = rf.get(f"/?{query}")
    args = " ".join(f"{key}={'None' if v is None else repr(v)}" for key, v in changes.items())
    tag = engines["django"].from_string("{% querystring " + args + " %}")
    assert querystring(request.GET, **changes) == tag.render({}, request).replace("&amp;", "&")


def test_ignored_filter_values_are_listed_above_the_results(client, timeline):
    html = client.get("/?actor=nobody&date_from=2018-13&kind=meeting").content.decode()
    summary = html[html.index('class="notice notice--error"') :]
    summary = summary[: summary.index("</div>")]
    assert "These filters were left out of the results" in summary
    assert "People and organisations</a>: There is no actor “nobody”." in summary
    assert "From</a>: “2018-13” is not a date" in summary
    assert "Kind of event" not in summary  # a valid value is not reported


def test_no_error_summary_when_every_value_is_usable(client, timeline):
    assert "notice--error" not in client.get("/?actor=shinzo-abe").content.decode()


def test_title_names_the_filters_and_the_page(client, many_events):
    assert "<title>Page 2 — TradeWatch" in client.get("/?page=2").content.decode()
    html = client.get("/?topic=steel&page=2").content.decode()
    assert "<title>Events about Steel, page 2 — TradeWatch" in html
    assert "<title>TradeWatch: timeline" in client.get("/?actor=nobody").content.decode()


def test_htmx_partial_carries_the_new_title(client, timeline):
    html = client.get("/?actor=shinzo-abe", headers=HTMX).content.decode()
    assert html.lstrip().startswith("<title>Events involving Shinzo Abe — TradeWatch")
    full = client.get("/?actor=shinzo-abe").content.decode()
    assert full.count("<title>Events involving") == 1  # the full page has it in <head> only


def test_latest_articles_are_a_short_row(client, timeline):
    for n in range(6):
        make_article(title=f"Recent piece {n}")
    html = client.get("/").content.decode()
    latest = html[html.index('class="latest__list"') : html.index("</aside>")]
    assert latest.count("<li>") == 4


def test_no_text_matches_offers_to_search_the_articles(client, timeline):
    html = client.get("/?q=zebra").content.decode()
    assert "No events match these filters." in html
    assert 'href="/search/?q=zebra">search the articles for “zebra”</a>' in html
    assert (
        "search the articles"
        not in client.get("/?actor=shinzo-abe&planned=planned").content.decode()
    )


def test_no_empty_chart_beside_no_results(client, timeline):
    assert 'class="chart"' in client.get("/").content.decode()
    html = client.get("/?q=zebra").content.decode()
    assert "No events match these filters." in html
    assert 'class="chart"' not in html


def test_entity_page_titles_name_the_page_after_the_first(client, many_events):
    assert "<title>Steel — TradeWatch</title>" in client.get("/topics/steel/").content.decode()
    html = client.get("/topics/steel/?page=2").content.decode()
    assert "<title>Steel, page 2 — TradeWatch</title>" in html
