"""Read files, pasted text and URLs into RawDocument objects, one per article.

Supported: plain text, Markdown with YAML front matter, saved HTML pages (trafilatura),
JSON / JSON Lines, RSS or Atom feeds (feedparser), and saved emails (.eml, a newsletter).
Every failure is an InputError naming the input and the reason in plain words.
"""

from __future__ import annotations

import functools
import html
import json
import re
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from itertools import pairwise
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple
from urllib.parse import urlparse

from articles.extraction.metadata import (
    byline_authors,
    dates_in_date_line,
    is_kicker_and_title,
    is_section_name,
    parse_full_date,
)
from articles.extraction.normalise import lexicon
from articles.extraction.text import normalise_whitespace
from articles.extraction.types import RawDocument

MAX_BYTES = 5 * 1024 * 1024

TEXT_EXTENSIONS = frozenset({".txt"})
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
JSON_EXTENSIONS = frozenset({".json"})
JSONL_EXTENSIONS = frozenset({".jsonl"})
FEED_EXTENSIONS = frozenset({".xml", ".rss", ".atom"})
EMAIL_EXTENSIONS = frozenset({".eml"})
SUPPORTED_EXTENSIONS = (
    TEXT_EXTENSIONS
    | EMAIL_EXTENSIONS
    | MARKDOWN_EXTENSIONS
    | HTML_EXTENSIONS
    | JSON_EXTENSIONS
    | JSONL_EXTENSIONS
    | FEED_EXTENSIONS
)

_USER_AGENT = "TradeWatch/1.0 (+article importer)"

_FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# Hugo's and Zola's TOML front matter, between "+++" lines.
_TOML_FRONT_MATTER_RE = re.compile(r"\A\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_FEED_SNIFF_RE = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL
)
_HTML_SNIFF_RE = re.compile(r"\A\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.IGNORECASE)
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")

# Markdown reduced to plain text; each pattern keeps the words a reader sees.
_MD_FENCE_RE = re.compile(r"^[ \t]*(?:```|~~~).*$", re.MULTILINE)
_MD_HEADING_RE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)
_MD_SETEXT_RE = re.compile(r"^[ \t]*(?:=+|-{2,})[ \t]*$", re.MULTILINE)
_MD_RULE_RE = re.compile(r"^[ \t]*(?:[*_-][ \t]*){3,}$", re.MULTILINE)
_MD_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_MD_LINK_RE = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_MD_LINK_DEF_RE = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]+\S+.*$", re.MULTILINE)
_MD_AUTOLINK_RE = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_MD_BOLD_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_ITALIC_RE = re.compile(
    r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"
)
_MD_STRIKE_RE = re.compile(r"~~(.+?)~~")
_MD_CODE_RE = re.compile(r"`([^`]+)`")
_MD_LIST_RE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.MULTILINE)
_MD_QUOTE_RE = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)
_MD_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
# A static site's template tag alone on its line: Jekyll's "{% include share.html %}",
# Hugo's shortcodes "{{< newsletter >}}" and "{{% box %}}", a Liquid "{{ page.cta }}".
_TEMPLATE_TAG_RE = re.compile(
    r"^[ \t]*(?:\{%.*?%\}|\{\{.*?\}\})(?:[ \t]*(?:\{%.*?%\}|\{\{.*?\}\}))*[ \t]*$\n?",
    re.MULTILINE,
)
_HTML_TAG_RE = re.compile(r"</?[A-Za-z][^>]*>")
_HTML_BLOCK_RE = re.compile(
    r"<(?:br|/p|/div|/li|/h[1-6]|/blockquote|/tr|p|div|li|h[1-6]|blockquote)\b[^>]*>",
    re.IGNORECASE,
)
_HTML_DROP_RE = re.compile(
    r"<(script|style|figure|figcaption|head|title)\b.*?</\1>"
    # a whole document's doctype, and comments (an HTML email's conditional ones)
    r"|<!--.*?-->|<![A-Za-z][^>]*>",
    re.IGNORECASE | re.DOTALL,
)


class InputError(Exception):
    """An input that cannot be read, with the input's name and a plain-words reason."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


def _size_in_mb(size: int) -> str:
    """Return a byte count as megabytes with one decimal, e.g. '7.2 MB'."""
    return f"{size / (1024 * 1024):.1f} MB"


def _check_size(size: int, origin: str) -> None:
    """Raise InputError when an input is over MAX_BYTES."""
    if size > MAX_BYTES:
        raise InputError(
            origin, f"larger than {MAX_BYTES // (1024 * 1024)} MB ({_size_in_mb(size)})"
        )


def decode_bytes(data: bytes, origin: str) -> str:
    """Return data decoded as UTF-8 (or Windows-1252) text with '\\n' line ends and no BOM."""
    _check_size(len(data), origin)
    if not data:
        raise InputError(origin, "file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 has a BOM and NUL bytes by nature; decode it before the binary test.
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(origin, f"not valid UTF-16 text ({error.reason})") from error
    elif b"\x00" in data:
        raise InputError(origin, "looks binary (contains NUL bytes)")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as error:
                raise InputError(origin, "not readable as UTF-8 or Windows-1252 text") from error
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(origin, "file contains only whitespace")
    return text


_EPOCH_RE = re.compile(r"^\d{9,10}$|^\d{12,13}$")
_EPOCH_FIRST, _EPOCH_LAST = 631_152_000, 4_102_444_800  # 1990-01-01 to 2100-01-01
_EPOCH_MS_FROM = 100_000_000_000


def _timestamp(value: Any) -> datetime | None:
    """Return the moment a Unix timestamp states, in seconds or (from JavaScript)
    milliseconds, as a number or its digits; None for any other value or one out of range."""
    if isinstance(value, str) and _EPOCH_RE.match(value.strip()):
        value = int(value.strip())
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > _EPOCH_MS_FROM else value
        if _EPOCH_FIRST <= seconds <= _EPOCH_LAST:
            return datetime.fromtimestamp(seconds, tz=UTC)
    return None


def _instant(value: Any) -> datetime | None:
    """Return the moment a metadata value states when it states a time of day, else None."""
    if isinstance(value, datetime):
        return value
    stamped = _timestamp(value)
    if stamped is not None:
        return stamped
    if not isinstance(value, str) or _EPOCH_RE.match(value.strip()):
        return None  # no text, or a timestamp out of range
    text = value.strip()
    if _ISO_DATE_RE.match(text):
        if len(text) <= len("2026-11-24"):
            return None
        try:
            return datetime.fromisoformat(text.replace(" ", "T", 1))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def stated_update(
    published: date | None, updated: date | None, published_value: Any, updated_value: Any
) -> date | None:
    """Return a source's stated update when it is one: a later day than the publication,
    or the same day at a later time ("published 07:30, modified 15:05"). A modified stamp
    equal to the publication's (many systems write both when a story is first saved), or
    earlier, or on the same day with no time to tell, is no update. Every format reads its
    dates through this one rule."""
    if updated is None or published is None or updated > published:
        return updated
    if updated < published:
        return None
    first, last = _instant(published_value), _instant(updated_value)
    if first is None or last is None or (first.tzinfo is None) != (last.tzinfo is None):
        return None
    return updated if last > first else None


def parse_metadata_date(value: Any, field: str, origin: str) -> date | None:
    """Return the date a metadata value states (ISO, RFC 2822 or month-name), or None if empty."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    stamped = _timestamp(value)
    if stamped is not None:
        return stamped.date()
    if isinstance(value, str) and _EPOCH_RE.match(value.strip()):
        value = int(value.strip())
    if isinstance(value, str):
        text = value.strip()
        if _ISO_DATE_RE.match(text):
            try:
                return datetime.fromisoformat(text.replace(" ", "T", 1)).date()
            except ValueError:
                try:
                    return date.fromisoformat(text[:10])
                except ValueError:
                    pass
        else:
            try:
                return parsedate_to_datetime(text).date()
            except (TypeError, ValueError, IndexError):
                found = parse_full_date(text)
                if found is not None:
                    return found
    raise InputError(origin, f"bad date in '{field}': {value!r}")


def _text_value(value: Any) -> str | None:
    """Return a metadata value as a stripped string (lists joined, {'name': ...} unwrapped)."""
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or _person_name(value)
    if isinstance(value, list | tuple):
        # [{"name": "Jane Doe"}, ...] as schema.org and many APIs write authors
        items = [_text_value(item) for item in value]
        value = ", ".join(item for item in items if item)
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


# A person's name in parts, as CMSs and schema.org store it: given name, then family name.
_NAME_PARTS = (("firstName", "lastName"), ("first_name", "last_name"), ("givenName", "familyName"))


def _person_name(value: dict[str, Any]) -> str | None:
    """Return "Jane Doe" of {"firstName": "Jane", "lastName": "Doe"} and its like, else None."""
    for given, family in _NAME_PARTS:
        parts = [value.get(given), value.get(family)]
        if all(isinstance(part, str) and part.strip() for part in parts):
            return " ".join(part.strip() for part in parts)
    return None


# Where a source states its subjects: front matter's and JSON's keys for them.
_TAG_KEYS = ("tags", "categories", "category", "keywords", "news_keywords", "subjects")
_TAGS_MAX = 40  # a page stuffed with keywords for search engines states nothing


