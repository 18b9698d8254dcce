"""What kind of actor each name is, as the story calls it: "the IG Metall union", "engineering group Volkner AG".

"The company" after a sentence about a union is not the union: when no story name carries the noun, owners.py
used to take the previous sentence's subject, and "Keil said the company would also sell its packaging unit,
which had sales of €900 million" after "The IG Metall union said it would fight ..." credited the unit's sales to
the union. The story names most actors once with a noun of their kind, beside the name; a noun that points back
is then the previous actor only when that actor is of its kind (or of no kind the story says).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .storyevent import NAME

COMPANY_NOUNS = frozenset("""company firm group business conglomerate maker manufacturer carmaker automaker
chipmaker retailer developer startup start-up producer supplier distributor exporter importer brand operator
airline carrier insurer lender bank utility broadcaster platform network giant""".split())
"""Nouns for a company: "the company" may point back to an actor the story called a lender or a group."""


def actor_kinds(texts: Iterable[str], nouns: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each name (as written) and the actor nouns the story writes right beside it: "The IG Metall union",
    "engineering group Volkner AG", "Fjordbank, the country's largest lender," (a lender: the possessive
    "country's" is no noun of its kind)."""
    found: dict[str, set[str]] = {}
    for text in texts:
        for pattern in _patterns(nouns):
            for m in pattern.finditer(text):
                found.setdefault(m.group("name"), set()).add(m.group("noun"))
    return {name: frozenset(kinds) for name, kinds in found.items()}


@lru_cache(maxsize=4)
def _patterns(nouns: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """The four shapes a name and its noun take, compiled once (the alternation of nouns is long)."""
    alternation = "|".join(sorted(nouns, key=len, reverse=True))
    return (
        re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<name>{NAME})\s+(?P<noun>{alternation})\b"),
        re.compile(rf"\b(?P<noun>{alternation})\s+(?P<name>{NAME})"),
        re.compile(rf"(?P<name>{NAME}),\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{alternation})\b(?![’'])"),
        re.compile(rf"\b(?:[Tt]he)\s+(?P<noun>{alternation})\s+of\s+(?P<name>{NAME})"),  # "the city of Sorvano"
    )


def of_kind(noun: str, kinds: frozenset[str]) -> bool:
    """Whether an actor the story calls by ``kinds`` may be what "the ``noun``" points back to."""
    return not kinds or noun in kinds or (noun in COMPANY_NOUNS and bool(kinds & COMPANY_NOUNS))
