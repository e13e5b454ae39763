"""Round ten of the clustering rules (bench/RESULTS-clustering.md, tenth round): a bloc's
member stands for the bloc against a report naming the bloc (`ActorRef.members`), so the
reports of a story led by "Peruvian and Norwegian negotiators" and of one led by "Norway and
the Andean Bloc" are one negotiation's; a member with another partner is still another."""

from dataclasses import replace
from datetime import date

from articles.extraction.similarity import (
    ArticleParties,
    EventSignature,
    same_happening,
    signature_for,
)
from articles.extraction.types import ActorKind, ActorRef, EventKind, FuzzyDate, Precision
from tests.extraction.test_similarity import candidate
from tests.extraction.test_similarity_parties import at_offset, spans

MAY = FuzzyDate(date(2024, 5, 1), Precision.MONTH)
REFS = {
    "peru": ActorRef("peru", "Peru", ActorKind.COUNTRY),
    "norway": ActorRef("norway", "Norway", ActorKind.COUNTRY),
    "uganda": ActorRef("uganda", "Uganda", ActorKind.COUNTRY),
    "bolivia": ActorRef("bolivia", "Bolivia", ActorKind.COUNTRY),
    "andean-bloc": ActorRef(
        "andean-bloc", "Andean Bloc", ActorKind.ORGANISATION, members=("peru", "bolivia")
    ),
    "pacific-bloc": ActorRef("pacific-bloc", "Pacific Bloc", ActorKind.ORGANISATION),
}
PERU, NORWAY, UGANDA = ("Peru", "peru"), ("Norway", "norway"), ("Uganda", "uganda")
BOLIVIA, BLOC = ("Bolivia", "bolivia"), ("Andean Bloc", "andean-bloc")
OTHER_BLOC = ("Pacific Bloc", "pacific-bloc")
LAUNCHED = "Talks opened in May 2024."


def launched(*names, sentence: str = LAUNCHED, actors=(), refs=REFS) -> EventSignature:
    """Return the signature of `sentence` in an article whose lead names `names`."""
    opening = " and ".join(name for name, _ in names) + " agreed on Monday to talk."
    body = f"{opening} {sentence}"
    start = len(opening) + 1
    named = [found for name, key in names for found in spans(body, name, key)]
    parties = ArticleParties([(0, len(opening)), (start, len(body))], named, refs)
    clause = sentence.removesuffix(" in May 2024.")
    made = candidate(sentence, "in May 2024", clause, EventKind.OTHER, list(actors), MAY)
    return signature_for(at_offset(made, start), refs, parties=parties)


def test_a_signature_carries_the_members_of_the_blocs_among_its_parties():
    assert launched(NORWAY, BLOC).memberships == {
        ("peru", "andean-bloc"),
        ("bolivia", "andean-bloc"),
    }
    assert launched(NORWAY, PERU).memberships == frozenset()


def test_a_member_stands_for_its_bloc_against_a_report_naming_the_bloc():
    bloc = launched(NORWAY, BLOC)
    member = launched(NORWAY, PERU)
    assert same_happening(bloc, member)
    assert same_happening(member, bloc)
    # Without the membership, the member and the bloc are two sides.
    plain = {**REFS, "andean-bloc": replace(REFS["andean-bloc"], members=())}
    assert not same_happening(
        launched(NORWAY, BLOC, refs=plain), launched(NORWAY, PERU, refs=plain)
    )
    # Two members of the bloc, and the bloc with one of them on the same side.
    assert same_happening(bloc, launched(NORWAY, PERU, BOLIVIA))
    assert same_happening(launched(NORWAY, BLOC, PERU), member)


def test_a_member_with_another_partner_or_a_country_of_no_bloc_is_still_apart():
    bloc = launched(NORWAY, BLOC)
    # The member with another partner than the bloc's.
    assert not same_happening(bloc, launched(UGANDA, PERU))
    # A country that is no member of the bloc.
    assert not same_happening(bloc, launched(NORWAY, UGANDA))
    # Another bloc the member does not belong to.
    assert not same_happening(launched(NORWAY, OTHER_BLOC), launched(NORWAY, PERU))


