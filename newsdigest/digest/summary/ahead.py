"""What comes next: the dates a wording gives for something still ahead ("will walk out again next Thursday").

A strike called for next week, a hearing set for Tuesday, results due on the 26th: what happens
next is news a reader acts on, and outlets often say it once, in a sentence whose other words
repeat the story ("The union said drivers will walk out again next Thursday if there is no new
offer"). A date the verb nearest to it puts in the future (:func:`..text.tense.tense_at`) and that the
account does not give yet counts for a wording the way a new figure does.
"""

from __future__ import annotations

import datetime as dt

from ..text.dates import find_dates
from ..text.tense import FUTURE, tense_at


def coming(text: str, published: dt.date | None) -> frozenset[str]:
    """The dates ``text`` gives for something ahead, as the facts stage reads them ("2025-03-06")."""
    return frozenset(m.date for m in find_dates(text, published) if tense_at(text, m.start, m.end) == FUTURE)


def dated(text: str, published: dt.date | None) -> frozenset[str]:
    """Every date ``text`` gives, whichever way it points."""
    return frozenset(m.date for m in find_dates(text, published))
