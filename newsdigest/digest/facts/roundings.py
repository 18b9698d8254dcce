"""One figure written at two precisions: "$22.09 billion" in one source, "$22.1 billion" in another.

Outlets round what the company or agency published: "71.4% effective" becomes "cut the risk by about
71 percent", "dropped 1.51%" becomes "had fallen 1.5%". Read as two values they would be two facts of
one figure, and the reader would be told the same thing twice. A value is the rounding of another when
the more precise one is less than half the other's written step from it (2.5 and 3 are two figures); they are one
figure only when they also have no two different owners and their clauses say what is measured in a
shared word ("net income", "moderate ... severe"): "72%" growth and a "72.1%" consensus margin of one
company stay two.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Protocol, TypeVar

from ...model import Sentence
from ..text.words import content_terms
from .owners import clause_bounds
from .quantities import Quantity

_NUMBER = re.compile(r"\d[\d.,]*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NOT_MEASURE = re.compile(r"\b[A-Z][\w'’-]*|\S*\d\S*|\b(?:million|billion|trillion|percent|per\s+cent)\b")
"""Names and figures say whose and how much, not what is measured."""
NEAR = 6
"""How many words either side of a figure say what it measures."""
_M = TypeVar("_M", bound="_Mention")


class _Mention(Protocol):
    """What this module reads of a mention (:class:`.facts.Mention`)."""

    @property
    def q(self) -> Quantity: ...

    @property
    def sentence(self) -> Sentence: ...


def written_step(q: Quantity) -> float | None:
    """The step a figure is written to, in its own unit: 1e8 for "$22.1 billion", 0.01 for "1.51%".

    >>> written_step(Quantity("money", 22.1e9, "USD", None, 0, 13, "$22.1 billion"))
    100000000.0
    >>> written_step(Quantity("percent", 1.51, "%", None, 0, 5, "1.51%"))
    0.01
    """
    m = _NUMBER.search(q.text)
    if not m:
        return None
    raw = m.group(0).rstrip(".,")
    point = raw.rfind(".") if "." in raw and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw) else -1
    if point < 0 and re.search(r",\d{1,2}$", raw):
        point = raw.rfind(",")  # a European decimal comma: "28,5"
    decimals = len(raw) - point - 1 if point >= 0 else 0
    written = float(re.sub(r"[.,]", "", raw)) / 10 ** decimals
    if not written:
        return None
    return float(Decimal(str(q.value / written)).normalize()) * 10.0 ** -decimals


def is_rounding(rough: Quantity, fine: Quantity) -> bool:
    """Whether ``rough`` is ``fine`` rounded to the step ``rough`` is written to (and a coarser one)."""
    step, fine_step = written_step(rough), written_step(fine)
    if not step or not fine_step or fine_step >= step or rough.value == fine.value:
        return False
    return abs(fine.value - rough.value) < step / 2 * (1 - 1e-9)  # a value half-way ("2.5" by "3") is no rounding


def measure_terms(text: str, q: Quantity) -> set[str]:
    """The words next to a figure in its clause that say what it measures ("dropped 1.51% in after-hours
    trading"): the nearest few either side, no number, name or figure."""
    start, end = clause_bounds(text, q.start)
    before = _WORD.findall(_NOT_MEASURE.sub(" ", text[start:q.start]))[-NEAR:]
    after = _WORD.findall(_NOT_MEASURE.sub(" ", text[q.end:end]))[:NEAR]
    return set(content_terms(" ".join(before + after)))


def fold_roundings(clusters: list[list[_M]], owner: Callable[[Sequence[_M]], str | None]) -> list[list[_M]]:
    """``clusters`` (the mentions of one value each) with each that only rounds another's value folded into
    it: same kind and unit, no two owners, and a word of what they measure in common. Each cluster is
    compared only with those within half its step of its value, found by bisection."""
    out = [list(c) for c in clusters]
    owners = [owner(c) for c in out]
    by_unit: dict[tuple[str, str], list[tuple[float, int]]] = {}
    for k, c in enumerate(out):
        by_unit.setdefault((c[0].q.kind, c[0].q.unit), []).append((c[0].q.value, k))
    for row in by_unit.values():
        row.sort()
    for i, rough in enumerate(clusters):
        q = rough[0].q
        step = written_step(q)
        if not step:
            continue
        row = by_unit[(q.kind, q.unit)]
        low, high = bisect_left(row, (q.value - step / 2, -1)), bisect_right(row, (q.value + step / 2, len(out)))
        home = next((j for _, j in row[low:high] if j != i and out[j] and is_rounding(q, out[j][0].q)
                     and _owners_agree(owners[i], owners[j]) and _same_measure(rough, out[j])), None)
        if home is not None:
            out[home].extend(out[i])
            owners[home] = owners[home] or owners[i]
            out[i] = []
    return [c for c in out if c]


def _owners_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _same_measure(a: Sequence[_Mention], b: Sequence[_Mention]) -> bool:
    terms_a = set().union(*(measure_terms(m.sentence.text, m.q) for m in a))
    terms_b = set().union(*(measure_terms(m.sentence.text, m.q) for m in b))
    return bool(terms_a & terms_b)