def tag_values(*values: Any) -> tuple[str, ...]:
    """Return the subjects a source stated, each once, from strings ("a, b"), lists of
    strings and {"name": ...} or {"term": ...} objects; numbers (a CMS's ids) are skipped."""
    tags: dict[str, None] = {}
    for value in values:
        for item in value if isinstance(value, list | tuple) else [value]:
            if isinstance(item, dict):
                item = item.get("name") or item.get("term") or item.get("title")
            if isinstance(item, str):
                for part in item.split(","):
                    if part := " ".join(part.split()):
                        tags[part] = None
    return tuple(tags)[:_TAGS_MAX]


# Obsidian's clipper writes authors as wiki links: "[[Jane Doe]]", "[[people/jdoe|Jane Doe]]".
_WIKI_LINK_RE = re.compile(r"\[\[([^\[\]|]+)(?:\|([^\[\]]+))?\]\]")


# An outlet's newsroom in an author field, as the "By Reuters Staff" byline names it.
_NEWSROOM_AUTHOR_RE = re.compile(
    r"(?:[A-Z][\w&'’.\-]*\s+){0,5}(?i:staff(?:\s+(?:reporters?|writers?))?)\.?$"
)


# What a platform writes when a post has no author: Blogger's "Unknown", WordPress's "admin".
_PLACEHOLDER_AUTHORS = frozenset({"unknown", "anonymous", "admin", "administrator", "n/a"})


def _is_organisation(value: Any) -> bool:
    """Return True for a schema.org author that is an organisation, or a list of them."""
    if isinstance(value, list | tuple):
        return bool(value) and all(_is_organisation(item) for item in value)
    return isinstance(value, dict) and value.get("@type") in (
        "Organization",
        "NewsMediaOrganization",
    )


def _author_value(value: Any, outlet: str | None = None) -> str | None:
    """Return an author value without a leading "By" ("By Jane Doe" -> "Jane Doe") or
    wiki-link brackets ("[[Jane Doe]]" -> "Jane Doe"); None for no person: a placeholder
    ("Unknown"), an organisation, or the outlet itself."""
    if _is_organisation(value):
        return None
    text = _text_value(value)
    if text and "[[" in text:
        text = _WIKI_LINK_RE.sub(lambda link: (link[2] or link[1]).strip(), text)
    if text and re.match(r"(?i:by)\s+\S", text):
        text = byline_authors(text)  # "By Jane Doe, Istanbul" -> "Jane Doe"
    if text and _NEWSROOM_AUTHOR_RE.match(text):
        return None  # "Tradelines Daily staff", "Reuters Staff": the newsroom, no person
    if text and (text.casefold() in _PLACEHOLDER_AUTHORS or (outlet and _same_words(text, outlet))):
        return None
    return text


def _first(mapping: dict[str, Any], *keys: str) -> tuple[str, Any]:
    """Return (key, value) of the first key present with a non-empty value, else (keys[0], None)."""
    for key in keys:
        value = mapping.get(key)
        if value not in (None, "", [], {}):
            return key, value
    return keys[0], None


def _url_value(value: Any) -> str | None:
    """Return value when it is an http(s) URL string, otherwise None."""
    text = _text_value(value)
    return text if text and text.startswith(("http://", "https://")) else None


def markdown_to_text(markdown: str) -> str:
    """Return Markdown as plain text: markup removed, link text kept, images dropped."""
    text = _MD_FENCE_RE.sub("", markdown)
    if "{%" in text or "{{" in text:
        text = _TEMPLATE_TAG_RE.sub("", text)
    text = _MD_LINK_DEF_RE.sub("", text)
    text = _MD_HEADING_RE.sub(r"\1", text)
    text = _MD_SETEXT_RE.sub("", text)
    text = _MD_RULE_RE.sub("", text)
    text = _MD_IMAGE_RE.sub("", text)
    text = _MD_LINK_RE.sub(lambda m: m.group(1) or m.group(2), text)
    text = _MD_AUTOLINK_RE.sub(r"\1", text)
    text = _MD_BOLD_RE.sub(r"\2", text)
    text = _MD_ITALIC_RE.sub(lambda m: m.group(1) or m.group(2), text)
    text = _MD_STRIKE_RE.sub(r"\1", text)
    text = _MD_CODE_RE.sub(r"\1", text)
    text = _MD_LIST_RE.sub("", text)
    text = _MD_QUOTE_RE.sub("", text)
    text = _HTML_TAG_RE.sub("", text)
    text = _MD_ESCAPE_RE.sub(r"\1", text)
    return normalise_whitespace(text)


# An inline quotation: a browser draws its quotation marks, so the text must have them.
_HTML_Q_OPEN_RE = re.compile(r"<q\b[^>]*>", re.IGNORECASE)
_HTML_Q_CLOSE_RE = re.compile(r"</q\s*>", re.IGNORECASE)


def html_fragment_to_text(fragment: str) -> str:
    """Return the text of an HTML fragment (feed summary), block elements as paragraphs and
    <q> quotations in quotation marks."""
    text = _HTML_DROP_RE.sub("", fragment)
    if "<q" in text or "<Q" in text:
        text = _HTML_Q_CLOSE_RE.sub("”", _HTML_Q_OPEN_RE.sub("“", text))
    text = _HTML_BLOCK_RE.sub("\n\n", text)
    text = _HTML_TAG_RE.sub("", text)
    return normalise_whitespace(html.unescape(text))


def _require_text(text: str, origin: str, what: str = "no article text") -> str:
    """Return text when it has words, otherwise raise InputError."""
    if not text.strip():
        raise InputError(origin, what)
    return text


# Front matter's publication date, as static site generators name it (keys lower-cased):
# Jekyll "date", Hugo "publishDate", Astro themes "pubDate"/"pubDatetime". A key that says
# "published" comes before a bare "date": Hugo's page dated when written ("date") goes out
# at its "publishDate".
_FRONT_MATTER_DATE_KEYS = (
    "published",
    "pubdate",
    "publishdate",
    "pubdatetime",
    "publish_date",
    "published_at",
    "date_published",
    "date",
    "created",
)


# Hugo's "lastmod", Jekyll's "last_modified_at" (jekyll-seo-tag, jekyll-last-modified-at),
# Astro's "modDatetime" (lower-cased as the date keys are read)
_FRONT_MATTER_UPDATE_KEYS = (
    "updated",
    "lastmod",
    "modified",
    "moddatetime",
    "last_modified_at",
    "last_modified",
    "modified_at",
    "updated_at",
    "date_modified",
)


@functools.cache
def _front_matter_loader() -> type:
    """YAML's safe loader, with timestamps left as text: parse_metadata_date reads them, so
    a date that does not exist ("2026-19-45") is reported with its field, where YAML's own
    timestamp constructor would fail with a bare ValueError."""
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        pass

    FrontMatterLoader.add_constructor(
        "tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_scalar
    )
    return FrontMatterLoader


def _yaml_front_matter(origin: str, source: str) -> Any:
    """Return the value of YAML front matter."""
    import yaml  # Imported here: only front matter needs it.

    try:
        return yaml.load(source, Loader=_front_matter_loader()) or {}
    except yaml.YAMLError as error:
        raise InputError(origin, f"malformed YAML front matter: {error}") from error


def _toml_front_matter(origin: str, source: str) -> dict[str, Any]:
    """Return the table of TOML front matter."""
    import tomllib  # Imported here: only Hugo's and Zola's front matter needs it.

    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        raise InputError(origin, f"malformed TOML front matter: {error}") from error


# Where a site generator keeps the fields it has no key for: Hugo's [params], Zola's [extra].
_FRONT_MATTER_EXTRA_TABLES = ("params", "extra")


def _document_from_front_matter(origin: str, text: str) -> RawDocument | None:
    """Return the document of text with YAML (---) or TOML (+++) front matter, or None if it
    has none."""
    match = _FRONT_MATTER_RE.match(text)
    if match is not None:
        meta = _yaml_front_matter(origin, match.group(1))
        kind = "YAML"
    else:
        match = _TOML_FRONT_MATTER_RE.match(text)
        if match is None:
            return None
        meta = _toml_front_matter(origin, match.group(1))
        kind = "TOML"
    if not isinstance(meta, dict):
        raise InputError(origin, f"malformed {kind} front matter: expected 'key: value' lines")
    meta = {str(key).lower(): value for key, value in meta.items()}
    for table in _FRONT_MATTER_EXTRA_TABLES:
        extra = meta.get(table)
        if isinstance(extra, dict):
            for key, value in extra.items():
                meta.setdefault(str(key).lower(), value)
    body = _require_text(
        markdown_to_text(text[match.end() :]), origin, "no article text after the front matter"
    )
    source = meta.get("source")
    # Jekyll's "published: true" (or false) says whether the page is out, not when
    dated = {key: value for key, value in meta.items() if not isinstance(value, bool)}
    date_key, date_value = _first(dated, *_FRONT_MATTER_DATE_KEYS)
    updated_key, updated_value = _first(meta, *_FRONT_MATTER_UPDATE_KEYS)
    published = parse_metadata_date(date_value, date_key, origin)
    return RawDocument(
        origin=origin,
        text=body,
        title=_text_value(meta.get("title")),
        published=published,
        # a clipping tool's "created" is the day the page was saved: the story was out by then
        filed_by=published if date_key == "created" else None,
        updated=parse_metadata_date(updated_value, updated_key, origin),
        author=_author_value(_first(meta, "author", "authors", "byline")[1]),
        # Clipping tools write the page address as "source"; outlets write a name.
        outlet=_text_value(
            _first(meta, "outlet", "publisher", "publication", "site", "site_name")[1]
            or (None if _url_value(source) else source)
        ),
        url=_url_value(_first(meta, "url", "link", "canonical", "source_url")[1])
        or _url_value(source),
        has_metadata=True,
        tags=tag_values(*(meta.get(key) for key in _TAG_KEYS)),
    )


