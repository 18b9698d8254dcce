import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdigest.digest.facts.quantities import (
    _COUNT,
    _COUNT_OF_TOTAL,
    _MONEY_PREFIXED,
    _MONEY_WORD,
    _PERCENT,
    _QUAL,
    QUALIFIERS,
    _figures,
    find_quantities,
    parse_number,
)


def figures(text, european=False):
    return [(q.kind, q.value, q.unit, q.qualifier) for q in find_quantities(text, european)]


@pytest.mark.parametrize("text, expected", [
    ("more than 380 billion yuan", ("money", 380e9, "CNY", "more than")),
    ("US$80 billion", ("money", 80e9, "USD", None)),
    ("S$107 billion", ("money", 107e9, "SGD", None)),
    ("£1.2bn", ("money", 1.2e9, "GBP", None)),
    ("€300m", ("money", 300e6, "EUR", None)),
    ("Rs 500 crore", ("money", 5e9, "INR", None)),
    ("N5,694,967,800.00", ("money", 5694967800.0, "NGN", None)),
    ("up to 2 trillion yen", ("money", 2e12, "JPY", "up to")),
    ("about 70 per cent", ("percent", 70.0, "%", "about")),
    ("28,5%", ("percent", 28.5, "%", None)),
    ("3.5 percentage points", ("percent", 3.5, "pp", None)),
    ("120 seats", ("count", 120.0, "seats", None)),
    ("at least 45 people", ("count", 45.0, "people", "at least")),
    ("More than 12,000 people were displaced", ("count", 12000.0, "people", "more than")),
])
def test_figures_are_read_with_currency_scale_and_qualifier(text, expected):
    assert figures(text) == [expected]


def test_european_number_format_is_read_when_the_text_uses_it():
    assert parse_number("1.234,5") == 1234.5
    assert figures("1.234,5 million euros", european=True) == [("money", 1234.5e6, "EUR", None)]


def test_a_bracketed_amount_is_a_conversion_of_the_one_before():
    found = find_quantities("invest 380 billion yuan ($53 billion) in AI")
    assert found[1].converted_from == 0


def test_durations_years_and_measurements_are_not_counts():
    assert figures("over the next three years, in 2025, winds of 190 kilometres per hour") == []


_TOKENS = [*QUALIFIERS, "More than", "UP TO", "About", "that", "than", "some", "5", "12,000", "3.5", "380", "1.234,5",
           "billion", "bn", "m", "per cent", "%", "pct", "percentage points", "yuan", "US$", "$", "£", "Rs", "RM",
           "N", "euros", "people", "jobs", "of the", "120", "seats", "job cuts", "(", ")", ",", ".", " ", "  ", "\n",
           "the", "Beira", "said"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=14).map(" ".join))
def test_figures_find_the_same_qualifier_the_pattern_with_it_in_front_would(text):
    """The figure patterns leave the qualifier out (for speed) and look back for it instead; every
    figure must come out exactly as from the pattern with the optional qualifier group in front
    (in any case: "More than 12,000 people" has its qualifier, as "more than 12,000 people" does)."""
    for core in (_MONEY_PREFIXED, _MONEY_WORD, _PERCENT, _COUNT_OF_TOTAL, _COUNT):
        full = re.compile(rf"(?:(?P<qual>(?i:{_QUAL}))\s+)?" + core.pattern, core.flags)
        names = [n for n in core.groupindex]
        expected = [(m.start(), m.end(), m.group(0), m.group("qual") or "", m.start("qual"),
                     *(m.group(n) or "" for n in names)) for m in full.finditer(text)]
        found = [(f.start(), f.end(), f.group(0), f.group("qual"), f.start("qual"), *(f.group(n) for n in names))
                 for f in _figures(core, text)]
        assert found == expected, core.pattern[:40]


@pytest.mark.parametrize("text, expected", [
    ("The hospital will hire 40 additional night nurses.", (40.0, "nurses")),
    ("A recount moved 212 Green Party ballots to the Socialists.", (212.0, "ballots")),
    ("About 600 postal and overseas ballots are still to be counted.", (600.0, "ballots")),
    ("The trawler had 24 crew on board.", (24.0, "crew")),
])
def test_words_between_a_number_and_its_plural_noun_do_not_hide_the_count(text, expected):
    """ "40 additional night nurses" counts nurses: up to three modifiers (adjectives, nouns, a name, two
    joined by "and") stand between a number and the plural it counts."""
    assert [(q.value, q.unit) for q in find_quantities(text) if q.kind == "count"] == [expected]


def test_modifiers_stop_at_a_verb_a_count_noun_a_month_or_a_model_name():
    found = find_quantities("Among the dead were 31 adults, 9 children and two infants; 57 people lost their lives "
                            "by 14 September crews said, and the Airbus 320 Neo jets stayed grounded with 40 extra "
                            "mechanics.")
    assert [(q.value, q.unit) for q in found if q.kind == "count"] == [
        (31.0, "adults"), (9.0, "children"), (57.0, "people"), (40.0, "mechanics")]


def test_a_number_after_a_name_is_a_model_not_a_count_of_the_noun_after_it():
    # "Hopper 200 products" are chips of the Hopper 200 line, not 200 products; a day or a month is no model
    found = find_quantities("Sales were lifted by demand for Blackwell and Hopper 200 products, and two Falcon 9 "
                            "rockets flew, while on Sunday 300 people marched. The result gives the Greens 44 seats.")
    assert [(q.value, q.unit) for q in found if q.kind == "count"] == [(300.0, "people"), (44.0, "seats")]


def test_a_time_of_day_counts_nothing():
    found = find_quantities("The blaze was finally extinguished at 05:15 this morning, and the train left at 22:40 "
                            "with 43 wagons.")
    assert [(q.text, q.value) for q in found] == [("43 wagons", 43.0)]  # not "15 this"
