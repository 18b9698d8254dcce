"""Facts: every figure in the kept text, who it belongs to, over what period, merged across sources.

A figure belongs to the name nearest before it in its clause (appositives and brackets set
aside, a possessive right before it wins, "Hong Kong shares" is a market, not an actor); a
pronoun or "the company" points to the story's main actor. The same figure for the same actor
from several sources is one fact listing every source. A bracketed conversion ("380 billion yuan
($53 billion)") is a fact of its own that says which fact it converts.

Discrepancies are measures the sources give different values for: the same actor, kind, unit,
measure and date, or two figures of one claim cluster that disagree. Amounts in different
currencies that match at the articles' own exchange rate are conversions, not disagreements.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace

from ..model import Clustering, Discrepancy, Fact, FactSheet, Sentence, Story
from ..slugs import slug, unique_slug
from .clauses import CLAUSE_BOUNDARY
from .currency import Rate, implied_rates, same_amount
from .dates import find_dates
from .entities import canonical, fold_names, lowercase_words, names_in, rank_names
from .quantities import Quantity, bare_dollar_currency, find_quantities, uses_decimal_comma
from .words import SYNONYMS, find_acronyms, stem

_PERIOD = re.compile(
    r"\b(?:(?:over|in|during|for|within)\s+)?the\s+(?:next|coming|past|last|previous|following)\s+"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:years?|months?|quarters?|decades?)\b"
    r"|\b(?:over|within|in)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years\b"
    r"|\b(?:this|last|next|the\s+current|the\s+previous)\s+(?:fiscal\s+|financial\s+)?(?:year|quarter|month)\b"
    r"|\b(?:in|for|during|by|through)\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d\d(?:[-–/]\d\d)?\b"
    r"|\bthe\s+(?:three|six|nine|twelve)\s+months\s+(?:ending|ended|to)\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?"
    r"|\b(?:the\s+)?(?:first|second|third|fourth|last)\s+quarter(?:\s+of\s+(?:19|20)\d\d)?\b"
    r"|\b(?:per|a|each)\s+year\b|\bannually\b|\byear[\s-]to[\s-]date\b|\bso\s+far\s+(?:this\s+year|in\s+(?:19|20)\d\d)\b"
    r"|\b(?:the\s+)?past\s+decade\b",
    re.I)
_POSSESSIVE = re.compile(r"([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)*)[’']s\s+(?:[\w-]+\s+){0,2}$")
_APPOSITIVE = re.compile(r",\s+(?:the|a|an|its|which|who)\b[^,]*,")
_BRACKETS = re.compile(r"\([^()]*\)")
_BACKREF = re.compile(r"\b(?:its|it|their|they|the\s+(?:company|firm|group|business|government|party|team|"
                           r"agency|bank|country|ministry|club))\b", re.I)
_PARTICIPLE = re.compile(r"^\s*(?:and\s+)?\w+ing\b", re.I)
_RELATIVE = re.compile(r"^\s*(?:which|who|whose)\b", re.I)
_WITH = re.compile(r"^\s*(?:with|as|after)\b", re.I)
_SPEAKS = re.compile(r"^(,[^,]{0,80},)?\s*(?:said|says|told|added|warned|noted|explained|argued|predicted|"
                          r"estimated)\b")
_TITLE = (r"\b(?:Mr|Mrs|Ms|Dr|Prof|[Cc]hief\s+(?:executive|financial\s+officer|economist)|CEO|CFO|[Pp]resident|"
          r"[Cc]hair(?:man|woman)?|[Ff]ounder|[Aa]nalyst|[Ss]pokes(?:man|woman|person)|[Mm]inister|[Dd]irector|"
          r"[Ll]eader|[Gg]overnor|[Mm]ayor)\b")
_TITLE_BEFORE = re.compile(_TITLE + r"\.?\s+$")
_TITLE_ANYWHERE = re.compile(_TITLE)
_PREPOSITIONS = frozenset("in of at for from near to with by on into across over under against among "
                          "like including versus than".split())
_MARKET_WORDS = re.compile(r"^[\s-]*(?:listed|shares?|stocks?|stock\s+exchange|markets?|index|dollars?)\b", re.I)
WINDOW = 400
"""A figure's owner and period are looked for this many characters around it, at most."""
NEAR = 60
"""A period phrase more than this many characters from a figure belongs to something else."""
_CLAUSE_BREAK = re.compile(r"[,.;:()]")
_MEASURE_WORD = re.compile(
    r"\b(invest\w*|spend\w*|spent|allocat\w*|earmark\w*|commit\w*|pledg\w*|budget\w*|rais\w*|gain\w*|los[st]\w*|"
    r"fell|fall\w*|drop\w*|rose|ris\w*|surg\w*|jump\w*|climb\w*|slid\w*|down|up|report\w*|post\w*|earn\w*|"
    r"cost\w*|pa(?:y|id)\w*|fin\w*|valu\w*|worth|borrow\w*|lend\w*|cut\w*|sav\w*|generat\w*|record\w*|"
    r"revenues?|sales|profits?|income|losses|deficit|debt|capex|outlay|turnover|exceed\w*|peak\w*|"
    r"disburs\w*|receiv\w*|won|secur\w*|award\w*|kill\w*|injur\w*|died|dead|displac\w*|evacuat\w*|"
    r"hired?|laid\s+off|employ\w*|vot\w*|seats?)\b", re.I)
