"""A hundredth part of a currency ("45 pence", "84 cents") is money in that currency, not a dropped
figure; which currency a word several write ("cents") stands for is settled by what its article writes.
Texts invented: a toll bridge, a fuel levy, a ferry operator, a satellite insurer."""

import datetime as dt

from newsdigest.digest.facts.facts import extract_facts
from newsdigest.digest.facts.quantities import find_quantities
from storybuild import story


def money(text):
    return [(q.value, q.unit) for q in find_quantities(text) if q.kind == "money"]


def test_pence_and_cents_are_amounts_of_their_currency():
    assert money("The toll on the Harrow estuary bridge will rise by 45 pence to £2.10 from June.") == [
        (0.45, "GBP"), (2.1, "GBP")]
    assert money("The co-operative paid growers 62 cents a kilo, down from 71 cents last season.") == [
        (0.62, "USD"), (0.71, "USD")]


def test_a_rate_in_per_cent_is_no_amount_in_cents():
    found = find_quantities("Dock fees rose 4 per cent, or 3 cent more per tonne, the harbour board said.")
    assert [(q.kind, q.value) for q in found] == [("percent", 4.0), ("money", 0.03)]


def test_an_amount_in_special_drawing_rights_is_money_in_the_imf_unit():
    assert money("The insurer's liability for the lost Vesta-3 satellite is capped at 8,300 Special Drawing "
                 "Rights per kilogram of payload.") == [(8300.0, "XDR")]


def test_cents_in_an_article_that_writes_euros_are_euro_cents():
    sheet = extract_facts(story({
        "a.txt": "The government will raise €1.2bn from the new fuel levy. Drivers will pay 9 cents more for "
                 "each litre of diesel, the finance ministry said.",
        "b.txt": "Hauliers said the 9 cents a litre levy would cost small firms dearly, a trade group said."},
        dt.date(2026, 3, 2)))
    units = sorted((f.value, f.unit, f.sources) for f in sheet.facts if f.kind == "money")
    assert units == [(0.09, "EUR", ("s-a", "s-b")), (1_200_000_000, "EUR", ("s-a",))]


def test_amounts_in_cents_and_in_dollars_are_read_in_one_currency():
    sheet = extract_facts(story({
        "a.txt": "Harbour Lines said its average ticket brought in $4.15 in the quarter. Analysts had "
                 "expected the ferry operator to earn $0.31 per share.",
        "b.txt": "Harbour Lines earned 36 cents a share, beating the 30 cents analysts had forecast for the "
                 "ferry operator."}, dt.date(2026, 3, 2)))
    values = {f.value for f in sheet.facts if f.kind == "money" and f.unit == "USD"}
    assert {0.31, 0.36, 0.3} <= values
