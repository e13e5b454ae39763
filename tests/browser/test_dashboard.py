"""What a reader does on the dashboard, in Chromium: filter, page back, read the sources.

Runs against a live server with the seed articles imported. Each flow is written once and
run with JavaScript (htmx updates in place) and without it (the form submits)."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache

from articles.models import Event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def event_items(page):
    return page.locator("#timeline li.event")


def assert_every_event_has(page, *chips: str) -> None:
    items = event_items(page)
    assert items.count() >= 1, "no event to check"
    for index in range(items.count()):
        text = items.nth(index).locator(".chips").inner_text()
        for chip in chips:
            assert chip in text


def apply(page, js: bool) -> None:
    """Without JavaScript the reader presses "Apply filters"; with it, htmx already has."""
    if not js:
        page.get_by_role("button", name="Apply filters").click()


def filter_flow(page, base_url: str, js: bool) -> None:
    page.goto(base_url + "/")
    assert event_items(page).count() > 3

    page.check("#f-actor-shinzo-abe")
    apply(page, js)
    page.wait_for_url(re.compile(r"actor=shinzo-abe"))
    page.wait_for_selector("text=Events involving Shinzo Abe")
    abe_count = event_items(page).count()
    assert abe_count >= 1
    assert_every_event_has(page, "Shinzo Abe")

    page.check("#f-topic-tariffs")
    apply(page, js)
    page.wait_for_url(re.compile(r"topic=tariffs"))
    page.wait_for_selector("text=Events involving Shinzo Abe about Tariffs")
    assert_every_event_has(page, "Shinzo Abe", "Tariffs")

    page.fill("#f-date-from", "2018")
    page.fill("#f-date-to", "2018-12")
    if js:
        page.press("#f-date-to", "Enter")
    else:
        apply(page, js)
    page.wait_for_url(re.compile(r"date_to=2018-12"))
    page.wait_for_selector("text=Events involving Shinzo Abe about Tariffs, from 2018 to Dec")
    assert "actor=shinzo-abe" in page.url
    assert "topic=tariffs" in page.url

    page.go_back()
    page.wait_for_url(lambda url: "date_to" not in url and "topic=tariffs" in url)
    page.wait_for_selector("text=Events involving Shinzo Abe about Tariffs")
    page.go_back()
    page.wait_for_url(lambda url: "topic" not in url and "actor=shinzo-abe" in url)
    page.wait_for_selector(".description__words >> text=Events involving Shinzo Abe")
    assert event_items(page).count() == abe_count

    first = event_items(page).first
    first.locator("details.sources summary").click()
    sentence = first.locator(".sources__sentence").first
    assert sentence.is_visible()
    first.locator(".sources__cite a").first.click()
    page.wait_for_url(re.compile(r"/articles/\d+/$"))
    assert page.locator("h1").inner_text()
    page.locator("a.mention", has_text="Abe").first.click()
    page.wait_for_url(re.compile(r"/actors/shinzo-abe/$"))
    assert page.locator("h1").inner_text() == "Shinzo Abe"
    assert event_items(page).count() == abe_count


@pytest.mark.usefixtures("seeded")
def test_filter_read_sources_and_open_an_actor(live_server, page):
    filter_flow(page, live_server.url, js=True)


@pytest.mark.usefixtures("seeded")
def test_the_same_without_javascript(live_server, page_without_js):
    filter_flow(page_without_js, live_server.url, js=False)


@pytest.mark.usefixtures("seeded")
def test_phone_viewport(live_server, phone_page):
    page = phone_page
    page.goto(live_server.url + "/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    # the filters fold away on a phone, and open on demand
    page.get_by_text("Filters", exact=True).click()
    page.check("#f-actor-shinzo-abe")
    page.wait_for_url(re.compile(r"actor=shinzo-abe"))
    assert_every_event_has(page, "Shinzo Abe")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.goto(live_server.url + "/actors/shinzo-abe/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


@pytest.mark.usefixtures("seeded")
def test_invalid_date_shows_a_message_next_to_the_field(live_server, page):
    page.goto(live_server.url + "/?date_from=2018-13")
    error = page.locator("#f-date-from-error")
    assert "is not a date" in error.inner_text()
    assert page.locator("#f-date-from").get_attribute("aria-invalid") == "true"


@pytest.mark.usefixtures("seeded")
def test_pages_respect_the_content_security_policy(live_server, page):
    violations = []
    page.on("console", lambda message: violations.append(message.text))
    paths = ("/", "/actors/", "/actors/shinzo-abe/", "/topics/autos/", "/negotiations/")
    for path in (*paths, "/search/?q=tariffs", "/api/docs"):
        page.goto(live_server.url + path)
    assert not [v for v in violations if "Content Security Policy" in v]


@pytest.mark.usefixtures("seeded")
def test_phone_keeps_the_filters_open_when_one_has_an_error(live_server, phone_page):
    page = phone_page
    page.goto(live_server.url + "/?actor=nobody")
    summary = page.locator(".notice--error")
    assert "There is no actor “nobody”" in summary.inner_text()
    assert page.locator("#filters-panel").evaluate("el => el.open") is True
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # without an error the panel folds away as before
    page.goto(live_server.url + "/?actor=shinzo-abe")
    assert page.locator("#filters-panel").evaluate("el => el.open") is False


@pytest.mark.usefixtures("seeded")
def test_filtering_in_place_retitles_the_tab(live_server, page):
    page.goto(live_server.url + "/")
    page.check("#f-actor-shinzo-abe")
    page.wait_for_url(re.compile(r"actor=shinzo-abe"))
    page.wait_for_function("document.title.startsWith('Events involving Shinzo Abe')")
    assert page.title().endswith("TradeWatch: timeline of trade negotiations")


@pytest.mark.usefixtures("seeded")
def test_the_latest_articles_leave_room_for_the_timeline_on_a_phone(live_server, phone_page):
    phone_page.goto(live_server.url + "/")
    # stacked, the latest headlines put the timeline below the first screen
    assert phone_page.locator("#timeline").bounding_box()["y"] < 650
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 375


@pytest.mark.usefixtures("seeded")
def test_the_home_page_and_search_fit_a_phone(live_server, phone_page):
    event = Event.objects.public().first().get_absolute_url()
    for path in ("/", "/search/?q=tariffs", event, "/no-such-page/"):
        phone_page.goto(live_server.url + path)
        assert phone_page.evaluate("document.documentElement.scrollWidth") <= 375, path


@pytest.mark.usefixtures("seeded")
def test_a_keyboard_can_skip_the_filters(live_server, page):
    page.goto(live_server.url + "/")
    skip = page.get_by_role("link", name="Skip the filters, to the events")
    skip.focus()
    assert skip.is_visible()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    # the next stop is among the results, not the first filter
    assert page.evaluate("document.activeElement.closest('#results') !== null")
