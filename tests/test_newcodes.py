"""A currency the table does not know: its code beside a scaled number ("SVM 20bn", "20bn SVM") is money,
and so is the name another article writes the same sum in ("20 billion Solvaran marks"); counted nouns
stay counts. Texts invented: a fictional central bank lending to a state copper miner."""

import datetime as dt

from newsdigest.digest.facts.facts import extract_facts
from newsdigest.site.render import show_figure
from storybuild import story

BANK = ("The Bank of Solvara will lend SVM 20bn to the state copper miner Korrin Metals, the central bank said on "
        "Monday. Copper royalties rose to 1.2bn SVM last year, and the miner shipped 40 vessels of concentrate.")
WIRE = ("Korrin Metals will receive a loan of 20 billion Solvaran marks, the largest in the country's history. "
        "Royalties of 4.5 billion marks are due in June, while 3 billion people worldwide rely on copper wiring.")


def facts_of(texts):
    sheet = extract_facts(story(texts, dt.date(2026, 5, 4)))
    return sorted((f.kind, f.value, f.unit, f.sources) for f in sheet.facts)


def test_a_code_beside_a_scaled_number_is_a_currency_and_the_same_sum_in_words_is_one_fact():
    found = facts_of({"a.txt": BANK, "b.txt": WIRE})
    money = [f for f in found if f[0] == "money"]
    assert money == [("money", 1_200_000_000, "SVM", ("s-a",)), ("money", 4_500_000_000, "SVM", ("s-b",)),
                     ("money", 20_000_000_000, "SVM", ("s-a", "s-b"))]


def test_counted_nouns_beside_the_new_currency_stay_counts():
    found = facts_of({"a.txt": BANK, "b.txt": WIRE})
    counts = {(f[1], f[2]) for f in found if f[0] == "count"}
    assert {(40, "vessels"), (3_000_000_000, "people")} <= counts
    assert not {unit for kind, _v, unit, _s in found if kind == "count"} & {"marks", "SVM"}


def test_an_amount_in_the_new_currency_is_shown_with_its_code():
    sheet = extract_facts(story({"a.txt": BANK}, dt.date(2026, 5, 4)))
    shown = sorted(show_figure({"kind": f.kind, "value": f.value, "unit": f.unit}) for f in sheet.facts
                   if f.kind == "money")
    assert shown == ["1.2 billion SVM", "20 billion SVM"]


def test_capitals_the_story_also_writes_as_a_name_are_no_currency():
    found = facts_of({"a.txt": "The ZPA 2bn harbour programme was approved on Monday. The ZPA said dredging "
                               "would start in March, and 2 million RBX subscribers were told of delays. "
                               "Dredging will cost SVM 800m, the port authority said."})
    assert [(f[1], f[2]) for f in found if f[0] == "money"] == [(800_000_000, "SVM")]


def test_a_code_sized_by_a_noun_after_it_is_no_currency():
    found = facts_of({"a.txt": "The port handled 4 million QTX containers last year and the operator expects "
                               "to spend 300m SVM on new cranes."})
    assert [(f[1], f[2]) for f in found if f[0] == "money"] == [(300_000_000, "SVM")]


def test_a_currency_named_with_its_code_in_brackets_makes_every_sum_in_that_name_an_amount():
    found = facts_of({"a.txt": "The cooperative puts its members' losses at 960 million kora (QKR), and it has asked "
                               "for 2 billion kora in emergency support.",
                      "b.txt": "The government announced a 1.2 billion kora aid package on Thursday."})
    assert [(f[1], f[2]) for f in found if f[0] == "money"] == [(960e6, "QKR"), (1.2e9, "QKR"), (2e9, "QKR")]


def test_a_count_converted_into_a_known_currency_is_the_story_s_one_new_currency():
    found = facts_of({"a.txt": "Nimbara shares closed at OSK 360.90, wiping almost 3 billion crowns ($280 million) off "
                               "the company's market value.",
                      "b.txt": "Nimbara's revenue last year was OSK 6.2 billion."})
    money = {(f[1], f[2]) for f in found if f[0] == "money"}
    assert (3e9, "OSK") in money and not any(f[2] == "crowns" for f in found)  # the crowns are money, no count


def test_a_learned_currency_code_is_no_owner_s_name():
    texts = {"a.txt": "The central bank is also stepping back from the bond market. It held NVT 64bn of government "
                      "bonds as of February 28 and will cut monthly purchases to NVT 400m from NVT 800m in April.",
             "b.txt": "The Norvalian National Bank raised rates. The Norvalian National Bank meets again in May. The "
                      "government expects a deficit of NVT 42 billion this year."}
    sheet = extract_facts(story(texts, dt.date(2026, 3, 8)))
    assert [f.entity for f in sheet.facts if f.value in (400e6, 800e6)] == ["Norvalian National Bank"] * 2
    # the purchases are the bank's: "NVT" before the figure was read as an owner's name, then dropped as a code


# A dairy co-operative in the invented Republic of Tarvel: its business site writes the code, the local paper
# writes the currency's word, which the table knows as the Swedish krona's.
DAIRY_CODE = ("Tarvel Dairy Union will pay TKR 80m to farmers whose herds were culled, the co-operative said on "
              "Monday. Milk sales fell to TKR 1.4bn last year.")
DAIRY_WORD = ("Farmers will share 80 million kronor in compensation, and the agriculture ministry has set aside a "
              "further 30 million kronor for testing. The IMF lent the country 200 million special drawing rights.")


def test_a_national_currency_word_the_story_never_names_is_its_one_new_currency():
    money = {(f.value, f.unit) for f in extract_facts(story({"a.txt": DAIRY_CODE, "b.txt": DAIRY_WORD},
                                                            dt.date(2026, 5, 4))).facts if f.kind == "money"}
    assert {(80_000_000, "TKR"), (30_000_000, "TKR")} <= money  # "kronor" is the story's krona, one 80m fact
    assert (200_000_000, "XDR") in money  # no nation's currency: special drawing rights stay what they are
    assert not {unit for _v, unit in money} & {"SEK"}


def test_the_word_keeps_its_own_currency_when_the_story_names_that_nation():
    swedish = DAIRY_WORD.replace("Farmers will", "Swedish farmers will")
    money = {(f.value, f.unit) for f in extract_facts(story({"a.txt": DAIRY_CODE, "b.txt": swedish},
                                                            dt.date(2026, 5, 4))).facts if f.kind == "money"}
    assert (30_000_000, "SEK") in money


def test_a_sum_written_against_its_code_is_nobodys_name_and_a_part_of_a_name_is_the_names():
    texts = {"a.txt": "Tarvel Dairy Union will pay TKR0.62 a litre to farmers, a 29 per cent premium. Outflows from "
                      "the union's bank reached TKR1.6bn on Friday, about 11 per cent of its deposits.",
             "b.txt": "All of Tarvel Dairy Union's farmers, including those above the TKR100,000 limit, get TKR 80m."}
    facts = extract_facts(story(texts, dt.date(2026, 5, 4))).facts
    owners = {f.entity for f in facts}
    assert not any(o and o.startswith(("TKR", "of ")) for o in owners)
    assert {f.entity for f in facts if f.value == 80_000_000} == {"Tarvel Dairy Union"}
