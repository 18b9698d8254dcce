"""Discrepancies: one measure of one owner at one time, given different values by different sources.

Small invented stories from other fields; each test names what a reader of facts.yaml (and of the
"Where sources disagree" notes) would see go wrong without the rule it covers.
"""

from __future__ import annotations

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from newsdigest.digest.summary.summarize import summarize
from newsdigest.model import FactSheet
from storybuild import story

DAY = dt.date(2024, 9, 16)


def sheet(texts: dict[str, str]) -> FactSheet:
    s = story(texts, DAY)
    return extract_facts(s, cluster_claims(s))


def values(result: FactSheet) -> list[list[float]]:
    return [sorted(v for v, _, _ in d.values) for d in result.discrepancies]


def test_two_sources_giving_one_count_different_values_disagree_even_with_no_owner_named():
    result = sheet({"a.txt": "A total of 3,400 runners finished the coastal marathon on Sunday in warm weather.",
                    "b.txt": "Organisers said some 3,900 runners finished the coastal race on Sunday."})
    assert values(result) == [[3400, 3900]]
    assert result.updates == ()


def test_amounts_for_one_measure_disagree_when_their_owners_are_read_differently():
    # the council and the builder are read as the owners; the hall's cost is one measure all the same
    result = sheet({"a.txt": "Norrvik Council said the new concert hall cost €212 million to build.",
                    "b.txt": "Builder Hallgren Group put the cost of the new concert hall at €230 million."})
    assert values(result) == [[212e6, 230e6]]


def test_more_than_a_number_agrees_with_a_higher_one():
    result = sheet({"a.txt": "The flood destroyed more than 300 homes in the valley on Saturday.",
                    "b.txt": "Officials said the flood destroyed 312 homes in the valley on Saturday."})
    assert result.discrepancies == () and result.updates == ()


def test_one_figure_rounded_differently_is_not_a_disagreement():
    result = sheet({"a.txt": "The central bank's index slipped 1.5% on Tuesday as bond yields climbed.",
                    "b.txt": "The index slipped 1.51% on Tuesday, traders said, as bond yields climbed."})
    assert result.discrepancies == ()


def test_about_a_rounded_amount_allows_what_it_rounds():
    # "about $1.3 billion" is no narrower than "$1.3 billion": $1.25 billion rounds to it
    result = sheet({"a.txt": "The offering raised about $1.3 billion for the heat-pump maker, the company said.",
                    "b.txt": "The heat-pump maker raised $1.25 billion in the offering, selling shares at $24."})
    assert result.discrepancies == ()


def test_an_amount_and_its_conversion_are_not_a_disagreement():
    result = sheet({"a.txt": "The museum sold the portrait for £12 million ($15.2 million) at auction.",
                    "b.txt": "The portrait went for £12 million at the museum's auction."})
    assert result.discrepancies == ()


def test_a_rise_and_a_fall_are_two_measures_whatever_words_they_share():
    result = sheet({"a.txt": "Harbour freight volumes rose 4% at the port of Kessa this month.",
                    "b.txt": "Harbour freight volumes fell 4.3% at the port of Kessa this month."})
    assert result.discrepancies == ()


def test_values_one_source_states_side_by_side_are_two_measures():
    result = sheet({"a.txt": "Ticket sales at the festival rose 12% in the first week and 14% in the second week.",
                    "b.txt": "Ticket sales at the festival rose 14% this year, the organisers said."})
    assert result.discrepancies == ()


def test_a_lower_bound_next_to_a_total_in_one_source_still_disagrees_with_another_source():
    # "at least 57" and "about 70 in all" can both hold, so the first source is not giving two measures
    # (no date in the counts' own clauses: both hold as of the articles' day, so they are one time)
    result = sheet({"a.txt": "At least 57 passengers drowned when the ferry sank off the cape.\n\n"
                             "Harbour police report approximately 70 total deaths from the sinking.",
                    "b.txt": "The ferry sinking killed 57 passengers, officials said."})
    assert values(result) == [[57, 70]]


