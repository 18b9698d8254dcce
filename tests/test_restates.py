"""Each claim once: two outlets' sentences about one figure are one claim, whatever else each sentence adds."""

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts import extract_facts
from newsdigest.digest.restates import one_measure
from newsdigest.digest.summarize import summarize
from storybuild import story, with_background

# An invented hospital strike: two outlets give the walk-out's size differently, around other details.
STRIKE = {
    "a.txt": ("Nurses at Linden General Hospital began a 48-hour strike on Monday over staffing levels. "
              "About 1,200 nurses walked out at dawn, joined on picket lines by paramedics from the county "
              "ambulance service. The hospital said emergency care would continue."),
    "b.txt": ("A strike by nurses at Linden General Hospital entered its first day. Some 1,250 nurses walked "
              "out, the Royal Union of Nurses said, after talks with managers collapsed on Friday. Planned "
              "operations were postponed for two days."),
    "c.txt": ("Patients faced delays as the nurses' strike at Linden General Hospital began. Health minister "
              "Carla Imbert urged both sides to return to talks. The hospital said emergency care would "
              "continue."),
}

# An invented book sale: one outlet gives the advance and the bonus, another the total.
AUCTION = {
    "a.txt": ("Publisher Harrow & Finch has won the rights to the memoir of retired astronaut Olu Bassey. "
              "Harrow & Finch will pay an advance of $4 million, with a further $1 million tied to sales "
              "targets. The book is due in autumn next year."),
    "b.txt": ("Retired astronaut Olu Bassey has sold his memoir to Harrow & Finch after a week-long auction. "
              "The whole deal could be worth $5 million to the author. Bassey spent 312 days in orbit."),
}


def _account(texts):
    s = story(with_background(texts))
    clustering = cluster_claims(s)
    d = summarize(s, clustering, extract_facts(s, clustering).discrepancies)
    return [c.text for name, cs in d.sections if name != "Where sources disagree" for c in cs], d


def test_two_outlets_counts_of_one_walk_out_are_stated_once_and_the_difference_is_noted():
    account, d = _account(STRIKE)
    counts = [t for t in account if "1,200" in t or "1,250" in t]
    assert len(counts) == 1, counts
    notes = [c.text for name, cs in d.sections if name == "Where sources disagree" for c in cs]
    assert any("1,200" in n and "1,250" in n for n in notes), notes


def test_a_total_another_outlet_gives_is_not_stated_beside_its_parts():
    account, _ = _account(AUCTION)
    assert any("$4 million" in t for t in account)
    assert not any("$5 million" in t for t in account), account


def test_a_forecast_and_the_outcome_are_two_claims():
    outcome = "The studio sold 2.2 million tickets on the opening weekend, its best start this year."
    forecast = "Analysts had expected the studio to sell 2.1 million tickets on the opening weekend."
    assert one_measure(outcome, forecast, frozenset()) == []


def test_a_model_number_beside_a_name_is_not_a_measure():
    one = "The airline grounded its Cessna 208 fleet after the crash near the coast."
    two = "A Cessna 208 operated by the airline made an emergency landing last spring."
    assert one_measure(one, two, frozenset({"cessna"})) == []


def test_one_amount_written_in_two_ways_is_one_measure():
    one = "The ministry will make an interim payment of Rs 25 lakh to each family."
    two = "Each family will receive an interim payment of 2.5 million rupees."
    assert one_measure(one, two, frozenset())


def test_one_large_sum_in_other_words_is_one_measure():
    first = "The first offer, worth $12 million, was turned down by the estate."
    opening = "An opening bid of $12m was rejected, and the gallery's director was said to be furious."
    assert one_measure(first, opening, frozenset())


def test_a_fuller_wording_of_a_chosen_claim_is_not_dropped_for_sharing_its_amount():
    """City-budget fixture: "Councillors voted 29 to 14 ... to approve total spending of €842 million ..., an
    increase of 4.2%" gives the €842 million another outlet's sentence gives, and the vote besides."""
    from conftest import FIXTURES
    from newsdigest.content.files import generated_files
    from newsdigest.digest.stages import digest_story

    folder = FIXTURES / "eval" / "city-budget-strike"
    summary = generated_files(digest_story(folder, folder.parent))["summary.md"]
    assert "voted 29 to 14" in summary
