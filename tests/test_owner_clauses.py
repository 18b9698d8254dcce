"""Who owns a figure, round 8 (issue 14.1): a clause that says whose its figure is, so the previous
sentence's actor is not assumed (facts/subjects.py): what "there have been" counts, what "his" points
at, and a treatment's efficacy."""

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from storybuild import story


def owner(texts, value):
    s = story(texts, dt.date(2024, 9, 3))
    found = [f for f in extract_facts(s, cluster_claims(s)).facts if f.value == value]
    assert len(found) == 1, found
    return found[0].entity


def test_a_count_a_speaker_says_exists_is_not_the_speakers_nor_the_last_actors():
    texts = {"a.txt": "Northline Rail cancelled its evening services on Monday after a signal fault near Ardley. "
                      "\"Frankly,\" Mendes said, \"there have been six signal failures on the line this month.\"",
             "b.txt": "Northline Rail apologised to passengers. Mendes has run the line since 2019."}
    assert owner(texts, 6) is None


def test_a_count_that_exists_somewhere_is_that_places_not_the_speakers():
    texts = {"a.txt": "Northline Rail cancelled its evening services on Monday. \"Frankly,\" the operator said, "
                      "\"there were 140 complaints in Dunmore by the evening.\"",
             "b.txt": "Northline Rail apologised to passengers in Dunmore. Northline Rail runs 40 trains a day."}
    assert owner(texts, 140) == "Dunmore"


def test_his_figure_is_the_person_the_sentence_before_is_about_not_the_organisation():
    texts = {"a.txt": "Aldo Ferrante joined the Castelmare Philharmonic in 2009 and has conducted it since. He "
                      "recorded the first of his 14 albums with the orchestra in 2011.",
             "b.txt": "The Castelmare Philharmonic will tour Japan next spring, Ferrante said. The Castelmare "
                      "Philharmonic sold out its season. The Castelmare Philharmonic hired a new leader."}
    assert owner(texts, 14) == "Ferrante"  # the name the story folds him to


def test_his_figure_without_a_person_before_is_nobodys():
    texts = {"a.txt": "The Castelmare Philharmonic will tour Japan next spring. He recorded the first of his 14 "
                      "albums with the orchestra in 2011.",
             "b.txt": "The Castelmare Philharmonic sold out its spring season."}
    assert owner(texts, 14) is None


def test_efficacy_is_the_named_treatments_not_its_makers():
    texts = {"a.txt": "Pellium Therapeutics won approval on Monday for its migraine drug Tovexil. Efficacy against "
                      "chronic migraine was lower, at 47.5%, while protection against relapse was estimated at 61%.",
             "b.txt": "Pellium Therapeutics will sell the drug Tovexil from March. Doctors welcomed the drug Tovexil."}
    assert owner(texts, 47.5) == "Tovexil"
    assert owner(texts, 61) == "Tovexil"


def test_efficacy_with_no_named_treatment_is_nobodys_not_the_agency_named_before():
    texts = {"a.txt": "The Malvern Health Agency recommends two courses of the tablets for adults. One course is "
                      "82% effective, and two courses are more effective still.",
             "b.txt": "The Malvern Health Agency published its advice on Monday."}
    assert owner(texts, 82) is None


def test_a_word_a_title_case_headline_capitalises_is_still_an_ordinary_word_at_a_sentence_start():
    texts = {"a.txt": "# Inspectors Find Serious Failures At Care Homes\n\nThe Care Standards Board published its "
                      "annual report on Tuesday. Serious safeguarding failures were found in 17% of the homes "
                      "inspected.",
             "b.txt": "The Care Standards Board inspects care homes every year. The Care Standards Board said "
                      "standards had slipped across Westmere."}
    assert owner(texts, 17) is None  # a share of the homes, not "Serious"'s


def test_a_person_called_by_the_surname_before_jr_only_reports_a_count():
    texts = {"a.txt": "The Tessary Museum closed its east wing on Monday after a roof leak. Director Harlan B. Voss "
                      "Jr. inspected the damage. Asked about the collection, Voss said 40 paintings had been moved to "
                      "storage.",
             "b.txt": "The Tessary Museum will reopen the wing in May, according to Voss. Visitors can still see the "
                      "west galleries."}
    assert owner(texts, 40) == "Tessary Museum"


def test_protection_that_is_no_treatments_keeps_its_owner():
    texts = {"a.txt": "Helmstadt council set its budget on Monday. Spending on flood protection will rise 12% next "
                      "year, the council said.",
             "b.txt": "Helmstadt council has debated the budget for weeks. Doctors welcomed the drug Tovexil. "
                      "Pharmacists stock the drug Tovexil."}
    assert owner(texts, 12) == "Helmstadt"


def test_a_share_of_those_given_a_treatment_is_the_treatments():
    texts = {"a.txt": "Pellium Therapeutics won approval on Monday for its migraine drug Tovexil. The most common side "
                      "effect was nausea, reported by 14.5% of drug recipients versus 6.1% on placebo. Dizziness "
                      "affected 3.2% of patients given the drug.",
             "b.txt": "Pellium Therapeutics will sell the drug Tovexil from March. Doctors welcomed the drug Tovexil."}
    assert owner(texts, 14.5) == "Tovexil"
    assert owner(texts, 3.2) == "Tovexil"


def test_an_effective_rate_is_no_treatments_efficacy():
    texts = {"a.txt": "Brisk Air reported its results on Monday. It expects a 15% effective tax rate next year.",
             "b.txt": "Brisk Air flies 80 routes. Doctors welcomed the drug Tovexil. Pharmacists stock the drug "
                      "Tovexil."}
    assert owner(texts, 15) == "Brisk Air"


def test_an_audience_a_speaker_addresses_is_not_the_speakers():
    texts = {"a.txt": "The Hallam Party opened its conference in Dunmore on Friday. Party leader Ada Vance toured the "
                      "hall and told about 2,000 delegates that the party would win the next vote.",
             "b.txt": "The Hallam Party has led the polls for a year. Vance said the party was ready."}
    assert owner(texts, 2000) is None
