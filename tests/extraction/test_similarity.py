from datetime import date

import pytest

from articles.extraction.similarity import (
    EventSignature,
    dates_compatible,
    kinds_compatible,
    same_happening,
    signature_for,
    story_countries,
    title_tokens,
    token_overlap,
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

D, W, M, Y = Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.YEAR
WED = FuzzyDate(date(2018, 9, 26), D)

REFS = {
    "donald-trump": ActorRef(
        "donald-trump", "Donald Trump", ActorKind.PERSON, country="united-states"
    ),
    "shinzo-abe": ActorRef("shinzo-abe", "Shinzo Abe", ActorKind.PERSON, country="japan"),
    "xi-jinping": ActorRef("xi-jinping", "Xi Jinping", ActorKind.PERSON, country="china"),
}


def candidate(sentence, temporal, title, kind, actors, when=WED, planned=False):
    """Return an EventCandidate built by hand from one seed-like sentence."""
    return EventCandidate(
        date=when,
        planned=planned,
        title=title,
        kind=kind,
        sentence=Sentence(0, len(sentence), sentence),
        temporal_text=temporal,
        actor_keys=tuple(actors),
    )


AGREED_000 = candidate(
    "President Donald Trump and Japanese Prime Minister Shinzo Abe on Sept. 26 agreed to begin "
    "negotiations for a bilateral free-trade agreement, stressing the need for a “strong, "
    "stable, and mutually beneficial trade and economic relationship.”",
    "on Sept. 26",
    "Donald Trump and Shinzo Abe agreed to begin negotiations",
    EventKind.AGREEMENT,
    ["donald-trump", "shinzo-abe"],
)
ANNOUNCED_002 = candidate(
    "The United States and Japan announced Wednesday they will open negotiations on a "
    "bilateral trade agreement between the world’s first- and third-largest economies.",
    "Wednesday",
    "The United States and Japan announced they will open negotiations",
    EventKind.ANNOUNCEMENT,
    ["united-states", "japan"],
)
AGREED_004 = candidate(
    "Japan agreed Wednesday to negotiate a trade pact with the United States, easing fears "
    "that President Donald Trump would zero in on the US ally for his next tariff offensive.",
    "Wednesday",
    "Japan agreed to negotiate a trade pact with the United States",
    EventKind.AGREEMENT,
    ["japan", "united-states", "donald-trump"],
)
TARIFFS_004 = candidate(
    "Trump this week slapped $200 billion of tariffs on China, which also has a large trade "
    "surplus with the United States, and on Wednesday he bluntly said that his onetime "
    "friendship with Chinese President Xi Jinping could be over.",
    "this week",
    "Trump slapped $200 billion of tariffs on China",
    EventKind.TARIFF_ACTION,
    ["donald-trump", "china", "united-states"],
    when=FuzzyDate(date(2018, 9, 24), W),
)
SAID_004 = candidate(
    TARIFFS_004.sentence.text,
    "on Wednesday",
    "Donald Trump bluntly said that his onetime friendship with Xi Jinping could be over",
    EventKind.STATEMENT,
    ["xi-jinping", "donald-trump"],
)
AGREEMENT_REPORTS = [AGREED_000, ANNOUNCED_002, AGREED_004]


@pytest.mark.parametrize("refs", [REFS, None])
@pytest.mark.parametrize(
    ("a", "b"),
    [(0, 1), (0, 2), (1, 2)],
)
def test_the_three_seed_reports_of_the_agreement_are_one_happening(a, b, refs):
    left = signature_for(AGREEMENT_REPORTS[a], refs)
    right = signature_for(AGREEMENT_REPORTS[b], refs)
    assert same_happening(left, right)
    assert same_happening(right, left)


@pytest.mark.parametrize("other", [TARIFFS_004, SAID_004])
@pytest.mark.parametrize("report", AGREEMENT_REPORTS)
def test_other_happenings_of_the_same_days_stay_apart(report, other):
    assert not same_happening(signature_for(report, REFS), signature_for(other, REFS))


def test_signature_adds_the_countries_of_persons_and_drops_name_words():
    signature = signature_for(AGREED_000, REFS)
    assert signature.actor_keys == {"donald-trump", "shinzo-abe", "united-states", "japan"}
    assert not signature.tokens & {"donald", "trump", "shinzo", "abe"}
    assert {"negoti", "bilateral"} <= signature.tokens


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        (FuzzyDate(date(2018, 9, 26), D), FuzzyDate(date(2018, 9, 26), D), True),
        (FuzzyDate(date(2018, 9, 26), D), FuzzyDate(date(2018, 9, 27), D), False),
        (FuzzyDate(date(2018, 9, 26), D), FuzzyDate(date(2018, 9, 24), W), True),
        (FuzzyDate(date(2018, 10, 1), D), FuzzyDate(date(2018, 9, 24), W), False),
        (FuzzyDate(date(2018, 9, 26), D), FuzzyDate(date(2018, 9, 1), M), True),
        (FuzzyDate(date(2018, 9, 26), D), FuzzyDate(date(2018, 8, 1), M), False),
        (FuzzyDate(date(2018, 9, 26), D), FuzzyDate(date(2018, 1, 1), Y), True),
        (FuzzyDate(date(2017, 1, 1), Y), FuzzyDate(date(2017, 1, 1), M), True),
        (FuzzyDate(date(2017, 1, 1), Y), FuzzyDate(date(2018, 1, 1), Y), False),
        (FuzzyDate(date(2018, 5, 1), M), FuzzyDate(date(2018, 6, 1), M), False),
        (FuzzyDate(date(2018, 4, 30), W), FuzzyDate(date(2018, 5, 1), M), True),  # straddles
    ],
)
def test_dates_compatible(a, b, compatible):
    assert dates_compatible(a, b) is compatible
    assert dates_compatible(b, a) is compatible


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        (EventKind.AGREEMENT, EventKind.AGREEMENT, True),
        (EventKind.AGREEMENT, EventKind.ANNOUNCEMENT, True),
        (EventKind.TARIFF_ACTION, EventKind.OTHER, True),
        (EventKind.AGREEMENT, EventKind.NEGOTIATION_ROUND, True),
        (EventKind.AGREEMENT, EventKind.TARIFF_ACTION, False),
        (EventKind.MEETING, EventKind.WITHDRAWAL, False),
        (EventKind.MEETING, EventKind.NEGOTIATION_ROUND, True),  # a round of talks
        (EventKind.MEETING, EventKind.AGREEMENT, False),
    ],
)
def test_kinds_compatible(a, b, compatible):
    assert kinds_compatible(a, b) is compatible


