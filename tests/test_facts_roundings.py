"""One figure written at two precisions by two outlets is one fact; two figures that only look alike stay two."""

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from newsdigest.digest.facts.quantities import find_quantities
from newsdigest.digest.facts.roundings import is_rounding, written_step
from storybuild import story


def facts_of(texts):
    s = story(texts, dt.date(2025, 6, 3))
    return extract_facts(s, cluster_claims(s)).facts


def of_kind(facts, kind):
    return sorted((f.value, f.sources) for f in facts if f.kind == kind)


def test_a_rounded_amount_is_the_precise_one_of_the_other_source():
    facts = facts_of({"a.txt": "Orvane Foods said its operating profit was $4.37 billion for the year.",
                      "b.txt": "Orvane Foods posted an operating profit of $4.4 billion, its best year."})
    assert of_kind(facts, "money") == [(4.37e9, ("s-a", "s-b"))]


def test_a_rounded_percentage_with_an_owner_gives_the_merged_fact_its_owner():
    facts = facts_of({"a.txt": "The council said on Monday that the scheme went well. "
                               "It was 38.2% cheaper to run than the old bus depot, officials added.",
                      "b.txt": "Kelmore Council said the depot scheme was about 38 percent cheaper to run."})
    [fact] = [f for f in facts if f.kind == "percent"]
    assert (fact.value, fact.sources) == (38.2, ("s-a", "s-b"))
    assert fact.entity == "Kelmore Council"


def test_a_share_fall_written_to_one_decimal_by_one_outlet_is_one_fact():
    facts = facts_of({"a.txt": "Shares of Trelleborg Mining dropped 2.46% in early trading on Thursday.",
                      "b.txt": "Trelleborg Mining stock had fallen 2.5% in early trade."})
    assert of_kind(facts, "percent") == [(2.46, ("s-a", "s-b"))]


def test_two_figures_of_one_owner_that_measure_different_things_stay_two():
    facts = facts_of({"a.txt": "Halvard Steel said output rose 12% from a year earlier.",
                      "b.txt": "Halvard Steel said its margin was 12.3% in the quarter."})
    assert of_kind(facts, "percent") == [(12, ("s-a",)), (12.3, ("s-b",))]


def test_two_owners_named_outright_keep_their_own_figures():
    facts = facts_of({"a.txt": "Brask Telecom said its revenue rose 4.1% in the quarter.",
                      "b.txt": "Ulven Mobile said its revenue rose 4% in the quarter."})
    assert of_kind(facts, "percent") == [(4, ("s-b",)), (4.1, ("s-a",))]


def test_a_value_half_way_between_two_steps_is_no_rounding():
    facts = facts_of({"a.txt": "Kestrel Air shares slid as much as 2.5% on Monday.",
                      "b.txt": "Kestrel Air shares slid as much as 3% on Monday."})
    assert of_kind(facts, "percent") == [(2.5, ("s-a",)), (3, ("s-b",))]


def test_the_written_step_of_a_figure_is_its_last_digit_in_its_own_unit():
    def step(text):
        return written_step(find_quantities(text)[0])

    assert step("$22.1 billion") == 1e8
    assert step("1.51%") == 0.01
    assert step("12,400 people") == 1
    assert step("28,5%") == 0.1
    rough, fine = find_quantities("about 25,000 volunteers and 24,600 people")
    assert not is_rounding(rough, fine)  # a count written to the unit rounds nothing
