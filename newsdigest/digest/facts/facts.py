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
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ...model import Clustering, Fact, FactSheet, Sentence, Story
from ..ids import fact_id, with_distinct_ids
from ..text.dates import find_dates
from ..text.nounphrases import what_of
from ..text.words import vocabulary
from .actors import StoryActors
from .basis import as_of, basis_of
from .bodies import opening_body
from .conflicts import find_conflicts
from .counts import GENERIC_NOUNS, PEOPLE, PEOPLE_COUNTS, more_counts
from .currency import Rate, implied_rates, same_amount, shared_word_currencies
from .demonyms import adjective_owner
from .extents import extents
from .figuredates import figure_date
from .localcurrency import bare_dollar_currency, local_currency_words
from .measures import measure_of, period_of
from .newcodes import StoryCodes, learn_codes
from .opening import noun_antecedent, pointing_noun, sentence_subject
from .owners import clause_bounds, owner_of
from .quantities import Quantity, find_quantities, uses_decimal_comma
from .roundings import fold_roundings

_NOT_SMALL = 100
"""From here on, two counts of one value in one story are seldom a coincidence."""


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
    named: bool = False
    """Whether the sentence names the owner outright (not a word pointing back, nor a guess)."""
    basis: str | None = None
    as_of: str | None = None
    currencies: tuple[str, ...] = ()
    """The currencies a word several of them write ("kroner") may stand for, when its article does not say."""
    moment: str | None = None
    """The clock time heading the live-blog entry the sentence sits in ("15:10"): entries of one article
    under two times were written at two moments, so one count in both is a series, not two measures."""
    named_body: bool = False
    """Whether the owner named outright is an organisation, place or thing, not a person: a person named
    beside a figure ("Judge Finch ordered the miner to pay $40 million") is often not its owner."""
    published: str | None = None
    """The day its article was written, when the article says."""
    estimated: bool = False
    """Whether it is part of a sum the sentence before estimates ("Losses are projected to hit $50 billion.
    The amount includes insured losses exceeding $20 billion"): an estimate too, though its words say none."""


def extract_facts(story: Story, clustering: Clustering | None = None) -> FactSheet:
    """Every money, percentage and count figure in the story's kept sentences, merged and checked."""
    codes = learn_codes([a.text for a in story.articles], [uses_decimal_comma(a.text) for a in story.articles])
    context = StoryActors.of(story, codes.codes)  # "closing the week at OSK 373.80": a code is no actor's name
    mentions: list[list[Mention]] = []
    for article in story.articles:
        european = uses_decimal_comma(article.text)
        local_dollar = bare_dollar_currency(article.text)
        local_words = {**codes.stands_for, **local_currency_words(article.text)}
        previous_actor, previous_person = context.main, None
        previous_sum: tuple[str | None, bool] | None = None
        moments = _moments(article.sentences)
        for k, sentence in enumerate(article.sentences):
            if sentence.kind == "heading":
                continue
            found = _mentions(sentence, article.published, european, (local_dollar, local_words, codes), context,
                               (previous_actor, previous_person))
            found = _of_the_sum_before(found, previous_sum)
            previous_sum = next(((m.entity, m.estimated or _estimates(m.sentence.text))
                                 for m in reversed(found) if m.q.kind == "money"), None)
            if found:
                moment = moments.get(sentence.id)
                mentions.append([replace(m, moment=moment) for m in found] if moment else found)
            subject = sentence_subject(sentence.text, context)
            if subject == context.main and k + 1 < len(article.sentences) and \
                    _IT.search(following := article.sentences[k + 1].text) and \
                    not pointing_noun(following) and (body := opening_body(sentence.text, context)):
                subject = body  # "The student union plans a day of action. Last year, it organised ...": the union;
                # not when the next sentence names its own subject ("The bank also cut its forecast")
            elif subject == context.main and k + 1 < len(article.sentences) and \
                    (antecedent := noun_antecedent(sentence.text, article.sentences[k + 1].text, context)):
                subject = antecedent
            if subject and not context.is_person(subject):  # "It leaves a deficit" after "Cllr Dempsey admitted"
                previous_actor = subject
            previous_person = subject if subject and context.is_person(subject) else None  # whom "his" means
    facts, fact_of = _merge(mentions, context)
    facts = with_distinct_ids(facts)
    rates = implied_rates([(m.q.value, m.q.unit, group[m.converts].q.value, group[m.converts].q.unit)
                           for group in mentions for m in group if m.converts is not None])
    facts = _link_conversions(facts, mentions, fact_of, rates)
    discrepancies, updates = find_conflicts(facts, mentions, fact_of, clustering, rates)
    return FactSheet(tuple(facts), tuple(discrepancies), tuple(updates))


