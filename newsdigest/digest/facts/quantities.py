"""A grammar for the figures in news copy: money, percentages and counts.

Libraries tried here fail on news money: quantulum3 reads "bn" as a unit, drops "S$" and makes
"($53 billion)" negative; price-parser drops "billion". So this is a small grammar of its own:
currency prefixes (US$ S$ HK$ RMB ¥ £ € Rs N …) and words (yuan, dollars, euros, naira …) from
the currency table (``data/currencies.yaml``),
scale words and abbreviations (thousand, mn, bn, trillion, crore, lakh), qualifiers (more than,
about, up to …), and both English (1,234.5) and European (1.234,5) number formats.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ...content.yamlfile import parse_yaml
from ..text.dates import MONTHS, WEEKDAYS
from .currencies import currency_table

_TABLE = currency_table()
_PREFIXES = _TABLE.prefixes()
_WORDS = _TABLE.words()
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9,
          "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "crore": 1e7, "crores": 1e7,
          "lakh": 1e5, "lakhs": 1e5}
NUMBER_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                             "thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
                                             "twenty".split())}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                     "hundred": 100})
"""Numbers written as words, one table for every stage that reads them (counts, citations)."""
_UNITS = "|".join(w for w, n in sorted(NUMBER_WORDS.items(), key=lambda wn: -len(wn[0])) if 1 <= n <= 19)
_DIGITS = "|".join(w for w, n in sorted(NUMBER_WORDS.items(), key=lambda wn: -len(wn[0])) if 1 <= n <= 9)
_TENS = "|".join(w for w, n in NUMBER_WORDS.items() if n in range(20, 100, 10))
COMPOUND_NUMBER = rf"(?:(?:{_UNITS})\s+hundred(?:\s+(?:and\s+)?(?:(?:{_TENS})(?:[-\s](?:{_DIGITS}))?|{_UNITS}))?" \
            rf"|(?:{_TENS})-(?:{_DIGITS})|(?:{_UNITS})\s+dozen)"
"""A number in several words: "three hundred and fifty", "twenty-five", "two dozen"."""
QUALIFIERS = ("more than", "over", "about", "around", "approximately", "roughly", "some", "nearly", "almost",
              "up to", "at least", "at most", "less than", "under", "close to", "as much as", "as little as",
              "as many as", "as high as", "as low as", "just over", "just under", "an estimated", "estimated",
              "upwards of", "in excess of", "below", "above", "at")

_NUM = r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = r"(?:thousand|million|billion|trillion|crores?|lakhs?|mn|mln|bn|tn|trn|[kmb])(?![\w$])"
_ONE_LETTER = r"(?=\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:billion|million|trillion|bn|m)\b)"
"""A one-letter prefix ("N5bn" naira) is a currency only before a grouped or scaled number; a prefix is never
the end of a word ("growers 62 cents" is no amount in rupees, "Rs 62")."""
_PREFIX = "(?<![A-Za-z])(?:" + "|".join(re.escape(p) + (_ONE_LETTER if len(p) == 1 and p.isalpha() else "")
                           for p in sorted({p for c in _TABLE.currencies.values() for p in c.prefixes},
                                           key=lambda p: (-len(p), p))) + ")"
_WORD = "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True))
_QUAL = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
# The patterns start at the figure; the qualifier written before it ("up to", "about") is found by
# looking back from each match (see _figures).
_QUALIFIER = re.compile(_QUAL, re.I)
_QUAL_LENGTHS = sorted({len(q) for q in QUALIFIERS}, reverse=True)
_MONEY_PREFIXED = re.compile(
    rf"(?P<prefix>{_PREFIX})\s?(?P<num>{_NUM})(?:\s*-?\s*(?P<scale>{_SCALE}))?"
    rf"(?:\s+(?P<word>{_WORD})\b)?", re.I)
_MONEY_RANGE = re.compile(  # "US$250-275 billion": two figures, the scale written once
    rf"(?P<prefix>{_PREFIX})\s?(?P<num>{_NUM})\s?[-–]\s?(?:{_PREFIX})?(?P<num2>{_NUM})\s*-?\s*(?P<scale>{_SCALE})"
    r"(?P<word>)", re.I)
_MONEY_WORD = re.compile(
    rf"(?P<num>{_NUM})(?:\s*-?\s*(?P<scale>{_SCALE}))?\s+(?P<word>{_WORD})\b", re.I)
_MINOR = _TABLE.minor_words()
_MONEY_MINOR = re.compile(rf"(?<![\w$£€¥.,–-])(?P<num>{_NUM})\s+(?P<word>"
                          + "|".join(sorted(map(re.escape, _MINOR), key=len, reverse=True)) + r")\b", re.I)
"""A hundredth part ("84 cents", "12 pence"): money in the currency that writes it (the table's first)."""
_PERCENT = re.compile(
    rf"(?P<num>{_NUM})\s*(?P<unit>%|per\s?cent\b|percent\b|pct\b|percentage\s+points?\b)",
    re.I)
_SPELLED_PERCENT = re.compile(
    rf"(?<![\w-])(?P<num>(?i:{COMPOUND_NUMBER}|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}))"
    r"\s+(?P<unit>per\s?cent\b|percent\b)", re.I)
"""ʺninety-six per cent", "Nine per cent": a percentage in words, as a speaker is quoted."""
_PER_CENT = re.compile(r"\bper\s?cent\b", re.I)
_COUNT_WORDS: dict[str, str] = parse_yaml((Path(__file__).parents[2] / "data" / "counts.yaml").read_text("utf-8"))
STUFF_UNITS = frozenset(pair.split(":")[1] for pair in _COUNT_WORDS["stuff"].split())
"""The units of weight and volume a count of stuff is written in ("tonnes", "barrels")."""
"""Word classes of the count grammar (``data/counts.yaml``)."""
_NOT_MODIFIERS = "|".join(_COUNT_WORDS["not_modifiers"].split())
MODIFIER = rf"(?:(?!(?i:{_NOT_MODIFIERS})\b)(?:[a-z]+(?<![^su]s)|[A-Z][A-Za-z]*)[\s-]" \
           rf"(?:(?:and|or)\s+(?!(?i:{_NOT_MODIFIERS})\b)[a-z]+\s+)?)"
"""A word between a number and the plural it counts ("40 additional street cleaners", "212 Liberal Union
votes", "600 postal and overseas votes"): no function word, month or day (``data/counts.yaml``), and no
plural itself (a plural is the counted noun)."""
_COUNT = re.compile(
    rf"(?<![\w$£€¥.,:–-])(?P<num>{_NUM})(?:\s+(?P<scale>thousand|million|billion))?(?:\s+or\s+so)?\s+"
    rf"(?P<noun>{MODIFIER}{{0,3}}(?:people|persons|children|[a-z]*men|women|police|staff|personnel|crew|[a-z]{{3,}}s))\b")
_NAME_BEFORE = re.compile(r"[A-Z][\w-]*\s+$")
"""A number right after a capitalised word is part of a name or model ("Boeing 787 Dreamliner jets")."""
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+$", re.I)
"""A number right after a month is its day ("on September 10 showed consumer prices up"), never a count."""
_COUNT_OF_TOTAL = re.compile(  # "42 of the 120 seats": the count is 42, the total only frames it
    rf"(?<![\w$£€¥.,])(?P<num>{_NUM})(?P<scale>)\s+of\s+(?:the|its|all)\s+(?:{_NUM})"
    r"(?:[\s-]member)?\s+(?P<noun>(?:[a-z]+[\s-]){0,1}(?:people|persons|members|seats|[a-z]{3,}s))\b")
_DIGIT = re.compile(r"\d")
_ACTION_NOUNS = frozenset({"cuts", "losses", "reductions", "increases", "gains", "additions", "openings", "closures"})
_NOT_NOUNS = frozenset("across towards afterwards upwards downwards always besides perhaps whereas unless thus "
                        "sometimes various previous numerous serious famous this was has is as its his us yes".split())
"""Words ending in -s that are no plural noun: "130 cases across two states" counts cases."""
_NOT_COUNTED = re.compile(r"^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|decades|centuries|"
                          r"quarters|halves|thirds|fifths|tenths|"
                          r"seasons|summers|winters|springs|autumns|weekends|nights|mornings|evenings|afternoons|"
                          r"percent|points|cents|dollars|euros|pounds|yuan|basis|per|ends|results|levels|"
                          r"highs|lows|others|terms|plus|series|kilometres|kilometers|km|miles|metres|meters|"
                          r"feet|inches|centimetres|millimetres|tonnes|tons|kilograms|kilos|grams|litres|liters|"
                          r"gallons|degrees|hectares|acres|knots|mph|kph|kilowatts|megawatts|gigawatts|volts)$")
"""Nouns no number counts: spans of time, fractions ("almost three quarters" of cases), measures."""


@dataclass(frozen=True)
class Quantity:
    """A figure found in text; ``unit`` is an ISO 4217 code, "%" or "pp", or the noun counted."""

    kind: str
    value: float
    unit: str
    qualifier: str | None
    start: int
    end: int
    text: str
    converted_from: int | None = None
    range_top: bool = False
    """The top of a range whose bottom is the figure just before ("US$250-275 billion"): one estimate, two ends."""


def median(values: Iterable[float]) -> float:
    """The middle value (the mean of the middle two for an even count), as :func:`statistics.median`.

    Written out because importing :mod:`statistics` (with fractions, decimal and random) costs a
    build more than all its uses here.

    >>> median([3, 1, 2]), median([4, 1, 3, 2])
    (2, 2.5)
    """
    ordered = sorted(values)
    if not ordered:
        raise ValueError("median of no values")
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def spelled_value(raw: str) -> int | None:
    """The value of a number written in several words, if it is one.

    >>> spelled_value("Three hundred and fifty"), spelled_value("twenty-five"), spelled_value("Two dozen")
    (350, 25, 24)
    >>> spelled_value("12") is None
    True
    """
    words = [w for w in re.split(r"[\s-]+", raw.lower()) if w != "and"]
    if len(words) < 2 or any(w not in NUMBER_WORDS and w != "dozen" for w in words):
        return None
    total = 0
    for w in words:
        total = total * 100 if w == "hundred" else total * 12 if w == "dozen" else total + NUMBER_WORDS[w]
    return total


def parse_number(text: str, european: bool = False) -> float | None:
    """A number in English (1,234.5) or European (1.234,5 / 28,5) notation.

    >>> parse_number("5,694,967,800.00"), parse_number("28,5"), parse_number("1.234,5"), parse_number("1,234")
    (5694967800.0, 28.5, 1234.5, 1234.0)
    """
    t = text.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t) or (european and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t)):
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d{1,2}", t) or (european and re.fullmatch(r"\d+,\d+", t)):
        t = t.replace(",", ".")
    else:
        t = t.replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


