"""Outdated: a figure an earlier report gave is not stated once the account gives the same measure's later value.

The facts stage finds update series: one measure reported at different times ("1,150 appointments
cancelled" as of Monday, "3,900" as of Thursday). Side by side in one account the two wordings
state one claim twice, the older out of date; the facts page and the timeline keep the series.
:mod:`.superseded` does this for tolls of harm, read from the words alone; this does it for any
measure the facts stage found updated, whatever it counts.

A chosen wording goes when each of its distinctive figures is an earlier value of a series that
another chosen wording gives a later value of, in words that say the same of it (they share at
least ``SAME_WORDS`` of the old wording's terms: "1,400 people were moved out of their homes" is
not what "1,600 people were still displaced" updates, whatever series the facts stage made), and
it says nothing else the rest of the account lacks: no other figure (a day or an hour aside), no
name, no quotation.
"""

from __future__ import annotations

from ...model import Update
from ..text.entities import names_in
from ..text.words import content_terms
from .candidates import Candidate
from .restates import distinctive, same_figure
from .superseded import gives_report
from .support import Figure, figures

OUTDATED = "left out of the account: an earlier value of a figure a later report gives"
SAME_WORDS = 0.5
"""The share of an old wording's terms the wording with the later value must have to update it."""
_KINDS = {"count": ("plain", "scaled"), "percent": ("percent",), "money": ("money", "scaled")}
"""Which kinds of written figure can give a value of a series of each kind."""


def drop_outdated(chosen: list[Candidate], updates: tuple[Update, ...], reasons: dict[str, str]) -> None:
    """Remove (in place) from ``chosen`` each wording whose figures are all earlier values of update series
    that another chosen wording gives a later value of."""
    series = [u for u in updates if sum(v[2] is not None for v in u.values) >= 2]
    if not series:
        return
    for unit in list(chosen):
        if unit is chosen[0]:
            continue  # the lead claim stays
        own = [f for f in figures(unit.text) if distinctive(f)]
        if not own or any(q in unit.text for q in ('"', "“", "”")):
            continue
        rest = [u for u in chosen if u is not unit]
        terms = {t for t in unit.terms if not t[0].isdigit()}
        alike = [u for u in rest if len(terms & u.terms) >= SAME_WORDS * len(terms)]
        later = [f for u in alike for f in figures(u.text)]
        if later and all(any(_outdated_by(f, unit.sentence.source, s, later) for s in series) for f in own) \
                and _nothing_else(unit, rest, own):
            chosen.remove(unit)
            for sid in unit.members:
                reasons[sid] = OUTDATED


def _matches(f: Figure, kind: str, value: float) -> bool:
    return f.kind in _KINDS.get(kind, ()) and any(abs(x - value) <= 0.005 * max(abs(value), 1e-9) for x in f.values)


def _outdated_by(f: Figure, source: str, update: Update, later: list[Figure]) -> bool:
    """Whether ``f``, written by ``source``, is a value of ``update`` that a figure in ``later`` gives a later
    value of (by the dates the values hold for)."""
    dated = [v for v in update.values if v[2] is not None]
    for value, _unit, as_of, sources in dated:
        if source in sources and _matches(f, update.kind, value):
            newer = [v for v in dated if str(v[2]) > str(as_of)]
            return any(_matches(g, update.kind, v[0]) for v in newer for g in later)
    return False


def _nothing_else(unit: Candidate, rest: list[Candidate], own: list[Figure]) -> bool:
    """No figure but the outdated ones (and days, hours, small numbers the account states too), and no name the
    rest of the account lacks, beside one that only says who gave the old figure."""
    stated = [g for u in rest for g in figures(u.text)]
    for f in figures(unit.text):
        if f in own or f.year or f.unit in ("time", "date") or any(same_figure(f, g) for g in stated):
            continue
        return False
    said = {t for u in rest for t in u.terms}
    return all(t in said for name in names_in(unit.text) if not gives_report(unit.text, name)
               for t in content_terms(name))
