import json
import threading
from collections.abc import Iterator
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from articles.extraction.formats import (
    MAX_BYTES,
    InputError,
    _in_page_order,
    decode_bytes,
    document_from_text,
    iter_paths,
    markdown_to_text,
    outlet_from_feed_title,
    read_bytes,
    read_path,
    read_url,
    title_without_site_name,
)
from articles.extraction.metadata import article_text_from_document
from articles.extraction.types import PublishedHow, RawDocument

SAMPLES = Path(__file__).resolve().parent / "samples"
SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


# --- decoding --------------------------------------------------------------------------


def test_decode_utf8_with_bom_and_crlf():
    text = decode_bytes(b"\xef\xbb\xbfLine one\r\nLine two\rLine three\r\n", "a.txt")
    assert text == "Line one\nLine two\nLine three\n"


def test_decode_falls_back_to_windows_1252():
    assert decode_bytes("Montréal – “ok”".encode("cp1252"), "a.txt") == "Montréal – “ok”"


def test_decode_utf16_with_bom():
    assert decode_bytes("Tokyo talks\r\n".encode("utf-16"), "a.txt") == "Tokyo talks\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "file is empty"),
        (b" \r\n\t ", "file contains only whitespace"),
        (b"\x89PNG\x00\x00", "looks binary (contains NUL bytes)"),
        (b"a\x81\x8d", "not readable as UTF-8 or Windows-1252 text"),
    ],
)
def test_decode_rejects_bad_input(data, reason):
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "bad.txt")
    assert caught.value.origin == "bad.txt"
    assert caught.value.reason == reason
    assert str(caught.value) == f"bad.txt: {reason}"


def test_decode_rejects_over_5_mb():
    with pytest.raises(InputError) as caught:
        decode_bytes(b"a" * int(7.2 * 1024 * 1024), "big.txt")
    assert caught.value.reason == "larger than 5 MB (7.2 MB)"
    assert len(b"a" * MAX_BYTES) == 5 * 1024 * 1024


# --- sample files ----------------------------------------------------------------------


def test_seed_text_file():
    path = next(SEEDS.glob("000_*.txt"))
    [doc] = read_path(path)
    assert doc.origin == path.name
    assert doc.text.startswith("US, Japan Agree")
    assert doc.has_metadata is False
    assert doc.title is None


def test_markdown_front_matter_and_markup():
    [doc] = read_path(SAMPLES / "article.md")
    assert doc.origin == "article.md"
    assert doc.title == "EU and Mercosur close in on trade deal"
    assert doc.published == date(2019, 6, 27)
    assert doc.author == "Ana Souza"
    assert doc.outlet == "Example Wire"
    assert doc.url == "https://news.example.org/eu-mercosur"
    assert doc.has_metadata is True
    assert "after two decades of talks." in doc.text
    assert "**" not in doc.text
    assert "*Mercosur*" not in doc.text
    assert "photo.jpg" not in doc.text
    assert "Delegates in Brussels" not in doc.text
    assert "```" not in doc.text
    assert "\nTariffs on cars would fall over 15 years." in doc.text
    assert "“We are very near,” a negotiator said." in doc.text
    assert not doc.text.startswith("#")


def test_markdown_to_text_keeps_words():
    markdown = "## Heading ##\n\nSee [the text](http://x.org) and `code`, _em_ snake_case 2*3*4."
    assert markdown_to_text(markdown) == "Heading\n\nSee the text and code, em snake_case 2*3*4."


def test_txt_with_front_matter_is_read_like_markdown():
    [doc] = read_path(SAMPLES / "frontmatter.txt")
    assert doc.has_metadata is True
    assert doc.title == "Canada and US resume NAFTA talks"
    # RFC 2822 date keeps the writer's own calendar day.
    assert doc.published == date(2018, 8, 30)
    assert doc.outlet == "Example Daily"
    assert doc.text.startswith("Canadian Foreign Minister")


def test_html_page_with_trafilatura():
    [doc] = read_path(SAMPLES / "page.html")
    assert doc.title == "Japan agrees to trade talks"
    assert doc.published == date(2018, 9, 26)
    assert doc.author == "Jane Doe"
    assert doc.outlet == "Example News"
    assert doc.url == "https://news.example.com/japan-talks"
    assert "Japan agreed on Wednesday to start talks" in doc.text
    assert "Home | World" not in doc.text
    assert doc.has_metadata is True


def test_json_list_with_aliases():
    first, second = read_path(SAMPLES / "articles.json")
    assert first.origin == "articles.json#1"
    assert first.title == "UK and Australia agree trade deal"
    assert first.published == date(2021, 6, 15)
    assert first.outlet == "Example Times"
    assert first.author == "Sam Lee"
    assert first.url == "https://example.org/uk-au"
    assert first.text.startswith("Britain and Australia")
    assert second.origin == "articles.json#2"
    assert second.text == "Officials said talks would continue next week."
    assert second.published == date(2021, 6, 16)
    assert second.outlet == "Example Post"


def test_json_lines_from_a_news_api_export_name_the_outlet_in_source_name():
    data = (
        b'{"title": "A", "content": "Talks began.", "pubDate": "2024-03-10 18:42:07",'
        b' "creator": ["Jane Doe"], "source_id": "examplenews", "source_name": "Example News"}\n'
        b'{"title": "B", "content": "Talks ended.", "source_id": "examplepost"}\n'
    )
    first, second = read_bytes("export.jsonl", data)
    assert (first.outlet, first.author, first.published) == (
        "Example News",
        "Jane Doe",
        date(2024, 3, 10),
    )
    assert second.outlet is None  # a bare source id is no outlet's name


def test_an_agency_item_in_ninjs_names_its_dates_and_provider():
    data = (
        b'{"uri": "wire:1", "headline": "Steel quotas approved", "byline": "By Jane Doe",'
        b' "firstcreated": "2026-05-18T14:06:00Z", "versioncreated": "2026-05-19T08:00:00Z",'
        b' "provider": "Example Wire", "body_html": "<p>BRUSSELS, May 18 - Approved.</p>"}'
    )
    [doc] = read_bytes("item.json", data)
    assert (doc.published, doc.updated, doc.outlet, doc.author) == (
        date(2026, 5, 18),
        date(2026, 5, 19),
        "Example Wire",
        "Jane Doe",
    )
    assert doc.text == "BRUSSELS, May 18 - Approved."


def test_a_ninjs_2_item_reads_its_main_renditions_byline_and_copyright_holder():
    item = {
        "uri": "urn:newsml:example:1",
        "firstcreated": "2026-11-18T02:10:00Z",
        "headlines": [
            {"role": "short", "value": "Talks start"},
            {"role": "main", "value": "Ruritania and Freedonia open procurement talks"},
        ],
        "bodies": [{"role": "main", "contenttype": "text/plain", "value": "Talks began."}],
        "by": "Jane Doe",
        "copyrightholder": "Example Wire",
        "subjects": [{"name": "government procurement", "uri": "http://cv.example/1"}],
    }
    [doc] = read_bytes("item.json", json.dumps(item).encode())
    assert (doc.title, doc.text, doc.author, doc.outlet) == (
        "Ruritania and Freedonia open procurement talks",
        "Talks began.",
        "Jane Doe",
        "Example Wire",
    )
    assert doc.published == date(2026, 11, 18)
    assert doc.tags == ("government procurement",)
    # with no "main" role, the first rendition
    del item["headlines"][1]
    [doc] = read_bytes("item.json", json.dumps(item).encode())
    assert doc.title == "Talks start"


def test_an_arc_xp_story_reads_its_text_elements_first_publication_and_credits():
    story = {
        "type": "story",
        "headlines": {"basic": "Ruritania and Freedonia trade tariff offers"},
        "credits": {"by": [{"type": "author", "name": "Jane Doe", "org": "The Example Post"}]},
        "created_date": "2026-05-16T20:00:00Z",  # a draft saved: no publication
        "first_publish_date": "2026-05-17T09:00:00Z",
        "display_date": "2026-05-17T09:00:00Z",
        "publish_date": "2026-05-18T11:00:00Z",
        "source": {"name": "The Example Post", "source_type": "staff", "system": "composer"},
        "content_elements": [
            {"type": "text", "content": "Ruritania and Freedonia met on <b>Friday</b>."},
            {"type": "image", "caption": "A port at dawn.", "credits": {"by": [{"name": "X"}]}},
            {"type": "interstitial_link", "content": "Read more: Port fees rise", "url": "/a"},
            {"type": "raw_html", "content": "<div>Sign up for our newsletter</div>"},
            {"type": "header", "level": 2, "content": "What comes next"},
            {"type": "text", "content": "A second round is due in June."},
        ],
        "taxonomy": {"tags": [{"text": "tariffs"}]},
    }
    [doc] = read_bytes("story.json", json.dumps(story).encode())
    assert (doc.title, doc.author, doc.outlet) == (
        "Ruritania and Freedonia trade tariff offers",
        "Jane Doe",
        "The Example Post",
    )
    assert (doc.published, doc.updated) == (date(2026, 5, 17), date(2026, 5, 18))
    assert doc.text == (
        "Ruritania and Freedonia met on Friday.\n\nWhat comes next\n\n"
        "A second round is due in June."
    )
    assert doc.tags == ("tariffs",)


@pytest.mark.parametrize(
    ("source", "outlet"),
    [
        ({"source_type": "wires", "system": "composer"}, "Example Wire"),  # no name of its own
        ({"name": "The Example Post", "source_type": "staff"}, "The Example Post"),
    ],
)
def test_an_ans_storys_distributor_is_its_outlet_when_it_names_no_source(source, outlet):
    story = {
        "type": "story",
        "headlines": {"basic": "Ruritania and Freedonia trade tariff offers"},
        "source": source,
        "distributor": {"name": "Example Wire", "category": "wires", "mode": "custom"},
        "content_elements": [{"type": "text", "content": "Ruritania and Freedonia met."}],
    }
    [doc] = read_bytes("story.json", json.dumps(story).encode())
    assert doc.outlet == outlet


