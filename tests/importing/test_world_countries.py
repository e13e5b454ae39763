"""Countries of the world's list (countries.py) the registry lacks are added confirmed.

The list is reference data, not the importer's guess: a country it names is stored
confirmed with the list's other names and demonyms as aliases, so readers see it on the
article page, in the facets and in the country filter at once. People and organisations
the registry lacks are still proposed for a curator."""

import pytest

from articles.extraction.formats import document_from_text
from articles.models import Actor, Alias, Article
from articles.services import articles_import, importing

pytestmark = pytest.mark.django_db

BRAZIL = (
    "BRASILIA, March 3, 2025 — Brazil and Japan agreed on Monday to open talks on beef "
    "exports, Brazilian officials said. Jane Doe of the Example Cattle Council welcomed "
    "the move.\n"
)


def _import(name: str, text: str):
    return articles_import(documents=[document_from_text(name, text)])


def test_a_named_country_of_the_world_list_is_confirmed_with_its_aliases(reference_data):
    report = _import("brazil.txt", BRAZIL)
    brazil = Actor.objects.get(slug="brazil")
    assert (brazil.kind, brazil.status) == (Actor.Kind.COUNTRY, Actor.Status.CONFIRMED)
    assert list(brazil.aliases.values_list("text", flat=True)) == ["Brazilian"]
    assert brazil.history.count() == 1
    # the body the registry lacks is still proposed; the summary tells the two apart
    assert Actor.objects.get(name="Example Cattle Council").status == Actor.Status.PROPOSED
    assert "1 proposed, 1 added from the country list;" in report.summary()
    assert report.total("countries_added") == 1


def test_a_country_the_list_knows_by_its_name_alone_is_confirmed_too(reference_data):
    _import("vanuatu.txt", BRAZIL.replace("Brazil and Japan", "Vanuatu and Japan"))
    vanuatu = Actor.objects.get(slug="vanuatu")
    assert vanuatu.status == Actor.Status.CONFIRMED
    assert not vanuatu.aliases.exists()


def test_readers_see_and_filter_by_such_a_country(client, reference_data):
    _import("brazil.txt", BRAZIL)
    article = Article.objects.get(origin="brazil.txt")
    assert ">Brazil<" in client.get(f"/articles/{article.pk}/").content.decode()
    timeline = client.get("/?country=brazil")
    assert timeline.status_code == 200
    page = timeline.content.decode()
    assert "There is no country" not in page
    assert "open talks on beef" in page
    assert client.get("/actors/brazil/").status_code == 200


def test_an_alias_another_actor_already_has_is_left_to_it(reference_data):
    japan = Actor.objects.get(slug="japan")
    Alias.objects.create(actor=japan, text="Brazilian")  # a curator's odd choice
    _import("brazil.txt", BRAZIL)
    assert not Alias.objects.filter(actor__slug="brazil").exists()
    assert Alias.objects.get(text="Brazilian").actor == japan


def test_a_country_added_by_a_rolled_back_article_is_forgotten(reference_data, monkeypatch):
    original = importing._persist_extraction

    def fails_once(*, article, **kwargs):
        original(article=article, **kwargs)
        if article.origin == "brazil.txt":
            raise RuntimeError("lost the connection")

    monkeypatch.setattr(importing, "_persist_extraction", fails_once)
    again = document_from_text("again.txt", BRAZIL.replace("Monday", "Tuesday"))
    report = articles_import(documents=[document_from_text("brazil.txt", BRAZIL), again])
    assert [o.status for o in report.outcomes] == ["failed", "created"]
    # the second article added it again, and it stayed: one Brazil, with its alias
    assert Actor.objects.filter(name="Brazil").count() == 1
    assert Alias.objects.filter(actor__name="Brazil").count() == 1
    assert Article.objects.get(origin="again.txt").mentions.filter(actor__slug="brazil").exists()


def test_a_curators_rejection_of_such_a_country_stands(reference_data):
    _import("brazil.txt", BRAZIL)
    Actor.objects.filter(slug="brazil").update(status=Actor.Status.REJECTED)
    _import("again.txt", BRAZIL.replace("Monday", "Tuesday"))
    assert Actor.objects.get(slug="brazil").status == Actor.Status.REJECTED
    assert not Article.objects.get(origin="again.txt").mentions.filter(actor__slug="brazil")


def test_the_migration_confirms_countries_an_earlier_import_proposed(reference_data):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("articles.migrations.0011_confirm_world_countries")
    Actor.objects.create(name="Kenya", slug="kenya", kind="country", status="proposed")
    Actor.objects.create(
        name="Ghana", slug="ghana", kind="country", status="proposed", curated_fields=["status"]
    )
    Actor.objects.create(name="Nowhere", slug="nowhere", kind="country", status="proposed")
    migration.confirm_world_countries(apps, None)
    statuses = dict(Actor.objects.filter(kind="country").values_list("slug", "status"))
    assert statuses["kenya"] == "confirmed"
    assert list(Alias.objects.filter(actor__slug="kenya").values_list("text", flat=True)) == [
        "Kenyan"
    ]
    assert statuses["ghana"] == "proposed"  # the curator's status stands
    assert statuses["nowhere"] == "proposed"  # not on the world's list