_OBJECT_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?((?:in|on|for|of|to|into|towards?|toward)\s+[^,.;:()]{3,60}"
                                r"|[a-zA-Z][\w-]*(?:\s+[\w’'-]+){0,5})", re.I)
_DATE_WORDS = re.compile(r"\b(?:on|in|since|by)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                              r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(?:19|20)\d\d)\w*\b", re.I)
_CUT_OBJECT = re.compile(
    r"\s+(?:and|which|that|who|while|but|as|because|after|before|since|to\s+\w+\s+the)\b.*$", re.I)
_MEASURE_CLASSES = {
    "~spend": "investment", "~rise": "rise", "~fall": "fall", "~death": "deaths", "~injure": "injuries",
    "revenu": "revenue", "sale": "revenue", "turnover": "revenue", "profit": "profit", "income": "profit",
    "earn": "profit", "valu": "value", "worth": "value", "ipo": "listing", "fin": "fine", "debt": "debt",
    "deficit": "deficit", "cost": "cost", "pay": "payment", "paid": "payment", "vot": "votes", "seat": "seats",
    "gain": "rise", "los": "fall", "down": "fall", "up": "rise", "exceed": "difference", "peak": "peak",
    "displac": "displaced", "evacuat": "evacuated", "hire": "jobs", "job": "jobs", "employ": "jobs",
    "disburs": "payment", "budget": "investment",
}


@dataclass(frozen=True)
class _Mention:
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
    context = _Context.of(story)
    mentions: list[list[_Mention]] = []
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
            previous_actor = _subject(sentence.text, context) or previous_actor
    facts, fact_of = _merge(mentions, context)
    rates = implied_rates([(m.q.value, m.q.unit, group[m.converts].q.value, group[m.converts].q.unit)
                           for group in mentions for m in group if m.converts is not None])
    facts = _link_conversions(facts, mentions, fact_of, rates)
    discrepancies = find_discrepancies(facts, mentions, fact_of, clustering, rates)
    return FactSheet(tuple(facts), tuple(discrepancies))


