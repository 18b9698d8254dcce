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


# A mine collapse reported over two days: the first day's toll, given by a named official at a briefing,
# and its earlier value, are out of date once the second day's report gives the toll again.
MINE_LEAD = unit("s-m.1", "A tunnel collapsed at the Brenholt copper mine on Friday, the operator said.")
MINE_LATEST = unit("s-o.2", "By Sunday the operator counted 9 dead and 31 injured, with 6 miners still missing.")
MINE_DAYS = {"s-m": dt.date(2027, 8, 6), "s-o": dt.date(2027, 8, 8)}


def test_an_old_toll_goes_with_the_official_who_gave_it_and_its_own_earlier_value():
    old = unit("s-m.3", "Rescue coordinator Pella Varga said 14 people had been injured and 20 were still missing, "
                        "down from 35 in the morning.")
    chosen, reasons = [MINE_LEAD, old, MINE_LATEST], {}
    drop_superseded(chosen, MINE_DAYS, reasons)
    assert chosen == [MINE_LEAD, MINE_LATEST]
    assert "s-m.3" in reasons


def test_an_old_toll_given_at_an_hour_and_written_loosely_goes():
    old = unit("s-m.4", "Mine spokesman Oskar Lind said at a 9 p.m. briefing that 22 people were still reported "
                        "missing, most of them near the lower shaft.")
    chosen = [MINE_LEAD, old, MINE_LATEST]
    drop_superseded(chosen, MINE_DAYS, {})
    assert chosen == [MINE_LEAD, MINE_LATEST]


def test_a_name_that_does_something_or_an_hour_that_says_when_it_happened_keeps_an_old_toll():
    actor = unit("s-m.5", "Pella Varga led 14 injured miners out of the tunnel, and 20 were still missing.")
    hour = unit("s-m.6", "The roof gave way at 4 a.m., and 14 people were injured and 20 were still missing.")
    chosen = [MINE_LEAD, actor, hour, MINE_LATEST]
    drop_superseded(chosen, MINE_DAYS, {})
    assert actor in chosen
    assert any(u.text.startswith("The roof gave way at 4 a.m.") for u in chosen)


# A warehouse fire, two reports of one day: a toll given as a bound ("more than 40 hurt") says less than
# a count of the same state the other report gives ("57 injured"), unless it counts a narrower group.
FIRE_LEAD = unit("s-w.1", "A fire tore through a distribution warehouse outside Tallow Cross on Monday night.")
FIRE_COUNT = unit("s-x.2", "Fire officials said 57 people were injured and 3 were still missing.")
FIRE_DAY = {"s-w": dt.date(2027, 2, 9), "s-x": dt.date(2027, 2, 9)}


def test_a_bound_a_larger_count_passes_goes_and_a_leading_bound_is_cut_from_its_sentence():
    bound = unit("s-w.3", "More than 40 people were hurt.")
    mixed = unit("s-w.4", "More than 40 people were hurt and about 300 workers have been sent home, with the east "
                          "wing gutted.")
    chosen = [FIRE_LEAD, bound, FIRE_COUNT]
    drop_superseded(chosen, FIRE_DAY, {})
    assert chosen == [FIRE_LEAD, FIRE_COUNT]
    chosen = [FIRE_LEAD, mixed, FIRE_COUNT]
    drop_superseded(chosen, FIRE_DAY, {})
    assert [u.text for u in chosen] == [FIRE_LEAD.text, "About 300 workers have been sent home, with the east wing "
                                        "gutted.", FIRE_COUNT.text]


def test_a_bound_on_a_narrower_group_or_a_count_without_a_bound_stays():
    narrower = unit("s-w.5", "At least 12 forklift drivers were hurt in the loading bay.")
    exact = unit("s-w.6", "Forty people were hurt.")
    chosen = [FIRE_LEAD, narrower, exact, FIRE_COUNT]
    drop_superseded(chosen, FIRE_DAY, {})
    assert chosen == [FIRE_LEAD, narrower, exact, FIRE_COUNT]


def test_a_count_of_those_who_helped_the_harmed_is_no_toll():
    helpers = unit("s-m.7", "Rescuers said 14 miners who carried the injured to the surface were treated for smoke.")
    chosen = [MINE_LEAD, helpers, MINE_LATEST]
    drop_superseded(chosen, MINE_DAYS, {})
    assert helpers in chosen


def test_a_toll_divided_among_its_parts_stays_beside_a_later_total():
    # the later report gives a total; which carriage had how many dead is news it does not give again
    parts = unit("s-a.2", "Nine of the deaths were in the front carriage and 14 occurred in the rear carriage.")
    later = unit("s-c.4", "By Monday the rail inspectorate counted 25 dead.")
    chosen, reasons = [LEAD, parts, later], {}
    drop_superseded(chosen, DAYS, reasons)
    assert chosen == [LEAD, parts, later] and reasons == {}
