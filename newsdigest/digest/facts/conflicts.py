"""Conflicts and updates: one measure reported with different values, at one time or over time.

A *discrepancy* is one measure of one owner at one time that sources give different values for
("3%" against "2.5 per cent" for one day's share fall). An *update* is one measure reported as of
different dates (cases 90 as of 21 Feb, 124 as of 25 Feb): each value held when it was given.
Neither is a figure and its conversion (those are facts with ``same_as``), nor two readings that
agree once their qualifiers are read ("more than 240" and 241).

Owners are often missing or wrong, so the measure is matched by what the figures count and by the
words of their clauses, and repetition across sources is the signal: two sources that each give
one value next to the same uncommon words ("analysts expected", "insured losses") report one
measure. A source that states both values side by side is talking about two measures. Matching
goes through an index of words, never all pairs of figures, so it stays cheap on long stories.
What is known of each figure (its words, dates, direction, qualifier) comes from :mod:`.readings`;
what a finished group is (an update, a discrepancy or neither) is :mod:`.verdicts`' to say.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from ...model import Clustering, Discrepancy, Fact, Update
from ..text.words import content_terms
from .currency import Rate
from .nearwords import held_apart
from .quantities import _COUNT_WORDS
from .readings import SAME_NOUNS, Reading, conflicting, is_open, part_of, read_figures, side
from .verdicts import as_discrepancy, as_update, dates_close, same_day_clashes, spread_ok, stock

if TYPE_CHECKING:
    from .facts import Mention

NEAR_VALUE = 1.15
"""Values within this factor need only one shared word to be read as one measure."""
NEAR_PERCENT = 1.05
"""The same for percentages, which crowd a narrower range (a 72% margin and a 78% rise are not near)."""
CLOSENESS = 6.0
"""The bonus for two equal values (falling to nothing at the near limit): worth two or three uncommon
shared words, as two sources agreeing to within a fraction of a per cent rarely do by chance."""
STRONG = 3
"""Figures sharing this many measure words ("compensatory", "damages", "punitive") are one measure even
when the owners read for them differ."""
CLASS_LIMIT = 120
"""A class word ("~estimate", "@week") is matched even when common, up to this many figures (pairs grow
with its square)."""
COMMON = 0.25
"""A word next to more than this share of a story's figures ("measles", the company's name) says nothing."""
TIGHTER = 3.0
"""A disagreement whose (log) spread is this many times narrower than another's that shares a figure keeps it."""
_CLASS_WORDS = frozenset({"~estimate", "@year", "@week", "@month", "@day", "@hour"})
"""Words that say what kind of figure it is, not what it is about: common in a story, and still a signal."""
_RATES = _CLASS_WORDS - {"~estimate"}
_MEASURES = frozenset(pair.split(":")[1] for key in ("stuff", "lengths") for pair in _COUNT_WORDS[key].split())
"""Units of length, weight and volume a count may have (``data/counts.yaml``): one joins only its own unit."""
_RELATIVE = re.compile(r"\b(?:previous|prior|last|next|this|coming|past|current|following|same|a|per|each)\b")


def find_conflicts(facts: list[Fact], mentions: list[list[Mention]], fact_of: dict[int, int],
                   clustering: Clustering | None, rates: dict[str, Rate]
                   ) -> tuple[list[Discrepancy], list[Update]]:
    """The story's discrepancies and update series, each a group of facts that report one measure."""
    del clustering, rates  # conversions are facts with ``same_as`` by now; clusters add nothing words do not
    readings = read_figures(facts, mentions, fact_of)
    _share_periods(readings)
    discrepancies: list[Discrepancy] = []
    updates: list[Update] = []
    for group in _groups(readings):
        members = sorted(group, key=lambda r: r.index)
        update = as_update(members)
        if update is not None:
            updates.append(update)
            discrepancies.extend(same_day_clashes(members))
            continue
        discrepancy = as_discrepancy(members)
        tops = _range_tops(members, readings) if discrepancy is not None else []
        if tops:  # shown beside a disagreement, never the cause of one: a range's two ends agree
            discrepancy = as_discrepancy(members + tops)
        if discrepancy is not None and tops:
            discrepancy = replace(discrepancy, tops=tuple(sorted({float(r.fact.value) for r in tops})))
        if discrepancy is not None:
            discrepancies.append(discrepancy)
    return _unambiguous(discrepancies), updates


