"""Tails: cut a chosen wording's trailing clause when the account states what it says elsewhere.

Reporters hang the story's main claim on the end of a sentence about something else ("Shares
closed 8.2% lower, after the company announced a global recall of its fryers"): once the account
states the recall in its own sentence, that tail says it a second time and spends words the budget
could give a claim the account lacks. The head before the comma is a complete sentence of its own,
carried by the same source, so the wording is cut back to it. A tail that brings anything new, a
term or a figure the rest of the account does not give, stays.
"""

from __future__ import annotations

import math
import re

from ..text.clauses import as_sentence
from ..text.words import content_terms, vocabulary
from .candidates import Candidate
from .restates import same_figure
from .support import Figure, figures

TAIL = re.compile(r",\s+(?:after|before|when|as|with|amid|following|particularly|especially|but|while|although|though|"
                  r"whereas|(?P<ing>[a-z]+ing))\b"
                  r"|\s+when\s+(?=(?:the|a|an|its|their)\s)"
                  r"|(?<=\w)\s+and\s+(?=(?P<also>[a-z]+ing)\b)")
"""Where a trailing clause said of the head's claim begins: a subordinating word, a contrast (", but its outlook
for the gross margin came in lower", a claim of its own that the account may state in its own sentence) or a
participle after a comma,
or "when" and a noun phrase without one ("was on holiday near the city when the quake struck"); never a verb of
saying (", adding that he had not been charged", "according to"), which opens a claim of its own or says whose
the claim is (``reporting_verbs`` in vocabulary.yaml)."""
_PARTICIPLE_BEFORE = re.compile(r",\s+[a-z]+ing\b(?:[^,;]|,(?=\d))*$")
"""A participle the second one is joined to by "and" (", destroying over 12,300 structures and killing at least 24
people"): the second may go on its own, when the account states it."""
REPORTING = frozenset(str(vocabulary()["reporting_verbs"]).split())
MIN_HEAD = 6
"""A head shorter than this is too little to stand as the claim."""
TAIL_NOVELTY = 0.35
"""A tail is cut when at most this weighted share of its terms is new to the rest of the account."""


def trim_tails(chosen: list[Candidate], weight: dict[str, float], keep: frozenset[int] = frozenset()
               ) -> list[Candidate]:
    """The chosen wordings, each whose trailing clause the rest of the account states cut back to its head.

    Wordings are taken in order; a cut one no longer states its tail, so a later wording's tail
    is measured against the account as cut so far (two wordings never cut each other's one claim).
    The wordings whose ``id`` is in ``keep`` (those a note on a disagreement quotes) stay whole.
    """
    out = list(chosen)
    for k, unit in enumerate(out):
        if id(unit) in keep:
            continue
        rest = [u for j, u in enumerate(out) if j != k]
        said = {t for u in rest for t in u.terms}
        stated = [f for u in rest for f in figures(u.text)]
        head = _head(unit.text, said, stated, weight)
        if head is not None:
            out[k] = Candidate(unit.sentence, head, unit.clusters, frozenset(content_terms(head)), unit.whole,
                               unit.members, unit.rewritten)
    return out


def _head(text: str, said: set[str], stated: list[Figure], weight: dict[str, float]) -> str | None:
    """The longest-cut head of ``text`` whose tail the account states, or None when no tail may go."""
    for m in TAIL.finditer(text):
        if (m.group("ing") and _reporting(m.group("ing"))) or (m.group("also") and not _PARTICIPLE_BEFORE.search(
                text, 0, m.start())):
            continue
        head, tail = text[:m.start()], text[m.end():]  # the connective itself says nothing new
        if len(head.split()) < MIN_HEAD or not _balanced(head) or not _balanced(tail):
            continue
        terms = frozenset(content_terms(tail))
        if not terms or _novelty(terms, said, weight) > TAIL_NOVELTY:
            continue
        if not all(any(same_figure(f, g) for g in stated) for f in figures(tail)):
            continue  # a figure the account does not give
        return as_sentence(head)
    return None


def _reporting(participle: str) -> bool:
    """Whether a participle is a verb of saying: "adding", "saying", "noting", "according"."""
    base = participle[:-3]  # "add", "say", "not" (note), "writ" (write), "cit" (cite)
    return bool({participle, base, base + "s", base + "ed", base + "e", base + "es", base + "d"} & REPORTING)


def _balanced(text: str) -> bool:
    """No quotation or bracket left open: a cut inside someone's words would misquote them."""
    return (text.count("“") == text.count("”") and text.count('"') % 2 == 0
            and text.count("(") == text.count(")"))


def _novelty(terms: frozenset[str], said: set[str], weight: dict[str, float]) -> float:
    """The weighted share of ``terms`` not in ``said`` (exact sums, whatever the set's order)."""
    total = math.fsum(weight.get(t, 1.0) for t in terms)
    return math.fsum(weight.get(t, 1.0) for t in terms if t not in said) / total if total else 0.0