def test_a_meeting_and_a_round_of_talks_are_one_only_on_the_same_days():
    assert not kinds_compatible(EventKind.MEETING, EventKind.NEGOTIATION_ROUND, same_days=False)
    assert kinds_compatible(EventKind.AGREEMENT, EventKind.NEGOTIATION_ROUND, same_days=False)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("negotiate", "negotiations"),
        ("negotiating", "negotiated"),
        ("agree", "agreement"),
        ("agreed", "pact"),
        ("tariffs", "duties"),
        ("withdrew", "pulled"),
        ("opened", "begin"),
        ("trade", "trades"),
    ],
)
def test_title_tokens_stem_variants_together(left, right):
    assert title_tokens(left) == title_tokens(right) != frozenset()


def test_title_tokens_leave_accents_out_and_keep_dashes_between_words():
    # A stored actor's key is its slug ("julian-ortega"): its words must be the name's.
    assert title_tokens("Julián Ortega in São Paulo") == {"julian", "ortega", "sao", "paulo"}
    assert title_tokens("tariffs—and quotas") == title_tokens("tariffs and quotas")


def test_title_tokens_drop_stop_words_and_weekdays():
    assert title_tokens("He said on Wednesday that the talks will start") == {"negoti", "start"}


def test_token_overlap():
    assert token_overlap(frozenset("ab"), frozenset("abcd")) == 1.0
    assert token_overlap(frozenset("ab"), frozenset()) == 0.0


