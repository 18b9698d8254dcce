"""Who made an estimate: a figure that is a forecast belongs to whoever forecast it, not to what it is about.

"Analysts' estimates of $7.9 billion", "the $42.3 billion expected by Wall Street analysts", a result that
"beat forecasts of $33.5 billion", and what "could reach" a sum as an organisation says ("..., the lead
insurer, PT X, said"; "Foxley Securities analyst Dana Whitcomb said ... sales could reach $2.8 billion") are
the estimator's. owners.py asks here first, before it reads the clause for its subject.
"""

from __future__ import annotations

import re

from ..text.entities import names_in
from .actors import StoryActors
from .pointing import actor_names, after_preposition, drop_appositives, resolve_nouns
from .quantities import Quantity

_ESTIMATE_NOUNS = r"(?i:estimates?|expectations?|forecasts?|projections?|consensus|predictions?|guesses)"
_ESTIMATE_BEFORE = re.compile(
    r"(?:(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)(?:[’']s?)?\s+)?(?P<who>(?:(?i:analysts?|economists?|"
    r"consensus|market|investors?|the\s+street)[’']?s?\s+)*)(?:\w+\s+){0,2}?(?P<noun>" + _ESTIMATE_NOUNS + ")" +
    r"\s+(?i:of|at|for|was|were|had\s+been|stood\s+at)?\s*(?i:an?\s+|the\s+)?$")
_MEASURED_AGAINST = re.compile(r"\b(?:exceed\w*|surpass\w*|beat\w*|top\w*|miss\w*|short\s+of|above|below|"
                               r"ahead\s+of|outperform\w*|in\s+line\s+with|compared\s+with|versus|vs\.?)\s+"
                               r"(?:\w+[’']?\s+){0,3}$", re.I)
_ESTIMATED_AFTER = re.compile(r"^\s*(?:\w+\s+){0,3}?(?i:estimated|expected|forecast|projected|predicted|anticipated)"
                              r"\s+by\s+(?:(?i:the|some|most|many)\s+)?(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*"
                              r"(?:\s+analysts?)?|(?i:analysts?|economists?|investors?))")
_BY_ESTIMATE_OF = re.compile(r"[^.;:]{0,30}?\b(?:by|on|according\s+to)\s+(?:the\s+)?(?:estimates?|calculations?|"
                             r"reckoning|figures?)\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}"
                             r"(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)")
_ANTICIPATED = re.compile(r"\b(?:the\s+)?(?:anticipated|expected|forecast|projected|estimated|predicted)\s+$", re.I)
_ESTIMATORS_HAD = re.compile(r"\b(?P<who>analysts?|economists?|investors?|Wall\s+Street)\s+(?:had\s+|have\s+|were\s+)?"
                             r"(?:expected|anticipated|forecast|projected|estimated|predicted|looking\s+for)\b", re.I)
REPORTED = re.compile(r"\b(?P<verb>said|says|told\s+(?:\w+\s+){0,2}?|reported|reports|according\s+to|confirmed|"
                       r"announced|wrote|stated|noted|added|disclosed|revealed)\b(?:\s+(?:on\s+\w+|this\s+\w+|"
                       r"that|in\s+a\s+\w+(?:\s+\w+)?))*")
ESTIMATOR_AFTER = re.compile(r"[’']s?\s+(?:\w+\s+)?" + _ESTIMATE_NOUNS)
_CLAUSE_GAP = re.compile(r"[,;:]")


def estimator(text: str, q: Quantity, clause: tuple[int, int], context: StoryActors) -> str | None:
    """Who made the estimate a figure is, when it is one: "analysts' expectations of $0.85", "$42.3 billion
    expected by Wall Street analysts", "surpassing forecasts of $33.5 billion" (a result measured against
    a forecast is measured against the market's)."""
    before = text[max(clause[0], q.start - 90):q.start]
    if m := _ESTIMATE_BEFORE.search(before):
        if m.group("name") and (name := context.name(m.group("name"))) and not context.is_outlet(name):
            return name
        if m.group("who") or _MEASURED_AGAINST.search(before[:m.start("noun")]):
            return "analysts"
    if (expected := _ANTICIPATED.search(before)) and _MEASURED_AGAINST.search(before[:expected.start()]):
        return "analysts"  # "falling short of the anticipated $3.04 billion"
    if (m := _BY_ESTIMATE_OF.match(text, q.end)) and (found := names_in(m.group("who"))) \
            and (name := context.name(found[0])) and not context.is_person(name) and not context.is_outlet(name):
        return name  # "The outage cost the economy OSK 1.7 billion, by the estimate of insurer Halden Re"
    if m := _ESTIMATED_AFTER.match(text[q.end:q.end + 80]):
        who = m.group("who")
        name = context.name(re.sub(r"\s+analysts?$", "", who)) if who[:1].isupper() else None
        return name or "analysts"
    if (m := _ESTIMATORS_HAD.search(before)) and not _CLAUSE_GAP.search(before[m.end():]):
        return "analysts"  # "Analysts had anticipated earnings of $0.85 per share"
    if (m := _RECKONS.search(text, max(0, q.start - 120), q.start)) and (found := names_in(m.group("name"))) \
            and (name := context.name(found[-1])) and not context.is_person(name) and not context.is_outlet(name):
        return name  # "Halden Re, the insurer, reckons the outage cost Ostrand OSK 1.4 billion": the insurer's
    if _MAY_REACH.search(before):
        return _trailing_speaker(text, q, context) or _leading_speaker(text, q, clause, context)
    if _PROJECTED.search(before):
        return according_to(text, q, context)  # "Losses from the Varn floods are projected to hit €12 billion,
        # according to Rosmark Bank": the bank's projection, not the floods' figure
    return None


