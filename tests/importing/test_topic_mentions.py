"""A curator says how often an article must name a topic (`Topic.min_mentions`), and the
next import reads articles by it."""

import pytest
from django.urls import reverse

from articles.extraction.formats import document_from_text
from articles.models import Article, Topic
from articles.services import articles_import
from tests.factories import make_topic

pytestmark = pytest.mark.django_db

LEAD = (
    "STRELSAU, March 3, 2025 — Ruritania and Borduria closed a round of talks on Friday. "
    "Negotiators met for four days. They will meet again in May. "
)
LATER = "Officials said little else. " * 30 + "Exporters asked for simpler rules of origin.\n"


def _topics_of(name: str, day: str) -> set[str]:
    text = LEAD.replace("March 3", f"March {day}") + LATER  # two reports, not one repeated
    articles_import(documents=[document_from_text(name, text)])
    article = Article.objects.get(origin=name)
    return set(article.topic_links.values_list("topic__slug", flat=True))


def test_a_topic_named_once_past_the_lead_is_the_articles_once_a_curator_says_so(
    curator_client,
):
    topic = make_topic("Rules of origin", slug="rules-of-origin", keywords="rules of origin")
    assert topic.min_mentions == 2
    assert "rules-of-origin" not in _topics_of("first.txt", "3")

    url = reverse("admin:articles_topic_change", args=[topic.pk])
    form = curator_client.get(url).content.decode()
    assert "Mentions needed" in form
    fields = {
        "name": topic.name,
        "slug": topic.slug,
        "description": "",
        "keywords": topic.keywords,
        "min_mentions": "1",
    }
    assert curator_client.post(url, fields).status_code == 302
    assert Topic.objects.get(pk=topic.pk).min_mentions == 1

    assert "rules-of-origin" in _topics_of("second.txt", "4")


def test_mentions_needed_is_at_least_one(curator_client):
    topic = make_topic("Rules of origin", slug="rules-of-origin", keywords="rules of origin")
    url = reverse("admin:articles_topic_change", args=[topic.pk])
    fields = {"name": topic.name, "slug": topic.slug, "keywords": "x", "min_mentions": "0"}
    response = curator_client.post(url, fields)
    assert response.status_code == 200
    assert "Ensure this value is greater than or equal to 1." in response.content.decode()
    assert Topic.objects.get(pk=topic.pk).min_mentions == 2
