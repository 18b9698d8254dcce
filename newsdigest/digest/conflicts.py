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
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Clustering, Discrepancy, Fact, Update
from .currency import Rate
from .owners import clause_bounds
from .words import content_terms, vocabulary

if TYPE_CHECKING:
    from .facts import Mention

SPREAD = 3.0
"""Values of one measure at one time further apart than this factor are different measures."""
UPDATE_SPREAD = 20.0
"""A toll can rise tenfold over days; further apart than this, dated figures are different measures."""
NEAR_VALUE = 1.15
"""Values within this factor need only one shared word to be read as one measure."""
ROUGH = 0.03
"""How far "about 1.3 million" reaches either side (not to 1.4 million)."""
NEAR_PERCENT = 1.05
"""The same for percentages, which crowd a narrower range (a 72% margin and a 78% rise are not near)."""
STRONG = 3
"""Figures sharing this many measure words ("compensatory", "damages", "punitive") are one measure even
when the owners read for them differ."""
CLASS_LIMIT = 120
"""A class word ("~estimate", "@week") is matched even when common, up to this many figures (pairs grow
with its square)."""
NEAR_WORDS = 7
"""How many words either side of a figure (inside its clause) say what it measures."""
COMMON = 0.25
"""A word next to more than this share of a story's figures ("measles", the company's name) says nothing."""
TOLERANCE = 1e-6
"""Two values this close (relative) are one value (33.59 billion read as 33590000000.000004)."""
_NOT_MEASURE = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec billion million trillion thousand percent cent per
accord report ~say ~tell state add told""".split())
_UPWARD = ("more than", "over", "at least", "upwards of", "in excess of", "above", "just over")
_DOWNWARD = ("up to", "less than", "under", "below", "at most", "nearly", "almost", "just under", "close to")
_CLASS_WORDS = frozenset({"~estimate", "@year", "@week", "@month", "@day", "@hour"})
"""Words that say what kind of figure it is, not what it is about: common in a story, and still a signal."""
_ESTIMATE = frozenset(str(vocabulary()["estimate_words"]).split())
_RELATIVE = re.compile(r"\b(?:previous|prior|last|next|this|coming|past|current|following|same|a|per|each)\b")
_UP_WORDS = frozenset({"up", "higher", "upward", "upwards"})
_DOWN_WORDS = frozenset({"down", "lower", "downward", "downwards"})
_RATE = re.compile(r"\b(?:per|a|an|each)\s+(year|week|month|day|hour)\b|\b(annually|weekly|monthly|daily)\b", re.I)
_ROUGH = ("as much as", "as many as", "as high as", "as low as", "about", "around", "approximately", "roughly",
          "some")
"""Qualifiers of a value given roughly; "estimated" is not one: an estimate is a value someone stated."""


@dataclass
class _Reading:
    """One mention of a figure as the matcher sees it: its fact, the words around it, when it holds."""

    index: int
    fact: Fact
    source: str
    words: set[str]
    dates: set[str]
    text: str
    directions: set[str]
    sentences: set[str]
    qualifier: str = ""
    """As this source words it ("at least"): the merged fact keeps only the most common one."""

    @property
    def sources(self) -> set[str]:
        return {self.source}

    def bounds(self) -> tuple[float, float]:
        """The values the reading allows, from its qualifier: "more than 240" allows 241; "as much as 3%"
        names the peak, so it is a value, not a ceiling."""
        v, q = float(self.fact.value), self.qualifier
        slack = max(TOLERANCE * abs(v), _rounding(v))
        if q in _UPWARD:
            return v - slack, math.inf
        if q in _DOWNWARD:
            return (0.85 * v if q in ("nearly", "almost", "close to", "just under") else -math.inf), v + slack
        if q in _ROUGH:
            return (1 - ROUGH) * v, (1 + ROUGH) * v
        return v - slack, v + slack


def _rounding(v: float) -> float:
    """Just under half the last written digit: "1.5%" stands for 1.45 to 1.55, "$33.5 billion" for 33.45 to
    33.55 billion, 240 for 240 alone (a count is written in full); 72.1 and 72.2 only touch, so they differ."""
    scale = next((s for s in (1e12, 1e9, 1e6) if abs(v) >= s), 1.0)
    written = f"{abs(v) / scale:.6g}"
    decimals = len(written.partition(".")[2])
    return 0.499 * scale * 10.0 ** -decimals if decimals or scale > 1 else 0.0


def find_conflicts(facts: list[Fact], mentions: list[list[Mention]], fact_of: dict[int, int],
                   clustering: Clustering | None, rates: dict[str, Rate]
                   ) -> tuple[list[Discrepancy], list[Update]]:
    """The story's discrepancies and update series, each a group of facts that report one measure."""
    del clustering, rates  # conversions are facts with ``same_as`` by now; clusters add nothing words do not
    readings = _readings(facts, mentions, fact_of)
    discrepancies: list[Discrepancy] = []
    updates: list[Update] = []
    for group in _groups(readings):
        members = sorted(group, key=lambda r: r.index)
        update = _as_update(members)
        if update is not None:
            updates.append(update)
            continue
        discrepancy = _as_discrepancy(members)
        if discrepancy is not None:
            discrepancies.append(discrepancy)
    return discrepancies, updates


