"""Cut for length, a claim keeps the clause that gives what only it gives, rather than going whole."""

from newsdigest.digest.summary.budget import prune
from newsdigest.digest.summary.candidates import Candidate
from newsdigest.digest.summary.choice import Choice
from newsdigest.digest.text.words import content_terms
from newsdigest.model import Citation, Sentence

TEXTS = ["The Orvald Museum reopened on Saturday after a two-year renovation costing 14 million euros.",
         "Petra Lind, the curator, said the new east wing would show the museum's textile collection for the "
         "first time.",
         "Tickets sold out within 40 minutes of going on sale on Friday, although the museum had warned visitors "
         "that the online booking system might struggle with demand during the first week of opening."]
NAMES = frozenset({"Orvald Museum", "Petra Lind"})


def _units() -> list[Candidate]:
    return [Candidate(Sentence(f"s-a:{k}", "s-a", t, 0.5, k, k), t, frozenset({k}), frozenset(content_terms(t)),
                      True, (f"s-a:{k}",)) for k, t in enumerate(TEXTS)]


def _pruned(budget: int) -> list[str]:
    choice = Choice(chosen=_units())
    prune(choice, budget, {0: 1, 1: 1, 2: 1}, {0: 0.1, 1: 0.5, 2: 0.5}, NAMES, 1,
          lambda u: Citation(u.text, (), u.sentence.id), {})
    return [u.text for u in choice.chosen]


def test_a_long_claim_is_cut_back_to_its_head_that_keeps_its_own_figure():
    """No room for the whole ticket sentence: its head ('sold out within 40 minutes') stays, its tail goes."""
    budget = len(TEXTS[0].split()) + len(TEXTS[1].split()) + 12
    assert _pruned(budget) == [TEXTS[0], TEXTS[1], "Tickets sold out within 40 minutes of going on sale on Friday."]


def test_a_head_inside_a_quotation_is_not_taken():
    """A cut inside someone's words would misquote them: a quoted sentence goes whole or not at all."""
    quoted = ('"Tickets sold out within 40 minutes of going on sale on Friday, although we had warned visitors that '
              'the online booking system might struggle," the director said.')
    choice = Choice(chosen=[*_units()[:2], Candidate(Sentence("s-b:0", "s-b", quoted, 0.5, 0, 0), quoted,
                                                     frozenset({2}), frozenset(content_terms(quoted)), True,
                                                     ("s-b:0",))])
    prune(choice, len(TEXTS[0].split()) + len(TEXTS[1].split()) + 12, {0: 1, 1: 1, 2: 1}, {0: 0.1, 1: 0.5, 2: 0.5},
          NAMES, 1, lambda u: Citation(u.text, (), u.sentence.id), {})
    assert [u.text for u in choice.chosen] == TEXTS[:2]
