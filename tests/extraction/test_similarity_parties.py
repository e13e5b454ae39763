"""A report that names no party is about its article's lead's parties (ArticleParties):
reports of two negotiations sharing one country are then told apart
(bench/RESULTS-clustering.md, eighth round)."""

from dataclasses import replace
from datetime import date

from articles.extraction.similarity import (
    ArticleParties,
    EventSignature,
    parties_of,
    same_happening,
    signature_for,
)
from articles.extraction.types import (
    ActorKind,
    ActorRef,
    EventCandidate,
    EventKind,
    FuzzyDate,
    Precision,
    Sentence,
)
from tests.extraction.test_similarity import candidate

MAY = FuzzyDate(date(2024, 5, 1), Precision.MONTH)
REFS = {
    "peru": ActorRef("peru", "Peru", ActorKind.COUNTRY),
    "norway": ActorRef("norway", "Norway", ActorKind.COUNTRY),
    "uganda": ActorRef("uganda", "Uganda", ActorKind.COUNTRY),
    "jane-doe": ActorRef("jane-doe", "Jane Doe", ActorKind.PERSON, country="norway"),
    "trade-office": ActorRef(
        "trade-office", "Trade Office", ActorKind.ORGANISATION, country="norway"
    ),
    "andean-bloc": ActorRef("andean-bloc", "Andean Bloc", ActorKind.ORGANISATION),
    "bloc-commission": ActorRef("bloc-commission", "Bloc Commission", ActorKind.ORGANISATION),
    "ftap": ActorRef("ftap", "FTAP", ActorKind.ORGANISATION),
}


def mentions(body: str, *names: tuple[str, str]) -> list[tuple[str, int, int]]:
    """Return (key, start, end) of each (name, key) at its first place in `body`."""
    found = []
    for name, key in names:
        start = body.index(name)
        found.append((key, start, start + len(name)))
    return found


def test_parties_are_countries_a_person_or_body_stands_for_and_blocs():
    keys = ["peru", "jane-doe", "trade-office", "andean-bloc", "Kenya", "John Roe", "ftap"]
    # An acronym the registry knows only as such may be a pact: no party.
    assert parties_of(keys, REFS) == {"peru", "norway", "andean-bloc", "kenya"}


def lead(body: str, sentences, *names) -> ArticleParties:
    return ArticleParties(sentences, mentions(body, *names), REFS)


def test_the_lead_is_the_first_report_naming_two_parties_a_country_among_them():
    body = (
        "The Bloc Commission said the Andean Bloc would talk on. "
        "Peru and Norway launched talks in May 2024. Uganda and Norway met."
    )
    first = (0, body.index("Peru"))
    second = (body.index("Peru"), body.index("Uganda"))
    third = (body.index("Uganda"), len(body))
    parties = lead(
        body,
        [third, second, first],
        ("Bloc Commission", "bloc-commission"),
        ("Andean Bloc", "andean-bloc"),
        ("Peru", "peru"),
        ("Norway", "norway"),
        ("Uganda", "uganda"),
    )
    # Two bodies of no country are no lead; the first sentence with a country is.
    assert parties.lead == {"peru", "norway"}
    assert lead(body, [third], ("Uganda", "uganda")).lead == frozenset()


def spans(body: str, name: str, key: str) -> list[tuple[str, int, int]]:
    """Return (key, start, end) of every place `body` names `name`."""
    found, at = [], body.find(name)
    while at >= 0:
        found.append((key, at, at + len(name)))
        at = body.find(name, at + 1)
    return found


def at_offset(made: EventCandidate, start: int) -> EventCandidate:
    """Return `made` with its sentence at body offset `start`."""
    text = made.sentence.text
    return replace(made, sentence=Sentence(start, start + len(text), text))


