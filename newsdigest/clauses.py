"""Split sentences into clauses that each state one claim.

Reporters pack two claims into one sentence ("Microsoft expects to spend $80 billion this fiscal
year, while Meta has earmarked $65 billion for 2025"). Comparing whole sentences would miss that
the second half repeats another outlet's sentence, so deduplication compares clauses.
"""

from __future__ import annotations

import re

# Boundaries where an independent clause with its own subject usually starts.
_SPLIT = re.compile(
    r"(?:,\s+(?:while|whereas|but|although|though|and\s+(?=(?:the|its|it|he|she|they|[A-Z]))|"
    r"even\s+as|as\s+(?=(?:the|its|it|he|she|they|[A-Z])))\s+"
    r"|;\s+|:\s+(?=[A-Z])|\s+[–—]\s+(?=[a-z]*\s*[A-Z])|[–—](?=[A-Z][a-z]))")
MIN_WORDS = 5


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
