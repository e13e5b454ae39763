from datetime import date
from pathlib import Path

import pytest

from articles.extraction.metadata import (
    article_text_from_document,
    dates_in_date_line,
    parse_article_text,
    parse_full_date,
)
from articles.extraction.types import PublishedHow, RawDocument

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


# --- the seeds -------------------------------------------------------------------------


def test_seed_000_title_dates_and_twitter_line():
    article = parse_article_text(seed("000"))
    assert article.title == "US, Japan Agree to Start Negotiations on Bilateral Free-Trade Pact"
    assert article.published == date(2018, 9, 26)
    assert article.published_how == PublishedHow.STATED
    assert article.updated == date(2018, 9, 27)
    assert article.author is None
    assert "Follow Emel on Twitter: @mlakan" in article.removed
    assert "Twitter" not in article.body
    assert "Updated:" not in article.body
    assert article.body.startswith("President Donald Trump and Japanese Prime Minister")
    assert article.body.endswith("to avoid tariffs on cars.")


def test_seed_002_caption_date_source_outlet_and_boilerplate():
    article = parse_article_text(seed("002"))
    assert article.title is None
    assert article.outlet == "The Associated Press"
    assert article.published == date(2018, 9, 26)
    assert article.published_how == PublishedHow.CAPTION
    assert "AP Photo" not in article.body
    assert "takes a letter from North Korean leader" not in article.body
    assert "Sign up" not in article.body
    assert "By submitting this form" not in article.body
    assert "Source:" not in article.body
    assert article.body.startswith("The United States and Japan announced Wednesday")
    assert article.body.endswith("other trade and investment items.")
    assert any("(AP Photo/Evan Vucci)" in line for line in article.removed)


def test_seed_004_outlet_pti_and_no_date():
    article = parse_article_text(seed("004"))
    assert article.title is None
    assert article.outlet == "PTI"
    assert article.published is None
    assert article.published_how == PublishedHow.UNKNOWN
    assert article.removed == ["-PTI"]
    assert article.body.startswith("Japan agreed Wednesday to negotiate")
    assert article.body.endswith("did not prejudge the course of negotiations.")
    # Single-newline paragraphs come back joined by blank lines, text unchanged.
    assert len(article.body.split("\n\n")) == 21
    assert "\n" not in article.body.replace("\n\n", "")


def test_body_paragraph_text_is_unchanged():
    raw = seed("000")
    article = parse_article_text(raw)
    for paragraph in article.body.split("\n\n"):
        assert paragraph in raw


# --- made-up variants ------------------------------------------------------------------


def test_byline_with_outlet_dateline_and_crlf():
    raw = (
        "EU and Mercosur Seal Trade Deal After 20 Years\r\n\r\n"
        "By Ana Souza and John Roe, Reuters\r\n"
        "Published 28 June 2019\r\n\r\n"
        "BRUSSELS (Reuters) - The European Union and Mercosur agreed a deal on Friday.\r\n\r\n"
        "The deal still needs ratification.\r\n"
    )
    article = parse_article_text(raw)
    assert article.title == "EU and Mercosur Seal Trade Deal After 20 Years"
    assert article.author == "Ana Souza and John Roe"
    assert article.outlet == "Reuters"
    assert article.published == date(2019, 6, 28)
    assert article.body.startswith("BRUSSELS (Reuters) - The European Union")
    assert "\r" not in article.body


def test_pipe_byline_and_source_line_wins_over_photo_credit():
    raw = (
        "Canada rejoins NAFTA talks\n\n"
        "Sept. 5, 2018 10:31 a.m. ET\n\n"
        "Jane Doe | Example Wire\n\n"
        "Canada returned to the negotiating table on Wednesday.\n\n"
        "Minister Chrystia Freeland arrives in Washington, Wednesday, Sept. 5, 2018. "
        "(AP Photo/Some One)\n\n"
        "Talks resume Thursday.\n\n"
        "Source: Example Wire"
    )
    article = parse_article_text(raw)
    assert article.title == "Canada rejoins NAFTA talks"
    assert article.published == date(2018, 9, 5)
    assert article.published_how == PublishedHow.STATED
    assert article.author == "Jane Doe"
    assert article.outlet == "Example Wire"
    assert article.body == (
        "Canada returned to the negotiating table on Wednesday.\n\nTalks resume Thursday."
    )


def test_photo_credit_gives_outlet_only_when_nothing_better():
    raw = (
        "Officials met in Geneva on Monday.\n\n"
        "Delegates pose in Geneva, Monday, March 4, 2019. (AP Photo/Some One)\n\n"
        "No deal was reached."
    )
    article = parse_article_text(raw)
    assert article.outlet == "AP"
    assert article.published == date(2019, 3, 4)
    assert article.published_how == PublishedHow.CAPTION


@pytest.mark.parametrize(
    ("last_line", "outlet"),
    [
        ("— Reuters", "Reuters"),
        ("(AFP)", "AFP"),
        ("- IANS", "IANS"),
        ("(With inputs from PTI)", "PTI"),
    ],
)
def test_closing_credit_lines(last_line, outlet):
    article = parse_article_text(f"Talks began on Monday.\n\nThey ended on Friday.\n\n{last_line}")
    assert article.outlet == outlet
    assert article.body == "Talks began on Monday.\n\nThey ended on Friday."


def test_credit_glued_to_last_paragraph():
    article = parse_article_text("Talks began on Monday. They ended on Friday. -PTI")
    assert article.outlet == "PTI"
    assert article.body == "Talks began on Monday. They ended on Friday."


def test_a_transcripts_capitalised_masthead_under_the_title_is_furniture():
    raw = (
        "Transcript: Press conference, Canberra\n\nTHE HON. JANE DOE MP\n"
        "MINISTER FOR TRADE\n\nTRANSCRIPT\nPRESS CONFERENCE\nCANBERRA\n"
        "FRIDAY, 20 DECEMBER 2024\n\nMINISTER DOE: Thanks for coming. The talks ended today."
    )
    article = parse_article_text(raw)
    assert (article.title, article.published) == (
        "Transcript: Press conference, Canberra",
        date(2024, 12, 20),
    )
    assert article.body == "MINISTER DOE: Thanks for coming. The talks ended today."
    # a capitalised byline is still a byline
    article = parse_article_text(
        "Deal signed\n\nBY JANE DOE\nSTAFF WRITER\n\nOct 8, 2019\n\nTalks."
    )
    assert (article.author, article.published) == ("Jane Doe", date(2019, 10, 8))


@pytest.mark.parametrize(
    ("title", "outlet", "expected"),
    [
        ("EXAMPLE Pro Morning Trade: Deal signed", "EXAMPLE", "Deal signed"),
        ("Example News Daily Brief: Deal signed", "Example News", "Deal signed"),
        # the outlet alone before the colon, as an emailed newsletter's subject writes it
        ("Example News: Deal signed", "Example News", "Deal signed"),
        # a headline's own colon stays
        ("Trade war: Deal signed", "Example News", "Trade war: Deal signed"),
        ("Example: Deal signed", "Example News", "Example: Deal signed"),
    ],
)
def test_a_newsletters_name_before_the_colon_leaves_the_title(title, outlet, expected):
    doc = RawDocument(origin="e.html", text="Talks began.", title=title, outlet=outlet)
    assert article_text_from_document(doc).title == expected


def test_copyright_line_gives_outlet():
    raw = "Talks began.\n\nCopyright 2019 Example Press. All rights reserved."
    article = parse_article_text(raw)
    assert article.outlet == "Example Press"
    assert article.body == "Talks began."


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("© 2025 EXAMPLE MEDIA LLC", "EXAMPLE MEDIA"),
        ("Copyright 2019 Example Press Ltd. All rights reserved.", "Example Press"),
        ("© 2023 Example Media Pty Ltd", "Example Media"),
        ("© Example Broadcasting Corporation", "Example Broadcasting Corporation"),
    ],
)
def test_a_copyright_line_gives_the_outlet_without_the_company_legal_form(line, outlet):
    assert parse_article_text(f"Talks began.\n\n{line}").outlet == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Why the talks failed",
        "Click here to subscribe",
        "Advertisement",
        "Share this article",
        "Subscribe to our newsletter for daily updates",
        "Follow us on Facebook",
        "We use cookies to improve your experience.",
        "Photo: Example Agency",
        "REUTERS/Jane Roe",
        "A worker at a port. Getty Images",
    ],
)
def test_boilerplate_and_captions_are_removed_anywhere(line):
    raw = f"Talks began on Monday.\n\n{line}\n\nThey ended on Friday."
    article = parse_article_text(raw)
    assert article.body == "Talks began on Monday.\n\nThey ended on Friday."
    assert line in article.removed


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japan must agree to the terms of the deal before the talks end.",
        "Getty Images, the photo agency, reported higher sales this quarter as well.",
        "Comments on the deal were mixed, officials said.",
        "By Wednesday, the two sides had agreed on a text.",
    ],
)
def test_body_sentences_that_look_like_boilerplate_are_kept(paragraph):
    article = parse_article_text(f"Talks began on Monday.\n\n{paragraph}")
    assert paragraph in article.body


def test_headline_rules():
    assert parse_article_text("Japan agrees to US trade talks\n\nBody here.").title == (
        "Japan agrees to US trade talks"
    )
    assert parse_article_text("Will Japan Blink?\n\nBody here.").title == "Will Japan Blink?"
    assert parse_article_text("Did they agree? Nobody knows.\n\nBody.").title is None
    assert parse_article_text("TOKYO (Reuters) - Japan agreed\n\nBody.").title is None


def test_updated_only_line():
    article = parse_article_text("Updated: 2019-03-05 14:00 GMT\n\nTalks began.")
    assert article.published is None
    assert article.updated == date(2019, 3, 5)
    assert article.body == "Talks began."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("September 26, 2018 Updated: September 27, 2018", (date(2018, 9, 26), date(2018, 9, 27))),
        ("Published 26 September 2018", (date(2018, 9, 26), None)),
        ("Sept. 26, 2018 10:31 a.m. ET", (date(2018, 9, 26), None)),
        ("2018-09-26", (date(2018, 9, 26), None)),
        ("Wednesday, 26th of September, 2018 | 09:00 IST", (date(2018, 9, 26), None)),
        ("Published Monday, October 1, 2018 6:12AM EDT", (date(2018, 10, 1), None)),
        ("Published: 9:00pm, 26 Sep, 2018", (date(2018, 9, 26), None)),
        ("Updated: 10:32pm, 26 Sep, 2018", (None, date(2018, 9, 26))),
        ("Wednesday 26 September 2018 16:15, UK", (date(2018, 9, 26), None)),
        ("Jakarta. September 29, 2025", (date(2025, 9, 29), None)),
        # a broadcast's transcript
        ("Broadcast: Thursday, 12 November 2026", (date(2026, 11, 12), None)),
        ("Aired on 3 March 2025", (date(2025, 3, 3), None)),
        # a page's section, then the time and the date (Yonhap)
        ("All News 15:42 November 20, 2026", (date(2026, 11, 20), None)),
        ("Economy 09:05 20 November 2026", (date(2026, 11, 20), None)),
        # a wire's name and a bar before the labelled stamp (ANI)
        ("ANI | Updated: Nov 20, 2025 18:32 IST", (None, date(2025, 11, 20))),
        ("Example Wire | Last updated 20 November 2025", (None, date(2025, 11, 20))),
        ("Talks resume 15:42 November 20, 2026", None),  # lower-case words: a sentence
        ("Talks resume on September 26, 2018", None),
        ("Talks resumed. September 26, 2018", None),
        ("No date here", None),
    ],
)
def test_dates_in_date_line(line, expected):
    assert dates_in_date_line(line) == expected


def test_byline_sharing_a_line_with_the_date():
    article = parse_article_text(
        "Tariffs ordered on imports\n\nBy Jane Doe | 03/22/2018 05:04 PM EDT\n\n"
        "The president ordered tariffs on Thursday."
    )
    assert article.author == "Jane Doe"
    assert article.published == date(2018, 3, 22)
    assert article.body == "The president ordered tariffs on Thursday."


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("Émilie Bergeron, The Canadian Press", "Émilie Bergeron", "The Canadian Press"),
        ("Kelly Tang", "Kelly Tang", None),
    ],
)
def test_bare_byline_next_to_a_date_line(byline, author, outlet):
    article = parse_article_text(
        f"Dairy farmers fume over deal\n\n{byline}\nPublished: 9:00pm, 26 Sep, 2018\n\n"
        "Farmers said on Monday they were sacrificed."
    )
    assert (article.author, article.outlet) == (author, outlet)
    assert article.published == date(2018, 9, 26)
    assert article.body == "Farmers said on Monday they were sacrificed."


def test_bare_name_without_a_date_line_is_body():
    article = parse_article_text("Talks resume\n\nKelly Tang\n\nTalks resumed on Monday.")
    assert article.author is None


def test_parse_full_date_skips_impossible_dates():
    assert parse_full_date("February 30, 2019 or March 1, 2019") == date(2019, 3, 1)
    assert parse_full_date("in May") is None


# --- documents with metadata ---------------------------------------------------------


def test_document_metadata_wins_and_repeated_title_is_removed():
    doc = RawDocument(
        origin="page.html",
        text="Japan agrees to trade talks\nJapan agreed on Wednesday to talks.\n"
        "Sign up for our newsletter",
        title="Japan agrees to trade talks",
        published=date(2018, 9, 26),
        outlet="Example News",
        has_metadata=True,
    )
    article = article_text_from_document(doc)
    assert article.title == "Japan agrees to trade talks"
    assert article.published == date(2018, 9, 26)
    assert article.published_how == PublishedHow.STATED
    assert article.outlet == "Example News"
    assert article.body == "Japan agreed on Wednesday to talks."


def test_document_with_metadata_keeps_a_first_line_that_is_not_its_title():
    doc = RawDocument(
        origin="a.json#1",
        text="Background\n\nJapan agreed on Wednesday to talks.",
        title="Japan agrees",
        has_metadata=True,
    )
    article = article_text_from_document(doc)
    assert article.body.startswith("Background")
    assert article.published_how == PublishedHow.UNKNOWN


def test_document_fills_missing_fields_from_text():
    doc = RawDocument(
        origin="a.json#1",
        text="Talks began on Monday.\n\nSource: Example Wire",
        title="Talks begin",
        has_metadata=True,
    )
    article = article_text_from_document(doc)
    assert article.outlet == "Example Wire"
    assert article.body == "Talks began on Monday."


