"""Shorter wordings: a claim the budget would cut, cut back instead to the clause that carries it.

Reporters hang a second claim on the end of a sentence ("Shares rose 4% to close at $131.28,
although the stock fell 10% over the month"; "The ministry called both operators to a hearing
next Tuesday, and the safety board promised findings by October"). When the account has no room
for the whole sentence, its head still states what only it gives, in half the words: the words
the tail spent go to another claim instead of the whole claim going.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text.clauses import as_sentence
from ..text.entities import names_in
from ..text.words import content_terms
from .candidates import Candidate
from .support import figures
from .tails import TAIL

HEAD = re.compile(r",\s+(?:(?:while|whereas|but|although|though|even\s+as|partly|largely|mainly)\s+|"
                  r"(?:and|as)\s+(?=(?:that|the|its|it|he|she|they|[A-Z])))|;\s+")
"""Where a second clause begins after a complete first one: a contrast, "and" with a new subject, a semicolon."""
MIN_HEAD = 6
"""A head shorter than this is too little to stand as the claim."""


def heads(unit: Candidate) -> list[Candidate]:
    """The wording's heads: each stretch before a clause boundary or a trailing clause that is a sentence
    of MIN_HEAD words or more, with no quotation or bracket left open."""
    out = []
    for m in [*HEAD.finditer(unit.text), *TAIL.finditer(unit.text)]:
        head = unit.text[:m.start()]
        if len(head.split()) >= MIN_HEAD and _balanced(head):
            text = as_sentence(head)
            out.append(Candidate(unit.sentence, text, unit.clusters, frozenset(content_terms(text)), False,
                                 unit.members, unit.rewritten))
    return out


def shorter(unit: Candidate, clauses: Iterable[Candidate], own: set[str], names: frozenset[str],
            support: dict[int, int]) -> Candidate | None:
    """The shortest clause or head of ``unit`` that keeps one of the figures or names only ``unit`` gives (or,
    giving none, the claim the most sources carry); None when none is shorter.

    ``clauses`` are the other wordings ``unit``'s sentence offers (:func:`.candidates.candidate_units`).
    """
    length = len(unit.text.split())
    best = max(support[c] for c in unit.clusters)

    def keeps(c: Candidate) -> bool:
        if own:
            return bool(own & ({f.text for f in figures(c.text)} | {n for n in names_in(c.text) if n in names}))
        return any(support.get(k, 0) >= best for k in c.clusters)

    options = [c for c in [*clauses, *heads(unit)] if len(c.text.split()) < length and keeps(c)]
    return min(options, key=lambda c: (len(c.text.split()), c.text), default=None)


def _balanced(text: str) -> bool:
    """No quotation or bracket left open: a cut inside someone's words would misquote them."""
    return (text.count("“") == text.count("”") and text.count('"') % 2 == 0
            and text.count("(") == text.count(")"))
