import re

import pytest

from articles.extraction.normalise import normalise_name, phrase_pattern


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("U.S.", "US"),
        ("U.N.", "un"),
        ("Japan’s", "Japan"),
        ("Trump's", "trump"),
        ("Kim Jong-un", "kim  jong un"),
        ("  Shinzo\tAbe ", "shinzo abe"),
        ("Toyota Motor Corp.", "toyota motor corp"),
        ("O’Brien", "O'Brien"),
    ],
)
def test_equal_keys(left, right):
    assert normalise_name(left) == normalise_name(right)


def test_exact_keys_are_documented_values():
    assert normalise_name("U.S. Trade Representative") == "us trade representative"
    assert normalise_name("Japan’s") == "japan"
    assert normalise_name("Trans-Pacific Partnership") == "trans pacific partnership"
    assert normalise_name("Reuters'") == "reuters"


def test_different_names_stay_different():
    assert normalise_name("Abe") != normalise_name("Aberdeen")
    assert normalise_name("Japan") != normalise_name("Japanese")


def test_is_deterministic_and_idempotent():
    key = normalise_name("“The” U.S.-Japan   Council’s")
    assert key == normalise_name("“The” U.S.-Japan   Council’s")
    assert normalise_name(key) == key


def test_phrase_pattern_prefers_longest_and_whole_words():
    pattern = re.compile(phrase_pattern(["U.S.", "U.S. Trade Representative", "Abe"]), re.I)
    assert pattern.search("the U.S. Trade Representative said").group() == (
        "U.S. Trade Representative"
    )
    assert pattern.search("in Aberdeen") is None
    assert pattern.search("Abe’s plan").group() == "Abe"


def test_phrase_pattern_tolerates_hyphens_and_spaces():
    pattern = re.compile(phrase_pattern(["Kim Jong-un"]), re.I)
    assert pattern.search("leader Kim Jong Un said").group() == "Kim Jong Un"


def test_empty_phrase_pattern_matches_nothing():
    assert re.search(phrase_pattern([]), "anything at all") is None
