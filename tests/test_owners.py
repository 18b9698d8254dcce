"""Who owns a figure (issue 14): the actor the sentence says spends, earns, pays or counts it, never an
outlet that reports it, a people's adjective, a spokesperson or a word of another sentence."""

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from storybuild import story


def owner(texts, value):
    s = story(texts, dt.date(2024, 9, 3))
    found = [f for f in extract_facts(s, cluster_claims(s)).facts if f.value == value]
    assert len(found) == 1, found
    return found[0].entity


def test_a_figure_an_outlet_reports_belongs_to_the_actor_it_reports_on():
    texts = {"a.txt": "Marlow District Council approved its flood plan on Monday. Local station Riverside FM "
                      "reported that the council will spend $12 million on new defences along the estuary.",
             "b.txt": "Marlow District Council will spend $12 million on flood defences, councillors agreed."}
    assert owner(texts, 12e6) == "Marlow District Council"


def test_an_estimate_belongs_to_who_made_it_not_to_the_station_that_quotes_it():
    texts = {"a.txt": "The harbour closure entered its third day. Harbour Radio reported that shops in the old "
                      "town were losing $2 million a day, according to the Dunmore Chamber of Commerce.",
             "b.txt": "Ferries stayed in port. Traders said the closure was costing them dearly."}
    assert owner(texts, 2e6) == "Dunmore Chamber of Commerce"


def test_analysts_own_the_forecast_a_result_is_measured_against():
    texts = {"a.txt": "Vantor Mobile posted revenue of $8.1 billion for the quarter, beating analysts' "
                      "estimates of $7.9 billion.",
             "b.txt": "Vantor Mobile's revenue of $8.1 billion topped expectations of $7.9 billion."}
    assert owner(texts, 8.1e9) == "Vantor Mobile"
    assert owner(texts, 7.9e9) == "analysts"


def test_a_peoples_adjective_never_owns_a_figure():
    texts = {"a.txt": "Demand from Norwegian shipping firms lifted Keel Analytics' revenue to $40 million.",
             "b.txt": "Keel Analytics said Norwegian and Danish clients drove its growth."}
    assert owner(texts, 40e6) == "Keel Analytics"


def test_an_opening_word_is_no_actor():
    texts = {"a.txt": "Brennan Foods will close its Leeds bakery. Specifically, the closure will cost $14 million "
                      "in redundancy payments.",
             "b.txt": "Brennan Foods said the Leeds bakery would shut in March."}
    assert owner(texts, 14e6) == "Brennan Foods"


def test_a_spokesperson_who_reports_a_payment_does_not_own_it():
    texts = {"a.txt": "Lumen Foods settled the lawsuit on Friday. Chief executive Anna Berg confirmed that the "
                      "company would pay $5 million to the growers.",
             "b.txt": "Lumen Foods will pay $5 million to settle claims by growers."}
    assert owner(texts, 5e6) == "Lumen Foods"


def test_the_operator_points_back_to_the_actor_named_before_not_to_the_outlet_reporting_it():
    texts = {"a.txt": "Keswick Ports said the strike had hit traffic. Tarn Shipping Review said the operator's "
                      "revenue fell by $3 million in June.",
             "b.txt": "Dockers at Keswick Ports walked out for a second week."}
    assert owner(texts, 3e6) == "Keswick Ports"


def test_a_name_defined_with_its_acronym_owns_what_the_acronym_does():
    texts = {"a.txt": "The Pacific Nurses Association (PNA) met on Monday. Bayview Health declined to comment. "
                      "PNA spent $2 million on its campaign.",
             "b.txt": "Bayview Health runs 12 hospitals in the region."}
    assert owner(texts, 2e6) == "Pacific Nurses Association"


def test_a_figure_the_sentence_credits_to_nobody_has_no_owner():
    texts = {"a.txt": "Insured losses could exceed $900 million, a figure that may rise."}
    assert owner(texts, 900e6) is None


def test_it_after_a_person_speaks_points_back_to_the_organisation_not_the_person():
    texts = {"a.txt": "Tarrow Borough Council approved its budget on Monday. Finance chair Cllr Mara Quinn admitted "
                      "the plan relies on borrowing. It leaves a deficit of €12 million.",
             "b.txt": "Tarrow Borough Council will cut library hours."}
    assert owner(texts, 12e6) == "Tarrow Borough Council"


def test_a_bracketed_conversion_has_the_owner_of_the_figure_it_converts():
    texts = {"a.txt": "Kanto Rail will spend Rp4.2 trillion (US$260 million) on new signalling, the operator said. "
                      "Work starts in March.",
             "b.txt": "Kanto Rail plans to spend Rp4.2 trillion on signalling over two years."}
    assert owner(texts, 4.2e12) == "Kanto Rail"
    assert owner(texts, 260e6) == "Kanto Rail"  # not "Rp4.2", the figure before the bracket


def test_a_figure_written_with_a_capital_is_never_an_owner():
    texts = {"a.txt": "The ferry operator said that Rp38bn ($2.3m) a day was being lost in fares while the "
                      "strait stays closed.",
             "b.txt": "Fares worth Rp38bn a day are being lost, officials said."}
    assert not (owner(texts, 2.3e6) or "").startswith("Rp")


