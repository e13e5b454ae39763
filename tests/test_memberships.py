"""A bloc's member countries (Actor.members): loaded from fixtures/lists/memberships.json by
load_reference_data, kept as curators edit them, linked when an import adds a listed
country, shown in the admin and on the bloc's page, and given to the extraction's
registry (ActorRef.members) for clustering."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.extraction.formats import document_from_text
from articles.models import Actor
from articles.services import articles_import
from articles.services.curation import actors_merge
from articles.services.importing import registry_extractor
from tests.test_admin_sticky import admin_save

pytestmark = pytest.mark.django_db

GCC = "gulf-cooperation-council"


def members(slug: str) -> set[str]:
    return set(Actor.objects.get(slug=slug).members.values_list("slug", flat=True))


def test_reference_data_links_blocs_to_the_members_the_registry_has(reference_data):
    assert {"germany", "france", "poland", "ireland"} <= members("european-union")
    assert members("european-free-trade-association") == {"iceland", "norway"}
    assert members(GCC) == {"oman"}
    # Countries are not added here: an import adds them as articles name them.
    assert not Actor.objects.filter(slug="saudi-arabia").exists()


def test_loading_again_adds_missing_members_but_keeps_a_curators_edit(reference_data, capsys):
    eu = Actor.objects.get(slug="european-union")
    eu.members.remove(Actor.objects.get(slug="germany"))
    gcc = Actor.objects.get(slug=GCC)
    gcc.members.clear()
    gcc.curated_fields = ["members"]
    gcc.save()
    call_command("load_reference_data")
    assert "Added 1 memberships" in capsys.readouterr().out
    assert "germany" in members("european-union")
    assert members(GCC) == set()


def test_the_registry_gives_a_bloc_its_listed_members_not_stored_yet(reference_data):
    refs = registry_extractor().actor_refs
    assert {"oman", "saudi-arabia", "qatar"} <= set(refs[GCC].members)
    gcc = Actor.objects.get(slug=GCC)
    gcc.curated_fields = ["members"]
    gcc.save()
    assert registry_extractor().actor_refs[GCC].members == ("oman",)


def test_an_import_adding_a_listed_country_makes_it_a_member(reference_data):
    text = "RIYADH, March 3, 2025 — Saudi Arabia and Japan agreed on Monday to open talks.\n"
    articles_import(documents=[document_from_text("saudi.txt", text)])
    assert "saudi-arabia" in members(GCC)
    # Not of a bloc whose members a curator edited.
    gcc = Actor.objects.get(slug=GCC)
    gcc.curated_fields = ["members"]
    gcc.save()
    text = "DOHA, March 4, 2025 — Qatar and Japan agreed on Tuesday to open talks.\n"
    articles_import(documents=[document_from_text("qatar.txt", text)])
    assert Actor.objects.filter(slug="qatar").exists()
    assert "qatar" not in members(GCC)


def test_the_admin_shows_a_blocs_members_and_an_edit_is_the_curators(
    reference_data, curator_client
):
    gcc = Actor.objects.get(slug=GCC)
    page = curator_client.get(reverse("admin:articles_actor_change", args=[gcc.pk]))
    assert page.status_code == 200
    assert "Oman" in page.content.decode()
    norway = Actor.objects.get(slug="norway")
    admin_save(curator_client, gcc, members=[str(norway.pk)])
    gcc.refresh_from_db()
    assert "members" in gcc.curated_fields
    assert members(GCC) == {"norway"}
    call_command("load_reference_data", verbosity=0)
    assert members(GCC) == {"norway"}


def test_the_public_page_of_a_bloc_lists_its_members(reference_data, client):
    page = client.get(reverse("articles:actor-detail", args=[GCC]))
    assert page.status_code == 200
    assert "<dt>Members</dt>" in page.content.decode()
    assert "Oman" in page.content.decode()


def test_merging_countries_moves_their_memberships(reference_data):
    oman = Actor.objects.get(slug="oman")
    sultanate = Actor.objects.create(name="Sultanate", slug="sultanate", kind="country")
    actors_merge(keep=sultanate, others=[oman])
    assert members(GCC) == {"sultanate"}
