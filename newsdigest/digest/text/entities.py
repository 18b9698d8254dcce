"""Names of people, companies, parties and places, found from capitalisation alone.

No model download is possible offline, and news copy capitalises names reliably, so a name is a
run of capitalised words (with "of", "&" and the like inside it), minus the titles, demonyms and
sentence-opening words that are capitalised for other reasons. Names that are prefixes of one
another ("Alibaba", "Alibaba Group Holding Ltd.") fold into the shortest, which is how reporters
refer back to them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from .words import vocabulary

_TOKEN = re.compile(r"[A-Za-z0-9&][\w&.\-’']*")
_CONNECTORS = frozenset({"of", "de", "du", "la", "von", "van", "der", "al", "bin", "&", "for", "the"})
# Capitalised for reasons other than being a name.
_FUNCTION = frozenset("""
the a an this that these those it its he she they we i you his her their our in on at for from with
by of as and but or if when while after before since during despite although though however
meanwhile still yet also even just only there here what which who why how where then now so thus
indeed notably nevertheless moreover furthermore additionally yesterday today tomorrow last next
earlier later january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
sunday read more see photo image file via according under over about around among some many most
more investors analysts officials residents experts critics economists traders shares stocks workers
employees authorities police doctors scientists researchers voters lawmakers regulators unions
shareholders observers sources reports customers passengers consumers markets prices
revenue revenues sales profit profits earnings turnover losses spending turnout attendance
prior ahead amid amidst following throughout unlike like besides beyond within without toward towards against
across along behind below above between beneath into onto upon until till except regarding concerning given per
""".split())
"""Prepositions among them: a sentence may open on one ("Prior to the report, Nvidia shares rose")."""
_NUMBERS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundreds thousands dozens
""".split())
"""A number opening a sentence ("Sixty-eight people were injured") is capitalised but alone no name; in a name
("One Direction", "Formula One") it stays."""
_TITLES = frozenset("""
mr mrs ms dr prof sir dame lord lady president prime minister ceo chief executive officer chairman
chairwoman founder co-founder analyst analysts governor senator minister secretary director
spokesman spokeswoman spokesperson king queen prince princess general judge chancellor mayor
striker midfielder defender goalkeeper winger manager economist skipper former interim outgoing incoming
acting
""".split())
_DEMONYMS = frozenset(vocabulary()["nationalities"].split()) | frozenset(vocabulary()["name_adjectives"].split())
"""Peoples and adjectives, capitalised but no name ("Chinese", "Federal"): one list with actors.py's.
"US", "UK" are countries, names like any other ("285 cases in the US")."""
_NOT_NAMES = _FUNCTION | _TITLES | _DEMONYMS
_TRAIL = re.compile(r"(?:[’']s|\.)$")
_SUFFIXES = re.compile(r"\s+(?:Inc|Ltd|Corp|Co|Plc|LLC|Limited|Corporation|SA|AG|NV)\.?$")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S."
_INITIAL = re.compile(r"[A-Z]\.")
_HYPHENATED = re.compile(r"([A-Z][\w&.]*?)-[a-z]")  # "Kong-listed"
_ADJECTIVE_SHAPE = re.compile(r"[a-z](?:ian|ean|ese|ish)$")
"""The ending of a people's or a place's adjective ("Ardalian", "Korean", "Maltese", "Danish")."""
_LOWERCASE_WORD = re.compile(r"(?<![\w’'])[a-z][a-z\-]+")


_PART_WORDS = frozenset("all both each most some many none half any several much".split())
"""Words that open "<part> of <name>": how much of the name's, no part of the name."""


def names_in(text: str) -> list[str]:
    """The names in ``text`` in order of appearance (cached: every stage asks about the same sentences)."""
    return list(_names_in(text))