def uses_decimal_comma(text: str) -> bool:
    """Whether a text writes numbers the European way: "28,5%" or "1.234,5" somewhere in it."""
    return bool(re.search(r"\b\d+,\d{1,2}\s*(?:%|per\s?cent|prozent|pour\s?cent)|\b\d{1,3}(?:\.\d{3})+,\d+\b", text))


def find_quantities(text: str, european: bool = False) -> list[Quantity]:
    """Money, percentages and counts in ``text``, in order; a bracketed figure right after money is its conversion.

    >>> found = find_quantities("over 380 billion yuan ($53 billion) and 2.5 per cent")
    >>> [(q.kind, q.value, q.unit, q.qualifier) for q in found]
    [('money', 380000000000.0, 'CNY', 'over'), ('money', 53000000000.0, 'USD', None), ('percent', 2.5, '%', None)]
    """
    spelled_percent = "cent" in text and _PER_CENT.search(text)
    if not spelled_percent and not _DIGIT.search(text):
        return []  # no figure without a digit (or "per cent" in words): most sentences stop here
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(q: Quantity | None) -> None:
        if q and not any(q.start < e and s < q.end for s, e in taken):
            found.append(q)
            taken.append((q.start, q.end))

    for m in _figures(_MONEY_RANGE, text):
        for q in _money_range(m, european):
            add(q)
    for m in _figures(_MONEY_PREFIXED, text):
        add(_money(m, european, prefixed=True))
    for m in _figures(_MONEY_WORD, text):
        add(_money(m, european, prefixed=False))
    for m in _figures(_MONEY_MINOR, text):
        add(_minor_money(m, european))
    for m in _figures(_PERCENT, text):
        value = parse_number(m.group("num"), european)
        unit = "pp" if m.group("unit").lower().startswith("percentage") else "%"
        if value is not None:
            add(Quantity("percent", value, unit, _qual(m), m.start(), m.end(), m.group(0)))
    if spelled_percent:
        for m in _figures(_SPELLED_PERCENT, text):
            value = parse_number(m.group("num")) or spelled_value(m.group("num")) or NUMBER_WORDS.get(
                m.group("num").lower())
            if value:
                add(Quantity("percent", float(value), "%", _qual(m), m.start(), m.end(), m.group(0)))
    for m in _figures(_COUNT_OF_TOTAL, text):
        add(_count(m, european))
    for m in _figures(_COUNT, text):
        add(_count(m, european))
    found.sort(key=lambda q: q.start)
    return link_conversions(text, found)


