"""Summarize: state each claim once, in story order, citing every source that carries it.

Claims are the dedupe stage's clusters. For each claim, in order of how many sources carry it,
one wording is chosen: preferably a whole sentence whose other clauses state nothing already
said; failing that, the clause itself when it reads on its own. A wording that would mostly
repeat what is already in the account is skipped (its sources still count for the claim it
repeats). A claim only one source carries is kept when it brings something concrete: a figure,
a date or a name not yet mentioned.

Sections follow how explainers are read: what happened, how people reacted, the context. Within
a section, claims keep the order the articles tell them in (their median position).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace

from ..model import Citation, Clustering, Discrepancy, Sentence, Story, Summary, Wording
from .claimids import claim_id
from .clauses import RELATIVE_SUBJECT, as_sentence
from .dedupe import stands_alone
from .entities import names_in, rank_names
from .headline import derive_title, standfirst, with_disagreements
from .quantities import median
from .words import content_terms

SECTIONS = ("What happened", "Reactions", "Context")
BRIEF_WORDS = 200
BRIEF_MIN, BRIEF_MAX = 5, 8
MIN_NOVELTY = 0.5
"""A wording must bring at least this share of new terms to the account."""
RESIDUAL_NOVELTY = 0.6
"""A cluster member this new after its cluster's wording was chosen states another claim."""
RESIDUAL_OVERLAP = 0.25
"""...and shares less than this with the chosen wording (else it is a rewording of it)."""
OLD_PHRASE = 0.35
"""A phrase whose weighted share of new terms is below this restates something already said."""
MAX_CLAIMS = 300
"""The full account's limit: past it a digest is a catalogue; the most widely reported claims stay."""
NEAR_DUPLICATE = 0.5
RESTATED_NOVELTY = 0.7
"""Below this share of new terms, a wording whose actor, actions and figures are all stated restates."""
"""Two digest sentences sharing this share of their content words say the same thing."""

_OPENER = re.compile(r"^(?:it|its|this|these|those|that|they|he|she|however|still|yet|but|and|meanwhile|"
                          r"nevertheless|moreover|additionally|also|such|despite\s+these|notably)\b", re.I)
_REACTION = re.compile(r"\b(?:investors?|analysts?|critics?|experts?|observers?|residents|opposition|"
                            r"shares?|stocks?|praised|criticis\w*|criticiz\w*|welcomed|warned|applauded|condemned|"
                            r"questioned|questioning|responded|reacted|reaction|cheered|slid|sliding|erased)\b", re.I)
_CONTEXT = re.compile(r"\b(?:since|previously|history|historically|in the past|years ago|last year|"
                           r"pre-\w+|peak|record|compared|lags?|behind|rivals?|competitors?|peers?)\b", re.I)
_SPECULATIVE = re.compile(r"\b(?:could|might|may|would|likely|potentially|possibly|perhaps|if)\b", re.I)
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|according\s+to|warned|argued|predicted|estimated|expects?|"
                              r"believes?|noted|added|claimed|insisted|wrote)\b", re.I)
_FRONTED = re.compile(r"^(Since|After|When|Before|Once|As soon as)\s+([^,]{12,}),\s+(.{12,})$")
_VERB = re.compile(r"\b(?:\w+ed|took|began|came|went|made|won|lost|rose|fell|became|was|were|had|did|said|"
                        r"grew|led|left|met|paid|sold|bought|took|gave|got|ran|saw|set|cut|hit|put|struck)\b", re.I)
_FLUFF = re.compile(r"[?!]\s*$|:\s*$|\byou\b|\byour\b|\bhere[’']s\b", re.I)


@dataclass(frozen=True)
class _Unit:
    """A candidate wording: a whole sentence, or one clause of it that reads on its own."""

    sentence: Sentence
    text: str
    clusters: frozenset[int]
    terms: frozenset[str]
    whole: bool


