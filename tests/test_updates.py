"""Updates: one measure reported as of different dates is a series, not a disagreement.

The series reaches facts.yaml (``updates:``), the review list and the comparison page; a change
on one day and another change on another day are two measures, not a series.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from conftest import make_project
from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from newsdigest.digest.ingest.ingest import StoryFiles, clean_story, raw_article
from newsdigest.model import ArticleMeta, Manifest
from storybuild import story

OUTBREAK = {
    "01.txt": "Regional health officials confirmed 46 cases of cholera in the river towns on Monday, Sept. 9, "
              "most of them children.\n\nWells in three districts were closed.",
    "02.txt": "The cholera outbreak in the river towns has grown to 71 cases, officials said on Friday, Sept. 13.\n\n"
              "Aid groups are shipping water purification tablets.",
}


def test_a_count_given_as_of_two_dates_is_an_update_series_in_date_order():
    s = story(OUTBREAK, dt.date(2024, 9, 13))
    result = extract_facts(s, cluster_claims(s))
    assert result.discrepancies == ()
    [series] = result.updates
    assert [(v, as_of) for v, _, as_of, _ in series.values] == [(46, "2024-09-09"), (71, "2024-09-13")]


def test_moves_on_different_days_are_not_an_update():
    s = story({"a.txt": "Shares of the shipping group Norrland rose 4% on Friday after a takeover bid.",
               "b.txt": "Shares of the shipping group Norrland rose 3% on Monday as a second bidder appeared."},
              dt.date(2024, 9, 16))
    result = extract_facts(s, cluster_claims(s))
    assert result.updates == () and result.discrepancies == ()


def _build(tmp_path: Path):
    project = make_project(tmp_path / "p")
    folder = project.seeds / "river-cholera"
    folder.mkdir(parents=True)
    for name, text in OUTBREAK.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    (folder / "story.yaml").write_text("published: 2024-09-13\n", encoding="utf-8")
    result = project.run("build", "--quiet")
    assert result.code == 0, result.err
    return project


def test_the_series_is_written_to_facts_yaml_listed_for_review_and_shown_by_date(tmp_path):
    project = _build(tmp_path)
    doc = yaml.safe_load((project.content / "river-cholera" / "facts.yaml").read_text(encoding="utf-8"))
    [series] = doc["updates"]
    assert [(v["value"], v["unit"], str(v["as_of"])) for v in series["values"]] == [
        (46, "cases", "2024-09-09"), (71, "cases", "2024-09-13")]
    assert all(v["sources"] for v in series["values"]) and doc["discrepancies"] == []
    review = project.run("review")
    assert "46 cases (2024-09-09) then 71 cases (2024-09-13)" in review.out
    page = (project.site / "river-cholera" / "compare" / "index.html").read_text(encoding="utf-8")
    assert "Figures that changed over time" in page
    assert page.index("46 cases</strong>, 9 Sep 2024") < page.index("71 cases</strong>, 13 Sep 2024")


def test_a_planned_count_reported_on_two_days_is_a_disagreement_not_a_rising_series():
    # "will close 14 branches" / "is to close 18 branches" is one plan heard two ways, not a count that grew
    s = story({"a.txt": "Harland Bank said on Tuesday it will close 14 branches across the valley next year.",
               "b.txt": "Harland Bank is to close 18 branches across the valley, the lender confirmed on Wednesday."},
              dt.date(2024, 9, 18))
    result = extract_facts(s, cluster_claims(s))
    assert result.updates == ()
    assert [sorted(v for v, _, _ in d.values) for d in result.discrepancies] == [[14, 18]]
    assert [f.what for f in result.facts] == ["branches", "branches"]  # a count of branches, not a "closing price"


def test_a_part_counted_the_same_day_as_the_whole_stays_out_of_the_series():
    # 71 cases in all and 7 among adults on one day are two measures (a tenth of the whole), though a toll
    # may grow tenfold over days: the series is 46 then 71, and the 7 is no third value of it
    s = story({**OUTBREAK,
               "03.txt": "The cholera outbreak in the river towns has reached 7 cases among adults, "
                         "officials said on Friday, Sept. 13.\n\nSchools stayed open."},
              dt.date(2024, 9, 13))
    result = extract_facts(s, cluster_claims(s))
    assert [sorted(v for v, _, _, _ in u.values) for u in result.updates] == [[46, 71]]


def test_a_count_supposed_or_required_is_no_value_of_a_series():
    # "would reach 16 seats" and "16 seats needed for a majority" count no seats anyone holds: the Greens'
    # 6 seats are not a series rising to 16
    s = story({"a.txt": "The preliminary count gave the Greens 6 seats in the assembly on Friday, April 24.",
               "b.txt": "A Labour-Greens pact would reach 16 seats in the assembly, officials said on Wednesday, "
                        "April 29.",
               "c.txt": "With 16 seats needed for a majority in the assembly, the Greens count on Labour, "
                        "officials said on Wednesday, April 29."},
              dt.date(2026, 4, 29))
    result = extract_facts(s, cluster_claims(s))
    assert result.updates == () and result.discrepancies == ()


def series(result) -> list[list[float]]:
    return [sorted(v for v, _, _, _ in u.values) for u in result.updates]


def test_a_list_of_counts_gives_each_count_its_own_noun():
    # "3 dead, 12 injured, 8 missing": "injured" is the 12's word, not the 3's, so each series is its own
    s = story({"a.txt": "Rescuers counted 3 dead, 12 injured and 8 missing on Monday, Sept. 9, after the "
                        "ferry sank.",
               "b.txt": "By Wednesday, Sept. 11, rescuers counted 5 dead and 17 injured after the ferry sank."},
              dt.date(2024, 9, 11))
    result = extract_facts(s, cluster_claims(s))
    assert sorted(series(result)) == [[3, 5], [12, 17]]


def test_one_source_s_count_on_two_days_is_a_series_with_another_source_s():
    s = story({"a.txt": "Health officials confirmed 40 cases of cholera in the river towns on Monday, Sept. 9.\n\n"
                        "By Friday, Sept. 13, the cholera outbreak had grown to 65 cases, officials said.",
               "b.txt": "The cholera outbreak in the river towns has reached 65 cases, officials said on "
                        "Friday, Sept. 13."},
              dt.date(2024, 9, 13))
    result = extract_facts(s, cluster_claims(s))
    assert series(result) == [[40, 65]]


def test_an_equal_count_of_another_noun_does_not_take_a_series_value():
    # 21 crew members who carried the injured and 21 people injured meet by chance: the injured rise 14 to 21
    s = story({"a.txt": "Rescuers said 14 people were injured on Monday, Sept. 9. The ferry's 21 crew members "
                        "carried the injured ashore, the operator said.",
               "b.txt": "Rescuers said on Wednesday, Sept. 11, that 21 people had been injured."},
              dt.date(2024, 9, 11))
    result = extract_facts(s, cluster_claims(s))
    assert series(result) == [[14, 21]]


def test_a_count_whose_clause_names_no_day_does_not_join_its_source_s_dated_series():
    # the crew of 30 is dated only by the article: it is no later value of Monday's 14 injured
    s = story({"a.txt": "Rescuers said 14 people were injured on Monday, Sept. 9. None of the 30 people in the "
                        "ferry's crew were hurt, the operator said.",
               "b.txt": "Rescuers said on Wednesday, Sept. 11, that 21 people had been injured."},
              dt.date(2024, 9, 11))
    result = extract_facts(s, cluster_claims(s))
    assert series(result) == [[14, 21]]


def test_a_count_of_those_not_hurt_is_no_value_of_the_injured():
    # "None of the 21 crew members were hurt" counts crew, not injured: the series is 14 then 21 injured
    s = story({"a.txt": "Rescuers counted 14 injured on Monday, Sept. 9.",
               "b.txt": "None of the ferry's 21 crew members were hurt on Tuesday, Sept. 10, its operator said.",
               "c.txt": "Rescuers counted 21 injured on Wednesday, Sept. 11."},
              dt.date(2024, 9, 11))
    [update] = extract_facts(s, cluster_claims(s)).updates
    assert [(v, unit) for v, unit, _, _ in update.values] == [(14, "injured"), (21, "injured")]
    assert len(update.facts) == 2


def test_an_increase_in_a_count_joins_no_series_of_the_count_itself():
    # "an increase of 25 since late last week" is how much the count grew, not what it stood at that day
    s = story({"01.txt": "The number of confirmed cholera cases in the river towns is now at 71, the health ministry "
                         "said in an update on Tuesday, Sept. 10, an increase of 25 since late last week.",
               "02.txt": "The outbreak has since spread into the hill country, where 12 cases have been confirmed in "
                         "Dorn County, officials said on Wednesday, Sept. 11.",
               "03.txt": "The cholera outbreak has grown to over 90 cases across two provinces, officials said on "
                         "Thursday, Sept. 12."}, dt.date(2024, 9, 12))
    result = extract_facts(s, cluster_claims(s))
    assert result.updates and all(25 not in [v for v, _, _, _ in u.values] for u in result.updates)


def dated_story(texts: dict[str, tuple[str, dt.date]]):
    """A story whose articles were each written on their own day."""
    articles = tuple(raw_article(Path("s") / name, text.encode("utf-8"), ArticleMeta(name, published=day))
                     for name, (text, day) in texts.items())
    files = StoryFiles("s", "s", Manifest(published=max(day for _, day in texts.values())), articles)
    s = clean_story(files)
    return extract_facts(s, cluster_claims(s))


def test_a_toll_from_a_day_s_event_holds_when_the_article_gives_it_not_on_the_day_of_the_event():
    # "the toll from Tuesday's earthquake" is no toll as of Tuesday: 131 on Wednesday and 168 on Thursday are a
    # rising series, not two sources disagreeing about Tuesday
    result = dated_story({
        "a.txt": ("A powerful earthquake struck the Vardar valley before dawn on Tuesday, March 3, killing at least "
                  "52 people, officials said.", dt.date(2026, 3, 3)),
        "b.txt": ("The death toll from Tuesday's earthquake has risen to 131, the civil protection agency said. "
                  "About 900 families are sleeping in tents.", dt.date(2026, 3, 4)),
        "c.txt": ("The death toll from Tuesday's earthquake in the Vardar valley has reached 168, the civil "
                  "protection agency said. Some 40 rescue teams are at work.", dt.date(2026, 3, 5))})
    assert result.discrepancies == ()
    [update] = result.updates
    assert [(v, as_of) for v, _, as_of, _ in update.values] == [
        (52, "2026-03-03"), (131, "2026-03-04"), (168, "2026-03-05")]


def test_a_source_s_undated_count_joins_the_series_its_dated_count_is_in_without_a_day():
    # "As of Feb. 21, ... 90 cases" dates one figure and "nearly 60 children have been confirmed" none: they
    # are one outbreak's count at two times, and the 60 is no count as of the day the article was written
    s = story({"a.txt": "An outbreak of measles is spreading in the Dorn valley, where nearly 60 children have been "
                        "confirmed to be infected. As of Feb. 21, the state health department had confirmed 90 "
                        "cases of measles, with 16 patients in hospital.",
               "b.txt": "Health officials in the Dorn valley have identified 124 cases, most of them children, the "
                        "state health department said on Tuesday, Feb. 25."}, dt.date(2025, 2, 27))
    result = extract_facts(s, cluster_claims(s))
    assert result.discrepancies == ()
    [update] = result.updates
    assert [(v, as_of) for v, _, as_of, _ in update.values] == [(90, "2025-02-21"), (124, "2025-02-25"), (60, None)]


def test_a_count_since_a_day_holds_on_the_day_it_is_given_not_on_the_day_it_runs_from():
    # "more than 260 aftershocks since Tuesday" is Thursday's count: with Tuesday's 40 it is a series, not two
    # counts of Tuesday far apart
    result = dated_story({
        "a.txt": ("More than 40 aftershocks had been recorded by Tuesday, March 3, the observatory said.",
                  dt.date(2026, 3, 3)),
        "b.txt": ("The observatory has recorded more than 260 aftershocks since Tuesday. Some 25 rescue teams are "
                  "at work.", dt.date(2026, 3, 5))})
    [update] = result.updates
    assert [(v, as_of) for v, _, as_of, _ in update.values] == [(40, "2026-03-03"), (260, "2026-03-05")]


def test_a_length_the_clause_measures_a_counted_thing_by_is_no_value_of_that_count():
    # "vessels shorter than 150 metres" gives a length: it is no third value of the vessels waiting (30, then 41)
    result = dated_story({
        "a.txt": ("At least 30 vessels were waiting at anchor outside the closed channel, the port authority said.",
                  dt.date(2026, 9, 14)),
        "b.txt": ("The port authority said 41 vessels were now waiting at anchor outside the channel.",
                  dt.date(2026, 9, 15)),
        "c.txt": ("The port authority reopened the channel to vessels shorter than 150 metres on Wednesday, "
                  "under pilot escort. Some 25 tugs are at work.", dt.date(2026, 9, 16))})
    assert series(result) == [[30, 41]]


def test_ships_and_vessels_counted_over_days_are_one_series():
    result = dated_story({
        "a.txt": ("At least 30 vessels were waiting at anchor outside the closed channel, the port authority said.",
                  dt.date(2026, 9, 14)),
        "b.txt": ("The port authority said 41 vessels were now waiting at anchor outside the channel.",
                  dt.date(2026, 9, 15)),
        "c.txt": ("The queue outside the channel had grown to 56 ships by Wednesday, according to ship-tracking "
                  "data.", dt.date(2026, 9, 16))})
    assert series(result) == [[30, 41, 56]]


def test_a_crew_its_clause_puts_on_a_ship_is_no_count_of_ships():
    # "the container ship's 21 crew members" count crew: they are no earlier value of the 56 ships waiting
    result = dated_story({
        "a.txt": ("The operator of the container ship said its 21 crew members were safe on Monday, Sept. 14.",
                  dt.date(2026, 9, 14)),
        "b.txt": ("The queue outside the channel had grown to 56 ships by Wednesday, Sept. 16, according to "
                  "ship-tracking data.", dt.date(2026, 9, 16))})
    assert result.updates == () and result.discrepancies == ()


LIVE_BLOG = {
    "01.txt": "Flooding along the Varn river forced 600 residents of Elsby to leave their homes on Saturday, "
              "Oct. 5, the district council said.\n\nSandbags were handed out at the fire station.",
    "02.txt": "LIVE: Varn river floods\n\n16:45\n\nThe district council says 2,300 residents have now been "
              "evacuated from riverside streets in Elsby and two villages downstream.\n\n"
              "13:20\n\nAbout 300 volunteers are filling sandbags at the fire station.\n\n"
              "11:05\n\nThe number of residents evacuated from Elsby stands at 1,400, the district council said.",
}


def test_a_live_blog_count_under_two_time_stamps_joins_the_series():
    """A live blog gives one count at two moments of one day; each entry is a value of the series."""
    s = story(LIVE_BLOG, dt.date(2024, 10, 6))
    result = extract_facts(s, cluster_claims(s))
    assert result.discrepancies == ()
    [series] = [u for u in result.updates if 600 in [v for v, *_ in u.values]]
    assert sorted(v for v, *_ in series.values) == [600, 1400, 2300]



def test_the_account_notes_no_update_series_as_a_disagreement():
    # a first count and a final count each held when reported: the account says no "against"
    s = story({"a.txt": "Turnout in the Harrowby parish referendum was 61.2% on the first count on Monday, Sept. 9, "
                        "the returning officer said. A final count is due on Wednesday.",
               "b.txt": "Final turnout in the Harrowby parish referendum was 63.5% on Wednesday, Sept. 11, after "
                        "postal ballots were added, the returning officer said."},
              dt.date(2024, 9, 11))
    clustering = cluster_claims(s)
    sheet = extract_facts(s, clustering)
    assert [[v[0] for v in u.values] for u in sheet.updates] == [[61.2, 63.5]]
    from newsdigest.digest.summary.summarize import summarize

    account = summarize(s, clustering, sheet.discrepancies, sheet.updates)
    assert not any("against" in c.text for _, cs in account.sections for c in cs)


def test_a_level_each_day_is_a_series_and_a_level_a_year_ago_is_no_part_of_it():
    """Each outlet's reservoir level on its own day, and one outlet's "down from 31% on Monday" beside its 30% now:
    one series in date order. "58% of capacity a year ago" is no disagreement with today's 30%."""
    articles = {"a.txt": ("The town will ration water from Thursday, after its reservoirs fell to 31% of capacity. "
                          "The reservoirs held 58% of capacity a year ago.", dt.date(2025, 3, 10)),
                "b.txt": ("The reservoirs are at 30% of capacity, down from 31% on Monday, the water authority "
                          "said.", dt.date(2025, 3, 11)),
                "c.txt": ("The reservoirs dropped to 29% of capacity.", dt.date(2025, 3, 12))}
    raws = tuple(raw_article(Path("s") / name, text.encode("utf-8"), ArticleMeta(name, published=published))
                 for name, (text, published) in articles.items())
    s = clean_story(StoryFiles("s", "s", Manifest(), raws))
    result = extract_facts(s, cluster_claims(s))
    assert result.discrepancies == ()
    [series] = result.updates
    assert [(v, as_of) for v, _, as_of, _ in series.values] == [(31, "2025-03-10"), (30, "2025-03-11"),
                                                                (29, "2025-03-12")]
    assert series.values[0][3] == ("s-a", "s-b")  # "down from 31% on Monday" is a reading of Monday's level


