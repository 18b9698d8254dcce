"""What a currency written ambiguously stands for in one article: a bare "$" beside "US$" and "S$", a
word several currencies write ("kroner"), a hundredth part several write ("84 cents").

Read per article, before its sentences' figures are, because the clue (the prefix "DKK", the symbol
"€") is often sentences away from the figure it settles.
"""

from __future__ import annotations

import re
from collections import Counter

from .currencies import currency_table
from .quantities import _SCALE

_TABLE = currency_table()
_LOCAL_DOLLARS = {p: c.code for c in _TABLE.currencies.values() if c.code != "USD" for p in c.prefixes
                  if p.endswith("$")}
"""Dollars other than the US dollar, by prefix as written: ``S$`` -> SGD, ``HK$`` -> HKD."""
_LOCAL_DOLLAR = re.compile("(?<![A-Za-z])(" + "|".join(map(re.escape, sorted(_LOCAL_DOLLARS, key=len, reverse=True)))
                           + r")\s?\d")
AMBIGUOUS: dict[str, tuple[str, ...]] = {
    **_TABLE.shared_words, **{w: codes for w, codes in _TABLE.minor_words().items() if len(codes) > 1}}
"""Words several currencies write, to the codes they may stand for (the table's reading first)."""
_SCALE_GAP = rf"(?:\s*{_SCALE})?\s+"


def bare_dollar_currency(text: str) -> str | None:
    """The currency a bare "$" stands for in an article that writes both "US$" and a local dollar ("S$").

    >>> bare_dollar_currency("S$2 billion (US$1.5 billion) ... a $300 million fund")
    'SGD'
    """
    if "US$" not in text:
        return None
    prefixes = Counter(m.group(1) for m in _LOCAL_DOLLAR.finditer(text))
    return _LOCAL_DOLLARS[prefixes.most_common(1)[0][0]] if prefixes else None


def local_currency_words(text: str) -> dict[str, str]:
    """What a word several currencies write stands for in an article that writes just one of them by its
    prefix, symbol or own word ("DKK 1.4m ... 2.3 million kroner"; "€2bn ... 30 cents").

    >>> local_currency_words("spent DKK 1.4m ... spent 2.3 million kroner")
    {'kroner': 'DKK'}
    >>> local_currency_words("a levy of €1.2bn, or 30 cents a litre")
    {'cents': 'EUR'}
    """
    low = text.lower()
    out = {}
    for word, codes in AMBIGUOUS.items():
        if word not in low or not _AFTER_NUMBER[word].search(low):
            continue
        written = [c for c in codes if _writes(text, low, c)]
        if len(written) == 1 and written[0] != codes[0]:
            out[word] = written[0]
    return out


def _writes(text: str, low: str, code: str) -> bool:
    """Whether an article writes an amount in ``code`` by a prefix (not a one-letter one, "N") or by a word
    of its own (not one it shares)."""
    prefix, word = _WRITTEN[code]
    return bool((prefix and prefix.search(text)) or (word and word.search(low)))


def _written_patterns(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """How an article writes an amount in ``code`` unmistakably: a prefix before a number, its own word after."""
    currency = _TABLE.currencies[code]
    prefixes = [re.escape(p) for p in currency.prefixes if len(p) > 1 or not p.isalpha()]
    words = [re.escape(w) for w in currency.words if w not in AMBIGUOUS]
    return (re.compile(rf"(?<![A-Za-z])(?:{'|'.join(prefixes)})(?=\s?\d)") if prefixes else None,
            re.compile(rf"\d{_SCALE_GAP}(?:{'|'.join(words)})\b") if words else None)


_WRITTEN = {code: _written_patterns(code) for codes in AMBIGUOUS.values() for code in codes}
_AFTER_NUMBER = {w: re.compile(rf"\d{_SCALE_GAP}{re.escape(w)}\b") for w in AMBIGUOUS}
"""A word several currencies write, after a number: "per cent" is no amount in cents."""
