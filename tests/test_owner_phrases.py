"""Owners a phrase points at (issue 14): descriptors, tolls, trailing speakers and clause edges, each on
invented text from a field other than the development stories'. A wrong owner stated with confidence is
worse than none, so where the sentence says nothing the owner stays unstated."""

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts import extract_facts
from storybuild import story


def owner(texts, value):
    s = story(texts, dt.date(2024, 9, 3))
    found = [f for f in extract_facts(s, cluster_claims(s)).facts if f.value == value]
    assert len(found) == 1, found
    return found[0].entity


def test_a_descriptor_led_by_an_organisation_name_points_at_the_story_actor_of_that_kind():
    texts = {"a.txt": "Dunmore Borough Council approved the budget on Tuesday. The Labour Party council will "
                      "spend £4 million on libraries next year."}
    assert owner(texts, 4e6) == "Dunmore Borough Council"


def test_a_toll_belongs_to_the_event_not_to_the_operator_who_reports_it():
    texts = {"a.txt": "A goods train derailed near Kelvin Junction on Sunday. None of the freight train's "
                      "four crew members were hurt, its operator Northline Rail said."}
    assert owner(texts, 4) == "Kelvin Junction"


def test_a_toll_an_official_reports_belongs_to_the_event_its_phrase_names():
    texts = {"a.txt": "The Harrow Mine collapse is the worst in a decade. Westmoor County Sheriff Dana Obi said three "
                      "additional victims had been found in the rubble of the Harrow Mine on Tuesday."}
    assert owner(texts, 3) == "Harrow Mine"


def test_a_figure_only_a_reporter_speaks_of_is_not_credited_to_another_sentences_actor():
    texts = {"a.txt": "The Aldgate Ramblers won the county final on Saturday. The attendance rate was 61.5%, "
                      "the organisers said, the highest in years."}
    assert owner(texts, 61.5) is None


def test_the_parts_a_figure_includes_belong_to_its_owner_not_to_the_subject_before_it():
    texts = {"a.txt": "The Vessa coach, Bluebird Express, had 48 people on board, including 40 pupils and "
                      "8 teachers."}
    assert owner(texts, 8) == "Bluebird Express"
