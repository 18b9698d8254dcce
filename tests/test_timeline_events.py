"""A timeline entry is a dated event a reader needs, one per event, at a date the text supports (issue 14)."""

import datetime as dt
from pathlib import Path

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.ingest.ingest import StoryFiles, clean_story, raw_article
from newsdigest.digest.timeline import build_timeline
from newsdigest.model import ArticleMeta, Manifest
from storybuild import story

WEDNESDAY = dt.date(2025, 3, 12)


def events(texts, published=WEDNESDAY):
    s = story(texts, published)
    return [(e.date, e.text) for e in build_timeline(s, cluster_claims(s))]


def dated_story(articles, story_date=None):
    """A story whose articles carry their own dates (None: the manifest gives the article none)."""
    raws = tuple(raw_article(Path("s") / name, text.encode("utf-8"), ArticleMeta(name, published=published))
                 for name, (text, published) in articles.items())
    return clean_story(StoryFiles("s", "s", Manifest(published=story_date), raws))


def test_a_publication_stamp_is_no_event():
    found = events({"a.txt": "date 2025-03-12 The observatory has reopened its dome to visitors after repairs."})
    assert found == []


def test_an_undated_article_takes_its_own_stamp_before_the_story_date():
    s = dated_story({"a.txt": ("date 2025-03-07 The observatory reopened its dome on Thursday after repairs.", None)},
                    story_date=WEDNESDAY)
    assert [e.date for e in build_timeline(s)] == ["2025-03-06"]


def test_an_undated_article_is_not_dated_by_the_latest_date_it_mentions():
    s = dated_story({"a.txt": ("The choir rehearsed in the nave on Monday. Its next concert is on November 18, 2025.",
                               None),
                     "b.txt": ("The bishop opened the new library in the cloister in 2019.", WEDNESDAY)})
    assert sorted(e.date for e in build_timeline(s)) == ["2019", "2025-03-10", "2025-11-18"]


def test_reference_points_are_not_events():
    text = ("As of March 10, the appeal had raised 40,000 euros. About 91 percent of pupils born in 2015 can swim. "
            "Attendance fell in the 2023-24 season. Several parishes used lead pipes before 2010. "
            "The orchestra forecasted ticket sales of 2 million euros for fiscal 2026.")
    assert events({"a.txt": text}) == []


def test_the_worst_since_a_year_makes_that_year_an_event_but_a_count_since_a_month_does_not():
    found = events({"a.txt": "The river reached its highest level since 1998 on Monday. "
                             "It is the third flood warning in the valley since January."})
    assert [d for d, _ in found] == ["1998", "2025-03-10"]


def test_the_end_of_something_still_ahead_is_an_event_and_a_day_set_for_is_too():
    found = events({"a.txt": "The exhibition will stay open every day until at least March 21. "
                             "The judge set a hearing on the museum's appeal for March 28. "
                             "The parish set aside 3,000 euros for 2026."})
    assert [d for d, _ in found] == ["2025-03-21", "2025-03-28"]


def test_two_days_in_one_claim_are_two_events_but_a_list_of_days_is_one():
    found = events({"a.txt": "The curator has finished the catalogue after checking the last loan on Monday, "
                             "the museum said this morning. The gallery will close on Thursday, Friday and Saturday."})
    assert sorted(d for d, _ in found) == ["2025-03-10", "2025-03-12", "2025-03-13"]


def test_a_relative_date_in_a_quotation_is_the_speakers_not_the_articles():
    found = events({"a.txt": '"Yesterday we rehearsed the whole requiem for the first time," the conductor said. '
                             "The conductor spoke to reporters outside the hall on Monday."})
    assert [d for d, _ in found] == ["2025-03-10"]


def test_a_year_a_when_clause_tells_of_is_an_event_not_a_baseline():
    found = events({"a.txt": "The repairs will cost more than in 2019, when the spire burned down."})
    assert [d for d, _ in found] == ["2019"]


def test_a_day_a_claim_names_in_passing_is_not_a_second_event():
    found = events({"a.txt": "After Monday's flood, the river fell 2 metres on Tuesday as the rain eased. "
                             "The count of damaged homes has risen to 40, the council said Tuesday, up from the 12 "
                             "homes the mayor listed when she toured the valley on Monday."})
    assert [d for d, _ in found] == ["2025-03-11", "2025-03-11"]


