"""The day a figure's own clause gives it: not a day it counts from, one it is set against, or another figure's.

"38 have died since the heatwave began last Wednesday" holds no Wednesday; "2.3% lower than in October
last year" gives October to the comparison; "Turnout was 71.4%, down from 76.8% in 2022" gives 2022 to
the 76.8% alone. A when-clause after a day tells what happened then ("the deadliest since 2009, when 17
people were killed": 2009's toll), a clause opening "a day after" the main clause's day is a day
earlier, a day before a colon is the telling's, a day after ", and said" is what that clause says, and a
participle's tail has its own day ("fell 6% on Thursday, after dropping 41% on Wednesday").
"""

from __future__ import annotations

import datetime as dt
import re

from ..text.clauses import BASELINE_BEFORE, DAYS_AFTER, SET_AGAINST
from ..text.dates import DateMention
from .quantities import NUMBER_WORDS, Quantity


def figure_date(text: str, q: Quantity, clause: tuple[int, int], dates: list[DateMention],
                quantities: list[Quantity]) -> str | None:
    """The first day of ``q``'s clause that is its own (see the module doc), or the day a "day after" clause
    gives."""
    own = [d for d in dates if clause[0] <= d.start < clause[1] and not _since(text, d, q)
           and not _between(text, quantities, q, d.start) and not aside(text, d.start, q)
           and not _COLON.search(text, d.end, q.start) and not _AND_SAID.search(text, q.end, d.start)]
    tail = [m.end() for m in _ING_TAIL.finditer(text, clause[0], q.start)]
    own = ([d for d in own if d.start >= tail[-1]] or own) if tail else own
    return (own[0].date if own else None) or _days_off(text, clause[0], dates)


_COLON = re.compile(r":\s")
"""A colon between a day and the figure: what follows spells out what stands before ("figures the statistics
office published on Tuesday: consumer prices were 6.8% higher in February"), and the day is that of the telling."""
_AND_SAID = re.compile(r",\s+(?:and|but)\s+(?:said|says|added|told|warned|announced|will|would)\b", re.I)
"""A clause of its own after the figure ("announced a package of 1.5 billion kora ..., and said the first transfers
would reach farmers by the end of April"): its day is what that clause tells of, not the figure's."""
_SINCE = re.compile(r"\bsince\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w’'-]+\s+){0,3}$", re.I)
"""A day a figure counts from ("38 have died since the heatwave began last Wednesday") is no day it held."""


_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;()]*,")


def aside(text: str, at: int, q: Quantity) -> bool:
    """Whether ``at`` lies in a relative clause set off by commas that does not hold the figure: in "The trial,
    which began in 2024, involved 1,850 patients" 2024 is when the trial began, no period of the count."""
    return any(m.start() <= at < m.end() and not m.start() <= q.start < m.end() for m in _ASIDE.finditer(text))


def _since(text: str, d: DateMention, q: Quantity) -> bool:
    """Whether a date is one a figure counts from or is set against ("lower than in October last year").

    A when-clause after it tells what happened then, so a figure in it held on that date: in "the deadliest
    since 2009, when 17 people were killed" the 17 are 2009's."""
    if (when := _THEN_WHEN.match(text, d.end)) and q.start >= when.end():
        return False
    return d.text.lower().startswith("since") or bool(_SINCE.search(text, 0, d.start) or
                                                      SET_AGAINST.search(text, 0, d.start))


_THEN_WHEN = re.compile(r",\s+when\s")


_ING_TAIL = re.compile(r",\s+(?:after|before|while|since)\s+[a-z]+ing\b")
"""A participle's tail of the clause ("fell 6% on Thursday, after dropping 41% on Wednesday") has its own day."""


def _days_off(text: str, start: int, dates: list[DateMention]) -> str | None:
    """The day of a clause opening "a day after" (or "two weeks before") the main clause's stated day."""
    m = DAYS_AFTER.search(text, 0, start)
    day = next((d.date for d in reversed(dates) if d.end <= (m.start() if m else 0) and len(d.date) == 10), None)
    if m is None or day is None:
        return None
    count = int(m[1]) if m[1].isdigit() else NUMBER_WORDS.get(m[1].lower(), 1)  # "a day after": one
    days = count * (7 if m[2].lower().startswith("week") else 1)
    return (dt.date.fromisoformat(day) + dt.timedelta(days=-days if m[3].lower() == "after" else days)).isoformat()


def _between(text: str, quantities: list[Quantity], q: Quantity, at: int) -> bool:
    """Whether a baseline figure stands between ``q`` and a date at ``at``, or ``q`` is the baseline and the
    figure it changes to stands between: the date is that other figure's ("Turnout was 71.4%, down from
    76.8% in 2022": 2022 dates 76.8%; "revised from $200bn to $275bn on Monday": Monday dates $275bn). A
    list of figures ("3 dead, 12 injured and 8 missing on Monday") shares its date."""
    low, high = sorted((q.start, at))
    others = [o for o in quantities if low < o.start < high and o.start - q.end > 2]  # not its "(US$114m)"
    return any(BASELINE_BEFORE.search(text, 0, o.start) for o in others) or bool(
        others and BASELINE_BEFORE.search(text, 0, q.start))
