"""Compare: like with like. Figures grouped by what they measure and on what basis, in the story's currency.

Works on the merged content (after ``edits.yaml``), so a hidden fact leaves the comparison too.
A one-off price, a yearly budget and a three-year pledge are different things: each figure gets a
basis (``per-year``, ``total`` over a stated span, ``one-off``, ``level``), from the facts stage
when it says, else from the figure's period. Only per-year figures are shown "a year", and a
total over a stated span may be put beside them divided by its years. The chart draws one
group of such figures when there are at least two to compare, never a mix. The story's currency
is story.yaml's, else the one its figures use most, so a euro story is compared in euros and
nothing is converted when every figure shares one currency. The rate used for each conversion is
stated, preferring the rates the articles themselves imply.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..digest.facts.currency import Rate, convert, implied_rates, usd_rate
from ..digest.text.dates import period_length_years

SPENDING = re.compile(r"invest|spend|spent|allocat|earmark|commit|pledg|budget|capex|outlay|set aside|plan", re.I)
REVENUE = re.compile(r"revenue|sales|turnover|income|profit|earning|earned", re.I)
PRICE = re.compile(r"price|paid|pay|deal|acqui|buy|bought|fee|valu|worth|cost|fine|damages|award", re.I)
_PER_YEAR = re.compile(r"\b(?:a|per|each|every)\s+year\b|\bannual(?:ly)?\b|\byearly\b", re.I)
_ONE_YEAR = re.compile(r"\b(?:this|next|last|current|the\s+current)\s+(?:fiscal\s+|financial\s+)?year\b|"
                       r"^(?:fiscal\s+|FY\s?)?(?:19|20)\d\d$", re.I)
MEASURES = {"spending": "Spending", "revenue": "Revenue and profit", "price": "Prices, fees and values",
            "money": "Other amounts"}
BASES = {"per-year": "a year", "total": "in total", "one-off": "one-off", "level": "as of a date", None: "not stated"}


@dataclass(frozen=True)
class Bar:
    """One actor's per-year figure in the common currency, with what it was converted from."""

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
    basis: str = "per-year"


@dataclass(frozen=True)
class Row:
    """One figure in a group: its owner ("not stated" when the text does not say), basis, date, sources."""

    fact: dict[str, Any]
    owner: str
    basis: str | None
    common: float | None
    """The value in the story's currency (money only; None when no rate is known)."""
    converted: bool
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Group:
    """Figures of one measure on one basis: what a reader may set side by side."""

    key: str
    title: str
    kind: str
    basis: str | None
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Comparison:
    """The comparison page's data: the chart's bars, the groups, the rates, and the source-by-fact matrix."""

    currency: str
    bars: tuple[Bar, ...]
    unplaced: tuple[dict[str, Any], ...]
    rates: tuple[Rate, ...]
    matrix_facts: tuple[dict[str, Any], ...]
    matrix_sources: tuple[str, ...]
    groups: tuple[Group, ...] = ()
    measure: str = "spending"
    """What the bars measure (a key of MEASURES)."""


def story_currency(facts: list[dict[str, Any]], chosen: str | None = None, default: str = "USD") -> str:
    """The currency to compare in: story.yaml's, else the one the story's amounts use most (by how many
    sources give them), ``default`` breaking a tie it is part of."""
    if chosen:
        return chosen.upper()
    counts: Counter[str] = Counter()
    for f in facts:
        if f["kind"] == "money" and not f.get("same_as"):
            counts[str(f["unit"])] += len(f.get("sources") or []) or 1
    if not counts:
        return default
    best = max(counts.values())
    tied = sorted(c for c, n in counts.items() if n == best)
    return default if default in tied else tied[0]


def basis_of(f: dict[str, Any]) -> str | None:
    """The fact's basis as the facts stage gives it, else read from its period: "a year" is per year, a
    span of years is a total; one year ("this year", "2025") is a year's spending, aid or income, but a
    price paid in it is one-off; else unknown."""
    if f.get("basis"):
        return str(f["basis"])
    period = str(f.get("period") or "").strip()
    if f["kind"] != "money" or not period:
        return None
    if _PER_YEAR.search(period):
        return "per-year"
    years = period_length_years(period)
    if years and years > 1:
        return "total"
    if years == 1 and _ONE_YEAR.search(period):
        return "one-off" if measure_of(f) == "price" else "per-year"
    return None


