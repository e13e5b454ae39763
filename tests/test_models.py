"""The data model's constraints and derived fields, on the real database."""

from datetime import date

import pytest
from django.db import IntegrityError, transaction
from simple_history.models import HistoricalChanges

from articles.extraction.normalise import normalise_name
from articles.models import (
    Actor,
    Alias,
    Article,
    Event,
    Evidence,
    Quote,
    event_row_tables,
    format_period,
)
from tests.factories import make_actor, make_alias, make_article, make_event, make_evidence

pytestmark = pytest.mark.django_db


def test_the_same_text_is_never_stored_twice():
    first = make_article(body="Same text.")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(body="Same text.", content_hash=first.content_hash)


def test_alias_is_unique_per_normalised_text():
    usa = make_actor("United States", kind=Actor.Kind.COUNTRY)
    make_alias(usa, "U.S.")
    other = make_actor("Somewhere", kind=Actor.Kind.COUNTRY)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_alias(other, "US")
    assert Alias.objects.get().normalised == normalise_name("US") == "us"


@pytest.mark.parametrize(("start", "end"), [(10, 10), (10, 4)])
def test_evidence_offsets_out_of_order_are_rejected(start, end):
    event = make_event()
    with pytest.raises(IntegrityError), transaction.atomic():
        Evidence.objects.create(
            event=event,
            article=event.evidence.get().article,
            sentence="x",
            start=start,
            end=end,
            stated_date=event.date,
            stated_precision=event.precision,
        )


def test_negative_offsets_are_rejected():
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        Quote.objects.create(article=article, text="x", start=-1, end=3)


def test_published_how_must_agree_with_the_date():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(published=None, published_how=Article.PublishedHow.STATED)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(published=date(2018, 1, 1), published_how=Article.PublishedHow.UNKNOWN)


@pytest.mark.parametrize(
    ("start", "precision", "end", "shown"),
    [
        (date(2018, 9, 26), "day", date(2018, 9, 26), "26 Sep 2018"),
        (date(2018, 9, 24), "week", date(2018, 9, 30), "week of 24 Sep 2018"),
        (date(2018, 5, 1), "month", date(2018, 5, 31), "May 2018"),
        (date(2013, 1, 1), "year", date(2013, 12, 31), "2013"),
    ],
)
def test_event_period_is_derived_and_shown_at_its_precision(start, precision, end, shown):
    event = make_event(date=start, precision=precision)
    event.refresh_from_db()
    assert event.date_end == end
    assert event.date_display == shown
    assert format_period(start, precision) == shown


def test_public_events_are_confirmed_and_cited_by_a_published_article():
    visible = make_event("Visible")
    make_event("Proposed", status=Event.Status.PROPOSED)
    hidden_source = make_event("Hidden source")
    Article.objects.filter(evidence__event=hidden_source).update(status=Article.Status.HIDDEN)
    assert list(Event.objects.public()) == [visible]


def test_in_period_matches_overlapping_periods():
    may = make_event("May", date=date(2018, 5, 1), precision="month")
    make_event("Sept", date=date(2018, 9, 26))
    assert list(Event.objects.in_period(date(2018, 5, 14), date(2018, 5, 14))) == [may]


def test_every_model_has_a_readable_str():
    article = make_article(title="A title")
    event = make_event("Talks agreed", article=article)
    assert str(article) == "A title"
    untitled = make_article(body="Japan and the United States agreed on Wednesday to talk.")
    untitled.title = ""
    assert str(untitled) == "Japan and the United States agreed on Wednesday to talk."
    untitled.body = ""
    assert str(untitled) == untitled.origin
    assert str(event) == "26 Sep 2018 — Talks agreed"
    assert str(make_actor("Jane Doe")) == "Jane Doe"


def test_event_choices_match_the_extraction_enums():
    from articles.extraction.types import EventKind, Precision

    assert set(Event.Kind.values) == {kind.value for kind in EventKind}
    assert set(Event.Precision.values) == {precision.value for precision in Precision}


def test_every_table_naming_an_event_follows_it_into_another():
    """Each model with a foreign key to Event (a many-to-many's own table too) is declared in
    Event.FOLLOWING_RELATIONS, so a curator's merge and the importer's join move its rows;
    only history rows stay with the event they record."""
    naming = {
        relation.related_model._meta.db_table
        for relation in Event._meta.get_fields(include_hidden=True)
        if relation.auto_created
        and not relation.concrete
        and (relation.one_to_many or relation.one_to_one)
        and not issubclass(relation.related_model, HistoricalChanges)
    }
    tables = event_row_tables()
    assert {rows.table for rows in tables} == naming
    assert [(rows.relation, rows.event_column, rows.unique_columns) for rows in tables] == [
        ("evidence", "event_id", ("article_id", "start")),
        ("actors", "event_id", ("actor_id",)),
        ("topics", "event_id", ("topic_id",)),
        ("negotiations", "event_id", ("negotiation_id",)),
    ]


def test_undated_articles_and_their_evidence_come_last_on_every_database():
    undated = make_article(title="Undated", published=None)
    old = make_article(title="Old", published=date(2018, 9, 1))
    new = make_article(title="New", published=date(2018, 9, 26))
    assert list(Article.objects.all()) == [new, old, undated]
    event = make_event("Talks", article=undated, sentence="Talks began.")
    for article in (new, old):
        make_evidence(event, article, "Talks began.")
    assert [e.article for e in event.evidence.all()] == [old, new, undated]


def test_events_whose_sources_disagree_on_the_date_or_its_precision():
    def event_stating(*stated):
        event = make_event()  # its first evidence states the event's own date, 26 September
        for day, precision in stated:
            make_evidence(event, make_article(), "Talks began.", day, precision)
        return event

    day = date(2018, 9, 26)
    make_event("Alone")
    event_stating((day, "day"))  # agrees with the event's own evidence
    later = event_stating((date(2018, 9, 27), "day"))
    vaguer = event_stating((day, "month"), (day, "day"))
    assert set(Event.objects.with_date_disagreement()) == {later, vaguer}