def test_it_in_what_an_organisation_says_is_the_organisation_itself():
    texts = {"a.txt": "Dunmore Harbour Board closed the north quay on Monday. Ferrant Lines cancelled ten calls. "
                      "The board has said it is losing $3 million a day while the quay is shut.",
             "b.txt": "Ferrant Lines moved its ships to Kilbride."}
    assert owner(texts, 3e6) == "Dunmore Harbour Board"


def test_a_place_that_opens_an_authoritys_name_is_no_person_called_by_surname():
    texts = {"a.txt": "Ships queued off Tallis Vale on Monday. Tankers anchored near Vale overnight. Kerro Marine "
                      "diverted two feeders. The authority said it was losing $4 million a day.",
             "b.txt": "The Tallis Vale Port Authority reopened the channel. Shops in Tallis Vale shut early."}
    assert owner(texts, 4e6).startswith("Tallis Vale")


def test_a_name_after_its_qualifies_the_owners_noun_and_owns_nothing():
    texts = {"a.txt": "Orvale Athletic reported a net loss of $12 million for the season and must cut its wage "
                      "bill before its Harwick Cup final next month.",
             "b.txt": "Orvale Athletic sold two players in January."}
    assert owner(texts, 12e6) == "Orvale Athletic"


def test_a_currency_written_apart_from_its_number_owns_no_count():
    texts = {"a.txt": "Holm Harbour shut its channel after the spill. Holm Harbour said 41 vessels were waiting "
                      "and that it was losing about Rp 38 billion a day.",
             "b.txt": "Holm Harbour expects to reopen the channel on Friday."}
    assert owner(texts, 41) == "Holm Harbour"


def test_what_a_figure_could_reach_is_the_estimate_of_the_organisation_quoted_after_it():
    texts = {"a.txt": "Repairs to the span hit by the barge Marla Quinn could cost $40 million, the bridge's "
                      "insurer, Corvell Mutual, said on Friday.",
             "b.txt": "The barge Marla Quinn struck the span on Tuesday night."}
    assert owner(texts, 40e6) == "Corvell Mutual"


def test_a_toll_belongs_to_the_event_not_to_the_agency_that_counts_it():
    texts = {"a.txt": "The Castor Dam burst on Monday, flooding three villages. Castor Dam engineers had warned of "
                      "cracks. By Tuesday evening Beltrane Rescue counted 7 dead and 12 injured.",
             "b.txt": "The Castor Dam collapse flooded the valley. Beltrane Rescue sent boats to the villages."}
    assert owner(texts, 7) == "Castor Dam"
    assert owner(texts, 12) == "Castor Dam"


def test_the_company_never_points_back_to_a_county_named_before():
    texts = {"a.txt": "Dravik Chemicals makes solvents. Orrin County closed its wells in 2021. "
                      "The jury voted 6-2 to find the company liable, awarding $9 million in damages.",
             "b.txt": "Dravik Chemicals said it would appeal the verdict. Dravik Chemicals shares fell."}
    assert owner(texts, 9e6) == "Dravik Chemicals"


def test_a_share_handed_to_a_name_is_that_names():
    texts = {"a.txt": "Arbitrators ruled on the warehouse fire on Friday. They assigned 70% of the blame to Pellor "
                      "Freight and the remaining 30% to Quayside Haulage, which had stored the fuel.",
             "b.txt": "Pellor Freight said it would not appeal the ruling."}
    assert owner(texts, 70) == "Pellor Freight"
    assert owner(texts, 30) == "Quayside Haulage"


def test_an_ordinal_opening_a_period_is_no_actor():
    texts = {"a.txt": "Rendal Tools cut its outlook on Tuesday. Second-half orders fell 8% as builders held back.",
             "b.txt": "Rendal Tools makes drills and saws."}
    assert owner(texts, 8) == "Rendal Tools"


def test_a_name_in_a_participle_between_commas_owns_nothing():
    texts = {"a.txt": "Castle Water shut a burst main on Monday. The outage, traced to a valve made in Harlow "
                      "Fittings' plant, has left 300 households without water.",
             "b.txt": "Castle Water said supplies would return by Friday."}
    assert owner(texts, 300) == "Castle Water"


def test_a_toll_attributed_to_an_event_is_the_events_not_a_name_further_on():
    texts = {"a.txt": "Two wildfires burned across Marren Valley this week. Six of the deaths were attributed to the "
                      "Corley Fire, the coroner's office said, citing Hale Memorial records.",
             "b.txt": "The Corley Fire destroyed 300 homes."}
    assert owner(texts, 6) == "Corley Fire"


def test_figures_listed_respectively_go_to_the_names_in_their_order():
    texts = {"a.txt": "Cloud buyers like Orbis Data and Tarrow Labs keep spending, committing $40 billion and "
                      "$25 billion, respectively, on new sites.",
             "b.txt": "Orbis Data builds data centres. Tarrow Labs rents them."}
    assert owner(texts, 40e9) == "Orbis Data"
    assert owner(texts, 25e9) == "Tarrow Labs"