def test_an_actors_size_is_no_value_of_a_count_of_those_something_happened_to():
    """"Telvora, which has 11 million customers" beside the customers a breach hit, day by day: not one series."""
    articles = {"a.txt": ("Telvora said on Tuesday that hackers had stolen the data of about 4.2 million customers. "
                          "Telvora, which has 11 million customers, had revenue of €6.1 billion last year.",
                          dt.date(2025, 9, 16)),
                "b.txt": ("The regulator said on Wednesday it had opened an inquiry after Telvora disclosed a breach "
                          "affecting 4.5 million customers.", dt.date(2025, 9, 17))}
    raws = tuple(raw_article(Path("s") / name, text.encode("utf-8"), ArticleMeta(name, published=published))
                 for name, (text, published) in articles.items())
    s = clean_story(StoryFiles("s", "s", Manifest(), raws))
    result = extract_facts(s, cluster_claims(s))
    assert not any(11e6 in {v for v, *_ in record.values} for record in (*result.updates, *result.discrepancies))


def test_a_closing_price_of_a_named_day_holds_on_that_day():
    # "Tuesday's close" is when the price held, not the day the article ran (a toll "from Tuesday's quake" is)
    s = story({"a.txt": "Shares of the ferry operator Baltline closed at $14.20 on Monday, Oct. 12, after a profit "
                        "warning.",
               "b.txt": "At Tuesday's close of $15.05, the ferry operator Baltline was worth $2.1 billion.\n\n"
                        "Baltline employs about 900 people."},
              dt.date(2026, 10, 15))
    result = extract_facts(s, cluster_claims(s))
    [series] = [u for u in result.updates if 14.2 in [v for v, _, _, _ in u.values]]
    assert [(v, as_of) for v, _, as_of, _ in series.values] == [(14.2, "2026-10-12"), (15.05, "2026-10-13")]