def measure_of(f: dict[str, Any]) -> str:
    """Which kind of amount a money fact is, from what it measures: spending, revenue, a price, or other."""
    what = str(f.get("what") or "")
    for key, pattern in (("spending", SPENDING), ("revenue", REVENUE), ("price", PRICE)):
        if pattern.search(what):
            return key
    return "money"


def compare(facts: list[dict[str, Any]], source_ids: list[str], currency: str = "USD") -> Comparison:
    """The groups of like figures, the bars of the one comparable per-year group, and who reported which fact."""
    rates = story_rates(facts)
    money = [f for f in facts if f["kind"] == "money" and not f.get("same_as")]
    candidates: dict[str, list[Bar]] = {}
    for f in money:
        bar = _bar(f, facts, currency, rates)
        if bar:
            candidates.setdefault(measure_of(f), []).append(bar)
    # the kind of amount with most yearly figures; the page charts it only when it has two (compare.csv
    # lists it whatever its length)
    measure = max(candidates, key=lambda k: (len(candidates[k]), k == "spending", k)) if candidates else "spending"
    bars = sorted(candidates.get(measure, []), key=lambda b: (-b.per_year, b.entity, b.fact_id))
    charted = {b.fact_id for b in bars}
    unplaced = tuple(f for f in money if f["id"] not in charted and measure_of(f) == measure)
    like = groups(facts, currency, rates)
    used = sorted(({b.original_unit for b in bars} | {str(r.fact["unit"]) for g in like for r in g.rows
                                                      if r.converted}) - {currency})
    rate_list = tuple(r for r in (usd_rate(c, rates) for c in used + ([currency] if currency != "USD" and used else []))
                      if r is not None)
    key = [f for f in facts if not f.get("same_as") and f["kind"] in ("money", "percent", "count")]
    key.sort(key=lambda f: (-len(f.get("sources") or []), f["id"]))
    return Comparison(currency, tuple(bars), unplaced, rate_list, tuple(key[:16]), tuple(source_ids), like, measure)


def groups(facts: list[dict[str, Any]], currency: str, rates: dict[str, Rate]) -> tuple[Group, ...]:
    """Every figure in a group of its measure and basis: amounts by kind of amount, counts by what they count."""
    out: dict[tuple[str, str, str | None], list[Row]] = {}
    for f in facts:
        if f.get("same_as") or f["kind"] not in ("money", "count"):
            continue
        basis = basis_of(f)
        common, converted = None, False
        if f["kind"] == "money":
            found = in_currency(f, facts, currency, rates)
            if found:
                common, converted = found[0], f["unit"] != currency
            measure = measure_of(f)
        else:
            measure = "count:" + str(f["unit"]).lower()
        row = Row(f, str(f.get("entity") or "not stated"), basis, common, converted,
                  tuple(sorted(reported_by(f, facts))))
        out.setdefault((f["kind"], measure, basis), []).append(row)
    order = list(MEASURES)
    result = []
    for (kind, measure, basis), rows in sorted(out.items(), key=lambda kv: (
            kv[0][0] != "money", order.index(kv[0][1]) if kv[0][1] in order else 0, kv[0][1],
            kv[0][2] or "~")):
        title = MEASURES.get(measure) or f"Counts: {measure.split(':', 1)[1]}"
        rows.sort(key=lambda r: (-(r.common if r.common is not None else float(r.fact["value"])), r.fact["id"]))
        result.append(Group(f"{measure}-{basis or 'unknown'}", f"{title}, {BASES.get(basis, basis)}"
                            if kind == "money" else title, kind, basis, tuple(rows)))
    return tuple(result)


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
    """A per-year figure as it is, or a total over a stated span divided by its years; anything else is not
    a yearly figure and gets no bar."""
    basis = basis_of(f)
    years = 1.0 if basis == "per-year" else period_length_years(f.get("period")) if basis == "total" else None
    if not years:
        return None
    converted = in_currency(f, facts, currency, rates)
    if converted is None:
        return None
    total, note = converted
    return Bar(f["id"], f.get("entity") or "not stated", str(f.get("what") or ""), total / years, total,
               float(f["value"]), f["unit"], f.get("period"), years, note,
               tuple(sorted(reported_by(f, facts))), basis or "per-year")


def reported_by(fact: dict[str, Any], facts: list[dict[str, Any]]) -> set[str]:
    """Sources that reported a fact, counting those that reported it in another currency."""
    sources = set(fact.get("sources") or [])
    for other in facts:
        if other.get("same_as") == fact["id"]:
            sources |= set(other.get("sources") or [])
    return sources
