"""Dedupe: group the clauses that state the same claim, across sources and within one.

Similarity is the IDF-weighted Dice overlap of two clauses' content terms (stems, with news-verb
paraphrases folded together, numbers kept): a term every clause uses ("Alibaba") says little,
a shared figure or name says a lot. rapidfuzz computes it for all pairs at C speed: its Indel
similarity over sorted token sequences, each term repeated in proportion to its weight, is
exactly the weighted Dice. Past a few thousand clauses, datasketch's MinHash LSH proposes the
candidate pairs instead, so the work stays near-linear.

Clusters are formed by average linkage: two groups merge when their clauses are, on average,
similar enough, which stops the chaining that plain connected components would allow.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import Indel

from ..model import Clause, Cluster, Clustering, Story
from .text.clauses import claim_units
from .text.entities import lowercase_words, names_in
from .text.words import content_terms, find_acronyms

PAIR_CUTOFF = 0.2
"""Two clauses this similar may state the same claim."""
LINK_AVERAGE = 0.2
"""Two groups merge when the average similarity of their clauses reaches this."""
ROWWISE_UP_TO = 1000
"""Up to this many clauses, pairs are scored row by row; past it, as one matrix."""
LSH_ABOVE = 3000
"""Past this many clauses, candidate pairs come from MinHash LSH instead of all pairs."""
NEIGHBOURS = 20
"""Past LSH_ABOVE, each clause is compared with at most this many likely neighbours."""
WEIGHT_STEPS = 2.0
"""Resolution of term weights: a term with IDF w is repeated round(w * WEIGHT_STEPS) times."""


def cluster_claims(story: Story) -> Clustering:
    """Cluster every clause of every kept sentence (headings included: they support claims)."""
    clauses = [Clause(f"{s.id}.{k + 1}", s.id, s.source, text, piece)
               for a in story.articles for s in a.sentences
               for k, (piece, text) in enumerate(claim_units(s.text) if s.kind != "heading" else [(0, s.text)])]
    pairs = claim_pairs([c.text for c in clauses])
    groups = _average_linkage(len(clauses), pairs)
    clusters = []
    for number, members in enumerate(sorted(groups, key=min), start=1):
        chosen = [clauses[i] for i in sorted(members)]
        clusters.append(Cluster(number, tuple(c.id for c in chosen),
                                tuple(dict.fromkeys(c.sentence for c in chosen)),
                                tuple(sorted({c.source for c in chosen}))))
    by_sentence: dict[str, list[int]] = {}
    for cluster in clusters:
        for sentence in cluster.sentences:
            by_sentence.setdefault(sentence, []).append(cluster.id)
    return Clustering(tuple(clauses), tuple(clusters), {k: tuple(v) for k, v in by_sentence.items()})


def claim_pairs(texts: list[str]) -> dict[tuple[int, int], float]:
    """Pairs of texts that may state the same claim, with their similarity.

    Names say who, not what: two texts about the same actor state one claim only if what they
    say about it overlaps too ("the Social Democrats won 19.8%" is not "talks with the Social
    Democrats"), so pairs must also pass on their terms with the names taken out.
    """
    acronyms = find_acronyms(" ".join(texts))
    terms = [set(content_terms(t, acronyms)) for t in texts]
    lower = lowercase_words(texts)
    names = [{w for n in names_in(t) if " " in n or n.lower() not in lower for w in content_terms(n, acronyms)}
             for t in texts]
    pairs = similar_pairs(terms)
    predicates = similar_pairs([(t - n) or {"~nothing"} for t, n in zip(terms, names, strict=True)], among=pairs)
    return {pair: score for pair, score in pairs.items() if pair in predicates}


def term_weights(terms: list[set[str]]) -> dict[str, float]:
    """Inverse document frequency of each term over the clauses."""
    df = Counter(t for ts in terms for t in ts)
    n = len(terms)
    return {t: math.log((n + 1) / df[t]) for t in df}


def similar_pairs(terms: list[set[str]], use_lsh: bool | None = None,
                  among: Iterable[tuple[int, int]] | None = None) -> dict[tuple[int, int], float]:
    """Every pair (i < j) of term sets whose weighted Dice similarity reaches PAIR_CUTOFF.

    All pairs are scored up to LSH_ABOVE sets; past that (or with ``use_lsh=True``) only the
    candidate pairs MinHash LSH proposes are. ``among`` limits the scoring to the pairs given.
    """
    if len(terms) < 2:
        return {}
    seqs = _weighted_strings(terms)
    if among is None and not (use_lsh if use_lsh is not None else len(terms) > LSH_ABOVE):
        if len(terms) <= ROWWISE_UP_TO:  # row by row: no numpy needed, and faster for a story's few hundred
            pairs = {}
            for i in range(len(seqs) - 1):
                for _, score, j in process.extract(seqs[i], seqs[i + 1:], scorer=Indel.normalized_similarity,
                                                   score_cutoff=PAIR_CUTOFF, limit=None):
                    pairs[(i, i + 1 + j)] = score
            return pairs
        import numpy as np  # a matrix pays off past a thousand clauses

        matrix = process.cdist(seqs, seqs, scorer=Indel.normalized_similarity, score_cutoff=PAIR_CUTOFF,
                               dtype=np.float32, workers=1)
        rows, cols = np.nonzero(np.triu(matrix, k=1))
        return {(int(i), int(j)): float(matrix[i, j]) for i, j in zip(rows, cols, strict=True)}
    pairs = {}
    for i, j in _lsh_candidates(terms) if among is None else among:
        score = Indel.normalized_similarity(seqs[i], seqs[j], score_cutoff=PAIR_CUTOFF)
        if score:
            pairs[(i, j)] = score
    return pairs


def _weighted_strings(terms: list[set[str]]) -> list[str]:
    """Each set as a sorted string in which a term is one character repeated by its weight.

    The Indel similarity of two such strings is then the sets' IDF-weighted Dice coefficient,
    and strings are the input rapidfuzz compares fastest.
    """
    idf = term_weights(terms)
    repeated = {t: _char(k) * max(1, round(idf[t] * WEIGHT_STEPS)) for k, t in enumerate(sorted(idf))}
    return ["".join(repeated[t] for t in sorted(ts)) for ts in terms]


def _char(k: int) -> str:
    """The k-th term as one character, skipping the surrogate range that cannot stand alone."""
    code = 0x100 + k
    return chr(code + 0x800 if code >= 0xD800 else code)


def _lsh_candidates(terms: list[set[str]]) -> list[tuple[int, int]]:
    """Candidate pairs from a MinHash LSH forest: each clause's NEIGHBOURS most similar clauses.

    A top-k query bounds the work at k pairs a clause, however redundant the story: ten thousand
    near-identical one-line articles would otherwise make every pair a candidate.
    """
    from datasketch import MinHash, MinHashLSHForest  # imported late: it pulls in scipy

    forest = MinHashLSHForest(num_perm=64)
    hashes = MinHash.bulk([[t.encode("utf-8") for t in sorted(ts)] or [b""] for ts in terms], num_perm=64, seed=7)
    for k, mh in enumerate(hashes):
        forest.add(k, mh)
    forest.index()
    found = set()
    for k, mh in enumerate(hashes):
        for other in forest.query(mh, NEIGHBOURS):
            if other != k:
                found.add((min(k, other), max(k, other)))
    return sorted(found)


def _average_linkage(n: int, pairs: dict[tuple[int, int], float]) -> list[set[int]]:
    """Merge groups, most similar pair first, while the groups' mean pairwise similarity stays high.

    The summed similarity between every two linked groups is kept and merged along with the
    groups, so a merge costs the links of the smaller group, not all its member pairs.
    """
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    links: dict[int, dict[int, float]] = {}
    for (i, j), score in pairs.items():
        links.setdefault(i, {})[j] = score
        links.setdefault(j, {})[i] = score
    for (i, j), _score in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        a, b = group_of[i], group_of[j]
        if a == b or links[a].get(b, 0.0) / (len(members[a]) * len(members[b])) < LINK_AVERAGE:
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        for x in members[b]:
            group_of[x] = a
        members[a] += members.pop(b)
        merged = links.pop(b)
        own = links[a]
        own.pop(b, None)
        for c, total in merged.items():
            if c == a:
                continue
            own[c] = own.get(c, 0.0) + total
            links[c].pop(b, None)
            links[c][a] = own[c]
    return [set(m) for m in members.values()]


_PRONOUN_START = re.compile(r"^(?:it|its|they|their|this|these|those|that|he|she|his|her|which)\b", re.I)


def stands_alone(clause: str) -> bool:
    """A clause that reads as a sentence on its own: no leading pronoun pointing elsewhere."""
    return not _PRONOUN_START.match(clause.strip()) and len(clause.split()) >= 5
