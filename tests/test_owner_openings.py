"""Who owns a figure, round 9 (issue 14.1): a sentence that opens on a phrase framing it ("Prior to the
announcement, ...") has its subject after that phrase, and a figure that recurs by chance with another
owner and another measure is a fact of its own, not a source of the first one's."""

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from storybuild import story


def facts_of(texts, value):
    s = story(texts, dt.date(2024, 9, 3))
    return [f for f in extract_facts(s, cluster_claims(s)).facts if f.value == value]


MINING = {"a.txt": "Corvel reported output of 2.1 million tonnes on Tuesday, its highest in a decade. "
                   "For comparison, Talwyn Metals said its profit grew 8% this year. Prior to the announcement, "
                   "Corvel shares rose 3% to close at $4.10, although the stock lost about 12% over the past month.",
          "b.txt": "Corvel will open a second pit in Western Australia next year, Corvel said."}


def test_the_preposition_a_sentence_opens_on_is_no_owner():
    texts = {"a.txt": "Prior to the announcement, Corvel shares rose 3% to close at $4.10. Ahead of the vote on "
                      "Friday, Arbel shares fell 2% to $7.80."}
    assert [f.entity for f in facts_of(texts, 3) + facts_of(texts, 2)] == ["Corvel", "Arbel"]  # not "Prior", "Ahead"


def test_a_clause_that_points_back_means_the_subject_after_the_framing_phrase_not_the_last_actor():
    assert [f.entity for f in facts_of(MINING, 12)] == ["Corvel"]  # "the stock": Corvel's, not Talwyn's


def test_a_value_recurring_with_another_owner_and_measure_is_its_own_fact():
    texts = {"a.txt": MINING["a.txt"].replace("about 12%", "about 8%"), "b.txt": MINING["b.txt"]}
    assert sorted(f.entity for f in facts_of(texts, 8)) == ["Corvel", "Talwyn Metals"]