def test_plain_document_fields_override_text():
    doc = RawDocument(origin="004.txt", text=seed("004"), outlet="Press Trust of India")
    article = article_text_from_document(doc)
    assert article.outlet == "Press Trust of India"
    assert article.title is None


def test_deck_reading_time_and_listen_lines_in_header():
    raw = (
        "Japan agrees to trade talks with US\n"
        "Deal could avert tariffs on cars\n"
        "By Jane Doe\n"
        "September 26, 2018 / 10:31 AM / Updated 2 hours ago\n"
        "4 min read\n\n"
        "TOKYO (AP) — Japan agreed on Wednesday to start talks.\n\n"
        "Listen to this article\n\n"
        "It is a big shift."
    )
    article = parse_article_text(raw)
    assert article.title == "Japan agrees to trade talks with US"
    assert article.author == "Jane Doe"
    assert article.published == date(2018, 9, 26)
    assert article.outlet == "AP"
    assert article.body == (
        "TOKYO (AP) — Japan agreed on Wednesday to start talks.\n\nIt is a big shift."
    )
    assert "Deal could avert tariffs on cars" in article.removed


@pytest.mark.parametrize(
    ("header", "author", "outlet"),
    [
        ("By Kim Da-sol (kim@example.com)\nPublished : Sept. 26, 2018 - 17:12", "Kim Da-sol", None),
        ("Author Jane Doe\nDate 26.09.2018", "Jane Doe", None),
        ("By Jane Doe\nThe Straits Times\n26 September 2018", "Jane Doe", "The Straits Times"),
        ("By Jane Doe\nWashington Correspondent\n26 September 2018", "Jane Doe", None),
        ("By Jane Doe in Brussels\n26 September 2018", "Jane Doe", None),
        ("Jane Doe in New York\nWed 26 Sep 2018 18.31 BST", "Jane Doe", None),
        ("By Siti Example binti Osman\n26 September 2018", "Siti Example binti Osman", None),
        ("By Maryam bint Example\n26 September 2018", "Maryam bint Example", None),
    ],
)
def test_byline_variants(header, author, outlet):
    article = parse_article_text(
        f"Japan and US agree to start trade talks\n\n{header}\n\n"
        "TOKYO -- Japan agreed on Wednesday to start talks, officials said."
    )
    assert (article.author, article.outlet) == (author, outlet)
    assert article.published == date(2018, 9, 26)
    assert article.body.startswith("TOKYO")


@pytest.mark.parametrize(
    ("header", "author", "outlet"),
    [
        ("Reuters | Sep 26, 2018, 10:31 PM", None, "Reuters"),
        ("By Jane Doe | Sep 26, 2018 | Reuters", "Jane Doe", "Reuters"),
        (
            "Jane Doe and John Roe | Bloomberg\nSeptember 26, 2018",
            "Jane Doe and John Roe",
            "Bloomberg",
        ),
        ("First published on: 26-09-2018 at 22:31 IST", None, None),
        ("By Jane Doe on September 26, 2018", "Jane Doe", None),
        ("Posted on September 26, 2018 by Jane Doe", "Jane Doe", None),
        ("By Jane Doe • Published 26 September 2018", "Jane Doe", None),
        ("Jane Doe | AFP | 26 Sep 2018", "Jane Doe", "AFP"),
        ("Sep 26, 2018\nBy Jane Doe, Hindustan Times, New Delhi", "Jane Doe", "Hindustan Times"),
    ],
)
def test_header_lines_in_parts(header, author, outlet):
    article = parse_article_text(
        f"Japan and US agree to start trade talks\n\n{header}\n\n"
        "TOKYO -- Japan agreed on Wednesday to start talks, officials said."
    )
    assert (article.author, article.outlet) == (author, outlet)
    assert article.published == date(2018, 9, 26)
    assert article.body.startswith("TOKYO")


def test_piped_headline_and_topic_line_are_not_bylines():
    article = parse_article_text(
        "Trade war heats up | Reuters\n\nJapan | Trade | Politics\n\nTalks."
    )
    assert article.author is None
    assert article.body.startswith("Japan | Trade")


@pytest.mark.parametrize(
    ("footer", "published", "outlet"),
    [
        ("Published on 26 September 2018", date(2018, 9, 26), None),
        (
            "This article was first published in Example News on Sept. 26, 2018.",
            date(2018, 9, 26),
            None,
        ),
        ("Sept. 26, 2018", date(2018, 9, 26), None),
        ("-- With assistance from Jane Doe", None, None),
        (
            "To contact the reporter on this story: Jane Doe in Tokyo at jdoe@example.com",
            None,
            None,
        ),
        (
            "Copyright 2018 The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed.",
            None,
            "The Associated Press",
        ),
    ],
)
def test_footer_lines(footer, published, outlet):
    article = parse_article_text(
        "Japan and US agree to start trade talks\n\n"
        f"TOKYO -- Japan agreed on Wednesday to start talks, officials said.\n\n{footer}"
    )
    assert (article.published, article.outlet) == (published, outlet)
    assert article.body == "TOKYO -- Japan agreed on Wednesday to start talks, officials said."


def test_header_date_wins_over_a_footer_date():
    article = parse_article_text(
        "Japan and US agree to start trade talks\n\nSept. 27, 2018\n\n"
        "Japan agreed on Wednesday to start talks.\n\nPublished on 26 September 2018"
    )
    assert article.published == date(2018, 9, 27)


def test_headline_with_abbreviations_and_a_wire_end_mark():
    article = parse_article_text(
        "S. Korea, U.S. to launch talks on steel quotas\n\nBy Park Min-joo\n\n"
        "SEOUL, Sept. 26 (Yonhap) -- Seoul's trade ministry said Wednesday talks would start."
        "\n\n(END)"
    )
    assert article.title == "S. Korea, U.S. to launch talks on steel quotas"
    assert (article.author, article.outlet) == ("Park Min-joo", "Yonhap")
    assert article.body.endswith("talks would start.")


@pytest.mark.parametrize(
    "title",
    [
        "Will the US and China reach a deal?",
        "“A very good deal”: Abe hails pact with U.S.",
        "Trade talks begin as Abe, Trump meet in N.Y.",
    ],
)
def test_headlines_ending_in_a_question_or_an_abbreviation(title):
    article = parse_article_text(f"{title}\n\nJapan agreed on Wednesday to talks.")
    assert article.title == title
    assert article.body == "Japan agreed on Wednesday to talks."


def test_boilerplate_anywhere_in_a_line_in_any_letter_case():
    from articles.extraction.metadata import _is_boilerplate

    assert _is_boilerplate("Please SIGN up for our newsletter today")
    assert _is_boilerplate("By continuing, you agree to our privacy notice")
    assert _is_boilerplate("By continuing, I agree to the terms")
    assert _is_boilerplate("Updates: Follow us on Bluesky")
    assert not _is_boilerplate("Critics who unfollow us on principle")
    assert not _is_boilerplate("The minister said she would sign a deal")


def test_press_release_contact_block_and_issuer():
    article = parse_article_text(
        "Media Statement\n\nMinistry begins new trade scheme\n\nPretoria, 31 January 2024\n\n"
        "The ministry announced the scheme today.\n\n"
        "Enquiries:\nJane Doe - Departmental Spokesperson\nTel: (012) 394 1650\n"
        "E-mail: media@example.org\n\nIssued by: The Department of Trade and Industry"
    )
    assert article.body == "The ministry announced the scheme today."
    assert article.outlet == "The Department of Trade and Industry"
    assert article.published == date(2024, 1, 31)
    assert "Tel: (012) 394 1650" in article.removed


def test_a_last_paragraph_naming_a_spokesperson_is_kept():
    body = "Talks resumed.\n\nJane Doe, a spokesperson for the ministry, declined to comment."
    assert parse_article_text(body).body == body


# --- section labels, standfirsts and bylines with agencies --------------------------------


def test_section_label_above_the_headline_is_no_title():
    article = parse_article_text(
        "Economy\n\nPort strike delays grain shipments across the region\n\n"
        "By Jane Doe\nPublished On 19 Feb 2024\n\nDockworkers walked out on Monday.\n"
    )
    assert article.title == "Port strike delays grain shipments across the region"
    assert (article.author, article.published) == ("Jane Doe", date(2024, 2, 19))
    assert "Economy" in article.removed
    assert article.body == "Dockworkers walked out on Monday."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a short title-case headline above its deck is no section label
        (
            "Trade Truce\n\nWashington and Beijing agree to pause new tariffs for 90 days\n\n"
            "By Jane Doe\nPublished On 19 Feb 2024\n\nThe two sides agreed on Monday.\n",
            "Trade Truce",
        ),
        # a breadcrumb of section names is
        (
            "News | World | Asia\n\nPort strike delays grain shipments across the region\n\n"
            "Dockworkers walked out on Monday.\n",
            "Port strike delays grain shipments across the region",
        ),
        # a one-word headline followed by a paragraph stays the title
        ("Deadlock\n\nTalks broke down on Monday after two days.\n", "Deadlock"),
    ],
)
def test_section_labels_and_short_headlines(text, title):
    assert parse_article_text(text).title == title


def test_standfirst_sentences_between_headline_and_byline_are_removed():
    article = parse_article_text(
        "Ministers back duties on imported steel\n\n"
        "The vote clears the way for tariffs of up to 25%. Exporters have threatened to "
        "retaliate.\n\nJane Doe with Reuters, AFP\n10/04/2024\n\n"
        "Ministers on Friday backed the plan.\n"
    )
    assert article.author == "Jane Doe"  # the agencies helped; they are not the outlet
    assert article.outlet is None
    assert article.published == date(2024, 10, 4)  # month first, as US-style pages write it
    assert article.body == "Ministers on Friday backed the plan."


def test_first_paragraph_after_the_headline_is_no_standfirst_without_a_byline_below():
    text = "Ministers back duties on steel\n\nThe vote clears the way for tariffs.\n\nMore text."
    assert parse_article_text(text).body.startswith("The vote clears the way")


def test_dotted_header_line_with_an_accented_double_barrelled_author():
    article = parse_article_text(
        "Politics\n\nSenate rejects the trade treaty in a symbolic vote\n\n"
        "Rejection sends the bill back to the lower house\n\n"
        "Émilie Gagnon-Côté · Example News · Posted: Mar 22, 2024 4:00 AM ET"
        " | Last Updated: March 22, 2024\n\nSenators voted on Thursday.\n"
    )
    assert article.title == "Senate rejects the trade treaty in a symbolic vote"
    assert article.author == "Émilie Gagnon-Côté"
    assert article.outlet == "Example News"
    assert article.published == date(2024, 3, 22)
    assert article.body == "Senators voted on Thursday."


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Deal signed\n\nWASHINGTON, Sept. 26, 2018 (AP) — The deal was signed.\n", "2018-09-26"),
        ("Deal signed\n\nLONDON, 14 March 2023 — Britain signed the deal.\n", "2023-03-14"),
        ("Deal signed\n\nTOKYO, Sept. 26 (Reuters) - The deal was signed.\n", None),
        ("Deal signed\n\nROME, November 9, 2026 /EXAMPLE NEWS/ -- It was signed.\n", "2026-11-09"),
        ("Deal signed\n\nROME, 9.11.2026 -- It was signed.\n", "2026-11-09"),
        ("Deal signed\n\nMarch 2, 2023\n\nLONDON, 14 March 2023 — Britain signed.\n", "2023-03-02"),
    ],
)
def test_a_dateline_with_its_year_states_the_publication_date(text, published):
    found = article_text_from_document(RawDocument(origin="x.txt", text=text))
    assert (str(found.published) if found.published else None) == published
    if published:
        assert found.published_how is PublishedHow.STATED


def test_summary_points_and_a_capitalised_byline_with_a_role_for_an_outlet():
    article = parse_article_text(
        "Britain opens trade talks with six Gulf states in bid to boost trade\n"
        "The minister opened the negotiations in the capital on Wednesday\n"
        "Officials say a deal could add billions a year to the economy\n"
        "Campaigners say ministers should not 'look the other way'\n\n"
        "By JANE DOE-SMITH, POLITICAL CORRESPONDENT FOR EXAMPLEONLINE\n\n"
        "Published: 14:32 BST, 22 June 2022 | Updated: 16:05 BST, 22 June 2022\n\n"
        "Britain has formally launched free trade talks with the bloc.\n"
    )
    assert article.title == "Britain opens trade talks with six Gulf states in bid to boost trade"
    assert article.author == "Jane Doe-Smith"
    assert article.outlet == "Exampleonline"
    assert article.published == date(2022, 6, 22)
    assert article.body == "Britain has formally launched free trade talks with the bloc."


def test_summary_points_need_a_byline_or_date_line_below_them():
    text = (
        "Britain opens trade talks with six Gulf states\n"
        "The minister opened the negotiations on Wednesday\n"
        "Officials say a deal could add billions a year\n\n"
        "Britain has formally launched free trade talks with the bloc.\n"
    )
    assert parse_article_text(text).body.startswith("The minister opened")


def test_date_line_with_outlet_time_and_sections_split_by_dashes():
    article = parse_article_text(
        "U.S., Britain to negotiate a minerals deal\n\n"
        "EXAMPLE NEWS - Jun 9, 2023 - 10:42 | World, All\n\n"
        "WASHINGTON - The two leaders agreed on Thursday to start talks.\n"
    )
    assert article.published == date(2023, 6, 9)
    assert article.outlet == "EXAMPLE NEWS"
    assert article.body.startswith("WASHINGTON - The two leaders")


def test_headline_with_a_dash_is_still_the_title():
    article = parse_article_text(
        "Trade war heats up - tariffs rise again\n\nBy Jane Doe\n\nThe body starts here.\n"
    )
    assert article.title == "Trade war heats up - tariffs rise again"
    assert article.author == "Jane Doe"


def test_bare_byline_with_the_place_on_the_next_line():
    article = parse_article_text(
        "Canada and Indonesia conclude trade talks after three years\n\n"
        "Marc-André Doe\nOttawa\nPublished December 2, 2024 at 4:15 p.m. EST\n\n"
        "Canada and Indonesia have concluded negotiations.\n"
    )
    assert article.author == "Marc-André Doe"
    assert article.published == date(2024, 12, 2)
    assert article.body == "Canada and Indonesia have concluded negotiations."


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("Written by Jane Doe\nMarch 3, 2023 at 4:15 p.m. EST", "Jane Doe"),
        ("Compiled by Jane Doe\nFriday, March 3, 2023", "Jane Doe"),
        ("Reported by Jane Doe\n3 March 2023", "Jane Doe"),
        ("JANE DOE\n03/03/2023 16:15", "Jane Doe"),
        ("Jane Doe, Trade Correspondent\n3 March 2023", "Jane Doe"),
        ("Jane Doe @janedoe\nMar 3, 2023", "Jane Doe"),
        ("Mar 3, 2023 / 4:15 PM / Jane Doe", "Jane Doe"),
        ("WORLD TRADE\nMarch 3, 2023", None),
    ],
)
def test_bylines_above_a_date_line(header, author):
    article = parse_article_text(
        f"Two countries agree to start talks on a trade deal\n\n{header}\n\n"
        "The two governments on Friday agreed to start talks.\n\nMore text follows.\n"
    )
    assert article.author == author
    assert article.outlet is None
    assert article.published == date(2023, 3, 3)
    assert article.body.startswith("The two governments")