def test_figures_sharing_many_measure_words_are_one_measure_whoever_the_owners_are_read_to_be():
    result = sheet({"a.txt": "Judge Orla Finch ordered the miner to pay $40 million in punitive environmental damages.",
                    "b.txt": "Brakka Mining must pay $48 million in punitive environmental damages, the court said."})
    assert values(result) == [[40e6, 48e6]]


def test_a_stated_period_keeps_two_quarters_apart():
    result = sheet({"a.txt": "Analysts expect revenue of $12.1 billion for the first quarter at Ostwind Software.",
                    "b.txt": "Ostwind Software reported revenue of $12.4 billion for the fourth quarter."})
    assert result.discrepancies == ()


def test_estimates_worded_differently_are_one_measure():
    result = sheet({"a.txt": "Analysts polled by Datawise had expected 18.4% for the quarter.",
                    "b.txt": "The brokers' consensus was 18.6% for Northgate's operating margin."})
    assert values(result) == [[18.4, 18.6]]


def test_a_count_of_deaths_and_a_count_of_people_killed_are_one_measure():
    result = sheet({"a.txt": "The avalanche on Saturday killed 31 skiers.",
                    "b.txt": "Rescuers said on Saturday there were 36 deaths."})
    assert values(result) == [[31, 36]]


def test_the_account_does_not_set_a_listed_figure_against_another_measures_value():
    # the second quarter's margin is disputed (31.5% against 31%); the 30% guided for the third is another measure
    s = story({"a.txt": "Harlow Foods said its gross margin fell to 31.5% in the second quarter from 33% a year ago.",
               "b.txt": "Harlow Foods expects its gross margin to fall to 30% in the third quarter.",
               "c.txt": "Harlow Foods reported a gross margin of 31% in the second quarter, down from 33%."}, DAY)
    clustering = cluster_claims(s)
    account = summarize(s, clustering, extract_facts(s, clustering).discrepancies)
    notes = [c.text for name, cs in account.sections if name == "Where sources disagree" for c in cs]
    assert any("31.5%" in n and "31%" in n for n in notes)
    assert not any("30%" in n for n in notes)


def test_two_disagreements_on_one_measure_are_one_note_not_two_of_one_shape():
    from newsdigest.digest.summary.headline import with_disagreements
    from newsdigest.model import Discrepancy
    first = Discrepancy("Tarn Cement operating margin", "percent", ((18.0, "%", ("s-a",)), (19.0, "%", ("s-b",))),
                        date="2024-09-12")
    second = Discrepancy("Tarn Cement operating margin", "percent", ((21.0, "%", ("s-a",)), (22.5, "%", ("s-c",))))
    [(_, notes)] = with_disagreements((), (first, second))
    assert [n.text for n in notes] == [
        "Tarn Cement operating margin: on 12 September 2024, 18% [@s-a] against 19% [@s-b]; "
        "21% [@s-a] against 22.5% [@s-c]."]


def test_disagreements_on_two_measures_of_one_owner_are_one_note_under_the_owner():
    from newsdigest.digest.summary.headline import with_disagreements
    from newsdigest.model import Discrepancy
    votes = Discrepancy("Ostravian National Bank votes", "count", ((4, "votes", ("s-b",)), (5, "votes", ("s-a",))))
    prices = Discrepancy("Ostravian National Bank inflation", "percent", ((6.8, "%", ("s-a",)), (6.9, "%", ("s-c",))))
    alone = Discrepancy("Varden Bank profit", "money", ((1.3e9, "OSK", ("s-a",)), (1.35e9, "OSK", ("s-b",))))
    [(_, notes)] = with_disagreements((), (votes, prices, alone))
    assert [n.text for n in notes] == [
        "Ostravian National Bank: votes, 4 votes [@s-b] against 5 votes [@s-a]; inflation, 6.8% [@s-a] against "
        "6.9% [@s-c].", "Varden Bank profit: 1.3 billion OSK [@s-a] against 1.35 billion OSK [@s-b]."]


