"""Counts of a thing the story names, of a body, or of a place described: whose they are before the clause's subject.

"Kelderhof said it was recalling 1.4 million AeroChef XL air fryers sold in 18 countries" counts the fryers
(and where they were sold), not the maker that recalls them; "the 13 FDA advisers" are the FDA's, "a
late-stage trial of 24,600 people" is the trial's (a thing the story names: ``StoryActors.described``), and
"Sarvenna, a city of about 310,000 people" gives the city's population whatever the sentence is about.
So with a sum: "a key technology partner in the $500 billion Stargate project" gives the project's size, not the
partner's, and "The thaler rose 1.1% against the U.S. dollar" is the thaler's move, nobody's the story is about.
owners.py asks here first.
"""

from __future__ import annotations

import re

from ..summary.openers import ORGANISATION_WORDS
from ..text.entities import PLACE_NOUNS, names_in
from ..text.words import vocabulary
from .actors import ACTOR_NOUNS, StoryActors
from .pointing import actor_names
from .quantities import Quantity

_SOLD_IN = re.compile(r"(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*)(?:\s+[a-z][\w-]*){0,3}\s+"
                      r"(?:[a-z]+ed|sold|made|built|bought|sent|kept|held|found|shown|grown)\s+"
                      r"(?:in|to|across|at|for|by|from)\s+(?:[\w-]+\s+){0,2}$")


_DESCRIBED_AS = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*),\s+(?:a|an)\s+"
                          r"(?:[a-z][\w-]*\s+){0,2}(?:" + "|".join(sorted(PLACE_NOUNS)) + r")\s+(?:of|with)\s+"
                          r"(?:about|around|some|nearly|almost|roughly|more\s+than|over|under|just\s+over)?\s*$")
"""A place and the place noun set beside it ("Sarvenna, a city of about 310,000 people"): the figure
describes the place."""
_BODY = re.compile(r"^[A-Z]{3,6}$|\s(?:" + "|".join(sorted(ORGANISATION_WORDS)) + r")$", re.I)
"""An organisation's name: an acronym of three letters or more, or a name closing on an organisation's word."""
_WHOLE_OF = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\s+of\s+(?:about|around|some|"
                       r"nearly|almost|roughly|more\s+than|over|under)?\s*$")
_UNDERTAKINGS = frozenset(vocabulary()["undertaking_nouns"].split())
_SUM_BEFORE_NAME = re.compile(r"\s+(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*)\s+(?:[a-z][\w-]*\s+)?"
                              r"(?P<noun>" + "|".join(sorted(_UNDERTAKINGS)) + r")\b(?![’'])")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
_PART_OF = re.compile(r"\s+of\s+(?:the|these|those)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+)\b(?![’'])")


_AGAINST_MONEY = re.compile(r"[^.;]{0,40}?\bagainst\s+the\s+(?:U\.?S\.?\s+|US\s+)?(?:dollar|euro|pound|yen|yuan|"
                            r"franc|greenback|rupee|rouble|ruble)\b", re.I)
_OPENING_NOUN = re.compile(r"\W*[Tt]he\s+(?P<word>[a-z]+)\s")


def currency_move(text: str, q: Quantity) -> tuple[bool, str | None]:
    """Whether ``q`` is a currency's move against another ("The thaler rose 1.1% against the U.S. dollar",
    "It was up another 0.4% against the dollar"), and the currency the sentence opens on, if it does: the move
    is the currency's, never the central bank's or the story's main actor's."""
    if q.kind != "percent" or not _AGAINST_MONEY.match(text, q.end):
        return False, None
    m = _OPENING_NOUN.match(text)
    return True, (m.group("word") if m and m.group("word") not in ACTOR_NOUNS and m.start("word") < q.start else None)


def undertaking(text: str, q: Quantity, context: StoryActors) -> str | None:
    """The named undertaking a sum right after "the" or "a" stands before ("the $500 billion Stargate project",
    "a £1.2bn Northgate wind farm"): the sum is its size, whoever the sentence is about."""
    if q.kind != "money" or not _DETERMINER_BEFORE.search(text, 0, q.start):
        return None
    m = _SUM_BEFORE_NAME.match(text, q.end)
    if not m or not (names := names_in(m.group("name"))):
        return None
    name = context.name(names[0]) or names[0]
    return None if context.is_person(name) else name


def counted_thing(text: str, q: Quantity, clause: tuple[int, int], context: StoryActors) -> str | None:
    """A thing the story names (``StoryActors.described``) that a count counts ("recalling 1.4 million AeroChef XL
    air fryers") or that a participle after it measures ("AeroChef XL air fryers sold in 18 countries"): the
    count is the thing's, not the maker's that recalls or sells it."""
    if q.kind != "count":
        return None
    if (said := _DESCRIBED_AS.search(text, 0, q.start)) and (place := context.name(said.group("name"))) \
            and not context.is_person(place):
        return place  # "Sarvenna, a city of about 310,000 people": the city's, whatever the sentence is about
    things = {name for name in context.described.values() if not context.is_person(name)}
    words = q.text.split(" ", 1)
    inside = [n for n in (actor_names(words[1], context) if len(words) > 1 else []) if n in things or (
        _BODY.search(n) and words[1].startswith(n))]
    if inside:  # "1.4 million AeroChef XL air fryers"; "the 13 FDA advisers": the body's, not a place's
        return inside[0]
    part = _PART_OF.search(q.text) or _PART_OF.match(text, q.end)  # "About 412,000 of the fryers were sold"
    if part and (thing := context.by_descriptor(part.group("noun"))) in things:
        return thing
    whole = _WHOLE_OF.search(text, clause[0], q.start)  # "in a late-stage trial of 24,600 people"
    if whole and (thing := context.by_descriptor(whole.group("noun"))) in things:
        return thing
    m = _SOLD_IN.search(text, clause[0], q.start)
    name = context.name(names_in(m.group("name"))[-1]) if m and m.end() == q.start and names_in(m.group("name")) \
        else None
    return name if name in things else None