def test_flights_an_airline_cancelled_are_no_series_of_two_days():
    result = dated_story({
        "a.txt": ("Skyrail cancelled 1,100 flights on Monday after an IT failure.", dt.date(2027, 5, 17)),
        "b.txt": ("The airline cancelled 1,150 flights, the aviation regulator said.", dt.date(2027, 5, 18)),
        "c.txt": ("Skyrail said 1,100 flights were cancelled on Monday.", dt.date(2027, 5, 19))})
    assert result.updates == ()
    assert [sorted(v for v, _, _ in d.values) for d in result.discrepancies] == [[1100, 1150]]


def test_a_count_a_deal_moved_once_is_no_series_of_two_days():
    # two articles' dates do not make "sold 54 million shares" and "selling 52 million shares" a count that fell
    result = dated_story({
        "a.txt": ("Solvane sold 54 million shares in its listing, the heat-pump maker said.", dt.date(2026, 10, 14)),
        "b.txt": ("Solvane raised $1.25 billion in its listing, selling 52 million shares at $24 each.",
                  dt.date(2026, 10, 16))})
    assert result.updates == ()
    assert [sorted(v for v, _, _ in d.values) for d in result.discrepancies] == [[52e6, 54e6]]


def test_a_ships_load_is_no_reading_of_what_it_spilled():
    result = dated_story({
        "a.txt": ("The tanker Meridian Star, carrying 85,000 tonnes of oil, has leaked about 3,000 tonnes of crude, "
                  "the coastguard said.", dt.date(2027, 3, 9)),
        "b.txt": ("The tanker Meridian Star has spilled an estimated 4,500 tonnes of crude oil, the coastguard said "
                  "on Wednesday.", dt.date(2027, 3, 10))})
    assert [[v for v, _, _, _ in u.values] for u in result.updates] == [[3000, 4500]]


