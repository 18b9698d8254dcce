"""What a figure is, as a short noun phrase a reader understands: "revenue", "interim payment", "deaths".

A reader of facts.yaml sees ``what`` next to the figure, so it must be a phrase, never a cut-off
clause ("of the more than 23", "payment or"). It comes from the figure's own words, in order of
how plainly they say it:

1. the noun phrase the figure is the value of: "revenue of $39.3 billion", "GAAP net income was
   $22.09 billion", "an interim payment of 2.5 million rupees",
   "insured losses exceeding $20 billion", "a deal worth $2 billion";
2. for a percentage, the group it is a share of: "12.5% of trial volunteers" -> share of trial
   volunteers; for a sum after a determiner, the nouns it sizes: "its $1.4 billion listing";
3. the measure noun right after it: "$62.5m in compensatory damages", "$22.1 billion of net income";
4. the subject or object the figure's clause gives it to further back: "Repair costs from the storm
   could reach £40 million", "estimated the cost of the closure at £85 million" (:mod:`.predicates`);
5. the verb that spends, earns, pays or counts it, as its noun: "will invest ..." -> investment,
   "killing 24 people" -> people killed;
6. for a count, the noun counted ("acres", "cases"); else "amount" or "change", which say
   nothing and lose to any other mention's phrase when sources are merged.
"""

from __future__ import annotations

import re

from ..facts.quantities import Quantity
from .predicates import subject_measure
from .tense import past_forms
from .words import SYNONYMS, stem, vocabulary

MEASURE_NOUNS = frozenset(vocabulary()["measure_nouns"].split())
_VERB_NOUNS: dict[str, str] = {verb: noun for noun, verbs in vocabulary()["measure_verbs"].items()
                               for verb in verbs.split()}
_CLASS_NOUNS = {"~rise": "rise", "~fall": "fall", "~spend": "spending", "~death": "killed", "~injure": "injured",
                "~cut": "cuts", "~sell": "sales"}
_COUNT_NOUNS = frozenset("killed injured evacuated destroyed burned employed recalled sold cuts".split())
"""The verb nouns that say what a count counts; the others (a closing price, a rise) name sums and shares."""
_WORD = r"[A-Za-z][\w’'-]*"
_VALUE_OF = re.compile(
    rf"(?P<np>(?:{_WORD}\s+){{0,3}}?{_WORD})\s+(?:of|at|was|were|is|are|of\s+about|totall?ed|reached|hit|"
    r"stood\s+at|came\s+in\s+at|amounted\s+to|worth|exceeding|totalling|totaling|"
    r"(?:rose|fell|climbed|grew|dropped|jumped|slipped|narrowed|widened|increased|decreased|declined|surged|soared|"
    r"slumped|plunged|shrank|swelled|eased)(?:\s+(?:by\s+)?(?:about\s+|nearly\s+|a\s+further\s+|another\s+)?"
    r"[\d.,]+\s*(?:%|per\s*cent|percent))?(?:\s+(?:on|in)\s+[A-Z]?[a-z]+)?,?"
    r"\s+to)\s+$")
"""The phrase a figure is the value of: "net income was", "revenue rose 36% to", "its net loss narrowed to", "shares
fell a further 6% on Thursday, to"."""
_VALUED = re.compile(r"\b(?:values|valued|valuing|value)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){1,3}at\s+$", re.I)
"""A deal or price that "values the Copenhagen-based company at" a sum gives the company's valuation."""
_DEAL_WORTH = re.compile(r"\b(?P<deal>deal|takeover|acquisition|merger|buyout|offer|bid)\s+(?:(?:is|was|would\s+be|"
                         r"will\s+be)\s+)?(?:valued(?:\s+at)?|worth|priced(?:\s+at)?)\s+(?:(?:about|around|some|nearly|up\s+to|"
                         r"more\s+than)\s+)?$", re.I)
