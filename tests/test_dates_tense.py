"""Dates resolve by tense and direction against the article's own date (issue 14, part 3)."""

import datetime as dt

import pytest

from newsdigest.digest.ingest.stamps import dateline
from newsdigest.digest.text.dates import find_dates

MONDAY = dt.date(2025, 3, 10)
FRIDAY_14_MARCH = dt.date(2025, 3, 14)


def dates(text, published=MONDAY):
    return [m.date for m in find_dates(text, published)]


def test_a_weekday_points_the_way_its_nearest_verb_does():
    assert dates("The synod will vote on Thursday on the new liturgy.") == ["2025-03-13"]
    assert dates("The synod voted on Thursday on the new liturgy.") == ["2025-03-06"]
    assert dates("The choir that will sing at Easter rehearsed on Thursday.") == ["2025-03-06"]
    assert dates("The bishop said on Saturday that the synod will vote.") == ["2025-03-08"]
    assert dates("The club said the new coach would start on Thursday.") == ["2025-03-13"]
    assert dates("The hearing is on Thursday.") == ["2025-03-13"]
    assert dates("The council plans to vote on Thursday.") == ["2025-03-13"]
    assert dates("Parents marched on Saturday against plans to close the school.") == ["2025-03-08"]
    assert dates("Inspectors arrived at the port on Thursday and will report next month.") == ["2025-03-06", "2025-04"]
    assert dates("The union met its members on Thursday but will strike in May.") == ["2025-03-06", "2025-05"]
    assert dates("The match, originally scheduled for March 2, was moved.", FRIDAY_14_MARCH) == ["2025-03-02"]
    assert dates("The hearing, scheduled for March 2, is open to the public.", FRIDAY_14_MARCH) == ["2026-03-02"]


def test_a_modal_of_possibility_looks_ahead_unless_negated_or_perfect():
    assert dates("A ruling by the tribunal could come as early as Thursday, two people said.") == ["2025-03-13"]
    assert dates("The ferry might resume sailings on Thursday.") == ["2025-03-13"]
    assert dates("The mayor could not attend the opening on Thursday.") == ["2025-03-06"]
    assert dates("The council could have voted on Thursday.") == ["2025-03-06"]


def test_next_is_ahead_and_last_behind_even_on_the_same_weekday():
    assert dates("The committee meets next Tuesday.", dt.date(2025, 3, 10)) == ["2025-03-11"]
    assert dates("The committee meets next Monday.", dt.date(2025, 3, 10)) == ["2025-03-17"]
    assert dates("The committee met last Monday.", dt.date(2025, 3, 10)) == ["2025-03-03"]


def test_a_month_and_day_without_a_year_take_the_year_tense_and_article_date_fit():
    assert dates("The library stays open until at least March 21.", FRIDAY_14_MARCH) == ["2025-03-21"]
    assert dates("The vote is on May 5.", FRIDAY_14_MARCH) == ["2025-05-05"]
    assert dates("The new timetable takes effect on January 1.", dt.date(2025, 11, 20)) == ["2026-01-01"]
    assert dates("The parish voted on May 5 to close the school.", FRIDAY_14_MARCH) == ["2024-05-05"]
    assert dates("The regatta will be held on March 2.", FRIDAY_14_MARCH) == ["2026-03-02"]
    assert dates("The abbey said new bells would arrive in April.", dt.date(2026, 2, 10)) == ["2026-04"]
    assert dates("The council said it first heard of the leak in November.", dt.date(2026, 2, 10)) == ["2025-11"]


def test_a_distant_would_is_a_hypothesis_not_a_direction():
    text = "The coach, when asked whether the club would be among the league's best sides on radio on Saturday, smiled."
    assert dates(text) == ["2025-03-08"]


def test_since_always_looks_back():
    assert dates("The footbridge is closed since March 20.", FRIDAY_14_MARCH) == ["2024-03-20"]


def test_this_morning_is_the_article_date_and_days_before_another_event_stay_unresolved():
    assert dates("The museum confirmed this morning that the loan is agreed.") == ["2025-03-10"]
    assert dates("The jury deliberated for two days before returning a verdict.") == []
    assert dates("The choir was founded three years ago.") == ["2022"]


def test_a_season_is_a_period_not_a_single_year_date():
    assert [m.kind for m in find_dates("Enrolment fell in the 2023-24 school year.", MONDAY)] == ["span"]


