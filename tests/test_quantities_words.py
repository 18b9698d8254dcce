"""A percentage a speaker is quoted saying in words is a percentage like one in digits."""

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from newsdigest.digest.facts.quantities import find_quantities
from storybuild import story


def test_a_percentage_in_words_is_a_percentage():
    found = find_quantities('"Why did seventy-two per cent of us vote to walk out?" one nurse asked.')
    assert [(q.kind, q.value, q.unit) for q in found] == [("percent", 72, "%")]


def test_a_percentage_in_words_and_in_digits_from_two_outlets_is_one_fact():
    s = story({"a.txt": "The Brenmoor Nurses Union is asking for an 8% rise over two years.",
               "b.txt": '"Eight per cent is not greedy," said a nurse outside Brenmoor General Hospital.'},
              dt.date(2025, 3, 4))
    facts = [f for f in extract_facts(s, cluster_claims(s)).facts if f.kind == "percent"]
    assert [(f.value, f.sources) for f in facts] == [(8, ("s-a", "s-b"))]

