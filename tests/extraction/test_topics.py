import json
import re
from functools import cache
from pathlib import Path

from articles.extraction.topics import TopicTagger
from articles.extraction.types import TopicRef

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SEEDS = FIXTURES / "seeds"

TOPICS = [
    TopicRef("autos", "Autos", ("auto", "car", "automotive", "carmaker", "motor vehicle")),
    TopicRef("tariffs", "Tariffs", ("tariff", "duty", "/section\\s+232/")),
    TopicRef("agriculture", "Agriculture", ("agricultural", "farm", "fishery")),
    TopicRef("tpp", "TPP", ("TPP", "Trans-Pacific Partnership")),
]


def test_plain_keywords_with_plurals_and_case():
    tagger = TopicTagger(TOPICS)
    hits = {hit.key: hit for hit in tagger.tag("Tariffs on cars. A duty, then duties. CAR makers.")}
    assert hits["tariffs"].count == 3
    assert hits["tariffs"].first_offset == 0
    assert hits["autos"].count == 2


def test_word_boundaries():
    tagger = TopicTagger(TOPICS)
    assert tagger.tag("The cartel's scarf in Carthage") == []
    assert tagger.tag("Their farmhouse") == []


def test_regex_keyword():
    tagger = TopicTagger(TOPICS)
    assert [hit.key for hit in tagger.tag("under so-called Section  232 rules")] == ["tariffs"]


def test_invalid_regex_is_skipped_and_reported():
    topics = [*TOPICS, TopicRef("broken", "Broken", ("/(unclosed/", "/(?P<x>a)/", "/x*/", "ok"))]
    tagger = TopicTagger(topics)
    assert ("broken", "/(unclosed/") in tagger.invalid_keywords
    assert ("broken", "/(?P<x>a)/") in tagger.invalid_keywords
    assert ("broken", "/x*/") in tagger.invalid_keywords
    assert [hit.key for hit in tagger.tag("that is ok")] == ["broken"]


def test_one_keyword_shared_by_two_topics():
    topics = [TopicRef("a", "A", ("steel",)), TopicRef("b", "B", ("Steel",))]
    assert [hit.key for hit in TopicTagger(topics).tag("steel")] == ["a", "b"]


def test_tag_spans_per_sentence():
    body = "Tariffs on autos. Farm exports. Nothing here."
    spans = [(0, 17), (18, 31), (32, 45)]
    tagger = TopicTagger(TOPICS)
    assert tagger.tag_spans(body, spans) == {0: ("tariffs", "autos"), 1: ("agriculture",)}


def test_seed_000_topics():
    body = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    keys = {hit.key for hit in TopicTagger(TOPICS).tag(body)}
    assert keys == {"autos", "tariffs", "agriculture", "tpp"}


def test_empty_taxonomy():
    tagger = TopicTagger([])
    assert tagger.tag("tariffs") == []
    assert tagger.tag_spans("tariffs", [(0, 7)]) == {}


def test_tag_spans_out_of_order_and_overlapping():
    body = "Tariffs on autos. Farm exports."
    tagger = TopicTagger(TOPICS)
    assert tagger.tag_spans(body, [(18, 31), (0, 17)]) == {
        0: ("agriculture",),
        1: ("tariffs", "autos"),
    }
    assert tagger.tag_spans(body, [(0, 31), (18, 31)]) == {
        0: ("tariffs", "autos", "agriculture"),
        1: ("agriculture",),
    }
    # a match straddling two spans belongs to neither
    assert tagger.tag_spans("motor vehicle", [(0, 5), (6, 13)]) == {}


def test_tag_with_spans_is_tag_and_tag_spans_in_one_pass():
    tagger = TopicTagger(TOPICS)
    cases = [
        ("Tariffs on autos. Farm exports. Nothing here.", [(0, 17), (18, 31), (32, 45)]),
        # the spans stop short of the body's end: the covered text is searched on its own
        ("Tariffs on autos. Farm exports. Motor", [(0, 17), (18, 31)]),
        # a match runs across the first span's start ("motor vehicle"): searched on its own
        ("motor vehicle tariffs", [(6, 21)]),
        ("Tariffs on autos.", [(0, 17), (0, 17)]),
        ("Tariffs on autos.", []),
    ]
    for body, spans in cases:
        assert tagger.tag_with_spans(body, spans) == (
            tagger.tag(body),
            tagger.tag_spans(body, spans),
        )
    assert tagger.tag_with_spans("motor vehicle tariffs", [(6, 21)])[1] == {0: ("tariffs",)}


