"""Citations that hold by construction, and each claim once (issue 15, items 1 and 2)."""

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from newsdigest.digest.summary.summarize import summarize
from newsdigest.digest.summary.support import carries_figures, figures, quotations, shares_words, words
from storybuild import story


def digest(texts: dict[str, str]):
    s = story(texts)
    clustering = cluster_claims(s)
    return summarize(s, clustering, extract_facts(s, clustering).discrepancies)


def claims(d):
    return [c for name, cs in d.sections if name != "Where sources disagree" for c in cs]


def notes(d):
    return [c.text for name, cs in d.sections if name == "Where sources disagree" for c in cs]


# An art auction, three outlets; the third hears another price.
AUCTION_A = ("A portrait by Lena Hartwig sold for $41 million at Carrow's in New York on Thursday, a record for the "
             "artist. The buyer bid by telephone. The painting had been in a private Swiss collection since 1961.")
AUCTION_B = ("Lena Hartwig's portrait fetched $41 million at Carrow's on Thursday evening, the highest price ever "
             "paid for her work. Carrow's said the buyer wished to remain anonymous.")
AUCTION_C = ("Lena Hartwig's portrait sold for $44 million at Carrow's on Thursday, a record for the artist. "
             "The auction house had estimated it at $30 million.")


def test_a_source_that_gives_another_figure_is_not_cited_but_named_in_the_disagreement():
    d = digest({"a.txt": AUCTION_A, "b.txt": AUCTION_B, "c.txt": AUCTION_C})
    sale = [c for c in claims(d) if "$41 million" in c.text or "$44 million" in c.text]
    assert len(sale) == 1
    assert "s-c" not in sale[0].sources
    # named either in the account's own note ("$44 million") or in facts.yaml's discrepancy ("44 million USD")
    assert any("44 million" in n and "[@s-c]" in n for n in notes(d))


def test_the_claim_is_stated_once_though_one_outlet_gives_another_figure():
    d = digest({"a.txt": AUCTION_A, "b.txt": AUCTION_B, "c.txt": AUCTION_C})
    prices = [c.text for c in claims(d) if "$41 million" in c.text or "$44 million" in c.text]
    assert len(prices) == 1


def test_every_cited_source_carries_every_figure_of_its_sentence():
    texts = {"a.txt": AUCTION_A, "b.txt": AUCTION_B, "c.txt": AUCTION_C}
    s = story(texts)
    d = digest(texts)
    by_source = {a.id: a.text for a in s.articles}
    for c in claims(d):
        for source in c.sources:
            assert carries_figures(figures(c.text), by_source[source]), (c.text, source)


def test_a_bracketed_conversion_stands_for_the_figure_it_converts():
    claim = figures("The miner will invest 380 billion yuan ($53 billion) over three years.")
    assert carries_figures(claim, "The company plans to spend $53 billion over three years.")
    assert not carries_figures(claim, "The company plans to spend $50 billion over three years.")


# A hospital strike; only one outlet carries the union leader's words.
STRIKE_A = ('Nurses at St Aldric Hospital walked out on Monday over staffing, the union said. "We cannot keep '
            'patients safe with these rotas," union leader Mara Quist told reporters. About 400 nurses joined.')
STRIKE_B = ("About 400 nurses at St Aldric Hospital went on strike on Monday in a dispute over staffing levels, "
            "union leader Mara Quist said. The hospital postponed 120 operations.")
STRIKE_C = ("St Aldric Hospital nurses began a strike over staffing on Monday, with about 400 taking part. "
            "Union leader Mara Quist said nurses could not keep patients safe with the current rotas.")


def test_a_quote_cites_only_the_outlets_that_print_it():
    d = digest({"a.txt": STRIKE_A, "b.txt": STRIKE_B, "c.txt": STRIKE_C})
    quoted = [c for c in claims(d) if "We cannot keep patients safe" in c.text]
    assert all(c.sources == ("s-a",) for c in quoted)
    assert quotations('"We cannot keep patients safe with these rotas," union leader Mara Quist told reporters.') \
        == ["we cannot keep patients safe with these rotas"]


def test_a_wording_another_one_states_in_full_is_not_stated_twice():
    lawsuit_a = ("The lawsuit was brought by 214 residents of Pell Creek against Kessling Polymers in 2023. "
                 "The trial lasted six weeks.")
    lawsuit_b = ("Kessling Polymers was sued by 214 Pell Creek residents, 63 of them children, whose wells were "
                 "contaminated. The company denies wrongdoing.")
    lawsuit_c = "A jury heard six weeks of evidence in the case brought by 214 Pell Creek residents in 2023."
    d = digest({"a.txt": lawsuit_a, "b.txt": lawsuit_b, "c.txt": lawsuit_c})
    residents = [c.text for c in claims(d) if "214" in c.text]
    assert len(residents) <= 2
    assert not any(c.text == "The lawsuit was brought by 214 residents of Pell Creek against Kessling Polymers in "
                   "2023." for c in claims(d)) or len(residents) == 1


def test_a_figure_written_to_the_same_decimal_with_another_digit_is_another_figure():
    # 44.1C and 44.3C are within half a per cent of each other, but no outlet rounds 44.3 to 44.1
    d = digest({"a.txt": "The national weather service said Belgrava reached 44.1C on Monday, a national record.",
                "b.txt": "Belgrava recorded 44.3C on Monday afternoon, the national weather service said, a record.",
                "c.txt": "Belgrava reached 44.1C on Monday, the national weather service said, a national record."})
    record = [c for c in claims(d) if "44.1C" in c.text]
    assert len(record) == 1 and "s-b" not in record[0].sources


def test_a_sentence_that_shares_only_a_figure_with_a_claim_does_not_state_it():
    # the digits of "£140,000 a week" are no shared words: the contract sentence never says the wages are
    # undisclosed or what the Post understands, so it is no wording of that claim and its outlet is not cited
    claim = words("Neither club has disclosed the wages, but the Post understands the midfielder will earn around "
                  "£140,000 a week.")
    assert not shares_words(claim, "Meireles has agreed personal terms on a five-year contract worth £140,000 per "
                                   "week, which would make him the second-highest earner at Ashgrove Park.")
    assert shares_words(claim, "Neither club has disclosed the wages, but the midfielder is understood to earn "
                               "around £140,000 a week.")
