"""Counts the figure grammar leaves out: numbers in words, peoples, areas and the dead.

A story's key counts are often written the way a reader speaks: "two infants", "seven
Portuguese", "three deceased", "more than 36,000 acres", "a 23,000-acre fire", "just over 52
square miles". These are counts (kind ``count``, the unit the noun counted) like "124 cases";
:mod:`.quantities` finds the digit-and-plural-noun ones. "One" is left out (it is an article
as often as a number), and so are spans of time and other measures ("three years", "50 mph").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .actors import NATIONALITIES
from .quantities import _NOT_COUNTED, _NUM, NUMBER_WORDS, SCALES, Quantity, parse_number

_SPELLED_NUMBERS = {w: n for w, n in NUMBER_WORDS.items() if n >= 2}  # "one" is as often an article
_WORDS = "|".join(sorted(_SPELLED_NUMBERS, key=len, reverse=True))
_QUALIFIER = r"(?:(?P<qual>more\s+than|over|about|around|nearly|almost|at\s+least|some|roughly|just\s+over|" \
             r"just\s+under|approximately|an\s+estimated|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than)\s+)?"
PEOPLE = frozenset({"people", "persons", "individuals", "passengers", "residents", "nationals"})
"""Count nouns that all count people: one figure whichever a source writes."""
_SPELLED = re.compile(
    rf"(?<![\w-]){_QUALIFIER}(?P<num>(?i:{_WORDS}))\s+(?P<noun>(?:[a-z]+[\s-])?(?:people|persons|individuals|"
    r"children|infants|babies|adults|students|passengers|crew|victims|residents|patients|members|workers|"
    r"employees|staff|soldiers|civilians|firefighters|officers|deaths|cases|survivors|men|women|outbreaks|"
    r"deceased|dead|injured|missing|wounded))\b", re.I)
"""A number in words counts only people and cases: "two fires", "three real risks" are seldom key figures."""
_CODE_BEFORE = re.compile(r"[A-Za-z]-$")
"""A number in a code or name ("K-9 units", "B-52s") counts nothing."""
_RATIO = re.compile(r"\b\d+(?:\.\d+)?\s+(?:in|out\s+of)\s+$")
_PEOPLES = re.compile(
    rf"(?<![\w$£€¥.,-]){_QUALIFIER}(?P<num>{_NUM}|(?i:{_WORDS}|one))\s+(?P<noun>[A-Z][a-z]+)\b(?!\s+[A-Z])")
_AREA = re.compile(
    rf"(?<![\w$£€¥.,]){_QUALIFIER}(?P<num>{_NUM})(?:\s+(?P<scale>million|thousand))?[\s-]+"
    r"(?P<noun>acres?|hectares?|square\s+(?:miles|kilometres|kilometers|km)|sq\s+(?:miles|km))\b", re.I)
_TOLL = re.compile(rf"\b(?:death|casualty)\s+toll\b[^.;:]{{0,60}}?\b(?:rose|rises|climbed|climbs|reached|stood|stands|"
                   rf"is|was|of|to|at|hit|jumped)\s+(?:to\s+|at\s+)?{_QUALIFIER}(?P<num>{_NUM})(?P<noun>)(?!\s*%|[\d,.]*\s+"
                   r"(?:per|percent|million|billion))", re.I)
"""ʺthe death toll rose to 24", "bringing the death toll from that blaze to 11": a count of deaths."""
_PART_OF = re.compile(rf"(?<![\w-]){_QUALIFIER}(?P<num>{_NUM}|(?i:{_WORDS}))\s+of\s+the\s+(?P<noun>deaths|dead|victims|"
                      r"cases|injured|missing|patients|casualties)\b", re.I)
"""ʺEight of the deaths were attributed to ...": a part of a count is a count of its own."""
_DEAD = re.compile(rf"(?<![\w$£€¥.,]){_QUALIFIER}(?P<num>{_NUM})\s+(?P<noun>dead|deceased|injured|missing|wounded)\b")
_SOURCING = re.compile(r"\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of|who\s+spoke)\b")
_ANY_NUMBER = re.compile(rf"\d|\b(?:{_WORDS})\b", re.I)
_STATE_NOUNS = {"dead": "deaths", "deceased": "deaths", "injured": "injured", "missing": "missing",
                "wounded": "injured"}


def more_counts(text: str, found: list[Quantity], european: bool = False) -> list[Quantity]:
    """``found`` (the figures of ``text``) with the counts written in words, of peoples, areas and the dead."""
    if not _ANY_NUMBER.search(text):
        return found
    found = [q for q in found if q.kind != "count" or not (_RATIO.search(text[max(0, q.start - 12):q.start])
                                                            or _CODE_BEFORE.search(text[max(0, q.start - 3):q.start]))]
    taken = [(q.start, q.end) for q in found]
    out = list(found)
    for pattern in (_TOLL, _PART_OF, _AREA, _DEAD, _PEOPLES, _SPELLED):
        for m in pattern.finditer(text):
            q = _quantity(m, pattern, european)
            if q is None or _RATIO.search(text[max(0, q.start - 12):q.start]):
                continue
            if not any(q.start < e and s < q.end for s, e in taken):
                out.append(q)
                taken.append((q.start, q.end))
    order = sorted(range(len(out)), key=lambda k: out[k].start)
    new_index = {old: new for new, old in enumerate(order)}
    return [_reindexed(out[k], new_index) for k in order]


def _reindexed(q: Quantity, new_index: dict[int, int]) -> Quantity:
    """``q`` with the index of the figure it converts moved to that figure's place in the new order."""
    return q if q.converted_from is None else replace(q, converted_from=new_index[q.converted_from])


def _quantity(m: re.Match[str], pattern: re.Pattern[str], european: bool) -> Quantity | None:
    raw = m.group("num")
    value = _SPELLED_NUMBERS.get(raw.lower()) or (1 if raw.lower() == "one" else parse_number(raw, european))
    if value is None:
        return None
    noun = re.sub(r"\s+", " ", m.group("noun").lower().replace("-", " "))
    if pattern is _AREA:
        value *= SCALES.get((m.group("scale") or "").lower(), 1.0)
        unit = {"acre": "acres", "hectare": "hectares"}.get(noun, noun)
    elif pattern is _PEOPLES:
        if noun not in NATIONALITIES or (raw.lower() == "one" and m.start("num") > 0
                                         and text_before_is_article(m.string, m.start("num"))):
            return None
        unit = "people"  # "53 British", "seven Portuguese and one Canadian"
    elif pattern is _TOLL:
        unit = "deaths"
    elif noun.split()[-1] in _STATE_NOUNS:
        unit = _STATE_NOUNS[noun.split()[-1]]
    else:
        unit = noun.split()[-1]
        if _NOT_COUNTED.match(unit) or _NOT_COUNTED.match(noun.split()[0]):
            return None
    if pattern is not _AREA and (1900 <= value <= 2100 and "," not in raw):
        return None  # a year
    if _SOURCING.match(m.string, m.end()):
        return None  # "two people familiar with the talks": who told the reporter, not a count of the story
    qual = (m.group("qual") or "").lower() or None
    start = m.start("qual") if m.group("qual") else m.start("num")
    return Quantity("count", float(value), unit, qual, start, m.end(), m.group(0).strip())


def text_before_is_article(text: str, at: int) -> bool:
    """Whether "one" at ``at`` follows a word that makes it a pronoun or an article ("the one", "no one")."""
    return bool(re.search(r"\b(?:the|no|any|every|each|this|that|which)\s+$", text[:at], re.I))
