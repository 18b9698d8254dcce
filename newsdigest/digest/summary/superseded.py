"""Superseded: a toll an earlier report gives is not stated once the account gives a later report's.

A story told over days gives its tolls again each day: "Fourteen people were injured and nine
were still missing" on Monday, "6 dead and 21 injured, with 5 crew members still missing" on
Wednesday. Each wording was a claim when it was written; side by side in one account they state
one claim twice, the older one out of date. The facts stage keeps the whole series (the timeline
and the facts page show how the toll rose); the account states the latest.

So a chosen wording whose every count of people in a state of harm (dead, injured, missing) is
given again by a wording from a report published later goes, when it says nothing else the rest
of the account lacks: no other figure, no name, no quotation. When the old toll sits in a trailing
clause (", bringing the number killed to four"), only that clause goes. The lead claim stays.
"""

from __future__ import annotations

import datetime as dt

from ..facts.counts import more_counts
from ..facts.quantities import Quantity, find_quantities
from ..facts.states import in_state
from ..text.clauses import as_sentence
from ..text.entities import names_in
from ..text.words import content_terms
from .candidates import Candidate
from .restates import same_figure
from .support import figures
from .tails import MIN_HEAD, TAIL

SUPERSEDED = "left out of the account: a toll a later report gives again"
HARM = frozenset({"deaths", "injured", "missing"})
"""The states of people a toll counts, and a later report counts again."""
_QUOTES = ('"', "“", "”")


def drop_superseded(chosen: list[Candidate], published: dict[str, dt.date | None], reasons: dict[str, str]) -> None:
    """Remove (in place) from ``chosen`` each wording whose tolls a later report's chosen wording gives, or cut
    back the trailing clause that holds them; ``published`` is each source's date."""
    tolls = {id(u): _tolls(u.text) for u in chosen}
    for k, unit in enumerate(list(chosen)):
        day = published.get(unit.sentence.source)
        if k == 0 or day is None or not tolls[id(unit)]:
            continue
        later = {state for u in chosen if u is not unit and (published.get(u.sentence.source) or day) > day
                 for state, _ in tolls[id(u)]}
        old = [start for state, start in tolls[id(unit)] if state in later]
        if not old:
            continue
        at = chosen.index(unit)
        if len(old) == len(tolls[id(unit)]) and _nothing_else(unit, chosen):
            chosen.remove(unit)
            for sid in unit.members:
                reasons[sid] = SUPERSEDED
            continue
        head = _head(unit.text, min(old), [s for _, s in tolls[id(unit)]])
        if head is not None:
            chosen[at] = Candidate(unit.sentence, head, unit.clusters, frozenset(content_terms(head)), unit.whole,
                                   unit.members, unit.rewritten)
            tolls[id(chosen[at])] = _tolls(head)


def _tolls(text: str) -> list[tuple[str, int]]:
    """Each count of people in a state of harm in ``text``: (state, where it starts)."""
    found: list[Quantity] = find_quantities(text)
    found = found + more_counts(text, found)
    out = []
    for q in found:
        state = in_state(text, q).unit if q.kind == "count" else ""
        if state in HARM:
            out.append((state, q.start))
    return out


def _nothing_else(unit: Candidate, chosen: list[Candidate]) -> bool:
    """No figure but its tolls, no name and no quotation the rest of the account lacks."""
    if any(q in unit.text for q in _QUOTES):
        return False
    rest = [u for u in chosen if u is not unit]
    stated = [f for u in rest for f in figures(u.text)]
    tolls = {start for _, start in _tolls(unit.text)}
    at = 0
    for f in figures(unit.text):
        where = unit.text.find(f.text, at) if f.text else -1
        at = where + len(f.text) if where >= 0 else at
        if where in tolls or any(same_figure(f, g) for g in stated):
            continue
        return False
    said = {t for u in rest for t in u.terms}
    written = {f.text for f in figures(unit.text)}  # "Fourteen people were injured": a number, not a name
    return all(t in said for name in names_in(unit.text) if name not in written for t in content_terms(name))


def _head(text: str, first_old: int, starts: list[int]) -> str | None:
    """``text`` up to the trailing clause that holds every old toll (and no other), or None."""
    for m in TAIL.finditer(text):
        if m.start() > first_old:
            break
        if any(s < m.start() for s in starts):
            continue  # a toll of the head is not the tail's
        head = text[:m.start()]
        if len(head.split()) >= MIN_HEAD and head.count('"') % 2 == 0 and head.count("(") == head.count(")"):
            return as_sentence(head)
    return None
