"""Round seven of the wording rules: more phrases for a step of a negotiation, and a short
report without actors against one that says the same with its actors
(bench/RESULTS-clustering.md, seventh round)."""

from datetime import date

from articles.extraction.similarity import same_happening, signature_for
from articles.extraction.types import EventKind, FuzzyDate, Precision
from tests.extraction.test_similarity import candidate

MARCH = FuzzyDate(date(2024, 3, 1), Precision.MONTH)
APRIL = FuzzyDate(date(2024, 4, 1), Precision.MONTH)
YEAR = FuzzyDate(date(2024, 1, 1), Precision.YEAR)


def report(clause, kind=EventKind.NEGOTIATION_ROUND, actors=(), when=MARCH, planned=False):
    temporal = "in 2024" if when is YEAR else "in March 2024"
    made = candidate(f"{clause} {temporal}.", temporal, clause, kind, actors, when, planned)
    return signature_for(made, {})


def words(clause):
    return report(clause).tokens


def test_phrases_read_as_the_action_they_report():
    assert words("Negotiations kicked off") == words("Negotiations began")
    assert words("The talks were put on hold") == words("The talks paused")
    assert words("The talks were frozen") == words("The talks froze")
    assert words("Seoul and Kuala Lumpur put pen to paper on the deal") == words(
        "Seoul and Kuala Lumpur signed the deal"
    )
    # Frozen beef is a product, not a halt.
    assert "froz" not in words("Exports of frozen beef rose")
    assert "halt" not in words("Exports of frozen beef rose")


def test_a_short_report_without_actors_joins_the_one_saying_the_same_with_them():
    short = report("Negotiations kicked off")
    named = report("Japan launched the negotiations", actors=["japan"])
    assert same_happening(short, named)


def test_a_short_report_without_actors_stays_apart_otherwise():
    named = report("Japan launched the negotiations", actors=["japan"])
    # In a year: too many launches.
    assert not same_happening(
        report("Negotiations kicked off", when=YEAR),
        report("Japan launched the negotiations", actors=["japan"], when=YEAR),
    )
    # A word more on either side: perhaps another negotiation.
    assert not same_happening(report("Negotiations on services kicked off"), named)
    assert not same_happening(
        report("Negotiations kicked off"),
        report("Japan launched negotiations on a digital agreement", actors=["japan"]),
    )
    # A plan is not the step.
    assert not same_happening(report("Negotiations will begin", planned=True), named)
    # Without an action: "negotiations continued" says no step.
    assert not same_happening(
        report("Negotiations continued"), report("Japan continued negotiations", actors=["japan"])
    )


def test_two_reports_without_actors_may_share_concluded():
    assert same_happening(report("Negotiations were concluded"), report("Negotiations concluded"))
    assert not same_happening(
        report("Negotiations were concluded"), report("Negotiations concluded", when=APRIL)
    )


def test_a_relaunch_is_a_start_and_wrapping_up_concludes():
    """Eighth round: with the lead's parties compared, these no longer join negotiations
    that share a country."""
    for again in ("relaunched", "revived", "restarted"):
        assert words(f"Negotiators {again} the pact talks") == words(
            "Negotiators resumed the pact talks"
        )
    assert words("Negotiators resumed the pact talks") == words("Negotiators began the pact talks")
    assert words("The round was wrapped up") == words("The round concluded")
    assert words("Negotiators wrap up the round") == words("Negotiators concluded the round")


def test_talks_started_or_halted_in_a_month_may_be_a_meeting_and_a_round():
    """Negotiations restarting may be read as a meeting, and as a round by another outlet."""
    restarted = report("Pact negotiations restarted", kind=EventKind.MEETING)
    assert same_happening(restarted, report("Pact talks were revived"))
    halted = report("The pact talks were put on hold", kind=EventKind.MEETING)
    assert same_happening(halted, report("The pact talks stalled"))
    # A meeting and a round in one month otherwise stay two happenings.
    assert not same_happening(
        report("Negotiators met on services", kind=EventKind.MEETING),
        report("Negotiators held a round on services"),
    )
    # Nor does a plan to start count.
    assert not same_happening(
        report("Pact negotiations will restart", kind=EventKind.MEETING, planned=True),
        report("Pact negotiations restarted"),
    )


# Round thirteen (bench/RESULTS-clustering.md, thirteenth round): talks that start on one
# day are one start, read as a meeting ("launched a dialogue") or an agreement ("agreed to
# open talks").
def test_talks_started_on_one_day_as_a_meeting_or_an_agreement_are_one():
    tuesday = FuzzyDate(date(2031, 6, 3), Precision.DAY)

    def start(sentence: str, title: str, kind: EventKind, actors, when=tuesday):
        return signature_for(candidate(sentence, "on Tuesday", title, kind, actors, when=when), {})

    launched = start(
        "Ruritania and Freedonia also launched a dialogue on rare earths on Tuesday.",
        "Ruritania and Freedonia also launched a dialogue on rare earths",
        EventKind.MEETING,
        ("ruritania", "freedonia"),
    )
    agreed = start(
        "Ruritania agreed on Tuesday to open talks on rare earths and other minerals.",
        "Ruritania agreed to open talks on rare earths and other minerals",
        EventKind.AGREEMENT,
        ("ruritania",),
    )
    assert same_happening(launched, agreed)
    # In a month, a meeting and an agreement stay two happenings.
    june = FuzzyDate(date(2031, 6, 1), Precision.MONTH)
    launched_in_june = signature_for(
        candidate(
            "Ruritania and Freedonia launched a dialogue on rare earths in June 2031.",
            "in June 2031",
            "Ruritania and Freedonia launched a dialogue on rare earths",
            EventKind.MEETING,
            ("ruritania", "freedonia"),
            when=june,
        ),
        {},
    )
    agreed_in_june = signature_for(
        candidate(
            "Ruritania agreed in June 2031 to open talks on rare earths and other minerals.",
            "in June 2031",
            "Ruritania agreed to open talks on rare earths and other minerals",
            EventKind.AGREEMENT,
            ("ruritania",),
            when=june,
        ),
        {},
    )
    assert not same_happening(launched_in_june, agreed_in_june)
