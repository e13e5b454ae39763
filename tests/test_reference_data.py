"""The curated reference data in fixtures/: it loads, and loading again keeps curators' edits."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db.models import Q

from articles.extraction.normalise import normalise_name
from articles.models import Actor, Alias, Negotiation, Outlet, Topic

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FILES = ["outlets.json", "actors.json", "topics.json", "negotiations.json"]


def test_fixtures_load_with_loaddata():
    call_command("loaddata", *(str(FIXTURES / name) for name in FILES), verbosity=0)
    assert Actor.objects.get(slug="shinzo-abe").country.name == "Japan"
    assert Alias.objects.get(normalised="us").actor.name == "United States"
    assert Topic.objects.filter(slug="autos").exists()
    talks = Negotiation.objects.get(slug="us-japan-trade-talks")
    assert set(talks.parties.values_list("name", flat=True)) == {"United States", "Japan"}
    assert Outlet.objects.get(name="The Associated Press").alias_list() == [
        "AP",
        "Associated Press",
        "The AP",
    ]


def test_every_fixture_alias_is_stored_normalised():
    rows = json.loads((FIXTURES / "actors.json").read_text(encoding="utf-8"))
    aliases = [row["fields"] for row in rows if row["model"] == "articles.alias"]
    assert aliases
    for alias in aliases:
        assert alias["normalised"] == normalise_name(alias["text"]), alias


def test_reference_data_covers_the_samples_and_their_surroundings(reference_data):
    for name in ("Donald Trump", "Shinzo Abe", "Robert Lighthizer", "Toshimitsu Motegi"):
        assert Actor.objects.get(name=name).status == Actor.Status.CONFIRMED
    tpp = Negotiation.objects.get(slug="trans-pacific-partnership")
    assert tpp.parties.count() == 12
    assert Actor.objects.get(name="Office of the U.S. Trade Representative").kind == "organisation"
    for topic in ("Autos", "Agriculture", "Section 232", "TPP / CPTPP", "Trade deficit"):
        assert Topic.objects.get(name=topic).keyword_list()


def test_loading_again_keeps_curators_edits_and_adds_what_is_missing(reference_data, capsys):
    abe = Actor.objects.get(slug="shinzo-abe")
    abe.role = "Former Prime Minister of Japan"
    abe.save()
    Topic.objects.get(slug="currency").delete()
    call_command("load_reference_data")
    out = capsys.readouterr().out
    assert "Added 1 topics" in out
    assert Actor.objects.get(slug="shinzo-abe").role == "Former Prime Minister of Japan"
    assert Topic.objects.filter(slug="currency").exists()


def test_dry_run_adds_nothing(db, capsys):
    call_command("load_reference_data", dry_run=True)
    assert "Would add" in capsys.readouterr().out
    assert not Actor.objects.exists()


def test_reference_data_reaches_beyond_the_first_negotiation(reference_data):
    """Trade figures and bodies of other negotiations and years are confirmed actors with
    their roles, so a new case starts with them linked instead of proposed."""
    for name, role in (
        ("Katherine Tai", "United States Trade Representative"),
        ("Valdis Dombrovskis", "European Commissioner for Trade"),
        ("Ngozi Okonjo-Iweala", "Director-General of the World Trade Organization"),
    ):
        actor = Actor.objects.get(name=name)
        assert actor.status == Actor.Status.CONFIRMED
        assert actor.role == role
    assert Actor.objects.get(name="Mercosur").kind == Actor.Kind.ORGANISATION
    assert Alias.objects.get(normalised=normalise_name("IMF")).actor.name == (
        "International Monetary Fund"
    )


def test_every_legislature_belongs_to_its_country(reference_data):
    """A parliament named by its own name counts for its country (clustering takes it as
    that country, not as a party of its own)."""
    for name, country in (
        ("Storting", "Norway"),
        ("Knesset", "Israel"),
        ("Sejm", "Poland"),
        ("Mazhilis", "Kazakhstan"),
    ):
        assert Actor.objects.get(name=name).country.name == country
    national = Actor.objects.filter(kind=Actor.Kind.ORGANISATION).filter(
        Q(description__icontains="parliament of") | Q(description__icontains="'s parliament")
    )
    assert national.count() >= 8
    assert not national.filter(country__isnull=True).exists()


def test_events_find_the_negotiations_of_other_cases(reference_data, tmp_path):
    """The wider reference data links events of other negotiations by their keywords
    (with a party involved) or by all of their parties."""
    from django.core.management import call_command

    from articles.models import Event

    story = tmp_path / "usmca.txt"
    story.write_text(
        "Canada, Mexico and the United States signed the USMCA on Friday in Buenos Aires.\n\n"
        "Katherine Tai met Valdis Dombrovskis on Tuesday to discuss the "
        "Trade and Cooperation Agreement with Britain.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(story), published="2018-11-30", verbosity=0)
    by_sentence = {e.evidence.get().sentence: e for e in Event.objects.all()}
    signed = next(e for s, e in by_sentence.items() if "USMCA" in s)
    assert [n.slug for n in signed.negotiations.all()] == ["nafta-usmca"]
    met = next(e for s, e in by_sentence.items() if "Tai" in s)
    assert [n.slug for n in met.negotiations.all()] == ["eu-uk-trade-talks"]
    assert {"Katherine Tai", "Valdis Dombrovskis"} <= {a.name for a in met.actors.all()}


def test_every_listed_member_is_a_country_of_the_registry_or_the_worlds_list():
    """fixtures/lists/memberships.json names blocs by their registry slugs and members by
    country names that the registry or the world's list (countries.py) knows."""
    from articles.extraction.countries import country_forms

    rows = json.loads((FIXTURES / "actors.json").read_text(encoding="utf-8"))
    actors = {row["fields"]["slug"]: row["fields"] for row in rows if "slug" in row["fields"]}
    registry_countries = {f["name"] for f in actors.values() if f["kind"] == "country"}
    world = set(country_forms().values())
    listed = json.loads((FIXTURES / "lists" / "memberships.json").read_text(encoding="utf-8"))
    for bloc, members in listed["memberships"].items():
        assert actors[bloc]["kind"] == "organisation", bloc
        for member in members:
            assert member in registry_countries or member in world, (bloc, member)
    assert set(listed["memberships"]["eurasian-economic-union"]) == {
        "Armenia",
        "Belarus",
        "Kazakhstan",
        "Kyrgyzstan",
        "Russia",
    }
    assert "Namibia" in listed["memberships"]["southern-african-customs-union"]


