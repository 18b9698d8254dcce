"""The buyer and the bought of a takeover story: whose the deal's figures are when a sentence names only the target.

"The deal is worth €15.2bn once Norda's debt is included" and "The €15.2bn deal will fold Norda Mobile into
the second-largest" name the company bought after the figure, and owners.py would give it the price; but the
buyer owns a price and the fee it would pay (issue 14.1). A story about a takeover says who buys whom, in one
of a few shapes, more than once ("Telvia's €15.6bn swoop on Norda Mobile", "cleared Telvia's purchase of Norda
Mobile", "Telvia agreed to buy Norda"); the pair it says most, twice or more, is the story's deal. "The enlarged
group" and "the combined company" are then the buyer too: what it becomes.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .storyevent import NAME

if TYPE_CHECKING:
    from .actors import StoryActors
    from .quantities import Quantity

_DEAL = r"(?:takeover|purchase|acquisition|buyout|swoop|bid|offer|merger)"
_RIVAL = r"(?:(?:its\s+)?(?:smaller\s+|larger\s+|bigger\s+)?(?:rival|competitor)\s+)?"
_SHAPES = (
    re.compile(rf"(?P<buyer>{NAME})[’']s\s+(?:[^\s,.;]+\s+){{0,3}}?{_DEAL}\s+(?:of|for|on|with)\s+{_RIVAL}"
               rf"(?P<bought>{NAME})"),
    re.compile(rf"(?P<buyer>{NAME})\s+(?:(?:has|had|have|will|would|is|was|could)\s+)?(?:(?:agreed|plans|planned|"
               rf"set|offered|moved|bid)\s+)?(?:to\s+)?(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|"
               rf"take\s+over|takes\s+over|took\s+over|taking\s+over)\s+{_RIVAL}(?P<bought>{NAME})"),
    re.compile(rf"{_DEAL}\s+of\s+(?P<bought>{NAME})\s+by\s+(?P<buyer>{NAME})"),
)
MERGED = re.compile(r"\b[Tt]he\s+(?:enlarged|combined|merged)\s+(?:group|company|business|firm|operator|bank|entity)\b")
"""What the buyer becomes: "The enlarged group would hold 49.3% of the market" is the buyer's."""
_DEAL_NOUN = rf"(?:deal|{_DEAL}|(?:break(?:-up)?|termination)\s+fee|price\s+tag)"
_DEAL_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+)?{_DEAL_NOUN}\b", re.I)
""""a €15.2bn deal", "a €600m break fee": the figure is the deal's."""
_DEAL_BEFORE = re.compile(rf"\b{_DEAL_NOUN}\s+(?:(?:is|was|would\s+be|will\s+be|could\s+be)\s+)?"
                          r"(?:worth|valued\s+at|of|at|totalling|totaling)\s+(?:(?:about|around|roughly|some|nearly|up\s+to|more\s+than)\s+)?$",
                          re.I)
""""The deal is worth €15.2bn", "a break fee of €650m": the figure is what the deal is worth."""


def deal_parties(texts: list[str], actors: StoryActors) -> tuple[str, str] | None:
    """The (buyer, bought) the story's sentences say most, when they say it twice or more; else None."""
    pairs: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for shape in _SHAPES:
            for m in shape.finditer(text):
                buyer, bought = actors.name(m.group("buyer")), actors.name(m.group("bought"))
                if buyer and bought and buyer != bought and not actors.is_person(buyer):
                    pairs[(buyer, bought)] += 1
    ranked = pairs.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def deal_owner(text: str, q: Quantity, owner: str | None, context: StoryActors) -> str | None:
    """The buyer, when ``q`` is a sum of the story's deal ("The deal is worth €15.2bn", "a break fee of €650m")
    that would otherwise go to the company bought or to nobody; else ``owner``."""
    if context.deal is None or q.kind != "money" or owner not in (None, context.deal[1]):
        return owner
    deal = _DEAL_AFTER.match(text, q.end) or _DEAL_BEFORE.search(text, max(0, q.start - 60), q.start)
    return context.deal[0] if deal else owner