def test_a_toll_of_a_past_disaster_a_ranking_recalls_is_no_value_of_the_story_s_toll():
    # "the deadliest since 2009, when 17 people were killed" gives 2009's toll: the derailment's 12 then 13 is
    # the series, and the 17 is 2009's, neither a later value nor a disagreement
    result = dated_story({
        "a.txt": ("Twelve people died when a night train derailed in the Vossberg valley late on Sunday, "
                  "police said. It was the deadliest rail accident in the country since 2009, when 17 people "
                  "were killed in a collision near Orlen.", dt.date(2027, 3, 15)),
        "b.txt": ("The death toll from Sunday's derailment in the Vossberg valley rose to 13 on Tuesday, "
                  "officials said.", dt.date(2027, 3, 16))})
    assert result.discrepancies == ()
    assert series(result) == [[12, 13]]
    [past] = [f for f in result.facts if f.value == 17]
    assert past.as_of == "2009"


def test_one_outlet_s_listed_parts_and_another_s_whole_agree():
    # 312 passengers and eight crew are the 320 people another outlet counts on board: no series, no dispute
    result = dated_story({
        "a.txt": ("The night train was carrying 312 passengers and eight crew when it derailed near Kettwig, "
                  "police said.", dt.date(2027, 3, 15)),
        "b.txt": ("The night train that derailed near Kettwig had 320 people on board, its operator said.",
                  dt.date(2027, 3, 16))})
    assert result.updates == () and result.discrepancies == ()


