"""A line the writer addresses to their readers is an aside, not a claim the account states."""

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from newsdigest.digest.summary.summarize import summarize
from storybuild import story

A = ("Inspectors rated Northgate Academy inadequate on Thursday after a two-day visit, the schools regulator said. "
     "Readers have asked what the rating means for pupils starting in September, so here goes. "
     "The academy's 1,150 pupils stay enrolled while a new trust is found.")
B = ("Northgate Academy was rated inadequate by inspectors on Thursday, the regulator said. "
     "Head teacher Amira Cole said the school would appeal the findings on leadership.")


def test_a_line_that_answers_the_readers_questions_is_left_out_with_that_reason():
    s = story({"a.txt": A, "b.txt": B})
    clustering = cluster_claims(s)
    summary = summarize(s, clustering, extract_facts(s, clustering).discrepancies)
    stated = [c.text for _, cs in summary.sections for c in cs]
    assert any("1,150 pupils" in t for t in stated)
    assert not any("Readers" in t for t in stated)
    assert any(r.text.startswith("Readers have asked") and "aside to the reader" in r.reason
               for _, r in summary.omitted)


def test_a_recap_announced_for_new_readers_is_left_out_with_that_reason():
    a = A.replace("Readers have asked what the rating means for pupils starting in September, so here goes. ",
                  "A quick recap for new readers of this page. ")
    s = story({"a.txt": a, "b.txt": B})
    clustering = cluster_claims(s)
    summary = summarize(s, clustering, extract_facts(s, clustering).discrepancies)
    stated = [c.text for _, cs in summary.sections for c in cs]
    assert not any("recap" in t for t in stated)
    assert any(r.text.startswith("A quick recap") and "aside to the reader" in r.reason for _, r in summary.omitted)