def test_a_figure_grouped_into_two_disagreements_is_in_neither():
    from newsdigest.digest.facts.conflicts import _unambiguous
    from newsdigest.model import Discrepancy
    revenue = Discrepancy("revenue", "money", ((4e9, "USD", ("s-a",)), (4.4e9, "USD", ("s-b",))), facts=("r4", "r44"))
    guidance = Discrepancy("guidance", "money", ((4.4e9, "USD", ("s-b",)), (5e9, "USD", ("s-c",))), facts=("r44", "g5"))
    margin = Discrepancy("margin", "percent", ((30.0, "%", ("s-a",)), (31.0, "%", ("s-b",))), facts=("m30", "m31"))
    assert _unambiguous([revenue, guidance, margin]) == [margin]


def test_a_shared_figure_stays_in_a_disagreement_far_tighter_than_the_other():
    # three forecasts within 2% of each other are one measure's; the figure's looser pairing (9% apart, with
    # another quarter's forecast) is the guess: the reader still sees the forecasts disagree
    from newsdigest.digest.facts.conflicts import _unambiguous
    from newsdigest.model import Discrepancy
    forecast = Discrepancy("forecast", "money", ((41.8e9, "USD", ("s-a",)), (42.3e9, "USD", ("s-b",)),
                                                 (42.7e9, "USD", ("s-c",))), facts=("f418", "f423", "f427"))
    loose = Discrepancy("estimates", "money", ((38.1e9, "USD", ("s-d",)), (41.8e9, "USD", ("s-d",))),
                        facts=("e381", "f418"))
    assert _unambiguous([forecast, loose]) == [forecast]


def test_a_total_both_sentences_give_ties_two_percentages_to_one_measure():
    # the words around 3.1% and 3.3% share little, but both sentences state the same $318 million budget
    result = sheet({"a.txt": "The board approved total spending of $318 million for the schools next year, an "
                             "increase of 3.1% on this year's budget.",
                    "b.txt": "The schools budget, passed on Monday night, raises spending by 3.3 per cent to "
                             "$318 million."})
    assert values(result) == [[3.1, 3.3]]


def test_one_party_s_share_given_two_ways_disagrees_though_the_sentences_share_no_word():
    # the second sentence names the party only as "They": the owner both are read to have is the link
    result = sheet({"a.txt": "The Greens of premier Lund came second with 26.1% on the preliminary count.",
                    "b.txt": "The Greens lost ground in the capital. They got 26.5% this time, with turnout up."})
    assert values(result) == [[26.1, 26.5]]


def test_two_sources_floors_of_one_count_that_differ_are_listed():
    result = sheet({"a.txt": "The two fires have burned more than 36,000 acres, officials said on Monday.",
                    "b.txt": "As of Monday, the fires have scorched more than 40,000 acres."})
    assert values(result) == [[36000, 40000]]


def test_floors_of_two_nouns_are_no_disagreement():
    result = sheet({"a.txt": "The fire destroyed over 12,300 structures in the hills on Monday.",
                    "b.txt": "The fire has burned more than 14,000 acres in the hills, officials said on Monday."})
    assert result.discrepancies == ()


def test_a_weekly_wage_reported_on_two_days_is_one_measure():
    result = sheet({"a.txt": "The striker has agreed a five-year contract worth £90,000 per week, his agent "
                             "said on Monday.",
                    "b.txt": "The forward, who flies in on Wednesday, will pocket £95,000 a week, a newspaper "
                             "understands."})
    assert values(result) == [[90000, 95000]]


def test_two_forecasters_estimates_far_apart_still_disagree():
    # a bank's $12 billion and a forecaster's $60 billion for one storm's losses: five times apart
    result = sheet({"a.txt": "Economic losses from the storm are projected to hit $12 billion, according to "
                             "an analyst at Varden Bank.",
                    "b.txt": "Forecaster Skyline estimates economic losses from the storm at $60 billion."})
    assert values(result) == [[12e9, 60e9]]


