"""Words as evidence: content words, a light stemmer, and synonym classes for news verbs.

Deduplication, topic distance and fact matching all compare sentences by the words that carry
meaning. Two reporters say "anticipates spending" and "has allocated" for the same thing, and
"centres" and "centers", so words are reduced to stems and the commonest news-verb paraphrases
to one class each. The classes are general newsroom vocabulary, not tuned to any story, kept in
``data/vocabulary.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...content.yamlfile import parse_yaml


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """The general news vocabulary, ``data/vocabulary.yaml``: synonym classes and promotion words."""
    data: dict[str, Any] = parse_yaml((Path(__file__).parents[2] / "data" / "vocabulary.yaml").read_text("utf-8"))
    return data


STOPWORDS = frozenset("""
a about above across after again against all almost along already also although always am among an
and another any anyone anything are around as at away back be became because become been before
being below between both but by can cannot could did do does doing done down during each either else
enough even ever every few for from further get gets getting go goes going got had has have having
he her here hers herself him himself his how however i if in into is it its itself just last least
less let like made make many may me might more most much must my myself near neither never new next
no nor not now of off often on once one only onto or other others otherwise our ours ourselves out
over own per perhaps quite rather really same says said say see seen several shall she should since
so some something still such than that the their theirs them themselves then there these they this
those though through thus to too toward towards under until up upon us very via was we well were
what whatever when where whether which while who whom whose why will with within without would yet
you your yours yourself yourselves mr mrs ms dr its it's that's also year years week weeks day days
month months time times today yesterday tomorrow monday tuesday wednesday thursday friday saturday
sunday come comes came coming take takes took taken taking give gives gave given giving show shows
showed shown seem seems seemed put puts keep keeps kept way ways thing things lot
""".split())

SYNONYMS: dict[str, str] = {word: cls for cls, words in vocabulary()["synonyms"].items() for word in words.split()}
"""Paraphrases reporters use interchangeably (``data/vocabulary.yaml``): each word to its class."""

_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’\-]*|\d[\d.,]*\d|\d")
_SIBILANT_PLURAL = re.compile(r"(ss|x|z|ch|sh)es$")
_BRITISH = ((re.compile(r"isation$"), "ization"), (re.compile(r"(?<=[^aeiou])is(e|ed|es|ing)$"), r"iz\1"),
            (re.compile(r"([^aeiou])our$"), r"\1or"), (re.compile(r"tre$"), "ter"),
            (re.compile(r"tres$"), "ters"), (re.compile(r"yse$"), "yze"), (re.compile(r"ence$"), "ense"))


def tokens(text: str) -> list[str]:
    """Words and numbers as they appear, punctuation dropped."""
    return _TOKEN.findall(text)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light, deterministic stem: enough that "investments" meets "investing" and "centre" "center".

    >>> [stem(w) for w in ["investments", "investing", "centres", "companies", "planned", "favour"]]
    ['invest', 'invest', 'center', 'company', 'plan', 'favor']
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if len(w) > 5:
        for pattern, repl in _BRITISH:
            w = pattern.sub(repl, w)
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and _SIBILANT_PLURAL.search(w):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ments", "ment", "ingly", "ing", "edly", "ed", "ly"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
                w = w[:-1]  # planning -> plan, but not "install" -> "instal"
            break
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


# Rewrites before tokenising, each with the substrings without which it cannot match (a quick
# test that skips the regular expression for most sentences).
_REWRITES = (
    (re.compile(r"(\d)\s*%"), r"\1 percent", ("%",)),
    (re.compile(r"\bper\s?cent\b|\bpct\b"), "percent", ("per", "pct")),
    (re.compile(r"(\d)\s*bn\b"), r"\1 billion", ("bn",)),
    (re.compile(r"(\d)\s*(?:mn|mln)\b"), r"\1 million", ("mn", "mln")),
    (re.compile(r"(\d)\s*(?:tn|trn)\b"), r"\1 trillion", ("tn", "trn")),
    (re.compile(r"(?<=\w)[-‐–](?=\w)"), " ", ("-", "‐", "–")),
    (re.compile(r"\b(?:admit|accept|acknowledg|conced)\w*\s+defeat\b"), "concede", ("defeat",)),
)
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                 "eight": "8", "nine": "9", "ten": "10", "twelve": "12", "twenty": "20", "hundred": "100",
                 "dozen": "12", "half": "0.5"}
_PREFIXES = frozenset({"pre", "non", "co", "re", "anti", "post", "ex", "sub", "semi", "multi", "mid"})


def content_terms(text: str, acronyms: dict[str, str] | None = None) -> list[str]:
    """The meaning-carrying terms of ``text`` (see :func:`_content_terms`); cached when no acronyms are given."""
    if not acronyms:
        return list(_cached_terms(text))
    return _content_terms(text, acronyms)


@lru_cache(maxsize=200_000)
def _cached_terms(text: str) -> tuple[str, ...]:
    return tuple(_content_terms(text, None))


def _content_terms(text: str, acronyms: dict[str, str] | None) -> list[str]:
    """The meaning-carrying terms of ``text``: stems of non-stopwords, paraphrases folded to classes.

    ``acronyms`` maps a spelled-out phrase (lower case) to its acronym, so "artificial
    intelligence" and "AI" count as the same term.

    >>> content_terms("Microsoft anticipates spending $80 billion on AI data centres")
    ['microsoft', '~expect', '~spend', '80', 'billion', 'ai', 'data', 'center']
    >>> content_terms("shares fell 2.5 per cent over three years")
    ['shar', '~fall', '2.5', 'percent', '3']
    """
    low = text.lower()
    if acronyms:
        for phrase, short in acronyms.items():
            if phrase in low:
                low = low.replace(phrase, short)
    for pattern, repl, needles in _REWRITES:
        if any(n in low for n in needles):
            low = pattern.sub(repl, low)
    return [term for term in map(_term, tokens(low)) if term]


@lru_cache(maxsize=200_000)
def _term(tok: str) -> str | None:
    """One lower-case token as a term: None for a stopword, a number normalised, else its stem's class."""
    if tok in STOPWORDS or tok in _PREFIXES or (len(tok) < 2 and not tok.isdigit()):
        return None
    if tok[0].isdigit() or tok in _NUMBER_WORDS:
        number = re.sub(r"^(\d+),(\d{1,2})$", r"\1.\2", tok)  # European decimal: 24,1 is 24.1
        return _NUMBER_WORDS.get(tok, number.replace(",", ""))
    st = stem(tok)
    return SYNONYMS.get(tok) or SYNONYMS.get(st, st)  # the word first: "plane" is not the stem "plan"


