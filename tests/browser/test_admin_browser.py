"""What a curator does in the admin, in Chromium: merge two actors, then see the public
timeline filtered by the one kept list the events of both."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache

from articles.models import Actor
from tests.factories import make_actor, make_article, make_event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _fresh_cache(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()


def log_in(page, base_url: str) -> None:
    # A superuser: transactional tests flush the Curator group the migration made.
    User.objects.create_superuser("carla", "carla@example.org", "pw-for-the-browser")
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", "carla")
    page.fill("#id_password", "pw-for-the-browser")
    page.click("input[type=submit]")
    page.wait_for_url(base_url + "/admin/")


def test_merge_two_actors_then_filter_the_timeline_by_the_kept_one(live_server, page):
    kept = make_actor("Robert Lighthizer", role="U.S. Trade Representative")
    duplicate = make_actor("Bob Lighthizer")
    article = make_article(title="Trade talks", body="Lighthizer met. Bob Lighthizer spoke.")
    make_event("Lighthizer meets envoys", article=article).actors.add(kept)
    make_event("Bob Lighthizer announces tariffs", article=article).actors.add(duplicate)

    log_in(page, live_server.url)
    page.goto(live_server.url + "/admin/articles/actor/")
    page.check(f"input[name=_selected_action][value='{kept.pk}']")
    page.check(f"input[name=_selected_action][value='{duplicate.pk}']")
    page.select_option("select[name=action]", "merge")
    page.click("button[name=index]")

    page.wait_for_url(re.compile(r"/admin/articles/actor/merge/"))
    page.check(f"input[name=keep][value='{kept.pk}']")
    page.click("input[type=submit][value=Merge]")
    page.wait_for_url(re.compile(rf"/admin/articles/actor/{kept.pk}/change/"))
    assert (
        "Merged Bob Lighthizer into Robert Lighthizer" in page.locator(".messagelist").inner_text()
    )
    assert list(Actor.objects.values_list("name", flat=True)) == ["Robert Lighthizer"]

    page.goto(f"{live_server.url}/?actor={kept.slug}")
    timeline = page.locator("#timeline")
    timeline.wait_for()
    text = timeline.inner_text()
    assert "Lighthizer meets envoys" in text
    assert "Bob Lighthizer announces tariffs" in text