def _range_tops(members: list[Reading], readings: list[Reading]) -> list[Reading]:
    """The tops of ranges whose bottoms disagree with another source: "US$250-275 billion" is one estimate,
    so a reader of the disagreement sees both its ends, not its bottom alone."""
    held = {(r.index, r.source) for r in members}
    return [r for r in readings if r not in members and any((b, r.source) in held for b in r.bottoms)]


def _unambiguous(discrepancies: list[Discrepancy]) -> list[Discrepancy]:
    """Leave out disagreements that share a figure: one figure read as two measures (a quarter's revenue
    beside a forecast, and beside the next quarter's guidance) means the grouping is a guess, and a false
    "reports differ" is worse than none. Unless one of them is far tighter than the rest (its values
    within a fraction of the others' spread: $41.78bn, $42.3bn and $42.7bn for one forecast, not $38.1bn
    and $41.78bn): the figure is that one's, and the looser groupings are the guess."""
    holding: dict[str, list[int]] = {}
    for k, d in enumerate(discrepancies):
        for f in set(d.facts):
            holding.setdefault(f, []).append(k)
    dropped: set[int] = set()
    for ks in holding.values():
        if len(ks) < 2:
            continue
        spreads = sorted((_log_spread(discrepancies[k]), k) for k in ks)
        tightest, rest = spreads[0], spreads[1:]
        if all(tightest[0] * TIGHTER < other for other, _ in rest):
            dropped |= {k for _, k in rest}
        else:
            dropped |= set(ks)
    return [d for k, d in enumerate(discrepancies) if k not in dropped]


def _log_spread(d: Discrepancy) -> float:
    values = [float(v) for v, _, _ in d.values]
    return math.log(max(values) / min(values))


def find_discrepancies(facts: list[Fact], mentions: list[list[Mention]], fact_of: dict[int, int],
                       clustering: Clustering | None, rates: dict[str, Rate]) -> list[Discrepancy]:
    """The discrepancies alone (see :func:`find_conflicts`)."""
    return find_conflicts(facts, mentions, fact_of, clustering, rates)[0]


def _side_by_side(readings: list[Reading]) -> set[tuple[str, str, float, float]]:
    """Pairs of values some one source states both of: to that source they are two measures, unless one is
    an open bound the other meets ("at least 241 died" next to "about 294 deaths in all" may be one). Counts
    only of one thing: a source's "16 missing" beside its "11 deaths" says nothing of 16 deaths against 11."""
    by_source: dict[str, list[Reading]] = {}
    for r in readings:
        by_source.setdefault(r.source, []).append(r)
    out = set()
    for mine in by_source.values():
        for a in mine:
            for b in mine:
                same = (a.fact.kind, _unit(a.fact)) == (b.fact.kind, _unit(b.fact)) and a.fact.value != b.fact.value
                same = same and (a.fact.kind != "count" or _same_thing(a, b))
                if same and not _two_moments(a, b) and (not (is_open(a) or is_open(b)) or conflicting([a, b])):
                    out.add((a.fact.kind, _unit(a.fact), float(a.fact.value), float(b.fact.value)))
    return out


