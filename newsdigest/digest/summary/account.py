"""The account's shape: sections in the order explainers are read, story order within each, the short version.

What happened comes first, then how people reacted, then the context. Within a section, claims
keep the order the articles tell them in (the median position of their sentences), so the account
reads as a story, not as a ranking. Each claim gets its stable id here, in account order.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Citation
from .candidates import Candidate
from .claimids import claim_id

SECTIONS = ("What happened", "Reactions", "Context")
BRIEF_WORDS = 200
BRIEF_MIN, BRIEF_MAX = 5, 8

_REACTION = re.compile(r"\b(?:investors?|analysts?|critics?|experts?|observers?|residents|opposition|"
                       r"shares?|stocks?|praised|criticis\w*|criticiz\w*|welcomed|warned|applauded|condemned|"
                       r"questioned|questioning|responded|reacted|reaction|cheered|slid|sliding|erased)\b", re.I)
_CONTEXT = re.compile(r"\b(?:since|previously|history|historically|in the past|years ago|last year|"
                      r"pre-\w+|peak|record|compared|lags?|behind|rivals?|competitors?|peers?)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

Sections = tuple[tuple[str, tuple[Citation, ...]], ...]


def arrange(chosen: list[Candidate], position: dict[int, float], support: dict[int, int],
            citations: dict[int, Citation], leads: frozenset[str] = frozenset()
            ) -> tuple[Sections, tuple[Citation, ...]]:
    """The account's sections (claims with their ids) and its short version, both in account order.

    ``chosen`` is in order of importance; ``citations`` is keyed by ``id()`` of each chosen wording. A wording
    that opens its article (its sentence id in ``leads``) is told first in its section, and of two such, the
    one more sources carry: a reporter's lead says what happened, whatever the other outlets tell first.
    """
    placed: dict[str, list[tuple[float, int, str, Candidate]]] = {name: [] for name in SECTIONS}
    for rank, unit in enumerate(chosen):
        pos = 0.0 if unit.sentence.id in leads else min(position[c] for c in unit.clusters)
        carried = -max(support[c] for c in unit.clusters)
        placed[_section_of(unit, rank, pos)].append((pos, carried, unit.sentence.id, unit))
    taken: set[str] = set()
    ids: dict[int, Citation] = {}
    sections = []
    for name, items in placed.items():
        if not items:
            continue
        row = []
        for _, _, _, unit in sorted(items, key=lambda t: (t[0], t[1], t[2])):
            cited = replace(citations[id(unit)], id=claim_id(citations[id(unit)].text, taken))
            ids[id(unit)] = cited
            row.append(cited)
        sections.append((name, tuple(row)))
    in_brief = {id(u) for u in _brief(chosen, support, position)}
    brief = tuple(c for _, row in sections for c in row if any(ids[k] is c for k in in_brief))
    return tuple(sections), brief


def _section_of(unit: Candidate, rank: int, pos: float) -> str:
    if rank < 3 or (pos <= 0.2 and not _REACTION.search(unit.text)):
        return SECTIONS[0]
    if _REACTION.search(unit.text):
        return SECTIONS[1]
    if _CONTEXT.search(unit.text) or _YEAR.search(unit.text):
        return SECTIONS[2]
    return SECTIONS[0] if pos <= 0.4 else SECTIONS[2]


def _brief(chosen: list[Candidate], support: dict[int, int], position: dict[int, float]) -> list[Candidate]:
    """The five to eight claims most sources agree on, under BRIEF_WORDS words."""
    ranked = sorted(chosen, key=lambda u: (-max(support[c] for c in u.clusters), min(position[c] for c in u.clusters)))
    picked: list[Candidate] = []
    words = 0
    for unit in ranked:
        n = len(unit.text.split())
        if len(picked) >= BRIEF_MAX or (words + n > BRIEF_WORDS and len(picked) >= BRIEF_MIN):
            break
        if words + n > BRIEF_WORDS:
            continue
        picked.append(unit)
        words += n
    return picked
