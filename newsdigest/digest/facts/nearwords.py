"""The words near a figure that tell what it measures, and the marks that keep two figures apart.

A figure's measure is told by the content words of its clause nearest to it ("analyst", "~expect",
"revenu"): two sources' figures that share them may be one measure. A few marks say more than
words: ``~estimate`` (someone's estimate), ``@size`` (how big an actor is, not what happened to
it), ``@back`` (a value a time back, not now's), ``@deal`` (a deal's price) and ``@wanted`` (a value someone
asks for); a figure with a
mark and one without are never one measure (:func:`held_apart`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text.words import content_terms, vocabulary
from .owners import clause_bounds
from .quantities import STUFF_UNITS

if TYPE_CHECKING:
    from .facts import Mention
    from .readings import Reading

NEAR_WORDS = 7
"""How many words either side of a figure (inside its clause) say what it measures."""
SUBJECT_WORDS = 3
"""The first words of a clause that opens further back than NEAR_WORDS: its subject, what the figure measures
("Economic losses from the disaster are projected to hit nearly $50 billion"), unless they name its owner.
Money only: a count has its noun, and a rate's subject ("Other affected Texas counties fall below a goal of
95%") names places more often than the measure."""
_POSSESSIVE = re.compile(r"(?:[’']s?)?[,.;:]?$")
_NOT_MEASURE = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec billion million trillion thousand percent cent per
accord report ~say ~tell state add told""".split())
_ESTIMATE = frozenset(str(vocabulary()["estimate_words"]).split())
_NEGATION = frozenset({"none", "no", "not", "never", "neither", "nor", "nobody"})
"""Words that deny what the clause's verbs say: its classes of meaning ("~injure") are not the figure's."""


_CAUSE = re.compile(r"\b(?:because|due\s+to|owing\s+to|thanks\s+to|amid|as\s+a\s+result\s+of)\b", re.I)
"""What a figure is blamed on is not what it measures: "a £14 million budget gap this year because of rising
energy costs" is no rise."""


def near_words(m: Mention, beside: list[tuple[int, int]]) -> set[str]:
    """The content words of the figure's clause nearest to it, as stems ("analyst", "~expect", "revenu"),
    and ``~estimate`` when one of them makes the figure an estimate ("consensus", "expected"). Words past
    another figure of its kind are that one's ("2 dead, 14 injured, 9 missing": "injured" is the 14's)."""
    text = m.sentence.text
    lo, hi = clause_bounds(text, m.q.start)
    clause = lo
    lo = max([lo] + [end for start, end in beside if end <= m.q.start])
    hi = min([hi] + [start for start, _ in beside if start >= m.q.end])
    opening = text[lo:m.q.start].split()
    before = opening[-NEAR_WORDS:]
    subject = opening[:SUBJECT_WORDS]
    owner = set((m.entity or "").split())
    if (m.q.kind == "money" and NEAR_WORDS < len(opening) <= 2 * NEAR_WORDS
            and not owner & {_POSSESSIVE.sub("", w) for w in subject}):
        before = subject + before  # "Economic losses from the disaster are projected to hit"; not the owner's name
    after = _CAUSE.split(text[m.q.end:hi], 1)[0].split()[:NEAR_WORDS]
    near = " ".join(before) + " . " + " ".join(after)
    terms = {t for t in content_terms(near) if not t[:1].isdigit() and t not in _NOT_MEASURE and len(t) > 2}
    said = {w.lower().strip(",.;:()'\"’") for w in near.split()}
    if _NEGATION & said:  # "None of the 21 crew were hurt": the crew are counted, nobody hurt
        terms = {t for t in terms if not t.startswith("~")}
    if _ESTIMATE & said:
        terms.add("~estimate")
    if (back := _TIME_BACK.search(near)) and not _FROM_THEN.search(near, 0, back.start()):
        terms.add(BACK)
    if not m.date and (_FROM_VALUE.search(text, lo, m.q.start)
                       or (m.q.kind != "count" and _HAD_STOOD.search(text, lo, m.q.start))):
        terms.add(BACK)  # "lifts the rate from 5.25%", "had stood at 5.25%"; not "down from 31% on Monday", a
        # reading of its own day
    if _WANTED.search(text, clause, m.q.start) and _TO_VALUE.search(text, lo, m.q.start):
        terms.add(WANTED)  # "She wants the fund raised to €50 million": what someone asks the fund to become
    if m.q.kind == "count" and (_SIZE_BEFORE.search(text[lo:m.q.start]) or (
            m.q.unit in STUFF_UNITS and _CARGO.search(text[lo:m.q.start]))):
        terms.add(SIZE)
    return terms


