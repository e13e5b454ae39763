"""Actor mentions in an article body: registry names and aliases, title phrases, surnames,
and conservative proposals for people and organisations the registry does not know.

Pure Python: text and ActorRefs in, ActorMentions out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from articles.extraction.countries import capital_countries, country_forms
from articles.extraction.dates import opening_dateline
from articles.extraction.normalise import (
    capitalised_phrase_pattern,
    lexicon,
    normalise_name,
    phrase_pattern,
)
from articles.extraction.types import ActorKind, ActorMention, ActorRef, Sentence

# Head words of a title or role phrase: the phrase ends with one of them.
ROLE_HEADS = lexicon(
    """
    president president-elect vice-president premier minister secretary undersecretary
    representative chancellor ambassador envoy negotiator negotiators spokesman spokeswoman
    director-general
    spokesperson leader governor senator congressman congresswoman lawmaker legislator
    chairman chairwoman chairperson chair director commissioner chief executive ceo cfo coo
    officer official adviser advisor counsellor counselor diplomat king queen prince princess
    emperor mayor head boss founder economist analyst strategist professor attorney counsel
    judge justice deputy general-secretary secretary-general administrator treasurer
    counterpart expert researcher lecturer rapporteur mp manager lawyer coordinator
    vice-minister vice-premier vice-chairman vice-chair vice-governor co-chair under-secretary
    minister-in-charge
    under-secretary-general undersecretary-general
    """
)
# Words that may stand before a role head inside the phrase ("deputy chief negotiator").
ROLE_MODIFIERS = lexicon(
    """
    chief deputy top senior lead former acting vice assistant interim prime principal special
    permanent state trade foreign finance economy economic economics commerce defence defense
    agriculture farm industry industrial interior home treasury labour labor health energy
    environment justice international external chief-of-staff executive managing general
    first second union cabinet national federal party opposition outgoing incoming shadow
    joint additional ministry department government agency embassy
    """
)
# Role heads of a profession, which a field of any words may precede ("a trade law expert").
_PROFESSIONS = lexicon(
    "expert economist analyst strategist professor researcher lecturer adviser advisor consultant"
    " lawyer"
)
_PROFESSION_AT_RE = re.compile(
    r"\b(?:[Aa]nalyst|[Ee]conomist|[Ss]trategist|[Rr]esearcher)s?\s+at\s+"
    r"(?P<name>[A-Z][\w&'’\-]*(?:[ \t]+[A-Z][\w&'’\-]*){0,3})(?=[,.;]|\s+(?:said|says|told)\b)"
)
# "Jane Doe, who leads the subsidies campaign at Example,": where the work a person leads
# is done is an organisation.
_LEADS_WORK_AT_RE = re.compile(
    r"\bwho[ \t]+(?:leads|heads|runs|directs|manages|oversees|coordinates)[ \t]+"
    r"(?:[a-z][\w’'\-]*[ \t]+){1,5}?at[ \t]+"
    r"(?P<name>[A-Z][\w&'’\-]*(?:[ \t]+[A-Z][\w&'’\-]*){0,3})(?=[,.;])"
)
# Honorifics written with a full stop, which a name follows ("Sen. Chuck Grassley").
HONORIFIC_ABBREVIATIONS = lexicon(
    "mr mrs ms dr prof sen rep gov gen col lt capt adm sgt maj pres amb sir hon eng"
)
# Abbreviated words of a name itself, written with a dot inside it ("Jane St. Example",
# "Md. Karim Example"): the dot joins the name's words, as an initial's does.
NAME_ABBREVIATIONS = lexicon("st md mohd muhd")
# Courtesy titles say nothing about a role ("Mr. Tanaka").
_COURTESY_TITLES = lexicon("mr mrs ms dr prof sir hon eng")
# Honorifics written before a name, never part of it ("Sheikh Mohamed", "Datuk Seri Anwar",
# West Africa's "Alhaji Jane Doe" for one who made the pilgrimage).
_NAME_HONORIFICS = lexicon(
    "sheikh sheikha datuk dato datin seri shri smt khun ratu oknha dame honourable honorable"
    " alhaji alhaja hajia"
)
SPEECH_VERBS = lexicon(
    "said says say told tells added adds stated states noted notes explained explains warned "
    "warns argued argues insisted insists stressed stresses declared declares wrote writes "
    "tweeted asked asks replied replies remarked acknowledged acknowledges admitted conceded "
    "concedes predicted predicts urged urges announced announces commented comments "
    "confirmed confirms cautioned cautions continued continues recalled recalls responded"
    " responds"
    # agency copy translated from Spanish, Portuguese or French ("she affirmed")
    " affirmed affirms indicated indicates emphasised emphasized emphasises emphasizes"
)
# Countries named in two words or more ("Sierra Leone", "New Zealand"): no person's name ends
# with one, and a capitalised phrase that does is a body named for it ("Statistics …").
_LONG_COUNTRY_FORMS = frozenset(form for form in country_forms() if " " in form)
_LONG_COUNTRY_ENDS = frozenset(form.rsplit(" ", 1)[1] for form in _LONG_COUNTRY_FORMS)


def _ends_with_long_country(text: str) -> bool:
    """Return True when `text` has a word or more before a country of two or more words."""
    words = text.split()
    return any(
        " ".join(words[-size:]) in _LONG_COUNTRY_FORMS for size in (2, 3) if len(words) > size
    )


ORG_SUFFIXES = lexicon(
    """
    ministry agency association council bank commission committee inc corp corporation group
    party university institute federation office department organization organisation
    organizations organisations authority bureau fund chamber board company co ltd llc plc
    foundation confederation secretariat undersecretariat parliament senate court tribunal
    center centre forum reserve union alliance coalition institution society league service
    academy trusts observatory embassy consulate body congress directorate cooperative
    co-operative superintendency exchange unit
    """
)
# Organisation heads that take an "of" complement ("Bank of Japan", "Ministry of Finance").
ORG_HEADS = lexicon(
    """
    ministry department bank federation council committee association institute university
    office commission agency chamber bureau board confederation organization organisation
    center centre court party secretariat undersecretariat academy society embassy union
    directorate directorate-general superintendency authority
    """
)
_ABBREVIATED_SUFFIXES = frozenset({"inc", "corp", "co", "ltd"})
_PLACE_OF_HEADS = lexicon("bay isle gulf port")
# demonyms whose plural adds an "s" ("Saudis", "Emiratis", "Peruvians"); not "-ese", "-ish"
_PLURAL_DEMONYM_ENDS = frozenset({"i", "n"})
# A body's kind with no name of its own ("the Joint Committee will meet in March", "the
# Steering Group"): the words before its suffix; one named for a subject or an agreement
# has more ("Joint Committee on Taxation", "UAE-Ecuador CEPA Joint Committee").
_CHAMBERS = lexicon("house senate")
_GENERIC_BODY_WORDS = lexicon("joint standing steering technical advisory")
# Capitalised two-word phrases that end like an organisation but name a place.
NOT_ORGANISATIONS = frozenset(
    {"oval office", "west bank", "left bank", "south bank", "soviet union", "customer service"}
)
# Capitalised words that never belong to a person's name: sentence openers, function words,
# months, weekdays, headline and credit words.
STOP_CAPITALS = lexicon(
    """
    the a an and but or nor so yet if in on at by for from of to with without as after
    before during since until while when where why how what which who whom whose that this
    these those there here it its he she they we i you his her their our my your me us them
    however meanwhile also still then now according although though because despite under
    over about asked speaking last next earlier later today yesterday tomorrow tonight not
    no yes all some many most more several both each every any other such only even just
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday mon tue tues wed thu thurs fri sat sun follow source updated sign
    click read related advertisement copyright photo file breaking exclusive analysis
    opinion editorial watch video live update mr mrs ms dr prof sir
    datuk dato datin seri sheikh sheikha shri smt
    """
)
# Capitalised nouns that mark a place, event, publication, document or thing, never a
# person's name ("General Assembly", "Lotte New York Palace", "Big Three", "Pacific Rim").
THING_WORDS = lexicon(
    """
    street avenue road square palace house hall assembly building tower center centre park
    hotel airport station port harbor harbour bridge island islands sea ocean river lake
    mountain mountains valley bay coast gulf rim city county state states province region
    district republic kingdom empire summit forum conference games cup olympics journal
    times post news press daily herald tribune gazette magazine review weekly telegraph
    guardian chronicle pact agreement treaty deal partnership accord act law bill code
    initiative plan program programme strategy war day week year month big three four five
    north south east west northern southern eastern western central pacific atlantic market
    exchange index dollar yen euro yuan peso pound section article chapter administration
    government cabinet parliament congress senate court
    """
)
# Family names written first (Chinese, Korean): "Liu" after "Liu He" is that person.
FAMILY_NAME_FIRST = lexicon(
    """
    li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo ma luo liang
    song zheng xie han tang feng yu dong xiao cheng cao yuan deng xi fu shen zeng peng su
    jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan
    liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan lei
    qian yin chang wen kim lee park choi jung jeong cho yoon yun jang lim oh seo shin kwon
    hwang ahn yoo hong jeon ko moon son bae baek heo nam noh roh yeo
    """
)
# Lowercase words between which a name particle may sit ("Ursula von der Leyen").
NAME_PARTICLES = lexicon(
    """
    de del della der den di da dos du van von bin binti bint ibn al el la le ter ben na los las
    """
)
# Unions of the word lists above that the phrase rules test (built once, not per test).
# "State Statistics Service of Ruritania": a service takes its country's "of" too (not an
# ORG_HEADS word: "Trade and Services" closes a ministry's list of fields)
_ORG_OR_ROLE_HEADS = ORG_HEADS | ROLE_HEADS | {"service"}
_NOT_MEMBER_WORDS = STOP_CAPITALS | THING_WORDS | ROLE_HEADS
_STOP_OR_ROLE_HEADS = STOP_CAPITALS | ROLE_HEADS
_NO_PHRASE_END = NAME_PARTICLES | {"of", "for"}  # a phrase never ends on these
_TITLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS | HONORIFIC_ABBREVIATIONS
_ORG_SHAPE_WORDS = ORG_SUFFIXES | ORG_HEADS | {"of", "for"}
_ROLE_OR_HONORIFIC = ROLE_HEADS | HONORIFIC_ABBREVIATIONS
_ROLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS
# The fields a minister's title may join by "and" ("Minister of Trade and Industry").
_TITLE_FIELDS = ROLE_MODIFIERS | lexicon(
    "competition investment tourism technology fisheries development planning resources"
    " innovation enterprise employment infrastructure transport culture integration cooperation"
    " medium enterprises cooperatives co-operatives"
)
# The fields of a minister's portfolio that no personal name opens with ("… and Investment
# Jane Doe", "… of Trade Relations Jane Doe"); "trade" and the like are role modifiers already.
_PORTFOLIO_WORDS = _TITLE_FIELDS | lexicon("relations affairs production")
# Words before a capitalised phrase that make it a thing or a place, not a speaking person.
_DETERMINERS = lexicon("the a an this that these those")
_PREPOSITIONS = lexicon(
    """
    in at on from to into onto near across outside inside throughout within around toward
    towards via through between among against over under
    """
)
_NO_PHRASE_START = STOP_CAPITALS | _PREPOSITIONS  # a phrase never starts with these
_APPOSITIVE_OPENERS = lexicon("the a an his her its their former")
_POSSESSIVE_RE = re.compile(r"['’]s?(?!\w)")
# Adjectives of nations and parties ("Republican senator", "Thai minister"): no owner.
_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic", "i", "ist")  # "Communist senator"
# Common nouns that open a sentence before a role ("Government spokesperson Jane Doe"): the
# owner they name is no organisation of its own.
_GENERIC_OWNERS = lexicon("government administration state city police army military palace")

# A word: a dotted acronym ("U.S.", "U.N."), or letters with inner apostrophes ("O'Brien")
# and hyphens ("Jong-un"); the "s" of a possessive "’s" is no word at all.
_WORD = (
    r"[^\W\d_](?:\.(?:[^\W\d_]\.)+"
    r"|[^\W_]*(?:(?:['’](?!s(?![^\W\d_]))|[\-‐‑])[^\W\d_][^\W_]*)*)"
)
_WORD_RE = re.compile(r"(?<!\w['’])" + _WORD)
# Lowercase words the phrase rules look at; all other lowercase words are never tokens,
# which keeps the per-article token list (and its cost) to a fraction of the words.
_LOWERCASE_TOKENS = NAME_PARTICLES | ROLE_HEADS | ROLE_MODIFIERS | {"of", "for", "and"}
_TOKEN_RE = re.compile(
    r"\b(?<!\w['’])(?=[^\W\d_a-zß-ÿ]|d['’][A-Z]|"
    + phrase_pattern(sorted(_LOWERCASE_TOKENS), caseless=False)
    + r")"
    + _WORD
)
_SPEECH_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:also|then|later|previously|earlier|has|had|have|\w+ly)[ \t]+)?"
    r"(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b"
)
_COURTESY_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?[ \t]$")
# "The Example side was led by Jane Doe of …": who heads a delegation is a person.
_DELEGATION_LED_BY_RE = re.compile(
    r"\b(?:delegation|side|team|mission)[ \t]+(?:was|were|is|are|will[ \t]+be)[ \t]+"
    r"(?:led|headed)[ \t]+by[ \t]+$"
)
# Who an interview is with, when an appositive role follows the name: "We spoke to Jane
# Doe Roe, the deputy minister, …", "in an interview with Jane Doe, the chief negotiator,".
_INTERVIEWED_BEFORE_RE = re.compile(
    r"\b(?:(?:spoke|speaks|spoken|speaking|talked|talking)[ \t]+(?:to|with)"
    r"|interview(?:ed|ing)?|interview[ \t]+with)[ \t]+$"
)
# "Fertilizers Europe, which represents EU producers": what a body does (a city "hosts")
_WHICH_AFTER_RE = re.compile(
    r",[ \t]+which[ \t]+(?:represents|lobbies|employs|operates|owns|makes|produces|supplies"
    r"|builds|sells|exports|imports|runs|manages|oversees|regulates|advises|publishes)[ \t]"
)
# After a name opening its line: ", <affiliation>: “" (a pull quote or a box of voices)
_CREDIT_LINE_AFTER_RE = re.compile(r",[ \t]+[A-Z][^:\n“”\"]{1,60}:[ \t]*[\"“]")
# A post's field in brackets after its head: "deputy secretary-general (trade)".
_ROLE_FIELD_BRACKET_RE = re.compile(r" \([a-z]+\) ")
_WHO_AFTER_RE = re.compile(r",[ \t]+who[ \t]+(?!(?:were|are|have)\b)")
# "said NAME", "according to NAME", also with an honorific between ("said Smt. Jane Doe")
_SPEECH_BEFORE_RE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r")|\b[Aa]ccording[ \t]+to)[ \t]+"
    r"(?:(?:" + "|".join(sorted(w.capitalize() for w in _NAME_HONORIFICS)) + r")\.?[ \t]+){0,2}$"
)
# Honorifics right before a name ("the director, Khun Jane Doe,"): the name starts after
# them; the Commonwealth's "the Hon." may open them ("Minister of Trade, Senator the Hon.
# Dame Jane Doe,").
_HONORIFICS_END_RE = re.compile(
    r"(?<![\w.])(?:(?:Senator[ \t]+)?the[ \t]+(?:Rt\.?[ \t]+)?Hon\.[ \t]+(?:(?:"
    + "|".join(sorted(w.capitalize() for w in _NAME_HONORIFICS))
    + r")\.?[ \t]+){0,2}|(?:(?:"
    + "|".join(sorted(w.capitalize() for w in _NAME_HONORIFICS))
    + r")\.?[ \t]+){1,2})$"
)
# A dotted acronym ("U.S.", "U.N.") does not end the phrase: "head of international affairs
# at the U.S. Chamber of Commerce" is one role.
_APPOSITIVE_RE = re.compile(
    r",[ \t]+((?:(?:[A-Z]\.){2,}(?=[ \t]+[A-Za-z])|\([A-Z][A-Za-z]{1,9}\)|[^,.;:\n“”\"()]){3,140})"
    r"(?=[,.;]|[ \t]+(?:said|says)\b)"
)
_APPOSITIVE_MAX_WORDS = 16
# A seat on a body is a role in an appositive ("Jane Doe, a board member of the chamber,
# said"), though "member" alone before a name is none ("Member States").
_APPOSITIVE_ROLE_HEADS = ROLE_HEADS | {"member", "lead"}
# Heads a field of any lowercase words may precede: a profession ("a trade law expert") and
# a post named for its field ("trade policy lead at the chamber")
_FIELD_ROLE_HEADS = _PROFESSIONS | {"lead"}
_APPOSITIVE_ROLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS | {"board", "council", "committee"}
_INDEFINITE_AFTER_RE = re.compile(r",[ \t]+an?[ \t]")
_DOTTED_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}")
# "said Sarwono, director of …": a role head without an article after a single name
_BARE_ROLE_AFTER_RE = re.compile(r",[ \t]+(?:the[ \t]+)?([a-z\-]+)[ \t]+(?:of|at|for|to)[ \t]")
# A contributor's note: "Jane Doe is a research fellow at the Example Institute", "John
# Roe is an economist with ...": the name, a copula and a role held somewhere.
_BIO_ROLE_RE = re.compile(
    r"[ \t]+(?:is|was)[ \t]+(?:an?|the)[ \t]+(?P<role>(?:[\w\-]+[ \t]+){0,3}?[\w\-]+)"
    r"[ \t]+(?:at|with|of|for|in)[ \t]"
)
_BIO_ROLE_HEADS = ROLE_HEADS | {"fellow"}
# A relative clause between a name and its speech verb ("Jane Doe, who runs a small
# business, said"), and an affiliation ("Jane Doe of the Example Institute said").
_RELATIVE_CLAUSE_RE = re.compile(r",[ \t]+(?:who|whose)[ \t][^,;.:\n“”\"]{3,120},")
# A short aside in brackets between a name and its speech verb: a party and country
# ("Jane Doe (S&D, DK) said"), an age, a constituency.
_BRACKET_ASIDE_RE = re.compile(r"[ \t]+\([^()\n“”\"]{1,40}\)")
_AFFILIATION_RE = re.compile(
    r"[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+)?[A-Z][\w&’'\-]*"
    r"(?:[ \t]+(?:(?:of|for|and|the|de|du|des)[ \t]+)*[A-Z][\w&’'\-]*){0,7}"
)
# The role phrase ending right before ", NAME": "his EU counterpart, Michel Barnier, said".
# "<role>, NAME": the role may name its post ("ambassador to Washington", "Minister of
# Economy").
_ROLE_BEFORE_COMMA_RE = re.compile(
    r"([A-Za-z\-]+)(?:[ \t]+general)?"
    # "Minister for Trade and Industry, NAME": the field's words may have an "and", and
    # list fields with commas ("Minister of Economy, Culture and Innovation, NAME");
    # a field may be a body named with its own "of" ("secretary at the Ministry of Trade")
    r"(?:[ \t]+(?:to|of|for|at)(?:[ \t]+the)?"
    r"(?:(?:,|[ \t]+and|[ \t]+of(?:[ \t]+the)?)?[ \t]+[A-Z][\w\-]*){1,6})?,[ \t]+$"
)
# "the ministry's secretary of foreign trade, NAME": a post's field in lower case; "director
# general for international trade negotiations" too, and after a possessive a modifier
# before the head ("Ruritania's deputy minister of economy and development, NAME"; "the
# lead negotiator for …, NAME" is left to the long role after "said the").
_LOWERCASE_POST_BEFORE_COMMA_RE = re.compile(
    r"(?:'s|’s|\bthe)[ \t]+(?P<post>(?:(?<=['’]s[ \t])(?:"
    + "|".join(sorted(re.escape(word) for word in ROLE_MODIFIERS if " " not in word))
    + r")[ \t]+)?(?P<head>[a-z\-]+))(?:[ \t]+general)?"
    r"[ \t]+(?:of|for)(?:[ \t]+[a-z]+){1,3},[ \t]+$"
)
# "said the deputy minister in charge of trade and Ruritania's lead negotiator, NAME": a
# role long enough to hold commas and a relative clause, opening with a role head, between
# "said the" and a name that closes the sentence
_LONG_ROLE_AFTER_SAID_RE = re.compile(
    r"\bsaid[ \t]+the[ \t]+(?P<role>(?:[a-z\-]+[ \t]+){0,3}?(?:"
    + "|".join(sorted(re.escape(head) for head in ROLE_HEADS if " " not in head))
    + r")\b[^.;:!?“”\"\n]{0,180}),[ \t]+$"
)
_ROLE_CUT_RE = re.compile(r",|[ \t]who[ \t]")
_PLURALS_WITHOUT_S = ("men", "children", "people")
# A courtesy title right before a word ("Mr Koh", "Ms. Mora").
_COURTESY_END_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Mdm|Madam)\.?[ \t]$")
# An Arabic family name written with its lowercase article ("al-Qahtani", "el-Erian"): a
# capitalised word of a name, as "Al-Qahtani" is.
# ... and a name's elided particle ("d'Arcy-Nguyen", "d’Almeida")
_ARTICLE_PREFIXED_NAME_RE = re.compile(r"(?:(?:al|el|as|ash|ad|ar|az|at|an|ul)[\-‐‑]|d['’])[A-Z]")
_PREVIOUS_WORD_RE = re.compile(r"(?<![\w'’])(\w+)[ \u00a0]$")
_CACHE_LIMIT = 100_000
_HEADLINE_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")


# Nouns that say a name is a company or a bloc: "Boeing, the US planemaker", "the carmaker
# Renault", "the Mercosur trade bloc". A person is never described by one of them.
ORG_HEAD_NOUNS = lexicon(
    """
    carmaker automaker planemaker steelmaker chipmaker drugmaker shipbuilder meatpacker
    conglomerate company firm lender insurer airline retailer cooperative co-operative
    manufacturer multinational subsidiary bloc consultancy brokerage
    """
)
# Nouns that describe a company only after "the" ("the country's largest telecoms operator"):
# after "a" they may describe a person ("a tour operator").
_DEFINITE_ORG_HEAD_NOUNS = lexicon("operator producer exporter importer maker distributor")
# A company's own rivals and parts: "its American rival Boeing".
_ITS_ORG_HEAD_NOUNS = lexicon("rival competitor subsidiary unit parent")
# Sentence adverbs that a comma follows like a name ("Separately, the company said").
_SENTENCE_ADVERBS = lexicon(
    """
    instead separately overall elsewhere likewise otherwise together similarly indeed thus
    hence therefore nevertheless nonetheless besides moreover furthermore again first second
    third finally here there
    """
)
# "Forjas del Norte": a Romance particle may join two capitalised words of a name
_ORG_NAME = (
    r"[A-Z][\w&’'\-]*(?:[ \u00a0](?:&[ \u00a0]|(?:de|del|do|da|di|du|des|dos|das)[ \u00a0])?"
    r"[A-Z][\w&’'\-]*){0,2}"
)
_ORG_NAME_WITH_OF = _ORG_NAME.replace("|di|", "|di|of|")
# Nouns that describe a body only in an appositive after "the" ("UK Steel, the industry's
# trade body", "Examplegrain, the Geneva-based grain trader", "Example Africa, the alliance of
# governments and companies that …"): elsewhere they name no one.
_APPOSITIVE_ORG_HEAD_NOUNS = lexicon("trader body association agency lobby alliance coalition")
# Nouns that describe a body before a name in capitals with no article at all ("the farm
# union ASAJA", "garment maker VINATEX", "ground-handling group SATS"): an acronym-like
# name after them is the body's, never a person's.
_ACRONYM_ORG_HEAD_NOUNS = lexicon("union group")
_ORG_HEAD_WORDS = (
    ORG_HEAD_NOUNS
    | _DEFINITE_ORG_HEAD_NOUNS
    | _ITS_ORG_HEAD_NOUNS
    | _APPOSITIVE_ORG_HEAD_NOUNS
    | _ACRONYM_ORG_HEAD_NOUNS
)
_ACRONYM_NAME_HEADS = (
    ORG_HEAD_NOUNS | _DEFINITE_ORG_HEAD_NOUNS | _ACRONYM_ORG_HEAD_NOUNS | {"lobby"}
)
# A name in capitals only ("ASAJA", "POSCO", "SK&F"), as `_ORG_NAME_AFTER_RE` gives it.
_CAPITALS_NAME_RE = re.compile(r"[A-Z][A-Z&\-]+")
_CAPITALS_AFTER_RE = re.compile(r"[ \u00a0](?P<name>[A-Z][A-Z&\-]+)(?![\w’'\-]|[ \u00a0][A-Z])")
# After a head, what may go on describing the body ("the carmaker that builds vans", "a
# family-owned exporter in the Colchagua Valley").
_HEAD_CLAUSE_AFTER_RE = re.compile(r"[ \u00a0](?:that|which|whose|in|with)[ \u00a0]")
# After "a", a word that makes "maker" or "producer" a company's ("a family-owned maker").
# A place and a participle opening a body's capitalised name ("Example-based Centre for …").
_PLACE_BASED_RE = re.compile(
    r"[A-Z][\w’'\-]*-(?:based|headquartered|registered)[ \u00a0]+(?=[A-Z])"
)
_OWNED_RE = re.compile(r"\w-(?:owned|based|listed|run|controlled)\b")
# A head's "of" complement closing the appositive ("a maker of forged auto parts,").
_OF_COMPLEMENT_RE = re.compile(r" of [^,.;:\n“”\"]{1,80}[,.;]")
# French, Spanish, Portuguese and Italian organisation names, whose inner words are lowercase
# ("Union des producteurs agricoles", "Producteurs de lait du Québec", "Université Laval").
# Heads only these languages use may take a capitalised name at once; heads English shares
# ("Union", "Association") need a particle after them. "Agence", "Agencia" are left out:
# they mostly name news agencies ("Agence France-Presse", "Agencia EFE"), which are outlets.
_ROMANCE_ONLY_HEADS = (
    "Université|Universidad|Universidade|Università|Instituto|Istituto|Ministère|Ministerio"
    "|Ministério|Ministero|Fédération|Federación|Federação|Confédération|Confederación"
    "|Confederação|Asociación|Associação|Associazione|Banque|Société|Sociedad|Sociedade"
    "|Fundación|Fundação|Cámara|Câmara|Comisión|Comissão|Conseil|Consejo|Conselho|Syndicat"
    "|Sindicato|Producteurs|Productores|Produtores|Secretaría|Comisiones|Comissões|Partido"
    "|Assemblée|Asamblea|Assembleia|Confederazione|Federazione"
)
_ROMANCE_SHARED_HEADS = "Union|Unión|União|Association|Institut|Centre|Centro|Banco|Office"
_ROMANCE_PARTICLES = r"(?:de\s+la|de\s+los|de\s+las|des|du|de|del|della|dei|da|do|dos|das)"
_ROMANCE_WORD = r"[a-zà-ÿ][a-zà-ÿ’'\-]+"
_ROMANCE_NAME = r"[A-ZÀ-Ý][\wÀ-ÿ’'\-]*"
# Matched only where a token is one of the heads (a set look-up per capitalised word).
_ROMANCE_HEAD_WORDS = frozenset(f"{_ROMANCE_ONLY_HEADS}|{_ROMANCE_SHARED_HEADS}".split("|"))
# Lowercase adjectives after a head ("Assemblée régionale", "Confédération laitière",
# "Fédération régionale ovine"): Romance adjective endings only, so no English verb follows.
_ROMANCE_ADJECTIVE = (
    r"[a-zà-ÿ]+(?:ale|ales|aux|elle|aise|anne|enne|ine|ique|iques|nal|nales|ana|ano|eira|ica)"
    r"(?![\w’'\-])"
)
_ROMANCE_ORG_RE = re.compile(
    rf"(?:(?:{_ROMANCE_ONLY_HEADS})(?:(?:\s+{_ROMANCE_NAME}){{1,2}}|(?:\s+{_ROMANCE_ADJECTIVE}){{1,2}})?"
    # a head English shares needs a particle after it, perhaps after one capitalised word
    # ("Unión Regional de Ganaderos")
    rf"|(?:{_ROMANCE_SHARED_HEADS})(?:\s+{_ROMANCE_NAME})?(?=\s+{_ROMANCE_PARTICLES}\s))"
    # then "de/du/des …" with up to two lowercase words, or up to three capitalised ones
    # ("Centro de Estudios Platenses"), each time; "y"/"e" joins two capitalised ones
    rf"(?:\s+{_ROMANCE_PARTICLES}\s+(?:{_ROMANCE_WORD}(?:\s+(?!{_ROMANCE_PARTICLES}\s)"
    rf"{_ROMANCE_WORD})?|{_ROMANCE_NAME}(?:\s+{_ROMANCE_NAME}){{0,2}})"
    rf"|\s+[ye]\s+(?=[A-ZÀ-Ý]){_ROMANCE_NAME})*"
)
# English words that end a Romance name picked up above ("… agricoles said").
_ENGLISH_AFTER_ROMANCE = lexicon(
    "said says told the and of in on to for at with from by who which that is was were has have"
)
# Plurals that introduce examples of companies ("carmakers such as Renault and Kia").
_ORG_PLURAL_HEADS = lexicon(
    """
    carmakers automakers planemakers steelmakers chipmakers drugmakers shipbuilders
    meatpackers conglomerates companies firms lenders insurers airlines retailers
    manufacturers multinationals producers exporters makers
    """
)


def _by_first_letter(words: frozenset[str]) -> str:
    """Return a regex alternation of lowercase words grouped by their first letter, so
    that a position is tested against one group rather than every word (3x faster)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items()) + ")"


