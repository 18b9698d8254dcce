"""A measure of an economy a place's adjective qualifies is that place's: "Brovanian exports", "Keldish growth".

A place's adjective owns nothing on its own: "the Ardalian coast" is no actor, and "Israeli cybersecurity
firm Wiz" makes nothing Israel's. Written right before what an economy is measured by (its exports, growth,
output, inflation; not its imports, which come from elsewhere), it says whose the measure is, where
otherwise the only name in the sentence would take it: in "Brovanian exports of cars to Keldor were worth
$2.2 billion" the exports are Brovania's, not Keldor's, which buys them.
"""

from __future__ import annotations

import re

from ..text.entities import adjective_of, names_in
from .actors import StoryActors
from .pointing import after_preposition
from .quantities import Quantity

_OF_ECONOMY = re.compile(r"\b(?P<adjective>[A-Z][a-z]{3,})\s+(?:[a-z]+\s+)?(?:exports?|growth|economy|"
                         r"output|inflation|unemployment|gdp|GDP|production|trade\s+(?:surplus|deficit))\b")


def adjective_owner(text: str, q: Quantity, clause: tuple[int, int], context: StoryActors) -> str | None:
    """The story name whose adjective qualifies a measure of an economy in the figure's clause, before it and
    with no other subject between ("Brovanian exports slowed, while Keldor's output grew 3%": Keldor's; "to
    Keldor" is where the exports go)."""
    found = None
    for m in _OF_ECONOMY.finditer(text, clause[0], q.start):  # most clauses have none: no names are looked at
        word = m.group("adjective")
        between = text[m.end():q.start]
        if any(not after_preposition(between, n) for n in names_in(between)):
            found = None
            continue
        place = next((n for n in sorted(set(context.fold.values()))
                      if " " not in n and n != word and adjective_of(word, [n])), None)
        found = place or found
    return found
