"""What state a count of people is in: "Fourteen people were injured" counts the injured.

Sources name one figure in several ways: "14 injured" in one, "Fourteen people were injured" in
another; "6 dead", "six bodies"; "killing 241 people", "241 people died"; "124 cases", "124 infected
individuals". A count of people takes the state the sentence puts them in (deaths, injured,
missing, cases), so the facts stage merges the mentions into one fact. "None of the 21 crew were
hurt" counts the unhurt and keeps its noun.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .quantities import Quantity

PEOPLE = frozenset({"people", "persons", "individuals", "passengers", "residents", "nationals", "participants"})
"""Count nouns that all count people: one figure whichever a source writes."""
_PEOPLE_LIKE = PEOPLE | {"crew", "members"}
"""Nouns that say nothing about who is counted but that they are people; "two children were missing" stays
a count of children."""
_STATE_AFTER = re.compile(r"(?:\s+members)?(?:\s+reportedly)?(?:\s+(?:who\s+)?(?:were|was|are|is|have|has|had|"
                          r"have\s+been|had\s+been|remain|remained))?\s+(?:still\s+|(?:reported|confirmed|presumed|"
                          r"feared|believed)\s+)?(?P<state>killed|dead|died|injured|hurt|wounded|missing|"
                          r"lost\s+their\s+lives|contracted|caught|been\s+infected|tested\s+positive)\b")
_STATE_BEFORE = re.compile(r"\b(?P<state>dead|injured|wounded|missing|infected)\s+\w+$")
_NONE_OF = re.compile(r"\b(?:none|neither)\s+of\b[^,;]*$", re.I)
_KILLING = re.compile(r"\b(?:killing|killed|kills|kill|death\s+toll\s+\w+\s+to)\s+(?:at\s+least\s+|about\s+|some\s+|"
                      r"more\s+than\s+|nearly\s+)?$", re.I)
OF_THEM = re.compile(r"\bof\s+(?:them|whom)$", re.I)
_STATE_WORD = re.compile(r"\b(killed|dead|died|injured|hurt|wounded|missing|infected)\b", re.I)
"""A part of a count "of them" is in the state its sentence put the whole in: "21 of them seriously" are injured;
in "Two died and 40 were taken to hospital, 12 of them children" the 40 have no state, so neither have the 12."""
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                     r"fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b", re.I)
_DEATHS = frozenset({"bodies", "fatalities", "dead"})
STATES = {"dead": "deaths", "deceased": "deaths", "killed": "deaths", "died": "deaths", "lost their lives": "deaths",
          "injured": "injured", "hurt": "injured", "wounded": "injured", "missing": "missing", "infected": "cases",
          "contracted": "cases", "caught": "cases", "been infected": "cases", "tested positive": "cases"}
"""Each state word to the noun a count in that state counts."""


def in_state(text: str, q: Quantity) -> Quantity:
    """``q`` (a figure of ``text``) counting the state its people are in, if the sentence puts them in one."""
    if q.kind != "count":
        return q
    if q.unit in _DEATHS or (q.unit in _PEOPLE_LIKE and not q.qualifier and _KILLING.search(text, 0, q.start)):
        # "recovered six bodies", "killing two of its crew"; "killing at least 38 people" keeps its noun: an open
        # bound is read against other tolls by the conflict finder (38 dead on Monday, 41 on Tuesday)
        return replace(q, unit="deaths")
    if q.unit not in _PEOPLE_LIKE:
        return q
    whole = [m.start() for m in _NUMBER.finditer(text, 0, q.start)]  # the count the part is "of them" of
    if OF_THEM.search(q.text) and whole and (states := _STATE_WORD.findall(text, whole[-1], q.start)):
        return replace(q, unit=STATES[states[-1].lower()])  # "68 people were injured, 21 of them seriously"
    m = _STATE_AFTER.match(text, q.end) or _STATE_BEFORE.search(q.text)
    if not m or _NONE_OF.search(text, 0, q.start):
        return q
    return replace(q, unit=STATES[re.sub(r"\s+", " ", m.group("state").lower())])
