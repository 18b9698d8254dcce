"""What a figure measures and over what period: "investment in AI infrastructure", "next three years".

The period comes from the figure's own clause (nearest first), the measure from the verb or noun
just before it and the object just after it.
"""

from __future__ import annotations

import re

from .owners import WINDOW
from .quantities import Quantity
from .words import SYNONYMS, stem

_PERIOD = re.compile(
    r"\b(?:(?:over|in|during|for|within)\s+)?the\s+(?:next|coming|past|last|previous|following)\s+"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:years?|months?|quarters?|decades?)\b"
    r"|\b(?:over|within|in)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years\b"
    r"|\b(?:this|last|next|the\s+current|the\s+previous)\s+(?:fiscal\s+|financial\s+)?(?:year|quarter|month)\b"
    r"|\b(?:in|for|during|by|through)\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d\d(?:[-–/]\d\d)?\b"
    r"|\bthe\s+(?:three|six|nine|twelve)\s+months\s+(?:ending|ended|to)\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?"
    r"|\b(?:the\s+)?(?:first|second|third|fourth|last)\s+quarter(?:\s+of\s+(?:19|20)\d\d)?\b"
    r"|\b(?:per|a|each)\s+year\b|\bannually\b|\byear[\s-]to[\s-]date\b|\bso\s+far\s+(?:this\s+year|in\s+(?:19|20)\d\d)\b"
    r"|\b(?:the\s+)?past\s+decade\b",
    re.I)
NEAR = 60
"""A period phrase more than this many characters from a figure belongs to something else."""
_CLAUSE_BREAK = re.compile(r"[,.;:()]")
_MEASURE_WORD = re.compile(
    r"\b(invest\w*|spend\w*|spent|allocat\w*|earmark\w*|commit\w*|pledg\w*|budget\w*|rais\w*|gain\w*|los[st]\w*|"
    r"fell|fall\w*|drop\w*|rose|ris\w*|surg\w*|jump\w*|climb\w*|slid\w*|down|up|report\w*|post\w*|earn\w*|"
    r"cost\w*|pa(?:y|id)\w*|fin\w*|valu\w*|worth|borrow\w*|lend\w*|cut\w*|sav\w*|generat\w*|record\w*|"
    r"revenues?|sales|profits?|income|losses|deficit|debt|capex|outlay|turnover|exceed\w*|peak\w*|"
    r"disburs\w*|receiv\w*|won|secur\w*|award\w*|kill\w*|injur\w*|died|dead|displac\w*|evacuat\w*|"
    r"hired?|laid\s+off|employ\w*|vot\w*|seats?)\b", re.I)
_OBJECT_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?((?:in|on|for|of|to|into|towards?|toward)\s+[^,.;:()]{3,60}"
                                r"|[a-zA-Z][\w-]*(?:\s+[\w’'-]+){0,5})", re.I)
_DATE_WORDS = re.compile(r"\b(?:on|in|since|by)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                              r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(?:19|20)\d\d)\w*\b", re.I)
_CUT_OBJECT = re.compile(
    r"\s+(?:and|which|that|who|while|but|as|because|after|before|since|to\s+\w+\s+the)\b.*$", re.I)
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
    """The time span a figure covers, nearest to it in its clause, else in its sentence."""
    for lo, hi in (clause, (max(0, q.start - WINDOW), min(len(text), q.end + WINDOW))):
        found = [m for m in _PERIOD.finditer(text, lo, hi) if m.start() - q.end < NEAR or q.start - m.end() < NEAR]
        if found:
            best = min(found, key=lambda m: abs(m.start() - q.end) if m.start() >= q.end else 2 * (q.start - m.end()))
            return re.sub(r"^(?:over|in|during|for|within)\s+", "", best.group(0).strip(), flags=re.I)
    return None


def what_of(text: str, q: Quantity) -> str:
    """A short phrase for what the figure measures: "investment in AI infrastructure", "IPO"."""
    window = text[max(0, q.start - 60):q.start]
    verbs = [v for v in _MEASURE_WORD.finditer(window) if not v.group(1).lower().endswith("ly")]
    verb = verbs[-1] if verbs and _CLAUSE_BREAK.search(window[verbs[-1].end():]) is None else None
    after = text[q.end:]
    obj = _OBJECT_AFTER.match(after)
    phrase = _CUT_OBJECT.sub("", " " + obj.group(1)).strip() if obj else ""
    if cut := _PERIOD.search(phrase) or _DATE_WORDS.search(phrase):
        phrase = phrase[:cut.start()].strip()
    if q.kind == "count":
        head = q.unit
        return f"{verb.group(1).lower()} ({head})" if verb else head
    parts = []
    if verb:
        parts.append(verb.group(1).lower())
    if (phrase and not re.match(r"(?:in|for|over|this|last|next|by)\b", phrase, re.I)) or \
            (phrase and re.match(r"(?:in|on|into|towards?|toward)\s", phrase, re.I) and not _PERIOD.match(phrase)):
        parts.append(phrase)
    return " ".join(parts).strip() or ("change" if q.kind == "percent" else "amount")


def measure_of(what: str) -> str | None:
    """A coarse class for a measure ("investment", "fall", "deaths") for matching across sources."""
    for word in re.findall(r"[a-zA-Z]+", what.lower())[:4]:
        st = stem(word)
        cls = SYNONYMS.get(st) or SYNONYMS.get(word)
        for key in (cls, st, word):
            if key and key in _MEASURE_CLASSES:
                return _MEASURE_CLASSES[key]
    return None


