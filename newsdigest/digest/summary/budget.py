"""The word budget: how long the account may be, and which claims go when it is too long.

The account is a digest, not a copy: it stops at a share of its sources' words (``BUDGET_SHARE``),
and summary.md in all, notes and front matter included, under ``CAP_SHARE``. The claims that say
least for their length are cut first; with room left, the details one source gives come back.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ...model import Citation, Story
from ..text.entities import names_in
from .candidates import Candidate
from .choice import MIN_NOVELTY, RECORD, Choice, novelty, restated
from .outlook import outlooks, same_subject
from .shorter import shorter
from .support import figures

BUDGET_SHARE = 0.33
"""The account is at most this share of its sources' words: a digest, not a copy."""
MIN_BUDGET, SMALL_SHARE = 250, 0.6
"""...but a story of a few short reports keeps up to MIN_BUDGET words (at most SMALL_SHARE of its own): its
claims are few, and each is worth stating. (A pure ratio was tried: at 0.35 the project's three small
fixture stories lose key facts, 0.79 and 0.80 of them for two; see docs/summary.md.)"""
OVERHEAD = 45
"""Words of summary.md besides the claims (front matter, headings, notes): the budget leaves room for them."""
CAP_SHARE = 0.345
"""summary.md in all, notes and front matter included, stays under this share of the sources' words."""
FRONT_MATTER = 16
"""Words of summary.md's front matter besides the title, the standfirst and the brief's numbers."""
_CITATIONS = re.compile(r"\[@[^\]]*\]")

LEAD = 0.2
"""Claims from the first fifth of their articles are the news; the rest is detail and background."""
FIGURE_VALUE, NAME_VALUE, LEAD_VALUE, RECORD_VALUE = 0.6, 0.4, 0.5, 0.5
"""What a figure of its own, a name of its own, being news from a lead and a record ("the first fatal
crash", "the deadliest since 1996") are worth to a claim, in units of "every source carries it"."""

VAGUE = 0.5
"""What a claim that gives no figure and names no one is worth beside one that does ("The human toll continued
to rise"): short, so cheap, but it tells the reader nothing they could check."""

NEARLY_AS_WEAK = 1.25
"""A claim worth at most this many times the weakest's value per word may go in its place when it covers the
last words of excess in fewer words (:func:`_fitting`)."""

SLACK = 1
"""Words a claim brought back adds besides its own (its number in the brief); a new heading is measured after."""

LENGTH = "left out of the account: past its length, for a claim fewer sources carry"


def budget_of(story: Story) -> tuple[int, int]:
    """How many words the claims may have, and summary.md in all.

    BUDGET_SHARE of everything the articles' files hold (the furniture too: the reader's measure
    is the pages they were spared), less what summary.md needs besides the claims; summary.md
    itself stays under CAP_SHARE. A story of a few short reports keeps up to MIN_BUDGET words.
    """
    read = sum(a.words + sum(len(r.text.split()) for r in a.removed)
               + sum(len(s.text.split()) for s in a.sentences if s.kind == "heading") for a in story.articles)
    story_words = sum(a.words for a in story.articles)
    shared = round(BUDGET_SHARE * read) - OVERHEAD
    small = min(MIN_BUDGET, round(SMALL_SHARE * story_words))
    return (shared, round(CAP_SHARE * read)) if shared >= small else (small, 10 ** 9)


def written_words(sections: tuple[tuple[str, tuple[Citation, ...]], ...], title: str, dek: str,
                   brief: tuple[Citation, ...]) -> int:
    """The words summary.md will hold, citations aside: front matter, headings, claims and notes."""
    prose = sum(len(_CITATIONS.sub(" ", c.text).split()) for _, cs in sections for c in cs)
    headings = sum(len(name.split()) + 1 for name, _ in sections)
    return FRONT_MATTER + len(title.split()) + len(dek.split()) + len(brief) + headings + prose


