"""Currencies the table does not know, learned from one story: "SVM 20bn", "20bn SVM", the name an
article writes the same sum in ("20 billion Solvaran marks"), and a name written with its code in brackets
("960 million kora (QKR)": every "1.2 billion kora" of the story is then an amount in QKR).

A story about a rare or invented currency would otherwise lose its amounts: the code beside a
number is no prefix the table lists, and "marks" reads as a count. A three-capital code written right
before or after a scaled number is a currency when it is no unit or office the table names
(``not_codes`` in ``data/currencies.yaml``) and the story writes it nowhere but beside figures: "the
NHS said" or "NHS trusts" show a name, never a currency. A count's noun becomes that currency's name
when another figure of the story writes the same sum with the code, and the noun counts no people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..text.words import vocabulary
from .counts import GENERIC_NOUNS, PEOPLE_COUNTS
from .currencies import currency_table
from .quantities import _NUM, _SCALE, SCALES, Quantity, _figures, _qual, find_quantities, link_conversions, parse_number

_TABLE = currency_table()
_NATIONS = frozenset(vocabulary()["nationalities"].split())
_KNOWN = frozenset(p for c in _TABLE.currencies.values() for p in c.prefixes if re.fullmatch("[A-Z]{3}", p)) | \
    _TABLE.not_codes
_FOLLOWS = r"(?=\s*(?:[^\w\s]|$)|\s+(?:in|of|to|for|from|on|at|by|and|or|with|was|were|is|are|has|had|will|would|" \
           r"a|an|the|this|that|last|next|over|than|per|after|before|since|each|a\s+year)\b)"
"""After "20bn SVM" a function word or punctuation: "20 million TEU containers" sizes containers."""
_CODE_BEFORE = re.compile(rf"(?<![\w$£€¥])(?P<code>[A-Z]{{3}})\s?(?P<num>{_NUM})(?:\s*(?P<scale>{_SCALE}))?(?![\w$%])")
_CODE_AFTER = re.compile(rf"(?<![\w$£€¥.,])(?P<num>{_NUM})(?:\s*(?P<scale>{_SCALE}))?\s+(?P<code>[A-Z]{{3}})"
                         rf"(?![\w$]){_FOLLOWS}")
_CAPITALS = re.compile(r"(?<![\w$])[A-Z]{3}(?![\w$])")
_NAMED = re.compile(rf"(?<![\w$£€¥.,])(?:{_NUM})(?:\s*(?:{_SCALE}))?\s+(?P<word>[a-z]{{2,}})"
                    r"\s+\(\s*(?P<code>[A-Z]{3})\s*\)")
"""A sum written in a currency's name with its code in brackets ("960 million kora (QKR)"): the name is the code's."""
_CONVERTED = re.compile(r"\s*\(\s*(?:(?:about|around|roughly|some|approximately|nearly|almost)\s+)?"
                        r"(?:US|A|C|NZ|HK)?[$€£¥]")
"""A bracketed sum in a known currency right after a count: the count's noun is a currency it was converted from."""
_ALONE = re.compile(r"\(\s*[A-Z]{3}\s*\)")
"""A code in brackets by itself ("Solvaran marks (SVM)") names the currency; it is no other use."""


@dataclass(frozen=True)
class StoryCodes:
    """The currencies one story writes that the table lacks: their codes, and the count nouns that name them."""

    codes: frozenset[str] = frozenset()
    names: dict[str, str] = field(default_factory=dict)
    """A count's noun ("marks") to the code another figure writes its sum with."""
    words: dict[str, str] = field(default_factory=dict)
    """A currency's name written after a number ("kora") to the code the story gives it in brackets."""
    stands_for: dict[str, str] = field(default_factory=dict)
    """A known national currency's word ("kronor") to the story's one new code, when the story never names
    that nation's currency otherwise: see :func:`unnamed_words`."""

    def read(self, text: str, found: list[Quantity], european: bool = False) -> list[Quantity]:
        """``found`` (the figures of ``text``) with the amounts in these currencies: a code beside a number
        is money, and so is a count whose noun names one of them."""
        if not self.codes:
            return found
        money = [q for q, _scaled in _code_amounts(text, european) if q.unit in self.codes]
        money += [q for q in _named_amounts(text, self.words, european)
                  if not any(q.start < m.end and m.start < q.end for m in money)]
        kept = [q for q in found if not any(q.start < m.end and m.start < q.end for m in money)]
        kept = [replace(q, kind="money", unit=self.names[q.unit], converted_from=None)
                if q.kind == "count" and q.unit in self.names else replace(q, converted_from=None) for q in kept]
        return link_conversions(text, sorted(kept + money, key=lambda q: q.start))