def test_a_plans_year_is_its_period_not_an_event():
    assert events({"a.txt": "The diocese plans to spend 4 million euros on its schools in 2026."}) == []


def test_an_event_opening_an_article_reads_without_its_stamp_and_place_line():
    found = events({"a.txt": "date 2025-03-12 GENEVA (Alpine Wire) — The orchestra cancelled its tour on Monday."})
    assert found == [("2025-03-10", "The orchestra cancelled its tour on Monday.")]


def test_a_forecast_year_is_not_an_event_but_projects_announced_this_year_are():
    found = events({"a.txt": "The museum projected 2 million visitors in 2026. "
                             "Several rival museums have announced similar projects this year."})
    assert [d for d, _ in found] == ["2025"]


def test_each_of_two_events_in_one_sentence_reads_as_its_own_statement():
    found = events({"a.txt": "The choir will tour Norway on Thursday with the new requiem, after talks with the "
                             "cathedral chapter broke down on Monday."})
    assert sorted(found) == [("2025-03-10", "Talks with the cathedral chapter broke down on Monday."),
                             ("2025-03-13", "The choir will tour Norway on Thursday with the new requiem.")]


def test_the_day_a_plan_is_due_by_is_an_event_but_a_tally_by_a_day_and_a_target_year_are_not():
    found = events({"a.txt": "The council hopes to reopen the footbridge to walkers by Friday. "
                             "The inspectors said they would publish their girder report by March 28. "
                             "By Monday, the appeal for the flooded bakery had raised 40,000 euros. "
                             "The council aims to halve its landfill waste by 2030."})
    assert sorted(d for d, _ in found) == ["2025-03-14", "2025-03-28"]


def test_a_ranking_since_records_began_makes_no_event_of_when_counting_started():
    found = events({"a.txt": "It was the wettest March in the valley since records began in 1910. "
                             "It was the first school closure since the storm began on Monday."})
    assert [d for d, _ in found] == ["2025-03-10"]


ROWING = ("The rowing club launched its new eight on the loch yesterday, watched by about 300 members and "
          "friends. The boat cost 40,000 pounds, raised by the members over two winters.")


def test_an_undated_article_takes_the_stamp_in_its_header_lines():
    s = dated_story({"a.txt": ("Rowing club launches its new eight\nThe Loch Gazette | Sport\n"
                               "Monday 10 March 2025, 6:42pm GMT\n\n" + ROWING, None),
                     "b.txt": ("The club's coach said the new eight would race on the loch in April.", WEDNESDAY)})
    assert [e.date for e in build_timeline(s)] == ["2025-03-09", "2025-04"]


def test_a_stamp_whose_day_and_month_could_swap_takes_the_reading_nearer_the_other_articles():
    s = dated_story({"a.txt": ("Rowing club launches its new eight\nThe Loch Gazette | Posted 11/03/2025 by Jo Reid\n"
                               "\n" + ROWING, None),
                     "b.txt": ("The club's coach said the new eight would race on the loch in April.", WEDNESDAY)})
    assert [e.date for e in build_timeline(s)] == ["2025-03-10", "2025-04"]  # 11 March, not 3 November


def test_a_stamp_the_sentence_splitter_cut_at_its_time_zone_is_still_the_stamp():
    # "a.m. ET" ends a sentence to the splitter: the date stays on a short body line above the story
    s = dated_story({"a.txt": ("Rowing club launches its new eight\nBy Jo Reid\nMarch 10, 2025 at 6:42 p.m. ET\n"
                               "\n" + ROWING, None),
                     "b.txt": ("The club's coach said the new eight would race on the loch in April.", WEDNESDAY)})
    assert [e.date for e in build_timeline(s)] == ["2025-03-09", "2025-04"]


def test_a_year_that_names_a_thing_does_not_date_what_was_done_to_it():
    found = events({"a.txt": "The museum returned a 1994 painting to the family last year, its director said."})
    assert [d for d, _ in found] == ["2024"]