def test_a_json_feeds_items_read_their_content_and_inherit_the_feeds_title_and_authors():
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Example Trade Bulletin",
        "authors": [{"name": "Jane Doe"}],
        "items": [
            {
                "id": "1",
                "title": "Talks end",
                "content_text": "Talks ended on Thursday.",
                "date_published": "2026-11-20T08:40:00+08:00",
                "date_modified": "2026-11-21T10:15:00+08:00",
            },
            {
                "id": "2",
                "title": "Protocol signed",
                "content_html": "<p>The protocol was signed.</p>",
                "date_published": "2026-11-17T07:15:00+03:00",
                "authors": [{"name": "John Roe"}, {"name": "Ann Poe"}],
            },
        ],
    }
    first, second = read_bytes("feed.json", json.dumps(feed).encode())
    assert (first.text, first.outlet, first.author) == (
        "Talks ended on Thursday.",
        "Example Trade Bulletin",
        "Jane Doe",
    )
    assert (first.published, first.updated) == (date(2026, 11, 20), date(2026, 11, 21))
    assert (second.text, second.author) == ("The protocol was signed.", "John Roe, Ann Poe")
    assert (first.origin, second.origin) == ("feed.json#1", "feed.json#2")
    # an API response that is not a JSON Feed keeps its items' own fields only
    del feed["version"]
    for item in feed["items"]:
        item["body"] = item.pop("content_text", None) or item.pop("content_html")
    first, _ = read_bytes("feed.json", json.dumps(feed).encode())
    assert (first.outlet, first.author) == (None, None)


def test_single_json_object_keeps_file_name_as_origin():
    [doc] = read_bytes("one.json", b'{"title": "T", "body": "Talks began.", "date": "2020-01-02"}')
    assert doc.origin == "one.json"
    assert doc.published == date(2020, 1, 2)


def test_json_body_with_html_is_reduced_to_text():
    data = b'{"body": "<p>Talks began.</p><p>They ended &amp; left.</p>"}'
    [doc] = read_bytes("one.json", data)
    assert doc.text == "Talks began.\n\nThey ended & left."


def test_jsonl_numbers_objects_and_skips_blank_lines():
    first, second = read_path(SAMPLES / "articles.jsonl")
    assert first.origin == "articles.jsonl#1"
    assert second.origin == "articles.jsonl#2"
    assert second.text == "The second round of talks ended in Brussels."
    assert second.published == date(2022, 9, 30)


def test_rss_feed_entries():
    first, second = read_path(SAMPLES / "feed.rss")
    assert first.origin == "feed.rss#1"
    assert first.title == "China and US hold new round of talks"
    assert first.text == (
        "Chinese and US negotiators met in Beijing on Thursday.\n\n"
        "Both sides called the talks constructive."
    )
    assert first.published == date(2019, 3, 28)
    assert first.author == "Lin Wei"
    assert first.outlet == "Example Trade News"
    assert first.url == "https://trade.example.com/china-us-round"
    assert second.published == date(2019, 2, 24)


def test_atom_feed_entry():
    [entry] = read_path(SAMPLES / "feed.atom")
    assert entry.origin == "feed.atom#1"
    assert entry.title == "US and China sign phase one deal"
    assert entry.published == date(2020, 1, 15)
    assert entry.updated == date(2020, 1, 16)
    assert entry.author == "Kim Park"
    assert entry.outlet == "Example Atom Desk"
    assert entry.text == "The two countries signed the deal at the White House."


def test_feed_content_is_sniffed_whatever_the_extension():
    data = (SAMPLES / "feed.atom").read_bytes()
    [entry] = read_bytes("download.txt", data)
    assert entry.title == "US and China sign phase one deal"


def test_cp1252_and_bom_crlf_samples():
    [cp1252] = read_path(SAMPLES / "cp1252.txt")
    assert cp1252.text.startswith("Trade talks in Montréal – “good progress,”")
    [bom] = read_path(SAMPLES / "bom_crlf.txt")
    assert bom.text.startswith("Mexico and US Reach Trade Understanding\n\nPublished")
    assert "\r" not in bom.text
    assert "\ufeff" not in bom.text


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "file is empty"),
        ("whitespace.txt", "file contains only whitespace"),
        ("binary.txt", "looks binary (contains NUL bytes)"),
        ("malformed.json", "malformed JSON at line 3: Expecting ',' delimiter"),
        ("bad_item.json", "item 3: missing 'body'"),
        ("bad_date.json", "bad date in 'published': 'sometime soon'"),
        ("report.pdf", "unsupported file type '.pdf'"),
    ],
)
def test_bad_sample_files(name, reason):
    with pytest.raises(InputError) as caught:
        read_path(SAMPLES / name)
    assert caught.value.origin == name
    assert caught.value.reason == reason


def test_broken_feed():
    with pytest.raises(InputError) as caught:
        read_path(SAMPLES / "broken.rss")
    assert caught.value.reason.startswith("not a valid RSS or Atom feed: ")


@pytest.mark.parametrize(
    "data",
    [
        # a stray CDATA end in a title leaves an entry whose summary is None
        b'<?xml version="1.0"?><rss version="2.0" '
        b'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>X</title>'
        b"<item><title>A</title><description>Talks began on Monday.</description></item>"
        b"<item><title>C went <p>on</p>]]></content:encoded></item><item></channel></rss>",
        # an encoding declaration that is not text
        b'<?xml version="1.0" encoding="\x9eTF-8"?><rss version="2.0"><channel><item>'
        b"<title>A</title><description>Talks began on Monday.</description></item></channel></rss>",
    ],
)
def test_a_corrupt_feed_is_named_with_a_reason(data):
    with pytest.raises(InputError) as caught:
        read_bytes("corrupt.xml", data)
    assert caught.value.origin == "corrupt.xml"
    assert caught.value.reason.startswith("not a valid RSS or Atom feed:")


def test_xml_that_is_not_a_feed():
    with pytest.raises(InputError) as caught:
        read_bytes("data.xml", b"<?xml version='1.0'?><catalog><book/></catalog>")
    assert caught.value.reason.startswith("not a valid RSS or Atom feed")


def test_malformed_jsonl_names_line():
    with pytest.raises(InputError) as caught:
        read_bytes("a.jsonl", b'{"body": "ok"}\n\n{"body": \n')
    assert caught.value.reason.startswith("malformed JSON at line 3:")


def test_jsonl_item_missing_body():
    with pytest.raises(InputError) as caught:
        read_bytes("a.jsonl", b'{"body": "ok"}\n{"title": "no body"}\n')
    assert caught.value.origin == "a.jsonl"
    assert caught.value.reason == "item 2: missing 'body'"


def test_bad_front_matter_date_names_field():
    data = b"---\ntitle: T\ndate: next Tuesday\n---\nTalks began.\n"
    with pytest.raises(InputError) as caught:
        read_bytes("a.md", data)
    assert caught.value.reason == "bad date in 'date': 'next Tuesday'"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("date: 2026-19-45", "bad date in 'date': '2026-19-45'"),
        ("updated: 2026-02-30 10:00:00", "bad date in 'updated': '2026-02-30 10:00:00'"),
    ],
)
def test_a_date_yaml_cannot_build_is_named_with_its_field(line, reason):
    # YAML reads 2026-19-45 as a timestamp and fails outside its own error class
    data = f"---\ntitle: T\n{line}\n---\nTalks began.\n".encode()
    with pytest.raises(InputError) as caught:
        read_bytes("a.md", data)
    assert (caught.value.origin, caught.value.reason) == ("a.md", reason)


def test_front_matter_timestamps_keep_their_stated_day():
    data = b"---\ntitle: T\ndate: 2026-11-17 23:30:00 -05:00\nupdated: 2026-11-18\n---\nTalks.\n"
    document = read_bytes("a.md", data)[0]
    assert (document.published, document.updated) == (date(2026, 11, 17), date(2026, 11, 18))


def test_read_path_missing_and_too_large(tmp_path):
    with pytest.raises(InputError) as caught:
        read_path(tmp_path / "missing.txt")
    assert caught.value.reason == "file not found"
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError) as caught:
        read_path(big)
    assert caught.value.origin == "big.txt"
    assert caught.value.reason == "larger than 5 MB (5.0 MB)"


def test_document_from_text():
    doc = document_from_text("pasted", "\ufeffTitle line\r\n\r\nBody text.\r\n")
    assert doc.origin == "pasted"
    assert doc.text == "Title line\n\nBody text.\n"
    assert doc.has_metadata is False
    with_front = document_from_text("pasted", "---\ntitle: T\n---\nBody text.")
    assert with_front.title == "T"
    assert with_front.has_metadata is True
    with pytest.raises(InputError):
        document_from_text("pasted", "   ")


def test_iter_paths_expands_directories(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("x")
    (tmp_path / "one.txt").write_text("x")
    (tmp_path / "skip.pdf").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "inside.txt").write_text("x")
    found = list(iter_paths([str(tmp_path), "https://example.org/feed", "given.pdf"]))
    assert found == [
        (tmp_path / "b" / "two.md", "b/two.md"),
        (tmp_path / "one.txt", "one.txt"),
        "https://example.org/feed",
        (Path("given.pdf"), "given.pdf"),
    ]


