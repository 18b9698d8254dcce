"""Echoes: how many sources quote a wording's quotation, for the budget's measure of how widely a claim is carried.

A speaker's words are one claim however each outlet frames them: one quotes the whole sentence
("Demand for the new line is phenomenal as winter bookings double"), another only its key word
(orders were "phenomenal"). The dedupe stage sees two different sentences, so the wording that
quotes in full counts one source when the budget weighs it, and a quotation of the same speaker
no other outlet repeats may stay in its place. A source echoes a wording's quotation when a
passage it writes inside quotation marks has content words, every one of which the wording's own
quotation has: the same words in quotation marks in two outlets are the same words said once.
"""

from __future__ import annotations

import re

from ..text.words import content_terms
from .candidates import Candidate

_QUOTED = re.compile(r"[\"“]([^\"“”]{2,400})[\"”]")
"""A passage written inside quotation marks (straight or curly)."""


def quoted_terms(text: str) -> list[frozenset[str]]:
    """The content terms of each passage ``text`` writes in quotation marks (none for a passage without any)."""
    return [terms for m in _QUOTED.finditer(text) if (terms := frozenset(content_terms(m.group(1))))]


def echoes(unit: Candidate, quotes_by_source: dict[str, list[frozenset[str]]]) -> int:
    """How many sources, the unit's own included, quote words of its quotation (0 when it quotes no one);
    ``quotes_by_source`` is :func:`quoted_terms` of each source's sentences."""
    own = quoted_terms(unit.text)
    if not own:
        return 0
    echoed = {unit.sentence.source}
    for source in sorted(quotes_by_source):
        if source not in echoed and any(q <= mine for q in quotes_by_source[source] for mine in own):
            echoed.add(source)
    return len(echoed)