def test_newswire_release_names_its_issuer_not_an_author():
    article = parse_article_text(
        "FOR IMMEDIATE RELEASE\n\n"
        "Example Growers Association welcomes trade talks\n\n"
        "News provided by\nExample Growers Association\n\n"
        "Jan 26, 2024, 11:05 ET\n\n"
        "CALGARY, AB, Jan. 26, 2024 /CNW/ - The Example Growers Association welcomed the talks.\n\n"
        "The talks began in March 2022.\n\n"
        "SOURCE Example Growers Association\n\n"
        "For further information: Media contact: Jane Doe, Communications Manager, 403-555-0142\n\n"
        "###\n"
    )
    assert (article.title, article.author, article.outlet, article.published) == (
        "Example Growers Association welcomes trade talks",
        None,
        "Example Growers Association",
        date(2024, 1, 26),
    )
    assert article.body.endswith("The talks began in March 2022.")
    assert "For further information: Media contact: Jane Doe" in " ".join(article.removed)


@pytest.mark.parametrize(
    "provider", ["News provided by Example Growers Association", "Distributed by: Example Growers"]
)
def test_provided_by_on_one_line_names_the_issuer(provider):
    article = parse_article_text(
        f"Growers welcome trade talks with Canada\n\n{provider}\n\nJan 26, 2024\n\n"
        "The association welcomed the talks on Thursday.\n\nIt said more was needed.\n"
    )
    assert article.outlet == provider.split("by", 1)[1].strip(" :")
    assert article.author is None


def test_agency_copy_republished_by_a_site():
    article = parse_article_text(
        "Home > India\n"
        "India, Example agree to conclude trade talks by year-end\n"
        "PTI\n"
        "6 May, 2025 09:12 pm IST\n"
        "Text Size: A- A+\n"
        "New Delhi, May 6 (PTI) India and Example on Tuesday agreed to conclude the talks.\n\n"
        "The talks began in January 2022.\n\n"
        "PTI RR HVA HVA\n\n"
        "This report is auto-generated from Syndicated News feed. The Site holds no "
        "responsibility for its content.\n"
    )
    assert (article.title, article.outlet, article.author, article.published) == (
        "India, Example agree to conclude trade talks by year-end",
        "PTI",
        None,
        date(2025, 5, 6),
    )
    assert article.body.startswith("New Delhi, May 6 (PTI) India and Example")
    assert article.body.endswith("The talks began in January 2022.")


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("New Delhi, May 6 (PTI) India and the UK on Tuesday agreed.", "PTI"),
        ("KUALA LUMPUR, Oct 28 (Bernama) \u201cWe agreed,\u201d the minister said.", "Bernama"),
        # no date before the brackets: a sentence with an acronym, no dateline
        ("European Commission (EC) President Jane Doe said the talks were over.", None),
    ],
)
def test_agency_dateline_without_a_dash(opening, outlet):
    article = parse_article_text(f"{opening}\n\nThe talks began in January 2022.\n")
    assert article.outlet == outlet


@pytest.mark.parametrize(
    ("last_line", "outlet"), [("PTI RR HVA HVA", "PTI"), ("ANI SKS RT", "ANI")]
)
def test_wire_slug_after_the_text_is_the_agency(last_line, outlet):
    article = parse_article_text(
        "Trade talks to resume next week\n\n"
        f"The talks resume on Monday, officials said.\n\n{last_line}\n"
    )
    assert article.outlet == outlet
    assert article.body == "The talks resume on Monday, officials said."


@pytest.mark.parametrize(
    "note",
    [
        "Text Size: A- A+",
        "(Except for the headline, this story has not been edited by Example staff and is "
        "published from a syndicated feed.)",
        "This story has been published from a wire agency feed without modifications to the text.",
    ],
)
def test_page_controls_and_syndication_notes_are_boilerplate(note):
    article = parse_article_text(
        f"Trade talks to resume next week\n\nThe talks resume on Monday.\n\n{note}\n"
    )
    assert article.body == "The talks resume on Monday."


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("AFP\nMarch 3, 2024", "AFP"),
        ("March 3, 2024\nExample News Service", "Example News Service"),
        ("WORLD NEWS\nMarch 3, 2024", None),  # a section's name
    ],
)
def test_an_agency_alone_beside_the_date_line_is_the_outlet(header, outlet):
    article = parse_article_text(
        f"Trade talks to resume next week after a pause\n{header}\n"
        "The talks resume on Monday, officials said.\n\nThey began in 2022.\n"
    )
    assert article.outlet == outlet
    assert article.body.startswith("The talks resume")


def test_a_blog_post_line_with_its_tags():
    article = parse_article_text(
        "Why the award still matters\n\n"
        "Posted by Selin Aydemir | 14 October 2025 | WTO dispute settlement, EU-Türkiye\n\n"
        "Three years on, the award deserves another look."
    )
    assert (article.author, article.published) == ("Selin Aydemir", date(2025, 10, 14))
    assert article.body == "Three years on, the award deserves another look."
    # a sentence after the date is no tag list
    line = "Posted by Jane Doe | 14 October 2025 | The talks resumed, officials said."
    assert parse_article_text(f"Title here\n\n{line}\n\nBody.").published is None


def test_a_byline_naming_the_outlets_desk_with_an_agency():
    article = parse_article_text(
        "Türkiye, UK wrap up third round of talks\n\nby DAILY SABAH WITH AA\n\n"
        "ISTANBUL May 23, 2025 - 2:47 pm GMT+3\n\nThe talks ended on Thursday."
    )
    assert (article.author, article.outlet) == (None, "Daily Sabah")
    article = parse_article_text("Talks end\n\nBy JANE ROE WITH AFP\n\nMay 23, 2025\n\nBody.")
    assert article.outlet is None  # a person's name is no outlet's desk


def test_a_release_issuer_in_capitals_over_the_release_marker():
    article = parse_article_text(
        "PACIFIC ISLANDS FORUM FISHERIES AGENCY OF THE WTO\nMEDIA RELEASE\n\n"
        "Pacific members press for a fisheries subsidies deal\n\n"
        "Honiara, Solomon Islands – 20 February 2026\n\nPacific members met on Monday."
    )
    assert (article.outlet, article.title, article.published) == (
        "Pacific Islands Forum Fisheries Agency of the WTO",
        "Pacific members press for a fisheries subsidies deal",
        date(2026, 2, 20),
    )
    assert dates_in_date_line("Honiara, Solomon Islands – 20 February 2026") == (
        date(2026, 2, 20),
        None,
    )


def test_a_ministrys_long_name_in_capitals_over_its_press_office_and_numbered_release():
    article = parse_article_text(
        "MINISTRY OF TRADE AND FISHERIES OF THE REPUBLIC OF RURITANIA\nPress Department\n\n"
        "FOR IMMEDIATE RELEASE\nPress release No. 17/2026\n\n"
        "Ruritanian mills want faster tariff cuts in the Freedonia talks\n\n"
        "Strelsau, 24.11.2026 – The ministry met millers on Monday."
    )
    assert (article.outlet, article.title, article.published) == (
        "Ministry of Trade and Fisheries of the Republic of Ruritania",
        "Ruritanian mills want faster tariff cuts in the Freedonia talks",
        date(2026, 11, 24),
    )
    assert article.body == "Strelsau, 24.11.2026 – The ministry met millers on Monday."


@pytest.mark.parametrize(
    ("first_line", "bio", "outlet"),
    [
        ("Origin Notes", "Jane Doe writes the Origin Notes newsletter.", None),
        (
            "The Week in Trade | Analysis",
            "Jane Doe covers trade for The Week in Trade.",
            "The Week in Trade",
        ),
    ],
)
def test_a_name_over_the_headline_that_the_text_names_again_is_no_title(first_line, bio, outlet):
    text = (
        f"{first_line}\nThe origin cliff is back. This time Britain should not wait\n"
        f"By Jane Doe\n3 December 2025\n\nTwo years ago, carmakers were saved.\n\n{bio}"
    )
    article = parse_article_text(text)
    assert (article.title, article.author, article.outlet, article.published) == (
        "The origin cliff is back. This time Britain should not wait",
        "Jane Doe",
        outlet,
        date(2025, 12, 3),
    )
    # named only once: the short line stays the title (a short headline over a deck)
    article = parse_article_text(text.replace(bio, "Views are her own."))
    assert article.title == first_line


def test_an_outlet_alone_between_the_headline_and_the_dated_byline():
    text = (
        "PACER Plus members agree to a first review\n\nPacific Waves Radio\n"
        "Thursday 5 March 2026 | By Sione Fakatava-Lee\n\nMinisters met in Apia on Tuesday."
    )
    article = parse_article_text(text)
    assert [article.outlet, article.author] == ["Pacific Waves Radio", "Sione Fakatava-Lee"]
    # a section's label in capitals is no outlet
    assert parse_article_text(text.replace("Pacific Waves Radio", "WORLD NEWS")).outlet is None


def test_a_statement_signed_by_a_press_service_names_its_issuer():
    article = parse_article_text(
        "Statement on the working group\n\nAstana, 14 November 2025\n\n"
        "1. The parties met on 13 November 2025.\n\n"
        "Press Service of the Ministry of Foreign Affairs of the Republic of Kazakhstan"
    )
    assert article.outlet == "Ministry of Foreign Affairs of the Republic of Kazakhstan"
    assert article.body == "1. The parties met on 13 November 2025."


@pytest.mark.parametrize(
    ("first_line", "outlet"),
    [
        ("Embassy of Chile, Canberra", "Embassy of Chile, Canberra"),
        ("Senate Economics Legislation Committee", "Senate Economics Legislation Committee"),
        ("OECD | 2025 News items", "OECD"),
    ],
)
def test_an_official_body_over_the_headline_is_the_outlet(first_line, outlet):
    article = parse_article_text(
        f"{first_line}\n\nDelegation holds fourth round of trade talks\n\n"
        "Canberra, 19 September 2025\n\nThe delegation met officials on Monday."
    )
    assert (article.outlet, article.title, article.published) == (
        outlet,
        "Delegation holds fourth round of trade talks",
        date(2025, 9, 19),
    )


@pytest.mark.parametrize(
    "header",
    [
        # a release marker over the body's name, its date line before the headline
        "MEDIA RELEASE\n\nForeign Affairs, Defence and Trade Committee\n\n"
        "Thursday, 19 November 2026\n\nDelegation holds fourth round of trade talks",
        "Foreign Affairs, Defence and Trade Committee\n\nThursday, 19 November 2026\n\n"
        "Delegation holds fourth round of trade talks",
        # a name with a list in it, over the headline and its date line
        "Environment, Food and Rural Affairs Committee\n\n"
        "Delegation holds fourth round of trade talks\n\nThursday, 19 November 2026",
    ],
)
def test_a_committee_over_a_date_line_and_the_headline_is_the_outlet(header):
    article = parse_article_text(f"{header}\n\nThe delegation met officials on Monday.")
    assert (article.title, article.published) == (
        "Delegation holds fourth round of trade talks",
        date(2026, 11, 19),
    )
    assert article.outlet.endswith(" Committee")
    assert article.body == "The delegation met officials on Monday."


def test_a_date_line_after_the_piece_s_kind_and_a_bar():
    article = parse_article_text(
        "Trade court sends solar ruling back\n\nCase note | 11 June 2025\n\n"
        "The court on Monday remanded the determination."
    )
    assert (article.title, article.published) == (
        "Trade court sends solar ruling back",
        date(2025, 6, 11),
    )
    assert dates_in_date_line("Analysis | 3 May 2025") == (date(2025, 5, 3), None)


@pytest.mark.parametrize("byline", ["By Trade Wire staff", "By Example News Staff Reporters"])
def test_a_byline_naming_an_outlets_staff_is_the_outlet(byline):
    outlet = byline[3:].rsplit(" Staff", 1)[0].rsplit(" staff", 1)[0]
    article = parse_article_text(
        f"Talks stall over rice\n\n{byline}\n\nOTTAWA - Talks stalled on Tuesday."
    )
    assert (article.author, article.outlet) == (None, outlet)
    assert article.body.startswith("OTTAWA")


@pytest.mark.parametrize(
    ("masthead", "date_line", "outlet"),
    [
        (
            "The Example Business Daily | English Edition",
            "By Jane Doe",
            "The Example Business Daily",
        ),
        (
            "Example Trade Radio — The Negotiating Table",
            "Broadcast: Thursday, 12 November 2026",
            "Example Trade Radio",
        ),
    ],
)
def test_an_outlet_s_name_and_edition_over_the_headline_is_the_outlet(masthead, date_line, outlet):
    text = (
        f"{masthead}\n\nPort workers end strike as wage talks resume\n\n{date_line}\n\n"
        "Tuesday, 10 March 2026\n\nDockers returned to work on Monday."
    )
    article = parse_article_text(text)
    assert (article.title, article.outlet) == (
        "Port workers end strike as wage talks resume",
        outlet,
    )
    # with no byline or date line under the headline, the first line stays the title
    article = parse_article_text(f"{masthead}\n\nDockers returned to work on Monday, they said.")
    assert article.title == masthead


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("EXAMPLE GAZETTE | ECONOMY", "Example Gazette"),
        ("BUSINESS | EXAMPLE GAZETTE", "Example Gazette"),
        ("EL EJEMPLO DEL SUR | ECONOMÍA", "El Ejemplo del Sur"),
        ("FOLHA DO EXEMPLO | COMÉRCIO", "Folha do Exemplo"),
    ],
)
def test_a_papers_name_and_section_in_capitals_over_the_headline_is_its_masthead(masthead, outlet):
    text = (
        f"{masthead}\n\nPort workers end strike as wage talks resume in the south\n\n"
        "Lima, November 22, 2026.- Dockers returned to work on Saturday."
    )
    article = parse_article_text(text)
    assert (article.title, article.outlet) == (
        "Port workers end strike as wage talks resume in the south",
        outlet,
    )


