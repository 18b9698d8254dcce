"""Which way a date points: the tense of the verb nearest to it.

"Will vote on Thursday" is the coming Thursday and "voted on Thursday" the last one; "the vote is
on May 5" in a March article is the coming May. A date's own clause says which, through the verb
group closest to it: a future marker ("will", "is due to", "would"), a past form ("voted", "was",
"began") or a present one ("is", "are"). The nearest verb wins because one sentence often holds
two ("Air India said on Saturday that it will pay": the saying is past, the paying ahead). The
word lists are general English, kept in ``data/tense.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ...content.yamlfile import parse_yaml

FUTURE, PAST, PRESENT, CONDITIONAL = "future", "past", "present", "conditional"
SCHEDULE = "schedule"
"""A timetable verb in the simple present ("the trial begins on Monday"): like "is" it takes the nearest month
and day, but a weekday it is said of is still ahead: a trial that began on Monday "began"."""
_PERFECT = "present perfect"
"""A marker of the present perfect ("has extended"): past, but a state it says lasts "until" a day is ahead."""
REACH = 12
"""How many words either side of a date its governing verb may be: further off, it belongs to another clause."""
CONDITIONAL_REACH = 4
""""Would" (and "could", "might") looks ahead only close to the date ("said units would ship in April");
further off it is a hypothesis ("asked whether it would be among the worst disasters on TV on Saturday")."""
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_NEXT_CLAUSE = re.compile(r",|\s(?:and|but|then|if|unless|because|although|though|whereas)\s", re.I)
"""Where the date's clause ends after it: "raise rates again in May if wage growth did not slow" is ahead."""
_STOP = re.compile(r"(?<!\b[ap]\.m)(?<!\b[AP]\.M)[.;!?:]\s|[“”\"]|\s[–—]\s")
"""A sentence or quotation boundary; the dot of "10 p.m." or "6 a.m." is none ("will be shut off between 10 p.m.
and 6 a.m. each night starting on Thursday" is ahead)."""


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    data = parse_yaml((Path(__file__).parents[2] / "data" / "tense.yaml").read_text("utf-8"))
    return {key: frozenset(str(value).split()) for key, value in data.items()}


def past_forms() -> frozenset[str]:
    """Past forms a word's ending does not show ("went", "fell", "sold"): see ``past`` in ``data/tense.yaml``."""
    return _lists()["past"]


@lru_cache(maxsize=1)
def participles() -> frozenset[str]:
    """Past participles: the irregular past forms, the participles that differ from them ("taken", "spread"), and
    none of the -ed words that are no verb ("hundred"); a regular participle ends in -ed."""
    lists = _lists()
    return (lists["past"] | lists["participle"]) - lists["not_past"]


def moving_verbs() -> frozenset[str]:
    """Verbs that move a date ("postponed", "pushed back"): see ``reschedule`` in ``data/tense.yaml``."""
    return _lists()["reschedule"]


_AFTER_SPAN = re.compile(r"\s+(?:to\s+)?", re.I)
"""Between a future phrase and the timetable verb it governs ("will reopen", "is due to resume")."""
_NOT_ANY_MORE = "".join(rf"(?<!\b{w}\s)" for w in ("was", "were", "been", "originally", "initially", "previously"))
"""Before these a future word tells of a past plan: "the vote, originally scheduled for May 2, was postponed"."""


@lru_cache(maxsize=1)
def _future_phrases() -> re.Pattern[str]:
    """"will", "plans to", "is to shed", a be-verb with "expected/set/due ... to" ("is due to fly") or "likely"
    ("more cancellations were likely on Wednesday", said on Tuesday), and "next"
    before what is planned ("the next meeting, on May 8, could bring": a meeting ahead, whoever said so)."""
    first = "|".join(sorted(_lists()["future_phrases_first"]))
    alone = "|".join(re.escape(w) for w in sorted(_lists()["future"], key=len, reverse=True))
    verbs = "|".join(sorted(_lists()["future_to"], key=len, reverse=True))
    nouns = "|".join(sorted(_lists()["future_to_not_after"], key=len, reverse=True))
    planned = "|".join(sorted(_lists()["future_for"]))
    modal = "|".join(sorted(_lists()["modal_ahead"]))
    expect = "|".join(sorted(_lists()["future_object_to"]))
    after_next = "|".join(sorted(_lists()["not_after_next"]))
    return re.compile(rf"(?:\bnext\s+(?!(?:{after_next})\b)(?=[a-z])|"
                      rf"\b(?:{modal})\b(?!\s+(?:not|never|have|n[o']t)\b)(?!n['’]t)|"
                      rf"\b(?:is|are|am|was|were|be)\s+(?:(?:not|now|still|also)\s+)?(?:{first})\s+to\b|"
                      rf"\b(?:is|are|was|were|be)\s+(?:(?:now|still|also|more|less|very)\s+)?(?:un)?likely\b|"
                      rf"\b(?:is|are)\s+due\b|\b(?:is|are)\s+to\s+(?=[a-z])|{_NOT_ANY_MORE}\b(?:{alone})(?![\w'’])|'ll\b|"
                      rf"{_NOT_ANY_MORE}(?<!\bhad\s)\b(?:{planned})\s+for\b|"
                      rf"(?<![\w'’])(?!(?:{nouns})\s)(?:\w+\s+)(?:{verbs})\s+to\b|"
                      rf"\b(?:{expect})\s+(?:(?!to\b)[\w’'-]+\s+){{1,4}}to\s+(?=[a-z]))", re.I)


