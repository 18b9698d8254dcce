"""On what basis a figure holds: once, each year, in total over a period, or as a level on a date.

"$80 billion this fiscal year", "£140,000 a week", "380 billion yuan over three years" and "242
people on board" are different kinds of figure, and comparing two of them is only fair on the
same basis (DESIGN.md: ``basis``, ``as_of``). The basis is read from the figure's own clause, and
within it from the words nearest the figure, never from another figure of the sentence:

* ``per-year``: "a year", "per year", "annually", "annual revenue";
* ``total``: a span of several years or months ("over three years", "the next five years"), words
  like "in total" or "combined", or a flow (revenue, spending, profit) over a stated period;
* ``level``: a count (a toll, cases, acres: what stands on a date; not a plan, "will cut 2,300 jobs"),
  a value or price, a rate or share;
* ``one-off``: a payment, fine, fee, award, bid or price paid once, a deal's or an aid package's value; a
  count a deal moves once ("sold 54 million shares"), a side of a vote's tally ("voted 5-2").

Anything else is None: a guess would be worse than saying nothing. ``as_of`` is the date the
clause gives, else the article's date, for counts and levels.
"""

from __future__ import annotations

import datetime as dt
import re

from ..text.clauses import NOT_A_RATE
from ..text.tense import CONDITIONAL, FUTURE, tense_at
from .quantities import Quantity

NEAR = 40
"""Basis words further than this from the figure belong to another figure of the sentence."""
_PER_YEAR = re.compile(r"\b(?:a|per|each|every)\s+(?:year|annum)\b" + NOT_A_RATE
                       + r"|\bannual(?:ly|ised|ized)?\b|\byearly\b|\bp\.a\.",
                       re.I)
_SHORTER_RATE = re.compile(r"\b(?:per|a|an|each|every)\s+(?:month|week|day)\b|\b(?:monthly|weekly|daily)\b", re.I)
_TOTAL_WORDS = re.compile(r"\b(?:in\s+total|total(?:ling|ing)?|combined|cumulative(?:ly)?|altogether|all\s+told)\b",
                          re.I)
_SPAN = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:years|months|quarters|"
                   r"decades)\b|\bpast\s+decade\b", re.I)
_ONE_OFF_WORDS = re.compile(r"\b(?:one-off|one-time|single|lump[\s-]sum)\b", re.I)
_ONE_OFF = re.compile(r"\b(?:pay\w*|paid|payment|fine[sd]?|fee|fees|award\w*|bid|bids|offer\w*|compensation|"
                      r"purchase|price\s+paid|sale\s+price|bought|buy\w*|acqui\w*|settlement|settl\w*\s+(?:for|with|the)|bond|bail|refund\w*|bonus\w*|"
                      r"grant\w*|donat\w*|raised|raise|ipo|deal|takeover|acquisition|buyout|swoop|merger|"
                      r"package|bailout|stimulus)\b", re.I)
_DEALT = re.compile(r"(?<!\bhas\s)(?<!\bhave\s)\b(?:sold|selling|sells|bought|buying|buys|issued|issuing|offered|"
                    r"offering|cancell?ed|cancell?ing|scrapped)\s+(?:(?:a\s+total\s+of|about|around|some|nearly|almost|"
                    r"more\s+than|over|another|an\s+extra)\s+)?$", re.I)
"""A count a deal or an act moves once ("sold 54 million shares", "cancelled 1,100 flights on Monday"): no level that
grows day by day. What has been done so far ("has sold 2 million units") is."""
_DEALT_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:were|was)\s+(?:sold|bought|issued|cancell?ed|scrapped)\b", re.I)
"""The same act in the passive: "1,100 flights were cancelled"."""
_LEVEL = re.compile(r"\b(?:valu\w*|worth|market\s+(?:value|cap\w*)|price[sd]?|clos\w*|trad\w*|debt|reserves|"
                    r"cash|assets|rate|margin|share|stake|coverage|contain\w*|effective|unemployment|"
                    r"inflation|population|level|balance|capacity|majority|support|approval|turnout)\b", re.I)
_PER_UNIT = re.compile(r"\s+(?:per|a|an)\s+(?:pound|lb|tonne|ton|barrel|ounce|troy\s+ounce|kilo|kilogram|kg|litre|"
                       r"liter|gallon|bushel|bag|megawatt-hour|MWh|therm)\b", re.I)
_OF_LEVEL = re.compile(r"\s+of\s+(?:its\s+|their\s+|the\s+)?(?:[a-z]+\s+)?" + _LEVEL.pattern, re.I)
_FLOW = re.compile(r"\b(?:revenue|sales|turnover|profit|income|earnings|loss|losses|spend\w*|invest\w*|budget\w*|"
                   r"capex|cost\w*|deficit|surplus|exports?|imports?)\b", re.I)


def basis_of(text: str, q: Quantity, clause: tuple[int, int], period: str | None, what: str) -> str | None:
    """The basis of ``q`` from its own clause (see the module doc), or None when the clause does not say."""
    lo, hi = max(clause[0], q.start - NEAR), min(clause[1], q.end + NEAR)
    near = text[lo:q.start] + " " + text[q.end:hi]
    if _PER_YEAR.search(near) or _PER_YEAR.search(what):
        return "per-year"
    if period and _SHORTER_RATE.search(period):
        return None  # "NVT 400 million each month": a rate of no basis DESIGN.md names, never a one-off
    if _TOTAL_WORDS.search(near) or (period and _SPAN.search(period)):
        return "total"
    if q.kind == "count":
        # what will be done ("will cut 2,300 jobs", "is to shed 2,500") is a plan, counted once; what was sold
        # or bought once ("sold 54 million shares") a deal; what stands or was counted (a toll, cases, people
        # aboard) is a level on a date
        if tense_at(text, q.start, q.end) in (FUTURE, CONDITIONAL):
            return None
        if q.unit == "votes" and q.text.isdigit():
            return "one-off"  # one side of a tally ("the board voted 5-2"): cast once, at one sitting
        dealt = _DEALT.search(text, max(clause[0], q.start - 30), q.start) or _DEALT_AFTER.match(text, q.end)
        return "one-off" if dealt else "level"
    if _ONE_OFF_WORDS.search(near):
        return "one-off"
    words = what + " " + text[max(clause[0], q.start - NEAR):q.start]
    if q.kind == "money" and _ONE_OFF.search(words):
        return "one-off"
    if q.kind == "money" and _PER_UNIT.match(text, q.end):
        return "level"  # "settles at 349.50 cents per pound": a price of a commodity on the day, however it moved
    if _LEVEL.search(what) or (q.kind == "money" and _LEVEL.search(text[max(clause[0], q.start - 20):q.start])) or (
            q.kind == "percent" and _OF_LEVEL.match(text, q.end)):  # "are at 30% of capacity": a level
        return "level"
    if period and _FLOW.search(words):
        return "total"  # "revenue of $39.3 billion for the fourth quarter": the quarter's total
    return None


def as_of(basis: str | None, clause_date: str | None, published: dt.date | None) -> str | None:
    """The date a count or level holds for: the one its clause gives, else the article's."""
    if basis != "level":
        return None
    if clause_date:
        return clause_date
    return published.isoformat() if published else None
