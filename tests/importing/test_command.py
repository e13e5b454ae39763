"""The import_articles command: formats, options, bad input, idempotence, dry runs."""

import json
from datetime import date
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.models import Actor, Article, Event, Negotiation, Quote
from articles.services import articles_reextract
from tests.conftest import SEED_DIR

pytestmark = pytest.mark.django_db

STORY = (
    "Canada and Mexico agreed on Monday to resume talks on autos.\n\n"
    "“We will meet again next week,” Justin Trudeau said.\n"
)


def run(*args: str, **options) -> tuple[str, str, int]:
    """Run import_articles; return stdout, stderr and the exit status."""
    from io import StringIO

    out, err = StringIO(), StringIO()
    try:
        call_command("import_articles", *args, stdout=out, stderr=err, **options)
        status = 0
    except CommandError as error:
        err.write(str(error))
        status = error.returncode
    return out.getvalue(), err.getvalue(), status


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_bad_inputs_are_named_with_a_reason_and_the_rest_goes_on(reference_data, tmp_path):
    write(tmp_path, "a_empty.txt", "")
    write(tmp_path, "b_binary.txt", b"\x00\x01\x02binary\x00")
    write(tmp_path, "c_big.txt", "word " * 1_100_000)
    write(tmp_path, "d_broken.json", '{"title": "x", "body": ')
    write(tmp_path, "e_broken.xml", "<rss><channel><item><title>x</title>")
    write(tmp_path, "f_good.txt", STORY)
    out, err, status = run(str(tmp_path), "http://127.0.0.1:9/feed.xml")
    assert status == 1
    for name, reason in [
        ("a_empty.txt", "empty"),
        ("b_binary.txt", "binary"),
        ("c_big.txt", "5 MB"),
        ("d_broken.json", "JSON"),
        ("e_broken.xml", "failed"),
        ("http://127.0.0.1:9/feed.xml", "could not fetch"),
    ]:
        line = next((line for line in err.splitlines() if line.startswith(name)), "")
        assert reason in line, (name, err)
    assert "1 created" in out
    assert "6 failed" in out
    assert Article.objects.get().origin == "f_good.txt"


def test_dry_run_writes_nothing(reference_data):
    out, _, status = run(str(SEED_DIR), dry_run=True)
    assert status == 0
    assert "Dry run" in out
    assert "3 created" in out
    assert Article.objects.count() == 0
    assert Event.objects.count() == 0
    assert not Actor.objects.proposed().exists()


def test_published_outlet_and_negotiation_options(reference_data, tmp_path):
    path = write(tmp_path, "story.txt", STORY)
    talks = Negotiation.objects.get(slug="us-japan-trade-talks")
    run(str(path), published="2018-10-01", outlet="Reuters", negotiation=talks.slug)
    article = Article.objects.get()
    assert (article.published, article.published_how) == (date(2018, 10, 1), "manual")
    assert article.outlet.name == "Reuters"
    assert Event.objects.exists()
    assert all(talks in event.negotiations.all() for event in Event.objects.all())


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("published", "2018-13-01", "--published"),
        ("negotiation", "no-such-talks", "--negotiation"),
    ],
)
def test_bad_options_are_named(reference_data, tmp_path, option, value, message):
    path = write(tmp_path, "story.txt", STORY)
    with pytest.raises(CommandError, match=message):
        call_command("import_articles", str(path), **{option: value})


def test_an_edited_file_updates_its_article_without_duplicates(reference_data, tmp_path):
    path = write(tmp_path, "story.txt", STORY)
    run(str(path), published="2018-10-01")
    events_before = Event.objects.count()
    write(tmp_path, "story.txt", STORY.replace("autos", "cars and auto parts"))
    out, _, _ = run(str(path), published="2018-10-01")
    assert "1 updated" in out
    assert Article.objects.count() == 1
    assert "auto parts" in Article.objects.get().body
    assert Event.objects.count() == events_before
    assert Quote.objects.count() == 1


def test_the_same_text_under_another_name_is_not_stored_twice(reference_data, tmp_path):
    run(str(write(tmp_path, "one.txt", STORY)))
    out, _, _ = run(str(write(tmp_path, "two.txt", STORY)))
    assert "1 unchanged" in out
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        ("bom_crlf.txt", ("\ufeff" + STORY.replace("\n", "\r\n")).encode("utf-8")),
        ("windows.txt", STORY.replace("“", '"').replace("”", '"').encode("cp1252") + b"\x93\x94"),
    ],
)
def test_encodings_and_line_ends(reference_data, tmp_path, name, payload):
    _, err, status = run(str(write(tmp_path, name, payload)))
    assert status == 0, err
    body = Article.objects.get().body
    assert "\r" not in body
    assert not body.startswith("\ufeff")
    assert "Trudeau" in body