_FINITE = re.compile(r"[a-z]{3,}ed|covers|contains|represents|totals")
_NOUNISH = re.compile(r"[A-Za-z][a-z]+(?<!ed)")
"""A verb inside the phrase before "worth" ("Keldor exported steel worth", "the tariff covers steel worth"): what
is worth the sum is the noun after it."""
_PAID_FOR = re.compile(r"\b(bought|buys?|buying|acquired|acquires?|acquiring|purchased|purchases?|sold|sells?|"
                       r"selling)\b[^,;.%$£€¥]{0,60}\bfor\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|"
                       r"almost\s+|more\s+than\s+)?(?:[A-Z]{1,3})?$", re.I)
"""A sum something was bought or sold for is its price: "was bought by Stellan Capital in 2019 for £180 million",
"agreed to buy Wiz for $32 billion"."""
_AFTER = re.compile(rf"\s+(?:(?:in|of)\s+)?(?P<np>(?:{_WORD}\s+){{0,2}}{_WORD}(?:\s+per\s+share)?)\b")
_CHANGE_NOUNS = frozenset("increase rise decline fall drop gain growth jump stake share margin rate cut hike "
                          "slump surge rebound contraction expansion tariff tariffs levy duty tax premium discount"
                          .split())
"""What a percentage right before them measures: a change, a share or a rate ("a 25% tariff")."""
_VERB = re.compile(rf"\b(?P<verb>{_WORD})\s+(?:(?:up\s+to|about|around|nearly|some|a|an|the|its|their|another|"
                   rf"an\s+extra|a\s+further)\s+)?$")
_DETERMINERS = frozenset("a an the its their his her our this that these those some any each every another "
                         "such whose which".split())
_NOT_HEADS = frozenset("""said says say told was were is are be been being has have had will would could should may
might can also only just more less most than about around over under up down by to from with for and or but as if
that which who this these those it they he she we record totally nearly approximately roughly some
""".split())
_VERBS = frozenset("""approve approved approves announce announced announces report reported reports post posted
posts include includes included set sets expect expects expected see sees saw propose proposed proposes seek seeks
sought need needs needed want wants wanted give gives gave get gets got receive receives received
""".split())
"""Verbs that open the words before "of" ("approve total spending of"): not part of the noun phrase."""
_TIME_WORDS = re.compile(r"\b(?:year|years|quarter|quarters|month|months|week|weeks|day|days|trading|morning|"
                         r"afternoon|evening|night|premarket|session)\b", re.I)


_SHARE_OF = re.compile(rf"\s+of\s+(?:(?:the|all|its|their|his|her)\s+)?(?P<np>(?:{_WORD}\s+){{0,2}}{_WORD})")
_NAMED_BY = re.compile(r"\s+(?:[A-Z][a-z][\w&’'-]*\s+){0,3}?"
                       r"(?P<np>(?:[a-z][\w-]*|[A-Z]{2,}s?)(?:\s+(?:[a-z][\w-]*|[A-Z]{2,}s?)){0,1})\b")
_DETERMINED = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|our)|’s|'s)\s+$", re.I)
_IN_PLACE = re.compile(r"\b(?:in|at|on|for|from|across|among|during|within|near|after)\s+"
                       r"(?:(?:the|a|an|this|that|its|their)\s+)?$", re.I)
"""A preposition right before a phrase: the phrase says where or when, and the measure is further back."""
_OF_WORDS = frozenset("of at worth exceeding totalling totaling".split())
"""Words that join a phrase to its own figure ("a gross margin of 71%"), where a preposition before the
phrase ("guided for a gross margin of") is no sign it says where: only a verb ("was") makes it a subject's."""
_LEAD = re.compile(r"(?:[a-z]+\s+)*")
"""The words a figure's text may open on before its number ("at £85 million", "nearly 40%")."""
_VAGUE = frozenset("amount sum figure total number".split())
"""Nouns that end no phrase a reader could use: "a figure exceeding $2 billion" says nothing."""
_NOT_IN_PHRASE = frozenset("""in on at of into onto across between among per after before since until during
against versus via while when where because us them him me you i we they its their there here already still
now also just only""".split())