# Text copied out of a PDF keeps the page's line breaks: every line of a paragraph is cut
# at about the same width, words are hyphenated at line ends ("nego-" / "tiations"), and
# running headers or footers ("Page 2 of 3") sit between the paragraphs.
_PAGE_FURNITURE_RE = re.compile(r"^(?:.{0,80}?\s)?(?i:page)\s+\d{1,3}\s+(?:of|/)\s+\d{1,3}$")
_LINE_END_HYPHEN_RE = re.compile(r"(?<=[A-Za-z])-$")
_WORD_BEFORE_HYPHEN_RE = re.compile(r"([A-Za-z]+)-$")
# A hyphen at a line end after one of these belongs to the word ("so-called", "two-thirds").
_KEPT_HYPHEN_PREFIXES = lexicon(
    """so non co self cross well long short multi anti post pre ex semi free one two three
    four five half high low far first second third full part mid sub"""
)
_WRAPPED_MIN_LINES = 8  # full-width lines that go on to another line: the evidence
_WRAP_WIDTH_MAX = 110  # lines of a pasted paragraph are longer than any PDF's width
_FULL_LINE_SHARE = 0.7  # a line this share of the width or longer was cut by the layout


def _wrap_width(lines: list[str]) -> int | None:
    """Return the width the lines were cut at when they look hard-wrapped, else None."""
    lengths = sorted(len(line) for line in lines if len(line) >= 30)
    if len(lengths) < _WRAPPED_MIN_LINES:
        return None
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width > _WRAP_WIDTH_MAX:
        return None
    full = sum(
        1 for line, after in pairwise(lines) if after and len(line) >= _FULL_LINE_SHARE * width
    )
    return width if full >= _WRAPPED_MIN_LINES else None


def unwrap_hard_lines(text: str) -> str:
    """Return text copied from a PDF with its paragraphs' lines joined, words hyphenated at
    line ends rejoined, and "Page 2 of 3" headers dropped; other text is returned as it is."""
    lines = [line.rstrip() for line in text.split("\n")]
    width = _wrap_width(lines)
    if width is None:
        return text
    out: list[str] = []
    dropped = False
    for line in lines:
        if _PAGE_FURNITURE_RE.match(line.strip()):
            dropped = True
            continue
        if dropped and not line.strip() and out and not out[-1]:
            continue  # the blank line after a dropped header: one is enough
        dropped = False
        previous = out[-1] if out else ""
        if (
            line.strip()
            and len(previous) >= _FULL_LINE_SHARE * width
            and not line.lstrip().startswith(("-", "*", "•", "–"))
        ):
            word = _WORD_BEFORE_HYPHEN_RE.search(previous)
            if _LINE_END_HYPHEN_RE.search(previous) and line.lstrip()[:1].islower():
                if word and word.group(1).lower() not in _KEPT_HYPHEN_PREFIXES:
                    out[-1] = previous[:-1] + line.lstrip()
                else:
                    out[-1] = previous + line.lstrip()
            else:
                out[-1] = previous + " " + line.lstrip()
            continue
        out.append(line)
    return "\n".join(out)


def document_from_text(name: str, text: str) -> RawDocument:
    """Return the document of pasted text (front matter honoured when present)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(name, "text is empty")
    document = _document_from_front_matter(name, text) or RawDocument(
        origin=name, text=unwrap_hard_lines(text)
    )
    return _safe_documents([document])[0]


# A clipping's line by its headline with the site's name in bold, then the date: "**Example
# Tide** | Saturday 21 November 2026, 7:10am". The bold name is the outlet, not a byline
# (which says "By"); the line stays in the text for its date.
_MD_BOLD_SITE_LINE_RE = re.compile(
    r"^\*\*(?P<name>[^*|\d\n]{2,60}?)\*\*[ \t]*\|[ \t]*(?P<rest>[^\n]*\b(?:19|20)\d\d\b[^\n]*)$",
    re.MULTILINE,
)
_MD_BOLD_SITE_LINE_REACH = 600  # characters from the top: the header, not the body


def _markdown_bold_site(text: str) -> str | None:
    """Return the outlet a clipping names in bold on its date line, else None."""
    match = _MD_BOLD_SITE_LINE_RE.search(text, 0, _MD_BOLD_SITE_LINE_REACH)
    if (
        match is None
        or re.search(r"\b[Bb]y\s", match.group("rest"))
        or match["name"][:3]
        in (
            "By ",
            "by ",
        )
    ):
        return None
    return match.group("name").strip()


def _markdown_document(origin: str, text: str) -> RawDocument:
    """Return the document of a Markdown file, with or without front matter."""
    document = _document_from_front_matter(origin, text)
    if document is not None:
        return document
    return RawDocument(
        origin=origin,
        text=_require_text(markdown_to_text(text), origin),
        outlet=_markdown_bold_site(text),
    )


# A page title's separator before or after the site's name ("Headline - Example News").
_TITLE_SITE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ", " · ", " » ")


def title_without_site_name(title: str | None, site: str | None) -> str | None:
    """Return a page's title without the site's name a CMS adds to it ("Deal signed -
    Example News" -> "Deal signed"), else the title as it is."""
    if not title or not site:
        return title
    for separator in _TITLE_SITE_SEPARATORS:
        before, found, after = title.rpartition(separator)
        if found and before.strip() and _same_words(after, site):
            return before.strip()
        after, found, before = title.partition(separator)
        if found and before.strip() and _same_words(after, site):
            return before.strip()
    return title


def _same_words(left: str, right: str) -> bool:
    """Return True when two names are the same ignoring case and spacing."""
    return left.split() != [] and left.casefold().split() == right.casefold().split()


_PAGE_DATE_AHEAD_DAYS = 2  # how far past the machine's date a page's stated date may be


def _html_documents(origin: str, text: str) -> list[RawDocument]:
    """Return the article of a saved web page, extracted with trafilatura."""
    import trafilatura  # Imported here: loading it costs ~0.5 s and most imports are text.

    extracted = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # htmldate drops a date after today's and falls back to the 1st of a month the page
        # names: a page dated "tomorrow" east of UTC (Auckland, Tonga) is today's news
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "max_date": (date.today() + timedelta(days=_PAGE_DATE_AHEAD_DAYS)).isoformat(),
        },
    )
    fields = extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})
    body = _in_page_order(text, normalise_whitespace(fields.get("text") or ""))
    if "\n" not in body and "articleBody" in text:
        body = _paragraphs_from_json_ld(text, body)
    _require_text(body, origin, "no article text found in the HTML page")
    published = parse_metadata_date(fields.get("date"), "date", origin)
    # the lines under the body: a footer's "Revised 21.11.2025" is an update, never the
    # publication (read before the body gains a header's date or a copyright line)
    footer = _lines_below(text, body) if _names_an_update(text) else []
    if published is not None and _only_an_update(text, body, published, footer):
        published = None
    authors = _page_authors(_text_value(fields.get("author")))
    if authors and ", " in authors:
        # the byline is under the headline, which the body may open with
        first, _, rest = body.partition("\n")
        below = rest if rest and len(first.split()) <= _HEADLINE_MAX_WORDS else body
        bylined = _authors_as_bylined(authors, _lines_above(text, below))
        if bylined == authors:
            # a live page's header (a badge, the headline, a standfirst, time stamps) may
            # stand in the body over its first paragraph, the byline among it
            bylined = _authors_as_bylined(
                authors, _lines_above(text, _from_first_paragraph(body), _LINES_ABOVE_HEADER)
            )
        authors = bylined
    elif authors and len(authors.split()) > 2:
        authors = _author_as_bylined(authors, _lines_above(text, body, _LINES_ABOVE_HEADER))
    if not fields.get("date"):
        # A page that states no date in its markup (a newsletter saved from an email) may
        # still print one in a byline above the body, which the extractor dropped as
        # furniture: put it back where the text parser reads header lines.
        dated = [line for line in _lines_above(text, body) if parse_full_date(line)]
        body = "\n".join([*dated, body])
    if not fields.get("sitename"):
        # A page that names no site in its markup (a print view, a saved email) may still
        # sign its footer, which the extractor dropped: put the line back where the text
        # parser reads footer lines ("Copyright © 2026 The Example Post.").
        signed = _copyright_line(text)
        if signed is not None and signed not in body:
            body = f"{body}\n\n{signed}"
    return [
        RawDocument(
            origin=origin,
            text=body,
            title=_page_headline(
                text,
                title_without_site_name(
                    _text_value(fields.get("title")), _text_value(fields.get("sitename"))
                ),
                _text_value(fields.get("sitename")),
            ),
            published=published,
            updated=_page_modified(text, published, origin)
            or _visible_update(text, body, published, footer),
            author=authors,
            outlet=_site_brand(
                text,
                _site_name_after_title(
                    _text_value(fields.get("sitename")), _text_value(fields.get("title"))
                ),
            ),
            url=_url_value(fields.get("url")),
            has_metadata=True,
            # the page's keywords and article tags, and its categories
            tags=tag_values(fields.get("tags"), fields.get("categories")),
            standfirst=_page_standfirst(text, body),
        )
    ]