# One scan finds the head nouns; the patterns below are tried only around them. A space
# opens the pattern: a literal first character makes the scan faster again.
_ORG_HEAD_RE = re.compile(
    r" (" + _by_first_letter(_ORG_HEAD_WORDS | _ORG_PLURAL_HEADS) + r")(?![\w\-])"
)
# before a head: "<Name>, the <up to five words> " (then the head and a "," "." or ";");
# "Wines of Chile, the industry's export association": "of" may join the name's words;
# "Viña Example, one of the country's largest wine exporters"
_ORG_APPOSITIVE_RE = re.compile(
    rf"(?<![\w’'.\-])(?P<name>{_ORG_NAME_WITH_OF}),[ \u00a0]"
    r"(?P<det>the|a|an|one[ \u00a0]of[ \u00a0](?:the|its|their))[ \u00a0]"
    r"(?P<mods>(?:[\w’'\-]+[ \u00a0]){0,5})$"
)
# A company's head and the company, perhaps described by its home or owner first ("chief
# executive of Example Foods,", "managing director of Rivertown-based Example Pottery, said").
_COMPANY_HEAD_OF_RE = re.compile(
    r"\b(?:chief[ \u00a0]executive(?:[ \u00a0]officer)?|managing[ \u00a0]director|founder"
    r"|co-founder)[ \u00a0]of[ \u00a0](?:[A-Z][\w\-]*-(?:based|owned)[ \u00a0])?"
    r"(?P<name>[A-Z][\w&’'\-]*(?:[ \u00a0][A-Z][\w&’'\-]*){0,3})"
    r"(?=[,.;]|[ \u00a0](?:said|says|told)\b)"
)
# before a head: "the <up to two words> " ("its American rival Boeing")
_ORG_DESCRIPTION_RE = re.compile(
    r"(?<![\w’'])(?P<det>[Tt]he|[Ii]ts)[ \u00a0](?P<mods>(?:[\w\-]+[ \u00a0]){0,2})$"
)
# after a head: " <Name>" and no more capitalised words
_ORG_NAME_AFTER_RE = re.compile(rf"[ \u00a0](?P<name>{_ORG_NAME})(?![\w’'\-]|[ \u00a0][A-Z])")
# before "bloc": "the <Name> trade " / "the <Name> "
_ORG_BLOC_RE = re.compile(
    rf"(?<![\w’'])[Tt]he[ \u00a0](?P<name>{_ORG_NAME})[ \u00a0](?:[a-z]+[ \u00a0])?$"
)
# after a plural head: "manufacturers such as Tata Motors and Mahindra & Mahindra"
_ORG_EXAMPLES_RE = re.compile(
    # "makers of cathode materials such as …": what they make may come between
    r"(?: of [a-z][\w\-]*(?: [a-z][\w\-]*){0,2}(?<!\bsuch)(?<!\bincluding)(?<!\blike))?"
    rf" (?:such as|including|like) (?P<names>{_ORG_NAME}(?:, {_ORG_NAME}){{0,4}}"
    rf"(?:,? (?:and|or) {_ORG_NAME})?)(?![\w’'\-]|[ \u00a0][A-Z])"
)
_ORG_EXAMPLE_NAME_RE = re.compile(rf"(?P<name>{_ORG_NAME})")
# "the firm Jane Doe founded": the name after the head is its founder or boss, not it
_FOUNDER_VERB_RE = re.compile(
    r"[ \u00a0](?:co-)?(?:founded|runs|ran|owns|owned|leads|led|heads|headed|chairs|chaired"
    r"|started|built|created|set up|took over|bought|sold|joined|left|works|worked)\b"
)
_ORG_HEAD_WINDOW = 120  # characters looked at before a head noun
# Second words of a field that a body's list may end on ("Investment Promotion").
_FIELD_TAIL_WORDS = lexicon(
    "promotion development affairs cooperation co-operation protection relations policy welfare"
    " trade commerce investment finance security safety administration negotiations agreements"
)
# The heads of a government body named by its field ("Department of Commerce"), and the
# fields that name one, after which a personal name is the officer's.
_GOVERNMENT_BODY_HEADS = lexicon("ministry department office bureau secretariat directorate")
_ONE_FIELD_WORDS = lexicon(
    "commerce trade industry agriculture finance economy fisheries investment"
)
# "<Title> of Trade, Industry and ": a list of capitalised fields ending before a word.
_LIST_BEFORE_RE = re.compile(r"\b(?:of|for) [A-Z][\w\-]*(?:, [A-Z][\w\-]*)+,? and $")
_TITLE_HEAD_BEFORE_RE = re.compile(r"(?<![\w\-])([A-Z][\w\-]*)[ \t]+$")
# " (ACR)" after a name, then a speech verb or an appositive with a body's head noun.
_DEFINED_ACRONYM_RE = re.compile(
    r" \((?P<acronym>[A-Z]{2,6})\)(?P<cue>[ \u00a0](?:said|says)\b"
    r"|,[ \u00a0](?:the|a|an)(?:[ \u00a0][\w’'\-]+){1,5},)"
)
# " (EXPRO)" right after a body's name: its short name, two or more capitals in it.
_BRACKETED_ACRONYM_RE = re.compile(r" \((?P<acronym>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\)")
_ACRONYM_WORDS_RE = re.compile(r"[^\W\d_][\w’'\-]*|&")
# " (Rumex)" after "Ruritanian Metals Exchange": a short name said as a word, made of the
# first letters of the name's words ("Rumex", "Zenexport"), in title case.
_BRACKETED_WORD_ACRONYM_RE = re.compile(r" \((?P<acronym>[A-Z][a-z]{2,11})\)")
# "The Example Promotion Agency, better known as Expa, said": the body's other name.
_KNOWN_AS_RE = re.compile(
    r",[ \u00a0](?:(?:better|also|commonly|widely)[ \u00a0])?known[ \u00a0]as[ \u00a0]"
    r"(?P<name>[A-Z][\w\-]+(?:[ \u00a0][A-Z][\w\-]+){0,2})(?=[,.;)]|[ \u00a0][a-z])"
)
# What may stand between a body's name and its bracketed short name: a company's form.
_OF_THE_RE = re.compile(r" of (?:the )?")
_COMPANY_FORM_RE = re.compile(r"(?:,? (?:Inc|Ltd|Corp|Co|Plc|LLC)\.?)?")


def _spelled_by_prefixes(acronym: str, words: list[str]) -> bool:
    """Return True when `acronym` is made of a prefix of each word in turn, the first word
    giving at least one letter and later words perhaps none ("rumex": "ruritanian metals
    exchange" and "ruritanian trade metals exchange" yes, "zenda metals exchange" no)."""
    if not words or not words[0].startswith(acronym[:1]):
        return False
    first = words[0]
    for taken in range(min(len(first), len(acronym)), 0, -1):
        if first[:taken] != acronym[:taken]:
            continue
        rest = acronym[taken:]
        if not rest or any(
            _spelled_by_prefixes(rest, words[position:]) for position in range(1, len(words))
        ):
            return True
    return False


class _Token(NamedTuple):  # a tuple: built ~100 times per article, so it must be cheap
    start: int
    end: int
    text: str
    lower: str
    capital: bool


_new_token = tuple.__new__  # _Token from one tuple of its fields, skipping NamedTuple's __new__


@dataclass(frozen=True)
class _Entry:
    """One surface form of the registry: what it names and how strictly its case is checked."""

    ref: ActorRef
    alias: str
    acronym: bool


def _is_acronym(alias: str) -> bool:
    """Return True for aliases written in capitals ("US", "U.S.", "TPP") that need exact case."""
    letters = alias.replace(".", "").replace(" ", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 6


def _surface_forms(ref: ActorRef, alias: str) -> list[str]:
    """Return the spellings of one alias to put into the pattern."""
    forms = [alias]
    letters = alias.replace(".", "")
    if _is_acronym(alias) and " " not in alias:
        # "U.S." and "US" are the same alias; a dotted form is matched with its final dot
        forms = [letters, ".".join(letters) + "."]
    elif (
        ref.kind == ActorKind.COUNTRY
        and alias[-1:].islower()
        and alias[-1] != "a"  # no demonym ends so; "the Americas" are another place
        and len(alias) > 3
    ):
        # demonyms take a plural: "Americans", "Canadians"
        forms.append(alias + "s")
    words = alias.split(" ")
    if (
        ref.kind == ActorKind.PERSON
        and alias == ref.name
        and len(words) == 2
        and all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words)
        and words[1].lower() not in STOP_CAPITALS  # not "May Theresa" of "in May Theresa May"
    ):
        # family name first, as Japanese and Chinese media write names ("Tanaka Hiroshi"), or
        # last, as Western media write Chinese ones: either order is the same person
        forms.append(f"{words[1]} {words[0]}")
    if len(words) > 1:
        # an acronym inside a longer name is written with or without dots:
        # "UN General Assembly" and "U.N. General Assembly", "US Congress" and "U.S. Congress"
        dotted = [_dotted(word) for word in words]
        if dotted != words:
            forms.append(" ".join(dotted))
        undotted = [word.replace(".", "") if _is_acronym(word) else word for word in words]
        if undotted != words:
            forms.append(" ".join(undotted))
    return forms


def _dotted(word: str) -> str:
    """Return an undotted acronym of two to four capitals written with dots ("U.N.")."""
    if 2 <= len(word) <= 4 and word.isalpha() and word.isupper():
        return ".".join(word) + "."
    return word


_VOWELS = frozenset("aeiouy")


def _case_ok(entry: _Entry, text: str) -> bool:
    """Return True when the matched text has the letter case the alias demands."""
    if entry.acronym:
        letters = [c for c in text if c.isalpha()]
        if all(c.isupper() for c in letters):
            return True
        # British house style writes an acronym said as a word in title case ("Asean",
        # "Efta", "Ecowas"); three letters or fewer are too often a word ("Us", "Eu"),
        # unless three have no vowel, which no word lacks ("Gcc", not "Why" or "Imp")
        alias = entry.alias
        if not (alias.isalpha() and text == alias.capitalize()):
            return False
        return len(alias) >= 4 or (len(alias) == 3 and not _VOWELS.intersection(text.lower()))
    alias_words = re.split(r"[\s\-‐‑]+", entry.alias)
    text_words = re.split(r"[\s\-‐‑]+", text)
    if len(alias_words) != len(text_words):
        return text[:1].isupper()
    return all(
        not a[:1].isupper() or t[:1].isupper() for a, t in zip(alias_words, text_words, strict=True)
    )


class ActorMatcher:
    """Finds actor mentions in article bodies; build once per registry, reuse per article."""

    def __init__(self, actors: Sequence[ActorRef]) -> None:
        self.actors = tuple(actors)
        self._by_key = {ref.key: ref for ref in self.actors}
        # a company's short name that opens its full name ("Samsung": "Samsung Electronics")
        self._short_forms = frozenset(
            alias
            for ref in self.actors
            if ref.kind is ActorKind.ORGANISATION
            for alias in ref.aliases
            if ref.name.startswith(alias + " ")
        )
        # country -> its treasury, for "the Treasury" written bare
        self._treasuries = {
            ref.country: ref
            for ref in self.actors
            if ref.kind is ActorKind.ORGANISATION and ref.country and "Treasury" in ref.name
        }
        # country -> its ministries and departments, each with the words of its names, for
        # one named in lower case by its portfolio ("Japan's trade ministry")
        self._ministries: dict[str, list[tuple[ActorRef, frozenset[str]]]] = {}
        for ref in self.actors:
            names = (ref.name, *ref.aliases)
            if (
                ref.kind is ActorKind.ORGANISATION
                and ref.country
                and any(_MINISTRY_NAME_RE.search(name) for name in names)
            ):
                words = frozenset(w.lower() for name in names for w in re.findall(r"\w+", name))
                self._ministries.setdefault(ref.country, []).append((ref, words))
        self._entries: dict[str, _Entry] = {}
        forms: list[str] = []
        # names before aliases, registry order within each: the first claim on a normalised
        # text wins, so an alias cannot take over another actor's name
        for use_names in (True, False):
            for ref in self.actors:
                for alias in (ref.name,) if use_names else ref.aliases:
                    alias = alias.strip()
                    if not alias:
                        continue
                    for form in _surface_forms(ref, alias):
                        key = normalise_name(form)
                        if key and key not in self._entries:
                            self._entries[key] = _Entry(ref, alias, _is_acronym(alias))
                        forms.append(form)
        # _case_ok refuses text opening in lower case for an alias opening with a capital:
        # when every alias does, only the matches opening with a capital are searched for
        # (many times faster; the same matches there)
        capitalised = all(entry.alias[:1].isupper() for entry in self._entries.values())
        source = capitalised_phrase_pattern(forms) if capitalised else None
        self.capitals_only = source is not None  # the reference data must keep this True
        self._search = re.compile(source or phrase_pattern(forms), 0 if source else re.I).search
        # matched text -> (actor, accepted length): the same few names recur in every article
        self._accepted: dict[str, tuple[ActorRef, int] | tuple[None, int]] = {}
        # word -> (word, lowercase, capitalised), the tail of its tokens
        self._words: dict[str, tuple[str, str, bool]] = {}
        # every spelling of the world's countries (see countries.py), and the countries the
        # registry lacks, proposed when named
        world = country_forms()
        self.country_of_form = world  # "French" -> "France"
        self._countries = {
            form: name
            for form, name in world.items()
            if self.lookup(form) is None and self.lookup(name) is None
        }
        # first word -> the spellings starting with it, longest first: looked up per
        # capitalised token, far cheaper than another regex pass over the body
        self._countries_by_first: dict[str, list[str]] = {}
        for form in sorted(self._countries, key=len, reverse=True):
            first = _HEADLINE_WORD_RE.match(form)
            if first is not None:
                self._countries_by_first.setdefault(first.group(), []).append(form)
        # capitals of those countries, naming them only as the subject of a verb
        self._capitals = {
            capital: name
            for capital, name in capital_countries().items()
            if self.lookup(capital) is None and name in self._countries
        }
        # every capital a registry may hold as its country's alias, for telling a venue
        self._all_capitals = frozenset(c.lower() for c in capital_countries(with_registry=True))
        self._capitals_by_first: dict[str, list[str]] = {}
        for form in sorted(self._capitals, key=len, reverse=True):
            first = _HEADLINE_WORD_RE.match(form)
            if first is not None:
                self._capitals_by_first.setdefault(first.group(), []).append(form)

    def split_venues(
        self, body: str, mentions: list[ActorMention]
    ) -> tuple[list[ActorMention], list[ActorMention]]:
        """Return (the article's actors, venues): a country named by its capital only where
        something happened ("met in Kuala Lumpur", "the Kuala Lumpur meeting", a dateline)
        is a venue, no actor of the article; its event may still count it (see pipeline)."""
        capitals = self._all_capitals
        venues = [
            m
            for m in mentions
            if m.text != m.name
            and (
                (m.text.lower() in capitals and m.kind is ActorKind.COUNTRY)
                or m.text.lower() in _SEAT_CITIES
            )
            and not m.proposed
            and _capital_as_venue(body, m)
        ]
        if not venues:
            return mentions, []
        venue_ids = {id(m) for m in venues}
        return [m for m in mentions if id(m) not in venue_ids], venues

    def _without_countries_ending_names(
        self, body: str, registry: list[ActorMention]
    ) -> list[ActorMention]:
        """Return `registry` without a country named by its name as the last word of a
        longer name ("Garuda Example", "Konfederasi Serikat Pekerja Example"): a capitalised
        word right before it that is no sentence opener or function word and names no
        actor ("EU Japan talks" name two), no thing's noun after it, outside a title-case
        headline. The phrase rules may then propose the whole name, as for a country of the
        world's list."""
        headline: list[tuple[int, int]] | None = None
        result = []
        for m in registry:
            # ... or by its capital ("João Example Lima" is a person; "Greater Lima" is
            # the city)
            capital = m.text != m.name and m.text.lower() in self._all_capitals
            if m.kind is ActorKind.COUNTRY and not m.proposed and (m.text == m.name or capital):
                before = _CAPITAL_BEFORE_RE.search(body, max(0, m.start - 30), m.start)
                if before is not None and not (
                    capital and before.group()[:-1].lower() in _PART_OF_A_CITY
                ):
                    word = before.group()[:-1]
                    after = _THING_AFTER_RE.match(body, m.end)
                    if (
                        word.lower() not in STOP_CAPITALS
                        and not self._names_an_actor(word)
                        # "the Investment Example Act": a law, a plan of the country
                        and (after is None or after["word"].lower() not in THING_WORDS)
                    ):
                        if headline is None:
                            headline = _headline_spans(body)
                        if not any(s <= m.start < e for s, e in headline):
                            continue
            result.append(m)
        return result

    def _names_an_actor(self, word: str) -> bool:
        """Return True when `word` names a registry actor or a country of the world's list."""
        return word in self.country_of_form or self.lookup(word) is not None

    def lookup(self, text: str) -> ActorRef | None:
        """Return the registry actor a name or alias denotes, or None."""
        entry = self._entries.get(normalise_name(text))
        return entry.ref if entry else None

    def find_mentions(
        self,
        body: str,
        sentences: list[Sentence] | None = None,
        *,
        skip_spans: Sequence[tuple[int, int]] = (),
    ) -> list[ActorMention]:
        """Return every actor mention in body, in body order, with exact offsets.

        `skip_spans` are ranges (a headline, a credit line) where nothing is proposed;
        a title-case first line is skipped that way without being asked. `sentences` is
        accepted for a uniform extraction interface but not needed: the phrase rules look
        at words and punctuation around each name, which sentence bounds would not change.
        """
        return self._find_mentions(body, skip_spans, self._registry_outside_regions(body))

    def registry_mentions(self, body: str) -> list[ActorMention]:
        """Return what `find_mentions` finds in body except the proposed mentions: the
        registry actors named in text where no name is proposed (captions, credits).

        The phrase rules reach registry mentions only through people (roles, surnames),
        organisations and demonyms (one inside a proposed name is dropped) and a possessive
        ("<country>'s Ministry of ..." names the registry's ministry): when the registry
        names nothing but countries, none by a demonym, here and no "'s " follows any word,
        its pass alone is the answer,
        without the phrase rules (tests/extraction/test_actors.py checks the shortcut).
        """
        registry = self._registry_outside_regions(body)
        if (
            # a demonym may be a word of a proposed body's name ("University of British ...")
            all(
                m.kind is ActorKind.COUNTRY and not m.text.endswith(_ADJECTIVE_ENDINGS)
                for m in registry
            )
            and "'s " not in body
            and "’s " not in body
        ):
            return self._without_countries_ending_names(body, registry)
        return [m for m in self._find_mentions(body, (), registry) if not m.proposed]

    def _registry_outside_regions(self, body: str) -> list[ActorMention]:
        """Return the registry mentions of body in order, without countries in regions
        and without what a link to another story names ("Also read: India to resume FTA
        talks with GCC")."""
        mentions = self._registry_mentions(body)
        related = _related_link_spans(body) if mentions else []
        if related:
            mentions = [m for m in mentions if not any(s <= m.start < e for s, e in related)]
        names_an_actor = self._names_an_actor
        return [
            m
            for m in mentions
            if m.kind is ActorKind.ORGANISATION
            or (
                m.kind is ActorKind.PERSON
                and (m.text == m.name or not _in_double_barrelled_name(body, m, names_an_actor))
            )
            # "South American bloc", "Latin America": a region, not the country; "220
            # billion U.S. dollars", "1.5 billion Australian dollars": a currency
            or (
                m.kind is ActorKind.COUNTRY
                and _REGION_BEFORE_RE.search(body, max(0, m.start - 10), m.start) is None
                and _CURRENCY_AFTER_RE.match(body, m.end) is None
                and not _is_language(body, m)
                and (m.text == m.name or _COMMON_NAME_AFTER_RE.match(body, m.end) is None)
                and not _city_as_home(body, m)
                and not _inside_a_name(body, m, names_an_actor)
                and not (
                    m.text.lower() in self._all_capitals
                    and _NAMED_FOR_CITY_AFTER_RE.match(body, m.end) is not None
                )
            )
        ]

    def _find_mentions(
        self, body: str, skip_spans: Sequence[tuple[int, int]], registry: list[ActorMention]
    ) -> list[ActorMention]:
        """Return every mention in body (see `find_mentions`), its registry ones given."""
        skips = [*skip_spans, *_headline_spans(body), *_related_link_spans(body)]
        tokens = self._tokens(body)
        countries = self._country_mentions(body, tokens, registry)
        if countries:
            registry = sorted(registry + countries, key=lambda m: m.start)
        registry = self._sister_companies(body, registry)
        registry = _agencies_named_for_countries(body, registry)
        registry = _companies_named_with_demonyms(body, registry)
        registry = self._without_countries_ending_names(body, registry)
        if " for " in body:
            registry = _without_heads_of_longer_names(body, registry)
        covering = _covering(tokens, registry)
        analysis = _Analysis(self, body, tokens, covering, skips)
        analysis.run()
        analysis.head_noun_organisations(registry)
        analysis.romance_organisations(registry)
        if ", which " in body:
            analysis.bodies_that_do(registry)
        if " it" in body:
            analysis.bodies_speaking_of_themselves(registry)
        if _DESCRIBED_BODY_GATE_RE.search(body) is not None:
            analysis.bodies_named_after_their_kind(registry)
        if "l Customs" in body or "e Customs" in body:
            analysis.customs_services(registry)
        if " Administration" in body:
            analysis.field_administrations(registry)
        if " and " in body:
            analysis.listed_with_bodies(registry)
        if (
            "ommittee o" in body
            or "ouncil f" in body
            or "ouncil o" in body
            or "ttee f" in body
            or "Working " in body
            or "Group o" in body
            or "Group f" in body
            or "liance f" in body
            or "lition f" in body
        ):
            analysis.bodies_on_subjects(registry)
        inside = [
            (m.start, m.end)
            for m in analysis.proposed
            if m.proposed and m.kind is ActorKind.ORGANISATION
        ]
        if inside:
            # "China Institute for WTO Studies" is not the WTO
            # nor is "British" in "University of British Columbia" the UK: a demonym inside
            # a body's name (one opening it, "Ghanaian National Congress", still tells whose
            # story it is; a country's name or abbreviation, "U.S. Court of International
            # Trade", still names the country)
            registry = [
                m
                for m in registry
                if m.kind is ActorKind.PERSON
                or not any(
                    s <= m.start
                    and m.end <= e
                    and (s, e) != (m.start, m.end)
                    and (
                        m.kind is ActorKind.ORGANISATION
                        or (s < m.start and m.text.endswith(_ADJECTIVE_ENDINGS))
                    )
                    for s, e in inside
                )
            ]
        analysis.expand_acronyms(registry)
        if ") said" in body or ") says" in body or "), the" in body or "), a" in body:
            analysis.bodies_defining_acronyms(registry)
        if " (" in body:
            analysis.bodies_of_acronym_tails()
            analysis.names_spelled_by_acronyms(registry)
            analysis.acronyms_of_named_bodies(registry)
            if _BRACKETED_WORD_ACRONYM_RE.search(body):
                analysis.bodies_with_word_acronyms(registry)
        if "known as " in body:
            analysis.bodies_known_as(registry)
        if any(name in body for name in _LEGISLATURE_NAMES):
            analysis.lone_legislatures(registry)
        analysis.party_acronyms(registry)
        if "Commission" in body:
            registry = self._the_commission(body, registry, analysis.proposed, skips)
        if "he Council" in body or "a Council" in body:
            registry = self._the_council(body, registry, others=analysis.proposed, skips=skips)
        registry = self._bodies_of_other_countries(body, registry)
        if "General Assembly" in body:
            registry = _national_general_assemblies(body, registry)
        if "Treasury" in body:
            registry = self._the_treasury(body, registry, others=analysis.proposed, skips=skips)
        proposed = analysis.proposed
        if " held" in body:
            proposed = _without_gatherings(body, proposed)
        mentions = _first_fields_as_full_names(
            _bare_heads_as_full_names(_tails_as_full_names(registry + proposed))
        )
        if " a" in body:
            mentions = _without_passers_by(body, mentions, self.country_of_form)
        if "’s " in body or "'s " in body:
            mentions = _without_unnamed_offices(body, mentions)
        if " and " in body:
            mentions = _without_remits(body, mentions)
        mentions = _without_classes_of_members(body, mentions)
        if " ministry" in body or " department" in body:
            mentions.extend(self._lowercase_ministries(body, mentions))
        if " embassy" in body:
            mentions.extend(self._lowercase_embassies(body, mentions))
        mentions.extend(analysis.surname_mentions(mentions))
        mentions.sort(key=lambda m: (m.start, -m.end))
        return _without_demonyms_opening_bodies(mentions)

    def _lowercase_embassies(self, body: str, mentions: list[ActorMention]) -> list[ActorMention]:
        """Return an embassy named in lower case after its country's adjective or possessive
        as a proposed body when it or its officer speaks: "the Ruritanian embassy in
        Capitalia said" is the "Ruritanian Embassy", as it is when capitalised;
        "Ruritania's embassy" the "Embassy of Ruritania". A capital's ("the Capitalia
        embassy") names where, not whose."""
        found = []
        for mention in mentions:
            if mention.kind is not ActorKind.COUNTRY:
                continue
            match = _LOWER_EMBASSY_AFTER_RE.match(body, mention.end)
            if match is None or (
                match.group("speaks") is None
                and _OFFICER_OF_BEFORE_RE.search(body, max(0, mention.start - 40), mention.start)
                is None
            ):
                continue
            if match.group("owner"):
                name = f"Embassy of {_the(mention.name)}"
            elif mention.text != mention.name and mention.text.lower() not in self._all_capitals:
                name = f"{mention.text} Embassy"
            else:
                continue
            end = match.end() - len(match.group("speaks") or "")
            found.append(
                ActorMention(
                    key=name,
                    name=name,
                    kind=ActorKind.ORGANISATION,
                    start=mention.start,
                    end=end,
                    text=body[mention.start : end],
                    proposed=True,
                )
            )
        return found

    def _lowercase_ministries(self, body: str, mentions: list[ActorMention]) -> list[ActorMention]:
        """Return the registry's ministries named in lower case after their country, by
        their portfolio: "Ruritania's trade ministry", "the Ruritanian foreign ministry",
        "Capitalia's commerce department" (the country's capital) name the one ministry of
        that country whose names hold every portfolio word ("Ministry of Trade and
        Industry", alias "Ruritanian Foreign Ministry"). None when no ministry, or more than
        one, of the country fits: the country alone is then the actor, as before."""
        found = []
        for mention in mentions:
            if mention.kind is not ActorKind.COUNTRY or mention.proposed:
                continue
            ministries = self._ministries.get(mention.key)
            if ministries is None:
                continue
            match = _LOWER_MINISTRY_AFTER_RE.match(body, mention.end)
            if match is None:
                continue
            portfolio = match.group("portfolio").split()
            if any(word in ("of", "the") for word in portfolio):
                continue
            fits = [ref for ref, words in ministries if words.issuperset(portfolio)]
            if len(fits) == 1:
                ref = fits[0]
                start = match.start("portfolio")
                found.append(
                    ActorMention(
                        key=ref.key,
                        name=ref.name,
                        kind=ref.kind,
                        start=start,
                        end=match.end(),
                        text=body[start : match.end()],
                    )
                )
        return found

    def _bodies_of_other_countries(
        self, body: str, registry: list[ActorMention]
    ) -> list[ActorMention]:
        """Return `registry` with a country's ministry or department named by its bare
        title ("Department of Commerce") proposed as another body when the text ties that
        title to another country: "India's Department of Commerce", an officer's employer
        ("Joint Secretary of the Department of Commerce") after another country is named in
        the paragraph, or a story that names other countries and never the body's own; the
        same title elsewhere in the story follows."""
        retied: dict[str, str] = {}  # a bare title -> its proposed body's name
        result: list[ActorMention] = []
        if not any(m.text.startswith(_BARE_BODY_HEADS) for m in registry):
            return registry
        for index, mention in enumerate(registry):
            ref = (
                self._by_key.get(mention.key) if mention.text.startswith(_BARE_BODY_HEADS) else None
            )
            if (
                ref is None
                or ref.kind is not ActorKind.ORGANISATION
                or ref.country is None
                or _BARE_BODY_TITLE_RE.match(mention.text) is None
            ):
                result.append(mention)
                continue
            owner = _owner_before(body, registry[:index], mention.start) or _country_after(
                body, registry, index
            )
            if owner is not None and owner.key != ref.country:
                # "Peru's Congress", "the Congress of Peru": the body is named with its
                # country, so that each country's Congress is an actor of its own; the
                # same title alone later is that one, until another country's possessive
                retied[mention.text] = f"{canonical_name(mention.text)} of {_the(owner.name)}"
            elif mention.text not in retied and (
                _employer_after_country(body, registry[:index], mention, ref.country)
                or self._story_of_other_countries(registry, ref.country)
            ):
                retied[mention.text] = canonical_name(mention.text)
            name = retied.get(mention.text)
            if name is not None:
                mention = ActorMention(
                    key=name,
                    name=name,
                    kind=ActorKind.ORGANISATION,
                    start=mention.start,
                    end=mention.end,
                    text=mention.text,
                    proposed=True,
                )
            result.append(mention)
        return result

    def _story_of_other_countries(self, registry: list[ActorMention], country: str) -> bool:
        """Return True when the story names other countries but never `country`, nor any
        registry actor of it other than by a bare title: its "Congress" or "Department of
        Commerce" is then another country's ("Congress" in a story about Brazil or India)."""
        other = False
        for mention in registry:
            if mention.key == country:
                return False
            if mention.kind is ActorKind.COUNTRY:
                other = True
                continue
            ref = self._by_key.get(mention.key)
            if (
                ref is not None
                and ref.country == country
                and _BARE_BODY_TITLE_RE.match(mention.text) is None
            ):
                return False  # "the White House", "USTR": a story about the U.S.
        return other

    def _sister_companies(self, body: str, registry: list[ActorMention]) -> list[ActorMention]:
        """Return `registry` with a company's short name followed by another word than its
        full name's ("Samsung SDI" where the registry holds "Samsung Electronics", alias
        "Samsung") proposed as that other company."""
        short_forms = self._short_forms
        if not short_forms or not any(m.text in short_forms for m in registry):
            return registry
        result = []
        for mention in registry:
            if mention.text in short_forms and mention.kind is ActorKind.ORGANISATION:
                following = _NEXT_NAME_WORD_RE.match(body, mention.end)
                word = following.group(1) if following else ""
                lower = word.lower()
                if (
                    word
                    and lower not in _NOT_MEMBER_WORDS
                    and lower not in ROLE_MODIFIERS
                    and lower not in ORG_SUFFIXES
                    and not mention.name.startswith(f"{mention.text} {word}")
                ):
                    mention = _proposed_organisation(body, mention.start, following.end(1))
            result.append(mention)
        return result

    def _the_commission(
        self,
        body: str,
        registry: list[ActorMention],
        proposed: list[ActorMention],
        skips: list[tuple[int, int]],
    ) -> list[ActorMention]:
        """Return `registry` with "the Commission" and "a Commission spokesperson" as the
        registry's commission the story means: the one it names in full, else the one
        whose name opens as an organisation it names does ("European Union": "European
        Commission"); none when it names another commission, or could mean two."""
        if not registry:
            return registry
        organisation = ActorKind.ORGANISATION
        commissions = [
            a for a in self.actors if a.kind == organisation and a.name.endswith(" Commission")
        ]
        keys = {m.key for m in registry}
        named = [a for a in commissions if a.key in keys]
        if not named:
            openings = {m.name.split()[0] for m in registry if m.kind == organisation}
            named = [a for a in commissions if a.name.split()[0] in openings]
        if len(named) != 1:
            return registry
        commission = named[0]
        if any(m.text.endswith("Commission") for m in proposed):
            return registry  # "the Productivity Commission" may be "the Commission" here
        taken = [(m.start, m.end) for m in (*registry, *proposed)]
        added = [
            ActorMention(
                key=commission.key,
                name=commission.name,
                kind=commission.kind,
                start=match.start("name"),
                end=match.end("name"),
                text=match.group("name"),
            )
            for match in _THE_COMMISSION_RE.finditer(body)
            if not any(s <= match.start("name") < e for s, e in (*taken, *skips))
        ]
        return sorted(registry + added, key=lambda m: m.start) if added else registry

    def _the_council(
        self,
        body: str,
        registry: list[ActorMention],
        *,
        others: list[ActorMention],
        skips: list[tuple[int, int]],
    ) -> list[ActorMention]:
        """Return `registry` with "the Council" as the registry's Council of the European
        Union in a story naming the EU or its institutions (and not the European Council):
        everywhere when the story names no other council, else where its sentence names an
        EU institution ("the Council and the European Parliament agreed")."""
        council = self.lookup("Council of the European Union")
        if council is None or not any(m.name.startswith("European ") for m in registry):
            return registry
        if any(m.name == "European Council" for m in registry):
            return registry  # the leaders' European Council: "the Council" could be either
        taken = [(m.start, m.end) for m in (*registry, *others)]
        another = any(
            m.key != council.key and "Council" in m.name.split() for m in (*registry, *others)
        )
        ours = [(m.start, m.end) for m in registry if m.key == council.key]
        # councils named in full, each with whether it is the Council of the EU
        named = [
            (match.end(), any(s <= match.end() - 1 < e for s, e in ours))
            for match in _NAMED_COUNCIL_RE.finditer(body)
        ]
        added = []
        for match in _THE_COUNCIL_RE.finditer(body):
            start = match.start("name")
            if any(s <= start < e for s, e in (*taken, *skips)):
                continue
            last = [eu for end, eu in named if end <= start]
            if last and not last[-1]:
                # "its Trade Council ... The Council confirmed": that council, unless the
                # sentence names the EU's lawmakers ("the European Parliament and the Council")
                opening = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start)) + 1
                close = _SENTENCE_CLOSE_RE.search(body, start)
                sentence = body[opening : close.start() if close else len(body)]
                if _EU_LAWMAKERS_RE.search(sentence) is None:
                    continue
            elif another:
                sentence = body[body.rfind(". ", 0, start) + 1 : body.find(". ", start) % len(body)]
                if _EU_INSTITUTION_RE.search(sentence) is None:
                    continue
            added.append(
                ActorMention(
                    key=council.key,
                    name=council.name,
                    kind=council.kind,
                    start=start,
                    end=match.end("name"),
                    text=match.group("name"),
                )
            )
        return sorted(registry + added, key=lambda m: m.start) if added else registry

    def _the_treasury(
        self,
        body: str,
        registry: list[ActorMention],
        *,
        others: list[ActorMention],
        skips: list[tuple[int, int]],
    ) -> list[ActorMention]:
        """Return `registry` with "the Treasury" written bare as the story's country's: the
        registry's treasury of the one country with one that the story names (of several,
        the one named last before), else proposed as "Treasury" when the story names a
        country whose treasury the registry lacks (Brazil's, Australia's)."""
        matches = list(_BARE_TREASURY_RE.finditer(body))
        countries = [m for m in registry if m.kind is ActorKind.COUNTRY] if matches else []
        if not countries:
            return registry
        treasuries = self._treasuries
        named = [m for m in countries if m.key in treasuries]
        taken = [*((m.start, m.end) for m in (*registry, *others)), *skips]
        added = []
        for match in matches:
            start, end = match.span()
            if any(s <= start < e for s, e in taken):
                continue
            before = _WORD_BEFORE_RE.search(body, max(0, start - 30), start)
            if (
                before is not None
                and before.group(1)[:1].isupper()
                and before.group(1).lower() not in ("the", "a")
            ):
                continue  # "HM Treasury", "U.S. Treasury", "National Treasury": named
            if named:
                earlier = [m for m in named if m.end <= start] or named
                ref = treasuries[earlier[-1].key]
                key, name, proposed = ref.key, ref.name, False
            else:
                key = name = "Treasury"
                proposed = True
            added.append(
                ActorMention(
                    key=key,
                    name=name,
                    kind=ActorKind.ORGANISATION,
                    start=start,
                    end=end,
                    text=match.group(),
                    proposed=proposed,
                )
            )
        return sorted(registry + added, key=lambda m: m.start) if added else registry

    def _tokens(self, body: str) -> list[_Token]:
        """Return the body's tokens; a word's lowercase and capital flag are remembered."""
        words = self._words
        if len(words) > _CACHE_LIMIT:
            words.clear()
        known = words.get
        return [
            _new_token(_Token, match.span() + (known(word) or self._word_fields(word)))
            for match in _TOKEN_RE.finditer(body)
            for word in (match.group(),)
        ]

    def _word_fields(self, word: str) -> tuple[str, str, bool]:
        """Return (and remember) a word's text, lowercase and capital flag."""
        capital = word[0].isupper() or _ARTICLE_PREFIXED_NAME_RE.match(word) is not None
        fields = self._words[word] = (word, word.lower(), capital)
        return fields

    def _country_mentions(
        self, body: str, tokens: list[_Token], registry: list[ActorMention]
    ) -> list[ActorMention]:
        """Return proposed mentions of countries the registry lacks, outside the dateline."""
        found: list[ActorMention] = []
        dateline: tuple[int, int] | None = None
        by_first = self._countries_by_first
        for token in [*tokens, *_hyphened_parts(tokens, by_first)]:
            forms = by_first.get(token.text) if token.capital else None
            heading = capital = False
            plural = False
            if (
                not forms
                and token.capital
                and token.text[-1:] == "s"
                and token.text[-2:-1] in _PLURAL_DEMONYM_ENDS
            ):
                # "the Saudis", "the Emiratis": a demonym's plural, the people for the country
                forms = by_first.get(token.text[:-1])
                plural = forms is not None
            if not forms and token.capital:
                forms = self._capitals_by_first.get(token.text)
                capital = forms is not None
            if not forms and token.text.isupper() and _ALONE_ON_LINE_RE.match(body, token.start):
                # a heading in capitals ("INDONESIA" over a factbox's bullets)
                forms, heading = by_first.get(token.text.title()), True
            if not forms:
                continue
            start = token.start
            form = next(
                (f for f in forms if body.startswith(f.upper() if heading else f, start)), None
            )
            if form is None:
                continue
            end = start + len(form)
            if plural:
                if form == self._countries[form] or body[end : end + 1] != "s":
                    continue
                end += 1
            if body[end : end + 1].isalnum() or (heading and not _LINE_END_RE.match(body, end)):
                continue
            if dateline is None:
                dateline = _dateline_span(body)
            if dateline[0] <= start < dateline[1]:
                continue
            if any(m.start < end and start < m.end for m in registry):
                continue
            if capital:
                if not _capital_as_subject(body, start, end):
                    continue  # "talks in Riyadh", "the Doha Round": a place
                name = self._capitals[form]
            else:
                name = self._countries[form]
            if form == name and not heading and _inside_longer_name(body, start, end):
                # "Northern Ireland", "Jordan Peterson"-like phrases; a company's name that
                # the country opens ("Ruritania Temir Zholy, the railway") is proposed
                before = _CAPITAL_BEFORE_RE.search(body, max(0, start - 30), start)
                company = (
                    _company_name_end(body, start, end, demonym=False)
                    if before is None or before.group()[:-1].lower() in STOP_CAPITALS
                    else None
                )
                if company is not None:
                    found.append(_proposed_organisation(body, start, company))
                continue
            if form != name and not plural and _COMMON_NAME_AFTER_RE.match(body, end):
                continue  # "French beans"
            mention = ActorMention(
                key=name,
                name=name,
                kind=ActorKind.COUNTRY,
                start=start,
                end=end,
                text=body[start:end],
                proposed=True,
            )
            if form != name and _is_language(body, mention):
                continue  # "T-MEC in Spanish)": a language, as for registry countries
            found.append(mention)
        return found

    def _registry_mentions(self, body: str) -> list[ActorMention]:
        """Return the registry names and aliases found in body in one pass."""
        found: list[ActorMention] = []
        position = 0
        search = self._search
        while True:
            match = search(body, position)
            if match is None:
                return found
            mention = self._accept(body, match.start(), match.group())
            if mention is None or (
                body[mention.end + 1 : mention.end + 4] == "and"
                and _longer_body_after(body, mention)
            ):
                position = match.start() + 1
                continue
            found.append(mention)
            position = mention.end

    def _accept(self, body: str, start: int, text: str) -> ActorMention | None:
        """Return a mention for the matched text, or for its longest acceptable prefix."""
        cached = self._accepted.get(text)
        if cached is None:
            if len(self._accepted) > _CACHE_LIMIT:
                self._accepted.clear()
            cached = self._accepted[text] = self._accepted_prefix(text)
        if not cached[0]:
            return None
        ref, length = cached
        return ActorMention(
            key=ref.key,
            name=ref.name,
            kind=ref.kind,
            start=start,
            end=start + length,
            text=body[start : start + length],
        )

    def _accepted_prefix(self, text: str) -> tuple[ActorRef, int] | tuple[None, int]:
        """Return the actor and length of the longest prefix of text with the right case."""
        while text:
            entry = self._entries.get(normalise_name(text))
            if entry is not None and _case_ok(entry, text):
                return entry.ref, len(text)
            # the longest alias had the wrong case ("Japanese Government" for a registered
            # "Japanese Government Pension Fund"…): fall back to a shorter alias at the start
            cut = max(text.rfind(" "), text.rfind("-"))
            if cut <= 0:
                break
            text = text[:cut].rstrip()
        return None, 0


