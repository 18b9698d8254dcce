"""Counts the figure grammar leaves out: numbers in words, peoples, areas, parts, tolls and states.

A story's key counts are often written the way a reader speaks: "two infants", "eight seats",
"seven Portuguese", "three deceased", "more than 36,000 acres", "a 23,000-acre fire", "about 412,000
of the fryers", "the number of injured has risen to 19", "nine were still missing". These are counts
(kind ``count``, the unit the noun counted) like "124 cases"; :mod:`.quantities` finds the
digit-and-plural-noun ones, :mod:`.tallies` votes, sizes and measures, :mod:`.ellipsis` numbers
whose noun is written once, and :mod:`.states` what state a count of people is in. "One" is left
out (it is an article as often as a number), and so are spans of time and other measures ("three
years", "50 mph"), things already named ("the two fires") and circumstances ("across two states").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .actors import NATIONALITIES
from .ellipsis import elided_counts
from .quantities import (
    _COUNT_WORDS,
    _NOT_COUNTED,
    _NOT_NOUNS,
    _NUM,
    COMPOUND_NUMBER,
    MODIFIER,
    NUMBER_WORDS,
    SCALES,
    Quantity,
    parse_number,
    spelled_value,
)
from .states import PEOPLE, STATES, in_state
from .tallies import tally_counts

__all__ = ["GENERIC_NOUNS", "PEOPLE", "PEOPLE_COUNTS", "more_counts", "text_before_is_article"]

_SPELLED_NUMBERS = {w: n for w, n in NUMBER_WORDS.items() if n >= 2}  # "one" is as often an article
_WORDS = "|".join(sorted(_SPELLED_NUMBERS, key=len, reverse=True))
_QUALIFIER = r"(?:(?P<qual>(?i:more\s+than|over|about|around|nearly|almost|at\s+least|some|roughly|just\s+over|" \
             r"just\s+under|approximately|an\s+estimated|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than))\s+)?"
_SPELLED = re.compile(
    rf"(?<![\w-]){_QUALIFIER}(?P<num>(?i:{COMPOUND_NUMBER}|{_WORDS}))\s+(?P<noun>{MODIFIER}{{0,2}}(?:people|persons|children|men|women|"
    r"crew|police|staff|personnel|deceased|dead|injured|missing|wounded|[a-z]{3,}s))\b")
"""A number in words counts what a plural noun names ("two infants", "eight seats", "two abstentions"),
spans of time and measures aside ("three years", "two miles")."""
_PREPOSITION = re.compile(r"\b(?:by|across|in|into|between|among|from|to|for|on|at|over|under|through|within)\s+$",
                          re.I)
_PEOPLE_WORDS = frozenset("people persons individuals children infants babies adults students passengers crew victims "
                          "residents patients members workers employees staff soldiers civilians firefighters officers "
                          "deaths cases survivors men women deceased dead injured missing wounded".split())
"""The nouns a number in words was first counted for: people and cases, whatever the phrase around them."""
PEOPLE_COUNTS = _PEOPLE_WORDS | PEOPLE | frozenset(STATES.values())
"""Nouns of counts of people, in any state."""
GENERIC_NOUNS = frozenset(_COUNT_WORDS["generic_nouns"].split())
"""Nouns that count things without saying what they are ("1.3 million units"; ``data/counts.yaml``)."""
_THERE_ARE = re.compile(r"\bthere\s+(?:are|were|is|was|will\s+be)\s+$", re.I)
_DEFINITE = re.compile(r"\b(?:the|these|those|both|all)\s+$", re.I)
_CODE_BEFORE = re.compile(r"[A-Za-z]-$")
"""A number in a code or name ("K-9 units", "B-52s") counts nothing."""
_RATIO = re.compile(rf"\b(?:\d+(?:\.\d+)?|(?i:{_WORDS}|one))\s+(?:in|out\s+of)\s+$", re.I)
_PEOPLES = re.compile(
    rf"(?<![\w$£€¥.,-]){_QUALIFIER}(?P<num>{_NUM}|(?i:{_WORDS}|one))\s+(?P<noun>[A-Z][a-z]+)\b(?!\s+[A-Z])")
_PLURAL_AFTER = re.compile(r"\s+([a-z]{3,}s)\b")
_CROWD = re.compile(rf"\b(?P<noun>crowd|attendance|audience|turnout)\s+of\s+{_QUALIFIER}(?P<num>{_NUM})"
                    r"(?![\d,.]*\s*(?:%|per\s?cent|percent|(?!was\b|has\b|is\b)[a-z]+s\b))", re.I)
"""People a crowd is counted in ("in front of a crowd of 61,000", "an attendance of 52,300")."""
_AREA = re.compile(
    rf"(?<![\w$£€¥.,]){_QUALIFIER}(?P<num>{_NUM})(?:\s+(?P<scale>million|thousand))?[\s-]+"
    r"(?P<noun>acres?|hectares?|square\s+(?:miles|kilometres|kilometers|km)|sq\s+(?:miles|km))\b", re.I)
_TOLL = re.compile(rf"\b(?:(?:(?:death|casualty)\s+|(?<![\w-])(?i:the)\s+)toll|"
                   rf"number\s+of\s+(?P<what>(?:(?!people\b)[a-z]+\s+){{0,2}}"
                   rf"(?:dead|injured|missing|wounded|people|[a-z]{{3,}}s))(?:\s+(?P<state>killed|dead|injured|hurt|"
                   rf"missing))?\b)[^.;:]{{0,80}}?\b(?:rose|risen|rises|climbed|climbs|grown|grew|increased|reached|"
                   rf"stood|stands|is|was|of|to|at|hit|jumped)\s+(?:now\s+|also\s+)?,?\s*(?:to\s+|at\s+)?{_QUALIFIER}"
                   rf"(?P<num>{_NUM}|(?i:{_WORDS})\b)(?P<noun>)(?!\s*%|[\d,.]*\s+(?:per|percent|million|billion))",
                   re.I)
"""ʺthe death toll rose to 24": a count of deaths; "the number of injured has also risen, to 19": a count of
what is numbered."""
_PART_OF = re.compile(rf"(?<![\w-]){_QUALIFIER}(?P<num>{_NUM}|(?i:{_WORDS}))\s+of\s+(?:the|its|their|his|her|our)\s+"
                      rf"(?:[A-Za-z]+['’]s\s+)?(?:{_NUM}\s+)?(?P<noun>{MODIFIER}{{0,2}}(?:dead|injured|missing|wounded|"
                      r"deceased|people|crew|staff|personnel|police|[a-z]{3,}s))\b")
"""ʺEight of the deaths were attributed to ...", "about 412,000 of the fryers", "three of its 11 seats": a part of a
count is a count of its own."""
_DEAD = re.compile(rf"(?<![\w$£€¥.,]){_QUALIFIER}(?P<num>{_NUM}|(?i:{_WORDS}))\s+(?:(?:who\s+)?(?:are|were|was|remain|"
                   r"remained|have\s+been|had\s+been)\s+)?(?:still\s+)?(?P<noun>dead|deceased|injured|missing|wounded)\b")
"""ʺ21 injured", "nine were still missing", "41 still missing", "the seven who are still missing": a count of a
state."""
_HARMING = re.compile(rf"\b(?P<verb>(?i:killing|injuring|wounding))\s+{_QUALIFIER}(?P<num>{_NUM}|(?i:{_WORDS}))"
                      r"(?P<noun>)(?=\s*(?:[,;.]|and\b|$))")
"""ʺkilling at least 52 people, injuring more than 400 and ...": the harmed are the people just counted."""
_HARMED = {"killing": "deaths", "injuring": "injured", "wounding": "injured"}
_LED_TO = re.compile(rf"(?<![\w-]){_QUALIFIER}(?P<num>{_NUM}|(?i:{_WORDS}))\s+(?:that|which|of\s+which|of\s+them)\s+"
                     rf"(?:led\s+to|caused|resulted\s+in|ended\s+in|involved)\s+(?P<noun>{MODIFIER}{{0,2}}[a-z]{{3,}}s)\b")