_JSON_LD_RE = re.compile(
    r"""<script\b[^>]*?type=["']application/ld\+json["'][^>]*>(.*?)</script\s*>""",
    re.IGNORECASE | re.DOTALL,
)


# A standfirst (a dek, a summary's points) the page marks by its class, under the headline.
_STANDFIRST_MARKS = ("standfirst", "dek", "summary", "subheadline", "strapline")
_STANDFIRST_RE = re.compile(
    r"<(ul|ol|div|p|h2)\b[^>]*?class=[\"'][^\"']*?\b(?:article-)?(?:standfirst|dek|summary"
    r"|subheadline|strapline)\b[^\"']*[\"'][^>]*>(.*?)</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)


def _json_ld_bodies(value: Any) -> Iterator[str]:
    """Yield every "articleBody" in a JSON-LD value, inside "@graph" and lists too."""
    if isinstance(value, list):
        for item in value:
            yield from _json_ld_bodies(item)
    elif isinstance(value, dict):
        body = value.get("articleBody")
        if isinstance(body, str):
            yield body
        yield from _json_ld_bodies(value.get("@graph"))


def _paragraphs_from_json_ld(page: str, body: str) -> str:
    """Return the page's JSON-LD "articleBody" (in a "@graph" too) when it is the one
    paragraph the extractor read, with the paragraph breaks it keeps (a script-rendered
    page, Arc XP's, holds its story there); else `body`."""
    words = body.split()
    for script in _JSON_LD_RE.findall(page):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for candidate in _json_ld_bodies(data):
            text = normalise_whitespace(
                html_fragment_to_text(candidate) if "<" in candidate else candidate
            )
            if "\n" in text and text.split() == words:
                return text
    return body


def _page_standfirst(page: str, body: str) -> str | None:
    """Return the standfirst a page marks under its headline when the body leaves it out
    (trafilatura drops a list of summary points as furniture), else None."""
    lowered = page[:50_000].lower()
    if not any(mark in lowered for mark in _STANDFIRST_MARKS):
        return None
    match = _STANDFIRST_RE.search(page)
    if match is None:
        return None
    points = [
        " ".join(html.unescape(_TAG_RE.sub(" ", point)).split())
        for point in re.split(r"</li\s*>|<br\s*/?>", match.group(2), flags=re.IGNORECASE)
    ]
    points = [point for point in points if point and point not in body]
    return "\n".join(points) or None


_TITLE_ELEMENT_RE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
# A site name that is the site's address ("ExampleTimes.co.uk"), not its brand.
# Top-level domains run to 24 letters (".business", ".example", ".international").
_SITE_ADDRESS_RE = re.compile(r"^(?:www\.)?[\w\-]+(?:\.[a-z]{2,24}){1,2}$", re.IGNORECASE)


def _site_name_after_title(site: str | None, title: str | None) -> str | None:
    """Return the brand of a site name that is a whole page title ("Deal signed - Example
    News", a JSON-LD WebPage's name read as the site's), else the site name."""
    if not site or not title:
        return site
    for separator in _TITLE_SITE_SEPARATORS:
        before, found, after = site.rpartition(separator)
        if found and after.strip() and _same_words(before, title):
            return after.strip()
    return site


def _site_brand(page: str, site: str | None) -> str | None:
    """Return the outlet's brand as the page's <title> writes it ("Headline | Section |
    The Example Post") when the site name is the site's address ("ExamplePost.cl") that
    the brand's letters spell, else the site name."""
    if not site or _SITE_ADDRESS_RE.match(site) is None:
        return site
    match = _TITLE_ELEMENT_RE.search(page)
    if match is None:
        return site
    title = " ".join(html.unescape(_TAG_RE.sub(" ", match.group(1))).split())
    brand = outlet_from_feed_title(title, f"https://{site.lower()}")
    return brand if brand and brand != title else site


# Where a page states when it was last modified: Open Graph's and the CMS's meta tags, and
# schema.org's "dateModified" in JSON-LD.
_MODIFIED_RE = re.compile(
    r"""<meta\s[^>]*?(?:property|name|itemprop)=["'](?:article:modified_time|og:updated_time"""
    r"""|dateModified|last-modified)["'][^>]*?content=["']([^"']+)["']"""
    r'|"dateModified"\s*:\s*"([^"]+)"'
    # schema.org microdata on a visible stamp: <time itemprop="dateModified" datetime=…>
    r"""|<time\s(?=[^>]*?itemprop=["']dateModified["'])[^>]*?datetime=["']([^"']+)["']""",
    re.IGNORECASE,
)


_PUBLISHED_STAMP_RE = re.compile(
    r"""<meta\s[^>]*?(?:property|name|itemprop)=["'](?:article:published_time"""
    r"""|og:published_time|datePublished)["'][^>]*?content=["']([^"']+)["']"""
    r'|"datePublished"\s*:\s*"([^"]+)"'
    r"""|<time\s(?=[^>]*?itemprop=["']datePublished["'])[^>]*?datetime=["']([^"']+)["']""",
    re.IGNORECASE,
)


# A visible label over a machine-readable stamp: Drupal's "Last updated" field, "Updated:"
# then <time datetime=…>, with only tags between them.
_UPDATED_STAMP_RE = re.compile(
    r"""\b(?i:last\s+updated|updated(?:\s+on)?|last\s+modified)\s*:?\s*(?:<[^<>]*>\s*){1,6}?"""
    r"""<time\s[^>]*?datetime=["']([^"']+)["']"""
)


def _page_modified(page: str, published: date | None, origin: str) -> date | None:
    """Return the day a page says it was last modified, if it is an update
    (`stated_update`: a later day, or a later time the same day)."""
    match = _MODIFIED_RE.search(page)
    if match is None and "pdated" in page:
        match = _UPDATED_STAMP_RE.search(page)
    if match is None:
        return None
    try:
        stated = next(group for group in match.groups() if group)
        modified = parse_metadata_date(stated, "dateModified", origin)
    except InputError:
        return None  # a malformed modified date loses nothing the reader needs
    first = _PUBLISHED_STAMP_RE.search(page) if modified == published else None
    stamp = first and (first.group(1) or first.group(2) or first.group(3))
    return stated_update(published, modified, stamp, stated)


def _names_an_update(text: str) -> bool:
    """Return True when text may hold an update's label ("Updated", "Last modified",
    "Revised"): a cheap test before the date lines are read."""
    return "pdated" in text or "odified" in text or "evised" in text


def _visible_update(page: str, body: str, published: date | None, footer: list[str]) -> date | None:
    """Return the day a page's visible stamp above the body (or in its footer) says it was
    updated ("Published: 8:30pm, 20 Nov 2025 Updated: 10:05pm, 20 Nov 2025"), when its markup
    states none: read as a text's date line is, an update on or after the publication."""
    if not _names_an_update(page):
        return None
    # the stamps over the body, then a footer's under it ("Revised 21.11.2025")
    for line in [*_lines_above(page, body, _LINES_ABOVE_HEADER), *footer]:
        dates = dates_in_date_line(line) if _names_an_update(line) else None
        if dates is not None and dates[1] is not None:
            updated = dates[1]
            return updated if published is None or updated >= published else None
    return None


def _only_an_update(page: str, body: str, published: date, footer: list[str]) -> bool:
    """Return True when the page's date is only its visible update stamp ("Revised
    21.11.2025" over the body or in the footer, no publication date in its markup): the
    day it was updated, not published (as a text's "Updated:" line alone)."""
    if _PUBLISHED_STAMP_RE.search(page) is not None:
        return False
    if published.isoformat() in page or published.strftime("%Y/%m/%d") in page:
        return False  # the markup or the address states the day
    # the stamps above the body, and the one the extractor kept as the body's first line:
    # an update's on that day, and no publication's ("Published: …" beside "Updated: …")
    # and a footer's under the body, which never dates the publication: a page dated by a
    # dateline in its text and "Revised 21.11.2025" in its footer was out on the dateline's
    # day
    lines = [*_lines_above(page, body, _LINES_ABOVE_HEADER), body.split("\n", 1)[0], *footer]
    stamps = [dates for line in lines if (dates := dates_in_date_line(line)) is not None]
    return (None, published) in stamps and all(stamp[0] is None for stamp in stamps)


_H1_RE = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]+>")
_HEADLINE_MIN_WORDS = 4
_HEADLINE_MAX_WORDS = 30


