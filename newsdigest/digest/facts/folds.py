"""How a story's spellings of one actor fold into one name: "NVIDIA" and "Nvidia", "Nvidia (NVDA)" and "NVDA",
"US" and "United States". The facts and the summary then call each actor by the one name a reader knows it by.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..text.entities import canonical, names_in
from ..text.words import vocabulary

BODY_HEADS = frozenset(vocabulary()["body_heads"].split())
_NAMED_BODY_HEADS = frozenset(vocabulary()["named_body_heads"].split()) | BODY_HEADS

_DEFINED = re.compile(r"([A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|and|of|for|&))*)\s+\(([A-Z][A-Za-z]?[A-Z]{1,6})\)")


def acronym_folds(texts: Iterable[str], counts: Counter[str]) -> dict[str, str]:
    """A name written with its acronym after it ("Pacific Nurses Association (PNA)", "Nvidia (NVDA)") is one
    actor, called by its name as written there in full: a reader of the facts knows it by that."""
    out: dict[str, str] = {}
    texts = list(texts)
    joined = "\n".join(texts)
    for text in texts:
        if "(" not in text:
            continue
        for m in _DEFINED.finditer(text):
            full = canonical(re.sub(r"^The\s+", "", m.group(1)))
            found = names_in(full)
            if not found or full == m.group(2):
                continue
            if counts[found[-1]] > counts[m.group(2)] and found[-1] == full:
                out[m.group(2)] = full  # "Nvidia (NVDA)"
                continue
            out[m.group(2)] = full
            if found[-1] != full:
                out[canonical(found[-1])] = full
            for piece in found[:-1]:  # "Harbour and Dock Workers' Federation": "Harbour" never stands alone
                if joined.count(piece) == joined.count(full):
                    out[canonical(piece)] = full
    return out


_LOWER_CONNECTORS = frozenset("of for and the on in de".split())


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _LOWER_CONNECTORS)


def short_forms(name: str) -> list[str]:
    """The acronym a long name may be written as ("United States": "US", "Bureau of Farm Statistics": "BFS"),
    as :func:`initial_folds` reads it."""
    words = name.split()
    return [_initials(words)] if len(words) >= 2 and len(_initials(words)) >= 2 else []


def initial_folds(counts: Counter[str], fold: dict[str, str]) -> dict[str, str]:
    """An acronym and the long name whose initials it is are one actor ("US" and "United States", "BFS" and
    "Bureau of Farm Statistics"), called by the long name the story writes; only when one long name of the
    story fits. One pass over the names: a long name is filed under its initials."""
    by_initials: dict[str, set[str]] = {}
    for name in counts:
        if " " in name and fold.get(name, name) == name and all(w[:1].isupper() for w in name.split()
                                                                 if w not in _LOWER_CONNECTORS):
            for short in short_forms(name):
                by_initials.setdefault(short, set()).add(name)
    out: dict[str, str] = {}
    for short in counts:
        if short.isalpha() and short.isupper() and 2 <= len(short) <= 6 and fold.get(short, short) == short \
                and len(fits := by_initials.get(short, set())) == 1:
            out[short] = next(iter(fits))
    return out


def case_folds(counts: Counter[str], fold: dict[str, str]) -> dict[str, str]:
    """"NVIDIA" and "Nvidia" are one actor: each spelling folds into the commonest."""
    by_lower: dict[str, list[str]] = {}
    for name in counts:
        by_lower.setdefault(name.lower(), []).append(name)
    out: dict[str, str] = {}
    for spellings in by_lower.values():
        if len(spellings) > 1:
            best = max(spellings, key=lambda n: (counts[n], n))
            for n in spellings:
                out[n] = fold.get(best, best)
    return out


def public_body(name: str) -> bool:
    """Whether a name is a public body's ("Valdmark Coast Guard", "Valdish Society for Bird Protection"): its last
    word heads a body, or the word before its "for" or "of" does."""
    words = name.lower().split()
    return words[-1] in BODY_HEADS or any(w in {"of", "for"} and words[k - 1] in _NAMED_BODY_HEADS
                                          for k, w in enumerate(words[1:], 1))


def body_folds(fold: dict[str, str]) -> dict[str, str]:
    """``fold`` with each public body's name kept as itself: "Valdmark Coast Guard" is not Valdmark, though
    reporters shorten "Alibaba Group Holding" to Alibaba (the story's main actor is still counted folded)."""
    return {raw: raw if public_body(raw) and target != raw and raw.startswith(target + " ") else target
            for raw, target in fold.items()}
