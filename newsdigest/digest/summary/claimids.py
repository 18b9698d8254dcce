"""Claim ids: ``c-`` and a slug of what the claim states, its actor, figures and key words.

An id is made from the claim's own text and nothing else (not from its place in the account, not
from word weights over the story), so adding or removing an article changes no id of a claim it
does not touch, and an editor's ``claims:`` correction in ``edits.yaml`` keeps pointing at its
claim. Two claims whose texts give the same slug are told apart by ``-2``, ``-3`` in account order
(:func:`newsdigest.slugs.unique_slug`).
"""

from __future__ import annotations

import re

from ...slugs import slug, unique_slug
from ..text.entities import names_in
from ..text.words import STOPWORDS

MAX_WORDS = 6
"""An id names the actor, the figures and the first few words that carry meaning: enough to be
unique in a story and recognisable to an editor, short enough to type."""
MAX_LENGTH = 60

_SCALE = {"thousand": "k", "million": "m", "mn": "m", "m": "m", "billion": "bn", "bn": "bn", "b": "bn",
          "trillion": "tn", "tn": "tn", "crore": "crore", "lakh": "lakh"}
_FIGURE = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)*)(?:\s*(%|per\s?cent\b|percent\b)|\s*-?\s*(thousand|million|billion|"
                     r"trillion|crore|lakh|mn|bn|tn|[mb])\b)?", re.I)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_WEAK = frozenset("""said says told according announced added noted stated reported would could should also
just only about around more than less including include includes""".split())
"""Words that carry no claim of their own, beyond the stopwords."""


def claim_slug(text: str) -> str:
    """The slug an id is made from: actor, figures and first key words, in the order the text gives them.

    >>> claim_slug("Alibaba will invest more than 380 billion yuan ($53 billion) in AI over three years.")
    'alibaba-invest-380bn-yuan-53bn-ai'
    >>> claim_slug("Shares in Kelderhof Home closed 8.2% lower in Amsterdam on Tuesday.")
    'shares-kelderhof-home-closed-8-2pct-lower'
    """
    picked: list[tuple[int, str]] = []
    figures = [(m.start(), _figure(m)) for m in _FIGURE.finditer(text)]
    spans = [(m.start(), m.end()) for m in _FIGURE.finditer(text)]
    name_words = {w for n in names_in(text)[:1] for w in n.split()}
    words = []
    for m in _WORD.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        word = m.group(0).strip("’'-")
        low = word.lower()
        if word in name_words or (low not in STOPWORDS and low not in _WEAK and len(low) > 1):
            words.append((m.start(), low))
    budget = MAX_WORDS - min(len(figures), 3)
    picked = figures[:3] + words[:max(budget, 2)]
    made = slug(" ".join(w for _, w in sorted(picked)), MAX_LENGTH)
    return made.rstrip("-") or "claim"


def _figure(m: re.Match[str]) -> str:
    number = m.group(1).replace(",", "")
    if m.group(2):
        return number + "pct"
    scale = (m.group(3) or "").lower()
    return number + _SCALE.get(scale, "")


def claim_id(text: str, taken: set[str]) -> str:
    """``c-`` + :func:`claim_slug`, made unique among ``taken`` (which it joins).

    >>> taken = set()
    >>> claim_id("The council approved the budget.", taken), claim_id("The council approved the budget!", taken)
    ('c-council-approved-budget', 'c-council-approved-budget-2')
    """
    return unique_slug("c-" + claim_slug(text), taken)