"""ʺ54 reports, including three that led to small kitchen fires": a count of what they led to."""
_SOURCING = re.compile(r"\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of|who\s+spoke)\b")
_ANY_NUMBER = re.compile(rf"\d|\b(?:{_WORDS})\b", re.I)
_WORD_NUMBER = re.compile(rf"\b(?:{_WORDS})\b", re.I)
_NEEDS = {_TOLL: ("toll", "number of"), _PART_OF: (" of ",), _HARMING: ("killing", "injuring", "wounding"),
          _LED_TO: ("led to", "caused", "resulted in", "ended in", "involved"),
          _AREA: ("acre", "hectare", "square", "sq "), _DEAD: ("dead", "deceased", "injured", "missing", "wounded"),
          _CROWD: ("crowd", "attendance", "audience", "turnout")}
"""Words a pattern cannot match without, checked with ``in`` before the pattern is run."""
_EARLIER = re.compile(r"\b(?:up|down)\s+from\s+the\s+$", re.I)
"""ʺhas risen to 17, up from the 12 injuries the maker disclosed": the article points back to a count already
reported; only the new figure is news here."""


def more_counts(text: str, found: list[Quantity], european: bool = False) -> list[Quantity]:
    """``found`` (the figures of ``text``) with the counts written in words, of peoples, areas, states,
    votes, sizes and measures, and those whose noun is written once for several numbers."""
    if not _ANY_NUMBER.search(text):
        return found
    kept = [(k, q) for k, q in enumerate(found) if q.kind != "count" or _counts_something(text, q)]
    out: list[tuple[int | None, Quantity]] = list(kept)
    taken = [(q.start, q.end) for _, q in kept]

    def add(q: Quantity | None) -> None:
        if q is not None and _counts_something(text, q) and not any(q.start < e and s < q.end for s, e in taken):
            out.append((None, q))
            taken.append((q.start, q.end))

    for q in tally_counts(text):
        add(q)
    low = text.lower()
    spelled = bool(_WORD_NUMBER.search(text))
    for pattern in (_TOLL, _HARMING, _PART_OF, _LED_TO, _AREA, _DEAD, _PEOPLES, _SPELLED, _CROWD):
        needles = _NEEDS.get(pattern)
        if (pattern is _SPELLED and not spelled) or (needles and not any(n in low for n in needles)):
            continue  # a pattern whose words the sentence lacks cannot match: most sentences skip most patterns
        for m in pattern.finditer(text):
            add(_quantity(m, pattern, european))
    for q in elided_counts(text, [q for _, q in out]):
        add(q)
    out.sort(key=lambda item: item[1].start)
    new_index = {old: new for new, (old, _) in enumerate(out) if old is not None}
    return [_reindexed(in_state(text, q), new_index) for _, q in out]