def test_files_of_one_name_in_two_subfolders_are_two_origins(tmp_path):
    """A static site's page bundles ("a/index.md", "b/index.md") are two articles; a file
    named on its own keeps its plain name, and so do a folder's top files."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "index.txt").write_text(f"Story {folder}\n\nText {folder}.\n")
    names = [target.name for target in iter_paths([str(tmp_path)])]
    assert names == ["a/index.txt", "b/index.txt"]
    assert [doc.origin for doc in read_path(*next(iter_paths([str(tmp_path)])))] == ["a/index.txt"]
    assert [target.name for target in iter_paths([str(tmp_path / "a")])] == ["index.txt"]
    assert [target.name for target in iter_paths([str(tmp_path / "a" / "index.txt")])] == [
        "index.txt"
    ]
    with pytest.raises(InputError, match=r"^b/gone\.txt: file not found"):
        read_path(tmp_path / "b" / "gone.txt", "b/gone.txt")


# --- URLs --------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[str, bytes]] = {
        "/feed": ("application/rss+xml", (SAMPLES / "feed.rss").read_bytes()),
        "/article": ("text/html", (SAMPLES / "page.html").read_bytes()),
    }

    def do_GET(self) -> None:
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        content_type, body = route
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_read_url_feed_gives_entries_with_link_origins(server):
    first, second = read_url(f"{server}/feed")
    assert first.origin == "https://trade.example.com/china-us-round"
    assert first.outlet == "Example Trade News"
    assert second.origin == "https://trade.example.com/truce"


def test_read_url_html_gives_one_document(server):
    [doc] = read_url(f"{server}/article")
    assert doc.origin == f"{server}/article"
    assert doc.title == "Japan agrees to trade talks"
    assert doc.has_metadata is True


def test_read_url_http_error(server):
    with pytest.raises(InputError) as caught:
        read_url(f"{server}/missing")
    assert caught.value.reason == "could not fetch URL: HTTP 404 Not Found"


def test_read_url_connection_refused():
    with pytest.raises(InputError) as caught:
        read_url("http://127.0.0.1:9/", timeout=2)
    assert caught.value.origin == "http://127.0.0.1:9/"
    assert caught.value.reason.startswith("could not fetch URL: ")


def test_read_url_with_injected_fetch_and_size_cap():
    [doc] = read_url("https://example.org/story.txt", fetch=lambda url: b"Talks began.\n")
    assert doc.text == "Talks began.\n"
    assert doc.url == "https://example.org/story.txt"
    with pytest.raises(InputError) as caught:
        read_url("https://example.org/big", fetch=lambda url: b"a" * (MAX_BYTES + 1))
    assert caught.value.reason.startswith("larger than 5 MB")


def test_read_url_rejects_other_schemes():
    with pytest.raises(InputError) as caught:
        read_url("file:///etc/passwd")
    assert caught.value.reason.startswith("could not fetch URL")


def test_json_with_other_common_keys_and_a_unix_timestamp():
    data = (
        b'[{"headline": "H", "articleBody": "Talks began.", "datePublished": 1537956000,'
        b' "author": [{"name": "Jane Doe"}, {"name": "John Roe"}], "publisher": {"name": "AP"}},'
        b' {"title": "T", "content": "Talks began.", "pubDate": "1537956000000",'
        b' "byline": "By Jane Doe", "site_name": "Kyodo"}]'
    )
    first, second = read_bytes("many.json", data)
    assert (first.title, first.published, first.author, first.outlet) == (
        "H",
        date(2018, 9, 26),
        "Jane Doe, John Roe",
        "AP",
    )
    assert (second.published, second.author, second.outlet) == (
        date(2018, 9, 26),
        "Jane Doe",
        "Kyodo",
    )


@pytest.mark.parametrize(
    ("title", "link", "outlet"),
    [
        (
            "Economy News - The Example Ledger",
            "https://www.theexampleledger.com/economy/",
            "The Example Ledger",
        ),
        ("Example News - World", "https://www.example.co.uk/news/world", "Example News"),
        ("World news | The Example", "https://www.theexample.com/world", "The Example"),
        ("Example: Business News", "https://www.example.com/business", "Example"),
        # no part spelled by the address: the whole title
        ("Trade Desk - Daily", "https://feeds.example.org/trade", "Trade Desk - Daily"),
        ("Example Trade Feed", "https://www.example.com", "Example Trade Feed"),
    ],
)
def test_feed_title_parts_and_the_outlet_the_address_spells(title, link, outlet):
    assert outlet_from_feed_title(title, link) == outlet


def test_feed_outlet_is_read_from_the_channel_title_and_link():
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        "<title>Economy - The Example Ledger</title>"
        "<link>https://www.theexampleledger.com/economy/</link>"
        "<item><title>Deal signed</title><description>&lt;p&gt;Two countries signed a deal."
        "&lt;/p&gt;</description><pubDate>Fri, 18 Feb 2022 22:41:05 +0530</pubDate></item>"
        "</channel></rss>"
    )
    (document,) = read_bytes("feed.xml", feed.encode())
    assert document.outlet == "The Example Ledger"
    assert document.published == date(2022, 2, 18)  # the writer's day, not UTC's


def test_an_aggregated_feed_item_takes_its_outlet_from_source_and_drops_it_from_the_title():
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        "<title>Trade | Reading board</title><link>https://boards.example.org/trade</link>"
        "<item><title>Deal signed at last - Example Ledger</title>"
        '<source url="https://ledger.example.com/feed">Example Ledger</source>'
        "<description>&lt;p&gt;Two countries signed a deal.&lt;/p&gt;</description></item>"
        "<item><title>Talks end - Without Source</title>"
        "<description>Talks ended.</description></item>"
        "</channel></rss>"
    )
    first, second = read_bytes("board.xml", feed.encode())
    assert (first.title, first.outlet) == ("Deal signed at last", "Example Ledger")
    assert (second.title, second.outlet) == ("Talks end - Without Source", "Trade | Reading board")


def test_wordpress_rest_api_posts_are_read_with_rendered_fields_and_embedded_author():
    data = (
        b'[{"id": 7, "date": "2025-10-29T00:15:00", "date_gmt": "2025-10-28T16:15:00",'
        b' "link": "https://news.example.com/2025/10/29/deal/",'
        b' "title": {"rendered": "Deal signed &#8211; at last"},'
        b' "content": {"rendered": "<p>Two countries signed a deal.</p>", "protected": false},'
        b' "author": 37, "_embedded": {"author": [{"id": 37, "name": "Jane Doe"}]},'
        b' "yoast_head_json": {"og_site_name": "Example Reserve", "author": "Jane Doe"}},'
        b' {"date": "2024-02-26T08:00:00", "title": {"rendered": "Second"},'
        b' "content": {"rendered": "<p>Talks ended.</p>"}, "author": 52}]'
    )
    first, second = read_bytes("posts.json", data)
    assert (first.title, first.text, first.published) == (
        "Deal signed \u2013 at last",
        "Two countries signed a deal.",
        date(2025, 10, 29),  # the site's own day, not GMT's
    )
    assert (first.author, first.outlet, first.url) == (
        "Jane Doe",
        "Example Reserve",
        "https://news.example.com/2025/10/29/deal/",
    )
    assert (second.text, second.author, second.outlet) == ("Talks ended.", None, None)


def test_json_api_response_wrapping_its_articles_gives_one_document_each():
    data = (
        b'{"status": "ok", "totalResults": 2, "articles": ['
        b'{"source": {"id": null, "name": "Example News"}, "author": "Jane Doe",'
        b' "title": "A", "publishedAt": "2024-03-10T18:42:07Z", "content": "Talks began."},'
        b'{"title": "B", "content": "Talks ended."}]}'
    )
    first, second = read_bytes("response.json", data)
    assert (first.origin, first.outlet, first.author, first.published) == (
        "response.json#1",
        "Example News",
        "Jane Doe",
        date(2024, 3, 10),
    )
    assert (second.origin, second.text) == ("response.json#2", "Talks ended.")
    # an article that has a body of its own stays one article, whatever else it holds
    [single] = read_bytes("one.json", b'{"body": "Talks began.", "items": [{"a": 1}]}')
    assert single.text == "Talks began."


@pytest.mark.parametrize("key", ["publishDate", "pubDatetime", "publish_date", "published_at"])
def test_front_matter_dates_under_static_site_generators_keys(key):
    text = (
        f'---\ntitle: "T"\n{key}: "2020-10-23T17:45:00+01:00"\nlastmod: 2020-10-26T09:10:00Z\n'
        "authors:\n  - name: Jane Doe\n    affiliation: Example University\n  - name: John Roe\n"
        "tags: [trade]\n---\n\nTalks began.\n"
    )
    [doc] = read_bytes("post.md", text.encode())
    assert (doc.published, doc.updated) == (date(2020, 10, 23), date(2020, 10, 26))
    assert doc.author == "Jane Doe, John Roe"


@pytest.mark.parametrize("key", ["last_modified_at", "last_modified", "updated_at"])
def test_front_matter_updates_under_jekylls_and_cms_keys(key):
    text = (
        f"---\nlayout: post\ntitle: T\ndate: 2026-11-23 18:40:00 +0100\n"
        f"{key}: 2026-11-24 09:15:00 +0100\n---\n\nTalks began.\n"
    )
    [doc] = read_bytes("post.md", text.encode())
    assert (doc.published, doc.updated) == (date(2026, 11, 23), date(2026, 11, 24))


def test_a_static_sites_template_tags_alone_on_their_lines_are_no_text():
    text = (
        "---\ntitle: T\ndate: 2026-11-23\n---\n\nTalks began.\n\n"
        "{% include newsletter-box.html %}\n\n{{< share >}}\n\n"
        "The rate is {{ page.rate }} percent.\n"
    )
    [doc] = read_bytes("post.md", text.encode())
    assert doc.text == "Talks began.\n\nThe rate is {{ page.rate }} percent."


def test_front_matter_with_a_date_and_a_publish_date_is_published_at_the_publish_date():
    text = "---\ntitle: T\ndate: 2026-11-12T10:00:00+13:00\npublishDate: 2026-11-16\n---\nTalks.\n"
    [doc] = read_bytes("post.md", text.encode())
    assert doc.published == date(2026, 11, 16)
    [doc] = read_bytes("post.md", b"---\ntitle: T\ndate: 2026-11-12\n---\nTalks.\n")
    assert doc.published == date(2026, 11, 12)
    # Jekyll's "published: true" is no date
    text = "---\ntitle: T\npublished: true\ndate: 2026-11-12\n---\nTalks.\n"
    [doc] = read_bytes("post.md", text.encode())
    assert doc.published == date(2026, 11, 12)


def test_an_obsidian_clipping_names_its_authors_without_wiki_link_brackets():
    text = (
        '---\ntitle: "T"\nsource: "https://news.example.com/deal.html"\nauthor:\n'
        '  - "[[Jane Doe]]"\n  - "[[people/jroe|John Roe]]"\npublished: 2025-07-24\n'
        "created: 2025-07-26\ntags:\n  - clippings\n---\n\nTalks began.\n"
    )
    [doc] = read_bytes("clip.md", text.encode())
    assert (doc.author, doc.published, doc.outlet) == (
        "Jane Doe, John Roe",
        date(2025, 7, 24),
        None,
    )
    assert doc.url == "https://news.example.com/deal.html"


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Deal signed - Example News Online", "Example News Online", "Deal signed"),
        ("Example News | Deal signed", "example news", "Deal signed"),
        ("Talks - a view from Geneva - Example", "Example", "Talks - a view from Geneva"),
        # the site's name inside the headline, or another name after the dash, stays
        ("Example News hires editor", "Example News", "Example News hires editor"),
        ("Deal signed - analysis", "Example News", "Deal signed - analysis"),
        ("Example News", "Example News", "Example News"),
        ("Deal signed", None, "Deal signed"),
    ],
)
def test_a_page_title_loses_the_site_name_its_cms_added(title, site, expected):
    assert title_without_site_name(title, site) == expected


def test_html_page_title_without_the_site_name():
    page = (
        "<html><head><title>Deal signed in Brussels - Example News Online</title>"
        '<meta property="og:title" content="Deal signed in Brussels - Example News Online"/>'
        '<meta property="og:site_name" content="Example News Online"/></head><body><article>'
        "<h1>Deal signed in Brussels</h1><p>The two sides signed the trade deal in Brussels on"
        " Monday after years of talks, officials said in a statement.</p><p>The agreement will"
        " take effect next year once both parliaments have approved it.</p></article></body></html>"
    )
    [doc] = read_bytes("page.html", page.encode())
    assert (doc.title, doc.outlet) == ("Deal signed in Brussels", "Example News Online")


def test_a_newsletter_email_keeps_the_dated_byline_its_markup_does_not_state():
    page = (
        "<html><head><title>Morning Desk: Deal signed in Brussels</title></head><body>"
        '<table><tr><td><a href="#">View in browser</a></td></tr>'
        "<tr><td>By Jane Doe | 11/17/2025 10:00 AM EST</td></tr>"
        "<tr><td><p>The two sides signed the trade deal in Brussels on Monday after years of"
        " talks, officials said in a statement.</p><p>The agreement will take effect next year"
        " once both parliaments have approved it, the officials said.</p></td></tr>"
        "</table></body></html>"
    )
    [doc] = read_bytes("email.html", page.encode())
    assert doc.published is None
    assert doc.text.split("\n")[0] == "By Jane Doe | 11/17/2025 10:00 AM EST"
    article = article_text_from_document(doc)
    assert (article.published, article.author) == (date(2025, 11, 17), "Jane Doe")
    assert article.body.startswith("The two sides signed")


# --- text copied out of a PDF ------------------------------------------------------------

_PDF_LINES = [
    "Negotiators in Geneva enter the final stretch before the ministerial",
    "conference, where members hope to close the second round of nego-",
    "tiations on subsidies that fuel overcapacity and overfishing in the",
    "Pacific. The so-",
    "",
    "REPORT HEADER                                           Page 1 of 2",
    "",
    "The first agreement, adopted at the 12th Ministerial Conference in",
    "June 2022, entered into force on 15 September 2025 after two-thirds",
    "of members had accepted it. It bans support for illegal fishing and",
    "for fishing of overfished stocks, but left the harder question of",
    "subsidies to capacity for a second round of talks, which opened in",
    "Geneva soon after and has met every month since then in small groups",
    "of delegates who report to the chair of the negotiating group there.",
]


def test_text_copied_from_a_pdf_is_unwrapped():
    text = "\n".join(_PDF_LINES)
    document = document_from_text("pasted", text)
    paragraphs = document.text.split("\n\n")
    assert paragraphs[0].startswith("Negotiators in Geneva enter the final stretch before")
    assert "second round of negotiations on subsidies" in paragraphs[0]
    assert "Page 1 of 2" not in document.text
    assert paragraphs[1].startswith("The first agreement, adopted at the 12th Ministerial")
    assert "\n" not in paragraphs[1]
    # a hyphen after a word that takes one stays ("so-called" cut after "so-")
    assert (
        document_from_text("pasted", text.replace("The so-", "The so-\ncalled")).text.count(
            "so-called"
        )
        == 1
    )


def test_text_with_long_paragraph_lines_is_left_as_it_is():
    text = "Headline\n\n" + "\n".join(" ".join([line] * 3) for line in _PDF_LINES if line)
    assert document_from_text("pasted", text).text == text


def test_a_pages_list_of_authors_is_listed_as_other_formats_list_it():
    page = (
        "<html><head><title>Deal signed in Brussels</title>"
        '<script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "NewsArticle", "headline": "Deal signed in Brussels",'
        ' "datePublished": "2025-11-17T09:00:00+01:00", "author": [{"@type": "Person",'
        ' "name": "Jane Doe"}, {"@type": "Person", "name": "Sam Lee"}]}</script>'
        "</head><body><article><h1>Deal signed in Brussels</h1><p>The two sides signed the"
        " trade deal in Brussels on Monday after years of talks, officials said in a"
        " statement.</p><p>The agreement will take effect next year once both parliaments"
        " have approved it.</p></article></body></html>"
    )
    [doc] = read_bytes("page.html", page.encode())
    assert doc.author == "Jane Doe, Sam Lee"  # as a front-matter list of authors reads


@pytest.mark.parametrize("creator", ["Example Trade News staff", "Reuters Staff", "Staff writer"])
def test_a_feed_items_newsroom_as_creator_is_no_author(creator):
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>Example Trade News</title><link>https://trade.example.com/</link>"
        "<item><title>Round ends in Santiago</title><link>https://trade.example.com/a</link>"
        f"<dc:creator>{creator}</dc:creator><pubDate>Wed, 30 Sep 2026 21:12:00 -0300</pubDate>"
        "<description>Chile and India ended the fourth round in Santiago today.</description>"
        "</item><item><title>Talks resume</title><link>https://trade.example.com/b</link>"
        "<dc:creator>By Lin Wei</dc:creator><pubDate>Thu, 1 Oct 2026 09:00:00 +0000</pubDate>"
        "<description>Negotiators met again on Thursday.</description></item></channel></rss>"
    )
    first, second = read_bytes("feed.xml", feed.encode())
    assert (first.author, first.outlet) == (None, "Example Trade News")
    assert second.author == "Lin Wei"  # a byline's "By" goes, as in every other format


def _page_with(h1s: str, og_title: str) -> bytes:
    return (
        f'<html><head><title>{og_title} | Example Review</title><meta property="og:title"'
        f' content="{og_title}"/><meta property="og:site_name" content="Example Review"/>'
        f"</head><body>{h1s}<article><p>The two sides signed the trade deal in Brussels on"
        " Monday after years of talks, officials said in a statement.</p><p>The agreement"
        " will take effect next year once both parliaments have approved it.</p></article>"
        "</body></html>"
    ).encode()


def test_a_pages_one_headline_wins_over_its_social_title():
    page = _page_with(
        "<h1>Four members bring the &#8216;3.0&#8217; upgrade into force</h1>",
        "Trade pact upgrade enters into force for first four members",
    )
    [doc] = read_bytes("page.html", page)
    assert doc.title == "Four members bring the \u20183.0\u2019 upgrade into force"


@pytest.mark.parametrize(
    "h1s",
    [
        "<h1>Example Review</h1>",  # the site's logo
        "<h1>Trade</h1>",  # a section's name
        "<h1>Example Review</h1><h1>Four members bring the upgrade into force</h1>",
    ],
)
def test_a_page_keeps_its_metadata_title_when_its_h1_is_no_single_headline(h1s):
    [doc] = read_bytes("page.html", _page_with(h1s, "Upgrade enters into force for four"))
    assert doc.title == "Upgrade enters into force for four"


def test_a_form_feed_breaks_a_line_and_other_controls_are_dropped():
    (document,) = read_bytes("pdf.txt", b"Talks began on Monday.\x0cPage 2\x07 of talks.\n")
    assert document.text == "Talks began on Monday.\nPage 2 of talks.\n"


def test_a_blogger_feeds_placeholder_author_is_no_author():
    feed = (
        "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        "<title type='text'>Example Trade Notes</title>"
        "<link rel='alternate' type='text/html' href='https://exampletradenotes.blogspot.com/'/>"
        "<entry><id>a</id><published>2026-11-16T21:40:00.003-05:00</published>"
        "<title type='text'>Congress approves the protocol</title>"
        "<content type='html'>&lt;p&gt;Congress approved the protocol on Monday.&lt;/p&gt;"
        "</content><author><name>Unknown</name><email>noreply@blogger.com</email></author>"
        "</entry><entry><id>b</id><published>2026-10-29T10:05:00.000-05:00</published>"
        "<title type='text'>Talks close</title><content type='html'>&lt;p&gt;The two"
        " sides closed their talks on Tuesday.&lt;/p&gt;</content><author><name>Example"
        " Trade Notes</name></author></entry></feed>"
    )
    first, second = read_bytes("feed.atom", feed.encode())
    assert (first.author, first.published) == (None, date(2026, 11, 16))
    assert (second.author, second.outlet) == (None, "Example Trade Notes")


def test_a_json_articles_organisation_as_author_is_no_author():
    items = [
        {
            "headline": "Pact takes effect",
            "articleBody": "The pact took effect on Tuesday.",
            "datePublished": "2026-11-18T09:30:00+08:00",
            "author": {"@type": "Organization", "name": "Example Commerce Daily"},
            "publisher": {"@type": "Organization", "name": "Example Commerce Daily"},
        },
        {
            "headline": "Talks resume",
            "articleBody": "Talks resumed on Thursday.",
            "author": "Example Wire",
            "publisher": {"@type": "Organization", "name": "Example Wire"},
        },
        {
            "headline": "Deal signed",
            "articleBody": "The deal was signed on Monday.",
            "author": [{"@type": "Person", "name": "Jane Doe"}],
            "publisher": {"@type": "Organization", "name": "Example Wire"},
        },
    ]
    documents = read_bytes("items.json", json.dumps(items).encode())
    assert [(d.author, d.outlet) for d in documents] == [
        (None, "Example Commerce Daily"),
        (None, "Example Wire"),
        ("Jane Doe", "Example Wire"),
    ]


def _newsletter_email(*, plain: str | None, html_part: str | None) -> bytes:
    from email.message import EmailMessage
    from email.policy import SMTP

    message = EmailMessage(policy=SMTP)
    message["From"] = "Example Trade Brief <brief@trade.example.com>"
    message["To"] = "desk@example.org"
    message["Date"] = "Thu, 19 Nov 2026 06:02:11 +0000"
    message["Subject"] = "Deal text published: what\u2019s in it"
    if plain is not None:
        message.set_content(plain, cte="quoted-printable")
    if html_part is not None:
        if plain is None:
            message.set_content(html_part, subtype="html", cte="quoted-printable")
        else:
            message.add_alternative(html_part, subtype="html", cte="quoted-printable")
    return bytes(message)


def test_a_saved_newsletter_email_is_an_article():
    plain = (
        "View in browser: https://trade.example.com/p/deal-text\n\n"
        "The two sides published the legal text of their trade agreement on Wednesday,"
        " five weeks after ministers signed it. It now goes to parliament.\n\n"
        "You are receiving this email because you subscribed to Example Trade Brief.\n"
        "Unsubscribe | Update your preferences\n"
        "Example Media Ltd, 1 High Street, London\n"
    )
    data = _newsletter_email(plain=plain, html_part=f"<p>{plain}</p>")
    [doc] = read_bytes("brief.eml", data)
    assert (doc.title, doc.published, doc.outlet) == (
        "Deal text published: what\u2019s in it",
        date(2026, 11, 19),
        "Example Trade Brief",
    )
    assert doc.text.startswith("The two sides published")  # the text part, decoded
    assert doc.text.endswith("It now goes to parliament.")  # no link to itself, no footer


def test_a_saved_email_with_only_html_is_read_from_its_html():
    data = _newsletter_email(
        plain=None, html_part="<p>Talks resumed on Thursday.</p><p>They end on Friday.</p>"
    )
    [doc] = read_bytes("brief.eml", data)
    assert doc.text == "Talks resumed on Thursday.\n\nThey end on Friday."


def test_a_newsletters_trouble_reading_line_is_no_part_of_its_text():
    data = _newsletter_email(
        plain="Trouble reading this email? View it in your browser\n\nTalks resumed.",
        html_part=None,
    )
    [doc] = read_bytes("brief.eml", data)
    assert doc.text == "Talks resumed."


def test_a_from_header_the_email_package_cannot_parse_names_no_sender():
    # a colon in an unquoted name reads as an address group, which has no local part
    data = (
        b"From: Example Letter: talks resume; new rules from Monday\n"
        b"Subject: Talks resume\nDate: Tue, 27 Oct 2026 12:04:40 +0000\n"
        b'Content-Type: text/plain; charset="utf-8"\n\nRuritania and Freedonia resumed talks.\n'
    )
    [doc] = read_bytes("brief.eml", data)
    assert (doc.title, doc.outlet, doc.author) == ("Talks resume", None, None)
    assert doc.text == "Ruritania and Freedonia resumed talks."
    assert doc.published == date(2026, 10, 27)


def test_a_newsletters_issue_date_the_day_after_it_was_sent_is_its_date():
    # sent at 06:02 UTC on the 19th; an Asian edition's issue may be dated the 20th
    plain = (
        "EXAMPLE TRADE BRIEF\n\nFriday, 20 November 2026 · Tokyo edition\n\n"
        "Good morning. Ruritania has a deal.\n\nWritten by Jane Doe in Tokyo. Edited by "
        "John Roe.\n\nRuritania and Freedonia concluded their talks on Thursday.\n"
    )
    [doc] = read_bytes("brief.eml", _newsletter_email(plain=plain, html_part=None))
    text = article_text_from_document(doc)
    assert (text.published, text.author) == (date(2026, 11, 20), "Jane Doe")
    assert text.body.startswith("Good morning.")
    # the day it was sent, or before it, stays the date
    [doc] = read_bytes(
        "brief.eml",
        _newsletter_email(plain=plain.replace("20 November", "18 November"), html_part=None),
    )
    assert article_text_from_document(doc).published == date(2026, 11, 19)


def test_a_saved_email_whose_html_is_a_whole_document_reads_only_its_body():
    data = _newsletter_email(
        plain=None,
        html_part=(
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Example Brief</title>'
            "</head><body><!--[if mso]><table><![endif]-->"
            "<p>Talks resumed on Thursday.</p><p>They end on Friday.</p></body></html>"
        ),
    )
    [doc] = read_bytes("brief.eml", data)
    assert doc.text == "Talks resumed on Thursday.\n\nThey end on Friday."


@pytest.mark.parametrize(
    ("field", "author"),
    [
        ("By Emre Doğan, İstanbul", "Emre Doğan"),
        ("By Øyvind Bakke and Kari Nøstvold, Oslo", "Øyvind Bakke and Kari Nøstvold"),
        ("By Jane Doe", "Jane Doe"),
        ("Doe, Jane", "Doe, Jane"),
    ],
)
def test_an_author_field_written_as_a_byline(field, author):
    data = json.dumps({"title": "Deal signed", "byline": field, "body": "It was signed."})
    (document,) = read_bytes("a.json", data.encode())
    assert document.author == author


def test_a_kicker_in_the_pages_headline_is_not_the_title():
    page = _page_with(
        '<h1><span class="kicker">Trade deals</span> Four members bring the upgrade into'
        " force</h1>",
        "Four members bring the upgrade into force",
    )
    [doc] = read_bytes("page.html", page)
    assert doc.title == "Four members bring the upgrade into force"


def test_a_pages_authors_are_listed_as_its_byline_lists_them():
    page = (
        "<html><head><title>Vietnam asks EU to raise rice quota</title></head><body><article>"
        "<h1>Vietnam asks EU to raise rice quota</h1>"
        '<p class="byline">By Nguyễn Thị Hương, Trần Văn Minh and Lê Hoàng Nam</p>'
        "<p>Vietnam asked the European Union on Thursday to raise the duty-free quota for its"
        " rice, after exporters used up this year's allowance by the end of September.</p>"
        "<p>The request was made in Hanoi at a meeting of the trade committee, which is due"
        " to meet again in Brussels next year, officials said in a statement.</p>"
        "</article></body></html>"
    )
    [doc] = read_bytes("page.html", page.encode())
    assert doc.author == "Nguyễn Thị Hương, Trần Văn Minh and Lê Hoàng Nam"


@pytest.mark.parametrize(
    ("markup", "updated"),
    [
        (
            '<meta property="article:modified_time" content="2026-11-21T15:32:00+07:00">',
            date(2026, 11, 21),
        ),
        (
            '<script type="application/ld+json">{"dateModified": "2026-11-22T08:00:00Z"}</script>',
            date(2026, 11, 22),
        ),
        # the same day: an update when later than the publication's 09:10, as in every
        # format (stated_update); the same stamp, or an earlier one, is none
        (
            '<meta property="article:modified_time" content="2026-11-20T15:32:00+07:00">',
            date(2026, 11, 20),
        ),
        ('<meta property="article:modified_time" content="2026-11-20T09:10:00+07:00">', None),
        ('<meta property="article:modified_time" content="2026-11-20T08:00:00+07:00">', None),
        ('<meta property="article:modified_time" content="2026-11-20">', None),
        ('<meta property="article:modified_time" content="2026-11-19T22:00:00+07:00">', None),
        ('<meta property="article:modified_time" content="not a date">', None),
        # schema.org microdata on the visible stamp (round 37)
        (
            '<time itemprop="dateModified" datetime="2026-11-21T08:12:00-06:00">Nov. 21</time>',
            date(2026, 11, 21),
        ),
        (
            '<time class="stamp" itemprop="dateModified" datetime="2026-11-23">Nov. 23</time>',
            date(2026, 11, 23),
        ),
    ],
)
def test_a_pages_modified_date_is_its_update(markup, updated):
    page = (
        "<html><head><title>Vietnam asks EU to raise rice quota</title><meta property="
        f'"article:published_time" content="2026-11-20T09:10:00+07:00">{markup}</head><body>'
        "<article><h1>Vietnam asks EU to raise rice quota</h1><p>Vietnam asked the European"
        " Union on Thursday to raise the duty-free quota for its rice, after exporters used up"
        " the allowance.</p><p>The request was made in Hanoi at a meeting of the trade"
        " committee, which meets again in Brussels next year, officials said.</p></article>"
        "</body></html>"
    )
    [doc] = read_bytes("page.html", page.encode())
    assert (doc.published, doc.updated) == (date(2026, 11, 20), updated)


# --- round 22: metadata and formats on unseen files -------------------------------------

_ROUND22_BODY = (
    "The two sides signed the trade deal in Brussels on Monday after years of talks, officials"
    " said in a statement. The agreement will take effect next year once both parliaments"
    " have approved it."
)


def test_front_matter_names_the_outlet_as_publication():
    text = f"---\ntitle: Deal signed\npublication: The Example Ledger\n---\n\n{_ROUND22_BODY}\n"
    [doc] = read_bytes("note.md", text.encode())
    assert doc.outlet == "The Example Ledger"


def test_an_email_from_a_writer_for_a_publication_names_both():
    data = (
        "From: Jane Doe from The Example Letter <exampleletter@letters.example>\n"
        "Subject: Deal signed\nDate: Wed, 18 Nov 2026 10:02:11 +0000\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        "View this post on the web at https://exampleletter.example/p/deal\n\n"
        f"{_ROUND22_BODY}\n"
    ).encode()
    [doc] = read_bytes("post.eml", data)
    assert (doc.author, doc.outlet) == ("Jane Doe", "The Example Letter")
    assert doc.text == _ROUND22_BODY
    plain = data.replace(b"Jane Doe from The Example Letter", b"The Example Letter")
    [doc] = read_bytes("post.eml", plain)
    assert (doc.author, doc.outlet) == (None, "The Example Letter")


def test_a_page_whose_site_name_is_its_address_takes_the_brand_from_its_title():
    page = (
        "<html><head><title>Deal signed in Brussels | Business | The Example Post</title>"
        '<meta property="og:site_name" content="ExamplePost.cl"/></head><body><article>'
        f"<h1>Deal signed in Brussels</h1><p>{_ROUND22_BODY}</p><p>{_ROUND22_BODY}</p>"
        "</article></body></html>"
    )
    [doc] = read_bytes("page.html", page.encode())
    assert doc.outlet == "The Example Post"
    other = page.replace("The Example Post", "Another Paper")
    [doc] = read_bytes("page.html", other.encode())
    assert doc.outlet == "ExamplePost.cl"


def test_html_page_dated_tomorrow_keeps_its_date(tmp_path):
    # a page published today east of UTC may be dated tomorrow on a machine in UTC, and a
    # corpus page may be dated after the machine's clock; htmldate alone read such a date
    # as the 1st of the month its byline names
    tomorrow = date.today() + timedelta(days=1)
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Talks resume</title>"
        f'<meta property="article:published_time" content="{tomorrow.isoformat()}T12:15:00+01:00">'
        "</head><body><article><h1>Talks resume</h1>"
        f"<p class='byline'>By Ana Reyes · {tomorrow:%d %B %Y}</p>"
        "<p>Negotiators resumed talks on a free trade agreement in Wellington on Monday, "
        "officials said, with farm access still the main open issue.</p>"
        "<p>The round will run until Friday, and ministers will meet in the new year.</p>"
        "</article></body></html>"
    )
    [doc] = read_path(page)
    assert doc.published == tomorrow


# --- round 26: TOML front matter, news-API titles --------------------------------------

_ROUND26_BODY = (
    "Negotiators from both sides met in Brussels on Monday and agreed the text of the"
    " customs chapter, officials said."
)


def test_toml_front_matter_gives_the_metadata():
    text = (
        '+++\ntitle = "Deal signed"\ndate = 2026-11-17T09:30:00+11:00\n'
        'authors = ["Jane Doe", "John Roe"]\ntags = ["trade"]\n\n'
        f'[params]\n  publication = "The Example Wire"\n+++\n\n{_ROUND26_BODY}\n'
    )
    [doc] = read_bytes("post.md", text.encode())
    assert (doc.title, doc.published, doc.author, doc.outlet) == (
        "Deal signed",
        date(2026, 11, 17),
        "Jane Doe, John Roe",
        "The Example Wire",
    )
    assert doc.text == _ROUND26_BODY


def test_malformed_toml_front_matter_is_reported():
    with pytest.raises(InputError, match="malformed TOML front matter"):
        read_bytes("post.md", f'+++\ntitle = "Deal\n+++\n\n{_ROUND26_BODY}\n'.encode())


def test_a_news_api_title_loses_its_source_name_and_content_its_cut_off_mark():
    item = {
        "source": {"id": None, "name": "Example Daily"},
        "title": "Deal signed - Example Daily",
        "publishedAt": "2026-11-20T14:05:00Z",
        "content": f"{_ROUND26_BODY} The next round … [+2431 chars]",
    }
    [doc] = read_bytes("news.json", json.dumps({"status": "ok", "articles": [item]}).encode())
    assert (doc.title, doc.outlet) == ("Deal signed", "Example Daily")
    assert doc.text == f"{_ROUND26_BODY} The next round"


# Round 30: the subjects a source states (tags, categories, keywords) reach the tagger.
_ROUND30_BODY = "Ruritania and Freedonia signed the agreement in Utopolis on Monday, officials say."


def test_front_matter_tags_categories_and_keywords_are_the_documents_tags():
    yaml_text = (
        "---\ntitle: Deal signed\ntags:\n  - rules of origin\n  - Ruritania\n"
        f"categories: [Trade agreements]\nkeywords: e-commerce, patents\n---\n\n{_ROUND30_BODY}\n"
    )
    [doc] = read_bytes("post.md", yaml_text.encode())
    assert doc.tags == ("rules of origin", "Ruritania", "Trade agreements", "e-commerce", "patents")
    toml_text = f'+++\ntitle = "Deal signed"\nkeywords = ["beef", "beef"]\n+++\n\n{_ROUND30_BODY}\n'
    [doc] = read_bytes("post.md", toml_text.encode())
    assert doc.tags == ("beef",)


def test_json_keywords_and_category_are_tags_but_a_cms_ids_are_not():
    item = {"title": "Deal", "body": _ROUND30_BODY, "keywords": "patents, fishery"}
    item |= {"category": "Tariffs", "categories": [12, 40], "tags": [{"name": "wine"}]}
    [doc] = read_bytes("a.json", json.dumps(item).encode())
    assert doc.tags == ("wine", "Tariffs", "patents", "fishery")


def test_feed_categories_and_page_keywords_are_tags():
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>The Example Times</title>'
        "<item><title>Deal signed</title><category>Trade</category><category>Dairy</category>"
        f"<description>{_ROUND30_BODY}</description></item></channel></rss>"
    )
    [doc] = read_bytes("feed.xml", feed.encode())
    assert doc.tags == ("Trade", "Dairy")
    page = (
        '<!DOCTYPE html><html><head><title>Deal signed</title><meta name="keywords" '
        'content="Ruritania, geographical indications"><meta property="article:tag" '
        'content="Government procurement"></head><body><article><h1>Deal signed</h1>'
        f"<p>{_ROUND30_BODY} {_ROUND30_BODY}</p></article></body></html>"
    )
    [doc] = read_bytes("page.html", page.encode())
    assert {"geographical indications", "Government procurement"} <= set(doc.tags)
    assert article_text_from_document(doc).tags == doc.tags


@pytest.mark.parametrize(
    ("title", "link", "outlet"),
    [
        ("The Example Times - Economy", None, "The Example Times"),
        ("Trade & Markets | The Example Post", "https://feeds.example.org/rss", "The Example Post"),
        ("The Example Times: Economy News", None, "The Example Times"),
        ("The Example Times – Business – Trade", "https://cdn.example.net/f", "The Example Times"),
        # two names (or none) that are no section: the whole title
        ("Example Desk - Ruritania Daily", None, "Example Desk - Ruritania Daily"),
        ("World - Economy", None, "World - Economy"),
    ],
)
def test_feed_title_without_an_address_that_spells_it_drops_the_section(title, link, outlet):
    assert outlet_from_feed_title(title, link) == outlet


# --- round 34: metadata in page markup, headless CMS exports, aggregators' feeds --------

_ROUND34_BODY = (
    "Ruritania and Freedonia agreed on Tuesday to raise the duty-free quota for smoked fish"
    " under their trade agreement, the ministry said. The quota will rise by 4,000 tonnes a"
    " year from January 1."
)


def _round34_page(head: str, header: str = "") -> bytes:
    return (
        f"<!DOCTYPE html><html><head>{head}</head><body><article>"
        f"<h1>Ruritania and Freedonia widen fish quota</h1>{header}"
        f"<p>{_ROUND34_BODY}</p><p>{_ROUND34_BODY}</p></article></body></html>"
    ).encode()


def test_a_site_name_that_is_the_whole_page_title_gives_its_brand():
    # a JSON-LD @graph whose WebPage name ("Headline - Brand") is read as the site's name
    headline = "Ruritania and Freedonia widen fish quota"
    graph = json.dumps(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebPage", "name": f"{headline} - Example Review"},
                {"@type": "NewsArticle", "headline": headline},
            ],
        }
    )
    head = (
        f"<title>{headline} - Example Review</title>"
        f'<script type="application/ld+json">{graph}</script>'
    )
    [doc] = read_bytes("page.html", _round34_page(head))
    assert (doc.title, doc.outlet) == (headline, "Example Review")


def test_a_live_pages_byline_without_by_lists_its_authors_as_printed():
    head = (
        "<title>Fish talks live | Example Post</title>"
        '<meta name="author" content="Jane Doe, John Roe">'
        '<meta property="article:published_time" content="2026-11-18T07:30:00+01:00">'
    )
    header = (
        '<p class="standfirst">Follow the latest from the talks</p>'
        '<p class="byline">Jane Doe and John Roe</p><p><time>Wed 18 Nov 2026 07.30 GMT</time></p>'
        '<h2>Key events</h2><ul><li><a href="#b2">Quota agreed</a></li><li><a href="#b1">'
        "Talks open</a></li></ul><p><time>16.05 GMT</time></p>"
    )
    [doc] = read_bytes("page.html", _round34_page(head, header))
    assert doc.author == "Jane Doe and John Roe"


def test_a_json_api_export_reads_attributes_and_related_resources():
    data = {
        "data": [
            {
                "id": 41,
                "attributes": {
                    "title": "Fish quota widened",
                    "body": _ROUND34_BODY,
                    "publishedAt": "2026-11-18T11:20:00.000Z",
                    "updatedAt": "2026-11-19T06:45:12.207Z",
                    "author": {
                        "data": {"id": 7, "attributes": {"firstName": "Jane", "lastName": "Doe"}}
                    },
                    "publication": {"data": {"id": 1, "attributes": {"name": "Example Monitor"}}},
                    "category": {"data": {"id": 3, "attributes": {"name": "Fisheries"}}},
                },
            },
            {
                "id": 42,
                "attributes": {
                    "title": "Talks resume",
                    "body": _ROUND34_BODY,
                    "publishedAt": "2026-11-19T08:00:00.000Z",
                    "authors": {
                        "data": [
                            {"id": 1, "attributes": {"givenName": "Jane", "familyName": "Doe"}},
                            {"id": 2, "attributes": {"first_name": "John", "last_name": "Roe"}},
                        ]
                    },
                },
            },
        ],
        "meta": {"pagination": {"page": 1, "total": 2}},
    }
    first, second = read_bytes("export.json", json.dumps(data).encode())
    assert (first.title, first.author, first.outlet) == (
        "Fish quota widened",
        "Jane Doe",
        "Example Monitor",
    )
    assert (first.published, first.updated) == (date(2026, 11, 18), date(2026, 11, 19))
    assert first.tags == ("Fisheries",)
    assert second.author == "Jane Doe, John Roe"


def test_an_aggregator_item_that_only_links_to_the_story_is_read_as_its_headline():
    link = (
        '&lt;a href="https://news.example.com/a/1"&gt;'
        "Ruritania and Freedonia widen fish quota&lt;/a&gt;"
    )
    label = '&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Example Ledger&lt;/font&gt;'
    other = (
        '&lt;li&gt;&lt;a href="https://news.example.com/a/2"&gt;'
        "Freedonia fishers cheer&lt;/a&gt;&lt;/li&gt;"
    )
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>"fish" - Example News</title>'
        "<item><title>Ruritania and Freedonia widen fish quota - Example Ledger</title>"
        f"<description>{link}{label}</description>"
        '<source url="https://ledger.example.com">Example Ledger</source></item>'
        "<item><title>Ruritania and Freedonia widen fish quota - Example Ledger</title>"
        f"<description>&lt;ol&gt;&lt;li&gt;{link}{label}&lt;/li&gt;{other}&lt;/ol&gt;</description>"
        '<source url="https://ledger.example.com">Example Ledger</source></item>'
        "<item><title>Quota widened</title><description>&lt;p&gt;Ministers agreed to widen the"
        ' quota, &lt;a href="https://x.example/"&gt;the ministry said&lt;/a&gt;.&lt;/p&gt;'
        "</description></item></channel></rss>"
    )
    first, second, third = read_bytes("feed.xml", feed.encode())
    assert first.text == second.text == "Ruritania and Freedonia widen fish quota"
    assert article_text_from_document(second).body == "Ruritania and Freedonia widen fish quota"
    assert "Ministers agreed" in third.text


_ATOM_UPDATED_ONLY = (
    "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
    "<title>Example — notes on trade law</title><id>f</id>"
    "<updated>2026-11-19T08:30:00-05:00</updated>"
    "<author><name>Jane Doe</name></author>"
    "<entry><id>a</id><updated>2026-11-19T08:30:00-05:00</updated>"
    "<title>Ruritania takes the safeguard to the bloc</title>"
    "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p>It asked on Tuesday."
    " <q>We would rather settle this</q>, an adviser said.</p></div></content></entry>"
    "<entry><id>b</id><published>2026-11-10T10:00:00Z</published>"
    "<updated>2026-11-12T10:00:00Z</updated><author><name>John Roe</name></author>"
    "<title>Talks close</title><content type='html'>&lt;p&gt;Talks closed.&lt;/p&gt;</content>"
    "</entry></feed>"
)


def test_an_atom_entry_with_only_its_update_has_no_publication_date_and_its_feeds_author():
    first, second = read_bytes("feed.atom", _ATOM_UPDATED_ONLY.encode())
    assert (first.published, first.updated) == (None, date(2026, 11, 19))
    assert first.author == "Jane Doe"  # inherited from the feed (RFC 4287, 4.2.1)
    assert (second.published, second.updated, second.author) == (
        date(2026, 11, 10),
        date(2026, 11, 12),
        "John Roe",
    )


@pytest.mark.parametrize(
    "feed",
    [
        "<?xml version='1.0'?><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'"
        " xmlns='http://purl.org/rss/1.0/' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
        "<channel rdf:about='x'><title>Example Trade News</title><link>https://x.example/</link>"
        "</channel><item rdf:about='a'><title>Talks end</title><description>Talks ended."
        "</description><dc:date>2026-11-17T10:00:00+09:00</dc:date></item></rdf:RDF>",
        "<?xml version='1.0'?><rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
        "<channel><title>Example Trade News</title><link>https://x.example/</link><item>"
        "<title>Talks end</title><description>Talks ended.</description>"
        "<dc:date>2026-11-17T10:00:00+09:00</dc:date></item></channel></rss>",
    ],
)
def test_an_rss_items_dc_date_is_its_publication(feed):
    [item] = read_bytes("feed.rss", feed.encode())
    assert (item.published, item.updated) == (date(2026, 11, 17), None)


def test_an_html_q_element_keeps_its_quotation_marks():
    [entry, _] = read_bytes("feed.atom", _ATOM_UPDATED_ONLY.encode())
    assert "“We would rather settle this”, an adviser said." in entry.text


def test_an_rss_channels_managing_editor_is_no_items_author():
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Example Trade News</title>"
        "<link>https://trade.example.com/</link><managingEditor>desk@example.com (Jane Doe)"
        "</managingEditor><item><title>Talks close</title><description>Talks closed."
        "</description><pubDate>Tue, 17 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>"
    )
    [item] = read_bytes("feed.rss", feed.encode())
    assert item.author is None


_ROUND37_PARAGRAPHS = (
    "<p>MONTERREY — Ruritanian and Freedonian negotiators ended a fourth round of talks on a"
    " trade agreement on Tuesday with most of the auto chapter settled, officials said.</p>"
    "<p>Ruritania wants a regional value content of 55 per cent for cars, while Freedonia has"
    " offered 40 per cent across the board, the ministry said after the round ended.</p>"
)


def test_a_page_with_no_site_name_takes_its_outlet_from_its_copyright_line():
    page = (
        "<html><head><title>Print - Example Post</title></head><body>"
        "<div class='tools'><a href='#'>Print this page</a></div>"
        "<h1>Ruritania and Freedonia near deal on origin rules for auto parts</h1>"
        "<p class='byline'>By Jane Doe</p>"
        "<p><time datetime='2026-11-18T14:30:00-06:00'>November 18, 2026</time></p>"
        f"<div class='story'>{_ROUND37_PARAGRAPHS}</div>"
        "<p>Copyright © 2026 The Example Post. All rights reserved.</p></body></html>"
    )
    [doc] = read_bytes("print.html", page.encode())
    article = article_text_from_document(doc)
    assert article.outlet == "The Example Post"
    assert "Copyright" not in article.body
    assert article.published == date(2026, 11, 18)


def test_a_site_name_that_is_an_address_with_a_long_top_level_domain_gives_the_brand():
    page = (
        "<html><head><title>Ruritania opens talks on lentil quotas | Agriculture | Example"
        " Ledger</title><link rel='canonical' href='https://exampleledger.example/a/1'>"
        "<meta property='og:site_name' content='exampleledger.example'></head><body>"
        "<article><h1>Ruritania opens talks on lentil quotas</h1>"
        f"{_ROUND37_PARAGRAPHS}</article></body></html>"
    )
    [doc] = read_bytes("page.html", page.encode())
    assert doc.outlet == "Example Ledger"


def test_a_wordpress_posts_embedded_terms_are_its_tags():
    post = {
        "id": 7,
        "date": "2026-11-18T09:00:00",
        "title": {"rendered": "Talks resume"},
        "content": {"rendered": "<p>Talks resumed on Tuesday.</p>"},
        "categories": [5],
        "tags": [881, 9120],
        "_embedded": {
            "author": [{"id": 37, "name": "Jane Doe"}],
            "wp:term": [
                [{"id": 5, "name": "Economy", "taxonomy": "category"}],
                [
                    {"id": 881, "name": "Rules of origin", "taxonomy": "post_tag"},
                    {"id": 9120, "name": "Mercosur", "taxonomy": "post_tag"},
                ],
            ],
        },
    }
    [doc] = read_bytes("post.json", json.dumps(post).encode())
    assert doc.tags == ("Economy", "Rules of origin", "Mercosur")
    assert doc.author == "Jane Doe"
    # without "?_embed" the ids say nothing
    del post["_embedded"]["wp:term"]
    [doc] = read_bytes("post.json", json.dumps(post).encode())
    assert doc.tags == ()


@pytest.mark.parametrize(
    ("published", "updated", "expected"),
    [
        ("2026-11-16T14:10:00+07:00", "2026-11-16T19:45:00+07:00", date(2026, 11, 16)),
        ("2026-11-16T14:10:00+07:00", "2026-11-16T14:10:00+07:00", None),
        ("2026-11-16T14:10:00+07:00", "2026-11-16T09:00:00+07:00", None),
        ("2026-11-16", "2026-11-16", None),
        ("2026-11-16T14:10:00", "2026-11-16T19:45:00+07:00", None),  # no zone to compare
        ("2026-11-16T14:10:00+07:00", "2026-11-18T08:00:00+07:00", date(2026, 11, 18)),
        ("2026-11-16T14:10:00+07:00", "2026-11-15T08:00:00+07:00", None),
        ("Mon, 16 Nov 2026 07:10:00 GMT", "Mon, 16 Nov 2026 12:45:00 GMT", date(2026, 11, 16)),
        (1_763_276_400, 1_763_276_400, None),
    ],
)
def test_one_rule_for_a_stated_update_in_json_and_feeds(published, updated, expected):
    """A later day, or the same day at a later time, is an update; the same stamp (as many
    systems write when a story is first saved), an earlier one or a day with no time is not."""
    item = {"title": "Talks resume", "body": "Talks resumed on Monday.", "published": published}
    item["updated"] = updated
    [doc] = read_bytes("item.json", json.dumps(item).encode())
    assert doc.updated == expected
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Example Trade</title><entry><title>Talks resume</title>"
        f"<published>{published}</published><updated>{updated}</updated>"
        "<content>Talks resumed on Monday.</content></entry></feed>"
    )
    if isinstance(published, str) and published[:1].isdigit():
        [entry] = read_bytes("feed.atom", feed.encode())
        assert entry.updated == expected


# --- round 42: a yearless dateline's year, page furniture ------------------------------

_UNDATED_ITEM_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Trade Digest</title>
<link>https://digest.example.com</link>
<lastBuildDate>Wed, 18 Nov 2026 10:42:11 +0000</lastBuildDate>
<item><title>Ruritania asks for a wider wine quota</title>
<link>https://digest.example.com/wine-quota/</link>
<description>SKOPJE, Nov 12 (ETD) - Ruritania has asked for a wider wine quota, the
ministry said on Thursday.</description></item>
<item><title>An old item</title><link>https://digest.example.com/old/</link>
<description>SKOPJE, Sept 2 (ETD) - Ruritania opened a consultation on Wednesday.</description>
</item></channel></rss>"""


