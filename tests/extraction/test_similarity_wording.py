"""Round three of the wording rules: phrases for an action, more synonyms, and reports
without actors that say no more than each other (bench/RESULTS-clustering.md)."""

from datetime import date

from articles.extraction.similarity import same_happening, signature_for, title_tokens
from articles.extraction.types import EventKind, FuzzyDate, Precision
from tests.extraction.test_similarity import candidate

MAY_14 = FuzzyDate(date(2025, 5, 14), Precision.DAY)
JULY = FuzzyDate(date(2016, 7, 1), Precision.MONTH)


def test_becoming_a_member_reports_joining():
    member = candidate(
        "Uruguay yesterday became a member of the CPTPP, the eleven-nation pact.",
        "yesterday",
        "Uruguay became a member of the CPTPP",
        EventKind.OTHER,
        ["uruguay"],
        when=MAY_14,
    )
    joined = candidate(
        "Uruguay joined the CPTPP on Wednesday, its foreign minister said.",
        "on Wednesday",
        "Uruguay joined the CPTPP",
        EventKind.AGREEMENT,
        ["uruguay"],
        when=MAY_14,
    )
    assert same_happening(signature_for(member, {}), signature_for(joined, {}))


def test_more_wordings_of_one_action():
    assert title_tokens("unveiled the partnership") == title_tokens("launched the partnership")
    assert title_tokens("its application") == title_tokens("it applied")


def talks(sentence: str, title: str, when: FuzzyDate = JULY, actors=()):
    temporal = "in July 2016" if when is JULY else "in 2016"
    return signature_for(
        candidate(sentence, temporal, title, EventKind.NEGOTIATION_ROUND, actors, when=when), {}
    )


LAUNCHED = talks("Talks were launched in July 2016.", "Talks were launched")
OPENED_CEPA = talks(
    "Negotiations on the CEPA opened in July 2016.", "Negotiations on the CEPA opened"
)


def test_reports_without_actors_saying_no_more_than_each_other_are_one():
    assert same_happening(LAUNCHED, OPENED_CEPA)


def test_reports_without_actors_stay_apart_in_a_year_with_a_word_more_or_with_actors():
    year = FuzzyDate(date(2016, 1, 1), Precision.YEAR)
    launched = talks("Talks were launched in 2016.", "Talks were launched", when=year)
    opened = talks("Negotiations opened in 2016.", "Negotiations opened", when=year)
    assert not same_happening(launched, opened)
    # Each says something the other does not: two launches of that month, perhaps.
    fta = talks("Talks on the FTA were launched in July 2016.", "Talks on the FTA were launched")
    assert not same_happening(OPENED_CEPA, fta)
    # One side names an actor: the wording alone needs three shared words, as before.
    by_eu = talks("The EU launched talks in July 2016.", "The EU launched talks", actors=["eu"])
    assert not same_happening(OPENED_CEPA, by_eu)


def test_a_time_before_or_after_another_happening_is_not_its_words():
    # "two months after" and "after more than three years of talks" say how long, not
    # what happened: both report that the negotiations concluded in July 2016.
    after = talks(
        "The deal was signed two months after negotiations were concluded in July 2016.",
        "Two months after negotiations were concluded",
    )
    concluded = talks(
        "Negotiations concluded in July 2016 after more than three years of talks.",
        "Negotiations concluded after more than three years of talks",
    )
    assert same_happening(after, concluded)
    assert "two" not in after.tokens
    began = talks(
        "The pact came 25 years after talks began in July 2016.", "25 years after talks began"
    )
    assert "25" not in began.figures
    # A time the happening lasts stays: "banned for three years" is not "banned".
    banned = talks(
        "Manila banned imports for three years in July 2016.", "Banned imports for three years"
    )
    assert "thr" in banned.tokens


# Round thirteen (bench/RESULTS-clustering.md, thirteenth round): a legislature's vote is
# one happening whether it "passed", "approved" or "ratified" it.
def test_a_bill_passed_approved_or_ratified_is_one_vote():
    assert title_tokens("passed legislation") == title_tokens("approved the bill")
    assert title_tokens("ratified") == title_tokens("approval") == title_tokens("approves")
    tuesday = FuzzyDate(date(2031, 6, 3), Precision.DAY)

    def vote(sentence: str, title: str, actors):
        return signature_for(
            candidate(sentence, "on Tuesday", title, EventKind.AGREEMENT, actors, when=tuesday),
            {},
        )

    passed = vote(
        "The Freedonian Assembly passed legislation implementing the Ruritania-Freedonia "
        "Economic Partnership Agreement on Tuesday.",
        "The Freedonian Assembly passed legislation implementing the Ruritania-Freedonia "
        "Economic Partnership Agreement",
        ("freedonia", "freedonian-assembly", "ruritania"),
    )
    approved = vote(
        "Freedonian lawmakers on Tuesday approved the bill ratifying the trade agreement with "
        "Ruritania.",
        "Freedonian lawmakers approved the bill ratifying the trade agreement with Ruritania",
        ("freedonia", "ruritania"),
    )
    assert same_happening(passed, approved)


# Round thirteen: a date inside an aside (", which opened in May 2031,") dates the aside's
# happening, told with the words it is about, not the sentence's main clause.
def test_a_date_inside_an_aside_dates_the_aside():
    may = FuzzyDate(date(2031, 5, 1), Precision.MONTH)

    def told(sentence: str, temporal: str, title: str):
        return signature_for(
            candidate(sentence, temporal, title, EventKind.OTHER, (), when=may), {}
        )

    aside = told(
        "The negotiations, which opened in May 2031, ran for twelve rounds.",
        "in May 2031",
        "The negotiations opened",
    )
    launched = told(
        "Talks on the pact were launched in May 2031.",
        "in May 2031",
        "Talks on the pact were launched",
    )
    assert {"round", "twelv"}.isdisjoint(aside.tokens)
    assert same_happening(aside, launched)
    # A date of the main clause keeps the main clause's words.
    main = told(
        "The negotiations, which opened in 2029, stalled in May 2031.",
        "in May 2031",
        "The negotiations stalled",
    )
    assert "halt" in main.tokens
