"""Counts that a vote, a size or a measure of stuff states without a counted plural after the number.

"Councillors voted 29 to 14", "the jury voted 7-1", "a 5-4 decision" each give two counts of votes;
"an eight-member jury" and "the 31-seat chamber" give the size of a body; "11,500 tonnes of palm olein",
"imports reached 1.3 million tonnes", "a slick 3 kilometres long", "38 kilometres of coastline", "vessels shorter
than 150 metres" and "41,000 flight hours" are measures a reader is told as counts. Heights, speeds and spans of
time stay out: "climbed to 600 feet", "50 mph", "a four-week trial". The word classes are in ``data/counts.yaml``.
"""

from __future__ import annotations

import re

from .quantities import _COUNT_WORDS, _NUM, NUMBER_WORDS, Quantity, parse_number


def _pairs(key: str) -> dict[str, str]:
    return dict(pair.split(":") for pair in _COUNT_WORDS[key].split())


_SIZES = _pairs("sizes")
_STUFF = _pairs("stuff")
_LENGTHS = _pairs("lengths")
_WORDS = "|".join(sorted((w for w, n in NUMBER_WORDS.items() if n >= 2), key=len, reverse=True))
_ANY = rf"{_NUM}|(?i:{_WORDS})"
_QUAL = r"(?:(?P<qual>(?i:about|around|some|nearly|almost|more\s+than|over|up\s+to|roughly|approximately))\s+)?"


def _alternation(words: dict[str, str]) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


_VOTE = re.compile(r"\b(?:voted|votes?|voting|ballot|split)\s+(?:was\s+|of\s+|by\s+)?(?P<a>\d{1,4})\s*(?:to|[-–])\s*"
                   r"(?P<b>\d{1,4})(?![\d.,]*\s*(?:%|per\s*cent|percent))\b"
                   r"|(?<![\w.,-])(?P<c>\d{1,3})[-–](?P<d>\d{1,3})\s+(?:vote|verdict|decision|ruling|majority|split)\b"
                   r"|(?<![\w.,-])(?P<e>\d{1,4})\s+votes\s+to\s+(?P<f>\d{1,4})\b(?!\s*%)",
                   re.I)
"""ʺvoted 29 to 14", "a 7-1 vote", "by 52 votes to 48": the votes on each side of a tally."""
_SIZE = re.compile(rf"(?<![\w.,$£€¥-])(?P<num>{_ANY})-(?P<noun>{_alternation(_SIZES)})\s+(?P<body>[a-z]+)", re.I)
_SEATED = frozenset(_COUNT_WORDS["legislatures"].split())
"""Bodies whose members hold seats: "the 31-member chamber" is the 31-seat chamber."""
_STUFF_AMOUNT = rf"{_QUAL}(?P<num>{_NUM})(?:\s+(?P<scale>million|thousand))?\s+(?P<noun>{_alternation(_STUFF)})"
_STUFF_OF = re.compile(rf"(?<![\w.,$£€¥-]){_STUFF_AMOUNT}\s+of\s+[a-z]", re.I)
_STUFF_MOVED = re.compile(rf"\b(?:reached|reach|totall?ed|(?:rose|fell|climbed|dropped|jumped|slipped)\s+to|"
                          rf"(?:up|down)\s+from|produced|exported|imported|shipped|spilled|leaked|sold|bought)\s+"
                          rf"{_STUFF_AMOUNT}\b(?!\s+of\s)", re.I)
"""A measure of stuff a verb of moving or making gives ("imports reached 1.3 million tonnes, up from 930,000
tonnes"): the verb's subject says what the stuff is."""
_LENGTH = re.compile(rf"(?<![\w.,$£€¥-])(?P<cmp>\b(?:{'|'.join(_COUNT_WORDS['comparatives'].split())})\s+than\s+)?"
                     rf"{_QUAL}(?P<num>{_NUM})[\s-]+(?P<noun>{_alternation(_LENGTHS)})\b"
                     rf"(?P<dim>\s+(?:{'|'.join(_COUNT_WORDS['dimensions'].split())})\b)?", re.I)
_LENGTH_OF = re.compile(r"\s+of\s+(?!(?:the|a|an|its|their|this|that|his|her|our|my|your)\b)[a-z]")
"""A length of a thing ("38 kilometres of coastline", "14 km of containment boom"), not a distance from a place
("within 20 km of Lindhaven", "2 km of the plant")."""
_WORKED = "|".join(_COUNT_WORDS["worked_hours"].split())
_HOURS = re.compile(rf"(?<![\w.,$£€¥-]){_QUAL}(?P<num>{_NUM})\s+(?P<noun>(?:{_WORKED})[\s-]hours)\b", re.I)
_SCALES = {"million": 1e6, "thousand": 1e3}
_VOTE_WORDS = ("vot", "ballot", "split", "verdict", "decision", "ruling", "majority")
_LENGTH_WORDS = ("met", "km", "kilomet", "mile", "feet", "ft")
_STUFF_WORDS = ("ton", "kilogram", "kg", "barrel", "litre", "liter", "gallon")
"""Words the patterns above cannot match without: most sentences skip them on a substring check."""


def tally_counts(text: str) -> list[Quantity]:
    """The counts of votes, sizes and measures in ``text``, in no particular order."""
    out: list[Quantity] = []
    low = text.lower()
    for m in _VOTE.finditer(text) if any(w in low for w in _VOTE_WORDS) else ():
        a, b = ("a", "b") if m.group("a") else ("c", "d") if m.group("c") else ("e", "f")
        for side in (a, b):
            out.append(Quantity("count", float(m.group(side)), "votes", None, m.start(side), m.end(side),
                                m.group(side)))
    for m in _SIZE.finditer(text) if "-" in text else ():
        value = _value(m.group("num"))
        if value is not None and value >= 2:
            unit = _SIZES[m.group("noun").lower()]
            unit = "seats" if unit == "members" and m.group("body").lower() in _SEATED else unit
            out.append(Quantity("count", value, unit, None, m.start("num"), m.end("noun"),
                                text[m.start("num"):m.end("noun")]))
    for m in _STUFF_OF.finditer(text) if " of " in low else ():
        out.extend(_measure(m, _STUFF))
    for m in _STUFF_MOVED.finditer(text) if any(w in low for w in _STUFF_WORDS) else ():
        out.extend(_measure(m, _STUFF))
    for m in _LENGTH.finditer(text) if any(w in low for w in _LENGTH_WORDS) else ():
        if m.group("cmp") or m.group("dim") or _LENGTH_OF.match(text, m.end()):
            out.extend(_measure(m, _LENGTHS))
    for m in _HOURS.finditer(text) if "hours" in low else ():
        out.extend(_measure(m, {}))
    return out


def _value(raw: str) -> float | None:
    return float(NUMBER_WORDS[raw.lower()]) if raw.lower() in NUMBER_WORDS else parse_number(raw)


def _measure(m: re.Match[str], units: dict[str, str]) -> list[Quantity]:
    value = parse_number(m.group("num"))
    if value is None or value == 0:
        return []
    scale = m.groupdict().get("scale") or ""
    value *= _SCALES.get(scale.lower(), 1.0)
    noun = re.sub(r"[\s-]+", " ", m.group("noun").lower())
    unit = units.get(noun, noun)
    start = m.start("qual") if m.group("qual") else m.start("num")
    qual = (m.group("qual") or "").lower() or None
    return [Quantity("count", value, unit, qual, start, m.end("noun"), m.string[start:m.end("noun")])]
