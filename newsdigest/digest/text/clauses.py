"""Split sentences into clauses that each state one claim.

Reporters pack two claims into one sentence ("Microsoft expects to spend $80 billion this fiscal
year, while Meta has earmarked $65 billion for 2025"). Comparing whole sentences would miss that
the second half repeats another outlet's sentence, so deduplication compares clauses.
"""

from __future__ import annotations

import re

_NEW_SUBJECT = r"(?=\s+(?:(?:that|the|its|it|he|she|they)\b|[A-Z]))"
_SPLIT = re.compile(r"(?:,\s+(?:while|whereas|but|although|though|even\s+as))\s+"
                    r"|;\s+|:\s+(?=[A-Z])|\s+[–—]\s+(?=[a-z]*\s*[A-Z])|[–—](?=[A-Z][a-z])")
"""Where a claim of its own starts, for deduplication: a contrast, a semicolon, a colon or a dash. ", and"
and ", as" join a clause that usually goes on with the same claim ("rose 4%, and the index gained 1%"),
so a claim unit keeps them."""
_HOW_LONG = (r"(?:(?:just|only|shortly|some|a\s+few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
             r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+")
CLAUSE_BOUNDARY = re.compile(_SPLIT.pattern + r"|,\s+(?:and|as|when|because|(?:" + _HOW_LONG + r"|shortly\s+)?"
                             r"(?:after|before))" + _NEW_SUBJECT + r"\s+")
"""Where a figure's clause starts or ends: also ", and", ", as" or ", after" (before, when, because; "a day
after", "weeks before") before a new subject ("..., as the farm ministry estimated losses at €310 million"),
whose figure is that subject's, not the sentence's first actor's, and whose day is its own ("will cut supplies
from Thursday, after its reservoirs fell to 31%": the 31% is no Thursday level)."""
DAYS_AFTER = re.compile(r",\s+(a|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?)\s+(after|before)\s+$", re.I)
"""A clause that opens so many days after (or before) the main clause's day: "shares rose 6% on Thursday, a day
after the stock surged 33% in its debut" dates the 33% to Wednesday."""
MIN_WORDS = 5


_AGAINST = r"compared\s+(?:with|to)|than|against|versus|vs\.?"
BASELINE_BEFORE = re.compile(rf"\b(?:{_AGAINST}|from)\s+((?:\S+\s+){{0,3}})$", re.I)
"""The words before what another figure or date is measured against: "down from", "compared with", "than"."""
SET_AGAINST = re.compile(rf"\b(?:{_AGAINST})\s+(?:[\w’'-]+\s+){{0,3}}$", re.I)
"""The words before a time a figure is set against ("2.3% lower than in October last year"): the baseline's time,
no period or date of the figure's own. Not "from": "will cut supplies from Thursday" starts on Thursday."""
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\s+((?:[^,]|,(?=\d{3}))+?)(?=,(?!\d{3})|[.!?]?$)")
"""A non-restrictive relative clause, to the next comma that is no thousands separator ("1,400 people")."""
_ANTECEDENT = re.compile(r"(?<!\S)((?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&.-]*|(?:[\w’']+\s+){0,2}\w+)$")
"""What a relative clause is said of; a possessive is part of it ("Nvidia’s datacenter unit, which ...").
It starts at a word: "$39.3 billion, which marks a 78% increase" has no "3 billion" to say it of."""
_NAMED = re.compile(r"(?<!\S)((?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&.-]*)$")
_IN_PLACE = re.compile(r"\b(?:in|from|at|on|near|across|into|over|through|of)\s+$", re.I)
"""A name is the whole antecedent ("a blow to Altavia, which had planned six launches" is said of Altavia),
but not a place a thing is in or from: "the DeepSeek AI model from China, which ..." is said of the model."""
_AFTER_FIGURE = re.compile(r"\d[\d.,]*\S*\s+(?:\S+\s+)?$")
"""A relative clause after a figure ("revenue of $39.3 billion, which marks a 78% rise") is said of what
the figure measures, not of the figure's last words..."""
_MEASURE_OF = re.compile(r"(?<!\S)((?:[a-z][\w’'-]*\s+){1,3}of\s+[^\s,]*\d[^\s,]*"
                         r"(?:\s+(?:thousand|million|billion|trillion|bn|per\s+cent|percent))?)$")
"""...so it is read with the measure and its figure, when a noun phrase names it ("a record revenue of
$39.3 billion marks a 78% rise"); else it stays in its sentence."""
_NOT_NOUN = re.compile(r"(?:\w+(?:ed|ing)|is|are|was|were|be|been|has|have|had|to|by|from|with|and|or|at|in|on|"
                       r"for|as|than|up|down|over)$")


_SPEAKER = re.compile(r"^(.{2,60}?\b(?:said|says|told\s+\w+|announced|added|noted|warned|stated))\s+(?:that\s+)?")
RELATIVE_SUBJECT = re.compile(r"^\S+(?:\s+\S+){0,3}\s+(?:has|have|had|is|are|was|were|will|would|can|could|may|might|"
                                   r"\w+ed|\w+s)\b")
"""A relative claim whose pronoun was the subject reads as a sentence: "The airline flies to 86 destinations"."""

_CLOSED = re.compile(r"""[.!?]["”’)]?$""")


def claim_units(sentence: str) -> list[tuple[int, str]]:
    """The claims a sentence makes, for comparison: ``(clause index, text)`` pairs.

    Each clause is one claim, and so is each non-restrictive relative clause inside it, read with
    its antecedent: "The Christian Union, which has governed since 1994, slumped to 24.1 per cent"
    makes "The Christian Union has governed since 1994" and "The Christian Union slumped to 24.1
    per cent". The texts are for similarity only; the digest quotes sentences as written.

    >>> claim_units("The Social Democrats, who won 19.8 per cent, will join talks.")
    [(0, 'The Social Democrats will join talks.'), (0, 'The Social Democrats won 19.8 per cent')]
    """
    units: list[tuple[int, str]] = []
    speaker = ""
    for index, clause in enumerate(split_clauses(sentence)):
        if index == 0:
            said = _SPEAKER.match(clause)
            speaker = said.group(1) if said else ""
        elif speaker and clause.startswith("that "):
            clause = f"{speaker} {clause[5:]}"  # "X said A, and that B": the second claim is "X said B"
        main = clause
        extra = []
        for match in _RELATIVE.finditer(clause):
            head = clause[:match.start()].rstrip()
            antecedent = _NAMED.search(head)
            if not antecedent or _IN_PLACE.search(head[:antecedent.start()]):
                antecedent = _ANTECEDENT.search(head)
            if antecedent and _AFTER_FIGURE.search(head[:antecedent.start()] + " "):
                antecedent = _measure_of(head)
            if antecedent and len(match.group(1).split()) >= 3:
                body, end = match.group(1), match.end()
                rest = clause[end + 1:].strip()
                if clause[end:end + 1] == "," and not _resumes(rest):
                    body, end = clause[match.start(1):].rstrip(" .!?"), len(clause)  # "older, thirstier aircraft"
                extra.append(f"{antecedent.group(1)} {body.strip()}")
                closing = "," if clause[end:end + 1] == "," else ""
                main = main.replace(clause[match.start():end] + closing, "", 1)
                if end == len(clause):
                    main = main.rstrip() + "."
                    break
        units.append((index, re.sub(r"\s+([,.;:])", r"\1", main).strip()))
        units.extend((index, text) for text in extra)
    return units


def _measure_of(head: str) -> re.Match[str] | None:
    """The noun phrase naming the figure that ends ``head``: "a record revenue of $39.3 billion", not
    "reported revenue of ..." (a verb is no part of it); None when no such phrase ends it."""
    found = _MEASURE_OF.search(head)
    while found:
        words = found.group(1).split()
        if not any(_NOT_NOUN.match(w) for w in words[:words.index("of")]):
            return found
        found = _MEASURE_OF.search(head, found.start(1) + len(words[0]) + 1)
    return None


PREDICATE = re.compile(r"(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did|does|"
                        r"said|told|took|won|made|became|left|went|gave|got|came|fell|rose|lost|sold|paid|met|"
                        r"held|kept|ran|put|cut|saw|\w+ed|\w+s)\b", re.I)


def _resumes(rest: str) -> bool:
    """Whether the words after a relative clause's closing comma resume the main clause (its verb), rather
    than go on with the relative clause ("which have forced it to lease older, thirstier aircraft")."""
    return bool(PREDICATE.match(rest)) or len(rest.split()) >= 4


def split_clauses(sentence: str) -> list[str]:
    """The sentence's clauses, each at least five words; a short piece stays with its neighbour.

    >>> split_clauses("Microsoft expects to spend $80 billion, while Meta has earmarked $65 billion for 2025.")
    ['Microsoft expects to spend $80 billion', 'Meta has earmarked $65 billion for 2025.']
    """
    pieces: list[str] = []
    start = 0
    for match in _SPLIT.finditer(sentence):
        left = sentence[start:match.start()].strip()
        right = sentence[match.end():].strip()
        if len(left.split()) >= MIN_WORDS and len(right.split()) >= MIN_WORDS:
            pieces.append(left)
            start = match.end()
    pieces.append(sentence[start:].strip())
    return [p for p in pieces if p]


def as_sentence(clause: str) -> str:
    """A clause written as a sentence of its own: capitalised, with closing punctuation.

    >>> as_sentence("the council approved the budget, ")
    'The council approved the budget.'
    """
    text = clause.strip().rstrip(",;:–—- ")
    text = text[:1].upper() + text[1:]
    return text if _CLOSED.search(text) else text + "."


NOT_A_RATE = r"(?!\s+(?:earlier|ago|before|later|after|previously|prior|back)\b)"
"""After "a year" (or "a week"): these make it a time back or on ("down from €665 million a year earlier"),
not a rate ("€600 million a year"). Written into each pattern that reads "a year" as per year."""
