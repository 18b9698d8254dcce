"""Covered: a chosen wording whose every term, figure and name the rest of the account gives says its claim again.

The greedy cover measures each wording against the claims chosen before it, so a wording chosen
early can be said again, piece by piece, by the wordings chosen after it: "Only adults over 65 can
have the shot for now" once the account says "The agency approved the shot for adults over 65" and
"For now, supplies are limited". Once the account is chosen, each wording is measured against all
the others: one that brings almost no term of its own (weighted by how rare a term is in the story),
no figure and no name the others lack, and quotes no one, is a restatement and goes; the least new
first, measured again after each goes, so two wordings never remove each other. The lead stays.

A figure the others lack keeps a wording, a day or an hour too: "Councillors will vote on the
final design in April" says when something will happen, however many of its words the others use.
A day another wording gives in other words is no figure the others lack: "early on March 3" in a
report of March 5 is the day a report of March 4 calls "on Tuesday" (each read against its own
source's date). Nor is who reports a claim the account states: "Police chief G.S. Malik said the
aircraft made a Mayday call" is measured by what it reports, so the chief's name keeps nothing.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping

from ...model import Citation
from ..text.dates import find_dates
from ..text.entities import names_in
from ..text.words import content_terms
from .candidates import Candidate
from .choice import MIN_NOVELTY, REPEATS, Choice, novelty
from .mutual import drop_mutual
from .restates import same_figure
from .support import Figure, figures

_OPENING_SAYS = re.compile(r"[^,;:\"“”\d]{3,80}?\b(?:said|says|told\s+(?:reporters|journalists)|added|stated)\s+"
                           r"(?:that\s+)?(?=(?:the|a|an|its|his|her|their|it|he|she|they)\s)")
"""An attribution a sentence opens with, up to its verb of saying and before the clause it reports: "Ahmedabad
police chief G.S. Malik said the aircraft ..." (never "Ruiz claimed the title": a verb that does something)."""
COVERED = "left out of the account: the account's other claims state all it says"
_QUOTES = ('"', "“", "”", "‘")
MAX_NOVELTY = 0.4
"""A wording whose terms are at most this weighted share new to the rest of the account says nothing new..."""
LATE_NOVELTY = 0.2
"""...or this share, once the account is cut to length and refilled: the more claims an account has, the more of
any wording's words the others happen to use (an account of 50 claims uses most of a story's words)."""


def state_once(choice: Choice, cited: Callable[[Candidate], Citation], cover: float = MAX_NOVELTY,
               published: Mapping[str, dt.date | None] | None = None) -> None:
    """Each claim once: drop from the chosen wordings those that state another's claim again (:mod:`.mutual`)
    and then those the rest of the account states piece by piece; and keep from coming back for room a claim
    cut for length that would now say mostly what the account says (the bar :func:`.budget.fill` sets the
    details one source gives: MIN_NOVELTY of its terms new); ``published`` is each source's date, which
    the days its wordings name are read against."""
    drop_mutual(choice.chosen, cited, choice.reasons)
    drop_covered(choice.chosen, choice.weight, choice.reasons, cover, published)
    said = {t for u in choice.chosen for t in u.terms}
    for unit in [u for u in choice.cut if novelty(u.terms, said, choice.weight) < MIN_NOVELTY]:
        choice.cut.remove(unit)
        for sid in unit.members:
            choice.reasons[sid] = REPEATS


def drop_covered(chosen: list[Candidate], weight: dict[str, float], reasons: dict[str, str],
                 cover: float = MAX_NOVELTY, published: Mapping[str, dt.date | None] | None = None) -> None:
    """Remove from ``chosen`` (in place) each wording after the first that the rest of the account states."""
    counts = Counter(t for u in chosen for t in u.terms)
    days = {id(u): _days(u, published) for u in chosen}
    claims = {id(u): _claim(u.text) for u in chosen}
    while len(chosen) > 1:
        scored = [(_novelty(u, claims[id(u)], counts, weight), k) for k, u in enumerate(chosen) if k > 0]
        gone = None
        for share, k in sorted(scored):
            if share > cover:
                break
            if _says_nothing_more(chosen[k], chosen, days, claims[id(chosen[k])]):
                gone = chosen[k]
                break
        if gone is None:
            return
        chosen.remove(gone)
        counts.subtract(gone.terms)
        for sid in gone.members:
            reasons[sid] = COVERED


def _days(unit: Candidate, published: Mapping[str, dt.date | None] | None) -> list[tuple[int, int, str]]:
    """The days ``unit`` names, each (start, end, the day), read against its source's date; none without one."""
    day = published.get(unit.sentence.source) if published else None
    if day is None:
        return []
    return [(m.start, m.end, m.date) for m in find_dates(unit.text, day) if len(m.date) == len("2026-03-03")]


def _claim(text: str) -> str:
    """``text`` without the attribution it opens with ("Police chief G.S. Malik said the aircraft made a Mayday
    call" -> "the aircraft made a Mayday call"): who reports a claim the account states is not a claim."""
    said = _OPENING_SAYS.match(text)
    return text if said is None else text[said.end():]


def _novelty(unit: Candidate, claim: str, counts: Counter[str], weight: dict[str, float]) -> float:
    """The weighted share of the claim's terms no other chosen wording has (exact sums, whatever the order)."""
    terms = unit.terms if claim == unit.text else frozenset(content_terms(claim))
    total = math.fsum(weight.get(t, 0.0) for t in terms)
    own = math.fsum(weight.get(t, 0.0) for t in terms if counts[t] <= 1)
    return own / total if total else 1.0


def _says_nothing_more(unit: Candidate, chosen: list[Candidate], days: dict[int, list[tuple[int, int, str]]],
                       claim: str) -> bool:
    """No figure (a day or an hour too) or name of ``unit`` is missing from the other chosen wordings, and
    it quotes no one: a quotation's words are the speaker's own, whoever else says the same."""
    if any(q in unit.text for q in _QUOTES):
        return False
    rest = [u for u in chosen if u is not unit]
    stated: list[Figure] = [f for u in rest for f in figures(u.text)]
    named = {day for u in rest for _, _, day in days.get(id(u), ())}
    at = 0
    for f in figures(unit.text):
        where = unit.text.find(f.text, at) if f.text else -1
        at = where + len(f.text) if where >= 0 else at
        if any(same_figure(f, g) for g in stated):
            continue
        if f.unit != "date" or not any(a <= where < b and day in named for a, b, day in days.get(id(unit), ())):
            return False
    said = {t for u in rest for t in u.terms}
    return all(t in said for name in names_in(claim) for t in content_terms(name))