def tense_at(text: str, start: int, end: int, conditional_reach: int = CONDITIONAL_REACH,
             until: bool = False) -> str | None:
    """The tense of the verb nearest to ``text[start:end]`` within its sentence, or None when no verb is near.

    A caller that knows the date is a deadline ("would publish its report by May 2") lets "would" reach
    as far as any verb: a hypothesis has no deadline. A caller whose date is the end of a state ("until
    Sunday") reads a present perfect as ahead: "has extended its hours until Sunday" still holds.

    >>> tense_at("The board will vote on Thursday.", 23, 31), tense_at("The board voted on Thursday.", 19, 27)
    ('future', 'past')
    >>> tense_at("Air India said on Saturday that it will pay.", 17, 26)
    'past'
    """
    before = _segment(text[:start], backwards=True)
    after = _segment(text[end:], backwards=False)
    if _PLANNED_THEN.search(before) and _MONTH.match(text, start, end):
        return PRESENT  # "results, which had been due on Oct. 23": a plan's day, the nearest, whatever became of it
    left = _markers(before)
    if _NAMED_DAY.search(text, start, end) and (_names_unplanned(before, after, left) or _CLOSE_BEFORE.search(before)):
        return PAST  # "the collision off the pier on Monday is set to force a review": no one plans a collision;
        # "will pay a 31% premium to its closing price on Friday": a price a market closed at
    if _NAMED_DAY.search(text, start, end) and _DETERMINER_END.search(before) and _NOUN_AFTER.match(after):
        return PRESENT  # "the May 4 vote was delayed": the verb tells what became of the vote, not when it is
    if left:  # past a comma after the date is an attribution ("will be Tuesday, said X") or another clause,
        after = _NEXT_CLAUSE.split(after, 1)[0]  # and so is a verb joined on: "arrived on Wednesday and will look"
    right = _markers(after)
    near = [(len(_WORD.findall(before[at:])) - 1, tense) for at, tense in left] + \
        [(len(_WORD.findall(after[:at])), tense) for at, tense in right]
    near = [(d, t) for d, t in near if d <= (conditional_reach if t == CONDITIONAL else REACH)]
    if not near:
        return None
    tense = min(near, key=lambda c: c[0])[1]  # min is stable: a tie goes to the verb before the date
    if tense == _PERFECT:
        return FUTURE if until else PAST
    return FUTURE if tense == CONDITIONAL else tense


_PLANNED_THEN = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:originally\s+|initially\s+)?"
                           r"(?:due|scheduled|slated|set|planned|expected)\s+(?:on|for)\s+$", re.I)
"""A plan told in the past ("had been due on Oct. 23", "was scheduled for March 2"): the day it was set for is the
nearest one with that month and day, ahead or behind; the past tense tells of the plan, not of the day."""
_MONTH = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_CLOSE_BEFORE = re.compile(r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)\b(?:closing\s+(?:price|level|"
                           r"bell)|close)\s+(?:on\s+)?$", re.I)
"""A market's close before a day ("its closing price on Friday", "the close on Monday"), no deal that will close."""
_HEAD_ENDS = re.compile(r"\s*(?:$|,|(?:of|off|at|in|on|near|outside|inside|involving|between|into|aboard|along|"
                        r"during|late|early|shortly|just|minutes|hours)\b)", re.I)
"""What may follow the noun that heads a phrase: a preposition or a comma ("the crash of the ferry"), not another
noun ("the fire drill on Monday" is a drill)."""


_MODIFIER = r"(?!(?:of|into|on|in|at|for|about|over|after|before|by|from|with|the|a|an)\b)"
"""A word before a phrase's head is a modifier, never a preposition: in "the inquiry into the fire on Monday" the
day may be the inquiry's."""


@lru_cache(maxsize=1)
def _unplanned_phrase() -> re.Pattern[str]:
    """A clause that opens with a noun phrase headed by an event nobody schedules ("The collision of two ferries
    off the pier", "After the blast"), ``rest`` the words after that noun."""
    return re.compile(rf"\s*(?:(?:after|following|since|before|despite|amid|over|from|for)\s+)?"
                      rf"(?:the|a|an|this|that|its|their|his|her|our)\s+(?:{_MODIFIER}[\w'’-]+\s+){{0,3}}?"
                      rf"(?:{_unplanned_nouns()})s?(?![\w-])(?P<rest>.*)", re.I | re.S)


@lru_cache(maxsize=1)
def _unplanned_day() -> re.Pattern[str]:
    """A day that names an event nobody schedules: "Sunday's capsizing", "the March 9 sinking", ``rest`` after it."""
    return re.compile(rf"(?:['’]s)?\s+(?:{_MODIFIER}[\w-]+\s+){{0,2}}?(?:{_unplanned_nouns()})s?(?![\w-])(?P<rest>.*)",
                      re.I | re.S)


_NAMED_DAY = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)", re.I)
"""A month's or a weekday's name: the two rules below read a day's noun phrase, never a figure's ("its 42 routes")."""
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|through|until|till)\b)[a-z]")
"""A date between a determiner and a noun ("the May 4 vote") dates the noun, whatever became of it."""
_VERB_AFTER_HEAD = frozenset("could can may might should".split())