def test_a_part_of_them_is_no_later_value_of_its_whole():
    # "5,400 of them in stores" is a part of the 6,200 the retailer employs, not what 6,200 jobs fell to
    result = dated_story({
        "a.txt": ("Harlow & Finch collapsed into administration on Monday, putting 6,200 jobs at risk.",
                  dt.date(2027, 9, 7)),
        "b.txt": ("The retailer Harlow & Finch employs 6,200 people, 5,400 of them in stores.",
                  dt.date(2027, 9, 8))})
    assert all(5400 not in [v for v, _, _, _ in u.values] for u in result.updates)
    assert all(5400 not in [v for v, _, _ in d.values] for d in result.discrepancies)


def test_a_share_price_a_move_took_on_a_later_day_is_the_next_value_not_a_disagreement():
    # Wednesday's $18.40 and Thursday's $17.30 after "a further 6%": a series of prices by day
    result = dated_story({
        "a.txt": ("Orvane shares fell 41% on Wednesday to $18.40.", dt.date(2027, 4, 21)),
        "b.txt": ("Orvane's shares fell a further 6% on Thursday, to $17.30, after dropping 41% on Wednesday.",
                  dt.date(2027, 4, 22))})
    assert result.discrepancies == ()
    assert [[(v, as_of) for v, _, as_of, _ in u.values] for u in result.updates] == [
        [(18.4, "2027-04-21"), (17.3, "2027-04-22")]]
    [drop] = [f for f in result.facts if f.value == 41]
    assert drop.date == "2027-04-21"  # the participle's own day, not Thursday's


