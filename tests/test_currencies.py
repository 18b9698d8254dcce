"""Every currency of the table is read from text, converted and shown: driven by the table itself,
so a new entry in data/currencies.yaml is tested without new test code."""

import pytest

from newsdigest.digest.facts.currencies import currency_table
from newsdigest.digest.facts.currency import convert
from newsdigest.digest.facts.quantities import find_quantities
from newsdigest.site.render import money

TABLE = currency_table()
WRITTEN = [(c.code, f"{prefix}4.5 billion") for c in TABLE.currencies.values() for prefix in c.prefixes] + \
          [(c.code, f"4.5 billion {word}") for c in TABLE.currencies.values() for word in c.words]


@pytest.mark.parametrize(("code", "figure"), WRITTEN, ids=[f"{c}:{f}" for c, f in WRITTEN])
def test_every_way_the_table_writes_a_currency_is_read_from_text(code, figure):
    found = find_quantities(f"The council said it would spend {figure} on the new line by 2030.")
    assert [(q.kind, q.value, q.unit) for q in found] == [("money", 4.5e9, code)]


@pytest.mark.parametrize("code", sorted(TABLE.currencies))
def test_every_currency_converts_to_and_from_us_dollars_at_its_reference_rate(code):
    rate = TABLE.currencies[code].usd_per_unit
    to_usd = convert(1_000_000, code, "USD", {})
    back = convert(1_000_000, "USD", code, {})
    assert to_usd is not None and back is not None
    assert to_usd[0] == pytest.approx(1_000_000 * rate)
    assert back[0] == pytest.approx(1_000_000 / rate)


@pytest.mark.parametrize("code", sorted(TABLE.currencies))
def test_every_currency_is_shown_the_way_the_table_says(code):
    shown = money(4.5e9, code)
    mark = TABLE.currencies[code].shown
    assert "4.5" in shown and "billion" in shown
    assert shown.endswith(mark) if mark.startswith(" ") else shown.startswith(mark)


def test_a_one_letter_prefix_needs_a_grouped_or_scaled_number():
    assert [q.unit for q in find_quantities("Lagos will spend N5 billion on roads.")] == ["NGN"]
    assert [q.kind for q in find_quantities("The N5 motorway reopened after 3 hours.")] == []


def test_a_word_several_currencies_write_is_the_one_whose_code_the_article_writes():
    import datetime as dt

    from newsdigest.digest.facts.facts import extract_facts
    from storybuild import story
    danish = ("The Harbour Party spent DKK 1.4m on the campaign. The Farmers' League spent 2.3 million kroner, "
              "mostly on radio advertising.")
    norwegian = "The Coast Party spent 3.1 million kroner on the campaign, mostly on radio advertising."
    sheet = extract_facts(story({"a.txt": danish, "b.txt": norwegian}, dt.date(2026, 4, 27)))
    units = {f.value: f.unit for f in sheet.facts if f.kind == "money"}
    assert units[2.3e6] == "DKK" and units[1.4e6] == "DKK"
    assert units[3.1e6] == "NOK"  # nothing in its article says which kroner: the table's reading


def test_one_sum_in_kroner_from_two_outlets_is_one_fact_in_the_krone_one_of_them_writes():
    import datetime as dt

    from newsdigest.digest.facts.facts import extract_facts
    from storybuild import story
    sheet = extract_facts(story({
        "a.txt": "The Lindholm Party spent DKK 2.1m, and 640,000 kroner of that came from one donor.",
        "b.txt": "The Lindholm Party's 640,000 kroner gift from a ferry owner has drawn criticism."},
        dt.date(2026, 4, 27)))
    assert sorted((f.value, f.unit, f.sources) for f in sheet.facts if f.kind == "money") == [
        (640_000, "DKK", ("s-a", "s-b")), (2_100_000, "DKK", ("s-a",))]
