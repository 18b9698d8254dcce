"""A figure still moving is news: "the number of trapped miners is expected to rise" is stated, once."""

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from newsdigest.digest.summary.candidates import Candidate
from newsdigest.digest.summary.choice import choose
from newsdigest.digest.summary.outlook import outlooks
from newsdigest.digest.summary.summarize import summarize
from newsdigest.digest.text.words import content_terms
from newsdigest.model import Citation, Sentence
from storybuild import story

LEAD = "Officials said a tunnel collapse at the Vrana Hill copper mine killed nine miners on Tuesday."
RESCUE = "Rescue chief Pavel Dorn said crews were still digging near the shaft on Wednesday."


def _chosen(*later: str) -> list[str]:
    texts = [LEAD, RESCUE, *later]
    units = [Candidate(Sentence(f"s-{k}:0", f"s-{k}", t, 0.1 * (k + 1), 0, k), t, frozenset({k}),
                       frozenset(content_terms(t)), True, (f"s-{k}:0",)) for k, t in enumerate(texts)]
    support = {k: 2 for k in range(len(texts))}
    position = {k: 0.1 * (k + 1) for k in range(len(texts))}
    choice = choose(units, support, position, frozenset({"Pavel Dorn", "Vrana Hill"}), 2,
                    lambda u: Citation(u.text, (u.sentence.source,), u.sentence.id))
    return [u.text for u in choice.chosen]


def test_what_an_outlook_is_about_is_read_from_the_words_before_it():
    assert outlooks("Officials said the number of miners killed is expected to rise.") == {"number", "miner", "~death"}
    assert outlooks("The launch could slip to March, the agency said.") == set(content_terms("The launch"))
    assert outlooks("The death toll rose to nine on Wednesday.") == frozenset()  # it moved: a figure, not an outlook
    assert outlooks("The mine could reopen in the spring.") == frozenset()  # a reopening is not a figure moving


def test_a_wording_that_says_the_toll_will_rise_is_stated_though_its_words_repeat_the_toll():
    later = "Officials said the number of miners killed in the copper mine collapse could rise."
    assert _chosen(later) == [LEAD, RESCUE, later]


def test_a_second_outlook_for_the_same_figure_is_a_repeat():
    first = "Officials said the number of miners killed in the copper mine collapse could rise."
    second = "The number of dead is likely to climb, officials said."
    assert _chosen(first, second) == [LEAD, RESCUE, first]


A = ("A tunnel collapse at the Vrana Hill copper mine killed nine miners on Tuesday, the owner, Kestrel Metals, said. "
     "Rescue chief Pavel Dorn said crews were still digging near the main shaft on Wednesday. "
     "Production at the mine, which employs 1,400 people, has been halted.")
B = ("Nine miners died when a tunnel collapsed at the Vrana Hill copper mine on Tuesday, Kestrel Metals said. "
     "Rescue chief Pavel Dorn said crews were digging near the main shaft. "
     "Pavel Dorn said the number of miners killed in the collapse could rise.")
C = ("Kestrel Metals said nine miners were killed in the collapse of a tunnel at its Vrana Hill copper mine on "
     "Tuesday. Crews were still digging near the main shaft, rescue chief Pavel Dorn said. "
     "The company's shares fell 6% in Prague.")


def test_the_account_says_the_toll_may_rise_when_one_outlet_reports_it():
    """The toll, the mine and the rescue chief are all stated elsewhere: only the outlook is new."""
    s = story({"a.txt": A, "b.txt": B, "c.txt": C})
    clustering = cluster_claims(s)
    summary = summarize(s, clustering, extract_facts(s, clustering).discrepancies)
    stated = [c.text for _, cs in summary.sections for c in cs]
    assert any("could rise" in t for t in stated)
