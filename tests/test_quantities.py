import pytest

from newsdigest.quantities import find_quantities, parse_number


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
