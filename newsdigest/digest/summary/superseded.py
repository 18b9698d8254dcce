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
(", bringing the number killed to four"), only that clause goes. The lead claim stays.
"""

from __future__ import annotations

import datetime as dt
import re

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
_SAYS = "|".join(sorted((w for w, cls in SYNONYMS.items() if cls == "~say" and len(w) >= 3), key=len, reverse=True))
_SPEAKS_AFTER = re.compile(r"\s*(?:,[^,]{1,80},\s*|(?:\s*[\w.’'-]+){1,3}\s+)?(?:has\s+|had\s+|also\s+)?(?:" + _SAYS +
                           r")\w*\b", re.I)
"""What follows a name that gives a report: "Mirela Dask said", "Dask, the agency's spokeswoman, told"; "Agency
spokesman Andrej Toman said" (a name in the speaker's title)."""
_SPEAKS_BEFORE = re.compile(r"\b(?:according\s+to|(?:" + _SAYS + r")\w*)\s+(?:[a-z][\w-]*\s+){0,4}$", re.I)
"""What comes before one: "according to Mirela Dask", "said agency spokeswoman Mirela Dask"."""
_LOOSE_STATE = re.compile(r"\s+(?:[a-z]+\s+){0,4}?(?P<state>killed|dead|died|injured|hurt|wounded|missing)\b")
"""A state a few plain words after a count of people, no comma between: "112 people were still reported missing"."""
_STATE_OF = {"killed": "deaths", "dead": "deaths", "died": "deaths", "injured": "injured", "hurt": "injured",
             "wounded": "injured", "missing": "missing"}
_HOUR = re.compile(r"[\d:.]+\s*(?:a\.?m\b|p\.?m\b|GMT\b|UTC\b|local\s+time\b)", re.I)
"""An hour or a day ("11 p.m.", "0900 GMT"), as the figure grammar may read its number alone."""
_SAID = re.compile(r"\b(?:" + _SAYS + r")\w*\b", re.I)
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
        later = {state for u in chosen if u is not unit and (published.get(u.sentence.source) or day) > day
                 for state, _, _ in tolls[id(u)]}
        old = [start for state, start, _ in tolls[id(unit)] if state in later]
        if not old:
            continue
        at = chosen.index(unit)
        if len(old) == len(tolls[id(unit)]) and _nothing_else(unit, chosen):
            chosen.remove(unit)
            for sid in unit.members:
                reasons[sid] = SUPERSEDED
            continue
        head = _head(unit.text, min(old), [s for _, s, _ in tolls[id(unit)]])
        if head is not None:
            chosen[at] = Candidate(unit.sentence, head, unit.clusters, frozenset(content_terms(head)), unit.whole,
                                   unit.members, unit.rewritten)
            tolls[id(chosen[at])] = _tolls(head)


def _tolls(text: str) -> list[tuple[str, int, int]]:
    """Each count of people in a state of harm in ``text``: (state, where it starts, where it ends)."""
    found: list[Quantity] = find_quantities(text)
    found = found + more_counts(text, found)
    out = []
    for q in found:
        state = in_state(text, q).unit if q.kind == "count" else ""
        if q.kind == "count" and state not in HARM and (loose := _LOOSE_STATE.match(text, q.end)):
            state = _STATE_OF[loose.group("state").lower()]  # "112 people were still reported missing"
        if state in HARM:
            out.append((state, q.start, q.end))
    return out


def _nothing_else(unit: Candidate, chosen: list[Candidate]) -> bool:
    """No figure but its tolls, no name and no quotation the rest of the account lacks."""
    if any(q in unit.text for q in _QUOTES):
        return False
    rest = [u for u in chosen if u is not unit]
    stated = [f for u in rest for f in figures(u.text)]
    spans = [(start, end) for _, start, end in _tolls(unit.text)]
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
    return all(t in said for name in names_in(unit.text) if name not in written and not _gives_report(unit.text, name)
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


def _gives_report(text: str, name: str) -> bool:
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