def test_json_lines_and_front_matter(reference_data, tmp_path):
    rows = [
        {
            "title": "Talks resume",
            "body": STORY,
            "url": "https://example.org/a",
            "published": "2018-10-02",
            "outlet": "Reuters",
            "author": "Jane Doe",
        },
        {
            "title": "More talks",
            "body": STORY.replace("Monday", "Tuesday"),
            "published": "2018-10-03",
            "outlet": "Bloomberg",
        },
    ]
    write(tmp_path, "feed.jsonl", "\n".join(json.dumps(row) for row in rows))
    write(
        tmp_path,
        "note.md",
        "---\ntitle: A note\ndate: 2018-10-04\nauthor: John Roe\nsource: NHK\n---\n"
        "# Heading\n\nJapan and the **United States** met on Thursday in Tokyo.\n",
    )
    _, err, status = run(str(tmp_path))
    assert status == 0, err
    titles = dict(Article.objects.values_list("title", "published"))
    assert titles == {
        "Talks resume": date(2018, 10, 2),
        "More talks": date(2018, 10, 3),
        "A note": date(2018, 10, 4),
    }
    note = Article.objects.get(title="A note")
    assert (note.author, note.outlet.name) == ("John Roe", "NHK")
    assert "**" not in note.body


def test_a_path_with_nothing_to_import_is_an_error(reference_data, tmp_path):
    with pytest.raises(CommandError, match="no importable files"):
        call_command("import_articles", str(tmp_path))


def test_an_article_with_only_an_update_line_dates_its_events_from_it_for_review(
    reference_data, tmp_path
):
    path = write(
        tmp_path,
        "updated.txt",
        "Canada and Mexico end talks on autos\n\nUpdated: Monday, 9 November 2026\n\n"
        "Canada and Mexico ended a round of talks on autos on Friday, officials said.\n",
    )
    out, _, status = run(str(path), verbosity=2)
    article = Article.objects.get()
    assert (article.published, article.published_how, article.updated) == (
        None,
        "unknown",
        date(2026, 11, 9),
    )
    assert list(Article.objects.needing_review()) == [article]
    event = Event.objects.get()
    assert (event.date, event.status) == (date(2026, 11, 6), Event.Status.PROPOSED)
    assert status == 0
    assert "counted from the update of 2026-11-09" in out
    # re-extraction keeps the same anchor
    articles_reextract(articles=Article.objects.all())
    assert list(Event.objects.values_list("date", flat=True)) == [date(2026, 11, 6)]


@pytest.mark.parametrize(
    ("stored_on", "stored_line", "inferred"),
    [
        # the same weekday's story a year before the update: no date inferred from it
        (date(2025, 11, 10), "Monday, 10 November 2025", None),
        # a story of the update's month: its date is inferred
        (date(2026, 11, 9), "Monday, 9 November 2026", date(2026, 11, 9)),
    ],
)
def test_a_date_inferred_for_an_article_with_an_update_line_is_at_most_a_month_before_it(
    reference_data, tmp_path, stored_on, stored_line, inferred
):
    body = "Canada and Mexico ended a round of talks on autos on Friday, officials said.\n"
    stored = write(tmp_path, "stored.txt", f"Talks end\n\n{stored_line}\n\n{body}")
    updated = write(
        tmp_path,
        "updated.txt",
        f"Canada and Mexico end talks on autos\n\nUpdated: Monday, 9 November 2026\n\n{body}",
    )
    run(str(stored), verbosity=0)
    run(str(updated), verbosity=0)
    article = Article.objects.get(origin="updated.txt")
    assert Article.objects.get(origin="stored.txt").published == stored_on
    assert article.published == inferred
    assert article.published_how == ("inferred" if inferred else "unknown")


def test_a_capital_as_a_venue_is_no_mention_of_the_article_but_an_actor_of_its_event(
    reference_data, tmp_path
):
    path = write(
        tmp_path,
        "venue.txt",
        "Canada and Vietnam meet on autos\n\nTuesday, 27 October 2026\n\n"
        "Trade ministers from Canada and Vietnam met in Kuala Lumpur on Monday.\n",
    )
    run(str(path), verbosity=0)
    article = Article.objects.get()
    mentioned = set(article.mentions.values_list("actor__slug", flat=True))
    assert {"canada", "vietnam"} <= mentioned
    assert "malaysia" not in mentioned
    event = Event.objects.get()
    assert "malaysia" in set(event.actors.values_list("slug", flat=True))


