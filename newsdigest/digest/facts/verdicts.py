"""What a group of readings of one measure is: an update series, a discrepancy, or neither.

:mod:`.conflicts` groups the readings of one measure; this says when each holds (a count as of a day,
a change on the day it happened), whether the group's values were given as of different dates (an
update: each value held when it was given) or for one time (a disagreement, when no one value meets
every reading's bounds), and writes the record: its values with their dates and sources, and what it
measures in the members' own words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from ...model import Discrepancy, Update
from ..text.words import content_terms
from .quantities import _COUNT_WORDS
from .readings import TOLERANCE, Reading, conflicting, disjoint

SPREAD = 3.0
"""Values of one measure at one time further apart than this factor are different measures."""
PERCENT_SPREAD = 2.0
"""Percentages crowd a narrow range: sources that report one rate differ by a fraction of it (29.4% or
29.8%, 3% or 2.5%), while a 22% fall in one segment and an 8.5% fall in the shares are two measures."""
ESTIMATE_SPREAD = 6.0
"""Estimates of one measure by different forecasters at one time spread wider (one bank's $50 billion of
losses beside a forecaster's $250 billion): this far, when every source gives its figure as an estimate."""
UPDATE_SPREAD = 20.0
"""A toll can rise tenfold over days; further apart than this, dated figures are different measures."""


def stock(a: Reading, b: Reading) -> bool:
    """Counts and levels hold as of a date, so two dates make an update; a change or a payment on another
    day ("rose 14% on Friday", "fell 3% on Monday") is another measure."""
    return all((r.fact.kind == "count" or r.fact.basis == "level") and not r.change for r in (a, b))


def distinct_times(dates: set[str], exact: bool = True) -> list[str]:
    """The dates that are not a day (or a containing month) apart from an earlier one."""
    out: list[str] = []
    for d in sorted(dates):
        if not any(dates_close(d, e, exact) for e in out):
            out.append(d)
    return out


def dates_close(a: str, b: str, exact: bool = False) -> bool:
    """One time: equal dates, a day apart (a Monday move reported on Tuesday) unless ``exact`` (a toll
    changes from one day to the next), or a month and a day in it."""
    if a == b or (len(a) == 4) != (len(b) == 4):  # a year names the measure's period, a day when it was said
        return True
    if re.fullmatch(r"\d{4}-\d\d-\d\d", a) and re.fullmatch(r"\d{4}-\d\d-\d\d", b):
        return not exact and abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= 1
    return a.startswith(b) or b.startswith(a)


def _values(group: list[Reading], undated: frozenset[int] = frozenset()
            ) -> list[tuple[float, str, str | None, tuple[str, ...]]]:
    """One entry per value (rounding aside): the value, its unit, the date it holds for and its sources, in
    date order (undated last). Sources giving one value report one figure, so it holds as of the most
    precise (then latest) date any of them gives: "124 cases" as of 26 Feb, not "last month". Readings in
    ``undated`` (by ``id``) give no date."""
    merged: list[tuple[float, str, set[str], set[str]]] = []
    for r in sorted(group, key=lambda r: (float(r.fact.value), r.index)):
        v = float(r.fact.value)
        dated = set() if id(r) in undated else r.dates
        for value, _, dates, sources in merged:
            if abs(value - v) <= TOLERANCE * max(value, v):
                dates |= dated
                sources |= r.sources
                break
        else:
            merged.append((v, r.fact.unit, set(dated), set(r.sources)))
    out = [(v, unit, max(dates, key=lambda d: (len(d), d)) if dates else None, tuple(sorted(sources)))
           for v, unit, dates, sources in merged]
    return sorted(out, key=lambda e: (e[2] or "~", e[0]))


def _what(group: list[Reading], estimated: bool = False) -> str:
    """What the group measures, as one member's own phrase: the one whose words the most members share
    ("expected by Wall Street analysts" over "exceeding"), after the owner most members are read to have;
    with no owner when one source gives the values ``estimated`` by different forecasters (none owns the losses)."""
    counts = Counter(w for r in group for w in r.words)
    whats = Counter(r.fact.what for r in group if r.fact.what not in ("amount", "change"))
    if whats:
        what = max(whats, key=lambda w: (sum(counts[t] > 1 for t in set(content_terms(w))), whats[w]))
    else:
        what = group[0].fact.what
    what = re.sub(r"^(?:in|of|on|for|to|at|by)\s+", "", what)  # "in punitive damages": the measure, not the link
    owners = Counter(r.fact.entity for r in group if r.fact.entity)
    owner = owners.most_common(1)[0][0] if owners and not estimated else None
    return f"{owner} {what}" if owner and owner.lower() not in what.lower() else what


def as_update(group: list[Reading]) -> Update | None:
    """A group whose values were given as of different dates, rising or falling with them; not what an
    organisation has (:func:`standing`), which its outlets report differently, not as it changes."""
    dated = [r for r in group if r.dates]
    if not all(stock(r, r) for r in group) or standing(group):
        return None
    times = distinct_times({d for r in dated for d in r.dates})
    if len(times) < 2 or any(len(distinct_times(r.dates)) > 1 for r in dated):
        return None
    by_time = sorted(dated, key=lambda r: min(r.dates))
    if len({float(r.fact.value) for r in by_time}) < 2:
        return None
    values = tuple(_values(group, _undated(group)))
    return Update(_what(group), group[0].fact.kind, values, tuple(sorted({r.fact.id for r in group})))


_STANDING = frozenset(t for w in _COUNT_WORDS["standing"].split() for t in content_terms(w)) | {"employ"}
STANDING_DAYS = 31
"""How far apart reports of what an organisation has may be and still describe one state of it."""


def standing(group: list[Reading]) -> bool:
    """Whether every reading counts what an organisation has (staff, branches, customers: ``standing`` in
    ``data/counts.yaml``), none names its own day or calls itself a change, and they were given within
    :data:`STANDING_DAYS`: "about 640 people" it employs and "720 employees" days later disagree."""
    days = sorted(d for r in group for d in r.dates if len(d) == 10)
    if any(r.fact.kind != "count" or r.stated or r.change or r.directions for r in group) or not days:
        return False
    if (dt.date.fromisoformat(days[-1]) - dt.date.fromisoformat(days[0])).days > STANDING_DAYS:
        return False
    return all(set(content_terms(r.fact.unit)) & _STANDING or r.words & _STANDING for r in group)


def same_day_clashes(series: list[Reading]) -> list[Discrepancy]:
    """The points of an update series where two sources give one day, each in so many words, different values:
    "forcing about 1,400 residents from their homes" late on Tuesday against "Some 1,200 people were evacuated
    ... on Tuesday night". The toll rose after that day, but on that day the reports differ."""
    by_day: dict[str, list[Reading]] = {}
    for r in series:
        if len(r.stated) == 1 and r.dates == r.stated:
            by_day.setdefault(next(iter(r.stated)), []).append(r)
    return [d for _, day in sorted(by_day.items()) if len({r.source for r in day}) > 1
            and (d := as_discrepancy(day)) is not None]


def _undated(group: list[Reading]) -> frozenset[int]:
    """Readings dated only by their article while their source names the day of another of the series ("nearly
    60 children have been confirmed" above "As of Feb. 21, ... 90 cases"): the writer gave that one a day and
    this one none, so it is no value as of the day of writing; it is listed without a date."""
    named = {r.source for r in group if r.stated}
    return frozenset(id(r) for r in group if not r.stated and r.source in named and not any(
        o.stated and o.sentences & r.sentences for o in group))  # "are at 30%, down from 31% on Monday": now


def as_discrepancy(group: list[Reading]) -> Discrepancy | None:
    """A group whose readings cannot all hold at once, with the sentences that state it as one claim."""
    if not conflicting(group):
        return None
    values = tuple((v, u, s) for v, u, _, s in _values(group))
    dates = sorted({d for r in group for d in r.dates})
    # Floors that differ ("more than 36,000 acres", "more than 40,000 acres") may both hold, and sentences
    # of two days (a wage reported on Monday, another on Wednesday) each say what was known that day: the
    # account need not read them as one claim.
    one_day = len(distinct_times(set(dates), exact=False)) < 2
    sentences = tuple(sorted({sid for r in group for sid in r.sentences})) if disjoint(group) and one_day else ()
    by = _estimators(group)
    stated = sorted({d for r in group for d in r.stated})
    return Discrepancy(_what(group, bool(by)), group[0].fact.kind, values, tuple(sorted({r.fact.id for r in group})),
                       sentences, stated[0] if stated and one_day else None, by=by)


def _estimators(group: list[Reading]) -> tuple[tuple[float, str], ...]:
    """Each value's forecaster, when one source gives the estimates of two ("JPMorgan", "Morningstar DBRS"):
    there its name tells no side. Nothing otherwise (a range's top is its bottom's)."""
    own = [r for r in group if not r.bottoms]
    values = {s: {float(r.fact.value) for r in own if r.source == s} for s in {r.source for r in own}}
    if not _estimated(own) or all(len(v) < 2 for v in values.values()):
        return ()
    by: dict[float, str] = {}
    for r in sorted(own, key=lambda r: r.index):
        by.setdefault(float(r.fact.value), str(r.fact.entity))
    return tuple(sorted(by.items())) if len(set(by.values())) > 1 else ()


def _estimated(group: list[Reading]) -> bool:
    """Whether every reading is an estimate with its forecaster, and there are two forecasters or more."""
    return all("~estimate" in r.words and r.fact.entity for r in group) and \
        len({r.fact.entity for r in group}) > 1


def spread_ok(group: list[Reading]) -> bool:
    """Values further apart than :data:`SPREAD` at one time are two measures, even in a series whose
    values over days may spread further (28 killed on the ground beside 294 in all, the same day)."""
    values = [float(r.fact.value) for r in group]
    dated = {d for r in group for d in r.dates}
    stocks = all(stock(r, r) for r in group)
    times = distinct_times(dated)
    guessed = all(any("~estimate" in r.words for r in group if r.source == s) for s in {r.source for r in group})
    once = ESTIMATE_SPREAD if guessed else PERCENT_SPREAD if group[0].fact.kind == "percent" else SPREAD
    spread = UPDATE_SPREAD if stocks and len(times) > 1 else once
    if max(values) / min(values) > spread:
        return False
    for t in times:
        now = [float(r.fact.value) for r in group if any(dates_close(d, t, True) for d in r.dates)]
        if now and max(now) / min(now) > once:
            return False
    return True