def test_an_undated_feed_item_takes_its_datelines_year_from_the_channels_date():
    fresh, old = read_bytes("digest.xml", _UNDATED_ITEM_FEED.encode())
    assert fresh.published is None
    assert fresh.filed_by == date(2026, 11, 18)
    assert article_text_from_document(fresh).published == date(2026, 11, 12)
    # more than a month before the channel's date: the year is not taken
    assert article_text_from_document(old).published is None


def test_a_clippings_created_date_bounds_the_day_its_yearless_dateline_names():
    text = (
        '---\ntitle: "Deal clears"\nauthor:\n  - "[[Jane Doe]]"\n  - "[[Example Wire]]"\n'
        'published:\ncreated: "2026-11-16"\n---\n'
        "WELLINGTON, Nov 11 (Example Wire) - The first shipments cleared customs on Tuesday."
    )
    doc = document_from_text("clip.md", text)
    assert doc.filed_by == date(2026, 11, 16)
    article = article_text_from_document(doc)
    assert article.published == date(2026, 11, 11)
    assert article.author == "Jane Doe"  # the outlet listed among the authors goes
    # with no dateline the day it was clipped is no publication date: it stays empty (the
    # publication date is never invented), unless the text states one
    plain = document_from_text("clip.md", text.replace("WELLINGTON, Nov 11 (Example Wire) - ", ""))
    assert plain.filed_by == date(2026, 11, 16)
    undated = article_text_from_document(plain)
    assert (undated.published, undated.published_how) == (None, PublishedHow.UNKNOWN)
    dated = document_from_text(
        "clip.md",
        text.replace("WELLINGTON, Nov 11 (Example Wire) - ", "Published: 12 November 2026\n\n"),
    )
    assert article_text_from_document(dated).published == date(2026, 11, 12)