def test_a_member_and_its_bloc_with_different_actions_stay_apart():
    # "Peru and Norway signed a treaty" is no step of the bloc's talks with Norway.
    opened = launched(NORWAY, BLOC, sentence="The talks were opened in May 2024.")
    signed = launched(
        NORWAY, PERU, sentence="Peru and Norway signed a treaty in May 2024.", actors=["peru"]
    )
    assert not same_happening(opened, signed)


# Round eleven (bench/RESULTS-clustering.md, eleventh round): two reports naming their own
# parties, which share one and each have a country or a bloc the other has not, are two
# negotiations' however alike their words.
GHANA = ("Ghana", "ghana")
THREE_REFS = {**REFS, "ghana": ActorRef("ghana", "Ghana", ActorKind.COUNTRY)}


def told(sentence: str, *names) -> EventSignature:
    """Return the signature of a one-sentence article naming `names` itself."""
    named = [found for name, key in names for found in spans(sentence, name, key)]
    parties = ArticleParties([(0, len(sentence))], named, THREE_REFS)
    clause = sentence.removesuffix(" in May 2024.")
    keys = [key for _, key in names]
    made = candidate(sentence, "in May 2024", clause, EventKind.OTHER, keys, MAY, planned=True)
    return signature_for(made, THREE_REFS, parties=parties)


def test_a_trilateral_and_a_blocs_bilateral_with_their_own_parties_are_two():
    trilateral = told(
        "Norway, Uganda and Ghana agreed to resume negotiations in May 2024.",
        NORWAY,
        UGANDA,
        GHANA,
    )
    with_bloc = told(
        "Norway and the Andean Bloc agreed to resume negotiations in May 2024.", NORWAY, BLOC
    )
    assert trilateral.parties == {"norway", "uganda", "ghana"}
    assert not trilateral.inherited
    assert not with_bloc.inherited
    assert not same_happening(trilateral, with_bloc)
    assert not same_happening(with_bloc, trilateral)
    # A bilateral of two of the three is also another negotiation.
    pair = told("Norway and Uganda agreed to resume negotiations in May 2024.", NORWAY, UGANDA)
    ghana = told("Norway and Ghana agreed to resume negotiations in May 2024.", NORWAY, GHANA)
    assert not same_happening(pair, ghana)


def test_the_same_parties_or_a_member_for_its_bloc_are_still_one():
    with_bloc = told(
        "Norway and the Andean Bloc agreed to resume negotiations in May 2024.", NORWAY, BLOC
    )
    assert same_happening(
        with_bloc,
        told("The Andean Bloc and Norway agreed to resume negotiations in May 2024.", BLOC, NORWAY),
    )
    # Peru, a member, stands for the bloc; one report's parties among the other's is no
    # difference either.
    assert same_happening(
        with_bloc,
        told("Norway and Peru agreed to resume negotiations in May 2024.", NORWAY, PERU),
    )
    trilateral = told(
        "Norway, Uganda and Ghana agreed to resume negotiations in May 2024.",
        NORWAY,
        UGANDA,
        GHANA,
    )
    assert same_happening(
        trilateral,
        told("Norway and Uganda agreed to resume negotiations in May 2024.", NORWAY, UGANDA),
    )


def _signed(sentence: str, actors: list[str]) -> EventSignature:
    made = candidate(
        sentence,
        "in May 2024",
        sentence.removesuffix(" in May 2024."),
        EventKind.AGREEMENT,
        actors,
        MAY,
    )
    return signature_for(made, REFS)


def test_an_actor_that_is_a_member_of_a_bloc_the_other_names_is_shared():
    # "signed in Lima" reads Peru, a member of the bloc the other report names: the two
    # share an actor, so two shared words of three are enough (clustering round 12).
    bloc = replace(
        _signed(
            "The Andean Bloc and Norway signed the upgrade protocol in May 2024.",
            ["andean-bloc", "norway"],
        ),
        memberships=frozenset({("peru", "andean-bloc"), ("bolivia", "andean-bloc")}),
    )
    member = _signed("The protocol was signed in Lima in May 2024.", ["peru"])
    assert same_happening(member, bloc)
    assert same_happening(bloc, member)
    # A country of no bloc there shares no actor: the words alone are too few.
    other = _signed("The protocol was signed in Kampala in May 2024.", ["uganda"])
    assert not same_happening(other, bloc)
