"""Where outlets disagree on a value, the account states the majority's once (majority.py), on an invented story."""

from newsdigest.digest.summary.candidates import Candidate
from newsdigest.digest.summary.majority import prefer_majority
from newsdigest.digest.text.words import content_terms
from newsdigest.model import Discrepancy, Sentence


def unit(sid, text):
    return Candidate(Sentence(sid, sid.split(".")[0], text, 0.3, 1, 1), text, frozenset({3}),
                     frozenset(content_terms(text)), True, (sid,))


PLEDGE_A = unit("s-a.4", "The regional bank has pledged €20 million in flood aid, its board said.")
PLEDGE_B = unit("s-b.7", "The regional bank: €20 million in flood aid.")
LOWER = unit("s-c.2", "The regional bank is giving €18.5 million to the flood fund.")
DISCREPANCY = Discrepancy("regional bank pledge", "money",
                          ((18.5e6, "EUR", ("s-c",)), (20e6, "EUR", ("s-a", "s-b"))),
                          sentences=("s-c.2", "s-a.4", "s-b.7"))


def test_a_minority_value_is_not_swapped_for_a_second_wording_of_the_majoritys():
    """The account states the €20 million already: the €18.5 million wording, which says nothing else, goes
    instead of becoming a second sentence about the €20 million."""
    out = prefer_majority([PLEDGE_A, LOWER], [PLEDGE_A, PLEDGE_B, LOWER], (DISCREPANCY,))
    assert [u.text for u in out] == [PLEDGE_A.text]
    alone = prefer_majority([LOWER], [PLEDGE_A, PLEDGE_B, LOWER], (DISCREPANCY,))
    assert len(alone) == 1 and "€20 million" in alone[0].text  # with no majority wording chosen: swapped, as before


def test_a_minority_wording_that_says_more_stays_as_it_is():
    """The wording that gives the minority's value also gives a figure nothing else does: it stays, and
    no second wording of the majority's value comes in."""
    more = unit("s-c.2", "The city released 2 billion crowns (about €18.5 million) from its reserve, and the "
                         "regional bank a further 300 million crowns.")
    d = Discrepancy("regional bank pledge", "money", ((18.5e6, "EUR", ("s-c",)), (20e6, "EUR", ("s-a", "s-b"))),
                    sentences=("s-c.2", "s-a.4", "s-b.7"))
    out = prefer_majority([PLEDGE_A, more], [PLEDGE_A, PLEDGE_B, more], (d,))
    assert [u.text for u in out] == [PLEDGE_A.text, more.text]