def test_percentages_far_apart_are_two_measures_though_both_fell():
    # a segment's 22% fall over the quarter and the shares' 8.5% fall on Thursday share words, not a measure
    result = sheet({"a.txt": "Revenue in the printer segment for the fourth quarter was $1.4 billion, marking a "
                             "22% decline from the previous quarter.",
                    "b.txt": "Tovik shares fell 8.5% on Thursday after the company's fourth quarter results."})
    assert result.discrepancies == ()


def test_one_figure_stated_beside_both_is_evidence_enough_of_one_measure():
    # 3.1% and 3.3% share no word, but each sentence gives the same $318 million the rise is of
    result = sheet({"a.txt": "The board backed a $318 million plan for the schools, 3.1% above this year.",
                    "b.txt": "Spending of $318 million marks a 3.3 per cent rise on the current level, "
                             "officials said."})
    assert values(result) == [[3.1, 3.3]]


def test_people_found_dead_and_people_missing_are_two_measures_however_near():
    # a reader of "3 victims against 4 missing" would think the outlets disagree on one count
    result = sheet({"a.txt": "Rescuers said four climbers were missing on the Darrow glacier on Sunday after the "
                             "avalanche.",
                    "b.txt": "Rescuers found three victims of the avalanche on the Darrow glacier on Sunday."})
    assert result.discrepancies == ()


def test_a_note_names_the_measure_by_the_figure_s_own_phrase_and_never_sets_two_measures_side_by_side():
    from newsdigest.digest.summary.disagree import measure_label, one_measure
    revenue = "Tarvik Systems reported revenue of $9.2 billion, which marks a 35% increase on a year ago."
    profit = "This represents a year-over-year revenue growth of 35% and profit growth of 28%."
    margin = "Tarvik guided for a gross margin of roughly 28% for the next quarter."
    assert measure_label(revenue, "35%") == "increase"  # not "billion which marks"
    assert not one_measure(revenue, "35%", margin, "28%")
    assert not one_measure(revenue, "35%", profit, "28%")
    assert one_measure("Its gross margin fell to 31.5% in the quarter.", "31.5%",
                       "It reported a gross margin of 31% in the quarter.", "31%")


def test_one_source_s_two_ceilings_cap_two_measures_not_one_disputed_total():
    # "up to $1.9 billion more" is a part of the deal "worth up to $2.3 billion", not another value of it
    result = sheet({"a.txt": "Orvane signed a deal with Tessel Pharma worth up to $2.3 billion to sell the drug in "
                             "Europe.",
                    "b.txt": "Tessel Pharma paid $400 million upfront and could pay up to $1.9 billion more in "
                             "milestones to sell the drug in Europe, for a total of up to $2.3 billion."})
    assert result.discrepancies == ()


def test_a_figure_stated_beside_two_differently_named_percentages_does_not_make_them_one_measure():
    # the same $9.2 billion sits beside "a 35% increase" and beside "a gross margin of roughly 28%": a reader of
    # "increase: 35% against 28%" would think the outlets disagree on the revenue's growth
    result = sheet({"a.txt": "Tarvik Systems reported revenue of $9.2 billion, which marks a 35% increase on a year "
                             "ago.",
                    "b.txt": "Tarvik Systems reported revenue of $9.2 billion and guided for a gross margin of roughly "
                             "28% for the next quarter."})
    assert result.discrepancies == ()


def test_an_owner_one_source_names_beside_a_figure_holds_for_every_source_of_that_figure():
    # the 12 million doses are read as the vaccine's and the 10 million as the maker's; the first source says
    # the maker ships them, so a second source's 12 million, which names neither, still disagrees with 10 million
    result = sheet({"a.txt": "Regulators approved Corvane, a flu vaccine made by Teller Bio. Teller said it would "
                             "list the vaccine at $90 per dose and expects to ship 12 million doses for the season.",
                    "b.txt": "The vaccine, Corvane, was cleared on Thursday. The company has committed to 12 million "
                             "doses this season from its plant in Ostby.",
                    "c.txt": "Teller Bio won approval for its flu vaccine Corvane. The company expects about 10 "
                             "million doses to be available this winter, Teller said."})
    assert values(result) == [[10e6, 12e6]]