def test_dates_are_never_more_precise_than_the_text():
    assert dates("The regatta will be held next Tuesday, in April and in 2027.") == ["2025-03-11", "2025-04", "2027"]


@pytest.mark.parametrize("text, stamp", [
    ("date 2024-05-10 The museum has reopened its west wing.", ("2024-05-10", 16)),
    ("Published: 3 May 2024 The museum has reopened.", ("2024-05-03", 22)),
    ("Updated on May 3, 2024 The museum has reopened.", ("2024-05-03", 23)),
    ("May 3, 2024, 8:55 AM", ("2024-05-03", 20)),
    ("On May 3, 2024, the museum reopened.", None),
    ("May 3, 2024 was the day the museum reopened.", None),
])
def test_a_publication_stamp_is_told_from_a_dated_sentence(text, stamp):
    assert dateline(text) == stamp


def test_is_to_looks_ahead_like_will():
    # Monday 10 March: the nearer Saturday is the 8th, but "is to tour" is an arrangement still ahead
    assert dates("The orchestra is to tour on Saturday with a new conductor.") == ["2025-03-15"]


def test_a_month_last_year_is_last_years_month():
    # Friday 14 March 2025
    assert dates("A similar rockfall closed the pass in June last year.", FRIDAY_14_MARCH) == ["2024-06"]
    assert dates("The museum reopens in June next year.", FRIDAY_14_MARCH) == ["2026-06"]
    assert dates("The festival moved to a new site last June.", FRIDAY_14_MARCH) == ["2024-06"]


def test_a_clock_time_in_another_zone_is_the_same_moment_not_another_day_or_a_year():
    # Monday 10 March: "(2140 GMT Sunday)" is Monday morning's time in London, not an event on the 9th or in 2140
    assert dates("The avalanche struck at 6:40 a.m. local time (2140 GMT Sunday), the rescue service said.") == []


def test_a_deadline_by_a_weekday_is_ahead():
    # Monday 10 March: "by Friday" is this Friday, not the last one
    assert dates("The ministry hopes to reopen the pass by Friday.") == ["2025-03-14"]


def test_a_deadline_someone_said_they_would_meet_is_this_years_not_last_years():
    # Monday 10 March: the saying is past, but "would ... by March 28" is the coming March 28
    assert dates("The inspectors said they would publish their girder report by March 28.") == ["2025-03-28"]
    assert dates("By March 8, the inspectors had checked every girder.") == ["2025-03-08"]


def test_what_still_has_to_happen_or_must_happen_on_a_weekday_is_ahead():
    # Monday 10 March: an obligation looks ahead like "will"; "had to" stays behind
    assert dates("About 600 late entries still have to be judged before the jury names the winner on Friday.") == \
        ["2025-03-14"]
    assert dates("Every entry must be judged on Friday.") == ["2025-03-14"]
    assert dates("The jury had to judge the late entries on Friday.") == ["2025-03-07"]


def test_a_verb_of_intent_before_to_looks_ahead():
    # Monday 10 March: what a subject expects, hopes, prepares or threatens to do on a weekday is to come
    assert dates("The bakery expects to reopen its shop on Thursday.") == ["2025-03-13"]
    assert dates("The talks ended as some 80 bakers prepare to strike for three days from Thursday.") == \
        ["2025-03-13"]
    assert dates("The bakers' union threatens to walk out on Friday.") == ["2025-03-14"]


def test_a_timetable_in_the_simple_present_takes_the_nearest_day():
    # Monday 10 March: "reopens on Thursday" is this Thursday; "reopened" the last one; a noun "close" is no verb
    assert dates("The botanical garden reopens on Thursday after a two-year refit.") == ["2025-03-13"]
    assert dates("The botanical garden reopened on Thursday after a two-year refit.") == ["2025-03-06"]
    assert dates("The strike by gardeners, which began on Saturday, ends on Thursday.") == ["2025-03-08", "2025-03-13"]
    assert dates("Tickets sold out at the close on Thursday.") == ["2025-03-06"]


def test_a_weekday_something_happens_ahead_of_is_still_to_come():
    # Monday 10 March: the rehearsal is past, the premiere it was ahead of is this week
    assert dates("The cast rehearsed all weekend ahead of Thursday's premiere.") == ["2025-03-13"]
    assert dates("In the run-up to Saturday's premiere, the theatre sold out.") == ["2025-03-15"]
    assert dates("The cast rehearsed ahead of last Thursday's premiere.") == ["2025-03-06"]