def find_discrepancies(facts: list[Fact], mentions: list[list[Mention]], fact_of: dict[int, int],
                       clustering: Clustering | None, rates: dict[str, Rate]) -> list[Discrepancy]:
    """The discrepancies alone (see :func:`find_conflicts`)."""
    return find_conflicts(facts, mentions, fact_of, clustering, rates)[0]


def _readings(facts: list[Fact], mentions: list[list[Mention]], fact_of: dict[int, int]) -> list[_Reading]:
    """One reading per source and fact (a source repeating its figure is one reading), conversions left out."""
    by_key: dict[tuple[int, str], _Reading] = {}
    for group in mentions:
        for m in group:
            index = fact_of[id(m)]
            fact = facts[index]
            if m.converts is not None or fact.same_as is not None:
                continue
            key = (index, m.sentence.source)
            reading = by_key.setdefault(key, _Reading(index, fact, m.sentence.source, set(), set(), "", set(), set()))
            reading.words |= _near_words(m)
            reading.text += " " + m.sentence.text
            reading.sentences.add(m.sentence.id)
            reading.qualifier = reading.qualifier or (m.q.qualifier or "").lower()
            reading.directions |= _direction(m)
            when = fact.as_of if fact.as_of and fact.basis == "level" else m.date
            if when and (len(when) > 4 or (fact.kind != "count" and fact.basis != "level")):
                reading.dates.add(when)  # a count's bare year ("residents since 2009") is not when it held
            if fact.kind == "count":
                reading.words |= {w for w in content_terms(fact.unit) if not w[:1].isdigit()}
            if rate := _rate(fact, m.sentence.text[m.q.end:m.q.end + 16]):
                reading.words.add(rate)
    return [by_key[k] for k in sorted(by_key)]


def _rate(fact: Fact, after: str) -> str | None:
    """A figure's rate as a matching word ("@week" for "£140,000 a week"): a wage per week and one per
    year are never one measure, and two wages per week likely are."""
    if fact.basis == "per-year":
        return "@year"
    found = _RATE.match(after.strip()) or _RATE.search(fact.period or "")
    if found is None:
        return None
    unit = found.group(1) or found.group(2)
    return "@" + {"annually": "year", "weekly": "week", "monthly": "month", "daily": "day"}.get(unit, unit)


