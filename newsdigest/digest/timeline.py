"""Timeline: dated events from the kept sentences, relative dates resolved, merged across sources.

Each clause with a date becomes an event at the most precise date it gives ("the last quarter of
2024 ... the three months ending December 31" is 2024-12-31). "As of <date>" marks when the text
was true, not an event, and "for 2025" is a budget period, not a date something happened on, so
neither makes an event. Events on the same date that state the same claim merge, listing every
source.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from ..model import Clustering, Event, Story
from ..slugs import unique_slug
from ..slugs import words as slug_words
from .clauses import as_sentence, claim_units
from .dates import DateMention, find_dates
from .dedupe import claim_pairs
from .entities import names_in

SAME_EVENT = {10: 0.2, 7: 0.25, 4: 0.3}
"""Events on one date whose texts are this similar are one event: a shared day is evidence itself."""
_NOT_EVENT = re.compile(r"\b(?:as\s+of|for|until|through|till|by)\s*$", re.I)
_FORECAST = re.compile(r"\b(?:will|would|could|might|may|expect(?:s|ed)?\s+to|forecasts?|predicts?|projected|"
                            r"aims?\s+to|plans?\s+to|targets?|warned\s+that)\b", re.I)
_BASELINE = re.compile(r"\b(?:compared\s+(?:with|to)|than|from|versus|vs\.?)\b", re.I)
_RANKED = re.compile(
    r"\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|\w+est|most|least|worst|best)\b", re.I)


def infer_published(text: str) -> dt.date | None:
    """An article's date from its own text: an "as of" date, else the latest full date it mentions."""
    mentions = [m for m in find_dates(text, None) if re.fullmatch(r"\d{4}-\d\d-\d\d", m.date)]
    if not mentions:
        return None
    as_of = [m for m in mentions if _NOT_EVENT.search(text[max(0, m.start - 8):m.start])]
    chosen = max(as_of or mentions, key=lambda m: m.date)
    return dt.date.fromisoformat(chosen.date)


def build_timeline(story: Story, clustering: Clustering | None = None) -> tuple[Event, ...]:
    """Every dated event in the story, oldest first, one entry per (date, claim)."""
    raw: list[tuple[str, str, str, str]] = []  # (date, text, sentence id, sentence text)
    for article in story.articles:
        for sentence in article.sentences:
            if sentence.kind == "heading":
                continue
            for date, text in dated_clauses(sentence.text, article.published):
                raw.append((date, text, sentence.id, sentence.text))
    merged = _merge(raw, clustering)
    used: set[str] = set()
    events = []
    for date, text, claim, sources in sorted(merged, key=lambda e: (e[0], min(e[3]), e[1])):
        events.append(Event(unique_slug(event_slug(date, text), used), date, text,
                            tuple(sorted(sources)), claim))
    return tuple(events)


def dated_clauses(sentence: str, published: dt.date | None) -> list[tuple[str, str]]:
    """(date, claim) for each claim of ``sentence`` that says when something happened.

    Claims are clauses and relative clauses (see :func:`claim_units`), so in "The party, which has
    governed since 1994, slumped on Sunday" 1994 dates the governing and Sunday the slump.
    """
    if not find_dates(sentence, published):
        return []  # most sentences: no date, no need to look at their claims one by one
    out = []
    for _, unit in claim_units(sentence):
        mentions = [m for m in find_dates(unit, published) if _is_event_date(unit, m)]
        if not mentions:
            continue
        best = max(mentions, key=lambda m: (len(m.date), -m.start))
        text = unit if len(unit.split()) >= 6 else sentence
        out.append((best.date, as_sentence(text)))
    return out


def _is_event_date(text: str, mention: DateMention) -> bool:
    """Not a reference point ("as of", "for 2025") nor a baseline ("up from 8.1% in 2020", "third since May")."""
    lead = mention.text.lower()
    before = text[max(0, mention.start - 12):mention.start]
    if lead.startswith(("for ", "as of", "by ")) or _NOT_EVENT.search(before):
        return False
    if len(mention.date) == 4 and _FORECAST.search(text):
        return False  # "expected to return to profit in 2025": a forecast; "talks begin next week" stays
    phrase = re.split(r"[,;:](?!\d)", text[:mention.start])[-1]
    if _BASELINE.search(phrase):
        return False
    return not (lead.startswith("since") and _RANKED.search(text[:mention.start]))


def _merge(raw: list[tuple[str, str, str, str]], clustering: Clustering | None
           ) -> list[tuple[str, str, str, set[str]]]:
    """Merge same-date events that share a claim cluster or are worded alike."""
    clusters_of = clustering.by_sentence if clustering else {}
    by_date: dict[str, list[int]] = {}
    for k, (date, *_rest) in enumerate(raw):
        by_date.setdefault(date, []).append(k)
    out = []
    for date, indexes in by_date.items():
        pairs = claim_pairs([raw[k][1] for k in indexes]) if len(indexes) > 1 else {}
        links = [pair for pair, score in pairs.items() if score >= SAME_EVENT.get(len(date), 0.3)]
        first_with: dict[int, int] = {}
        for local, k in enumerate(indexes):  # events whose sentences share a claim cluster
            for cluster in clusters_of.get(raw[k][2], ()):
                if cluster in first_with:
                    links.append((first_with[cluster], local))
                else:
                    first_with[cluster] = local
        for local_group in connected_groups(len(indexes), links):
            members = [indexes[local] for local in local_group]
            lead = max(members, key=lambda k: (_specifics(raw[k][1]), -k))  # raw is in story order
            sources = {raw[k][2].split(".")[0] for k in members}
            out.append((date, raw[lead][1], raw[lead][3], sources))
    return out


def _specifics(text: str) -> int:
    """Names and figures in a text: the merged event keeps the wording that says most."""
    return len(names_in(text)) + len(re.findall(r"\d+(?:[.,]\d+)?", text))


def connected_groups(n: int, links: list[tuple[int, int]]) -> list[list[int]]:
    """Items 0..n-1 grouped by the links between them (union-find), each group in ascending order."""
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        parent[root(b)] = root(a)
    groups: dict[int, list[int]] = {}
    for x in range(n):
        groups.setdefault(root(x), []).append(x)
    return list(groups.values())


def event_slug(date: str, text: str) -> str:
    """A stable id: the date and the first few meaningful words, ``2025-02-24-alibaba-pledges-380``."""
    words = [w for w in slug_words(text) if w not in _SLUG_SKIP and not re.fullmatch(r"(?:19|20)\d\d", w)][:4]
    return "-".join([date, *words])[:80].rstrip("-")


_SLUG_SKIP = frozenset("""
the a an of on in at to for and or but with by from as is are was were has have had its it this that
last week month year today yesterday since january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday
""".split())




def most_common_date(dates: list[dt.date | None]) -> dt.date | None:
    """The date most articles of a story carry: the default for an article that gives none."""
    known = Counter(d for d in dates if d)
    return known.most_common(1)[0][0] if known else None
