"""Heights and depths are facts of kind ``measure`` (extents.py), and sources disagree on them as on a toll;
on an invented helicopter accident and a mine rescue."""

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from newsdigest.model import FactSheet
from storybuild import story


def sheet(texts: dict[str, str]) -> FactSheet:
    s = story(texts, dt.date(2027, 6, 9))
    return extract_facts(s, cluster_claims(s))


def measures(result: FactSheet) -> set[tuple[float, str]]:
    return {(f.value, f.unit) for f in result.facts if f.kind == "measure"}


def test_a_height_or_depth_its_words_name_is_a_measure_a_distance_or_speed_is_not():
    result = sheet({"a.txt": "The rescue helicopter climbed to about 1,200 feet before losing power and came down "
                             "3 km north of the village, descending at 900 feet per minute. Miners were trapped at a "
                             "depth of 410 metres."})
    assert measures(result) == {(1200, "feet"), (410, "metres")}
    assert not any(f.value in (3, 900) for f in result.facts)


def test_two_sources_heights_of_one_climb_disagree():
    result = sheet({"a.txt": "The rescue helicopter Kestrel 4 climbed to about 1,200 feet before losing power over "
                             "the ridge, the aviation authority said.",
                    "b.txt": "Radar data show the helicopter reached just 1,450 feet before it fell into the valley."})
    assert [sorted(v for v, _, _ in d.values) for d in result.discrepancies] == [[1200, 1450]]
    assert all(d.kind == "measure" for d in result.discrepancies)


def test_two_heights_with_no_other_word_in_common_are_one_measure_by_their_unit():
    # nothing but the unit ties the two: a height in feet is a height in feet, and the values are near
    result = sheet({"a.txt": "The rescue helicopter climbed to about 1,200 feet before losing power over the ridge.",
                    "b.txt": "Radar data show the machine reached just 1,290 feet before it fell."})
    assert [sorted(v for v, _, _ in d.values) for d in result.discrepancies] == [[1200, 1290]]


def test_a_height_is_the_subject_s_that_climbed_to_it_not_a_place_it_left():
    result = sheet({"a.txt": "Kestrel Air flight K4 left Brannock Airfield and climbed to about 1,200 feet before "
                             "losing power."})
    [height] = [f for f in result.facts if f.kind == "measure"]
    assert height.entity == "Kestrel Air"


def test_a_length_of_a_thing_is_a_count_a_distance_from_a_place_is_not():
    result = sheet({"a.txt": "Fuel from the grounded barge has reached 12 km of shoreline near the estuary, and crews "
                             "have laid 3 kilometres of floating boom. Fishing is banned within 20 km of Harrow Point "
                             "and within 5 km of the wreck."})
    counts = {(f.value, f.unit) for f in result.facts if f.kind == "count"}
    assert {(12, "kilometres"), (3, "kilometres")} <= counts  # what was oiled, what was laid
    assert not measures(result)  # "reached 12 km of shoreline" is no height
    assert not any(f.value in (20, 5) for f in result.facts)  # distances