def test_too_few_shared_words_do_not_merge():
    base = EventSignature(WED, EventKind.MEETING, frozenset({"x"}), frozenset({"meet"}), False)
    other = EventSignature(WED, EventKind.MEETING, frozenset({"x"}), frozenset({"meet"}), False)
    assert not same_happening(base, other)


# Outlets reporting one day of a negotiation in their own words (the clustering probe's
# style: tests/importing/clusters/). Registry actors by slug; the people are not in it.
THU = FuzzyDate(date(2025, 6, 19), D)
SIGNED = candidate(
    "Australia and the European Union signed a free trade agreement in Canberra on Thursday.",
    "on Thursday",
    "Australia and the European Union signed a free trade agreement in Canberra",
    EventKind.AGREEMENT,
    ["australia", "european-union"],
    when=THU,
)
INKED = candidate(
    "CANBERRA, June 20, 2025 (AFP) - Brussels and Canberra inked a free trade deal on Thursday "
    "that Australian Trade Minister Mark Halloran called the biggest in a generation.",
    "on Thursday",
    "Brussels and Canberra inked a free trade deal that Mark Halloran called",
    EventKind.AGREEMENT,
    ["Mark Halloran", "australia", "european-union"],
    when=THU,
)
PROTEST = candidate(
    "Thousands of farmers protested in Brussels on Thursday against the agreement.",
    "on Thursday",
    "Thousands of farmers protested in Brussels against the agreement",
    EventKind.AGREEMENT,
    ["european-union"],
    when=THU,
)
OCT_2023 = FuzzyDate(date(2023, 10, 1), M)
COLLAPSED = candidate(
    "Talks collapsed in October 2023 when Canberra rejected the bloc's final offer on "
    "agricultural access.",
    "in October 2023",
    "Talks collapsed when Canberra rejected the bloc's final offer on agricultural access",
    EventKind.NEGOTIATION_ROUND,
    ["australia"],
    when=OCT_2023,
)
SUSPENDED = candidate(
    "The agreement comes after talks were suspended in October 2023 amid a dispute over "
    "agricultural quotas.",
    "in October 2023",
    "The agreement comes after talks were suspended amid a dispute over agricultural quotas",
    EventKind.NEGOTIATION_ROUND,
    [],
    when=OCT_2023,
)
TUE = FuzzyDate(date(2025, 11, 4), D)
MET = candidate(
    "International Trade Minister Lena Duclos met Indian Commerce Minister Arvind Mehra in "
    "New Delhi on Tuesday.",
    "on Tuesday",
    "Lena Duclos met Arvind Mehra in New Delhi",
    EventKind.MEETING,
    ["Lena Duclos", "Arvind Mehra", "india"],
    when=TUE,
)
HELD_TALKS = candidate(
    "Commerce minister Arvind Mehra and his Canadian counterpart Lena Duclos held talks in "
    "New Delhi on November 4, officials said.",
    "on November 4",
    "Arvind Mehra and his Canadian counterpart Lena Duclos held talks in New Delhi",
    EventKind.STATEMENT,
    ["Arvind Mehra", "Lena Duclos", "canada", "india"],
    when=TUE,
)
MET_OTHER = candidate(
    "Arvind Mehra met Japanese trade minister Kenji Sato in New Delhi on Tuesday.",
    "on Tuesday",
    "Arvind Mehra met Kenji Sato in New Delhi",
    EventKind.MEETING,
    ["Arvind Mehra", "Kenji Sato", "india", "japan"],
    when=TUE,
)
MINISTERS_MET = candidate(
    "The trade ministers of Canada and India met yesterday in the capital.",
    "yesterday",
    "The trade ministers of Canada and India met in the capital",
    EventKind.MEETING,
    ["canada", "india"],
    when=TUE,
)
PULSES = candidate(
    "India on Tuesday raised import duties on Canadian lentils and peas to 30 per cent.",
    "on Tuesday",
    "India raised import duties on Canadian lentils and peas to 30 per cent",
    EventKind.TARIFF_ACTION,
    ["canada", "india"],
    when=TUE,
)
PROBE_REFS = {
    "australia": ActorRef(
        "australia", "Australia", ActorKind.COUNTRY, aliases=("Australian", "Canberra")
    ),
    "european-union": ActorRef(
        "european-union", "European Union", ActorKind.ORGANISATION, aliases=("EU", "Brussels")
    ),
    "canada": ActorRef("canada", "Canada", ActorKind.COUNTRY, aliases=("Canadian", "Ottawa")),
    "india": ActorRef("india", "India", ActorKind.COUNTRY, aliases=("Indian", "New Delhi")),
}