# " and Industry" after a government body named by its field ("Department of Commerce and
# Industry"): a longer body's name, not the registry's.
_FIELD_AND_AFTER_RE = re.compile(r"[ \u00a0]and[ \u00a0]([A-Z][a-z\-]+)\b(?![ \u00a0][A-Z])")


def _longer_body_after(body: str, mention: ActorMention) -> bool:
    """Whether a registry body named by its field runs on with " and <Field>"."""
    words = mention.text.split()
    if len(words) < 3 or words[0].lower() not in _GOVERNMENT_BODY_HEADS or words[1] != "of":
        return False
    if words[-1].lower() not in _ONE_FIELD_WORDS:
        return False
    after = _FIELD_AND_AFTER_RE.match(body, mention.end)
    return after is not None and (
        after.group(1).lower() in _ONE_FIELD_WORDS or after.group(1).lower() in _FIELD_TAIL_WORDS
    )


def _covering(tokens: list[_Token], mentions: list[ActorMention]) -> list[ActorMention | None]:
    """Return, per token, the registry mention that contains it (or None)."""
    covering: list[ActorMention | None] = [None] * len(tokens)
    index = 0
    count = len(mentions)
    for position, token in enumerate(tokens):
        while index < count and mentions[index].end <= token.start:
            index += 1
        if index < count:
            mention = mentions[index]
            if mention.start <= token.start and token.end <= mention.end:
                covering[position] = mention
    return covering


_REGION_BEFORE_RE = re.compile(r"\b(?:North|South|East|West|Central|Latin|Pan)[ \-]$")
# The adjective opening a field after "and" ("and International Studies", "and Economic
# Cooperation"), where an organisation's name runs on past the "and".
# The last word of a sector's name after "and" ("Iron and Steel Industry", "Oil and Gas
# Producers"): the name goes on, no second organisation begins.
_SECTOR_ENDS = lexicon("industry industries sector producers exporters manufacturers")
_FIELD_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ary", "ial")
# The last word of a field of study after "and" ("Institute for Trade and Development
# Studies"): the name goes on, no second organisation begins.
_STUDY_ENDS = lexicon("studies research")
# Around a language's name: "in"/"into" or another language before it, and no noun after.
_LANGUAGE_BEFORE_RE = re.compile(r"\b(?:in|into|(?P<english>English),?(?:\s+and|\s+or)?)\s+$")
_LANGUAGE_AFTER_RE = re.compile(r"\s*(?:[,.;:)]|\sthat\s|$)")
_LIST_AFTER_RE = re.compile(r"\s*(?:[,.;:)]|\s(?:and|or)\s+[A-Z]|$)")
# A noun about words after a language's adjective: "its Spanish acronym", "the French
# name", "the Portuguese-language press", "Spanish-speaking buyers".
_WORDS_NOUN_STARTS = frozenset(("acr", "ini", "abb", "nam", "wor", "spe", "tra", "lan"))
_WORDS_NOUN_AFTER_RE = re.compile(
    r"(?:[ \u00a0](?:acronyms?|initials|abbreviations?|names?|words?|spellings?"
    r"|translations?|languages?|speakers)|-(?:language|speaking))\b"
)
# How a country's adjective that is also a language ends ("Japanese", "French", "Thai"):
# a city alias never does ("in Tokyo." is a place).
_LANGUAGE_ENDINGS = ("an", "ese", "ish", "ch", "sh", "ai")
# "220 billion U.S. dollars", and a currency's symbol: "US$17.3 billion", "NZ$5"
_CURRENCY_AFTER_RE = re.compile(r"\$|[ \u00a0](?:dollars?|cents?)\b")
# A country's adjective in a vegetable's or dish's common name names no country: "French
# beans" (green beans, grown in Kenya), "Swiss chard", "Chinese cabbage", "French fries".
# A country's name between two capitalised words, joined to the second by a hyphen, is a
# word of a longer name ("Agence France-Presse"), not the country; "Japan-US talks" and
# "the EU-Japan deal" join two actors' names, and "the France-Germany border" opens its
# sentence's phrase with "the".
_NAME_WORD_BEFORE_RE = re.compile(
    r"(?<![\w.'’\-])(?!(?:The|A|An|With|In|For|As|After|Before|At|On|By|From|Under|Amid"
    r"|Despite|During|Between|Among|And|But|Or|While|When|If|Since|Until|Over|Of|To)\b)"
    r"[A-Z][a-z]+[ \u00a0]$"
)
_NAME_WORD_AFTER_RE = re.compile(r"-(?P<word>[A-Z][A-Za-z]+)\b(?!-)")


def _without_demonyms_opening_bodies(mentions: list[ActorMention]) -> list[ActorMention]:
    """Return `mentions` (in order) without a country's demonym that opens a proposed
    body's name ("Example" of "Example Union, the largest tuna canner"): the body is named
    there, not the country. (It still told whose story it was while the names were read.)"""
    bodies = [
        (m.start, m.end)
        for m in mentions
        if m.proposed and m.kind is ActorKind.ORGANISATION and " " in m.text
    ]
    if not bodies:
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.kind is ActorKind.COUNTRY
            and m.text.endswith(_ADJECTIVE_ENDINGS)
            and any(s == m.start and m.end < e for s, e in bodies)
        )
    ]


def _inside_a_name(body: str, mention: ActorMention, names_an_actor: Callable[[str], bool]) -> bool:
    """Return True when a country's name is a word inside a longer name: a capitalised
    word before it, and a capitalised word after its hyphen that names no actor."""
    after = _NAME_WORD_AFTER_RE.match(body, mention.end)
    if after is None:
        return False
    if names_an_actor(after.group("word")):
        return False  # "Japan-Korea ties"
    return _NAME_WORD_BEFORE_RE.search(body, max(0, mention.start - 20), mention.start) is not None


# "Bélanger-Ross": a hyphen joins a surname to the word before it
_HYPHENED_WORD_BEFORE_RE = re.compile(r"(?<![\w\-])(?P<word>[A-Z][\w]+)-$")


def _in_double_barrelled_name(
    body: str, mention: ActorMention, names_an_actor: Callable[[str], bool]
) -> bool:
    """Return True when a registry person's surname is one half of another person's
    double-barrelled name ("Claude Bélanger-Ross" is no mention of Wilbur Ross): a
    capitalised word that names no actor is joined to it by a hyphen ("Doe-Roe talks"
    name two actors)."""
    after = _NAME_WORD_AFTER_RE.match(body, mention.end)
    if after is not None and not names_an_actor(after.group("word")):
        return True
    before = _HYPHENED_WORD_BEFORE_RE.search(body, max(0, mention.start - 30), mention.start)
    return before is not None and not names_an_actor(before.group("word"))


# A demonym in a common noun's name ("French beans") or a sea's ("the Indian Ocean", "the
# Irish Sea"): no country.
_COMMON_NAME_AFTER_RE = re.compile(r"[ \u00a0](?:beans?|chard|cabbages?|fries|toast|Ocean|Sea)\b")
# A capital before the capitalised noun of an accord, a doctrine or a club named for the
# city ("the Paris Agreement", "the Washington Consensus", "the Paris Club") is a word of
# that name, not its country's government.
_NAMED_FOR_CITY_AFTER_RE = re.compile(
    r"[ \u00a0](?:Agreement|Accords?|Consensus|Declaration|Convention|Protocol|Principles"
    r"|Club|Process|Agenda|Charter|Treaty|Communiqu[eé]|Action[ \u00a0]Plan)\b"
    # ... also written in lower case after "climate" ("the Paris climate agreement")
    r"|[ \u00a0]climate[ \u00a0](?:agreement|accords?|deal|pact|treaty|goals?|targets?)\b"
)
# (a word of three small letters or more before a full stop ends a sentence: "Washington.")
# Words naming a part of a city before its name ("Greater Example", "East Example").
_PART_OF_A_CITY = lexicon(
    "greater metropolitan central downtown old new north south east west northern southern"
    " eastern western upper lower outer inner"
)
_CAPITAL_BEFORE_RE = re.compile(r"[A-Z][\w.'’\-]*(?<![a-z]{3}\.)[ \u00a0]$")
# A legislature's name alone ("Parliament", "the House of Representatives", "the House of
# Commons", "the National Assembly"): after no capitalised word but a possessive's ("New
# Zealand's"), and before no capitalised word ("Parliament Street").
_LEGISLATURE_NAMES = (
    "Parliament",
    "House of Representatives",
    "House of Commons",
    "House of Lords",
    "National Assembly",
    "Senate",
)
_LONE_LEGISLATURE_RE = re.compile(
    r"(?<!\b[Mm]embers of )(?<!\b[Mm]ember of )(?<!\bAct of )"  # a role, a law: no actor
    # a possessive before a lowercase word is the legislature ("the Senate's committee on
    # trade"); before a capitalised one ("Parliament's Speaker Jane Doe") or in a compound
    # ("Parliament-run") it is left to the rest, as before
    rf"\b(?:{'|'.join(_LEGISLATURE_NAMES)})\b"
    r"(?!-\w|[’'](?:s\w|[^s\W])|[’']s[ \u00a0][A-Z]|[ \u00a0][A-Z])"
)
_CAPITALISED_BEFORE_RE = re.compile(r"(?<![\w’'])[A-Z][\w.\-]*[ \u00a0]$")
# After a body's head word, nothing that gives it a name of its own: no possessive or
# hyphen, no "of/for/on ...", no capitalised word ("the Council of Europe", "the Council's",
# "the Commission Vice-President" are others).
_NO_NAME_OF_ITS_OWN = r"(?![’'\-]|[ \u00a0](?:of|for|on)\b|[ \u00a0][A-Z])"
# "the Commission", "A Commission spokesperson said", "The Commission's Director for ...".
_THE_COMMISSION_RE = re.compile(
    r"\b(?:[Tt]he|[Aa])[ \u00a0](?P<name>Commission)\b"
    r"(?:(?=['’]s[ \u00a0])|" + _NO_NAME_OF_ITS_OWN + ")"
)
# "the Council", and the EU institutions a sentence may name beside it.
# "the Council's legal service" and "a Council meeting" name it too.
_THE_COUNCIL_RE = re.compile(
    r"\b(?:[Tt]he|[Aa])[ \u00a0](?P<name>Council)\b"
    r"(?:(?=['’]s[ \u00a0])|" + _NO_NAME_OF_ITS_OWN + ")"
)
# A council named in full by the capitalised words before it ("its Trade Council", "the
# Partnership Council"); a bare "the Council" after it is that one.
_NAMED_COUNCIL_RE = re.compile(
    r"\b(?!(?:The|A|An|This|That|Its|Their|Our)\b)[A-Z][\w’'\-]*"
    r"(?:[ \u00a0][A-Z][\w’'\-]*)*[ \u00a0]Council\b"
)
# "the Treasury", "a Treasury spokesperson", "met Treasury officials": a country's finance
# department by its bare name; not "Treasury Department" (a capitalised word after),
# "Treasury secretary" (a post) or the bonds. "HM Treasury" and "U.S. Treasury" (a
# capitalised word before) are checked where it is used.
_BARE_TREASURY_RE = re.compile(
    r"(?<![\w’'.\-])Treasury(?![\w’'\-]|[ \u00a0](?:[A-Z]|secretar|bills?\b|bonds?\b"
    r"|notes?\b|yields?\b|securities\b|markets?\b|auctions?\b|rates?\b|futures\b|debt\b))"
)
_WORD_BEFORE_RE = re.compile(r"(\S+)[ \u00a0]$")
_EU_INSTITUTION_RE = re.compile(r"\b(?:European\s+Parliament|Commission|EU|member\s+states)\b")
_SENTENCE_CLOSE_RE = re.compile(r"\.\s|\n")
_EU_LAWMAKERS_RE = re.compile(r"\b(?:European\s+Parliament|EU|member\s+states)\b")
# A member's title opening with a party's acronym: "SJB MP", "JVP lawmaker".
_PARTY_ROLE_RE = re.compile(r"(?P<party>[A-Z]{2,6}) (?:MP|MEP|lawmaker|legislator|senator)$")
# A line's start before a heading word, and its end after it.
_ALONE_ON_LINE_RE = re.compile(r"(?<![^\n])")
_LINE_END_RE = re.compile(r"[ \t]*(?:\n|$)")
_CAPITAL_AFTER_RE = re.compile(r"[ \u00a0][A-Z][a-z]")


# "Yara, which produces ammonia in Norway": a name opening its sentence, and what it does.
_NAME_WHICH_DOES_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s)|(?<=\n))"
    # after the place the sentence opens with ("In Brussels, Example, which represents")
    r"(?:In[ \t][A-Z][\w\-]+(?:[ \t][A-Z][\w\-]+)?,[ \t]+)?"
    r"(?P<name>[A-Z][\w&\-]*(?: [A-Z][\w&\-]*){0,3}),[ \t]+which[ \t]+"
    r"(?:(?:is|was)[ \t]+(?:building|developing|expanding|opening|investing)"
    r"|(?:represents|lobbies|employs|operates|owns|makes|produces|supplies|builds|sells"
    r"|exports|imports|runs|manages|processes|refines|mines|ships|manufactures|assembles))\b",
    re.MULTILINE,
)
# A body's kind, then its one-word name in commas ("Peru's tax and customs agency, Sunat,
# said", "the state railway, Example, and …"): a possessive or "the"/"its" opens the
# description, whose last word is one of _DESCRIBED_BODY_HEADS; a news agency is an outlet.
_DESCRIBED_BODY_HEADS = (
    "agency",
    "authority",
    "regulator",
    "railway",
    "carrier",
    "airline",
    "administration",
    "institute",
)
_DESCRIBED_BODY_GATE_RE = re.compile("(?:" + "|".join(_DESCRIBED_BODY_HEADS) + "), [A-Z]")
_DESCRIBED_BODY_RE = re.compile(
    r"(?:\b[Tt]he|\b[Ii]ts|['’]s)[ \t](?P<mods>(?:[a-z][\w\-]*[ \t]){0,4})"
    r"(?:" + "|".join(_DESCRIBED_BODY_HEADS) + r"),[ \t]"
    # in commas before a lower-case word, or closing the sentence ("according to
    # Ruritania's statistics institute, Ristat.")
    r"(?P<name>[A-Z][\w\-]{2,})(?:,(?=[ \t][a-z])|(?=\.(?:\s|$)))"
)
# A country's customs service by its English name ("the National Customs said", "Bolivia's
# National Customs"): a modifier and "Customs" after "the", "its" or a possessive, with no
# more of a name after it ("National Customs Directorate", "… Customs and Excise").
_NAMED_CUSTOMS_RE = re.compile(
    r"(?:\b[Tt]he|\b[Ii]ts|['’]s)[ \t](?P<name>(?:National|Federal|General|State)[ \t]Customs)"
    r"(?![\w’'\-]|[ \t](?:and|of|for|&)\b|[ \t][A-Z])"
)
# A government agency named "<field words> Administration" ("the Foreign Trade
# Administration", "its International Trade Administration"); "the Example Administration"
# named for a president is the government, never an agency (its word is no field).
_FIELD_ADMINISTRATION_RE = re.compile(
    r"(?:\b[Tt]he|\b[Ii]ts|['’]s)[ \t](?P<name>(?P<fields>(?:[A-Z][a-z]+[ \t]){1,3})"
    r"Administration)(?![\w’'\-]|[ \t](?:of|for)\b|[ \t][A-Z])"
)
# A company speaking of itself: the name opening a sentence before a corporate verb, "it"
# or "its" later in the sentence and no "he" or "she" ("Acme said it would cut a shift",
# "Acme reported that orders for its lines had slowed", "Acme declined to comment on its
# plant"); a transcript's turn opens a sentence too ("HOST: Acme says dairy got less than it
# wanted").
_NAME_SPEAKS_OF_ITSELF_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s)|(?<=\n)|(?<=\w:[ \t]))"
    r"(?P<name>[A-Z][\w&\-]*[A-Za-z](?: [A-Z][\w&\-]*[A-Za-z])?)[ \t]+"
    r"(?:said|says|reported|reports|warned|announced|declined|expects|plans|confirmed)[ \t]"
    r"(?P<rest>[^.!?\n“”\"]{0,160})",
    re.MULTILINE,
)
_ITSELF_RE = re.compile(r"\bits?\b")
# A word written in camel case is a company's or a body's name ("ExampleCorp", "AgriTrade");
# a person's family name may be so only after "Mc", "Mac", "De", "Le" and the like.
_CAMEL_CASE_RE = re.compile(
    r"(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Lo|Van|Von|Fitz|Ten|Ter)[A-Z])[A-Z][a-z]+[A-Z][a-z]+$"
)
_NO_PLURAL_ENDINGS = ("as", "os", "us", "is")
_PERSON_PRONOUN_RE = re.compile(r"\b(?:he|she|his|her|him)\b")
# "Committee on Market Access", "Council for Trade in Goods", "Working Party on the
# Accession of Uzbekistan": a body named for its subject.
_BODY_ON_SUBJECT_RE = re.compile(
    r"\b(?:Committee|Council|Subcommittee|Board|Working (?:Party|Group)|Group|Alliance"
    r"|Coalition)"
    r" (?:on|for)"
    r" (?:the )?[A-Z][\w\-]*"
    # a comma only inside a list of subjects closed by "and" ("on Economic Policy,
    # Industry and Entrepreneurship")
    r"(?:(?:,(?= [A-Z][\w\-]*(?: [A-Z][\w\-]*)?(?:, [A-Z][\w\-]*(?: [A-Z][\w\-]*)?)*"
    r",? and [A-Z]))? (?:(?:and|in|of|for|on|the) )?[A-Z][\w\-]*)*"
)
_CAPITALISED_WORD_BEFORE_RE = re.compile(r"(?<![\w'’.])([A-Z][\w\-]*) (?:of )?$")
_NEXT_NAME_WORD_RE = re.compile(r" ([A-Z][\w\-]*)(?![\w'’\-])")
# A government body named by its title alone, with no country in it ("Congress" too: many
# countries' legislatures are called so).
_BARE_BODY_HEADS = ("Department ", "Ministry ", "Office ", "Congress")
_BARE_BODY_TITLE_RE = re.compile(
    r"(?:(?:Department|Ministry|Office) (?:of|for) [A-Z][^.]*|Congress)$"
)
_EMPLOYER_BEFORE_RE = re.compile(r"(?P<role>[\w\-]+)[ \t]+(?:in|of|at)[ \t]+the[ \t]+$")


