"""Figures listed against names listed: "Microsoft and Meta ... $80 billion and $65 billion, respectively"."""

from __future__ import annotations

import re

from .actors import StoryActors
from .pointing import actor_names
from .quantities import Quantity, find_quantities

_RESPECTIVELY = re.compile(r"[^.;]{0,60}?\brespectively\b")
_SERIES_GAP = re.compile(r"[\s,]*(?:and|or)?\s*")


def respectively(text: str, q: Quantity, context: StoryActors) -> str | None:
    """"Microsoft and Meta ... committing $80 billion and $65 billion, respectively": the nth figure of the
    series is the nth of the names listed before it."""
    if (said := _RESPECTIVELY.match(text, q.end)) is None:
        return None
    figures = [f for f in find_quantities(text) if f.kind == q.kind and f.end <= said.end()]
    at = next((k for k, f in enumerate(figures) if f.start == q.start), None)
    if at is None:
        return None
    first = at
    while first > 0 and _SERIES_GAP.fullmatch(text[figures[first - 1].end:figures[first].start]):
        first -= 1
    last = at
    while last + 1 < len(figures) and _SERIES_GAP.fullmatch(text[figures[last].end:figures[last + 1].start]):
        last += 1
    names = list(dict.fromkeys(actor_names(text[:figures[first].start], context)))
    count = last - first + 1
    return names[-count:][at - first] if count > 1 and len(names) >= count else None
