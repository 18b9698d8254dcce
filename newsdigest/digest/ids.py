"""Ids of facts, events, disagreements and removed lines, made from what they state and nothing else.

An editor's ``edits.yaml`` names things by id, so an id must survive every rebuild in which its
thing survives: adding, removing or editing one article must never change the id of a fact or
event that article does not touch. So an id is a function of the thing's own content only: a
fact's owner, value and unit (what its sources were merged on, never a word chosen by a vote
among them), an event's date and its first words. It never depends on story order or on other
items; the old ``-2``/``-3`` suffixes did, and renumbered ids when an article joined earlier in
the order.

Two different things whose readable ids coincide (two owners whose names spell one slug, two
events of one day that open on the same words) are told apart by a short hash of their own
content: among the colliding ones, the one whose content sorts first keeps the readable id. That
depends on the colliding items alone, never on where their articles sit in the story.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from ..model import Event, Fact
from ..slugs import slug
from ..slugs import words as slug_words

_Item = TypeVar("_Item", Fact, Event)

_SKIP = frozenset("""
the a an of on in at to for and or but with by from as is are was were has have had its it this that
last week month year today yesterday since january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday
""".split())
"""Words an event id leaves out: they say nothing of what happened, and dates are in the id already
(so are single letters, the ``s`` of "Mozambique's" and the ``h`` of "km/h")."""
EVENT_WORDS = 5
"""Meaningful words of an event's text in its id: enough to tell one day's events apart."""


def fact_id(entity: str | None, value: float, unit: str) -> str:
    """A fact's id from who it belongs to, how much and of what: the parts its sources agree on.

    >>> fact_id("Alibaba", 380e9, "CNY"), fact_id(None, 38, "people"), fact_id("Beira", 2.5, "%")
    ('alibaba-380bn-cny', '38-people', 'beira-2-5pct')
    """
    parts = [slug(entity, 60) if entity else "", short_value(value, unit)]
    return "-".join(p for p in parts if p)


def short_value(value: float, unit: str) -> str:
    """380000000000 CNY -> 380bn-cny; 2.5 % -> 2-5pct; -3 pp -> minus-3pp; 137897 pensioners -> 137897-pensioners.

    Six significant digits, as the facts stage compares values, so two figures it keeps apart get
    two ids.
    """
    sign = "minus-" if value < 0 else ""
    value = abs(value)
    for scale, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if value >= scale:
            number = f"{value / scale:g}{word}"
            break
    else:
        number = f"{value:g}"
    number = number.replace(".", "-").replace("+", "")
    tail = "pct" if unit == "%" else "pp" if unit == "pp" else "-" + (slug(unit, 30) or "units")
    return sign + number + tail


def event_id(date: str, text: str) -> str:
    """An event's id: its date and the first few meaningful words of what happened.

    >>> event_id("2025-02-24", "On Monday, Alibaba pledged 380 billion yuan for AI in 2025")
    '2025-02-24-alibaba-pledged-380-billion-yuan'
    """
    words = [w for w in slug_words(text)
             if len(w) > 1 and w not in _SKIP and not re.fullmatch(r"(?:19|20)\d\d", w)]
    return "-".join([date, *words[:EVENT_WORDS]])[:90].rstrip("-")


def discrepancy_id(what: str, date: object = None) -> str:
    """A disagreement's id, for ``confirm:``: what is measured and when, which its sources share.

    >>> discrepancy_id("Cyclone Mira deaths", "2024-03-11")
    'disagree-cyclone-mira-deaths-2024-03-11'
    """
    return "-".join(p for p in ("disagree", slug(what, 60), str(date) if date else "") if p)


def update_id(what: str) -> str:
    """A series of one measure reported at different times (a rising toll), for ``confirm:``."""
    return "update-" + (slug(what, 60) or "figure")


def removed_line_id(source: str, line: int) -> str:
    """A line removed from an article, for ``confirm:``: ``removed-s-01-23`` is line 23 of source s-01."""
    return f"removed-{source}-{line}"


def content_hash(*parts: object) -> str:
    """A short hash of some content: tells colliding ids apart, and marks what an editor confirmed."""
    text = "\x1f".join(str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


def with_distinct_ids(items: Sequence[_Item]) -> list[_Item]:
    """``items`` with colliding ids told apart by a hash of each one's content (see the module doc)."""
    keys = [_content_key(item) for item in items]
    by_id: dict[str, list[int]] = {}
    for k, item in enumerate(items):
        by_id.setdefault(item.id, []).append(k)
    out = list(items)
    for ident, members in by_id.items():
        if len(members) < 2:
            continue
        for k in sorted(members, key=lambda m: keys[m])[1:]:
            out[k] = replace(items[k], id=f"{ident}-{content_hash(keys[k])}")
    return out


def _content_key(item: Fact | Event) -> str:
    if isinstance(item, Fact):
        return f"{item.kind}|{item.unit}|{float(item.value)!r}|{item.entity}"
    return f"{item.date}|{item.text}"
