"""Owners of tolls, gifts, place adjectives and pointing words (issue 14, second round), each on invented
text from a field other than the development stories'. A toll is the event's, never the place, agency,
surveyor or speaker that a sentence names with it; null is better than a wrong owner."""

import datetime as dt

import pytest

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from storybuild import story


def owner(texts, value):
    s = story(texts, dt.date(2024, 9, 3))
    found = [f for f in extract_facts(s, cluster_claims(s)).facts if f.value == value]
    assert len(found) == 1, found
    return found[0].entity


QUAKE = "The Harlow earthquake measured 6.9 and struck before dawn. Aftershocks shook the coast all day."


@pytest.mark.parametrize(("sentence", "value"), [
    ("The number of people killed in Monday's mudslide in Tolland Gorge rose to 57.", 57),  # a place
    ("The Civil Defence Agency's evening update: 12 dead.", 12),  # a possessive reporter
    ("Inspectors who toured Port Belton on Monday counted 900 damaged homes.", 900),  # a surveyor
    ("\"We have pulled 14 people alive from the rubble,\" said rescue chief Mara Olsen.", 14),  # a speaker
    ("The Red Cross opened shelters in Dunmore. Two hospitals and 23 schools are among the damaged buildings.", 23),
])
def test_a_toll_is_the_events_not_a_place_reporter_surveyor_or_speaker(sentence, value):
    texts = {"a.txt": "The Harlow earthquake struck the Brenner coast at dawn on Sunday. " + sentence, "b.txt": QUAKE}
    assert owner(texts, value) == "Harlow"


def test_a_toll_counted_in_a_named_event_keeps_that_event():
    texts = {"a.txt": "The Harlow earthquake struck at dawn. Nine people were killed in the Corvale Dam collapse "
                      "that followed, officials in Dunmore said.", "b.txt": QUAKE}
    assert owner(texts, 9) == "Corvale Dam"


def test_a_country_opening_a_sentence_owns_what_it_pledges_and_its_conversion():
    texts = {"a.txt": "The Pelham floods displaced thousands of families. Norway on Tuesday pledged NOK 50 million "
                      "(about $4.7 million) in aid.",
             "b.txt": "The Pelham floods hit the valley. Pelham officials asked for help from abroad."}
    assert owner(texts, 50e6) == "Norway"
    assert owner(texts, 4.7e6) == "Norway"


def test_a_team_a_nationality_describes_is_no_other_names():
    texts = {"a.txt": "The Vesta quake hit on Monday. A team of 40 Danish rescue specialists flew to Kerrow "
                      "Valley on Tuesday.", "b.txt": "The Vesta quake toppled towers. Rescuers came from abroad."}
    assert owner(texts, 40) is None


def test_a_place_before_based_is_an_adjective_not_the_owner():
    texts = {"a.txt": "Corrin Labs reported results on Monday. Shares of the Texas-based company rose 9% in "
                      "New York trading.",
             "b.txt": "Corrin Labs beat forecasts. Corrin Labs said demand for its sensors was strong."}
    assert owner(texts, 9) == "Corrin Labs"


def test_it_after_a_companys_named_product_points_at_the_product():
    texts = {"a.txt": "Halvern Pharma's drug Zenoma was approved on Monday. It cut relapses by 48% in the trial.",
             "b.txt": "Halvern Pharma makes pills. Halvern Pharma said sales would start in May."}
    assert owner(texts, 48) == "Zenoma"


def test_the_noun_a_story_names_a_product_by_points_at_that_product():
    texts = {"a.txt": "Halvern Pharma won approval on Monday. Regulators said the drug, Zenoma, is safe for "
                      "adults. Halvern Pharma said the drug cut relapses by 48% in the trial.",
             "b.txt": "Halvern Pharma makes pills. Halvern Pharma said sales would start in May."}
    assert owner(texts, 48) == "Zenoma"


def test_a_product_named_as_such_owns_the_harm_reported_from_it():
    texts = {"a.txt": "Brightline Toys recalled its Zippy scooters. The number of people injured by Zippy "
                      "scooters rose to 31, the safety board said.",
             "b.txt": "Brightline Toys said it would refund owners of Zippy scooters."}
    assert owner(texts, 31) == "Zippy"