def _groups(readings: list[Reading]) -> list[list[Reading]]:
    """Readings joined pair by pair, best-matched pair first, while every member stays compatible."""
    index: dict[str, list[int]] = {}
    for k, r in enumerate(readings):
        for w in r.words:
            index.setdefault(w, []).append(k)
    limit = max(8, int(COMMON * len(readings)))
    weight = {w: math.log(1 + len(readings) / len(ks)) for w, ks in index.items()
              if len(ks) <= limit or (w in _CLASS_WORDS and len(ks) <= CLASS_LIMIT)}
    scores: dict[tuple[int, int], float] = {}
    shared: Counter[tuple[int, int]] = Counter()
    owned: Counter[tuple[int, int]] = Counter()
    pointed: Counter[tuple[int, int]] = Counter()
    for w, ks in sorted(index.items()):  # in word order: float sums, and so ties, the same on every run
        if w not in weight:
            continue
        for a_pos, a in enumerate(ks):
            for b in ks[a_pos + 1:]:
                scores[a, b] = scores.get((a, b), 0.0) + weight[w]
                shared[a, b] += 2 if w.startswith("#") else 1  # one figure stated beside both: two words' worth
                owned[a, b] += w.startswith("=")
                pointed[a, b] += 2 if w.startswith("#") else 0
    apart = _side_by_side(readings)
    for a, b in scores:
        scores[a, b] += _closeness(readings[a], readings[b])
    strong = {pair for pair, n in shared.items() if n >= STRONG}
    pairs = sorted((-s, a, b) for (a, b), s in scores.items()
                   if _enough(readings[a], readings[b], shared[a, b], owned[a, b], pointed[a, b])
                   and _pair_ok(readings[a], readings[b], apart, (a, b) in strong))
    group_of = {k: [k] for k in range(len(readings))}
    for _, a, b in pairs:
        ga, gb = group_of[a], group_of[b]
        if ga is gb or not all(_member_ok(readings[x], readings[y], apart, (min(x, y), max(x, y)) in strong)
                               for x in ga for y in gb):
            continue
        if not spread_ok([readings[k] for k in ga + gb]):
            continue
        ga.extend(gb)
        for k in gb:
            group_of[k] = ga
    seen: set[int] = set()
    out = []
    for k in range(len(readings)):
        g = group_of[k]
        if id(g) not in seen and len(g) > 1:
            seen.add(id(g))
            out.append([readings[x] for x in g])
    return out


def _near(f: Fact) -> float:
    return NEAR_PERCENT if f.kind == "percent" else NEAR_VALUE


def _closeness(a: Reading, b: Reading) -> float:
    """A bonus for values near each other: the nearer, the likelier one measure (41.78 joins 42.3, not 38.1).
    Not for counts of two nouns: small numbers meet by chance (21 crew members, 21 injured)."""
    if a.fact.kind == "count" and a.fact.unit != b.fact.unit:
        return 0.0
    high, low = sorted((float(a.fact.value), float(b.fact.value)), reverse=True)
    ratio = high / low if low > 0 else math.inf
    near = _near(a.fact)
    return CLOSENESS * max(0.0, 1 - (ratio - 1) / (near - 1))


def _enough(a: Reading, b: Reading, shared: int, owned: int = 0, pointed: int = 0) -> bool:
    """Two shared measure words; or one when the values are near each other (sources rarely agree to within
    a few per cent by chance) or, for counts, when both count the same thing (the unit is a word too).
    One owner's percentages (``owned``: a margin a year ago, another guided) are one measure only when
    near: a company's shares of everything are its own. A figure stated beside both (``pointed``) is no
    evidence when the two figures' own phrases name two measures ("a 35% increase" in the revenue, "a gross
    margin of roughly 28%" beside it)."""
    high, low = sorted((float(a.fact.value), float(b.fact.value)), reverse=True)
    near = high <= _near(a.fact) * low
    if a.fact.kind == "percent" and not near:
        shared -= owned
    if pointed and _named_apart(a.fact, b.fact):
        shared -= pointed
    return shared >= 2 or (shared >= 1 and (near or _same_thing(a, b)))


def _named_apart(a: Fact, b: Fact) -> bool:
    """Whether each figure's own phrase names its measure and the two names share no word."""
    ta, tb = (set(content_terms(f.what)) if f.what not in ("amount", "change") else set() for f in (a, b))
    return bool(ta and tb) and not ta & tb


