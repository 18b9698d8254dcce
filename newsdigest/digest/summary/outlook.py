"""The outlook: a wording that says a figure is still moving ("the death toll is expected to rise").

A toll, a cost or a count reported today is often not the last word, and officials say so: "the
number of missing is expected to rise", "losses could climb further". The words of such a
sentence are mostly the story's (the toll, the fire, the sheriff), so measured by its words alone
it reads as a repeat of the figure it is about; but that the figure will change is news a reader
needs, and an outlet often says it once. A modal or an expectation ("could", "may", "will",
"expected to", "likely to") right before a verb of change (the ``~rise`` and ``~fall`` classes of
``data/vocabulary.yaml``) says it; what it is about is the words just before, so "insured losses
could rise" and "the death toll may rise" are two outlooks, and the second of "the toll may rise"
and "the toll is expected to climb" is a repeat.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..text.words import content_terms
from .candidates import Candidate

CHANGE = frozenset({"~rise", "~fall"})
"""The vocabulary classes of verbs that say a figure moves."""
SUBJECT_WORDS = 8
"""At most this many words before the modal, back to the clause's start, name what is expected to change."""
_CLAUSE = re.compile(r"[,;:]\s|\b(?:that|said|says|warned|warns|added)\s", re.I)
"""Where the clause that names what will change begins: after a comma, "that" or the reporting verb."""

_OUTLOOK = re.compile(r"\b(?:could|may|might|will|would|(?:expected|likely|set|poised|forecast|projected)\s+to)"
                      r"\s+(?:(?:still|further|likely|well|only|soon)\s+)?(?:continue\s+to\s+)?(?P<verb>[a-z]+)\b",
                      re.I)


def outlooks(text: str) -> frozenset[str]:
    """The terms of what ``text`` says is expected to change: empty when it says no figure is still moving.

    Each outlook is keyed by the content terms of the few words before its modal (what moves); an
    outlook whose subject has no content words of its own ("it could rise") is keyed ``"~it"``.
    """
    out: set[str] = set()
    for m in _OUTLOOK.finditer(text):
        verb = content_terms(m.group("verb"))
        if not verb or verb[0] not in CHANGE:
            continue
        before = _CLAUSE.split(text[:m.start()])[-1].split()[-SUBJECT_WORDS:]
        subject = [t for t in content_terms(" ".join(before)) if not t.startswith("~say")]
        out |= set(subject) or {"~it"}
    return frozenset(out)


def new_outlook(text: str, stated: Iterable[frozenset[str]]) -> bool:
    """Whether ``text`` says of something the account has no outlook for yet that it is still moving."""
    mine = outlooks(text)
    return bool(mine) and not any(same_subject(mine, other) for other in stated)


def same_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two outlooks about one figure: half the terms of the shorter subject are the other's."""
    return bool(a and b) and 2 * len(a & b) >= min(len(a), len(b))


def own_outlooks(chosen: list[Candidate]) -> list[Candidate]:
    """The wordings of ``chosen`` that alone in the account say their figure is still moving."""
    looks = [outlooks(u.text) for u in chosen]
    return [u for k, u in enumerate(chosen)
            if looks[k] and not any(same_subject(looks[k], other) for j, other in enumerate(looks) if j != k)]


def holding_outlooks(chosen: list[Candidate], step: Callable[[], None]) -> None:
    """Run ``step`` (a pass that drops restatements from ``chosen`` in place) with the wordings that alone say
    a figure is still moving held out of it, then put them back where they were.

    Measured by its words, "Luna said the death toll could rise as more inspections are completed"
    is stated piece by piece by the toll and the sheriff's other claims; what it says that they do
    not is that the toll will change, which no word count sees.
    """
    alone = {id(u) for u in own_outlooks(chosen)}
    held = [(k, u) for k, u in enumerate(chosen) if k > 0 and id(u) in alone]
    for _, unit in held:
        chosen.remove(unit)
    step()
    for k, unit in held:
        chosen.insert(min(k, len(chosen)), unit)