@lru_cache(maxsize=100_000)
def _names_in(text: str) -> tuple[str, ...]:
    """The names in ``text`` in order of appearance, titles and sentence openers trimmed.

    >>> _names_in("On Monday, Chinese President Xi Jinping met Alibaba’s co-founder Jack Ma in Beijing.")
    ('Xi Jinping', 'Alibaba', 'Jack Ma', 'Beijing')
    """
    out = []
    for words in _spans(text):
        while words and _leading_noise(words):
            words.pop(0)
        if len(words) > 2 and words[1] == "of" and _trim(words[0]).lower() in _PART_WORDS:
            del words[:2]  # "All of Veltra's deposits": Veltra's
        while words and (_trim(words[-1]).lower() in _NOT_NAMES or words[-1] in _CONNECTORS):
            words.pop()
        if not words or (len(words) == 1 and _trim(words[0]).lower() in _NUMBERS):
            continue
        name = _TRAIL.sub("", " ".join(words)).strip()
        if len(name) >= 2 and not name.isdigit():
            out.append(name)
    return tuple(out)


_CODED_SUM = re.compile(r"[A-Z]{3}\d(?:\d*(?:\.\d+|(?:bn|mn|m|k|tn)\b)|\d{0,2}(?:,\d{3})+)")
"""A sum written against its currency's code ("EVF0.62", "EVF1.6bn", "EUR500mn"), not a flight or a model ("AAL123")."""


def _spans(text: str) -> list[list[str]]:
    """Runs of capitalised words separated only by spaces (and connectors); a possessive ends a run."""
    spans: list[list[str]] = []
    current: list[str] = []
    last_end = -1
    for match in _TOKEN.finditer(text):
        raw = match.group(0)
        if not (raw[0].isupper() or raw[0] == "&"):
            # Lower case: only a connector ("Bank of America") continues a name; anything else ends it.
            if current and raw in _CONNECTORS and text[last_end:match.start()].isspace():
                current.append(raw)
            elif current:
                spans.append(current)
                current = []
            last_end = match.end()
            continue
        if text.startswith("$", match.end()) or _CODED_SUM.match(text, match.start()):
            if current:  # "US$80 billion", "EVF1.6bn": a currency's prefix, no name
                spans.append(current)
            current, last_end = [], -1
            continue
        word, ends = _name_word(raw)
        adjacent = last_end >= 0 and text[last_end:match.start()].isspace()
        capital = word[:1].isupper() or word == "&"
        if current and adjacent and (capital or word in _CONNECTORS):
            current.append(word)
        else:
            if current:
                spans.append(current)
            current = [word] if capital else []
        last_end = match.end()
        if ends and current:
            spans.append(current)
            current, last_end = [], -1
    if current:
        spans.append(current)
    return spans


def _leading_noise(words: list[str]) -> bool:
    """A first word that is not part of the name: "The", "President"; a demonym only before a title.

    "Chinese President Xi Jinping" is Xi Jinping, but "European Union" keeps "European".
    """
    first = _trim(words[0]).lower()
    if first in _FUNCTION or first in _TITLES:
        return True
    if len(words) > 2 and first.endswith("ing") and words[1] == "the":
        return True  # "Meeting the NTU's demand in full would cost ...": a gerund opening the sentence, then a name
    if len(words) > 1 and _trim(words[1]).lower() in _TITLES and _trim(words[0]).isupper():
        return True  # "US President Joe Biden", "UK Prime Minister": the country before a title is no part of it
    return first in _DEMONYMS and (len(words) == 1 or _trim(words[1]).lower() in _TITLES | _DEMONYMS)


def _name_word(raw: str) -> tuple[str, bool]:
    """A token as part of a name, and whether the name must end with it.

    "U.S." becomes "US"; a possessive, a full stop or an adjective suffix ("Kong-listed") ends
    the name there.
    """
    if _ABBREVIATION.fullmatch(raw):
        return raw.replace(".", ""), False
    if _INITIAL.fullmatch(raw):
        return raw, False  # an initial: "John F. Kennedy"
    if hyphen := _HYPHENATED.match(raw):
        # "Liberian-flagged", "Nigerian-born": a people's adjective, no name; "Kong-listed" ends "Hong Kong"
        return ("" if _ADJECTIVE_SHAPE.search(hyphen.group(1)) else hyphen.group(1)), True
    ends = raw.endswith((".", "’s", "'s"))
    return raw.rstrip(".-"), ends