def test_a_date_something_was_moved_to_is_the_nearest_not_the_last():
    # Monday 10 March: "was postponed to March 20" is this March, not March 2024
    assert dates("The regatta was postponed to March 20.") == ["2025-03-20"]
    assert dates("The regatta was pushed back to Friday.") == ["2025-03-14"]


def test_a_past_day_just_after_the_articles_date_is_this_years():
    # Monday 10 March (a story date standing in for a later article): "voted on March 14" is not March 2024
    assert dates("The synod voted on March 14 to sell the hall.") == ["2025-03-14"]
    assert dates("The synod voted on March 24 to sell the hall.") == ["2024-03-24"]


def test_a_plan_a_participle_sets_for_a_day_looks_ahead():
    text = "The orchestra will record the album this spring, with the first concerts planned for February 20."
    assert dates(text, FRIDAY_14_MARCH) == ["2026-02-20"]
    assert dates("The concerts, slated for February 20, are sold out.", FRIDAY_14_MARCH) == ["2026-02-20"]
    assert dates("The concert, which the orchestra had planned for March 2, was cancelled.", FRIDAY_14_MARCH) == [
        "2025-03-02"]
    assert dates("The concert was planned for March 2 but never took place.", FRIDAY_14_MARCH) == ["2025-03-02"]


def test_a_present_perfect_state_lasts_until_a_day_ahead():
    assert dates("The museum has extended its opening hours until Sunday.") == ["2025-03-16"]
    assert dates("The ferry has been suspended until Thursday, the operator said.") == ["2025-03-13"]
    assert dates("The museum stayed open until Sunday.") == ["2025-03-09"]
    assert dates("The museum has reopened its east wing on Sunday.") == ["2025-03-09"]


def test_a_weekday_written_with_its_date_is_that_date_and_gives_it_its_year():
    wednesday = dt.date(2025, 3, 12)
    assert dates("The board will meet on Thursday, March 20, to vote on the budget.", wednesday) == ["2025-03-20"]
    assert dates("The bridge closed on Friday 7 March.", wednesday) == ["2025-03-07"]
    assert dates("The regatta opens on March 20, a Thursday.", wednesday) == ["2025-03-20"]
    assert dates("The regatta opens on March 20 (Thursday).", wednesday) == ["2025-03-20"]
    # 20 March is a Thursday in 2025 and a Friday in 2026: the weekday, not the past tense, says which year
    assert dates("The regatta opened on Friday, March 20.", wednesday) == ["2026-03-20"]
    assert dates("The regatta opened on Thursday, March 20.", wednesday) == ["2025-03-20"]


def test_a_weekday_of_next_or_last_week_is_that_weeks_day():
    wednesday = dt.date(2025, 3, 12)
    assert dates("The inspectors will arrive on Wednesday next week.", wednesday) == ["2025-03-19"]
    assert dates("The inspectors arrived on Tuesday of last week.", wednesday) == ["2025-03-04"]


def test_a_month_and_day_with_last_or_next_year_is_in_that_year():
    assert dates("The cooperative was founded on March 3 last year.") == ["2024-03-03"]
    assert dates("The cooperative will list its shares on 3 March next year.") == ["2026-03-03"]


def test_a_timetable_verb_after_will_is_the_future_not_the_present():
    assert dates("The quarry will reopen in December.") == ["2025-12"]
    assert dates("The quarry plans to resume work in December.") == ["2025-12"]
    assert dates("The quarry is due to resume work in December.") == ["2025-12"]
    assert dates("The two sides agreed to resume talks on Monday.", dt.date(2025, 3, 15)) == ["2025-03-17"]


def test_the_day_before_yesterday_is_two_days_back():
    assert dates("The ferry ran aground the day before yesterday.") == ["2025-03-08"]
    assert dates("The ferry will be refloated the day after tomorrow.") == ["2025-03-12"]


def test_the_past_month_is_the_month_up_to_the_article_and_the_previous_one_counts_from_another_date():
    assert dates("Ticket sales fell 10% over the past month.") == ["2025"]  # 10 February to 10 March
    assert dates("Ticket sales fell 10% over the past week.") == ["2025-03"]
    assert dates("Ticket sales fell 10% over the past year.") == []  # March 2024 to March 2025
    assert dates("The club said its ticket sales had fallen 10% in the previous year.") == []
    assert dates("Ticket sales fell 10% last month.") == ["2025-02"]