def test_an_owner_named_only_as_where_goods_go_ties_no_figure_to_it():
    # Keldor's steel sold to Brovania and Brovania's cars sold to Keldor are two trades, not two values of one
    result = sheet({"a.txt": "Keldor exported steel worth $3.4 billion to Brovania last year.",
                    "b.txt": "Brovanian exports of cars to Keldor were worth $2.2 billion last year."})
    assert result.discrepancies == ()


def test_a_source_s_count_in_another_state_does_not_keep_apart_two_sources_tolls():
    # b's "14 people were missing" is no second toll of b's: 14 killed in a against 11 deaths in b disagree
    result = sheet({"a.txt": "The blast at the Kessel Mine killed 14 miners, the mines inspectorate said in a "
                             "statement Sunday.",
                    "b.txt": "At least 14 people were missing, police said. At a briefing Sunday, the police chief "
                             "said three more bodies had been found in the Kessel Mine, bringing the death toll "
                             "from that mine to 11."})
    assert values(result) == [[11, 14]]


def test_the_part_of_a_count_reported_on_two_days_is_a_series_of_its_own():
    # a flood survey: the collapsed homes among the flooded ones, Monday and Wednesday, rise as a series
    from pathlib import Path

    from newsdigest.digest.ingest.ingest import StoryFiles, clean_story, raw_article
    from newsdigest.model import ArticleMeta, Manifest

    texts = {"a.txt": ("Surveyors who toured the riverside district on Monday counted 1,200 flooded homes, including "
                       "90 that had collapsed, the housing ministry said.", dt.date(2027, 4, 12)),
             "b.txt": ("Surveyors have now assessed 3,100 flooded homes, of which 410 have collapsed or must be "
                       "pulled down, the housing ministry said.", dt.date(2027, 4, 14))}
    articles = tuple(raw_article(Path("flood") / name, text.encode("utf-8"), ArticleMeta(name, published=day))
                     for name, (text, day) in texts.items())
    s = clean_story(StoryFiles("flood", "flood", Manifest(published=dt.date(2027, 4, 14)), articles))
    result = extract_facts(s, cluster_claims(s))
    assert sorted(sorted(v for v, _, _, _ in u.values) for u in result.updates) == [[90, 410], [1200, 3100]]
    assert result.discrepancies == ()


def test_a_share_no_sentence_of_it_gives_an_owner_is_not_the_main_actor_s_share_move():
    # "8.2% on placebo" is read as Halvern's for want of another owner; it is no rival of Halvern's 8.3% rise
    result = sheet({"a.txt": "Regulators approved Halvern Therapeutics' migraine pill Zenoma on Wednesday. Halvern "
                             "said it would launch the pill in May. The most common side effect was nausea, reported "
                             "by 31.4% of patients versus 8.2% on placebo.",
                    "b.txt": "Halvern Therapeutics shares closed up 8.3% on Wednesday after regulators approved "
                             "Zenoma. Halvern expects sales to begin in May."})
    assert result.discrepancies == ()


def test_a_figure_of_their_own_kind_listed_beside_two_figures_does_not_tie_them():
    # 41.2% of guests is beside 9.5% of instructors in one source and 18% for parking in the other: a list of
    # parallel shares, not one measure given as 9.5% and 18%
    result = sheet({"a.txt": "Velmora Resorts reported record ski-season bookings on Thursday. Shares of the "
                             "Colorado-based company were up 12% in afternoon trading. The most common complaint was "
                             "lift queues, reported by 41.2% of guests versus 9.5% of instructors.",
                    "b.txt": "Velmora Resorts shares closed up 9.6% at $31.40 on Thursday. Lift queues annoyed 41.2% "
                             "of guests and parking 18%."})
    assert not any(9.5 in vs for vs in values(result))


