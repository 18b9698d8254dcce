"""Two chosen wordings of one claim: the account states it once (mutual.py), on invented stories."""

from newsdigest.digest.summary.candidates import Candidate
from newsdigest.digest.summary.mutual import drop_mutual
from newsdigest.digest.text.words import content_terms
from newsdigest.model import Citation, Sentence, Wording


def unit(sid, text, clusters=(1,)):
    return Candidate(Sentence(sid, sid.split(".")[0], text, 0.3, 1, 1), text, frozenset(clusters),
                     frozenset(content_terms(text)), True, (sid,))


def citing(stating, sources):
    """A ``cited`` function: each wording's sources and the sentences found stating its claim."""
    def cited(u):
        sid = u.sentence.id
        return Citation(u.text, sources[sid], sid, "", tuple(Wording(w.split(".")[0], u.text, 1, True, w)
                                                              for w in stating[sid]))
    return cited


def test_another_outlets_value_for_the_same_measure_is_no_figure_of_its_own():
    """'about 10 million boxes' where the better-carried wording says '12 million boxes' is the same
    claim heard differently: it goes, and the wording with the price and the 12 million stays; a figure
    of another measure keeps its wording."""
    ship = unit("s-a.3", "Brenner Foods will sell the cereal at $4 a box and expects to ship 12 million boxes "
                         "this year.")
    about = unit("s-c.5", "The company expects about 10 million boxes to be available this year.")
    cited = citing({"s-a.3": ("s-a.3", "s-c.5"), "s-c.5": ("s-c.5", "s-a.3")},
                   {"s-a.3": ("s-a", "s-b"), "s-c.5": ("s-c",)})
    chosen, reasons = [about, ship], {}
    drop_mutual(chosen, cited, reasons)
    assert chosen == [ship]
    assert "s-c.5" in reasons

    ordered = unit("s-c.5", "Supermarkets have already ordered 3.4 million boxes this year.")
    chosen = [ordered, ship]  # a count a third of the other is another measure: both stay
    drop_mutual(chosen, cited, {})
    assert chosen == [ordered, ship]


def test_the_better_carried_wording_goes_when_it_is_the_one_that_says_less():
    """Three outlets say the talks began; one says so with how many parties sit at the table: that one stays."""
    began = unit("s-a.2", "The coalition talks began this morning at the town hall.")
    parties = unit("s-d.6", "So the talks that began yesterday have three parties at the table instead of two.")
    cited = citing({"s-a.2": ("s-a.2", "s-d.6"), "s-d.6": ("s-d.6", "s-a.2")},
                   {"s-a.2": ("s-a", "s-b", "s-c"), "s-d.6": ("s-d",)})
    chosen = [began, parties]
    drop_mutual(chosen, cited, {})
    assert chosen == [parties]


def test_one_way_citing_is_one_claim_when_the_dedupe_stage_put_both_in_one_cluster():
    """Citing found only one of the two stating the other's claim; the dedupe stage's cluster agrees."""
    spent = unit("s-b.9", "Orrin Labs, founded in 2009, says it has spent nearly $900 million developing the drug.",
                 clusters=(4,))
    again = unit("s-a.4", "Orrin Labs has spent about $1.1 billion developing Velatrin, its finance chief said.",
                 clusters=(4, 7))
    stating = {"s-b.9": ("s-b.9", "s-a.4"), "s-a.4": ("s-a.4",)}
    sources = {"s-b.9": ("s-b",), "s-a.4": ("s-a",)}
    chosen = [spent, again]
    drop_mutual(chosen, citing(stating, sources), {})
    assert chosen == [spent]

    apart = unit("s-a.4", again.text, clusters=(7,))  # no cluster in common: one signal only
    chosen = [spent, apart]
    drop_mutual(chosen, citing(stating, sources), {})
    assert chosen == [spent, apart]


def test_two_wordings_that_share_only_a_name_are_two_claims():
    """Citing finds "Mayor Ana Ruiz" in both; a vote in April is not the mayor calling a decision historic."""
    vote = unit("s-a.5", "Councillors will vote on the final design in April, when Mayor Ana Ruiz will present "
                         "the costs.")
    historic = unit("s-b.2", "Mayor Ana Ruiz described the decision as historic.")
    cited = citing({"s-a.5": ("s-a.5", "s-b.2"), "s-b.2": ("s-b.2", "s-a.5")},
                   {"s-a.5": ("s-a",), "s-b.2": ("s-b", "s-c")})
    chosen = [historic, vote]
    drop_mutual(chosen, cited, {})
    assert chosen == [historic, vote]
