"""The words around the account: its title, its standfirst, and the note on where sources disagree."""

from __future__ import annotations

import datetime as dt

from ..model import Citation, Discrepancy, Story
from .words import content_terms


def with_disagreements(sections: tuple[tuple[str, tuple[Citation, ...]], ...],
                       discrepancies: tuple[Discrepancy, ...], more: tuple[Citation, ...] = ()
                       ) -> tuple[tuple[str, tuple[Citation, ...]], ...]:
    """The sections with a last one naming each disagreement and the sources on each side.

    ``more`` are notes the account made itself, on claims that sources state with different figures.
    """
    notes = []
    for d in discrepancies:
        parts = [f"{_number(v)}{'' if unit == '%' else ' '}{unit} [@{'; @'.join(s)}]" for v, unit, s in d.values]
        when = f" on {_spoken_date(d.date)}" if d.date and len(d.date) == 10 else ""
        notes.append(Citation(f"Reports differ on the {d.what}{when}: " + " against ".join(parts) + ".", (), ""))
    return (*sections, ("Where sources disagree", (*notes, *more)))


def _spoken_date(date: str) -> str:
    """2025-02-24 as "24 February 2025", the way the prose around it reads."""
    day = dt.date.fromisoformat(date)
    return f"{day.day} {day:%B %Y}"


def _number(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e6 else f"{value / 1e9:g} billion" if abs(value) >= 1e9 \
        else f"{value / 1e6:g} million"


def derive_title(story: Story, lead: str | None) -> str:
    """The manifest's title; else the headline that shares most with the other sources; else the lead claim."""
    if story.title:
        return story.title
    titles = [(a.title, a.id) for a in story.articles if a.title]
    if titles:
        others = [set(content_terms(" ".join(s.text for s in a.sentences))) for a in story.articles]

        def shared(item: tuple[str, str]) -> int:
            terms = set(content_terms(item[0]))
            return sum(len(terms & o) for a, o in zip(story.articles, others, strict=False) if a.id != item[1])

        return max(titles, key=lambda t: (shared(t), -len(t[0]), t[0]))[0]
    if lead:
        words = lead.rstrip(".").split()
        return " ".join(words[:14]) + ("…" if len(words) > 14 else "")
    return story.slug.replace("-", " ").title()


def standfirst(story: Story, claims: int, discrepancies: tuple[Discrepancy, ...]) -> str:
    """A factual standfirst that never repeats a digest sentence: how many reports, claims, disputes."""
    n = len(story.articles)
    dek = f"{n} report{'s' if n != 1 else ''}, {claims} claims stated once"
    if discrepancies:
        dek += f", {len(discrepancies)} disputed"
    return dek + "."
