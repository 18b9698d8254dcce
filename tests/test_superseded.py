"""An earlier report's toll is not stated beside a later report's (superseded.py), on an invented flood story."""

import datetime as dt

from newsdigest.digest.summary.candidates import Candidate
from newsdigest.digest.summary.superseded import drop_superseded
from newsdigest.digest.text.words import content_terms
from newsdigest.model import Sentence


def unit(sid, text):
    return Candidate(Sentence(sid, sid.split(".")[0], text, 0.3, 1, 1), text, frozenset({int(sid[-1])}),
                     frozenset(content_terms(text)), True, (sid,))


LEAD = unit("s-a.1", "Floods swept through the Orlen valley on Saturday, the Civil Defence Office said.")
MONDAY = unit("s-a.2", "Twelve people were injured and eight were still missing on Saturday night, the Civil Defence "
                       "Office said.")
DIVERS = unit("s-b.3", "Divers recovered two more bodies from the river near the old mill on Sunday, bringing the "
                       "number of people killed in the floods to three.")
LATEST = unit("s-c.4", "By Monday the Civil Defence Office counted 5 dead and 17 injured, with 4 people still missing.")
DAYS = {"s-a": dt.date(2026, 5, 2), "s-b": dt.date(2026, 5, 3), "s-c": dt.date(2026, 5, 4)}


def test_a_toll_a_later_report_gives_again_goes_and_an_old_toll_in_a_tail_is_cut():
    chosen, reasons = [LEAD, MONDAY, DIVERS, LATEST], {}
    drop_superseded(chosen, DAYS, reasons)
    assert [u.text for u in chosen] == [
        LEAD.text,
        "Divers recovered two more bodies from the river near the old mill on Sunday.",
        LATEST.text,
    ]
    assert "s-a.2" in reasons


def test_a_toll_with_news_of_its_own_or_from_the_latest_report_stays():
    more = unit("s-a.2", "Twelve people were injured and eight were still missing, and 300 homes were flooded.")
    chosen = [LEAD, more, LATEST]
    drop_superseded(chosen, DAYS, {})
    assert chosen == [LEAD, more, LATEST]
    same_day = {"s-a": dt.date(2026, 5, 4), "s-b": dt.date(2026, 5, 4), "s-c": dt.date(2026, 5, 4)}
    chosen = [LEAD, MONDAY, LATEST]
    drop_superseded(chosen, same_day, {})  # one day's reports: no later toll, nothing goes
    assert chosen == [LEAD, MONDAY, LATEST]