@dataclass(frozen=True)
class _Context:
    """Story-wide knowledge for resolving actors: the main actor and name folding."""

    main: str | None
    fold: dict[str, str]
    concepts: frozenset[str]
    lower: frozenset[str]

    @classmethod
    def of(cls, story: Story) -> _Context:
        texts = [(s.source, s.text) for a in story.articles for s in a.sentences]
        ranked = rank_names(texts)
        acronyms = find_acronyms(" ".join(t for _, t in texts))
        # An acronym spelled out in lower case ("artificial intelligence (AI)") is a concept, not an actor.
        concepts = frozenset(short.upper() for phrase, short in acronyms.items() if phrase == phrase.lower())
        counts = Counter(canonical(n) for _, t in texts for n in names_in(t))
        fold = fold_names(counts)
        plain = [t for _, t in texts]
        main = next((n for n, _ in ranked if n.upper() not in concepts and n not in {"US", "UK", "EU"}
                     and not _only_speaks(n, plain)), None)
        lower = lowercase_words(t for _, t in texts)
        return cls(main, fold, concepts, lower)

    def name(self, raw: str) -> str | None:
        """The canonical actor for a name found in text, or None for a concept or a sentence opener."""
        name = canonical(raw)
        name = self.fold.get(name, name)
        if name.upper() in self.concepts or (" " not in name and name.lower() in self.lower):
            return None
        return name


def _mentions(sentence: Sentence, published: dt.date | None, european: bool, local_dollar: str | None,
              context: _Context, previous_actor: str | None) -> list[_Mention]:
    text = sentence.text
    quantities = find_quantities(text, european)
    if not quantities:
        return []
    dates = find_dates(text, published)
    out = []
    for q in quantities:
        if q.kind == "money" and q.unit == "USD" and local_dollar and _bare_dollar(q.text):
            q = replace(q, unit=local_dollar)
        clause = _clause_bounds(text, q.start)
        entity = _entity(text, q, clause, context, previous_actor)
        period = _period(text, q, clause)
        what = _what(text, q)
        date = next((d.date for d in dates if clause[0] <= d.start < clause[1]), None)
        out.append(_Mention(q, sentence, entity, period, what, _measure(what), date, q.converted_from))
    return out


def _bare_dollar(text: str) -> bool:
    return bool(re.match(r"^(?:[a-z ]+\s)?\$", text.lower()))


def _clause_bounds(text: str, at: int) -> tuple[int, int]:
    """The clause around position ``at``: between ", while"/";"/": " style boundaries, never wider than WINDOW."""
    start, end = max(0, at - WINDOW), min(len(text), at + WINDOW)
    for m in CLAUSE_BOUNDARY.finditer(text, start, end):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return start, end


def _entity(text: str, q: Quantity, clause: tuple[int, int], context: _Context, previous_actor: str | None
            ) -> str | None:
    before = text[clause[0]:q.start]
    text = text[:clause[1]]
    if m := _POSSESSIVE.search(before):
        name = context.name(names_in(m.group(1) + "’s")[-1]) if names_in(m.group(1) + "’s") else None
        if name:
            return name
    cleaned = _BRACKETS.sub(" ", _APPOSITIVE.sub(",", before))
    head, _, phrase = cleaned.rpartition(",")
    if head and _WITH.match(phrase) and (in_phrase := _actor_names(phrase, context)):
        return in_phrase[-1]  # "..., with firms like ByteDance reportedly planning a 150 billion yuan ..."
    if head and _RELATIVE.match(phrase):
        owners = _actor_names(head, context)  # "the Social Democrats, who won 19.8 per cent"
        return owners[-1] if owners else (previous_actor or context.main)
    candidates = [n for n in _actor_names(cleaned, context) if not _speaker(_BRACKETS.sub(" ", before), n)]
    subjects = [n for n in candidates if not _after_preposition(cleaned, n)]
    if head and _PARTICIPLE.match(phrase):  # "Mira slammed into Beira on Monday, killing at least 38"
        owners = subjects or _actor_names(cleaned, context, markets=True) or candidates
        if owners:  # the subject's figure; "Northwind shares fell 7% in London, taking losses to 30%"
            return owners[0]
    if subjects:
        return subjects[-1]  # not "in Westerland", not "of incumbent premier Jonas Albrecht"
    if candidates:
        return candidates[0]
    market = _actor_names(cleaned, context, markets=True)
    if market:
        return market[-1]  # "Northwind shares fell 7%": a market name, when nothing else before owns it
    if _BACKREF.search(before):
        return previous_actor or context.main  # "Its market value, which peaked at $850 billion"
    rest = _BRACKETS.sub(" ", text[q.end:clause[1]])
    share_of = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*)", rest)
    if share_of and (owner := context.name(share_of.group(1))):
        return owner  # "70 per cent of Beira": a share of the name that follows
    after = [n for n in _actor_names(rest, context) if not _after_preposition(rest, n)]
    if after:
        return after[0]  # "Despite regaining $100 billion in market value, Alibaba is still ..."
    return previous_actor or context.main


