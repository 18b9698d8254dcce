"""Each claim once: two outlets' sentences about one figure are one claim, whatever else each sentence adds."""

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from newsdigest.digest.summary.restates import one_measure
from newsdigest.digest.summary.summarize import summarize
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


def test_percentages_that_happen_to_add_up_are_not_one_measure():
    # A school's results: 72% and 10% add up to the other sentence's 82%, which measures something else.
    one = "Enrolment income was €4.2 million, a 72% year-on-year increase and 10% term-on-term growth."
    two = "Pass rates were 91 per cent, an 82% increase on the previous year and up 14% on last term."
    assert one_measure(one, two, frozenset()) == []


def test_a_count_is_not_the_total_of_figures_that_count_other_things():
    # A ferry: 230 passengers and a cabin number add up to 241 by chance; 12 crew are not 241 people either.
    one = "At least 241 people were killed when the ferry Orla capsized off the island."
    two = "All 242 people on board, 230 passengers and 12 crew, died except one, who had slept in cabin 11B."
    assert [g.text for _, g in one_measure(one, two, frozenset())] in ([], ["242"])


def test_counts_of_one_thing_still_add_up_to_their_total():
    one = "At least 16 climbers were missing on the mountain on Sunday."
    two = "Twelve climbers were missing on the north face and four were missing near the summit hut."
    assert one_measure(one, two, frozenset())


def test_close_amounts_that_share_only_a_company_name_are_two_claims():
    # A verdict and a bond: the company's name beside both amounts says whose they are, not what they measure.
    verdict = "A jury on Friday ordered bakery chain Marlow Ovens Ltd. to pay $41.5 million to former franchisees."
    bond = "A judge on Tuesday ordered Marlow Ovens to post a $43 million bond if it wants to delay paying them."
    assert one_measure(bond, verdict, frozenset()) == []


def test_a_measure_word_at_the_sentence_start_still_counts():
    one = "Turnover reached $1.21 billion in the quarter."
    two = "Turnover was $1.2 billion, the retailer's filing shows."
    assert one_measure(one, two, frozenset())


# An invented museum closure: two outlets give the daily loss as €12 million, one (the best-worded) as €21 million.
MUSEUM = {
    "a.txt": ("The Aldermoor Museum closed its doors on Monday after a burst pipe flooded the basement archive. "
              "The museum board, which met in emergency session on Monday night at the town hall with insurers, "
              "engineers and the mayor's office, said it was losing about €12 million in ticket revenue, shop sales "
              "and event bookings for each week that the galleries and the cafe stay shut to the public. "
              "Conservators began moving paintings to a warehouse."),
    "b.txt": ("Flooding has shut the Aldermoor Museum. The board said that, counting ticket revenue, shop sales, "
              "event bookings and the cafe, and not counting the cost of the repairs themselves or of the insurance "
              "excess, it is losing €12m a week while the building on the market square stays closed to visitors. "
              "Engineers expect repairs to take a month."),
    "c.txt": ("Visitors were turned away from the Aldermoor Museum. The board says the flooded museum is losing "
              "€21 million a week while its galleries stay shut. The city has offered the museum a loan."),
}


def test_where_outlets_disagree_the_account_states_the_value_most_of_them_give():
    account, d = _account(MUSEUM)
    notes = [c.text for name, cs in d.sections if name == "Where sources disagree" for c in cs]
    assert any("12" in n and "21" in n for n in notes), notes
    assert any("€12" in t for t in account), account
    assert not any("€21" in t for t in account), account


def test_a_currency_code_written_against_its_figure_is_read_as_an_amount():
    from newsdigest.digest.summary.support import figures

    assert [f.values[0] for f in figures("The port is losing Rp38bn a day.")] == [38e9]
    assert figures("about Rp 38 billion a day")[0].kind == "money"


# An invented ferry disaster: one outlet counts everyone aboard, the others the dead, one fewer.
FERRY = {
    "a.txt": ("All 212 people on board the ferry Lyra - 190 passengers and 22 crew - were presumed dead except "
              "for one survivor, a deckhand pulled from the water on Sunday."),
    "b.txt": ("At least 211 people died when the ferry Lyra capsized in a storm off Kessa Point. One man survived."),
    "c.txt": ("The ferry Lyra capsized in heavy seas off Kessa Point on Sunday, killing 211 people, the coastguard "
              "said."),
}


def test_two_counts_one_apart_are_two_figures_so_the_account_gives_the_toll_too():
    account, _ = _account(FERRY)
    assert any("212" in text for text in account)
    assert any("211" in text for text in account)


def test_a_bound_the_other_figure_meets_is_no_disagreement():
    # "could exceed 10,000 megawatts" and "a capacity of 10,200 megawatts" may both hold: no "reports differ"
    _, d = _account({
        "a.txt": "Grid operator Ostrenergo said electricity demand peaked at 9,800 megawatts on Sunday, close to its "
                 "capacity of 10,200 megawatts.",
        "b.txt": "Ostrenergo said demand reached 9,800 megawatts on Sunday and could exceed 10,000 megawatts "
                 "this week."})
    notes = [c.text for name, cs in d.sections if name == "Where sources disagree" for c in cs]
    assert not any("10,000" in n for n in notes), notes


def test_a_figure_rounded_to_fewer_decimals_is_the_same_figure():
    # "fell 6%" rounds "fell 6.2%": the same move, not a note that reports differ; "3%" does not round 2.5%
    _, d = _account({
        "a.txt": "Skyrail shares fell 6% in Lisbon trading on Monday after the airline's IT failure.",
        "b.txt": "Skyrail shares fell 6.2% in Lisbon trading on Monday after the airline's IT failure.",
        "c.txt": "Skyrail shares fell 6.2% in Lisbon on Monday after the IT failure grounded the airline."})
    notes = [c.text for name, cs in d.sections if name == "Where sources disagree" for c in cs]
    assert not any("6%" in n for n in notes), notes
    from newsdigest.digest.summary.restates import same_figure
    from newsdigest.digest.summary.support import figures
    assert not same_figure(figures("fell 3%")[0], figures("fell 2.5%")[0])


def test_one_precise_rate_two_outlets_reach_in_other_words_is_one_measure():
    a = "The Ostravian central bank raised its main policy rate by 50 basis points to 5.75% on Thursday."
    b = "Quick recap: the Ostravian National Bank put its key rate up by half a percentage point to 5.75%."
    assert one_measure(a, b, frozenset())  # one shared term ("point") will do for a value written to two decimals
    assert not one_measure("Exports rose 5% in May.", "Imports rose 5% to a point not seen since 2019.", frozenset())


def test_an_outcome_larger_than_expected_is_no_forecast():
    a = "The central bank raised its rate by a larger-than-expected 50 basis points to 5.75% on Thursday."
    b = "The Ostravian National Bank put its key rate up by half a percentage point to 5.75%."
    assert one_measure(a, b, frozenset())  # "larger-than-expected" made the 5.75% a forecast, never the outcome