_IT = re.compile(r"\b(?:it|its)\b", re.I)
"""A pronoun for one body: only a sentence that has one takes the unnamed body the sentence before opens on
("About 300 students protested" after "The board approved the plan" is not the board's)."""
_THE_SUM = re.compile(r"(?:The|That|This)\s+(?:amount|figure|sum|total|estimate|projection|forecast)\s+"
                      r"(?:includes?|included|covers?|covered|comprises?|contains?|is\s+made\s+up\s+of)\b")
"""A sentence that opens on the sum the sentence before gave ("The amount includes insured losses
exceeding $20 billion"): the money it breaks down belongs to whoever that sum did."""


def _of_the_sum_before(found: list[Mention], before: tuple[str | None, bool] | None) -> list[Mention]:
    """``found`` with the money of a sentence that breaks down the previous sentence's sum given that sum's
    owner (JPMorgan's estimate of economic losses, then "The amount includes insured losses exceeding $20
    billion": JPMorgan's too, not the place the story is about), and marked an estimate when that sum is one."""
    if before is None or before[0] is None or not found or not _THE_SUM.match(found[0].sentence.text):
        return found
    owner, estimated = before
    first = clause_bounds(found[0].sentence.text, 0)[1]
    return [replace(m, entity=owner, named=False, named_body=False, estimated=estimated)
            if m.q.kind == "money" and m.q.start < first else m for m in found]


_ESTIMATE = frozenset(str(vocabulary()["estimate_words"]).split())
_WORDS = re.compile(r"[a-z]+")


def _estimates(text: str) -> bool:
    """Whether a sentence gives its figures as estimates ("are projected to hit", "analysts expected")."""
    return bool(_ESTIMATE & set(_WORDS.findall(text.lower())))


_CLOCK = re.compile(r"(?P<time>\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|h|hrs))?"
                    r"(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT))?)(?:\s*[-–—|:]\s*(?:\S+\s*){1,10})?", re.I)
"""A heading line that is a time of day ("19:40", "9.15 a.m."), with its zone and a short title ("16:45 GMT - Closing
numbers"): a live blog's entry stamp."""


def _moments(sentences: Sequence[Sentence]) -> dict[str, str]:
    """Each sentence's live-blog stamp: the last heading before it that is only a clock time, in an article
    with at least two such headings (one lone time line is a caption or a schedule, not a blog's entries)."""
    stamps = [s for s in sentences if s.kind == "heading" and _CLOCK.fullmatch(s.text.strip())]
    if len(stamps) < 2:
        return {}
    out: dict[str, str] = {}
    moment: str | None = None
    for s in sentences:
        if s.kind == "heading":
            if clock := _CLOCK.fullmatch(s.text.strip()):
                moment = clock.group("time")
            continue
        if moment:
            out[s.id] = moment
    return out


