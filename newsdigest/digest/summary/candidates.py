"""The wordings the account may use for a claim: whole sentences, and clauses that read on their own.

Every wording must read as a sentence out of its article's context: one that points back is
rewritten or given up (:mod:`.openers`); a quotation spread over several sentences is one wording
(with its speaker), never its pieces; a sentence the paste cut off keeps its complete clauses.
A sentence that yields no wording is recorded with the reason, so the sources page can say why
it is not in the account.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Clustering, Sentence, Story
from ..dedupe import stands_alone
from ..text.clauses import RELATIVE_SUBJECT, as_sentence
from ..text.words import content_terms
from .openers import People, is_fragment, points_back, stand_alone, story_people, verbish

MIN_WORDS = 6
"""Shorter sentences are captions, fragments or asides more often than claims."""
MAX_QUOTE_WORDS = 80
"""A quotation longer than this is cut to its first sentence (with its speaker)."""

_ATTRIBUTION = re.compile(r"[,.!?]?[\"”]\s*,?\s+(?P<who>(?:[A-Z][^\"“”]{2,80}\s+)?(?:said|says|told|added)\b[^\"“”]*)$")
"""The speaker after a quotation's last sentence: ... the model," said Nuno Ferraz, a season-ticket holder."""
_FLUFF = re.compile(r"[?!]\s*$|:\s*$|\byou\b|\byour\b|\bhere[’']s\b|"
                    r"\breaders\s+(?:have\s+|had\s+)?(?:asked|ask|wondered|wonder)\b|"
                    r"\bfor\s+(?:our\s+)?(?:\w+\s+)?readers\b", re.I)
"""An aside to the reader: a question, a lead-in, "you", "here's", "Readers have asked what this means",
"A quick recap for new readers"."""

NOT_A_CLAIM = "left out of the account: a question or an aside to the reader, not a claim"
TOO_SHORT = "left out of the account: too short to state a claim"
CUT_OFF = "left out of the account: cut off mid-sentence by the paste"
POINTS_BACK = "left out of the account: points back to something the account cannot show"
FRAGMENT = "left out of the account: not a complete sentence"
QUOTE_REST = "left out of the account: the rest of a quotation the account gives in part"


@dataclass(frozen=True)
class Candidate:
    """A wording the account may use: a whole sentence (``whole``) or one clause of it.

    ``members`` are the sentences it is made of (more than one for a quotation that runs over
    several), ``rewritten`` tells that its opening was changed to read on its own.
    """

    sentence: Sentence
    text: str
    clusters: frozenset[int]
    terms: frozenset[str]
    whole: bool
    members: tuple[str, ...] = ()
    rewritten: bool = False


@dataclass(frozen=True)
class Candidates:
    """Every candidate wording of a story, and why each sentence that gave none gave none."""

    units: list[Candidate]
    reasons: dict[str, str]


def candidate_units(story: Story, clustering: Clustering) -> Candidates:
    """The wordings each article offers, in story order."""
    cluster_of = {clause_id: c.id for c in clustering.clusters for clause_id in c.clauses}
    clusters_of: dict[str, set[int]] = {}
    clauses_of: dict[str, list[tuple[int, str, int]]] = {}
    for clause in clustering.clauses:
        cid = cluster_of[clause.id]
        clusters_of.setdefault(clause.sentence, set()).add(cid)
        clauses_of.setdefault(clause.sentence, []).append((clause.piece, clause.text, cid))
    people = story_people(s.text for a in story.articles for s in a.sentences)
    units: list[Candidate] = []
    reasons: dict[str, str] = {}
    for article in story.articles:
        previous: Sentence | None = None
        resolved: str | None = None
        sentences = list(article.sentences)
        skip: set[str] = set()
        for k, sentence in enumerate(sentences):
            if sentence.kind == "heading":
                previous, resolved = None, None
                continue
            if sentence.id in skip:
                previous = sentence
                continue
            quote = _quotation(sentences, k)
            if quote:
                found = _quote_units(quote, previous, people, clusters_of)
                units += found
                skip.update(s.id for s in quote[1:])
                if not found:
                    reasons[sentence.id] = POINTS_BACK
                for later in quote[1:]:
                    if not any(later.id in u.members for u in found):
                        reasons[later.id] = QUOTE_REST if found else POINTS_BACK
                previous = quote[-1]
                continue
            unit, reason = _whole_unit(sentence, previous, people, resolved, clusters_of.get(sentence.id, set()))
            resolved = _person_meant(sentence.text, unit.text if unit else None)
            previous = sentence
            if unit is None:
                reasons[sentence.id] = reason
                continue
            units.append(unit)
            if not sentence.truncated:
                units += _part_units(sentence, clauses_of.get(sentence.id, []), people.lower)
    return Candidates(units, reasons)


