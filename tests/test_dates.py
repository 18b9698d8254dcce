import datetime as dt

import pytest

from newsdigest.digest.text.dates import find_dates, period_length_years

MONDAY = dt.date(2025, 2, 24)


def dates(text, published=MONDAY):
    return [m.date for m in find_dates(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("On February 24, 2025, it announced", ["2025-02-24"]),
    ("It said on 24 February 2025 that", ["2025-02-24"]),
    ("dated 2025-02-24 in the filing", ["2025-02-24"]),
    ("the vote on 24.02.2025 in Berlin", ["2025-02-24"]),
    ("in September 2024 the firm", ["2024-09"]),
    ("the crackdown that began in 2020", ["2020"]),
    ("profits in the fourth quarter of 2024", ["2024"]),
])
def test_absolute_dates_in_common_formats(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Shares fell 3% on Monday", ["2025-02-24"]),
    ("Shares rose 14% on February 21", ["2025-02-21"]),
    ("pledged on Feb 24 to invest", ["2025-02-24"]),
    ("Last week, the CEO declared", ["2025-02"]),
    ("yesterday the minister resigned", ["2025-02-23"]),
    ("stock rose 68% this year", ["2025"]),
    ("last year it lost money", ["2024"]),
    ("for the three months ending December 31", ["2024-12-31"]),
    ("The vote will take place on Friday", ["2025-02-28"]),
])
def test_relative_dates_resolve_against_publication_date(text, expected):
    assert dates(text) == expected


def test_a_week_straddling_two_months_is_only_a_year():
    assert dates("this week the summit met", dt.date(2025, 3, 1)) == ["2025"]


def test_relative_dates_without_a_publication_date_are_left_out():
    assert dates("Last week the CEO spoke, in 2020 the clampdown began", None) == ["2020"]


def test_money_and_impossible_dates_are_not_dates():
    assert dates("It paid $2025 and 2,000 people on February 30, 2025 attended") == []


@pytest.mark.parametrize("period, years", [("the next three years", 3), ("this fiscal year", 1), ("2025", 1),
                                           ("the three months ending December 31", 0.25), (None, None)])
def test_spending_periods_have_a_length(period, years):
    assert period_length_years(period) == years


def test_days_ago_last_night_and_mid_month_are_dates():
    monday = dt.date(2025, 3, 10)
    assert [m.date for m in find_dates("The lighthouse keeper retired two days ago.", monday)] == ["2025-03-08"]
    assert [m.date for m in find_dates("The lighthouse lamp failed last night.", monday)] == ["2025-03-09"]
    assert [m.date for m in find_dates("The lamp was replaced in mid-February.", monday)] == ["2025-02"]


def test_a_weekend_is_the_month_of_the_one_meant():
    monday_3_march, sunday_2_march = dt.date(2025, 3, 3), dt.date(2025, 3, 2)
    assert [m.date for m in find_dates("The ferry ran aground over the weekend.", monday_3_march)] == ["2025-03"]
    # written on a weekend, "last weekend" is the one before (22-23 February), "this weekend" this one
    assert [m.date for m in find_dates("The ferry ran aground last weekend.", sunday_2_march)] == ["2025-02"]
    assert [m.date for m in find_dates("The ferry ran aground this weekend.", sunday_2_march)] == ["2025-03"]
    # 31 May and 1 June 2025: a weekend across two months gives only its year
    assert [m.date for m in find_dates("The ferry will sail next weekend.", dt.date(2025, 5, 26))] == ["2025"]


def test_last_week_written_on_a_sunday_is_the_week_just_ending():
    # Sunday 12 January 2025: "last week" is 6-11 January, not the week across New Year
    assert [m.date for m in find_dates("The storm struck the coast last week.", dt.date(2025, 1, 12))] == ["2025-01"]
    assert [m.date for m in find_dates("The storm struck the coast last week.", dt.date(2025, 1, 8))] == ["2025"]