def test_regex_keywords_left_out_only_where_they_cannot_match():
    """A text lacking a regex's opening letters is searched without that regex: the same
    matches, in any letter case the regex would accept (Kelvin sign and long s included)."""
    topics = [
        *TOPICS,
        TopicRef("security", "Security", ("/national[- ]security grounds/", "/kyoto\\s+deal/")),
        TopicRef("pact", "Pact", ("/trans-pacific trade pact/", "car")),
    ]
    tagger = TopicTagger(topics)
    cases = {
        "on NATIONAL-Security grounds, cars": [("security", 3), ("autos", 30), ("pact", 30)],
        "the \u212ayoto deal and a TRAN\u017f-pacific trade pact": [("security", 4), ("pact", 21)],
        "a car and a duty": [("autos", 2), ("pact", 2), ("tariffs", 12)],
    }
    for text, expected in cases.items():
        assert [(hit.key, hit.first_offset) for hit in tagger.tag(text)] == expected, text
        spans = [(0, len(text))]
        assert tagger.tag_with_spans(text, spans)[1] == tagger.tag_spans(text, spans)


def test_article_topics_add_the_title():
    tagger = TopicTagger(TOPICS)
    body = "Tariffs on cars rose. Tariffs again."
    spans = [(0, 21), (22, 36)]
    topics = tagger.article_topics(tagger.tag(body), "Farm groups fear car tariffs", spans)
    assert [(hit.key, hit.count, hit.first_offset) for hit in topics] == [
        ("tariffs", 3, 0),
        ("autos", 2, 11),
        ("agriculture", 1, 0),  # named only in the title
    ]
    assert tagger.article_topics(tagger.tag(body), "", spans) == tagger.tag(body)


def test_article_topics_need_the_lead_or_a_second_hit():
    tagger = TopicTagger(TOPICS)
    lead = "Tariffs rise. Talks go on. Ministers meet. "
    later = "x" * 700 + " A farm. A car. Another car. "
    body = lead + later
    spans = [(0, 13), (14, 26), (27, 42), (43, len(body))]
    keys = [hit.key for hit in tagger.article_topics(tagger.tag(body), "", spans)]
    # the lead's topic and the one named twice further down; not the passing "farm"
    assert keys == ["tariffs", "autos"]
    # named once further down, but also in the title
    keys = [hit.key for hit in tagger.article_topics(tagger.tag(body), "Farm trade", spans)]
    assert keys == ["tariffs", "agriculture", "autos"]
    # a short body is all lead
    short = "Talks. A farm."
    assert [hit.key for hit in tagger.article_topics(tagger.tag(short), "", [(0, 6), (7, 14)])] == [
        "agriculture"
    ]


def test_an_explainers_first_question_heading_ends_its_lead():
    tagger = TopicTagger(TOPICS)
    body = "Tariffs are back on the table.\n\nWhy now?\n\nThe idea came from farm groups."
    spans = [(0, 30), (32, 40), (42, len(body))]
    keys = [hit.key for hit in tagger.article_topics(tagger.tag(body), "", spans, body)]
    assert keys == ["tariffs"]  # not the farm groups answering the question
    plain = body.replace("Why now?", "Then.")
    keys = [hit.key for hit in tagger.article_topics(tagger.tag(plain), "", spans, plain)]
    assert keys == ["tariffs", "agriculture"]


@cache
def taxonomy_tagger() -> TopicTagger:
    """Return a tagger of the taxonomy in fixtures/topics.json, keyed by topic name."""
    rows = json.loads((FIXTURES / "topics.json").read_text())
    return TopicTagger(
        [
            TopicRef(
                row["fields"]["name"],
                row["fields"]["name"],
                tuple(row["fields"]["keywords"].split("\n")),
            )
            for row in rows
        ]
    )


def fixture_topics(text: str) -> set[str]:
    return {hit.key for hit in taxonomy_tagger().tag(text)}


def test_taxonomy_names_trade_agreements_by_their_kinds():
    for text in (
        "the Comprehensive Economic Partnership Agreement (CEPA) between them",
        "an Economic Partnership Agreement with Japan",
        "the EU-Mercosur partnership agreement",
        "the African Continental Free Trade Area",
        "they launched free-trade talks",
        "their Comprehensive Economic Cooperation Agreement (CECA)",
        "the review of their bilateral trade treaty",
        "the association agreement that replaced the old one",
    ):
        assert "Trade agreements" in fixture_topics(text), text
    assert "Trade agreements" not in fixture_topics("a strategic partnership on raw materials")


