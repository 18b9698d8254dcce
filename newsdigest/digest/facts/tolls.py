"""Whose a toll of harm is: the event's, never a place, an agency, an official or a surveyor's.

"The number of people killed in Monday's landslide in Kerrow Valley rose to 57" counts the
landslide's dead, not Kerrow Valley's; "The Fire Service's evening update: 12 dead" and
"Surveyors ... counted 900 damaged homes" name who reports or counts a toll, not whose it is. So a
toll of the dead, hurt, missing, rescued or displaced, or of damaged buildings, keeps an owner the
sentence names only when that owner is an event (a name with an event noun in or right after it),
a product named as such ("AeroChef XL air fryers"), or the story's main actor; anyone else gives way to the event.
Carried people ("21 crew") and a disease's cases are no harm: a ship has its crew, a county its cases.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..summary.openers import ORGANISATION_WORDS
from ..text.words import vocabulary
from .actors import StoryActors
from .quantities import Quantity

_TOLL_UNITS = frozenset(vocabulary()["toll_units"].split())
HARM_UNITS = frozenset(vocabulary()["harm_units"].split())
_HARM_WORDS = frozenset(vocabulary()["harm_words"].split())
EVENT_NOUNS = frozenset(vocabulary()["event_nouns"].split())
_BODY_WORDS = ORGANISATION_WORDS - EVENT_NOUNS
"""An organisation's words ("Fire Service"); the list also has an event's first words ("Cyclone")."""
_WORD = re.compile(r"[a-z]+")


def is_toll(q: Quantity) -> bool:
    """Whether a count is of people an event killed, hurt, left missing or carried ("21 crew members")."""
    return q.kind == "count" and (q.unit in _TOLL_UNITS or any(w in _TOLL_UNITS for w in q.text.lower().split()))


def is_harm(text: str, q: Quantity, anyone: bool = False) -> bool:
    """Whether ``q`` counts harm: a unit of harm ("12 dead", "900 damaged homes"), or people in a
    sentence about harm ("14 people alive", "8,000 residents have left their homes"); any count in such a
    sentence when ``anyone`` (a count only a closing speaker would own: "The number of injured has risen,
    to 19, after five dockworkers were treated, ..., Agus Setiawan, said")."""
    if q.kind != "count":
        return False
    words = set(q.text.lower().split()) | {q.unit or ""}
    said = set(_WORD.findall(text.lower()))
    if words & HARM_UNITS - _STRUCTURES or (words & _STRUCTURES and (_HARM_WORDS - _STRUCTURES) & said):
        return True  # "12 dead"; "900 damaged homes", never "completed 4,215 homes"
    return (bool(words & _PEOPLE) or anyone) and bool(_HARM_WORDS & said)


_STRUCTURES = frozenset("homes houses buildings structures schools hospitals".split())
"""What harm destroys or damages, and what builders build and cities run: harm only in a sentence of harm."""
_PEOPLE = frozenset("people persons residents inhabitants locals villagers families households children".split())
"""Counts of people a harm sentence counts as harmed ("forcing about 1,400 residents from their homes")."""


def is_event(text: str, name: str) -> bool:
    """Whether a name is an event's: an event noun closing it ("Palisades Fire") or opening it with no
    organisation's word ("Storm Kestra", not "Fire Service"), or right after it in the sentence ("the
    Kerrow Valley landslide"; "Monday's collision" is no name)."""
    words = [w.lower() for w in name.split()]
    if words and (words[-1] in EVENT_NOUNS or (words[0] in EVENT_NOUNS and not _BODY_WORDS & set(words))):
        return True
    return bool(_after_name(name).search(text))


@lru_cache(maxsize=4096)
def _after_name(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(name) + r"(?:[’']s)?\s+(?:[a-z-]+\s+)?(?i:" + "|".join(sorted(EVENT_NOUNS)) + r")\b")


def harm_owner(text: str, owner: str | None, context: StoryActors, event: str | None) -> str | None:
    """The owner a toll of harm has: ``owner`` when it is an event, a product named as such or the story's
    main actor (unless the story names its event and the main actor is a place), else the event
    (``event``, the one the sentence counts it in, when that is an event; else the story's), else the
    main actor."""
    about = context.event
    if owner is None or owner == about or is_event(text, owner) or (owner == context.main and about is None):
        return owner
    if any(re.search(re.escape(owner) + r"(?:\s+[\w-]+){0,2}?\s+" + noun, text)
           for noun, name in context.described.items() if name == owner) and not context.is_person(owner):
        return owner  # "people reporting burns from recalled AeroChef XL air fryers": the product's
    if event and is_event(text, event):
        return event
    return about or context.main