def probe_signature(item: EventCandidate) -> EventSignature:
    return signature_for(item, PROBE_REFS)


def test_signature_drops_the_dateline_and_the_actors_alias_words():
    tokens = probe_signature(INKED).tokens
    assert not tokens & {"canberra", "brussel", "australian", "afp", "june", "2025"}
    assert {"sign", "fre", "trad"} <= tokens


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("inked", "signed"),
        ("collapsed", "suspended"),
        ("broke", "stalled"),
        ("froze", "paused"),
        ("rallied", "protested"),
        ("elevated", "upgraded"),
        ("duty", "tariffs"),
        ("modernised", "modernizing"),
        ("held", "met"),
        ("banned", "suspended"),
        ("lapsed", "expired"),
        ("finalised", "concluded"),
        ("sealed", "concluded"),
    ],
)
def test_title_tokens_join_more_wordings_of_one_action(left, right):
    assert title_tokens(left) == title_tokens(right) != frozenset()


def test_frozen_goods_are_not_frozen_talks():
    assert title_tokens("frozen") != title_tokens("froze")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (SIGNED, INKED),  # "signed" and "inked", an alias for each actor and a dateline
        (COLLAPSED, SUSPENDED),  # the same action in clauses that run on differently
        (MET, HELD_TALKS),  # the same day and action, one names a subset of the other's actors
        (MINISTERS_MET, HELD_TALKS),  # ... the subset being two countries
    ],
)
def test_one_happening_in_other_words_is_one_happening(a, b):
    assert same_happening(probe_signature(a), probe_signature(b))
    assert same_happening(probe_signature(b), probe_signature(a))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (SIGNED, PROTEST),  # a signing and a protest against it, the same day
        (INKED, PROTEST),
        (MET, PULSES),  # a meeting and a tariff, the same day, the same countries
        (HELD_TALKS, PULSES),
        (MET, MET_OTHER),  # two meetings of one minister the same day
        (MINISTERS_MET, PULSES),
        (COLLAPSED, SIGNED),
    ],
)
def test_happenings_of_the_same_days_stay_apart(a, b):
    assert not same_happening(probe_signature(a), probe_signature(b))
    assert not same_happening(probe_signature(b), probe_signature(a))


def figure_candidate(sentence: str, temporal: str, when: FuzzyDate) -> EventCandidate:
    return candidate(
        sentence, temporal, sentence.rstrip("."), EventKind.OTHER, ["united-states"], when=when
    )


FIGURE_REFS = {
    **REFS,
    "united-states": ActorRef(
        "united-states", "United States", ActorKind.COUNTRY, aliases=("US", "American")
    ),
}


def test_different_figures_are_different_happenings():
    year = FuzzyDate(date(2018, 1, 1), Y)
    deficit = figure_candidate(
        "The American trade deficit with Japan reached $83 billion last year.", "last year", year
    )
    other = figure_candidate(
        "The American trade deficit with Japan reached $46 billion in 2018.", "in 2018", year
    )
    again = figure_candidate(
        "The American trade deficit with Japan hit $83bn in 2018, up from 2017.", "in 2018", year
    )
    signatures = [signature_for(item, FIGURE_REFS) for item in (deficit, other, again)]
    assert not same_happening(signatures[0], signatures[1])
    assert same_happening(signatures[0], signatures[2])
    # "2017" is a year, not a figure; "$83bn" is the sum in units (thirteenth round).
    assert signatures[2].figures == {"83000000000"}