@pytest.mark.parametrize(
    "line",
    [
        "WORLD | BUSINESS",  # two sections: no paper's name
        "LONDON | BUSINESS",  # one word: a place as likely as a paper
        "TARIFFS RISE AGAIN | ANALYSIS",  # a headline and its genre, no paper and its desk
    ],
)
def test_a_capitals_line_with_a_bar_is_no_masthead_unless_a_name_and_a_section(line):
    text = f"{line}\n\nPort workers end strike as wage talks resume\n\nDockers met on Monday."
    assert parse_article_text(text).outlet is None


def test_a_headline_with_a_bar_is_no_masthead():
    text = (
        "Tariffs Rise Again | Analysis\n\nWhy the new duties will hurt small exporters most\n\n"
        "By Jane Doe\n\nExporters met on Monday."
    )
    assert parse_article_text(text).outlet is None


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        (
            "TASHKENT, 6 November 2026 (Example News Agency) – The deal was signed.",
            "Example News Agency",
        ),
        ("WASHINGTON, Sept. 26, 2018 (AP) — The deal was signed.", "AP"),
        ("TOKYO, Sept. 26 (Reuters) - The deal was signed.", "Reuters"),
        ("ROME, November 9, 2026 /EXAMPLE NEWS/ -- The deal was signed.", "Example News"),
        ("CALGARY, AB, Jan. 26, 2024 /CNW/ - The deal was signed.", "CNW"),
        # the place's country in brackets is no outlet
        ("PORT LOUIS (Mauritius) - The deal was signed.", None),
    ],
)
def test_a_dateline_with_a_full_date_credits_its_outlet(opening, outlet):
    assert parse_article_text(f"Deal signed\n\n{opening}\n\nIt took years.").outlet == outlet


def test_a_place_after_a_bar_in_a_byline_is_no_co_author():
    text = (
        "India and Canada end third round of talks\n\nJane Roe Doe | New Delhi\n\n"
        "Monday, 9 November 2026\n\nThe round ended on Friday."
    )
    article = parse_article_text(text)
    assert (article.author, article.outlet) == ("Jane Roe Doe", None)
    # "Name | Outlet" still names the outlet
    assert parse_article_text(text.replace("New Delhi", "Example Wire")).outlet == "Example Wire"


@pytest.mark.parametrize(
    ("outlet_line", "byline", "author"),
    [
        ("The Example Ledger", "By Jane Doe, Business Editor", "Jane Doe"),
        ("Example Market Chronicle", "Jane Roe Doe | New Delhi", "Jane Roe Doe"),
    ],
)
def test_an_outlet_alone_between_the_headline_and_the_byline(outlet_line, byline, author):
    text = (
        f"GCC and Japan close in on trade deal after fourth round\n\n{outlet_line}\n\n"
        f"{byline}\n\nSunday 18 October 2026\n\nThe round ended on Thursday."
    )
    article = parse_article_text(text)
    assert (article.outlet, article.author) == (outlet_line, author)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("(LEAD) S. Korea, GCC agree on deal", "S. Korea, GCC agree on deal"),
        ("(2nd LD) S. Korea, GCC agree on deal", "S. Korea, GCC agree on deal"),
        ("(3rd LD, Correction) Talks resume", "Talks resume"),
        ("(URGENT) Talks resume", "Talks resume"),
        ("UPDATE 2-Talks resume in Geneva", "Talks resume in Geneva"),
        ("REFILE-Talks resume in Geneva", "Talks resume in Geneva"),
        # a headline's own brackets and capitals stay
        ("(News Focus) Talks resume", "(News Focus) Talks resume"),
        ("UPDATE: What the deal means", "UPDATE: What the deal means"),
        ("LEAD negotiators meet", "LEAD negotiators meet"),
    ],
)
def test_a_wires_version_tag_is_no_part_of_the_headline(title, expected):
    raw = f"{title}\n\nSEOUL, Nov. 20 (Yonhap) -- Talks began on Friday, officials said."
    assert parse_article_text(raw).title == expected
    doc = RawDocument(origin="feed.xml#1", text="Talks began.", title=title, has_metadata=True)
    assert article_text_from_document(doc).title == expected


def test_an_agencys_note_to_editors_and_the_reporters_address_are_furniture():
    raw = (
        "(LEAD) S. Korea, GCC agree to bring trade deal into force\n\n"
        "All News 15:42 November 20, 2026\n\n"
        "(ATTN: ADDS industry reaction in paras 7-8)\n\n"
        "SEOUL, Nov. 20 (Yonhap) -- South Korea and the GCC agreed Friday to finish their"
        " ratification procedures, the trade ministry said.\n\n"
        "The ministry plans to submit the bill next week.\n\n"
        "(END)\n\n"
        "jdoe@example.co.kr"
    )
    article = parse_article_text(raw)
    assert (article.published, article.outlet) == (date(2026, 11, 20), "Yonhap")
    assert article.body.startswith("SEOUL, Nov. 20 (Yonhap) --")
    assert article.body.endswith("submit the bill next week.")


@pytest.mark.parametrize(
    "dateline",
    ["ABU DHABI, 18th November, 2026 (WAM) --", "ABU DHABI, November 18th, 2026 (WAM) --"],
)
def test_an_agencys_dateline_with_an_ordinal_day_names_the_outlet(dateline):
    raw = f"Joint committee meets in Quito\n\n{dateline} The two sides met on Tuesday."
    article = parse_article_text(raw)
    assert (article.outlet, article.published) == ("WAM", date(2026, 11, 18))


def test_an_agencys_slug_with_its_staffs_names_names_the_outlet():
    raw = (
        "Joint committee meets in Quito\n\nThe two sides met in Quito on Tuesday, the"
        " ministry said.\n\nWAM/Jane Doe/John Roe"
    )
    article = parse_article_text(raw)
    assert (article.outlet, article.author) == ("WAM", None)
    assert article.body.endswith("the ministry said.")


def test_a_date_line_with_time_byline_role_outlet_and_place_split_by_dashes():
    raw = (
        "Trade deal goes to Congress\n\n"
        "The agreement was signed in September\n\n"
        "Published on 18/11/2026 - 14:32 By Jane Roe Doe - Reporter - Agência Example -"
        " Brasília\n\n"
        "The president sent the agreement to Congress this Tuesday, the ministry said.\n\n"
        "Translation: John Roe - Edition: Ann Poe"
    )
    article = parse_article_text(raw)
    assert (article.title, article.published, article.author, article.outlet) == (
        "Trade deal goes to Congress",
        date(2026, 11, 18),
        "Jane Roe Doe",
        "Agência Example",
    )
    assert article.body == (
        "The president sent the agreement to Congress this Tuesday, the ministry said."
    )


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [("By AFP", "AFP"), ("By PIB Delhi", "PIB"), ("by IANS", "IANS"), ("By ANI News", "ANI News")],
)
def test_a_byline_naming_an_agency_or_press_office_is_the_outlet(byline, outlet):
    raw = (
        f"Deal signed in Geneva today\n\n{byline}\n\nThe deal was signed on Monday, officials said."
    )
    article = parse_article_text(raw)
    assert (article.author, article.outlet) == (None, outlet)


def test_a_ministrys_release_page_has_the_posting_office_as_outlet():
    raw = (
        "Ministry of Commerce & Industry\n\n"
        "India and New Zealand conclude fourth round of trade negotiations\n\n"
        "Both sides agree to hold the next round in Wellington in January 2027\n\n"
        "Posted On: 19 NOV 2026 6:42PM by PIB Delhi\n\n"
        "The fourth round was held in New Delhi from 10 to 14 November 2026.\n\n"
        "***\n\nAM/NS/RK\n\n(Release ID: 2194381) Visitor Counter : 1187"
    )
    article = parse_article_text(raw)
    assert (article.title, article.published, article.author, article.outlet) == (
        "India and New Zealand conclude fourth round of trade negotiations",
        date(2026, 11, 19),
        None,
        "PIB",
    )
    assert article.body == "The fourth round was held in New Delhi from 10 to 14 November 2026."
    # with no posting office, the ministry over the headline is the outlet
    no_office = parse_article_text(raw.replace(" by PIB Delhi", ""))
    assert (no_office.title, no_office.outlet) == (article.title, "Ministry of Commerce & Industry")


def test_a_newsletters_byline_under_its_greeting_is_the_author():
    text = (
        "EXAMPLE TRADE BRIEF\n\nThursday 19 November 2026\n\n"
        "Good morning. Today: the deal's legal text is out.\n\n"
        "By Jane Roe\n\n"
        "The two sides published the legal text of their agreement on Wednesday."
    )
    doc = RawDocument(
        origin="brief.eml",
        text=text,
        title="Deal text published",
        outlet="Example Trade Brief",
        has_metadata=True,
    )
    article = article_text_from_document(doc)
    assert (article.author, article.published) == ("Jane Roe", date(2026, 11, 19))
    assert article.body == (
        "Good morning. Today: the deal's legal text is out.\n\n"
        "The two sides published the legal text of their agreement on Wednesday."
    )


def test_a_by_sentence_in_the_body_is_no_byline():
    text = (
        "Talks ended on Friday in Geneva, officials said.\n\n"
        "By Monday the two sides had agreed a text.\n\n"
        "The deal will be signed next year."
    )
    assert parse_article_text(text).author is None


# --- round 17: editions, bylines, kickers and press-release ends -----------------------


@pytest.mark.parametrize(
    ("outlet", "name"),
    [
        ("Example Daily English Edition", "Example Daily"),
        ("Example Agency (English)", "Example Agency"),
        ("Example Times - English edition", "Example Times"),
        ("Example Times | English Edition", "Example Times"),
        ("Example News English Service", "Example News"),
        ("The English Post", "The English Post"),
        ("Example Daily", "Example Daily"),
    ],
)
def test_an_outlet_loses_its_english_edition(outlet, name):
    document = RawDocument(
        origin="x.json", text="The deal was signed on Monday.", outlet=outlet, has_metadata=True
    )
    assert article_text_from_document(document).outlet == name


@pytest.mark.parametrize("masthead", ["Example Courier English Edition", "Agência Sul (English)"])
def test_an_edition_masthead_over_the_headline_is_the_outlet(masthead):
    article = parse_article_text(
        f"{masthead}\n\nPoland asks Brussels to extend safeguard on sugar imports\n\n"
        "Published: 19.11.2026 07:45\n\n"
        "Poland asked the Commission on Wednesday to extend the safeguard, officials said."
    )
    assert article.title == "Poland asks Brussels to extend safeguard on sugar imports"
    assert article.outlet == masthead.split(" English")[0].split(" (")[0]
    assert article.published == date(2026, 11, 19)


@pytest.mark.parametrize(
    "name",
    ["Łukasz Wróblewski", "Øyvind Bakke", "Ayşe Şahin", "Nguyễn Thị Hương", "Đặng Văn Minh"],
)
def test_a_byline_with_capitals_outside_ascii(name):
    article = parse_article_text(
        f"Poland asks Brussels to extend safeguard on sugar imports\n\nBy {name}\n\n"
        "Published: 19.11.2026 07:45\n\n"
        "Poland asked the Commission on Wednesday to extend the safeguard, officials said."
    )
    assert article.author == name
    assert article.body.startswith("Poland asked")


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("By Ana Souza, Brasília", "Ana Souza", None),
        ("By Łukasz Wróblewski, Warsaw", "Łukasz Wróblewski", None),
        ("Jane Doe, Brussels", "Jane Doe", None),
        ("By Jane Doe, Example Wire", "Jane Doe", "Example Wire"),
        (
            "By Rahul Menon, Ritika Sharma and Deepak Nair",
            "Rahul Menon, Ritika Sharma and Deepak Nair",
            None,
        ),
        ("By Jane Doe, John Roe and Jim Poe, Oslo", "Jane Doe, John Roe and Jim Poe", None),
        # an outlet with no separator after the names, or after a role
        ("By JANE DOE and JOHN ROE Associated Press", "Jane Doe and John Roe", "Associated Press"),
        ("By Łukasz Wróblewski Reuters", "Łukasz Wróblewski", "Reuters"),
        ("By Jane Doe AFP", "Jane Doe", "AFP"),
        ("By Ana Souza, Reporter, Example Agency, Brasília", "Ana Souza", "Example Agency"),
        ("By Emily Post", "Emily Post", None),
    ],
)
def test_a_bylines_place_co_authors_and_outlet(byline, author, outlet):
    article = parse_article_text(
        f"Mercosur and Canada end ninth round of trade talks\n\n{byline}\n\n"
        "12 November 2026\n\nNegotiators ended the round on Wednesday, officials said."
    )
    assert (article.author, article.outlet) == (author, outlet)
    assert article.body.startswith("Negotiators")


@pytest.mark.parametrize(
    "labels",
    ["BUSINESS / ECONOMY\n\nEXCLUSIVE", "Exclusive", "Trade\n\nInterview", "ECONOMY"],
)
def test_section_labels_and_kickers_over_the_headline(labels):
    article = parse_article_text(
        f"{labels}\n\nIndia and EFTA to set up investment desk as pact turns one\n\n"
        "By Jane Doe\n\nIndia and EFTA agreed on Thursday to set up a desk, officials said."
    )
    assert article.title == "India and EFTA to set up investment desk as pact turns one"
    assert article.author == "Jane Doe"


def test_a_kicker_on_the_known_headlines_line_leaves_the_body():
    document = RawDocument(
        origin="page.html",
        text="Trade deals Vietnam asks EU to raise rice quota\n"
        "Vietnam asked the EU on Thursday to raise the quota.",
        title="Vietnam asks EU to raise rice quota",
        has_metadata=True,
    )
    article = article_text_from_document(document)
    assert article.body == "Vietnam asked the EU on Thursday to raise the quota."


_RELEASE = (
    "PRESS RELEASE\n\nExample Seafood welcomes tariff cuts under EFTA-Thailand deal\n\n"
    "OSLO, 17 November 2026 – Example Seafood welcomed the deal on Tuesday.\n\n"
    '"We expect to double our shipments," said Jane Doe, its chief executive.\n\n'
)