def learn_codes(texts: Sequence[str], european: Sequence[bool] = ()) -> StoryCodes:
    """The currencies ``texts`` (one story's articles) write by a code the table lacks, and their names."""
    amounts: dict[str, set[float]] = {}
    places: dict[str, int] = {}
    for k, text in enumerate(texts):
        eu = bool(european[k]) if k < len(european) else False
        for q, scaled in _code_amounts(text, eu):
            places[q.unit] = places.get(q.unit, 0) + 1
            if scaled:
                amounts.setdefault(q.unit, set()).add(q.value)
    words = {m.group("word"): m.group("code") for text in texts for m in _NAMED.finditer(text)
             if m.group("code") not in _KNOWN and m.group("word") not in PEOPLE_COUNTS | GENERIC_NOUNS}
    if not amounts:
        return StoryCodes(frozenset(words.values()), {}, words) if words else StoryCodes()
    written: dict[str, int] = {}
    for text in texts:
        for m in _CAPITALS.finditer(_ALONE.sub(" ", text)):
            written[m.group(0)] = written.get(m.group(0), 0) + 1
    codes = frozenset(c for c in amounts if written.get(c, 0) <= places[c])
    by_value = {v: c for c in codes for v in amounts[c]}
    names: dict[str, str] = {}
    only = next(iter(codes)) if len(codes) == 1 else None
    for text in texts:
        for q in find_quantities(text):
            code = by_value.get(q.value) or (only if _CONVERTED.match(text, q.end) else None)
            if q.kind == "count" and code and q.unit not in PEOPLE_COUNTS | GENERIC_NOUNS:
                names.setdefault(q.unit, code)  # "almost 3 billion crowns ($280 million)": the story's one currency
    found = codes | frozenset(words.values())
    return StoryCodes(found, names, words, unnamed_words(texts, next(iter(found))) if len(found) == 1 else {})


def unnamed_words(texts: Sequence[str], code: str) -> dict[str, str]:
    """The words of known national currencies the story writes after numbers but never identifies, as ``code``.

    A story of an invented country that writes "VKR 250m" in one article and "400 million kronor" in the
    next means one currency: nothing in it says Swedish, nor writes "SEK". So a word of a currency whose
    name carries a nation ("Swedish krona") stands for the story's one new currency when no article writes
    that adjective or that currency's prefixes. A currency with a symbol of its own ("$", "€", "£") is meant
    whenever its word is written, and keeps it.
    """
    whole = "\n".join(texts)
    low = whole.lower()
    out: dict[str, str] = {}
    for currency in _TABLE.currencies.values():
        adjective = currency.name.split()[0]
        if len(currency.name.split()) < 2 or adjective.lower() not in _NATIONS or \
                any(not p.isalpha() for p in currency.prefixes) or adjective in whole or \
                any(re.search(rf"(?<![A-Za-z]){re.escape(p)}(?![A-Za-z])", whole) for p in currency.prefixes):
            continue
        words = set(currency.words) | {w for w, codes in _TABLE.shared_words.items() if currency.code in codes}
        for word in words:
            if re.search(rf"\d(?:\s*{_SCALE})?\s+{re.escape(word)}\b", low):
                out[word] = code
    return out


def _code_amounts(text: str, european: bool) -> list[tuple[Quantity, bool]]:
    """Each number right after or before three capitals the table knows for no currency and no unit, and
    whether it is scaled ("SVM 20bn": only a scaled one makes a code a currency; once it is, "SVM 151,880"
    is an amount too)."""
    if not _CAPITALS.search(text):
        return []
    out: list[tuple[Quantity, bool]] = []
    for pattern in (_CODE_BEFORE, _CODE_AFTER):
        for m in _figures(pattern, text):
            code = m.group("code")
            value = parse_number(m.group("num"), european)
            scale = m.group("scale").lower()
            if code in _KNOWN or not value or any(m.start() < q.end and q.start < m.end() for q, _ in out):
                continue
            start = m.start("qual") if m.group("qual") else min(m.start("code"), m.start("num"))
            out.append((Quantity("money", round(value * SCALES.get(scale, 1.0), 6), code, _qual(m), start, m.end(),
                                 m.group(0).strip()), bool(scale)))
    return sorted(out, key=lambda qs: qs[0].start)


def _named_amounts(text: str, words: dict[str, str], european: bool) -> list[Quantity]:
    """Each number followed by a currency's learned name ("1.2 billion kora"), as money in its code."""
    if not words:
        return []
    out: list[Quantity] = []
    for m in _figures(_named_pattern(tuple(sorted(words))), text):
        value = parse_number(m.group("num"), european)
        if not value:
            continue
        start = m.start("qual") if m.group("qual") else m.start("num")
        scale = (m.group("scale") or "").lower()
        out.append(Quantity("money", round(value * SCALES.get(scale, 1.0), 6), words[m.group("word")], _qual(m),
                            start, m.end(), m.group(0).strip()))
    return out


@lru_cache(maxsize=64)
def _named_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A number and one of a story's currency names after it, compiled once for the story's every sentence."""
    names = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w$£€¥.,])(?P<num>{_NUM})(?:\s*(?P<scale>{_SCALE}))?\s+(?P<word>{names})\b"
                      r"(?:\s+\(\s*[A-Z]{3}\s*\))?")
