"""Counts are facts like money (issue 14): people, deaths, injured, missing, cases, acres, written in digits
or words, with an owner and the date they hold for; ratios, codes and sourcing phrases are no counts."""

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts import extract_facts
from storybuild import story


def counts(texts, published=dt.date(2024, 11, 5)):
    s = story(texts, published)
    return [f for f in extract_facts(s, cluster_claims(s)).facts if f.kind == "count"]


def values(texts):
    return {(f.value, f.unit) for f in counts(texts)}


def test_counts_written_in_words_are_found():
    found = values({"a.txt": "Rescuers found three deceased near the river, and two children were still missing."})
    assert (3, "deaths") in found and (2, "children") in found


def test_a_peoples_count_is_a_count_of_people():
    found = values({"a.txt": "The ferry carried 85 Greek, 12 Turkish and seven Italian passengers."})
    assert {(85, "people"), (12, "people"), (7, "people")} <= found


def test_areas_are_counts():
    found = values({"a.txt": "The Ridgeback fire has burned more than 12,500 acres, about 5,060 hectares, "
                             "and a second 900-acre blaze is contained."})
    assert {(12500, "acres"), (5060, "hectares"), (900, "acres")} <= found


def test_people_counted_as_people_or_individuals_is_one_fact():
    found = counts({"a.txt": "The Harlan ferry was carrying 212 people when it sank.",
                    "b.txt": "The Harlan ferry had 212 individuals on board."})
    assert [f.value for f in found].count(212) == 1


def test_ratios_codes_and_sources_are_not_counts():
    found = values({"a.txt": "Nearly 1 in 5 students missed classes. Police used K-9 units to search. "
                             "Two people familiar with the talks said a deal was close."})
    assert not any(v in (5, 9, 2) for v, _ in found)


def test_a_count_belongs_to_the_event_it_is_counted_in():
    found = counts({"a.txt": "At least nine people died in the Corran Valley floods, officials said."})
    assert [(f.value, f.entity) for f in found] == [(9, "Corran Valley")]


def test_a_count_holds_as_of_the_articles_date():
    found = counts({"a.txt": "The Corran Valley floods have killed 14 people."}, dt.date(2024, 11, 5))
    assert [(f.value, f.basis, f.as_of) for f in found] == [(14, "level", "2024-11-05")]


def test_a_death_toll_and_a_part_of_it_are_counts_of_deaths():
    found = values({"a.txt": "The death toll from the Harlan floods rose to 31 on Friday. Nine of the deaths were "
                             "in the town of Corby."})
    assert {(31, "deaths"), (9, "deaths")} <= found