@pytest.mark.parametrize("end_mark", ["-ENDS-", "— ENDS —", "###", "ENDS", "-30-"])
def test_a_press_releases_appendix_after_its_end_mark_is_not_body(end_mark):
    article = parse_article_text(
        f"{_RELEASE}{end_mark}\n\nNotes to editors\n\nAbout Example Seafood AS\n"
        "Example Seafood was founded in 1978 and exports to Japan and China.\n\n"
        "Media contact\nJohn Roe\nHead of Communications\n+47 700 12 345\n"
    )
    assert article.body.endswith("said Jane Doe, its chief executive.")
    assert article.outlet == "Example Seafood AS"
    assert "Japan" not in article.body


def test_a_release_s_about_and_contact_headings_start_its_appendix():
    article = parse_article_text(
        f"{_RELEASE}About the Example Council\n\nThe Example Council represents 140 growers "
        "in Brazil.\n\nPress contact\n\nMarina Teixeira\n+55 11 3555 0199\n"
    )
    assert article.body.endswith("said Jane Doe, its chief executive.")
    assert article.outlet == "Example Council"


def test_a_contact_for_journalists_heading_after_the_end_mark_starts_the_appendix():
    article = parse_article_text(
        f"{_RELEASE}###\n\nContact for journalists:\nPress Department, Example Ministry\n\n"
        "Related press releases\nRuritanian trade office opens in Freedonia (17.11.2026)\n"
    )
    assert article.body.endswith("said Jane Doe, its chief executive.")
    assert "17.11.2026" not in article.body


@pytest.mark.parametrize(
    "line", ["Wednesday, 25 November 2026 15:12 WIB", "25 November 2026, 09:40 MSK"]
)
def test_a_date_line_with_a_zone_not_ending_in_t_dates_the_story(line):
    article = parse_article_text(
        f"Ruritania and Freedonia agree on certificates\n\n{line}\n\n"
        "Strelsau (Example Agency) - The two sides agreed on Tuesday to share certificates."
    )
    assert article.published == date(2026, 11, 25)
    assert article.body.startswith("Strelsau")


def test_a_related_news_line_with_its_headline_inside_the_story_is_not_body():
    article = parse_article_text(
        "Ruritania and Freedonia agree on certificates\n\n25 November 2026\n\n"
        "The two sides agreed on Tuesday to share certificates.\n\n"
        "Related news: Freedonia's grain exports up 9 percent in October: growers\n\n"
        "The committee will meet again in 2027."
    )
    assert "October" not in article.body
    assert article.body.endswith("meet again in 2027.")


def test_an_agencys_closing_reporter_and_editor_credits_name_its_authors():
    article = parse_article_text(
        "Ruritania and Freedonia agree on certificates\n\n25 November 2026\n\n"
        "Strelsau (EXA) - The two sides agreed on Tuesday to share certificates.\n\n"
        "Reporter: Jane Doe, John Roe\nEditor: Ann Poe\nCopyright © EXA 2026"
    )
    assert article.author == "Jane Doe and John Roe"
    assert article.body.endswith("to share certificates.")
    # a transcript's questioner is no credit
    article = parse_article_text(
        "Ruritania and Freedonia agree on certificates\n\n25 November 2026\n\n"
        "The two sides agreed on Tuesday to share certificates.\n\n"
        "Reporter: Will the certificates cover grain?"
    )
    assert article.author is None
    assert article.body.endswith("cover grain?")


@pytest.mark.parametrize(
    "line",
    ["Written by Jane Doe in Strelsau. Edited by John Roe.", "By Jane Doe. Produced by Ann Poe"],
)
def test_a_byline_followed_by_its_editors_credit_names_only_its_writer(line):
    article = parse_article_text(
        f"Ruritania and Freedonia agree on certificates\n\n{line}\n\n25 November 2026\n\n"
        "The two sides agreed on Tuesday to share certificates."
    )
    assert article.author == "Jane Doe"


@pytest.mark.parametrize("edition", ["· Asia edition", "| Weekend Edition", "- Morning edition"])
def test_a_date_line_closing_with_its_edition_dates_the_story(edition):
    assert dates_in_date_line(f"Wednesday, 25 November 2026 {edition}") == (
        date(2026, 11, 25),
        None,
    )


def test_a_newsletters_also_in_this_issue_list_is_not_body():
    article = parse_article_text(
        "Ruritania and Freedonia agree on certificates\n\n25 November 2026\n\n"
        "The two sides agreed on Tuesday to share certificates.\n\n"
        "Also in this week's Letter:\n\n"
        "Borduria's salmon prices slide as Christmas orders come in late\n"
        "Freedonian ports brace for new customs data rules\n\n"
        "The committee will meet again in 2027."
    )
    assert "salmon" not in article.body
    assert "ports" not in article.body
    assert article.body.endswith("meet again in 2027.")
    # a story's own list under "Also on the agenda:" stays
    article = parse_article_text(
        "Ruritania and Freedonia agree on certificates\n\n25 November 2026\n\n"
        "The two sides agreed on Tuesday to share certificates.\n\n"
        "Also on the agenda:\n\nRules for digital trade and data flows\n\n"
        "The committee will meet again in 2027."
    )
    assert "digital trade" in article.body


@pytest.mark.parametrize(
    "note",
    [
        "Jane Doe writes the Letter's fisheries column from Strelsau. Tips: jane@example.com",
        "John Roe is our Brussels correspondent.",
    ],
)
def test_a_closing_note_about_the_writer_is_not_body(note):
    article = parse_article_text(
        "Ruritania and Freedonia agree on certificates\n\n25 November 2026\n\n"
        f"The two sides agreed on Tuesday to share certificates.\n\n{note}"
    )
    assert article.body == "The two sides agreed on Tuesday to share certificates."
    # the story's last sentence about a person stays
    last = "Prime Minister John Roe is expected to sign the letter of intent next week."
    article = parse_article_text(
        "Ruritania and Freedonia agree on certificates\n\n25 November 2026\n\n"
        f"The two sides agreed on Tuesday to share certificates.\n\n{last}"
    )
    assert article.body.endswith(last)


@pytest.mark.parametrize(
    "sign_off",
    [
        "That’s it for today. We’re back tomorrow at 6:45 a.m.",
        "See you next Monday.",
        "We're back on Thursday with the vote.",
    ],
)
def test_a_newsletters_sign_off_is_not_body(sign_off):
    article = parse_article_text(
        "Ruritania and Freedonia agree on certificates\n\n25 November 2026\n\n"
        f"The two sides agreed on Tuesday to share certificates.\n\n{sign_off}"
    )
    assert article.body == "The two sides agreed on Tuesday to share certificates."


def test_notes_to_editors_without_an_end_mark_stay_in_the_body():
    article = parse_article_text(
        f"{_RELEASE}Notes to editors\n\nThe department published its approach in April 2024."
    )
    assert article.body.endswith("published its approach in April 2024.")


@pytest.mark.parametrize(
    "dateline",
    ["BRASÍLIA, 12 November 2026 –", "ÅLESUND, Norway, 12 November 2026 –", "ŁÓDŹ, 12 Nov 2026 -"],
)
def test_a_dateline_whose_place_has_accents_dates_the_story(dateline):
    article = parse_article_text(
        f"Mercosur and Canada end ninth round of trade talks\n\n{dateline} Negotiators ended"
        " the round on Wednesday, officials said.\n\nThey will meet again in February."
    )
    assert article.published == date(2026, 11, 12)
    assert article.body.startswith(dateline)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Last updated: 19.11.2026 16:20", (None, date(2026, 11, 19))),
        ("Updated on 19 November 2026, 19:05", (None, date(2026, 11, 19))),
        ("Modified: 19 November 2026, 18:05", (None, date(2026, 11, 19))),
        ("Last modified 19.11.2026 21:40", (None, date(2026, 11, 19))),
        ("Page last updated 19 November 2026", (None, date(2026, 11, 19))),
        ("Edited on 19 November 2026", (None, date(2026, 11, 19))),
        (
            "First published 18 Nov 2026; last edited 19 Nov 2026",
            (date(2026, 11, 18), date(2026, 11, 19)),
        ),
    ],
)
def test_update_lines_in_other_words(line, expected):
    assert dates_in_date_line(line) == expected


def test_a_modified_date_before_the_published_one():
    article = parse_article_text(
        "India and EFTA to set up investment desk\n\nBy Jane Doe\n\n"
        "New Delhi | Last modified: November 21, 2026 22:10 IST | Published: November 20, 2026"
        " 14:42 IST\n\nIndia and EFTA agreed on Thursday to set up a desk, officials said."
    )
    assert (article.published, article.updated) == (date(2026, 11, 20), date(2026, 11, 21))


@pytest.mark.parametrize(
    "paper", ["The Northern Courier", "The Valley Dispatch", "Harbour Monitor"]
)
def test_a_papers_name_over_the_byline_is_the_outlet_not_the_author(paper):
    article = parse_article_text(
        f"Salmon farmers look east as China reopens its door\n\n{paper}\nBy Isla Drummond-Keay\n"
        "Friday 14 March 2025\n\nScottish salmon producers hope to win back a place in China."
    )
    assert (article.author, article.outlet) == ("Isla Drummond-Keay", paper)


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("Contact: USTR Public & Media Affairs (202) 395-3230", "USTR"),
        ("Media contact: Example Ministry Press Office, +1 555 0100", "Example Ministry"),
        ("Contact: Jane Doe, +1 555 0100", None),
    ],
)
def test_a_releases_contact_office_names_the_issuer(line, issuer):
    article = parse_article_text(
        f"FOR IMMEDIATE RELEASE\n\n09/30/2018\n\n{line}\n\n"
        "Joint Statement on the new trade agreement between the two countries\n\n"
        "The two countries reached an agreement today, the statement said."
    )
    assert article.outlet == issuer
    assert article.title == "Joint Statement on the new trade agreement between the two countries"


@pytest.mark.parametrize(
    "credit", ["(Edited by Carla Monteiro)", "(Translated by Jane Doe)", "(Compiled by John Roe)"]
)
def test_a_desk_credit_in_brackets_closing_the_story_is_not_body(credit):
    article = parse_article_text(
        "Mercosur and Canada end ninth round of trade talks\n\nBy Ana Souza\n\n"
        f"12 November 2026\n\nNegotiators ended the round on Wednesday.\n\n{credit}"
    )
    assert article.body == "Negotiators ended the round on Wednesday."


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("(Reporting by Jane Doe; Editing by John Roe)", "Jane Doe"),
        (
            "(Reporting by Jane Doe in Brussels and Ana Paula Souza in New Delhi; Additional "
            "reporting by Mark Lee; Editing by John Roe)",
            "Jane Doe and Ana Paula Souza",
        ),
        ("Reporting by Jane Doe; Writing by Mark Lee; Editing by John Roe", "Jane Doe"),
        ("(Additional reporting by Mark Lee; Editing by John Roe)", None),
        ("(Editing by John Roe)", None),
    ],
)
def test_a_wires_reporters_are_the_authors_when_no_byline_names_them(credit, author):
    article = parse_article_text(
        "EU and India aim to close trade talks by year-end\n\n"
        "NEW DELHI, Oct 14, 2024 (Reuters) - The two sides aim to finish the talks this year."
        f"\n\n{credit}"
    )
    assert (article.author, article.outlet) == (author, "Reuters")
    assert article.body.endswith("this year.")


def test_a_byline_wins_over_the_wires_reporting_credit():
    article = parse_article_text(
        "EU and India aim to close trade talks by year-end\n\nBy Mark Lee\n\n"
        "The two sides aim to finish the talks this year.\n\n(Reporting by Jane Doe)"
    )
    assert article.author == "Mark Lee"


def test_a_wires_closing_notes_on_who_reported_from_where_are_not_body():
    article = parse_article_text(
        "Japan and Australia agree to speed up beef tariff talks\n\nBy Jane Doe\n\n"
        "TOKYO (AP) — Japan and Australia agreed Tuesday to speed up talks.\n\n"
        "Kishida said the review would end in March.\n\n___\n\n"
        "Doe reported from Canberra, Australia. Associated Press writer John Roe in Beijing "
        "contributed to this report."
    )
    assert article.body.endswith("would end in March.")


def test_a_last_paragraph_about_reporting_by_officials_stays():
    body = "The ministry's reporting by exporters showed a fall. Reporting by the agency lagged."
    article = parse_article_text(f"Exports fall\n\nBy Jane Doe\n\nTalks went on.\n\n{body}")
    assert article.body.endswith(body)


@pytest.mark.parametrize(
    ("update_line", "dateline", "updated"),
    [
        ("Updated on 12/11/2026 - 18:05", "BRASÍLIA, 12 November 2026 –", date(2026, 11, 12)),
        ("Updated 11/12/2026 6:05 PM", "WASHINGTON, November 12, 2026 —", date(2026, 11, 12)),
        ("Updated on 13/11/2026 - 18:05", "BRASÍLIA, 12 November 2026 –", date(2026, 11, 13)),
    ],
)
def test_an_update_date_that_reads_either_way_follows_the_storys_order(
    update_line, dateline, updated
):
    article = parse_article_text(
        f"Mercosur and Canada end ninth round of trade talks\n\n{update_line}\n\n"
        f"By Ana Souza\n\n{dateline} Negotiators ended the round on Wednesday."
    )
    assert (article.published, article.updated) == (date(2026, 11, 12), updated)


# --- round 22: metadata and formats on unseen files -------------------------------------

BODY = (
    "The two governments concluded the negotiations on Thursday after three years of talks,"
    " officials said.\n\nThe agreement will be signed next year once both sides have"
    " finished the legal review of the text."
)


def test_a_release_section_over_the_issuer_names_the_outlet_not_the_title():
    article = parse_article_text(
        "Press Releases | Ministry of Foreign Trade of Examplia\n\n"
        "Examplia and Otherland Conclude Negotiations on Trade Pact\n\n3 March 2026\n\n" + BODY
    )
    assert article.title == "Examplia and Otherland Conclude Negotiations on Trade Pact"
    assert article.outlet == "Ministry of Foreign Trade of Examplia"


def test_a_release_section_in_a_dated_header_line_is_no_outlet():
    article = parse_article_text(
        "Examplia and Otherland conclude negotiations on a trade pact\n\n"
        "Press Releases | ABCD | 15-07-2025 - 12:31\n\n" + BODY
    )
    assert article.published == date(2025, 7, 15)
    assert article.outlet == "ABCD"


def test_a_blog_name_and_tagline_over_a_posted_headline_are_its_outlet_not_its_title():
    article = parse_article_text(
        "The Example Notebook\n\nNotes on trade rules from a former negotiator\n\n"
        "Examplia and Otherland: why one chapter is the last gap\n\n"
        "Posted on 3 November 2026 by Jane Doe\n\n" + BODY
    )
    assert article.title == "Examplia and Otherland: why one chapter is the last gap"
    assert article.outlet == "The Example Notebook"
    assert (article.author, article.published) == ("Jane Doe", date(2026, 11, 3))
    assert article.body.startswith("The two governments")