def test_a_report_naming_no_party_takes_the_lead_and_one_naming_some_its_own():
    opening = "Peru and Norway agreed on Monday to talk."
    bare = "Talks opened in May 2024."
    named = "Talks with Uganda were opened in May 2024, as Peru looked on."
    body = f"{opening} {bare} {named}"
    bare_at, named_at = body.index(bare), body.index(named)
    parties = ArticleParties(
        [(0, len(opening)), (bare_at, bare_at + len(bare)), (named_at, len(body))],
        [
            *spans(body, "Peru", "peru"),
            *spans(body, "Norway", "norway"),
            *spans(body, "Uganda", "uganda"),
        ],
        REFS,
    )
    assert parties.lead == {"peru", "norway"}
    first = at_offset(
        candidate(bare, "in May 2024", "Talks opened", EventKind.OTHER, [], MAY),
        bare_at,
    )
    signature = signature_for(first, REFS, parties=parties)
    assert (signature.parties, signature.inherited) == ({"peru", "norway"}, True)
    second = at_offset(
        candidate(named, "in May 2024", "Talks with Uganda were opened", EventKind.OTHER, [], MAY),
        named_at,
    )
    # Peru is named in another clause of the sentence: not the happening's.
    signature = signature_for(second, REFS, parties=parties)
    assert (signature.parties, signature.inherited) == ({"uganda"}, False)
    # Without the article's parties, none.
    assert signature_for(first, REFS).parties == frozenset()


LAUNCHED = "Talks opened in May 2024."


def launched(*names: tuple[str, str], sentence: str = LAUNCHED, actors=()) -> EventSignature:
    """Return the signature of `sentence` in an article whose lead names `names`."""
    opening = " and ".join(name for name, _ in names) + " agreed on Monday to talk."
    body = f"{opening} {sentence}"
    start = len(opening) + 1
    named = [found for name, key in names for found in spans(body, name, key)]
    parties = ArticleParties([(0, len(opening)), (start, len(body))], named, REFS)
    clause = sentence.removesuffix(" in May 2024.")
    made = candidate(sentence, "in May 2024", clause, EventKind.OTHER, list(actors), MAY)
    return signature_for(at_offset(made, start), REFS, parties=parties)


PERU, NORWAY, UGANDA = ("Peru", "peru"), ("Norway", "norway"), ("Uganda", "uganda")
BLOC, COMMISSION = ("Andean Bloc", "andean-bloc"), ("Bloc Commission", "bloc-commission")


def test_reports_naming_no_party_of_two_negotiations_sharing_a_country_are_two_happenings():
    peru_norway = launched(PERU, NORWAY)
    # The words alone join them (with no parties: reports naming their own parties that
    # share one and each have another are apart too, eleventh clustering round).
    peru_uganda = launched(PERU, UGANDA)
    none = {"inherited": False, "parties": frozenset(), "sides": frozenset()}
    assert same_happening(replace(peru_norway, **none), replace(peru_uganda, **none))
    assert not same_happening(
        replace(peru_norway, inherited=False), replace(peru_uganda, inherited=False)
    )
    assert not same_happening(peru_norway, launched(PERU, UGANDA))
    assert not same_happening(launched(PERU, UGANDA), peru_norway)
    # A bloc is a party too.
    assert not same_happening(peru_norway, launched(PERU, BLOC))
    # The same parties, in any order, are one negotiation.
    assert same_happening(peru_norway, launched(NORWAY, PERU))
    # A report with its own parties against the lead's.
    with_uganda = launched(
        PERU, UGANDA, sentence="Peru and Uganda launched the talks in May 2024.", actors=["peru"]
    )
    assert not with_uganda.inherited
    assert not same_happening(peru_norway, with_uganda)
    # One of the lead's parties: the lead's parties, for the veto.
    only_peru = launched(PERU, NORWAY, sentence="Peru launched the talks in May 2024.")
    assert only_peru.parties == {"peru"}
    assert same_happening(peru_norway, only_peru)
    elsewhere = launched(PERU, UGANDA, sentence="Peru launched the talks in May 2024.")
    assert not same_happening(peru_norway, elsewhere)


def test_two_bodies_of_no_country_are_no_difference():
    """One article's lead may name a bloc's commission, another's the bloc itself."""
    assert same_happening(launched(PERU, BLOC), launched(PERU, COMMISSION))
    # ... unless each has a country the other has not, too.
    assert not same_happening(launched(PERU, BLOC, NORWAY), launched(PERU, COMMISSION, UGANDA))


def test_the_parties_named_again_are_no_words():
    """ "The two countries", "both sides": the report's parties are compared on their own."""
    plain = launched(PERU, NORWAY, sentence="Talks opened in May 2024.")
    for again in ("The two countries opened talks", "Both sides opened talks"):
        assert launched(PERU, NORWAY, sentence=f"{again} in May 2024.").tokens == plain.tokens