def test_taxonomy_names_carbon_levies_and_wto_cases():
    assert "Labour and environment" in fixture_topics("importers pay CBAM certificates")
    assert "Labour and environment" in fixture_topics("whisky, steel and the carbon levy")
    assert "Trade disputes" in fixture_topics("Australia would resume the WTO case")
    # a complaint under a regional agreement, before its own secretariat or court
    assert "Trade disputes" in fixture_topics("the ruling answers a complaint filed in June")
    assert "Trade disputes" in fixture_topics("Peru lodged a formal complaint with the bloc")
    assert "Trade disputes" not in fixture_topics("consumers complained about prices")


def test_taxonomy_names_farm_goods_and_trade_remedy_duties():
    for text in (
        "duties on Australian barley",
        "halal meat rules",
        "Canadian canola seed",
        "a way into supermarkets for its fresh produce",
    ):
        assert "Agriculture" in fixture_topics(text), text
    for text in ("an anti-dumping deposit of 75.8%", "a common import levy on milled rice"):
        assert "Tariffs" in fixture_topics(text), text


def test_a_field_a_bodys_name_lists_tags_nothing():
    topics = [*TOPICS, TopicRef("investment", "Investment", ("investment",))]
    tagger = TopicTagger(topics)
    text = "the Ministry of Investment, Industry and Trade said farm investment rose"
    assert [(hit.key, hit.count) for hit in tagger.tag(text)] == [
        ("agriculture", 1),
        ("investment", 1),
    ]
    assert tagger.tag("Minister of Industry, Trade and Investment Ada Eze") == []
    # the fields before the office's head word (round 57)
    assert tagger.tag("Trade and Investment Minister Ada Eze said so") == []
    assert tagger.tag("the Investment, Industry and Trade Ministry said") == []
    # one field before it names it, as a body of one field does
    assert [hit.key for hit in tagger.tag("the Investment Minister said")] == ["investment"]
    text = "the Ministry of Industry and Investment. Farm investment."
    assert tagger.tag_spans(text, [(0, 40), (41, 57)]) == {1: ("agriculture", "investment")}
    # a body of one field names it
    assert [hit.key for hit in tagger.tag("the Committee on Fisheries met")] == ["agriculture"]
    # a possessive ends the name; a lowercase keyword is never part of one
    assert [hit.key for hit in tagger.tag("the Department of Commerce's Section 232 case")] == [
        "tariffs"
    ]
    assert [hit.key for hit in tagger.tag("Ministry of Trade officials said investment")] == [
        "investment"
    ]


def test_a_field_of_several_words_a_bodys_name_lists_tags_nothing():
    # "Ministry of [Climate] Change and Environment": the field goes on before the "and"
    assert fixture_topics("the Ministry of Climate Change and Environment said") == set()
    text = "the Ministry of Climate Change and Environment said the climate talks failed"
    assert fixture_topics(text) == {"Labour and environment"}
    # a body of one field of several words still names it
    assert fixture_topics("the Ministry of Climate Change said") == {"Labour and environment"}


def test_taxonomy_names_the_big_regional_agreements():
    for text in ("the USMCA joint review", "NAFTA's successor", "the RCEP trade bloc"):
        assert "Trade agreements" in fixture_topics(text), text


def test_taxonomy_names_a_rate_of_duty_and_export_curbs():
    for text in ("a 12 percent safeguard duty", "the EU's 10% duty on cars", "a 25 per cent duty"):
        assert "Tariffs" in fixture_topics(text), text
    assert "Tariffs" not in fixture_topics("it is his duty to report")
    for text in ("Japan widens export curbs", "export licensing for gallium"):
        assert "Export controls and sanctions" in fixture_topics(text), text
    assert "Agriculture" in fixture_topics("a 10 percent duty on chickpeas")


def test_taxonomy_names_drinks_growers_and_plant_health():
    for text in (
        "a 25 per cent duty on EU wine",
        "exporters of cut flowers",
        "the growers in the valley",
        "a phytosanitary measure on oranges",
        "plant health certificates",
        "citrus exports",
    ):
        assert "Agriculture" in fixture_topics(text), text


def test_taxonomy_names_more_kinds_of_agreement():
    for text in (
        "Vanuatu ratified PACER Plus",
        "talks on updating the customs union",
        "a deeper services agreement with New Zealand",
        "the trans-Tasman services deal",
    ):
        assert "Trade agreements" in fixture_topics(text), text


