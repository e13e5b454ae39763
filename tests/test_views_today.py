"""The timeline's "today" line and the link over the events dated after today."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.facets import get_index
from articles.models import Event
from tests import snapshots
from tests.factories import make_article, make_event, make_topic

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 24)
HTMX = {"HX-Request": "true"}


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.fixture
def today(monkeypatch):
    """The server's local date, fixed (the views and the page cache read it the same way)."""
    current = {"day": TODAY}
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: current["day"])
    return current


@pytest.fixture
def around_today(today):
    """Events on both sides of today, and periods that contain it."""
    article = make_article(title="Plans and deeds")
    for title, day, precision in (
        ("Tariff extended until 2041", date(2041, 1, 1), "year"),
        ("Review due in 2038", date(2038, 6, 1), "month"),
        ("Vote tomorrow", TODAY + timedelta(days=1), "day"),
        ("Signed today", TODAY, "day"),
        ("Met last week", TODAY - timedelta(days=4), "day"),
        ("Talks this month", date(2026, 11, 1), "month"),
        ("Deal this year", date(2026, 1, 1), "year"),
        ("Summit long ago", date(2018, 9, 26), "day"),
    ):
        make_event(title, article=article, date=day, precision=precision, planned=day > TODAY)


def titles(html: str) -> list[str]:
    """The events' titles and the today line, in page order."""
    found = re.findall(r'class="event__title"><a [^>]*>([^<]+)<|id="(today)"', html)
    return [title or "TODAY" for title, marker in found]


def test_newest_first_puts_the_line_between_later_and_the_rest(client, around_today):
    html = client.get("/").content.decode()
    assert titles(html) == [
        "Tariff extended until 2041",
        "Review due in 2038",
        "Vote tomorrow",
        "TODAY",
        "Signed today",
        "Met last week",
        # A month or year that contains today has begun: it is today's period, below the
        # line, where its first day sorts it.
        "Talks this month",
        "Deal this year",
        "Summit long ago",
    ]
    assert "Today, 24 November 2026" in html
    assert "planned events above, what happened below" in html
    assert '<time datetime="2026-11-24">' in html
    # November 2026 is cut in two by the line: its heading shows on both sides.
    assert html.count('<h3 class="month__label">November 2026</h3>') == 2


def test_oldest_first_puts_the_line_where_today_falls(client, around_today):
    html = client.get("/?order=oldest").content.decode()
    assert titles(html) == [
        "Summit long ago",
        "Deal this year",
        "Talks this month",
        "Met last week",
        "Signed today",
        "TODAY",
        "Vote tomorrow",
        "Review due in 2038",
        "Tariff extended until 2041",
    ]
    assert "what happened above, planned events below" in html
    # The link over the planned events is for the newest-first order only.
    assert "planned events to today" not in html


def test_the_skip_link_goes_to_the_line_on_the_same_page(client, around_today):
    html = client.get("/").content.decode()
    assert '<a href="#today">Skip the 3 planned events to today' in html


def test_no_line_when_nothing_is_after_today(client, today):
    make_event("Met last week", date=TODAY - timedelta(days=4))
    make_event("Signed today", date=TODAY)
    html = client.get("/").content.decode()
    assert 'id="today"' not in html
    assert "planned events to today" not in html


def test_no_line_when_nothing_is_on_or_before_today(client, today):
    make_event("Vote tomorrow", date=TODAY + timedelta(days=1), planned=True)
    make_event("Talks next month", date=date(2026, 12, 1), precision="month", planned=True)
    for query in ("", "?order=oldest"):
        html = client.get("/" + query).content.decode()
        assert 'id="today"' not in html
        assert "planned events to today" not in html


