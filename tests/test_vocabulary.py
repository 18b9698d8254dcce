"""The general news vocabulary (data/vocabulary.yaml) on text from fields the dev stories are not in."""

import pytest

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.ingest.boilerplate import shape_reason
from newsdigest.digest.text.words import content_terms
from storybuild import story


def same_claim(a: str, b: str) -> bool:
    s = story({"a.txt": a, "b.txt": b})
    result = cluster_claims(s)
    first, second = s.articles[0].sentences[0].id, s.articles[1].sentences[0].id
    return bool(set(result.by_sentence[first]) & set(result.by_sentence[second]))


@pytest.mark.parametrize(("a", "b"), [
    ("The club conceded that the fee was too high", "The club admitted that the fee was too high"),
    ("The council will spend €40 million on the tram depot", "The council has allocated €40 million to the tram depot"),
    ("Regulators banned the Velta heater", "Regulators put a sanction on the Velta heater"),
    ("The airline grounded the damaged jet", "The airline grounded the damaged plane"),
    ("Shares of Halvorsen tumbled", "Shares of Halvorsen slumped"),
    ("The hospital trust faces a £9 million deficit", "The hospital trust faces a £9 million gap"),
])
def test_paraphrases_from_other_fields_read_as_the_same_words(a, b):
    assert set(content_terms(a)) == set(content_terms(b))


def test_a_paraphrase_from_another_field_is_one_claim():
    assert same_claim("The council will spend €40 million on the new tram depot at Kessel, the mayor said.",
                      "Kessel's council has allocated €40 million for a tram depot, according to the mayor.")


def test_words_of_one_class_do_not_join_different_claims():
    assert not same_claim("The jury awarded the Pell family $12 million in damages on Tuesday.",
                          "The transit union will vote on the pay offer on Thursday.")


def test_copy_selling_a_subscription_is_an_advertisement_in_any_field():
    line = "Premium membership gives you unlimited match insights and real-time alerts!"
    assert shape_reason(line) == "advertisement or promotion"
    assert shape_reason("The club offered the striker a free transfer after his contract ran out.") is None
