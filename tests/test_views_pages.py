"""Article, event, actor, topic and negotiation pages and the index pages."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.cache import cache

from articles.facets import get_index
from articles.models import Actor, Article, Event, Mention
from tests.factories import (
    make_actor,
    make_alias,
    make_article,
    make_event,
    make_negotiation,
    make_outlet,
    make_quote,
    make_topic,
)

pytestmark = pytest.mark.django_db

BODY = (
    "Prime Minister Shinzo Abe met the president.\n\n"
    "Abe said the talks would cover cars. A newcomer, Jane Roe, spoke too."
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.fixture
def story():
    japan = make_actor("Japan", kind=Actor.Kind.COUNTRY)
    abe = make_actor("Shinzo Abe", country=japan, role="Prime Minister")
    make_alias(abe, "PM Abe")
    trump = make_actor("Donald Trump")
    roe = make_actor("Jane Roe", status=Actor.Status.PROPOSED)
    autos = make_topic("Autos", description="Cars and car parts.")
    talks = make_negotiation("US-Japan trade talks", description="Bilateral talks.")
    talks.parties.set([japan])
    article = make_article(
        BODY, title="Leaders meet", outlet=make_outlet("Wire"), author="A. Reporter"
    )
    surname = BODY.index("Abe said")
    for actor, spans in (
        (abe, [[BODY.find("Shinzo Abe"), BODY.find("Shinzo Abe") + 10], [surname, surname + 3]]),
        (roe, [[BODY.find("Jane Roe"), BODY.find("Jane Roe") + 8]]),
    ):
        Mention.objects.create(
            article=article, actor=actor, first_offset=spans[0][0], count=len(spans), spans=spans
        )
    make_quote(article, "the talks would cover cars", speaker=abe)
    event = make_event(
        "Leaders meet in New York", article=article, sentence="Abe met the president."
    )
    event.actors.set([abe, trump, roe])
    event.topics.set([autos])
    event.negotiations.set([talks])
    return {"abe": abe, "roe": roe, "article": article, "event": event, "talks": talks}


def test_event_page(client, story, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        html = client.get(story["event"].get_absolute_url()).content.decode()
    assert "Leaders meet in New York" in html
    assert "Abe met the president." in html
    assert f'href="{story["article"].get_absolute_url()}"' in html
    assert 'href="/actors/donald-trump/"' in html
    assert "Jane Roe" not in html


@pytest.mark.parametrize("status", [Event.Status.HIDDEN, Event.Status.PROPOSED])
def test_hidden_and_proposed_events_are_not_found(client, story, status):
    Event.objects.filter(pk=story["event"].pk).update(status=status)
    assert client.get(story["event"].get_absolute_url()).status_code == 404


def test_article_page_highlights_confirmed_actors_only(
    client, story, django_assert_max_num_queries
):
    with django_assert_max_num_queries(10):
        html = client.get(story["article"].get_absolute_url()).content.decode()
    assert 'title="Shinzo Abe">Shinzo Abe</a>' in html
    assert 'title="Shinzo Abe">Abe</a> said' in html  # the surname alone
    assert "Jane Roe, spoke" in html
    assert 'href="/actors/jane-roe/"' not in html
    assert "A. Reporter" in html
    assert "Wire" in html
    assert "the talks would cover cars" in html
    assert "Leaders meet in New York" in html  # the event it supports


def test_quote_of_a_proposed_speaker_says_so_without_naming_them(client, story):
    make_quote(story["article"], "A newcomer", speaker=story["roe"])
    rejected = make_actor("Richard Roe", status=Actor.Status.REJECTED)
    make_quote(story["article"], "met the president", speaker=rejected)
    html = client.get(story["article"].get_absolute_url()).content.decode()
    figures = {f.split("</blockquote>")[0]: f for f in html.split("<blockquote>")[1:]}
    assert "— a speaker the curators have not yet reviewed" in figures["“A newcomer”"]
    assert "figcaption" not in figures["“met the president”"].split("</figure>")[0]
    assert 'href="/actors/jane-roe/"' not in html
    assert "Richard Roe" not in html


def test_article_body_is_escaped(client):
    article = make_article("<script>alert(1)</script> & more", title="Tricky")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html


def test_hidden_article_is_not_found(client, story):
    Article.objects.filter(pk=story["article"].pk).update(status=Article.Status.HIDDEN)
    assert client.get(story["article"].get_absolute_url()).status_code == 404
    assert client.get("/articles/999999/").status_code == 404


def test_actor_page(client, story, django_assert_max_num_queries):
    get_index()  # built once per content version, in a fixed number of queries of its own
    with django_assert_max_num_queries(15):
        html = client.get("/actors/shinzo-abe/").content.decode()
    assert "Prime Minister" in html
    assert "PM Abe" in html  # alias
    assert 'href="/actors/japan/"' in html  # country
    assert "Leaders meet in New York" in html  # their timeline
    assert "the talks would cover cars" in html  # quotes
    assert "Leaders meet</a>" in html  # articles naming them
    assert 'href="/actors/donald-trump/"' in html  # appears with
    assert "Jane Roe" not in html


def test_actor_page_timeline_partial_for_htmx(client, story):
    html = client.get("/actors/shinzo-abe/?order=oldest", headers={"HX-Request": "true"})
    html = html.content.decode()
    assert "<html" not in html
    assert 'id="timeline"' in html


@pytest.mark.parametrize("slug", ["jane-roe", "nobody"])
def test_proposed_or_unknown_actor_is_not_found(client, story, slug):
    assert client.get(f"/actors/{slug}/").status_code == 404


def test_actor_index_grouped_by_kind_with_counts(client, story, django_assert_max_num_queries):
    get_index()
    with django_assert_max_num_queries(5):
        html = client.get("/actors/").content.decode()
    assert "People" in html
    assert "Countries" in html
    assert 'href="/actors/shinzo-abe/"' in html
    assert "Jane Roe" not in html


def test_topic_pages(client, story, django_assert_max_num_queries):
    get_index()
    with django_assert_max_num_queries(5):
        assert 'href="/topics/autos/"' in client.get("/topics/").content.decode()
    with django_assert_max_num_queries(12):
        html = client.get("/topics/autos/").content.decode()
    assert "Cars and car parts." in html
    assert "Leaders meet in New York" in html
    assert client.get("/topics/nothing/").status_code == 404


def test_negotiation_pages(client, story, django_assert_max_num_queries):
    talks = story["talks"]
    get_index()
    with django_assert_max_num_queries(6):
        assert talks.get_absolute_url() in client.get("/negotiations/").content.decode()
    with django_assert_max_num_queries(12):
        html = client.get(talks.get_absolute_url()).content.decode()
    assert "Timeline of the US-Japan trade talks" in html
    assert 'href="/actors/japan/"' in html  # parties
    assert "Leaders meet in New York" in html
    assert client.get("/negotiations/nothing/").status_code == 404


@pytest.mark.parametrize("url", ["/actors/shinzo-abe/?page=x", "/topics/autos/?order=zzz&page=-4"])
def test_entity_pages_survive_bad_parameters(client, story, url):
    assert client.get(url).status_code == 200


@pytest.mark.usefixtures("seeded")
def test_seeded_pages_render(client):
    article = Article.objects.get(
        title="US, Japan Agree to Start Negotiations on Bilateral Free-Trade Pact"
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'href="/actors/shinzo-abe/"' in html
    for url in ("/actors/", "/topics/", "/negotiations/", "/actors/shinzo-abe/", "/topics/autos/"):
        assert client.get(url).status_code == 200
    for event in Event.objects.public():
        assert client.get(event.get_absolute_url()).status_code == 200


def test_articles_naming_an_actor_show_no_stray_separator_without_an_outlet(client, story):
    Article.objects.filter(pk=story["article"].pk).update(outlet=None)
    html = client.get("/actors/shinzo-abe/").content.decode()
    naming = html[html.index("Articles naming") :]
    assert "Leaders meet</a>" in naming
    assert '<span class="hint"> · ' not in naming


def test_entity_timeline_order_links_say_what_they_do(client, story):
    html = client.get("/actors/shinzo-abe/").content.decode()
    assert "Show in chronological order</a>" in html
    html = client.get("/actors/shinzo-abe/?order=oldest").content.decode()
    assert "Show newest first</a>" in html


def test_negotiation_start_is_not_read_as_the_end(client, story):
    talks = story["talks"]
    talks.started = date(2018, 9, 1)
    talks.save()
    html = client.get(talks.get_absolute_url()).content.decode()
    assert "<dt>Started</dt><dd>September 2018</dd>" in html
    assert ", since September 2018" not in html
    assert "started September 2018" in client.get("/negotiations/").content.decode()


def test_actor_index_keeps_name_and_role_together(client, story):
    html = client.get("/actors/").content.decode()
    assert (
        '<span class="index-list__name"><a href="/actors/shinzo-abe/">Shinzo Abe</a> '
        '<span class="hint index-list__role">Prime Minister</span></span>'
    ) in html


@pytest.mark.parametrize("url", ["/no-such-page/", "/actors/nobody/", "/events/999999/"])
def test_not_found_page_is_the_sites_own(client, url, settings):
    settings.DEBUG = False
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert "<title>Page not found — TradeWatch</title>" in html
    assert 'class="site-header"' in html  # the site's navigation, not a bare "Not Found"
    assert 'href="/search/"' in html


def test_server_error_page_renders_without_a_request():
    from django.template import loader

    html = loader.get_template("500.html").render()
    assert "<title>Server error — TradeWatch</title>" in html
    assert "/static/css/site" in html


def test_event_page_links_to_the_timeline_around_it(client, story):
    event = story["event"]
    html = client.get(event.get_absolute_url()).content.decode()
    month = f"{event.date:%Y-%m}"
    assert f'href="/?date_from={month}&amp;date_to={month}"' in html
    Event.objects.filter(pk=event.pk).update(precision=Event.Precision.YEAR)
    cache.clear()
    html = client.get(event.get_absolute_url()).content.decode()
    year = f"{event.date:%Y}"
    assert (
        f'href="/?date_from={year}&amp;date_to={year}">Everything else on the timeline in {year}<'
        in html
    )


def test_article_page_links_its_outlet_and_the_story_its_date_came_from(client, story):
    source = story["article"]
    inferred = make_article(
        title="Follow-up",
        outlet=source.outlet,
        published_how=Article.PublishedHow.INFERRED,
        published_from=source,
    )
    html = client.get(inferred.get_absolute_url()).content.decode()
    assert f'href="/?outlet={source.outlet.slug}">every event it reported</a>' in html
    assert (
        f'(inferred from a matching story: <a href="{source.get_absolute_url()}">Leaders meet</a>)'
        in html
    )
    Article.objects.filter(pk=source.pk).update(status=Article.Status.HIDDEN)
    cache.clear()
    html = client.get(inferred.get_absolute_url()).content.decode()
    assert source.get_absolute_url() not in html  # no link to a page readers cannot open


def test_every_page_points_to_the_api_and_its_docs_are_served_locally(client):
    html = client.get("/actors/").content.decode()
    assert '<a href="/api/docs">JSON API</a>' in html
    docs = client.get("/api/docs").content.decode()
    assert "cdn.jsdelivr.net" not in docs  # blocked by our Content-Security-Policy
    assert "/static/ninja/swagger-ui-bundle" in docs


def test_an_actor_without_events_says_so_plainly(client, story):
    make_actor("Quiet Person")
    html = client.get("/actors/quiet-person/").content.decode()
    assert "None on the timeline yet." in html
    assert "No events match these filters." not in html  # the reader set no filter
    assert "Filter further on the main timeline" not in html
    assert "Subscribe:" in html  # future events still arrive in the feed
    assert (
        "Filter further on the main timeline" in client.get("/actors/shinzo-abe/").content.decode()
    )
