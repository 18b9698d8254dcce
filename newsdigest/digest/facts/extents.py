"""Heights, depths and temperatures: measures of the event itself, facts of kind ``measure``.

"The plane climbed to about 600 feet", "reached just 625 feet" and "at a depth of 10 km" are figures a story
turns on, and sources disagree on them as on a toll; they are no counts of things (:mod:`.tallies` counts a
length only as the size of a thing, "a slick 3 kilometres long"). A height or depth is read only where its
own words say it is one (a verb of climbing or falling to it, "altitude of", "depth of", "height of"), so a
distance ("centred 14 km south-west of the city") and a speed ("475 feet per minute") stay out. A temperature is
read where a verb of reaching or a record gives it ("reached a national record of 44.1C", "recorded 44.3C"): two
outlets' readings of one day's record disagree as two tolls do; a forecast ("below 35C from Thursday") stays out.

Magnitudes ("a magnitude 6.1 quake") are not read: a story's quake and each of its aftershocks have one, and
nothing in a sentence says which event a bare "magnitude 5.6" is of, so two aftershocks' magnitudes would
read as one measure that sources disagree on.
"""

from __future__ import annotations

import re

from .quantities import _COUNT_WORDS, _NUM, Quantity, parse_number

_LENGTHS = dict(pair.split(":") for pair in _COUNT_WORDS["lengths"].split())
_UNIT = "|".join(sorted((re.escape(w) for w in _LENGTHS), key=len, reverse=True))
_QUAL = r"(?:(?P<qual>about|around|some|nearly|almost|roughly|approximately|more\s+than|over|just|only)\s+)?"
_HEIGHT = re.compile(
    r"\b(?:(?:climb\w*|ris\w*|rose|reach\w*|soar\w*|descend\w*|dropp?\w*|fell|fall\w*|plung\w*|plummet\w*)\s+"
    r"(?:to\s+)?|(?:altitude|height|depth|elevation)\s+of\s+)"
    rf"{_QUAL}(?P<num>{_NUM})\s*(?P<unit>{_UNIT})\b(?!\s+(?:per|a|an|each)\b|\s*/)", re.I)
"""ʺclimbed to about 600 feet", "reached just 625 feet", "at a depth of 9 km", "an altitude of 35,000 feet"."""
_TEMPERATURE = re.compile(
    r"\b(?:reach\w*|record\w*|hit|hits|(?:rose|risen|climbed|soared|fell|dropped|plunged)\s+to|record\s+of|"
    r"(?:high|low|peak|maximum|minimum)\s+of|temperatures?\s+of|peak\w*\s+at)\s+"
    rf"{_QUAL}(?P<num>\d+(?:\.\d+)?)\s*(?:°\s*)?(?P<unit>[CF])(?![\w-])")
"""A temperature a verb of reaching or a record gives: "reached a national record of 44.1C", "recorded 44.3C"."""
_NEEDS = ("feet", "ft", "met", "km", "kilomet", "mile")
_DEGREES = re.compile(r"\d\s*°?\s*[CF](?![\w-])")
"""Words the patterns cannot match without: most sentences skip them on a substring check."""
_ROUNDING = frozenset({"just", "only"})
"""Qualifiers that stress a value but do not bound it ("reached just 625 feet" is 625 feet)."""


def extents(text: str, found: list[Quantity]) -> list[Quantity]:
    """The heights and depths of ``text`` that no figure in ``found`` already covers, appended to it
    (after ``found``: the conversions ``found`` holds point at its own positions)."""
    low = text.lower()
    degrees = bool(_DEGREES.search(text))
    if not degrees and not any(w in low for w in _NEEDS):
        return found
    out = list(found)
    taken = [(q.start, q.end) for q in found]
    for q in _heights(text, degrees):
        if not any(q.start < e and s < q.end for s, e in taken):
            out.append(q)
            taken.append((q.start, q.end))
    return out


def _heights(text: str, degrees: bool) -> list[Quantity]:
    out = []
    for m in [*_HEIGHT.finditer(text), *(_TEMPERATURE.finditer(text) if degrees else ())]:
        value = parse_number(m.group("num"))
        if value is None or value <= 0:
            continue
        unit = m.group("unit").lower()
        unit = _LENGTHS.get(unit, unit) if m.re is _HEIGHT else "°" + unit.upper()
        qual = re.sub(r"\s+", " ", (m.group("qual") or "").lower()) or None
        start = m.start("qual") if m.group("qual") else m.start("num")
        out.append(Quantity("measure", value, unit, None if qual in _ROUNDING else qual, start, m.end("unit"),
                            text[start:m.end("unit")]))
    return out