def test_the_value_a_move_starts_from_is_no_later_reading_of_the_new_level():
    # 5.25% is the rate before the rise: no series 5.75% -> 5.25%, and no disagreement either
    result = dated_story({
        "a.txt": ("Ostravia's central bank raised its main policy rate by 50 basis points to 5.75% on Thursday. "
                  "The Ostravian National Bank said its board voted for the increase, which lifts the rate from "
                  "5.25%.", dt.date(2026, 3, 5)),
        "b.txt": ("When the Ostravian National Bank lifted its policy rate to 5.75% on Thursday, it did more than "
                  "reverse a cut. The rate had stood at 5.25% since the autumn.", dt.date(2026, 3, 7)),
        "c.txt": ("The Ostravian National Bank's decision on Thursday to lift its benchmark rate to 5.75% from 5.25% "
                  "caught the market off guard.", dt.date(2026, 3, 8))})
    assert not any(5.25 in {v for v, *_ in record.values} for record in (*result.updates, *result.discrepancies))


def test_two_tallies_of_one_vote_reported_on_two_days_disagree_and_are_no_series():
    result = dated_story({
        "a.txt": ("The Ostrava Reserve Bank said its board voted 5-2 for the rise on Thursday.", dt.date(2026, 3, 5)),
        "b.txt": ("The Ostrava Reserve Bank board was split 4-3 on Thursday's rise.", dt.date(2026, 3, 6))})
    assert result.updates == ()
    assert sorted(sorted(v for v, *_ in d.values) for d in result.discrepancies) == [[2, 3], [4, 5]]


