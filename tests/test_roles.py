"""Roles: curators edit content but not accounts; anonymous readers see only what is public."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.models import Actor, Article, Event
from tests.factories import make_actor, make_article, make_event

pytestmark = pytest.mark.django_db

CONTENT = [
    "article",
    "actor",
    "alias",
    "topic",
    "negotiation",
    "event",
    "evidence",
    "quote",
    "outlet",
    "mention",
]


@pytest.fixture(autouse=True)
def fast_password_hashing(settings) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def curator() -> User:
    call_command("createcurator", "carla", "--noinput", stdout=StringIO())
    return User.objects.get(username="carla")


def test_a_curator_may_change_all_content_but_not_accounts(curator):
    for model in CONTENT:
        for action in ("add", "change", "delete", "view"):
            assert curator.has_perm(f"articles.{action}_{model}"), f"{action}_{model}"
    for model in ("user", "group", "permission"):
        for action in ("add", "change", "delete", "view"):
            assert not curator.has_perm(f"auth.{action}_{model}")
    assert curator.is_staff
    assert not curator.is_superuser


def test_a_curator_reaches_content_in_the_admin_but_not_users_or_groups(client, curator):
    client.force_login(curator)
    assert client.get(reverse("admin:articles_article_changelist")).status_code == 200
    assert client.get(reverse("admin:articles_review_queue")).status_code == 200
    assert client.get(reverse("admin:articles_article_import")).status_code == 200
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert client.get(reverse("admin:auth_group_changelist")).status_code == 403
    index = client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:auth_user_changelist") not in index


def test_staff_without_the_curator_group_cannot_curate(client):
    article = make_article()
    clerk = User.objects.create_user("clerk", is_staff=True)
    client.force_login(clerk)
    response = client.post(
        reverse("admin:articles_review_queue"), {"action": "articles_hide", "ids": article.pk}
    )
    assert response.status_code == 403
    assert client.get(reverse("admin:articles_article_import")).status_code == 403
    actors = [make_actor(), make_actor()]
    response = client.get(
        reverse("admin:articles_actor_merge"), {"ids": f"{actors[0].pk},{actors[1].pk}"}
    )
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED


@pytest.mark.parametrize(
    "name",
    [
        "admin:index",
        "admin:articles_review_queue",
        "admin:articles_article_import",
        "admin:articles_actor_merge",
        "admin:articles_article_changelist",
    ],
)
def test_anonymous_visitors_are_sent_to_the_login_page(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_anonymous_posts_change_nothing(client):
    article = make_article()
    response = client.post(
        reverse("admin:articles_review_queue"), {"action": "articles_hide", "ids": article.pk}
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED


def test_readers_querysets_hold_only_published_articles_and_confirmed_events():
    shown = make_article()
    hidden = make_article(status=Article.Status.HIDDEN)
    confirmed = make_event(article=shown)
    make_event(article=shown, status=Event.Status.PROPOSED)
    make_event(article=shown, status=Event.Status.HIDDEN)
    make_event(article=hidden)  # confirmed, but only a hidden article cites it
    assert list(Article.objects.published()) == [shown]
    assert list(Event.objects.public()) == [confirmed]


def test_a_hidden_article_is_not_found_by_readers(client):
    hidden = make_article(status=Article.Status.HIDDEN)
    shown = make_article()
    assert client.get(reverse("articles:article-detail", args=[hidden.pk])).status_code == 404
    assert client.get(reverse("articles:article-detail", args=[shown.pk])).status_code == 200


# ---------------------------------------------------------------------------------------
# createcurator


def test_createcurator_with_a_password():
    out = StringIO()
    call_command(
        "createcurator",
        "cora",
        "--email",
        "cora@example.org",
        "--password",
        "s3cret-Curat0r",
        stdout=out,
    )
    user = User.objects.get(username="cora")
    assert user.check_password("s3cret-Curat0r")
    assert user.email == "cora@example.org"
    assert list(user.groups.all()) == [Group.objects.get(name="Curator")]
    assert "Created curator 'cora'" in out.getvalue()
    assert "s3cret" not in out.getvalue()


def test_createcurator_noinput_generates_and_prints_a_password():
    out = StringIO()
    call_command("createcurator", "cora", "--noinput", stdout=out)
    password = out.getvalue().split("Password: ")[1].strip()
    assert User.objects.get(username="cora").check_password(password)


def test_createcurator_prompts_for_the_password(monkeypatch):
    answers = iter(["s3cret-Curat0r", "s3cret-Curat0r"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    call_command("createcurator", "cora", stdout=StringIO())
    assert User.objects.get(username="cora").check_password("s3cret-Curat0r")


def test_createcurator_refuses_differing_passwords(monkeypatch):
    answers = iter(["s3cret-Curat0r", "something-else"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    with pytest.raises(CommandError, match="differ"):
        call_command("createcurator", "cora", stdout=StringIO())
    assert not User.objects.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--password", "123"], "--password: "),
        (["--noinput"], "already exists"),
    ],
)
def test_createcurator_explains_what_is_wrong(args, message):
    User.objects.create_user("taken")
    username = "taken" if "already" in message else "cora"
    with pytest.raises(CommandError, match=message):
        call_command("createcurator", username, *args, stdout=StringIO())
    assert User.objects.count() == 1


def test_proposed_actors_are_not_public():
    proposed = make_actor(status=Actor.Status.PROPOSED)
    make_actor()
    assert proposed not in Actor.objects.confirmed()