def _mentions(sentence: Sentence, published: dt.date | None, european: bool,
              local: tuple[str | None, dict[str, str], StoryCodes], context: StoryActors,
              previous: tuple[str | None, str | None]) -> list[Mention]:
    """The figures of one sentence as mentions; ``local`` is what a bare "$" and a word several currencies
    write ("kroner") stand for in its article, and the currencies its story writes that the table lacks;
    ``previous`` is the actor and the person (or None) the sentence before was about."""
    local_dollar, local_words, codes = local
    text = sentence.text
    quantities = extents(text, more_counts(text, codes.read(text, find_quantities(text, european), european), european))
    if not quantities:
        return []
    dates = find_dates(text, published)
    out = []
    for q in quantities:
        if q.kind == "money" and q.unit == "USD" and local_dollar and _bare_dollar(q.text):
            q = replace(q, unit=local_dollar)
        elif q.kind == "money" and local_words:
            word = next((w for w in local_words if q.text.lower().endswith(w)), None)
            q = replace(q, unit=local_words[word]) if word else q
        currencies = () if q.kind != "money" or q.unit in local_words.values() else shared_word_currencies(q.text)
        clause = clause_bounds(text, q.start)
        entity, named = owner_of(text, q, clause, context, *previous)
        if place := adjective_owner(text, q, clause, context):
            entity, named = place, True  # "Brovanian exports of cars to Keldor": Brovania's, not Keldor's
        if entity in codes.codes:  # "SVM 1.5bn a year earlier": the code of a currency is nobody's name
            entity, named = None, False
        if q.kind == "measure":  # a height is what climbed to it, the subject: never a place it passed
            entity, named = sentence_subject(text, context), False
        period = period_of(text, q, clause)
        what = what_of(text, q, context.lower)
        date = figure_date(text, q, clause, dates, quantities)
        basis = basis_of(text, q, clause, period, what)
        body = named and entity is not None and not context.is_person(entity)
        out.append(Mention(q, sentence, entity, period, what, measure_of(what), date, q.converted_from, named,
                           basis, as_of(basis, date, published), currencies, named_body=body,
                           published=published.isoformat() if published else None))
    return out


def _bare_dollar(text: str) -> bool:
    return bool(re.match(r"^(?:[a-z ]+\s)?\$", text.lower()))


def _merge(mentions: list[list[Mention]], context: StoryActors) -> tuple[list[Fact], dict[int, int]]:
    """One fact per figure: the mentions of one (kind, unit, value) are one fact, whoever each sentence
    seems to credit it to, unless two of them name different owners outright and measure different
    things ("Apple's profit grew 10%" and "Nvidia shares fell 10%"). The owner is then the one the
    most sentences name outright; a sentence that names nobody only adds its source. A value another
    source only rounds joins the precise one (:mod:`.roundings`)."""
    flat = [m for group in mentions for m in group]
    named = _named_things(flat) | _read_currencies(flat)
    by_value: dict[tuple[str, str, float], list[Mention]] = {}
    for m in flat:
        by_value.setdefault(_key(m, named.get(id(m))), []).append(m)
    clusters: list[list[Mention]] = []
    for items in by_value.values():
        by_owner: dict[str | None, list[Mention]] = {}
        for group in _split_owners(items):  # told apart, they must still have different owners
            by_owner.setdefault(_owner(group), []).extend(group)
        clusters.extend(by_owner.values())
    # "$22.1 billion" in one source, "$22.09 billion" in another: one figure unless two named owners differ
    clusters = fold_roundings(clusters, lambda ms: _owner([m for m in ms if m.named]))
    facts: list[Fact] = []
    fact_of: dict[int, int] = {}
    for items in sorted(clusters, key=_first):
        kind, unit, _value = _key(items[0], named.get(id(items[0])))
        fact = _fact(kind, unit, items[0].q.value, _owner(items), items)
        for m in items:
            fact_of[id(m)] = len(facts)
        facts.append(fact)
    return facts, fact_of


def _split_owners(items: list[Mention]) -> list[list[Mention]]:
    """The mentions of one figure, told apart only where owners named outright measure different things."""
    named: dict[str, list[Mention]] = {}
    for m in items:
        if m.entity and m.named:
            named.setdefault(m.entity, []).append(m)
    groups: list[list[Mention]] = []
    for owner_items in sorted(named.values(), key=lambda ms: (-len(ms), _first(ms))):
        measures = {m.measure for m in owner_items if m.measure}
        home = next((g for g in groups if not measures or not (ms := {m.measure for m in g if m.measure})
                     or measures & ms), None)
        if home is None:
            groups.append(list(owner_items))
        else:
            home.extend(owner_items)
    if not groups:
        return [items]
    placed = {id(m) for g in groups for m in g}
    for m in items:
        if id(m) in placed:
            continue
        home = next((g for g in groups if m.measure and m.measure in {x.measure for x in g}), None)
        home = home or next((g for g in groups if m.entity and _owner(g) == m.entity), None)
        if home is None and m.entity and m.measure and all(x.measure for g in groups for x in g):
            groups.append([m])  # "the stock faced a decline of 10%" after "Apple reported 10% profit growth"
            continue
        (home or groups[0]).append(m)
    return groups