def test_two_owners_each_named_outright_are_two_measures_however_many_words_they_share():
    # Velora's 3.4 million and the 1.9 million of an older breach at a rival share "files", "users", "exposed"
    s = story({"a.txt": "Velora Cloud, which runs the Velora storage service, said on Monday that hackers had stolen "
                        "the files of about 3.4 million customers. In 2023, a breach at rival service Brightbox "
                        "exposed the files of 1.9 million users, and the company was later fined.",
               "b.txt": "Velora said yesterday that the files of some 3.4 million users had been exposed. "
                        "Investigators believe the hackers got in through a contractor."},
              dt.date(2026, 5, 12))
    sheet = extract_facts(s, cluster_claims(s))
    assert sheet.discrepancies == ()
    assert sheet.updates == ()


def test_two_forecasters_estimates_of_one_measure_disagree_though_each_is_named_outright():
    # a bank's and a ratings firm's estimates of the flood's losses are one measure estimated twice
    result = sheet({"a.txt": "Ratings firm Castell Partners estimates more than €9 billion in crop and property "
                             "losses from the Varn river floods, according to a note published on Monday.",
                    "b.txt": "Rosmark Bank put its estimate of crop and property losses at about €3 billion, a "
                             "figure that could rise if the rain continues."})
    assert values(result) == [[3e9, 9e9]]


def test_the_subject_that_opens_a_long_clause_says_what_its_figure_measures():
    # "crop losses" stands twelve words before the figure in b.txt: without it the two figures share no word
    result = sheet({"a.txt": "The crop losses from the Varn floods are put at €40 million by a regional farm office.",
                    "b.txt": "The crop losses in the flooded valleys were projected on Tuesday to reach nearly "
                             "€55 million."})
    assert values(result) == [[40e6, 55e6]]


def test_a_range_one_source_gives_shows_both_its_ends_in_the_disagreement():
    # "$50-60 billion" is one estimate: with its bottom alone, the reader sees 50 against 12 and not the 60
    s = story({"a.txt": "Forecaster Skyline estimates economic losses from the storm at $50-60 billion.",
               "b.txt": "Economic losses from the storm are projected to hit $12 billion, according to an analyst "
                        "at Varden Bank."}, DAY)
    clustering = cluster_claims(s)
    result = extract_facts(s, clustering)
    assert values(result) == [[12e9, 50e9, 60e9]]
    account = summarize(s, clustering, result.discrepancies)
    [notes] = [cs for name, cs in account.sections if name == "Where sources disagree"]
    assert notes[0].text.endswith("12 billion USD [@s-b] against 50 billion USD to 60 billion USD [@s-a].")


def test_one_source_giving_two_forecasters_estimates_of_one_measure_shows_a_disagreement_and_whose_each_is():
    # the bank's estimate is part of the sum it projected, so it is an estimate too; the note names who said what,
    # as the one source cited beside both values tells no side
    s = story({"a.txt": "Losses from the Varn floods are projected to hit €12 billion, according to Rosmark Bank. "
                        "The amount includes insured losses exceeding €4 billion. Ratings firm Castell Partners "
                        "estimated insured losses to surpass €2 billion.",
               "b.txt": "The Varn river burst its banks on Sunday, flooding the valley towns."}, DAY)
    clustering = cluster_claims(s)
    result = extract_facts(s, clustering)
    assert values(result) == [[2e9, 4e9]]
    assert result.discrepancies[0].by == ((2e9, "Castell Partners"), (4e9, "Rosmark Bank"))
    account = summarize(s, clustering, result.discrepancies)
    [notes] = [cs for name, cs in account.sections if name == "Where sources disagree"]
    assert notes[0].text == ("Insured losses: 2 billion EUR by Castell Partners [@s-a] against 4 billion EUR by "
                             "Rosmark Bank [@s-a].")


def test_a_forecasters_estimate_beside_an_owners_own_figure_in_one_source_is_no_disagreement():
    # the insurer's own losses are a part of the floods' insured losses, not another estimate of them
    result = sheet({"a.txt": "Ratings firm Castell Partners estimated insured losses from the Varn floods at €9 "
                             "billion. Insurer Norvik Mutual said its insured losses from the floods were €3 billion.",
                    "b.txt": "The Varn river burst its banks on Sunday, flooding the valley towns."})
    assert result.discrepancies == ()