_RECKONS = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)(?:,[^,;]{1,60},)?\s+(?:estimates|"
                      r"estimated|reckons|reckoned|calculates|calculated|puts|put)\s+(?:that\s+)?(?:the\s+|its\s+)?"
                      r"(?:[a-z-]+\s+){0,4}?(?:cost|costs|bill|loss|losses|damage|damages|toll|price|value)\b[^.;:\"“]{0,50}$")
"""An organisation that estimates what something costs or is worth ("Halden Re, the insurer, reckons the outage cost
Ostrand OSK 1.4 billion", "Halvard Securities estimates the total bill ... at €180 million"): its estimate, not
the place or company the cost falls on."""
_PROJECTED = re.compile(r"\b(?:is|are|was|were|been)\s+(?:now\s+)?(?:projected|forecast|expected|estimated|predicted)"
                        r"\s+to\s+(?:\w+\s+){0,2}$", re.I)
"""A figure given as a projection in the passive: whose projection the sentence says after it, if it does."""


_ACCORDING_AFTER = re.compile(r"[^;:()]{0,80}?\baccording\s+to\s+(?:(?:data|figures|estimates|analysis|a\s+report)\s+"
                              r"(?:from|by)\s+)?(?:the\s+)?(?P<who>[A-Z][^,;.]{1,60})")


def according_to(text: str, q: Quantity, context: StoryActors) -> str | None:
    """The organisation a figure's sentence gives as its source, when the sentence credits it to nobody
    else; a person or an outlet that only reports it is not its owner."""
    m = _ACCORDING_AFTER.match(text, q.end)
    if m is None:
        return None
    first = names_in(m.group("who"))[:1]  # "according to JPMorgan analyst ...", not "... seen by PMW"
    name = context.name(first[0]) if first else None
    return name if name and not context.is_person(name) and not context.is_outlet(name) else None




def _leading_speaker(text: str, q: Quantity, clause: tuple[int, int], context: StoryActors) -> str | None:
    """The organisation that opens "Foxley Securities analyst Dana Whitcomb said in a note that U.S. sales could
    reach $2.8 billion": whose estimate it is (the analyst's firm; the place in the clause is no estimator)."""
    reported = None
    for m in REPORTED.finditer(text, clause[0], q.start):
        reported = m
    if reported is None or reported.group("verb").startswith("according"):
        return None
    reporter = resolve_nouns(drop_appositives(text[clause[0]:reported.start()]), context, None)[0]
    names = [n for n in actor_names(reporter, context) if not after_preposition(reporter, n)]
    return next((n for n in names if not context.is_person(n)), None)


_MAY_REACH = re.compile(r"\b(?:could|may|might|would|will)\s+(?:\w+ly\s+)?(?:reach|top|exceed|hit|cost|total|"
                        r"surpass|rise\s+to|climb\s+to|amount\s+to|be)\s+(?:as\s+much\s+as\s+|more\s+than\s+|"
                        r"at\s+least\s+|about\s+|around\s+|up\s+to\s+)?$", re.I)
_SAID_LAST = re.compile(r"\s(?:said|says|estimated|estimates)\b(?P<rest>[^,;]{0,40})$")


def _trailing_speaker(text: str, q: Quantity, context: StoryActors) -> str | None:
    """The organisation that a sentence ending in ", the lead insurer, PT X, said on Wednesday" quotes for
    a figure that "could reach" something: an estimate belongs to who made it (a person or an outlet
    that only passes it on is not its owner)."""
    sentence_end = text.find(". ", q.end)
    tail = text[q.end:len(text) if sentence_end < 0 else sentence_end].rstrip(" .\"”")
    m = _SAID_LAST.search(tail)
    if m is None or "," not in tail[:m.start()]:
        return None
    who = tail[:m.start()].rstrip(" ,")
    who = resolve_nouns(who[who.rfind(",") + 1:], context, None)[0]
    names = [n for n in actor_names(who, context) if who.rstrip().endswith(n)]
    if not names or context.is_person(names[-1]):
        return None
    return names[-1]


_ANALYST = r"(?:analysts?|economists?|strategists?|forecasters?)"
_ANALYST_WORD = re.compile(r"\b" + _ANALYST + r"\b", re.I)
_ORG = r"(?P<org>[A-Z][\w&.’'-]*(?:\s+(?:&\s+)?[A-Z][\w&.’'-]*)*)"


def employer(text: str, person: str, context: StoryActors) -> str | None:
    """The firm an analyst works for, as the sentence says ("Pieter Vahl, an analyst at Strand & Meyer", "Halvard
    Securities analyst Petra Lind"): an analyst's figure is the firm's estimate, as a forecast is its maker's."""
    if not _ANALYST_WORD.search(text):
        return None  # asked of every owned figure: most sentences name no analyst, so no pattern is built for them
    name = re.escape(person)
    for pattern in (rf"{name},\s+(?:an?|the|its)\s+(?:[\w-]+\s+){{0,3}}?{_ANALYST}\s+(?:at|of|with|for)\s+{_ORG}",
                    rf"{_ORG}(?:[’']s)?\s+(?:[\w-]+\s+){{0,2}}?{_ANALYST}\s+{name}"):
        if (m := re.search(pattern, text)) and (found := names_in(m.group("org"))) \
                and (firm := context.name(found[-1] if pattern.startswith(name) else found[0])) \
                and not context.is_person(firm):
            return firm
    return None