PERSON_REFS = {
    **REFS,
    "mike-pence": ActorRef("mike-pence", "Mike Pence", ActorKind.PERSON, country="united-states"),
    "marco-rubio": ActorRef(
        "marco-rubio", "Marco Rubio", ActorKind.PERSON, country="united-states"
    ),
}


def test_two_meetings_each_with_someone_else_stay_apart():
    first = candidate(
        "Mike Pence met Jamieson Greer in Tokyo on Monday to discuss autos.",
        "on Monday",
        "Mike Pence met Jamieson Greer in Tokyo to discuss autos",
        EventKind.MEETING,
        ["mike-pence", "Jamieson Greer"],
    )
    second = candidate(
        "Marco Rubio met Jamieson Greer in Tokyo on Monday to discuss autos.",
        "on Monday",
        "Marco Rubio met Jamieson Greer in Tokyo to discuss autos",
        EventKind.MEETING,
        ["marco-rubio", "jamieson-greer"],
    )
    same = candidate(
        "Pence and Greer met on Monday in Tokyo to discuss autos.",
        "on Monday",
        "Pence and Greer met in Tokyo to discuss autos",
        EventKind.MEETING,
        ["mike-pence", "jamieson-greer"],
    )
    signatures = [signature_for(item, PERSON_REFS) for item in (first, second, same)]
    assert not same_happening(signatures[0], signatures[1])
    assert same_happening(signatures[0], signatures[2])


def test_a_name_the_registry_does_not_know_is_compared_as_its_stored_slug():
    signature = signature_for(MET, PROBE_REFS)
    assert {"lena-duclos", "arvind-mehra", "india"} == signature.actor_keys
    assert signature.persons == {"lena-duclos", "arvind-mehra"}


def test_two_different_actions_on_one_pact_are_two_happenings():
    year = FuzzyDate(date(2017, 1, 1), Y)
    withdrew = candidate(
        "The United States withdrew from the Trans-Pacific Partnership in 2017.",
        "in 2017",
        "The United States withdrew from the Trans-Pacific Partnership",
        EventKind.WITHDRAWAL,
        ["united-states"],
        when=year,
    )
    talks = candidate(
        "Trump and Abe announced in 2017 that they would open talks on the Trans-Pacific "
        "Partnership.",
        "in 2017",
        "Trump and Abe announced that they would open talks on the Trans-Pacific Partnership",
        EventKind.ANNOUNCEMENT,
        ["donald-trump", "shinzo-abe"],
        when=year,
    )
    assert not same_happening(signature_for(withdrew, REFS), signature_for(talks, REFS))


def test_a_report_without_actors_needs_three_shared_words():
    plan = candidate(
        "A first round of talks will begin in 2018, officials said.",
        "in 2018",
        "A first round of talks will begin",
        EventKind.STATEMENT,
        [],
        when=FuzzyDate(date(2018, 1, 1), Y),
        planned=True,
    )
    assert not same_happening(signature_for(plan, REFS), signature_for(AGREED_000, REFS))


def test_resuming_talks_reports_starting_them():
    assert title_tokens("agreed to resume negotiations") == title_tokens("agreed to start talks")


JANUARY = FuzzyDate(date(2017, 1, 1), M)
PULLED_OUT = candidate(
    "Trump pulled the United States out of TPP in January, weeks into his term.",
    "in January",
    "Trump pulled the United States out of TPP",
    EventKind.WITHDRAWAL,
    ["donald-trump", "united-states"],
    when=JANUARY,
)
WITHDREW_FROM_PACT = candidate(
    "Tokyo had championed a multi-nation trans-Pacific trade pact that Donald Trump withdrew "
    "from in January.",
    "in January",
    "Donald Trump withdrew from a multi-nation trans-Pacific trade pact",
    EventKind.WITHDRAWAL,
    ["donald-trump", "japan", "united-states"],
    when=JANUARY,
)


