"""Round nine of the clustering rules (bench/RESULTS-clustering.md, ninth round): a ban
lifted is a market reopened, not a ban; talks that "ended" were concluded; a body named
after its country stands for that country among a report's parties."""

from dataclasses import replace
from datetime import date

from articles.extraction.similarity import (
    ArticleParties,
    parties_of,
    same_happening,
    signature_for,
    title_tokens,
)
from articles.extraction.types import (
    ActorKind,
    ActorRef,
    EventKind,
    FuzzyDate,
    Precision,
    Sentence,
)
from tests.extraction.test_similarity import candidate
from tests.extraction.test_similarity_parties import mentions

MONDAY = FuzzyDate(date(2025, 9, 8), Precision.DAY)
APRIL = FuzzyDate(date(2024, 4, 1), Precision.MONTH)


def report(sentence: str, title: str, actors=("peru", "norway"), when=MONDAY, kind=None):
    return signature_for(
        candidate(sentence, "on Monday", title, kind or EventKind.OTHER, actors, when=when), {}
    )


LIFTED = report(
    "Peru on Monday lifted its ban on imports of Norwegian salmon.",
    "Peru lifted its ban on imports of Norwegian salmon",
)
REOPENED = report(
    "Peru on Monday reopened its market to Norwegian salmon after a four-year ban.",
    "Peru reopened its market to Norwegian salmon",
)
RESUME = report(
    "Peru on Monday allowed salmon imports from Norway to resume.",
    "Peru allowed salmon imports from Norway to resume",
)
RESUMED = report(
    "Peru on Monday resumed imports of Norwegian salmon.",
    "Peru resumed imports of Norwegian salmon",
)
BANNED = report(
    "Peru on Monday banned imports of Norwegian salmon.",
    "Peru banned imports of Norwegian salmon",
)


def test_a_ban_lifted_is_a_market_reopened():
    for a, b in [(LIFTED, REOPENED), (LIFTED, RESUME), (RESUME, REOPENED), (RESUMED, LIFTED)]:
        assert same_happening(a, b)
        assert same_happening(b, a)


def test_a_ban_lifted_is_not_a_ban_imposed():
    for lifted in (LIFTED, RESUME, RESUMED):
        assert not same_happening(lifted, BANNED)
        assert not same_happening(BANNED, lifted)


def words(text: str) -> frozenset[str]:
    """Return the tokens the wording rules compare of a report of `text`."""
    return report(text, text, ()).tokens


def test_talks_that_resume_still_start():
    assert words("Negotiations resumed on Monday.") == title_tokens("negotiations started")
    assert "reopen" not in words("Talks on imports will resume on Monday.")


def test_talks_that_ended_were_concluded():
    ended = report("The negotiations ended in April 2024.", "The negotiations ended", (), APRIL)
    concluded = report(
        "Negotiations were concluded in April 2024.",
        "Negotiations were concluded",
        (),
        APRIL,
        EventKind.AGREEMENT,
    )
    assert same_happening(ended, concluded)
    assert words("They ended a third round.") == words("They concluded a third round.")
    # not the end of a period, nor an end put to something
    assert "conclud" not in words("They hope to sign by the end of the year.")
    assert "conclud" not in words("They missed a year-end deadline.")
    assert "conclud" not in words("They ended up with a deal.")


REFS = {
    "peru": ActorRef("peru", "Peru", ActorKind.COUNTRY),
    "norway": ActorRef("norway", "Norway", ActorKind.COUNTRY),
    "andean-bloc": ActorRef("andean-bloc", "Andean Bloc", ActorKind.ORGANISATION),
    "norwegian-food-safety-authority": ActorRef(
        "norwegian-food-safety-authority",
        "Norwegian Food Safety Authority",
        ActorKind.ORGANISATION,
    ),
}