class _Figure:
    """A figure pattern's match, with the qualifier written just before it ("up to 5%"), if any.

    Reads like the match of the pattern with ``(?:(?P<qual>(?i:...))\\s+)?`` in front, which is
    what the patterns once were: that optional alternation of 29 phrases was tried at every
    position of every sentence and made the figure search four times slower. A test checks the
    two agree.
    """

    __slots__ = ("_match", "_qual")

    def __init__(self, match: re.Match[str], qual: tuple[int, int] | None) -> None:
        self._match = match
        self._qual = qual

    def group(self, name: str | int = 0) -> str:
        """The group's text; "" (not None) for a group that took no part in the match."""
        if name == "qual":
            return self._match.string[self._qual[0]:self._qual[1]] if self._qual else ""
        if name == 0:
            return self._match.string[self.start():self._match.end()]
        return self._match.group(name) or ""

    def start(self, name: str | int = 0) -> int:
        if name == "qual":
            return self._qual[0] if self._qual else -1
        if name == 0 and self._qual:
            return self._qual[0]
        return self._match.start(name)

    def end(self) -> int:
        return self._match.end()

    @property
    def string(self) -> str:
        return self._match.string


def _figures(pattern: re.Pattern[str], text: str) -> Iterator[_Figure]:
    """``pattern.finditer(text)``, each match with the qualifier before it (not before the previous match's end)."""
    end = 0
    for m in pattern.finditer(text):
        yield _Figure(m, _qualifier_before(text, m.start(), end))
        end = m.end()