def test_one_persons_withdrawals_in_one_month_are_one_happening():
    assert same_happening(signature_for(PULLED_OUT, REFS), signature_for(WITHDREW_FROM_PACT, REFS))


def test_withdrawals_by_other_people_or_in_a_year_stay_apart():
    by_abe = candidate(
        "Abe withdrew Japan from a multi-nation trans-Pacific whaling pact in January.",
        "in January",
        "Abe withdrew Japan from a multi-nation trans-Pacific whaling pact",
        EventKind.WITHDRAWAL,
        ["shinzo-abe", "japan"],
        when=JANUARY,
    )
    assert not same_happening(signature_for(PULLED_OUT, REFS), signature_for(by_abe, REFS))
    year = FuzzyDate(date(2017, 1, 1), Y)
    in_the_year = [
        candidate(c.sentence.text, c.temporal_text, c.title, c.kind, c.actor_keys, when=year)
        for c in (PULLED_OUT, WITHDREW_FROM_PACT)
    ]
    assert not same_happening(*(signature_for(c, REFS) for c in in_the_year))
    # Against a year, the action and the person alone are not enough.
    other_pact = candidate(
        "Trump withdrew from the Paris climate accord last year.",
        "last year",
        "Trump withdrew from the Paris climate accord",
        EventKind.WITHDRAWAL,
        ["donald-trump"],
        when=year,
    )
    assert not same_happening(signature_for(other_pact, REFS), signature_for(PULLED_OUT, REFS))


def test_a_withdrawal_in_a_year_and_one_in_its_month_sharing_a_word_are_one():
    last_year = candidate(
        "Trade relations soured last year after Trump pulled the United States out of TPP.",
        "last year",
        "Trade relations soured after Trump pulled the United States out of TPP",
        EventKind.WITHDRAWAL,
        ["donald-trump", "united-states"],
        when=FuzzyDate(date(2017, 1, 1), Y),
    )
    assert same_happening(signature_for(last_year, REFS), signature_for(WITHDREW_FROM_PACT, REFS))


def test_a_signature_keeps_its_countries_a_persons_country_among_them():
    met = candidate(
        "Donald Trump met the Vietnamese trade minister and EFTA officials on Wednesday.",
        "on Wednesday",
        "Donald Trump met the Vietnamese trade minister and EFTA officials",
        EventKind.MEETING,
        ["donald-trump", "Vietnam", "EFTA"],
    )
    signature = signature_for(met, REFS)
    # A registry person's country, and a name the registry lacks that is a country.
    assert signature.countries == {"united-states", "vietnam"}
    assert signature.persons == {"donald-trump"}


RESUMED_KOREA = candidate(
    "South Korea and Mexico resumed negotiations on a free trade agreement in Mexico City "
    "on Monday.",
    "on Monday",
    "South Korea and Mexico resumed negotiations on a free trade agreement",
    EventKind.NEGOTIATION_ROUND,
    ["south-korea", "mexico"],
)
RESUMED_AUSTRALIA = candidate(
    "The European Union and Australia resumed negotiations on a free trade agreement in "
    "Canberra on Monday.",
    "on Monday",
    "The European Union and Australia resumed negotiations on a free trade agreement",
    EventKind.NEGOTIATION_ROUND,
    ["european-union", "australia"],
)
AIM_CANADA = candidate(
    "Both sides aim to conclude the negotiations by the end of 2027.",
    "by the end of 2027",
    "Both sides aim to conclude the negotiations",
    EventKind.STATEMENT,
    [],
    when=FuzzyDate(date(2027, 1, 1), Y),
    planned=True,
)
AIM_SWITZERLAND = candidate(
    "Both governments aim to conclude the talks by the end of 2027.",
    "by the end of 2027",
    "Both governments aim to conclude the talks",
    EventKind.STATEMENT,
    [],
    when=FuzzyDate(date(2027, 1, 1), Y),
    planned=True,
)