def test_a_short_report_with_the_lead_parties_joins_a_longer_one_naming_them():
    short = launched(PERU, NORWAY, sentence="The two nations started negotiations in May 2024.")
    named = launched(
        PERU,
        NORWAY,
        sentence="Peru and Norway started negotiations on a services pact in May 2024.",
        actors=["peru", "norway"],
    )
    assert (short.inherited, named.inherited) == (True, False)
    assert same_happening(short, named)
    assert same_happening(named, short)
    # Without the article's parties, a word more on one side keeps them apart (rule 8).
    assert not same_happening(replace(short, inherited=False), named)
    # Another country's launch stays apart.
    other = launched(
        PERU,
        UGANDA,
        sentence="Peru and Uganda started negotiations on a services pact in May 2024.",
        actors=["peru", "uganda"],
    )
    assert not same_happening(short, other)
    # The short report may not say more than the other.
    longer = launched(
        PERU, NORWAY, sentence="The two nations started negotiations on fisheries in May 2024."
    )
    assert not same_happening(longer, named)


def test_a_report_naming_one_of_the_lead_parties_is_about_both_for_the_veto():
    """ "Peru hoped to sign the pact" in a story of Peru's talks with Norway and in one
    of its talks with Uganda are two happenings."""
    sentence = "Peru hoped to sign the pact in May 2024."
    with_norway = launched(PERU, NORWAY, sentence=sentence, actors=["peru"])
    with_uganda = launched(PERU, UGANDA, sentence=sentence, actors=["peru"])
    assert with_norway.parties == with_uganda.parties == {"peru"}
    assert not with_norway.inherited
    assert with_norway.sides == {"peru", "norway"}
    assert not same_happening(with_norway, with_uganda)
    # Two reports of one story stay together.
    assert same_happening(with_norway, launched(NORWAY, PERU, sentence=sentence, actors=["peru"]))


def test_reports_naming_no_party_of_two_negotiations_with_no_party_in_common_are_two():
    # round 34: "The joint committee will meet again" of one deal and of another
    peru_norway = launched(PERU, NORWAY)
    assert not same_happening(peru_norway, launched(UGANDA, BLOC))
    assert not same_happening(launched(UGANDA, BLOC), peru_norway)
    # the words alone would join them
    assert same_happening(
        replace(peru_norway, inherited=False), replace(launched(UGANDA, BLOC), inherited=False)
    )
    assert same_happening(peru_norway, launched(NORWAY, PERU))


def test_reports_of_two_leads_with_no_party_in_common_are_two_happenings():
    """Round 33: "the agreement could enter into force" of Ruritania and a bloc's members,
    and the same words of another bloc's deal, even when the stories share a country."""
    peru_norway = replace(launched(PERU, NORWAY), story=frozenset({"peru", "norway"}))
    uganda_bloc = replace(launched(UGANDA, BLOC), story=frozenset({"uganda", "norway"}))
    assert not same_happening(peru_norway, uganda_bloc)
    # a report with its own parties is compared by them as before
    own = replace(uganda_bloc, inherited=False, sides=uganda_bloc.parties)
    assert same_happening(replace(peru_norway, inherited=False, sides=peru_norway.parties), own)


def test_a_pair_of_parties_named_in_the_title_s_subject_is_the_report_s_own():
    """In a story of Peru's deals with Norway and with Uganda, "The Peru-Uganda pact,
    signed in 2023, takes effect in May 2024" is the Peru–Uganda pact's, not the lead's
    three: its date's part of the sentence leaves the subject to the title, and two
    parties are a pair of their own, not completed to the lead's."""
    opening = "Peru agreed on Monday to speed up its pacts with Norway and Uganda."
    sentence = "The Peru-Uganda pact, signed in 2023, takes effect in May 2024."
    body = f"{opening} {sentence}"
    start = len(opening) + 1
    named = [
        *spans(body, "Peru", "peru"),
        *spans(body, "Norway", "norway"),
        *spans(body, "Uganda", "uganda"),
    ]
    parties = ArticleParties([(0, len(opening)), (start, len(body))], named, REFS)
    assert parties.lead == {"peru", "norway", "uganda"}
    made = candidate(
        sentence,
        "in May 2024",
        "The Peru-Uganda pact takes effect",
        EventKind.OTHER,
        ["peru", "uganda"],
        MAY,
    )
    signature = signature_for(at_offset(made, start), REFS, parties=parties)
    assert (signature.parties, signature.inherited) == ({"peru", "uganda"}, False)
    assert signature.sides == {"peru", "uganda"}
    # one party named is still completed to the lead's
    assert parties.completed(frozenset({"peru"})) == {"peru", "norway", "uganda"}
