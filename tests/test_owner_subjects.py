"""Who owns a figure, round 3 (issue 14): a speaker who is also the subject of what it says, an acronym
and its long name as one actor, the firm behind an analyst's estimate, and counts of a thing the story
names (not of its maker)."""

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from storybuild import story


def owner(texts, value):
    s = story(texts, dt.date(2024, 9, 3))
    found = [f for f in extract_facts(s, cluster_claims(s)).facts if f.value == value]
    assert len(found) == 1, found
    return found[0].entity


def test_an_organisation_that_says_it_will_do_something_owns_what_it_does_not_the_object():
    texts = {"a.txt": "Corvane Therapeutics won approval on Monday for its vaccine Brisal, the first shot against "
                      "the bug. Corvane said it would list the vaccine at $140 per dose and expects to ship 3 "
                      "million doses this year.",
             "b.txt": "Corvane Therapeutics will sell the Brisal vaccine in pharmacies from March, the company "
                      "said. Doctors welcomed the Brisal vaccine."}
    assert owner(texts, 3e6) == "Corvane"
    assert owner(texts, 140) == "Corvane"


def test_what_it_says_another_will_do_is_not_the_speakers():
    texts = {"a.txt": "Corvane Therapeutics signed a licensing deal on Monday. Corvane said it expects Belmont "
                      "Health to pay $40 million upfront.",
             "b.txt": "Belmont Health will sell the drug in Europe, Corvane Therapeutics said."}
    assert owner(texts, 40e6) != "Corvane"


def test_an_acronym_and_the_long_name_the_story_writes_are_one_actor():
    texts = {"a.txt": "Wheat harvests across the United States fell for a third year. Farmers in the US planted "
                      "41 million acres of wheat in 2024.",
             "b.txt": "The United States exports more wheat than any country but Russia."}
    assert owner(texts, 41e6) == "United States"


def test_an_acronym_of_a_name_with_of_in_it_is_that_name():
    texts = {"a.txt": "The Bureau of Farm Statistics said on Monday that yields had slipped. The BFS counted "
                      "2 million hectares left fallow.",
             "b.txt": "The Bureau of Farm Statistics publishes its survey every spring."}
    assert owner(texts, 2e6) == "Bureau of Farm Statistics"


def test_what_an_analysts_firm_says_could_be_reached_is_the_firms_estimate():
    texts = {"a.txt": "Corvane Therapeutics won approval for its inhaler on Monday. Foxley Partners analyst Jo "
                      "Marsh said in a note that European sales could reach $900 million a year.",
             "b.txt": "Corvane Therapeutics will sell the inhaler in pharmacies from March."}
    assert owner(texts, 900e6) == "Foxley Partners"


def test_a_count_of_a_named_product_is_the_products_not_the_makers_that_recalls_it():
    texts = {"a.txt": "Velotta Mobility said on Monday it was recalling 40,000 Brisk Glide electric scooters sold in 9 "
                      "countries. About 5,000 of the scooters were sold in Canada.",
             "b.txt": "Velotta Mobility has recalled Brisk Glide electric scooters after reports of brake faults. The "
                      "Brisk Glide electric scooters went on sale in 2023."}
    assert owner(texts, 40000) == "Brisk Glide"
    assert owner(texts, 9) == "Brisk Glide"
    assert owner(texts, 5000) == "Brisk Glide"


def test_a_long_name_written_as_its_dotted_acronym_after_a_preposition_is_where_not_who():
    texts = {"a.txt": "Velotta Mobility recalled its Brisk Glide electric scooters on Monday. About 5,000 of the "
                      "scooters were sold in the U.S. at big-box stores for between $499 and $599.",
             "b.txt": "The Brisk Glide electric scooters are sold in the United States and Canada by Velotta "
                      "Mobility."}
    assert owner(texts, 499) == "Brisk Glide"