def test_a_day_before_a_colon_is_when_figures_were_told_not_the_month_they_measure():
    # "published on Tuesday: ... 6.8% higher in February" is February's inflation, as is the other's 6.9%
    result = dated_story({
        "a.txt": ("The case for acting was laid out in figures the statistics office published on Tuesday: "
                  "consumer prices were 6.8% higher in February than a year earlier.", dt.date(2026, 3, 7)),
        "b.txt": ("The consumer price index rose 6.9% year on year in February, according to the statistics "
                  "office.", dt.date(2026, 3, 8))})
    assert [sorted(v for v, *_ in d.values) for d in result.discrepancies] == [[6.8, 6.9]]


def test_two_sources_giving_one_day_of_a_rising_count_different_values_disagree_on_that_day():
    texts = {"a.txt": "A freight train derailed near Havrendal on Tuesday, May 12, forcing about 1,400 residents from "
                      "their homes on Tuesday night.",
             "b.txt": "Some 1,200 people were evacuated from homes near the crash site on Tuesday night.",
             "c.txt": "The number of people moved out of their homes near the Havrendal derailment rose to 2,900 "
                      "on Thursday, May 14."}
    s = story(texts, dt.date(2026, 5, 15))
    result = extract_facts(s, cluster_claims(s))
    [series] = result.updates
    assert sorted(v for v, _, _, _ in series.values) == [1200, 1400, 2900]  # the series still rises to 2,900
    assert [sorted(v for v, _, _ in d.values) for d in result.discrepancies] == [[1200, 1400]]  # Tuesday's differ


def test_a_commodity_price_per_pound_on_two_days_is_a_series():
    texts = {"a.txt": "The May arabica contract closed at 328.25 cents per pound on Tuesday, Sept. 10.",
             "b.txt": "The May arabica contract settled at 349.50 cents per pound on Thursday, Sept. 12."}
    s = story(texts, dt.date(2024, 9, 13))
    result = extract_facts(s, cluster_claims(s))
    assert result.discrepancies == ()
    [series] = result.updates
    assert [round(v, 4) for v, _, _, _ in series.values] == [3.2825, 3.495]  # a price that rose, no dispute


def test_what_an_organisation_has_given_differently_days_apart_is_a_disagreement_not_an_update():
    tuesday = raw_article(Path("s/a.txt"), b"A fire destroyed the main depot of Corvel Logistics, which employs about "
                          b"640 people in the region.", ArticleMeta("a.txt", published=dt.date(2025, 10, 14)))
    friday = raw_article(Path("s/b.txt"), b"Corvel Logistics, which has 720 employees, said the depot fire would "
                         b"delay deliveries.", ArticleMeta("b.txt", published=dt.date(2025, 10, 17)))
    s = clean_story(StoryFiles("s", "s", Manifest(), (tuesday, friday)))
    result = extract_facts(s, cluster_claims(s))
    assert result.updates == ()
    [d] = result.discrepancies
    assert sorted(v[0] for v in d.values) == [640, 720]