def test_a_day_in_the_noun_phrase_of_an_unplanned_event_is_behind_whatever_the_verb_after_it_says():
    """No one schedules a collision: the day its noun phrase gives is past, though what follows is ahead."""
    assert dates("The collision of two ferries off the harbour wall on Sunday evening is set to force a review "
                 "of the timetable.") == ["2025-03-09"]
    assert dates("After the derailment near the junction on Friday, the operator will inspect every bridge.") == \
        ["2025-03-07"]
    assert dates("Saturday's stabbing outside the theatre is expected to prompt a review of security.") == \
        ["2025-03-08"]
    # a planned event in the same place may be ahead, and a noun that only describes another ("the fire drill") is
    # no unplanned event
    assert dates("The strike on Thursday is expected to close every depot in the city.") == ["2025-03-13"]
    assert dates("The fire drill on Thursday will close the theatre for an hour.") == ["2025-03-13"]
    assert dates("The inquiry into the fire on Thursday will hear from the crew.") == ["2025-03-13"]
    assert dates("The harbour's charity plunge on Sunday is expected to raise 5,000 pounds.") == ["2025-03-16"]


def test_a_timetable_verb_puts_a_weekday_ahead_even_when_the_last_one_is_nearer():
    """"The theatre reopens on Wednesday", written on a Friday, is next Wednesday: one that reopened "reopened"."""
    assert dates("The theatre reopens on Wednesday after three months of repairs.", FRIDAY_14_MARCH) == \
        ["2025-03-19"]
    assert dates("Crossings to the island resume on Wednesday, the ferry line said.", FRIDAY_14_MARCH) == \
        ["2025-03-19"]
    # a month and day keep the nearest year, as with "is": a sloppy present is likelier than a year ahead
    assert dates("The theatre reopens on March 12 after repairs.", FRIDAY_14_MARCH) == ["2025-03-12"]


def test_a_future_day_just_before_the_articles_date_is_this_years_not_next_years():
    """An article's date may be a day or two late (its story's date standing in): "will resume on January 2" in a
    January 3 article is not a year ahead; a day further back still is."""
    third = dt.date(2025, 1, 3)
    assert dates("The inquiry into the ferry fire will resume on January 2.", third) == ["2025-01-02"]
    assert dates("The inquiry into the ferry fire will resume on December 20.", third) == ["2025-12-20"]


def test_a_month_and_day_that_names_a_thing_take_the_nearest_year_whatever_became_of_it():
    """"The May 4 vote was delayed", written in March: the vote is this May's, though the delaying is past."""
    assert dates("The May 4 vote on the theatre's future was delayed by the council.", FRIDAY_14_MARCH) == \
        ["2025-05-04"]
    assert dates("The March 2 walkout closed every depot in the city.", FRIDAY_14_MARCH) == ["2025-03-02"]
    # an event nobody schedules stays behind: "the March 9 sinking will be examined" is this March's
    assert dates("The March 9 sinking will be examined by a public inquiry.", FRIDAY_14_MARCH) == ["2025-03-09"]


def test_a_plan_someone_said_they_would_carry_out_on_a_weekday_is_ahead_however_long_the_object():
    wednesday = dt.date(2026, 4, 15)
    text = "The curator said she would open the restored east gallery and its archive rooms on Friday."
    assert [m.date for m in find_dates(text, wednesday)] == ["2026-04-17"]


def test_the_next_meeting_is_ahead_though_a_past_verb_reports_it():
    # "said the next meeting, on May 8, could bring" is the coming May 8, not last year's
    assert dates("Governor Halvard Moe said the next meeting, on May 8, could bring another increase.",
                 FRIDAY_14_MARCH) == ["2025-05-08"]
    assert dates("The storm hit on March 2; the next day, on March 3, crews said roads had reopened.",
                 FRIDAY_14_MARCH) == ["2025-03-02", "2025-03-03"]


def test_a_plan_reported_in_the_past_is_ahead_past_a_condition_after_its_date():
    # the verb of "if wage growth did not slow" is the condition's, not the plan's
    assert dates("Moe told reporters the bank was prepared to raise rates again in May if wage growth did not slow.",
                 FRIDAY_14_MARCH) == ["2025-05"]