def test_taxonomy_names_an_economic_union_and_agreements_signed_or_ratified():
    for text in (
        "member states of the Example Economic Union will recognise each other's seals",
        "the lower house on Wednesday ratified a protocol on transit seals",
        "the two customs services signed an operating protocol",
        "The agreement on the joint post was signed by the two finance ministers",
    ):
        assert "Trade agreements" in fixture_topics(text), text
    for text in (
        "the minister signed the visitors' book",
        "a protocol for handling the samples",
        "the monetary union's central bank",
    ):
        assert "Trade agreements" not in fixture_topics(text), text


def test_taxonomy_names_safeguards_origin_checks_and_wto_panels():
    # "steel safeguard": the steel topic takes "steel", the safeguard is still a tariff
    assert {"Tariffs", "Steel and aluminium"} <= fixture_topics("extending the steel safeguard")
    assert "Tariffs" in fixture_topics("a safeguard measure on imports")
    assert "Tariffs" not in fixture_topics("the Treasury asked for a safeguard")
    for text in ("joint checks on the origin of yarn", "certificates of origin"):
        assert "Rules of origin" in fixture_topics(text), text
    assert "Rules of origin" not in fixture_topics("the origin of the dispute")
    for text in ("a World Trade Organization panel heard", "the WTO's dispute panel"):
        assert "Trade disputes" in fixture_topics(text), text


def test_taxonomy_names_gis_sustainability_investing_and_e_transmissions():
    assert "Intellectual property" in fixture_topics("about 400 geographical indications")
    assert "Labour and environment" in fixture_topics("the sustainability annex was rewritten")
    assert "Labour and environment" in fixture_topics(
        "the trade and sustainable development chapter"
    )
    assert "Labour and environment" not in fixture_topics("fiscal sustainability")
    assert "Investment" in fixture_topics("members committed to invest $100 billion")
    assert "Digital trade" in fixture_topics("no customs duties on electronic transmissions")


def test_taxonomy_names_government_procurement():
    for text in (
        "opening government procurement to foreign bidders",
        "Turkish public tenders",
        "bid for federal government contracts",
        "the difficult part is procurement",
    ):
        assert "Government procurement" in fixture_topics(text), text


def test_article_topics_count_a_topic_named_in_a_lines_label():
    tagger = TopicTagger(TOPICS)
    lead = "Talks end. Ministers meet. Lawyers read. " + "x" * 700
    points = "\n\nWhat changed\n\nPalm oil: the annex was rewritten.\nCars: the tariff cuts stay.\n"
    body = lead + points
    spans = [(0, 10), (11, 26), (27, len(lead)), (len(lead) + 2, len(body))]
    # without the body, one hit this far down is a passing mention
    assert "autos" not in [hit.key for hit in tagger.article_topics(tagger.tag(body), "", spans)]
    keys = [hit.key for hit in tagger.article_topics(tagger.tag(body), "", spans, body)]
    assert "autos" in keys  # "Cars:" labels a point of its own
    assert "tariffs" not in keys  # named once inside the point, not in its label
    # a label is a few words: a sentence before a colon, or a time, is none
    said = lead + "\n\nThe ministers of the two countries said of the car talks: no deal.\n"
    spans = [(0, 10), (11, 26), (27, len(lead)), (len(lead) + 2, len(said))]
    assert "autos" not in [
        hit.key for hit in tagger.article_topics(tagger.tag(said), "", spans, said)
    ]


def test_the_phrases_and_regexes_searched_apart_find_what_one_alternation_finds():
    """The phrases' pattern is compiled once and the regexes a text may match apart (a
    compile of the phrases took most of a second per set of regexes); searched together
    they must give exactly the matches of the one pattern "phrases|regexes"."""
    from articles.extraction.formats import read_path
    from articles.extraction.topics import _Alternation
    from tests.extraction.test_corpus import corpus_files, registry

    tagger = TopicTagger(registry()[1])
    every = tuple(range(len(tagger._regexes)))
    alternation = tagger._compiled(every)
    assert isinstance(alternation, _Alternation)
    one = re.compile("|".join(tagger._phrase_alternative + tagger._regexes), re.IGNORECASE)
    texts = [
        "a 25% duty on steel safeguards, trade safeguard duties and the WTO panel's ruling",
        "tariff-rate quotas: 10 per cent duty; a WTO dispute panel; percent duty",
    ]
    texts.extend(doc.text for path in corpus_files()[:60] for doc in read_path(path))
    for text in texts:
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            want = [(m.span(), m.lastgroup) for m in one.finditer(text, start, end)]
            got = [(m.span(), m.lastgroup) for m in alternation.finditer(text, start, end)]
            assert got == want