def _same_thing(a: Reading, b: Reading) -> bool:
    """Counts of one noun ("41 vessels", "56 ships" are one: :data:`.readings.SAME_NOUNS`), or of a noun the
    other's clause says ("294 deaths", "killing 241 people"), read as the same word, so the ship a count of
    crew names ("the ship's 21 crew members") makes no count of ships of them."""
    if a.fact.kind != "count" or b.fact.kind != "count":
        return False
    if a.fact.unit == b.fact.unit:
        return True
    ua, ub = ({SAME_NOUNS.get(t, t) for t in content_terms(f.unit)} for f in (a.fact, b.fact))
    return ua == ub or bool((ua and ua <= b.words) or (ub and ub <= a.words))


def _member_ok(a: Reading, b: Reading, apart: set[tuple[str, str, float, float]], strong: bool) -> bool:
    """May these two sit in one group? As a pair, or as one source's two readings that agree (an open bound
    and a value that meets it: "at least 241 died", "about 294 deaths in all"; not two caps)."""
    if a.source == b.source and not _two_estimators(a, b):
        agree = (is_open(a) or is_open(b)) and not conflicting([a, b]) and not _two_bounds(a, b)
        return a.fact.kind == b.fact.kind and (agree or _two_times(a, b) or _two_moments(a, b))
    return _pair_ok(a, b, apart, strong)


def _two_bounds(a: Reading, b: Reading) -> bool:
    """One source's two ceilings at different values ("up to $1.9 billion more ..., for a total of up to
    $2.3 billion") cap two measures: no writer gives one measure two caps. Floors may be one toll as it
    rose while the article was written ("at least 124 cases", "over 130 cases" by the end)."""
    return side(a) == side(b) == 1 and a.fact.value != b.fact.value


def _two_times(a: Reading, b: Reading) -> bool:
    """One source's two counts (or levels) as of two dates: the same measure then and now may be one
    series ("90 cases on Friday", and later "124"), as sources that give both over time show. At least one
    of the two clauses must name its day: "As of Feb. 21, 90 cases" beside "nearly 60 children have been
    confirmed" tells two times apart, while two figures dated only by the article were both written that day.
    Not a figure of a named period ("11 seats at the 2022 election")."""
    return (stock(a, b) and bool(a.stated or b.stated) and not (a.periods or b.periods)
            and not any(dates_close(x, y, True) for x in a.dates for y in b.dates))


def _two_moments(a: Reading, b: Reading) -> bool:
    """One live blog's two counts (or levels) under entries stamped at two times ("11:30 ... 104 dead",
    "15:10 The toll now stands at 118"): the blog wrote each when it held, so they may be one series
    though the article gives them one day."""
    return (stock(a, b) and bool(a.moments and b.moments) and not a.moments & b.moments
            and not (a.periods or b.periods or a.sentences & b.sentences))


def _pair_ok(a: Reading, b: Reading, apart: set[tuple[str, str, float, float]], strong: bool = False) -> bool:
    """Could these two be one measure? Same kind and unit, different sources, owners that do not clash
    (unless ``strong``: the two share so many measure words that the owners read are the doubt, but not when
    each sentence names its owner outright: "a breach at rival Brightbox exposed 1.9 million users"), the same
    time (or, for counts and levels, two times), and no source that states both values."""
    fa, fb = a.fact, b.fact
    estimators = _two_estimators(a, b)
    if fa.kind != fb.kind or (fa.kind != "count" and fa.unit != fb.unit) or (a.source == b.source and not estimators):
        return False
    if fa.unit != fb.unit and (fa.unit in _MEASURES or fb.unit in _MEASURES):
        return False  # "vessels shorter than 150 metres" is a length, no count of the vessels waiting
    if fa.value <= 0 or fb.value <= 0 or _opposite(a.directions, b.directions) or _periods_differ(a, b) or \
            held_apart(a, b):
        return False
    if _states_differ(a, b) or part_of(a, b):
        return False
    holds = stock(a, b)
    later = bool(a.dates and b.dates and not any(dates_close(x, y, holds) for x in a.dates for y in b.dates))
    later = later and not (a.words & b.words & _RATES)  # a wage "a week" holds whichever day it was reported
    if later and not holds:
        return False
    if not later and not estimators and (fa.kind, _unit(fa), float(fa.value), float(fb.value)) in apart:
        return False
    estimates = "~estimate" in a.words and "~estimate" in b.words  # two forecasters of one measure
    return (estimators or (strong and (estimates or not (a.named and b.named)))  # two named owners are two
            or _owners_ok(a, b))