@pytest.mark.parametrize("texts", [
    {"a.txt": "Halvern Pharma sells pills. Your Say readers said prices rose by 12% in May.",
     "b.txt": "Your Say: prices rose by 12%, Halvern Pharma said. Halvern Pharma makes pills."},
    {"a.txt": "Live updates. Halvern Pharma sells pills. Live: prices at the chemist rose by 12% in May.",
     "b.txt": "Live: Halvern Pharma makes pills. Halvern Pharma said demand was strong."},
    {"a.txt": "Latest Halvern Pharma figures show prices rose by 12% in May. Halvern Pharma said demand was strong.",
     "b.txt": "Latest estimates from Halvern Pharma put the rise at 12%. Halvern Pharma makes pills."},
])
def test_a_pages_furniture_is_never_an_owner(texts):
    assert owner(texts, 12) == "Halvern Pharma"


def test_a_toll_across_places_is_the_events_the_story_names_not_a_listed_place():
    texts = {"a.txt": "The Tarn floods hit on Friday. About 8,000 people have left their homes across Arden and "
                      "Hollin, Interior Minister Lee said.",
             "b.txt": "The Tarn floods were the worst in decades. Arden lost power. Arden was cut off."}
    assert owner(texts, 8000) == "Tarn"


def test_an_agency_with_an_event_word_in_its_name_is_no_event():
    texts = {"a.txt": "The Tarn floods hit on Friday. According to the Fire Service's tally, 12 people died.",
             "b.txt": "The Tarn floods were the worst in decades."}
    assert owner(texts, 12) == "Tarn"


def test_a_past_event_the_sentence_names_keeps_its_own_toll():
    texts = {"a.txt": "Typhoon Nalu hit the Kessel coast on Monday, killing 12 people. In 2015, Typhoon Reva killed "
                      "more than 300 people there.",
             "b.txt": "Typhoon Nalu brought winds of 180 km/h. Typhoon Nalu weakened on Tuesday."}
    assert owner(texts, 300) == "Typhoon Reva"


def test_a_count_in_a_sentence_of_harm_is_the_events_not_the_closing_speakers():
    texts = {"a.txt": "The Harlow earthquake struck the Brenner coast at dawn on Sunday. The number of injured rose "
                      "to 40 after seven miners were treated for dust inhalation, the head of the regional "
                      "rescue office, Petra Lind, said.", "b.txt": QUAKE}
    assert owner(texts, 7) == "Harlow"


def test_a_storm_written_with_and_without_its_class_is_one_event_that_owns_the_toll_not_the_town():
    texts = {"a.txt": "Tropical Storm Ondra brought floods to Port Aresa on Monday. Port Aresa was cut off by the "
                      "water. At least 14 people have died, officials said.",
             "b.txt": "Port Aresa is the province's largest town. Tropical Storm Ondra dumped 300 millimetres of rain "
                      "on Port Aresa in a day. Storm Ondra is the worst in a decade.",
             "c.txt": "Port Aresa residents fled as Storm Ondra struck. Nine people were missing, Port Aresa officials "
                      "said."}
    s = story(texts, dt.date(2024, 9, 3))
    found = {f.value: f.entity for f in extract_facts(s, cluster_claims(s)).facts}
    assert found[14] == found[9] == "Tropical Storm Ondra"


DERAILMENT = {"a.txt": "A Nordline freight train derailed near Havrendal on Tuesday. The Havrendal derailment forced "
                       "1,400 people from their homes, Nordline said.",
              "b.txt": "Nordline shares fell 9% after the Havrendal derailment. Nordline runs 300 trains a day."}


@pytest.mark.parametrize(("sentence", "value"), [
    ("Rescuers said 52 people have now sought hospital treatment since Tuesday night.", 52),  # no one named
    ("According to the Merrow Health Authority, 63 people have now been treated since the crash.", 63),  # a reporter
])
def test_people_treated_after_a_named_event_are_its_toll_not_the_main_actors_or_the_reporters(sentence, value):
    assert owner({**DERAILMENT, "c.txt": sentence}, value) == "Havrendal"  # not "Nordline", the story's main actor


def test_residents_driven_from_their_homes_are_the_events_toll_not_a_place_adjectives():
    sentence = ("A freight train derailed outside the small Estmark town of Havrendal late on Tuesday, forcing about "
                "1,300 residents from their homes.")
    assert owner({**DERAILMENT, "c.txt": sentence, "d.txt": "Estmark has 9 million people."}, 1300) == "Havrendal"


def test_homes_a_builder_completes_are_the_builders_not_a_toll():
    texts = {"a.txt": "Kellmark Homes, the biggest housebuilder, completed 4,125 homes in the six months to September.",
             "b.txt": "Hjemly said asking prices fell. Hjemly is a property website. Hjemly tracks listings.",
             "c.txt": "Hjemly said demand was weak. Kellmark Homes shares fell 11%."}
    assert owner(texts, 4125) == "Kellmark Homes"  # not the story's main actor, as a toll with no event would be