def test_a_country_a_curator_removed_from_an_article_stays_off_its_events_as_a_venue(
    reference_data, tmp_path
):
    path = write(
        tmp_path,
        "venue_removed.txt",
        "Canada and Vietnam meet on autos\n\nTuesday, 27 October 2026\n\n"
        "Trade ministers from Canada and Vietnam met in Kuala Lumpur on Monday.\n\n"
        "Malaysia's trade ministry said it had offered to host a later round.\n",
    )
    run(str(path), verbosity=0)
    article = Article.objects.get()
    assert "malaysia" in set(Event.objects.get().actors.values_list("slug", flat=True))
    # the curator's removal of the mention, as the admin's inline delete stores it
    article.mentions.filter(actor__slug="malaysia").update(removed=True)

    articles_reextract(articles=[article])

    assert article.mentions.get(actor__slug="malaysia").removed
    assert "malaysia" not in set(Event.objects.get().actors.values_list("slug", flat=True))


def test_an_outlet_name_longer_than_the_field_is_cut_once_and_found_again(reference_data, tmp_path):
    outlet = "The Very Long Name of a Trade Newsletter " * 8  # 336 characters
    for name, body in [("a.json", STORY), ("b.json", STORY.replace("Monday", "Tuesday"))]:
        write(tmp_path, name, json.dumps({"title": "Talks", "body": body, "outlet": outlet}))
    _out, err, status = run(str(tmp_path), verbosity=0)
    assert (status, err) == (0, "")
    (stored,) = {article.outlet for article in Article.objects.all()}
    assert stored.name == outlet.strip()[:200]
    _out, err, status = run(str(tmp_path / "a.json"), "--outlet", outlet, verbosity=0)
    assert (status, err) == (0, "")


def test_control_characters_and_broken_escapes_in_json_are_cleaned_not_fatal(
    reference_data, tmp_path
):
    # JSON escapes can carry what no text file can: NUL (refused by PostgreSQL) and lone
    # UTF-16 surrogates (not encodable as UTF-8)
    path = write(
        tmp_path,
        "odd.json",
        '{"title": "Talks\\u0000 resume \\ud800", "author": "Jo\\u0007 Roe",'
        ' "body": "Canada and Mexico agreed on Monday\\u0000 to resume talks \\udc00 on autos."}',
    )
    _out, err, status = run(str(path), verbosity=0)
    assert (status, err) == (0, "")
    article = Article.objects.get()
    assert (article.title, article.author) == ("Talks resume \ufffd", "Jo Roe")
    assert article.body == "Canada and Mexico agreed on Monday to resume talks \ufffd on autos."


def test_files_of_one_name_in_two_subfolders_are_two_articles(reference_data, tmp_path):
    """A static site's page bundles: "a/index.txt" and "b/index.txt" are two stories, and
    neither updates the other; a bad one is named by its path in the folder."""
    for folder, country in (("a", "Canada"), ("b", "Mexico")):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder, "index.txt", STORY.replace("Canada", country))
    (tmp_path / "c").mkdir()
    write(tmp_path / "c", "index.txt", "")
    out, err, status = run(str(tmp_path), verbosity=2)
    assert status == 1
    assert "c/index.txt: failed: file is empty" in err
    assert sorted(Article.objects.values_list("origin", flat=True)) == [
        "a/index.txt",
        "b/index.txt",
    ]
    # given one by one, the two files of one name are told apart by their folders too
    out, err, status = run(
        str(tmp_path / "a" / "index.txt"), str(tmp_path / "b" / "index.txt"), verbosity=2
    )
    assert (status, out.count(": unchanged"), Article.objects.count()) == (0, 2, 2)


TAGGED = (
    "---\ntitle: Canada and Mexico resume talks\ndate: 2026-11-02\n"
    "tags: [Agriculture, Example Desk]\n---\n\n" + STORY
)


def test_the_sources_tags_are_stored_and_still_count_when_the_article_is_reextracted(
    reference_data, tmp_path
):
    run(str(write(tmp_path, "tagged.md", TAGGED)), verbosity=0)
    article = Article.objects.get()
    assert article.tag_list() == ["Agriculture", "Example Desk"]
    # the body never names farming: the editor's tag alone makes it the article's topic
    topics = set(article.topic_links.values_list("topic__slug", flat=True))
    assert "agriculture" in topics
    articles_reextract(articles=[article])
    assert set(article.topic_links.values_list("topic__slug", flat=True)) == topics
    # an unchanged file is unchanged: its stored tags compare equal
    out, _, status = run(str(tmp_path / "tagged.md"))
    assert status == 0
    assert "1 unchanged" in out