def _qualifier_before(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """Where the longest qualifier ending in whitespace right before ``start`` is, if one is, in any case
    ("More than 12,000 people" opens many sentences)."""
    gap = start
    while gap > limit and text[gap - 1].isspace():
        gap -= 1
    if gap == start:
        return None
    for length in _QUAL_LENGTHS:
        if gap - length >= limit and _QUALIFIER.fullmatch(text, gap - length, gap):
            return gap - length, gap
    return None


def _qual(m: _Figure) -> str | None:
    q = m.group("qual")
    if not q or q.lower() == "at":
        return None
    return q.lower()


def _money(m: _Figure, european: bool, prefixed: bool) -> Quantity | None:
    value = parse_number(m.group("num"), european)
    if value is None:
        return None
    scale = (m.group("scale") or "").lower()
    if scale in ("m", "b", "k") and not prefixed:
        return None  # "5 m yuan" is rare; "5 m" alone is usually metres
    value *= SCALES.get(scale, 1.0)
    word = (m.group("word") or "").lower()
    if prefixed:
        prefix = m.group("prefix").lower()
        unit = _PREFIXES.get(prefix, _PREFIXES.get(prefix.rstrip("."), "USD"))
        if prefix == "$" and word and _WORDS.get(word, "USD") != "USD":
            unit = _WORDS[word]  # "$5 Singapore dollars" is rare, but the word is the clearer signal
    else:
        unit = _WORDS[word]
    if value == 0:
        return None
    start = m.start("qual") if m.group("qual") else m.start("prefix" if prefixed else "num")
    return Quantity("money", round(value, 6), unit, _qual(m), start, m.end(), m.group(0).strip())


def _minor_money(m: _Figure, european: bool) -> Quantity | None:
    """ "84 cents" as 0.84 in the currency whose hundredth part the word is (which one, when several write
    it, is settled per article: :mod:`.localcurrency`)."""
    value = parse_number(m.group("num"), european)
    if not value:
        return None
    start = m.start("qual") if m.group("qual") else m.start("num")
    unit = _MINOR[m.group("word").lower()][0]
    return Quantity("money", round(value / 100, 8), unit, _qual(m), start, m.end(), m.group(0).strip())


def _money_range(m: _Figure, european: bool) -> list[Quantity]:
    """Both ends of a money range ("US$250-275 billion"), each as a figure of its own."""
    low = _money(m, european, prefixed=True)
    high_value = parse_number(m.group("num2"), european)
    if low is None or high_value is None:
        return []
    high_value *= SCALES.get(m.group("scale").lower(), 1.0)
    cut = m.group(0).find(m.group("num2"), len(m.group("prefix")) + len(m.group("num")))
    start = m.start() + cut
    low = Quantity("money", low.value, low.unit, low.qualifier, low.start, start - 1, m.group(0)[:cut].rstrip("-– "))
    top = Quantity("money", round(high_value, 6), low.unit, None, start, m.end(), m.group(0)[cut:], range_top=True)
    return [low, top]


_MODEL_BEFORE = re.compile(r"(?<=[a-z,] )(?P<name>[A-Z][a-z]+)\s$")
"""A capitalised word inside the sentence right before a number: "demand for Blackwell and Hopper 200 products"."""


def _model_number(text: str, at: int) -> bool:
    """Whether the number at ``at`` is a model's ("Hopper 200", "Falcon 9 rockets"), not a count of the noun after:
    it follows a name mid-sentence; not a day ("Sunday 300 people") or a month ("March 12")."""
    m = _MODEL_BEFORE.search(text, max(0, at - 30), at)
    if m is None or text[max(0, m.start() - 4):m.start()].lower() == "the ":
        return False  # "gives the Greens 44 seats": a party's count, not a model's number
    return m.group("name").lower() not in MONTHS and m.group("name").lower() not in WEEKDAYS


def _count(m: _Figure, european: bool) -> Quantity | None:
    noun = m.group("noun").strip().replace("-", " ")
    if noun != noun.lower() and _NAME_BEFORE.search(m.string[max(0, m.start() - 40):m.start()]):
        return None
    if _model_number(m.string, m.start("num")):
        return None
    if re.fullmatch(r"[0-3]?\d", m.group("num")) and _MONTH_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]):
        return None
    head = noun.split()[-1]
    if head in _ACTION_NOUNS and " " in noun:
        head = noun.split()[0] + "s"  # "2,300 job cuts" counts jobs
    elif head in _NOT_NOUNS and " " in noun:
        head = noun.split()[0]  # "130 cases across two states" counts cases
    if _NOT_COUNTED.match(head) or _NOT_COUNTED.match(noun.split()[0]):
        return None
    value = parse_number(m.group("num"), european)
    if value is None or (1900 <= value <= 2100 and "," not in m.group("num")):
        return None  # a year, not a count
    value *= SCALES.get((m.group("scale") or "").lower(), 1.0)
    if value < 2:
        return None
    start = m.start("qual") if m.group("qual") else m.start("num")
    return Quantity("count", value, head, _qual(m), start, m.end(), m.group(0).strip())


def link_conversions(text: str, found: list[Quantity]) -> list[Quantity]:
    """Mark "380 billion yuan ($53 billion)": the bracketed money is a conversion of the money before it."""
    out: list[Quantity] = []
    for q in found:
        if q.kind == "money" and out and out[-1].kind == "money":
            between = text[out[-1].end:q.start]
            if re.fullmatch(r"\s*[(\[]\s*(?:about|approximately|around|roughly|or|some|nearly|~)?\s*", between, re.I):
                q = replace(q, converted_from=len(out) - 1)
        out.append(q)
    return out