def _page_headline(page: str, title: str | None, site: str | None) -> str | None:
    """Return the page's one <h1> when it reads as a headline and the metadata's title is
    another (an og:title or JSON-LD headline written for search and social media, which
    the reader of the page does not see); else `title`."""
    if not title:
        return title
    headings = _H1_RE.findall(page)
    if len(headings) != 1:
        return title  # none, or a logo and a headline: the metadata decides
    heading = " ".join(html.unescape(_TAG_RE.sub(" ", headings[0])).split())
    if (
        len(heading.split()) < _HEADLINE_MIN_WORDS
        or _same_words(heading, title)
        or (site and _same_words(heading, site))
        or is_kicker_and_title(heading, title)
    ):
        return title
    return heading


# A CMS field's label that the page's author text keeps: Drupal's "Author" over the name.
_AUTHOR_LABEL_RE = re.compile(
    r"^(?i:authors?|writers?|reporters?|byline|(?:written|posted|words)\s+by)\s*[:|]?\s+(?=[A-Z])"
)


def _page_authors(value: str | None) -> str | None:
    """Return a page's authors listed as the other formats list them ("A, B"): trafilatura
    joins the names of a JSON-LD or meta author list with "; ". A field's label before
    them goes ("Author Jane Doe" -> "Jane Doe")."""
    if value and value[0] in "ABPRWabprw":
        value = _AUTHOR_LABEL_RE.sub("", value, count=1)
    if not value or ";" not in value:
        return value
    return ", ".join(name.strip() for name in value.split(";") if name.strip()) or None


_NAME_LIST_SPLIT_RE = re.compile(r"\s*(?:,|\band\b|&)\s*")


def _authors_as_bylined(authors: str, lines: list[str]) -> str:
    """Return a page's authors as its visible byline lists them ("A, B and C" for the
    metadata's "A, B, C"), else as the metadata lists them."""
    names = set(_NAME_LIST_SPLIT_RE.split(authors))
    for line in lines:
        # "By A and B", or the names alone on their line ("A and B")
        bylined = byline_authors(line) if re.match(r"(?i:by)\s+\S", line) else line
        if set(_NAME_LIST_SPLIT_RE.split(bylined)) == names:
            return bylined
    return authors


def _author_as_bylined(author: str, lines: list[str]) -> str:
    """Return the name of a page's "By" line when the page's author field runs on past it
    into the byline box's other elements ("Jane Doe Farming Editor Wednesday" under "By
    Jane Doe", "Farming Editor", a date line), else `author`."""
    for line in lines:
        if line[:3].lower() == "by " and len(line) < len(author) + 3:
            name = byline_authors(line)
            if author.startswith(f"{name} ") and len(name.split()) >= 2:
                return name
    return author


# Elements whose text is one line of a page; one holding another of them is no line itself.
_LINE_TAGS = ("p", "div", "td", "th", "li", "span", "h1", "h2", "h3", "h4", "time", "address")
_LINES_ABOVE = 6  # lines before the body searched for a dated byline


_LINES_ABOVE_HEADER = 12  # lines above the first paragraph searched for a byline
_PARAGRAPH_MIN_WORDS = 8


def _from_first_paragraph(body: str) -> str:
    """Return the body from its first line that ends a sentence of some length."""
    offset = 0
    for line in body.split("\n"):
        if len(line.split()) >= _PARAGRAPH_MIN_WORDS and line.rstrip("\"'”’").endswith(
            (".", "!", "?")
        ):
            return body[offset:]
        offset += len(line) + 1
    return body


@functools.lru_cache(maxsize=2)
def _page_lines(page: str) -> tuple[str, ...]:
    """Return the text of each innermost line element of the page (a paragraph, a cell, a
    time stamp), in order; empty for a page lxml cannot read. Parsed once per page: the
    byline, the dated lines and the copyright line are all looked for in them."""
    from lxml import html as lxml_html  # trafilatura's own parser, already loaded

    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return ()
    return tuple(
        " ".join(element.text_content().split())
        for element in tree.iter(*_LINE_TAGS)
        if next(element.iterdescendants(*_LINE_TAGS), None) is None
    )


def _lines_above(page: str, body: str, limit: int = _LINES_ABOVE) -> list[str]:
    """Return the page's lines of text just above the first line of body (at most
    `limit`, six unless told)."""
    first = body.split("\n", 1)[0].strip()
    lines: list[str] = []
    for line in _page_lines(page):
        if line == first:
            return lines[-limit:]
        if line:
            lines.append(line)
    return []


def _in_page_order(page: str, body: str) -> str:
    """Return the extracted body with its lines in the page's order when the extractor put
    a later line first (a live page's newest entry above its badge, headline and
    standfirst, as trafilatura may hoist the first block of a class="entry"), else body."""
    first, _, rest = body.partition("\n")
    second = rest.partition("\n")[0]
    if not second:
        return body
    positions: dict[str, int] = {}
    for position, line in enumerate(_page_lines(page)):
        positions.setdefault(line, position)
    if positions.get(first.strip(), -1) <= positions.get(" ".join(second.split()), 1 << 30):
        return body  # the usual case: the first line comes first in the page too
    lines = body.split("\n")
    placed = [positions.get(" ".join(line.split())) for line in lines]
    if None in placed:
        return body  # a line the page does not hold as one: no order to restore
    return "\n".join(line for _, line in sorted(zip(placed, lines, strict=True)))


_COPYRIGHT_LINE_RE = re.compile(r"^(?:(?i:copyright)\b|©|\((?i:c)\)\s)")
_COPYRIGHT_LINE_MAX = 120


def _lines_below(page: str, body: str, limit: int = _LINES_ABOVE) -> list[str]:
    """Return the page's lines of text just below the last line of body (at most `limit`,
    six unless told): its footer."""
    last = body.rsplit("\n", 1)[-1].strip()
    lines = _page_lines(page)
    after = next((len(lines) - i for i, line in enumerate(reversed(lines)) if line == last), None)
    if after is None:
        return []
    return [line for line in lines[after:] if line][:limit]


def _copyright_line(page: str) -> str | None:
    """Return the page's last short line of text that opens with a copyright notice
    ("Copyright © 2026 The Example Post. All rights reserved."), or None."""
    signed = None
    for line in _page_lines(page):
        if len(line) <= _COPYRIGHT_LINE_MAX and _COPYRIGHT_LINE_RE.match(line):
            signed = line
    return signed


# IPTC ninjs (news agencies' JSON) names its fields "body_text"/"body_html",
# "firstcreated"/"versioncreated" and "provider".
_BODY_KEYS = (
    "body",
    "text",
    "content",
    "articleBody",
    "article",
    "full_text",
    "body_text",
    "body_html",
    # JSON Feed (jsonfeed.org) items: the text, or its HTML
    "content_text",
    "content_html",
)
# A news API's cut-off content: "… the talks … [+2431 chars]".
_TRUNCATION_MARK_RE = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")
# Where an API's response keeps its list of articles: {"status": "ok", "articles": [...]}.
_ARTICLE_LIST_KEYS = ("articles", "items", "posts", "results", "data", "stories", "entries")


def _plain_wordpress_post(item: dict[str, Any]) -> dict[str, Any]:
    """Return a WordPress REST API post with plain values: {"rendered": html} unwrapped, the
    title's entities decoded, the author's name (not its numeric id) from "_embedded" or
    Yoast's "yoast_head_json", and the site's name as the outlet; other objects unchanged."""
    if not any(isinstance(value, dict) and "rendered" in value for value in item.values()):
        return item
    plain = {
        key: value["rendered"] if isinstance(value, dict) and "rendered" in value else value
        for key, value in item.items()
    }
    if isinstance(plain.get("title"), str):
        plain["title"] = html_fragment_to_text(plain["title"])
    embedded = item.get("_embedded") if isinstance(item.get("_embedded"), dict) else {}
    yoast = item.get("yoast_head_json") if isinstance(item.get("yoast_head_json"), dict) else {}
    if not isinstance(plain.get("author"), str):
        plain["author"] = embedded.get("author") or yoast.get("author")
    plain.setdefault("site_name", yoast.get("og_site_name"))
    # the post's "categories" and "tags" are term ids; "?_embed" adds the terms, by name,
    # as "wp:term", one list per taxonomy
    terms = embedded.get("wp:term")
    if isinstance(terms, list):
        named = [
            term
            for group in terms
            if isinstance(group, list)
            for term in group
            if isinstance(term, dict) and isinstance(term.get("name"), str)
        ]
        if named:
            plain["tags"] = named
    return plain


# ninjs 2 keeps each text as a list of renditions by role ({"role": "main", "value": ...}):
# the plural key and the singular one the rest of the reader knows.
_NINJS_RENDITIONS = (("headlines", "headline"), ("bodies", "body"), ("descriptions", "summary"))


def _main_rendition(value: Any) -> str | None:
    """Return the value of the "main" rendition of a ninjs 2 list (else the first), or None
    when value is not such a list."""
    if not isinstance(value, list):
        return None
    renditions = [item for item in value if isinstance(item, dict) and "value" in item]
    main = [item for item in renditions if item.get("role") == "main"]
    chosen = (main or renditions or [{}])[0].get("value")
    return chosen if isinstance(chosen, str) else None