def _only_speaks(name: str, texts: list[str]) -> bool:
    """Whether every mention of a name is a titled person reporting something: never the story's actor."""
    mentions = [t for t in texts if name in t]
    return bool(mentions) and all(_speaker(t, name) for t in mentions)


def _speaker(text: str, name: str) -> bool:
    """Whether a name is a person reporting the figure ("Chief executive Helen Marsh said the cuts would
    save £150 million", "Helen Marsh, who became chief executive in March, said ..."): the figure is
    the organisation's, not the spokesperson's."""
    at = text.rfind(name)
    said = _SPEAKS.match(text[at + len(name):]) if at >= 0 else None
    return said is not None and bool(_TITLE_BEFORE.search(text[:at]) or _TITLE_ANYWHERE.search(said.group(1) or ""))


def _after_preposition(text: str, name: str) -> bool:
    """Whether a name is the object of a preposition ("in Westerland", "of premier Jonas Albrecht")."""
    at = text.rfind(name)
    words = re.findall(r"[\w’'-]+", text[:at])[-3:]
    for word in reversed(words):
        if word.lower() in _PREPOSITIONS:
            return True
        if word[:1].isupper() or word.lower() in ("the", "a", "an"):
            continue  # titles and articles inside the phrase: "of incumbent premier Jonas Albrecht"
        if word.lower() not in ("incumbent", "former", "outgoing", "premier", "president", "minister", "leader"):
            return False
    return False


def _actor_names(text: str, context: _Context, markets: bool = False) -> list[str]:
    """Names that can own a figure: not concepts ("AI"), and not a name qualifying a market
    ("Hong Kong shares"), which is usually a place; ``markets=True`` returns only those."""
    out = []
    for name in names_in(text):
        at = text.find(name)
        resolved = context.name(name)
        is_market = at >= 0 and bool(_MARKET_WORDS.match(text[at + len(name):]))
        if resolved and is_market == markets:
            out.append(resolved)
    return out


def _subject(text: str, context: _Context) -> str | None:
    """The actor a following "it" or "the company" most likely means: this sentence's opening name.

    A sentence that itself opens with a pronoun ("Its own model, Qwen, ...") hands nothing on,
    and the story's main actor stands in.
    """
    if _BACKREF.match(text.strip()):
        return context.main
    names = [n for n in _actor_names(_BRACKETS.sub(" ", _APPOSITIVE.sub(",", text)), context)
             if not _speaker(text, n)]  # "Chief executive Helen Marsh told reporters ..." hands on the company
    return names[0] if names and text.find(names[0]) < 60 else context.main


def _period(text: str, q: Quantity, clause: tuple[int, int]) -> str | None:
    """The time span a figure covers, nearest to it in its clause, else in its sentence."""
    for lo, hi in (clause, (max(0, q.start - WINDOW), min(len(text), q.end + WINDOW))):
        found = [m for m in _PERIOD.finditer(text, lo, hi) if m.start() - q.end < NEAR or q.start - m.end() < NEAR]
        if found:
            best = min(found, key=lambda m: abs(m.start() - q.end) if m.start() >= q.end else 2 * (q.start - m.end()))
            return re.sub(r"^(?:over|in|during|for|within)\s+", "", best.group(0).strip(), flags=re.I)
    return None