def test_a_short_headline_over_its_deck_is_no_blog_name_without_a_posted_line():
    article = parse_article_text(
        "Trade Truce Holds\n\nBoth sides say the talks will go on into the spring season\n\n"
        "By Jane Doe | 3 November 2026\n\n" + BODY
    )
    assert article.title == "Trade Truce Holds"
    assert article.outlet is None


def test_a_posted_line_may_close_with_labelled_tags():
    article = parse_article_text(
        "Examplia and Otherland: why one chapter is the last gap\n\n"
        "Posted on 3 November 2026 by Jane Doe | Filed under: Trade agreements, Asia\n\n" + BODY
    )
    assert (article.author, article.published) == ("Jane Doe", date(2026, 11, 3))
    assert article.body.startswith("The two governments")


def test_a_date_line_may_close_with_the_place_in_capitals():
    line = "Updated - November 14, 2026 06:40 pm IST - NEW DELHI"
    assert dates_in_date_line(line) == (None, date(2026, 11, 14))
    assert dates_in_date_line("Published - November 14, 2026 - in talks with Delhi") is None


def test_a_caption_with_its_credit_after_the_sentence_is_removed():
    article = parse_article_text(
        "Examplia and Otherland sign their trade agreement in Tokyo\n\n"
        "The signing ceremony in Tokyo on Monday. Photo: Example Ledger\n\n" + BODY
    )
    assert "Photo:" not in article.body
    assert "The signing ceremony in Tokyo on Monday. Photo: Example Ledger" in article.removed


def test_a_newsletter_platforms_lines_around_the_post_are_furniture():
    title = "Examplia and Otherland: the deal nobody talks about"
    article = article_text_from_document(
        RawDocument(
            origin="post.eml",
            text=f"Forwarded this email? Subscribe here for more\n\n{title}\n\n{BODY}\n\n"
            "Thanks for reading The Example Letter! Subscribe for free to receive new posts.\n\n"
            "Like\n\nComment\n\nRestack",
            title=title,
            has_metadata=True,
        )
    )
    assert article.body == BODY


def test_a_wordpress_feed_footer_is_furniture():
    footer = "The post Examplia and Otherland sign a pact appeared first on Example Exporter."
    article = parse_article_text(f"Examplia and Otherland sign a pact\n\n{BODY}\n\n{footer}")
    assert article.body.endswith("finished the legal review of the text.")
    assert footer in article.removed


# --- round 26: mastheads, foreign month names, "Special to", platform furniture --------

_R26_HEADLINE = "Examplia and Otherland close the digital chapter of their trade deal"


@pytest.mark.parametrize(
    ("masthead", "dated", "outlet"),
    [
        (
            "THE EXAMPLE GAZETTE",
            "Example Gazette | World Business | Thursday, November 19, 2026",
            "The Example Gazette",
        ),
        ("The Example Post", "World | 19 November 2026, 17:05", "The Example Post"),
    ],
)
def test_a_papers_name_over_a_dated_section_line_is_its_masthead(masthead, dated, outlet):
    article = parse_article_text(f"{masthead}\n{dated}\n\n{_R26_HEADLINE}\n\n{BODY}")
    assert (article.title, article.outlet) == (_R26_HEADLINE, outlet)
    assert article.published == date(2026, 11, 19)
    assert article.body == BODY


@pytest.mark.parametrize(
    "line",
    ["Mundo | 19 novembro 2026, 17:05", "19 de noviembre de 2026", "19 novembre 2026, 09:12"],
)
def test_a_date_line_in_the_sites_language_is_read(line):
    assert dates_in_date_line(line) == (date(2026, 11, 19), None)


def test_a_contributors_paper_after_special_to_is_the_outlet():
    article = parse_article_text(
        f"{_R26_HEADLINE}\n\nBy Jane Doe and John Roe, Special to The Example Gazette\n"
        f"November 19, 2026\n\n{BODY}"
    )
    assert (article.author, article.outlet) == ("Jane Doe and John Roe", "The Example Gazette")


def test_a_relative_time_stamp_is_furniture():
    article = parse_article_text(
        f"{_R26_HEADLINE}\n\nBy Jane Doe\nNovember 19, 2026\nUpdated 3 hours ago\n\n{BODY}"
    )
    assert article.body == BODY
    assert "Updated 3 hours ago" in article.removed


def test_a_newsletter_pages_name_over_its_account_links_is_the_outlet():
    article = parse_article_text(
        f"The Example Letter\nSubscribe\nSign in\n\n{_R26_HEADLINE}\n"
        "Ministers want more. Industry wants it faster.\nJane Doe\nNov 21, 2026\n∙ Paid\n14\n3\n"
        f"Share\n\n{BODY}"
    )
    assert (article.title, article.outlet, article.author) == (
        _R26_HEADLINE,
        "The Example Letter",
        "Jane Doe",
    )
    assert article.published == date(2026, 11, 21)
    assert article.body == BODY


@pytest.mark.parametrize(
    "header",
    [
        "The Example Star | Nation | Thursday, 20 Nov 2026",
        "Example Daily News | Business | 20 November 2026",
    ],
)
def test_a_header_line_of_outlet_section_and_date_over_the_headline(header):
    article = parse_article_text(
        f"{header}\n\nMalaysia to open government procurement to partners next year\n\n"
        "KUALA LUMPUR: Malaysia will open part of its procurement market from January, the "
        "ministry said on Wednesday."
    )
    assert (article.title, article.outlet, article.published) == (
        "Malaysia to open government procurement to partners next year",
        header.split(" | ")[0],
        date(2026, 11, 20),
    )
    assert article.author is None


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("By KEN MORI, Example staff writer", "Ken Mori", "Example"),
        ("Ken Mori, Example staff writer", "Ken Mori", "Example"),
        ("KEN MORI, Example Asia staff writers", "Ken Mori", "Example Asia"),
        ("Ken Mori, Senior staff writer", "Ken Mori", None),
    ],
)
def test_a_byline_naming_the_outlets_staff_gives_the_outlet(byline, author, outlet):
    article = parse_article_text(
        "Japan and US launch trade talks\n\n"
        f"{byline}\nSeptember 27, 2018 02:30 JST\n\n"
        "Japan and the U.S. agreed on Wednesday to start negotiations."
    )
    assert (article.author, article.outlet) == (author, outlet)


def test_an_agency_opening_the_first_paragraph_without_a_place_is_the_outlet():
    article = parse_article_text(
        "(Bloomberg) -- Japan agreed to start trade talks with the U.S. on Wednesday.\n\n"
        "Abe and Trump agreed in New York to begin the negotiations."
    )
    assert article.outlet == "Bloomberg"


# --- round 30 ---------------------------------------------------------------------------

_ROUND30_BODY = (
    "UTOPOLIS -- Ruritania and Freedonia will restart negotiations on a trade agreement next"
    " month, officials said on Friday.\n\nThe two governments launched talks in 2014 and held"
    " 17 rounds before the process stalled in 2022."
)
_ROUND30_TITLE = "Ruritania and Freedonia revive stalled trade talks"


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("By JANE DOE Example Ledger staff writer", "Jane Doe", "Example Ledger"),
        (
            "By JANE M. DOE and JOHN ROE Example Ledger staff writers",
            "Jane M. Doe and John Roe",
            "Example Ledger",
        ),
        ("JANE DOE Example Ledger staff writer", "Jane Doe", "Example Ledger"),
        # names in capitals with "and" between them go on to the last capital word
        ("By JANE DOE and JOHN ROE", "Jane Doe and John Roe", None),
        # "for" before the outlet is read as before
        ("By JANE DOE for Example News", "JANE DOE", "Example News"),
    ],
)
def test_a_byline_in_capitals_with_no_comma_before_the_outlet(byline, author, outlet):
    text = f"{_ROUND30_TITLE}\n{byline}\nNovember 20, 2026 17:40 JST\n\n{_ROUND30_BODY}"
    article = parse_article_text(text)
    assert (article.title, article.author, article.outlet) == (_ROUND30_TITLE, author, outlet)
    assert article.published == date(2026, 11, 20)
    assert article.body.startswith("UTOPOLIS")


def test_a_name_in_capitals_alone_under_the_headline_is_the_author():
    article = parse_article_text(f"{_ROUND30_TITLE}\n\nJANE DOE\n\n{_ROUND30_BODY}")
    assert (article.title, article.author) == (_ROUND30_TITLE, "Jane Doe")
    assert article.body.startswith("UTOPOLIS")
    # a section or a place in capitals is no name, nor a transcript's masthead
    for line in ("WORLD TRADE", "NEW ZEALAND", "JANE DOE\nMINISTER FOR TRADE"):
        article = parse_article_text(f"{_ROUND30_TITLE}\n{line}\n\n{_ROUND30_BODY}")
        assert article.author is None, line


def test_a_sources_author_in_capitals_is_title_cased_but_an_agency_is_not():
    document = RawDocument(origin="a.html", text=_ROUND30_BODY, has_metadata=True)
    for stated, cased in [
        ("JANE DOE and JOHN ROE", "Jane Doe and John Roe"),
        ("JANE DOE, AFP", "Jane Doe, AFP"),
        ("Jane Doe", "Jane Doe"),
    ]:
        document.author = stated
        assert article_text_from_document(document).author == cased


def test_a_newsletter_platforms_post_headline_may_end_with_a_full_stop_and_its_footer_goes():
    text = (
        "Example Letter\nSubscribe\nSign in\n\nRuritania has a deal. Dairy is not in it.\n"
        "What the capital gave up, and what it got\nJane Doe\nNov 22, 2026\n38\n6\nShare\n\n"
        f"{_ROUND30_BODY}\n\nLeave a comment\n\nThe deal must still be ratified.\n\n"
        "Thanks for reading Example Letter! Subscribe for free to receive new posts.\n\n"
        "Subscribe\n\n38 Likes∙4 Restacks\n\n6 Comments\nShare\n\nPrevious\nNext\n"
        "Discussion about this post\nComments\nRestacks\n"
    )
    article = parse_article_text(text)
    assert article.title == "Ruritania has a deal. Dairy is not in it."
    assert (article.author, article.outlet) == ("Jane Doe", "Example Letter")
    assert article.published == date(2026, 11, 22)
    assert article.body.startswith("UTOPOLIS")
    assert article.body.endswith("The deal must still be ratified.")
    assert "Leave a comment" not in article.body
    # without the platform's account links, a line ending with a full stop is the body's
    plain = parse_article_text(f"Ruritania has a deal. Dairy is not in it.\n\n{_ROUND30_BODY}")
    assert plain.title != "Ruritania has a deal. Dairy is not in it."


@pytest.mark.parametrize(
    ("note", "updated"),
    [
        ("This article was amended on November 21, 2026 to correct a name.", date(2026, 11, 21)),
        (
            "*This article was amended on 22 November 2026. An earlier version gave the wrong title"
            " for Jane Doe.*",
            date(2026, 11, 22),
        ),
        (
            "Correction: This story has been updated on Nov. 23, 2026 to add comment.",
            date(2026, 11, 23),
        ),
        ("An earlier version of this article misstated the date of the round.", None),
    ],
)
def test_a_correction_note_is_furniture_and_its_day_the_last_update(note, updated):
    text = f"{_ROUND30_TITLE}\nNovember 20, 2026\n\n{_ROUND30_BODY}\n\n{note}\n\n"
    text += "Copyright 2026 Example Ledger."
    article = parse_article_text(text)
    assert article.updated == updated
    assert article.published == date(2026, 11, 20)
    assert article.body.endswith("stalled in 2022.")
    # an earlier stated update gives way to the note's later day, not the other way round
    stated = text.replace("November 20, 2026", "November 20, 2026, updated November 25, 2026")
    assert parse_article_text(stated).updated == date(2026, 11, 25)


def test_a_sentence_about_an_amended_agreement_is_no_correction_note():
    body = (
        f"{_ROUND30_BODY}\n\nThe agreement was amended on 3 March 2025 to add a services chapter."
    )
    article = parse_article_text(f"{_ROUND30_TITLE}\nNovember 20, 2026\n\n{body}")
    assert article.updated is None
    assert article.body.endswith("services chapter.")


def test_headlines_under_a_read_more_label_are_links_not_the_story():
    links = "Read more:\nRuritania's farmers count the cost\nInside Freedonia's trade deal spree"
    text = f"{_ROUND30_TITLE}\nNovember 20, 2026\n\n{_ROUND30_BODY}\n\n{links}\n\n{_ROUND30_BODY}"
    article = parse_article_text(text)
    assert "Ruritania's farmers" not in article.body
    assert "Inside Freedonia" not in article.body
    assert article.body.count("UTOPOLIS") == 2
    # the story goes on under a label's links: a sentence is no link
    text = text.replace("Inside Freedonia's trade deal spree", "Officials said the talks went on.")
    assert "Officials said the talks went on." in parse_article_text(text).body


@pytest.mark.parametrize(
    "line",
    [
        "Photograph: Jane Doe/Example Agency",
        "Credit: Jane Doe/AP",
        "Updated yesterday",
        "Updated · 3h ago",
        "3 hours ago",
        "Advertisement - Scroll to continue",
        "Article continues below",
        "Get our weekly newsletter on trade every Friday.",
        "This story first appeared in our Trade Brief newsletter. Sign up here.",
        "Enjoying this article? Subscribe to Example Times for more.",
        "Also read: Ruritania's farmers count the cost",
        "ALSO READ | Ruritania's farmers count the cost",
        "WATCH: Ministers meet in Utopolis",
        "Copy link",
        "Gift this article",
        "Save",
        "Most read",
        "Topics: Trade, Ruritania",
        "Follow the topics in this article",
        "Reprints & Permissions",
    ],
)
def test_more_page_furniture_leaves_the_body(line):
    for text in (
        f"{_ROUND30_TITLE}\nNovember 20, 2026\n\n{line}\n\n{_ROUND30_BODY}",
        f"{_ROUND30_TITLE}\nNovember 20, 2026\n\n{_ROUND30_BODY}\n\n{line}\n\nThe talks go on.",
    ):
        article = parse_article_text(text)
        assert line not in article.body
        assert "stalled in 2022." in article.body


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said its newsletter would carry the tariff schedules next week.",
        "Officials will watch the vote closely: a defeat would end the talks.",
        "Exporters hope to save time at the border once the deal applies.",
    ],
)
def test_a_sentence_of_the_story_is_no_furniture(sentence):
    text = (
        f"{_ROUND30_TITLE}\nNovember 20, 2026\n\n{_ROUND30_BODY}\n\n{sentence}\n\nThe talks go on."
    )
    assert sentence in parse_article_text(text).body