def test_a_year_earlier_is_a_time_back_not_a_rate():
    # "€665 million a year earlier" is last year's quarterly profit: facts.yaml and the comparison page called it
    # a yearly figure (basis per-year, period "a year"), beside the real "€600 million a year" of savings, and
    # the two were matched as one yearly measure that two sources disagree on
    result = sheet({"a.txt": "Volkner will cut 4,000 jobs. Volkner shares fell 7.2%. Chief executive Marta Keil said "
                             "the job cuts would save €600 million a year from 2027.",
                    "b.txt": "Volkner employs 80,000 people. Operating profit for April to June came in at €412 "
                             "million, down from €665 million a year earlier, Volkner said."})
    by_value = {f.value: f for f in result.facts}
    assert (by_value[600e6].basis, by_value[600e6].period) == ("per-year", "a year")
    assert by_value[665e6].basis != "per-year" and by_value[665e6].period != "a year"
    assert by_value[412e6].basis != "per-year"
    assert result.discrepancies == ()


def test_what_a_figure_is_blamed_on_is_not_its_measure_and_a_gap_is_a_deficit():
    """The budget gap "because of rising costs" is no rise to set against what a fee rise brings in; the gap and
    another outlet's deficit are one measure."""
    result = sheet({"a.txt": "Corlan College said it faced a £14 million budget gap this year because of rising "
                             "energy costs.",
                    "b.txt": "Corlan College says the fee rise will bring in about £12 million a year, most of it "
                             "going to close a deficit of £15 million."})
    assert values(result) == [[14e6, 15e6]]


def test_a_level_a_year_ago_does_not_disagree_with_another_outlets_level_now():
    result = sheet({"a.txt": "The Tarvo reservoirs are at 30% of capacity, the water authority said.",
                    "b.txt": "The Tarvo reservoirs held 58% of capacity a year ago."})
    assert result.discrepancies == ()


def test_a_disagreement_gives_no_day_its_sources_do_not_state():
    # both articles ran on the same day, but neither says when the count of doses held: no "on 16 September"
    result = sheet({"a.txt": "Halberd Biotech has 12 million doses of the vaccine ready to ship.",
                    "b.txt": "Halberd Biotech has 10 million doses of the vaccine ready to ship, officials said."})
    [d] = result.discrepancies
    assert d.date is None
    result = sheet({"a.txt": "Halberd Biotech had 12 million doses of the vaccine ready to ship on Friday.",
                    "b.txt": "Halberd Biotech had 10 million doses of the vaccine ready to ship on Friday."})
    assert [d.date for d in result.discrepancies] == ["2024-09-13"]


def test_a_change_from_a_time_back_is_a_change_of_now():
    # "up 38% from a year earlier" is the growth now, measured from then: it is the other outlet's 36%
    result = sheet({"a.txt": "Solvane reported revenue of $910 million for the first half, up 38% from a year earlier.",
                    "b.txt": "Solvane's revenue rose 36% to $910 million in the first half, the heat-pump maker said."})
    assert values(result) == [[36, 38]]


def test_two_outlets_temperatures_for_one_record_disagree():
    result = sheet({"a.txt": "Temperatures in Belgrava reached a national record of 44.1C on Monday, the weather "
                             "service said.",
                    "b.txt": "Belgrava recorded 44.3C on Monday afternoon, the national weather service said, a "
                             "record."})
    assert values(result) == [[44.1, 44.3]]
    assert [f.what for f in result.facts if f.kind == "measure"] == ["temperature", "temperature"]


def test_savings_two_outlets_put_differently_disagree_and_two_firms_expectations_are_no_forecasters():
    a = ("Norvik Foods has agreed to buy Pellar Brands for $6.4 billion in cash. The deal, which includes $1.1 "
         "billion of Pellar's debt, is expected to close in the first half of 2028. Norvik said it expected annual "
         "cost savings of $300 million by the third year after the deal closes.")
    b = ("Norvik's $6.4 billion bid for Pellar Brands is likely to face scrutiny. Norvik chief executive Ingrid Dahl "
         "said the combination would save $350 million a year.")
    result = sheet({"a.txt": a, "b.txt": b})
    assert values(result) == [[300e6, 350e6]]