def _whole_unit(sentence: Sentence, previous: Sentence | None, people: People, resolved: str | None,
                clusters: set[int]) -> tuple[Candidate | None, str]:
    text = sentence.text
    if _FLUFF.search(text) or _writer_speaks(text):
        return None, NOT_A_CLAIM
    if len(text.split()) < MIN_WORDS:
        return None, TOO_SHORT
    if sentence.truncated:
        trimmed = trim_cut_off(text)
        if trimmed is None:
            return None, CUT_OFF
        text = trimmed
    if _closes_unopened_quote(text):
        return None, FRAGMENT
    standing = stand_alone(text, previous.text if previous else None, people, resolved)
    if standing is None:
        return None, POINTS_BACK if points_back(text) else FRAGMENT
    return Candidate(sentence, standing, frozenset(clusters), frozenset(content_terms(standing)), True,
                     (sentence.id,), standing != text), ""


_QUOTE_MARK = re.compile(r"[\"“”]")
_FIRST_PERSON = re.compile(r"\b(?:[Mm]y|me|myself|[Ww]e|[Oo]ur|us|ourselves)\b")


def _writer_speaks(text: str) -> bool:
    """A sentence in the first person with no quotation in it: the writer's own aside ("My thoughts are
    with their families first", "Our view: the market is pricing in more"), a columnist's voice, not a
    claim a source reports. A sentence with a quotation mark may be someone's words, "I" and "we" theirs.

    "I" after a capitalised word inside the sentence is a numeral or a name's part ("World War I", "Phase I").
    """
    if _QUOTE_MARK.search(text):
        return False
    if _FIRST_PERSON.search(text):
        return True
    words = text.split()
    return any(w == "I" and k + 1 < len(words) and words[k + 1][:1].islower()
               and (k <= 1 or not words[k - 1][:1].isupper()) for k, w in enumerate(words))


def _person_meant(original: str, standing: str | None) -> str | None:
    """The name a "He"/"She" opening was replaced by, so that the next "He" can mean the same person."""
    if not standing or standing == original or not re.match(r"^(?:he|she|his|her)\b", original, re.I):
        return None
    rest = re.sub(r"^\S+", "", original, count=1)
    name = standing[: len(standing) - len(rest)] if rest and standing.endswith(rest) else None
    return name.removesuffix("’s") if name else None


def _part_units(sentence: Sentence, claims: list[tuple[int, str, int]], lower: frozenset[str]) -> list[Candidate]:
    """Shorter wordings a sentence offers: each clause, and each relative clause read with its antecedent.

    "The airline, which flies to 86 destinations, blamed fuel costs" offers "The airline blamed
    fuel costs." and "The airline flies to 86 destinations.", so a sentence whose other half
    repeats can still contribute its new half.
    """
    out = []
    seen_pieces: set[int] = set()
    for piece, text, cid in claims:
        relative = piece in seen_pieces
        seen_pieces.add(piece)
        if relative and (not RELATIVE_SUBJECT.match(text) or _cut_noun_phrase(text)):
            continue
        wording = as_sentence(text)
        if wording.rstrip(".") == sentence.text.rstrip(".") or not stands_alone(text) or points_back(text) \
                or is_fragment(wording, lower) or _closes_unopened_quote(wording) or _opens_unclosed_quote(wording):
            continue
        out.append(Candidate(sentence, wording, frozenset({cid}), frozenset(content_terms(wording)), False,
                             (sentence.id,)))
    return out


_DETERMINER = frozenset("the a an its their his her our this that these those some many most all each every no one "
                        "two three several both".split())


def _cut_noun_phrase(text: str) -> bool:
    """Whether a relative clause's antecedent was cut out of a longer noun phrase: "the DeepSeek AI model from
    China, which previously resulted in ..." must not become "Model from China previously resulted in ...".
    An antecedent opens on a determiner or a capitalised word; a bare lowercase noun is the tail of one."""
    first = text.split()[0] if text.split() else ""
    return first[:1].islower() and first.lower() not in _DETERMINER


# ----------------------------------------------------------------------------- quotations

