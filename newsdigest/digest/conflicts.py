"""Conflicts: one measure of one owner at one time, given different values by different sources.

The same actor, kind, unit, measure and date, or two figures of one claim cluster that disagree.
Amounts in different currencies that match at the articles' own exchange rate are conversions,
not disagreements.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..model import Clustering, Discrepancy, Fact
from .currency import Rate

if TYPE_CHECKING:
    from .facts import Mention

def find_discrepancies(facts: list[Fact], mentions: list[list[Mention]], fact_of: dict[int, int],
                       clustering: Clustering | None, rates: dict[str, Rate]) -> list[Discrepancy]:
    """Same actor, kind, unit and measure at compatible dates, with different values from different sources."""
    groups: dict[tuple[str, str, str, str], list[tuple[str | None, int]]] = {}
    sentences: dict[int, set[str]] = {}
    for group in mentions:
        for m in group:
            index = fact_of[id(m)]
            sentences.setdefault(index, set()).add(m.sentence.id)
            if m.measure is None or m.converts is not None or m.entity is None:
                continue
            key = (m.entity, m.q.kind, m.q.unit, m.measure)
            if (m.date, index) not in groups.setdefault(key, []):
                groups[key].append((m.date, index))
    out = []
    seen: set[tuple[str, ...]] = set()
    for key, dated in sorted(groups.items(), key=lambda kv: min(i for _, i in kv[1])):
        for indexes in _by_compatible_date(dated):
            chosen = [facts[i] for i in sorted(set(indexes)) if facts[i].same_as is None]
            distinct = sorted({f.value for f in chosen})
            if len(distinct) < 2 or _overlapping_sources(chosen) or distinct[0] <= 0 or distinct[-1] / distinct[0] > 3:
                continue
            ids = tuple(sorted(f.id for f in chosen))
            if ids in seen:
                continue
            seen.add(ids)
            when = next((d for d, i in dated if d and i in indexes), None)
            linked = tuple(sorted({sid for i in indexes for sid in sentences.get(i, ())}))
            values = tuple((f.value, f.unit, f.sources) for f in chosen)
            out.append(Discrepancy(f"{key[0]} {key[3]}", key[1], values, ids, linked, when))
    return out


def _by_compatible_date(dated: list[tuple[str | None, int]]) -> list[list[int]]:
    """Group fact indexes whose dates agree: equal, a day apart, or unknown."""
    groups: list[tuple[set[str], list[int]]] = []
    for date, index in sorted(dated, key=lambda d: (d[0] or "", d[1])):
        for dates, members in groups:
            if date is None or not dates or any(_dates_close(date, d) for d in dates):
                members.append(index)
                if date:
                    dates.add(date)
                break
        else:
            groups.append(({date} if date else set(), [index]))
    return [members for _, members in groups]


def _dates_close(a: str, b: str) -> bool:
    if a == b:
        return True
    if re.fullmatch(r"\d{4}-\d\d-\d\d", a) and re.fullmatch(r"\d{4}-\d\d-\d\d", b):
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= 1
    return a.startswith(b) or b.startswith(a)


def _overlapping_sources(facts: list[Fact]) -> bool:
    """Figures one source states side by side are different measures, not a disagreement."""
    seen: set[str] = set()
    for f in facts:
        if seen & set(f.sources):
            return True
        seen |= set(f.sources)
    return False
