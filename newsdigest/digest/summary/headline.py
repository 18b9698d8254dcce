"""The words around the account: its title, its standfirst, and the note on where sources disagree."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ...model import Citation, Discrepancy, Story
from ..ingest.lineshape import is_credit_line, shape_reason
from ..text.words import content_terms


def with_disagreements(sections: tuple[tuple[str, tuple[Citation, ...]], ...],
                       discrepancies: tuple[Discrepancy, ...], more: tuple[Citation, ...] = ()
                       ) -> tuple[tuple[str, tuple[Citation, ...]], ...]:
    """The sections with a last one naming each disagreement and the sources on each side.

    A note is the measure and its values with their sources, one line a measure: the section's
    heading already says that reports differ, and every word a note spends is one a claim cannot
    (summary.md stays under its share of the sources' words).

    ``more`` are notes the account made itself, on claims that sources state with different figures.
    """
    lines: list[tuple[str, str]] = []  # (what, its values and their sources)
    by_what: dict[str, list[Discrepancy]] = {}
    for d in discrepancies:
        by_what.setdefault(d.what, []).append(d)
    for what, same in by_what.items():  # one note per measure: two notes of one shape would read as one twice
        sides = []
        for d in same:
            readings: list[tuple[str, tuple[str, ...]]] = []  # (what is shown, its sources)
            for v, unit, s in d.values:
                shown = f"{_number(v)}{'' if unit == '%' else ' '}{unit}"
                if v in d.tops and readings and readings[-1][1] == s:  # one source's range: "250 to 275 billion USD"
                    readings[-1] = (readings[-1][0] + " to " + shown, s)
                else:
                    readings.append((f"{shown} by {dict(d.by)[v]}" if v in dict(d.by) else shown, s))
            parts = [f"{shown} [@{'; @'.join(s)}]" for shown, s in readings]
            when = f"on {_spoken_date(d.date)}, " if d.date and len(d.date) == 10 and len(same) > 1 else ""
            sides.append(when + " against ".join(parts))
        when = f" on {_spoken_date(same[0].date)}" if len(same) == 1 and same[0].date and len(same[0].date) == 10 \
            else ""
        lines.append((f"{what}{when}", "; ".join(sides)))
    notes = [Citation(f"{capital(head)}: {body}.", (), "") for head, body in _by_owner(lines)]
    return (*sections, ("Where sources disagree", (*notes, *more)))


def _by_owner(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Notes whose measures open on one name ("Norvalian National Bank votes", "Norvalian National Bank rise")
    as one note under the name: two lines of one shape would read as one claim twice."""
    owners = [(m.group(0), what[m.end():].strip()) if (m := _NAME.match(what)) else ("", what) for what, _ in lines]
    shared = {o for o, _ in owners if o and sum(other == o for other, _ in owners) > 1}
    out: list[tuple[str, str]] = []
    at: dict[str, int] = {}
    for (what, body), (owner, rest) in zip(lines, owners, strict=True):
        if owner not in shared or not rest:
            out.append((what, body))
        elif owner in at:
            out[at[owner]] = (owner, f"{out[at[owner]][1]}; {rest}, {body}")
        else:
            at[owner] = len(out)
            out.append((owner, f"{rest}, {body}"))
    return out


_NAME = re.compile(r"(?:[A-Z][\w&’'.-]*\s+)*[A-Z][\w&’'.-]*(?=\s+[a-z])")
"""The name a measure opens on ("Norvalian National Bank" of "Norvalian National Bank votes")."""


def capital(what: str) -> str:
    """What a note is about, as the line's first words: "gross margin" -> "Gross margin"."""
    what = re.sub(r"^(?:the|a|an)\s+", "", what.strip(), flags=re.I) or "Figure"
    return what[:1].upper() + what[1:]


def _spoken_date(date: str) -> str:
    """2025-02-24 as "24 February 2025", the way the prose around it reads."""
    day = dt.date.fromisoformat(date)
    return f"{day.day} {day:%B %Y}"


def _number(value: float) -> str:
    return f"{value:,g}" if abs(value) < 1e6 else f"{value / 1e9:g} billion" if abs(value) >= 1e9 \
        else f"{value / 1e6:g} million"


def derive_title(story: Story, lead: str | None) -> str:
    """The story's title: the manifest's; else an HTML page's own headline; else the headline that shares
    most with the other sources; else the lead claim.

    An HTML page says which line is its headline (``<h1>``, its metadata); a pasted text only
    suggests it by shape, so a line that reads as furniture (a caption, a byline, a section label)
    is never taken for one.
    """
    if story.title:
        return story.title
    titles = [(a.title, a.id) for a in story.articles if a.title and _headline(a.title)]
    from_pages = [t for t in titles if Path(next(a.file for a in story.articles if a.id == t[1])).suffix.lower()
                  in (".html", ".htm")]
    titles = from_pages or titles
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


def _headline(line: str) -> bool:
    """A line that can be a headline: at least three words, and no furniture by its shape."""
    return len(line.split()) >= 3 and shape_reason(line) is None and not is_credit_line(line)


def standfirst(story: Story, claims: int, discrepancies: tuple[Discrepancy, ...]) -> str:
    """A factual standfirst that never repeats a digest sentence: how many reports, claims, disputes."""
    n = len(story.articles)
    dek = f"{n} report{'s' if n != 1 else ''}, {claims} claims stated once"
    if discrepancies:
        dek += f", {len(discrepancies)} disputed"
    return dek + "."
