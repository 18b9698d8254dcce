"""What comes next is news: a wording that repeats the story's words but dates something ahead is stated."""

import datetime as dt

from newsdigest.digest.summary.candidates import Candidate
from newsdigest.digest.summary.choice import choose
from newsdigest.digest.text.words import content_terms
from newsdigest.model import Citation, Sentence

PUBLISHED = dt.date(2025, 3, 3)  # a Monday
LEAD = "A leak in the glass roof of the Halden Art Museum damaged two paintings on Monday."
CLOSED = "Director Ines Varga said the north gallery was closed to visitors while conservators dried the canvases."


def _chosen(later: str) -> list[str]:
    texts = [LEAD, CLOSED, later]
    units = [Candidate(Sentence(f"s-{k}:0", f"s-{k}", t, 0.1 * (k + 1), 0, k), t, frozenset({k}),
                       frozenset(content_terms(t)), True, (f"s-{k}:0",)) for k, t in enumerate(texts)]
    choice = choose(units, {0: 2, 1: 2, 2: 2}, {0: 0.1, 1: 0.2, 2: 0.3}, frozenset({"Ines Varga", "Halden Art Museum"}),
                    2, lambda u: Citation(u.text, (u.sentence.source,), u.sentence.id),
                    {f"s-{k}": PUBLISHED for k in range(3)})
    return [u.text for u in choice.chosen]


def test_a_repeating_wording_that_dates_the_next_step_is_stated():
    """'will open again next Thursday': the reopening's date is what the reader does not have yet."""
    later = ("The north gallery will open again next Thursday, Ines Varga said, once builders have sealed the "
             "glass roof.")
    assert _chosen(later) == [LEAD, CLOSED, later]