def summarize(story: Story, clustering: Clustering, discrepancies: tuple[Discrepancy, ...] = ()) -> Summary:
    """Choose one wording per claim, sort the claims into sections, and pick the short version."""
    units = _candidate_units(story, clustering)
    support = {c.id: len(c.sources) for c in clustering.clusters}
    sources = {c.id: c.sources for c in clustering.clusters}
    position = {c.id: median(story.sentence(s).position for s in c.sentences)
                for c in clustering.clusters}
    names = frozenset(n for n, _ in rank_names((s.source, s.text) for a in story.articles for s in a.sentences))
    for d in discrepancies:  # sentences giving different values for one measure state one claim
        _join_clusters(units, clustering, d.sentences, support, position)
    chosen = _choose(units, clustering, support, position, names, len(story.articles))
    members = {c.id: c.sentences for c in clustering.clusters}
    citations = {id(u): _cite(u, sources, members, story) for u in chosen}
    sections = _sections(chosen, position, citations)
    sections = _with_ids(sections)
    with_id = {(c.sentence, c.text): c for _, cs in sections for c in cs}
    citations = {k: with_id[c.sentence, c.text] for k, c in citations.items()}
    if discrepancies:
        sections = with_disagreements(sections, discrepancies)
    brief = _brief(chosen, support, position, citations)
    left_out = len(clustering.clusters) - len(chosen) if len(chosen) >= MAX_CLAIMS else 0
    return Summary(title=derive_title(story, chosen[0].text if chosen else None),
                   dek=standfirst(story, len(chosen), discrepancies),
                  sections=sections, brief=brief, left_out=left_out)


def _candidate_units(story: Story, clustering: Clustering) -> list[_Unit]:
    cluster_of = {clause_id: c.id for c in clustering.clusters for clause_id in c.clauses}
    pieces_of: dict[str, dict[int, set[int]]] = {}
    clusters_of_clause: dict[str, list[tuple[int, str, int]]] = {}
    for clause in clustering.clauses:
        pieces_of.setdefault(clause.sentence, {}).setdefault(clause.piece, set()).add(cluster_of[clause.id])
        clusters_of_clause.setdefault(clause.sentence, []).append((clause.piece, clause.text, cluster_of[clause.id]))
    units = []
    for article in story.articles:
        for sentence in article.sentences:
            if sentence.kind == "heading" or _FLUFF.search(sentence.text) or len(sentence.text.split()) < 6:
                continue
            clusters = pieces_of.get(sentence.id, {})
            text = trim_cut_off(sentence.text) if sentence.truncated else sentence.text
            if text is None:
                continue
            units.append(_Unit(sentence, text, frozenset(c for ids in clusters.values() for c in ids),
                               frozenset(content_terms(text)), True))
            if sentence.truncated:
                continue
            units += _part_units(sentence, clusters_of_clause.get(sentence.id, []))
    return units


def _part_units(sentence: Sentence, claims: list[tuple[int, str, int]]) -> list[_Unit]:
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
        if relative and not RELATIVE_SUBJECT.match(text):
            continue
        wording = as_sentence(text)
        if wording.rstrip(".") == sentence.text.rstrip(".") or not stands_alone(text):
            continue
        out.append(_Unit(sentence, wording, frozenset({cid}), frozenset(content_terms(wording)), False))
    return out


def _join_clusters(units: list[_Unit], clustering: Clustering, sentence_ids: tuple[str, ...],
                   support: dict[int, int], position: dict[int, float]) -> None:
    """Treat the claims of these sentences as one: stating one of them states them all."""
    ids = {cid for sid in sentence_ids for cid in clustering.by_sentence.get(sid, ())}
    if len(ids) < 2:
        return
    target = min(ids)
    for k, unit in enumerate(units):
        if unit.clusters & ids:
            merged = frozenset((unit.clusters - ids) | {target})
            units[k] = _Unit(unit.sentence, unit.text, merged, unit.terms, unit.whole)
    support[target] = max(support[c] for c in ids)
    position[target] = min(position[c] for c in ids)


