"""Curated edits stick: what a curator saves in the admin survives a later import of the
edited file and a re-extraction, for articles, actors and events."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.urls import reverse

from articles.models import Actor, Alias, Article, Event, Mention
from articles.services import articles_reextract
from tests.conftest import SEED_DIR

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator_client(client):
    user = User.objects.create_user("carla", is_staff=True)
    user.groups.add(Group.objects.get(name="Curator"))
    client.force_login(user)
    return client


@pytest.fixture
def seed_copy(reference_data, tmp_path):
    """The seeds copied to a folder the test may edit, and imported from there."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEED_DIR, folder)
    call_command("import_articles", str(folder), verbosity=0)
    return folder


def reimport_edited(folder) -> None:
    """Change every file's text a little, import the folder again, then re-extract."""
    for path in folder.iterdir():
        path.write_text(path.read_text(encoding="utf-8") + "\n\nEditor's note: updated.\n")
    call_command("import_articles", str(folder), verbosity=0)
    report = articles_reextract(articles=Article.objects.all())
    assert not report.failed, report.summary()


def change_form_data(response) -> dict:
    """The POST data the admin change page would send back unchanged."""
    data: dict[str, object] = {}

    def put(bound) -> None:
        value = bound.value()
        if isinstance(value, bool):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [str(v) for v in value]
        elif isinstance(value, date):
            data[bound.html_name] = value.isoformat()
        else:
            data[bound.html_name] = "" if value is None else str(value)

    for bound in response.context["adminform"].form:
        put(bound)
    for inline in response.context["inline_admin_formsets"]:
        for bound in inline.formset.management_form:
            put(bound)
        for form in inline.formset.forms:
            for bound in form:
                put(bound)
    return data


def admin_save(client, obj, **changes) -> dict:
    """Save `obj` through its admin change page with `changes`; return the data sent."""
    url = reverse(f"admin:articles_{obj._meta.model_name}_change", args=[obj.pk])
    data = change_form_data(client.get(url))
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return data


def test_curated_article_fields_survive_reimport_and_reextraction(seed_copy, curator_client):
    article = Article.objects.get(origin__startswith="000_")
    admin_save(curator_client, article, title="Curated title", published="2018-09-25")
    article.refresh_from_db()
    assert set(article.curated_fields) >= {"title", "published", "published_how"}
    assert article.published_how == Article.PublishedHow.MANUAL

    reimport_edited(seed_copy)

    article.refresh_from_db()
    assert article.body.endswith("updated.")  # the import did update the article
    assert article.title == "Curated title"
    assert (article.published, article.published_how) == (date(2018, 9, 25), "manual")


def test_clearing_an_article_date_by_hand_makes_it_unknown_and_it_stays(seed_copy, curator_client):
    article = Article.objects.get(origin__startswith="000_")
    admin_save(curator_client, article, published="")
    reimport_edited(seed_copy)
    article.refresh_from_db()
    assert (article.published, article.published_how) == (None, "unknown")


def test_a_date_without_how_it_was_found_is_refused_not_an_error(seed_copy, curator_client):
    article = Article.objects.get(origin__startswith="000_")
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = change_form_data(curator_client.get(url))
    data.update(published="", published_how="caption")
    response = curator_client.post(url, data)
    assert response.status_code == 200
    assert "Give a date" in response.content.decode()


def test_curated_actor_fields_survive_reimport_and_reextraction(seed_copy, curator_client):
    proposed = Actor.objects.proposed().first()
    old_name = proposed.name
    admin_save(
        curator_client,
        proposed,
        name=f"{old_name} (curated)",
        role="Curated role",
        status=Actor.Status.CONFIRMED,
    )
    confirmed = Actor.objects.get(slug="japan")
    admin_save(curator_client, confirmed, description="Curated description.")

    reimport_edited(seed_copy)

    proposed.refresh_from_db()
    confirmed.refresh_from_db()
    assert (proposed.name, proposed.role, proposed.status) == (
        f"{old_name} (curated)",
        "Curated role",
        Actor.Status.CONFIRMED,
    )
    assert {"name", "role", "status"} <= set(proposed.curated_fields)
    assert confirmed.description == "Curated description."
    # The old name became an alias, so the import found the renamed actor again.
    assert Alias.objects.get(text=old_name).actor == proposed
    assert not Actor.objects.filter(name=old_name).exists()
    assert proposed.mentions.exists()


def test_a_mention_deleted_by_hand_is_kept_removed_and_never_re_added(seed_copy, curator_client):
    article = Article.objects.get(origin__startswith="000_")
    japan = Actor.objects.get(slug="japan")
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = change_form_data(curator_client.get(url))
    row = next(
        key.removesuffix("-actor")
        for key, value in data.items()
        if key.startswith("mentions-") and key.endswith("-actor") and value == str(japan.pk)
    )
    data[f"{row}-DELETE"] = "on"
    assert curator_client.post(url, data).status_code == 302

    mention = Mention.objects.get(article=article, actor=japan)
    assert mention.removed

    reimport_edited(seed_copy)

    assert Mention.objects.get(article=article, actor=japan).removed
    assert article.mentions.filter(actor=japan).count() == 1


def test_curated_event_fields_survive_reimport_and_reextraction(seed_copy, curator_client):
    event = Event.objects.filter(status=Event.Status.CONFIRMED, actors__isnull=False).first()
    kept_actor, *_dropped = list(event.actors.all())
    original_title, evidence_count = event.title, event.evidence.count()
    admin_save(
        curator_client,
        event,
        title="Curated event title",
        status=Event.Status.HIDDEN,
        date="2018-09-01",
        precision="month",
        actors=[str(kept_actor.pk)],
    )
    event.refresh_from_db()
    assert {"title", "status", "date", "precision", "actors"} <= set(event.curated_fields)

    reimport_edited(seed_copy)

    event.refresh_from_db()
    assert event.title == "Curated event title"
    assert event.status == Event.Status.HIDDEN
    assert (event.date, event.precision) == (date(2018, 9, 1), "month")
    assert list(event.actors.all()) == [kept_actor]
    # The hidden event still holds its evidence: it did not come back as a new event.
    assert event.evidence.count() == evidence_count
    assert not Event.objects.filter(title=original_title).exists()
