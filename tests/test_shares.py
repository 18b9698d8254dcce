"""A share is not a count: "80 percent" of one thing and "80" of another are two figures (restates.py, choice.py).

Invented text about a city's bus fleet: the digits of a percentage and of a count meet by chance."""

from newsdigest.digest.summary.candidates import Candidate
from newsdigest.digest.summary.choice import MINOR, _judge
from newsdigest.digest.summary.restates import same_claim
from newsdigest.digest.summary.support import figures
from newsdigest.digest.text.words import content_terms
from newsdigest.model import Sentence

ORDER = "Ardley's transit authority has ordered 80 electric buses from Varna Motors."
SHARE = "Diesel buses still run closer to 80 percent of Ardley's routes."
ELSEWHERE = "About 91 percent of the region's trips ran on time last year."
LATE = "In Ardley, late trips are closer to 80 percent."


def _terms(text: str) -> frozenset[str]:
    return frozenset(content_terms(text))


def _unit(text: str) -> Candidate:
    return Candidate(Sentence("s-b.2", "s-b", text, 0.6, 2, 2), text, frozenset({7}), _terms(text), True,
                     ("s-b.2",))


def test_a_percentage_does_not_restate_a_count_with_the_same_digits():
    names = _terms("Ardley")
    same, _ = same_claim(SHARE, _terms(SHARE), _terms(SHARE) & names, ORDER, _terms(ORDER), names,
                         figures(ORDER))
    assert not same  # the account keeps the share of routes beside the bus order


def test_two_shares_sharing_only_the_word_percent_are_not_one_measure_reported_twice():
    names = _terms("Ardley")
    same, conflicts = same_claim(LATE, _terms(LATE), _terms(LATE) & names, ELSEWHERE, _terms(ELSEWHERE),
                                 names, figures(ELSEWHERE))
    assert not same and not conflicts  # no "91% against 80%" note: one counts late trips, the other on-time ones


def test_a_percentage_whose_digits_the_account_gives_only_as_a_count_is_a_new_figure():
    said = set(_terms(ORDER))
    verdict = _judge(_unit(SHARE), said, {t: 1.0 for t in said | _terms(SHARE)}, 1, frozenset({"Ardley"}), 2,
                     figures(ORDER))
    assert verdict != MINOR  # one source's share of routes still diesel is stated, not left out as a detail
