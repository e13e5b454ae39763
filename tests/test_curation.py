"""The curation services: statuses, merging actors and events, splitting an event."""

from datetime import date

import pytest

from articles.models import Actor, Alias, Article, Event, Evidence, Mention, Quote
from articles.services import (
    CurationError,
    actors_confirm,
    actors_merge,
    actors_reject,
    articles_hide,
    articles_publish,
    event_split,
    events_confirm,
    events_hide,
    events_merge,
)
from tests.factories import (
    make_actor,
    make_alias,
    make_article,
    make_event,
    make_negotiation,
    make_quote,
    make_topic,
)

pytestmark = pytest.mark.django_db


def add_evidence(event: Event, article: Article, start: int, stated: date, precision="day"):
    return Evidence.objects.create(
        event=event,
        article=article,
        sentence=f"Sentence at {start}.",
        start=start,
        end=start + 10,
        stated_date=stated,
        stated_precision=precision,
    )


def test_status_services_record_the_decision_as_curated():
    article = make_article()
    event = make_event(status=Event.Status.PROPOSED)
    actor = make_actor(status=Actor.Status.PROPOSED)

    assert articles_hide(articles=[article]) == 1
    assert events_confirm(events=[event]) == 1
    assert actors_reject(actors=[actor]) == 1

    article.refresh_from_db()
    event.refresh_from_db()
    actor.refresh_from_db()
    assert (article.status, article.curated_fields) == (Article.Status.HIDDEN, ["status"])
    assert (event.status, event.curated_fields) == (Event.Status.CONFIRMED, ["status"])
    assert (actor.status, actor.curated_fields) == (Actor.Status.REJECTED, ["status"])
    assert articles_publish(articles=[article]) == 1
    assert events_hide(events=[event]) == 1
    assert actors_confirm(actors=[actor]) == 1
    assert articles_publish(articles=[article]) == 0


def test_status_changes_are_in_the_history():
    article = make_article()
    articles_hide(articles=[article])
    assert [h.status for h in article.history.order_by("history_id")] == ["published", "hidden"]


def test_merging_actors_moves_everything_to_the_one_kept():
    keep = make_actor("Robert Lighthizer", role="U.S. Trade Representative")
    other = make_actor(
        "Bob Lighthizer", status=Actor.Status.PROPOSED, description="Proposed by the importer."
    )
    make_alias(other, "Lighthizer")
    both = make_article(body="Lighthizer spoke. Bob Lighthizer spoke again.")
    only_other = make_article(body="Bob Lighthizer arrived.")
    Mention.objects.create(article=both, actor=keep, count=2, first_offset=0)
    Mention.objects.create(article=both, actor=other, count=3, first_offset=18, role="envoy")
    Mention.objects.create(article=only_other, actor=other, count=1, first_offset=0)
    quote = make_quote(only_other, "arrived", speaker=other)
    event = make_event(article=only_other)
    event.actors.add(other)
    negotiation = make_negotiation()
    negotiation.parties.add(other)

    result = actors_merge(keep=keep, others=[other])

    assert not Actor.objects.filter(pk=other.pk).exists()
    assert set(keep.aliases.values_list("text", flat=True)) == {"Lighthizer", "Bob Lighthizer"}
    combined = Mention.objects.get(article=both)
    assert (combined.actor, combined.count, combined.first_offset) == (keep, 5, 0)
    assert Mention.objects.get(article=only_other).actor == keep
    quote.refresh_from_db()
    assert quote.speaker == keep
    assert list(event.actors.all()) == [keep]
    assert list(negotiation.parties.all()) == [keep]
    keep.refresh_from_db()
    assert keep.description == "Proposed by the importer."  # filled, since keep had none
    assert keep.role == "U.S. Trade Representative"
    assert "Bob Lighthizer into Robert Lighthizer" in result.describe()
    assert result.counts["mentions combined"] == 1


def test_merging_an_actor_into_itself_is_refused():
    actor = make_actor()
    with pytest.raises(CurationError):
        actors_merge(keep=actor, others=[actor])
    assert Actor.objects.filter(pk=actor.pk).exists()


def test_merging_a_name_that_is_already_an_alias_adds_no_duplicate():
    keep = make_actor("United States", kind=Actor.Kind.COUNTRY)
    other = make_actor("U.S.", kind=Actor.Kind.COUNTRY, status=Actor.Status.PROPOSED)
    make_alias(keep, "US")
    actors_merge(keep=keep, others=[other])
    assert list(Alias.objects.values_list("text", flat=True)) == ["US"]


def test_merging_events_combines_evidence_and_unions_links():
    topic, negotiation = make_topic(), make_negotiation()
    a, b = make_actor(), make_actor()
    keep = make_event("Talks agreed")
    other = make_event("Talks agreed in New York", date=date(2018, 9, 27))
    keep.actors.add(a)
    other.actors.add(a, b)
    other.topics.add(topic)
    other.negotiations.add(negotiation)
    duplicate = other.evidence.get()
    add_evidence(keep, duplicate.article, duplicate.start, duplicate.stated_date)

    result = events_merge(keep=keep, others=[other])

    assert not Event.objects.filter(pk=other.pk).exists()
    assert keep.evidence.count() == 2  # the sentence both cited is cited once
    assert set(keep.actors.all()) == {a, b}
    assert list(keep.topics.all()) == [topic]
    assert list(keep.negotiations.all()) == [negotiation]
    keep.refresh_from_db()
    assert keep.source_count == 2
    assert "evidence" in keep.curated_fields
    assert result.counts == {"actors": 1, "topics": 1, "negotiations": 1}


def test_splitting_an_event_moves_the_chosen_evidence_to_a_new_event():
    event = make_event("Tariffs announced")
    actor = make_actor()
    event.actors.add(actor)
    later = make_article(body="Later text.")
    moved = add_evidence(event, later, 0, date(2018, 10, 1), "week")

    new = event_split(event=event, evidence_ids=[moved.pk])

    assert list(new.evidence.all()) == [moved]
    assert (new.date, new.precision) == (date(2018, 10, 1), "week")
    assert new.title == event.title
    assert list(new.actors.all()) == [actor]
    assert event.evidence.count() == 1
    assert Event.objects.count() == 2


@pytest.mark.parametrize("choice", ["all", "foreign", "none"])
def test_splitting_refuses_evidence_it_cannot_move(choice):
    event = make_event()
    other = make_event()
    ids = {
        "all": list(event.evidence.values_list("pk", flat=True)),
        "foreign": list(other.evidence.values_list("pk", flat=True)),
        "none": [],
    }[choice]
    with pytest.raises(CurationError):
        event_split(event=event, evidence_ids=ids)
    assert Event.objects.count() == 2


def test_merge_keeps_quotes_of_deleted_actor():
    keep, other = make_actor(), make_actor()
    article = make_article(body="“We will talk.”")
    make_quote(article, "We will talk.", speaker=other)
    actors_merge(keep=keep, others=[other])
    assert Quote.objects.get().speaker == keep
