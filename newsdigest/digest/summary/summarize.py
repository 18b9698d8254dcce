"""Summarize: state each claim once, in story order, citing every source that carries it.

The stage in three steps: choose one wording per claim (:mod:`.choice`), cut the account to its
word budget (:mod:`.budget`), and lay the claims out in sections with the short version
(:mod:`.account`) and the notes on where sources disagree (:mod:`.headline`). Every sentence left
out is recorded with the reason, for the sources page.
"""

from __future__ import annotations

from ...model import Citation, Clustering, Discrepancy, Removed, Sentence, Story, Summary, Update
from ..facts.quantities import median
from ..text.entities import rank_names
from .account import arrange
from .budget import budget_of, fill, prune, refill, written_words
from .candidates import Candidate, candidate_units
from .choice import MAX_CLAIMS, REPEATS, choose
from .covered import LATE_NOVELTY, state_once
from .disagree import claim_disagreements
from .echoes import echoes, quoted_terms
from .headline import derive_title, standfirst, with_disagreements
from .majority import prefer_majority
from .outdated import drop_outdated
from .outlook import holding_outlooks
from .superseded import drop_superseded
from .support import cite, normalise
from .tails import trim_tails

__all__ = ["MAX_CLAIMS", "summarize"]

REFILLS = 3
"""How many times claims cut for length may come back into room the cutting left (each time measured again)."""
HEADLINE = "the article's headline (its title on the sources page)"
SUBHEADING = "a subheading, not a claim"


def summarize(story: Story, clustering: Clustering, discrepancies: tuple[Discrepancy, ...] = (),
              updates: tuple[Update, ...] = ()) -> Summary:
    """Choose one wording per claim, sort the claims into sections, and pick the short version. An update
    series (``updates``) is no disagreement: its values are noted nowhere as one."""
    found = candidate_units(story, clustering)
    units = found.units
    support = {c.id: len(c.sources) for c in clustering.clusters}
    sentences = {s.id: s for a in story.articles for s in a.sentences}
    texts = {a.id: normalise(a.text) for a in story.articles}
    position = {c.id: median(sentences[s].position for s in c.sentences) for c in clustering.clusters}
    names = frozenset(n for n, sources in rank_names((s.source, s.text) for a in story.articles for s in a.sentences)
                      if sources >= 2 or " " in n)  # a lone capitalised word one source uses may open a sentence
    for d in discrepancies:  # sentences giving different values for one measure state one claim
        _join_clusters(units, clustering, d.sentences, support, position)
    members: dict[int, dict[str, list[Sentence]]] = {}
    for c in clustering.clusters:
        for sid in c.sentences:
            members.setdefault(c.id, {}).setdefault(sentences[sid].source, []).append(sentences[sid])
    cache: dict[int, Citation] = {}

    def cited(unit: Candidate) -> Citation:
        if id(unit) not in cache:
            cache[id(unit)] = cite(unit, members, sentences, texts)
        return cache[id(unit)]

    clauses: dict[str, list[Candidate]] = {}
    for unit in units:
        if not unit.whole:
            clauses.setdefault(unit.sentence.id, []).append(unit)
    budget, cap = budget_of(story)
    published = {a.id: a.published or story.published for a in story.articles}
    quotes = {a.id: said for a in story.articles if (said := [q for s in a.sentences for q in quoted_terms(s.text)])}
    leads = frozenset(next((s.id for s in a.sentences if s.kind != "heading"), "") for a in story.articles)
    choice = choose(units, support, position, names, len(story.articles), cited, published,
                    lambda unit: echoes(unit, quotes), leads)
    choice.chosen[:] = prefer_majority(choice.chosen, units, discrepancies)
    noted = frozenset(id(u) for pair in choice.conflicts for u in pair[:2])
    choice.chosen[:] = trim_tails(choice.chosen, choice.weight, noted)
    dates = {a.id: a.published for a in story.articles}
    drop_superseded(choice.chosen, dates, choice.reasons)
    drop_outdated(choice.chosen, updates, choice.reasons)
    holding_outlooks(choice.chosen, lambda: state_once(choice, cited, published=published))
    prune(choice, budget, support, position, names, len(story.articles), cited, clauses)
    fill(choice, budget)
    refills = REFILLS
    while True:  # the notes on disagreements count too: cut more claims if summary.md would pass the cap
        drop_superseded(choice.chosen, dates, choice.reasons)  # claims brought back may give an old toll
        drop_outdated(choice.chosen, updates, choice.reasons)
        holding_outlooks(choice.chosen, lambda: state_once(choice, cited, LATE_NOVELTY, published))  # ...or restate
        sections, brief = arrange(choice.chosen, position, support, {id(u): cited(u) for u in choice.chosen}, leads)
        notes = claim_disagreements(choice.conflicts, choice.chosen, discrepancies, cited, updates)
        if discrepancies or notes:
            sections = with_disagreements(sections, discrepancies, notes)
        title = derive_title(story, choice.chosen[0].text if choice.chosen else None)
        dek = standfirst(story, len(choice.chosen), discrepancies)
        excess = written_words(sections, title, dek, brief) - cap
        claim_words = sum(len(u.text.split()) for u in choice.chosen)
        if excess <= 0 or len(choice.chosen) <= 1:
            if excess >= 0 or not refills or not refill(choice, -excess, support, position):
                break
            refills -= 1  # cutting whole claims left room: bring back what fits, then measure again
            continue
        prune(choice, claim_words - excess, support, position, names, len(story.articles), cited,
              clauses)
    left_out = len(clustering.clusters) - len(choice.chosen) if len(choice.chosen) >= MAX_CLAIMS else 0
    return Summary(title=title, dek=dek, sections=sections, brief=brief,
                   left_out=left_out, omitted=_omitted(story, sections, {**found.reasons, **choice.reasons}))


def _join_clusters(units: list[Candidate], clustering: Clustering, sentence_ids: tuple[str, ...],
                   support: dict[int, int], position: dict[int, float]) -> None:
    """Treat the claims of these sentences as one: stating one of them states them all."""
    ids = {cid for sid in sentence_ids for cid in clustering.by_sentence.get(sid, ())}
    if len(ids) < 2:
        return
    target = min(ids)
    for k, unit in enumerate(units):
        if unit.clusters & ids:
            merged = frozenset((unit.clusters - ids) | {target})
            units[k] = Candidate(unit.sentence, unit.text, merged, unit.terms, unit.whole, unit.members,
                                 unit.rewritten)
    support[target] = max(support[c] for c in ids)
    position[target] = min(position[c] for c in ids)


def _omitted(story: Story, sections: tuple[tuple[str, tuple[Citation, ...]], ...], reasons: dict[str, str]
             ) -> tuple[tuple[str, Removed], ...]:
    """Every kept line of every article that no claim of the account has as a wording, with why.

    With the furniture each article's cleaning removed, this is the sources page's list of what
    is not in the digest: nothing disappears unlisted.
    """
    worded = {w.sentence for _, cs in sections for c in cs for w in c.wordings}
    out: list[tuple[str, Removed]] = []
    for article in story.articles:
        for sentence in article.sentences:
            if sentence.id in worded:
                continue
            if sentence.kind == "heading":
                reason = HEADLINE if sentence.text == article.title else SUBHEADING
            else:
                reason = reasons.get(sentence.id, REPEATS)
            out.append((article.id, Removed(sentence.text, reason, sentence.line)))
    return tuple(out)
