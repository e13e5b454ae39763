"""What a curator does in the admin, in Chromium: merge two actors, then see the public
timeline filtered by the one kept list the events of both; judge proposed actors by the
sentences that name them and confirm them in bulk."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache

from articles.models import Actor, Article
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


def test_judge_proposed_actors_by_their_sentences_and_confirm_them_in_bulk(live_server, page):
    body = (
        "Talks resumed in Geneva. Mira Okonjo, the chief negotiator, said the gap had narrowed. "
        "The Harbour Exporters Council welcomed the round."
    )
    article = make_article(title="Round five ends", body=body)
    proposed = []
    for name in ["Mira Okonjo", "Harbour Exporters Council"]:
        actor = make_actor(name, status=Actor.Status.PROPOSED)
        start = body.index(name)
        actor.mentions.create(
            article=article, first_offset=start, spans=[[start, start + len(name)]]
        )
        proposed.append(actor)
    make_event("Talks resume in Geneva", article=article).actors.add(*proposed)

    log_in(page, live_server.url)
    page.goto(live_server.url + "/admin/articles/article/review/")
    page.get_by_role("link", name="All 2 in the actor list").click()
    page.wait_for_url(re.compile(r"/admin/articles/actor/\?status__exact=proposed"))
    row = page.locator("#result_list tr", has_text="Mira Okonjo")
    assert row.locator("mark").inner_text() == "Mira Okonjo"
    assert "the chief negotiator, said the gap had narrowed." in row.inner_text()
    assert "Round five ends" in row.locator(".field-found_in a").inner_text()

    page.check("#action-toggle")
    page.select_option("select[name=action]", "confirm")
    page.click("button[name=index]")
    assert "Confirmed 2 actor(s)." in page.locator(".messagelist").inner_text()
    assert not Actor.objects.proposed().exists()

    page.goto(f"{live_server.url}/?actor={proposed[1].slug}")
    assert "Talks resume in Geneva" in page.locator("#timeline").inner_text()


def test_merge_a_proposed_actor_into_a_confirmed_one_named_in_the_review_queue(live_server, page):
    kept = make_actor("Katherine Tai", role="U.S. Trade Representative")
    make_actor("Shinzo Abe")
    article = make_article(title="Tariff talks", body="Ambassador Tai met the envoys.")
    duplicate = make_actor("Ambassador Tai", status=Actor.Status.PROPOSED)
    duplicate.mentions.create(article=article, first_offset=0)
    make_event("Tai meets envoys", article=article).actors.add(duplicate)

    log_in(page, live_server.url)
    page.goto(live_server.url + "/admin/articles/article/review/")
    row = page.locator("tr.proposed-actor", has_text="Ambassador Tai")
    field = row.get_by_label("Same as")
    # The names come from one list on the page; a name that is no confirmed actor is refused.
    assert page.locator("#merge-targets option").all_inner_texts() == ["Person", "Person"]
    field.fill("Katherine Tia")
    row.get_by_role("button", name="Merge…").click()
    page.wait_for_url(re.compile(r"/admin/articles/article/review/"))
    assert (
        "no confirmed actor is called “Katherine Tia”" in page.locator(".messagelist").inner_text()
    )

    row = page.locator("tr.proposed-actor", has_text="Ambassador Tai")
    row.get_by_label("Same as").fill("Katherine Tai")
    row.get_by_role("button", name="Merge…").click()
    page.wait_for_url(re.compile(r"/admin/articles/actor/merge/"))
    assert page.locator(f"input[name=keep][value='{kept.pk}']").is_checked()
    page.click("input[type=submit][value=Merge]")
    page.wait_for_url(re.compile(rf"/admin/articles/actor/{kept.pk}/change/"))
    assert "Merged Ambassador Tai into Katherine Tai" in page.locator(".messagelist").inner_text()
    assert set(kept.events.values_list("title", flat=True)) == {"Tai meets envoys"}


def test_hide_every_match_of_a_search_counted_past_its_limit(live_server, page, monkeypatch):
    from articles.admin.content import ArticleAdmin
    from articles.admin.searching import CappedPaginator

    monkeypatch.setattr(CappedPaginator, "count_limit", 2)
    monkeypatch.setattr(ArticleAdmin, "list_per_page", 2)
    matches = [make_article(f"Tariff report {word}.") for word in ["one", "two", "three", "four"]]
    other = make_article("Quota report.")

    log_in(page, live_server.url)
    page.goto(live_server.url + "/admin/articles/article/?q=tariff")
    assert "more than 2 results" in page.locator("#toolbar").inner_text()
    page.check("#action-toggle")
    page.click("text=Select all matching articles (more than 2)")
    assert page.locator(".actions .all").is_visible()
    page.select_option("select[name=action]", "hide")
    page.click("button[name=index]")

    page.wait_for_url(re.compile(r"/admin/articles/article/"))
    statuses = {a.pk: a.status for a in Article.objects.all()}
    assert [statuses[a.pk] for a in matches] == [Article.Status.HIDDEN] * 4
    assert statuses[other.pk] == Article.Status.PUBLISHED
