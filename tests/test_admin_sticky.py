"""Curated edits stick: what a curator saves in the admin survives a later import of the
edited file and a re-extraction, for articles, actors and events, and for the mentions,
quotes and topic links a curator adds, edits or deletes."""

from __future__ import annotations

import json
import shutil
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from articles.models import Actor, Alias, Article, ArticleTopic, Event, Mention, Quote, Topic
from articles.services import articles_reextract
from tests.conftest import SEED_DIR

pytestmark = pytest.mark.django_db


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


# --- mentions, quotes and topic links a curator adds, edits or deletes ------------------


def article_form(client, article) -> tuple[str, dict]:
    url = reverse("admin:articles_article_change", args=[article.pk])
    return url, change_form_data(client.get(url))


def inline_row(data: dict, prefix: str, field: str, value: object) -> str:
    """The form prefix ("quotes-2") of the inline row whose `field` is `value`."""
    return next(
        key.removesuffix(f"-{field}")
        for key, found in data.items()
        if key.startswith(f"{prefix}-") and key.endswith(f"-{field}") and found == str(value)
    )


def add_inline_row(data: dict, prefix: str, **fields) -> None:
    n = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(n + 1)
    data.update({f"{prefix}-{n}-{name}": str(value) for name, value in fields.items()})


def test_a_mention_added_or_edited_by_hand_is_kept_as_the_curator_made_it(
    seed_copy, curator_client
):
    article = Article.objects.get(origin__startswith="000_")
    lighthizer = Actor.objects.get(slug="robert-lighthizer")
    assert not article.mentions.filter(actor=lighthizer).exists()
    url, data = article_form(curator_client, article)
    add_inline_row(data, "mentions", actor=lighthizer.pk, count=1, role="Added by hand")
    trump = inline_row(data, "mentions", "actor", Actor.objects.get(slug="donald-trump").pk)
    data[f"{trump}-role"] = "Edited by hand"
    assert curator_client.post(url, data).status_code == 302

    reimport_edited(seed_copy)

    added = Mention.objects.get(article=article, actor=lighthizer)
    edited = Mention.objects.get(article=article, actor__slug="donald-trump")
    assert (added.role, added.curated, added.removed) == ("Added by hand", True, False)
    assert (edited.role, edited.curated) == ("Edited by hand", True)
    # Mentions nobody touched are derived again, not marked.
    assert not Mention.objects.get(article=article, actor__slug="japan").curated


def test_a_quote_edited_by_hand_keeps_its_speaker_and_is_not_derived_twice(
    seed_copy, curator_client
):
    article = Article.objects.get(origin__startswith="000_")
    quote = article.quotes.get(text__startswith="We’ve agreed today")
    abe = Actor.objects.get(slug="shinzo-abe")
    url, data = article_form(curator_client, article)
    row = inline_row(data, "quotes", "id", quote.pk)
    data[f"{row}-speaker"] = str(abe.pk)
    assert curator_client.post(url, data).status_code == 302

    reimport_edited(seed_copy)

    [kept] = article.quotes.filter(text__startswith="We’ve agreed today")
    assert (kept.pk, kept.speaker, kept.curated) == (quote.pk, abe, True)
    # The other quotes were derived again, with the importer's speakers.
    assert article.quotes.filter(curated=False, speaker__slug="donald-trump").count() == 2


def test_a_quote_deleted_by_hand_is_kept_removed_and_shown_nowhere(seed_copy, curator_client):
    article = Article.objects.get(origin__startswith="000_")
    quote = article.quotes.get(text__startswith="We’ve agreed today")
    url, data = article_form(curator_client, article)
    data[f"{inline_row(data, 'quotes', 'id', quote.pk)}-DELETE"] = "on"
    assert curator_client.post(url, data).status_code == 302
    assert Quote.objects.get(pk=quote.pk).removed

    reimport_edited(seed_copy)

    assert list(article.quotes.filter(text__startswith="We’ve agreed today")) == [quote]
    assert Quote.objects.get(pk=quote.pk).removed
    shown = [q.text for q in Client().get(article.get_absolute_url()).context["quotes"]]
    assert not any(text.startswith("We’ve agreed today") for text in shown)
    assert any("for various reasons over the years" in text for text in shown)
    exported = json.loads(export_json())
    [entry] = [a for a in exported["articles"] if a["origin"].startswith("000_")]
    assert not any(q["text"].startswith("We’ve agreed today") for q in entry["quotes"])
    assert entry["quotes"]


def test_a_topic_added_or_deleted_by_hand_stays_so(seed_copy, curator_client):
    article = Article.objects.get(origin__startswith="000_")
    currency = Topic.objects.get(slug="currency")
    autos = Topic.objects.get(slug="autos")
    url, data = article_form(curator_client, article)
    add_inline_row(data, "topic_links", topic=currency.pk, count=1)
    data[f"{inline_row(data, 'topic_links', 'topic', autos.pk)}-DELETE"] = "on"
    assert curator_client.post(url, data).status_code == 302

    reimport_edited(seed_copy)

    links = {link.topic.slug: link for link in article.topic_links.all()}
    assert (links["currency"].curated, links["currency"].removed) == (True, False)
    assert links["autos"].removed
    assert not article.topic_links.kept().filter(topic=autos).exists()
    exported = json.loads(export_json())
    [entry] = [a for a in exported["articles"] if a["origin"].startswith("000_")]
    assert "Currency" in entry["topics"]
    assert "Autos" not in entry["topics"]


def test_quotes_lose_a_speaker_the_curator_removed_from_the_article(seed_copy, curator_client):
    article = Article.objects.get(origin__startswith="000_")
    trump = Actor.objects.get(slug="donald-trump")
    assert article.quotes.filter(speaker=trump).count() == 3
    url, data = article_form(curator_client, article)
    data[f"{inline_row(data, 'mentions', 'actor', trump.pk)}-DELETE"] = "on"
    assert curator_client.post(url, data).status_code == 302

    reimport_edited(seed_copy)

    assert not article.quotes.filter(speaker=trump).exists()
    assert article.quotes.filter(text__startswith="We’ve agreed today", speaker=None).exists()
    # Elsewhere the actor still speaks.
    assert Quote.objects.filter(speaker=trump).exclude(article=article).exists()


@pytest.mark.parametrize("model", [Quote, Mention, ArticleTopic])
def test_deleting_a_row_from_its_own_admin_page_marks_it_removed(seeded, curator_client, model):
    row = model.objects.filter(article__origin__startswith="002_").first()
    url = reverse(f"admin:articles_{model._meta.model_name}_delete", args=[row.pk])
    assert curator_client.post(url, {"post": "yes"}).status_code == 302
    row.refresh_from_db()
    assert row.removed
    # and saving one there marks it the curator's
    admin_save(curator_client, row, removed="")
    row.refresh_from_db()
    assert (row.removed, row.curated) == (False, True)


def export_json() -> str:
    out = StringIO()
    call_command("export_timeline", "--format", "json", stdout=out)
    return out.getvalue()