@pytest.mark.parametrize(
    ("a", "b", "story_a", "story_b"),
    [
        # alike in words, but the stories' countries have none in common
        (RESUMED_KOREA, RESUMED_AUSTRALIA, {"south-korea", "mexico"}, {"australia"}),
        (AIM_CANADA, AIM_SWITZERLAND, {"canada", "brazil"}, {"switzerland", "united-kingdom"}),
    ],
)
def test_reports_of_stories_with_no_country_in_common_are_two_happenings(a, b, story_a, story_b):
    first, second = signature_for(a, REFS), signature_for(b, REFS)
    assert same_happening(first, second)  # the words alone would join them
    first = signature_for(a, REFS, frozenset(story_a))
    second = signature_for(b, REFS, frozenset(story_b))
    assert not same_happening(first, second)
    assert not same_happening(second, first)
    # one country in common (or a story with none known) leaves it to the words
    third = signature_for(b, REFS, frozenset(story_b | {next(iter(story_a))}))
    assert same_happening(first, third)
    assert same_happening(first, signature_for(b, REFS))


def test_story_countries_are_the_countries_and_persons_countries_of_an_article():
    refs = {
        **REFS,
        "japan": ActorRef("japan", "Japan", ActorKind.COUNTRY),
        "toyota": ActorRef("toyota", "Toyota", ActorKind.ORGANISATION, country="japan"),
    }
    keys = ["japan", "donald-trump", "toyota", "Kenya", "Jane Doe"]
    assert story_countries(keys, refs) == {"japan", "united-states", "kenya"}


def test_a_years_figure_is_not_a_days_happening_told_without_one():
    # round 36: "shipments rose 14 percent in Q3 2026" against a meeting last week
    year = FuzzyDate(date(2018, 1, 1), Y)
    figure = figure_candidate(
        "US shipments to the bloc's five members rose 14 percent in 2018.", "in 2018", year
    )
    meeting = figure_candidate(
        "US negotiators and the five members of the bloc met on Wednesday.", "on Wednesday", WED
    )
    counted = figure_candidate(
        "US shipments to the bloc's five members rose 14 percent on Wednesday.", "on Wednesday", WED
    )
    signatures = [signature_for(item, FIGURE_REFS) for item in (figure, meeting, counted)]
    assert not same_happening(signatures[0], signatures[1])
    assert not same_happening(signatures[1], signatures[0])
    assert same_happening(signatures[0], signatures[2])  # a figure on both sides: rule 3


# Round eleven of the clustering rules (bench/RESULTS-clustering.md): a half of a year is
# compared as that half, not as the year its date gives.
def _committee(sentence: str, temporal: str, when: FuzzyDate) -> EventSignature:
    title = "The joint committee will meet again in Geneva"
    return signature_for(
        candidate(sentence, temporal, title, EventKind.MEETING, [], when, planned=True)
    )


def test_a_half_of_a_year_is_compared_as_that_half():
    year = FuzzyDate(date(2027, 1, 1), Y)
    second_half = _committee(
        "The joint committee will meet again in Geneva in the second half of 2027.",
        "of 2027",
        year,
    )
    first_half = _committee(
        "The joint committee will meet again in Geneva in the first half of 2027.",
        "of 2027",
        year,
    )
    february = _committee(
        "The joint committee will meet again in Geneva in February.",
        "in February",
        FuzzyDate(date(2027, 2, 1), M),
    )
    whole_year = _committee(
        "The joint committee will meet again in Geneva in 2027.", "in 2027", year
    )
    assert (second_half.half, first_half.half, whole_year.half) == (2, 1, 0)
    assert (second_half.first, second_half.last) == (date(2027, 7, 1), date(2027, 12, 31))
    assert not same_happening(second_half, february)
    assert same_happening(first_half, february)
    assert not same_happening(first_half, second_half)
    # The whole year holds either half.
    assert same_happening(whole_year, second_half)
    assert same_happening(whole_year, february)
    # "the first half of next year": the temporal text the extraction keeps
    assert (
        _committee(
            "The joint committee will meet again in the first half of next year.",
            "of next year",
            year,
        ).half
        == 1
    )