def _opens_unclosed_quote(text: str) -> bool:
    """A sentence that opens a quotation it does not close: “We did not sell cheaply. (more follows)."""
    if text.count("“") > text.count("”"):
        return True
    return text.count('"') % 2 == 1 and text.find('"') < len(text) // 2 and "“" not in text


def _closes_unopened_quote(text: str) -> bool:
    """A sentence that closes a quotation opened before it: the rest of someone's words."""
    closing, opening = text.find("”"), text.find("“")
    if closing >= 0 and (opening < 0 or opening > closing):
        return True
    return text.count('"') % 2 == 1 and text.find('"') >= len(text) // 2 and "”" not in text


def _quotation(sentences: list[Sentence], k: int) -> list[Sentence] | None:
    """The sentences of a quotation that opens in sentence ``k`` and closes later in its paragraph."""
    first = sentences[k]
    if not _opens_unclosed_quote(first.text):
        return None
    run = [first]
    for later in sentences[k + 1:]:
        if later.paragraph != first.paragraph or later.kind == "heading":
            return None
        run.append(later)
        if _closes_unopened_quote(later.text):
            return run
        if '"' in later.text or "“" in later.text:
            return None
    return None


def _quote_units(quote: list[Sentence], previous: Sentence | None, people: People,
                 clusters_of: dict[str, set[int]]) -> list[Candidate]:
    """A quotation of several sentences as one wording; cut to its first sentence when a later one points
    back (it would read as an orphan once the account is read sentence by sentence) or it runs long."""
    joined = " ".join(s.text for s in quote)
    clusters = frozenset(c for s in quote for c in clusters_of.get(s.id, set()))
    prior = previous.text if previous else None
    inner_points_back = any(points_back(s.text.lstrip("\"“ ")) for s in quote[1:])
    if not inner_points_back and len(joined.split()) <= MAX_QUOTE_WORDS:
        standing = stand_alone(joined, prior, people)
        if standing:
            return [Candidate(quote[0], standing, clusters, frozenset(content_terms(standing)), True,
                              tuple(s.id for s in quote), standing != joined)]
    first = quote[0].text
    mark = "”" if "“" in first else '"'
    said = _ATTRIBUTION.search(quote[-1].text)
    if said and not re.search(r"[:,]\s*[\"“]", first) and first.endswith("."):  # '"A. B," said X.' -> '"A," said X.'
        standing = stand_alone(f"{first[:-1]},{mark} {said.group('who')}", prior, people)
        if standing:
            return [Candidate(quote[0], standing, clusters, frozenset(content_terms(standing)), True,
                              (quote[0].id, quote[-1].id), True)]
    if re.search(r"[:,]\s*[\"“]", first) and len(first.split()) >= MIN_WORDS:  # 'He added: "We did not sell ...'
        closed = first + mark
        standing = stand_alone(closed, prior, people)
        if standing:
            return [Candidate(quote[0], standing, frozenset(clusters_of.get(quote[0].id, set())),
                              frozenset(content_terms(standing)), True, (quote[0].id,), True)]
    return []


def trim_cut_off(text: str) -> str | None:
    """A sentence the paste cut off, back to its last complete clause; None when too little is left.

    >>> trim_cut_off("Parliament meets in April, when it will elect the premier, whose term runs until the")
    'Parliament meets in April, when it will elect the premier.'
    >>> trim_cut_off("Harbour Freight Ltd, the region's largest haulier, cancelled routes in the north and s")
    "Harbour Freight Ltd, the region's largest haulier, cancelled routes in the north."
    >>> trim_cut_off("Harbour Freight Ltd, the region's largest haulier, cancelled most of its r") is None
    True
    """
    for cut in sorted((m.start() for m in _CLAUSE_END.finditer(text)), reverse=True):
        head = text[:cut].rstrip(" ,;–—")
        while (m := _APPOSITIVE_END.search(head)) and not any(verbish(w) for w in m.group(1).split()):
            head = head[:m.start()]  # "State Farm, the state's largest insurer": a name and what it is, no claim
        if len(head.split()) >= 6 and any(verbish(w) for w in head.split()[1:]):
            return head + "."
    return None


_CLAUSE_END = re.compile(r", |; | – | — | (?:and|but|or) ")
"""Where a complete clause may end: a comma, a dash, or a joining word ("... by the Palisades Fire and d")."""


_APPOSITIVE_END = re.compile(r",\s+((?:the|a|an|its|their|his|her)\s[^,;]*)$", re.I)
"""A noun phrase set beside the name before it, ending what is left of a cut-off sentence: it states nothing."""
