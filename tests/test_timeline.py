import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.ingest.stamps import infer_published
from newsdigest.digest.timeline import build_timeline
from storybuild import story

TUESDAY = dt.date(2024, 3, 12)


def events(texts, published=TUESDAY):
    s = story(texts, published)
    return build_timeline(s, cluster_claims(s))


def test_each_dated_clause_is_an_event_at_its_date():
    found = events({"a.txt": "The cyclone made landfall near Beira on Monday. In 2019, Idai killed 600 people."})
    assert [(e.date, e.sources) for e in found] == [("2019", ("s-a",)), ("2024-03-11", ("s-a",))]


def test_the_same_event_from_two_sources_is_merged_with_both_sources():
    found = events({"a.txt": "The government declared a state of emergency in Sofala on Tuesday.",
                    "b.txt": "A state of emergency was declared for Sofala province on Tuesday."})
    assert [(e.date, e.sources) for e in found] == [("2024-03-12", ("s-a", "s-b"))]


def test_as_of_dates_and_budget_years_are_not_events():
    text = "As of March 12, 2024, the appeal is underfunded. Meta earmarked $65 billion for 2025."
    assert events({"a.txt": text}) == ()


def test_an_event_date_is_never_more_precise_than_its_text():
    found = events({"a.txt": "Forecasters had warned last week that the storm could strengthen."})
    assert [e.date for e in found] == ["2024-03"]


def test_the_most_precise_date_of_a_clause_wins():
    found = events({"a.txt": "It follows a strong last quarter of 2024, with revenue of 280 billion yuan for the three "
                             "months ending December 31."}, dt.date(2025, 2, 24))
    assert [e.date for e in found] == ["2024-12-31"]


def test_event_ids_are_stable_slugs_of_date_and_words():
    first = events({"a.txt": "The cyclone made landfall near Beira on Monday."})
    again = events({"a.txt": "The cyclone made landfall near Beira on Monday."})
    assert first[0].id == again[0].id == "2024-03-11-cyclone-made-landfall-near-beira"


def test_an_article_without_a_date_gets_one_from_its_text():
    assert infer_published("On February 24, 2025, Alibaba announced a plan. As of February 24, 2025, it is new.") == \
        dt.date(2025, 2, 24)


def test_a_relative_clause_dates_its_own_claim():
    found = events({"a.txt": "The Christian Union, which has governed Westerland since 1994, slumped on Sunday."},
                   dt.date(2025, 3, 10))
    assert [(e.date, e.text) for e in found] == [
        ("1994", "The Christian Union has governed Westerland since 1994."),
        ("2025-03-09", "The Christian Union slumped on Sunday.")]


def test_baseline_dates_are_not_events():
    text = ("The Alliance won 12.4 per cent, up from 8.1 per cent in 2020. Turnout rose to 71,2 %, from 65,4 % "
            "four years ago. Mira is the third storm to hit the country since January.")
    assert events({"a.txt": text}) == ()


def test_an_undated_article_takes_its_date_from_the_text_then_from_its_story():
    s = story({"a.txt": "As of March 12, 2024, the appeal is underfunded, aid agencies said.",
               "b.txt": "Aid agencies said last week that the appeal for the cyclone was underfunded."}, None)
    assert [a.published for a in s.articles] == [dt.date(2024, 3, 12), dt.date(2024, 3, 12)]
