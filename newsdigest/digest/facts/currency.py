"""Exchange rates: the ones the articles imply first, a documented reference table second.

Reporters convert as they write ("380 billion yuan ($53 billion)"); those pairs are the rates
the story itself uses, so comparisons built on them agree with the text. Where the articles give
none, the currency table (``data/currencies.yaml``) supplies an approximate reference rate, and
the page says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from .currencies import currency_table
from .localcurrency import AMBIGUOUS
from .quantities import median


@dataclass(frozen=True)
class Rate:
    """US dollars per one unit of ``currency``, and where that number came from."""

    currency: str
    usd_per_unit: float
    source: str


def shared_word_currencies(text: str) -> tuple[str, ...]:
    """The currencies a money figure's word may stand for when several write it ("2.3 million kroner":
    NOK, DKK); none for a figure whose word or prefix says which.

    >>> shared_word_currencies("850,000 kroner"), shared_word_currencies("DKK 1.4m")
    (('NOK', 'DKK'), ())
    """
    low = text.lower()
    return next((codes for word, codes in AMBIGUOUS.items() if low.endswith(word)), ())


def reference_rates() -> tuple[str, dict[str, float]]:
    """The currency table's reference rates: (the month they were taken in, US dollars per unit)."""
    table = currency_table()
    return table.rates_as_of, {code: c.usd_per_unit for code, c in table.currencies.items()}


def implied_rates(pairs: list[tuple[float, str, float, str]]) -> dict[str, Rate]:
    """Rates from the articles' own conversions: ``(value, currency, value, currency)`` pairs.

    A pair converting to US dollars gives that currency's rate directly; the median is taken when
    several pairs agree on a currency, and a pair far from the reference rate (over 30%) is
    ignored as a misreading.
    """
    _as_of, table = reference_rates()
    found: dict[str, list[float]] = {}
    for a, unit_a, b, unit_b in pairs:
        for (x, ux), (y, uy) in (((a, unit_a), (b, unit_b)), ((b, unit_b), (a, unit_a))):
            if uy == "USD" and ux != "USD" and x > 0:
                rate = y / x
                ref = table.get(ux)
                if ref is None or abs(rate / ref - 1) <= 0.3:
                    found.setdefault(ux, []).append(rate)
    return {c: Rate(c, median(v), "the articles' own conversion") for c, v in sorted(found.items())}


def usd_rate(currency: str, implied: dict[str, Rate]) -> Rate | None:
    """The rate to use for ``currency``: implied by the articles, else the reference table, else None."""
    if currency == "USD":
        return Rate("USD", 1.0, "same currency")
    if currency in implied:
        return implied[currency]
    as_of, table = reference_rates()
    if currency in table:
        return Rate(currency, table[currency], f"reference rate for {_month(as_of)}")
    return None


def convert(value: float, currency: str, target: str, implied: dict[str, Rate]) -> tuple[float, str] | None:
    """``value`` in ``target`` currency and a note on the rates used, or None when a rate is missing."""
    src = usd_rate(currency, implied)
    dst = usd_rate(target, implied)
    if not src or not dst:
        return None
    usd = value * src.usd_per_unit
    note = src.source if currency != target else "same currency"
    return usd / dst.usd_per_unit, note


def same_amount(a: float, unit_a: str, b: float, unit_b: str, implied: dict[str, Rate],
                tolerance: float = 0.12) -> bool:
    """Whether two amounts in different currencies are one amount converted (within ``tolerance``)."""
    converted = convert(a, unit_a, unit_b, implied)
    return converted is not None and abs(converted[0] / b - 1) <= tolerance if b else False


def _month(as_of: str) -> str:
    """``2025-02`` -> ``February 2025``; shown in a page's "(reference rate for February 2025)"."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(f"{as_of}-01").strftime("%B %Y")
    except ValueError:
        return as_of