def test_what_a_regex_requires_holds_in_every_text_it_matches():
    """A regex is searched only in a text holding, for each of its clauses, one of the
    clause's runs of letters: an alternation gives the runs all its branches hold."""
    from articles.extraction.formats import read_path
    from articles.extraction.topics import _folded, _required_parts
    from tests.extraction.test_corpus import corpus_files, registry

    assert _required_parts(r"\bagreements?\s+on\s+trade") == (("agreement",), ("trade",))
    # each branch holds "complaint" (and one of "filed", "lodged", "brought")
    assert _required_parts(
        r"\b(?:filed|lodged|brought)\s+(?:a\s+)?complaint\b|\bcomplaints?\s+(?:filed|lodged)\b"
    ) == (("complaint",), ("brought", "lodged", "filed"))
    # a run holding another of its clause says no more ("signed" holds "sign")
    assert _required_parts(r"\b(?:sign|signed)\s+(?:an?|the)\s+pact") == (("sign",), ("pact",))
    # a branch with no run of its own, an optional part and a look-behind hold nothing sure
    assert _required_parts(r"tariff|\d+%") == ()
    assert _required_parts(r"(?:per ?cent)?duty") == (("duty",),)
    assert _required_parts(r"(?<=steel )safeguard") == (("safeguard",),)
    # "i", "k" and "s" match "İ", "ı", "K" (Kelvin) and "ſ" too: folded to them
    assert _folded("SİGNED ſKıT") == "signed skit"
    assert re.search(r"signed", "SİGNED", re.IGNORECASE)
    tagger = TopicTagger(registry()[1])
    assert tagger._regexes
    texts = [doc.text for path in corpus_files() for doc in read_path(path)]
    texts.append("They filed a complaint and the ſafeguard; a WTO'S panel on trade in goods")
    for text in texts:
        folded = _folded(text)
        for source, clauses in zip(tagger._regexes, tagger._required, strict=True):
            if re.search(source, text, re.IGNORECASE):
                assert all(any(part in folded for part in clause) for clause in clauses)


def test_taxonomy_names_palm_oil_fruit_and_other_crops():
    for text in (
        "a carve-out for palm oil",
        "Peruvian fruit exporters",
        "shipments of fresh fruit",
        "fruit and vegetable exports",
        "cocoa and coffee",
        "the grain harvest",
    ):
        assert "Agriculture" in fixture_topics(text), text
    # "exporters of fruit and seafood": seafood tags it, "fruit" alone does not
    assert "Agriculture" not in fixture_topics("a passion fruit cocktail")


def test_a_leads_list_of_a_rounds_chapters_makes_no_topic_by_itself():
    tagger = taxonomy_tagger()
    lead = (
        "The round covered trade in goods, services, investment, government procurement and"
        " rules of origin. Officials said the farm chapter was the hardest. Farmers protested."
    )
    body = lead + " " + "Nothing else was said about the other chapters. " * 3
    spans = [(0, 102), (103, 147), (148, len(lead)), (len(lead) + 1, len(body))]
    keys = {hit.key for hit in tagger.article_topics(tagger.tag(body), "", spans, body)}
    assert "Agriculture" in keys
    assert not keys & {"Services", "Investment", "Government procurement", "Rules of origin"}
    # named again, or in the title, a listed chapter is the article's
    titled = tagger.article_topics(tagger.tag(body), "Investment rules split", spans, body)
    assert "Investment" in {hit.key for hit in titled}
    # a short list ("steel, aluminium and cars") is no list of chapters
    lead = "Tariffs on steel, aluminium and cars rose. Talks end. Ministers meet."
    keys = {hit.key for hit in tagger.article_topics(tagger.tag(lead), "", [(0, 41)], lead)}
    assert {"Steel and aluminium", "Autos", "Tariffs"} <= keys