def test_the_price_a_deal_was_struck_at_is_no_other_sum_its_buyer_spent():
    # bought for £180 million in 2019, and £60 million injected since: two measures, no disagreement
    result = sheet({"a.txt": "The chain was bought by investment firm Stellan Capital in 2019 for £180 million.",
                    "b.txt": "Stellan Capital, which has owned the chain since 2019, said it had injected £60 million "
                             "over the past three years."})
    assert result.discrepancies == ()
    assert [f.what for f in result.facts if f.value == 180e6] == ["purchase price"]


def test_a_value_someone_asks_a_fund_to_become_is_no_reading_of_the_fund():
    result = sheet({"a.txt": "Nordline and Vantrel have jointly set up a €20 million compensation fund for residents.",
                    "b.txt": "The mayor repeated her call for the €20 million compensation fund set up by Nordline and "
                             "Vantrel to be raised to €50 million.",
                    "c.txt": "Nordline and Vantrel have set up a €25 million compensation fund."})
    assert values(result) == [[20e6, 25e6]]  # not €25 million against the mayor's €50 million


def test_two_outlets_values_of_one_takeover_disagree_whatever_they_call_it():
    result = sheet({"a.txt": "The regulator approved Telvia's takeover of Norda Mobile, a deal valued at 15.2 billion "
                             "euros including debt.",
                    "b.txt": "The regulator cleared Telvia's €15.6bn swoop on Norda Mobile after the market closed.",
                    "c.txt": "Telvia agreed to buy Norda Mobile last year. The deal is worth €15.2bn once Norda's debt "
                             "is included."})
    assert values(result) == [[15.2e9, 15.6e9]]  # a "swoop" is the deal too, and a deal's value holds on no one day


def test_an_aid_package_two_outlets_give_differently_disagrees_whatever_a_later_clause_dates():
    result = sheet({"a.txt": "Late on Tuesday, Finance Minister Andres Velloso announced an aid package worth 1.2 "
                             "billion kora (QKR) for coffee growers.",
                    "b.txt": "Finance Minister Andres Velloso announced an emergency package of 1.5 billion kora, "
                             "including direct payments to smallholders, and said the first transfers would reach "
                             "farmers by the end of April.",
                    "c.txt": "The government's 1.2 billion kora aid package was unveiled on Tuesday."})
    assert values(result) == [[1.2e9, 1.5e9]]  # not a level on one day against a sum dated April


LIVE_BLOG = ("Markets live\n\n07:02 GMT - Opening moves\n\nTraders are cautious this morning.\n\n"
             "16:45 GMT - Closing numbers\n\nThe May arabica contract settles 1.8% higher at 349.50 cents per pound on "
             "the exchange.\n\n16:50 GMT - Wrap\n\nThat is all from us today.")


def test_a_move_in_a_live_blog_entry_is_the_blog_day_s_not_another_day_s():
    texts = {"a.txt": "On the exchange, the May arabica contract added another 3.1% on Tuesday, Sept. 10, to 328.25 "
                      "cents per pound.", "b.txt": LIVE_BLOG}
    assert values(sheet(texts)) == []  # Thursday's 1.8% and Tuesday's 3.1% are two days' moves, not one disputed


def test_a_range_written_between_two_figures_is_no_disagreement():
    result = sheet({"a.txt": "Insurer Halcrest Group expects insured losses of between €150 million and €220 million "
                             "from the blackout across the industry.",
                    "b.txt": "Halcrest Group, one of the largest insurers, estimated insured losses from the blackout "
                             "at €150-220 million, mostly from business interruption."})
    assert {f.value for f in result.facts if f.kind == "money"} == {150_000_000, 220_000_000}
    assert result.discrepancies == ()