def _owner(items: Sequence[Mention]) -> str | None:
    """The owner most of a figure's sentences name outright; else the one they point back to; else none."""
    for wanted in (True, False):
        votes = Counter(m.entity for m in items if m.entity and m.named == wanted)
        if votes:
            best = max(votes.values())
            return min((_first([m for m in items if m.entity == e]), e) for e, n in votes.items() if n == best)[1]
    return None


def _key(m: Mention, unit: str | None = None) -> tuple[str, str, float]:
    """What makes two mentions one figure; "242 people" and "242 individuals" count the same thing, and so do
    "1.3 million units" and "1.3 million air fryers" (``unit``, from :func:`_named_things`)."""
    unit = unit or ("people" if m.q.kind == "count" and m.q.unit in PEOPLE else m.q.unit)
    return (m.q.kind, unit, float(f"{m.q.value:.6g}"))


def _named_things(flat: list[Mention]) -> dict[int, str]:
    """The noun a count of "units" or "items" counts (by mention id): the one other noun of a count with its
    value in the story, if there is one and it counts things, not people, and the value is no small number,
    which recurs by chance ("6 units" of housing and "6 boats")."""
    nouns: dict[float, set[str]] = {}
    for m in flat:
        if m.q.kind == "count" and m.q.unit not in GENERIC_NOUNS:
            nouns.setdefault(m.q.value, set()).add(m.q.unit)
    out = {}
    for m in flat:
        if m.q.kind == "count" and m.q.unit in GENERIC_NOUNS and m.q.value >= _NOT_SMALL:
            others = nouns.get(m.q.value, set())
            if len(others) == 1 and not others & PEOPLE_COUNTS:
                out[id(m)] = next(iter(others))
    return out


def _read_currencies(flat: list[Mention]) -> dict[int, str]:
    """The currency of an amount in a word several currencies write ("850,000 kroner", read by the table as
    NOK) whose article does not say which, when another article gives the same amount in one of them by its
    code ("DKK 850,000", or "kroner" beside "DKK 1.4m"): one sum, one fact (by mention id)."""
    written: dict[float, set[str]] = {}
    for m in flat:
        if m.q.kind == "money" and not m.currencies:
            written.setdefault(m.q.value, set()).add(m.q.unit)
    out = {}
    for m in flat:
        if m.currencies and len(units := written.get(m.q.value, set()) & set(m.currencies)) == 1:
            out[id(m)] = next(iter(units))
    return out


def _first(items: Sequence[Mention]) -> tuple[str, int]:
    """Where a figure is first stated: its first source and sentence."""
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
    bases = Counter(m.basis for m in items if m.basis)
    basis = bases.most_common(1)[0][0] if bases else None
    days = Counter(m.as_of for m in items if m.as_of and m.basis == basis)
    holds = max(days, key=lambda d: (days[d], d)) if days else None  # the date most sources give, else the latest
    ident = fact_id(entity, value, unit)
    return Fact(id=ident, kind=kind, value=int(value) if float(value).is_integer() else value, unit=unit,
                qualifier=qualifier, entity=entity, period=periods.most_common(1)[0][0] if periods else None,
                what=what, claim=lead.sentence.text, sources=sources,
                date=dates.most_common(1)[0][0] if dates else None, basis=basis, as_of=holds)


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
    # A conversion states the original's figure in another currency: same owner, same basis.
    return [replace(f, same_as=facts[same_as[k]].id, entity=facts[same_as[k]].entity,
                    what=facts[same_as[k]].what if f.what in ("amount", "change") else f.what,
                    period=f.period or facts[same_as[k]].period, basis=f.basis or facts[same_as[k]].basis)
            if k in same_as else f for k, f in enumerate(facts)]