def _counts_something(text: str, q: Quantity) -> bool:
    """Whether a count is one: not a ratio ("1 in 5"), a code ("K-9 units") or a count already reported."""
    return not (_RATIO.search(text, max(0, q.start - 12), q.start) or _CODE_BEFORE.search(text, max(0, q.start - 3),
                q.start) or _EARLIER.search(text, max(0, q.start - 24), q.start)
                or _numbered(text, q))


def _numbered(text: str, q: Quantity) -> bool:
    """Whether ``q`` is one of a bracketed list of numbers after a noun (see :data:`_NUMBERED`)."""
    before = _NUMBERED.search(text, max(0, q.start - 40), q.start)
    return before is not None and q.text[:1].isdigit() and (
        bool(before.group("listed")) or bool(_LIST_GOES_ON.match(text, q.end)))


_NUMBERED = re.compile(r"[a-z]s?\s*\(\s*(?P<listed>(?:\d+[a-z]?\s*,\s*)*(?:\d+[a-z]?\s*,?\s*(?:and|or|&)\s*)?)$")
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b|&)\s*\d")
"""A number in a bracketed list after a noun ("Six bus lines (4, 11, 12, 23, 31 and 40)"): which ones, by their
numbers, not how many."""


def _reindexed(q: Quantity, new_index: dict[int, int]) -> Quantity:
    """``q`` with the index of the figure it converts moved to that figure's place in the new order."""
    if q.converted_from is None:
        return q
    return replace(q, converted_from=new_index.get(q.converted_from))


def _quantity(m: re.Match[str], pattern: re.Pattern[str], european: bool) -> Quantity | None:
    raw = m.group("num")
    value = _SPELLED_NUMBERS.get(raw.lower()) or (1 if raw.lower() == "one" else spelled_value(raw)
                                                   or parse_number(raw, european))
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
        if (after := _PLURAL_AFTER.match(m.string, m.end())) and after.group(1) not in PEOPLE_COUNTS:
            return None  # "Pellar's three Belgian plants" count plants: the plural is the noun, read elsewhere
        unit = "people"  # "53 British", "seven Portuguese and one Canadian"
    elif pattern is _CROWD:
        unit = "people"
    elif pattern is _HARMING:
        unit = _HARMED[m.group("verb").lower()]
    elif pattern is _TOLL:
        what = (m.group("state") or m.group("what") or "deaths").lower().split()
        unit = STATES.get(what[-1], what[-1])
    elif pattern is _SPELLED and _DEFINITE.search(m.string, 0, m.start("num")) and not m.group("qual"):
        return None  # "the two fires", "both three parties": things already named, not a new count
    elif pattern is _SPELLED and _THERE_ARE.search(m.string, 0, m.start("num")) and not m.group("qual"):
        return None  # "There are two real risks": the frame of a list, not a figure
    elif (pattern is _SPELLED and _PREPOSITION.search(m.string, 0, m.start("num")) and not m.group("qual")
          and noun.split()[-1] not in _PEOPLE_WORDS):
        return None  # "powered by two engines", "across two states": a circumstance, not the news
    elif noun.split()[-1] in STATES:
        unit = STATES[noun.split()[-1]]
    else:
        unit = noun.split()[-1]
        if unit in _NOT_NOUNS or _NOT_COUNTED.match(unit) or _NOT_COUNTED.match(noun.split()[0]):
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
