"""A count is a figure of something counted: a number in several words is read whole, and a magnitude's
digits or a fraction are no counts; one group of people counted by two nouns is one fact."""

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from storybuild import story


def counts(texts):
    s = story(texts, dt.date(2024, 11, 5))
    return sorted((f.value, f.unit, f.sources) for f in extract_facts(s, cluster_claims(s)).facts
                  if f.kind == "count")


def test_a_number_in_several_words_is_read_whole():
    found = counts({"a.txt": '"Four hundred and twenty volunteers cleared the beach in a day," the mayor said. '
                             "Twenty-five firefighters stayed on at the dunes overnight, and two dozen divers "
                             "searched the bay."})
    assert [(v, u) for v, u, _ in found] == [(24, "divers"), (25, "firefighters"), (420, "volunteers")]


def test_the_digits_of_a_magnitude_count_nothing():
    found = counts({"a.txt": "More than 30 tremors were felt overnight, the largest of magnitude 4.8, the "
                             "geological institute said."})
    assert [(v, u) for v, u, _ in found] == [(30, "tremors")]


def test_a_fraction_is_no_count():
    assert counts({"a.txt": "The new inhaler cut asthma attacks among the children by almost two thirds."}) == []
    assert counts({"a.txt": "Turnout fell in nearly three quarters of the wards, officials said."}) == []


def test_people_counted_as_participants_in_one_source_are_one_fact():
    found = counts({"a.txt": "The Velmar Institute study followed 3,150 people for two years.",
                    "b.txt": "The Velmar Institute enrolled 3,150 participants at eleven clinics."})
    assert [(v, s) for v, _, s in found if v == 3150] == [(3150, ("s-a", "s-b"))]


def test_units_of_a_thing_the_story_names_with_that_count_are_that_thing():
    found = counts({"a.txt": "Brennmark said it was recalling about 240,000 Vireo electric heaters sold since 2023.",
                    "b.txt": "Brennmark said a third of the 240,000 recalled units were sold in Germany."})
    assert [(v, u, s) for v, u, s in found if v == 240_000] == [(240_000, "heaters", ("s-a", "s-b"))]


def test_units_stay_apart_from_people_and_from_small_counts_of_other_things():
    found = counts({"a.txt": "Inspectors said 150 units had failed the test, and 150 people were injured by them.",
                    "b.txt": "The storm flattened 6 units at the marina and sank 6 boats."})
    assert {(v, u) for v, u, _ in found} == {(150, "units"), (150, "injured"), (6, "units"), (6, "boats")}


def test_a_toll_the_sentence_calls_the_toll_and_a_count_still_missing_are_counts():
    found = counts({"a.txt": "The toll now stands at 63, the fire brigade said on Sunday.",
                    "b.txt": "Rescuers said 17 still missing were believed to be under the rubble of the mill."})
    assert {(v, u) for v, u, _ in found} == {(63, "deaths"), (17, "missing")}


def test_the_harmed_a_killing_or_injuring_verb_counts_with_no_noun_are_counts():
    found = counts({"a.txt": "A gas blast tore through the Morrow Street depot, killing 12 and wounding 30, "
                             "the fire brigade said."})
    assert {(v, u) for v, u, _ in found} == {(12, "deaths"), (30, "injured")}


def test_a_count_rounded_with_or_so_is_a_count():
    found = counts({"a.txt": "Heat waves cause most of the 2,300 or so deaths the agency records each summer."})
    assert [(v, u) for v, u, _ in found] == [(2300, "deaths")]


def test_the_day_of_a_date_is_no_count_but_a_number_after_a_month_that_is_no_day_is():
    found = counts({"a.txt": "Figures released by the statistics office on October 14 showed rents up 6 percent "
                             "in a year. In May 2,000 tenants marched, and by June 45 landlords had signed the "
                             "pledge."})
    assert [(v, u) for v, u, _ in found] == [(45, "landlords"), (2000, "tenants")]


def test_numbers_listed_in_brackets_after_a_noun_name_which_not_how_many():
    found = counts({"a.txt": "Six tram lines (4, 11, 12 and 40) are diverted while the bridge is shut. About 300 "
                             "residents (40 children among them) were moved to the sports hall."})
    assert [(v, u) for v, u, _ in found] == [(6, "lines"), (40, "children"), (300, "people")]  # residents: people


def test_people_confirmed_or_presumed_dead_are_deaths():
    found = counts({"a.txt": "By Thursday morning nine people had been confirmed dead and four were still missing "
                             "after the bridge collapsed. Two people are presumed dead."})
    assert [(v, u) for v, u, _ in found] == [(2, "deaths"), (4, "missing"), (9, "deaths")]