def adjective_of(word: str, names: Iterable[str]) -> bool:
    """Whether ``word`` is the adjective of another name the story writes ("Ardalian" of Ardalia, "Kenyan" of
    Kenya, "Keldish" of Keldor): "the Ardalian coast" names no actor."""
    if word.endswith("n") and word[:-1] in names:
        return True
    return bool(_ADJECTIVE_SHAPE.search(word)) and any(
        word.startswith(n[:-2] if len(n) >= 6 and word.endswith("ish") else n[:-1]) and len(n) >= len(word) - 3
        for n in names if n != word and " " not in n and len(n) > 3)


def _trim(word: str) -> str:
    return _TRAIL.sub("", word)


def lowercase_words(texts: Iterable[str]) -> frozenset[str]:
    """Words the texts use in lower case: a capitalised one of these opened a sentence, it is no name."""
    return frozenset().union(*map(_lowercase_in, texts))


@lru_cache(maxsize=100_000)
def _lowercase_in(text: str) -> frozenset[str]:
    """Per text, cached: boilerplate, dedupe, facts and summarize each ask about the same sentences."""
    return frozenset(_LOWERCASE_WORD.findall(text))


def canonical(name: str) -> str:
    """The name without company-form suffixes: "Alibaba Group Holding Ltd." -> "Alibaba"."""
    previous = None
    while previous != name:
        previous = name
        name = _SUFFIXES.sub("", name)
    return name


def rank_names(texts: Iterable[tuple[str, str]]) -> list[tuple[str, int]]:
    """Names ranked by how many sources mention them, then how often: ``(name, sources)``.

    ``texts`` pairs each text with its source id. Longer names fold into a shorter name they
    start with, so "Alibaba Group Holding" counts for "Alibaba".
    """
    counts: Counter[str] = Counter()
    sources: dict[str, set[str]] = {}
    texts = list(texts)
    lower_words = lowercase_words(t for _, t in texts)
    for source, text in texts:
        for name in names_in(text):
            if " " not in name and name.lower() in lower_words:
                continue  # "Investors", "Tech": ordinary words that opened a sentence
            key = canonical(name)
            counts[key] += 1
            sources.setdefault(key, set()).add(source)
    folded = fold_names(counts)
    total: Counter[str] = Counter()
    seen: dict[str, set[str]] = {}
    for name, n in counts.items():
        target = folded[name]
        total[target] += n
        seen.setdefault(target, set()).update(sources[name])
    return sorted(((name, len(seen[name])) for name in total), key=lambda p: (-p[1], -total[p[0]], p[0]))


PLACE_NOUNS = frozenset(vocabulary()["place_nouns"].split())
PLACE_NAMED = re.compile(r"\b(?:in|(?:" + "|".join(sorted(PLACE_NOUNS)) + r")\s+of)\s+([A-Z][a-z]+)\b(?![’'-])")
"""A name a thing is in, or that a place is called: a place ("Water supplies to 1.1 million people in Sorvano"), never
a person's surname, so it does not fold into the one longer name it ends ("Acque Sorvano", the city's water utility)
nor makes that name a person's."""


_NAMED_AFTER = frozenset({"of", "for", "and", "&", "the", "on", "at", "in"})
"""Words after which a name is what an organisation is named after, not a person's surname."""


def fold_names(counts: Counter[str]) -> dict[str, str]:
    """Map each name to the name reporters use for the same actor.

    A longer name folds into a shorter one it starts with ("Alibaba Group Holding" -> "Alibaba");
    a lone surname folds into the one full name it ends ("Lindqvist" -> "Mara Lindqvist"); a name
    after "of" is not a surname ("Nordvik" is the country the "Bank of Nordvik" is named after).
    """
    names = sorted(counts, key=len)
    out: dict[str, str] = {}
    for name in names:
        target = name
        for shorter in names:
            if len(shorter) >= len(name):
                break
            if name.startswith(shorter + " ") and counts[shorter] >= 2:
                target = out.get(shorter, shorter)
                break
        out[name] = target
    for name in names:
        if " " in name:
            continue
        full = [n for n in names if n.endswith(" " + name) and " " in n and out[n] == n
                and n.split()[-2].lower() not in _NAMED_AFTER]
        if len(full) == 1 and not any(n.startswith(name + " ") for n in names):
            out[name] = full[0]
    return out
