"""A trailing clause the rest of the account states is cut (tails.py), on invented stories."""

from newsdigest.digest.summary.candidates import Candidate
from newsdigest.digest.summary.tails import trim_tails
from newsdigest.digest.text.words import content_terms
from newsdigest.model import Sentence


def unit(sid, text):
    return Candidate(Sentence(sid, sid.split(".")[0], text, 0.3, 1, 1), text, frozenset({int(sid[-1])}),
                     frozenset(content_terms(text)), True, (sid,))


STORM = unit("s-a.1", "A powerful storm hit the northern coast early on Friday, flooding hundreds of homes.")


def texts(*units):
    weight = {t: 1.0 for u in units for t in u.terms}
    return [u.text for u in trim_tails(list(units), weight)]


def test_a_when_clause_without_a_comma_that_the_account_states_is_cut():
    hiker = unit("s-b.2", "Greta Olsen, a retired teacher, was walking her dog near the harbour when the storm hit "
                          "the northern coast early on Friday.")
    assert texts(STORM, hiker)[1] == "Greta Olsen, a retired teacher, was walking her dog near the harbour."


def test_any_participle_opens_a_tail_but_a_verb_of_saying_does_not():
    shift = unit("s-c.3", "The ferry company cancelled every crossing for the weekend, stranding travellers after "
                          "the storm hit the northern coast early on Friday.")
    said = unit("s-d.4", "The ferry company cancelled every crossing for the weekend, adding that the storm "
                         "hit the northern coast early on Friday.")
    assert texts(STORM, shift)[1] == "The ferry company cancelled every crossing for the weekend."
    assert texts(STORM, said)[1] == said.text


def test_a_contrast_the_account_states_is_cut_and_one_it_does_not_stays():
    outlook = unit("s-e.5", "Harl guided for a gross margin of roughly 28% for the first quarter.")
    fell = unit("s-f.6", "Harl stock fell 6% on Thursday after its results beat forecasts, but its outlook for the "
                         "first quarter gross margin came in lower.")
    assert texts(outlook, fell)[1] == "Harl stock fell 6% on Thursday after its results beat forecasts."
    assert texts(STORM, fell)[1] == fell.text


def test_a_second_participle_the_account_states_is_cut_and_the_first_with_its_new_figure_stays():
    # "flooding hundreds of homes" is said; "destroying over 1,200 boats" is not: only the second tail goes
    harbour = unit("s-e.5", "Waves swept the harbour wall away on Friday, destroying over 1,200 boats and flooding "
                            "hundreds of homes.")
    assert texts(harbour, STORM) == ["Waves swept the harbour wall away on Friday, destroying over 1,200 boats.",
                                     STORM.text]
