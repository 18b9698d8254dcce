"""What a figure measures when its clause says it of a noun phrase further back (issue 14.2), and a date
that another figure stands between belongs to that figure, not this one."""

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from storybuild import story


def facts(texts):
    s = story(texts, dt.date(2026, 8, 19))
    return {f.value: f for f in extract_facts(s, cluster_claims(s)).facts}


def test_the_subject_past_a_prepositional_phrase_is_what_the_figure_measures():
    found = facts({"a.txt": "Repair costs from the storm are projected to hit nearly £40 million. Occupancy in "
                            "the city's hotels, the highest in a decade, reached 91% in August. Hotel occupancy "
                            "and repair costs are watched closely."})
    assert found[40e6].what == "repair costs"
    assert found[91].what == "occupancy"


def test_the_object_of_an_estimate_is_what_the_figure_measures():
    found = facts({"a.txt": "Kerrow Rail estimated the cost of the closure at £85 million. Halden Insurance "
                            "estimated insured losses to surpass £8 billion."})
    assert found[85e6].what == "cost"
    assert found[8e9].what == "insured losses"


def test_a_sum_after_a_share_move_is_the_share_price():
    found = facts({"a.txt": "The ferry operator's shares slipped 2% to $14.20 in early trading."})
    assert found[14.2].what == "share price"
    assert found[2].what == "fall"  # the percentage stays the change


def test_a_change_a_name_or_an_opening_phrase_gives_no_subject_measure():
    found = facts({"a.txt": "Ticket sales rose 5% in July. Marrick was 20% ahead in the poll. In the final "
                            "tally the Greens have 29.4 per cent of the vote."})
    assert found[5].what == "rise"  # "rose 5%": a change of the level, not the level
    assert found[20].what == "change"  # a name is who, never what
    assert found[29.4].what == "share of vote"


def test_a_date_beyond_another_figure_dates_that_figure():
    found = facts({"a.txt": "Ridership was 61%, the operator said, down from 70% in 2019."})
    assert found[61].date is None
    assert found[70].date == "2019"


def test_a_phrase_after_a_preposition_says_where_not_what():
    found = facts({"a.txt": "Attendance at the Brightmoor folk festival was 83%. Turnout in the parish referendum "
                            "was 61%. The turnout and attendance were both watched."})
    assert found[61].what == "turnout"  # not "parish referendum"
    assert found[83].what == "attendance"


def test_a_figure_before_a_comparative_is_a_difference_not_the_level():
    found = facts({"a.txt": "Attendance at the Brightmoor folk festival was 48% higher than forecast. The "
                            "attendance was counted at the gates."})
    assert found[48].what != "attendance"
