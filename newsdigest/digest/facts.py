"""Facts: every figure in the kept text, who it belongs to, over what period, merged across sources.

Each figure's owner comes from :mod:`.owners`, its period and measure from :mod:`.measures`. The
same figure for the same actor from several sources is one fact listing every source. A
bracketed conversion ("380 billion yuan ($53 billion)") is a fact of its own that says which fact
it converts. Disagreements between sources are found by :mod:`.conflicts`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace

from ..model import Clustering, Fact, FactSheet, Sentence, Story
from .conflicts import find_conflicts
from .currency import Rate, implied_rates, same_amount
from .dates import find_dates
from .ids import fact_id, with_distinct_ids
from .measures import measure_of, period_of, what_of
from .owners import StoryActors, clause_bounds, owner_of, sentence_subject
from .quantities import Quantity, bare_dollar_currency, find_quantities, uses_decimal_comma


@dataclass(frozen=True)
class Mention:
    """One figure in one sentence, before merging across sources."""

    q: Quantity
    sentence: Sentence
    entity: str | None
    period: str | None
    what: str
    measure: str | None
    date: str | None
    converts: int | None  # index in the same sentence's mentions


def extract_facts(story: Story, clustering: Clustering | None = None) -> FactSheet:
    """Every money, percentage and count figure in the story's kept sentences, merged and checked."""
    context = StoryActors.of(story)
    mentions: list[list[Mention]] = []
    for article in story.articles:
        european = uses_decimal_comma(article.text)
        local_dollar = bare_dollar_currency(article.text)
        previous_actor = context.main
        for sentence in article.sentences:
            if sentence.kind == "heading":
                continue
            found = _mentions(sentence, article.published, european, local_dollar, context, previous_actor)
            if found:
                mentions.append(found)
            previous_actor = sentence_subject(sentence.text, context) or previous_actor
    facts, fact_of = _merge(mentions, context)
    facts = with_distinct_ids(facts)
    rates = implied_rates([(m.q.value, m.q.unit, group[m.converts].q.value, group[m.converts].q.unit)
                           for group in mentions for m in group if m.converts is not None])
    facts = _link_conversions(facts, mentions, fact_of, rates)
    discrepancies, updates = find_conflicts(facts, mentions, fact_of, clustering, rates)
    return FactSheet(tuple(facts), tuple(discrepancies), tuple(updates))


def _mentions(sentence: Sentence, published: dt.date | None, european: bool, local_dollar: str | None,
              context: StoryActors, previous_actor: str | None) -> list[Mention]:
    text = sentence.text
    quantities = find_quantities(text, european)
    if not quantities:
        return []
    dates = find_dates(text, published)
    out = []
    for q in quantities:
        if q.kind == "money" and q.unit == "USD" and local_dollar and _bare_dollar(q.text):
            q = replace(q, unit=local_dollar)
        clause = clause_bounds(text, q.start)
        entity = owner_of(text, q, clause, context, previous_actor)
        period = period_of(text, q, clause)
        what = what_of(text, q)
        date = next((d.date for d in dates if clause[0] <= d.start < clause[1]), None)
        out.append(Mention(q, sentence, entity, period, what, measure_of(what), date, q.converted_from))
    return out


def _bare_dollar(text: str) -> bool:
    return bool(re.match(r"^(?:[a-z ]+\s)?\$", text.lower()))


def _merge(mentions: list[list[Mention]], context: StoryActors) -> tuple[list[Fact], dict[int, int]]:
    """One fact per (kind, unit, value, actor); a mention with no actor joins the figure's only actor."""
    flat = [m for group in mentions for m in group]
    owners: dict[tuple[str, str, float], set[str]] = {}
    for m in flat:
        if m.entity:
            owners.setdefault(_key(m), set()).add(m.entity)
    groups: dict[tuple[str, str, float, str | None], list[Mention]] = {}
    for m in flat:
        entity = m.entity
        known = owners.get(_key(m), set())
        if entity is None and len(known) == 1:
            entity = next(iter(known))
        groups.setdefault((*_key(m), entity), []).append(m)
    facts: list[Fact] = []
    fact_of: dict[int, int] = {}
    for (kind, unit, _value, entity), items in sorted(groups.items(), key=lambda kv: _first(kv[1])):
        fact = _fact(kind, unit, items[0].q.value, entity, items)
        for m in items:
            fact_of[id(m)] = len(facts)
        facts.append(fact)
    return facts, fact_of


def _key(m: Mention) -> tuple[str, str, float]:
    return (m.q.kind, m.q.unit, float(f"{m.q.value:.6g}"))


def _first(items: list[Mention]) -> tuple[str, int]:
    s = min(items, key=lambda m: (m.sentence.source, m.sentence.position)).sentence
    return s.source, int(s.id.split(".")[1])


def _fact(kind: str, unit: str, value: float, entity: str | None, items: list[Mention]) -> Fact:
    sources = tuple(sorted({m.sentence.source for m in items}))
    lead = min(items, key=lambda m: (m.sentence.source, m.sentence.position))
    qualifier = Counter(m.q.qualifier for m in items).most_common(1)[0][0]
    periods = Counter(m.period for m in items if m.period)
    whats = Counter(m.what for m in items if m.what not in ("amount", "change"))
    what = whats.most_common(1)[0][0] if whats else lead.what
    dates = Counter(m.date for m in items if m.date)
    ident = fact_id(entity, value, unit)
    return Fact(id=ident, kind=kind, value=int(value) if float(value).is_integer() else value, unit=unit,
                qualifier=qualifier, entity=entity, period=periods.most_common(1)[0][0] if periods else None,
                what=what, claim=lead.sentence.text, sources=sources,
                date=dates.most_common(1)[0][0] if dates else None)


def _link_conversions(facts: list[Fact], mentions: list[list[Mention]], fact_of: dict[int, int],
                      rates: dict[str, Rate]) -> list[Fact]:
    """Mark a bracketed conversion as ``same_as`` the amount it converts, when the rate is plausible."""
    same_as: dict[int, int] = {}
    for group in mentions:
        for m in group:
            if m.converts is None:
                continue
            original = group[m.converts]
            a, b = fact_of[id(m)], fact_of[id(original)]
            if a != b and same_amount(original.q.value, original.q.unit, m.q.value, m.q.unit, rates, tolerance=0.3):
                same_as.setdefault(a, b)
    return [replace(f, same_as=facts[same_as[k]].id,
                    what=facts[same_as[k]].what if f.what in ("amount", "change") else f.what,
                    period=f.period or facts[same_as[k]].period) if k in same_as else f
            for k, f in enumerate(facts)]