def test_a_yearless_dateline_takes_its_year_from_the_pages_address():
    body = "COLOMBO, Nov 20 (Example) - Talks began on Friday, officials said."
    doc = RawDocument(
        origin="x.html",
        text=body,
        has_metadata=True,
        title="Talks begin",
        url="https://example.lk/business/2026/11/20/talks-begin/",
    )
    assert article_text_from_document(doc).published == date(2026, 11, 20)
    month_only = RawDocument(
        origin="x.html",
        text=body,
        has_metadata=True,
        title="Talks begin",
        url="https://example.lk/2026/11/talks-begin/",
    )
    assert article_text_from_document(month_only).published == date(2026, 11, 20)
    # an address filed under another day says nothing about this dateline
    other = RawDocument(
        origin="x.html",
        text=body,
        has_metadata=True,
        title="Talks begin",
        url="https://example.lk/2026/10/02/talks-begin/",
    )
    assert article_text_from_document(other).published is None


_DRUPAL_PAGE = """<!DOCTYPE html><html><head><title>Dairy exporters look to Ruritania</title>
<meta property="og:site_name" content="Example Agri News">
<meta property="article:published_time" content="2026-11-16T09:00:00Z"></head><body>
<article><h1>Dairy exporters look to Ruritania</h1>
<div class="field field--name-field-author"><div class="field__label">Author</div>
<div class="field__item">Jane Doe</div></div>
<div class="field"><div class="field__label">Last updated</div><div class="field__item">
<time datetime="2026-11-18T11:30:00Z">18 November 2026</time></div></div>
<div class="body"><p>Dairy makers are preparing for a larger share of the Ruritanian market
after its tariff on butter was cut to zero under the free trade agreement on Friday.</p>
<p>The tariff has been cut in steps since the agreement entered into force in August 2020,
the ministry said in a statement published on its website.</p></div></article></body></html>"""