def _names_unplanned(before: str, after: str, left: list[tuple[int, str]]) -> bool:
    """Whether a day dates an event nobody schedules: its own possessive or modifier ("Sunday's capsizing is likely
    to cost millions", "the March 9 sinking will be examined"), or the noun phrase opening the clause, with no verb
    before the day ("The collision of two ferries off the pier on Monday is set to force a review")."""
    if (day := _unplanned_day().match(after)) and _head_ends(day.group("rest")):
        return True
    np = None if left else _unplanned_phrase().match(before)
    return np is not None and _head_ends(np.group("rest"))


def _head_ends(rest: str) -> bool:
    """Whether the words after a noun end its phrase: a preposition, a comma or a verb ("the crash of the ferry",
    "the blast killed"), not another noun ("the fire drill on Monday" is a drill)."""
    if _HEAD_ENDS.match(rest):
        return True
    first = _WORD.match(rest.lstrip())
    word = first.group(0).lower() if first else ""
    lists = _lists()
    return word in _VERB_AFTER_HEAD or word in lists["future"] or word in lists["perfect"] or \
        _tense_of(word, "", lists) is not None


def _unplanned_nouns() -> str:
    """Events nobody schedules (``unplanned`` in ``data/tense.yaml``), as a regular-expression alternation."""
    return "|".join(re.escape(w) for w in sorted(_lists()["unplanned"], key=len, reverse=True))


def _segment(text: str, backwards: bool) -> str:
    """The part of ``text`` on the date's side of the nearest sentence or quotation boundary."""
    stops = list(_STOP.finditer(text))
    if not stops:
        return text
    return text[stops[-1].end():] if backwards else text[:stops[0].start()]


_SAID_WOULD = re.compile(r"\b(?:said|says|told\s+\w+|announced|promised|pledged|added|confirmed)\s+(?:that\s+)?"
                         r"(?:he|she|it|they|we)\s+$", re.I)
""""Said he would meet leaders on Monday": a plan reported, as far ahead as "will" reaches; a bare "would" may be a
hypothesis ("asked whether it would be among the worst disasters on TV on Saturday") and reaches less far."""


@lru_cache(maxsize=50_000)
def _markers(text: str) -> list[tuple[int, str]]:
    """(offset, tense) of each tense marker in ``text``, in order."""
    lists = _lists()
    spans = [(m.start(), m.end()) for m in _future_phrases().finditer(text)]
    found: list[tuple[int, str]] = [
        (s, CONDITIONAL if text[s:e].lower() in lists["modal_ahead"] | {"would"} and not (
            text[s:e].lower() == "would" and _SAID_WOULD.search(text, 0, s)) else FUTURE) for s, e in spans]
    previous = ""
    for m in _WORD.finditer(text):
        word = m.group(0).lower().replace("’", "'")
        if not any(s <= m.start() < e for s, e in spans) and not (
                word in lists["schedule"] and any(_AFTER_SPAN.fullmatch(text, e, m.start()) for _, e in spans)):
            tense = _tense_of(word, previous, lists)  # "will reopen", "plans to resume": the future's verb
            if tense == PAST and _REDUCED.match(text, m.end()) and previous.isalpha() and previous not in _RELATIVES \
                    and previous not in lists["not_past_after"] and previous not in lists["perfect"] and any(
                        e <= m.start() and "," not in text[e:m.start()] for _, e in spans):
                tense = None  # "will impose a tariff on steel imported from Keldor": what the steel is, no verb
            if tense:
                found.append((m.start(), tense))
        previous = word
    return sorted(found)


_REDUCED = re.compile(r"\s+(?:from|by)\s+[A-Z]")
_RELATIVES = frozenset({"who", "which", "that"})
"""A participle after a noun and before "from" or "by" and a name describes the noun ("steel imported from
Keldor", "cars made by Velta"): after a future in the same stretch of a clause, no past verb of its own ("The
minister returned from Brussels on Monday and will meet unions" keeps its past)."""


def _tense_of(word: str, previous: str, lists: dict[str, frozenset[str]]) -> str | None:
    """A word's tense as a marker: "voted" past, "is" present; "the proposed" and "is held" none."""
    if word in lists["present"] or word in lists["schedule"]:
        return PRESENT if word in lists["present"] else SCHEDULE
    participle = word in lists["past"] or (word.endswith("ed") and len(word) > 4 and word not in lists["not_past"]
                                           and not word.endswith("eed"))
    if not participle:
        return None
    if previous in lists["present_perfect"]:
        return _PERFECT
    if previous in lists["perfect"] or word in ("was", "were", "had", "did", "been", "ago"):
        return PAST
    return None if previous in lists["not_past_after"] else PAST
