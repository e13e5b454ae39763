import pytest

from articles.extraction.actors import ActorMatcher
from articles.extraction.quotes import extract_quotes
from tests.extraction.test_actors import REGISTRY, registry_without, seed_text


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher(REGISTRY)


def quotes_of(matcher: ActorMatcher, body: str):
    quotes = extract_quotes(body, matcher.find_mentions(body))
    assert all(body[q.start : q.end] == q.text for q in quotes)
    return quotes


def speaker_of(quotes, beginning: str) -> str | None:
    (quote,) = [q for q in quotes if q.text.startswith(beginning)]
    return quote.speaker_key


def test_seed_000(matcher):
    quotes = quotes_of(matcher, seed_text("000"))
    agreed = next(q for q in quotes if q.text.startswith("We’ve agreed today"))
    # the comma closing the quoted words belongs to the attribution
    assert agreed.text.endswith("between the United States and Japan")
    assert agreed.speaker_key == "donald-trump"
    assert speaker_of(quotes, "We will probably come to a conclusion. I think") == "donald-trump"
    # a paragraph that is only a quote continues the previous paragraph's speaker
    assert speaker_of(quotes, "This was something that, for various reasons") == "donald-trump"
    assert speaker_of(quotes, "For the United States, market-access") is None
    assert speaker_of(quotes, "For Japan, with regard to agricultural") is None


def test_seed_002(matcher):
    quotes = quotes_of(matcher, seed_text("002"))
    assert speaker_of(quotes, "We’ve agreed today") == "donald-trump"
    assert speaker_of(quotes, "This was something that for various reasons") == "donald-trump"
    assert speaker_of(quotes, "ways to reinforce") == "shinzo-abe"
    assert not [q for q in quotes if q.text.startswith("early achievements")]


def test_seed_004(matcher):
    quotes = quotes_of(matcher, seed_text("004"))
    assert speaker_of(quotes, "We must not set the hands of the clock backward") == "shinzo-abe"
    assert speaker_of(quotes, "The president is not going to join the TPP.") == (
        "robert-lighthizer"
    )
    assert speaker_of(quotes, "If it's concluded, it's not a minus.") == "Atsuyuki Oike"
    assert speaker_of(quotes, "Japan is very smart. Great negotiators.") == "donald-trump"


def test_unknown_speaker_gets_the_proposed_key():
    matcher = ActorMatcher(registry_without("robert-lighthizer"))
    quotes = quotes_of(matcher, seed_text("004"))
    assert speaker_of(quotes, "The president is not going") == "Robert Lighthizer"


@pytest.mark.parametrize(
    "body",
    [
        "“We will keep talking to them,” Trump said.",
        '"We will keep talking to them," said Trump.',
        "Trump said: “We will keep talking to them.”",
        "Trump said, “We will keep talking to them.”",
        "Trump told reporters, “We will keep talking to them.”",
        "Abe spoke first. Trump arrived later. “We will keep talking to them,” he said.",
        "Trump met Abe. “We will keep talking to them,” he added.",
    ],
)
def test_attribution_forms(matcher, body):
    (quote,) = quotes_of(matcher, body)
    assert quote.text.startswith("We will keep talking to them")
    assert quote.speaker_key == "donald-trump"


def test_statement_quotes_have_no_speaker(matcher):
    body = "“The two sides will meet again in October,” the statement said. Trump left."
    (quote,) = quotes_of(matcher, body)
    assert quote.speaker_key is None


def test_scare_quotes_are_not_quotes(matcher):
    body = "Trump wants “early achievements” and a so-called “fair deal” with Japan."
    assert quotes_of(matcher, body) == []


def test_short_quote_with_speech_verb_is_kept(matcher):
    (quote,) = quotes_of(matcher, "“No,” Trump said.")
    assert (quote.text, quote.speaker_key) == ("No", "donald-trump")


def test_quote_without_marks_in_next_paragraph_is_not_continued(matcher):
    body = "“We will keep talking,” Trump said.\n\nAbe left.\n\n“That is all for today.”"
    quotes = quotes_of(matcher, body)
    assert [q.speaker_key for q in quotes] == ["donald-trump", None]


def test_quotation_over_several_paragraphs(matcher):
    body = (
        "Abe spoke to the press.\n\n"
        "“We will keep talking to them every week until we have a deal\n\n"
        "“And then we will sign it, whatever it takes,” Trump said.\n\n"
        "“It will be a very good deal for both countries.”\n\n"
        "Abe left."
    )
    quotes = quotes_of(matcher, body)
    assert [q.text for q in quotes] == [
        "We will keep talking to them every week until we have a deal",
        "And then we will sign it, whatever it takes",
        "It will be a very good deal for both countries.",
    ]
    assert [q.speaker_key for q in quotes] == ["donald-trump"] * 3


def test_straight_quotation_over_two_paragraphs(matcher):
    body = (
        'Motegi said the talks had been tough. "We fought hard for our farmers.\n\n'
        '"In the end, both sides had to give something," Motegi said.'
    )
    quotes = quotes_of(matcher, body)
    assert speaker_of(quotes, "We fought hard") == "toshimitsu-motegi"
    assert speaker_of(quotes, "In the end") == "toshimitsu-motegi"


@pytest.mark.parametrize(
    "body",
    [
        "Robert Lighthizer — who has led the talks since 2017 — said: “We are making progress.”",
        "Robert Lighthizer (a veteran trade lawyer) said: “We are making progress.”",
    ],
)
def test_speaker_before_a_dash_or_bracket_aside(matcher, body):
    assert speaker_of(quotes_of(matcher, body), "We are making") == "robert-lighthizer"
