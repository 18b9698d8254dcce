"""Over what period a figure holds ("next three years") and the coarse class of what it measures.

The period comes from the figure's own clause (nearest first). What the figure is, as a phrase, is
:mod:`..text.nounphrases`' job; :func:`measure_of` reduces that phrase to a class ("investment",
"fall", "deaths") so that two sources' figures for one measure can be compared.
"""

from __future__ import annotations

import re

from ..text.clauses import NOT_A_RATE, SET_AGAINST
from ..text.words import SYNONYMS, stem
from .figuredates import aside
from .quantities import Quantity

_PERIOD = re.compile(
    r"\b(?:(?:over|in|during|for|within)\s+)?the\s+(?:next|coming|past|last|previous|following)\s+"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:years?|months?|quarters?|decades?)\b"
    r"|\b(?:over|within|in)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years\b"
    r"|\b(?:this|last|next|the\s+current|the\s+previous)\s+(?:fiscal\s+|financial\s+)?(?:year|quarter|month)\b"
    r"|\b(?:in|for|during|by|through)\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d\d(?:[-–/]\d\d)?\b"
    r"|\bthe\s+(?:three|six|nine|twelve)\s+months\s+(?:ending|ended|to)\s+(?:[A-Z][a-z]{2,3}\.|[A-Z][a-z]+)"
    r"(?:\s+\d{1,2}(?:,\s+\d{4})?)?"
    r"|\b(?:the\s+)?(?:first|second|third|fourth|last)\s+quarter(?:\s+of\s+(?:19|20)\d\d)?\b"
    r"|\b(?:per|a|each)\s+year\b" + NOT_A_RATE
    + r"|\b(?:per|a|each|every)\s+(?:month|week|day)\b" + NOT_A_RATE + r"|\b(?:monthly|weekly|daily)\b"
    + r"|\bannually\b|\byear[\s-]to[\s-]date\b|\bso\s+far\s+(?:this\s+year|in\s+(?:19|20)\d\d)\b"
    r"|\b(?:the\s+)?past\s+decade\b",
    re.I)
NEAR = 60
"""A period phrase more than this many characters from a figure belongs to something else."""
_MEASURE_CLASSES = {
    "~spend": "investment", "~rise": "rise", "~fall": "fall", "~death": "deaths", "~injure": "injuries",
    "revenu": "revenue", "sale": "revenue", "turnover": "revenue", "profit": "profit", "income": "profit",
    "earn": "profit", "valu": "value", "worth": "value", "ipo": "listing", "fin": "fine", "debt": "debt",
    "deficit": "deficit", "cost": "cost", "pay": "payment", "paid": "payment", "vot": "votes", "seat": "seats",
    "gain": "rise", "los": "fall", "down": "fall", "up": "rise", "exceed": "difference", "peak": "peak",
    "displac": "displaced", "evacuat": "evacuated", "hire": "jobs", "job": "jobs", "employ": "jobs",
    "disburs": "payment", "budget": "investment",
}



def period_of(text: str, q: Quantity, clause: tuple[int, int]) -> str | None:
    """The time span a figure covers, nearest to it in its own clause, and not past another figure:
    in "$2 billion this year, and $9 billion over five years" each figure has its own."""
    found = [m for m in _PERIOD.finditer(text, *clause)
             if (m.start() - q.end < NEAR or q.start - m.end() < NEAR) and not _another_figure(text, q, m)
             and not (m.group(0).lower().startswith("in ") and _RANKED.search(text[clause[0]:m.start()]))
             and not SET_AGAINST.search(text, clause[0], m.start()) and not aside(text, m.start(), q)]
    if not found:
        return None
    best = min(found, key=lambda m: abs(m.start() - q.end) if m.start() >= q.end else 2 * (q.start - m.end()))
    return re.sub(r"^(?:over|in|during|for|within)\s+", "", best.group(0).strip(), flags=re.I)


def _another_figure(text: str, q: Quantity, period: re.Match[str]) -> bool:
    """Whether another figure stands between ``q`` and a period phrase (a bracketed conversion does not count),
    or the phrase is the rate of a figure right before it: in "will bring in £12 million a year, most of it going
    to close a deficit of £15 million" the year is the £12 million's, not the deficit's."""
    between = text[q.end:period.start()] if period.start() >= q.end else text[period.end():q.start]
    if period.start() < q.start and _AFTER_FIGURE.search(text, 0, period.start()):
        return True
    if period.start() >= q.end and _SUBORDINATE.search(between):
        return True  # "fell 8.5% Thursday after the company's fourth quarter earnings topped": the earnings' quarter
    return bool(_FIGURE.search(_BRACKETED.sub(" ", between)))


_FIGURE = re.compile(r"\d")
_SUBORDINATE = re.compile(r"\b(?:after(?![\s-]hours)|before|as|when|because|following|while|since|although)\s", re.I)
"""A clause of its own opening between a figure and a period phrase: the phrase is that clause's, not the figure's."""
_AFTER_FIGURE = re.compile(r"\d(?:\s*(?:%|per\s+cent|percent|thousand|million|billion|trillion|bn|m|k))?\s*$", re.I)
_RANKED = re.compile(r"\b(?:first|second|third|only|most|least|\w{3,}est)\s+(?:[\w-]+\s+){0,3}$", re.I)
"""A ranking over years ("the first increase in four years", "its biggest loss in a decade") says how rare
the figure is, not the period it covers."""
_BRACKETED = re.compile(r"\([^()]*\)")


def measure_of(what: str) -> str | None:
    """A coarse class for a measure ("investment", "fall", "deaths") for matching across sources."""
    for word in re.findall(r"[a-zA-Z]+", what.lower())[:4]:
        st = stem(word)
        cls = SYNONYMS.get(st) or SYNONYMS.get(word)
        for key in (cls, st, word):
            if key and key in _MEASURE_CLASSES:
                return _MEASURE_CLASSES[key]
    return None


