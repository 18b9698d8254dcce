"""Superseded: a toll an earlier report gives is not stated once the account gives a later report's.

A story told over days gives its tolls again each day: "Fourteen people were injured and nine
were still missing" on Monday, "6 dead and 21 injured, with 5 crew members still missing" on
Wednesday. Each wording was a claim when it was written; side by side in one account they state
one claim twice, the older one out of date. The facts stage keeps the whole series (the timeline
and the facts page show how the toll rose); the account states the latest.

So a chosen wording whose every count of people in a state of harm (dead, injured, missing) is
given again by a wording from a report published later goes, when it says nothing else the rest
of the account lacks: no other figure, no name, no quotation. A name that only says who gave the old
toll ("Mirela Dask said 1,150 people had been injured", "according to the mayor, Ana Pell") is no
news once the toll is out of date: it goes with it. When the old toll sits in a trailing clause
(", bringing the number killed to four"), only that clause goes. The lead claim stays. A wording that divides
a toll among its parts ("eight of the deaths in the north, 16 in the south") stays: the parts are news.

A toll written as a bound ("More than 1,000 people were hurt") is out of date the same way beside a
larger count of the same state from a report of that day or later, when that wording covers what
the bound counts (its clause's words, its names): "at least five students on the ground were
killed" is no bound on the passengers' toll. A leading clause holding only such tolls is cut from
its sentence ("... were hurt and around 30,000 have been left homeless": the rest stays).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from ..facts.counts import more_counts
from ..facts.quantities import Quantity, find_quantities
from ..facts.states import in_state
from ..text.clauses import as_sentence
from ..text.entities import names_in
from ..text.words import SYNONYMS, content_terms
from .candidates import Candidate
from .restates import same_figure
from .support import Figure, figures
from .tails import MIN_HEAD, TAIL

SUPERSEDED = "left out of the account: a toll a later report gives again"
HARM = frozenset({"deaths", "injured", "missing"})
"""The states of people a toll counts, and a later report counts again."""
_QUOTES = ('"', "“", "”")
SAYS = "|".join(sorted((w for w, cls in SYNONYMS.items() if cls == "~say" and len(w) >= 3), key=len, reverse=True))
_SPEAKS_AFTER = re.compile(r"\s*(?:,[^,]{1,80},\s*|(?:\s*[\w.’'-]+){1,3}\s+)?(?:has\s+|had\s+|also\s+)?(?:" + SAYS +
                           r")\w*\b", re.I)
"""What follows a name that gives a report: "Mirela Dask said", "Dask, the agency's spokeswoman, told"; "Agency
spokesman Andrej Toman said" (a name in the speaker's title)."""
_SPEAKS_BEFORE = re.compile(r"\b(?:according\s+to|(?:" + SAYS + r")\w*)\s+(?:[a-z][\w-]*\s+){0,4}$", re.I)
"""What comes before one: "according to Mirela Dask", "said agency spokeswoman Mirela Dask"."""
_LOOSE_STATE = re.compile(r"\s+(?:(?:were|was|are|is|have|has|had|been|being|still|reported|reportedly|believed|feared|"
                          r"confirmed|listed|as|left|now)\s+){1,4}(?P<state>killed|dead|died|injured|hurt|wounded|"
                          r"missing)\b")
"""A state a few auxiliaries and adverbs after a count of people: "112 people were still reported missing" (never
"3 climbers who found the injured": a count of those who did something)."""
_STATE_OF = {"killed": "deaths", "dead": "deaths", "died": "deaths", "injured": "injured", "hurt": "injured",
             "wounded": "injured", "missing": "missing"}
_HOUR = re.compile(r"[\d:.]+\s*(?:a\.?m\b|p\.?m\b|GMT\b|UTC\b|local\s+time\b)", re.I)
"""An hour or a day ("11 p.m.", "0900 GMT"), as the figure grammar may read its number alone."""
_BOUNDS = frozenset({"more than", "over", "at least", "upwards of", "in excess of"})
"""Qualifiers that make a toll a lower bound: any larger count of the same state says it too."""
_CLAUSE_END = re.compile(r"[,;:.]\s|[,;:.]$|\s+and\s+(?:(?:about|around|some|nearly|over|more\s+than|at\s+least)\s+)?"
                         r"[\d,.]+\s+(?:[a-z]+\s+){0,2}?(?:have|has|had|were|was|are|is)\b")