def _side_by_side(readings: list[_Reading]) -> set[tuple[str, str, float, float]]:
    """Pairs of values some one source states both of: to that source they are two measures, unless one is
    an open bound the other meets ("at least 241 died" next to "about 294 deaths in all" may be one)."""
    by_source: dict[str, list[_Reading]] = {}
    for r in readings:
        by_source.setdefault(r.source, []).append(r)
    out = set()
    for mine in by_source.values():
        for a in mine:
            for b in mine:
                same = (a.fact.kind, _unit(a.fact)) == (b.fact.kind, _unit(b.fact)) and a.fact.value != b.fact.value
                if same and (not (_open(a) or _open(b)) or _conflicting([a, b])):
                    out.add((a.fact.kind, _unit(a.fact), float(a.fact.value), float(b.fact.value)))
    return out


def _open(r: _Reading) -> bool:
    """A bound with one side open: "at least 241", "more than 100", "up to 50"."""
    return r.qualifier in _UPWARD + _DOWNWARD


def _direction(m: Mention) -> set[str]:
    """Which way the figure moves, from the nearest word of rising or falling before it ("erased gains and
    were down 2.5%" falls): empty when its clause says neither."""
    text = m.sentence.text
    lo, _ = clause_bounds(text, m.q.start)
    for word in reversed(text[lo:m.q.start].split()[-NEAR_WORDS:]):
        word = word.lower().strip(",;:()\"'")
        if word in _UP_WORDS:
            return {"~rise"}
        if word in _DOWN_WORDS:
            return {"~fall"}
        found = {t for t in content_terms(word) if t in ("~rise", "~fall")}
        if found:
            return found
    return set()


def _near_words(m: Mention) -> set[str]:
    """The content words of the figure's clause nearest to it, as stems ("analyst", "~expect", "revenu"),
    and ``~estimate`` when one of them makes the figure an estimate ("consensus", "expected")."""
    text = m.sentence.text
    lo, hi = clause_bounds(text, m.q.start)
    before = text[lo:m.q.start].split()[-NEAR_WORDS:]
    after = text[m.q.end:hi].split()[:NEAR_WORDS]
    near = " ".join(before) + " . " + " ".join(after)
    terms = {t for t in content_terms(near) if not t[:1].isdigit() and t not in _NOT_MEASURE and len(t) > 2}
    if _ESTIMATE & {w.lower().strip(",.;:()'\"’") for w in near.split()}:
        terms.add("~estimate")
    return terms


def _groups(readings: list[_Reading]) -> list[list[_Reading]]:
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
    for w, ks in sorted(index.items()):  # in word order: float sums, and so ties, the same on every run
        if w not in weight:
            continue
        for a_pos, a in enumerate(ks):
            for b in ks[a_pos + 1:]:
                scores[a, b] = scores.get((a, b), 0.0) + weight[w]
                shared[a, b] += 1
    apart = _side_by_side(readings)
    for a, b in scores:
        scores[a, b] += _closeness(readings[a], readings[b])
    strong = {pair for pair, n in shared.items() if n >= STRONG}
    pairs = sorted((-s, a, b) for (a, b), s in scores.items()
                   if _enough(readings[a], readings[b], shared[a, b])
                   and _pair_ok(readings[a], readings[b], apart, (a, b) in strong))
    group_of = {k: [k] for k in range(len(readings))}
    for _, a, b in pairs:
        ga, gb = group_of[a], group_of[b]
        if ga is gb or not all(_member_ok(readings[x], readings[y], apart, (min(x, y), max(x, y)) in strong)
                               for x in ga for y in gb):
            continue
        if not _spread_ok([readings[k] for k in ga + gb]):
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


def _closeness(a: _Reading, b: _Reading) -> float:
    """A bonus for values near each other: the nearer, the likelier one measure (41.78 joins 42.3, not 38.1)."""
    high, low = sorted((float(a.fact.value), float(b.fact.value)), reverse=True)
    ratio = high / low if low > 0 else math.inf
    return max(0.0, (_near(a.fact) - ratio) * 10)


def _enough(a: _Reading, b: _Reading, shared: int) -> bool:
    """Two shared measure words; or one when the values are near each other (sources rarely agree to within
    a few per cent by chance) or, for counts, when both count the same thing (the unit is a word too)."""
    high, low = sorted((float(a.fact.value), float(b.fact.value)), reverse=True)
    near = high <= _near(a.fact) * low
    return shared >= 2 or (shared >= 1 and (near or _same_thing(a, b)))


