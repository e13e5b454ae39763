"""History in the admin: who changed what, and reverting to an earlier version."""

import pytest
from django.contrib.auth.models import Group, User

from articles.models import Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator(client):
    user = User.objects.create_user("cora", password="a-long-curator-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Curator"))
    client.force_login(user)
    return user


def topic_form(topic: Topic, **changes) -> dict:
    data = {
        "name": topic.name,
        "slug": topic.slug,
        "description": topic.description,
        "keywords": topic.keywords,
        "min_mentions": topic.min_mentions,
    }
    return data | changes


def test_a_curator_change_is_recorded_and_can_be_reverted(client, curator):
    topic = Topic.objects.create(name="Autos", description="Cars.", keywords="cars\nautos")
    response = client.post(
        f"/admin/articles/topic/{topic.pk}/change/",
        topic_form(topic, description="Cars and car parts."),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    topic.refresh_from_db()
    assert topic.description == "Cars and car parts."
    latest = topic.history.first()
    assert (latest.history_user, latest.history_type) == (curator, "~")

    history_page = client.get(f"/admin/articles/topic/{topic.pk}/history/").content.decode()
    assert "cora" in history_page
    original = topic.history.last()
    revert_url = f"/admin/articles/topic/{topic.pk}/history/{original.history_id}/"
    assert client.get(revert_url).status_code == 200
    response = client.post(revert_url, topic_form(topic, description=original.description))
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.description == "Cars."
    assert topic.history.count() == 3