def test_from_a_place_is_no_baseline_so_a_second_day_is_its_own_event():
    found = events({"a.txt": "The regatta will open on Friday, and the crews from Orkney and Shetland will "
                             "arrive on Thursday by ferry."})
    assert sorted(d for d, _ in found) == ["2025-03-13", "2025-03-14"]


def test_from_a_place_before_a_day_is_where_something_came_from_not_a_baseline():
    """"Sailed from Stromness on Monday" dates the sailing; "up from 40% on Monday" stays a baseline, no event."""
    found = events({"a.txt": "The last ferry sailed from Stromness on Monday with 300 passengers aboard. "
                             "Bookings for the summer crossings reached 62%, up from 40% on Monday."})
    assert [d for d, _ in found] == ["2025-03-10"]
    assert "Stromness" in found[0][1]


def test_a_teasers_date_beside_another_headline_gives_way_to_the_articles_own_stamp():
    """A link to an earlier story above this one ("Storm closes harbour - 2 February 2025") is no stamp when a
    byline line gives the article's own date: "on Monday" counts from 11 March, not from February."""
    text = ("Ferry crossings to resume\nStorm closes harbour - 2 February 2025\nBy Ann Lee | 11 March 2025\n"
            "The ferry operator said on Monday that crossings to the island would resume after the storm.")
    s = dated_story({"a.txt": (text, None)}, story_date=dt.date(2025, 3, 20))
    assert s.articles[0].published == dt.date(2025, 3, 11)
    assert [e.date for e in build_timeline(s)] == ["2025-03-10"]


def test_a_machine_stamp_with_its_time_of_day_dates_the_article():
    text = ("Ferry crossings to resume\n2025-03-11T08:15:00Z\n"
            "The ferry operator said on Monday that crossings to the island would resume after the storm.")
    s = dated_story({"a.txt": (text, None)}, story_date=dt.date(2025, 3, 20))
    assert [e.date for e in build_timeline(s)] == ["2025-03-10"]


def test_a_claim_that_only_dates_a_report_is_told_with_the_finding_after_it():
    """"..., according to a study released on Monday." dates the study; the next line says what it found."""
    found = events({"a.txt": "Ferry fares on the island routes are the highest in Europe, according to a study "
                             "released on Monday.\n\nA return crossing costs 94 euros on average, almost twice the "
                             "mainland rate, the study found.\n\nThe operator declined to comment."})
    assert [d for d, _ in found] == ["2025-03-10"]
    assert "94 euros" in found[0][1] and "declined" not in found[0][1]
    said = events({"a.txt": "A survey released on Monday found that 40% of ferry passengers had missed a crossing."
                            "\n\nThe operator said it would add two sailings a day, according to a statement."})
    assert [t for _, t in said] == ["A survey released on Monday found that 40% of ferry passengers had missed a "
                                    "crossing."]


def test_a_photo_captions_date_above_the_story_is_no_stamp():
    s = dated_story({"a.txt": ("FILE PHOTO: The old boathouse is seen on the loch shore near Kirkwall, Scotland, "
                               "July 31, 2017.\n\n" + ROWING, None),
                     "b.txt": ("The club's coach said the new eight would race on the loch in April.", WEDNESDAY)})
    assert [e.date for e in build_timeline(s)] == ["2025-03-11", "2025-04"]


def test_a_postponed_event_is_at_its_new_date_not_its_old_one_nor_last_year():
    found = events({"a.txt": "The regatta, originally scheduled for March 8, was postponed to March 22 because of "
                             "gales on the estuary."})
    assert [d for d, _ in found] == ["2025-03-22"]


def test_a_wire_datelines_day_takes_the_year_nearest_the_story_date():
    s = dated_story({"a.txt": ("Ferry runs aground off the harbour\n\nKIRKWALL, Scotland, Dec 30 (Isles Wire) - "
                               + ROWING, None),
                     "b.txt": ("Vote on May 5\n\n" + ROWING, None)},
                    story_date=dt.date(2026, 1, 2))
    assert sorted(e.date for e in build_timeline(s)) == ["2025-12-29", "2026-01-01"]


def test_a_wire_dateline_with_the_day_before_the_month_is_no_part_of_the_event():
    found = events({"a.txt": "Kettwig, 15 March (Wire) - At least 12 people died when a night train derailed near "
                             "Kettwig on Sunday night, police said."})
    assert found == [("2025-03-09", "At least 12 people died when a night train derailed near Kettwig on Sunday "
                                    "night, police said.")]


