"""The actor a sentence opens on: whom a figure further on belongs to when its own clause names nobody,
and whom the next sentence's "it" or "the company" means.

The subject stands at the start of a sentence, before any comma, unless the sentence opens on a phrase
that frames it ("Prior to the earnings report, Nvidia shares rose nearly 4% ..., although the stock faced
a decline of approximately 10%"): such a phrase names when or on what grounds, never who, so the subject
is read after it. Names after a preposition, speakers and persons are no such subject.
"""

from __future__ import annotations

import re

from ..text.entities import PLACE_NOUNS, names_in
from .actors import ACTOR_NOUNS, StoryActors
from .estimates import ESTIMATOR_AFTER
from .pointing import (
    BACKREF,
    BRACKETS,
    NAME_NEXT,
    NOUN_BACKREF,
    actor_names,
    after_preposition,
    drop_appositives,
    possessed,
    resolve_nouns,
    speaker,
)

_FRAMING = re.compile(r"\W*(?:prior\s+to|ahead\s+of|ahead|despite|amid|following|after|before|since|during|"
                      r"until|on|in|at|over|by|for|last|this|earlier|later|according\s+to)\b[^,]{0,60},\s*", re.I)
"""A phrase framing the sentence before its subject: a preposition's phrase up to a comma."""


def opening_subject(before: str, context: StoryActors, previous_actor: str | None) -> str | None:
    """The subject the sentence opens on, before the figure's clause or the figure: a clause that names nobody
    or points back ("the company") is more likely about it than about the previous sentence's actor."""
    if BACKREF.match(before.strip()):
        return None  # "Its shares ...": the sentence itself points back
    unframed = before[framing.end():] if (framing := _FRAMING.match(before)) else before
    opening = drop_appositives(unframed).split(",", 1)[0]  # the subject stands before any comma it has
    cleaned = BRACKETS.sub(" ", resolve_nouns(opening, context, previous_actor)[0])
    names = next((kept for markets in (False, True)  # "Corvel shares rose 3% in Sydney": Corvel, not Sydney
                  if (kept := [n for n in actor_names(cleaned, context, markets=markets) if not speaker(unframed, n)
                               and not after_preposition(cleaned[:cleaned.find(n) + len(n)], n)])), [])
    return names[0] if names and 0 <= cleaned.find(names[0]) < 40 and not context.is_person(names[0]) else None


_COUNTED = re.compile(r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|many)\s+$",
                      re.I)
"""A name after a count names what is counted ("six Helion 3 launches"), never the subject a following "it" means."""


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_PLACE_OF = re.compile(r"\W*[Tt]he\s+(?:" + "|".join(sorted(PLACE_NOUNS)) + r")\s+of\s+"
                       r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def sentence_subject(text: str, context: StoryActors) -> str | None:
    """The actor a following "it" or "the company" most likely means: this sentence's opening name.

    A sentence that itself opens with a pronoun ("Its own model, Qwen, ...") hands nothing on: None, and the actor
    before it stays the one meant; one that opens on a noun pointing back ("The lender says ...") hands on the one
    actor the story calls by that noun, if there is one.
    """
    if (place := _PLACE_OF.match(text)) and (named := context.name(place.group("name"))):
        return named  # "The city of Sorvano will cut water supplies": Sorvano, not a name of the object
    opening = text.strip()
    if BACKREF.match(opening):
        return None
    if back := pointing_noun(opening):
        return context.by_noun(back)  # "The trust said ...": the one trust the story names
    cleaned = BRACKETS.sub(" ", drop_appositives(text))
    names = [n for n in actor_names(cleaned, context)  # "Chief executive Helen Marsh told reporters ..."
             if not speaker(text, n) and not after_preposition(cleaned[:cleaned.find(n) + len(n)], n)
             and not ESTIMATOR_AFTER.match(cleaned, cleaned.find(n) + len(n))  # "... exceeded Wall Street's"
             and not _COUNTED.search(cleaned[:cleaned.find(n)])  # "had planned six Helion 3 launches": a product
             and not _PLURAL_ACRONYM.fullmatch(n)]  # "told MPs": a plural is no "it" of the next sentence
    if not names or cleaned.find(names[0]) >= 60:
        return closing_reporter(text, context) or context.main
    return possessed(cleaned, names[0], context) or names[0]  # "Halvern's drug Zenoma was approved": Zenoma


_CLOSING_SAYS = re.compile(r",\s+(?P<who>[^,;]{2,60}?)\s+(?:said|says|added|reported|announced|confirmed)"
                           r"(?:\s+on\s+\w+)?[.!]?[\"”]?\s*$")
_NAME_BEFORE_COMMA = re.compile(r"(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*)\s*$")


def closing_reporter(text: str, context: StoryActors) -> str | None:
    """The organisation a sentence that opens on no name closes by citing ("About 2.7 million card transactions
    failed ... across the merchants that use Quillpay, the payments company says"): what a next "It" means."""
    m = _CLOSING_SAYS.search(text)
    if m is None:
        return None
    named = [n for n in actor_names(m.group("who"), context) if not context.is_person(n)]
    if not named and m.group("who").lower().startswith("the ") and (
            before := _NAME_BEFORE_COMMA.search(text, 0, m.start())):  # "... Quillpay, the payments company says"
        named = [n for n in actor_names(before.group("name"), context) if not context.is_person(n)]
    return named[-1] if named and not context.is_outlet(named[-1]) else None


def pointing_noun(text: str) -> str | None:
    """The actor noun a sentence opens on to point back ("The lender says ...", not "The city of Sorvano ...")."""
    opening = text.strip()
    back = NOUN_BACKREF.match(opening)
    return back.group("noun") if back and back.group("noun") in ACTOR_NOUNS and not NAME_NEXT.match(
        opening, back.end()) else None


def noun_antecedent(text: str, following: str, context: StoryActors) -> str | None:
    """The actor a next sentence's "The lender, which ..." means when this sentence has no subject of its own and
    the story calls no one actor by the noun: the last actor this sentence names that may be one ("The pain will be
    felt first by borrowers at Kessling Mutual, which said ... The lender, which announced 600 job cuts": Kessling
    Mutual, not the story's central bank). A possessor ("exceeded Wall Street's expectations. The chipmaker's
    earnings ...") is no such actor, nor a name in a quote or brackets. None when this sentence names the story's
    main actor or a person."""
    noun = pointing_noun(following)
    plain = _QUOTED.sub(" ", BRACKETS.sub(" ", text))
    names = [n for raw in names_in(plain) if (n := context.name(raw))]
    if noun is None or context.by_noun(noun) or context.main in names or any(map(context.is_person, names)):
        return None  # "JPMorgan analyst Harlan Sur noted ...": a sentence someone says hands on no actor of its own
    for raw in reversed(names_in(plain)):
        name = context.name(raw)
        if name and context.of_kind(name, noun) and not _POSSESSOR.match(plain, plain.rfind(raw) + len(raw)):
            return name
    return None


_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


_POSSESSOR = re.compile(r"[’']s?\b|\s+(?:shares?|stocks?)\b")
