"""A share of a group in a sentence that names no actor ("38% of recipients") is nobody's stated figure:
entity null, not the previous sentence's or the story's main actor (issue: owners)."""
import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from storybuild import story


def owner(texts, value):
    s = story(texts, dt.date(2024, 9, 3))
    found = [f for f in extract_facts(s, cluster_claims(s)).facts if f.value == value]
    assert len(found) == 1, found
    return found[0].entity


def test_a_share_of_inspected_schools_is_not_the_inspectorates():
    texts = {"a.txt": "Brenmoor Schools Inspectorate published its annual report on Tuesday. "
                      "In the survey, safeguarding failures were found in 17% of inspected schools.",
             "b.txt": "Brenmoor Schools Inspectorate visited hundreds of schools. "
                      "In the survey, safeguarding failures were found in 17% of inspected schools."}
    assert owner(texts, 17) is None


def test_a_share_the_sentence_gives_an_owner_keeps_it():
    texts = {"a.txt": "Brenmoor Schools Inspectorate published its annual report on Tuesday. "
                      "Brenmoor Schools Inspectorate rated 17% of schools as outstanding.",
             "b.txt": "Brenmoor Schools Inspectorate rated 17% of schools as outstanding this year."}
    assert owner(texts, 17) == "Brenmoor Schools Inspectorate"