def test_a_body_named_after_its_country_stands_for_it():
    # an unregistered body of three words or more, and a proposed one without a country
    assert parties_of(["peruvian-customs-and-tax-office"], REFS) == {"peru"}
    assert parties_of(["norwegian-food-safety-authority"], REFS) == {"norway"}
    # a bloc is itself; a short unknown name may be a person's
    assert parties_of(["andean-bloc"], REFS) == {"andean-bloc"}
    assert parties_of(["jordan-reyes"], REFS) == frozenset()


def test_a_report_of_a_body_named_after_its_country_is_not_another_negotiation():
    """Peru's food authority lifting a ban on Norwegian salmon, in a story led by Norway
    and a bloc, is Peru's and Norway's: not the lead's negotiation against a report of
    Peru lifting it."""
    body = (
        "Norway and the Andean Bloc closed a round of talks. "
        "The Peruvian Food Safety Authority on Monday lifted its ban on Norwegian salmon."
    )
    second = body.index("The Peruvian")
    parties = ArticleParties(
        [(0, second - 1), (second, len(body))],
        mentions(
            body,
            ("Norway", "norway"),
            ("Andean Bloc", "andean-bloc"),
            ("Peruvian Food Safety Authority", "peruvian-food-safety-authority"),
            ("Norwegian", "norway"),
        ),
        REFS,
    )
    sentence = body[second:]
    ours = replace(
        candidate(
            sentence,
            "on Monday",
            "The Peruvian Food Safety Authority lifted its ban on Norwegian salmon",
            EventKind.OTHER,
            ["peruvian-food-safety-authority", "norway"],
            when=MONDAY,
        ),
        sentence=Sentence(second, len(body), sentence),
    )
    theirs = candidate(
        "Peru lifted its ban on Norwegian salmon on Monday.",
        "on Monday",
        "Peru lifted its ban on Norwegian salmon",
        EventKind.OTHER,
        ["peru", "norway"],
        when=MONDAY,
    )
    story = frozenset({"norway", "peru"})
    a = signature_for(ours, REFS, story, parties)
    b = signature_for(theirs, REFS, story, ArticleParties([], [], REFS))
    assert a.parties == {"norway", "peru"}
    assert same_happening(a, b)
    assert same_happening(b, a)


MAY = FuzzyDate(date(2025, 5, 1), Precision.MONTH)


def planned(sentence: str, title: str, kind: EventKind):
    return signature_for(
        candidate(sentence, "in May", title, kind, ["peru"], when=MAY, planned=True), {}
    )


def test_a_numbered_round_is_one_whether_a_meeting_or_a_round_in_any_period():
    meet = planned(
        "Negotiators will meet again in Lima in May for the fifth round.",
        "Negotiators will meet again in Lima for the fifth round",
        EventKind.MEETING,
    )
    round_ = planned(
        "Talks are expected to continue with a fifth round in Lima in May.",
        "Talks are expected to continue with a fifth round in Lima",
        EventKind.NEGOTIATION_ROUND,
    )
    assert same_happening(meet, round_)
    assert same_happening(round_, meet)
    # another round, or no round named: a meeting and a round of one month stay apart
    sixth = planned(
        "Talks are expected to continue with a sixth round in Lima in May.",
        "Talks are expected to continue with a sixth round in Lima",
        EventKind.NEGOTIATION_ROUND,
    )
    assert not same_happening(meet, sixth)
    unnumbered = planned(
        "Negotiators will meet again in Lima in May.",
        "Negotiators will meet again in Lima",
        EventKind.MEETING,
    )
    assert not same_happening(unnumbered, round_)


def test_putting_signatures_to_a_text_is_signing_it():
    put = report(
        "Lima and Oslo on Monday put their signatures to a sanitary protocol on salmon.",
        "Lima and Oslo put their signatures to a sanitary protocol on salmon",
        ("peru",),
    )
    signed = report(
        "Peru's trade minister and his Norwegian counterpart signed a salmon protocol on Monday.",
        "Peru's trade minister and his Norwegian counterpart signed a salmon protocol",
    )
    assert "sign" in put.actions
    assert same_happening(put, signed)