def trim_cut_off(text: str) -> str | None:
    """A sentence the paste cut off, back to its last complete clause; None when too little is left.

    >>> trim_cut_off("Parliament meets in April, when it will elect the premier, whose term runs until the")
    'Parliament meets in April, when it will elect the premier.'
    """
    cut = max(text.rfind(", "), text.rfind("; "), text.rfind(" – "), text.rfind(" — "))
    head = text[:cut].rstrip(" ,;–—") if cut > 0 else ""
    return head + "." if len(head.split()) >= 6 else None


def _choose(units: list[_Unit], clustering: Clustering, support: dict[int, int],
            position: dict[int, float], names: frozenset[str], sources: int) -> list[_Unit]:
    """Greedy cover: the most widely reported claims first, each in its least repetitive wording.

    A cluster is not trusted to hold one claim only: once a wording is chosen, the cluster's
    other sentences that are still mostly new form a residual claim that gets its own turn
    (with its own support), so a name two claims share cannot make one of them vanish.
    """
    majority = sources // 2 + 1 if sources > 2 else 2
    by_cluster: dict[int, list[_Unit]] = {}
    for unit in units:
        for cid in unit.clusters:
            by_cluster.setdefault(cid, []).append(unit)
    weight = _term_weights(units)
    name_terms = frozenset(t for n in names for t in content_terms(n))
    covered: set[int] = set()
    said: set[str] = set()
    chosen: list[_Unit] = []
    queue = sorted(by_cluster, key=lambda c: (-support[c], position[c], c))
    next_id = max(by_cluster, default=0) + 1
    while queue and len(chosen) < MAX_CLAIMS:
        cid = queue.pop(0)
        if cid in covered:
            continue
        options = [u for u in by_cluster[cid] if not (u.clusters & covered) or u.whole]
        options.sort(key=lambda u: -_merit(u, covered, said, weight, support))
        kept = next((k for k in (_judge(u, said, weight, support[cid], names, majority) for u in options)
                     if k is not None and not _restates(k, chosen, said, weight, name_terms)), None)
        covered.add(cid)
        if kept is None:
            continue
        chosen.append(kept)
        covered |= kept.clusters
        said |= kept.terms
        for touched in sorted(kept.clusters | {cid}):
            rest = [u for u in by_cluster.get(touched, []) if u.whole and u.sentence.id != kept.sentence.id
                    and _novelty(u.terms, said, weight) >= RESIDUAL_NOVELTY
                    and _overlap(u.terms, kept.terms, weight) < RESIDUAL_OVERLAP]
            if rest:
                by_cluster[next_id] = rest
                support[next_id] = len({u.sentence.source for u in rest})
                position[next_id] = min(u.sentence.position for u in rest)
                queue.append(next_id)
                queue.sort(key=lambda c: (-support[c], position[c], c))
                next_id += 1
    return chosen


def _judge(unit: _Unit, said: set[str], weight: dict[str, float], support: int, names: frozenset[str],
           majority: int) -> _Unit | None:
    """Keep a wording that says something new; drop one that restates without adding anything concrete.

    Novelty is judged phrase by phrase as well as overall, because a restated claim wrapped in
    new filler ("The move comes at a pivotal time for Alibaba, which ... is now refocusing")
    scores well on the share of new words alone. When the only news sits in a fronted clause
    ("Since X took over in 2023, <restated claim>"), that clause is kept on its own.
    """
    if _novelty(unit.terms, said, weight) < MIN_NOVELTY:
        return None
    concrete = _concrete(unit, said, names)
    if support < majority and not concrete:
        return None  # a minority claim earns its place with a figure, a year or a name
    if support < 2 and _SPECULATIVE.search(unit.text) and not _ATTRIBUTED.search(unit.text):
        return None  # one outlet's own speculation is not a reported claim (a quoted view is)
    old = [p for p in _phrases(unit.text) if _substantive(p, weight) and
           _novelty(frozenset(content_terms(p)), said, weight) < OLD_PHRASE]
    if not old:
        return unit
    if not concrete:
        return None
    return _fronted_news(unit, said, weight) or unit