_BREAK = re.compile(r"[,;:]\s|[\"“”()]")
"""A break in a clause (a comma of a figure, "1,000", is none)."""
_AND = re.compile(r"\s+and\s+")
_SUBJECT = re.compile(r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|at\s+least|over|the|a|an)\b|\d)",
                      re.I)
"""How a clause that can stand as a sentence of its own may begin: a figure or a determiner."""
_SAID = re.compile(r"\b(?:" + SAYS + r")\w*\b", re.I)
_PART_OF_THE = re.compile(r"\bof\s+(?:the|these|those|its|their)\s+", re.I)
"""How a count names itself a part of another ("Eight of the deaths")."""
_FROM = re.compile(r"\b(?:up|down|rising|falling|risen|fallen|rose|fell|dropped|climbed)\s+from\s+"
                   r"(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I)
"""The words that give a toll's earlier value right after it: "41 still missing, down from 74"."""


def drop_superseded(chosen: list[Candidate], published: dict[str, dt.date | None], reasons: dict[str, str]) -> None:
    """Remove (in place) from ``chosen`` each wording whose tolls a later report's chosen wording gives, or cut
    back the trailing clause that holds them; ``published`` is each source's date."""
    tolls = {id(u): _tolls(u.text) for u in chosen}
    for k, unit in enumerate(list(chosen)):
        day = published.get(unit.sentence.source)
        if k == 0 or day is None or not tolls[id(unit)]:
            continue
        later = {t.state for u in chosen if u is not unit and (published.get(u.sentence.source) or day) > day
                 for t in tolls[id(u)]}
        old = [t for t in tolls[id(unit)] if t.state in later or _bound_passed(t, unit, chosen, tolls, published)]
        if not old or _breakdown(unit.text, tolls[id(unit)]):
            continue
        at = chosen.index(unit)
        if len(old) == len(tolls[id(unit)]) and _nothing_else(unit, chosen):
            chosen.remove(unit)
            for sid in unit.members:
                reasons[sid] = SUPERSEDED
            continue
        starts = [t.start for t in tolls[id(unit)]]
        short = _head(unit.text, min(t.start for t in old), starts) or _rest(unit.text, old, starts)
        if short is not None:
            chosen[at] = Candidate(unit.sentence, short, unit.clusters, frozenset(content_terms(short)), unit.whole,
                                   unit.members, unit.rewritten)
            tolls[id(chosen[at])] = _tolls(short)


def _bound_passed(toll: Toll, unit: Candidate, chosen: list[Candidate], tolls: dict[int, list[Toll]],
                  published: dict[str, dt.date | None]) -> bool:
    """Whether a toll given as a bound ("more than 1,000 people were hurt") is passed by a count of the same
    state in a wording from a report of the same day or later that names everyone the bound's wording names
    (one scope: "more than 1,000 hurt in Kestrin" is no bound on a national toll): the bound says less."""
    if toll.bound is None:
        return False
    day = published.get(unit.sentence.source)
    names = set(names_in(unit.text))
    scope = _scope(unit.text, toll)
    for other in chosen:
        when = published.get(other.sentence.source)
        if other is unit or day is None or when is None or when < day or not names <= set(names_in(other.text)) \
                or not scope <= other.terms:
            continue
        if any(t.state == toll.state and t.value > toll.value and t.bound is None for t in tolls[id(other)]):
            return True
    return False


def _scope(text: str, toll: Toll) -> frozenset[str]:
    """The terms of the clause a toll stands in, figures aside: what it counts, where and of what ("at least 28
    were killed and 60 injured in the dormitory" counts a dormitory's dead). The clause ends at a comma or where
    " and" opens a clause with a subject of its own ("and around 30,000 have been left homeless")."""
    end = _CLAUSE_END.search(text, toll.end)
    clause = text[toll.start:end.start() if end else len(text)]
    return frozenset(t for t in content_terms(clause) if not t[0].isdigit())


def _rest(text: str, old: list[Toll], starts: list[int]) -> str | None:
    """``text`` without the leading clause that holds its old tolls and nothing else ("More than 1,000 people were
    hurt and around 30,000 have been left homeless" -> "Around 30,000 have been left homeless"), or None."""
    if min(starts) != min(t.start for t in old) or min(starts) > 0:
        return None
    last = max(t.end for t in old)
    joint = _AND.search(text, last)
    if joint is None or any(last < s < joint.start() for s in starts if s not in {t.start for t in old}):
        return None
    lead, rest = text[:joint.start()], text[joint.end():]
    if _BREAK.search(lead) or names_in(lead) or len(rest.split()) < MIN_HEAD \
            or not _SUBJECT.match(rest) or rest.count('"') % 2:
        return None
    return as_sentence(rest)


def _breakdown(text: str, tolls: list[Toll]) -> bool:
    """Whether a wording divides one toll among its parts ("Eight of the deaths were in the north and 16 in the
    south"): which part had how many is news a later report's total does not give again."""
    parts = [t for t in tolls if _PART_OF_THE.search(text, t.start, t.end)]
    return any(sum(t.state == p.state for t in tolls) >= 2 for p in parts)


class Toll(NamedTuple):
    """A count of people in a state of harm: where it stands, its value, and its bound ("more than") if any."""

    state: str
    start: int
    end: int
    value: float
    bound: str | None


def _tolls(text: str) -> list[Toll]:
    """Each count of people in a state of harm in ``text``."""
    return list(_cached_tolls(text))


@lru_cache(maxsize=50_000)
def _cached_tolls(text: str) -> tuple[Toll, ...]:
    """:func:`_tolls`, cached: the account is checked again each time claims come back for room."""
    found: list[Quantity] = find_quantities(text)
    found = found + more_counts(text, found)
    out = []
    for q in found:
        state = in_state(text, q).unit if q.kind == "count" else ""
        if q.kind == "count" and state not in HARM and (loose := _LOOSE_STATE.match(text, q.end)):
            state = _STATE_OF[loose.group("state").lower()]  # "112 people were still reported missing"
        if state in HARM:
            out.append(Toll(state, q.start, q.end, q.value, q.qualifier if q.qualifier in _BOUNDS else None))
    return tuple(out)


def _nothing_else(unit: Candidate, chosen: list[Candidate]) -> bool:
    """No figure but its tolls, no name and no quotation the rest of the account lacks."""
    if any(q in unit.text for q in _QUOTES):
        return False
    rest = [u for u in chosen if u is not unit]
    stated = [f for u in rest for f in figures(u.text)]
    spans = [(t.start, t.end) for t in _tolls(unit.text)]
    tolls = {start for start, _ in spans}
    at = 0
    for f in figures(unit.text):
        where = unit.text.find(f.text, at) if f.text else -1
        at = where + len(f.text) if where >= 0 else at
        if any(a <= where < b for a, b in spans) or any(same_figure(f, g) for g in stated) \
                or _earlier_value(unit.text, where, tolls) or _when_reported(unit.text, f, where, tolls):
            continue
        return False
    said = {t for u in rest for t in u.terms}
    written = {f.text for f in figures(unit.text)}  # "Fourteen people were injured": a number, not a name
    return all(t in said for name in names_in(unit.text) if name not in written and not gives_report(unit.text, name)
               for t in content_terms(name))


def _earlier_value(text: str, where: int, tolls: set[int]) -> bool:
    """Whether the figure at ``where`` is what a toll before it stood at earlier ("74 were still missing, down
    from 112 last night"): older still than the toll it follows."""
    return where > 0 and any(t < where for t in tolls) and bool(_FROM.search(text, max(0, where - 30), where))


def _when_reported(text: str, f: Figure, where: int, tolls: set[int]) -> bool:
    """Whether the hour or day at ``where`` says when the old toll was given: it stands after a word of
    speaking and before every toll ("Toman said at an 11 p.m. briefing that 112 were missing")."""
    said = _SAID.search(text, 0, where)
    when = f.unit in ("time", "date") or _HOUR.match(text, where) is not None
    return when and said is not None and bool(tolls) and where < min(tolls)


def gives_report(text: str, name: str) -> bool:
    """Whether ``name`` stands in ``text`` only as the one who reports ("X said ...", "according to X")."""
    at = text.find(name)
    return at >= 0 and (bool(_SPEAKS_AFTER.match(text, at + len(name))) or bool(_SPEAKS_BEFORE.search(text[:at])))


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