def test_a_trailing_day_of_telling_is_no_event_beside_the_day_the_claim_happened():
    # ", police said on Monday" only tells when the toll was given; the deaths were on Sunday
    found = events({"a.txt": "At least 12 people died when a night train derailed near Kettwig on Sunday night, "
                             "police said on Monday."})
    assert found == [("2025-03-09", "At least 12 people died when a night train derailed near Kettwig on Sunday "
                                    "night.")]


def test_an_object_relative_clause_is_told_by_its_whole_sentence():
    found = events({"a.txt": "Walkers must use the ferry until the footbridge is repaired with new steel cables, "
                             "which the council hopes to do by Friday."})
    assert found == [("2025-03-14", "Walkers must use the ferry until the footbridge is repaired with new steel "
                                    "cables, which the council hopes to do by Friday.")]


def test_a_day_inside_a_reported_claim_reads_as_what_was_reported():
    found = events({"a.txt": "The harbour master said on Monday that the trawler had sunk off the point on Saturday."})
    assert sorted(found) == [
        ("2025-03-08", "The trawler had sunk off the point on Saturday."),
        ("2025-03-10", "The harbour master said on Monday that the trawler had sunk off the point on Saturday.")]


def test_the_day_a_present_perfect_state_lasts_until_is_an_event_but_a_term_is_not():
    found = events({"a.txt": "Blood donors are asked to visit the city clinic, which has extended its hours until "
                             "Sunday. The goalkeeper has signed a contract until June 2030 with the option of a year."})
    assert found == [("2025-03-16", "The city clinic has extended its hours until Sunday.")]


def test_a_meeting_on_a_weekday_and_its_date_is_one_event_at_that_date():
    found = events({"a.txt": "The water board will meet on Thursday, March 20, to vote on the new tariffs."})
    assert [date for date, _ in found] == ["2025-03-20"]


def test_a_span_of_days_from_one_to_another_is_an_event_at_its_first_day():
    found = events({"a.txt": "The ring road will close from March 14 until March 16 for resurfacing."})
    assert [date for date, _ in found] == ["2025-03-14"]


def test_an_event_that_names_its_subject_only_by_pointing_back_is_told_with_the_sentence_before():
    found = events({"a.txt": "The growers' union has asked for a subsidy of $4.2 million to cover the lost harvest. "
                             "The minister said she would decide on that request next month.\n\n"
                             "Families of those who lost crops will meet on Friday."})
    assert found == [("2025-03-14", "Families of those who lost crops will meet on Friday."),
                     ("2025-04", "The growers' union has asked for a subsidy of $4.2 million to cover the lost "
                                 "harvest. The minister said she would decide on that request next month.")]


def test_a_dated_statement_is_told_with_the_quotation_that_goes_on_after_it():
    found = events({"a.txt": '"The orchard is exactly the site we wanted," the mayor said in a statement on Monday '
                             'evening. "We are pleased to have reached agreement with the owners this week."\n\n'
                             '"When we surveyed it in 2019, the soil was poor," said the planner. "It has recovered."'})
    assert found == [
        ("2019", '"When we surveyed it in 2019, the soil was poor," said the planner.'),
        ("2025-03-10", '"The orchard is exactly the site we wanted," the mayor said in a statement on Monday evening. '
                       '"We are pleased to have reached agreement with the owners this week."')]


def test_a_departure_from_a_named_place_on_a_day_is_an_event_on_that_day():
    """"lift-off from the Karvik spaceport on Tuesday" says where it left from; no baseline for the day."""
    found = events({"a.txt": "The new rocket broke apart 140 seconds after lift-off from the Karvik spaceport on "
                             "Monday, destroying the satellite it carried."})
    assert [d for d, _ in found] == ["2025-03-10"]


