"""Counts whose noun is written once for several numbers: "took 7 seats, and New Harbour won 4".

Reporters do not repeat a counted noun. "A coalition would reach 16 seats, while a grand coalition
would hold 18"; "the number of cases is now at 124, an increase of 34"; "sold 1.3 million units, and
around 96,000 of them in the UK"; "most of cases with 62, followed by 39 cases"; "eight of the deaths were in
the north and 16 occurred in the south"; "1,800 damaged buildings, including 260 that had collapsed". A bare
number takes the noun of the count nearest before it in the sentence (or, before "followed by", the one after
it).
"""

from __future__ import annotations

import re

from .quantities import _COUNT_WORDS, Quantity, parse_number
from .states import PEOPLE

_NOT_BEFORE = "|".join(_COUNT_WORDS["not_before_bare"].split())
_BARE = re.compile(
    r"(?:\b(?P<verb>[a-z]+)\s+(?:exactly\s+|only\s+|just\s+)?|\b(?:increase|rise|jump|drop|fall|decrease|gain)\s+of\s+)"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6})(?![.,]\d)"
    r"(?=\s*(?:[.;)]|$)|\s+(?:with|between|each|apiece|while|since|but)\b|,(?P<followed>\s+followed\s+by\b)?)")
"""A number that counts nothing written after it: it ends a clause, or a phrase of its own follows; a whole
number only ("of magnitude 5.6," is a measure, and its 5 no count)."""
_NOT_BEFORE_WORD = re.compile(_NOT_BEFORE)
_PART = re.compile(r"(?<![\w.,-])(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+of\s+(?:them|those)\b", re.I)
"""ʺaround 96,000 of them": a part of the count just before. In words ("three of them in intensive care") it is
a detail of a group just counted, a small number a story's other counts already hold (measured on the
development and fixture stories: each such one was a second fact for a number already stated)."""
_REST = re.compile(r"\b(?:and|while|but|whereas)\s+(?:(?P<qual>about|around|some|nearly|almost|roughly|more\s+than|"
                   r"over|at\s+least)\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6})(?![.,]\d)"
                   r"(?=\s+(?:were|was|are|is|had|have|came|went|\w+ed)\b)")
"""ʺEight of the deaths were attributed to the north fire and 16 resulted from the south one": after a part of
a count ("N of the deaths"), a number that is the subject of the next clause (a verb follows it) is another
part of the same count; after a count of people, so is a number the next clause puts in a state of its own
("More than 1,000 people were hurt and around 30,000 have been left homeless": 30,000 people). Not after a
count of deaths: "24 deaths and 16 were missing" counts no deaths."""
_SUBSET = re.compile(r"\b(?:including|of\s+which|of\s+whom)\s+(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6})(?![.,]\d)"
                     r"(?=\s+(?:that|which|who|were|was|are|is|had|have|has)\b)")
"""ʺ1,800 damaged buildings, including 260 that had collapsed", "6,900 buildings, of which 940 have collapsed",
"342 passengers, of whom 12 were children": a part of the count just before, its noun not written again."""
_PART_OF_THE = re.compile(r"\bof\s+(?:the|these|those|its|their)\s+", re.I)
NEAR = 160
"""A count further back than this is in another clause of another subject."""


def elided_counts(text: str, found: list[Quantity]) -> list[Quantity]:
    """Counts in ``text`` whose noun is that of another count in ``found`` (the sentence's figures)."""
    counts = sorted((q for q in found if q.kind == "count"), key=lambda q: q.start)
    if not counts:
        return []
    out = []
    for pattern in (_BARE, _PART, _REST, _SUBSET):
        for m in pattern.finditer(text):
            if pattern is _BARE and m.group("verb") and _NOT_BEFORE_WORD.fullmatch(m.group("verb")):
                continue
            at, end = m.start("num"), m.end("num")
            followed = pattern is _BARE and m.group("followed")
            if followed:
                noun = next((q for q in counts if q.start >= end and q.start - end < NEAR), None)
            else:
                noun = next((q for q in reversed(counts) if q.end <= at and at - q.end < NEAR), None)
            value = parse_number(m.group("num"))
            if pattern is _REST and noun is not None and not (_PART_OF_THE.search(noun.text) or noun.unit in PEOPLE):
                continue
            if noun is None or value is None or value < 2 or (1900 <= value <= 2100 and "," not in m.group("num")):
                continue
            end = m.end(0) if pattern is _PART else end
            qual = m.group("qual") if pattern is _REST else None
            start = m.start("qual") if qual else at
            out.append(Quantity("count", value, noun.unit, qual.lower() if qual else None, start, end, text[start:end]))
    return out