_BRACKETED = re.compile(r"\([A-Z][A-Za-z]?[A-Z]{1,6}\)")
_ACRONYM_BEFORE = re.compile(r"((?:[A-Za-z][\w\-]*\s+){1,6}?)\(([A-Z][A-Za-z]?[A-Z]{1,6})\)$")


def find_acronyms(text: str) -> dict[str, str]:
    """Acronyms defined in ``text`` as "spelled-out phrase (ACRONYM)", phrase lower-cased.

    >>> find_acronyms("focus on artificial general intelligence (AGI) and the European Central Bank (ECB)")
    {'artificial general intelligence': 'agi', 'european central bank': 'ecb'}
    """
    found: dict[str, str] = {}
    for bracket in _BRACKETED.finditer(text):
        match = _ACRONYM_BEFORE.search(text[max(0, bracket.start() - 80):bracket.end()])
        if not match:
            continue
        words = match.group(1).split()
        short = match.group(2)
        letters = [c for c in short if c.isupper()]
        # Walk back from the bracket until the initials of the words spell the acronym.
        for n in range(len(letters), len(words) + 1):
            phrase = [w for w in words[-n:] if w.lower() not in {"of", "and", "the", "for", "&"}]
            if "".join(w[0].upper() for w in phrase) == "".join(letters):
                found[" ".join(words[-n:]).lower()] = short.lower()
                break
    return found
