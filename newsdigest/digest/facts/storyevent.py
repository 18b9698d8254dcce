"""The event a story is about, when it names one: what its tolls of harm belong to.

"The Tarn floods", "the Harlow earthquake", "Tropical Storm Marilag": a story that writes one named
event twice or more is about it, and a toll its sentences credit to no one is that event's, not
the town the story mentions most (tolls.py). A storm written with and without its class ("Tropical
Storm Marilag", "Storm Marilag") is one event.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..summary.openers import ORGANISATION_WORDS
from ..text.entities import names_in
from ..text.words import vocabulary

if TYPE_CHECKING:
    from .actors import StoryActors

NAME = r"[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*"
"""A run of capitalised words: a name as the actor and event patterns read it."""
_EVENT_NOUNS = frozenset(vocabulary()["event_nouns"].split())
_NAMED_EVENT = re.compile(r"(?<![\w’'-])(?P<name>" + NAME + r")\s+(?:[a-z]+\s+)?(?P<noun>" +
                          "|".join(sorted(_EVENT_NOUNS, key=len, reverse=True)) + r")\b")


def story_event(texts: list[str], actors: StoryActors) -> str | None:
    """The one name the story writes with an event noun twice or more ("the Tarn floods", "the Harlow
    earthquake"): what its tolls are of. A story of two fires ("the Eaton Fire", "the Palisades Fire") has
    no one event."""
    found: Counter[str] = Counter()
    for text in texts:
        for m in _NAMED_EVENT.finditer(text):
            names = names_in(m.group("name"))
            if names and m.group("name").endswith(names[-1]) and (name := actors.name(names[-1])):
                found[name] += 1
        found.update(name for n in names_in(text) if _names_event(n) and (name := actors.name(n)))
    cores: dict[str, Counter[str]] = {}  # "Storm Marilag" and "Tropical Storm Marilag" are one storm
    for name, count in found.items():
        cores.setdefault(_event_core(name), Counter())[name] = count
    events = [forms for forms in cores.values() if sum(forms.values()) >= 2]
    return max(sorted(events[0]), key=lambda n: (events[0][n], len(n))) if len(events) == 1 else None


def _event_core(name: str) -> str:
    """A named event without the event words leading it: "Tropical Storm Marilag" and "Storm Marilag" are
    "Marilag"; "Palisades Fire" stays itself."""
    words = name.split()
    last = max((k for k, w in enumerate(words[:-1]) if w.lower() in _EVENT_NOUNS), default=-1)
    return " ".join(words[last + 1:])


def _names_event(name: str) -> bool:
    """"Palisades Fire", and an event noun leading a name ("Tropical Storm Marilag", "Cyclone Ondra"), not an
    organisation's ("Fire Service", "Storm Insurance Group")."""
    words = [w.lower() for w in name.split()]
    return words[-1] in _EVENT_NOUNS or (any(w in _EVENT_NOUNS for w in words[:-1])
                                        and not any(w in ORGANISATION_WORDS - _EVENT_NOUNS for w in words))


