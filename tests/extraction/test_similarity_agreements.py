"""Round fourteen of the wording rules: a legislature's vote, an agreement's acronym, and an
instrument of its own beside a trade pact (bench/RESULTS-clustering.md, fourteenth round)."""

from dataclasses import replace
from datetime import date

from articles.extraction.similarity import same_happening, signature_for
from articles.extraction.types import EventKind, FuzzyDate, Precision
from tests.extraction.test_similarity import candidate

TUESDAY = FuzzyDate(date(2031, 6, 3), Precision.DAY)


def told(sentence: str, temporal: str, title: str, kind: EventKind, actors, when=TUESDAY):
    # No registry: the invented names are neither people nor countries.
    return signature_for(candidate(sentence, temporal, title, kind, actors, when=when))


def test_a_vote_to_ratify_told_in_few_words_is_one_vote():
    approved = told(
        "Ruritanian lawmakers approved the Freedonia-Ruritania CEPA on Tuesday, the Ministry "
        "of Economy said.",
        "on Tuesday",
        "Ruritanian lawmakers approved the Freedonia-Ruritania CEPA",
        EventKind.STATEMENT,
        ("ruritania", "freedonia", "ministry-of-economy"),
    )
    voted = told(
        "Ruritania's parliament voted on Tuesday to ratify its economic partnership agreement "
        "with Freedonia.",
        "on Tuesday",
        "Ruritania's parliament voted to ratify its economic partnership agreement",
        EventKind.AGREEMENT,
        ("ruritania", "freedonia"),
    )
    assert same_happening(approved, voted)
    # A vote is not the signature of the same day.
    signed = told(
        "Ruritania and Freedonia signed a protocol on Tuesday.",
        "on Tuesday",
        "Ruritania and Freedonia signed a protocol",
        EventKind.AGREEMENT,
        ("ruritania", "freedonia"),
    )
    assert not same_happening(approved, signed)


def test_an_instrument_of_its_own_is_not_the_pact_signed_beside_it():
    pact = told(
        "Freedonia and the Ruritanian Union put pen to paper on a Comprehensive Economic "
        "Partnership Agreement on Tuesday in the Ruritanian capital.",
        "on Tuesday",
        "Freedonia and the Ruritanian Union put pen to paper on a Comprehensive Economic "
        "Partnership Agreement in the Ruritanian capital",
        EventKind.AGREEMENT,
        ("freedonia", "ruritanian-union", "ruritania"),
    )
    investment = told(
        "Ruritanian and Freedonian ministers signed an investment facilitation agreement on "
        "Tuesday.",
        "on Tuesday",
        "Ruritanian and Freedonian ministers signed an investment facilitation agreement",
        EventKind.AGREEMENT,
        ("ruritania", "freedonia"),
    )
    assert not same_happening(pact, investment)
    # The pact told with its investment chapter is still the pact.
    chapter = told(
        "Ruritania and Freedonia signed a free trade agreement with an investment chapter on "
        "Tuesday.",
        "on Tuesday",
        "Ruritania and Freedonia signed a free trade agreement with an investment chapter",
        EventKind.AGREEMENT,
        ("ruritania", "freedonia"),
    )
    signed = told(
        "Ruritania and Freedonia signed the FTA on Tuesday.",
        "on Tuesday",
        "Ruritania and Freedonia signed the FTA",
        EventKind.AGREEMENT,
        ("ruritania", "freedonia"),
    )
    assert same_happening(chapter, signed)
    # "agreed" is no instrument: talks agreed on data flows may be the partnership's talks.
    met = told(
        "Trade officials from Ruritania and Freedonia met on Tuesday and agreed to resume "
        "negotiations on cross-border data flows.",
        "on Tuesday",
        "Trade officials from Ruritania and Freedonia met and agreed to resume negotiations",
        EventKind.MEETING,
        ("ruritania", "freedonia"),
    )
    agreed = told(
        "Ruritania and Freedonia agreed on Tuesday to start negotiations on the Pacific "
        "Partnership.",
        "on Tuesday",
        "Ruritania and Freedonia agreed to start negotiations on the Pacific Partnership",
        EventKind.AGREEMENT,
        ("ruritania", "freedonia"),
    )
    assert same_happening(met, agreed)