def test_a_relative_clause_after_a_name_tells_of_that_name_not_of_the_words_before_it():
    """"a blow to Marrowby Ferries, which will add ..." is Marrowby's plan; "a ferry from Norway, which ..."
    is the ferry's, not Norway's."""
    found = dict(events({"a.txt": "The storm is a blow to Marrowby Ferries, which will add 40 extra sailings on "
                                  "Friday. Crews inspected a ferry from Norway, which had docked on Monday with "
                                  "a damaged hull."}))
    assert found["2025-03-14"] == "Marrowby Ferries will add 40 extra sailings on Friday."
    assert not found["2025-03-10"].startswith("Norway")


def test_a_day_something_starts_from_is_an_event_but_a_days_close_is_a_baseline():
    found = events({"a.txt": "The city will cut water supplies for eight hours a day from Friday. Shares fell 3% on "
                             "Monday, down from Friday's close."})
    assert sorted(found) == [("2025-03-10", "Shares fell 3% on Monday, down from Friday's close."),
                             ("2025-03-14", "The city will cut water supplies for eight hours a day from Friday.")]


def test_a_comma_inside_a_list_ends_no_part_of_a_two_event_claim():
    found = dict(events({"a.txt": "Telvora said on Monday that hackers had stolen the names, addresses and phone "
                                  "numbers of 4.2 million customers in an attack it discovered on March 3."}))
    assert found["2025-03-03"] == ("Hackers had stolen the names, addresses and phone numbers of 4.2 million "
                                   "customers in an attack it discovered on March 3.")


def test_a_level_a_time_back_is_no_event_but_what_was_done_then_is():
    found = events({"a.txt": "The reservoirs held 58% of capacity a year ago. The firm cut 200 jobs a year ago."})
    assert [t for _, t in found] == ["The firm cut 200 jobs a year ago."]


def test_who_told_a_claim_and_when_is_no_event_of_its_own():
    found = events({"a.txt": "At least 38 people have died in Ostravia since the heatwave began last Wednesday, the "
                             "health ministry said on Monday, as temperatures reached a national record."})
    assert [text for _, text in found] == [
        "At least 38 people have died in Ostravia since the heatwave began last Wednesday."]


def test_a_stamp_below_a_long_headline_and_standfirst_still_dates_the_article():
    header = ("Explainer: Why did the rowing club need a new eight, and who paid for the boat?\n\n"
              "The members raised the money themselves over two long winters of raffles and quiz nights\n\n"
              "By Jo Reid, sports correspondent\nMonday 10 March 2025 - 4 min read\n\n")
    s = dated_story({"a.txt": (header + ROWING, None),
                     "b.txt": ("The club's coach said the new eight would race on the loch in April.", WEDNESDAY)})
    assert [e.date for e in build_timeline(s)] == ["2025-03-09", "2025-04"]  # yesterday from the 10th, not the 12th


def test_a_relative_date_is_read_in_its_whole_sentence_and_a_claim_cut_badly_is_told_whole():
    found = events({"a.txt": "The council's harbour committee, which will question the mayor and the harbour master, "
                             "Ian Ross, on Thursday, should not wait for the spring floods. The lock, which the "
                             "authority expects to reopen by the end of the month, has been shut since a barge struck "
                             "it."})
    assert [d for d, _ in found if len(d) == 10] == ["2025-03-13"]  # the Thursday ahead, as "will question" says
    assert ("2025-03", "The lock, which the authority expects to reopen by the end of the month, has been shut since "
                       "a barge struck it.") in found


def test_a_stamp_under_a_row_of_links_is_not_glued_to_it():
    header = "THE LOCH GAZETTE\nNews | Sport | Rowing | Log in\n\nPublished 10/03/2025, 09:15 GMT\n\n"
    s = dated_story({"a.txt": (header + ROWING, None),
                     "b.txt": ("The club's coach said the new eight would race on the loch in April.", WEDNESDAY)})
    assert [e.date for e in build_timeline(s)] == ["2025-03-09", "2025-04"]  # "yesterday" from its own 10 March


def test_years_listed_are_each_an_event_and_a_span_between_two_is_one():
    found = events({"a.txt": "The volcano erupted again in 1755 and 1912, each time burying farms in ash. Chemicals "
                             "seeped into more than 90 wells between 2009 and 2019, residents say."})
    dates = [d for d, _ in found]
    assert dates[:2] == ["1755", "1912"]
    assert len(dates) == 3 and dates[2] in ("2009", "2019")  # one event for the span, not one a year