def _phrases(text: str) -> list[str]:
    """A sentence cut at commas, dashes, colons and semicolons; very short pieces stay with the previous."""
    pieces: list[str] = []
    for piece in re.split(r"\s*[,;:]\s+|\s*[–—]\s*", text):
        if pieces and len(piece.split()) < 3:
            pieces[-1] += " " + piece
        elif piece.strip():
            pieces.append(piece)
    return pieces


def _substantive(phrase: str, weight: dict[str, float]) -> bool:
    return sum(1 for t in content_terms(phrase) if weight.get(t, 0.0) > 0.5) >= 3


def _fronted_news(unit: _Unit, said: set[str], weight: dict[str, float]) -> _Unit | None:
    """``Since X, Y`` where Y is already said and X is a clause of its own: keep X as the sentence."""
    match = _FRONTED.match(unit.text)
    if not match:
        return None
    head, rest = match.group(2), match.group(3)
    if _novelty(frozenset(content_terms(rest)), said, weight) >= OLD_PHRASE or not _VERB.search(head):
        return None
    text = as_sentence(head)
    return _Unit(unit.sentence, text, unit.clusters, frozenset(content_terms(text)), False)


def _term_weights(units: list[_Unit]) -> dict[str, float]:
    """How much a term says: rare terms more than common ones, figures and names double."""
    sentences = [u for u in units if u.whole]
    df = Counter(t for u in sentences for t in u.terms)
    n = max(1, len(sentences))
    names = {t for u in sentences for name in names_in(u.text) for t in content_terms(name)}
    return {t: math.log((n + 1) / df[t]) * (2.0 if t[0].isdigit() or t in names else 1.0) for t in df}


def _overlap(a: frozenset[str], b: frozenset[str], weight: dict[str, float]) -> float:
    """Weighted Dice overlap of two wordings' terms.

    Sums over sets use :func:`math.fsum`, exact whatever the order: a set's order changes from
    run to run, and a plain sum's last bit with it, which once decided a tie between two outlets'
    equally good wordings differently from one build to the next.
    """
    total = math.fsum(weight.get(t, 0.0) for t in a) + math.fsum(weight.get(t, 0.0) for t in b)
    return 2 * math.fsum(weight.get(t, 0.0) for t in a & b) / total if total else 0.0


def _novelty(terms: frozenset[str], said: set[str], weight: dict[str, float]) -> float:
    """The weighted share of a wording's terms the account has not stated yet (exact sums: see _overlap)."""
    total = math.fsum(weight.get(t, 0.0) for t in terms)
    return math.fsum(weight.get(t, 0.0) for t in terms if t not in said) / total if total else 0.0


def _merit(unit: _Unit, covered: set[int], said: set[str], weight: dict[str, float],
           support: dict[int, int]) -> float:
    """Prefer wordings that add claims, repeat none, read well on their own and are not cut off.

    A sentence glued back from a broken paragraph may have lost words at the break: another
    outlet's intact wording of the same claim is preferred when there is one.
    """
    new = unit.clusters - covered
    repeated = unit.clusters & covered
    words = len(unit.text.split())
    novelty = _novelty(unit.terms, said, weight)
    score = 2.0 * sum(min(support[c], 3) for c in new) / 3 - 3.0 * len(repeated) + novelty
    score -= abs(words - 24) / 24
    score -= 1.0 if _OPENER.match(unit.text) else 0.0
    score -= 3.0 if unit.sentence.truncated else 0.0
    score -= 1.0 if unit.sentence.rejoined else 0.0
    score -= 0.3 if not unit.whole else 0.0
    return score


def _concrete(unit: _Unit, said: set[str], names: frozenset[str]) -> bool:
    """Whether a wording brings a figure, a year or a known name that the account has not stated yet."""
    if any(t[0].isdigit() and t not in said for t in unit.terms):
        return True
    for name in names_in(unit.text):
        terms = content_terms(name)
        if name in names and terms and not all(t in said for t in terms):
            return True
    return False


