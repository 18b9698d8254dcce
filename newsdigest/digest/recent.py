"""Recent: what an article says *has* happened, dated to the month when the story's window allows.

"Both black boxes have been recovered" gives no date, yet it is an event of the story: the present
perfect tells of something done since the story's event and before the article was written. So
its date lies between the day the story is about (the day-precise date most sources give) and
the article's own date, and when both fall in one month that month is as precise as the text
allows (``2025-06``); when they do not, the text does not say and no event is made.

Only an action qualifies: a perfect of a verb's participle ("has confirmed", "have been called
in", "has since resumed"), not a state ("has been a concern", "has had"), a denial ("has not
been found"), a guess ("may have been"), a change of a figure ("has grown to 130 cases": a level,
which the facts stage reads) or words inside a quotation (the speaker's, told on their own day).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from ..model import Story
from .text.clauses import as_sentence, claim_units
from .text.tense import participles

_PERFECT = re.compile(r"(?<![\w’'])(?P<aux>has|have|’ve|'ve)\s+(?:(?:also|since|now|already|just|finally|recently|"
                      r"formally|officially|both|all)\s+){0,2}(?P<been>been\s+)?(?P<verb>[a-z]+)\b")
_GUESS = re.compile(r"\b(?:would|could|should|may|might|must|to|not|never|yet)\s+(?:\w+\s+)?$", re.I)
"""What before "have" makes it no event: a modal's guess ("may have been"), an infinitive ("is thought to have"),
or a denial."""
_NOT_PARTICIPLE = frozenset("been had got gotten become come gone seemed appeared remained stayed risen fallen grown "
                            "climbed dropped increased decreased declined jumped surged soared slumped rallied plunged "
                            "tumbled eased doubled".split())
"""Perfects of a state or of a figure's change, not of something done ("has become a concern", "has remained
closed", "attacks have risen sharply": a trend, which the facts stage reads when it has a figure)."""
_NO_EVENT = re.compile(r"[“”\"\d]|\b(?:no|not|never|neither|nor|nobody|none|nothing|yet|"
                       r"he|she|him|his|her|they|them|their|for\s+(?:\w+\s+)?(?:years|decades|months|weeks|days|long)|"
                       r"over\s+the\s+(?:past|last)|throughout|repeatedly|always|ever|(?<!\bhas\s)(?<!\bhave\s)since)\b",
                       re.I)
"""What makes a clause no datable action: a quotation or a figure, a denial ("No arrests have been made"), the
writer's own voice ("as we reported"), a person it names only by pointing ("Doctors have confirmed that his
condition is stable"), or a span ("has operated ... for years", "since she was nine"; "has since resumed" is
one act)."""
_VOICE = re.compile(r"\b(?:I|[Ww]e|me|us|[Yy]ou|[Mm]y|[Oo]ur|[Yy]our)\b")
"""The writer's or a speaker's own voice; written in capitals, "US" is a country."""
_POINTING = re.compile(r"^(?:[A-Z][\w ,]*,\s+)?(?:it|this|that|these|those|he|she|they|his|her|its|their)\b", re.I)
"""A subject that points back ("This detail has been flagged"): whom it names the clause does not say."""
_SUBORDINATE = re.compile(r"\b(?:who|which|that|whom|whose|what|when|where|if|whether|because|said|says|is|are|was|"
                          r"were)\b", re.I)
"""Before the perfect, these make it part of another clause ("patients who have been hospitalized were admitted",
"is less than the value the stock has lost")."""
_SHORTEST = 5
"""Fewer words than this is no claim a reader can place ("It has ended.")."""


def story_day(dates: list[str]) -> dt.date | None:
    """The day-precise date the story's events give most often (the earliest of a tie): the day it is about."""
    days = Counter(d for d in dates if len(d) == 10)
    if not days:
        return None
    most = max(days.values())
    return dt.date.fromisoformat(min(d for d, n in days.items() if n == most))


def recent_events(story: Story, day: dt.date | None, dated: set[str]) -> list[tuple[str, str, str, str]]:
    """(month, claim, sentence id, sentence text) for each undated action an article tells in the present
    perfect, when the story's ``day`` and the article's date share a month. ``dated`` holds the sentences that
    already give events of their own."""
    if day is None:
        return []
    out = []
    for article in story.articles:
        published = article.published or story.published
        if published is None or published < day or (published.year, published.month) != (day.year, day.month):
            continue
        month = f"{day.year:04d}-{day.month:02d}"
        for sentence in article.sentences:
            if sentence.kind != "body" or sentence.id in dated:
                continue
            for _, unit in claim_units(sentence.text):
                if _is_action(unit) and len(unit.split()) >= _SHORTEST:
                    out.append((month, as_sentence(unit), sentence.id, sentence.text))
                    break  # one event a sentence: its first perfect
    return out


def _is_action(clause: str) -> bool:
    """Whether the clause tells, in the present perfect, of something done (not a state, guess or figure)."""
    if _NO_EVENT.search(clause) or _VOICE.search(clause) or _POINTING.match(clause) or clause.rstrip().endswith("?"):
        return False
    for m in _PERFECT.finditer(clause):
        verb, before = m.group("verb"), clause[:m.start()]
        if _GUESS.search(before) or _SUBORDINATE.search(before):
            continue
        if verb in _NOT_PARTICIPLE or not (verb in participles() or (verb.endswith("ed") and len(verb) > 4)):
            continue
        return True
    return False
