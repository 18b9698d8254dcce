"""What a figure is, over what period and on what basis (issue 14): a short noun phrase, and the period
and basis of the figure's own clause, not of another figure of the sentence."""

import datetime as dt

import yaml

from newsdigest.content.files import generated_files
from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from storybuild import story


def facts(texts):
    s = story(texts, dt.date(2024, 6, 18))
    return {f.value: f for f in extract_facts(s, cluster_claims(s)).facts}


def test_what_is_the_noun_phrase_the_figure_is_the_value_of():
    found = facts({"a.txt": "Halvard Group's net profit was $1.2 billion. The jury awarded $62 million in "
                            "compensatory damages and an interim payment of $3 million."})
    assert found[1.2e9].what == "net profit"
    assert found[62e6].what == "compensatory damages"
    assert found[3e6].what == "interim payment"


def test_what_is_never_a_cut_off_clause():
    found = facts({"a.txt": "Tessel Energy will invest $600 million, or about €550 million, in two plants."})
    assert found[600e6].what == "investment"


def test_what_is_no_phrase_a_preposition_opens_after_the_figure():
    found = facts({"a.txt": "Orvane's profit rose 8% before tax in the year. Shares in Orvane gained 4% after the "
                            "premium rose. Orvane also paid a 25% tariff on its steel."})
    assert (found[8].what, found[4].what, found[25].what) == ("rise", "rise", "tariff")  # not "before tax"


def test_what_is_no_phrase_a_participle_opens_after_the_figure():
    found = facts({"a.txt": "Orvane reported 3.1 billion euros including debt."})
    assert (found[3.1e9].what, found[3.1e9].basis) == ("amount", None)  # not "including debt", so no level of debt


def test_a_share_of_a_group_names_the_group():
    found = facts({"a.txt": "Headaches were reported by 12.5% of trial volunteers. Exports made up 41% of "
                            "Brakstad's total sales."})
    assert found[12.5].what == "share of trial volunteers"
    assert found[41].what == "share of total sales"  # the owner's name is not the measure
    found = facts({"a.txt": "Ferndale schools said 31% of their budgets went on energy."})
    assert found[31].what == "share of budgets"  # a verb ends the phrase, "went" as well as "-ed"


def test_a_sum_right_before_nouns_is_what_they_name():
    found = facts({"a.txt": "The mining council sold a $95 million bond. Varro Mining priced its $1.4 billion "
                            "listing in May, and Quarry Union rejected the $3 million offer already made."})
    assert found[95e6].what == "bond"
    assert found[1.4e9].what == "listing"
    assert found[3e6].what == "offer"  # an adverb ends the phrase


def test_no_phrase_is_a_name_or_a_word_as_vague_as_figure():
    found = facts({"a.txt": "Varro Mining signed a deal with Oslo-based Fjell Metals worth $800 million. "
                            "Varro Mining did not say whether the $50 million figure included fees. The "
                            "contract includes royalties exceeding $20 million."})
    assert (found[800e6].what, found[50e6].what) == ("amount", "amount")  # "amount" says: not stated
    assert found[20e6].what == "royalties"


def test_period_and_basis_come_from_the_figures_own_clause():
    found = facts({"a.txt": "Solara Rail will spend $2 billion a year on trains, while Norvik Lines pledged "
                            "$9 billion over five years."})
    assert (found[2e9].basis, found[2e9].period) == ("per-year", "a year")
    assert (found[9e9].basis, found[9e9].period) == ("total", "five years")


def test_a_fine_is_one_off_and_a_share_price_a_level():
    found = facts({"a.txt": "Regulators fined Corvo Bank $40 million. Corvo Bank shares closed at $12.50."})
    assert found[40e6].basis == "one-off"
    assert (found[12.5].basis, found[12.5].as_of) == ("level", "2024-06-18")