def test_a_drupal_pages_author_label_and_last_updated_field():
    [doc] = read_bytes("page.html", _DRUPAL_PAGE.encode())
    assert doc.author == "Jane Doe"
    assert doc.updated == date(2026, 11, 18)


def test_a_pages_one_paragraph_text_takes_the_paragraphs_of_its_json_ld_article_body():
    story = (
        "SANTIAGO - Officials held the first meeting of the joint committee of their "
        "agreement in Santiago on Thursday, reviewing the first year.\n\n"
        "The agreement entered into force in October 2025 and removed duties on most goods."
    )
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "Organization", "name": "Example Daily"},
                {
                    "@type": "NewsArticle",
                    "headline": "Joint committee meets",
                    "datePublished": "2026-11-19T21:14:00Z",
                    "articleBody": story,
                },
            ],
        }
    )
    page = (
        "<!DOCTYPE html><html><head><title>Joint committee meets | Example Daily</title>"
        f'<script type="application/ld+json">{ld}</script></head><body><div id="app">'
        "<h1>Joint committee meets</h1><p>Loading…</p></div></body></html>"
    )
    [doc] = read_bytes("page.html", page.encode())
    assert doc.text.split("\n\n")[-1].startswith("The agreement entered into force")


def test_an_atom_entry_updated_but_not_dated_bounds_its_yearless_dateline():
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Example Desk</title><updated>2026-11-30T10:00:00Z</updated>"
        "<entry><title>Talks resume</title><link href='https://desk.example.com/a'/>"
        "<id>a</id><updated>2026-11-13T08:00:00Z</updated>"
        "<content type='text'>GENEVA, Nov 12 (Example Desk) - Talks resumed on Thursday."
        "</content></entry></feed>"
    )
    [entry] = read_bytes("desk.atom", feed.encode())
    assert entry.filed_by == date(2026, 11, 13)
    assert article_text_from_document(entry).published == date(2026, 11, 12)


