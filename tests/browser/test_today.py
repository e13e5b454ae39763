"""A reader skips the planned events at the top of the timeline to today's line, in
Chromium, with JavaScript (htmx loads the page in place) and without it (a plain link)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from tests.factories import make_article, make_event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PLANNED = 60  # more than a page: the line is on page 2


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.fixture
def plans_and_deeds():
    today = timezone.localdate()
    article = make_article(title="Plans and deeds")
    for n in range(PLANNED):
        make_event(
            f"Planned step {n:02}",
            article=article,
            date=today + timedelta(days=n + 1),
            planned=True,
        )
    make_event("Signed today", article=article, date=today)
    make_event("Met last week", article=article, date=today - timedelta(days=7))
    return today


def line_in_view(page) -> bool:
    return page.locator("#today").evaluate(
        "el => { const r = el.getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )


def skip_flow(page, base_url: str, today, js: bool) -> None:
    page.goto(base_url + "/")
    assert page.locator("#today").count() == 0
    if js:
        page.evaluate("window.stillThisDocument = true")
    page.get_by_role("link", name=f"Skip the {PLANNED} planned events to today").click()
    page.wait_for_url(re.compile(r"\?page=2(#today)?$"))
    line = page.locator("#today")
    line.wait_for()
    assert f"Today, {today.day} {today:%B} {today.year}" in line.inner_text()
    page.wait_for_function(
        "() => { const r = document.getElementById('today').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )
    assert line_in_view(page)
    # What happened is right below the line, and the last planned step right above it.
    titles = page.locator("#timeline .event__title").all_inner_texts()
    assert titles[PLANNED - 50 - 1 :][:2] == ["Planned step 00", "Signed today"]
    if js:  # htmx swapped the results in place
        assert page.evaluate("window.stillThisDocument === true")


def test_skip_to_today_with_javascript(live_server, page, plans_and_deeds):
    skip_flow(page, live_server.url, plans_and_deeds, js=True)


def test_skip_to_today_without_javascript(live_server, page_without_js, plans_and_deeds):
    skip_flow(page_without_js, live_server.url, plans_and_deeds, js=False)
    assert page_without_js.url.endswith("?page=2#today")
