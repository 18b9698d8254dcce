"""A public body or a group written in common nouns owns the money of the clause it opens (issue 14.1): "the water
ministry put the cost at €120 million" is the ministry's, not the company or storm the previous sentence was
about; a clause joined by ", as the ..." is its own subject's."""

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from storybuild import story

TEXTS = {"a.txt": "Aqualis, the private water company, has run Marvelle's taps since 2019. A drought linked to "
                  "Cyclone Ondra has dried up reservoirs across the province. The water ministry on Tuesday put "
                  "the cost of emergency tanker deliveries at €120 million.",
         "b.txt": "Cyclone Ondra left the province without rain for nine weeks. The regional government released "
                  "€40 million in relief funds for farmers.",
         "c.txt": "Aqualis said it would spend €15 million on new wells, as the farm ministry estimated crop losses "
                  "at €310 million. Aqualis shares fell 4% on Wednesday."}


def owners(texts=TEXTS):
    s = story(texts, dt.date(2024, 9, 3))
    return {f.value: f.entity for f in extract_facts(s, cluster_claims(s)).facts}


def test_a_body_named_in_common_nouns_owns_the_money_its_clause_spends_or_estimates():
    found = owners()
    assert found[120e6] == "water ministry"
    assert found[40e6] == "regional government"


def test_a_clause_joined_by_as_is_its_own_subjects_and_the_first_clause_keeps_its_actor():
    found = owners()
    assert found[310e6] == "farm ministry"
    assert found[15e6] == "Aqualis"


GROUPS = {"a.txt": "Brennmoor Ferries said on Monday it would cut winter sailings to the islands. The islanders' "
                   "lawyers have asked for €2.4 million in compensation. In 2022, crew accepted a 4.5% pay rise "
                   "after a two-day stoppage.",
          "b.txt": "Brennmoor Ferries runs six vessels. Island residents raised €60,000 for a legal fund. Brennmoor "
                   "Ferries shares fell 3% on Tuesday."}


def test_people_named_as_a_group_own_the_money_and_share_of_their_clause_not_the_company_met_before():
    s = story(GROUPS, dt.date(2024, 9, 3))
    found = {f.value: f.entity for f in extract_facts(s, cluster_claims(s)).facts}
    assert found[2.4e6] == "islanders' lawyers"
    assert found[4.5] == "crew"
    assert found[60_000] == "Island residents"
    assert found[3] == "Brennmoor Ferries"


def test_the_votes_a_body_casts_are_the_bodys_not_the_defendants_the_sentence_before_names():
    s = story({"a.txt": "Velmar Chemicals denied that its plant had polluted the river. The eight-member jury voted "
                        "7-1 to find the company negligent."}, dt.date(2024, 9, 3))
    found = {f.value: f.entity for f in extract_facts(s, cluster_claims(s)).facts if f.unit == "votes"}
    assert found == {7: "jury", 1: "jury"}


def test_it_after_a_sentence_opening_on_an_unnamed_body_means_that_body_not_the_main_actor():
    found = owners({"a.txt": "Lindmark University raised its fees by 6%. The student union plans a day of action next "
                             "Wednesday. Last year, it organised a rent strike in which 1,200 students took part."})
    assert found[1200] == "student union"
    assert found[6] == "Lindmark University"


def test_a_count_after_a_sentence_about_an_unnamed_body_is_not_that_bodys_without_a_pronoun():
    found = owners({"a.txt": "Lindmark University raised its fees by 6%. The board approved the plan on Tuesday. About "
                             "300 students protested outside the meeting."})
    assert found[300] != "board"


def test_it_after_an_association_that_said_something_is_the_association():
    found = owners({"a.txt": "Telvora customers filed 2,000 complaints with the consumer association. The association "
                             "said it would bring a class action next month. It is seeking €500 for each affected "
                             "customer."})
    assert found[500] == "association"


def test_a_group_opening_its_sentence_with_where_it_is_owns_its_loss():
    found = owners({"a.txt": "Sorvano rationed water on Monday. Farmers in the surrounding province have lost an "
                             "estimated €75 million in crops this summer, the farmers' association said."})
    assert found[75e6] == "farmers"


def test_a_union_that_estimates_and_a_ministry_that_says_it_will_pay_own_their_sums():
    texts = {"a.txt": "Belgrava sweltered for a sixth day. The farmers' union estimated crop losses at €210 million. "
                      "The agriculture ministry said it would set aside €60 million in emergency aid."}
    assert owners(texts)[210e6] == "farmers' union"
    assert owners(texts)[60e6] == "agriculture ministry"


def test_a_central_bank_in_common_nouns_owns_the_rate_it_sets_and_an_investment_bank_names_no_body():
    texts = {"a.txt": "Hartwell's economist said borrowing costs were high. The central bank raised its main "
                      "interest rate to 4.5% in September. Goldman Sachs advised Norvik. The investment bank will "
                      "earn $40 million in fees."}
    found = owners(texts)
    assert found[4.5] == "central bank"
    assert found[40e6] == "Goldman Sachs"