def _same_thing(a: _Reading, b: _Reading) -> bool:
    """Counts of one noun, or of a noun the other's clause says ("294 deaths", "killing 241 people")."""
    if a.fact.kind != "count" or b.fact.kind != "count":
        return False
    if a.fact.unit == b.fact.unit:
        return True
    ua, ub = set(content_terms(a.fact.unit)), set(content_terms(b.fact.unit))
    return bool((ua and ua <= b.words) or (ub and ub <= a.words))


def _member_ok(a: _Reading, b: _Reading, apart: set[tuple[str, str, float, float]], strong: bool) -> bool:
    """May these two sit in one group? As a pair, or as one source's two readings that agree (an open bound
    and a value that meets it: "at least 241 died", "about 294 deaths in all")."""
    if a.source == b.source:
        return a.fact.kind == b.fact.kind and (_open(a) or _open(b)) and not _conflicting([a, b])
    return _pair_ok(a, b, apart, strong)


def _pair_ok(a: _Reading, b: _Reading, apart: set[tuple[str, str, float, float]], strong: bool = False) -> bool:
    """Could these two be one measure? Same kind and unit, different sources, owners that do not clash
    (unless ``strong``: the two share so many measure words that the owners read are the doubt), the same
    time (or, for counts and levels, two times), and no source that states both values."""
    fa, fb = a.fact, b.fact
    if fa.kind != fb.kind or (fa.kind != "count" and fa.unit != fb.unit) or a.source == b.source:
        return False
    if fa.value <= 0 or fb.value <= 0 or _opposite(a.directions, b.directions) or _periods_differ(fa, fb):
        return False
    stock = _stock(a, b)
    later = bool(a.dates and b.dates and not any(_dates_close(x, y, stock) for x in a.dates for y in b.dates))
    if later and not stock:
        return False
    if not later and (fa.kind, _unit(fa), float(fa.value), float(fb.value)) in apart:
        return False
    return strong or _owners_ok(a, b)


def _periods_differ(a: Fact, b: Fact) -> bool:
    """A first quarter's figure and a fourth quarter's, or 2023's and 2024's, are two measures. A period
    named from the article's own time ("the previous quarter", "last year") may be either, so it never clashes."""
    pa, pb = _period_key(a.period), _period_key(b.period)
    return bool(pa and pb and pa != pb and not _RELATIVE.search(pa) and not _RELATIVE.search(pb))


def _period_key(period: str | None) -> str:
    return re.sub(r"\b(?:the|fiscal|financial|of)\s+", "", (period or "").lower()).strip()


def _unit(f: Fact) -> str:
    """The unit two figures must share to be one measure: any noun for counts (241 people, 242 passengers)."""
    return "" if f.kind == "count" else f.unit


def _stock(a: _Reading, b: _Reading) -> bool:
    """Counts and levels hold as of a date, so two dates make an update; a change or a payment on another
    day ("rose 14% on Friday", "fell 3% on Monday") is another measure."""
    return all(r.fact.kind == "count" or r.fact.basis == "level" for r in (a, b))


def _opposite(a: set[str], b: set[str]) -> bool:
    """A rise and a fall are two measures, whatever their words share."""
    return len(a) == 1 and len(b) == 1 and a != b


def _owners_ok(a: _Reading, b: _Reading) -> bool:
    """Owners clash only when both are stated, differ, and neither sentence names the other's owner; values
    within a few per cent of each other are taken as one measure whoever the text seems to give them to
    (an owner read from a sentence is a guess, a near value in another source is evidence)."""
    ea, eb = a.fact.entity, b.fact.entity
    high, low = sorted((float(a.fact.value), float(b.fact.value)), reverse=True)
    if not ea or not eb or ea == eb or high <= _near(a.fact) * low:
        return True
    return ea.lower() in b.text.lower() or eb.lower() in a.text.lower()