def _two_estimators(a: Reading, b: Reading) -> bool:
    """One source's estimates of one measure by two forecasters it names ("JPMorgan ... insured losses exceeding
    $20 billion", "Ratings firm Morningstar DBRS estimated insured losses to surpass $8 billion"): they disagree
    as two sources' would. Both must be estimates and share two words of what they measure: an estimate beside
    an owner's own figure ("Allstate's insured losses were $3 billion") is another measure, and so are two figures
    one sentence sets side by side ("revenue of $39.3 billion, above consensus analyst estimates of $38.1 billion")."""
    ea, eb = a.fact.entity, b.fact.entity
    measured = {w for w in a.words & b.words if not w.startswith(("~", "@", "#", "="))}  # what, not what kind
    return (a.source == b.source and a.index != b.index and bool(ea and eb) and ea != eb
            and not a.sentences & b.sentences
            and "~estimate" in a.words and "~estimate" in b.words and len(measured) >= 2)


def _states_differ(a: Reading, b: Reading) -> bool:
    """Counts of people in two states ("3 victims" found, "4 missing") are two measures, however near."""
    if a.fact.kind != "count":
        return False
    return a.state is not None and b.state is not None and a.state != b.state


def _share_periods(readings: list[Reading]) -> None:
    """Give each reading the stated periods of every fact with its value: $41.78 billion "for the first
    quarter" in one source is the first quarter's in another that names no period. A period named from
    the article's own time ("the previous quarter", "last year") may be any, so it is left out."""
    by_value: dict[tuple[str, str, float], set[str]] = {}
    for r in readings:
        key = _period_key(r.fact.period)
        if key and not _RELATIVE.search(key):
            by_value.setdefault((r.fact.kind, r.fact.unit, float(r.fact.value)), set()).add(key)
    for r in readings:
        r.periods = by_value.get((r.fact.kind, r.fact.unit, float(r.fact.value)), set())


def _periods_differ(a: Reading, b: Reading) -> bool:
    """A first quarter's figure and a fourth quarter's, or 2023's and 2024's, are two measures."""
    return bool(a.periods and b.periods and not a.periods & b.periods)


def _period_key(period: str | None) -> str:
    return re.sub(r"\b(?:the|fiscal|financial|of)\s+", "", (period or "").lower()).strip()


def _unit(f: Fact) -> str:
    """The unit two figures must share to be one measure: any noun for counts (241 people, 242 passengers)."""
    return "" if f.kind == "count" else f.unit


def _opposite(a: set[str], b: set[str]) -> bool:
    """A rise and a fall are two measures, whatever their words share."""
    return len(a) == 1 and len(b) == 1 and a != b


def _owners_ok(a: Reading, b: Reading) -> bool:
    """Owners clash only when both are stated, differ, and no sentence giving either fact names the other's
    owner (one source's "Teller ... expects to ship 12 million doses" of Corvane ties Corvane's 12 million to
    Teller in every source that gives them); values within a few per cent of each other are taken as one
    measure whoever the text seems to give them to (an owner read from a sentence is a guess, a near value
    in another source is evidence). A place and its body ("Ardmoyle", "Ardmoyle City Council") are one owner."""
    ea, eb = a.fact.entity, b.fact.entity
    high, low = sorted((float(a.fact.value), float(b.fact.value)), reverse=True)
    if not ea or not eb or ea == eb or high <= _near(a.fact) * low or ea.startswith(eb + " ") \
            or eb.startswith(ea + " "):
        return True
    return b.names(ea) or a.names(eb)
