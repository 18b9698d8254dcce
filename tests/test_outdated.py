"""An earlier value of a measure the facts stage found updated is not stated beside its later value (outdated.py),
on an invented story of a library's flooded archive whose count of damaged books rises over three days."""

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from newsdigest.digest.summary.candidates import Candidate
from newsdigest.digest.summary.outdated import drop_outdated
from newsdigest.digest.summary.summarize import summarize
from newsdigest.digest.text.words import content_terms
from newsdigest.model import Sentence, Update
from storybuild import story


def unit(sid, text):
    return Candidate(Sentence(sid, sid.split(".")[0], text, 0.3, 1, 1), text, frozenset({int(sid[-1])}),
                     frozenset(content_terms(text)), True, (sid,))


LEAD = unit("s-a.1", "A burst pipe flooded the basement archive of the Norrvik city library on Sunday.")
FIRST = unit("s-a.2", "The library said 1,800 rare books had been damaged by water in the archive.")
LATEST = unit("s-b.3", "The library now says 4,600 rare books have been damaged by water, most beyond repair.")
BOOKS = Update("Norrvik library books", "count", (
    (1800.0, "books", "2026-02-01", ("s-a",)), (4600.0, "books", "2026-02-03", ("s-b",))))


def test_an_earlier_value_goes_when_a_later_report_states_the_same_measure():
    chosen, reasons = [LEAD, FIRST, LATEST], {}
    drop_outdated(chosen, (BOOKS,), reasons)
    assert chosen == [LEAD, LATEST]
    assert "earlier value" in reasons["s-a.2"]


def test_the_earlier_value_stays_with_news_of_its_own_or_beside_other_words():
    named = unit("s-a.2", "The library said 1,800 rare books had been damaged, among them the Halvorsen atlas.")
    chosen = [LEAD, named, LATEST]
    drop_outdated(chosen, (BOOKS,), {})
    assert chosen == [LEAD, named, LATEST]  # the atlas is named nowhere else
    other = unit("s-b.3", "Volunteers carried 4,600 rare books to a dry reading room upstairs overnight.")
    chosen = [LEAD, FIRST, other]
    drop_outdated(chosen, (BOOKS,), {})
    assert chosen == [LEAD, FIRST, other]  # the later figure is told of something else: no update of FIRST's
    chosen = [LEAD, FIRST, LATEST]
    drop_outdated(chosen, (), {})
    assert chosen == [LEAD, FIRST, LATEST]  # no series, nothing is out of date


def test_the_account_states_the_latest_count_once_through_the_pipeline():
    s = story({
        "a.txt": "date 2026-02-01\nA burst pipe flooded the basement archive of the Norrvik city library on Sunday, "
                 "the city said.\n\nThe library said 1,800 rare books and manuscripts had been damaged by water "
                 "across Sunday and Monday.\n",
        "b.txt": "date 2026-02-04\nThe Norrvik city library's flooded archive will stay closed until the summer, the "
                 "city said on Wednesday.\n\nThe library, which holds the region's oldest collection of sea charts, "
                 "says 4,600 books and manuscripts have now been damaged since the flood began on Sunday.\n",
    }, published=dt.date(2026, 2, 4))
    clustering = cluster_claims(s)
    sheet = extract_facts(s, clustering)
    assert [v[0] for u in sheet.updates for v in u.values] == [1800, 4600]  # the facts page keeps the series
    summary = summarize(s, clustering, sheet.discrepancies, sheet.updates)
    text = " ".join(c.text for _, claims in summary.sections for c in claims)
    assert "4,600 books" in text and "1,800" not in text