def test_a_name_after_a_preposition_and_an_adjective_is_where_not_who():
    texts = {"a.txt": "The Harrow Rovers and the Dunmore Athletic will play in the new Westfield Arena with 40,000 "
                      "fans each week.",
             "b.txt": "Harrow Rovers moved to the Westfield Arena in August."}
    assert owner(texts, 40000) != "Westfield Arena"


def test_a_figure_each_of_two_subjects_has_is_the_first_subjects():
    texts = {"a.txt": "Norland Rail and Vesta Freight will run the new line with 12 locomotives each, the ministry "
                      "said on Monday.",
             "b.txt": "Norland Rail won the contract in March."}
    assert owner(texts, 12) == "Norland Rail"


def test_a_later_clause_that_names_nobody_is_about_the_sentences_own_subject():
    texts = {"a.txt": "Harlan Mutual reported a strong quarter. Ostrava has no limit on insurance fees, but premiums "
                      "above $5,000 must be filed with the regulator.",
             "b.txt": "Harlan Mutual sells policies across Ostrava and its neighbours."}
    assert owner(texts, 5000) == "Ostrava"


def test_a_place_two_names_end_with_is_no_persons_surname():
    texts = {"a.txt": "Ostrava votes on Sunday. Statistics Ostrava counts the votes and Free Ostrava won 6 seats "
                      "last time. Harlan Mutual gave Free Ostrava its biggest gift. Ostrava has no cap on campaign "
                      "spending, but donations above $5,000 must be declared.",
             "b.txt": "Ostrava, a region of 300,000 people, elects its council every four years. Free Ostrava "
                      "wants independence."}
    assert owner(texts, 5000) == "Ostrava"


def test_the_company_a_sentence_points_back_to_is_its_own_subject_before_the_previous_sentences():
    texts = {"a.txt": "Marten Biologics won approval for its gel on Monday. Rowan Capital analyst Ed Pike said the "
                      "launch looked strong. Marten shares closed up 9% at $31.50, giving the company a market "
                      "value of about $4.2 billion.",
             "b.txt": "Marten Biologics will sell the gel from March."}
    assert owner(texts, 4.2e9) == "Marten"


def test_a_count_set_beside_a_place_as_a_place_noun_is_the_places():
    texts = {"a.txt": "Storm Kestra hit the Ardell coast on Monday. Forecasters at Ardell Weather Office said the "
                      "storm would pass south of Brenmouth, a port town of about 48,000 people, by midnight.",
             "b.txt": "Storm Kestra brought winds of 140 km/h. Brenmouth closed its harbour."}
    assert owner(texts, 48000) == "Brenmouth"


def test_a_figure_opening_what_he_or_she_says_is_unstated_not_the_previous_speakers():
    texts = {"a.txt": "Brightwell Water settled the claims on Monday. Dana Ruiz, the Tulsa attorney for the "
                      "families, said the money would pay for new pipes. He said 23 households still boil their "
                      "water.",
             "b.txt": "Brightwell Water agreed to pay $4 million to the families."}
    assert owner(texts, 23) is None


def test_a_count_whose_own_noun_names_a_body_is_the_bodys_not_a_place_it_names():
    texts = {"a.txt": "Corvane Therapeutics won approval for its inhaler on Monday. Nine of the 14 EMA reviewers "
                      "who voted in June backed the inhaler, and 6 Portugal sites ran the trial.",
             "b.txt": "Corvane Therapeutics will sell the inhaler from March."}
    assert owner(texts, 14) == "EMA"
    assert owner(texts, 6) != "Portugal"


def test_a_count_a_thing_the_story_names_is_of_is_that_things():
    texts = {"a.txt": "Corvane Therapeutics won approval for its inhaler on Monday. The trial, called BREATHE-2, "
                      "ran in 40 clinics. The inhaler cut attacks by half in a two-year trial of 3,100 patients, "
                      "the company said.",
             "b.txt": "Corvane Therapeutics will sell the inhaler from March."}
    assert owner(texts, 3100) == "BREATHE-2"


