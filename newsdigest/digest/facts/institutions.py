"""A public body written in common nouns ("the water ministry") owns the money of the clause it opens.

Reporters name many institutions without capitals: "the agriculture department put damage at ...",
"the regional government released €40 million", "as the health ministry estimated losses at ...".
No story name carries such a phrase, so owners.py, finding no name in the clause, used to fall back
on the actor the previous sentence was about (a storm, a company), and stated a wrong owner with
confidence. The phrase is the owner itself: a modifier and an institution's head noun ("water" +
"ministry") describe one body, where "the tech giant" or "the company" point back to a named actor.

Money only: a count is of what is counted, not of the body that counts or limits it. And only
when nothing else is named between the phrase and the figure, and the phrase does not only report
it ("the ministry said Aqualis would spend ..."): then owners.py reads on.
"""

from __future__ import annotations

import re

from .actors import StoryActors
from .estimates import REPORTED
from .pointing import actor_names
from .quantities import Quantity

INSTITUTION_NOUNS = frozenset("government ministry department agency authority commission council board office "
                              "bureau regulator police parliament assembly army navy coastguard".split())
"""Heads of public bodies. A company's heads ("company", "giant", "utility") are left out: "the state utility"
or "the tech giant" usually describes an actor the story has named."""
_NOT_MODIFIERS = frozenset("new same other former current previous latest whole entire own first second last "
                           "said".split())
"""Words before a head that pick out an actor already met ("the new government"), not a body of its own."""
_OPENS = re.compile(r"^\W*(?:(?:and|as|while|after|when|but|whereas)\s+)?[Tt]he\s+(?P<mods>(?:[a-z][a-z-]*\s+){1,2}?)"
                    r"(?P<noun>" + "|".join(sorted(INSTITUTION_NOUNS)) + r")\b(?![’'-])")


def institution_owner(text: str, q: Quantity, clause: tuple[int, int], context: StoryActors) -> str | None:
    """The body the figure's clause opens on ("water ministry"), or the story's name for it when one name
    carries its words ("Ministry of Water"); None when the clause opens otherwise."""
    if q.kind != "money":
        return None  # "The port authority reopened the channel to vessels shorter than 150 metres": a count is
        # of what is counted; money is spent, estimated or released by the clause's subject
    before = text[clause[0]:q.start]
    m = _OPENS.match(before)
    if m is None:
        return None
    mods = m.group("mods").split()
    if _NOT_MODIFIERS & set(mods):
        return None
    rest = before[m.end():]
    if REPORTED.search(rest) or actor_names(rest, context):
        return None  # "the ministry said Aqualis would spend ...": another actor, or only a report
    named = context.by_noun(m.group("noun"))
    if named and {w.lower() for w in named.split()} >= set(mods):
        return named  # "the water ministry" in a story that names the "Water Ministry"
    return " ".join([*mods, m.group("noun")])
