"""Name normalisation and the one-pass phrase pattern shared by the actor and topic matchers.

`normalise_name` is the comparison key for actor names and aliases; the persistence layer
stores it for the "alias unique per normalised text" constraint, so its rules are a
contract. Changing them means re-normalising stored aliases.

The rules, applied in this order:

1. Unicode NFKC (full-width letters, ligatures and non-breaking spaces become plain ones).
2. Curly quotes and primes become straight quotes: ‘ ’ ‚ ′ → ' and “ ” „ ″ → ".
3. Casefold.
4. A possessive ending ('s or a lone ' after s) is dropped from every word:
   "Japan’s" → "japan", "Reuters'" → "reuters".
5. Every full stop is dropped, so acronyms compare equal with and without dots:
   "U.S." == "US" → "us", "Inc." → "inc".
6. Hyphens and dashes become spaces; runs of whitespace collapse to one space; the result
   is stripped: "Kim Jong-un" == "Kim  Jong un" → "kim jong un".
"""

from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from collections.abc import Iterable
from functools import cache

_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"'}
)
_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?!\w)")
_DASHES = re.compile(r"[\-‐‑‒–—]+")
_SPACES = re.compile(r"\s+")


def lexicon(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of a word list written as one string."""
    return frozenset(text.split())


def normalise_name(text: str) -> str:
    """Return the comparison key of a name or alias (see the module docstring for the rules)."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    text = _POSSESSIVE.sub("", text)
    text = text.replace(".", "")
    text = _DASHES.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


# Units of a phrase pattern: a space or hyphen in a phrase matches any run of spaces and
# hyphens (so "Kim Jong-un" finds "Kim Jong Un"), an apostrophe matches straight or curly.
_SEPARATOR = r"[ \t\u00a0\-‐‑]+"
_APOSTROPHE = r"['’]"
_END = object()


def _units(phrase: str) -> list[str]:
    """Return the regex units of one phrase, one per character, separators merged."""
    units: list[str] = []
    for char in phrase.lower():
        if char in " \t\u00a0-‐‑":
            if not units or units[-1] != _SEPARATOR:
                units.append(_SEPARATOR)
        elif char in "'’":
            units.append(_APOSTROPHE)
        else:
            units.append(re.escape(char))
    while units and units[-1] == _SEPARATOR:
        units.pop()
    while units and units[0] == _SEPARATOR:
        units.pop(0)
    return units


def phrase_pattern(phrases: Iterable[str], *, caseless: bool = True) -> str:
    """Return one regex source matching any of `phrases` as whole words, longest first.

    The phrases are merged into a trie, so the regex engine tests each position against
    shared prefixes rather than against every phrase in turn: matching cost barely grows
    with the number of phrases. Where a phrase ends, longer continuations are tried first
    and the shorter match is the fallback, so the longest phrase at a position wins.
    Compile the result with re.IGNORECASE (callers check letter case themselves), or pass
    `caseless=False` for a pattern compiled without it.
    """
    trie = _phrase_trie(phrases)
    if not trie:
        return r"(?!x)x"  # matches nothing
    # not inside a word, nor after a word's apostrophe ("O'Brien" holds no "Brien")
    return r"(?<!\w)(?<!\w['’])" + (
        _caseless_root(trie) if caseless else _trie_to_regex(trie, caseless)
    )


def _caseless_root(trie: dict) -> str:
    """Return `_trie_to_regex(trie, caseless=True)` with each ASCII letter opening a phrase
    written once per letter it matches, as a plain literal ("(?-i:t)…|(?-i:T)…").

    The engine tries the root's alternatives at every word start: one opening with a
    literal it skips at a glance, one opening with a class (`_cased_unit`) it must test.
    Only the root is written out so: deeper, the copies would multiply the pattern.
    """
    branches = []
    for unit, child in trie.items():
        if unit is _END:
            continue
        rest = _trie_to_regex(child, caseless=True)
        if len(unit) == 1 and unit.isascii() and unit.isalpha():
            branches.extend(f"(?-i:{variant}){rest}" for variant in _ignorecase_variants(unit))
        else:
            branches.append((_cased_unit(unit) if len(trie) > 1 else unit) + rest)
    if _END in trie:
        branches.append(r"(?!\w)")
    return "(?:" + "|".join(branches) + ")"


def _phrase_trie(phrases: Iterable[str]) -> dict:
    """Return the phrases' units merged into a trie (_END marks where a phrase ends)."""
    trie: dict = {}
    for phrase in phrases:
        units = _units(phrase)
        if not units:
            continue
        node = trie
        for unit in units:
            node = node.setdefault(unit, {})
        node[_END] = True
    return trie


def capitalised_phrase_pattern(phrases: Iterable[str]) -> str | None:
    """Return a regex source, compiled without re.IGNORECASE, that matches where the
    pattern of `phrase_pattern(phrases)` under re.IGNORECASE matches text opening with an
    uppercase character (str.isupper), and matches the same text there; or None when a
    phrase opens with a character other than a letter or digit.

    For callers that refuse every match opening in lower case: the regex engine skips
    straight to the capitals that open a phrase (a branch of literals gives it their set),
    where the caseless pattern is tried at every position of the text.
    """
    trie = _phrase_trie(phrases)
    branches = []
    for unit, child in trie.items():
        char = unit[-1]  # units at the root are re.escape(char): the char or "\\" + char
        if unit not in (char, "\\" + char) or not char.isalnum():
            return None
        # the rest as phrase_pattern has it, caseless inside a scoped flag (half the size of
        # a pattern that spells out each letter's cases, and compiled twice as fast)
        rest = "(?i:" + _trie_to_regex(child, caseless=True) + ")"
        variants = _ignorecase_variants(char) if char.isascii() else _unicode_variants(char)
        for variant in variants:
            if variant.isupper():
                # the lookbehinds of phrase_pattern, one character later
                branches.append(re.escape(variant) + r"(?<!\w.)(?<!\w['’].)" + rest)
    return "(?:" + "|".join(branches) + ")" if branches else r"(?!x)x"


def _ignorecase_variants(char: str) -> str:
    """Return what re.IGNORECASE matches for an ASCII character (see IGNORECASE_EXTRAS)."""
    if not char.isalpha():
        return char
    lower = char.lower()
    return lower + lower.upper() + IGNORECASE_EXTRAS.get(lower, "")


@cache
def _unicode_variants(char: str) -> str:
    """Return what re.IGNORECASE matches for any character ("š": "šŠ"), found by
    matching it against every code point once: exact whatever the re module's case tables."""
    return "".join(re.findall(re.escape(char), _every_character(), re.IGNORECASE))


def _every_character() -> str:
    """Return every Unicode code point but the surrogates, as one string (4 MB: not kept)."""
    # decoded from their UTF-32 code units: four times faster than joining chr() of each
    encoding = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
    return "".join(
        array("I", range(start, end)).tobytes().decode(encoding)
        for start, end in ((0, 0xD800), (0xE000, 0x110000))
    )


def _trie_to_regex(node: dict, caseless: bool) -> str:
    """Return the regex of one trie node: its continuations, then the end-of-word fallback."""
    branches = [
        (_cased_unit(unit) if caseless and len(node) > 1 else unit)
        + _trie_to_regex(child, caseless)
        for unit, child in node.items()
        if unit is not _END
    ]
    if _END in node:
        # a phrase ending in a letter or digit must not run into the next word; one ending in
        # a dot ("U.S.") may be followed by anything that is not a letter
        branches.append(r"(?!\w)")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def prefix_gate(prefixes: Iterable[str], *, caseless: bool = False) -> str:
    """Return a regex (for a lookahead) matching wherever any of the literal `prefixes`
    starts, as a trie: the engine tests a position against a few first letters instead of
    every prefix in turn, which is what makes a gate in front of a long pattern cheap.

    A prefix that extends a shorter one adds nothing (the shorter already matches), so
    only the shortest are kept. The letter case is the caller's: both spellings, or
    re.IGNORECASE and `caseless=True` (see `_cased_unit`).
    """
    trie: dict = {}
    for prefix in sorted(set(prefixes), key=len):
        node = trie
        for char in prefix:
            if _END in node:
                break  # a shorter prefix already covers this one
            node = node.setdefault(char, {})
        else:
            node.clear()
            node[_END] = True
    return _gate_to_regex(trie, caseless, root=True) if trie else r"(?!x)x"


def _gate_to_regex(node: dict, caseless: bool, *, root: bool = False) -> str:
    """Return the regex of one prefix-trie node (an ended node matches the empty string).
    At a caseless `root`, an ASCII letter is written once per letter it matches, as a
    plain literal: see `_caseless_root`."""
    if _END in node:
        return ""
    branches = []
    for char, child in sorted(node.items()):
        rest = _gate_to_regex(child, caseless)
        if caseless and root and char.isascii() and char.isalpha():
            branches.extend(f"(?-i:{variant}){rest}" for variant in _ignorecase_variants(char))
        else:
            unit = _cased_unit(char) if caseless and len(node) > 1 else re.escape(char)
            branches.append(unit + rest)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# What re.IGNORECASE matches for an ASCII letter besides its two cases (Unicode simple case
# mappings and the equivalences the re module adds); tests/extraction checks the table.
IGNORECASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _cased_unit(unit: str) -> str:
    """Return a unit matching under re.IGNORECASE exactly what `unit` matches, written as a
    case-sensitive class when it is an ASCII letter.

    A branch of alternatives skips an alternative whose first character is a plain class
    without entering it, but enters every one that opens with an IGNORECASE letter: with a
    few dozen alternatives per position, that is most of a phrase pattern's cost.
    """
    if len(unit) != 1 or not unit.isascii() or not unit.isalpha():
        return unit
    lower = unit.lower()
    return f"(?-i:[{lower}{unit.upper()}{IGNORECASE_EXTRAS.get(lower, '')}])"


def word_start(
    words: Iterable[str], *, regex: bool = False, fallback: tuple[str, str] | None = None
) -> str:
    """Return a regex matching any of `words` (earlier ones preferred) at the start of a
    word, as `\\b(?:word|word…)` does for words opening with a letter or digit.

    It opens with a class of the first characters, so the regex engine skips straight to
    them rather than trying the pattern at every position; a lookbehind then checks the
    word start and which word's first character it was. With `regex`, the words are regex
    sources that each open with a plain letter or digit. `fallback` is a last alternative
    for any first character of a class: (class, the regex after that character).
    """
    rests: dict[str, list[str]] = {}
    for word in words:
        first, tail = word[0], word[1:]
        if not first.isalnum():
            raise ValueError(f"{word!r} does not open with a letter or digit")
        rests.setdefault(first, []).append(tail if regex else re.escape(tail))
    branches = [f"(?<={first})(?:{'|'.join(tails)})" for first, tails in rests.items()]
    firsts = "".join(rests)
    if fallback is not None:
        firsts, tail = fallback
        if any(re.fullmatch(f"[{firsts}]", first) is None for first in rests):
            raise ValueError(f"[{firsts}] does not hold every first character")
        branches.append(tail)
    return rf"[{firsts}](?<!\w.)(?:{'|'.join(branches)})"