def test_an_agreements_acronym_is_the_agreement():
    january = FuzzyDate(date(2030, 1, 1), Precision.MONTH)
    cepa = told(
        "The CEPA, signed in January last year, is set to enter into force in July.",
        "in January last year",
        "The CEPA was signed",
        EventKind.AGREEMENT,
        (),
        when=january,
    )
    deal = told(
        "The deal, signed in January 2030, is expected to come into force on 1 July.",
        "in January 2030",
        "The deal was signed",
        EventKind.AGREEMENT,
        (),
        when=january,
    )
    assert "agr" in cepa.tokens
    assert same_happening(cepa, deal)
    # Two agreements' acronyms that differ are two agreements; "RFFTA" is an "FTA".
    fta = told(
        "The FTA was signed in January 2030.",
        "in January 2030",
        "The FTA was signed",
        EventKind.AGREEMENT,
        (),
        when=january,
    )
    assert not same_happening(cepa, fta)

    def signed(acronym: str):
        return told(
            f"Ruritania and Freedonia signed the {acronym} on Tuesday.",
            "on Tuesday",
            f"Ruritania and Freedonia signed the {acronym}",
            EventKind.AGREEMENT,
            ("ruritania", "freedonia"),
        )

    assert same_happening(signed("RFFTA"), signed("FTA"))
    assert not same_happening(signed("RFCEPA"), signed("FTA"))
    # An actor's acronym is no agreement, even one ending like one.
    association = told(
        "The RTFTA met in January 2030.",
        "in January 2030",
        "The RTFTA met",
        EventKind.MEETING,
        ("rtfta",),
        when=january,
    )
    assert "agr" not in association.tokens


def test_a_report_naming_a_bloc_and_its_members_is_about_the_bloc():
    # Countries of the world's list (the veto tells countries and blocs from other bodies).
    bloc, members = "ruritanian-union", ("peru", "bolivia")
    memberships = frozenset((member, bloc) for member in members)

    def signing(sentence: str, title: str, parties: frozenset[str]):
        signature = told(sentence, "on Tuesday", title, EventKind.AGREEMENT, sorted(parties))
        return replace(signature, parties=parties, sides=parties, memberships=memberships)

    named = signing(
        "The two Ruritanian Union members, Peru and Bolivia, signed their partnership "
        "agreement with the Nordic kingdom on Tuesday in the bloc's capital.",
        "The two Ruritanian Union members signed their partnership agreement with the Nordic "
        "kingdom",
        frozenset({bloc, *members}),
    )
    bloc_only = signing(
        "The Ruritanian Union and Norway signed a partnership agreement on Tuesday at "
        "the bloc's summit.",
        "The Ruritanian Union and Norway signed a partnership agreement",
        frozenset({bloc, "norway"}),
    )
    assert same_happening(named, bloc_only)
    # Another partner is still another side: the members read as their bloc, Uganda stays.
    with_another = signing(
        "The two Ruritanian Union members, Peru and Bolivia, signed their partnership "
        "agreement with Uganda on Tuesday in the bloc's capital.",
        "The two Ruritanian Union members signed their partnership agreement with Uganda",
        frozenset({bloc, *members, "uganda"}),
    )
    assert not same_happening(with_another, bloc_only)


def test_an_aside_between_two_dashes_is_not_the_happening():
    members = told(
        "The three Ruritanian Union members \u2014 Ruritania, Sylvania and Grand Fenwick \u2014 "
        "signed their partnership agreement with Freedonia on Tuesday.",
        "on Tuesday",
        "The three Ruritanian Union members",
        EventKind.AGREEMENT,
        ("ruritanian-union", "ruritania", "sylvania", "grand-fenwick"),
    )
    signed = told(
        "The Ruritanian Union and Freedonia signed a partnership agreement on Tuesday.",
        "on Tuesday",
        "The Ruritanian Union and Freedonia signed a partnership agreement",
        EventKind.AGREEMENT,
        ("ruritanian-union", "freedonia"),
    )
    assert {"sign", "partnership"} <= members.tokens
    assert same_happening(members, signed)
    # An aside holding the date is the happening's: the sentence stays whole.
    aside = told(
        "The pact \u2014 signed on Tuesday in the Freedonian capital \u2014 takes effect in May.",
        "on Tuesday",
        "The pact was signed",
        EventKind.AGREEMENT,
        (),
    )
    assert "sign" in aside.tokens


def test_a_body_set_up_is_a_body_established():
    november = FuzzyDate(date(2030, 11, 1), Precision.MONTH)
    set_up = told(
        "Ruritania brought the case in May 2030, and the panel was set up in November 2030.",
        "in November 2030",
        "The panel was set up",
        EventKind.OTHER,
        (),
        when=november,
    )
    established = told(
        "The Dispute Settlement Body established the panel in November 2030.",
        "in November 2030",
        "The Dispute Settlement Body established the panel",
        EventKind.OTHER,
        ("dispute-settlement-body",),
        when=november,
    )
    assert same_happening(set_up, established)
