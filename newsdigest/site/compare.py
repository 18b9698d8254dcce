"""Compare: the actors' figures side by side, in one currency and per year, and who reported what.

Works on the merged content (after ``edits.yaml``), so a hidden fact leaves the comparison too.
Spending commitments are what readers compare ("who spends what"): each becomes a bar in the
common currency, divided by the years it covers. The rate used for each conversion is stated,
preferring the rates the articles themselves imply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..digest.currency import Rate, convert, implied_rates, usd_rate
from ..digest.dates import period_length_years

SPENDING = re.compile(r"invest|spend|spent|allocat|earmark|commit|pledg|budget|capex|outlay|set aside|plan", re.I)


@dataclass(frozen=True)
class Bar:
    """One actor's figure, per year in the common currency, with what it was converted from."""

    fact_id: str
    entity: str
    what: str
    per_year: float
    total: float
    original_value: float
    original_unit: str
    period: str | None
    years: float
    rate_note: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    """The comparison page's data: bars, the rates behind them, and the source-by-fact matrix."""

    currency: str
    bars: tuple[Bar, ...]
    unplaced: tuple[dict[str, Any], ...]
    rates: tuple[Rate, ...]
    matrix_facts: tuple[dict[str, Any], ...]
    matrix_sources: tuple[str, ...]


def compare(facts: list[dict[str, Any]], source_ids: list[str], currency: str = "USD") -> Comparison:
    """Bars for the spending figures (per year, in ``currency``) and the matrix of who reported which fact."""
    rates = story_rates(facts)
    money = [f for f in facts if f["kind"] == "money" and not f.get("same_as")]
    spending = [f for f in money if SPENDING.search(str(f.get("what") or "") + " " + str(f.get("claim") or ""))
                and SPENDING.search(str(f.get("what") or ""))]
    chosen = spending if len(spending) >= 2 else money
    bars: list[Bar] = []
    unplaced: list[dict[str, Any]] = []
    for f in chosen:
        bar = _bar(f, facts, currency, rates)
        if bar:
            bars.append(bar)
        else:
            unplaced.append(f)
    bars.sort(key=lambda b: (-b.per_year, b.entity, b.fact_id))
    used = sorted({b.original_unit for b in bars} - {currency})
    rate_list = tuple(r for r in (usd_rate(c, rates) for c in used + ([currency] if currency != "USD" else []))
                      if r is not None)
    key = [f for f in facts if not f.get("same_as") and f["kind"] in ("money", "percent", "count")]
    key.sort(key=lambda f: (-len(f.get("sources") or []), f["id"]))
    return Comparison(currency, tuple(bars), tuple(unplaced), rate_list, tuple(key[:16]), tuple(source_ids))


def story_rates(facts: list[dict[str, Any]]) -> dict[str, Rate]:
    """The exchange rates the story's own conversions imply ("380 billion yuan ($53 billion)")."""
    by_id = {f["id"]: f for f in facts}
    pairs = [(float(by_id[f["same_as"]]["value"]), by_id[f["same_as"]]["unit"], float(f["value"]), f["unit"])
             for f in facts if f.get("same_as") in by_id and f["kind"] == "money"]
    return implied_rates(pairs)


def in_currency(f: dict[str, Any], facts: list[dict[str, Any]], currency: str, rates: dict[str, Rate]
                ) -> tuple[float, str] | None:
    """A money fact in ``currency``: the sources' own figure when they give one, else converted at a rate."""
    if f["unit"] == currency:
        return float(f["value"]), "as reported"
    for other in facts:
        if other.get("same_as") == f["id"] and other["unit"] == currency:
            return float(other["value"]), "as reported in " + currency
    return convert(float(f["value"]), f["unit"], currency, rates)


def _bar(f: dict[str, Any], facts: list[dict[str, Any]], currency: str, rates: dict[str, Rate]) -> Bar | None:
    years = period_length_years(f.get("period"))
    if not years:
        return None
    converted = in_currency(f, facts, currency, rates)
    if converted is None:
        return None
    total, note = converted
    sources = set(f.get("sources") or [])
    for other in facts:  # a conversion's sources reported the same figure
        if other.get("same_as") == f["id"]:
            sources |= set(other.get("sources") or [])
    return Bar(f["id"], f.get("entity") or "Unnamed", str(f.get("what") or ""), total / years, total,
               float(f["value"]), f["unit"], f.get("period"), years, note,
               tuple(sorted(sources)))


def reported_by(fact: dict[str, Any], facts: list[dict[str, Any]]) -> set[str]:
    """Sources that reported a fact, counting those that reported it in another currency."""
    sources = set(fact.get("sources") or [])
    for other in facts:
        if other.get("same_as") == fact["id"]:
            sources |= set(other.get("sources") or [])
    return sources