def _plain_ninjs_item(item: dict[str, Any]) -> dict[str, Any]:
    """Return a ninjs 2 item (IPTC's news JSON: "headlines" and "bodies" as lists of
    renditions, the byline in "by", the agency as "copyrightholder") with its main headline
    and body under the keys other formats use; other objects unchanged."""
    if not any(isinstance(item.get(plural), list) for plural, _ in _NINJS_RENDITIONS):
        return item
    plain = dict(item)
    for plural, singular in _NINJS_RENDITIONS:
        text = _main_rendition(item.get(plural))
        if text is not None:
            plain.setdefault(singular, text)
    if isinstance(item.get("by"), str):
        plain.setdefault("byline", item["by"])
    if isinstance(item.get("copyrightholder"), str):
        plain.setdefault("provider", item["copyrightholder"])
    return plain


def _resource_attributes(value: Any) -> Any:
    """Return a JSON:API resource's attributes ({"id": 7, "attributes": {...}} -> {...}) and
    a relation's resources ({"data": {...}} or {"data": [...]}, as Strapi writes them) as
    their attributes; any other value unchanged."""
    if isinstance(value, dict) and set(value) <= {"data", "meta", "links"} and "data" in value:
        value = value["data"]
    if isinstance(value, list):
        return [_resource_attributes(part) for part in value]
    if isinstance(value, dict) and isinstance(value.get("attributes"), dict):
        return value["attributes"]
    return value


def _plain_json_api_resource(item: dict[str, Any]) -> dict[str, Any]:
    """Return a JSON:API resource (a headless CMS's export: Strapi, Drupal's JSON:API) as a
    plain article object: its attributes, with each relation (author, publication) as the
    related resource's attributes; other objects unchanged."""
    attributes = item.get("attributes")
    if not isinstance(attributes, dict) or _first(item, *_BODY_KEYS)[1] is not None:
        return item
    return {key: _resource_attributes(value) for key, value in attributes.items()}


# Arc XP's content API (ANS): the story's text is a list of typed elements; the reader's
# paragraphs are its "text", "header" and "list" elements, never its images, embedded
# HTML (newsletter boxes) or "interstitial_link" ("Read more: …") elements.
_ANS_TEXT_ELEMENTS = frozenset({"text", "header"})
# ANS dates: "first_publish_date" is the publication (a draft's "created_date" is not);
# "publish_date" the last time it was published again, "last_updated_date" any save.
_ANS_DATES = (("published", ("first_publish_date", "display_date")), ("updated", ("publish_date",)))


def _ans_paragraphs(elements: list[Any]) -> Iterator[str]:
    """Yield the HTML of each paragraph an ANS story's content elements show as text."""
    for element in elements:
        if not isinstance(element, dict):
            continue
        kind = element.get("type")
        if kind in _ANS_TEXT_ELEMENTS and isinstance(element.get("content"), str):
            yield element["content"]
        elif kind in ("list", "quote") and isinstance(element.get("items"), list):
            yield from _ans_paragraphs(element["items"])
        elif kind == "quote" and isinstance(element.get("content_elements"), list):
            yield from _ans_paragraphs(element["content_elements"])


def _plain_ans_story(item: dict[str, Any]) -> dict[str, Any]:
    """Return an Arc XP ANS story ({"headlines": {"basic": …}, "content_elements": […],
    "credits": {"by": […]}}) as a plain article object; other objects unchanged."""
    elements, headlines = item.get("content_elements"), item.get("headlines")
    if not isinstance(elements, list) or not isinstance(headlines, dict):
        return item
    plain: dict[str, Any] = {
        "headline": headlines.get("basic"),
        "body": "".join(f"<p>{paragraph}</p>" for paragraph in _ans_paragraphs(elements)),
    }
    for key, ans_keys in _ANS_DATES:
        plain[key] = _first(item, *ans_keys)[1]
    credits = item.get("credits") if isinstance(item.get("credits"), dict) else {}
    plain["authors"] = credits.get("by")
    # the outlet the story names as its source, else the agency that distributed it (a
    # wire's story a site runs unchanged: {"distributor": {"name": "Example Wire"}})
    source, distributor = item.get("source"), item.get("distributor")
    plain["source"] = source if _text_value(source) else _text_value(distributor)
    for key, ans_key in (("subtitle", "subheadlines"), ("description", "description")):
        if isinstance(item.get(ans_key), dict):
            plain[key] = item[ans_key].get("basic")
    taxonomy = item.get("taxonomy") if isinstance(item.get("taxonomy"), dict) else {}
    tags = taxonomy.get("tags")
    if isinstance(tags, list):
        plain["tags"] = [tag.get("text") for tag in tags if isinstance(tag, dict)]
    plain["url"] = item.get("canonical_url")
    return {key: value for key, value in plain.items() if value not in (None, "", [])}


def _document_from_object(item: Any, name: str, origin: str, label: str) -> RawDocument:
    """Return the document of one JSON object; errors name the file and label ('item 3')."""
    where = f"{label}: " if label else ""
    if not isinstance(item, dict):
        raise InputError(name, f"{where}expected a JSON object, got {type(item).__name__}")
    item = _plain_ninjs_item(_plain_json_api_resource(_plain_wordpress_post(item)))
    item = _plain_ans_story(item)
    body = _first(item, *_BODY_KEYS)[1]
    if not isinstance(body, str) or not body.strip():
        raise InputError(name, f"{where}missing 'body'")
    date_key, date_value = _first(
        item,
        "published",
        "date",
        "published_at",
        "publishedAt",
        "pubDate",
        "pubdate",
        "datePublished",
        "date_published",
        "publication_date",
        "firstcreated",
    )
    updated_key, updated_value = _first(
        item,
        "updated",
        "modified",
        "updated_at",
        "updatedAt",
        "dateModified",
        "date_modified",
        "versioncreated",
    )
    try:
        published = parse_metadata_date(date_value, date_key, origin)
        updated = parse_metadata_date(updated_value, updated_key, origin)
    except InputError as error:
        raise InputError(name, f"{where}{error.reason}") from error
    text = body.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text and _HTML_TAG_RE.search(text):
        text = html_fragment_to_text(text)
    text = _TRUNCATION_MARK_RE.sub("", text)
    outlet = _text_value(
        _first(
            item,
            "outlet",
            "source",
            "publisher",
            "site_name",
            "siteName",
            "publication",
            # news APIs' exports: {"source_id": "examplenews", "source_name": "Example News"}
            "source_name",
            "sourceName",
            "provider",
        )[1]
    )
    return RawDocument(
        origin=origin,
        text=text,
        # news APIs give the aggregator's title, "Headline - Example News"
        title=title_without_site_name(_text_value(_first(item, "title", "headline")[1]), outlet),
        published=published,
        updated=stated_update(published, updated, date_value, updated_value),
        author=_author_value(_first(item, "author", "authors", "byline", "creator")[1], outlet),
        outlet=outlet,
        url=_url_value(_first(item, "url", "link")[1]),
        has_metadata=True,
        tags=tag_values(*(item.get(key) for key in _TAG_KEYS)),
        standfirst=_object_standfirst(item, text),
    )


# Where an article object states its standfirst beside its body (a news API's description).
_STANDFIRST_KEYS = ("description", "summary", "excerpt", "subtitle", "standfirst", "dek")


def _object_standfirst(item: dict[str, Any], text: str) -> str | None:
    """Return the standfirst an article object states beside its body, when the body
    does not hold it, else None."""
    value = _text_value(_first(item, *_STANDFIRST_KEYS)[1])
    if not value:
        return None
    if "<" in value and _HTML_TAG_RE.search(value):
        value = html_fragment_to_text(value)
    value = " ".join(_TRUNCATION_MARK_RE.sub("", value).split())
    return value if value and value not in " ".join(text.split()) else None


# Where an API response wraps its one article object ({"status": "ok", "article": {...}}).
_ONE_ARTICLE_KEYS = ("article", "data", "result", "item", "story", "post")


def _article_list(data: dict[str, Any]) -> dict[str, Any] | list[Any]:
    """Return the list of article objects an API response wraps ({"articles": [...]}), the
    one article object it wraps ({"article": {...}}), or the object itself when it is one
    article."""
    for key in _ONE_ARTICLE_KEYS:
        value = data.get(key)
        # Only an object with a text body of its own: "article" may also be the body itself.
        if isinstance(value, dict) and isinstance(_first(value, *_BODY_KEYS)[1], str):
            return value
    if _first(data, *_BODY_KEYS)[1] is None:
        for key in _ARTICLE_LIST_KEYS:
            value = data.get(key)
            if isinstance(value, list) and value and all(isinstance(i, dict) for i in value):
                return value
    return data


_JSON_FEED_VERSION = "https://jsonfeed.org/version/"


def _json_feed_items(feed: dict[str, Any]) -> list[Any] | None:
    """Return the items of a JSON Feed (jsonfeed.org), each with what it inherits from the
    feed: the feed's title as its outlet, and the feed's authors where it names none (the
    specification's rule); None for any other object."""
    version, items = feed.get("version"), feed.get("items")
    if not isinstance(version, str) or not version.startswith(_JSON_FEED_VERSION):
        return None
    if not isinstance(items, list):
        return None
    inherited = {"site_name": _text_value(feed.get("title"))}
    authors = feed.get("authors") or feed.get("author")  # "author": JSON Feed 1.0
    if authors:
        inherited["authors"] = authors
    return [
        {**{k: v for k, v in inherited.items() if v}, **item} if isinstance(item, dict) else item
        for item in items
    ]