def _make_many_planned() -> None:
    steel, autos = make_topic("Steel"), make_topic("Autos")
    article = make_article(title="Long plans")
    for n in range(120):
        event = make_event(
            f"Plan {n:03}", article=article, date=TODAY + timedelta(days=n + 1), planned=True
        )
        event.topics.set([steel])
    for n in range(10):
        event = make_event(f"Done {n:03}", article=article, date=TODAY - timedelta(days=n))
        event.topics.set([steel])
    for n in range(5):
        event = make_event(f"Car plan {n}", article=article, date=TODAY + timedelta(days=n + 1))
        event.topics.set([autos])


@pytest.fixture(scope="module")
def _many_planned_rows(django_db_setup, django_db_blocker) -> snapshots.Snapshot:
    """The rows of `many_planned`, made once for the module (135 events through the
    factories cost seconds, more on PostgreSQL) and written again by each test."""
    with django_db_blocker.unblock():
        return snapshots.record(_make_many_planned)


@pytest.fixture
def many_planned(db, today, _many_planned_rows):
    """120 events after today about steel, 10 before; and 5 after today about autos."""
    snapshots.restore(_many_planned_rows)


def test_the_skip_link_names_the_page_and_anchor_of_the_line(client, many_planned):
    # 125 events after today: the line is the 126th item, 26th on page 3.
    html = client.get("/").content.decode()
    assert (
        '<a href="?page=3#today" hx-get="?page=3" hx-swap="outerHTML show:#today:top">'
        "Skip the 125 planned events to today" in html
    )
    assert 'id="today"' not in html
    page3 = client.get("/?page=3").content.decode()
    order = titles(page3)
    assert order.index("TODAY") == 25
    assert order[24] == "Plan 000"
    assert order[26] == "Done 000"
    assert "planned events to today" not in page3  # only on the first page
    assert 'id="today"' not in client.get("/?page=2").content.decode()


def test_the_skip_link_keeps_the_filters(client, many_planned):
    html = client.get("/?topic=steel").content.decode()
    assert '<a href="?topic=steel&amp;page=3#today" hx-get="?topic=steel&amp;page=3"' in html
    assert "Skip the 120 planned events to today" in html
    # htmx gets the same link in the partial, and the page it loads has the line.
    partial = client.get("/?topic=steel", headers=HTMX).content.decode()
    assert 'hx-get="?topic=steel&amp;page=3"' in partial
    assert 'id="today"' in client.get("/?topic=steel&page=3", headers=HTMX).content.decode()
    # Filtered to events after today only, there is no line to skip to.
    assert "planned events to today" not in client.get("/?topic=autos").content.decode()


def test_the_line_costs_no_query(client, many_planned, today):
    get_index()
    counts = []
    for query in ("date_from=2018", "page=3", "topic=steel&page=3&order=oldest"):
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/?" + query).status_code == 200
        counts.append(len(queries))
    assert max(counts) <= 10

    def queries_for_page_3() -> tuple[int, bool]:
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/?page=3").content.decode()
        return len(queries), 'id="today"' in html

    # The same page with the line and, years later, without it: the count of events after
    # today comes from the index, not from SQL.
    with_line = queries_for_page_3()
    today["day"] = date(2040, 1, 1)
    assert queries_for_page_3() == (with_line[0], False)
    assert with_line[1]


def test_the_page_cache_keeps_the_date(client, around_today, today, django_assert_num_queries):
    first = client.get("/").content.decode()
    assert "Today, 24 November 2026" in first
    with django_assert_num_queries(0):
        assert client.get("/").content.decode() == first
    # At midnight the cached page is not served: the line moves with the date.
    today["day"] = TODAY + timedelta(days=1)
    html = client.get("/").content.decode()
    assert "Today, 25 November 2026" in html
    assert titles(html).index("TODAY") == 2  # "Vote tomorrow" is today's now
    # Back on the first date, that page is still in the cache.
    today["day"] = TODAY
    with django_assert_num_queries(0):
        assert client.get("/").content.decode() == first


def test_entity_timelines_show_the_line_too(client, many_planned):
    html = client.get("/topics/steel/?page=3").content.decode()
    assert 'id="today"' in html
    assert Event.objects.count() == 135