def test_a_sources_tags_are_topic_evidence_by_name_or_with_a_mention():
    tagger = taxonomy_tagger()
    lead = "Ruritania and Freedonia signed the agreement on Monday. Ministers were pleased."
    filler = " The ministers spoke at length of the weather in the capital." * 10
    body = lead + filler + " Exporters must still learn its rules of origin."
    spans = [(0, 55), (56, len(lead)), (len(lead) + 1, len(lead) + len(filler))]
    spans.append((spans[-1][1] + 1, len(body)))
    hits = tagger.tag(body)
    assert "Rules of origin" not in {h.key for h in tagger.article_topics(hits, "", spans, body)}
    # a keyword tag makes a topic the body names once the article's
    tagged = tagger.article_topics(hits, "", spans, body, tags=["rules of origin", "Ruritania"])
    assert "Rules of origin" in {hit.key for hit in tagged}
    # ... but not one the body never names
    keys = {h.key for h in tagger.article_topics(hits, "", spans, body, tags=["beef", "patents"])}
    assert not keys & {"Agriculture", "Intellectual property"}
    # the taxonomy's own name is enough: an editor filed it there
    named = tagger.article_topics(hits, "", spans, body, tags=["Digital Trade"])
    assert [hit.count for hit in named if hit.key == "Digital trade"] == [0]


def test_taxonomy_names_partnership_deals_and_trade_frameworks():
    for text in (
        "Ruritania and Freedonia sign economic partnership deal covering rice",
        "the last piece of the reciprocal trade framework the two governments signed",
    ):
        assert "Trade agreements" in fixture_topics(text), text
    assert "Trade agreements" not in fixture_topics("a framework for the talks on fishing")


def test_taxonomy_names_the_chapters_of_a_modern_agreement_by_their_own_words():
    # round 37: the words negotiators use for origin, SPS, digital, procurement and disputes
    cases = {
        "Rules of origin": (
            "relax the product-specific rules for garments",
            "adds diagonal cumulation with its partners",
            "the yarn-forward test for clothing",
        ),
        "Agriculture": ("an SPS protocol for chilled meat", "veterinary certificates"),
        "Digital trade": (
            "the rules on source code were left for later",
            "no forced data localisation",
            "to accept electronic signatures on customs documents",
        ),
        "Government procurement": ("the list of procuring entities", "open tendering"),
        "Trade disputes": ("an arbitral panel ruled on Tuesday", "a request for consultations"),
        "Tariffs": ("the TRQ for beef",),
    }
    for topic, texts in cases.items():
        for text in texts:
            assert topic in fixture_topics(text), text
    assert fixture_topics("the company's source of funds") == set()


def test_taxonomy_names_a_trade_and_investment_deal():
    # round 47: "talks on a trade and investment deal" named no agreement
    for text in ("talks on a trade and investment deal", "a trade and investment agreement"):
        assert "Trade agreements" in fixture_topics(text), text


def test_taxonomy_names_a_digital_trade_protocol_and_sustainability_conditions():
    # round 48: an AfCFTA story on its "Protocol on Digital Trade" named no agreement, and a
    # palm oil quota's "sustainability conditions" and "sustainability rules" no environment
    for text in ("the AfCFTA Protocol on Digital Trade", "a digital trade protocol"):
        assert "Trade agreements" in fixture_topics(text), text
    for text in ("because of the sustainability conditions", "their own sustainability rules"):
        assert "Labour and environment" in fixture_topics(text), text


def test_taxonomy_takes_a_countrys_customs_services_for_no_trade_in_services():
    assert "Services" not in fixture_topics("the heads of the two customs services signed it")
    assert "Services" in fixture_topics("the deal opens financial services to Example banks")
    assert "Services" in fixture_topics("Services exports rose")


def test_the_first_sentence_of_each_entry_of_a_live_page_names_its_topics():
    tagger = TopicTagger(TOPICS)
    filler = "Talks went on in Strelsau all day. " * 20
    entries = [
        "16:05 GMT — The teams have left without a statement.",
        f"13:20 GMT — Ministers met again. {filler}",
        "10:15 GMT — The gaps are farm access and the motor vehicle chapter. Nothing on TPP.",
        "09:42 GMT — Good morning from Strelsau.",
    ]
    body = "\n\n".join(entries)
    spans = [(match.start(), match.end()) for match in re.finditer(r"[^.]+\.", body)]
    keys = [hit.key for hit in tagger.article_topics(tagger.tag(body), "", spans, body)]
    # an entry's first sentence names what the page is about; its second does not
    assert keys == ["agriculture", "autos"]
    # two stamped paragraphs are no live page
    two = "\n\n".join(entries[1:3])
    spans = [(match.start(), match.end()) for match in re.finditer(r"[^.]+\.", two)]
    assert [hit.key for hit in tagger.article_topics(tagger.tag(two), "", spans, two)] == []