# --- fourteenth session: a paper's name over the headline and its byline or date line ----


@pytest.mark.parametrize(
    "header",
    [
        # the name, then the headline, then its byline and date line
        "EXAMPLE WEEKLY\n\n{headline}\n\nThursday 19 November 2026\n\nBy Jane Doe",
        "Example Business Review\n\n{headline}\n\nBy Jane Doe\nThursday, 19 November 2026",
        # the name over the date line and byline, the headline under them
        "Example Weekly\nThursday 19 November 2026\nBy Jane Doe\n\n{headline}",
    ],
)
def test_a_papers_name_over_the_headline_and_its_byline_is_its_masthead(header):
    text = header.format(headline=_R26_HEADLINE) + f"\n\n{BODY}"
    article = parse_article_text(text)
    assert (article.title, article.author) == (_R26_HEADLINE, "Jane Doe")
    assert article.outlet in ("Example Weekly", "Example Business Review")
    assert article.published == date(2026, 11, 19)
    assert article.body == BODY


@pytest.mark.parametrize(
    "first",
    [
        "UPDATE",  # one word in capitals is no paper's name
        "Talks Resume",  # a short headline has no outlet's word
    ],
)
def test_a_short_first_line_without_a_papers_name_is_left_as_it_was(first):
    article = parse_article_text(f"{first}\n\n{_R26_HEADLINE}\n\nBy Jane Doe\n\n{BODY}")
    assert (article.title, article.outlet) == (first, None)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        (
            "Published 19/11/2026 - 10:05 | By Jane Doe | Correio do Exemplo (English edition)"
            " - Brasília",
            "Correio do Exemplo",
        ),
        ("By Jane Doe | Diário de Exemplo | 19 November 2026", "Diário de Exemplo"),
        ("19 November 2026 | By Jane Doe | Corriere della Exemplo", "Corriere della Exemplo"),
    ],
)
def test_a_papers_name_in_another_language_in_a_piped_header_line_is_its_outlet(line, outlet):
    article = parse_article_text(f"{_R26_HEADLINE}\n\n{line}\n\n{BODY}")
    assert (article.outlet, article.author) == (outlet, "Jane Doe")
    assert article.published == date(2026, 11, 19)
    assert article.body == BODY


def test_a_lower_case_particle_alone_makes_no_papers_name():
    # "de" keeps a name's capitals intact, but a name needs a paper's word or "The"
    line = "By Jane Doe | Ciudad de Exemplo | 19 November 2026"
    article = parse_article_text(f"{_R26_HEADLINE}\n\n{line}\n\n{BODY}")
    assert article.outlet is None


def test_an_outlets_name_over_its_section_and_date_in_a_piped_line_is_the_outlet():
    line = "Example Week UK | News | 12 November 2026"
    article = parse_article_text(f"{_R26_HEADLINE}\n\n{line}\n\nBy Jane Doe\n\n{BODY}")
    assert (article.outlet, article.author) == ("Example Week UK", "Jane Doe")
    assert article.published == date(2026, 11, 12)
    # a capital is where the story was filed, not the paper
    line = "Brussels | News | 12 November 2026"
    article = parse_article_text(f"{_R26_HEADLINE}\n\n{line}\n\nBy Jane Doe\n\n{BODY}")
    assert article.outlet is None


@pytest.mark.parametrize(
    "post", ["Director of Trade Policy", "Senior Analyst", "Trade Adviser", "Research Fellow"]
)
def test_a_post_after_the_bylines_name_is_no_outlet(post):
    article = parse_article_text(
        f"{_R26_HEADLINE}\n\nBy Jane Doe, {post}\n\nNovember 12, 2026\n\n{BODY}"
    )
    assert (article.author, article.outlet) == ("Jane Doe", None)


# --- round 34: live pages, a masthead over its section, newswire releases ---------------

_R34_HEADLINE = "Ruritania and Freedonia settle fish quota rules under trade framework"
_R34_BODY = (
    "Ruritania and Freedonia on Tuesday settled the rules for sharing out the enlarged"
    " quota for smoked fish, the ministry said in a statement.\n\nExporters welcomed the"
    " rules, which take effect in January."
)


def test_a_live_pages_badge_and_key_events_label_are_furniture():
    text = (
        f"LIVE\n{_R34_HEADLINE}\nFollow the latest as ministers meet for the final day\n"
        f"Last modified on Thu 19 Nov 2026 17.48 GMT\nKey events\n{_R34_BODY}"
    )
    document = RawDocument(origin="live.html", text=text, title=_R34_HEADLINE, has_metadata=True)
    article = article_text_from_document(document)
    assert article.updated == date(2026, 11, 19)
    assert article.body.startswith("Ruritania and Freedonia on Tuesday")
    assert {"LIVE", "Key events"} <= set(article.removed)


def test_a_masthead_over_its_section_label_and_a_headline_with_a_deck():
    article = parse_article_text(
        f"PAMPA GAZETTE\nEconomy | Trade\n\n{_R34_HEADLINE}\n\n"
        "Exporters get the first certificates by January, officials say\n\n"
        f"By Jane Doe\n\nUpdated: November 18, 2026 at 4:12 p.m. ART\n\n{_R34_BODY}"
    )
    assert (article.title, article.outlet, article.author) == (
        _R34_HEADLINE,
        "Pampa Gazette",
        "Jane Doe",
    )
    # "Updated:" alone states no publication date
    assert (article.published, article.updated) == (None, date(2026, 11, 18))
    assert article.body.startswith("Ruritania and Freedonia on Tuesday")


def test_a_newswire_releases_dateline_dates_it_and_ends_its_deck():
    article = parse_article_text(
        "FOR IMMEDIATE RELEASE\n\nExample Berry Company welcomes ratification of trade"
        " agreement, plans first shipments\n\nCompany expects to ship 1,200 tonnes in its first"
        " season\n\nLIMA, Peru, November 17, 2026 /Example Berry Company/ -- Example Berry"
        " Company today welcomed the ratification of the agreement by Freedonia's"
        " parliament.\n\nThe parliament voted on Thursday to ratify the agreement."
    )
    assert article.published == date(2026, 11, 17)
    assert article.published_how == PublishedHow.STATED
    assert article.body.startswith("LIMA, Peru, November 17, 2026 /Example Berry Company/")
    assert "Company expects to ship 1,200 tonnes in its first season" in article.removed


@pytest.mark.parametrize("kicker", ["WTO ACCESSION", "TRADE TALKS", "RULES OF ORIGIN"])
def test_a_kicker_in_capitals_over_the_headline_and_byline_is_no_title(kicker):
    article = parse_article_text(
        f"{kicker}\n\nRuritania tables revised goods offer as membership talks speed up\n\n"
        "By Jane Doe and John Roe in Geneva\n\n"
        "GENEVA, Nov 18 (Example Wire) - Ruritania tabled a revised offer on Wednesday."
    )
    assert article.title == "Ruritania tables revised goods offer as membership talks speed up"
    assert article.author == "Jane Doe and John Roe"
    # a paper's name in capitals over the same header is still its masthead
    masthead = parse_article_text(
        "THE EXAMPLE GAZETTE\n\nRuritania tables revised goods offer as membership talks speed"
        " up\n\nBy Jane Doe\n\nRuritania tabled a revised offer on Wednesday, officials said."
    )
    assert masthead.outlet == "The Example Gazette"


def test_a_correction_dated_in_its_label_gives_the_update_and_a_yearless_datelines_year():
    text = (
        "Ruritania tables revised goods offer as membership talks speed up\n\n"
        "By Jane Doe\n\n"
        "GENEVA, Nov 18 (Example Wire) - Ruritania tabled a revised offer on Wednesday.\n\n"
        "The working party will meet again in March.\n\n"
        "Correction, Nov 19, 2026: An earlier version of this story said the offer was the"
        " sixth. It was the seventh."
    )
    article = parse_article_text(text)
    assert article.updated == date(2026, 11, 19)
    assert article.published == date(2026, 11, 18)
    assert article.published_how is PublishedHow.STATED
    assert "earlier version" not in article.body
    # a dateline later in the year than the update was filed the year before
    january = text.replace("Nov 19, 2026", "Jan 4, 2027")
    assert parse_article_text(january).published == date(2026, 11, 18)
    # with no update stated, a yearless dateline gives no publication date
    bare = text.rsplit("\n\nCorrection", 1)[0]
    assert parse_article_text(bare).published is None


@pytest.mark.parametrize(
    ("masthead", "label", "outlet"),
    [
        ("EL EXEMPLO ECONÓMICO", "Comercio | Acuerdos", "El Exemplo Económico"),
        (
            "LE COURRIER ÉCONOMIQUE DE FREEDONIA",
            "Économie | Pêche",
            "Le Courrier Économique de Freedonia",
        ),
    ],
)
def test_a_masthead_over_a_section_label_in_another_language_is_the_outlet(masthead, label, outlet):
    article = parse_article_text(
        f"{masthead}\n{label}\n\n{_R26_HEADLINE}\n\nBy Jane Doe\n\n"
        f"Thursday, 19 November 2026\n\n{BODY}"
    )
    assert article.title == _R26_HEADLINE
    assert (article.outlet or "").casefold() == outlet.casefold()


# --- round 42: readers' comments, sharing bars, headlines under release markers ----------


def test_readers_comments_under_a_story_are_no_part_of_it():
    raw = (
        "Ruritania and Freedonia widen sugar quotas\n\nBy Jane Doe\n\n"
        "PORT LOUIS, 19 November 2026 - Ruritania and Freedonia agreed on Wednesday to widen "
        "duty-free quotas for sugar under their trade agreement.\n\n"
        '"Our planters have waited for this," said John Roe.\n\n'
        "Comments (2)\n\nRajesh K. · 2 hours ago\n\n"
        "The Ministry of Agro-Industry should explain.\n\n"
        "Observer Reader · 45 minutes ago\n\nWhen will the minister visit?"
    )
    article = parse_article_text(raw)
    assert article.body.endswith("said John Roe.")
    assert "Comments (2)" in article.removed
    # a bare heading counts only over a commenter's stamp
    bare = raw.replace("Comments (2)", "Comments")
    assert parse_article_text(bare).body.endswith("said John Roe.")
    unstamped = bare.replace(" · 2 hours ago", "").replace(" · 45 minutes ago", "")
    assert "Ministry of Agro-Industry" in parse_article_text(unstamped).body
    # an answer of "No comment" is no heading: the story goes on under it
    answer = raw.replace("Comments (2)", "No comment")
    assert "No comment" in parse_article_text(answer).body


def test_a_sharing_bars_lines_are_boilerplate():
    raw = (
        "Ruritania and Freedonia review their trade agreement\n\n"
        "BELGRADE - Officials met in Belgrade on Monday for the first review of their free "
        "trade agreement, which entered into force in July 2024.\n\n"
        "The two sides agreed to meet again in June.\n\n"
        "Share this:\n\nTwitter\n\nFacebook\n\nLike this:\n\nLike Loading...\n\nRelated"
    )
    article = parse_article_text(raw)
    assert article.body.endswith("meet again in June.")
    assert {"Share this:", "Twitter", "Like Loading...", "Related"} <= set(article.removed)


def test_the_known_headline_under_a_releases_markers_leaves_the_body():
    text = (
        "PRESS RELEASE\nFOR IMMEDIATE RELEASE\nNairobi, 20 November 2026\n"
        "Ruritania and Freedonia agree to speed up plant health checks\n"
        "Ruritania and Freedonia have agreed to cut the time taken by plant health checks, at "
        "a meeting held in Nairobi on Thursday.\n"
        "The pilot starts in March 2027, officials said."
    )
    doc = RawDocument(
        origin="r.html",
        text=text,
        title="Ruritania and Freedonia agree to speed up plant health checks",
        has_metadata=True,
    )
    article = article_text_from_document(doc)
    assert article.body.startswith("Ruritania and Freedonia have agreed")


def test_a_page_address_over_a_pasted_story_is_furniture_and_dates_its_dateline():
    raw = (
        "https://www.example.com/business/2026/11/09/wine-quota\n\n"
        "Ruritania and Freedonia agree wider wine quota\n\n"
        "BRUSSELS, Nov 9 (Example Wire) - Ruritania and Freedonia agreed on Monday to widen a "
        "wine quota under their trade agreement, officials said.\n\n"
        "The change takes effect in January."
    )
    article = article_text_from_document(RawDocument(origin="p.txt", text=raw))
    assert article.title == "Ruritania and Freedonia agree wider wine quota"
    assert article.published == date(2026, 11, 9)
    assert article.body.startswith("BRUSSELS, Nov 9")


def test_a_saved_pages_furniture_in_a_paste_is_boilerplate():
    raw = (
        "Skip to main content\n\nHome › News › Trade\n\n"
        "Ruritania and Freedonia agree to widen wine quota\n\nBy Jane Doe\n\n"
        "Ruritania and Freedonia agreed on Monday to widen a duty-free wine quota under their "
        "free trade agreement, officials said.\n\n"
        "Share: Facebook X WhatsApp | Print this page\n\n"
        "Get the week's trade news in your inbox every Tuesday.\n\nYour email address\n\n"
        "Related posts\n\nFreedonia extends canola duties for another year\n\n"
        "The quota will rise to 4,000 hectolitres from January, the trade ministry said.\n\n"
        "Posted in Trade | Tagged Ruritania, wine\n\nWas this page helpful? Yes / No\n\n"
        "Manage cookie preferences\n\nReject all"
    )
    article = parse_article_text(raw)
    assert article.title == "Ruritania and Freedonia agree to widen wine quota"
    assert article.body.split("\n\n") == [
        "Ruritania and Freedonia agreed on Monday to widen a duty-free wine quota under their "
        "free trade agreement, officials said.",
        "The quota will rise to 4,000 hectolitres from January, the trade ministry said.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Example Quotidien — English edition (translated from French)",
        "Example Quotidien (English edition)",
        "Diário do Exemplo - English edition",
    ],
)
def test_a_papers_english_edition_on_its_own_line_under_the_headline_is_the_outlet(line):
    text = (
        f"Port workers end strike as wage talks resume in the south\n\n{line}\n\n"
        "Dakar, le 20 novembre 2026 – Dockers returned to work on Thursday."
    )
    article = parse_article_text(text)
    expected = line.split(" —")[0].split(" (")[0].split(" -")[0]
    assert (article.title, article.outlet) == (
        "Port workers end strike as wage talks resume in the south",
        expected,
    )
    assert article.body.startswith("Dakar, le 20 novembre 2026")