def _what(text: str, q: Quantity) -> str:
    """A short phrase for what the figure measures: "investment in AI infrastructure", "IPO"."""
    window = text[max(0, q.start - 60):q.start]
    verbs = [v for v in _MEASURE_WORD.finditer(window) if not v.group(1).lower().endswith("ly")]
    verb = verbs[-1] if verbs and _CLAUSE_BREAK.search(window[verbs[-1].end():]) is None else None
    after = text[q.end:]
    obj = _OBJECT_AFTER.match(after)
    phrase = _CUT_OBJECT.sub("", " " + obj.group(1)).strip() if obj else ""
    if cut := _PERIOD.search(phrase) or _DATE_WORDS.search(phrase):
        phrase = phrase[:cut.start()].strip()
    if q.kind == "count":
        head = q.unit
        return f"{verb.group(1).lower()} ({head})" if verb else head
    parts = []
    if verb:
        parts.append(verb.group(1).lower())
    if (phrase and not re.match(r"(?:in|for|over|this|last|next|by)\b", phrase, re.I)) or \
            (phrase and re.match(r"(?:in|on|into|towards?|toward)\s", phrase, re.I) and not _PERIOD.match(phrase)):
        parts.append(phrase)
    return " ".join(parts).strip() or ("change" if q.kind == "percent" else "amount")


def _measure(what: str) -> str | None:
    """A coarse class for a measure ("investment", "fall", "deaths") for matching across sources."""
    for word in re.findall(r"[a-zA-Z]+", what.lower())[:4]:
        st = stem(word)
        cls = SYNONYMS.get(st) or SYNONYMS.get(word)
        for key in (cls, st, word):
            if key and key in _MEASURE_CLASSES:
                return _MEASURE_CLASSES[key]
    return None


def _merge(mentions: list[list[_Mention]], context: _Context) -> tuple[list[Fact], dict[int, int]]:
    """One fact per (kind, unit, value, actor); a mention with no actor joins the figure's only actor."""
    flat = [m for group in mentions for m in group]
    owners: dict[tuple[str, str, float], set[str]] = {}
    for m in flat:
        if m.entity:
            owners.setdefault(_key(m), set()).add(m.entity)
    groups: dict[tuple[str, str, float, str | None], list[_Mention]] = {}
    for m in flat:
        entity = m.entity
        known = owners.get(_key(m), set())
        if entity is None and len(known) == 1:
            entity = next(iter(known))
        groups.setdefault((*_key(m), entity), []).append(m)
    facts: list[Fact] = []
    fact_of: dict[int, int] = {}
    used_ids: set[str] = set()
    for (kind, unit, _value, entity), items in sorted(groups.items(), key=lambda kv: _first(kv[1])):
        fact = _fact(kind, unit, items[0].q.value, entity, items, used_ids)
        for m in items:
            fact_of[id(m)] = len(facts)
        facts.append(fact)
    return facts, fact_of


def _key(m: _Mention) -> tuple[str, str, float]:
    return (m.q.kind, m.q.unit, float(f"{m.q.value:.6g}"))


def _first(items: list[_Mention]) -> tuple[int, int]:
    s = min(items, key=lambda m: (int(m.sentence.source[1:]), m.sentence.position)).sentence
    return int(s.source[1:]), int(s.id.split(".")[1])


def _fact(kind: str, unit: str, value: float, entity: str | None, items: list[_Mention], used_ids: set[str]) -> Fact:
    sources = tuple(sorted({m.sentence.source for m in items}, key=lambda s: int(s[1:])))
    lead = min(items, key=lambda m: (int(m.sentence.source[1:]), m.sentence.position))
    qualifier = Counter(m.q.qualifier for m in items).most_common(1)[0][0]
    periods = Counter(m.period for m in items if m.period)
    whats = Counter(m.what for m in items if m.what not in ("amount", "change"))
    what = whats.most_common(1)[0][0] if whats else lead.what
    dates = Counter(m.date for m in items if m.date)
    fact_id = unique_slug(fact_slug(kind, value, unit, entity, what), used_ids)
    return Fact(id=fact_id, kind=kind, value=int(value) if float(value).is_integer() else value, unit=unit,
                qualifier=qualifier, entity=entity, period=periods.most_common(1)[0][0] if periods else None,
                what=what, claim=lead.sentence.text, sources=sources,
                date=dates.most_common(1)[0][0] if dates else None)


