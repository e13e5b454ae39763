"""One happening, one event, across outlets: pairwise precision and recall of "same event".

Each group under clusters/ holds a few articles from different outlets reporting the same
days of one negotiation, and expected.json lists the happenings they report with one
evidence snippet per article. The group is imported with the real service; each snippet
is traced to the event its evidence row was placed in. Over every pair of snippets of a
group: a pair of one happening placed in one event is a true positive, a pair of two
happenings in one event a false positive (a wrong merge), a pair of one happening in two
events a false negative (a missed merge). A snippet the importer made no event of counts
as an event of its own. Run with -s for the per-group report.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import pytest
from django.db import transaction

from articles.extraction.formats import read_path
from articles.models import Article, Event, Evidence
from articles.services import articles_import

pytestmark = pytest.mark.django_db

CLUSTERS = Path(__file__).resolve().parent / "clusters"
GROUPS = sorted(path.name for path in CLUSTERS.iterdir() if (path / "expected.json").exists())
# Floors over all groups (pairs summed), each import order. Recall was 0.50/0.54 before the
# rules of bench/RESULTS-clustering.md, 0.69/0.67 after them, 0.77/0.77 once the window also
# reads the events linked to no actor. Three more groups (EFTA–Mercosur, US–Kenya,
# ASEAN–India: acronyms, "pulled out of"/"withdrew from"/"quit", "wrapped up" rounds) bring
# all seven to 0.65/0.65 (the four old ones 0.77, the three new 0.47); the second round's
# rules (bench/RESULTS-clustering.md) to 0.68/0.73. Three more (Uruguay joins the CPTPP,
# EU–Indonesia, Australia–UAE) bring all ten to 0.60/0.63, the third round's wording rules
# to 0.63/0.67 (the join of bridged events, 0.67/0.67, was not taken: +11 % CPU). The
# fourth round's join, in bulk and only of events that agree, makes it 0.67/0.67 (78/117).
# One import run per article (as articles arrive day by day: a later run bridges events an
# earlier one stored) gave 0.64/0.67 (75/117, 78/117); the fifth round (accents left out
# of the words compared, so a stored actor's name reads as the unknown name did) 0.66/0.67.
# The sixth round (a country the importer proposed keeps the world list's demonyms in later
# runs, so an article gets the same actors whichever run reads it) makes one run per
# article give the events one run gives, in both orders: 0.67/0.67 (78/117). Countries in
# the join leave the probe as it was. The seventh round adds three groups (EU–Philippines,
# Japan–Bangladesh, Korea–Malaysia; .md and .html too): all 13 gave 0.59/0.56 blind and
# 0.60/0.58 after its rules, the old ten 0.67 throughout (bench/RESULTS-clustering.md,
# seventh round). Merged with the thirteenth session's extraction rounds ("The same day"
# dated, titles, kinds) and its rule that stories with no country in common report two
# happenings: the ten 0.70 (82/117) in every mode, the 13 0.64/0.61 (94/147, 90/147). The
# first floors hold for the ten groups that set them; the 13 have a floor of their own.
# The eighth round (a report naming no party takes its article's lead's parties, and with
# them clus8's rejected rules): the ten 0.74 in one run, 0.726 one run each
# (87/117, 85/117); the 13 0.71/0.68/0.68/0.65 (104, 100, 100, 96 of 147).
# The ninth round adds three groups (UK–GCC, EU–Thailand, Canada–Ecuador; invented outlets,
# .json too): all 16 gave 117/124/112/119 of 191 pairs blind (P 0.97/0.97/0.98/0.97), and
# 129/136/121/134 after its rules (P 0.97/0.96/0.98/0.96: the wrong merges are sentences
# the extraction made one event of two happenings); the 13 106/104/102/100 of 147, the ten
# 89/91/87/89 of 117 (bench/RESULTS-clustering.md, ninth round).
# The tenth round adds two groups (Japan–GCC, EU–UAE: a bloc's members named for the bloc)
# and bloc membership as reference data: all 18 gave 144/148/137/144 of 227 pairs blind and
# 164/174/160/170 after (P 0.97 in every mode); the first 16 128/129/121/125 of 191 blind
# (uk_gcc, run after gcc_japan, found Saudi Arabia stored) and 134/138/130/134 after; the
# 13 and the ten unchanged (bench/RESULTS-clustering.md, tenth round).
# The eleventh round adds three groups (EU–Mercosur, UK–India, China–ASEAN: same-day
# happenings of the same parties, a trilateral beside a bloc's talks) and imports each group
# from the reference data alone: all 21 gave 197/192/186/188 of 275 pairs blind (P 0.95/
# 0.96/0.94/0.96: the trilateral joined the ASEAN–China meeting), the first 18 as before in
# both ways of importing. After its rules (own parties told apart, a year's half, an entry
# into force, and a run's undated articles dated at its end): all 21 215/215/189/190
# (P 0.97-0.98), the 13 112/112/102/100 of 147 (bench/RESULTS-clustering.md, eleventh
# round).
# The twelfth round (no new group; a time before or after another happening is not the
# happening's words, and an actor that is a member of a bloc the other report names is a
# shared actor): all 21 215/217/207/211 -> 218/222/210/216 of 275 (P 0.98 unchanged), the
# 13 112/114/108/110 -> 113/117/109/113 of 147 (bench/RESULTS-clustering.md, twelfth round).
# The thirteenth round adds three groups (India–Oman, Canada–Indonesia, UK–Türkiye: other
# verbs, sums written otherwise, capitals, demonyms and acronyms): all 24 gave 237/242/229/
# 236 of 317 pairs blind (P 0.97: uk_turkey's "began ... in July 2024 and plan a third
# round ... in January 2027" is one event, an extraction miss), the new three 19/20/19/20 of
# 42. After its rules (an entry into force is one word, a sum is one figure, a bill passed
# is a bill approved, a date inside an aside dates the aside, talks started on one day as a
# meeting or an agreement): all 24 246/254/238/248, the new three 28/30/28/30, the first 21
# 218/222/210/216 -> 218/224/210/218, the 13 and the ten unchanged (bench/RESULTS-
# clustering.md, thirteenth round). The precision floor holds for the 21 that set it.
# The fourteenth round adds three groups (Mercosur–UAE: a bloc and one partner, a member's
# own investment deal the same day; Thailand–Türkiye: a panel ruling told by a wire, a
# ministry and a trade paper; Kenya–UAE: a ratification vote reported days apart): all 27
# gave 256/270/248/264 of 358 pairs blind (P 0.966/0.957/0.965/0.957: the member's deal
# joined the bloc's), the new three 9/15/9/15 of 41. After its rules (a vote is an action,
# an instrument of its own is not the pact, an agreement's acronym, a bloc named with its
# members, an aside between dashes, "set up"): all 27 270/277/258/269 (P 0.98), the new
# three 19/22/17/20, the first 24 247/255/239/249 -> 251/255/241/249 (efta_mercosur +4/+2
# sorted; bench/RESULTS-clustering.md, fourteenth round). The recall floor over all groups
# holds for the 24 that set it; all 27 have a floor of their own.
MIN_PRECISION = 0.97
MIN_RECALL = 0.76
MIN_RECALL_RUN_EACH = 0.74
# The ninth round's three groups (UK–GCC, EU–Thailand, Canada–Ecuador; .json too) are
# scored with the others but the floors below hold for the groups that set them.
NINTH_ROUND = frozenset({"uk_gcc", "eu_thailand", "canada_ecuador"})
# The tenth round's two groups (Japan–GCC, EU–UAE: a bloc and its members) likewise.
TENTH_ROUND = frozenset({"gcc_japan", "eu_uae"})
# The eleventh round's three (EU–Mercosur, UK–India, China–ASEAN: same-day happenings of
# the same parties, a trilateral beside a bloc's talks) likewise.
ELEVENTH_ROUND = frozenset({"eu_mercosur", "uk_india", "china_asean"})
# The thirteenth round's three (India–Oman, Canada–Indonesia, UK–Türkiye: verbs, sums,
# capitals and acronyms for the same happening) likewise.
THIRTEENTH_ROUND = frozenset({"india_oman", "canada_indonesia", "uk_turkey"})
# The fourteenth round's three (Mercosur–UAE: a bloc and one partner, with a member's own
# deal the same day; Thailand–Türkiye: a dispute panel's ruling told by a wire, a ministry
# and a trade paper; Kenya–UAE: a ratification vote reported days apart) likewise.
FOURTEENTH_ROUND = frozenset({"mercosur_uae", "thailand_turkey", "kenya_uae"})
FIRST_TWENTY_FOUR = frozenset(GROUPS) - FOURTEENTH_ROUND
FIRST_TWENTY_ONE = FIRST_TWENTY_FOUR - THIRTEENTH_ROUND
FIRST_EIGHTEEN = FIRST_TWENTY_ONE - ELEVENTH_ROUND
FIRST_SIXTEEN = FIRST_EIGHTEEN - TENTH_ROUND
FIRST_THIRTEEN = FIRST_SIXTEEN - NINTH_ROUND
FIRST_TEN = FIRST_THIRTEEN - {"eu_philippines", "japan_bangladesh", "korea_malaysia"}
MIN_RECALL_ALL = 0.68
# The thirteen in one run (eleventh round: a run's articles with no date at all are dated
# once the run's later articles are stored, and their relative dates make events).
MIN_RECALL_ALL_ONE_RUN = 0.76
# Each group is imported from the reference data alone (its rows rolled back after it), so
# a group's figures do not depend on the countries the groups before it added (gcc_japan's
# Saudi Arabia read in uk_gcc, tenth round). CLUSTERS_SHARED=1 keeps the older way: the
# articles and events go, the actors the groups added stay for the next.
SHARED = os.environ.get("CLUSTERS_SHARED") == "1"
MIN_RECALL_SIXTEEN = 0.68
# All groups, the thirteenth round's three included (238/317 in the worst mode; precision
# 0.968-0.969 in every mode, uk_turkey's three wrong pairs an extraction miss, fixed in
# accuracy round 60: 5 wrongly merged pairs in every mode, P 0.98, so the floor over all
# groups is now the one the first twenty-one set).
MIN_RECALL_ALL_GROUPS = 0.75
MIN_PRECISION_ALL_GROUPS = MIN_PRECISION
# All 27 groups, the fourteenth round's three included (258/358 in the worst mode, P 0.98);
# MIN_RECALL_ALL_GROUPS holds for the first twenty-four, which set it.
MIN_RECALL_ALL_TWENTY_SEVEN = 0.72


@dataclass(frozen=True)
class Traced:
    """One annotated snippet and where the importer put it."""

    happening: str
    origin: str
    snippet: str
    event_id: int | None
    event_label: str


@dataclass
class Score:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0

    def add(self, other: Score) -> None:
        self.true_pos += other.true_pos
        self.false_pos += other.false_pos
        self.false_neg += other.false_neg

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_pos + self.false_neg
        return self.true_pos / expected if expected else 1.0

    def line(self) -> str:
        return (
            f"P={self.precision:.2f} R={self.recall:.2f} "
            f"(pairs: {self.true_pos} right, {self.false_pos} wrongly merged, "
            f"{self.false_neg} missed)"
        )


def _plain(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("“", '"').replace("”", '"').split())


def _trace(origin: str, snippet: str, rows: list[Evidence]) -> Evidence | None:
    """Return the evidence row of `origin` citing `snippet`: of a sentence cut into several
    happenings, the row whose date expression is nearest the snippet (or inside it)."""
    wanted = _plain(snippet)
    best, best_distance = None, None
    for row in rows:
        sentence = _plain(row.sentence)
        at = sentence.find(wanted)
        if row.article.origin != origin or at < 0:
            continue
        said = sentence.find(_plain(row.temporal_text)) if row.temporal_text else -1
        # Characters between the date expression and the snippet (0 when inside it).
        end = at + len(wanted)
        said_end = said + len(_plain(row.temporal_text))
        distance = max(at - said_end, said - end, 0) if said >= 0 else len(sentence)
        if best_distance is None or distance < best_distance:
            best, best_distance = row, distance
    return best


def import_group(
    group: str, *, reverse: bool = False, runs: bool = False
) -> tuple[dict, list[Traced]]:
    """Import a group's articles (sorted by name, or reversed; in one import run, or with
    `runs` one run each, as articles arrive day by day); return its annotation and each
    annotated snippet traced to its event."""
    folder = CLUSTERS / group
    expected = json.loads((folder / "expected.json").read_text())
    paths = sorted((p for p in folder.iterdir() if p.name != "expected.json"), reverse=reverse)
    for batch in [[path] for path in paths] if runs else [paths]:
        articles_import(documents=[doc for path in batch for doc in read_path(path)])
    rows = list(Evidence.objects.select_related("article", "event"))
    traced = []
    for happening in expected["happenings"]:
        for origin, snippet in happening["evidence"].items():
            row = _trace(origin, snippet, rows)
            label = (
                f"#{row.event_id} {row.event.date} {row.event.precision} {row.event.kind}: "
                f"{row.event.title}"
                if row
                else "(no event)"
            )
            traced.append(
                Traced(happening["name"], origin, snippet, row.event_id if row else None, label)
            )
    return expected, traced


def score(traced: list[Traced]) -> Score:
    """Pairwise counts: same happening against same event (no event: an event of its own)."""
    result = Score()
    for a, b in combinations(traced, 2):
        same_event = a.event_id is not None and a.event_id == b.event_id
        same_happening = a.happening == b.happening
        if same_happening and same_event:
            result.true_pos += 1
        elif same_event:
            result.false_pos += 1
        elif same_happening:
            result.false_neg += 1
    return result


def report(group: str, expected: dict, traced: list[Traced], result: Score) -> str:
    lines = [f"== {group}: {result.line()}"]
    for happening in expected["happenings"]:
        events = {t.event_id for t in traced if t.happening == happening["name"]}
        lines.append(
            f"  {happening['name']} [{happening['date']} {happening['precision']}]: "
            f"{len(events)} event(s)"
        )
        for item in traced:
            if item.happening == happening["name"]:
                lines.append(f"    {item.origin}: {item.event_label[:110]}")
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("reverse", "runs"),
    [(False, False), (True, False), (False, True), (True, True)],
    ids=["sorted", "reversed", "sorted-run-each", "reversed-run-each"],
)
def test_same_happening_across_outlets_is_one_event(reference_data, reverse, runs):
    total, first_twenty_four, first_twenty_one = Score(), Score(), Score()
    first_eighteen, first_sixteen = Score(), Score()
    first_thirteen, first_ten = Score(), Score()
    lines = []
    for group in GROUPS:
        with transaction.atomic():
            expected, traced = import_group(group, reverse=reverse, runs=runs)
            if SHARED:
                # The next group starts from no articles and no events.
                Evidence.objects.all().delete()
                Event.objects.all().delete()
                Article.objects.all().delete()
            else:
                transaction.set_rollback(True)
        result = score(traced)
        total.add(result)
        if group in FIRST_TWENTY_FOUR:
            first_twenty_four.add(result)
        if group in FIRST_TWENTY_ONE:
            first_twenty_one.add(result)
        if group in FIRST_EIGHTEEN:
            first_eighteen.add(result)
        if group in FIRST_SIXTEEN:
            first_sixteen.add(result)
        if group in FIRST_THIRTEEN:
            first_thirteen.add(result)
        if group in FIRST_TEN:
            first_ten.add(result)
        lines.append(report(group, expected, traced, result))
    print("\n" + "\n".join(lines) + f"\n== all groups ({len(GROUPS)}): {total.line()}")
    print(f"== the first twenty-four groups: {first_twenty_four.line()}")
    print(f"== the first twenty-one groups: {first_twenty_one.line()}")
    print(f"== the first eighteen groups: {first_eighteen.line()}")
    print(f"== the first sixteen groups: {first_sixteen.line()}")
    print(f"== the first thirteen groups: {first_thirteen.line()}")
    print(f"== the first ten groups: {first_ten.line()}")
    # The precision floor was set over the first twenty-one groups: the thirteenth round's
    # three hold a blind wrong merge the extraction makes (one event of two happenings).
    assert first_twenty_one.precision >= MIN_PRECISION
    assert first_ten.recall >= (MIN_RECALL_RUN_EACH if runs else MIN_RECALL)
    assert first_thirteen.recall >= (MIN_RECALL_ALL if runs else MIN_RECALL_ALL_ONE_RUN)
    assert first_sixteen.recall >= MIN_RECALL_SIXTEEN
    assert first_twenty_four.recall >= MIN_RECALL_ALL_GROUPS
    assert total.recall >= MIN_RECALL_ALL_TWENTY_SEVEN
    assert total.precision >= MIN_PRECISION_ALL_GROUPS


def test_scoring_counts_pairs():
    traced = [
        Traced("a", "x.txt", "", 1, ""),
        Traced("a", "y.txt", "", 1, ""),
        Traced("a", "z.txt", "", 2, ""),
        Traced("b", "x.txt", "", 2, ""),
        Traced("b", "y.txt", "", None, ""),
    ]
    result = score(traced)
    assert (result.true_pos, result.false_pos, result.false_neg) == (1, 1, 3)