def what_of(text: str, q: Quantity, common: frozenset[str] = frozenset()) -> str:
    """A short noun phrase for what ``q`` measures (see the module doc); "amount"/"change" when nothing says.
    ``common``: the words the story writes in lower case, so a capitalised one opening a sentence is no name."""
    if q.kind == "measure" and q.unit.startswith("°"):
        return "temperature"
    before = text[max(0, q.start - 80):q.start]
    if (np := _value_of(before)) is not None:
        return np
    if q.kind == "percent" and (np := _share_of(text, q.end)):
        return np
    if np := subject_measure(text, q.start + _lead(q.text), q.end, q.kind, common):
        return np
    if q.kind == "money" and _DETERMINED.search(before) and (np := _named_by(text, q.end)):
        return np
    if q.kind != "count" and (after := _AFTER.match(text, q.end)):
        np = _measure_phrase(after.group("np"), _CHANGE_NOUNS if q.kind == "percent" else MEASURE_NOUNS)
        if np:
            return np
    if (verb := _VERB.search(before)) and (noun := _verb_noun(verb.group("verb").lower())):
        if q.kind != "count":
            return "fall" if q.kind == "percent" and noun == "loss" else noun  # "lost $410 million", "lost 3%"
        if noun in _COUNT_NOUNS:
            return f"{q.unit} {noun}"  # "people killed", "homes destroyed"; never "branches closing price"
    if q.kind == "count":
        return q.unit
    return "change" if q.kind == "percent" else "amount"


def _lead(text: str) -> int:
    """How many characters of a figure's text come before its number ("at £85 million": 3)."""
    m = _LEAD.match(text)
    return m.end() if m else 0


def _plain_words(np: str) -> list[str]:
    """The words of a phrase up to the first that cannot be part of a noun phrase (a function word,
    a verb of saying, a time word)."""
    words: list[str] = []
    for w in np.split():
        low = w.lower()
        if (low in _NOT_HEADS or low in _DETERMINERS or low in _VERBS or low in _NOT_IN_PHRASE
                or _TIME_WORDS.fullmatch(low) or (words and (low.endswith(("ed", "ly")) or low in past_forms()))):
            break
        words.append(w)
    return words


def _share_of(text: str, end: int) -> str | None:
    """ "38.2% of vaccine recipients" is a share of them: the phrase after "of" says what the
    percentage measures, whoever the sentence is about."""
    m = _SHARE_OF.match(text, end)
    words = _plain_words(m.group("np")) if m else []
    while words and words[0].endswith(("’s", "'s", "s’", "s'")):
        words = words[1:]  # "91% of Nvidia's total sales": the owner is not the measure
    return "share of " + " ".join(words) if words and _ends_on_a_noun(words) else None


def _named_by(text: str, end: int) -> str | None:
    """ "a $95 million bond", "its $34 billion IPO": after a determiner, the nouns right after a sum are
    the thing it is the sum of (a verb cannot follow "a $95 million"), past a name ("the $500 billion
    Stargate project": a project)."""
    m = _NAMED_BY.match(text, end)
    words = _plain_words(m.group("np")) if m else []
    if not words or not _ends_on_a_noun(words) or words[-1].lower().endswith("ed"):
        return None
    return " ".join(words)


def _ends_on_a_noun(words: list[str]) -> bool:
    """Whether a phrase ends on a word that can name a measure: not a name ("London-based Marlowe
    Pharma" is who, not what), a verb, an adverb or a noun as vague as "figure"."""
    last = words[-1]
    low = last.lower()
    return not (low in _NOT_HEADS or low in _VAGUE or low in _VERBS or low.endswith("ly")
                or (last[:1].isupper() and not last.isupper()))