def fact_slug(kind: str, value: float, unit: str, entity: str | None, what: str) -> str:
    """A stable, readable id: ``alibaba-invest-380bn-cny``."""
    words = [w for w in re.findall(r"[a-z0-9]+", what.lower()) if w not in {"in", "on", "of", "the", "a", "for", "to"}]
    parts = [_slug(entity) if entity else "", words[0] if words else kind, short_value(value, unit)]
    return "-".join(p for p in parts if p)


def short_value(value: float, unit: str) -> str:
    """380000000000 CNY -> 380bn-cny; 2.5 % -> 2-5pct; 137897 pensioners -> 137897-pensioners."""
    for scale, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= scale:
            number = f"{value / scale:g}{word}"
            break
    else:
        number = f"{value:g}"
    number = number.replace(".", "-")
    tail = "pct" if unit == "%" else "pp" if unit == "pp" else "-" + _slug(unit)
    return number + tail


def _slug(text: str) -> str:
    return slug(text, 40)


def _link_conversions(facts: list[Fact], mentions: list[list[_Mention]], fact_of: dict[int, int],
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


def find_discrepancies(facts: list[Fact], mentions: list[list[_Mention]], fact_of: dict[int, int],
                       clustering: Clustering | None, rates: dict[str, Rate]) -> list[Discrepancy]:
    """Same actor, kind, unit and measure at compatible dates, with different values from different sources."""
    groups: dict[tuple[str, str, str, str], list[tuple[str | None, int]]] = {}
    sentences: dict[int, set[str]] = {}
    for group in mentions:
        for m in group:
            index = fact_of[id(m)]
            sentences.setdefault(index, set()).add(m.sentence.id)
            if m.measure is None or m.converts is not None or m.entity is None:
                continue
            key = (m.entity, m.q.kind, m.q.unit, m.measure)
            if (m.date, index) not in groups.setdefault(key, []):
                groups[key].append((m.date, index))
    out = []
    seen: set[tuple[str, ...]] = set()
    for key, dated in sorted(groups.items(), key=lambda kv: min(i for _, i in kv[1])):
        for indexes in _by_compatible_date(dated):
            chosen = [facts[i] for i in sorted(set(indexes)) if facts[i].same_as is None]
            distinct = sorted({f.value for f in chosen})
            if len(distinct) < 2 or _overlapping_sources(chosen) or distinct[0] <= 0 or distinct[-1] / distinct[0] > 3:
                continue
            ids = tuple(sorted(f.id for f in chosen))
            if ids in seen:
                continue
            seen.add(ids)
            when = next((d for d, i in dated if d and i in indexes), None)
            linked = tuple(sorted({sid for i in indexes for sid in sentences.get(i, ())}))
            values = tuple((f.value, f.unit, f.sources) for f in chosen)
            out.append(Discrepancy(f"{key[0]} {key[3]}", key[1], values, ids, linked, when))
    return out


def _by_compatible_date(dated: list[tuple[str | None, int]]) -> list[list[int]]:
    """Group fact indexes whose dates agree: equal, a day apart, or unknown."""
    groups: list[tuple[set[str], list[int]]] = []
    for date, index in sorted(dated, key=lambda d: (d[0] or "", d[1])):
        for dates, members in groups:
            if date is None or not dates or any(_dates_close(date, d) for d in dates):
                members.append(index)
                if date:
                    dates.add(date)
                break
        else:
            groups.append(({date} if date else set(), [index]))
    return [members for _, members in groups]


def _dates_close(a: str, b: str) -> bool:
    if a == b:
        return True
    if re.fullmatch(r"\d{4}-\d\d-\d\d", a) and re.fullmatch(r"\d{4}-\d\d-\d\d", b):
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= 1
    return a.startswith(b) or b.startswith(a)


def _overlapping_sources(facts: list[Fact]) -> bool:
    """Figures one source states side by side are different measures, not a disagreement."""
    seen: set[str] = set()
    for f in facts:
        if seen & set(f.sources):
            return True
        seen |= set(f.sources)
    return False