def test_a_tax_cut_in_other_words():
    assert title_tokens("cut its export taxes on soybeans") == title_tokens(
        "lowered soy export duties"
    )
    assert title_tokens("slashed the export levy") == title_tokens("reduced the export tariff")


def test_figures_with_decimals_are_figures():
    fell = report("Exports to Peru fell 3.2 percent on Monday.", "Exports to Peru fell 3.2 percent")
    other = report(
        "Exports to Peru fell 3.1 per cent on Monday.", "Exports to Peru fell 3.1 per cent"
    )
    same = report("Exports to Peru fell by 3.2% on Monday.", "Exports to Peru fell by 3.2%")
    assert "3.2" in fell.figures
    assert not same_happening(fell, other)
    assert same_happening(fell, same)


def test_two_numbered_rounds_are_two_happenings():
    fourth = report(
        "Peru and Norway closed a fourth round of talks on Monday.",
        "Peru and Norway closed a fourth round of talks",
        kind=EventKind.NEGOTIATION_ROUND,
    )
    third = report(
        "Norway and Peru ended the third round of talks on Monday.",
        # a stored report's title is its event's: it may name the other round
        "Peru and Norway closed a fourth round of talks",
        kind=EventKind.NEGOTIATION_ROUND,
    )
    also_fourth = report(
        "Norway and Peru wrapped up the fourth round of talks on Monday.",
        "Norway and Peru wrapped up the fourth round of talks",
        kind=EventKind.NEGOTIATION_ROUND,
    )
    assert not same_happening(fourth, third)
    assert same_happening(fourth, also_fourth)


# Round eleven (bench/RESULTS-clustering.md, eleventh round): an agreement's entry into
# force is one action however worded, and not its signature.
def test_an_entry_into_force_is_one_action_however_worded():
    came = report(
        "The Peru-Norway Comprehensive Economic Agreement came into force on Monday.",
        "The Peru-Norway Comprehensive Economic Agreement came into force",
        kind=EventKind.AGREEMENT,
    )
    took = report(
        "The free trade agreement between Norway and Peru took effect on Monday.",
        "The free trade agreement between Norway and Peru took effect",
        kind=EventKind.STATEMENT,
    )
    entered = report(
        "Norway's trade agreement with Peru entered into force on Monday.",
        "Norway's trade agreement with Peru entered into force",
    )
    signed = report(
        "The Peru-Norway trade agreement was signed on Monday.",
        "The Peru-Norway trade agreement was signed",
        kind=EventKind.AGREEMENT,
    )
    assert "inforc" in came.actions
    assert came.actions == took.actions == entered.actions
    assert same_happening(came, took)
    assert same_happening(took, entered)
    assert not same_happening(came, signed)
    assert not same_happening(took, signed)
    # The words stay: two reports in the same words share them as before.
    assert {"forc", "inforc"} <= came.tokens


# Round thirteen (bench/RESULTS-clustering.md, thirteenth round): an entry into force is
# one word however worded, so two plans told in other words share enough of them.
def test_an_entry_into_force_planned_in_other_words_is_one():
    in_april = FuzzyDate(date(2031, 4, 1), Precision.MONTH)

    def plan(sentence: str, title: str, when=in_april):
        return signature_for(
            candidate(
                sentence, "in April 2031", title, EventKind.AGREEMENT, (), when=when, planned=True
            ),
            {},
        )

    expected = plan(
        "The agreement is expected to enter into force in April 2031.",
        "The agreement is expected to enter into force",
    )
    scheduled = plan(
        "The agreement is scheduled to take effect in April 2031.",
        "The agreement is scheduled to take effect",
    )
    should = plan(
        "The deal should come into force on April 1 next year.",
        "The deal should come into force",
        when=FuzzyDate(date(2031, 4, 1), Precision.DAY),
    )
    assert same_happening(expected, scheduled)
    assert same_happening(should, scheduled)
    # A signature planned the same month stays another happening.
    signing = plan(
        "The agreement is expected to be signed in April 2031.",
        "The agreement is expected to be signed",
    )
    assert not same_happening(expected, signing)