def test_a_name_after_a_role_is_a_person_who_says_a_figure_not_its_owner():
    texts = {"a.txt": "Brightwell Foods will open a bakery in Dunmore. Borough Executive Ines Carrow said the "
                      "bakery, backed by a $3 million regional grant, was the biggest investment in years.",
             "b.txt": "Brightwell Foods said the Dunmore bakery would open in May."}
    assert owner(texts, 3e6) != "Borough Executive Ines Carrow"


def test_the_buyer_owns_the_price_it_pays_not_what_it_buys():
    texts = {"a.txt": "Harbour Rail agreed to buy Kelso Freight for £4.50 a share in cash on Monday."}
    assert owner(texts, 4.5) == "Harbour Rail"


def test_a_place_or_parent_before_a_possessive_does_not_own_the_name_it_qualifies():
    texts = {"a.txt": "Norway's Fjordline Ferries has outbid its rival, offering $9.20 a share for the Tyne route "
                      "operator. Fjordline's Oslo shares rose as much as 3.5% on Tuesday."}
    assert owner(texts, 9.2) == "Fjordline Ferries"
    assert owner(texts, 3.5) == "Fjordline"  # "Fjordline's Oslo shares": a market, Fjordline's


def test_a_currency_prefix_after_to_is_no_one_a_share_is_handed_to():
    texts = {"a.txt": "Shares of Kelso Freight jumped 18% to C$6.20 in early trading."}
    assert owner(texts, 18) == "Kelso Freight"


def test_a_share_of_a_group_is_nobodys_unless_the_sentence_names_who():
    texts = {"a.txt": "Brenmoor Schools Inspectorate published its annual report on Tuesday. "
                      "In the survey, safeguarding failures were found in 17% of inspected schools. "
                      "Brenmoor Schools Inspectorate rated 23% of schools as outstanding.",
             "b.txt": "Brenmoor Schools Inspectorate visited hundreds of schools. "
                      "In the survey, safeguarding failures were found in 17% of inspected schools."}
    assert owner(texts, 17) is None
    assert owner(texts, 23) == "Brenmoor Schools Inspectorate"


def test_efficacy_belongs_to_a_treatment_the_story_names_only_by_a_spelled_out_acronym():
    texts = {"a.txt": "Clinics in Orsund began offering the hepatitis C direct-acting antiviral (DAA) treatment on "
                      "Monday. The regional health board said demand was high.",
             "b.txt": "The Orsund health board expects 4,000 patients this year. One course is 95% effective, "
                      "doctors said."}
    assert owner(texts, 95) == "DAA"


def test_a_name_with_and_in_it_that_the_story_abbreviates_is_one_owner_not_its_first_word():
    texts = {"a.txt": "Ferry crews at Brennmoor Ferries will strike next month. The Harbour and Dock Workers' "
                      "Federation (HDWF) said on Monday that 412 of its members had voted in favour of strike action "
                      "and 31 against, on a turnout of 88%.",
             "b.txt": "Brennmoor Ferries said the strike was unnecessary. The HDWF wants a 6% pay rise."}
    assert owner(texts, 88) == "Harbour and Dock Workers' Federation"


def test_a_measure_opening_a_sentence_is_no_name_to_own_its_figure():
    texts = {"a.txt": "Kessling Foods reported results on Tuesday. Revenue rose 12% to $4.1 billion. Profit was "
                      "$300 million."}
    assert owner(texts, 4.1e9) == "Kessling Foods"
    assert owner(texts, 300e6) == "Kessling Foods"


def test_turnout_opening_a_sentence_owns_nothing():
    texts = {"a.txt": "Vesterø voted on Sunday. Turnout of 72% was the lowest since 2005."}
    assert owner(texts, 72) != "Turnout"


def test_a_players_role_before_his_name_is_no_part_of_it():
    # "Striker Jonas Eklund" and "Jonas Eklund" are one man, so "Eklund" alone is him too
    texts = {"a.txt": "Striker Jonas Eklund scored twice as Harbour City won the cup. Jonas Eklund's goals "
                      "decided the final. Eklund, 31, has now scored 27 goals this season."}
    assert owner(texts, 27) == "Jonas Eklund"
