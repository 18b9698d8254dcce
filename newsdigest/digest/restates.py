"""Whether a wording states again a claim the account already makes, perhaps with another figure.

Outlets paraphrase one another: "agreed to pay €55m up front" is "will pay an initial €52
million" from a source that heard another figure, and "640 bus drivers prepare to strike" is
"around 680 bus drivers will walk out". Word overlap alone misses these, so two wordings are
compared by what carries a claim:

* their **figures**: a figure of the new wording either appears in the chosen one, or stands
  where the chosen one gives another figure of the same kind and a similar size (within
  ``CONFLICT_RATIO``): the same measure, reported differently; or the account states it already;
* their **names** and **terms**: the new wording names no one the account has not named, and
  shares its actor and enough of its words with the chosen one.

A wording that passes adds nothing: it is the same claim. Where its figures differ, the account
notes the disagreement instead of stating the claim twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from .support import Figure, figures

CONFLICT_RATIO = 1.5
"""Two figures of one kind this close (the larger over the smaller) may be one measure reported twice."""
SHARED_TERMS = 0.5
CONFLICT_TERMS = 0.3
"""...or this share, when one of its figures is another value for a measure the chosen wording gives."""
"""A wording with no shared figure must share this share of its terms with the chosen one to restate it."""


@dataclass(frozen=True)
class Conflict:
    """A figure of a new wording that stands where the chosen wording has another: one measure, two values."""

    chosen: Figure
    other: Figure


def distinctive(f: Figure) -> bool:
    """A figure that identifies a claim: an amount, a percentage, a large count; not a day, a year or "two"."""
    return not f.year and (f.kind != "plain" or max(f.values) >= 100)


def _same_value(a: Figure, b: Figure) -> bool:
    return any(abs(x - y) <= 0.005 * max(abs(x), abs(y), 1e-9) for x in a.values for y in b.values)


def same_figure(a: Figure, b: Figure) -> bool:
    """The same value of the same thing: "16 missing" is not "16 deaths", "80 percent" not "80 cases"."""
    units = {a.unit, b.unit} - {""}
    return _same_value(a, b) and (len(units) <= 1 or a.kind == b.kind == "money")


def _close(a: Figure, b: Figure) -> bool:
    """Same kind and unit, similar size: a candidate for the same measure reported differently.

    Times and dates are never one measure reported differently: "1:39 p.m." and "1:38 p.m." may
    be, but "on Feb. 21" and "on Feb. 24" are two days.
    """
    if a.kind != b.kind or a.year or b.year or a.unit != b.unit or a.unit in ("time", "date", ""):
        return False
    x, y = abs(a.values[0]), abs(b.values[0])
    return min(x, y) > 0 and max(x, y) / min(x, y) <= CONFLICT_RATIO


def compare_figures(new: list[Figure], chosen: list[Figure], stated: list[Figure]
                    ) -> tuple[bool, bool, list[Conflict]]:
    """(shares a distinctive figure, every new figure is accounted for, the conflicts found).

    A new figure is accounted for when the chosen wording has it, when it conflicts with a chosen
    figure the new wording lacks, or when the account (``stated``) already gives it.
    """
    shared = any(distinctive(f) and any(_same_value(f, c) for c in chosen) for f in new)
    unmatched = [c for c in chosen if not any(_same_value(c, f) for f in new)]
    conflicts: list[Conflict] = []
    accounted = True
    for f in new:
        if any(_same_value(f, c) for c in chosen):
            continue
        rival = next((c for c in unmatched if _close(f, c)), None)
        if rival is not None:
            conflicts.append(Conflict(rival, f))
        elif not any(_same_value(f, s) for s in stated):
            accounted = False
    return shared, accounted, conflicts


def same_claim(new_text: str, new_terms: frozenset[str], new_names: frozenset[str], chosen_text: str,
               chosen_terms: frozenset[str], said_names: frozenset[str], stated: list[Figure]
               ) -> tuple[bool, list[Conflict]]:
    """Whether ``new_text`` states the chosen claim again (and the figures it gives differently).

    ``new_names`` and ``said_names`` are the terms of the names in the new wording and in the account.

    It must name no one the account has not named, give no figure the account lacks (a different
    value for the same measure aside), and either share a distinctive figure with the chosen
    wording or share its actor and SHARED_TERMS of its terms.
    """
    if new_names - said_names:
        return False, []
    new, chosen = figures(new_text), figures(chosen_text)
    shared, accounted, conflicts = compare_figures(new, chosen, stated)
    if not accounted:
        return False, []
    if shared or (conflicts and _overlap(new_terms, chosen_terms) >= CONFLICT_TERMS):
        return True, conflicts
    if new_names & chosen_terms and _overlap(new_terms, chosen_terms) >= SHARED_TERMS:
        return True, conflicts
    return False, []


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of ``a``'s terms that ``b`` has."""
    return len(a & b) / len(a) if a else 0.0