def _json_documents(name: str, text: str) -> list[RawDocument]:
    """Return the documents of a JSON file holding one object or a list of objects."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(name, f"malformed JSON at line {error.lineno}: {error.msg}") from error
    if isinstance(data, dict):
        data = _json_feed_items(data) or _article_list(data)
    if isinstance(data, dict):
        return [_document_from_object(data, name, name, "")]
    if not isinstance(data, list):
        raise InputError(name, "expected a JSON object or a list of objects")
    if not data:
        raise InputError(name, "the JSON list is empty")
    # Container formats always number their items, so an origin stays stable as items are added.
    return [
        _document_from_object(item, name, f"{name}#{index}", f"item {index}")
        for index, item in enumerate(data, start=1)
    ]


def _jsonl_documents(name: str, text: str) -> list[RawDocument]:
    """Return the documents of a JSON Lines file, one object per non-blank line."""
    documents: list[RawDocument] = []
    for line_number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(name, f"malformed JSON at line {line_number}: {error.msg}") from error
        index = len(documents) + 1
        documents.append(_document_from_object(item, name, f"{name}#{index}", f"item {index}"))
    if not documents:
        raise InputError(name, "no JSON objects found")
    return documents


# A mailing's footer: from its first line like these to the end, nothing is the article.
_MAILING_FOOTER_RE = re.compile(
    r"^.{0,40}\b(?:unsubscribe\b|you\s+(?:are\s+receiving|received|have\s+received)\s+this"
    r"\s+(?:e-?mail|newsletter|message)|(?:update|manage)\s+(?:your\s+)?(?:e-?mail\s+)?"
    r"(?:preferences|subscriptions?)\b)",
    re.IGNORECASE | re.MULTILINE,
)
# "View in browser: https://…", "View this email online": a mailing's link to itself.
_VIEW_ONLINE_RE = re.compile(
    r"^.{0,30}\bview\s+(?:it\s+|this\s+(?:e-?mail|newsletter|post)\s+)?"
    r"(?:in\s+(?:your\s+|a\s+)?browser"
    r"|online|as\s+a\s+web\s*page|on\s+the\s+web)\b.*$\n?",
    re.IGNORECASE | re.MULTILINE,
)


def _email_documents(origin: str, data: bytes) -> list[RawDocument]:
    """Return the article of a saved email (a newsletter): its subject as the title, the
    sender's name as the outlet, its date, and the text part (else the HTML part) without
    the mailing's "view in browser" link and unsubscribe footer."""
    from email import message_from_bytes, policy

    message = message_from_bytes(data, policy=policy.default)
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise InputError(origin, "no text or HTML part in the email")
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, AttributeError) as error:
        raise InputError(origin, f"unreadable email part: {error}") from error
    if not isinstance(content, str):
        raise InputError(origin, "no text or HTML part in the email")
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    if part.get_content_subtype() == "html":
        content = html_fragment_to_text(content)
    footer = _MAILING_FOOTER_RE.search(content, len(content) // 2)
    if footer is not None:
        content = content[: footer.start()]
    text = _require_text(normalise_whitespace(_VIEW_ONLINE_RE.sub("", content)), origin)
    author, outlet = _sender_author_and_outlet(_sender_name(message))
    return [
        RawDocument(
            origin=origin,
            text=text,
            title=_text_value(message["subject"]),
            published=parse_metadata_date(_text_value(message["date"]), "Date", origin),
            author=author,
            outlet=outlet,
            has_metadata=True,
        )
    ]


# A newsletter platform's sender: "Jane Doe from The Example Letter" (a writer, then the
# publication she writes it for).
_WRITER_FROM_RE = re.compile(
    r"^(?P<author>[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3})\s+from\s+(?P<outlet>[A-Z].+)$"
)


def _sender_name(message) -> str | None:
    """Return the display name of an email's sender, or None: a From header the email
    package cannot parse (a colon in the name reads as a group, "Example Letter: a
    story; more") names no sender, and the story is read without one."""
    try:
        sender = message["from"]
        addresses = getattr(sender, "addresses", ()) if sender is not None else ()
        return _text_value(addresses[0].display_name) if addresses else None
    except (AttributeError, IndexError, TypeError, ValueError):
        return None


def _sender_author_and_outlet(name: str | None) -> tuple[str | None, str | None]:
    """Return (author, outlet) of an email's sender name: "Jane Doe from The Example
    Letter" names both, any other name only the outlet."""
    match = _WRITER_FROM_RE.match(name or "")
    if match is None:
        return None, name
    return match.group("author"), match.group("outlet").strip()


def _entry_date(entry: Any, keys: tuple[str, ...], origin: str) -> date | None:
    """Return an entry's date from its raw string (keeps the writer's day), else parsed form."""
    for key in keys:
        # dict.get skips feedparser's deprecated "updated" -> "published" fallback mapping.
        raw = dict.get(entry, key)
        if raw:
            try:
                return parse_metadata_date(raw, key, origin)
            except InputError:
                parsed = dict.get(entry, f"{key}_parsed")
                if parsed:
                    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
                raise
    return None


# A link or an aggregator's outlet label, and any other tag, in a feed's description.
_LINK_OR_LABEL_RE = re.compile(r"<(a|font)\b[^>]*>.*?</\1\s*>|<[^>]+>|&nbsp;|\s", re.I | re.S)


def _only_links(summary: str) -> bool:
    """Return True for a feed item's HTML description that holds links and their outlets'
    labels and nothing else ("<a href=…>Headline</a>&nbsp;<font>Example News</font>")."""
    return "<a" in summary.casefold() and not _LINK_OR_LABEL_RE.sub("", summary)


def _feed_documents(name: str, data: bytes | str, *, origin_from_link: bool) -> list[RawDocument]:
    """Return one document per entry of an RSS or Atom feed."""
    import feedparser  # Imported here: feeds are the rare case.

    try:
        parsed = feedparser.parse(data)
    except (UnicodeError, LookupError) as error:  # a corrupt or unknown declared encoding
        raise InputError(name, f"not a valid RSS or Atom feed: {error}") from error
    if not parsed.entries:
        reason = parsed.get("bozo_exception") or "no entries found"
        raise InputError(name, f"not a valid RSS or Atom feed: {reason}")
    feed_title = outlet_from_feed_title(
        _text_value(parsed.feed.get("title")), _url_value(parsed.feed.get("link"))
    )
    # An Atom entry without an <author> has its feed's (RFC 4287, 4.2.1); an RSS channel's
    # managingEditor is its editor, no item's author.
    atom = str(parsed.get("version", "")).startswith("atom")
    feed_author = (
        parsed.feed.get("author_detail", {}).get("name") or parsed.feed.get("author")
        if atom
        else None
    )
    # the channel's date (RSS lastBuildDate or pubDate, Atom's updated): its items were out
    # by then, an undated one included
    try:
        built = _entry_date(parsed.feed, ("updated", "published"), name)
    except InputError:
        built = None  # a malformed channel date loses no item's own
    documents: list[RawDocument] = []
    for index, entry in enumerate(parsed.entries, start=1):
        link = _url_value(entry.get("link"))
        # A live feed's entry numbers shift daily; its links do not.
        origin = link if origin_from_link and link else f"{name}#{index}"
        # a broken entry can hold None where text belongs
        contents = [part.get("value") or "" for part in entry.get("content") or []]
        summary = max([entry.get("summary") or "", *contents], key=len)
        # an aggregator's description that only links to the story (and to others' on
        # it, Google News's cluster) holds no text of the article: its title stands in
        text = html_fragment_to_text(summary) if summary and not _only_links(summary) else ""
        title = (
            _text_value(html_fragment_to_text(entry.get("title", "")))
            if entry.get("title")
            else None
        )
        # An aggregator's item (Google News, Feedly boards) names its own outlet in
        # <source>, and its title ends with that name ("Headline - Example News").
        source = _text_value((entry.get("source") or {}).get("title"))
        title = title_without_site_name(title, source)
        outlet = source or feed_title
        if not text and parsed.bozo:
            # a broken feed's title alone is no article (a well-formed feed's may be one)
            raise InputError(name, f"not a valid RSS or Atom feed: {parsed.bozo_exception}")
        if not text:
            text = title or ""
        _require_text(text, name, f"entry {index}: no title or text")
        try:
            if atom:
                # An Atom entry must state when it was last updated and may state when it
                # was published: with only <updated>, that is its update, an upper bound on
                # the publication and not the publication (as a page's "Updated:" line).
                published = _entry_date(entry, ("published", "created"), origin)
                updated = _entry_date(entry, ("updated",), origin)
            else:
                # feedparser files RSS's <dc:date>, the item's one date, as "updated"
                published = _entry_date(entry, ("published", "created", "updated"), origin)
                updated = (
                    _entry_date(entry, ("updated",), origin)
                    if dict.get(entry, "published")
                    else None
                )
        except InputError as error:
            raise InputError(name, f"entry {index}: {error.reason}") from error
        documents.append(
            RawDocument(
                origin=origin,
                text=text,
                title=title,
                published=published,
                updated=stated_update(
                    published, updated, dict.get(entry, "published"), dict.get(entry, "updated")
                ),
                # "desk@example.com (Jane Doe)" in RSS: the detail holds the name alone.
                author=_author_value(
                    entry.get("author_detail", {}).get("name")
                    or entry.get("author")
                    or feed_author,
                    outlet,
                ),
                outlet=outlet,
                url=link,
                has_metadata=True,
                tags=tag_values(entry.get("tags")),
                # an entry updated but not dated was out by its update, else by the channel's date
                filed_by=None if published else (updated or built),
            )
        )
    return documents


# "Economy News - Example Times", "Example Times | World": a feed title's parts.
_FEED_TITLE_SPLIT_RE = re.compile(r"\s+[-–—|»›]\s+|:\s+")
_NAME_SMALL_WORDS = frozenset({"of", "the", "and", "&", "for", "de", "la", "on"})


def _letters(text: str) -> str:
    """Return the lower-case letters and digits of text ("The Hindu" -> "thehindu")."""
    return "".join(c for c in text.lower() if c.isalnum())


def outlet_from_feed_title(title: str | None, link: str | None) -> str | None:
    """Return the outlet a feed's title names: the part of "Section - Outlet" whose letters
    the feed's web address spells, else the one part that is no section's name ("The
    Example Times - Economy", "Trade & Markets | Example Post"), else the whole title."""
    if not title:
        return title
    parts = [part.strip() for part in _FEED_TITLE_SPLIT_RE.split(title)]
    if len(parts) < 2:
        return title
    host = (urlparse(link).hostname or "").removeprefix("www.") if link else ""
    site = _letters(host.split(".")[0]) if host else ""
    if len(site) >= 3:
        for part in parts:
            letters = _letters(part)
            if letters and (letters == site or site in letters or letters in site):
                return part
    names = [part for part in parts if not is_section_name(part)]
    if len(names) != 1 or len(names) == len(parts):
        return title
    # a name is capitalised ("The Example Times"), not a phrase ("Reading board")
    words = names[0].split()
    capitalised = all(word[0].isupper() or word.lower() in _NAME_SMALL_WORDS for word in words)
    return names[0] if capitalised else title


def _looks_like_feed(data: bytes) -> bool:
    """Return True when the bytes start like an RSS, RDF or Atom document."""
    head = data[:2048].decode("utf-8", errors="ignore").lstrip("\ufeff")
    return _FEED_SNIFF_RE.match(head) is not None


def _documents(
    name: str, origin: str, data: bytes, extension: str, *, from_url: bool
) -> list[RawDocument]:
    """Return the documents in data, read as the format its extension or content names."""
    _check_size(len(data), origin)
    if extension not in JSON_EXTENSIONS | JSONL_EXTENSIONS and _looks_like_feed(data):
        decode_bytes(data, origin)  # Same empty/binary/size checks as any other input.
        return _feed_documents(origin, data, origin_from_link=from_url)
    if extension in FEED_EXTENSIONS:
        decode_bytes(data, origin)
        return _feed_documents(origin, data, origin_from_link=from_url)
    if extension in EMAIL_EXTENSIONS:
        decode_bytes(data, origin)  # the same empty/binary/size checks
        return _email_documents(origin, data)
    text = decode_bytes(data, origin)
    if extension in HTML_EXTENSIONS or (from_url and _HTML_SNIFF_RE.match(text)):
        return _html_documents(origin, text)
    if extension in MARKDOWN_EXTENSIONS:
        return [_markdown_document(origin, text)]
    if extension in JSON_EXTENSIONS:
        return _json_documents(origin, text)
    if extension in JSONL_EXTENSIONS:
        return _jsonl_documents(origin, text)
    if extension in TEXT_EXTENSIONS or from_url:
        return [
            _document_from_front_matter(origin, text)
            or RawDocument(origin=origin, text=unwrap_hard_lines(text))
        ]
    if not extension:
        raise InputError(name, "unsupported file type (no file extension)")
    raise InputError(name, f"unsupported file type '{extension}'")


# What a JSON escape or a feed's entity can put in text and no reader wants: C0 controls
# (NUL is refused by PostgreSQL) and lone UTF-16 surrogates (not encodable as UTF-8).
_UNSAFE_CHARS_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_TEXT_FIELDS = ("text", "title", "author", "outlet", "url")


def _unsafe_char_replacement(match: re.Match) -> str:
    char = match.group()
    if char >= "\ud800":
        return "\ufffd"
    return "\n" if char in "\x0b\x0c" else ""  # a vertical tab or form feed breaks a line


def _safe_documents(documents: list[RawDocument]) -> list[RawDocument]:
    """Return the documents with unsafe characters replaced in their text fields."""
    for document in documents:
        for name in _TEXT_FIELDS:
            value = getattr(document, name)
            if value and _UNSAFE_CHARS_RE.search(value):
                setattr(document, name, _UNSAFE_CHARS_RE.sub(_unsafe_char_replacement, value))
    return documents


def read_bytes(name: str, data: bytes) -> list[RawDocument]:
    """Return the documents held in the bytes of a file called name."""
    return _safe_documents(
        _documents(name, name, data, PurePosixPath(name).suffix.lower(), from_url=False)
    )


def read_path(path: Path, name: str | None = None) -> list[RawDocument]:
    """Return the documents held in the file at path; their origins and errors use `name`,
    by default the file's name (see `iter_paths` for files found in folders)."""
    name = name or path.name
    try:
        if path.is_dir():
            raise InputError(name, "is a directory")
        _check_size(path.stat().st_size, name)
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise InputError(name, "file not found") from error
    except OSError as error:
        raise InputError(name, f"could not read file: {error.strerror or error}") from error
    return read_bytes(name, data)


class FileTarget(NamedTuple):
    """A file to import and the name its articles' origins take."""

    path: Path
    name: str


def _is_url(value: str) -> bool:
    """Return True when value is an http(s) URL."""
    return value.startswith(("http://", "https://"))


def iter_paths(paths: list[str]) -> Iterator[FileTarget | str]:
    """Yield URLs as given and files to import, directories expanded (sorted, no hidden
    files). A file given by itself is named by its file name; one found in a folder by its
    path inside that folder ("2025/index.md"), so that two files of one name in different
    subfolders (a static site's page bundles) are two articles, not one file updating the
    other. A file at the folder's top keeps its plain name ("story.txt").
    Files of one run that would still share a name take as many of their folders' names
    as tell them apart ("a/index.md" and "b/index.md" given one by one)."""
    targets: list[FileTarget | str] = []
    for value in paths:
        if _is_url(value):
            targets.append(value)
            continue
        path = Path(value)
        if not path.is_dir():
            targets.append(FileTarget(path, path.name))
            continue
        for child in sorted(path.rglob("*")):
            relative = child.relative_to(path)
            if any(part.startswith(".") for part in relative.parts):
                continue
            if child.is_file() and child.suffix.lower() in SUPPORTED_EXTENSIONS:
                targets.append(FileTarget(child, relative.as_posix()))
    yield from _told_apart(targets)


def _told_apart(targets: list[FileTarget | str]) -> list[FileTarget | str]:
    """Return targets with the files that share a name named by enough of their path."""
    names = Counter(t.name for t in targets if isinstance(t, FileTarget))
    if all(count == 1 for count in names.values()):
        return targets
    shared = {t.path.resolve() for t in targets if isinstance(t, FileTarget) and names[t.name] > 1}
    depth = 1
    while depth < max(len(p.parts) for p in shared):
        tails = Counter(PurePosixPath(*p.parts[-depth:]).as_posix() for p in shared)
        if all(count == 1 for count in tails.values()):
            break
        depth += 1
    return [
        FileTarget(t.path, PurePosixPath(*t.path.resolve().parts[-depth:]).as_posix())
        if isinstance(t, FileTarget) and names[t.name] > 1
        else t
        for t in targets
    ]


def _fetch(url: str, timeout: float) -> bytes:
    """Return the body of url, read with urllib and capped just above MAX_BYTES."""
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        length = response.headers.get("Content-Length")
        if length and length.isdigit():
            _check_size(int(length), url)
        return response.read(MAX_BYTES + 1)


def read_url(
    url: str, *, timeout: float = 10.0, fetch: Callable[[str], bytes] | None = None
) -> list[RawDocument]:
    """Return the documents at url: one per entry for a feed, one for a page or text."""
    if not _is_url(url):
        raise InputError(url, "could not fetch URL: only http:// and https:// are supported")
    try:
        data = fetch(url) if fetch is not None else _fetch(url, timeout)
    except InputError:
        raise
    except urllib.error.HTTPError as error:
        raise InputError(url, f"could not fetch URL: HTTP {error.code} {error.reason}") from error
    except urllib.error.URLError as error:
        raise InputError(url, f"could not fetch URL: {error.reason}") from error
    except (OSError, ValueError) as error:
        raise InputError(url, f"could not fetch URL: {error}") from error
    extension = PurePosixPath(urlparse(url).path).suffix.lower()
    if extension not in SUPPORTED_EXTENSIONS:
        extension = ""
    documents = _safe_documents(_documents(url, url, data, extension, from_url=True))
    for document in documents:
        document.url = document.url or (url if document.origin == url else None)
    return documents
