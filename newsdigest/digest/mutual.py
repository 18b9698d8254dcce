"""Mutual: two chosen wordings that each state the other's claim are one claim, stated once.

The greedy cover compares wordings by their words and figures, and two outlets' paraphrases
can share few of either ("Jack Ma attended a business summit hosted by President Xi" and "Mr Ma
joined a select group of the biggest names at a summit convened by Xi"). Citing knows better: it
finds, for each chosen wording, the sentences of every source that state its claim. When each of
two chosen wordings is among the sentences stating the other's claim, the account says one thing
twice; the wording fewer sources carry goes, unless it gives a figure the rest of the account lacks.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Citation
from .candidates import Candidate
from .restates import same_figure
from .support import figures

MUTUAL = "left out of the account: another outlet's wording of a claim the account states"


def drop_mutual(chosen: list[Candidate], cited: Callable[[Candidate], Citation], reasons: dict[str, str]) -> None:
    """Remove from ``chosen`` (in place) each wording that a better-carried chosen wording states, and back."""
    def stating(unit: Candidate) -> set[str]:
        return {w.sentence for w in cited(unit).wordings}

    ranked = sorted(chosen, key=lambda u: (-len(cited(u).sources), chosen.index(u)))
    for k, keep in enumerate(ranked):
        if keep not in chosen:
            continue
        for other in ranked[k + 1:]:
            if other not in chosen or not (set(other.members) & stating(keep)) \
                    or not (set(keep.members) & stating(other)):
                continue
            rest = [f for u in chosen if u is not other for f in figures(u.text)]
            if any(not any(same_figure(f, g) for g in rest) for f in figures(other.text)):
                continue  # it gives a figure nothing else in the account does
            chosen.remove(other)
            for sid in other.members:
                reasons[sid] = MUTUAL