def _verb_noun(verb: str) -> str | None:
    """The noun for a verb of spending, rising, falling or counting: from the list, else from its
    synonym class ("sliding" is a fall, "soaring" a rise)."""
    if verb in _VERB_NOUNS:
        return _VERB_NOUNS[verb]
    return _CLASS_NOUNS.get(SYNONYMS.get(verb) or SYNONYMS.get(stem(verb)) or "")


def _value_of(before: str) -> str | None:
    """The noun phrase a figure is the value of, written just before it ("net income was")."""
    if deal := _DEAL_WORTH.search(before):
        return deal.group("deal").lower()  # "a deal valued at 15.2 billion euros": the deal's value
    if _VALUED.search(before):
        return "valuation"
    if deal := _PAID_FOR.search(before):
        return "sale price" if deal.group(1).lower().startswith("s") else "purchase price"
    m = _VALUE_OF.search(before)
    if m is None:
        return None
    words = m.group("np").split()
    # Keep the words after the last determiner, possessive or clause word: "the chipmaker’s GAAP net income".
    for k in range(len(words) - 1, -1, -1):
        w = words[k].lower()
        if w in _DETERMINERS or w.endswith(("’s", "'s", "s’", "s'")) or w in _NOT_HEADS:
            words = words[k + 1:]
            break
    verb = before[m.end("np"):].split()[0].lower()
    if verb not in _OF_WORDS and _IN_PLACE.search(before, 0, m.start("np") + m.group("np").find(words[0])
                                                  if words else 0):
        return None  # "Turnout in the Harrowby referendum was": the referendum is where, not what
    verbs = [k for k, w in enumerate(words) if w.lower() in _VERBS or w.lower() in ("include", "includes") or (
        0 < k < len(words) - 1 and _FINITE.fullmatch(w) and _NOUNISH.fullmatch(words[k - 1])
        and words[k - 1].lower() not in _DETERMINERS | _VERBS | {"include", "includes"})]
    if verbs:
        words = words[verbs[-1] + 1:]  # "the amount includes insured losses exceeding": insured losses
    while len(words) > 1 and (words[0].lower() in _VERB_NOUNS or words[0].lower() in _VERBS
                              or words[0].lower().endswith("ing")):
        words = words[1:]  # "approve total spending of" -> total spending
    if len(words) == 1 and words[0].lower() in MEASURE_NOUNS and m.start("np") == 0:
        words = [words[0].lower()]  # "Revenue rose 12% to $4.1 billion": a sentence's first word, no name
    if not words or not _ends_on_a_noun(words):
        return None
    if len(words) == 1 and words[0].lower() in _VERB_NOUNS:
        return _VERB_NOUNS[words[0].lower()]  # "valued at" -> valuation
    if words[-1].lower() in ("shares", "stock", "stocks") and verb not in _OF_WORDS:
        return "share price"  # "The company's shares slipped 0.7% to $130.32"
    phrase = " ".join(words)
    return phrase if not _TIME_WORDS.search(phrase) else None


_LINKING = frozenset("including excluding bringing taking leaving making giving putting plus".split())
"""Participles that open a phrase of their own after a figure: what it includes or brings, not what it measures."""


def _measure_phrase(np: str, nouns: frozenset[str]) -> str | None:
    """The phrase after a figure when it names a measure ("in compensatory damages", "adjusted earnings per
    share", "year-over-year increase"), not a time or place."""
    words = np.split()
    for k, w in enumerate(words):
        if w.lower() in _VERBS or w.lower() in _VAGUE:
            return None  # "the $50 million figure included fees": a clause, not a measure's name
        if w.lower() in _NOT_IN_PHRASE or w.lower() in _NOT_HEADS or w.lower() in _LINKING:
            return None  # "rose 8% before tax", "gained 4% after the premium rose", "15.2 billion euros including
            # debt": a phrase of its own
        if w.lower().rstrip(",.") in nouns:
            keep = words[:k + 1] + (["per", "share"] if words[k + 1:k + 2] == ["per"] else [])
            return " ".join(x.lower() if not x.isupper() else x for x in keep)
    return None
