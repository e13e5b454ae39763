"""Names in `same_happening`: acronyms against names spelled in full, and which actors the
registry does not know can be people."""

from datetime import date

import pytest

from articles.extraction.similarity import _abbreviated, same_happening, signature_for
from articles.extraction.types import ActorKind, ActorRef, EventKind, FuzzyDate, Precision
from tests.extraction.test_similarity import candidate

DECEMBER = FuzzyDate(date(2024, 12, 1), Precision.MONTH)
REFS = {
    "united-kingdom": ActorRef(
        "united-kingdom", "United Kingdom", ActorKind.COUNTRY, aliases=("Britain", "UK")
    )
}


def report(sentence: str, *, actors=("united-kingdom",), kind=EventKind.AGREEMENT):
    """Return the signature of a one-sentence report dated "in December 2024"."""
    title = sentence.replace(" in December 2024", "").rstrip(".")
    return signature_for(
        candidate(sentence, "in December 2024", title, kind, actors, when=DECEMBER), REFS
    )


# The short report says more around the acronym, so that without reading the acronym as
# the name the two share too few words.
@pytest.mark.parametrize(
    ("short", "spelled"),
    [
        # initials of every capitalised word but one ("Agreement for" left out)
        (
            "The government formally joined the CPTPP trade bloc in December 2024.",
            "The government joined the Comprehensive and Progressive Agreement for "
            "Trans-Pacific Partnership in December 2024.",
        ),
        # hyphenated parts count apart
        (
            "The government formally joined the TPP trade talks in December 2024.",
            "The government joined the Trans-Pacific Partnership in December 2024.",
        ),
        # the small words inside a name count when the acronym keeps them ("in" of AITIGA)
        (
            "The government formally joined the AITIGA trade review in December 2024.",
            "The government joined the Asean-India Trade in Goods Agreement in December 2024.",
        ),
        # the name given with its acronym weighs as the bare acronym does
        (
            "The government formally left the RCEP trade bloc after a long debate in "
            "December 2024.",
            "The government left the Regional Comprehensive Economic Partnership (RCEP) in "
            "December 2024.",
        ),
        # a compound of acronyms, read whole, its parts' letters prefixes of the words
        (
            "The government formally ratified the RB-CEPA trade pact in December 2024.",
            "The government ratified the Ruritania-Borduria Comprehensive Economic "
            "Partnership Agreement in December 2024.",
        ),
        (
            "The government formally ratified the RBO-CEPA trade pact in December 2024.",
            "The government ratified the Ruritania–Borduria Comprehensive Economic "
            "Partnership Agreement in December 2024.",
        ),
    ],
)
def test_an_acronym_matches_its_name_spelled_in_full(short, spelled):
    assert same_happening(report(short), report(spelled))
    assert same_happening(report(spelled), report(short))


@pytest.mark.parametrize(
    "other",
    [
        "Britain joined the Regional Comprehensive Economic Partnership in December 2024.",
        "Britain joined the Comprehensive Economic and Trade Agreement in December 2024.",
    ],
)
def test_an_acronym_does_not_stand_for_another_name(other):
    short, spelled = report("Britain joined the CPTPP in December 2024."), report(other)
    assert _abbreviated(short, spelled) == (short, spelled)


@pytest.mark.parametrize(
    "other",
    [
        "Britain ratified the Ruritania-Borduria Free Trade Agreement in December 2024.",
        "Britain ratified the Ruritania-Borduria Economic Partnership Agreement in December 2024.",
    ],
)
def test_a_compound_acronym_does_not_stand_for_another_name(other):
    short, spelled = report("Britain ratified the RB-CEPA in December 2024."), report(other)
    assert _abbreviated(short, spelled) == (short, spelled)


def test_a_name_both_spell_keeps_its_words():
    """One report gives the acronym with the name, the other only the name: the words of
    the name are shared by both, so they are not exchanged for the acronym."""
    with_acronym = report(
        "The African Growth and Opportunity Act (AGOA) expired in December 2024.",
        actors=("kenya",),
    )
    spelled = report(
        "A week after the African Growth and Opportunity Act expired in December 2024.",
        actors=("kenya",),
    )
    assert {"african", "growth", "opportunity"} <= with_acronym.tokens & spelled.tokens
    assert same_happening(with_acronym, spelled)


@pytest.mark.parametrize(
    ("key", "person"),
    [
        ("Lena Duclos", True),
        ("Kenya", False),  # a country of the world's list, not in the registry
        ("CPTPP", False),  # an acronym
        ("European Free Trade Association", False),  # longer than a person's name
    ],
)
def test_an_unregistered_actor_is_a_person_unless_it_cannot_be(key, person):
    signature = report("They met in December 2024.", actors=(key,), kind=EventKind.MEETING)
    assert (signature.persons != frozenset()) is person