def test_the_dot_of_a_time_of_day_does_not_end_the_clause_its_verb_is_in():
    assert dates("The bridge will be closed between 10 p.m. and 6 a.m. on Thursday.") == ["2025-03-13"]


def test_a_forecast_with_its_object_before_to_is_ahead():
    assert dates("Forecasters expect the heat to ease from Thursday.") == ["2025-03-13"]
    assert dates("The union expects its members to walk out on Thursday.") == ["2025-03-13"]
    assert dates("Analysts expected prices to rise on Thursday.") == ["2025-03-06"]


def test_a_markets_close_on_a_weekday_is_behind_whatever_will_be_paid():
    assert dates("Norvik will pay $52 a share, a 31% premium to Pellar's closing price on Friday.") == ["2025-03-07"]
    assert dates("The deal is expected to close on Friday.") == ["2025-03-14"]


def test_a_state_a_linking_verb_holds_until_a_weekday_looks_the_way_the_linking_verb_does():
    # "will stay closed until Friday": "closed" is the state, "will stay" its time
    assert dates("The ferry route will stay closed until Friday, the operator said.") == ["2025-03-14"]
    assert dates("The ferry route will remain closed until Friday.") == ["2025-03-14"]
    assert dates("The ferry route remained closed until Friday.") == ["2025-03-07"]


def test_a_participle_describing_the_object_of_a_future_verb_does_not_turn_it_back():
    # "steel imported from Keldor" says what the steel is: the tariff still comes on the next June 1
    assert dates("Brovania will impose a tariff on steel imported from Keldor from June 1, the ministry said.",
                 dt.date(2027, 5, 11)) == ["2027-06-01"]
    assert dates("Brovania imported steel from Keldor on June 1, the ministry said.", dt.date(2027, 5, 11)) == [
        "2026-06-01"]
    assert dates("The minister returned from Brussels on Monday and will meet unions on Friday.",
                 dt.date(2027, 5, 11)) == ["2027-05-10", "2027-05-14"]  # a future after the verb turns nothing


def test_a_likelihood_looks_ahead_whatever_tense_reports_it():
    assert dates("The airline warned that more cancellations were likely on Wednesday.") == ["2025-03-12"]
    assert dates("A deal was unlikely on Friday, officials said.") == ["2025-03-14"]  # not the Friday just gone


def test_what_someone_can_do_from_a_month_looks_ahead():
    assert dates("Councils can bid for the money from January, the ministry said.", dt.date(2026, 11, 6)) == ["2027-01"]
    assert dates("Residents can apply from Thursday.") == ["2025-03-13"]  # not the Thursday before the article


def test_a_plan_told_in_the_past_is_set_for_the_nearest_such_day():
    assert dates("The trust postponed its annual report, which had been due on March 20.", MONDAY) == ["2025-03-20"]
    assert dates("The concert had been scheduled for March 2 but was called off.", MONDAY) == ["2025-03-02"]
    assert dates("The ferry sank on March 20.", MONDAY) == ["2024-03-20"]  # no plan: the last March 20


def test_the_end_of_the_month_is_this_month_or_the_next_unless_the_clause_is_past():
    assert dates("The harbour expects to reopen by the end of the month.", MONDAY) == ["2025-03"]
    assert dates("The works should be finished by the end of next month.", MONDAY) == ["2025-04"]
    assert dates("By the end of the month, sales had fallen by a third.", MONDAY) == []


def test_an_until_with_a_time_of_day_or_no_verb_still_ends_a_state_ahead():
    wednesday = "2025-03-12"
    assert dates("The airport will stay closed until at least noon on Wednesday.") == [wednesday]
    assert dates("Airspace to stay closed until at least noon on Wednesday") == [wednesday]  # a headline's "to"
    assert dates("The road was closed until 6 p.m. on Wednesday.", FRIDAY_14_MARCH) == [wednesday]  # behind, past


def test_a_year_before_1900_is_one_after_a_preposition_and_never_a_count():
    assert dates("The volcano last erupted in 1755, burying two farms.") == ["1755"]
    assert dates("Its largest eruption, in 1362, buried the valley.") == ["1362"]
    assert dates("Rescuers found 1500 sheep in 1800 fields.") == []


def test_a_weekday_with_its_date_in_brackets_is_that_date():
    assert dates("The claims portal opens from next Friday (21 March).", MONDAY) == ["2025-03-21"]
    assert dates("The portal opened on Friday (7 March), the board said.", MONDAY) == ["2025-03-07"]