def _spread_ok(group: list[_Reading]) -> bool:
    values = [float(r.fact.value) for r in group]
    dated = {d for r in group for d in r.dates}
    stocks = all(_stock(r, r) for r in group)
    spread = UPDATE_SPREAD if stocks and len(_distinct_times(dated)) > 1 else SPREAD
    return max(values) / min(values) <= spread


def _distinct_times(dates: set[str], exact: bool = True) -> list[str]:
    """The dates that are not a day (or a containing month) apart from an earlier one."""
    out: list[str] = []
    for d in sorted(dates):
        if not any(_dates_close(d, e, exact) for e in out):
            out.append(d)
    return out


def _dates_close(a: str, b: str, exact: bool = False) -> bool:
    """One time: equal dates, a day apart (a Monday move reported on Tuesday) unless ``exact`` (a toll
    changes from one day to the next), or a month and a day in it."""
    if a == b or (len(a) == 4) != (len(b) == 4):  # a year names the measure's period, a day when it was said
        return True
    if re.fullmatch(r"\d{4}-\d\d-\d\d", a) and re.fullmatch(r"\d{4}-\d\d-\d\d", b):
        return not exact and abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= 1
    return a.startswith(b) or b.startswith(a)


def _values(group: list[_Reading], dated: bool = True) -> list[tuple[float, str, str | None, tuple[str, ...]]]:
    """One entry per value (rounding aside; per date too when ``dated``): the value, its unit, the date it
    holds for, its sources."""
    out: list[tuple[float, str, str | None, tuple[str, ...]]] = []
    for r in sorted(group, key=lambda r: (min(r.dates) if r.dates else "~", float(r.fact.value), r.index)):
        v, when = float(r.fact.value), (min(r.dates) if r.dates else None)
        for k, (value, unit, date, sources) in enumerate(out):
            if abs(value - v) <= TOLERANCE * max(value, v) and (date == when or not dated):
                out[k] = (value, unit, date, tuple(sorted(set(sources) | r.sources)))
                break
        else:
            out.append((v, r.fact.unit, when, tuple(sorted(r.sources))))
    return out


def _conflicting(group: list[_Reading]) -> bool:
    """Some two readings allow no common value: "more than 240" and 241 agree, 241 and 294 do not."""
    bounds = [r.bounds() for r in group]
    return max(lo for lo, _ in bounds) > min(hi for _, hi in bounds)


def _what(group: list[_Reading]) -> str:
    owners = Counter(r.fact.entity for r in group if r.fact.entity)
    whats = Counter(r.fact.what for r in group if r.fact.what not in ("amount", "change"))
    what = whats.most_common(1)[0][0] if whats else group[0].fact.what
    owner = owners.most_common(1)[0][0] if owners else None
    return f"{owner} {what}" if owner else what


def _as_update(group: list[_Reading]) -> Update | None:
    """A group whose values were given as of different dates, rising or falling with them."""
    dated = [r for r in group if r.dates]
    if not all(_stock(r, r) for r in group):
        return None
    times = _distinct_times({d for r in dated for d in r.dates})
    if len(times) < 2 or any(len(_distinct_times(r.dates)) > 1 for r in dated):
        return None
    by_time = sorted(dated, key=lambda r: min(r.dates))
    if len({float(r.fact.value) for r in by_time}) < 2:
        return None
    values = tuple(_values(group))
    return Update(_what(group), group[0].fact.kind, values, tuple(sorted({r.fact.id for r in group})))


def _as_discrepancy(group: list[_Reading]) -> Discrepancy | None:
    if not _conflicting(group):
        return None
    values = tuple((v, u, s) for v, u, _, s in _values(group, dated=False))
    dates = sorted({d for r in group for d in r.dates})
    sentences = tuple(sorted({sid for r in group for sid in r.sentences}))
    return Discrepancy(_what(group), group[0].fact.kind, values, tuple(sorted({r.fact.id for r in group})),
                       sentences, dates[0] if dates else None)