# What joins a country to its body: "Peru's Congress", "the Philippines' Congress",
# "Argentina, whose Congress".
_OWNER_JOINS = frozenset(("'s ", "’s ", "' ", "’ ", ", whose "))


def _owner_before(body: str, before: list[ActorMention], start: int) -> ActorMention | None:
    """Return the country whose possessive stands right before `start` ("India's
    Department of Commerce", "Argentina, whose Congress"), else None."""
    last = _last_country(before)
    if last is not None and body[last.end : start] in _OWNER_JOINS:
        return last
    return None


def _without_heads_of_longer_names(body: str, registry: list[ActorMention]) -> list[ActorMention]:
    """Return `registry` without a body's name that a longer one goes on from with "for"
    and a capitalised word ("Ruritania's State Department for Trade" is not the registry's
    "State Department"): the longer name is another body, proposed as such."""
    return [
        m
        for m in registry
        if not (
            m.kind is ActorKind.ORGANISATION
            and body[m.end : m.end + 5] == " for "
            and body[m.end + 5 : m.end + 6].isupper()
            and m.text.rsplit(" ", 1)[-1].lower() in ORG_HEADS
        )
    ]


def _country_after(body: str, mentions: list[ActorMention], index: int) -> ActorMention | None:
    """Return the country that `mentions[index]` is "of", named right after it ("the
    Congress of Peru", "the General Assembly of the Philippines"), else None."""
    following = mentions[index + 1] if index + 1 < len(mentions) else None
    if (
        following is not None
        and following.kind is ActorKind.COUNTRY
        and body[mentions[index].end : following.start] in (" of ", " of the ")
    ):
        return following
    return None


# "the bloc's ", "its ": an owner that is no name, before an office named by its kind alone.
_UNNAMED_OWNER_BEFORE_RE = re.compile(r"(?:\b[a-z]+['’]s|\bits|\btheir)[ \u00a0]$")


