"""Majority: where sources disagree on a value, the account states the one most of them give.

The greedy cover picks a claim's wording by its merit as a sentence, and the wording it picks
may come from the one outlet that gives another figure ("losing Rp 83 billion a day" where two
others say Rp 38 billion). The note on the disagreement shows both values; the claim itself should
read as most sources report it. So a chosen wording that gives a value fewer sources give than
another value of the same measure is swapped for a wording that gives the better-supported value,
from a source that gives it, when the story has one that says nothing the account already says.
When another chosen wording of the disagreement gives the majority's value already, a swap would
state that value twice: the minority's wording goes when it says nothing else the account lacks,
and stays as it is when it does (the note on the disagreement shows both values).
"""

from __future__ import annotations

from ...model import Discrepancy
from .candidates import Candidate
from .restates import same_figure
from .support import Figure, figures


def prefer_majority(chosen: list[Candidate], units: list[Candidate], discrepancies: tuple[Discrepancy, ...]
                    ) -> list[Candidate]:
    """``chosen``, each wording that states a minority value swapped for one that states the majority's."""
    out: list[Candidate | None] = list(chosen)
    taken = {u.sentence.id for u in chosen}
    for d in discrepancies:
        ranked = sorted(d.values, key=lambda v: -len(v[2]))
        if len(ranked) < 2 or len(ranked[0][2]) <= len(ranked[1][2]):
            continue  # no value more sources give than any other: nothing to prefer
        best, best_sources = ranked[0][0], set(ranked[0][2])
        minority = [(value, set(sources)) for value, _, sources in ranked[1:]]
        for k, unit in enumerate(out):
            if unit is None:
                continue
            if not any(_gives(unit, value) and unit.sentence.source in sources for value, sources in minority):
                continue
            rest = [u for u in out if u is not None and u is not unit]
            if any(u.sentence.id in d.sentences and _gives(u, best) for u in rest):
                stated = [f for u in rest for f in figures(u.text)]
                if all(any(same_figure(f, g) for g in stated) or any(_gives_figure(f, v) for v, _ in minority)
                       for f in figures(unit.text)):
                    out[k] = None  # the majority's value is stated already, and the wording says nothing more
                continue  # else it says more: it stays, and a swap would state the majority's value twice
            options = [u for u in units if u.whole and u.sentence.source in best_sources and _gives(u, best)
                       and u.sentence.id not in taken and not any(_gives(u, v) for v, _ in minority)]
            if not options:
                continue
            stated = [f for u in out if u is not None and u is not unit for f in figures(u.text)]
            swap = min(options, key=lambda u: (_news(u, best, stated), len(u.text.split()), u.sentence.id))
            taken.add(swap.sentence.id)
            out[k] = Candidate(swap.sentence, swap.text, unit.clusters | swap.clusters, swap.terms, True,
                               swap.members, swap.rewritten)
    return [u for u in out if u is not None]


def _gives_figure(f: Figure, value: float) -> bool:
    return any(abs(v - value) <= 0.005 * max(abs(v), abs(value), 1e-9) for v in f.values)


def _news(unit: Candidate, value: float, stated: list[Figure]) -> int:
    """How many figures a wording gives besides ``value`` that the account does not: the fewer, the less it
    brings in that the account did not choose."""
    return sum(1 for f in figures(unit.text) if value not in f.values
               and not any(same_figure(f, g) for g in stated))


def _gives(unit: Candidate, value: float) -> bool:
    return any(abs(v - value) <= 0.005 * max(abs(v), abs(value), 1e-9) for f in figures(unit.text) for v in f.values)
