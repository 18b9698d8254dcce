"""The last words of excess: cut a claim nearly as weak that covers them, not a long one with a name only it gives."""

from newsdigest.digest.summary.budget import prune
from newsdigest.digest.summary.candidates import Candidate
from newsdigest.digest.summary.choice import Choice
from newsdigest.digest.text.words import content_terms
from newsdigest.model import Citation, Sentence

LEAD = ("A rocket carrying the Tessel-2 weather satellite lifted off from Kourou on Monday, but controllers lost "
        "contact with the craft 40 minutes later.")
OPERATOR = ("The satellite's operator, Halvard Orbital Systems, said in a statement that it was doing everything "
            "possible to recover the craft and had opened an inquiry.")
ENGINEERS = "Engineers at Kourou worked through the night to restore contact with the craft."
PRICE = "The satellite cost 210 million euros to build and was insured for 180 million euros."


def _kept(budget_cut: int) -> list[str]:
    texts = [LEAD, OPERATOR, ENGINEERS, PRICE]
    units = [Candidate(Sentence(f"s-{k}:0", f"s-{k}", t, 0.5 + 0.1 * k, 0, k), t, frozenset({k}),
                       frozenset(content_terms(t)), True, (f"s-{k}:0",)) for k, t in enumerate(texts)]
    choice = Choice(chosen=list(units))
    words = sum(len(t.split()) for t in texts)
    prune(choice, words - budget_cut, {k: 1 for k in range(4)}, {k: 0.5 + 0.1 * k for k in range(4)},
          frozenset({"Halvard Orbital Systems", "Kourou"}), 4,
          lambda u: Citation(u.text, (u.sentence.source,), u.sentence.id))
    return [u.text for u in choice.chosen]


def test_a_few_words_over_cut_the_short_claim_not_the_one_naming_the_operator():
    assert _kept(5) == [LEAD, OPERATOR, PRICE]

