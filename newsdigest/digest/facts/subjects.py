"""Figures whose own clause says whose they are, so the previous sentence's actor is not assumed.

owners.py falls back on the actor the previous sentence was about when a clause names nobody. Three
shapes of clause say more than nothing, and a name from another sentence is wrong for each:

- "there have been four outbreaks this year": a count that only says something exists is owned by the
  place or body its own clause names ("there were 120 cases in Lubbock"), else by no one, and never by
  the person who reports it ("'Incidentally,' Kennedy said, 'there have been four ...'"); nor is an
  audience ("told about 600 employees", "addressed 400 staff") the speaker's;
- "He won the first of his nine caps": "his" and "her" point at a person, so the figure is the person's
  the previous sentence was about, else (when "he" or "she" is the subject) no one's; never the
  organisation named before;
- "Efficacy against any infection was 63.8%", "One dose is 93% effective", "reported by 38.2% of vaccine
  recipients": efficacy, and a share of those treated, is a treatment's, so the figure is the one
  treatment the story names ("the vaccine Norvexa", "the measles, mumps and rubella (MMR) vaccine"),
  else no one's; never the maker, the regulator or
  the agency that reports it.

:func:`own_clause_owner` answers None when none of the shapes is there, and owners.py reads on.
"""

from __future__ import annotations

import re

from ..text.words import vocabulary
from .actors import StoryActors
from .estimates import REPORTED
from .pointing import actor_names, after_preposition, resolve_nouns
from .quantities import Quantity
from .tolls import is_harm, is_toll

_THERE_BE = re.compile(r"(?<![\w’'-])[Tt]here\s+(?:(?:is|are|was|were|will\s+be|would\s+be|could\s+be|may\s+be|"
                       r"might\s+be|(?:has|have|had)\s+(?:now\s+|already\s+|also\s+)?been|remain|remains|remained)\s+)"
                       r"(?:(?:now|already|also|still|only|just|about|around|roughly|some|nearly|almost|at\s+least|"
                       r"more\s+than|fewer\s+than|less\s+than|over|under|up\s+to|a\s+further|another|an?)\s+)*$")
"""An existential clause right before a count: "there have been four", "There were at least 120"."""
_ADDRESSED = re.compile(r"\b(?:told|addressed|briefed|thanked|greeted|met|urged|warned|assured|reassured|"
                        r"(?:spoke|wrote|talked)\s+to)\s+$")
"""A verb of speaking to someone right before a count: the count is the audience ("told about 600 employees
gathered in the loading bay"), whom the speaker neither owns nor is."""
_OWN_PHRASE_END = re.compile(r"[,;:.()\"“”]")
_PERSON_POSSESSIVE = re.compile(r"(?<![\w’'-])(?:[Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+)?$")
""""his nine caps", "her first 12 titles": the possessive of a person right before a figure."""
_PERSON_SUBJECT = re.compile(r"^\W*(?:and\s+)?(?:[Hh]e|[Ss]he)\s")
_EFFICACY = re.compile(r"\b(?:efficacy|effectiveness|protection\s+(?:against|from))\b", re.I)
_EFFECTIVE_AFTER = re.compile(r"\s+(?:effective|efficacious|protective)(?=\s*(?:[,.;:)]|$)|\s+(?:at|against|in|for|"
                              r"on|among|after|when|if|and|but|while|than)\b)")
""""Efficacy ... was 63.8%", "protection against hospitalisation ... 84%" and "One dose is 93% effective": a
treatment's measure ("flood protection" is no protection against anything; "a 15% effective tax rate" is a rate)."""
TREATMENT_NOUNS = frozenset(vocabulary()["treatment_nouns"].split())
_OF_THE_TREATED = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?:(?P<noun>[a-z]+)\s+(?:recipients|users|takers|group|arm)\b|"
                             r"(?:those|people|patients|participants|volunteers)\s+(?:who\s+)?(?:were\s+)?(?:given|"
                             r"taking|took|got|received|receiving)\s+(?:the\s+|a\s+)?(?P<given>[a-z]+))")
""""38.2% of vaccine recipients", "12% of patients given the drug": a share of those the treatment was given to
reports what the treatment did (a side effect, a response), not what its maker did."""


def own_clause_owner(text: str, q: Quantity, clause: tuple[int, int], context: StoryActors,
                     previous_actor: str | None, previous_person: str | None) -> tuple[str | None, bool] | None:
    """The owner (and whether the clause names it) when the figure's clause has one of the module's
    shapes; None when it has none."""
    before = text[clause[0]:q.start]
    if q.kind == "count" and not is_toll(q) and not is_harm(text, q) and _THERE_BE.search(before):
        return _named_in_own_phrase(text, q, clause, context)
    if q.kind == "count" and _ADDRESSED.search(before):
        return None, False  # "Chief executive Tom Ruud addressed 400 staff": an audience, not the speaker's
    own = _own_part(before)
    his = bool(_PERSON_POSSESSIVE.search(before)) and bool(previous_person or _PERSON_SUBJECT.match(own))
    treated = _OF_THE_TREATED.match(text, q.end)
    efficacy = q.kind == "percent" and bool(_EFFICACY.search(own) or _EFFECTIVE_AFTER.match(text, q.end) or (
        treated and (treated.group("noun") or treated.group("given")) in TREATMENT_NOUNS))
    if not his and not efficacy:
        return None
    resolved = resolve_nouns(own, context, previous_actor)[0]
    if [n for n in actor_names(resolved, context) if not after_preposition(resolved, n)]:
        return None  # the clause names its subject: owners.py reads it
    if his:
        return previous_person, False  # not "The Portuguese side insisted on his €75m clause": a subject of its own
    treatments = {name for noun, name in context.described.items()
                  if noun in TREATMENT_NOUNS and not context.is_person(name)} or set(context.treated)
    return (next(iter(treatments)), True) if len(treatments) == 1 else (None, False)


def _own_part(before: str) -> str:
    """The words before a figure after any "X said (that)": what is said, without who says it."""
    reported = None
    for m in REPORTED.finditer(before):
        reported = m
    return before[reported.end():] if reported else before


def _named_in_own_phrase(text: str, q: Quantity, clause: tuple[int, int], context: StoryActors
                         ) -> tuple[str | None, bool]:
    """The actor the phrase after an existential count names ("there were 120 cases in Lubbock County"),
    up to its first comma or stop; a person is nobody's count."""
    rest = text[q.end:clause[1]]
    cut = _OWN_PHRASE_END.search(rest)
    rest = rest[:cut.start()] if cut else rest
    names = [n for n in actor_names(rest, context) if not context.is_person(n)]
    return (names[0], True) if names else (None, False)
