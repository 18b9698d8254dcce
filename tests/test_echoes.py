"""A quotation other outlets quote too is the wording chosen for what its speaker said (echoes.py), on an invented
theatre story."""

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from newsdigest.digest.summary.candidates import Candidate
from newsdigest.digest.summary.echoes import echoes, quoted_terms
from newsdigest.digest.summary.summarize import summarize
from newsdigest.digest.text.words import content_terms
from storybuild import story, with_background

THEATRE = {
    "a.txt": ("The Orla Theatre will close for two years from June for a £40 million renovation, its board said on "
              "Monday. In a statement, artistic director Mina Kovac expressed strong confidence in the theatre's "
              "future, saying: “Demand for our final season is phenomenal as audiences come back to live drama.”"),
    "b.txt": ("The Orla Theatre is to shut for two years while it undergoes a £40 million renovation. Artistic "
              "director Mina Kovac expressed strong confidence in the theatre's future, saying that “the building "
              "will be better than ever”."),
    "c.txt": ("The Orla Theatre's last season before its £40 million renovation has sold well. Its artistic director, "
              "Mina Kovac, said bookings were \"phenomenal\" and that the doors would reopen in two years."),
}


def _account(texts: dict[str, str]) -> list[str]:
    s = story(with_background(texts))
    clustering = cluster_claims(s)
    d = summarize(s, clustering, extract_facts(s, clustering).discrepancies)
    return [c.text for name, cs in d.sections if name != "Where sources disagree" for c in cs]


def test_a_source_that_quotes_a_key_word_of_a_quotation_echoes_it():
    assert quoted_terms('bookings were "phenomenal", she said') == [frozenset({"phenomenal"})]
    s = story(THEATRE)
    quotes = {a.id: [q for x in a.sentences for q in quoted_terms(x.text)] for a in s.articles}
    full = next(x for x in s.articles[0].sentences if "phenomenal" in x.text)
    unit = Candidate(full, full.text, frozenset({1}), frozenset(content_terms(full.text)), True, (full.id,))
    assert echoes(unit, quotes) == 2


def test_the_speaker_s_words_other_outlets_quote_are_the_ones_the_account_gives():
    account = _account(THEATRE)
    assert any("phenomenal" in t for t in account), account
    assert not any("better than ever" in t for t in account), account
