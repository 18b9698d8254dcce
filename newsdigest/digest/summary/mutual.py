"""Mutual: two chosen wordings that each state the other's claim are one claim, stated once.

The greedy cover compares wordings by their words and figures, and two outlets' paraphrases
can share few of either ("Jack Ma attended a business summit hosted by President Xi" and "Mr Ma
joined a select group of the biggest names at a summit convened by Xi"). Citing knows better: it
finds, for each chosen wording, the sentences of every source that state its claim. When each of
two chosen wordings is among the sentences stating the other's claim, the account says one thing
twice. So it does when one of them is among the other's and the dedupe stage put the two in one
claim cluster. Either way the two must share a word besides names: "Councillors will vote on the
design in April, when Mayor Ana Ruiz will present the costs" and "Mayor Ana Ruiz called the
decision historic" are found stating each other for the name alone.

One of the two goes: the one fewer sources carry, unless it gives a figure or names someone the
rest of the account does not; then the better-carried one, when it is the one that adds nothing.
A figure that stands where the other wording gives another value of the same kind, unit and
similar size ("about 10 million doses" / "12 million doses"; "up 14%" / "closed up 11.6%") is
another outlet's number for the same measure, not news: where the facts stage found the two values
to disagree, the note on it shows both.
"""

from __future__ import annotations

from collections.abc import Callable

from ...model import Citation
from ..text.entities import names_in
from ..text.words import content_terms
from .candidates import Candidate
from .restates import rival, same_figure
from .support import figures

MUTUAL = "left out of the account: another outlet's wording of a claim the account states"


def drop_mutual(chosen: list[Candidate], cited: Callable[[Candidate], Citation], reasons: dict[str, str]) -> None:
    """Remove from ``chosen`` (in place) each wording that states the claim of another chosen wording again."""
    stating = {id(u): {w.sentence for w in cited(u).wordings} for u in chosen}

    def linked(a: Candidate, b: Candidate) -> bool:
        a_in_b, b_in_a = bool(set(a.members) & stating[id(b)]), bool(set(b.members) & stating[id(a)])
        if not _plain(a.text) & _plain(b.text):
            return False
        return (a_in_b and b_in_a) or ((a_in_b or b_in_a) and bool(a.clusters & b.clusters))

    ranked = sorted(chosen, key=lambda u: (-len(cited(u).sources), chosen.index(u)))
    for k, keep in enumerate(ranked):
        if keep not in chosen:
            continue
        for other in ranked[k + 1:]:
            if keep not in chosen:
                break
            if other not in chosen or not linked(keep, other):
                continue
            if _adds_nothing(other, keep, chosen, names=False):
                gone = other
            elif _adds_nothing(keep, other, chosen, names=True):
                gone = keep  # the better-carried wording is the one that says less
            else:
                continue
            chosen.remove(gone)
            for sid in gone.members:
                reasons[sid] = MUTUAL


def _plain(text: str) -> frozenset[str]:
    """The terms of a wording's words written in lower case: what it says, not whom it names ("Mayor Ana Ruiz")."""
    return frozenset(t for w in text.split()[1:] if not w[:1].isupper() and not w[1:2].isupper()
                     for t in content_terms(w))


def _adds_nothing(unit: Candidate, twin: Candidate, chosen: list[Candidate], names: bool) -> bool:
    """Whether the account without ``unit`` still gives each of its figures (or, for one, ``twin``'s other
    value of that measure) and, when ``names`` is set, still names everyone it names."""
    rest = [u for u in chosen if u is not unit]
    stated = [f for u in rest for f in figures(u.text)]
    own = figures(twin.text)
    if not all(any(same_figure(f, g) for g in stated) or any(rival(f, g) for g in own) for f in figures(unit.text)):
        return False
    if not names:
        return True
    said = {t for u in rest for t in u.terms}
    return all(t in said for name in names_in(unit.text) for t in content_terms(name))