@pytest.mark.parametrize("issuer", ["Global Affairs Ruritania", "Ruritania Trade Ministry"])
def test_a_government_bodys_name_by_the_date_line_is_the_issuer_not_a_byline(issuer):
    text = (
        f"Transcript: Media availability with the Minister of Trade\n\n{issuer}\n\n"
        "November 21, 2026\n\nMINISTER DOE: Good afternoon."
    )
    article = parse_article_text(text)
    assert (article.author, article.outlet) == (None, issuer)
    # a person's name there is still the byline
    article = parse_article_text(text.replace(issuer, "Jane Doe"))
    assert article.author == "Jane Doe"


def test_a_pasted_page_with_a_wordmark_a_section_and_a_published_line_at_its_foot():
    text = (
        "businessline.\n\nECONOMY\n\n"
        "Ruritania-EAEU FTA: market access deal targeted for the next quarter\n\n"
        "T. S. Doe\n\nNew Delhi | Updated - November 18, 2026 at 10:05 AM.\n\n"
        "Ruritania and the Eurasian Economic Union aim to settle market access, an official "
        "said on Tuesday.\n\nThe talks were launched in 2023.\n\n"
        "Published on November 17, 2026\n\nCOMMENTS\n\nMore like this\n\n"
        "Ruritania, EAEU hold fourth round of FTA talks\n\n"
        "Exporters seek clarity on payments"
    )
    article = parse_article_text(text)
    assert (article.title, article.outlet, article.author) == (
        "Ruritania-EAEU FTA: market access deal targeted for the next quarter",
        "businessline",
        "T. S. Doe",
    )
    assert (article.published, article.updated) == (date(2026, 11, 17), date(2026, 11, 18))
    assert article.body.startswith("Ruritania and the Eurasian")
    assert article.body.endswith("launched in 2023.")
    # a byline with one initial, and links under "More like this" with no comments heading
    article = parse_article_text(
        text.replace("T. S. Doe", "Jane R. Doe").replace("COMMENTS\n\n", "")
    )
    assert article.author == "Jane R. Doe"
    assert article.body.endswith("launched in 2023.")


def test_an_agencys_name_without_brackets_in_a_yearless_dateline_is_the_outlet():
    text = (
        "Ruritania, Borduria aim to sign free trade pact in fiscal 2027\n\n"
        "TOKYO, Nov. 5 Kyodo - Ruritania and Borduria agreed Thursday to aim to sign a free "
        "trade agreement, the Foreign Ministry said."
    )
    article = parse_article_text(text)
    assert (article.outlet, article.published) == ("Kyodo", None)  # no year: no date


def test_a_ministrys_name_under_a_releases_date_line_is_the_outlet():
    text = (
        "PRESS RELEASE\n\nRuritania and Borduria Hold Third Round of EPA Negotiations\n\n"
        "Date: 2026.11.12 (Thu.)\n\nMinistry of Trade, Industry and Energy\n\n"
        "Office of FTA Negotiations, FTA Negotiations Division II\n\n"
        "The Ministry announced that Ruritania and Borduria held the third round of talks."
    )
    article = parse_article_text(text)
    assert (article.outlet, article.published) == (
        "Ministry of Trade, Industry and Energy",
        date(2026, 11, 12),
    )
    assert article.body.startswith("The Ministry announced")


def test_a_papers_name_over_a_crumb_trail_is_the_masthead_and_the_headline_follows():
    text = (
        "Skip to content\nRuritania Valley Echo\nNews > World > Trade\n\n"
        "Valley egg farmers fear cheap imports as Ruritania reviews its trade deal\n\n"
        "Producers want a cap on duty-free eggs before the review opens\n\n"
        "Jane Doe Trade reporter\n08:30, 19 NOV 2026 Updated 10:15, 19 NOV 2026\nBookmark\n\n"
        "Egg farmers have urged ministers to protect them from cheap imports."
    )
    article = parse_article_text(text)
    assert article.title.startswith("Valley egg farmers fear cheap imports")
    assert (article.outlet, article.author) == ("Ruritania Valley Echo", "Jane Doe")
    assert article.published == date(2026, 11, 19)
    assert article.body.startswith("Egg farmers have urged")


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Jane Doe Business reporter", "Jane Doe"),
        ("Jane Doe Senior Local Democracy Reporter", "Jane Doe"),
        ("Jane Mary Doe Political correspondent", "Jane Mary Doe"),
    ],
)
def test_a_bylines_desk_and_role_after_the_name_are_no_part_of_it(byline, author):
    text = (
        "Ruritania and Borduria agree to cut tariffs on steel and eggs\n\n"
        f"{byline}\n14:05, 20 NOV 2026\n\n"
        "Ruritania and Borduria agreed on Friday to cut tariffs."
    )
    assert parse_article_text(text).author == author


def test_a_broadcasters_initials_and_word_over_a_headline_byline_and_date_is_the_masthead():
    text = (
        "XYZ Rural\n\nRuritania trade deal back on track as Borduria lifts its beef quota offer\n\n"
        "By senior trade reporter Jane Doe\n\nPosted Tue 17 Nov 2026 at 6:45am\n\n"
        "Negotiators say Borduria has improved its offer on beef."
    )
    article = parse_article_text(text)
    assert article.title.startswith("Ruritania trade deal back on track")
    assert (article.outlet, article.author) == ("XYZ Rural", "Jane Doe")


def test_a_plural_genre_is_a_section_label_under_the_masthead():
    text = (
        "EXAMPLE DAILY\nEconomy | Interviews\n\n"
        "Ruritania will not trade away its gains for a quick deal with Borduria\n\n"
        "By JANE DOE\nThursday, November 19, 2026\n\n"
        "Ruritania and Borduria resumed talks this week."
    )
    article = parse_article_text(text)
    assert (article.title[:20], article.outlet) == ("Ruritania will not t", "Example Daily")


@pytest.mark.parametrize(
    "byline", ["By political reporter Jane Doe", "By senior business correspondent Jane Doe"]
)
def test_a_post_in_lower_case_between_by_and_the_name_is_no_part_of_it(byline):
    text = (
        "Ruritania and Borduria agree to cut tariffs on steel and eggs\n\n"
        f"{byline}\n\n20 November 2026\n\n"
        "Ruritania and Borduria agreed on Friday to cut tariffs."
    )
    assert parse_article_text(text).author == "Jane Doe"


def test_a_papers_name_in_capitals_over_the_headline_and_a_dateline_is_the_masthead():
    text = (
        "RURITANIA BUSINESS POST\n\n"
        "Ruritania, Borduria settle tariff lists for preferential trade pact\n\n"
        "Strelsau, Nov. 21 -- Ruritania and Borduria have agreed the lists of goods, "
        "officials said on Saturday."
    )
    article = parse_article_text(text)
    assert article.title.startswith("Ruritania, Borduria settle")
    assert article.outlet == "Ruritania Business Post"
    assert article.body.startswith("Strelsau, Nov. 21 --")


@pytest.mark.parametrize(
    "line", ["Last updated 14:02 GMT, 3 March 2026", "Updated 9.30am BST, 3 March 2026"]
)
def test_an_update_label_before_a_time_and_its_zone_dates_the_update(line):
    assert dates_in_date_line(line) == (None, date(2026, 3, 3))
    text = (
        "Ruritania and Borduria agree to cut tariffs on steel and eggs\n\n"
        "By Jane Doe\nFirst published 07:30 GMT, 2 March 2026\n"
        f"{line}\n\n"
        "Ruritania and Borduria agreed on Friday to cut tariffs."
    )
    article = parse_article_text(text)
    assert (article.published, article.updated) == (date(2026, 3, 2), date(2026, 3, 3))
    assert article.body.startswith("Ruritania and Borduria agreed")


@pytest.mark.parametrize("section", ["Farming", "Rural", "Agribusiness"])
def test_a_papers_name_over_a_farming_section_label_is_the_masthead(section):
    text = (
        f"The Example Chronicle\n{section}\n\n"
        "Beef farmers fear Ruritanian quota as Borduria talks enter final stretch\n\n"
        "By Jane Doe, Agriculture Correspondent\nFirst published 07:30 GMT, 2 March 2026\n"
        "Last updated 14:02 GMT, 3 March 2026\n\n"
        "Beef farmers have called on the government to hold out against a larger quota."
    )
    article = parse_article_text(text)
    assert article.title.startswith("Beef farmers fear")
    assert (article.outlet, article.author) == ("The Example Chronicle", "Jane Doe")
    assert article.updated == date(2026, 3, 3)
    assert article.body.startswith("Beef farmers have called")


@pytest.mark.parametrize(
    ("bylines", "author"),
    [
        (
            "By Jane Doe, Agriculture Correspondent\nBy John Roe in Strelsau",
            "Jane Doe and John Roe",
        ),
        ("By Jane Doe and Jim Poe\nBy John Roe", "Jane Doe, Jim Poe and John Roe"),
        ("By Jane Doe\nBy Jane Doe in Strelsau", "Jane Doe"),
    ],
)
def test_two_by_lines_over_one_story_are_its_coauthors(bylines, author):
    text = (
        "Ruritania and Borduria agree to cut tariffs on steel and eggs\n\n"
        f"{bylines}\n20 November 2026\n\n"
        "Ruritania and Borduria agreed on Friday to cut tariffs."
    )
    assert parse_article_text(text).author == author


def test_a_read_more_line_wrapped_onto_the_paragraph_under_it_leaves_that_paragraph():
    text = (
        "Hill farmers urge review of the Ruritanian lamb quota\n\nBy Jane Doe\n"
        "18 November 2026\n\n"
        "Sheep farmers have asked the government to review the quota for Ruritanian lamb.\n"
        "Read more: Strelsau mart prices hold steady as store lamb trade slows on the hill\n"
        "A spokesperson for the trade department said on Monday that the quota could only "
        "be changed by the joint committee.\n\n"
        "Sign up for our farming newsletter\nevery Friday in your inbox."
    )
    article = parse_article_text(text)
    assert article.body.endswith("could only be changed by the joint committee.")
    assert "Read more" not in article.body
    assert "Read more: Strelsau mart prices hold steady as store lamb trade slows on the hill" in (
        article.removed
    )


def test_linked_headlines_one_a_line_under_a_related_label_leave_the_body():
    text = (
        "Ruritania closes goods market access talks with Borduria\n\nBy Jane Doe\n"
        "17 November 2026\n\n"
        "Ruritania has concluded bilateral market access talks on goods with Borduria.\n\n"
        "Related:\n\n"
        "Ruritania and Borduria agree to share their border crossing data at last\n"
        "Cotton exporters count the cost of new freight rates\n\n"
        "A trade lawyer in Strelsau said the chapter on farm support was the hardest."
    )
    article = parse_article_text(text)
    assert "Cotton exporters" not in article.body
    assert article.body.endswith("the chapter on farm support was the hardest.")


@pytest.mark.parametrize(
    "opening",
    [
        "ASUNCIÓN, Nov 18, 2026 (Example Wire) -- Ruritania agreed on Tuesday.",
        "SÃO PAULO (Example Wire) - Ruritania agreed on Tuesday.",
    ],
)
def test_a_dateline_s_place_with_accents_still_gives_the_outlet(opening):
    article = parse_article_text(f"Deal agreed\n\n{opening}\n\nThe talks began in 2022.\n")
    assert article.outlet == "Example Wire"


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        # the dateline's initials abbreviate the outlet the byline names in full
        ("By Jane Roe | Example Business Wire | 24 November 2026", "Example Business Wire"),
        # an agency's copy under another outlet's byline stays the agency's
        ("By Jane Roe | Ruritania Daily News | 24 November 2026", "EBW"),
    ],
)
def test_a_datelines_initials_spell_out_the_bylines_outlet(byline, outlet):
    article = parse_article_text(
        "Example and Ruritania agree to reopen their trade pact\n\n"
        f"{byline}\n\n"
        "STRELSAU, Nov 24 (EBW) - Example and Ruritania agreed on Monday to reopen the pact.\n\n"
        "The first round will be held in January, officials said.\n"
    )
    assert article.outlet == outlet


def test_a_ministry_over_its_seat_under_a_release_marker_is_the_outlet():
    article = parse_article_text(
        "FOR IMMEDIATE RELEASE\n\nMinistry of Fish, Forests and Commerce\nStrelsau, Ruritania\n\n"
        "Ruritania welcomes simpler rules for smoked fish\n\n"
        "STRELSAU, Ruritania, November 24, 2026 — The minister today welcomed the decision.\n\n"
        "The committee met on November 20."
    )
    assert (article.title, article.outlet, article.published) == (
        "Ruritania welcomes simpler rules for smoked fish",
        "Ministry of Fish, Forests and Commerce",
        date(2026, 11, 24),
    )
    assert article.body.startswith("STRELSAU, Ruritania, November 24, 2026 —")


def test_a_ministry_between_a_transcripts_headline_and_its_date_line_is_the_outlet():
    article = parse_article_text(
        "Transcript: Joint press conference after the first Joint Committee, Strelsau\n\n"
        "Ministry of Fish, Forests and Trade\n\nMonday, 23 November 2026\n\n"
        "MINISTER DOE: Good afternoon. The committee met this morning for the first time.\n\n"
        "Q: When will it meet again?\n\n"
        "MINISTER DOE: In the second half of next year, in Zenda, as agreed last week."
    )
    assert (article.outlet, article.published) == (
        "Ministry of Fish, Forests and Trade",
        date(2026, 11, 23),
    )
    assert article.body.startswith("MINISTER DOE: Good afternoon.")


def test_a_byline_giving_each_author_a_place_names_the_authors_alone():
    article = parse_article_text(
        "Fish talks run late in Strelsau\n\n"
        "By Jane Doe in Strelsau and John Roe in Zenda\n\n"
        "Negotiators worked late on Monday on the fish chapter of the agreement."
    )
    assert article.author == "Jane Doe and John Roe"


def test_a_releases_please_contact_heading_starts_its_appendix():
    article = parse_article_text(
        f"{_RELEASE}For further information, please contact:\nJohn Roe\n"
        "Senior Communications Officer\nExample Ministry of Fish\nTel: (555) 555-0142\n"
        "Email: jroe@example.org\n"
    )
    assert article.body.endswith("said Jane Doe, its chief executive.")
    assert "John Roe" not in article.body
