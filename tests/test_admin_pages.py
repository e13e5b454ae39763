"""The admin as a curator uses it: every list and form, the review queue, the actions,
merging, splitting, re-extraction and import."""

from datetime import date

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils.html import escape, format_html

from articles.admin import pages
from articles.models import (
    Actor,
    Alias,
    Article,
    ArticleTopic,
    Event,
    Evidence,
    Mention,
    Negotiation,
    Outlet,
    Quote,
    Topic,
)
from articles.services import articles_accept_date
from tests.conftest import SEED_DIR
from tests.factories import (
    make_actor,
    make_alias,
    make_article,
    make_event,
    make_evidence,
    make_quote,
)

pytestmark = pytest.mark.django_db

MODELS = [
    Actor,
    Alias,
    Article,
    ArticleTopic,
    Event,
    Evidence,
    Mention,
    Negotiation,
    Outlet,
    Quote,
    Topic,
]


def admin_url(model, action="changelist", *args) -> str:
    return reverse(f"admin:articles_{model._meta.model_name}_{action}", args=args)


def messages_of(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_every_list_search_form_and_history_answers_for_a_curator(
    seeded, curator_client, django_assert_max_num_queries
):
    # One seeded database for every model: importing the seeds is the slow part.
    for model in MODELS:
        with django_assert_max_num_queries(20):  # counts are annotated: no query per row
            response = curator_client.get(admin_url(model))
        assert response.status_code == 200, model
        assert curator_client.get(admin_url(model), {"q": "trade"}).status_code == 200, model
        assert curator_client.get(admin_url(model, "add")).status_code == 200, model
        obj = model.objects.first()
        assert curator_client.get(admin_url(model, "change", obj.pk)).status_code == 200, model
    for model in [Article, Actor, Alias, Topic, Event]:
        obj = model.objects.first()
        assert curator_client.get(admin_url(model, "history", obj.pk)).status_code == 200, model


def test_the_actor_and_article_lists_count_without_joining_what_they_count(
    curator_client, django_assert_max_num_queries
):
    # Counts over joins multiply each other's rows; each count is a subquery of its own,
    # so the counts are right and no list query joins the mentions, quotes or evidence.
    actor = make_actor("Jane Roe")
    make_alias(actor, "J. Roe")
    make_alias(actor, "Roe")
    articles = [make_article(body=f"Jane Roe spoke, story {n}.") for n in range(3)]
    for n, article in enumerate(articles):
        Mention.objects.create(article=article, actor=actor, first_offset=0, removed=n == 2)
        make_quote(article, "Jane Roe spoke")
    events = [make_event(article=articles[0], sentence="Jane Roe spoke.") for _ in range(2)]
    for event in events:
        event.actors.add(actor)
    make_evidence(events[0], articles[1], "Jane Roe spoke.")

    with django_assert_max_num_queries(12) as captured:
        response = curator_client.get(admin_url(Actor), {"o": "-7"})  # by events, most first
    row = response.context["cl"].result_list[0]
    assert (row.pk, row.alias_total, row.mention_total, row.event_total) == (actor.pk, 2, 2, 2)
    sql = " ".join(q["sql"] for q in captured.captured_queries)
    assert 'JOIN "articles_mention"' not in sql
    assert 'JOIN "articles_event_actors"' not in sql
    # rows counted as they are, which an index answers alone (mention_kept_actor_idx), not
    # by distinct keys, which reads every counted row from the table
    assert "COUNT(*)" in sql
    assert "COUNT(DISTINCT" not in sql

    with django_assert_max_num_queries(12) as captured:
        response = curator_client.get(admin_url(Article))
    counted = {
        a.pk: (a.actor_total, a.event_total, a.quote_total)
        for a in response.context["cl"].result_list
    }
    assert counted[articles[0].pk] == (1, 2, 1)
    assert counted[articles[1].pk] == (1, 1, 1)
    assert counted[articles[2].pk] == (0, 0, 1)  # its mention was removed by a curator
    sql = " ".join(q["sql"] for q in captured.captured_queries)
    assert 'JOIN "articles_evidence"' not in sql
    assert 'JOIN "articles_quote"' not in sql


def test_an_articles_change_page_costs_one_query_per_inline_row_at_most(
    curator_client, django_assert_max_num_queries
):
    # Each row's title names its actor (or topic) and article: joined with the rows, so
    # only the autocomplete field of each row reads its one choice.
    body = "Ana Ruiz and Ben Ode met. Cy Dia and Di Eno spoke."
    article = make_article(body=body)
    for name in ["Ana Ruiz", "Ben Ode", "Cy Dia", "Di Eno"]:
        actor = make_actor(name)
        Mention.objects.create(article=article, actor=actor, first_offset=body.index(name))
        make_quote(article, name, speaker=actor)
    for name in ["Tariffs", "Autos"]:
        ArticleTopic.objects.create(
            article=article, topic=Topic.objects.create(name=name, slug=name.lower())
        )

    with django_assert_max_num_queries(12 + 4 + 4 + 2):
        response = curator_client.get(admin_url(Article, "change", article.pk))
    assert response.status_code == 200
    assert "Ana Ruiz in " in response.content.decode()


def test_links_from_an_article_and_an_actor_filter_the_related_lists(seeded, curator_client):
    article = Article.objects.filter(evidence__isnull=False).first()
    response = curator_client.get(admin_url(Event), {"evidence__article": article.pk})
    shown = set(response.context["cl"].result_list)
    assert shown == set(Event.objects.filter(evidence__article=article).distinct())
    actor = Actor.objects.filter(mentions__isnull=False).first()
    response = curator_client.get(admin_url(Mention), {"actor__id__exact": actor.pk})
    assert {m.actor for m in response.context["cl"].result_list} == {actor}
    response = curator_client.get(admin_url(Event), {"actors__id__exact": actor.pk})
    assert response.status_code == 200


def test_the_admin_index_links_the_review_queue_with_counts(curator_client):
    make_article(published=None)
    make_actor(status=Actor.Status.PROPOSED)
    response = curator_client.get(reverse("admin:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("admin:articles_review_queue") in html
    assert 'id="review-queue-module"' in html
    assert '<td class="review-count">1</td>' in html


def test_the_review_queue_lists_what_needs_a_human(curator_client):
    undated = make_article(title="Undated story", published=None)
    inferred = make_article(title="Inferred story", published_how=Article.PublishedHow.INFERRED)
    body = "Talks began. Trade envoy Jane Roe said more was needed. Then lunch."
    article = make_article(body=body)
    proposed = make_actor("Jane Roe", status=Actor.Status.PROPOSED, role="Trade envoy")
    Mention.objects.create(
        article=article, actor=proposed, first_offset=body.index("Jane"), role="Trade envoy"
    )
    pending = make_event("Pending event", status=Event.Status.PROPOSED)
    disputed = make_event("Disputed event", sentence="It happened on Tuesday.")
    make_evidence(disputed, article, "Talks began.", date(2018, 9, 25), "day")

    response = curator_client.get(reverse("admin:articles_review_queue"))

    assert response.status_code == 200
    html = response.content.decode()
    for expected in [
        undated.title,
        inferred.title,
        "Jane Roe",
        "Trade envoy Jane Roe said more was needed.",
        pending.title,
        "Disputed event",
        "It happened on Tuesday.",
    ]:
        assert expected in html
    assert response.context["counts"] == {
        "articles": 2,
        "actors": 1,
        "events": 1,
        "disagreements": 1,
    }


@pytest.mark.parametrize(
    ("action", "make", "field", "expected"),
    [
        ("articles_publish", lambda: make_article(status="hidden"), "status", "published"),
        ("articles_hide", make_article, "status", "hidden"),
        ("actors_confirm", lambda: make_actor(status="proposed"), "status", "confirmed"),
        ("actors_reject", lambda: make_actor(status="proposed"), "status", "rejected"),
        ("events_confirm", lambda: make_event(status="proposed"), "status", "confirmed"),
        ("events_hide", make_event, "status", "hidden"),
    ],
)
def test_each_review_queue_row_action(curator_client, action, make, field, expected):
    obj = make()
    response = curator_client.post(
        reverse("admin:articles_review_queue"), {"action": action, "ids": obj.pk}
    )
    assert response.status_code == 302
    obj.refresh_from_db()
    assert getattr(obj, field) == expected
    assert "status" in obj.curated_fields
    assert any(str(obj) in message for message in messages_of(response))


@pytest.mark.parametrize(
    "data", [{"action": "drop_tables", "ids": "1"}, {"action": "articles_hide", "ids": "x"}]
)
def test_a_bad_review_queue_request_changes_nothing_and_says_why(curator_client, data):
    article = make_article()
    response = curator_client.post(reverse("admin:articles_review_queue"), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert "nothing was changed" in messages_of(response)[0]


@pytest.mark.parametrize(
    ("model", "action", "make", "expected"),
    [
        (Article, "publish", lambda: make_article(status="hidden"), "published"),
        (Article, "hide", make_article, "hidden"),
        (Actor, "confirm", lambda: make_actor(status="proposed"), "confirmed"),
        (Actor, "reject", lambda: make_actor(status="proposed"), "rejected"),
        (Event, "confirm", lambda: make_event(status="proposed"), "confirmed"),
        (Event, "hide", make_event, "hidden"),
    ],
)
def test_each_list_action(curator_client, model, action, make, expected):
    obj = make()
    response = curator_client.post(
        admin_url(model), {"action": action, "_selected_action": [obj.pk]}
    )
    assert response.status_code == 302
    obj.refresh_from_db()
    assert obj.status == expected


def test_merging_actors_asks_which_to_keep_then_merges(curator_client):
    keep = make_actor("Robert Lighthizer")
    other = make_actor("Bob Lighthizer", status=Actor.Status.PROPOSED)
    response = curator_client.post(
        admin_url(Actor), {"action": "merge", "_selected_action": [keep.pk, other.pk]}
    )
    assert response.status_code == 302
    page = curator_client.get(response.url)
    assert page.status_code == 200
    assert page.context["form"]["keep"].value() == keep.pk  # the confirmed one is suggested

    response = curator_client.post(
        admin_url(Actor, "merge"), {"ids": f"{keep.pk},{other.pk}", "keep": keep.pk}
    )

    assert response.url == admin_url(Actor, "change", keep.pk)
    assert list(Actor.objects.all()) == [keep]
    assert Alias.objects.get().text == "Bob Lighthizer"
    assert "Merged Bob Lighthizer into Robert Lighthizer" in messages_of(response)[0]


def test_the_review_queue_names_the_merge_targets_once_for_every_row(curator_client):
    # One datalist of confirmed actors, not a select of all of them in each proposed row:
    # the page grew with proposed × confirmed actors (1.7 MB at 200 × 244).
    confirmed = [make_actor(name) for name in ["Robert Lighthizer", "Shinzo Abe", "Mia Roe"]]
    for n in range(3):
        make_actor(f"Proposed Person {n}", status=Actor.Status.PROPOSED)

    html = curator_client.get(reverse("admin:articles_review_queue")).content.decode()

    assert html.count('<datalist id="merge-targets">') == 1
    assert html.count('name="same_as" list="merge-targets"') == 3
    for actor in confirmed:
        assert html.count(f'<option value="{actor.name}">') == 1
    assert "<select" not in html.split('id="actors"')[1].split('id="events"')[0]


def test_the_review_queue_shows_a_proposed_actors_first_sentences_and_links_the_rest(
    curator_client,
):
    actor = make_actor("Jane Roe", status=Actor.Status.PROPOSED)
    for n in range(6):
        body = f"Story {n}: Jane Roe said talks went well."
        article = make_article(body=body)
        Mention.objects.create(article=article, actor=actor, first_offset=9, removed=n == 1)

    html = curator_client.get(reverse("admin:articles_review_queue")).content.decode()

    shown = [n for n in range(6) if f"<q>Story {n}: Jane Roe said talks went well.</q>" in html]
    assert shown == [0, 2, 3]  # the mention a curator removed is no place it is found
    more = admin_url(Mention) + f"?actor__id__exact={actor.pk}"
    assert f'<a href="{more}">and 2 more articles</a>' in html


def test_same_as_in_the_review_queue_merges_into_the_named_confirmed_actor(curator_client):
    keep = make_actor("Robert Lighthizer")
    make_alias(keep, "USTR Lighthizer")
    other = make_actor("Bob Lighthizer", status=Actor.Status.PROPOSED)
    merge = admin_url(Actor, "merge")

    for typed in ["robert lighthizer", "USTR Lighthizer"]:  # its name in any case, or an alias
        page = curator_client.get(merge, {"ids": other.pk, "same_as": typed})
        assert page.status_code == 200
        assert set(page.context["selected"]) == {keep, other}
        assert page.context["form"]["keep"].value() == keep.pk

    response = curator_client.get(merge, {"ids": other.pk, "same_as": "Nobody Known"})
    assert response.url == reverse("admin:articles_review_queue") + "#actors"
    assert messages_of(response) == [
        "Same as: no confirmed actor is called “Nobody Known”. "
        "Type a name the field suggests, or confirm the actor first."
    ]
    make_actor("Robert Lighthizer", slug="robert-lighthizer-2", role="a namesake")
    response = curator_client.get(merge, {"ids": other.pk, "same_as": "Robert Lighthizer"})
    assert "more than one confirmed actor" in messages_of(response)[-1]
    assert Actor.objects.count() == 3


def test_merging_needs_two_and_a_choice_among_them(curator_client):
    one, two, stranger = make_actor(), make_actor(), make_actor()
    response = curator_client.get(admin_url(Actor, "merge"), {"ids": one.pk})
    assert response.status_code == 302
    assert "at least two" in messages_of(response)[0]
    response = curator_client.post(
        admin_url(Actor, "merge"), {"ids": f"{one.pk},{two.pk}", "keep": stranger.pk}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["keep"]
    assert Actor.objects.count() == 3


def test_merging_events_from_the_list(curator_client):
    keep, other = make_event("Kept"), make_event("Merged away")
    response = curator_client.post(
        admin_url(Event), {"action": "merge", "_selected_action": [keep.pk, other.pk]}
    )
    assert curator_client.get(response.url).status_code == 200
    response = curator_client.post(
        admin_url(Event, "merge"), {"ids": f"{keep.pk},{other.pk}", "keep": keep.pk}
    )
    assert response.status_code == 302
    assert list(Event.objects.all()) == [keep]
    assert keep.evidence.count() == 2


def test_splitting_an_event_from_its_page(curator_client):
    event = make_event("Two happenings")
    second = make_article(body="Another day.")
    moved = Evidence.objects.create(
        event=event,
        article=second,
        sentence="Another day.",
        start=0,
        end=12,
        stated_date=date(2018, 10, 3),
        stated_precision="day",
    )
    change_page = curator_client.get(admin_url(Event, "change", event.pk))
    split_url = reverse("admin:articles_event_split", args=[event.pk])
    assert split_url in change_page.content.decode()
    assert curator_client.get(split_url).status_code == 200

    everything = list(event.evidence.values_list("pk", flat=True))
    refused = curator_client.post(split_url, {"evidence": everything})
    assert refused.status_code == 200
    assert "at least one" in refused.content.decode()

    response = curator_client.post(split_url, {"evidence": [moved.pk]})
    new = Event.objects.exclude(pk=event.pk).get()
    assert response.url == admin_url(Event, "change", new.pk)
    assert list(new.evidence.all()) == [moved]
    assert new.date == date(2018, 10, 3)


def test_a_split_page_for_a_missing_event_is_not_an_error(curator_client):
    assert curator_client.get(reverse("admin:articles_event_split", args=[9999])).status_code == 404
    response = curator_client.get(reverse("admin:articles_event_split", args=["x"]))
    assert response.status_code == 302


def test_reextraction_reports_what_changed_per_article(seeded, curator_client):
    article = Article.objects.filter(mentions__actor__slug="japan").first()
    actor = Actor.objects.get(slug="japan")
    Alias.objects.filter(actor=actor).delete()
    Mention.objects.filter(article=article).delete()
    response = curator_client.post(
        admin_url(Article), {"action": "reextract", "_selected_action": [article.pk]}
    )
    shown = messages_of(response)
    assert shown[0].startswith(f"{article.origin}: updated (actors ")
    assert "1 updated" in shown[-1]


def test_importing_an_uploaded_file_and_pasted_text(reference_data, curator_client):
    seed = sorted(SEED_DIR.iterdir())[0]
    upload = SimpleUploadedFile(seed.name, seed.read_bytes(), content_type="text/plain")
    pasted = "Trade talks resume\n\nSeptember 28, 2018\n\nJapan and the EU resumed talks on Friday."
    response = curator_client.post(
        reverse("admin:articles_article_import"), {"files": [upload], "text": pasted}
    )
    assert response.status_code == 302
    shown = messages_of(response)
    assert shown[0] == f"{seed.name}: created"
    assert shown[1].startswith("pasted-")
    assert ": created" in shown[1]
    assert shown[2].startswith("articles: 2 created")
    assert Article.objects.count() == 2


def test_importing_the_same_text_twice_changes_nothing(reference_data, curator_client):
    pasted = "Trade talks resume\n\nSeptember 28, 2018\n\nJapan and the EU resumed talks on Friday."
    url = reverse("admin:articles_article_import")
    curator_client.post(url, {"text": pasted}, follow=True)  # shows (and uses up) its messages
    response = curator_client.post(url, {"text": pasted})
    assert messages_of(response)[0].endswith(": unchanged")
    assert Article.objects.count() == 1


def test_import_reports_a_bad_file_by_name_and_imports_the_rest(reference_data, curator_client):
    bad = SimpleUploadedFile("broken.json", b"{not json", content_type="application/json")
    binary = SimpleUploadedFile("photo.txt", b"\x00\x01\x02" * 50, content_type="text/plain")
    good = SimpleUploadedFile("good.txt", b"Headline\n\nJapan and the EU met on Sept. 26, 2018.")
    response = curator_client.post(
        reverse("admin:articles_article_import"), {"files": [bad, binary, good]}
    )
    shown = messages_of(response)
    assert shown[0].startswith("broken.json: failed: ")
    assert shown[1].startswith("photo.txt: failed: ")
    assert shown[2].startswith("good.txt: created")
    assert Article.objects.count() == 1


def test_import_dry_run_writes_nothing(reference_data, curator_client):
    good = SimpleUploadedFile("good.txt", b"Headline\n\nJapan and the EU met on Sept. 26, 2018.")
    response = curator_client.post(
        reverse("admin:articles_article_import"), {"files": [good], "dry_run": "on"}
    )
    assert messages_of(response)[-1].startswith("Dry run, nothing written")
    assert Article.objects.count() == 0


def test_an_empty_import_form_says_what_is_missing(curator_client):
    url = reverse("admin:articles_article_import")
    assert curator_client.get(url).status_code == 200
    response = curator_client.post(url, {"published": "not a date"})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "Choose at least one file" in errors["__all__"][0]
    assert "published" in errors


def test_the_review_queue_on_the_seeds(seeded, curator_client, django_assert_max_num_queries):
    with django_assert_max_num_queries(25):
        response = curator_client.get(reverse("admin:articles_review_queue"))
    html = response.content.decode()
    inferred = Article.objects.get(published_how=Article.PublishedHow.INFERRED)
    assert inferred.origin in html
    assert response.context["actors"]
    for actor in response.context["actors"]:
        assert actor.name in html
        for mention, sentence in actor.found_in:
            start = mention.article.body.index(sentence)
            assert start <= mention.first_offset < start + len(sentence)
            assert escape(sentence) in html
    assert response.context["counts"]["articles"] == 1


def test_the_admin_is_named_for_the_site(curator_client):
    html = curator_client.get(reverse("admin:index")).content.decode()
    assert "TradeWatch curation" in html
    assert "Django administration" not in html


def test_change_lists_get_the_whole_width(curator_client):
    html = curator_client.get(admin_url(Article)).content.decode()
    assert 'id="nav-sidebar"' not in html
    assert "css/admin" in html  # the title column's minimum width


def test_review_queue_rows_offer_only_buttons_that_change_something(curator_client):
    published = make_article(title="Published, date unknown", published=None)
    hidden = make_article(title="Hidden, date unknown", published=None, status="hidden")
    html = curator_client.get(reverse("admin:articles_review_queue")).content.decode()

    def buttons_of(article) -> str:
        row = html[html.index(f'name="ids" value="{article.pk}"') :]
        return row[: row.index("</form>")]

    assert 'value="articles_publish"' not in buttons_of(published)
    assert 'value="articles_hide"' in buttons_of(published)
    assert 'value="articles_publish"' in buttons_of(hidden)
    assert 'value="articles_hide"' not in buttons_of(hidden)


def test_review_queue_lists_its_sections_and_says_when_one_is_cut(curator_client, monkeypatch):
    monkeypatch.setattr("articles.admin.pages.QUEUE_LIMIT", 1)
    make_event("First pending", status=Event.Status.PROPOSED)
    make_event("Second pending", status=Event.Status.PROPOSED)
    html = curator_client.get(reverse("admin:articles_review_queue")).content.decode()
    assert '<a href="#events">Proposed events (2; the first 1 are shown)</a>' in html
    assert "<h2>Proposed events (2; the first 1 are shown)</h2>" in html
    assert '<a href="#actors">Proposed actors (0)</a>' in html
    assert html.count("pending</a></td>") == 1


def test_article_form_fits_long_titles_and_quotes(curator_client):
    article = make_article(title="A headline long enough to need a wide field")
    Quote.objects.create(article=article, text="We will see.", start=0, end=12)
    html = curator_client.get(admin_url(Article, "change", article.pk)).content.decode()
    assert 'class="vLargeTextField"' in html[html.index('id="id_title"') - 200 :][:400]
    assert 'cols="40"' in html[html.index('id="id_quotes-0-text"') - 200 :][:400]
    assert "Original URL" in html


def test_split_choices_show_the_stated_date_at_its_precision(curator_client):
    event = make_event("Talks", sentence="Talks opened in May.")
    article = make_article(title="Second report")
    make_evidence(event, article, "They opened in 2018.", date(2018, 1, 1), "year")
    html = curator_client.get(admin_url(Event, "split", event.pk)).content.decode()
    assert "Second report — “They opened in 2018.” (says 2018)" in html
    assert "2018-01-01" not in html


@pytest.mark.parametrize("page", ["articles_article_import", "articles_review_queue"])
def test_curation_pages_load_the_admin_form_styles(curator_client, page):
    html = curator_client.get(reverse(f"admin:{page}")).content.decode()
    assert "admin/css/forms" in html
    assert "css/admin" in html


def test_event_form_names_untitled_articles_by_their_words(curator_client):
    article = make_article("Ministers met in Geneva on Monday to talk.", title="")
    event = make_event("Ministers met", article=article, sentence="Ministers met in Geneva.")
    html = curator_client.get(admin_url(Event, "change", event.pk)).content.decode()
    assert ">Ministers met in Geneva on Monday to talk.</a>" in html  # articles citing it
    assert 'class="vLargeTextField"' in html[html.index('id="id_title"') - 200 :][:400]
    assert 'rows="3"' in html[html.index('id="id_evidence-0-sentence"') - 200 :][:400]


def test_event_list_says_planned_or_happened_in_words(curator_client):
    make_event("Talks next year", planned=True)
    make_event("Talks last year", planned=False)
    html = curator_client.get(admin_url(Event)).content.decode()
    assert '<td class="field-planned_display">planned</td>' in html
    assert '<td class="field-planned_display">happened</td>' in html
    assert "icon-no.svg" not in html


def test_accepting_an_inferred_date_takes_the_article_out_of_the_queue(seeded, curator_client):
    """The seeds' third article has its date inferred from another: a curator accepts it
    from the queue, the date stays as it was, and a later import keeps it."""
    inferred = Article.objects.get(published_how=Article.PublishedHow.INFERRED)
    queue = reverse("admin:articles_review_queue")
    html = curator_client.get(queue).content.decode()
    assert 'value="articles_accept_date"' in html
    response = curator_client.post(queue, {"action": "articles_accept_date", "ids": inferred.pk})
    assert any("Accepted the inferred date of 1 of 1" in m for m in messages_of(response))
    accepted = Article.objects.get(pk=inferred.pk)
    assert (accepted.published, accepted.published_how) == (inferred.published, "manual")
    assert {"published", "published_how"} <= set(accepted.curated_fields)
    assert accepted not in Article.objects.needing_review()
    assert 'value="articles_accept_date"' not in curator_client.get(queue).content.decode()
    call_command("import_articles", str(SEED_DIR), verbosity=0)
    assert Article.objects.get(pk=inferred.pk).published_how == "manual"


def test_accepting_a_date_leaves_articles_without_an_inferred_one_alone(curator_client):
    unknown = make_article(published=None, published_how=Article.PublishedHow.UNKNOWN)
    stated = make_article(published_how=Article.PublishedHow.STATED)
    assert articles_accept_date(articles=[unknown, stated]) == 0
    unknown.refresh_from_db()
    stated.refresh_from_db()
    assert (unknown.published_how, stated.published_how) == ("unknown", "stated")
    assert unknown.curated_fields == stated.curated_fields == []


@pytest.mark.parametrize(
    ("model", "label"),
    [
        (Actor, "Added to the registry:"),
        (Article, "Published:"),
        (Negotiation, "Negotiation started:"),
        (Event, "Event date:"),
    ],
)
def test_each_date_drill_down_names_its_date(seeded, curator_client, model, label):
    html = curator_client.get(admin_url(model)).content.decode()
    toplinks = html[html.index('<nav class="toplinks">') :]
    toplinks = toplinks[: toplinks.index("</nav>")]
    assert f'<span class="date-hierarchy-label">{label}</span>' in toplinks


def test_the_actor_list_shows_the_sentence_that_first_names_each_actor(
    seeded, curator_client, django_assert_max_num_queries
):
    proposed = list(Actor.objects.proposed())
    assert proposed
    # Two queries for the sentences, whatever the page's length (a page of 100 here).
    with django_assert_max_num_queries(12):
        curator_client.get(admin_url(Actor))
    url = admin_url(Actor) + "?status__exact=proposed"
    html = curator_client.get(url).content.decode()
    for actor in proposed:
        mention = actor.mentions.filter(removed=False).order_by("article_id", "first_offset")[0]
        start, end = mention.spans[0]
        before, name, after = pages.sentence_excerpt(mention.article.body, start, end)
        assert name == mention.article.body[start:end]
        assert format_html("{}<mark>{}</mark>{}", before, name, after) in html
    queue = curator_client.get(reverse("admin:articles_review_queue")).content.decode()
    assert f'href="{escape(url)}"' in queue


def test_an_actor_named_only_by_hand_or_in_a_caption_shows_its_article(curator_client):
    article = make_article(title="Caption story", body="Talks went on.")
    by_hand = make_actor("Hand Added", status=Actor.Status.PROPOSED)
    captioned = make_actor("Caption Person", status=Actor.Status.PROPOSED)
    nowhere = make_actor("Never Named", status=Actor.Status.PROPOSED)
    Mention.objects.create(article=article, actor=by_hand, curated=True)
    Mention.objects.create(article=article, actor=captioned, in_caption=True)
    html = curator_client.get(admin_url(Actor)).content.decode()

    def row_of(actor) -> str:
        row = html[html.index(f'value="{actor.pk}"') :]
        return row[: row.index("</tr>")]

    assert "Caption story</a>" in row_of(by_hand)
    assert "<mark>" not in row_of(by_hand)
    assert "a photo caption of" in row_of(captioned)
    assert '<td class="field-found_in">—</td>' in row_of(nowhere)


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("One. Talks with Acme Corp went on. Two.", "Acme Corp", ("Talks with ", " went on.")),
        ("Acme Corp said so.", "Acme Corp", ("", " said so.")),
        (
            "Before " + "word " * 30 + "Acme Corp" + " after" * 30 + ".",
            "Acme Corp",
            ("…" + ("word " * 14).lstrip(), " after" * 11 + "…"),
        ),
    ],
)
def test_a_sentence_excerpt_marks_the_name_and_cuts_long_sides_at_words(body, name, expected):
    start = body.index(name)
    before, found, after = pages.sentence_excerpt(body, start, start + len(name))
    assert found == name
    assert (before, after) == expected
    assert len(before) <= pages.EXCERPT_CONTEXT + 1
    assert len(after) <= pages.EXCERPT_CONTEXT + 1


def test_saving_a_negotiation_keeps_its_bloc_among_the_parties(reference_data, curator_client):
    """The EU is a party of its negotiations: the form offers it and saving keeps it (the
    parties were once limited to countries, and a save dropped the bloc)."""
    talks = Negotiation.objects.get(slug="eu-uk-trade-talks")
    eu, uk = Actor.objects.get(slug="european-union"), Actor.objects.get(slug="united-kingdom")
    page = curator_client.get(admin_url(Negotiation, "change", talks.pk))
    assert f'<option value="{eu.pk}" selected>European Union</option>' in page.content.decode()
    data = {
        "name": talks.name,
        "slug": talks.slug,
        "status": talks.status,
        "started": talks.started.isoformat(),
        "description": talks.description,
        "keywords": talks.keywords,
        "parties": [eu.pk, uk.pk],
    }
    response = curator_client.post(admin_url(Negotiation, "change", talks.pk), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert set(talks.parties.all()) == {eu, uk}
