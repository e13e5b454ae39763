import itertools
from pathlib import Path

import pytest

from articles.extraction.text import (
    MAX_SENTENCE,
    normalise_whitespace,
    paragraphs,
    split_sentences,
)

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


def texts(body: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(body)]


def test_normalise_whitespace_collapses_spaces_and_blank_lines():
    raw = "  Trade\u00a0 talks\tresumed.  \r\n\r\n\r\n\r\nThey ended.  \n"
    assert normalise_whitespace(raw) == "Trade talks resumed.\n\nThey ended."


def test_offsets_are_exact_and_stripped():
    body = "  First sentence here.   Second one follows!\n\n  Third? Yes.  "
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == [
        "First sentence here.",
        "Second one follows!",
        "Third?",
        "Yes.",
    ]
    for sentence in sentences:
        assert body[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize(
    "body",
    [
        "The U.S. trade deficit grew. It was large.",
        "Talks at the U.N. General Assembly ended. Both sides left.",
        "They met on Sept. 26 in New York. Talks began.",
        "They met on Jan. 5, 2019, in Tokyo. Talks began.",
        "Mr. Smith met Dr. Jones and Gov. Brown. They talked.",
        "Sen. Warren and Rep. Ocasio-Cortez spoke at St. Paul's. They left.",
        "Acme Inc. Chief Executive J. Smith said so. He left.",
        "Ask about item No. 5 on the list. He did.",
        "Goods, e.g. cars and steel, are covered. So are services.",
        "The vote is at 10 a.m. Eastern time on Friday. It may slip.",
    ],
)
def test_abbreviations_do_not_end_sentences(body):
    assert len(split_sentences(body)) == 2


def test_acronym_before_sentence_opener_ends_sentence():
    assert texts("Tariffs hit imports to the U.S. The EU responded.") == [
        "Tariffs hit imports to the U.S.",
        "The EU responded.",
    ]


def test_numbers_and_money_stay_whole():
    body = "The deficit was almost $69 billion last year. Tariffs may reach 2.5 percent. Ok."
    assert texts(body) == [
        "The deficit was almost $69 billion last year.",
        "Tariffs may reach 2.5 percent.",
        "Ok.",
    ]


def test_sentence_ends_after_closing_quote():
    body = 'He called it “very exciting.” The talks begin soon. She said "fine." Then left.'
    assert texts(body) == [
        "He called it “very exciting.”",
        "The talks begin soon.",
        'She said "fine."',
        "Then left.",
    ]


def test_quote_followed_by_attribution_is_one_sentence():
    body = "“We’ve agreed today to start,” Trump said. “Why?” he asked."
    assert texts(body) == ["“We’ve agreed today to start,” Trump said.", "“Why?” he asked."]


def test_dashes_do_not_split():
    body = "Section 232 -- a US legal clause -- allows it. Next."
    assert texts(body) == ["Section 232 -- a US legal clause -- allows it.", "Next."]


def test_single_newline_paragraphs_end_sentences():
    body = "Japan agreed to talks\nAbe met Trump in New York.\n-PTI"
    assert texts(body) == ["Japan agreed to talks", "Abe met Trump in New York.", "-PTI"]


def test_hard_wrapped_lines_are_joined_into_one_paragraph():
    body = (
        "Negotiators from the European Union and Mercosur said on Thursday they were\n"
        "close to a deal after two decades of talks. A signing is planned.\n\nNext paragraph."
    )
    spans = paragraphs(body)
    assert len(spans) == 2
    first = texts(body)[0]
    assert first.startswith("Negotiators")
    assert first.endswith("talks.")
    assert "\n" in first


def test_paragraph_spans_skip_blank_lines():
    body = "\n\nFirst para.\n\n\n  Second para.  \n"
    assert [body[s:e] for s, e in paragraphs(body)] == ["First para.", "Second para."]


def test_seed_sentences_have_exact_offsets():
    for path in sorted(SEEDS.glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        sentences = split_sentences(body)
        assert len(sentences) > 15
        for sentence in sentences:
            assert body[sentence.start : sentence.end] == sentence.text
            assert sentence.text == sentence.text.strip()


def test_seed_sentence_with_sept_abbreviation_is_whole():
    body = (SEEDS / "000_7ebeab9dd9c4cfc7.txt").read_text(encoding="utf-8")
    first = next(s.text for s in split_sentences(body) if s.text.startswith("President"))
    assert first.endswith("relationship.”")
    assert "on Sept. 26 agreed" in first


def test_a_run_with_no_sentence_end_is_cut_into_pieces_at_clause_breaks():
    body = "Japan met Canada on Monday, and " * 200 + "they parted."
    sentences = split_sentences(body)
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(s.text == body[s.start : s.end] for s in sentences)
    assert all(s.text.endswith(",") for s in sentences[:-1])  # cut after a comma
    # nothing is lost between the pieces but the spaces at the cuts
    assert "".join(body[a.end : b.start] for a, b in itertools.pairwise(sentences)).strip() == ""
    assert (sentences[0].start, sentences[-1].end) == (0, len(body))


def test_one_unbroken_token_longer_than_a_sentence_is_cut_too():
    body = "x" * (MAX_SENTENCE * 2 + 5)
    assert [len(s.text) for s in split_sentences(body)] == [MAX_SENTENCE, MAX_SENTENCE, 5]


def test_a_list_items_marker_is_no_part_of_its_sentence():
    body = (
        "Agreed today:\n\n- Fleets keep their access until 2038;\n• Checks are cut.\n-5% is a fall."
    )
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == [
        "Agreed today:",
        "Fleets keep their access until 2038;",
        "Checks are cut.",
        "-5% is a fall.",  # a sign, not a marker
    ]
    assert all(body[s.start : s.end] == s.text for s in sentences)


def test_each_item_of_a_timeline_is_a_sentence_however_long_the_line_before():
    body = (
        "Chronology:\n"
        "2017-11-16: negotiations to modernise the old association agreement launched\n"
        "2022-12-09: negotiations concluded\n"
        "15 March 2023: the eleventh round of talks was held in the capital city\n"
        "January 2024: agreement signed"
    )
    assert [s.text for s in split_sentences(body)] == body.split("\n")
    # a long line wrapped before an ordinary word is still one sentence
    wrapped = "The ministers agreed on a long list of measures for the coming year\nand left."
    assert len(split_sentences(wrapped)) == 1


def test_a_dateline_in_capitals_starts_a_paragraph_under_a_standfirst_with_no_stop():
    body = (
        "Growers say a shared inspection bay could save two days on every consignment bound\n"
        "STRELSAU – Ruritania and Borduria agreed on Friday to run joint plant health "
        "inspections.\n"
        "Inspectors from both countries will check each consignment once at a shared bay and\n"
        "not on each side of the border."
    )
    spans = paragraphs(body)
    assert [body[s:e][:8] for s, e in spans] == ["Growers ", "STRELSAU", "Inspecto"]
