"""What the conflict finder knows of each figure: the words around it, when it holds, which way it
moves, and the values its qualifier allows.

One reading per source and fact: the words of the figure's clause nearest to it (as stems, with
``~estimate`` for an estimate and ``@week`` for a rate), its dates, the direction of the nearest
word of rising or falling, and its own qualifier ("at least"), since the merged fact keeps only
the most common. :mod:`.conflicts` groups readings into discrepancies and updates.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...model import Fact
from ..text.clauses import NOT_A_RATE
from ..text.dates import find_dates
from ..text.words import content_terms, vocabulary
from .nearwords import BACK, DEAL, DEAL_WHAT, NEAR_WORDS, near_words
from .owners import clause_bounds
from .pointing import BACKREF
from .states import OF_THEM

if TYPE_CHECKING:
    from .facts import Mention

ROUGH = 0.03
"""How far "about 1.3 million" reaches either side (not to 1.4 million)."""
TOLERANCE = 1e-6
"""Two values this close (relative) are one value (33.59 billion read as 33590000000.000004)."""
_UPWARD = ("more than", "over", "at least", "upwards of", "in excess of", "above", "just over")
_DOWNWARD = ("up to", "less than", "under", "below", "at most", "nearly", "almost", "just under", "close to")
_SUPPOSING = frozenset({"would", "could", "might"})
_REQUIRED = frozenset({"needed", "required"})
_REPORTING = frozenset(str(vocabulary()["reporting_verbs"]).split())
_UP_WORDS = frozenset({"up", "higher", "upward", "upwards"})
_DOWN_WORDS = frozenset({"down", "lower", "downward", "downwards"})
_RATE = re.compile(r"\b(?:per|a|an|each)\s+(year|week|month|day|hour)\b" + NOT_A_RATE
                   + r"|\b(annually|weekly|monthly|daily)\b", re.I)
_DAY = (r"(?:today|yesterday|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
_EVENT_DAY = re.compile(r"\bsince\s+" + _DAY + r"\b|\b" + _DAY + r"['’]s\b", re.I)
"""A day written as a possessive ("Tuesday's earthquake") names the event, and a day a count runs from ("260
aftershocks since Tuesday") its start: neither is when the figure held."""
_ROUGH = ("as much as", "as many as", "as high as", "as low as", "about", "around", "approximately", "roughly",
          "some")
"""Qualifiers of a value given roughly; "estimated" is not one: an estimate is a value someone stated."""


@dataclass
class FactTexts:
    """The sentences that give one fact, across sources, and which owners they name (worked out once each)."""

    parts: list[str] = field(default_factory=list)
    named: dict[str, bool] = field(default_factory=dict)

    def names(self, owner: str) -> bool:
        """Whether a sentence names ``owner`` other than as where goods go ("exported steel ... to Brovania" names
        Brovania only as the buyer: no tie of its figure to Brovania's; "according to Halberd" still names it)."""
        key = owner.lower()
        if key not in self.named:
            lows = [part.lower() for part in self.parts]
            self.named[key] = any(not _TO.search(low, 0, m.start()) for low in lows
                                  for m in re.finditer(re.escape(key), low))
        return self.named[key]


_TO = re.compile(r"\b(?:export\w*|ship\w*|sold|sell\w*|sent|send\w*|deliver\w*)\b[^;]{0,60}\b(?:to|into)\s+$")



@dataclass
class Reading:
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
    periods: set[str] = field(default_factory=set)
    """The stated periods of every fact with this value ("first quarter"): one figure, one period."""
    stated: set[str] = field(default_factory=set)
    """The dates its own clauses name ("on Friday"), not the day the article was published."""
    state: str | None = None
    """For a count of people, the one state its noun or clause puts them in (dead, injured, missing)."""
    change: bool = False
    """Whether its own phrase calls it a change ("an increase of 34"): no level, so in no series of levels."""
    fact_texts: FactTexts | None = None
    """The sentences of every source that gives its fact, shared by its readings."""
    moments: set[str] = field(default_factory=set)
    """The live-blog stamps ("15:10") of the entries that give it (:attr:`.facts.Mention.moment`)."""
    named: bool = False
    """Whether a sentence giving it names its owner outright, and no person (:attr:`.facts.Mention.named_body`)."""
    bottoms: set[int] = field(default_factory=set)
    """The facts this one is the top of a range of, in its source ("US$250-275 billion": 275's bottom is 250)."""
    wholes: set[float] = field(default_factory=set)
    """For a count, the wholes it is a part of: its sums with the counts of other nouns listed beside it ("312
    passengers and eight crew" are 320), and the count it is a part "of them" of."""

    def names(self, owner: str) -> bool:
        """Whether some sentence giving this reading's fact, in any source, names ``owner``."""
        return self.fact_texts.names(owner) if self.fact_texts else owner.lower() in self.text.lower()

    @property
    def sources(self) -> set[str]:
        return {self.source}

    def bounds(self) -> tuple[float, float]:
        """The values the reading allows, from its qualifier: "more than 240" allows 241; "as much as 3%"
        names the peak, so it is a value, not a ceiling. "About $1.3 billion" allows all that "$1.3 billion"
        does, and more: $1.25 billion rounds to it."""
        v, q = float(self.fact.value), self.qualifier
        slack = max(TOLERANCE * abs(v), _rounding(v))
        if q in _UPWARD:
            return v - slack, math.inf
        if q in _DOWNWARD:
            return (0.85 * v if q in ("nearly", "almost", "close to", "just under") else -math.inf), v + slack
        if q in _ROUGH:
            return min((1 - ROUGH) * v, v - slack), max((1 + ROUGH) * v, v + slack)
        return v - slack, v + slack


def _rounding(v: float) -> float:
    """Just under half the last written digit: "1.5%" stands for 1.45 to 1.55, "$33.5 billion" for 33.45 to
    33.55 billion, 240 for 240 alone (a count is written in full); 72.1 and 72.2 only touch, so they differ."""
    scale = next((s for s in (1e12, 1e9, 1e6) if abs(v) >= s), 1.0)
    written = f"{abs(v) / scale:.6g}"
    decimals = len(written.partition(".")[2])
    return 0.499 * scale * 10.0 ** -decimals if decimals or scale > 1 else 0.0


def read_figures(facts: list[Fact], mentions: list[list[Mention]], fact_of: dict[int, int]) -> list[Reading]:
    """One reading per source and fact (a source repeating its figure is one reading), conversions left out."""
    by_key: dict[tuple[int, str], Reading] = {}
    beside = _figures_by_sentence(facts, mentions, fact_of)
    published = _published(mentions)
    latest = _latest_years(mentions) | {source: day[:4] for source, day in published.items()}
    for group in mentions:
        for m in group:
            index = fact_of[id(m)]
            fact = facts[index]
            if m.converts is not None or fact.same_as is not None or (fact.kind == "count" and _supposed(m)):
                continue
            others = [f for f in beside[m.sentence.id] if f[0] != m.q.start]
            key = (index, m.sentence.source)
            reading = by_key.setdefault(key, Reading(index, fact, m.sentence.source, set(), set(), "", set(), set()))
            reading.words |= near_words(m, [(lo, hi) for lo, hi, kind, _ in others if kind == fact.kind])
            if m.estimated:
                reading.words.add("~estimate")
            # a figure of another kind stated beside both ties two figures ("$842 million, up 4.2%"); one of
            # their own kind is a parallel measure listed with each ("38.2% ... versus 11.5% on placebo")
            reading.words |= {f"#{k}" for _, _, kind, k in others if k != index and kind != fact.kind}
            if fact.kind == "count":  # "312 passengers and eight crew": one list's parts, no chance sum
                reading.wholes |= {float(fact.value) + float(facts[k].value) for lo, hi, kind, k in others
                                   if kind == "count" and facts[k].unit != fact.unit and _LISTED.fullmatch(
                                       m.sentence.text[min(hi, m.q.end):max(lo, m.q.start)])}
                if OF_THEM.search(m.q.text) and (before := [k for _, hi, kind, k in others
                                                             if kind == "count" and hi <= m.q.start]):
                    reading.wholes.add(float(facts[before[-1]].value))  # "employs 6,200 people, 5,400 of them"
            reading.text += " " + m.sentence.text
            reading.sentences.add(m.sentence.id)
            reading.named = reading.named or (m.named_body and m.entity == fact.entity)
            if m.q.range_top and (lower := [(end, k) for _, end, kind, k in others
                                            if kind == fact.kind and end <= m.q.start]):
                reading.bottoms.add(max(lower)[1])
            if m.moment:
                reading.moments.add(m.moment)
            reading.qualifier = reading.qualifier or (m.q.qualifier or "").lower()
            reading.directions |= _direction(m)
            when = fact.as_of if fact.as_of and fact.basis == "level" else m.date
            if when is None and m.moment and fact.kind == "percent" and fact.basis != "level":
                when = m.published  # "16:45 GMT - The May arabica contract settles 1.8% higher": the blog day's move
            stated = m.date
            if fact.kind == "count" and fact.basis != "level":
                when = None  # a plan ("will close 14 branches") is counted once: the day it was said is no as-of
            elif m.date and fact.kind == "count" and fact.basis == "level" and _EVENT_DAY.search(m.sentence.text):
                # "the toll from Tuesday's quake" holds today; "Thursday's close of $33.30" held on Thursday
                stated = _held(m, published.get(m.sentence.source))
                when = stated or published.get(m.sentence.source, when)
            if when and (len(when) > 4 or (fact.kind != "count" and fact.basis != "level")):
                reading.dates.add(when)  # a count's bare year ("residents since 2009") is not when it held
                if when == stated:
                    reading.stated.add(when)
            elif fact.kind == "count" and when and when < latest.get(m.sentence.source, ""):
                reading.words.add(BACK)  # but one before its article's time is a past ("since 2009, when 17 died")
            if fact.kind in ("count", "measure"):  # "600 feet" and "625 feet": both heights
                reading.words |= {w for w in content_terms(fact.unit) if not w[:1].isdigit()}
                reading.words |= {SAME_NOUNS[w] for w in content_terms(fact.unit) if w in SAME_NOUNS}
            if fact.entity and fact.kind not in ("money", "percent"):  # "6 seats" and "took 7 seats", both the
                reading.words.add(f"={fact.unit.lower()}@{fact.entity.lower()}")  # party's: one noun, one owner
            if rate := _rate(fact, m.sentence.text[m.q.end:m.q.end + 16]):
                reading.words.add(rate)
            if fact.kind == "money" and DEAL_WHAT.search(fact.what):
                reading.words.add(DEAL)
    readings = [by_key[k] for k in sorted(by_key)]
    texts: dict[int, FactTexts] = {}
    for r in readings:
        r.fact_texts = texts.setdefault(r.index, FactTexts())
        r.fact_texts.parts.append(r.text)
    for r in readings:  # a share is its owner's only where a sentence giving it names the owner or points back
        # ("They got 26.5%"): one read from the story's main actor ("38.2% of vaccine recipients versus 11.5% on
        # placebo") is no share of the maker's
        if r.fact.kind == "percent" and r.fact.entity and (r.names(r.fact.entity) or BACKREF.search(r.text)):
            r.words.add(f"=%@{r.fact.entity.lower()}")
        r.state = _state(r) if r.fact.kind == "count" else None
        terms = content_terms(r.fact.what)
        r.change = bool(terms) and all(t in _CHANGE_TERMS for t in terms)
    return readings


SAME_NOUNS = {"ship": "~vessel", "vessel": "~vessel", "peopl": "~person", "person": "~person",
              "individual": "~person", "children": "~child", "kid": "~child"}
"""Nouns (as stems) news copy counts one thing by interchangeably ("41 vessels", "56 ships"), to one word."""
_STATE_TERMS = {"~death": "dead", "victim": "dead", "deceas": "dead", "body": "dead", "~injure": "injured",
                "injury": "injured", "miss": "missing"}
"""Stems that say which state counted people are in (content_terms folds killed/died/dead into ~death)."""
_CHANGE_TERMS = frozenset({"~rise", "~fall", "~cut", "growth"})
"""Stems of a phrase that names a change, not a level ("increase", "fall", "growth")."""


def _state(r: Reading) -> str | None:
    """The one state a count's noun, or else its clause's words, puts its people in ("four climbers were missing")."""
    states = {_STATE_TERMS[t] for t in content_terms(r.fact.unit) if t in _STATE_TERMS}
    if not states:
        states = {_STATE_TERMS[w] for w in r.words if w in _STATE_TERMS}
    return states.pop() if len(states) == 1 else None


def _latest_years(mentions: list[list[Mention]]) -> dict[str, str]:
    """Each source's latest year a figure holds or a clause names: the time it tells of when its date is unknown
    (the caller puts the year of writing first: a "by 2030" is no time the article tells of)."""
    out: dict[str, str] = {}
    for m in (m for group in mentions for m in group):
        out[m.sentence.source] = max(out.get(m.sentence.source, ""), (m.as_of or "")[:4], (m.date or "")[:4])
    return out


def _published(mentions: list[list[Mention]]) -> dict[str, str]:
    """Each source's day of writing: its article's date, else the day its levels whose clauses name no date
    hold (``as_of`` falls back to the article's date)."""
    days: dict[str, Counter[str]] = {}
    known: dict[str, str] = {}
    for group in mentions:
        for m in group:
            if m.published:
                known[m.sentence.source] = m.published
            elif m.as_of and not m.date:
                days.setdefault(m.sentence.source, Counter())[m.as_of] += 1
    return {source: max(c, key=lambda d: (c[d], d)) for source, c in days.items()} | known


def _held(m: Mention, published: str | None) -> str | None:
    """The day the figure's clause gives other than as an event's or a start ("the death toll from Tuesday's
    earthquake has risen to 131" gives none: the toll holds when the article says so, not on the day
    of the quake; "rose to 87 late last night" gives last night)."""
    text = m.sentence.text
    lo, hi = clause_bounds(text, m.q.start)
    day = dt.date.fromisoformat(published) if published and len(published) == 10 else None
    return next((d.date for d in find_dates(text, day)
                 if lo <= d.start < hi and not _EVENT_DAY.match(text, max(0, d.start - 6), d.end + 2)
                 and text[d.end:d.end + 2] not in ("'s", "’s")), None)


def _figures_by_sentence(facts: list[Fact], mentions: list[list[Mention]], fact_of: dict[int, int]
                         ) -> dict[str, list[tuple[int, int, str, int]]]:
    """Each sentence's own figures (conversions aside): where they stand, their kind and their fact."""
    out: dict[str, list[tuple[int, int, str, int]]] = {}
    for group in mentions:
        for m in group:
            k = fact_of[id(m)]
            row = out.setdefault(m.sentence.id, [])
            if m.converts is None and facts[k].same_as is None:
                row.append((m.q.start, m.q.end, facts[k].kind, k))
    return out


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


def is_open(r: Reading) -> bool:
    """A bound with one side open: "at least 241", "more than 100", "up to 50"."""
    return r.qualifier in _UPWARD + _DOWNWARD


def side(r: Reading) -> int:
    """Which side a reading's qualifier bounds: 0 a floor ("at least"), 1 a ceiling ("up to"), -1 neither."""
    return 0 if r.qualifier in _UPWARD else 1 if r.qualifier in _DOWNWARD else -1


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


def _supposed(m: Mention) -> bool:
    """A count supposed or required, not found ("a pact would reach 16 seats", "16 seats needed for a
    majority"): no value of a measure at any time, so it neither updates nor disputes a count."""
    text = m.sentence.text
    lo, hi = clause_bounds(text, m.q.start)
    before = text[lo:m.q.start].lower().split()[-NEAR_WORDS:]
    after = text[m.q.end:hi].lower().split()[:3]
    modal = next((k for k, w in enumerate(before) if w in _SUPPOSING), None)
    reported = modal is not None and bool(_REPORTING & set(text[:m.q.start].lower().split()[:-len(before) + modal]))
    return bool((modal is not None and not reported) or _REQUIRED & set(after))  # "said it would cut" is a plan


_LISTED = re.compile(r",?\s+(?:and|plus)\s+|,\s+")


def part_of(a: Reading, b: Reading) -> bool:
    """Whether one count is a part of the other, which its source sums with a count beside it: "312
    passengers and eight crew" in one outlet, "320 people on board" in another, agree."""
    return float(b.fact.value) in a.wholes or float(a.fact.value) in b.wholes


def conflicting(group: list[Reading]) -> bool:
    """Some two readings allow no common value: "more than 240" and 241 agree, 241 and 294 do not.
    Nor do two sources' floors (or ceilings) that differ: "more than 36,000 acres" against "more than
    40,000 acres" is two counts, each rounded down, though a value of 41,000 would meet both."""
    return disjoint(group) or _floors_differ(group)


def disjoint(group: list[Reading]) -> bool:
    """Some two readings allow no common value, bounds and all: one of them must be wrong."""
    bounds = [r.bounds() for r in group]
    return max(lo for lo, _ in bounds) > min(hi for _, hi in bounds)


def _floors_differ(group: list[Reading]) -> bool:
    """Two sources' bounds of one side and one noun at different values ("at least 30", "at least 41"); not
    "over 12,300 structures" and "more than 14,000 acres". With two values and two sources among such
    bounds, some two sources' bounds differ, so one pass over the group tells."""
    sides: dict[tuple[int, str], tuple[set[str], list[float]]] = {}
    for r in group:
        at = side(r)
        if at >= 0:
            sources, values = sides.setdefault((at, r.fact.unit), (set(), []))
            sources.add(r.source)
            values.append(r.bounds()[at])
    return any(len(sources) > 1 and not math.isclose(min(values), max(values), rel_tol=TOLERANCE)
               for sources, values in sides.values())
