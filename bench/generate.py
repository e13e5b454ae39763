"""Synthetic trade-negotiation news articles for the benchmarks.

Our own templates (not copies of the seeds): headlines, date lines, bylines and datelines,
paragraphs whose sentences carry absolute and relative dates, quotes attributed before and
after, photo captions, outlet credits and page boilerplate. Actors come from
fixtures/actors.json, plus invented officials and organisations so the importer has names
to propose. Articles are grouped into stories of a few articles each, published by
different outlets within days of each other, so events merge across articles as they do in
real coverage.

Deterministic: article `i` of seed `s` is always the same text, whatever else is generated,
so slices can be produced independently.

    python bench/generate.py --count 1000 --seed 7 --out /tmp/articles
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# The corpus spans these years; stories are spread evenly across them.
FIRST_DAY = date(2015, 1, 1)
LAST_DAY = date(2024, 12, 31)
ARTICLES_PER_STORY = 4  # consecutive articles report the same story

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
AP_MONTHS = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
]  # fmt: skip

# Invented people and organisations: not in the registry, so the importer proposes them.
FIRST_NAMES = [
    "Hiroko", "Kenji", "Daniel", "Maria", "Wei", "Sung-min", "Priya", "Lucas", "Amelia",
    "Tomasz", "Isabel", "Rahul", "Yuki", "Carlos", "Fatima", "Oliver", "Mei", "Jonas",
    "Aiko", "Gabriel", "Nadia", "Haruto", "Elena", "Marcus", "Ji-woo", "Sofia",
]  # fmt: skip
SURNAMES = [
    "Tanaka", "Okafor", "Hartmann", "Delgado", "Zhang", "Park", "Sharma", "Moreau",
    "Whitfield", "Nakamura", "Kowalski", "Ferreira", "Lindqvist", "Yamashita", "Brennan",
    "Castillo", "Ibrahim", "Sato", "Morgan", "Chen", "Oyelaran", "Watanabe", "Novak",
    "Rinaldi", "Kimura", "Ashworth",
]  # fmt: skip
INVENTED_ROLES = [
    "{demonym} deputy chief negotiator",
    "a senior official at the {demonym} trade ministry",
    "{country}'s chief trade negotiator",
    "an economist at the {org}",
    "a spokesperson for the {org}",
    "the {demonym} ambassador to the World Trade Organization",
    "a trade policy adviser to the {demonym} government",
]
INVENTED_ORGS = [
    "Pacific Auto Parts Association",
    "Council for Open Markets",
    "Institute for Trade Studies",
    "National Farmers Alliance",
    "Asia Steel Producers Forum",
    "Global Shipping Federation",
    "Centre for Economic Strategy",
    "Digital Commerce Coalition",
]

TOPIC_PHRASES = {
    "autos": ["auto imports", "car exports", "auto parts", "the automotive sector", "carmakers"],
    "agriculture": ["farm goods", "beef and pork", "rice farmers", "dairy quotas", "soybeans"],
    "steel": ["steel and aluminum", "steel imports", "aluminium exports"],
    "tariffs": ["tariffs", "import duties", "retaliatory levies", "tariffs of 25 percent"],
    "deficit": ["the trade deficit", "a trade surplus", "the trade imbalance"],
    "services": ["services", "the service sector"],
    "investment": ["foreign direct investment", "investors", "investment rules"],
    "currency": ["the exchange rate", "currency manipulation", "a weaker yen"],
    "digital": ["digital trade", "cross-border data flows", "e-commerce"],
    "ip": ["intellectual property", "technology transfer", "patents"],
    "energy": ["liquefied natural gas", "LNG purchases", "energy exports"],
}
PACTS = [
    "a bilateral trade agreement",
    "a free trade agreement",
    "the Trans-Pacific Partnership",
    "the CPTPP",
    "a trade deal on goods",
    "a bilateral deal",
]
CAPITALS = {
    "Washington", "Tokyo", "Beijing", "Pyongyang", "Seoul", "Ottawa", "Mexico City", "London",
    "Canberra", "Wellington", "Lima", "Kuala Lumpur", "Hanoi", "Berlin", "Paris", "New Delhi",
    "Moscow", "Taipei", "Brussels",
}  # fmt: skip
# Names that read with "the" in running text.
WITH_THE = ("United States", "United Kingdom", "European", "World", "Office", "Ministry")
BARE_NAMES = {"General Motors", "Ford Motor", "Keidanren"}
LEADER_TITLES = ("President of", "Prime Minister", "Chancellor", "Premier", "Supreme Leader")
CITIES = ["New York", "Tokyo", "Washington", "Geneva", "Beijing", "Brussels", "Buenos Aires"]
VENUES = [
    "on the sidelines of the U.N. General Assembly",
    "at a summit in {city}",
    "during talks in {city}",
    "at a news conference in {city}",
    "after a working lunch in {city}",
]


@dataclass(frozen=True)
class Actor:
    slug: str
    name: str
    surname: str
    kind: str
    role: str
    country: str | None


@dataclass(frozen=True)
class Country:
    slug: str
    name: str
    demonym: str
    capital: str | None


def the(name: str) -> str:
    """Return `name` as it reads in running text ("the United States")."""
    return f"the {name}" if name.startswith(WITH_THE) or " of " in name else name


def capitalised(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


@dataclass(frozen=True)
class Registry:
    """The names the templates draw on, read from the reference fixtures."""

    countries: tuple[Country, ...]
    people: tuple[Actor, ...]
    organisations: tuple[Actor, ...]
    outlets: tuple[tuple[str, tuple[str, ...]], ...]

    @classmethod
    def load(cls, fixtures: Path = FIXTURES) -> Registry:
        rows = json.loads((fixtures / "actors.json").read_text(encoding="utf-8"))
        aliases: dict[str, list[str]] = {}
        for row in rows:
            if row["model"] == "articles.alias":
                aliases.setdefault(row["fields"]["actor"][0], []).append(row["fields"]["text"])
        countries, people, organisations = [], [], []
        for row in rows:
            if row["model"] != "articles.actor":
                continue
            fields = row["fields"]
            slug, name = fields["slug"], fields["name"]
            own = aliases.get(slug, [])
            if fields["kind"] == "country":
                # The demonym is the alias ending like one; a capital is a one-word alias
                # in title case that is neither (good enough for our templates).
                demonym = next(
                    (a for a in own if a.endswith(("ese", "an", "ish", "ch", "er"))), name
                )
                capital = next((a for a in own if a in CAPITALS), None)
                countries.append(Country(slug, name, demonym, capital))
                continue
            short = [a for a in own if " " not in a and a[:1].isupper() and not a.isupper()]
            surname = short[0] if short else name.split()[-1]
            country = fields["country"][0] if fields["country"] else None
            actor = Actor(slug, name, surname, fields["kind"], fields["role"], country)
            (people if fields["kind"] == "person" else organisations).append(actor)
        outlets = []
        for row in json.loads((fixtures / "outlets.json").read_text(encoding="utf-8")):
            fields = row["fields"]
            alias_lines = tuple(a.strip() for a in fields["aliases"].splitlines() if a.strip())
            outlets.append((fields["name"], alias_lines))
        return cls(tuple(countries), tuple(people), tuple(organisations), tuple(outlets))

    def country(self, slug: str | None) -> Country | None:
        return next((c for c in self.countries if c.slug == slug), None)


@dataclass
class Story:
    """What a handful of articles report: a day, two parties, their leaders, a subject."""

    day: date
    parties: tuple[Country, Country]
    leaders: tuple[Actor, ...]
    officials: tuple[Actor, ...]
    topic: str
    pact: str
    city: str
    invented: tuple[str, str]  # an invented person's name and role phrase


def _story(registry: Registry, seed: int, number: int) -> Story:
    rng = random.Random(f"story:{seed}:{number}")
    span = (LAST_DAY - FIRST_DAY).days
    day = FIRST_DAY + timedelta(days=rng.randrange(span))
    # Most coverage is about the US and one partner; some is between two others.
    by_slug = {c.slug: c for c in registry.countries}
    if rng.random() < 0.75:
        first = by_slug["united-states"]
        second = rng.choice([c for c in registry.countries if c.slug != "united-states"])
    else:
        first, second = rng.sample(list(registry.countries), 2)
    parties = (first, second)
    slugs = {first.slug, second.slug}
    people = [p for p in registry.people if p.country in slugs]
    leaders = tuple(p for p in people if p.role.startswith(LEADER_TITLES))
    leaders = leaders or tuple(rng.sample(list(registry.people), 2))
    officials = tuple(p for p in people if p not in leaders) or tuple(
        rng.sample(list(registry.people), 2)
    )
    person = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
    role = rng.choice(INVENTED_ROLES).format(
        demonym=second.demonym,
        country=second.name,
        org=rng.choice(INVENTED_ORGS),
    )
    return Story(
        day=day,
        parties=parties,
        leaders=leaders,
        officials=officials,
        topic=rng.choice(list(TOPIC_PHRASES)),
        pact=rng.choice(PACTS),
        city=rng.choice(CITIES),
        invented=(person, role),
    )


def _story_of(index: int) -> int:
    """Return the number of the story article `index` belongs to."""
    return index // ARTICLES_PER_STORY


def _ap_date(day: date, with_year: bool = True) -> str:
    text = f"{AP_MONTHS[day.month - 1]} {day.day}"
    return f"{text}, {day.year}" if with_year else text


def _long_date(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


class _Writer:
    """Writes one article of a story: every choice comes from the article's own Random."""

    def __init__(self, registry: Registry, story: Story, rng: random.Random, published: date):
        self.registry = registry
        self.story = story
        self.rng = rng
        self.published = published
        self.last_person: Actor | None = None
        self.named: set[str] = set()
        self.used: set[tuple[str, int]] = set()

    # Names ---------------------------------------------------------------------------

    def person(self, actor: Actor) -> str:
        """Full name with a title the first time, the surname afterwards."""
        self.last_person = actor
        if actor.slug in self.named:
            return actor.surname
        self.named.add(actor.slug)
        country = self.registry.country(actor.country)
        if (
            actor.role
            and country
            and not actor.role.startswith("Former")
            and self.rng.random() < 0.6
        ):
            title = actor.role.replace(f" of {country.name}", "").replace(
                " of the United States", ""
            )
            if "U.S." not in title and country.slug != "united-states":
                title = f"{country.demonym} {title}"
            return f"{title} {actor.name}"
        return actor.name

    def leader(self) -> str:
        return self.person(self.rng.choice(self.story.leaders))

    def official(self) -> str:
        return self.person(self.rng.choice(self.story.officials))

    def country_ref(self, country: Country) -> str:
        choice = self.rng.random()
        if choice < 0.5 or country.capital is None:
            return the(country.name)
        if choice < 0.8:
            return country.capital
        return f"{country.demonym} officials"

    def topic_phrase(self, topic: str | None = None) -> str:
        return self.rng.choice(TOPIC_PHRASES[topic or self.story.topic])

    def organisation(self) -> str:
        if self.rng.random() < 0.3:
            return f"the {self.rng.choice(INVENTED_ORGS)}"
        org = self.rng.choice(self.registry.organisations)
        return org.name if org.name in BARE_NAMES or " " not in org.name else f"the {org.name}"

    # Dates ---------------------------------------------------------------------------

    def weekday_before(self) -> tuple[str, date]:
        """A weekday in the days before publication, as "on Wednesday"."""
        back = self.rng.randrange(0, 4)
        day = self.published - timedelta(days=back)
        return WEEKDAYS[day.weekday()], day

    def when_past(self) -> str:
        """A past temporal expression relative to, or independent of, the publication date."""
        year = self.published.year
        options = [
            lambda: f"on {self.weekday_before()[0]}",
            lambda: self.weekday_before()[0],
            lambda: "last year",
            lambda: "earlier this month",
            lambda: "this week",
            lambda: (
                f"in {MONTHS[self.rng.randrange(0, max(1, self.published.month - 1))]}"
                if self.published.month > 1
                else "last year"
            ),
            lambda: f"in {year - self.rng.randrange(2, 7)}",
            lambda: f"on {_ap_date(self.published - timedelta(days=self.rng.randrange(5, 40)))}",
            lambda: f"in {MONTHS[self.rng.randrange(12)]} {year - 1}",
        ]
        return self.rng.choice(options)()

    def when_future(self) -> str:
        day = self.published + timedelta(days=self.rng.randrange(1, 6))
        options = [
            f"on {WEEKDAYS[day.weekday()]}",
            "next week",
            "next month",
            f"by {_ap_date(self.published + timedelta(days=self.rng.randrange(20, 90)))}",
            f"in {self.published.year + 1}",
        ]
        return self.rng.choice(options)

    # Sentences -----------------------------------------------------------------------

    def lead(self) -> str:
        a, b = self.story.parties
        day_word = WEEKDAYS[self.story.day.weekday()]
        venue = self.rng.choice(VENUES).format(city=self.story.city)
        pact = self.story.pact
        return self.fresh(
            "lead",
            lambda: (
                f"{the(a.name)} and {the(b.name)} agreed on {day_word} to start "
                f"negotiations on {pact}, {self.leader()} said {venue}."
            ),
            lambda: (
                f"{self.leader()} and {self.leader()} announced {day_word} that their "
                f"governments would open talks on {pact} covering {self.topic_phrase()}."
            ),
            lambda: (
                f"{self.country_ref(a)} and {self.country_ref(b)} on {day_word} agreed to "
                f"begin formal talks on {pact}, easing fears of new {self.topic_phrase('tariffs')}."
            ),
            lambda: (
                f"Trade officials from {the(a.name)} and {the(b.name)} met {venue} on "
                f"{day_word} and agreed to resume negotiations on {self.topic_phrase()}."
            ),
        )

    def fact(self) -> str:
        a, b = self.story.parties
        amount = f"${self.rng.randrange(2, 400)} billion"
        return self.fresh(
            "fact",
            lambda: (
                f"{self.official()} imposed {self.topic_phrase('tariffs')} on {amount} of "
                f"goods from {the(b.name)} {self.when_past()}."
            ),
            lambda: (
                f"{self.country_ref(a)} launched an investigation into "
                f"{self.topic_phrase()} {self.when_past()}, citing national security."
            ),
            lambda: (
                f"The {a.demonym} trade deficit with {the(b.name)} reached {amount} "
                f"{self.when_past()}."
            ),
            lambda: (
                f"{the(a.name)} withdrew from the Trans-Pacific Partnership "
                f"{self.when_past()}, a decision {self.leader()} has defended ever since."
            ),
            lambda: "{} met {} in {} {} to discuss {}.".format(
                *self.two_officials(), self.story.city, self.when_past(), self.topic_phrase()
            ),
            lambda: (
                f"{self.leader()} signed {self.story.pact} with {the(b.name)} {self.when_past()}."
            ),
            lambda: (
                f"{self.organisation()} warned {self.when_past()} that "
                f"{self.topic_phrase()} would suffer if talks failed."
            ),
        )

    def plan(self) -> str:
        return self.fresh(
            "plan",
            lambda: (
                f"{self.official()} will brief {self.organisation()} {self.when_future()} "
                f"on the state of the talks."
            ),
            lambda: (
                f"Negotiators are expected to meet again in {self.story.city} {self.when_future()}."
            ),
            lambda: f"A first round of talks will begin {self.when_future()}, officials said.",
            lambda: (
                f"{self.leader()} is set to visit {the(self.story.parties[1].name)} "
                f"{self.when_future()}."
            ),
        )

    def background(self) -> str:
        a, b = self.story.parties
        return self.fresh(
            "background",
            lambda: (
                f"{b.demonym} officials have long resisted pressure to open markets for "
                f"{self.topic_phrase()}, a politically sensitive sector."
            ),
            lambda: (
                f"Analysts said {self.topic_phrase()} would be the hardest issue for both sides."
            ),
            lambda: (
                "The two countries together account for a large share of global trade in "
                f"{self.topic_phrase()}."
            ),
            lambda: (
                f"Business groups in {the(a.name)} welcomed the move but warned that "
                f"details matter."
            ),
            lambda: (
                f"It was not immediately clear whether {the(b.name)} would win relief from "
                f"{self.topic_phrase('tariffs')}."
            ),
        )

    def fresh(self, family: str, *templates: Callable[[], str]) -> str:
        """Return one of `templates` not yet used in this article, written out and
        capitalised; only the chosen one runs, so only its names count as mentioned."""
        unused = [i for i in range(len(templates)) if (family, i) not in self.used]
        chosen = self.rng.choice(unused or list(range(len(templates))))
        self.used.add((family, chosen))
        return capitalised(templates[chosen]())

    def two_officials(self) -> tuple[str, str]:
        pool = list(self.story.officials)
        if len(pool) < 2:
            pool += [p for p in self.story.leaders if p not in pool]
        first, second = self.rng.sample(pool, 2) if len(pool) >= 2 else (pool[0], pool[0])
        return self.person(first), self.person(second)

    def quote(self) -> str:
        rng = self.rng
        words = rng.choice(
            [
                "We have agreed to move forward, and I think both sides will benefit",
                "This is a very important step for our workers and our farmers",
                "Nobody wins a trade war. We want a fair and reciprocal relationship",
                "The door is open, but we will not accept a deal at any price",
                "Our position has not changed. We will protect our national interest",
                "It is not a minus. It is actually a plus for the whole region",
                "We expect concrete results within a few months",
            ]
        )
        second = rng.choice(["", "We will see", "The details will take time"])
        open_q, close_q = ("“", "”") if rng.random() < 0.7 else ('"', '"')
        if rng.random() < 0.25:
            name, role = self.story.invented
            speaker = f"{name}, {role},"
            self.last_person = None
        else:
            speaker = self.leader() if rng.random() < 0.6 else self.official()
        form = rng.randrange(4)
        if form == 0:
            more = f" {open_q}{second}.{close_q}" if second else ""
            return f"{open_q}{words},{close_q} {speaker} said.{more}"
        if form == 1:
            tail = f" {second}." if second else ""
            return f"{capitalised(speaker)} said, {open_q}{words}.{tail}{close_q}"
        if form == 2:
            return f"{open_q}{words},{close_q} {speaker} told reporters {self.when_past()}."
        pronoun = "he" if self.last_person is not None else "the official"
        return (
            f"{open_q}{words},{close_q} {speaker} said. "
            f"{open_q}{second or 'We will see'},{close_q} {pronoun} added."
        )

    # The article ---------------------------------------------------------------------

    def headline(self) -> str:
        a, b = self.story.parties
        short = {"United States": "US", "United Kingdom": "UK"}
        a_name, b_name = short.get(a.name, a.name), short.get(b.name, b.name)
        topic = self.rng.choice(["Autos", "Tariffs", "Farm Trade", "Steel", "Investment"])
        templates = [
            f"{a_name}, {b_name} Agree to Start Talks on Trade Deal",
            f"{b_name} Braces for {topic} Fight as Talks With {a_name} Open",
            f"{a_name} and {b_name} Move Closer to Trade Pact",
            f"Trade Talks Between {a_name} and {b_name} Stall Over {topic}",
            f"{b_name} Seeks Relief From {a_name} Tariffs in New Talks",
        ]
        return self.rng.choice(templates)

    def date_line(self) -> str | None:
        day, rng = self.published, self.rng
        updated = day + timedelta(days=rng.randrange(1, 3))
        forms = [
            f"{_long_date(day)} Updated: {_long_date(updated)}",
            _long_date(day),
            f"{day.day} {MONTHS[day.month - 1]} {day.year}",
            f"Published: {day.isoformat()} {rng.randrange(6, 22):02d}:{rng.randrange(60):02d} GMT",
            f"{WEEKDAYS[day.weekday()]}, {_ap_date(day)}",
        ]
        return rng.choice(forms)

    def caption(self) -> str:
        day = self.published - timedelta(days=self.rng.randrange(0, 2))
        agency = self.rng.choice(["AP Photo", "AFP Photo", "Reuters Photo"])
        photographer = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(SURNAMES)}"
        leader = self.rng.choice(self.story.leaders)
        return (
            f"{leader.name} speaks during a meeting in {self.story.city}, "
            f"{WEEKDAYS[day.weekday()]}, {_ap_date(day)}. ({agency}/{photographer})"
        )

    def article(self, outlet: tuple[str, tuple[str, ...]]) -> str:
        rng = self.rng
        name, aliases = outlet
        credit = rng.choice([name, *aliases])
        head = [self.headline()]
        roll = rng.random()
        if roll < 0.8:
            head.append(self.date_line())
        dated_caption = 0.8 <= roll < 0.9  # the caption is the only date; else none at all
        if rng.random() < 0.4:
            head.append(f"By {rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}")
        lead = self.lead()
        if rng.random() < 0.3:
            city = (self.story.parties[0].capital or self.story.city).upper()
            lead = f"{city} ({credit}) — {lead}"
        paragraphs = [lead]
        # Wire stories run 500 to 900 words: 7 to 13 paragraphs after the lead.
        kinds = ["fact"] * 4 + ["quote"] * 3 + ["background"] * 4 + ["plan"] * 2
        rng.shuffle(kinds)
        for kind in kinds[: rng.randrange(7, len(kinds) + 1)]:
            sentences = [getattr(self, kind)()]
            for chance in (0.8, 0.35):
                if rng.random() < chance:
                    sentences.append(self.background() if rng.random() < 0.8 else self.fact())
            paragraphs.append(" ".join(sentences))
        if dated_caption or rng.random() < 0.2:
            paragraphs.insert(rng.randrange(2, len(paragraphs)), self.caption())
        footer = []
        if rng.random() < 0.6:
            footer.append(rng.choice([f"Source: {name}", f"-{credit}", f"({credit})"]))
        if rng.random() < 0.3:
            footer.append(f"Follow {name} on Twitter")
        if rng.random() < 0.2:
            footer += ["Sign up to receive our latest news!", "By submitting this form, I agree."]
        # Most outlets separate paragraphs with a blank line; some with a bare line end.
        separator = "\n\n" if rng.random() < 0.8 else "\n"
        return "\n\n".join(head) + "\n\n" + separator.join(paragraphs + footer) + "\n"


_REGISTRY: Registry | None = None


def registry() -> Registry:
    """Return the fixtures' names, read once."""
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = Registry.load()
    return _REGISTRY


def article_text(index: int, seed: int = 1) -> tuple[str, str]:
    """Return (file name, text) of synthetic article `index` for `seed`."""
    reg = registry()
    number = _story_of(index)
    story = _story(reg, seed, number)
    rng = random.Random(f"article:{seed}:{index}")
    published = story.day + timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))
    writer = _Writer(reg, story, rng, published)
    outlet = reg.outlets[(index + number) % len(reg.outlets)]
    return f"synthetic_{seed}_{index:07d}.txt", writer.article(outlet)


def iter_articles(count: int, seed: int = 1, start: int = 0) -> Iterator[tuple[str, str]]:
    """Yield (file name, text) for articles start .. start + count - 1."""
    for index in range(start, start + count):
        yield article_text(index, seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="first article index")
    parser.add_argument("--out", type=Path, required=True, help="folder to write .txt files to")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in iter_articles(args.count, args.seed, args.start):
        (args.out / name).write_text(text, encoding="utf-8")
    print(f"wrote {args.count} articles to {args.out}")


if __name__ == "__main__":
    main()