def test_a_deal_s_value_is_one_off_and_what_the_deal_is():
    found = facts({"a.txt": "The regulator approved Telvia's takeover of Norda Mobile, a deal valued at 15.2 billion "
                            "euros including debt."})
    assert (found[15.2e9].basis, found[15.2e9].what) == ("one-off", "deal")  # not a level, not "including debt"


def test_an_aid_package_worth_a_sum_is_one_off_not_a_level():
    found = facts({"a.txt": "Finance Minister Andres Velloso announced an aid package worth $80 million for growers."})
    assert (found[80e6].basis, found[80e6].as_of) == ("one-off", None)  # what a package gives, not a value held


def test_six_months_to_a_month_is_a_period_and_its_count_a_total():
    found = facts({"a.txt": "Kellmark Homes completed 4,125 homes in the six months to September."})
    assert (found[4125].period, found[4125].basis) == ("the six months to September", "total")  # not a level


def test_facts_yaml_gives_basis_and_as_of_after_period():
    s = story({"a.txt": "The Corran Valley floods have killed 14 people, and Tessel Energy will pay $5 million."},
              dt.date(2024, 6, 18))
    sheet = extract_facts(s, cluster_claims(s))
    from newsdigest.digest.summary.summarize import summarize
    from newsdigest.model import StoryDigest

    digest = StoryDigest(s, summarize(s, cluster_claims(s), sheet.discrepancies), sheet, ())
    text = generated_files(digest)["facts.yaml"]
    fact = next(f for f in yaml.safe_load(text)["facts"] if f["kind"] == "count")
    keys = list(fact)
    assert keys[keys.index("period"):keys.index("what") + 1] == ["period", "basis", "as_of", "what"]
    assert (fact["basis"], fact["as_of"]) == ("level", dt.date(2024, 6, 18))


def test_a_figure_does_not_take_the_period_of_another_clause():
    found = facts({"a.txt": "Solara Rail will spend $2 billion, while Norvik Lines pledged $9 billion over "
                            "five years."})
    assert (found[2e9].period, found[2e9].basis) == (None, None)
    assert found[9e9].period == "five years"


def test_a_level_a_verb_moves_something_to_is_the_level_of_that_thing_not_a_change():
    # "raised its main policy rate ... to 4.25%": 4.25% is the rate now, not a change of something unnamed
    found = facts({"a.txt": "The Bank of Nordvik raised its main policy rate by a quarter point to 4.25% on Thursday. "
                            "The bank also cut its growth forecast for this year to 0.8%."})
    assert found[4.25].what == "main policy rate"
    assert found[0.8].what == "growth forecast"


def test_a_rate_right_after_one_figure_is_not_the_period_of_the_next():
    """"£12 million a year, most of it going to close a deficit of £15 million": the deficit is no yearly flow."""
    found = facts({"a.txt": "The toll will bring in about £12 million a year, most of it going to close a deficit "
                            "of £15 million."})
    assert found[12e6].period == "a year"
    assert found[15e6].period is None


def test_a_ranking_over_years_is_not_the_figures_period():
    """"the first increase in four years" says how rare the rise is; "in three years" after a plan is its span."""
    found = facts({"a.txt": "The club raised season tickets to £640, the first increase in four years. "
                            "Its owner will spend £40 million in three years."})
    assert found[640].period is None
    assert found[40e6].period == "three years"


def test_a_clause_a_day_after_the_main_one_has_the_day_before():
    found = facts({"a.txt": "Shares in Orvane rose another 6% on Thursday, a day after the company's stock surged "
                            "33% in its market debut."})
    assert found[6].date == "2024-06-13"  # the Thursday before the article's Tuesday, 18 June
    assert found[33].date == "2024-06-12"


def test_a_sum_a_measure_moved_to_is_that_measure():
    found = facts({"a.txt": "Solvane's revenue rose 36% to $910 million in the six months to June, while its net "
                            "loss narrowed to $42 million. Its shares slipped 0.7% to $31.20 on Monday. The offering "
                            "values the Copenhagen-based company at about $7.8 billion."})
    assert found[910e6].what == "revenue"
    assert found[42e6].what == "net loss"
    assert found[31.2].what == "share price"
    assert found[7.8e9].what == "valuation"