def _without_unnamed_offices(body: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Return `mentions` without a proposed body whose name is only the kind of an office
    ("General Secretariat", "Secretariat") owned by a common noun ("the bloc's General
    Secretariat"): no name of its own, and the bloc is named elsewhere."""
    return [
        m
        for m in mentions
        if not (
            m.proposed
            and m.kind is ActorKind.ORGANISATION
            and all(
                word.lower() in ORG_SUFFIXES or word.lower() in ROLE_MODIFIERS
                for word in m.text.split()
            )
            and _UNNAMED_OWNER_BEFORE_RE.search(body, max(0, m.start - 30), m.start) is not None
        )
    ]


def _national_general_assemblies(body: str, registry: list[ActorMention]) -> list[ActorMention]:
    """Return `registry` with a bare "General Assembly" that a country owns ("Uruguay's
    General Assembly", "the General Assembly of Uruguay") proposed as that country's
    legislature, not an international body's; the same words alone later in the story
    are that one."""
    result: list[ActorMention] = []
    retied: str | None = None
    for index, mention in enumerate(registry):
        if mention.kind is ActorKind.ORGANISATION and mention.text == "General Assembly":
            owner = _owner_before(body, registry[:index], mention.start) or _country_after(
                body, registry, index
            )
            if owner is not None:
                retied = f"General Assembly of {_the(owner.name)}"
            if retied is not None:
                mention = replace(mention, key=retied, name=retied, proposed=True)
        result.append(mention)
    return result


def _last_country(mentions: list[ActorMention]) -> ActorMention | None:
    """Return the last country among `mentions`, or None."""
    return next((m for m in reversed(mentions) if m.kind is ActorKind.COUNTRY), None)


def _employer_after_country(
    body: str, before: list[ActorMention], mention: ActorMention, country: str
) -> bool:
    """Return True when `mention` is an officer's employer ("Additional Secretary in the
    …") and the last country named before it in its paragraph is not `country`."""
    last = _last_country(before)
    if last is None:
        return False
    employer = _EMPLOYER_BEFORE_RE.search(body, max(0, mention.start - 40), mention.start)
    if employer is None or employer.group("role").lower() not in ROLE_HEADS:
        return False
    paragraph_start = body.rfind("\n", 0, mention.start) + 1
    return last.start >= paragraph_start and last.key != country


# A country's name read with "the" ("the Philippines", "the United Kingdom").
_WITH_THE_RE = re.compile(
    r"(?:United|Central|Czech|Dominican) |(?:Islands|Republic|Philippines|Netherlands|"
    r"Bahamas|Maldives|Comoros|Seychelles|Gambia|Emirates)$"
)


def _the(country: str) -> str:
    """Return a country's name as it follows "of": "Peru", "the Philippines"."""
    return f"the {country}" if _WITH_THE_RE.search(country) else country


# The words that join a given name to the father's in a Malay or Arabic name ("Mohd Faizal
# bin Abdul Rahman", "Nurul Huda binti Ismail")
_PATRONYMIC_LINKS = frozenset({"bin", "binti", "bint", "ibn"})


def _shorter_form_of(words: list[str], full_words: list[str]) -> bool:
    """Return True when `words` are the last two words or more of a longer name ("Moura
    Castilho" of "Helena Moura Castilho") or all the words before its patronymic link
    ("Mohd Faizal" of "Mohd Faizal bin Abdul Rahman", the name a Malay story calls him by)."""
    count = len(words)
    if not 1 < count < len(full_words):
        return False
    return full_words[-count:] == words or (
        full_words[:count] == words and full_words[count].lower() in _PATRONYMIC_LINKS
    )


def _tails_as_full_names(mentions: list[ActorMention]) -> list[ActorMention]:
    """Return `mentions` with a proposed person named by a shorter form of a longer name
    given before (see `_shorter_form_of`) as that person."""
    people = [m for m in mentions if m.kind is ActorKind.PERSON]
    if len(people) < 2:
        return mentions
    longer = [(m.start, m.name.split(), m) for m in people if len(m.name.split()) > 2]
    if not longer:
        return mentions
    result = []
    for mention in mentions:
        if mention.kind is ActorKind.PERSON and mention.proposed:
            words = mention.name.split()
            person = next(
                (
                    full
                    for start, full_words, full in longer
                    if start < mention.start and _shorter_form_of(words, full_words)
                ),
                None,
            )
            if person is not None:
                mention = replace(
                    mention, key=person.key, name=person.name, proposed=person.proposed
                )
        result.append(mention)
    return result


def _proposed_organisation(body: str, start: int, end: int) -> ActorMention:
    """Return body[start:end] as an organisation the registry does not know."""
    name = body[start:end]
    return ActorMention(
        key=name,
        name=name,
        kind=ActorKind.ORGANISATION,
        start=start,
        end=end,
        text=name,
        proposed=True,
    )


def _bare_heads_as_full_names(mentions: list[ActorMention]) -> list[ActorMention]:
    """Return `mentions` with a proposed body named by its bare head word ("the Congress")
    as the proposed body the article names in full with that head ("Ruritanian National
    Congress"); of several, the shortest name, the one most often cut to its head (an
    "X Trade Union Congress" is a union's congress)."""
    bodies = [
        m for m in mentions if m.proposed and m.kind is ActorKind.ORGANISATION and " " in m.name
    ]
    if not bodies:
        return mentions
    result = []
    for mention in mentions:
        if mention.proposed and mention.kind is ActorKind.ORGANISATION and " " not in mention.name:
            heads = {len(m.name.split()): m for m in bodies if m.name.split()[-1] == mention.name}
            shortest = min(heads, default=None)
            if (
                shortest is not None
                and sum(
                    len(m.name.split()) == shortest
                    for m in {
                        b.name: b for b in bodies if b.name.split()[-1] == mention.name
                    }.values()
                )
                == 1
            ):
                full = heads[shortest]
                mention = replace(mention, key=full.key, name=full.name)
        result.append(mention)
    return result


def _first_fields_as_full_names(mentions: list[ActorMention]) -> list[ActorMention]:
    """Return `mentions` with a proposed body named by its first field ("the Ministry of
    Development") as the proposed body the article names with all its fields ("Ministry of
    Development, Industry, Trade and Services"), when exactly one such body is named."""
    bodies = {
        m.name: m
        for m in mentions
        if m.proposed and m.kind is ActorKind.ORGANISATION and (", " in m.name or " and " in m.name)
    }
    if not bodies:
        return mentions
    result = []
    for mention in mentions:
        if (
            mention.proposed
            and mention.kind is ActorKind.ORGANISATION
            and mention.name not in bodies
            and len(mention.name.split()) >= 3
            and " of " in mention.name
        ):
            fuller = [
                body
                for name, body in bodies.items()
                if name.startswith((f"{mention.name}, ", f"{mention.name} and "))
            ]
            if len(fuller) == 1:
                mention = replace(mention, key=fuller[0].key, name=fuller[0].name)
        result.append(mention)
    return result


# A government agency or a national body named "<field> <country>" ("Statistics Canada",
# "Enterprise Singapore", "Tourism New Zealand", "Agriculture and Agri-Food Canada", an
# industry's levy body: "Dairy Australia", "Meat & Livestock Australia") or a
# company's or lobby's national arm written in camel case ("CropLife Canada").
_AGENCY_FIELD = (
    r"(?:Statistics|Enterprise|Tourism|Invest|Export|Innovation|Agriculture|Fisheries"
    r"|Employment|Infrastructure|Immigration|Dairy|Wine|Meat|Livestock|Horticulture|Grains?"
    r"|Wool|Cotton|Beef|Seafood"
    r"|[A-Z][a-z]+[A-Z][a-z]\w*|[A-Z][a-z]+-[A-Z][a-z]+)"
)
_AGENCY_BEFORE_RE = re.compile(
    # not after "of" ("the Australian Bureau of Statistics and Statistics New Zealand")
    rf"(?<![\w'’.\-])(?<!\bof[ \u00a0])(?<!\bfor[ \u00a0]){_AGENCY_FIELD}"
    rf"(?:[ \u00a0](?:and|&)[ \u00a0]{_AGENCY_FIELD})?[ \u00a0]$"
)
# "the Investment Canada Act": the agency-like name is a word of a longer thing's name
_THING_AFTER_RE = re.compile(r"[ \u00a0](?P<word>[A-Z][a-z]+)")
# "Cereals Ruritania's trade manager, Jane Doe": a capitalised plural word before a
# country whose possessive owns a post names a national body, whatever its field.
_BODY_OWNS_POST_RE = re.compile(
    r"['’]s[ \u00a0](?:[a-z\-]+[ \u00a0]){0,2}"
    r"(?:manager|chief|president|director|head|spokesperson|spokesman|spokeswoman|chair"
    r"|chairman|chairwoman|chairperson|secretary|economist|officer|analyst)\b"
)
# Plural words before a country's name that make a region or a people, not a body.
_NOT_BODY_PLURALS = lexicon("americas islands states territories is was has")


def _plural_body_word_before(body: str, start: int) -> int | None:
    """Return where a capitalised plural word right before a country's name at `start`
    begins ("Cereals" in "Cereals Ruritania's …"), or None."""
    word_start = start - 2
    while word_start > 0 and body[word_start - 1].isalpha():
        word_start -= 1
    word = body[word_start : start - 1]
    if (
        len(word) > 3
        and word[0].isupper()
        and word[1:].islower()
        and word.endswith("s")
        and not word.endswith("ss")
        and word.lower() not in _NOT_BODY_PLURALS
        and word.lower() not in STOP_CAPITALS
        and word.lower() not in THING_WORDS
        and (word_start == 0 or body[word_start - 1] in ' \n\u00a0("“')
    ):
        return word_start
    return None


def _agencies_named_for_countries(body: str, registry: list[ActorMention]) -> list[ActorMention]:
    """Return `registry` with a country named right after an agency's field ("Statistics
    Canada", "Enterprise Singapore") proposed as that body instead."""
    result = []
    for mention in registry:
        start = mention.start
        before = (
            _AGENCY_BEFORE_RE.search(body, max(0, start - 60), start)
            if mention.kind is ActorKind.COUNTRY
            and start > 2
            # most countries follow a lowercase word or open a sentence: no regex then
            and body[start - 2].isalpha()
            # the word before opens with a capital, or a line may open with it (checked
            # by the pattern then)
            and (
                body[body.rfind(" ", 0, start - 1) + 1].isupper()
                or "\n" in body[start - 30 if start > 30 else 0 : start - 1]
            )
            and mention.text[:1].isupper()
            else None
        )
        after = _THING_AFTER_RE.match(body, mention.end) if before is not None else None
        if before is not None and (after is None or after["word"].lower() not in THING_WORDS):
            mention = _proposed_organisation(body, before.start(), mention.end)
        elif (
            mention.kind is ActorKind.COUNTRY
            and start > 2
            and body[start - 2 : start - 1] == "s"
            and mention.text == mention.name
            and _BODY_OWNS_POST_RE.match(body, mention.end)
        ):
            word_start = _plural_body_word_before(body, start)
            if word_start is not None:
                mention = _proposed_organisation(body, word_start, mention.end)
        result.append(mention)
    return result


# A company or body named "<country adjective> <Word>" and used as a noun ("Ruritanian
# Steel, which …", "Ruritanian Railways said", "state refiner Ruritanian Oil said"): the
# word after the adjective, then what only a name is followed by.
_DEMONYM_NAME_AFTER_RE = re.compile(
    # the plural nouns of a national carrier: a company wherever it stands, with no cue
    # after it ("an agreement with Ruritania Railways to run trains")
    r"[ \u00a0](?P<carrier>Railways|Airlines|Airways)(?![\w\-]|[ \u00a0][A-Z])"
    r"|[ \u00a0](?P<word>[A-Z][a-z]{2,})(?:[ \u00a0](?P<second>[A-Z][a-z]{2,}))?"
    r"(?=,[ \u00a0](?:which|the|a|an|its|whose)[ \u00a0]"
    r"|[ \u00a0](?:said|says|told|has|have|had|is|was|were|will|would|both|also|signed"
    r"|agreed|asked|announced|welcomed|and[ \u00a0]"
    r"(?:[A-Z]|the[ \u00a0]))\b|['’]s[ \u00a0])"
)
# Words after a country adjective that make a title, a thing or a government, not a name.
_NOT_DEMONYM_NAMES = lexicon(
    "government people economy market embassy ambassador consulate navy army president"
    " prime minister officials authorities ministry parliament congress senate court diet"
    " assembly cabinet"
)
# Words after a country's name that make a place, not a company ("Kuwait City said").
_PLACE_AFTER_COUNTRY = lexicon("city state states island islands province region")
# A word a thing's name may hold that after a country's name is a company's: a national
# postal operator is "<Country> Post".
_COMPANY_AFTER_COUNTRY = lexicon("post")


def _company_name_end(body: str, start: int, end: int, *, demonym: bool) -> int | None:
    """Return where a company's name ends that a country's adjective (one word after it) or
    name (one or two words) at body[start:end] opens, used as a noun; None when the words after make
    a title, a thing, a government, a place or an organisation's suffix."""
    after = _DEMONYM_NAME_AFTER_RE.match(body, end)
    if after is not None and after["carrier"]:
        return after.end()  # "… with Ruritania Railways to run trains"
    if after is None or (demonym and after["second"]):
        return None  # "Ruritanian Steel Works" is left to the suffix rules
    if not demonym and (
        body.endswith((" of ", " for "), 0, start) or body[start - 1 : start] in ("-", "–", "/")
    ):
        # "Association of Ruritania Industries": the country ends a body's name; "the
        # Example-Ruritania Cepa was signed": two parties of an agreement
        return None
    words = [w.lower() for w in after.group("word", "second") if w]
    if all(
        (word not in _NOT_MEMBER_WORDS or (not demonym and word in _COMPANY_AFTER_COUNTRY))
        and word not in ORG_SUFFIXES
        and word not in _ROLE_WORDS
        and word not in _NOT_DEMONYM_NAMES
        and (demonym or word not in _PLACE_AFTER_COUNTRY)
        for word in words
    ):
        return after.end("second") if after["second"] else after.end("word")
    return None


def _companies_named_with_demonyms(body: str, registry: list[ActorMention]) -> list[ActorMention]:
    """Return `registry` with a country adjective that opens a company's or body's
    two-word name used as a noun ("Ruritanian Steel, which has cut jobs") proposed as that
    organisation instead of the country; so with a country's name opening a company's name
    of two or three words ("Ruritania Post said", "Ruritania Temir Zholy, the railway"):
    the company names no country, as "Garuda Example" does not (see
    `_without_countries_ending_names`). A name ending in an organisation's suffix ("<country>
    Investment Authority", "<country> Food Association") is left to the suffix rules, and its
    country still counts."""
    result = []
    taken = {m.start for m in registry}
    for mention in registry:
        if (
            mention.kind is ActorKind.COUNTRY
            and mention.text[:1].isupper()
            and body[mention.end : mention.end + 1] in (" ", "\u00a0")
        ):
            # a country's own name is no adjective, whatever its ending ("Kazakhstan")
            named = mention.text == mention.name
            demonym = not named and mention.text.endswith(_ADJECTIVE_ENDINGS)
            if demonym or named:  # not an alias ("EU", "Beijing")
                end = _company_name_end(body, mention.start, mention.end, demonym=demonym)
                if end is not None and not any(mention.end < start < end for start in taken):
                    mention = _proposed_organisation(body, mention.start, end)
        result.append(mention)
    return result


# Names listed with commas and a last "and" ("A, the B and C").
_LIST_ITEM = (
    r"(?:the[ \u00a0])?[A-Z][\w&'’\-.]*"
    r"(?:[ \u00a0](?:of[ \u00a0]|for[ \u00a0])?[A-Z][\w&'’\-]*){0,5}"
)
_LIST_ITEM_RE = re.compile(_LIST_ITEM)
_LISTED_NAMES_RE = re.compile(
    rf"(?<![\w'’\-]){_LIST_ITEM}(?:,[ \u00a0]{_LIST_ITEM})*,?[ \u00a0]and[ \u00a0]{_LIST_ITEM}"
    r"(?![\w'’\-]|[ \u00a0][A-Z])"
)
# "the EU–Central Asia Economic Forum, to be held in Samarkand": a gathering, not a body.
_GATHERING_HEADS = ("Forum", "Summit", "Conference", "Dialogue", "Expo", "Fair", "Congress")
_HELD_AFTER_RE = re.compile(
    r",?[ \u00a0](?:(?:to[ \u00a0]be|was|were|will[ \u00a0]be|is)[ \u00a0])?held\b"
)


# An office's remit, a list of places after its title: "Trade Commissioner for the Middle
# East, Afghanistan and Pakistan", "ambassador to Ruritania, Freedonia and Asean". The
# places name the post, not parties to the story. Only offices that have a territory
# (not "negotiators for Britain and India", who speak for their countries).
_REMIT_ITEM = r"(?:the[ \u00a0])?[A-Z][\w’'\-]*(?:[ \u00a0][A-Z][\w’'\-]*)*"
_REMIT_RE = re.compile(
    r"\b(?:[Cc]ommissioner|[Dd]irector(?:-[Gg]eneral)?|[Aa]mbassador|[Ee]nvoy"
    r"|[Cc]onsul(?:-[Gg]eneral)?)[ \u00a0](?:for|to)[ \u00a0]"
    rf"(?P<remit>{_REMIT_ITEM}(?:,[ \u00a0]{_REMIT_ITEM})*,?[ \u00a0]and[ \u00a0]{_REMIT_ITEM})"
)


def _without_remits(body: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Return `mentions` without the countries and bodies in an office's remit."""
    remits = [match.span("remit") for match in _REMIT_RE.finditer(body)]
    if not remits:
        return mentions
    return [
        m
        for m in mentions
        if m.kind is ActorKind.PERSON or not any(s <= m.start < e for s, e in remits)
    ]


# A group named only to class one of its members: "the first G7 economy to ...", "a G20
# economy". The group takes no part in the story there; "between the EU and any Mercosur
# country" still names the bloc as a party.
_CLASS_OF_MEMBER_BEFORE_RE = re.compile(
    r"(?:\b[Aa]n?"
    r"|\b[Tt]he[ \u00a0](?:first|only|last|sole|second|third|largest|biggest|smallest))"
    r"[ \u00a0]$"
)
_CLASS_OF_MEMBER_AFTER_RE = re.compile(
    r"[ \u00a0](?:economy|country|nation|member|democracy|state)(?![\w\-’'])"
)


def _without_classes_of_members(body: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Return `mentions` without an organisation that only classes one of its members."""
    return [
        m
        for m in mentions
        if m.kind is not ActorKind.ORGANISATION
        or _CLASS_OF_MEMBER_AFTER_RE.match(body, m.end) is None
        or _CLASS_OF_MEMBER_BEFORE_RE.search(body, max(0, m.start - 20), m.start) is None
    ]


# One private person described by a nationality: "an Example trader in the capital said",
# "a Ruritanian dairy farmer". Their country is no party to the story.
_PASSER_BY_BEFORE_RE = re.compile(r"\b[Aa]n?[ \u00a0]$")
_PASSER_BY_AFTER_RE = re.compile(
    r"(?:[ \u00a0][a-z]+){0,2}?[ \u00a0](?:trader|farmer|merchant|grower|shopkeeper|buyer"
    r"|consumer|tourist|student|businessman|businesswoman|fisherman|driver|shopper"
    r"|resident|importer|exporter|dealer|retailer)\b(?!-)"
)


def _without_passers_by(
    body: str, mentions: list[ActorMention], forms: dict[str, str]
) -> list[ActorMention]:
    """Return the mentions without a country named only by the nationality of one private
    person ("an Example dairy farmer", see _PASSER_BY_AFTER_RE): a country named any other
    way in the story stays, with all its mentions."""
    passing = [
        m
        for m in mentions
        if m.kind is ActorKind.COUNTRY
        and m.text != m.name
        and forms.get(m.text) == m.name
        and _PASSER_BY_BEFORE_RE.search(body, max(0, m.start - 4), m.start)
        and _PASSER_BY_AFTER_RE.match(body, m.end)
    ]
    if not passing:
        return mentions
    dropped = {m.key for m in passing} - {
        m.key for m in mentions if m.kind is ActorKind.COUNTRY and m not in passing
    }
    return [m for m in mentions if m.kind is not ActorKind.COUNTRY or m.key not in dropped]


def _without_gatherings(body: str, proposed: list[ActorMention]) -> list[ActorMention]:
    """Return the proposed mentions without a gathering's name that the text says is held
    ("… Economic Forum, to be held in Samarkand"), in any of its mentions."""
    held = {
        m.key
        for m in proposed
        if m.kind is ActorKind.ORGANISATION
        and m.name.endswith(_GATHERING_HEADS)
        and _HELD_AFTER_RE.match(body, m.end) is not None
    }
    return [m for m in proposed if m.key not in held] if held else proposed


# "a Berlin digital rights group", "a Hamburg-based consultancy": a city as a body's home.
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \u00a0]$")
_HOME_OF_BODY_AFTER_RE = re.compile(
    r"-based\b|(?:[ \u00a0][a-z][\w\-]*){1,3}?[ \u00a0](?:group|firm|company|consultancy"
    r"|think[ \u00a0]tank|startup|start-up|lobby|association|institute|organisation"
    r"|organization|charity|NGO)\b"
)


def _city_as_home(body: str, mention: ActorMention) -> bool:
    """Return True when a country's other name (its capital) only says where a body is
    based ("a Berlin digital rights group", "a Hamburg-based consultancy"); a demonym
    ("a German carmaker") still names the country."""
    return (
        mention.text != mention.name
        and not mention.text.endswith(_LANGUAGE_ENDINGS + _ADJECTIVE_ENDINGS)
        and _ARTICLE_BEFORE_RE.search(body, max(0, mention.start - 4), mention.start) is not None
        and _HOME_OF_BODY_AFTER_RE.match(body, mention.end) is not None
    )


# A capital standing for its government is the subject of a verb: "Abu Dhabi said",
# "Montevideo has signed", "Jakarta rejected", "Astana also said"; after a preposition or
# an article it is a place ("met in Riyadh", "the Doha Round"), and so is "Riyadh talks".
_CAPITAL_PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|at|to|from|of|for|via|near|on|by|with|into|outside|across|between|and|or|"
    r"[Tt]he|[Aa]n?)[ \u00a0]$"
)
_CAPITAL_VERB_AFTER_RE = re.compile(
    r"[ \u00a0](?:(?:also|now|still|then|again|already|[a-z]+ly)[ \u00a0])?"
    r"(?!(?:talks|officials|negotiations|meetings|rounds|sessions|authorities|ministers|"
    r"leaders|residents|markets|ports|firms|companies|banks|offices|embassies|visits|"
    r"sources|diplomats|negotiators|plans|rules|accords|agreements|is[ \u00a0]home)\b)"
    r"(?:has|have|had|is|was|will|would|could|should|may|might|must|can|did|does|said|told|"
    r"sent|set|made|took|gave|won|lost|kept|struck|sought|held|met|paid|brought|chose|"
    r"[a-z]{2,}ed|[a-z]{2,}[^s\W]s)\b"
)


# A registry body named as a ministry or department ("Ministry of Trade", "State Department")
_MINISTRY_NAME_RE = re.compile(r"\b(?:Ministry|Department)\b")
# "'s trade ministry", " foreign affairs and trade department" after a country, its capital
# or demonym: a ministry named in lower case by its portfolio (one to four words)
_LOWER_MINISTRY_AFTER_RE = re.compile(
    r"(?:['’]s)?[ \u00a0](?P<portfolio>[a-z]+(?:[ \u00a0][a-z]+){0,3}?)[ \u00a0]"
    r"(?:ministry|department)\b"
)


# " embassy" or "'s embassy" after a country's adjective or name, in lower case, when it
# speaks ("… embassy in Capitalia said") or its officer does ("an official at the …"): an
# embassy only named as a place ("a desk at the … embassy") is where, not who.
_LOWER_EMBASSY_AFTER_RE = re.compile(
    r"(?P<owner>['’]s)?[ \u00a0]embassy\b(?P<speaks>(?:[ \u00a0]in(?:[ \u00a0][A-Z][\w\-]*)+)?"
    r",?[ \u00a0](?:said|says|told|confirmed|declined|added|announced|stated)\b)?"
)
_OFFICER_OF_BEFORE_RE = re.compile(
    r"\b(?:officials?|spokes(?:person|man|woman)|diplomats?|officers?|representatives?)"
    r"[ \u00a0](?:at|for|of|from)[ \u00a0](?:the[ \u00a0])?$"
)


# "Lusaka's trade ministry", "Quito's negotiators": a capital owning its government's
# bodies or people stands for the government, as a capital before a verb does.
_CAPITAL_OWNS_RE = re.compile(
    r"['’]s[ \u00a0](?:[a-z\-]+[ \u00a0]){0,3}?(?:government|ministry|department|agency"
    r"|delegation|negotiators?|embassy|cabinet)\b"
)


def _capital_as_subject(body: str, start: int, end: int) -> bool:
    """Return True when the capital at body[start:end] is the subject of a verb or owns
    one of its government's bodies."""
    return _CAPITAL_PLACE_BEFORE_RE.search(body, max(0, start - 8), start) is None and (
        _CAPITAL_VERB_AFTER_RE.match(body, end) is not None
        or _CAPITAL_OWNS_RE.match(body, end) is not None
    )


# Cities that a registry body is also called by, as a capital is its country's ("Brussels"
# for the EU): after "in" or "at" they too only say where something happened.
_SEAT_CITIES = frozenset({"brussels"})
# "met in Kuala Lumpur", "held at Lima": a capital after these is where something happened
_VENUE_BEFORE_RE = re.compile(r"\b(?:[Ii]n|[Aa]t)[ \u00a0]$")
# "the Kuala Lumpur meeting": a capital naming a gathering held there
_GATHERING_AFTER_RE = re.compile(
    r"[ \u00a0](?:meeting|talks|summit|round|conference|ministerial|session|negotiations)\b"
)


def _capital_as_venue(body: str, mention: ActorMention) -> bool:
    """Return True when a country's capital only says where something happened: after
    "in" or "at", before a gathering after an article ("the Kuala Lumpur meeting"), or in
    the dateline ("KUALA LUMPUR, Oct 28 (Trade Wire) -")."""
    before = max(0, mention.start - 4)
    if _VENUE_BEFORE_RE.search(body, before, mention.start) is not None:
        return True
    if (
        _ARTICLE_BEFORE_RE.search(body, before, mention.start) is not None
        and _GATHERING_AFTER_RE.match(body, mention.end) is not None
    ):
        return True
    if mention.start >= _DATELINE_PLACE_REACH:
        return False
    start, end = _dateline_span(body)
    return start <= mention.start < end


# How far into the body a dateline's place may start ("KUALA LUMPUR, Oct 28 (…) -": 0)
_DATELINE_PLACE_REACH = 100


def _dateline_span(body: str) -> tuple[int, int]:
    """Return the span of the dateline opening the body ("BUENOS AIRES, Argentina (AP) —")."""
    return opening_dateline(body) or (0, 0)


def _is_language(body: str, mention: ActorMention) -> bool:
    """Return True for a country's adjective naming a language: "said in French.",
    "translated into English and Ruritanian", "its French acronym", not "in Chinese
    imports"."""
    if not mention.text.endswith(_LANGUAGE_ENDINGS) or mention.text == mention.name:
        return False
    end = mention.end
    if (
        body[end + 1 : end + 4] in _WORDS_NOUN_STARTS or body[end : end + 1] == "-"
    ) and _WORDS_NOUN_AFTER_RE.match(body, end) is not None:
        return True
    before = _LANGUAGE_BEFORE_RE.search(body, max(0, mention.start - 20), mention.start)
    if before is None:
        return False
    # after "in"/"into" no noun may follow ("in French markets" is the country's); in a
    # list of languages the next one may ("English, French and Bahasa")
    after = _LIST_AFTER_RE if before.group("english") else _LANGUAGE_AFTER_RE
    return after.match(body, mention.end) is not None


def _hyphened_parts(tokens: list[_Token], by_first: dict) -> list[_Token]:
    """Return the parts of each word joined by a hyphen to another name, as tokens of their
    own ("Japan-Philippines deal", "Korea-Philippines FTA": the two parties of a pair of
    countries), unless the whole word is a country's form ("Guinea-Bissau")."""
    parts_found: list[_Token] = []
    for token in tokens:
        text = token.text
        if "-" not in text or not token.capital or text in by_first:
            continue
        parts = text.split("-")
        if len(parts) > 3 or not all(part[:1].isupper() and part.isalpha() for part in parts):
            continue  # "Jong-un", "Trans-Pacific-wide"
        offset = token.start
        for part in parts:
            parts_found.append(
                _new_token(_Token, (offset, offset + len(part), part, part.lower(), True))
            )
            offset += len(part) + 1
    return parts_found


def _inside_longer_name(body: str, start: int, end: int) -> bool:
    """Return True when capitalised words run on before or after body[start:end]; a
    sentence's opening "The" or "In" before it is no part of a name ("The Philippines")."""
    before = _CAPITAL_BEFORE_RE.search(body, max(0, start - 30), start)
    if before is not None and before.group()[:-1].lower() not in STOP_CAPITALS:
        return True
    if _PLACE_OF_BEFORE_RE.search(body, max(0, start - 10), start) is not None:
        return True  # "Port of Spain", "the Gulf of Mexico": a place named after it
    return _CAPITAL_AFTER_RE.match(body, end) is not None


_PLACE_OF_BEFORE_RE = re.compile(
    r"\b(?:Port|Gulf|Bay|Sea|Isle|Strait|Straits)[ \u00a0]of[ \u00a0]$"
)


# A line that links another story ("Also read: …", "READ MORE: …"): the actors it names
# are that story's.
_RELATED_LINK_RE = re.compile(
    r"^[ \t]*(?:also[ \t]+read|read[ \t]+(?:more|also)|see[ \t]+also|related)[ \t]*:[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


@lru_cache(maxsize=4)  # the registry pass and the phrase rules of one body each ask
def _related_link_spans(body: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of the lines that link another story."""
    return tuple(match.span() for match in _RELATED_LINK_RE.finditer(body))


def _headline_spans(body: str) -> list[tuple[int, int]]:
    """Return the span of the first line when it reads as a title-case headline."""
    stripped = body.lstrip()
    offset = len(body) - len(stripped)
    line = stripped.split("\n", 1)[0]
    if not line or len(line) > 200 or line.rstrip()[-1:] in '.!?”"':
        return []
    words = [w for w in _HEADLINE_WORD_RE.findall(line) if w.lower() not in _SMALL_WORDS]
    if len(words) < 3:
        return []
    capitals = sum(1 for w in words if w[0].isupper())
    return [(offset, offset + len(line))] if capitals >= 0.75 * len(words) else []


_SMALL_WORDS = lexicon(
    """
    a an and as at but by for from in of on or the to with vs via
    """
)


_NICKNAME_OPENINGS = (' "', " “")
_NICKNAME_CLOSINGS = ('" ', "” ")
_NICKNAME_RE = re.compile(r' ["“][^\s"“”]+["”](?= )')


def canonical_name(text: str) -> str:
    """Return a proposed actor's display name: single spaces, no possessive, no 'The', no
    nickname in quotes."""
    text = _POSSESSIVE_RE.sub("", " ".join(text.split()))
    if '"' in text or "“" in text:
        text = _NICKNAME_RE.sub("", text)
    if text.lower().startswith("the "):
        text = text[4:]
    return text


def _name_start(body: str, start: int, end: int) -> int:
    """Return where the name written in body[start:end] starts: past the spaces and "the"
    that `canonical_name` leaves out (not `end` less its length: the possessive it drops
    may lie inside, "Ruritania's National Seed Board")."""
    text = body[start:end]
    start += len(text) - len(text.lstrip())
    if body[start : start + 4].lower() == "the ":
        start += 4
    return start


# Gaps inside one capitalised phrase: a space, and an ampersand or a plus sign between two
# capitalised words ("Canadian Manufacturers & Exporters", "Gem & Jewellery Export Promotion
# Council", "Beef + Lamb Example", a levy body).
_JOINING_GAPS = frozenset({" ", " & ", " + "})
# The seats of government a body may answer to within its name ("… under the Cabinet of …")
_SEATS = lexicon("government president cabinet")
# A body's remit of capitalised words, then the seat it answers to: "Statistics under the
# President of …", "Religious Affairs under the Government of …"
_REMIT_UNDER_SEAT_RE = re.compile(
    r"[A-Z][\w\-]*(?:[ \t](?:and[ \t])?[A-Z][\w\-]*){0,3}[ \t]under[ \t]the[ \t]"
    r"(?:Government|President|Cabinet)[ \t]of[ \t]"
)
# The key prefix of a name's word that names its person only where a speaker stands
_SPEAKING = "\0"
_SPEAKER_BEFORE_RE = re.compile(r"(?:\bsaid|\btold|\b[Aa]ccording[ \u00a0]to)[ \u00a0]$")
# Malaysian honorifics of two words whose words alone are names ("Tan", "Sri", "Puan").
_TWO_WORD_HONORIFIC_PAIRS = frozenset({("Tan", "Sri"), ("Puan", "Sri"), ("Toh", "Puan")})
_TWO_WORD_HONORIFICS = frozenset(w.lower() for pair in _TWO_WORD_HONORIFIC_PAIRS for w in pair)
# "Sheikh": an honorific before a Gulf name, a word of a South Asian one.
_SHEIKH = frozenset({"sheikh", "sheikha"})
_ARABIC_NAME_LINKS = frozenset({"bin", "bint", "ibn", "al", "el"})
# The key prefix of a surname written with its particles ("de la Fuente"), and the
# particles that open such a surname (a patronymic's "bin" opens none)
_PARTICLED = "\1"
_SURNAME_PARTICLES = NAME_PARTICLES - _ARABIC_NAME_LINKS - {"binti", "ben"}
_PARTICLES_BEFORE_RE = re.compile(
    r"(?<![\w'’\-])(?:(?:de|del|della|der|di|da|dos|du|van|von|la|le|los|las|ter)[ \u00a0])+$",
    re.IGNORECASE,
)
# Weekdays' and months' short forms that are also Vietnamese, Chinese or Korean name words
# ("Thu", "Sun", "Jun" of "Daniel Koh Jun Wei")
_SHORT_NAME_WORD = 3  # letters of a function word that may end a name ("An", "So")
_DAY_ABBREVIATIONS = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun", "jun"})
_LOWERCASE_SUFFIX_AFTER_RE = re.compile(r"[ \u00a0](?:association|federation|lobby)\b")
_THE_BEFORE_RE = re.compile(r"\b[Tt]he[ \u00a0]$")


class _Analysis:
    """The per-article state of proposing names and attaching roles."""

    def __init__(
        self,
        matcher: ActorMatcher,
        body: str,
        tokens: list[_Token],
        covering: list[ActorMention | None],
        skips: list[tuple[int, int]],
    ) -> None:
        self.matcher = matcher
        self.body = body
        self.tokens = tokens
        self.covering = covering
        self.skips = skips
        self.proposed: list[ActorMention] = []
        self._token_at = {token.start: index for index, token in enumerate(tokens)}
        self._proposed_kinds: dict[str, ActorKind] = {}
        # few stories name a body "… under the Government of …": test the phrase rules
        # for it only where the words stand
        self._seats = " under the " in body

    # ---- capitalised runs -------------------------------------------------------------

    def _joined(self, previous: _Token, token: _Token) -> bool:
        """Return True when two adjacent words belong to one capitalised phrase."""
        gap = self.body[previous.end : token.start]
        if gap in (" ", "\u00a0"):
            return True
        # "Sen. Chuck Grassley", "Donald J. Trump": an honorific or an initial with its dot
        return gap == ". " and (
            previous.lower in HONORIFIC_ABBREVIATIONS
            or previous.lower in NAME_ABBREVIATIONS
            or (len(previous.text) == 1 and previous.capital)
            # "Ma. Jane Doe-Roe": Philippine papers abbreviate "Maria" so, before a given
            # name and a family name ("Premier Ma. The talks" ends a sentence)
            or (
                previous.text == "Ma"
                and token.lower not in STOP_CAPITALS
                and _NEXT_NAME_WORD_RE.match(self.body, token.end) is not None
            )
        )

    def _runs(self) -> list[list[int]]:
        """Return the capitalised phrases of the body as lists of token indexes."""
        tokens = self.tokens
        runs: list[list[int]] = []
        current: list[int] = []
        body = self.body
        for index, token in enumerate(tokens):
            if token.capital:
                if current and (
                    body[tokens[current[-1]].end : token.start] in _JOINING_GAPS
                    or self._joined(tokens[current[-1]], token)
                    or (
                        len(current) > 1
                        and self._title_of_the(tokens[current[-2]], tokens[current[-1]], token)
                    )
                    or (
                        tokens[current[-1]].lower == "of"
                        and body[tokens[current[-1]].end : token.start] == " the "
                        and len(current) > 1
                        and self._of_the_country(current[:-1], current[-1])
                    )
                    or self._listed_in_organisation(current, index)
                    or self._listed_before_suffix(current, index)
                    or (self._seats and self._under_the_seat(current, index))
                    or (
                        tokens[current[-1]].lower == "of"
                        and body[tokens[current[-1]].end : token.start] == " the "
                        and self._seats
                        and self._after_seat(current)
                    )
                    or (
                        # "… Food and the Marine": the last field of the list after "the"
                        tokens[current[-1]].lower == "and"
                        and self._the_closing_field(current[-1])
                        and self._in_listed_organisation(current)
                    )
                    or (
                        # a quote right before the word or right after the previous one
                        (body[token.start - 1] in '"“' or body[tokens[current[-1]].end] in '"”')
                        and self._around_nickname(current, index)
                    )
                    or (
                        body[tokens[current[-1]].end] in "’'"
                        and self._plural_possessive_in_organisation(current, index)
                    )
                    or (
                        (body[token.start - 1] == "(" or body[token.start - 2] == ")")
                        and self._bracketed_in_organisation(current, index)
                    )
                ):
                    current.append(index)
                    continue
                if current:
                    runs.append(current)
                current = [index]
                continue
            # a lowercase particle inside a name, or "of"/"for" after an organisation or
            # role head, continues the phrase when a capitalised word follows
            following = index + 1
            while (
                following < len(tokens)
                and tokens[following].lower in NAME_PARTICLES
                and following - index < 3
            ):
                following += 1  # "von der Leyen"
            if (
                current
                and token.lower == "of"
                and body[token.end : token.end + 5] == " the "
                and index + 1 < len(tokens)
                and self._of_the_country(current, index)
            ):
                # "Chamber of Commerce of the Ruritanias": a country whose name takes "the"
                # closes a body's name as "of Ruritania" does
                current.append(index)
                continue
            if (
                current
                and token.lower == "of"
                and following < len(tokens)
                and tokens[following].capital
                and body[token.end : tokens[following].start] in (" ", " the ")
                and self._seats
                and self._after_seat(current)
            ):
                current.append(index)  # "… under the Government of the Republic of Example"
                continue
            if token.lower == "and":
                if current and (
                    # "… of Bosnia and Herzegovina": the "and" of a country's name
                    (
                        self.covering[index] is not None
                        and self.covering[index] is self.covering[current[-1]]
                    )
                    or self._and_in_organisation(current, index)
                    or self._and_before_suffix(current, index)
                    or self._and_closing_list(current, index)
                    or self._and_in_title(current, index)
                    or (self._the_closing_field(index) and self._in_listed_organisation(current))
                ):
                    current.append(index)
                    continue
            elif (
                current
                and following < len(tokens)
                and tokens[following].capital
                and self._joined(tokens[current[-1]], token)
                and (
                    self._joined(token, tokens[index + 1])
                    or self._title_of_the(tokens[current[-1]], token, tokens[index + 1])
                )
                and (
                    token.lower in NAME_PARTICLES
                    or (
                        token.lower in ("of", "for")
                        and tokens[current[-1]].lower in _ORG_OR_ROLE_HEADS
                    )
                    # "Directorate General of Trade Remedies": a head and "General"
                    or (
                        token.lower in ("of", "for")
                        and len(current) > 1
                        and tokens[current[-1]].lower == "general"
                        and tokens[current[-2]].lower in ORG_HEADS
                    )
                    # "Bay of Example Growers Cooperative": a place named "<head> of X"
                    # opening a body's name
                    or (
                        token.lower == "of"
                        and len(current) == 1
                        and tokens[current[0]].lower in _PLACE_OF_HEADS
                    )
                    # "Federation of Indian Chambers of Commerce", "British Chambers of
                    # Commerce": a plural head inside a name, or after its first word
                    or (
                        token.lower == "of"
                        and len(current) > 1
                        and tokens[current[-1]].lower[:-1] in ORG_HEADS
                        and tokens[current[-1]].lower.endswith("s")
                        and (len(current) == 2 or any(tokens[i].lower == "of" for i in current))
                    )
                    or (token.lower == "of" and self._members_of_country(current, index + 1))
                    or (token.lower == "of" and self._body_of_country(current, index + 1))
                    # "Minister of State for Trade": the title goes on with its field
                    or (
                        token.lower == "for"
                        and len(current) > 2
                        and [tokens[i].lower for i in current[-2:]] == ["of", "state"]
                        and tokens[current[-3]].lower in ROLE_HEADS
                    )
                )
            ):
                current.append(index)
                continue
            if current:
                runs.append(current)
            current = []
        if current:
            runs.append(current)
        return runs

    def _under_the_seat(self, current: list[int], index: int) -> bool:
        """Return True for the "under the" joining a body to the seat of government it
        answers to ("Customs Service under the Government of Ruritania", "Statistics Agency
        under the President of Example"): one name in post-Soviet usage; and for the "on"
        of a body's remit before it ("Agency on Fisheries under the President of …")."""
        tokens = self.tokens
        gap = self.body[tokens[current[-1]].end : tokens[index].start]
        if gap == " on ":
            return (
                tokens[current[-1]].lower in ORG_HEADS
                and _REMIT_UNDER_SEAT_RE.match(self.body, tokens[index].start) is not None
            )
        # the head before the remit's "on" ("Agency on Fisheries"), else the last word
        head = next(
            (
                i - 1
                for i in current[1:]
                if self.body[tokens[i - 1].end : tokens[i].start] == " on "
            ),
            current[-1],
        )
        return (
            gap == " under the "
            and tokens[head].lower in _ORG_OR_ROLE_HEADS
            and tokens[index].lower in _SEATS
            and self.body.startswith(" of ", tokens[index].end)
        )

    def _after_seat(self, current: list[int]) -> bool:
        """Return True when the phrase goes on past a seat that "under the" joined to a
        body's name, where "of" and "of the" join the seat's words."""
        tokens = self.tokens
        return any(
            tokens[i].lower in _SEATS
            and self.body[tokens[i - 1].end : tokens[i].start] == " under the "
            for i in current[1:]
        )

    def _around_nickname(self, current: list[int], index: int) -> bool:
        """Return True for the gaps around a one-word nickname in quotes inside a person's
        name (Rafael "Paeng" Q. Dimaculangan); canonical_name drops the nickname."""
        tokens, body = self.tokens, self.body
        gap = body[tokens[current[-1]].end : tokens[index].start]
        if gap in _NICKNAME_OPENINGS:  # the token is the nickname
            following = index + 1
            return (
                following < len(tokens)
                and tokens[following].capital
                and body[tokens[index].end : tokens[following].start] in _NICKNAME_CLOSINGS
            )
        # the previous token was the nickname
        return (
            gap in _NICKNAME_CLOSINGS
            and len(current) > 1
            and body[tokens[current[-2]].end : tokens[current[-1]].start] in _NICKNAME_OPENINGS
        )

    def _plural_possessive_in_organisation(self, current: list[int], index: int) -> bool:
        """Return True across the apostrophe of "National Farmers' Union" or "Scottish
        Fishermen's Federation": a capitalised plural, its apostrophe, then capitalised
        words ending in an organisation suffix."""
        tokens = self.tokens
        previous = tokens[current[-1]]
        gap = self.body[previous.end : tokens[index].start]
        if gap in ("’ ", "' "):
            plural = previous.text.endswith("s")
        elif gap in ("’s ", "'s "):
            # "Fishermen's", "Children's", "People's" (the whole word compared in lower case)
            plural = previous.lower.endswith(_PLURALS_WITHOUT_S)
        else:
            return False
        if not plural or self.covering[current[-1]] is not None:
            return False
        at = index
        while at < len(tokens) and at - index < 3:
            token = tokens[at]
            if not token.capital or self.covering[at] is not None:
                return False
            if token.lower in ORG_SUFFIXES:
                return not (
                    at + 1 < len(tokens)
                    and tokens[at + 1].capital
                    and self._joined(token, tokens[at + 1])
                )
            if at + 1 >= len(tokens) or not self._joined(token, tokens[at + 1]):
                return False
            at += 1
        return False

    def _title_of_the(self, head: _Token, of: _Token, following: _Token) -> bool:
        """Return True for the "of the" of a title or an organisation ("Under Secretary of
        the Treasury", "Association of the Automotive Industry")."""
        return (
            of.lower == "of"
            and head.lower in _ORG_OR_ROLE_HEADS
            and head.capital
            and following.capital
            and self.body[of.end : following.start] == " the "
        )

    def _members_of_country(self, current: list[int], country: int) -> bool:
        """Return True for a body of members named for its country ("Dairy Farmers of
        Canada"): capitalised words ending in a plural, then "of" and a country."""
        tokens = self.tokens
        mention = self.covering[country]
        if mention is None or mention.kind is not ActorKind.COUNTRY:
            return False
        if mention.end != tokens[country].end and mention.start != tokens[country].start:
            return False
        words = [tokens[i] for i in current]
        last = words[-1].lower
        return (
            len(words) >= 2
            and last.endswith("s")
            and not last.endswith("ss")
            and all(
                self.covering[i] is None
                and tokens[i].capital
                and tokens[i].lower not in _NOT_MEMBER_WORDS
                for i in current
            )
        )

    def _of_the_country(self, current: list[int], index: int) -> bool:
        """Return True for the "of" of "… of the <country>" closing a body's name ("Chamber
        of Commerce of the Example Islands"), as "of <country>" does (_body_of_country)."""
        tokens = self.tokens
        of, country = tokens[index], index + 1
        return (
            self.body[of.end : tokens[country].start] == " the "
            and tokens[country].capital
            and self._joined(tokens[current[-1]], of)
            and self._body_of_country(current, country)
        )

    def _body_of_country(self, current: list[int], country: int) -> bool:
        """Return True for the "of" before the country that closes a body's name after its
        own "<head> of" ("Federation of Trade Unions of Example", "Statistical Office of
        the Republic of Example"): the country is part of the name."""
        tokens = self.tokens
        mention = self.covering[country]
        if (
            mention is None
            or mention.kind is not ActorKind.COUNTRY
            or mention.start != tokens[country].start
            or self.covering[current[-1]] is not None
        ):
            return False
        words = [tokens[i].lower for i in current]
        return any(head in ORG_HEADS and of in ("of", "for") for head, of in pairwise(words))

    def _bracketed_in_organisation(self, current: list[int], index: int) -> bool:
        """Return True for a word in brackets inside a body's name, and for the word after
        its bracket ("National Confederation of Entrepreneurs (Employers) Organizations"):
        one title-case word, no actor, after "<head> of/for", a capitalised word after it."""
        tokens, body = self.tokens, self.body
        gap = body[tokens[current[-1]].end : tokens[index].start]
        if gap == ") ":
            return (
                len(current) > 1
                and body[tokens[current[-2]].end : tokens[current[-1]].start] == " ("
            )
        if gap != " (" or index + 1 >= len(tokens):
            return False
        token, following = tokens[index], tokens[index + 1]
        if (
            body[token.end : following.start] != ") "
            or not following.capital
            or not token.text[1:].islower()
            or not following.text[1:].islower()
            or self.covering[index] is not None
            or token.lower in _NOT_MEMBER_WORDS
            or following.lower in _NOT_MEMBER_WORDS
            or token.lower in self.matcher._all_capitals  # "(Jakarta)": where, not a word
            or token.text in self.matcher.country_of_form
        ):
            return False
        words = [tokens[i].lower for i in current]
        return any(head in ORG_HEADS and of in ("of", "for") for head, of in pairwise(words))

    def _listed_in_organisation(self, current: list[int], index: int) -> bool:
        """Return True for a comma inside an organisation's list of fields ("Ministry of
        Trade, Industry and Energy"): capitalised words up to an "and"."""
        tokens = self.tokens
        if self.body[tokens[current[-1]].end : tokens[index].start] != ", ":
            return False
        words = [tokens[i].lower for i in current]
        if not any(head in ORG_HEADS and of in ("of", "for") for head, of in pairwise(words)):
            return False
        at = index
        while (
            at + 1 < len(tokens)
            and tokens[at].capital
            and self.covering[at] is None
            and tokens[at].lower not in STOP_CAPITALS
        ):
            gap = self.body[tokens[at].end : tokens[at + 1].start]
            if gap == " " and tokens[at + 1].lower == "and":
                if self._the_closing_field(at + 1):
                    return True  # "Ministry of Fisheries, Forestry and the Marine"
                # the "and" must take its last word as well (see _and_in_organisation)
                last = at + 2
                return (
                    last < len(tokens)
                    and tokens[last].capital
                    and self._joined(tokens[at + 1], tokens[last])
                    and not (
                        last + 1 < len(tokens)
                        and tokens[last + 1].capital
                        and self._joined(tokens[last], tokens[last + 1])
                        # "Ministry of Commerce, Industry and Investment Promotion"
                        and tokens[last + 1].lower not in _FIELD_TAIL_WORDS
                    )
                )
            if (
                gap == " "
                and tokens[at + 1].capital
                and self.covering[at + 1] is None
                and tokens[at + 1].lower not in _ORG_OR_ROLE_HEADS
                and tokens[at + 1].lower not in ORG_SUFFIXES
            ):
                at += 1  # a field of several words ("Production, Foreign Trade, Investment")
                continue
            if gap != ", ":
                return False
            at += 1
        return False

    def _in_listed_organisation(self, current: list[int]) -> bool:
        """Return True when the run is a body's name listing its fields with commas so far
        ("Ministry of Fisheries, Forestry"): a head and "of"/"for", then a comma."""
        tokens, body = self.tokens, self.body
        words = [tokens[i].lower for i in current]
        return any(
            head in ORG_HEADS and of in ("of", "for") for head, of in pairwise(words)
        ) and any(body[tokens[a].end : tokens[b].start] == ", " for a, b in pairwise(current))

    def _the_closing_field(self, index: int) -> bool:
        """Return True when the "and" at `index` closes a body's list of fields with "the"
        and one or two plain capitalised words ("… Food and the Marine", "… and the
        Environment"), no actor among them and no name going on after them."""
        tokens, body = self.tokens, self.body
        start = index + 1
        if start >= len(tokens) or body[tokens[index].end : tokens[start].start] != " the ":
            return False
        end = start
        while (
            end + 1 < len(tokens)
            and end - start < 2
            and tokens[end + 1].capital
            and self._joined(tokens[end], tokens[end + 1])
        ):
            end += 1
        return (
            end - start < 2
            and self._plain_words(list(range(start, end + 1)))
            and all(tokens[i].lower not in _STOP_OR_ROLE_HEADS for i in range(start, end + 1))
        )

    def _plain_words(self, indexes: list[int]) -> bool:
        """Return True when the words are capitalised, no actor, no stop or role word and no
        organisation suffix: the fields a body's name lists ("Foreign Affairs", "Defence")."""
        tokens = self.tokens
        return all(
            tokens[i].capital
            and self.covering[i] is None
            and tokens[i].lower not in _NOT_MEMBER_WORDS
            and tokens[i].lower not in ORG_SUFFIXES
            for i in indexes
        )

    def _chamber_opening(self, current: list[int]) -> int:
        """Return how many words open the run before a committee's own name: the article
        ("The Foreign Affairs, ...") and a chamber ("House Ways and Means Committee",
        "Senate Foreign Affairs, Defence and Trade References Committee")."""
        tokens = self.tokens
        first = 0
        while first < len(current) - 1 and tokens[current[first]].lower in _DETERMINERS:
            first += 1
        if first < len(current) - 1 and tokens[current[first]].lower in _CHAMBERS:
            first += 1
        return first

    def _last_listed(self, current: list[int]) -> list[int]:
        """Return the words of the run after its last comma (all of it without one)."""
        tokens, body = self.tokens, self.body
        at = len(current) - 1
        while at > 0 and body[tokens[current[at - 1]].end : tokens[current[at]].start] != ", ":
            at -= 1
        return current[at:]

    def _listed_before_suffix(self, current: list[int], index: int) -> bool:
        """Return True for a comma inside a body's list of fields closed by "and" and its
        suffix ("Foreign Affairs, Defence and Trade Committee", "Environment, Food and Rural
        Affairs Committee"): one or two plain capitalised words an item, four items at most."""
        tokens, body = self.tokens, self.body
        if body[tokens[current[-1]].end : tokens[index].start] != ", ":
            return False
        first = self._chamber_opening(current)
        if not 0 < len(current) - first <= 8 or not self._plain_words(current[first:]):
            return False
        at, item = index, 0
        while at < len(tokens) and at - index < 8:
            if not self._plain_words([at]):
                return False
            item += 1
            if item > 2:
                return False
            gap = body[tokens[at].end : tokens[at + 1].start] if at + 1 < len(tokens) else ""
            if gap == ", ":
                item = 0
            elif gap == " " and tokens[at + 1].lower == "and":
                return self._and_before_suffix(list(range(at - item + 1, at + 1)), at + 1)
            elif gap != " ":
                return False
            at += 1
        return False

    def _and_closing_list(self, current: list[int], index: int) -> bool:
        """Return True for the "and" that closes a body's list of fields ("Foreign Affairs,
        Defence and Trade Committee"): the run holds a list, and its last item with the words
        after the "and" make a name as _and_before_suffix reads one."""
        last = self._last_listed(current)
        return len(last) < len(current) and self._and_before_suffix(last, index)

    def _and_in_organisation(self, current: list[int], index: int) -> bool:
        """Return True for the "and" of "University of International Business and Economics":
        after "<head> of", before the name's last one to three capitalised words, no actor,
        title or organisation head among them ("Center for Strategic and International
        Studies"; not "University of Tokyo and Keio University")."""
        tokens = self.tokens
        if not self._joined(tokens[current[-1]], tokens[index]):
            return False
        previous, last = tokens[index], index
        while last + 1 < len(tokens) and last - index < 4:
            following = tokens[last + 1]
            if not following.capital or not self._joined(previous, following):
                break
            if (
                self.covering[last + 1] is not None
                or following.lower in _STOP_OR_ROLE_HEADS
                or (last > index and following.lower in ORG_SUFFIXES)
            ):
                return False
            previous, last = following, last + 1
        if not index < last <= index + 3:
            return False
        if (
            last > index + 1
            and not tokens[index + 1].lower.endswith(_FIELD_ADJECTIVE_ENDINGS)
            and tokens[last].lower not in _SECTOR_ENDS  # "… of the Iron and Steel Industry"
            and tokens[last].lower not in _FIELD_TAIL_WORDS  # "… and Investment Promotion"
            and tokens[last].lower not in _STUDY_ENDS  # "… for Trade and Policy Studies"
        ):
            return False  # "… of Oxford and Example Business School": a second name
        if last > index + 1 and tokens[index + 1].lower in ORG_SUFFIXES:
            return False  # "… and Council members": a second organisation or a role
        words = [tokens[i].lower for i in current]
        # a country may open the name ("UK Department for Business and Trade"), after an
        # article ("the Example Chamber of Commerce and Industry")
        first = 0
        while first < len(current) - 1 and tokens[current[first]].lower in _DETERMINERS:
            first += 1
        while (
            first < len(current)
            and (mention := self.covering[current[first]]) is not None
            and mention.kind is ActorKind.COUNTRY
        ):
            first += 1
        # a demonym inside may qualify a word after it ("Federation of Indian Chambers of
        # Commerce and Industry"); a country's name there is a second name ("Bank of Japan
        # and Nomura")
        return any(
            head in ORG_HEADS and of in ("of", "for") for head, of in pairwise(words)
        ) and all(
            (mention := self.covering[i]) is None
            or (
                mention.kind is ActorKind.COUNTRY
                and mention.text != mention.name
                and i != current[-1]
            )
            for i in current[first:]
        )

    def _and_in_title(self, current: list[int], index: int) -> bool:
        """Return True for the "and" of "Minister of Trade and Industry Jane Doe": after
        "<role head> of <field>", before one field word and a name of two words or more."""
        tokens = self.tokens
        if not self._joined(tokens[current[-1]], tokens[index]):
            return False
        words = [tokens[i].lower for i in current]
        # "Senior Minister of State for Trade and Industry Jane Doe": modifiers before the
        # head, and a "Minister of State" going on with its own field
        while len(words) > 3 and words[0] in ROLE_MODIFIERS:
            words = words[1:]
        if len(words) >= 5 and words[1:3] == ["of", "state"] and words[3] in ("of", "for"):
            words = [words[0], *words[3:]]
        if not 3 <= len(words) <= 4:
            return False
        head, of = words[0], words[1]
        if head not in ROLE_HEADS or of not in ("of", "for"):
            return False
        after = tokens[index + 1 : index + 4]
        return (
            len(after) == 3
            and after[0].lower in _TITLE_FIELDS
            and all(t.capital and t.lower not in _STOP_OR_ROLE_HEADS for t in after[1:])
            and self._joined(tokens[index], after[0])
            and all(self._joined(a, b) for a, b in pairwise(after))
        )

    def _and_before_suffix(self, current: list[int], index: int) -> bool:
        """Return True for the "and" of "Trade and Technology Council": one or two plain
        capitalised words before it, one or two after it, the last an organisation suffix."""
        tokens = self.tokens
        current = current[self._chamber_opening(current) :]
        # where it is based is no word of the name ("the Example-based Fruit and Vegetables
        # Association")
        first = tokens[current[0]].lower
        based = "-based" in first or "-headquartered" in first or "-registered" in first
        if based and len(current) > 1:
            current = current[1:]
        # a country may open the name ("Vietnam Textile and Apparel Association"), found as
        # a country or, inside the name, no mention of its own ("Example Garment
        # Manufacturers and Exporters Association" opened by a country's name)
        while len(current) > 1 and (
            (
                (mention := self.covering[current[0]]) is not None
                and mention.kind is ActorKind.COUNTRY
            )
            or (mention is None and tokens[current[0]].text in self.matcher.country_of_form)
        ):
            current = current[1:]
        # so may a city named "<Name> City" ("Example City Garment and Textile Association")
        cities = [at for at, i in enumerate(current[:-1]) if tokens[i].lower == "city"]
        if cities:
            current = current[cities[-1] + 1 :]
        if not 1 <= len(current) <= 2 or not self._joined(tokens[current[-1]], tokens[index]):
            return False
        if any(
            self.covering[i] is not None
            or tokens[i].lower in _NOT_MEMBER_WORDS
            or tokens[i].lower in ORG_SUFFIXES
            for i in current
        ):
            return False
        previous = tokens[index]
        # up to four words after: "Gem and Jewellery Export Promotion Council"
        for after in range(index + 1, min(index + 5, len(tokens))):
            token = tokens[after]
            if (
                not token.capital
                or not self._joined(previous, token)
                or self.covering[after] is not None
                or token.lower in _STOP_OR_ROLE_HEADS
            ):
                return False
            if token.lower in ORG_SUFFIXES:
                if after == index + 1:
                    return False  # "the Verkhovna Rada and Parliament": a second body
                following = after + 1
                return not (
                    following < len(tokens)
                    and tokens[following].capital
                    and self._joined(token, tokens[following])
                )
            previous = token
        return False

    def _skipped(self, start: int) -> bool:
        """Return True inside a headline or another span where nothing is proposed."""
        return any(s <= start < e for s, e in self.skips)

    # ---- the pass ----------------------------------------------------------------------

    def run(self) -> None:
        """Propose people and organisations, attach roles; two passes over the phrases."""
        runs = self._runs()
        pending: list[tuple[list[int], str]] = []  # phrases naming no one yet, by name text
        for run in runs:
            leftover = self._analyse(run)
            if leftover:
                pending.append(leftover)
        # a proposed name seen again without its role or speech verb is still that person
        known = {normalise_name(m.key): m for m in self.proposed}
        for run, name in pending:
            proposal = known.get(normalise_name(name))
            if proposal is not None:
                first, last = self.tokens[run[0]], self.tokens[run[-1]]
                if proposal.start == first.start and proposal.end == last.end:
                    continue  # the phrase proposed itself ("Cattle Australia chief …")
                self._add(proposal.key, proposal.kind, first.start, last.end, "")

    def _analyse(self, run: list[int]) -> tuple[list[int], str] | None:
        """Handle one capitalised phrase; return its name part when nothing was decided."""
        tokens = self.tokens
        while run and tokens[run[0]].lower in _NO_PHRASE_START:
            if tokens[run[0]].text == "All" and self._all_of_a_country(run):
                break
            run = run[1:]
        while run and tokens[run[-1]].lower in _NO_PHRASE_END:
            run = run[:-1]
        if not run:
            return None
        if len(run) == 1:
            # One word proposes nothing (no organisation of one word, no person of fewer
            # than two) and takes a role only as a registry person's name: for any other
            # word the rules below come to None and record nothing.
            mention = self.covering[run[0]]
            if mention is None:
                self._mononym(run[0])
                if self.body[self.tokens[run[0]].start - 2 : self.tokens[run[0]].start] == ", ":
                    self._mononym_after_role(run[0])
            if mention is None or mention.kind is not ActorKind.PERSON:
                return None
        split = self._organisation_then_name(run)
        if split:
            # "the European Council Donald Tusk": the organisation, then its officer;
            # "President of the European Council <name>": the title is no organisation
            organisation = run[:split]
            if (
                len(organisation) > 2
                and tokens[organisation[1]].lower in ("of", "for")
                and tokens[organisation[0]].lower in ROLE_HEADS
            ):
                organisation = organisation[2:]
            self._organisation(organisation)
            return self._officer(run[split:], run[:split])
        if self._organisation(run):
            return None
        name = self._name_part(run)
        listed_title = ""
        if len(name) >= 3:
            listed = _LIST_BEFORE_RE.search(
                self.body, max(0, tokens[name[0]].start - 60), tokens[name[0]].start
            )
            if listed is not None:
                # "Minister of Trade, Industry and Competition Jane Doe": the first word ends
                # the title's list of fields, the name is what follows
                name = name[1:]
                listed_title = self._listed_title(listed.start(), tokens[name[0]].start)
        if not name:
            return None
        prefix = run[: run.index(name[0])]
        if prefix and tokens[prefix[-1]].lower in ("of", "for"):
            return None  # "the Crown Prince of Abu Dhabi": the title's place, no person
        role = self._prefix_role(prefix) if prefix else self._lowercase_role(name[0])
        if not role and prefix and len(prefix) <= 2:
            # "president Tan Sri Jane Doe": a role before honorifics the phrase opens with
            role = self._lowercase_role(name[0])
        if not role and prefix and not listed_title:
            # "Minister of Economy, Trade and Industry Jane Doe": the phrase holds the last
            # field of the title, which its list began before the phrase
            listed = _LIST_BEFORE_RE.search(
                self.body, max(0, tokens[prefix[0]].start - 60), tokens[prefix[0]].start
            )
            if listed is not None:
                listed_title = self._listed_title(listed.start(), tokens[name[0]].start)
        role = role or listed_title
        role_before = role  # a role written before the name, not the appositive after it
        name_end = tokens[name[-1]].end
        appositive = self._appositive(name_end)
        role = role or appositive or self._role_before_comma(tokens[name[0]].start, name_end)
        people = {id(self.covering[i]): self.covering[i] for i in name if self.covering[i]}
        if people:
            # a registry person: record the title phrase found with them
            for mention in people.values():
                if role and not mention.role:
                    mention.role = role
            return None
        start = tokens[name[0]].start
        text = self.body[start:name_end]
        if self._skipped(start):
            return None
        if not prefix and ("&" in text or "+" in text):
            # "Beef + Lamb Example said": words joined by a sign name a body, never a person
            if (
                self._free_standing(run)
                and self._speaks(name_end, bool(appositive))
                and self.matcher.lookup(text) is None
            ):
                self._add(text, ActorKind.ORGANISATION, start, name_end, "")
            return None
        if not self._plausible_person(name):
            return None
        if role_before and not prefix:
            self._owner_before_role(name[0], role_before)
        honorific = bool(prefix) and tokens[prefix[-1]].lower in HONORIFIC_ABBREVIATIONS
        if (role and prefix) or honorific:
            trigger = True  # "Chinese President Xi Jinping", "Sen. Chuck Grassley"
        else:
            # "according to <name>": the "to" is no preposition of place
            trigger = (
                self._spoken_of(run[0])
                # "said Mr Tevita Lolohea", "the Vice Minister, Mrs. Rosa Quispe, said": a
                # courtesy title (which the phrase drops) before two capitalised words
                or _COURTESY_BEFORE_RE.search(self.body, max(0, start - 6), start) is not None
                or _DELEGATION_LED_BY_RE.search(self.body, max(0, start - 40), start) is not None
                or (
                    bool(appositive)
                    and _INTERVIEWED_BEFORE_RE.search(self.body, max(0, start - 24), start)
                    is not None
                )
                # "Hilde Aerts-Moreno, who advises parts suppliers, put it bluntly": a name
                # opening its sentence, then "who" and a verb in the singular
                or (
                    len(name) > 1
                    and _WHO_AFTER_RE.match(self.body, name_end) is not None
                    and self.body[max(0, start - 3) : start].rstrip()[-1:] in ("", ".", "”", '"')
                )
                or self._bracketed_speaker(start, name_end)
                # "Jane Doe, Example Foods: “…”": a box of voices, one a line
                or (
                    len(name) > 1
                    and not prefix
                    and self.body[max(0, start - 1) : start] in ("", "\n")
                    and _CREDIT_LINE_AFTER_RE.match(self.body, name_end) is not None
                )
                or (
                    self._free_standing(run)
                    and (
                        bool(role)
                        or self._speaks(name_end, bool(appositive))
                        or self._bio_role(name_end)
                    )
                )
            )
        if not trigger:
            if (
                not prefix
                and _WHICH_AFTER_RE.match(self.body, name_end) is not None
                and self.body[max(0, start - 3) : start].rstrip()[-1:] in ("", ".", "”", '"')
                and self.matcher.lookup(text) is None
            ):
                # "Fertilizers Europe, which represents EU producers, said": a body
                self._add(text, ActorKind.ORGANISATION, start, name_end, "")
                return None
            return (name, text)
        if self.matcher.lookup(text) is not None:
            return None  # registry names always win (a case variant the pattern refused)
        if text[text.rfind(" ") + 1 :] in _LONG_COUNTRY_ENDS and _ends_with_long_country(text):
            # "according to Statistics Ruritania Minor": a body named for its country
            self._add(text, ActorKind.ORGANISATION, start, name_end, "")
            return None
        self._add(canonical_name(text), ActorKind.PERSON, start, name_end, role)
        if appositive:
            self._owner_opening_appositive(name_end)
        return None

    def _all_of_a_country(self, run: list[int]) -> bool:
        """Return True when the phrase opens with "All" and a country and ends in an
        organisation's suffix ("All India Solar Glass Manufacturers Association", "All
        Example Textile Mills Association"): the "All" is the name's first word."""
        tokens = self.tokens
        country = self.covering[run[1]] if len(run) > 2 else None
        return (
            country is not None
            and tokens[run[0]].text == "All"
            and country.kind is ActorKind.COUNTRY
            and tokens[run[-1]].lower in ORG_SUFFIXES
        )

    def _mononym(self, index: int) -> None:
        """Propose a person known by one name where a speaker is introduced with a role:
        '"…," said Sarwono, a senior researcher at the institute' (Indonesian and other
        single names)."""
        token = self.tokens[index]
        lower = token.lower
        if (
            lower in _NOT_MEMBER_WORDS
            or lower in ORG_SUFFIXES
            or lower in _ROLE_WORDS
            or token.text.isupper()
            or self._skipped(token.start)
            or not self._spoken_of(index)
            or self._country_word(token.text)
            or self.matcher.lookup(token.text) is not None
        ):
            return
        # "Sarwono, a senior researcher": an indefinite role ("Reuters, the news agency" is
        # no person); "said Sarwono, director of …": a bare role head, which no body takes
        bare = _BARE_ROLE_AFTER_RE.match(self.body, token.end)
        if _INDEFINITE_AFTER_RE.match(self.body, token.end) is None and (
            bare is None or bare.group(1) not in ROLE_HEADS
        ):
            return
        role = self._appositive(token.end)
        if role:
            self._add(token.text, ActorKind.PERSON, token.start, token.end, role)

    def _mononym_after_role(self, index: int) -> None:
        """Propose a person known by one name set off after a role that a speech verb
        follows: "Ruritania's ambassador to the EU, Sarwono, who chaired the talks, said"
        (Indonesian and other single names)."""
        token = self.tokens[index]
        if (
            token.lower in _NOT_MEMBER_WORDS
            or token.lower in ORG_SUFFIXES
            or token.lower in _ROLE_WORDS
            or token.text.isupper()
            or not token.text[1:].islower()
            or self._skipped(token.start)
            or self._country_word(token.text)
            or self.matcher.lookup(token.text) is not None
            or not self._speaks(token.end, after_appositive=False)
        ):
            return
        role = self._role_before_comma(token.start, token.end)
        if role:
            self._add(token.text, ActorKind.PERSON, token.start, token.end, role)

    def _organisation_then_name(self, run: list[int]) -> int:
        """Return where a person's name starts right after an organisation's name in the
        phrase ("European Council Donald Tusk"), or 0."""
        tokens = self.tokens
        # "Department of Commerce Jane Doe", "Ministry of Trade Jane Doe": a body named by
        # its one field, then the officer's name
        if (
            len(run) >= 5
            and tokens[run[0]].lower in _GOVERNMENT_BODY_HEADS
            and tokens[run[1]].lower in ("of", "for")
            and tokens[run[2]].lower in _ONE_FIELD_WORDS
            and all(
                self.covering[i] is None and self._name_like(i) and tokens[i].capital
                for i in run[3:]
            )
            and self._plausible_person(run[3:])
        ):
            return 3
        for index in range(len(run) - 3, 0, -1):
            if tokens[run[index]].lower not in ORG_SUFFIXES:
                continue
            rest = run[index + 1 :]
            if all(
                self.covering[i] is None and self._name_like(i) and tokens[i].capital for i in rest
            ) and self._plausible_person(rest):
                return index + 1
            return 0
        return 0

    def _officer(self, name: list[int], organisation: list[int]) -> None:
        """Propose the person named after an organisation's name, its title as the role."""
        tokens = self.tokens
        start, end = tokens[name[0]].start, tokens[name[-1]].end
        if self._skipped(start) or self.matcher.lookup(self.body[start:end]) is not None:
            return
        role = self.body[tokens[organisation[0]].start : tokens[organisation[-1]].end]
        self._add(canonical_name(self.body[start:end]), ActorKind.PERSON, start, end, role)

    def _owner_before_role(self, name_start: int, role: str) -> None:
        """Propose the one-word organisation before a lowercase role ("Airbus chief executive
        Jane Doe", "Labour leader John Roe")."""
        tokens = self.tokens
        first = name_start - len(role.split())
        owner = first - 1
        if owner < 0 or first < 0 or not tokens[owner].capital:
            return
        token = tokens[owner]
        if owner > 0 and tokens[owner - 1].capital and self._joined(tokens[owner - 1], token):
            self._body_ending_in_country_before_role(owner, first)
            return
        if (
            not self._joined(token, tokens[first])
            or not self._may_own_a_role(owner)
            or self._skipped(token.start)
        ):
            return
        start = self._name_joined_by_and(owner)
        text = self.body[start : token.end]
        self._add(canonical_name(text), ActorKind.ORGANISATION, start, token.end, "")

    def _name_joined_by_and(self, last: int) -> int:
        """Return where the one body's name starts that tokens[last] ends after "and", before a
        singular role ("Ruritanian Grape and Wine chief executive Jane Doe": the role is one
        person's, so the words before "and" are of the same name), else tokens[last].start.
        The words before are one or two capitalised ones after no other, none a registry
        name but an opening country adjective."""
        tokens = self.tokens
        token = tokens[last]
        if last < 2 or tokens[last - 1].lower != "and" or not self._joined(tokens[last - 1], token):
            return token.start
        index = last - 2
        if not (tokens[index].capital and self._joined(tokens[index], tokens[last - 1])):
            return token.start
        for _ in range(2):
            if not (
                index > 0
                and tokens[index - 1].capital
                and self._joined(tokens[index - 1], tokens[index])
            ):
                break
            index -= 1
        else:
            return token.start  # a longer run: a list of names, perhaps
        for at, word in enumerate(tokens[index : last - 1]):
            covering = self.covering[index + at]
            if word.lower in _STOP_OR_ROLE_HEADS or (
                covering is not None
                and not (
                    at == 0
                    and covering.kind is ActorKind.COUNTRY
                    and covering.text != covering.name
                    and covering.text.endswith(_ADJECTIVE_ENDINGS)
                )
            ):
                return token.start
        return tokens[index].start

    def _body_ending_in_country_before_role(self, owner: int, first: int) -> None:
        """Propose the two-word body ending in a country's own name before a lowercase role
        ("Cattle Australia chief executive Jane Doe", "Make UK chief executive"): the word
        before the country may own a role, and no capitalised word comes before it."""
        tokens = self.tokens
        word, country = tokens[owner - 1], tokens[owner]
        if (
            (owner > 1 and tokens[owner - 2].capital and self._joined(tokens[owner - 2], word))
            or self.matcher.country_of_form.get(country.text) != country.text
            or not self._joined(country, tokens[first])
            or not self._may_own_a_role(owner - 1)
            or self._skipped(word.start)
        ):
            return
        text = self.body[word.start : country.end]
        self._add(canonical_name(text), ActorKind.ORGANISATION, word.start, country.end, "")

    def _may_own_a_role(self, index: int) -> bool:
        """Return True when the capitalised word tokens[index] may be the one-word body
        whose role a person holds: no actor already, no sentence opener, title, generic
        owner ("Government") or nation's adjective, three letters at least, no registry
        name."""
        token = self.tokens[index]
        return not (
            self.covering[index] is not None
            or token.lower in STOP_CAPITALS
            or token.lower in _TITLE_WORDS
            or token.lower in _GENERIC_OWNERS
            or token.lower.endswith(_ADJECTIVE_ENDINGS)
            or len(token.text) < 3
            or self.matcher.lookup(token.text) is not None
        )

    def _owner_opening_appositive(self, name_end: int) -> None:
        """Propose the one-word organisation opening a person's appositive role ("Jane Doe,
        Acme national secretary for steel," "Jane Doe, Acme's chief negotiator,")."""
        match = _APPOSITIVE_RE.match(self.body, name_end)
        index = self._token_at.get(match.start(1)) if match is not None else None
        if index is None or index + 1 >= len(self.tokens):
            return
        token = self.tokens[index]
        gap = self.body[token.end : self.tokens[index + 1].start]
        if not token.capital or gap not in (" ", "'s ", "’s "):
            return
        roles = [t.lower for t in self.tokens[index + 1 : index + 4]]
        if not roles or roles[0] not in _ROLE_WORDS or not any(r in ROLE_HEADS for r in roles):
            return
        if (
            not self._may_own_a_role(index)
            or token.lower in THING_WORDS
            or self._country_word(token.text)
            or any(m.start <= token.start < m.end for m in self.proposed)
        ):
            return
        self._add(canonical_name(token.text), ActorKind.ORGANISATION, token.start, token.end, "")

    def party_acronyms(self, registry: list[ActorMention]) -> None:
        """Propose the party whose acronym opens a member's title ("SJB MP Jane Doe",
        "JVP lawmaker …"); a word there ("Government MP") names no party."""
        taken = [(m.start, m.end) for m in registry] + [(m.start, m.end) for m in self.proposed]
        for mention in list(self.proposed):
            party = _PARTY_ROLE_RE.match(mention.role) if mention.role else None
            if party is None or mention.kind is not ActorKind.PERSON:
                continue
            start = mention.start - len(mention.role) - 1
            if start < 0 or self.body[start : mention.start - 1] != mention.role:
                continue  # the role was found elsewhere (an appositive after the name)
            end = start + len(party.group("party"))
            if not any(s < end and start < e for s, e in taken):
                self._add(party.group("party"), ActorKind.ORGANISATION, start, end, "")
                taken.append((start, end))

    def lone_legislatures(self, registry: list[ActorMention]) -> None:
        """Propose "Parliament", "House of Representatives" or "National Assembly" written
        alone ("told Parliament", "Indonesia's House of Representatives"): the legislature
        the story is about. After a capitalised word ("UK Parliament", "European
        Parliament", "U.S. House of Representatives") it is part of a longer name, left to
        the rest."""
        taken = [(m.start, m.end) for m in registry] + [(m.start, m.end) for m in self.proposed]
        # a legislature's name -> the body a country's possessive tied it to, by then
        owned: dict[str, ActorMention | str] = {}
        for match in _LONE_LEGISLATURE_RE.finditer(self.body):
            start, end = match.span()
            if self._skipped(start) or any(s < end and start < e for s, e in taken):
                continue
            before = _CAPITALISED_BEFORE_RE.search(self.body, max(0, start - 30), start)
            if before is not None and before.group() != "The ":
                continue  # "UK Parliament", "Scottish Parliament": a longer name
            name = match.group()
            owner = _owner_before(self.body, [m for m in registry if m.start < start], start)
            if owner is not None:
                # "New Zealand's Parliament": that country's (the registry's, else as the
                # story names it in full, else named with the country), and the same name
                # alone later in the story is that one until another country's
                owned[name] = (
                    self._legislature_of(owner.key, name, start)
                    or self._named_with_demonym(owner.name, name, registry)
                    or f"{name} of {_the(owner.name)}"
                )
            named = owned.get(name) or self._home_legislature(name, start, registry)
            if named is None or isinstance(named, str):
                self._add(named or name, ActorKind.ORGANISATION, start, end, "")
            else:
                self.proposed.append(replace(named, start=start, end=end, text=name, role=""))

    def _home_legislature(
        self, name: str, start: int, registry: list[ActorMention]
    ) -> ActorMention | None:
        """Return a mention of the senate that "the Senate" at `start` is: the one the story
        names in full ("the Mexican Senate"), else the registry's of the country named last
        before it in its paragraph, else of the story's first ("the Senate" in a U.S. story
        is the U.S. Senate); None when the registry has none (proposed as "Senate")."""
        if name != "Senate":
            return None  # the other names were always proposed; the corpus agrees
        full = [m for m in (*registry, *self.proposed) if m.name.endswith(" " + name)]
        if full:
            return full[-1]  # "the Mexican Senate ... the Senate"
        paragraph = self.body.rfind("\n", 0, start)
        countries = [m for m in registry if m.kind is ActorKind.COUNTRY]
        before = [m for m in countries if paragraph < m.start < start] or countries[:1]
        if not before:
            return None
        return self._legislature_of(before[-1].key, name, start)

    def _named_with_demonym(
        self, country: str, name: str, registry: list[ActorMention]
    ) -> ActorMention | None:
        """Return a mention the story names `country`'s `name` by ("French Senate"), if any."""
        forms = self.matcher.country_of_form
        for mention in (*registry, *self.proposed):
            head, _, tail = mention.name.rpartition(" ")
            if tail == name and forms.get(head) == country:
                return mention
        return None

    def _legislature_of(self, country: str, name: str, start: int) -> ActorMention | None:
        """Return a mention at `start` of the registry's legislature of `country` whose
        name ends in `name` ("Senate"), or None."""
        for ref in self.matcher.actors:
            if (
                ref.country == country
                and ref.kind is ActorKind.ORGANISATION
                and ref.name.endswith(" " + name)
            ):
                return ActorMention(ref.key, ref.name, ref.kind, start, start, name)
        return None

    def _add(self, key: str, kind: ActorKind, start: int, end: int, role: str) -> None:
        """Record a proposed mention; one key keeps the kind it was first proposed with."""
        if kind is ActorKind.ORGANISATION and "-" in key:
            # "the Example-based Centre for Trade Studies": where it is, not its name
            based = _PLACE_BASED_RE.match(self.body, start, end)
            if based is not None and key.startswith(based.group()):
                key, start = key[len(based.group()) :], based.end()
        kind = self._proposed_kinds.setdefault(key, kind)
        self.proposed.append(
            ActorMention(
                key=key,
                name=key,
                kind=kind,
                start=start,
                end=end,
                text=self.body[start:end],
                role=role,
                proposed=True,
            )
        )

    # ---- organisations -----------------------------------------------------------------

    def head_noun_organisations(self, registry: list[ActorMention]) -> None:
        """Propose companies and blocs without a suffix that a head noun describes ("Boeing,
        the US planemaker", "the carmaker Renault", "the Mercosur trade bloc"), and their
        other mentions by the same name."""
        body = self.body
        names: dict[str, tuple[int, int]] = {}
        for hit in _ORG_HEAD_RE.finditer(body):
            head, head_start, head_end = hit.group(1), hit.start(1), hit.end()
            if head in _ACRONYM_ORG_HEAD_NOUNS:
                # "farm union ASAJA": only a name in capitals after these heads
                after = _CAPITALS_AFTER_RE.match(body, head_end)
                if after is not None and "news" not in body[max(0, head_start - 12) : head_start]:
                    names.setdefault(*self._org_name_span(after))
                continue
            window = max(0, head_start - _ORG_HEAD_WINDOW)
            # "Boeing, the US planemaker," / "Safaricom, the country's largest telecoms operator."
            # "Forjas del Norte, a family-owned maker of forged auto parts in Monterrey,"
            if (
                body[head_end : head_end + 1] in (",", ".", ";")
                or _OF_COMPLEMENT_RE.match(body, head_end)
                or _HEAD_CLAUSE_AFTER_RE.match(body, head_end)
            ):
                match = _ORG_APPOSITIVE_RE.search(body, window, head_start)
                if match is not None and self._appositive_describes_body(match, head):
                    names.setdefault(*self._org_name_span(match))
            # "the carmaker Renault", "its American rival Boeing"
            after = _ORG_NAME_AFTER_RE.match(body, head_end)
            if after is not None and _FOUNDER_VERB_RE.match(body, after.end()) is None:
                match = _ORG_DESCRIPTION_RE.search(body, max(0, head_start - 40), head_start)
                if (match is not None and self._describes_organisation(match, head)) or (
                    head in _ACRONYM_NAME_HEADS
                    and _CAPITALS_NAME_RE.fullmatch(after.group("name"))
                    and "news" not in body[max(0, head_start - 12) : head_start]
                ):
                    # "the carmaker Renault"; "farm union ASAJA", with or without an article
                    names.setdefault(*self._org_name_span(after))
            if head in _ORG_PLURAL_HEADS:
                examples = _ORG_EXAMPLES_RE.match(body, head_end)
                if examples is not None:
                    for name in _ORG_EXAMPLE_NAME_RE.finditer(
                        body, examples.start("names"), examples.end("names")
                    ):
                        names.setdefault(*self._org_name_span(name))
                continue
            # "the Mercosur trade bloc"
            if head == "bloc":
                match = _ORG_BLOC_RE.search(body, window, head_start)
                if match is not None:
                    names.setdefault(*self._org_name_span(match))
        # "managing director of Rivertown-based Example Pottery, said": what a company's head
        # heads is a company
        if "ctor of " in body or "tive of " in body or "nder of " in body:
            for match in _COMPANY_HEAD_OF_RE.finditer(body):
                names.setdefault(*self._org_name_span(match))
        # "Analysts at Rabobank said", "an economist at Standard Chartered,": where a
        # profession works is an organisation
        if " at " in body:
            for match in _PROFESSION_AT_RE.finditer(body):
                names.setdefault(*self._org_name_span(match))
            if "who " in body:
                for match in _LEADS_WORK_AT_RE.finditer(body):
                    names.setdefault(*self._org_name_span(match))
        # "UK Steel", "Wines of Chile": a registry country may be a word of the name
        taken = [(m.start, m.end) for m in registry if m.kind is not ActorKind.COUNTRY]
        taken += [(m.start, m.end) for m in self.proposed]
        countries = [(m.start, m.end) for m in registry if m.kind is ActorKind.COUNTRY]
        for name, (start, end) in names.items():
            if any(
                s < end and start < e and not (start <= s and e <= end and (s, e) != (start, end))
                for s, e in countries
            ) or not self._organisation_name(name, start, end, taken):
                continue
            pattern = rf"(?<![\w’'\-]){re.escape(name)}(?![\w\-]|’s\w|'s\w)"
            self._add_each(canonical_name(name), pattern, taken)

    @staticmethod
    def _appositive_describes_body(match: re.Match[str], head: str) -> bool:
        """Return True when "<Name>, <det> <mods> <head>" says the name is a body: a
        company's head after any article, a definite one after "the" or an "-owned", a
        plural one after "one of the", an appositive-only one after "the"."""
        det, mods = match.group("det"), match.group("mods")
        if det.startswith("one"):
            return head in _ORG_PLURAL_HEADS
        if head in ORG_HEAD_NOUNS:
            return True
        if head in _DEFINITE_ORG_HEAD_NOUNS:
            return det == "the" or _OWNED_RE.search(mods) is not None
        return head in _APPOSITIVE_ORG_HEAD_NOUNS and det == "the" and "news" not in mods

    def romance_organisations(self, registry: list[ActorMention]) -> None:
        """Propose organisations named in French, Spanish, Portuguese or Italian ("Union des
        producteurs agricoles", "Université Laval"), and their other mentions."""
        body = self.body
        taken = [(m.start, m.end) for m in registry if m.kind is not ActorKind.COUNTRY]
        taken += [(m.start, m.end) for m in self.proposed]
        for token in self.tokens:
            if not token.capital or token.text not in _ROMANCE_HEAD_WORDS:
                continue
            match = _ROMANCE_ORG_RE.match(body, token.start)
            if match is None:
                continue
            words = match.group().split()
            while len(words) > 1 and words[-1].lower() in _ENGLISH_AFTER_ROMANCE:
                words.pop()  # never mind the English that followed the name
            if len(words) < 2:
                continue
            start = match.start()
            end = body.index(words[-1], start) + len(words[-1])
            if self._skipped(start) or any(s < end and start < e for s, e in taken):
                continue
            self._add(" ".join(words), ActorKind.ORGANISATION, start, end, "")
            taken.append((start, end))

    def bodies_on_subjects(self, registry: list[ActorMention]) -> None:
        """Propose a committee or council named for its subject, with "on", "for" and
        "in" inside the name ("Committee on Market Access", "Council for Trade in Goods",
        "Indian Council for Research on International Economic Relations"), in place of
        the shorter names proposed inside it."""
        body = self.body
        taken = [(m.start, m.end) for m in registry if m.kind is not ActorKind.COUNTRY]
        for match in _BODY_ON_SUBJECT_RE.finditer(body):
            words = match.group().split(" ")
            while words[-1].lower() in STOP_CAPITALS or not words[-1][:1].isupper():
                words.pop()  # "… on Monday", "… in"
            if len(words) < 3:
                continue
            start = match.start()
            end = start + len(" ".join(words))
            while True:  # capitalised words before the head ("House of Commons Standing …")
                before = _CAPITALISED_WORD_BEFORE_RE.search(body, max(0, start - 40), start)
                if before is None or before.group(1).lower() in STOP_CAPITALS:
                    break
                start = before.start(1)
            if self._skipped(start) or any(s < end and start < e for s, e in taken):
                continue
            self.proposed = [m for m in self.proposed if not (m.start < end and start < m.end)]
            self._add(canonical_name(body[start:end]), ActorKind.ORGANISATION, start, end, "")
            taken.append((start, end))

    def listed_with_bodies(self, registry: list[ActorMention]) -> None:
        """Propose as organisations the capitalised names listed with an organisation
        ("the Scotch Whisky Association, UK Steel, the Confederation of British Industry
        and the Trades Union Congress"): names no rule placed, and one ending in a
        registry name ("Trades Union Congress", not the registry's Congress)."""
        body = self.body
        bodies = [
            m
            for m in (*registry, *self.proposed)
            if m.kind is ActorKind.ORGANISATION
            and not self._skipped(m.start)
            # a list's separator touches a name listed in it
            and (
                body.startswith((", ", " and "), m.end)
                or body.endswith((", ", " and ", ", the ", " and the "), 0, m.start)
            )
        ]
        if not bodies:
            return
        mentions = sorted(registry + self.proposed, key=lambda m: m.start)
        done: set[int] = set()
        for body_mention in bodies:
            start = (
                max(
                    body.rfind(". ", 0, body_mention.start), body.rfind("\n", 0, body_mention.start)
                )
                + 1
            )
            if start in done:
                continue
            done.add(start)
            end = body.find(". ", body_mention.end)
            end = min(x for x in (end, body.find("\n", body_mention.end), len(body)) if x >= 0)
            for listed in _LISTED_NAMES_RE.finditer(body, start, end):
                items = [
                    (item.start(), item.end())
                    for item in _LIST_ITEM_RE.finditer(body, listed.start(), listed.end())
                ]
                inside = [[m for m in mentions if s <= m.start and m.end <= e] for s, e in items]
                if not any(
                    len(found) == 1
                    and found[0].kind is ActorKind.ORGANISATION
                    and canonical_name(body[s:e]) == canonical_name(found[0].text)
                    for found, (s, e) in zip(inside, items, strict=True)
                ):
                    continue  # no organisation is one of the names listed
                for found, (s, e) in zip(inside, items, strict=True):
                    name = canonical_name(body[s:e])
                    s = _name_start(body, s, e)
                    if (
                        (" " not in name and not found)
                        or name.split(" ", 1)[0].lower() in _NOT_MEMBER_WORDS
                        # "Rakesh Menon Iyer, Joint Secretary, Department of Commerce": a post
                        or name.rsplit(" ", 1)[-1].lower() in ROLE_HEADS
                        or any(m.kind is ActorKind.PERSON for m in found)
                        # "UK Steel": a country may open the name, not end it
                        or any(
                            m.end == e if m.kind is ActorKind.COUNTRY else m.start <= s
                            for m in found
                        )
                        or any(m.end != e for m in found if m.kind is ActorKind.ORGANISATION)
                        or any(m.start < e and s < m.end and m not in found for m in mentions)
                    ):
                        continue
                    self.proposed = [
                        m for m in self.proposed if m not in found or m.kind is ActorKind.COUNTRY
                    ]
                    self._add(name, ActorKind.ORGANISATION, s, e, "")

    def bodies_that_do(self, registry: list[ActorMention]) -> None:
        """Propose the name opening a sentence before ", which <does>" ("Yara, which
        produces ammonia", "Stellantis, which is building two plants") as an organisation,
        even of one word, with its other mentions in the story, and its first word alone
        when the name has more ("Bunge Global" … "a Bunge spokesperson")."""
        body = self.body
        taken = [(m.start, m.end) for m in registry]
        taken += [(m.start, m.end) for m in self.proposed]
        names: list[str] = []
        for match in _NAME_WHICH_DOES_RE.finditer(body):
            start, end = match.span("name")
            name = match.group("name")
            proposed_here = any(
                m.start == start and m.end == end and m.kind is ActorKind.ORGANISATION
                for m in self.proposed
            )
            if (
                name.split(" ", 1)[0].lower() in STOP_CAPITALS
                or self._skipped(start)
                or self.matcher.lookup(name) is not None
                or (not proposed_here and any(s < end and start < e for s, e in taken))
            ):
                continue
            names.append(name)
            if " " in name and len(name.split(" ", 1)[0]) > 3:
                names.append(name.split(" ", 1)[0])
        for name in names:
            key = names[0] if name == names[0] else name
            for found in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-]| [A-Z])", body):
                start, end = found.span()
                if self._skipped(start) or any(s < end and start < e for s, e in taken):
                    continue
                whole = next((n for n in names if n.startswith(name + " ")), name)
                self._add(whole if whole != name else key, ActorKind.ORGANISATION, start, end, "")
                taken.append((start, end))

    def bodies_named_after_their_kind(self, registry: list[ActorMention]) -> None:
        """Propose the one-word name in commas after a description of a body's kind ("the
        national customs agency, Example, says", see _DESCRIBED_BODY_RE) as an
        organisation, with its other mentions in the story."""
        body = self.body
        taken = [(m.start, m.end) for m in registry]
        taken += [(m.start, m.end) for m in self.proposed]
        for match in _DESCRIBED_BODY_RE.finditer(body):
            name = match.group("name")
            start, end = match.span("name")
            if (
                "news" in match.group("mods").split()
                or name.lower() in STOP_CAPITALS
                or self._skipped(start)
                or self.matcher.lookup(name) is not None
                or any(s < end and start < e for s, e in taken)
            ):
                continue
            for found in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-]| [A-Z])", body):
                start, end = found.span()
                if self._skipped(start) or any(s < end and start < e for s, e in taken):
                    continue
                self._add(name, ActorKind.ORGANISATION, start, end, "")
                taken.append((start, end))

    def customs_services(self, registry: list[ActorMention]) -> None:
        """Propose a customs service named by a modifier and "Customs" ("the National
        Customs said", see _NAMED_CUSTOMS_RE) as an organisation."""
        taken = [(m.start, m.end) for m in (*registry, *self.proposed)]
        for match in _NAMED_CUSTOMS_RE.finditer(self.body):
            start, end = match.span("name")
            if self._skipped(start) or any(s < end and start < e for s, e in taken):
                continue
            self._add(" ".join(match.group("name").split()), ActorKind.ORGANISATION, start, end, "")
            taken.append((start, end))

    def field_administrations(self, registry: list[ActorMention]) -> None:
        """Propose an agency named by field words and "Administration" ("the Foreign Trade
        Administration", see _FIELD_ADMINISTRATION_RE) as an organisation."""
        taken = [(m.start, m.end) for m in (*registry, *self.proposed)]
        for match in _FIELD_ADMINISTRATION_RE.finditer(self.body):
            start, end = match.span("name")
            if (
                any(word.lower() not in _TITLE_FIELDS for word in match.group("fields").split())
                or self._skipped(start)
                or any(s < end and start < e for s, e in taken)
            ):
                continue
            self._add(" ".join(match.group("name").split()), ActorKind.ORGANISATION, start, end, "")
            taken.append((start, end))

    def bodies_speaking_of_themselves(self, registry: list[ActorMention]) -> None:
        """Propose the name opening a sentence where it speaks of itself as "it" ("Acme said
        it would cut a shift", see _NAME_SPEAKS_OF_ITSELF_RE) as an organisation, with its
        other mentions in the story. No plural ("Exporters said it"), no word a name or a
        common capitalised word can be, and nobody's name or surname."""
        body = self.body
        taken = [(m.start, m.end) for m in registry]
        taken += [(m.start, m.end) for m in self.proposed]
        people = {
            word
            for m in (*registry, *self.proposed)
            if m.kind is ActorKind.PERSON
            for word in (m.name.split() + m.text.split())
        }
        names: list[str] = []
        for match in _NAME_SPEAKS_OF_ITSELF_RE.finditer(body):
            rest = match.group("rest")
            if (
                not _ITSELF_RE.search(rest) or _PERSON_PRONOUN_RE.search(rest)
            ) and _CAMEL_CASE_RE.match(match.group("name")) is None:
                continue
            start, end = match.span("name")
            name = match.group("name")
            words = name.split()
            if (
                # a plural ("Exporters said it"), but no name ending as no English plural
                # does ("Qantas", "Petronas", "Airbus")
                (words[-1].endswith("s") and not words[-1].endswith(_NO_PLURAL_ENDINGS))
                or any(
                    word.lower() in _NOT_MEMBER_WORDS
                    or word.lower() in ORG_SUFFIXES
                    or word in people
                    or word in self.matcher.country_of_form
                    for word in words
                )
                or self._skipped(start)
                or self.matcher.lookup(name) is not None
                or any(s < end and start < e for s, e in taken)
                # a surname: written after a given name elsewhere ("Jane Acme")
                or any(
                    before.lower() not in STOP_CAPITALS
                    for before in re.findall(rf"\b([A-Z][a-z]+) {re.escape(name)}\b", body)
                )
            ):
                continue
            names.append(name)
        for name in dict.fromkeys(names):
            self._add_each(name, rf"(?<![\w\-]){re.escape(name)}(?![\w\-]| [A-Z])", taken)

    def _add_each(self, key: str, pattern: str, taken: list[tuple[int, int]]) -> None:
        """Propose the organisation `key` at every match of `pattern` in the body outside
        the skipped spans and the spans `taken` (which each one proposed joins)."""
        for found in re.finditer(pattern, self.body):
            start, end = found.span()
            if self._skipped(start) or any(s < end and start < e for s, e in taken):
                continue
            self._add(key, ActorKind.ORGANISATION, start, end, "")
            taken.append((start, end))

    def _org_name_span(self, match: re.Match[str]) -> tuple[str, tuple[int, int]]:
        """Return the name group of a match without leading function words ("But Boeing")."""
        name, (start, end) = match.group("name"), match.span("name")
        while " " in name and name.split(" ", 1)[0].lower() in STOP_CAPITALS:
            first, name = name.split(" ", 1)
            start += len(first) + 1
        return name, (start, end)

    @staticmethod
    def _describes_organisation(match: re.Match[str], head: str) -> bool:
        """Return True when "the <words> <head>" describes a company ("the carmaker", "its
        American rival"), not a thing named with capitals ("the Pacific Rim company")."""
        det = match.group("det").lower()
        if any(
            w[:1].isupper()
            and not w.endswith(_ADJECTIVE_ENDINGS)
            # "the Montevideo-based consultancy": where it is based is no name's word
            and _OWNED_RE.search(w) is None
            for w in match.group("mods").split()
        ):
            return False
        if det == "the":
            return head in ORG_HEAD_NOUNS or head in _DEFINITE_ORG_HEAD_NOUNS
        return head in _ITS_ORG_HEAD_NOUNS or head in ORG_HEAD_NOUNS

    def expand_acronyms(self, registry: list[ActorMention]) -> None:
        """Give a proposed acronym ("FIEO president Jane Doe") the organisation it stands for
        where the body defines it ("Federation of Indian Export Organisations (FIEO)"),
        proposing that name when nothing names it yet: the initials must match its words."""
        body = self.body
        for index, mention in enumerate(self.proposed):
            text = mention.text
            if mention.kind is not ActorKind.ORGANISATION or not (
                2 <= len(text) <= 6 and text.isalpha() and text.isupper()
            ):
                continue
            defined = body.find(f" ({text})")
            if defined < 0:
                continue
            words = _ACRONYM_WORDS_RE.findall(body, max(0, defined - 120), defined)
            initials = [w for w in words if w[0].isupper()]
            if len(initials) < len(text):
                continue
            # the capitalised words right before the brackets, small words between them
            first = len(words)
            count = 0
            while first > 0 and count < len(text):
                first -= 1
                if words[first][0].isupper():
                    count += 1
                elif words[first] not in ("of", "for", "and", "&"):
                    break
            name_words = words[first:]
            if "".join(w[0] for w in name_words if w[0].isupper()) != text:
                continue
            name = " ".join(name_words)
            start = body.rfind(name, 0, defined)
            if start < 0 or start + len(name) != defined:
                continue
            end = defined
            owner = next(
                (
                    m
                    for m in [*registry, *self.proposed]
                    if m.start <= start and end <= m.end and m.kind is ActorKind.ORGANISATION
                ),
                None,
            )
            if owner is None:
                if self._skipped(start) or self.matcher.lookup(name) is not None:
                    continue
                self._add(canonical_name(name), ActorKind.ORGANISATION, start, end, "")
                owner = self.proposed[-1]
            self.proposed[index] = replace(
                mention, key=owner.key, name=owner.name, kind=owner.kind, proposed=owner.proposed
            )

    def _proposed_bodies_with_acronyms(self) -> Iterator[tuple[int, ActorMention, str]]:
        """Yield (index, mention, acronym) for each proposed body followed by an acronym in
        capitals in brackets ("the Example Trade Area (ETA)")."""
        body = self.body
        for index, mention in enumerate(self.proposed):
            if mention.kind is not ActorKind.ORGANISATION or not body.startswith(" (", mention.end):
                continue
            defined = _BRACKETED_ACRONYM_RE.match(body, mention.end)
            if defined is not None and defined["acronym"].isupper():
                yield index, mention, defined["acronym"]

    def names_spelled_by_acronyms(self, registry: list[ActorMention]) -> None:
        """Give a proposed body the words before it that its bracketed acronym spells out
        ("West Example Rum and Spirits Producers' Association (WERSPA)" found as "Spirits
        Producers' Association"): its initials end the acronym, and the capitalised words
        right before it, "and", "of", "for" and "&" between them, give the letters missing."""
        body = self.body
        taken = [(m.start, m.end, m.kind) for m in registry]
        grown: list[tuple[int, int]] = []
        for index, mention, acronym in self._proposed_bodies_with_acronyms():
            capitals = [w for w in _ACRONYM_WORDS_RE.findall(mention.text) if w[0].isupper()]
            initials = "".join(w[0] for w in capitals)
            if (
                not acronym.endswith(initials)
                and len(capitals) > 1
                and capitals[-1].lower() in ORG_SUFFIXES
            ):
                initials = initials[:-1]  # the head word left out: "… Exporters' Association (…E)"
            missing = acronym[: len(acronym) - len(initials)]
            if not initials or initials == acronym or not acronym.endswith(initials):
                continue
            words = list(
                _ACRONYM_WORDS_RE.finditer(body, max(0, mention.start - 80), mention.start)
            )
            start, at, listed = None, len(words), False
            while at > 0 and missing:
                at -= 1
                word = words[at]
                following = words[at + 1].start() if at + 1 < len(words) else mention.start
                gap = body[word.end() : following].strip()
                # punctuation between is no word of the name, but for a list's comma
                # ("Shoes, Bags and Leather Exporters' Association")
                if gap and not (gap == "," and listed and word.group()[0].isupper()):
                    break
                if word.group()[0].isupper():
                    if word.group()[0] != missing[-1] or word.group().lower() in STOP_CAPITALS:
                        break
                    missing, start = missing[:-1], word.start()
                elif word.group() not in ("and", "of", "for", "&"):
                    break
                listed = listed or word.group() in ("and", "&")
            if missing or start is None or self._skipped(start):
                continue
            # a registry name inside it is another actor, unless a country opens the name
            # ("Ruritania Growers' Association")
            if any(
                s < mention.start and start < e and not (s == start and kind is ActorKind.COUNTRY)
                for s, e, kind in taken
            ):
                continue
            name = canonical_name(body[start : mention.end])
            self.proposed[index] = replace(
                mention, key=name, name=name, start=start, text=body[start : mention.end]
            )
            grown.append((start, mention.start))
        if grown:
            # a proposal the grown name now holds was a piece of it
            self.proposed = [
                m for m in self.proposed if not any(s <= m.start and m.end <= e for s, e in grown)
            ]

    def bodies_of_acronym_tails(self) -> None:
        """Make a proposed "<organ> of the <body> (ACR)" the body its bracketed acronym
        spells, named after the "of" ("the Board of the Example Trade Area (ETA)"): the
        acronym is that body's short name, and the organ has no name of its own."""
        for index, mention, acronym in self._proposed_bodies_with_acronyms():
            for of in _OF_THE_RE.finditer(mention.text):
                tail = mention.text[of.end() :]
                words = _ACRONYM_WORDS_RE.findall(tail)
                capitals = [w for w in words if w[0].isupper()]
                if (
                    len(capitals) > 1
                    and "".join(w[0] for w in capitals) == acronym
                    and all(w[0].isupper() or w in ("and", "of", "for", "&") for w in words)
                    and self.matcher.lookup(tail) is None
                ):
                    self._proposed_kinds.setdefault(tail, ActorKind.ORGANISATION)
                    start = mention.start + of.end()
                    self.proposed[index] = replace(
                        mention, key=tail, name=tail, start=start, text=tail, role=""
                    )
                    break

    def acronyms_of_named_bodies(self, registry: list[ActorMention]) -> None:
        """Propose the later mentions of an acronym that a named body defines in brackets
        ("the Example Promotion Agency (EXPRO) … a spokesperson for EXPRO"), whatever its
        letters, where nothing else names the acronym: the body's own short name."""
        body = self.body
        bodies = [
            m
            for m in (*registry, *self.proposed)
            if m.kind is ActorKind.ORGANISATION and body.startswith(" (", m.end)
        ]
        if not bodies:
            return
        taken = [(m.start, m.end) for m in (*registry, *self.proposed)]
        for body_mention in bodies:
            defined = _BRACKETED_ACRONYM_RE.match(body, body_mention.end)
            if defined is None:
                continue
            acronym = defined.group("acronym")
            for hit in re.finditer(rf"(?<![\w\-]){re.escape(acronym)}(?![\w\-])", body):
                start, end = hit.span()
                if start < defined.end() or self._skipped(start) or body[start - 1 : start] == "(":
                    continue  # "(ACR)" again: a credit line or another definition
                if any(s < end and start < e for s, e in taken):
                    continue
                self.proposed.append(
                    replace(body_mention, start=start, end=end, text=acronym, role="")
                )
                taken.append((start, end))

    def bodies_known_as(self, registry: list[ActorMention]) -> None:
        """Propose the other name a body is "better known as" right after its name ("the
        Example Promotion Agency, better known as Expa,"), there and wherever it stands."""
        body = self.body
        taken = [(m.start, m.end) for m in [*registry, *self.proposed]]
        for mention in [*registry, *self.proposed]:
            if (
                mention.kind is not ActorKind.ORGANISATION
                or body[mention.end : mention.end + 1] != ","
            ):
                continue
            known = _KNOWN_AS_RE.match(body, mention.end)
            if known is None:
                continue
            name = known["name"]
            if (
                name.split()[0].lower() in STOP_CAPITALS
                or self.matcher.lookup(name) is not None
                or name in self.matcher.country_of_form
            ):
                continue
            self._add_each(mention.key, rf"(?<![\w\-]){re.escape(name)}(?![\w\-]| [A-Z])", taken)

    def bodies_with_word_acronyms(self, registry: list[ActorMention]) -> None:
        """Propose a body named by capitalised words that a short name said as a word
        follows in brackets ("Aluminium Example (Alex), which runs …"), and that short name
        wherever it stands again ("a spokesman for Alex said"): the short name is made of
        prefixes of the name's words (_spelled_by_prefixes) and names no place."""
        body = self.body
        taken = [(m.start, m.end) for m in [*registry, *self.proposed]]
        for match in _BRACKETED_WORD_ACRONYM_RE.finditer(body):
            acronym, defined = match["acronym"], match.start()
            if (
                acronym.lower() in STOP_CAPITALS
                or acronym.lower() in self.matcher._all_capitals
                or acronym in self.matcher.country_of_form
                or self.matcher.lookup(acronym) is not None
            ):
                continue
            named = next(
                (
                    m
                    for m in [*registry, *self.proposed]
                    if m.kind is ActorKind.ORGANISATION
                    and defined - 8 <= m.end <= defined
                    and _COMPANY_FORM_RE.fullmatch(body, m.end, defined)
                    and _spelled_by_prefixes(
                        acronym.lower(),
                        [w.lower() for w in m.text.split() if w[:1].isupper()],
                    )
                ),
                None,
            )
            if named is not None:
                # "Example Exporters Confederation, Inc. (Exex)": a body named already
                self._add_each(named.key, rf"(?<![\w\-(]){re.escape(acronym)}(?![\w\-)])", taken)
                continue
            words = _ACRONYM_WORDS_RE.findall(body, max(0, defined - 80), defined)
            first = len(words)
            while first > 0 and (
                words[first - 1][0].isupper() or words[first - 1] in ("of", "and", "&")
            ):
                first -= 1
            while first < len(words) and not words[first][0].isupper():
                first += 1
            name_words = words[first:]
            capitals = [w for w in name_words if w[0].isupper()]
            # the longest name the short name spells, of two capitalised words or more
            while len(capitals) >= 2 and not _spelled_by_prefixes(
                acronym.lower(), [w.lower() for w in capitals]
            ):
                name_words = name_words[name_words.index(capitals[1]) :]
                capitals = capitals[1:]
            if len(capitals) < 2 or any(
                w.lower() in STOP_CAPITALS or w.lower() in THING_WORDS for w in capitals
            ):
                continue
            name = " ".join(name_words)
            start = body.rfind(name, 0, defined)
            if start < 0 or start + len(name) != defined or self._skipped(start):
                continue
            owner = next(
                (
                    m
                    for m in [*registry, *self.proposed]
                    if m.kind is ActorKind.ORGANISATION and m.start <= start < m.end <= defined
                ),
                None,
            )
            if owner is None:
                if any(s < defined and start < e for s, e in taken) and not all(
                    m.kind is ActorKind.COUNTRY
                    for m in registry
                    if m.start < defined and start < m.end
                ):
                    continue
                if self.matcher.lookup(name) is not None:
                    continue
                self._add(canonical_name(name), ActorKind.ORGANISATION, start, defined, "")
                owner = self.proposed[-1]
            self._add_each(owner.key, rf"(?<![\w\-(]){re.escape(acronym)}(?![\w\-)])", taken)

    def bodies_defining_acronyms(self, registry: list[ActorMention]) -> None:
        """Propose a name in a language the rules have no heads for that defines its acronym
        and then acts or is described as a body ("Ruritanya Serikat Pekerja (RSP) said",
        "The Ruritanya Kisan Manch (RKM), the largest union,"): the initials must match."""
        body = self.body
        taken = [(m.start, m.end) for m in [*registry, *self.proposed]]
        for match in _DEFINED_ACRONYM_RE.finditer(body):
            acronym = match["acronym"]
            cue = match["cue"]
            if cue.startswith(",") and not any(
                word in _ORG_HEAD_WORDS for word in cue.lower().replace(",", " ").split()
            ):
                continue
            defined = match.start()
            words = _ACRONYM_WORDS_RE.findall(body, max(0, defined - 120), defined)
            name_words = words[-len(acronym) :] if len(words) >= len(acronym) else []
            if (
                len(name_words) < 2
                or "".join(w[0] for w in name_words) != acronym
                or not all(w[0].isupper() for w in name_words)
                or any(w.lower() in THING_WORDS or w.lower() in STOP_CAPITALS for w in name_words)
            ):
                continue
            name = " ".join(name_words)
            start = body.rfind(name, 0, defined)
            if start < 0 or start + len(name) != defined:
                continue
            if self._skipped(start) or any(s < defined and start < e for s, e in taken):
                continue
            if self.matcher.lookup(name) is not None:
                continue
            self._add(name, ActorKind.ORGANISATION, start, defined, "")
            taken.append((start, defined))

    def _organisation_name(
        self, name: str, start: int, end: int, taken: list[tuple[int, int]]
    ) -> bool:
        """Return True when a head noun's name can be proposed as an organisation: no
        registry actor or proposal there, no function, place, title or nation word in it."""
        if self._skipped(start) or any(s < end and start < e for s, e in taken):
            return False
        if self.matcher.lookup(name) is not None:
            return False
        words = name.replace("\u00a0", " ").split(" ")
        for position, word in enumerate(words):
            lower = word.lower().rstrip("’'")
            if word == "&" or (position and lower in NAME_PARTICLES | {"of"}):
                continue  # "Bodegas de Argentina", "Wines of Chile"
            if len(words) > 1 and self._country_word(word):
                continue  # "UK Steel"
            if (
                lower in STOP_CAPITALS
                or lower in THING_WORDS
                or lower in _ROLE_WORDS
                or lower in HONORIFIC_ABBREVIATIONS
                or lower in _SENTENCE_ADVERBS
                or lower.endswith("ly")
                or self.matcher.lookup(word) is not None
            ):
                return False
        # "American", "Japanese", "British": a nation's adjective
        return not (len(words) == 1 and words[0].lower().endswith(_ADJECTIVE_ENDINGS[:3]))

    def _country_word(self, word: str) -> bool:
        """Return True when the registry knows the word as a country's name or alias."""
        ref = self.matcher.lookup(word)
        return ref is not None and ref.kind is ActorKind.COUNTRY

    def _after_title(self, run: list[int]) -> list[int]:
        """Return the phrase without a title naming its post in it ("Deputy Director of the
        Department of Example Policy" is the department), or the phrase itself."""
        tokens = self.tokens
        index = 0
        while index < len(run) - 2 and tokens[run[index]].lower in _ROLE_WORDS:
            index += 1
        if (
            index
            and tokens[run[index - 1]].lower in ROLE_HEADS
            and tokens[run[index]].lower
            in (
                "of",
                "for",
            )
        ):
            return run[index + 1 :]
        return run

    def _organisation(self, run: list[int]) -> bool:
        """Propose the phrase as an organisation when it ends in a suffix; return True if so."""
        tokens = self.tokens
        run = self._after_title(run)
        words = [tokens[i].lower for i in run]
        start, end = tokens[run[0]].start, tokens[run[-1]].end
        # "the Canadian Manufacturers & Exporters association": a lowercase suffix after a
        # name of several capitalised words says what the name is
        by_suffix = (
            words[-1] in ORG_SUFFIXES
            # "the Example Bloc Secretariat General": a head, then "General", closing a name
            or (words[-1] == "general" and len(words) > 2 and words[-2] in ORG_HEADS)
        ) or (
            len(run) > 1
            and _LOWERCASE_SUFFIX_AFTER_RE.match(self.body, end) is not None
            and _THE_BEFORE_RE.search(self.body, max(0, start - 4), start) is not None
        )
        # both ways need an "of" or a "for" inside the phrase
        by_head = (
            ("of" in words or "for" in words)
            and (
                any(
                    (head in ORG_HEADS or (head[-1:] == "s" and head[:-1] in ORG_HEADS))
                    and following in ("of", "for")
                    for head, following in pairwise(words[:-1])
                )
                # "State Statistics Service of Ruritania": a service of its country
                or (
                    len(words) > 2
                    and words[-3:-1] == ["service", "of"]
                    and self.covering[run[-1]] is not None
                    and self.covering[run[-1]].kind is ActorKind.COUNTRY
                )
                # "Directorate General of Trade Remedies", "Secretariat General for …"
                or (
                    "general" in words
                    and any(
                        head in ORG_HEADS and general == "general" and following in ("of", "for")
                        for head, general, following in zip(
                            words, words[1:], words[2:-1], strict=False
                        )
                    )
                )
                or self._members_of_country_phrase(run)
                # "Customs Service under the Government of Ruritania"
                or (self._seats and self._after_seat(run))
            )
        )
        if not (by_suffix or by_head):
            return False
        if by_suffix and words[-1] in _ABBREVIATED_SUFFIXES and self.body[end : end + 1] == ".":
            end += 1
        text = self.body[start:end]
        first = self.covering[run[0]]
        if (
            first is not None
            and first.kind is ActorKind.ORGANISATION
            and first.start == start
            and self.body[first.end : first.end + 4] in (" of ", " for")
        ):
            return True  # "Liberal Democratic Party of Japan": the registry organisation
        if (
            len(run) < 2
            or self._skipped(start)
            or normalise_name(text) in NOT_ORGANISATIONS
            or all(self.covering[i] is not None for i in run)
            # "U.N. General Assembly": a registry organisation with a qualifier before it
            or self._qualified_registry_organisation(run, end)
            or all(w in _ORG_SHAPE_WORDS for w in words)
            or (by_suffix and self._generic_body(words))
        ):
            return True  # an organisation-shaped phrase, but nothing to propose
        if self.matcher.lookup(text) is not None:
            return True
        known = self._owned_by_country(run[0], text) or self._of_story_country(text)
        if known is not None:
            self.proposed.append(
                ActorMention(
                    key=known.key,
                    name=known.name,
                    kind=known.kind,
                    start=start,
                    end=end,
                    text=text,
                )
            )
            return True
        self._add(canonical_name(text), ActorKind.ORGANISATION, start, end, "")
        return True

    @staticmethod
    def _generic_body(words: list[str]) -> bool:
        """Return True for "(the) Joint Committee": a generic word and a suffix, no name."""
        if words[0] in _DETERMINERS:
            words = words[1:]
        return len(words) == 2 and words[0] in _GENERIC_BODY_WORDS

    def _of_story_country(self, text: str) -> ActorRef | None:
        """Return the registry body "<text> of <country>" when exactly one country the
        story names has one ("the Ministry of Commerce and Industry" in a story naming
        India: "Ministry of Commerce and Industry of India"), or None."""
        if not text.startswith(("Ministry ", "Department ", "the Ministry ", "the Department ")):
            return None
        countries = {m.name for m in self.covering if m is not None and m.kind is ActorKind.COUNTRY}
        found = {
            ref.key: ref
            for ref in (self.matcher.lookup(f"{canonical_name(text)} of {c}") for c in countries)
            if ref is not None
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _owned_by_country(self, first: int, text: str) -> ActorRef | None:
        """Return the registry organisation "China's Ministry of Commerce" names when the
        registry writes it "Ministry of Commerce of China", or None."""
        if first == 0:
            return None
        country = self.covering[first - 1]
        gap = self.body[self.tokens[first - 1].end : self.tokens[first].start]
        if country is None or country.kind is not ActorKind.COUNTRY or gap not in ("'s ", "’s "):
            return None
        return self.matcher.lookup(f"{text} of {country.name}")

    def _members_of_country_phrase(self, run: list[int]) -> bool:
        """Return True when the whole phrase is "<members> of <country>"."""
        words = [self.tokens[i].lower for i in run]
        if "of" not in words[2:]:
            return False
        at = words.index("of", 2)
        country = {id(self.covering[i]) for i in run[at + 1 :]}
        return len(country) == 1 and self._members_of_country(run[:at], run[at + 1])

    def _qualified_registry_organisation(self, run: list[int], end: int) -> bool:
        """Return True when the phrase ends with a registry organisation's name ("U.N.
        General Assembly"), unless that name is a bare body title ("Congress") after words
        no actor covers: "Malaysian Trades Union Congress" is a body of its own."""
        mention = self.covering[run[-1]]
        if mention is None or mention.end != end or mention.kind is not ActorKind.ORGANISATION:
            return False
        # "Court of Justice of the Example Community": a body of its own, named for the one
        # it belongs to after its own "<head> of"
        before = [self.tokens[i].lower for i in run if self.tokens[i].end <= mention.start]
        if (
            len(before) > 3
            and before[-1] == "of"
            and any(h in ORG_HEADS and o in ("of", "for") for h, o in pairwise(before[:-1]))
        ):
            return False
        return mention.text.lower() not in ORG_SUFFIXES or all(
            self.covering[i] is not None or self.tokens[i].lower in _DETERMINERS for i in run[:-1]
        )

    # ---- people ------------------------------------------------------------------------

    def _name_like(self, index: int) -> bool:
        """Return True when the word can be part of a person's name."""
        token = self.tokens[index]
        mention = self.covering[index]
        if mention is not None:
            return mention.kind == ActorKind.PERSON
        if token.lower in NAME_PARTICLES:
            return True
        if token.lower in _DAY_ABBREVIATIONS and self._inside_name(index):
            return True  # "Phan Thị Thu Trang", "Sun" or "Jun" of a Chinese or Korean name
        if token.lower in _SHEIKH and token.capital:
            return self._sheikh_of_name(index)
        if token.lower in _NAME_HONORIFICS:
            return False  # "Khun Jane Doe": the courtesy title is no part of the name
        if token.lower in _TWO_WORD_HONORIFICS and self._in_two_word_honorific(index):
            return False  # "Tan Sri Azman Hashim", "Puan Sri": not the surname Tan
        if token.lower in STOP_CAPITALS and token.capital and self._ends_long_name(index):
            return True  # "Jane Doe An": a given name that is also a short English word
        if (
            token.text in ("A", "I")
            and self.body[token.end : token.end + 1] == "."
            and index
            and self._joined(self.tokens[index - 1], token)
            and self.tokens[index - 1].capital
            and self.tokens[index - 1].lower not in STOP_CAPITALS
        ):
            return True  # "John A. Doe": an initial that is also a word, after a given name
        if not token.capital or token.lower in STOP_CAPITALS or token.lower in ROLE_HEADS:
            return False
        if token.lower in HONORIFIC_ABBREVIATIONS and self.body[token.end : token.end + 1] == ".":
            return False
        return not (token.lower in ROLE_MODIFIERS and token.lower not in ("general",))

    def _in_two_word_honorific(self, index: int) -> bool:
        """Return True when the word at `index` is half of a Malaysian honorific written in
        two words ("Tan Sri", "Puan Sri", "Toh Puan")."""
        tokens, body = self.tokens, self.body
        for first in (index - 1, index):
            if 0 <= first < len(tokens) - 1:
                pair = (tokens[first], tokens[first + 1])
                if (pair[0].text, pair[1].text) in _TWO_WORD_HONORIFIC_PAIRS and body[
                    pair[0].end : pair[1].start
                ] == " ":
                    return True
        return False

    def _sheikh_of_name(self, index: int) -> bool:
        """Return True when "Sheikh" at `index` is a word of a South Asian name ("Sheikh
        Hasina", "Sheikh Bashir Uddin"): capitalised words follow it and none is an Arabic
        name's "bin", "bint" or "Al", which make it a Gulf honorific ("Sheikh Mohamed bin
        Zayed")."""
        tokens, body = self.tokens, self.body
        following = 0
        for position in range(index + 1, min(index + 6, len(tokens))):
            before, token = tokens[position - 1], tokens[position]
            if body[before.end : token.start] != " ":
                break
            if token.lower in _ARABIC_NAME_LINKS or token.lower.startswith(("al-", "el-")):
                return False
            if not token.capital:
                break
            following += 1
        return following > 0

    def _ends_long_name(self, index: int) -> bool:
        """Return True when a short capitalised word that is also an English function word
        ("An", "So") ends a name of three words: two name words before it with single spaces,
        and no capitalised word after it ("Jane Doe An said")."""
        tokens, body = self.tokens, self.body
        token = tokens[index]
        if len(token.text) > _SHORT_NAME_WORD or index < 2 or not token.text[1:].islower():
            return False
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and following.capital and body[token.end : following.start] == " ":
            return False
        words = tokens[index - 2 : index + 1]
        return all(
            body[before.end : after.start] == " " for before, after in pairwise(words)
        ) and all(
            t.capital
            and t.text[1:].islower()
            and t.lower not in STOP_CAPITALS
            and t.lower not in THING_WORDS
            and t.lower not in _ROLE_WORDS
            and t.lower not in ORG_SUFFIXES
            for t in words[:2]
        )

    def _inside_name(self, index: int) -> bool:
        """Return True when the word sits between two capitalised words of a name, with a
        single space on either side ("Thị Thu Trang")."""
        tokens, body = self.tokens, self.body
        if not 0 < index < len(tokens) - 1:
            return False
        before, word, after = tokens[index - 1], tokens[index], tokens[index + 1]
        return (
            body[before.end : word.start] == " "
            and body[word.end : after.start] == " "
            and all(
                t.capital and t.lower not in STOP_CAPITALS and t.lower not in ROLE_HEADS
                for t in (before, after)
            )
        )

    def _name_part(self, run: list[int]) -> list[int]:
        """Return the name at the end of a capitalised phrase (after any title)."""
        name: list[int] = []
        for index in reversed(run):
            if not self._name_like(index):
                break
            name.insert(0, index)
        # "von der Leyen" after a title loses its particles; a capitalised one opens a
        # name ("Le Thi Minh Hoa", "De Gaulle", "Van Rompuy")
        while (
            name
            and self.tokens[name[0]].lower in NAME_PARTICLES
            and not (self.tokens[name[0]].capital and len(name) > 2)
        ):
            name.pop(0)
        # "Minister of Production and Investment Jane Mary Doe", "Minister-in-charge of Trade
        # Relations Jane Doe": a portfolio's word opens no personal name, so the title goes on
        while len(name) > 2 and self.tokens[name[0]].lower in _PORTFOLIO_WORDS:
            name.pop(0)
        # "Undersecretary for International Economic Relations Claudia Sanhueza Riveros":
        # a title's field ends before the name, and no field word is part of one
        for position in range(len(name) - 3, -1, -1):
            if self.tokens[name[position]].lower in _FIELD_TAIL_WORDS:
                name = name[position + 1 :]
                break
        # "Secretary of State Mike Pompeo": the word after "of" belongs to the title
        first = run.index(name[0]) if name else 0
        if len(name) > 2 and first > 0 and self.tokens[run[first - 1]].lower in ("of", "for"):
            name.pop(0)
        return name

    def _plausible_person(self, name: list[int]) -> bool:
        """Return True for 2–4 capitalised words that look like a personal name."""
        words = [self.tokens[i] for i in name if self.tokens[i].lower not in NAME_PARTICLES]
        # an initial is no word of the count ("Ricardo A. Martínez de Hoz Campos")
        if len(words) > 4:
            words = [words[0], *(t for t in words[1:-1] if len(t.text) > 1), words[-1]]
        if not 2 <= len(words) <= 4:
            return False
        for position, token in enumerate(words):
            # "Park Sung-ho": a family name written first, a hyphenated given name after
            family_first = (
                position == 0
                and token.lower in FAMILY_NAME_FIRST
                and len(words) == 2
                and "-" in words[1].text
            )
            if (token.lower in THING_WORDS or token.lower in ORG_SUFFIXES) and not family_first:
                return False
            letters = token.text.replace("-", "")
            if position == 0 and _DOTTED_INITIALS_RE.fullmatch(letters):
                continue  # "K.R. Jane Doe": initials written without a space between them
            if len(letters) > 1 and letters.isupper():
                return False  # an acronym is no part of a name
        return True

    def _prefix_role(self, prefix: list[int]) -> str:
        """Return the title before a name inside the capitalised phrase ("Trade Representative")."""
        tokens = self.tokens
        while len(prefix) > 1 and tokens[prefix[-1]].lower in _NAME_HONORIFICS:
            prefix = prefix[:-1]  # "UAE President Sheikh Mohamed …": the title before it
        if tokens[prefix[-1]].lower not in _ROLE_OR_HONORIFIC and not any(
            # "Secretary of the Treasury": a title head with its "of" complement
            tokens[head].lower in ROLE_HEADS and tokens[of].lower in ("of", "for")
            for head, of in pairwise(prefix)
        ):
            return ""
        # the country naming the government ("Japanese", "U.S.") is a mention, not the role
        first = 0
        while first < len(prefix) and self.covering[prefix[first]] is not None:
            first += 1
        last = tokens[prefix[-1]]
        if first == len(prefix) or last.lower in _COURTESY_TITLES:
            return ""
        end = last.end + 1 if last.lower in HONORIFIC_ABBREVIATIONS else last.end
        return self.body[tokens[prefix[first]].start : end]

    def _lowercase_role(self, name_start: int) -> str:
        """Return a lowercase role phrase right before a name ("leader", "trade minister")."""
        tokens = self.tokens
        index = name_start - 1
        # "deputy secretary-general Datuk Jane Doe", "president Tan Sri Jane Doe": the
        # honorifics (at most two words) stand between the role and the name
        while (
            index >= 0
            and name_start - index <= 2
            and tokens[index].capital
            and (
                tokens[index].lower in _NAME_HONORIFICS
                or (
                    tokens[index].lower in _TWO_WORD_HONORIFICS
                    and self._in_two_word_honorific(index)
                )
            )
            and self._joined(tokens[index], tokens[index + 1])
        ):
            index -= 1
        bracketed = False
        if (
            index > 0
            and self.body[tokens[index].end : tokens[index].end + 2] == ") "
            and _ROLE_FIELD_BRACKET_RE.match(self.body, tokens[index - 1].end) is not None
        ):
            # "deputy secretary-general (trade) Jane Doe": the post's field in brackets
            index -= 1
            bracketed = True
        if index < 0 or tokens[index].capital:
            return ""
        first = index
        if tokens[index].lower not in ROLE_HEADS:
            if not (
                tokens[index].lower == "general"  # "secretary general", "director general"
                and index > 0
                and not tokens[index - 1].capital
                and tokens[index - 1].lower in ROLE_HEADS
                and self._joined(tokens[index - 1], tokens[index])
            ):
                return ""
            first = index - 1
        if not bracketed and not self._joined(tokens[index], tokens[index + 1]):
            return ""
        while (
            first > 0
            and index - first < 4
            and not tokens[first - 1].capital
            and tokens[first - 1].lower in _ROLE_WORDS
            and self._joined(tokens[first - 1], tokens[first])
        ):
            first -= 1
        return self.body[tokens[first].start : tokens[index].end]

    def _appositive(self, name_end: int) -> str:
        """Return the role in ", <role phrase>," right after a name, or ""."""
        match = _APPOSITIVE_RE.match(self.body, name_end)
        if match is None:
            return ""
        clause_start = match.start(1)
        words = list(_WORD_RE.finditer(self.body, clause_start, match.end(1)))
        if not words or len(words) > _APPOSITIVE_MAX_WORDS:
            return ""
        position = 0
        if words[0].group().lower() in _APPOSITIVE_OPENERS:
            position = 1
        # "Japan's deputy chief negotiator": a country in the genitive opens the phrase
        while position < len(words) and self._registry_at(words[position].start()):
            position += 1
        if position >= len(words):
            return ""
        if words[position].group().lower() in _APPOSITIVE_OPENERS:
            position += 1
        # "the group's head of international affairs": the owner before the role
        if (
            position + 1 < len(words)
            and words[position].group().islower()
            and _POSSESSIVE_RE.match(self.body, words[position].end()) is not None
        ):
            position += 1
        heads = [
            i
            for i in range(position, min(len(words), position + 5))
            if words[i].group().lower() in _APPOSITIVE_ROLE_HEADS
        ]
        leading = words[position : heads[0]] if heads else []
        # "a trade law expert", "a development economist": a profession takes any field
        profession = bool(heads) and words[heads[0]].group().lower() in _FIELD_ROLE_HEADS
        if not heads or any(
            w.group().lower() not in _APPOSITIVE_ROLE_WORDS
            and not (profession and w.group().islower())
            and not w.group()[:1].isupper()
            # "the commerce and industry minister": "and" between two role words
            and not (w.group() == "and" and 0 < at < len(leading) - 1)
            for at, w in enumerate(leading)
        ):
            return ""
        role_start = words[position].start()
        return self.body[role_start : match.end(1)].strip()

    def _listed_title(self, list_start: int, name_start: int) -> str:
        """Return the title whose list of fields ends before a name ("Minister of Economy,
        Trade and Industry" before "Jane Doe"), or "" when no role head opens it."""
        head = _TITLE_HEAD_BEFORE_RE.search(self.body, max(0, list_start - 40), list_start)
        if head is None or head.group(1).lower() not in ROLE_HEADS:
            return ""
        return self.body[head.start(1) : name_start].strip()

    def _role_before_comma(self, start: int, name_end: int) -> str:
        """Return the role in "<role>, NAME," or "<role>, NAME said" ("Its chairman, Kim
        Young-ju, said"), or ""."""
        honorifics = _HONORIFICS_END_RE.search(self.body, max(0, start - 40), start)
        if honorifics is not None:
            start = honorifics.start()
        if self.body[start - 2 : start] != ", ":
            return ""
        window = max(0, start - 90)  # "secretary at the Ministry of Industry, Commerce and …, "
        match = _ROLE_BEFORE_COMMA_RE.search(self.body, window, start)
        if match is None or match.group(1).lower() not in ROLE_HEADS:
            match = _LOWERCASE_POST_BEFORE_COMMA_RE.search(self.body, window, start)
            if match is None or match.group("head") not in ROLE_HEADS:
                return self._long_role_after_said(start, name_end)
        # "The rapporteur, Jane Doe of the EPP, told": an affiliation may follow the name
        affiliation = _AFFILIATION_RE.match(self.body, name_end)
        if affiliation is not None:
            name_end = affiliation.end()
        following = self.body[name_end : name_end + 1]
        # "headed by its chief negotiator, Jane Doe." ends the sentence with the name
        if following not in ",." and not _SPEECH_AFTER_RE.match(self.body, name_end):
            return ""
        opens = match.start("post") if "post" in match.re.groupindex else match.start(1)
        return self.body[opens : match.end()].rstrip(", \t")

    def _long_role_after_said(self, start: int, name_end: int) -> str:
        """Return the role in "said the <role ...>, NAME." when the name closes the
        sentence after a long appositive ("said the deputy minister in charge of trade and
        Ruritania's lead negotiator, Jane Doe."; "said the chief negotiator, who has led the
        talks since 2020, Jane Doe."), else "": the role's first words up to a comma or
        "who"."""
        if (
            self.body[name_end : name_end + 1] != "."
            or "said the " not in self.body[max(0, start - 240) : start]
        ):
            return ""
        match = _LONG_ROLE_AFTER_SAID_RE.search(self.body, max(0, start - 240), start)
        if match is None:
            return ""
        return _ROLE_CUT_RE.split(match.group("role"), maxsplit=1)[0].strip()

    def _registry_at(self, offset: int) -> bool:
        """Return True when a registry mention covers the word starting at offset."""
        index = self._token_at.get(offset)
        return index is not None and self.covering[index] is not None

    def _free_standing(self, run: list[int]) -> bool:
        """Return False when a determiner or preposition makes the phrase a thing or place."""
        start = self.tokens[run[0]].start
        previous = _PREVIOUS_WORD_RE.search(self.body, max(0, start - 16), start)
        if previous is None:
            return True
        word = previous.group(1).lower()
        return word not in _DETERMINERS and word not in _PREPOSITIONS

    def _bio_role(self, name_end: int) -> bool:
        """Return True when "is a <role> at/with ..." follows the name (a contributor's
        note: "Jane Doe is a research fellow at the Example Institute")."""
        match = _BIO_ROLE_RE.match(self.body, name_end)
        return match is not None and any(
            word.lower() in _BIO_ROLE_HEADS for word in match.group("role").split()
        )

    def _speaks(self, name_end: int, after_appositive: bool) -> bool:
        """Return True when a speech verb follows the name, the appositive after it, a
        relative clause after it or an affiliation ("of the Example Institute")."""
        if _SPEECH_AFTER_RE.match(self.body, name_end):
            return True
        # "…, Jane Doe, who said …": a person's relative pronoun before the verb
        if self.body.startswith(", who", name_end) and _SPEECH_AFTER_RE.match(
            self.body, name_end + 5
        ):
            return True
        for between in (_RELATIVE_CLAUSE_RE, _AFFILIATION_RE, _BRACKET_ASIDE_RE):
            match = between.match(self.body, name_end)
            if match is not None and _SPEECH_AFTER_RE.match(self.body, match.end()):
                return True
        if after_appositive:
            match = _APPOSITIVE_RE.match(self.body, name_end)
            if match is not None:
                rest = self.body[match.end(1) :].lstrip(",")
                return _SPEECH_AFTER_RE.match(" " + rest.lstrip()) is not None
        return False

    def _bracketed_speaker(self, start: int, name_end: int) -> bool:
        """Return True for a name set off by commas before a speech verb ("A spokesman for
        the ministry, <name>, told a briefing")."""
        return (
            self.body[start - 2 : start] == ", "
            and self.body[name_end : name_end + 1] == ","
            and _SPEECH_AFTER_RE.match(self.body, name_end + 1) is not None
        )

    def _spoken_of(self, first: int) -> bool:
        """Return True for "said NAME" and "according to NAME"."""
        start = self.tokens[first].start
        return _SPEECH_BEFORE_RE.search(self.body, max(0, start - 36), start) is not None

    # ---- surnames ----------------------------------------------------------------------

    def _speaker_at(self, token: _Token) -> bool:
        """Return True when the word stands where a speaker does: before a speech verb
        ("Tanaka said"), or after "said" or "according to"."""
        body = self.body
        return (
            _SPEECH_AFTER_RE.match(body, token.end) is not None
            or _SPEAKER_BEFORE_RE.search(body, max(0, token.start - 14), token.start) is not None
        )

    def surname_mentions(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """Return mentions of a surname alone after the person's full name was mentioned."""
        full: list[tuple[int, str, ActorMention]] = []
        for mention in mentions:
            if mention.kind != ActorKind.PERSON:
                continue
            words = mention.name.split()
            if len(words) == 1 and mention.text == mention.name:
                # "Sutomo told reporters" after "the ambassador, Sutomo, who …": a
                # single name again where a speaker stands
                full.append((mention.end, _SPEAKING + mention.name, mention))
                continue
            if len(words) < 2 or len(mention.text.split()) < 2:
                continue
            full.append((mention.end, words[-1], mention))
            if words[0].lower() in FAMILY_NAME_FIRST and len(words) <= 3:
                full.append((mention.end, words[0], mention))  # "Liu" after "Liu He"
            else:
                full.append((mention.end, "Sir " + words[0], mention))  # "Sir Keir"
            # "Mr Koh" after "Daniel Koh Seng Huat", "Ms Mora" after "Daniela Mora Andrade":
            # an inner word of a long name, after a courtesy title, is the family name
            for inner in words[1:-1] if len(words) > 2 else ():
                if inner[:1].isupper() and inner.lower() not in NAME_PARTICLES:
                    full.append((mention.end, "Mr " + inner, mention))
            # "Tanaka said" after "Tanaka Hiroshi", "Budi told" after "Budi Santoso",
            # "Sanhueza said" after "Claudia Sanhueza Riveros": the first of two words, or the
            # middle of three, alone where a speaker stands, is that person; of four, either
            # inner word ("Mendoza said" after "Ana Lucía Mendoza Treviño", "Koh said" after
            # "Daniel Koh Jun Wei"): a story calls its speaker by the family name, never by
            # one of several given names alone
            # Indonesian, Thai and other given-name-first stories call the speaker by the
            # first word ("Dewi said" after "Dewi Ayu Kartikasari"): it counts too
            for word in {2: words[:1], 3: words[:2], 4: words[:3]}.get(len(words), ()):
                if word[:1].isupper() and word.lower() not in NAME_PARTICLES:
                    full.append((mention.end, _SPEAKING + word, mention))
            # "Quispe said" after "María del Carmen Quispe Mamani": of five words or more,
            # the first of two family names closing it
            if (
                len(words) >= 5
                and words[-2][:1].isupper()
                and words[-3].lower() not in NAME_PARTICLES
                and words[-2].lower() not in NAME_PARTICLES
            ):
                full.append((mention.end, _SPEAKING + words[-2], mention))
            # "De la Fuente" after "María José de la Fuente Ortega", "van Dijk" after "Anna
            # van Dijk Smit": a surname with its particles, written in either case
            for index in range(1, len(words) - 1):
                if words[index].lower() in _SURNAME_PARTICLES and (
                    words[index - 1].lower() not in NAME_PARTICLES
                ):
                    end = index
                    while end < len(words) and words[end].lower() in NAME_PARTICLES:
                        end += 1
                    if end < len(words) and words[end][:1].isupper():
                        particles = " ".join(words[index:end]).lower()
                        full.append((mention.end, f"{_PARTICLED}{particles} {words[end]}", mention))
        if not full:
            return []
        particled = any(key.startswith(_PARTICLED) for _, key, _ in full)
        full.sort(key=lambda item: item[0])
        taken = sorted((m.start, m.end) for m in mentions)
        found: list[ActorMention] = []
        latest: dict[str, ActorMention] = {}
        pointer = 0
        covered = 0
        full_count, taken_count = len(full), len(taken)
        for token in self.tokens:
            if not token.capital:
                continue
            # both cursors only move forward with token.start: advanced where they are read
            while pointer < full_count and full[pointer][0] <= token.start:
                latest[full[pointer][1]] = full[pointer][2]
                pointer += 1
            person = latest.get(token.text)
            start = token.start
            if person is None and particled:
                particles = _PARTICLES_BEFORE_RE.search(
                    self.body, max(0, token.start - 16), token.start
                )
                if particles is not None:
                    key = " ".join(particles.group().split()).lower()
                    person = latest.get(f"{_PARTICLED}{key} {token.text}")
                    start = particles.start() if person is not None else start
            if person is None:
                speaking = latest.get(_SPEAKING + token.text)
                if speaking is not None and self._speaker_at(token):
                    # the story already calls that person by another word of the name
                    # ("Mr Roe" ... "Seng said"): this one is a given name, someone else's
                    if {m.text for m in found if m.key == speaking.key} - {token.text}:
                        continue
                    person = speaking
                else:
                    if (
                        "Sir " + token.text not in latest
                        and "Dame " + token.text not in latest
                        and "Mr " + token.text not in latest
                    ):
                        continue  # no titled name to look for either
                    before = self.body[max(0, token.start - 6) : token.start]
                    if _COURTESY_END_RE.search(before):
                        title = "Mr "
                    else:
                        title = "Dame " if before.endswith("Dame ") else "Sir "
                        if not before.endswith(title):
                            continue
                    if title + token.text not in latest:
                        continue
                    person = latest[token.text] = latest[title + token.text]
            while covered < taken_count and taken[covered][1] <= token.start:
                covered += 1
            if covered < taken_count and taken[covered][0] <= token.start:
                continue  # already part of a mention
            if token.lower in STOP_CAPITALS and not (
                # "An told reporters" after "Jane Doe An": the name's own last word,
                # where a speaker stands
                token.text == person.name.split()[-1] and self._speaker_at(token)
            ):
                continue
            found.append(
                ActorMention(
                    key=person.key,
                    name=person.name,
                    kind=person.kind,
                    start=start,
                    end=token.end,
                    text=self.body[start : token.end],
                    proposed=person.proposed,
                )
            )
        return found