def _near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    return len(a) >= 4 and len(b) >= 4 and len(a & b) / len(a | b) >= NEAR_DUPLICATE


def _restates(unit: _Unit, chosen: list[_Unit], said: set[str], weight: dict[str, float],
              name_terms: frozenset[str]) -> bool:
    """Whether a wording says again what one chosen sentence says: near-duplicate words, or the same
    actor with the same actions and figures ("Albrecht admitted defeat" after "Albrecht conceded")."""
    if any(_near_duplicate(unit.terms, other.terms) for other in chosen):
        return True
    keys = {t for t in unit.terms if t.startswith("~") or t[0].isdigit()}
    if not keys or _novelty(unit.terms, said, weight) >= RESTATED_NOVELTY:
        return False
    actors = unit.terms & name_terms
    return any(actors & other.terms and keys <= other.terms for other in chosen)


def _cite(unit: _Unit, sources: dict[int, tuple[str, ...]], members: dict[int, tuple[str, ...]],
          story: Story) -> Citation:
    carried = {s for cid in unit.clusters for s in sources[cid]} | {unit.sentence.source}
    wordings = {unit.sentence.source: unit.sentence}
    for sid in sorted({sid for cid in unit.clusters for sid in members.get(cid, ())}):
        sentence = story.sentence(sid)
        if sentence.source in carried and sentence.source not in wordings:
            wordings[sentence.source] = sentence
    return Citation(unit.text, tuple(sorted(carried)), unit.sentence.id,
                    wordings=tuple(Wording(s.source, s.text, s.line) for _, s in sorted(wordings.items())))


def _with_ids(sections: tuple[tuple[str, tuple[Citation, ...]], ...]) -> tuple[tuple[str, tuple[Citation, ...]], ...]:
    """Each claim's stable id, made from its text, unique in account order."""
    taken: set[str] = set()
    return tuple((name, tuple(replace(c, id=claim_id(c.text, taken)) for c in cs)) for name, cs in sections)


def _section_of(unit: _Unit, rank: int, pos: float) -> str:
    if rank < 3 or (pos <= 0.2 and not _REACTION.search(unit.text)):
        return SECTIONS[0]
    if _REACTION.search(unit.text):
        return SECTIONS[1]
    if _CONTEXT.search(unit.text) or re.search(r"\b(?:19|20)\d\d\b", unit.text):
        return SECTIONS[2]
    return SECTIONS[0] if pos <= 0.4 else SECTIONS[2]


def _sections(chosen: list[_Unit], position: dict[int, float], citations: dict[int, Citation]
              ) -> tuple[tuple[str, tuple[Citation, ...]], ...]:
    placed: dict[str, list[tuple[float, str, _Unit]]] = {name: [] for name in SECTIONS}
    for rank, unit in enumerate(chosen):
        pos = min(position[c] for c in unit.clusters)
        placed[_section_of(unit, rank, pos)].append((pos, unit.sentence.id, unit))
    return tuple((name, tuple(citations[id(u)] for _, _, u in sorted(items, key=lambda t: (t[0], t[1]))))
                 for name, items in placed.items() if items)


def _brief(chosen: list[_Unit], support: dict[int, int], position: dict[int, float],
           citations: dict[int, Citation]) -> tuple[Citation, ...]:
    """The five to eight claims most sources agree on, under BRIEF_WORDS words, in story order."""
    ranked = sorted(chosen, key=lambda u: (-max(support[c] for c in u.clusters), min(position[c] for c in u.clusters)))
    picked: list[_Unit] = []
    words = 0
    for unit in ranked:
        n = len(unit.text.split())
        if len(picked) >= BRIEF_MAX or (words + n > BRIEF_WORDS and len(picked) >= BRIEF_MIN):
            break
        if words + n > BRIEF_WORDS:
            continue
        picked.append(unit)
        words += n
    picked.sort(key=lambda u: min(position[c] for c in u.clusters))
    return tuple(citations[id(u)] for u in picked)
