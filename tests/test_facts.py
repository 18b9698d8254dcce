import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from storybuild import story


def sheet(texts, published=dt.date(2025, 2, 24)):
    s = story(texts, published)
    return extract_facts(s, cluster_claims(s))


def by_value(facts, value):
    return [f for f in facts if f.value == value]


def test_a_figure_belongs_to_the_name_before_it_in_its_clause():
    facts = sheet({"a.txt": "Microsoft expects to spend $80 billion this fiscal year, while Meta has earmarked "
                            "$65 billion for 2025."}).facts
    assert by_value(facts, 80e9)[0].entity == "Microsoft"
    assert by_value(facts, 65e9)[0].entity == "Meta"
    assert by_value(facts, 80e9)[0].period == "this fiscal year"


def test_a_possessive_owns_the_figure_after_it():
    facts = sheet({"a.txt": "The clampdown halted Ant Group’s $34 billion IPO in 2020."}).facts
    assert facts[0].entity == "Ant Group"


def test_the_same_figure_from_several_sources_is_one_fact_listing_them_all():
    facts = sheet({"a.txt": "Alibaba will invest 380 billion yuan over three years.",
                   "b.txt": "Alibaba plans to invest 380 billion yuan in AI.",
                   "c.txt": "Shares of Alibaba rose."}).facts
    assert len(by_value(facts, 380e9)) == 1
    assert by_value(facts, 380e9)[0].sources == ("s-a", "s-b")


def test_a_conversion_points_to_the_amount_it_converts():
    facts = sheet({"a.txt": "Alibaba will invest 380 billion yuan ($53 billion) over three years."}).facts
    yuan, dollars = by_value(facts, 380e9)[0], by_value(facts, 53e9)[0]
    assert (yuan.unit, dollars.unit, dollars.same_as) == ("CNY", "USD", yuan.id)


def test_different_values_for_the_same_measure_are_a_discrepancy():
    result = sheet({"a.txt": "Alibaba shares slid as much as 3% on Monday.",
                    "b.txt": "Alibaba shares were down as much as 2.5 per cent on Feb 24."})
    assert len(result.discrepancies) == 1
    assert sorted(v for v, _, _ in result.discrepancies[0].values) == [2.5, 3]


def test_a_death_toll_reported_a_day_later_is_an_update_of_the_first():
    result = sheet({"a.txt": "The storm hit Beira on Monday, killing at least 38 people.",
                    "b.txt": "The storm has killed 41 people, officials said on Tuesday."}, dt.date(2024, 3, 12))
    assert result.discrepancies == ()
    assert [[v for v, _, _, _ in u.values] for u in result.updates] == [[38, 41]]


def test_an_amount_in_two_currencies_is_not_a_discrepancy():
    result = sheet({"a.txt": "The EU released €20 million in aid.",
                    "b.txt": "The EU released €20 million (about $21.7 million) in aid."})
    assert result.discrepancies == ()


def test_a_bare_dollar_in_an_article_that_writes_us_dollars_is_the_local_dollar():
    facts = sheet({"a.txt": "Microsoft expects to spend US$80 billion (S$107 billion). Its rival pledged "
                            "$70 billion more."}).facts
    assert by_value(facts, 70e9)[0].unit == "SGD"


def test_a_figure_in_a_removed_line_is_never_a_fact():
    facts = sheet({"a.txt": "Alibaba will invest 380 billion yuan in AI.\n\n"
                            "Pension directorate disburses N5,694,967,800.00 to retirees… Read More",
                   "b.txt": "Alibaba plans a 380 billion yuan AI budget."}).facts
    assert not by_value(facts, 5694967800.0)


def test_a_spokesperson_does_not_own_the_figure_they_report():
    facts = sheet({"a.txt": "Harbor Freight Lines will close two depots, the company said on Monday. "
                            "Chief executive Dana Whitfield said the closures would save $40 million a year. "
                            "Mayor Tom Berg said the city would spend $5 million on retraining.",
                   "b.txt": "Harbor Freight Lines is shutting two depots. Dana Whitfield, who became chief "
                            "executive in May, said the plan would deliver savings of $40 million a year.",
                   "c.txt": "Harbor Freight Lines will close depots in two towns. Chief executive Dana Whitfield "
                            "told reporters the firm would return to profit. Savings are put at $40 million."}).facts
    assert [(f.entity, f.sources) for f in by_value(facts, 40e6)] == [("Harbor Freight Lines", ("s-a", "s-b", "s-c"))]
    assert by_value(facts, 5e6)[0].entity != "Tom Berg"


def test_a_figure_in_a_participle_clause_belongs_to_the_subject_not_a_place():
    facts = sheet({"a.txt": "Harbor Freight shares fell 7% in London trading on Thursday, taking their losses "
                            "this year to more than 30%."}).facts
    assert by_value(facts, 30.0)[0].entity == "Harbor Freight"