SIZE = "@size"
"""The word of a count that says how big an actor is ("Telvora, which has 11 million customers", "employs 3,100
staff"), never the same measure as a count of those something happened to ("data of 4.5 million customers")."""
_SIZE_BEFORE = re.compile(r"\b(?:(?:which|who|that|it|and)\s+(?:now\s+)?(?:has|have)|employs|employing|serves|serving|"
                          r"has\s+a\s+(?:workforce|staff|membership|population)\s+of)\s+(?:about\s+|around\s+|some\s+|"
                          r"nearly\s+|more\s+than\s+|over\s+|almost\s+)?$", re.I)
_CARGO = re.compile(r"\b(?:carrying|carries|carried|laden\s+with|loaded\s+with|holding)\s+(?:about\s+|around\s+|"
                    r"some\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+)?$", re.I)
"""A ship's or a tank's load ("the tanker, carrying 85,000 tonnes of oil") is its size, no amount that leaked."""


BACK = "@back"
"""The word of a figure its clause sets a time back ("held 58% of capacity a year ago"): not the level of now."""
_TIME_BACK = re.compile(r"\b(?:a|an|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?|days?)\s+"
                        r"(?:earlier|ago|before|previously|prior)\b", re.I)
_FROM_THEN = re.compile(r"\b(?:from|than|over|on|versus|vs\.?|against|compared\s+(?:with|to))\s+$", re.I)
"""A time back a change is measured from ("up 38% from a year earlier") is its baseline: the change is now's."""
_FROM_VALUE = re.compile(r"\bfrom\s+(?:the\s+|a\s+|an\s+)?$", re.I)
_HAD_STOOD = re.compile(r"\bhad\s+(?:stood|been|sat|held|remained|hovered)\s+(?:at\s+)?(?:the\s+)?$", re.I)
"""A figure a move starts from ("to 5.75% from 5.25%", "from 800 million to 400 million") or a level the past
perfect puts before the story's time ("The rate had stood at 5.25%"): the value before, no reading of now's."""


WANTED = "@wanted"
"""The mark of a value someone asks a figure to become ("She wants the fund raised to €50 million", "her call for
the €20 million fund ... to be raised to €50 million"): never another outlet's reading of what the figure is."""
_WANTED = re.compile(r"\b(?:wants?|wanted|demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:es?|ed|ing)|"
                     r"(?:ask|press|push)(?:es|s|ed|ing)?\s+for)\b", re.I)
_TO_VALUE = re.compile(r"\bto\s+(?:about\s+|around\s+|at\s+least\s+)?$", re.I)


DEAL = "@deal"
"""The mark of a price a deal is struck at ("was bought in 2019 for £180 million", "the $32 billion acquisition"):
never the same measure as money the buyer spends otherwise ("had injected £60 million over three years")."""
DEAL_WHAT = re.compile(r"\b(?:purchase|sale)\s+price\b|\b(?:acquisition|takeover|buyout|swoop|merger|bid|offer|"
                       r"(?<!trade\s)deal)(?!\s+clause)\b", re.I)


def held_apart(a: Reading, b: Reading) -> bool:
    """Whether one of two figures holds a time back and the other not ("58% of capacity a year ago" is no other
    outlet's reading of the reservoirs' 30% today), is an actor's size and the other not, a deal's price, or a
    value someone asks for."""
    return any((mark in a.words) != (mark in b.words) for mark in (BACK, SIZE, DEAL, WANTED))
