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


def test_a_share_of_a_group_is_nobodys_unless_the_sentence_names_who():
    texts = {"a.txt": "Brenmoor Schools Inspectorate published its annual report on Tuesday. "
                      "In the survey, safeguarding failures were found in 17% of inspected schools. "
                      "Brenmoor Schools Inspectorate rated 23% of schools as outstanding.",
             "b.txt": "Brenmoor Schools Inspectorate visited hundreds of schools. "
                      "In the survey, safeguarding failures were found in 17% of inspected schools."}
    assert owner(texts, 17) is None
    assert owner(texts, 23) == "Brenmoor Schools Inspectorate"
