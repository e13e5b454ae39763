"""The import pipeline on the three sample articles: what issue 3 promises, asserted."""

from datetime import date

import pytest
from django.core.management import call_command

from articles.models import Actor, Article, Event, Mention, Quote
from tests.conftest import SEED_DIR

pytestmark = pytest.mark.django_db

A000 = "000_7ebeab9dd9c4cfc7.txt"
A002 = "002_9f34facc09c96229.txt"
A004 = "004_8f2b0b0c3f281717.txt"


def article(origin: str) -> Article:
    return Article.objects.select_related("outlet").get(origin=origin)


def actor_names(origin: str) -> set[str]:
    return set(
        Mention.objects.filter(article__origin=origin, removed=False).values_list(
            "actor__name", flat=True
        )
    )


def events_on(day: date, precision: str) -> list[Event]:
    return list(Event.objects.filter(date=day, precision=precision).prefetch_related("evidence"))


def test_metadata_of_each_seed(seeded):
    first = article(A000)
    assert first.title == "US, Japan Agree to Start Negotiations on Bilateral Free-Trade Pact"
    assert (first.published, first.published_how) == (date(2018, 9, 26), "stated")
    assert first.updated == date(2018, 9, 27)
    assert "Follow" not in first.body

    second = article(A002)
    assert (second.published, second.published_how) == (date(2018, 9, 26), "caption")
    assert second.outlet.name == "The Associated Press"
    assert "AP Photo" not in second.body
    assert "Sign up" not in second.body

    third = article(A004)
    assert third.outlet.name == "PTI"
    assert (third.published, third.published_how) == (date(2018, 9, 26), "inferred")
    assert third.published_from is not None
    assert third.published_from.origin in {A000, A002}


def test_an_article_imported_alone_without_a_date_is_queued(reference_data):
    call_command("import_articles", str(SEED_DIR / A004), verbosity=0)
    alone = article(A004)
    assert alone.published is None
    assert alone.published_how == "unknown"
    assert list(Article.objects.needing_review()) == [alone]


def test_actors_of_each_seed(seeded):
    for origin in (A000, A002, A004):
        assert {"Donald Trump", "Shinzo Abe"} <= actor_names(origin), origin
    assert "Robert Lighthizer" in actor_names(A002)
    assert "Robert Lighthizer" in actor_names(A004)
    assert {"Toshimitsu Motegi", "Kim Jong-un"} <= actor_names(A002)
    assert "Xi Jinping" in actor_names(A004)
    oike = Actor.objects.get(name="Atsuyuki Oike")
    assert oike.status == Actor.Status.PROPOSED
    assert "negotiator" in oike.role
    assert "Atsuyuki Oike" in actor_names(A004)


def test_no_false_actors(seeded):
    names = set(Actor.objects.values_list("name", flat=True))
    for false_actor in ("Wednesday", "Thursday", "Prime Minister", "September", "Sept", "May"):
        assert false_actor not in names
    proposed = set(Actor.objects.proposed().values_list("name", flat=True))
    assert proposed == {"Atsuyuki Oike"}


@pytest.mark.parametrize(
    ("day", "precision", "words", "planned"),
    [
        (date(2013, 1, 1), "year", "Trans-Pacific Partnership", False),
        (date(2018, 5, 1), "month", "Section 232", False),
        (date(2018, 9, 24), "week", "$200 billion", False),
        (date(2018, 9, 27), "day", "Congress", True),
    ],
)
def test_dated_events(seeded, day, precision, words, planned):
    matching = [
        event
        for event in events_on(day, precision)
        if any(words in evidence.sentence for evidence in event.evidence.all())
    ]
    assert matching, f"no {precision} event on {day} citing {words!r}"
    assert matching[0].planned is planned


def test_leaving_the_tpp_is_dated_2017(seeded):
    events = Event.objects.filter(date__year=2017, evidence__sentence__contains="TPP").distinct()
    assert events
    assert {event.precision for event in events} <= {"year", "month"}


def test_the_agreement_to_start_talks_is_one_event_citing_all_three(seeded):
    agreements = [
        event
        for event in events_on(date(2018, 9, 26), "day")
        if {e.article.origin for e in event.evidence.select_related("article")}
        == {A000, A002, A004}
    ]
    assert len(agreements) == 1
    event = agreements[0]
    assert event.status == Event.Status.CONFIRMED
    assert event.source_count == 3  # two outlets plus one article without an outlet
    assert {"donald-trump", "shinzo-abe"} <= set(event.actors.values_list("slug", flat=True))


@pytest.mark.parametrize(
    ("speaker", "opening", "origins"),
    [
        (
            "Donald Trump",
            "We’ve agreed today to start trade negotiations between the United States and Japan",
            {A000, A002},
        ),
        ("Shinzo Abe", "We must not set the hands of the clock backward", {A004}),
        ("Robert Lighthizer", "The president is not going to join the TPP", {A004}),
        ("Atsuyuki Oike", "If it's concluded, it's not a minus", {A004}),
    ],
)
def test_quotes_and_their_speakers(seeded, speaker, opening, origins):
    quotes = Quote.objects.filter(text__startswith=opening).select_related("speaker", "article")
    assert {quote.article.origin for quote in quotes} == origins
    assert {quote.speaker.name for quote in quotes} == {speaker}


def test_quote_and_evidence_offsets_point_into_the_body(seeded):
    for quote in Quote.objects.select_related("article"):
        assert quote.article.body[quote.start : quote.end] == quote.text
    for event in Event.objects.prefetch_related("evidence__article"):
        for evidence in event.evidence.all():
            assert evidence.article.body[evidence.start : evidence.end] == evidence.sentence


def test_reimporting_the_seeds_changes_nothing(seeded, capsys):
    counts = [model.objects.count() for model in (Article, Actor, Event, Mention, Quote)]
    call_command("import_articles", str(SEED_DIR), verbosity=1)
    out = capsys.readouterr().out
    assert "0 created, 0 updated, 3 unchanged, 0 failed" in out
    assert counts == [model.objects.count() for model in (Article, Actor, Event, Mention, Quote)]
