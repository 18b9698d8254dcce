"""A public body the story names once in full and then in lower case ("the Valdmark Coast Guard" ... "the coast
guard now estimates ...") owns what the lower-case phrase says it counts or spends (issue 14.1): not the company or
event the story is mostly about, and not the country its name starts with. A body the story only ever writes in
lower case ("the finance ministry says ...") owns its figure under that lower-case name, never the main actor."""

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from newsdigest.digest.facts.folds import body_folds
from storybuild import story

SPILL = {"a.txt": "Norvane Shipping's tanker Brisa Star ran aground off Kettle Point on Tuesday. Norvane Shipping "
                  "said the hull was breached. The Ostrava Coast Guard said 300 tonnes of oil had leaked by the "
                  "evening. Ostrava has never had a spill this large.",
         "b.txt": "Norvane Shipping apologised on Wednesday. The coast guard now estimates 2,100 tonnes of oil "
                  "has leaked from the tanker. Ostrava closed its fisheries.",
         "c.txt": "Norvane Shipping shares fell 9% in Ostrava. The Ostrian Society for Seabird Rescue says 640 "
                  "oiled birds have been collected. By Friday the seabird rescue society had collected 1,150 birds."}


def owners(texts, when=dt.date(2025, 5, 15)):
    s = story(texts, when)
    return {f.value: f.entity for f in extract_facts(s, cluster_claims(s)).facts}


def test_a_lower_case_phrase_that_writes_out_a_bodys_name_is_that_body():
    found = owners(SPILL)
    assert found[2100] == "Ostrava Coast Guard"
    assert found[1150] == "Ostrian Society for Seabird Rescue"


def test_a_public_body_named_after_its_country_is_not_the_country():
    folded = body_folds({"Ostrava": "Ostrava", "Ostrava Coast Guard": "Ostrava", "Norvane Shipping": "Norvane",
                         "Stavring Building Society": "Stavring"})
    assert folded["Ostrava Coast Guard"] == "Ostrava Coast Guard"
    assert folded["Norvane Shipping"] == "Norvane"  # a company's longer name is still the company
    assert folded["Stavring Building Society"] == "Stavring"


STRIKE = {"a.txt": "The National Teachers' Union began an indefinite strike on Monday. The National Teachers' Union "
                   "wants an 11% rise. The National Teachers' Union says 96,000 members walked out.",
          "b.txt": "The National Teachers' Union rejected the offer. The finance ministry says the new package costs "
                   "910 million dinars over two years.",
          "c.txt": "The National Teachers' Union will ballot its members. Schools reopen on Monday."}


def test_a_body_written_only_in_lower_case_owns_what_it_says_it_costs_not_the_main_actor():
    found = owners(STRIKE, dt.date(2026, 5, 22))
    assert found[910e6] == "finance ministry"



BUDGET = {"a.txt": "Ardmoyle City Council approved its budget on Monday. Councillors voted 29 to 14 to approve "
                   "the €842 million plan, an increase of 4.2% on this year's.",
          "b.txt": "Ardmoyle will borrow to pay for new bus lanes. The budget, passed on Monday night, raises "
                   "spending by 4.5 per cent to €842 million.",
          "c.txt": "Ardmoyle City Council meets again in March. Ardmoyle is the county's largest town."}


def test_a_place_and_its_council_disagreeing_on_one_figure_is_a_disagreement():
    s = story(BUDGET, dt.date(2025, 11, 25))
    sheet = extract_facts(s, cluster_claims(s))
    assert any({v[0] for v in d.values} == {4.2, 4.5} for d in sheet.discrepancies)