def test_a_bloc_at_the_table_is_a_party_of_its_negotiations(reference_data, tmp_path):
    """A bloc named in a sentence is involved as a party, as a country is: both sides named,
    with no keyword, put the event in the bloc's negotiation; a member state is not its bloc,
    and another country named makes it another negotiation."""
    from django.core.management import call_command

    from articles.models import Event

    story = tmp_path / "blocs.txt"
    story.write_text(
        "India and the European Union agreed on Tuesday to hold another round of talks.\n\n"
        "Britain and the Gulf Cooperation Council closed a round of talks on Wednesday.\n\n"
        "Germany and India signed a research accord on Thursday.\n\n"
        "South Korea and the United Kingdom opened talks on Friday to replace the EU's deal "
        "that had covered Britain.\n\n"
        "Britain, France and the European Union agreed on Monday to widen the quota.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(story), published="2026-11-20", verbosity=0)
    by_sentence = {e.evidence.get().sentence: e for e in Event.objects.all()}

    def negotiations(word: str) -> list[str]:
        event = next(e for s, e in by_sentence.items() if s.startswith(word))
        return [n.slug for n in event.negotiations.all()]

    assert negotiations("India") == ["eu-india-fta"]
    assert negotiations("Britain") == ["uk-gcc-fta"]
    assert negotiations("Germany") == []
    # Another country at the table is another negotiation; a member state is its bloc's.
    assert negotiations("South Korea") == []
    assert negotiations("Britain, France") == ["eu-uk-trade-talks"]


def test_a_keyword_with_a_hyphen_finds_the_same_words_with_a_dash(reference_data, tmp_path):
    """A curator types "EU-India FTA" once; the outlet's "EU–India FTA" (an en dash) and a
    non-breaking hyphen are the same keyword, and a word run together is not."""
    from django.core.management import call_command

    from articles.models import Event, Negotiation

    Negotiation.objects.create(
        name="Ruritania–Freedonia pact",
        slug="ruritania-freedonia",
        keywords="Ruritania-Freedonia pact",
    )
    story = tmp_path / "dashes.txt"
    story.write_text(
        "Negotiators closed a chapter of the Ruritania–Freedonia pact on Tuesday.\n\n"
        "A second chapter of the Ruritania\u2011Freedonia pact was opened on Wednesday.\n\n"
        "The RuritaniaFreedonia pact lobby met on Thursday.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(story), published="2026-11-20", verbosity=0)
    linked = {
        e.evidence.get().sentence.split()[1]: [n.slug for n in e.negotiations.all()]
        for e in Event.objects.all()
    }
    assert linked["closed"] == ["ruritania-freedonia"]
    assert linked["second"] == ["ruritania-freedonia"]
    assert linked["RuritaniaFreedonia"] == []


def test_negotiation_acronyms_match_as_papers_capitalise_them():
    """Round 47: "Rcep", "Usmca", "Afcfta" (Malaysian, Nigerian and other papers print
    acronyms so) name the negotiation whose keyword is "RCEP"; an acronym of three ("TAG")
    does not match a capitalised word ("Tag")."""
    from articles.services.importing import _keywords_pattern

    pattern = _keywords_pattern(["RCEP", "TAG", "AfCFTA", "T-MEC", "Trade and Cooperation"])
    for text in ("the Rcep bloc", "the RCEP bloc", "under the Afcfta", "the T-MEC review"):
        assert pattern.search(text), text
    for text in ("a Tag line", "the rcep bloc", "Trade And Cooperation"):
        assert not pattern.search(text), text


def test_negotiation_keywords_pattern_finds_what_a_boundary_before_it_finds():
    """The pattern tests the word boundary before a keyword after its first character (so
    `re` can skip positions by that character): it finds what the plain alternation led by
    `\\b` finds, for keywords opening with a word character or not, at a text's start,
    after a word, a space, punctuation or an underscore."""
    import re

    from articles.services.importing import _keywords_pattern

    keywords = ["EU-Patria FTA", "Ruritania", "RCEP", "(R)FTA", "9th round", "trade pact"]
    pattern = _keywords_pattern(keywords)
    spellings = [*keywords, "Rcep"]
    plain = re.compile(
        r"\b(?:"
        + "|".join(re.escape(k).replace(r"\-", "[-\u2011\u2013]") for k in spellings)
        + r")\b"
    )
    texts = [
        f"{before}{keyword}{after}"
        for keyword in [*spellings, "EU\u2013Patria FTA", "Ruritanian", "xRCEP"]
        for before in ("", " ", "a", "_", ", ", "(", "9")
        for after in ("", " talks", "s", ".", "_x")
    ]
    assert [[m.span() for m in pattern.finditer(t)] for t in texts] == [
        [m.span() for m in plain.finditer(t)] for t in texts
    ]
