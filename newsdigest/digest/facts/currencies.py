"""The currency table, ``data/currencies.yaml``: one entry per currency, read by every module that
needs one, so that a new currency is one entry and not an edit in four files.

The figure grammar (:mod:`.quantities`) reads the prefixes and words, the exchange rates
(:mod:`.currency`) the reference rates, and the pages (:mod:`newsdigest.site.render`) how an
amount is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...content.yamlfile import parse_yaml


@dataclass(frozen=True)
class Currency:
    """One currency: its ISO 4217 code and how news copy writes it."""

    code: str
    name: str
    prefixes: tuple[str, ...]
    """Written before a figure: ``HK$131.20``, ``RMB 5bn``."""
    words: tuple[str, ...]
    """Written after one, lower case: ``380 billion yuan``."""
    shown: str
    """How a page writes an amount: a prefix (``US$``), or a word after the number when it starts with a space."""
    usd_per_unit: float
    """The reference rate, used only when the articles give no conversion of their own."""
    minor: tuple[str, ...] = ()
    """The hundredth part, written after a number, lower case: ``84 cents``, ``12 pence``."""


@dataclass(frozen=True)
class CurrencyTable:
    """Every currency, and the month the reference rates were taken in."""

    currencies: dict[str, Currency]
    rates_as_of: str
    shared_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Words several currencies write, to the codes they may stand for (the default first)."""
    not_codes: frozenset[str] = frozenset()
    """Three capitals that stand beside a sum but are no currency: units, "IPO", "CEO"."""

    def prefixes(self) -> dict[str, str]:
        """Each prefix, lower case, to its currency's code."""
        return {p.lower(): c.code for c in self.currencies.values() for p in c.prefixes}

    def words(self) -> dict[str, str]:
        """Each currency word to its currency's code."""
        return {w: c.code for c in self.currencies.values() for w in c.words}

    def minor_words(self) -> dict[str, tuple[str, ...]]:
        """Each word for a hundredth part to the currencies that write it, in table order ("cents": USD, EUR,
        ...): the first is the reading when nothing in an article says otherwise."""
        out: dict[str, tuple[str, ...]] = {}
        for c in self.currencies.values():
            for w in c.minor:
                out[w] = (*out.get(w, ()), c.code)
        return out


@lru_cache(maxsize=1)
def currency_table() -> CurrencyTable:
    """The shipped table, read once per process."""
    text = (Path(__file__).parents[2] / "data" / "currencies.yaml").read_text(encoding="utf-8")
    data = parse_yaml(text)
    currencies = {
        code: Currency(code, str(entry["name"]), tuple(entry.get("prefixes") or ()), tuple(entry.get("words") or ()),
                       str(entry.get("shown") or " " + code), float(entry["usd"]), tuple(entry.get("minor") or ()))
        for code, entry in data["currencies"].items()}
    shared = {str(w): tuple(str(c) for c in codes) for w, codes in (data.get("shared_words") or {}).items()}
    not_codes = frozenset(str(data.get("not_codes") or "").split())
    return CurrencyTable(currencies, str(data["rates_as_of"]), shared, not_codes)
