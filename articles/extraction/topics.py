"""Topics of an article or a sentence, from the taxonomy's keywords.

A keyword is a plain phrase, matched case-insensitively as whole words with a simple plural
("tariff" finds "Tariffs", "policy" finds "policies", "auto part" finds "auto-parts"), or a
regular expression written between slashes ("/section\\s+232/"), matched case-insensitively
as written. All keywords of all topics are compiled into one pattern; a regex that does not
compile, or that uses named groups of its own, is skipped and listed in `invalid_keywords`
so the admin can show the curator what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from articles.extraction.normalise import normalise_name, phrase_pattern
from articles.extraction.types import TopicHit, TopicRef

_SIBILANT_END = ("s", "x", "z", "ch", "sh")


def _plural_forms(phrase: str) -> list[str]:
    """Return the phrase and the plural spellings of its last word."""
    forms = [phrase]
    last = phrase[-1:].lower()
    if not last.isalpha():
        return forms
    lower = phrase.lower()
    if lower.endswith(_SIBILANT_END):
        forms.append(phrase + "es")
    elif lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        forms.append(phrase[:-1] + "ies")
    else:
        forms.append(phrase + "s")
    return forms


class TopicTagger:
    """Tags texts with topic keys; build once per taxonomy, reuse per article."""

    def __init__(self, topics: Sequence[TopicRef]) -> None:
        self.topics = tuple(topics)
        self.invalid_keywords: list[tuple[str, str]] = []  # (topic key, keyword)
        self._phrases: dict[str, list[str]] = {}  # normalised phrase -> topic keys
        self._regex_topics: dict[str, str] = {}  # group name -> topic key
        phrase_forms: list[str] = []
        regexes: list[str] = []
        for topic in self.topics:
            for keyword in topic.keywords:
                keyword = keyword.strip()
                if len(keyword) > 2 and keyword.startswith("/") and keyword.endswith("/"):
                    source = self._checked_regex(topic.key, keyword[1:-1])
                    if source is not None:
                        name = f"r{len(regexes)}"
                        self._regex_topics[name] = topic.key
                        regexes.append(f"(?P<{name}>{source})")
                elif keyword:
                    for form in _plural_forms(keyword):
                        keys = self._phrases.setdefault(normalise_name(form), [])
                        if topic.key not in keys:
                            keys.append(topic.key)
                        phrase_forms.append(form)
        # plain phrases first (one trie-shaped alternative), then the curators' regexes
        alternatives = [f"(?P<phrase>{phrase_pattern(phrase_forms)})"] if phrase_forms else []
        self._pattern = re.compile("|".join(alternatives + regexes) or r"(?!x)x", re.IGNORECASE)

    def _checked_regex(self, topic_key: str, source: str) -> str | None:
        """Return a curator's regex if it compiles on its own and inside a group, else None."""
        # a leading inline flag group cannot sit inside the combined pattern; case is
        # ignored everywhere anyway
        source = re.sub(r"^\(\?[aiLmsux]+\)", "", source)
        try:
            compiled = re.compile(f"(?:{source})", re.IGNORECASE)
        except re.error:
            compiled = None
        if (
            compiled is None
            or compiled.groupindex
            or re.search(r"\\[1-9]", source)
            or not source
            or compiled.match("")
        ):
            # named groups would clash with ours and numbered back-references would point
            # at the wrong group once combined; a pattern matching "" would tag everything
            self.invalid_keywords.append((topic_key, f"/{source}/"))
            return None
        return source

    def _topics_of(self, match: re.Match[str]) -> list[str]:
        """Return the topic keys one match stands for."""
        group = match.lastgroup
        if group is not None and group in self._regex_topics:
            return [self._regex_topics[group]]
        return self._phrases.get(normalise_name(match.group()), [])

    def tag(self, body: str) -> list[TopicHit]:
        """Return the topics found in body with their counts, in order of first appearance."""
        hits: dict[str, TopicHit] = {}
        for match in self._pattern.finditer(body):
            if match.start() == match.end():
                continue
            for key in self._topics_of(match):
                hit = hits.get(key)
                if hit is None:
                    hits[key] = TopicHit(key=key, count=1, first_offset=match.start())
                else:
                    hit.count += 1
        return list(hits.values())

    def tag_spans(self, body: str, spans: list[tuple[int, int]]) -> dict[int, tuple[str, ...]]:
        """Return the topic keys of each span (by index in `spans`) that has any."""
        found: dict[int, tuple[str, ...]] = {}
        for index, (start, end) in enumerate(spans):
            keys: list[str] = []
            for match in self._pattern.finditer(body, start, end):
                for key in self._topics_of(match):
                    if key not in keys:
                        keys.append(key)
            if keys:
                found[index] = tuple(keys)
        return found
