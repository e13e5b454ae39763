import re

import pytest

from articles.extraction.normalise import (
    IGNORECASE_EXTRAS,
    capitalised_phrase_pattern,
    normalise_name,
    phrase_pattern,
    prefix_gate,
    word_start,
)


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


def test_ignorecase_extras_are_what_re_matches_for_ascii_letters():
    """The case-sensitive classes of phrase_pattern must match what re.IGNORECASE matches."""
    every_character = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = set(re.findall(letter, every_character, re.IGNORECASE))
        assert matched == {letter, letter.upper(), *IGNORECASE_EXTRAS.get(letter, "")}, letter


@pytest.mark.parametrize("caseless", [True, False])
def test_phrase_pattern_case_classes_change_no_match(caseless):
    phrases = ["Kim Jong-un", "kiss", "Istanbul", "Sri Lanka", "EU", "e-commerce", "G-20"]
    pattern = re.compile(phrase_pattern(phrases, caseless=caseless), re.I)
    reference = re.compile(phrase_pattern(phrases, caseless=False), re.I)
    text = "KIM JONG UN, \u212aiss and \u017fri Lanka, \u0131stanbul, eu E-Commerce g-20 Kissing"
    assert [m.span() for m in pattern.finditer(text)] == [
        m.span() for m in reference.finditer(text)
    ]
    assert len(reference.findall(text)) == 7


def test_prefix_gate_keeps_the_shortest_prefixes():
    gate = re.compile(r"\b(?=" + prefix_gate(["sai", "said", "say", "tol", "to"]) + ")")
    assert [m.start() for m in gate.finditer("he said to me, saying so, told toast")] == [
        3,
        8,
        15,
        26,
        31,
    ]
    assert re.search(prefix_gate([]), "anything") is None


def test_caseless_prefix_gate_matches_what_re_ignorecase_matches():
    prefixes = ["sai", "tol", "kis", "imp", "ann"]
    gate = re.compile(r"\b(?=" + prefix_gate(prefixes, caseless=True) + ")", re.I)
    reference = re.compile(r"\b(?=" + prefix_gate(prefixes) + ")", re.I)
    text = "SAID \u017fai Told \u212aiss \u0131mp IMPOSED annex Ann x-sai"
    assert [m.start() for m in gate.finditer(text)] == [m.start() for m in reference.finditer(text)]
    assert len(reference.findall(text)) == 9


def test_word_start_matches_like_a_word_boundary_alternation():
    words = ["Chairman", "Chair", "leader", "Leader", "stood at"]
    pattern = re.compile(word_start(words) + r"\b")
    reference = re.compile(r"\b(?:Chairman|Chair|leader|Leader|stood at)\b")
    text = "Chair Chairman, vice-Chair Leaderleader leader; stood at Xstood at 2Chair"
    assert [m.span() for m in pattern.finditer(text)] == [
        m.span() for m in reference.finditer(text)
    ]


def test_word_start_with_regex_words_and_a_fallback():
    pattern = re.compile(
        word_start([r"has\s+[a-z]+", "said"], regex=True, fallback=("a-z", "[a-z]+ed")) + r"\b"
    )
    reference = re.compile(r"\b(?:has\s+[a-z]+|said|[a-z]{2,}ed)\b")
    text = "he has  gone, said, wanted, xsaid, ted, bed, Wanted, has 5"
    assert [m.group() for m in pattern.finditer(text)] == [
        m.group() for m in reference.finditer(text)
    ]
    with pytest.raises(ValueError, match="does not open with a letter or digit"):
        word_start(["-x"])
    with pytest.raises(ValueError, match="does not hold every first character"):
        word_start(["Said"], fallback=("a-z", "[a-z]+ed"))


def test_capitalised_phrase_pattern_matches_the_capitalised_matches():
    """At every position, the capitalised pattern matches what the caseless one matches
    there when the text opens with a capital, and nothing elsewhere."""
    phrases = [
        "Kim Jong-un", "kiss", "Istanbul", "Sri Lanka", "EU", "U.S.", "e-commerce", "G-20",
        "O'Brien", "Peña Nieto", "Japan", "Japanese Government Pension Fund", "Sinn Féin",
        "3M", "İzmir", "Šefčovič", "Übersee", "ǆemal",
    ]  # fmt: skip
    caseless = re.compile(phrase_pattern(phrases), re.IGNORECASE)
    capitalised = re.compile(capitalised_phrase_pattern(phrases))
    text = (
        "KIM JONG UN, \u212aiss and \u017fri Lanka, \u0131stanbul \u0130stanbul, eu E-Commerce"
        " g-20 Kissing U.S. u.s. US’s O’Brien o'brien d'O'Brien PEÑA NIETO peña Nieto JAPAN’s"
        " Japanese government pension fund SINN FÉIN sinn féin 3M İzmir izmir xJapan Japanx"
        " \u00a0Kim\u00a0Jong\u2011un\nEU-Japan (EU) “Japan” 'Japan"
        " ŠEFČOVIČ šefčovič xŠefčovič ÜBERSEE übersee Übersee-Hafen ǅemal ǄEMAL ǆemal"
    )
    for position in range(len(text)):
        expected = caseless.match(text, position)
        if expected is not None and not text[position].isupper():
            expected = None
        found = capitalised.match(text, position)
        assert (found and found.span()) == (expected and expected.span()), position


def test_capitalised_phrase_pattern_declines_other_openings():
    assert capitalised_phrase_pattern(["'t Hooft", "Japan"]) is None
    assert capitalised_phrase_pattern(["#Hashtag"]) is None
