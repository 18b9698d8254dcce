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