def test_a_day_a_figure_counts_from_is_no_day_it_held():
    found = facts({"a.txt": "At least 38 people have died since the heatwave began last Wednesday. The city will run "
                            "a deficit of €25 million, the first since 2013."})
    assert found[38].as_of == "2024-06-18"  # the article's day, not Wednesday 12 June
    assert found[25e6].date is None


def test_what_has_been_done_so_far_is_a_level_and_what_was_done_once_is_not():
    found = facts({"a.txt": "Skyrail cancelled 1,100 flights on Monday. Its rival Aerolux has cancelled 3,000 "
                            "flights since the strike began."})
    assert found[1100].basis == "one-off"
    assert found[3000].basis == "level"


def test_a_sum_saved_is_savings():
    found = facts({"a.txt": "Norvik's chief executive said the combination would save $350 million a year."})
    assert found[350e6].what == "savings"


def test_a_time_a_figure_is_set_against_is_no_period_or_date_of_its_own():
    found = facts({"a.txt": "Prices were 2.3% lower than in October last year, the lender said."})
    assert found[2.3].period is None and found[2.3].date is None


def test_a_sum_in_prize_money_is_prize_money():
    found = facts({"a.txt": "The win is worth €4 million in prize money to Harbour City."})
    assert found[4e6].what == "prize money"


def test_a_rate_noun_after_a_percentage_and_a_sum_lost_say_what_they_measure():
    found = facts({"a.txt": "Brovania will impose a 25% tariff on steel from Keldor. Brovania's steel industry lost "
                            "$410 million last year. Shares in Ostrava Steel lost 3% on Monday."})
    assert found[25].what == "tariff"
    assert found[410e6].what == "loss"
    assert found[3].what == "fall"


def test_what_a_sum_is_worth_of_is_the_noun_after_a_verb_not_the_clause():
    found = facts({"a.txt": "Keldor exported steel worth $3.4 billion to Brovania last year. The amount includes "
                            "insured losses exceeding $20 billion."})
    assert found[3.4e9].what == "steel"  # was "Keldor exported steel", a cut-off clause
    assert found[20e9].what == "insured losses"


def test_a_participle_s_tail_of_a_clause_has_its_own_day():
    found = facts({"a.txt": "Orvane's shares fell a further 6% on Thursday, to $17.30, after dropping 41% on "
                            "Wednesday."})
    assert (found[6].date, found[41].date) == ("2024-06-13", "2024-06-12")


def test_a_year_in_a_relative_clause_set_off_by_commas_is_no_period_of_the_figure_outside_it():
    found = facts({"a.txt": "The trial, which began in 2024, involved 1,850 patients."})
    assert (found[1850].period, found[1850].date) == (None, None)


def test_a_sum_each_month_or_a_day_has_that_rate_as_its_period_and_is_no_one_off():
    found = facts({"a.txt": "The Orvane central bank bought OVK 9.6 billion of bonds last year, and from April it will "
                            "buy half as much each month, OVK 400 million. Shops stand to lose about OVK 1.6 million a "
                            "day in trade."})
    assert (found[400e6].period, found[400e6].basis) == ("each month", None)  # not "last year", one-off
    assert found[1.6e6].period == "a day"


def test_a_period_in_a_clause_of_its_own_after_the_figure_is_not_the_figures():
    found = {v: f.period for v, f in facts({"a.txt": "Shares of Orvik Foods fell 8.5% on Thursday after the company's "
                                                      "fourth quarter results disappointed investors. Orvik's revenue "
                                                      "rose 12% in the fourth quarter."}).items()}
    assert found[8.5] is None  # the quarter is the results', not the share fall's
    assert found[12] == "the fourth quarter"