def prune(choice: Choice, budget: int, support: dict[int, int], position: dict[int, float],
           names: frozenset[str], sources: int, cited: Callable[[Candidate], Citation],
           clauses: dict[str, list[Candidate]] | None = None) -> None:
    """Cut the account to ``budget`` words, dropping first the claims that say least for their length.

    What a claim says: how many of the sources carry it, the figures and names no other claim
    of the account gives, and whether it is news from the articles' leads; a claim with no figure
    and no name at all is worth VAGUE of that. A long sentence that
    few sources carry and that names nothing new goes before a short one with a figure of its own.

    A claim about to go is first cut back to a clause of its sentence (``clauses``, by sentence id)
    that reads on its own and keeps a figure or a name only it gives: "Shares rose 4% to close at
    $131.28, although the stock fell 10% over the month" keeps its close in 14 words, and the words
    its tail spent go to another claim. A wording a note on a disagreement quotes stays whole.
    """
    noted = frozenset(id(u) for pair in choice.conflicts for u in pair[:2])
    chosen = choice.chosen
    figures_of = {id(u): {f.text for f in figures(u.text)} for u in chosen}
    names_of = {id(u): {n for n in names_in(u.text) if n in names} for u in chosen}
    looks_of = {id(u): outlooks(u.text) for u in chosen}
    figure_count = Counter(f for u in chosen for f in figures_of[id(u)])
    name_count = Counter(n for u in chosen for n in names_of[id(u)])
    words = sum(len(u.text.split()) for u in chosen)

    def value(unit: Candidate) -> float:
        own_figures = sum(1 for f in figures_of[id(unit)] if figure_count[f] == 1)
        own_names = sum(1 for n in names_of[id(unit)] if name_count[n] == 1)
        share = max(support[c] for c in unit.clusters) / max(1, sources)
        lead = min(position[c] for c in unit.clusters) <= LEAD
        look = own_outlook(unit)
        vague = 1.0 if figures_of[id(unit)] or names_of[id(unit)] or look else VAGUE
        return vague * (2.0 * share + FIGURE_VALUE * (own_figures + look) + NAME_VALUE * own_names
                        + (LEAD_VALUE if lead else 0.0) + (RECORD_VALUE if RECORD.search(unit.text) else 0.0)
                        ) / len(unit.text.split())

    def own_outlook(unit: Candidate) -> bool:
        return bool(looks_of[id(unit)]) and not any(same_subject(looks_of[id(unit)], looks_of[id(u)])
                                                    for u in chosen if u is not unit)

    def own(unit: Candidate) -> set[str]:
        return {f for f in figures_of[id(unit)] if figure_count[f] == 1} | \
            {n for n in names_of[id(unit)] if name_count[n] == 1}

    while words > budget and len(chosen) > 1:
        weakest = min(chosen[1:], key=lambda u: (value(u), u.sentence.id, u.text))  # the lead claim stays
        short = None if id(weakest) in noted else \
            shorter(weakest, (clauses or {}).get(weakest.sentence.id, ()), own(weakest), names, support)
        if short is not None and own_outlook(weakest) and not outlooks(short.text):
            short = None  # the clause that would stay says nothing of what is still moving
        if short is None:
            weakest = _fitting(weakest, chosen, words - budget, value,
                               noted | {id(u) for u in chosen if own(u) or own_outlook(u)})
        if short is not None:
            chosen[chosen.index(weakest)] = short
            figures_of[id(short)] = {f.text for f in figures(short.text)}
            looks_of[id(short)] = outlooks(short.text)
            names_of[id(short)] = {n for n in names_in(short.text) if n in names}
            figure_count.subtract(figures_of[id(weakest)])
            name_count.subtract(names_of[id(weakest)])
            figure_count.update(figures_of[id(short)])
            name_count.update(names_of[id(short)])
            words -= len(weakest.text.split()) - len(short.text.split())
            continue
        chosen.remove(weakest)
        choice.cut.append(weakest)
        figure_count.subtract(figures_of[id(weakest)])
        name_count.subtract(names_of[id(weakest)])
        words -= len(weakest.text.split())
        for sid in [*weakest.members, *(w.sentence for w in cited(weakest).wordings)]:
            choice.reasons[sid] = LENGTH


def _fitting(weakest: Candidate, chosen: list[Candidate], excess: int, value: Callable[[Candidate], float],
             keep: set[int] | frozenset[int]) -> Candidate:
    """The claim to cut whole for the last ``excess`` words: ``weakest``, or one nearly as weak that covers the
    excess in fewer words and gives no figure or name only it gives (``keep``: the ids of those that do, and of
    those a note quotes).

    Cutting a 30-word claim with a name only it gives to save 9 words spends 21 words of room on nothing
    (filled, at best, with a detail no one else reports), when a 16-word claim worth about as little per
    word, that names no one the account would lose, covers the 9.
    """
    size = len(weakest.text.split())
    if size <= excess:
        return weakest
    bar = NEARLY_AS_WEAK * value(weakest)
    near = [u for u in chosen[1:] if u is not weakest and id(u) not in keep and value(u) <= bar
            and excess <= len(u.text.split()) < size]
    return min(near, key=lambda u: (len(u.text.split()), value(u), u.sentence.id, u.text), default=weakest)


def refill(choice: Choice, room: int, support: dict[int, int], position: dict[int, float]) -> bool:
    """Bring back claims cut for length while they fit in ``room`` words, those the most sources carry first
    (then the earliest in the articles); whether any came back.

    Cutting goes claim by claim, so the last cut may leave more room than the excess it removed
    (a 24-word claim dropped to save 3 words): a claim all sources carry should not stay out for it.
    """
    back = False
    for unit in sorted(choice.cut, key=lambda u: (-max(support[c] for c in u.clusters),
                                                  min(position[c] for c in u.clusters), u.sentence.id)):
        size = len(unit.text.split()) + SLACK
        if size > room or any(unit.sentence.id == u.sentence.id for u in choice.chosen):
            continue
        choice.cut.remove(unit)
        choice.chosen.append(unit)
        for sid in unit.members:
            choice.reasons.pop(sid, None)
        room -= size
        back = True
    return back


def fill(choice: Choice, budget: int) -> None:
    """With room left, state the claims one source gives without a figure or name of its own, in story
    order, when they say something the account does not (a short story's few details all count)."""
    words = sum(len(u.text.split()) for u in choice.chosen)
    said = {t for u in choice.chosen for t in u.terms}
    stated = [f for u in choice.chosen for f in figures(u.text)]
    taken = {sid for u in choice.chosen for sid in u.members}
    for unit in sorted(choice.minor, key=lambda u: u.sentence.position):
        size = len(unit.text.split())
        if words + size > budget or set(unit.members) & taken \
                or novelty(unit.terms, said, choice.weight) < MIN_NOVELTY \
                or restated(unit, choice, said, choice.name_terms, stated):
            continue
        choice.chosen.append(unit)
        for sid in unit.members:
            choice.reasons.pop(sid, None)
        words += size
        said |= unit.terms
        stated += figures(unit.text)
        taken |= set(unit.members)