def test_a_clipping_with_no_date_of_its_own_takes_its_sources_dated_address():
    text = (
        '---\ntitle: "Deal clears"\nsource: "https://example.com/2026/11/09/deal-clears/"\n'
        'published:\ncreated: "2026-11-16"\n---\nThe first shipments cleared customs on Monday.'
    )
    assert article_text_from_document(document_from_text("clip.md", text)).published == date(
        2026, 11, 9
    )
    # an address dated after the clip is no date of the story's, nor is the clip's day
    later = text.replace("2026/11/09", "2026/11/20")
    assert article_text_from_document(document_from_text("clip.md", later)).published is None


_STANDFIRST_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Port deal nears | Example Post</title>
<meta property="og:site_name" content="Example Post"></head><body><article>
<h1>Port deal nears as negotiators meet in Jakarta</h1>
<ul class="standfirst"><li>Ministers hope to sign the agreement next year</li>
<li>Shipping firms stand to gain most from cumulation of origin, trade body says</li></ul>
<div class="article-body">
<p>Negotiators from the two countries met in Jakarta on Thursday to close the last chapters
of a port services agreement that officials have discussed for three years.</p>
<p>Shipping firms said the rules on cumulation would decide how much they gain from it.</p>
</div></article></body></html>"""


def test_a_pages_standfirst_points_the_body_leaves_out_are_its_standfirst(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(_STANDFIRST_PAGE)
    [doc] = read_path(path)
    points = (doc.standfirst or "").split("\n")
    assert "Ministers hope to sign the agreement next year" in points
    # a point the body holds (trafilatura keeps some) is left out
    assert all(point not in doc.text for point in points)
    assert article_text_from_document(doc).standfirst == doc.standfirst


def test_a_json_items_description_beside_its_body_is_its_standfirst(tmp_path):
    path = tmp_path / "items.jsonl"
    items = [
        {"title": "Quotas rise", "description": "Larger quotas under the DCFTA.", "body": "A."},
        # a description the body repeats is no standfirst
        {"title": "Quotas rise", "description": "The quotas rise.", "body": "The quotas rise."},
    ]
    path.write_text("\n".join(json.dumps(item) for item in items))
    first, second = read_path(path)
    assert first.standfirst == "Larger quotas under the DCFTA."
    assert second.standfirst is None


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated: 10:05pm, 21 Nov 2025",
        # the label a page may use instead, after the publication on the same line
        "Last modified Nov. 21, 2025 10:05 p.m. AST",
        "Revised: 10:05pm, 21 Nov 2025",
    ],
)
def test_a_pages_visible_updated_stamp_is_its_update_when_its_markup_states_none(tmp_path, stamp):
    page = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Port deal nears | Example Post</title>
<meta property="og:site_name" content="Example Post"></head><body><article>
<div class="article-header"><h1>Port deal nears as negotiators meet in Jakarta</h1>
<div class="byline"><a href="/author/jane-roe">Jane Roe</a> <span>in Jakarta</span></div>
<div class="dates"><span>Published: 8:30pm, 20 Nov 2025</span>
<span>STAMP</span></div>
<p class="trust"><a href="/trust">Why you can trust Example Post</a></p></div>
<div class="article-body">
<p>Negotiators from the two countries met in Jakarta on Thursday to close the last chapters
of a port services agreement that officials have discussed for three years.</p>
<p>Shipping firms said the rules on cumulation would decide how much they gain from it.</p>
<p>Officials said the customs chapter of the agreement was closed at the round,
and that the text would go to lawyers for review before the ministers sign it.</p>
<p>Officials said the services chapter of the agreement was closed at the round,
and that the text would go to lawyers for review before the ministers sign it.</p>
<p>Officials said the investment chapter of the agreement was closed at the round,
and that the text would go to lawyers for review before the ministers sign it.</p>
<p>Officials said the dispute chapter of the agreement was closed at the round,
and that the text would go to lawyers for review before the ministers sign it.</p>
</div></article></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page.replace("STAMP", stamp))
    [doc] = read_path(path)
    text = article_text_from_document(doc)
    assert (text.published, text.updated) == (date(2025, 11, 20), date(2025, 11, 21))


@pytest.mark.parametrize("stamp", ["Revised 21.11.2025", "Updated: 21 November 2025"])
def test_a_pages_update_stamp_alone_is_no_publication_date(tmp_path, stamp):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Ruritania and Freedonia settle quota rules</title></head><body>"
        f"<h1>Ruritania and Freedonia settle quota rules</h1><p class='meta'>{stamp}</p>"
        "<p>Ruritania and Freedonia on Tuesday settled the rules for sharing out the quota,"
        " officials said.</p><p>The two sides signed a framework in February.</p></body></html>"
    )
    [doc] = read_path(path)
    text = article_text_from_document(doc)
    assert (text.published, text.updated) == (None, date(2025, 11, 21))


@pytest.mark.parametrize("stamp", ["Revised 24.11.2025", "Updated: 24 November 2025"])
def test_a_pages_footer_update_stamp_is_never_its_publication_date(tmp_path, stamp):
    path = tmp_path / "page.html"
    page = (
        "<html><head><title>Ruritania and Freedonia settle quota rules</title></head><body>"
        "<article><h1>Ruritania and Freedonia settle quota rules</h1>"
        "<p>STRELSAU, 20 November 2025 - Ruritania and Freedonia on Thursday settled the rules"
        " for sharing out the quota, officials said.</p>"
        "<p>The two sides signed a framework in February.</p></article>"
        f"<footer><p>{stamp}</p><p>© 2025 The Example Post</p></footer></body></html>"
    )
    path.write_text(page)
    [doc] = read_path(path)
    text = article_text_from_document(doc)
    assert (text.published, text.updated) == (date(2025, 11, 20), date(2025, 11, 24))
    # with no other date, the footer's stamp is the update alone
    path.write_text(page.replace("STRELSAU, 20 November 2025 - ", ""))
    [doc] = read_path(path)
    text = article_text_from_document(doc)
    assert (text.published, text.updated) == (None, date(2025, 11, 24))


def test_a_markdown_clippings_bold_name_on_its_date_line_is_the_outlet_not_a_byline(tmp_path):
    path = tmp_path / "clipping.md"
    path.write_text(
        "# Farmers on what the Ruritania deal changes\n\n"
        "**Example Tide** | Saturday 21 November 2026, 7:10am\n\n"
        "The free trade agreement between Ruritania and Borduria has passed its final stage."
    )
    [doc] = read_path(path)
    article = article_text_from_document(doc)
    assert (article.outlet, article.author) == ("Example Tide", None)
    assert article.published == date(2026, 11, 21)
    # a line with a byline is left to the text's rules
    path.write_text(
        "# Farmers on what the Ruritania deal changes\n\n"
        "**Example Tide** | By Jane Doe | 21 November 2026\n\n"
        "The free trade agreement between Ruritania and Borduria has passed its final stage."
    )
    [doc] = read_path(path)
    assert doc.outlet is None


# Round 53: an API response wrapping its one article object under a key.
def test_a_news_api_response_wrapping_one_article_object_is_that_article():
    item = {"title": "Deal signed", "source": "Example Daily", "content": _ROUND26_BODY}
    data = json.dumps({"status": "ok", "article": item}).encode()
    [doc] = read_bytes("news.json", data)
    assert (doc.title, doc.outlet, doc.text) == ("Deal signed", "Example Daily", _ROUND26_BODY)


def test_a_page_author_running_into_its_byline_boxs_role_and_date_is_the_by_lines_name():
    page = (
        "<html><body><div class='content'><h1>Hill farmers urge review of the Ruritanian lamb"
        " quota</h1><div class='author-box'><span class='name'>By Jane Doe</span>"
        "<span class='role'>Farming Editor</span><span class='when'>Wednesday 18 November"
        " 2026, 6:00 am</span></div><div class='text'><p>Sheep farmers have asked the"
        " government to review the tariff-free quota for Ruritanian lamb before it rises"
        " again in January.</p><p>The quota grows every year under the free trade agreement"
        " between the two countries, officials said.</p></div></div></body></html>"
    )
    [doc] = read_bytes("page.html", page.encode())
    article = article_text_from_document(doc)
    assert (article.author, article.published) == ("Jane Doe", date(2026, 11, 18))


_LIVE_PAGE = """<html><head><title>Fish talks live | Example Ledger</title></head><body><main>
<article><p class="badge">LIVE</p><h1>Fish talks live: negotiators work late in Strelsau</h1>
<div class="entry"><p><strong>16:05 GMT</strong> — The two chief negotiators have left the
ministry without a statement, and a joint statement is now expected on Wednesday.</p></div>
<div class="entry"><p><strong>13:20 GMT</strong> — In Zenda, the fish processors have written
to the minister asking for the quota to be kept at its level of last year.</p></div>
<div class="entry"><p><strong>09:42 GMT</strong> — Good morning. Negotiators from Ruritania and
Freedonia are into the last session of the ninth round of talks here in Strelsau.</p></div>
</article></main></body></html>"""


def test_a_live_pages_lines_keep_the_pages_order():
    body = (
        "16:05 GMT — The two chief negotiators have left the ministry without a statement,"
        " and a joint statement is now expected on Wednesday.\nLIVE\n"
        "Fish talks live: negotiators work late in Strelsau\n"
        "13:20 GMT — In Zenda, the fish processors have written to the minister asking for"
        " the quota to be kept at its level of last year."
    )
    assert _in_page_order(_LIVE_PAGE, body).split("\n")[:3] == [
        "LIVE",
        "Fish talks live: negotiators work late in Strelsau",
        body.split("\n")[0],
    ]
    # a body in the page's order, or with a line the page does not hold, stays as it is
    ordered = "\n".join(body.split("\n")[1:])
    assert _in_page_order(_LIVE_PAGE, ordered) == ordered
    assert _in_page_order(_LIVE_PAGE, body + "\nA line of no element.") == (
        body + "\nA line of no element."
    )
