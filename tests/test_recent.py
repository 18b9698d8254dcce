"""What an article says has been done since the story's day is a timeline event, dated only as far as the text
allows: the month, when the story's day and the article's date share it (issue 14, dates)."""

import datetime as dt

from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.timeline import build_timeline
from storybuild import story

THURSDAY = dt.date(2025, 3, 13)
FIRE = "Fire tore through the Velden textile mill on Tuesday, forcing the evacuation of 300 workers."


def undated(lines, published=THURSDAY, lead=FIRE):
    """The timeline's events that carry a month and no day, for a story led by ``lead``."""
    s = story({"a.txt": " ".join([lead, *lines])}, published)
    return [(e.date, e.text) for e in build_timeline(s, cluster_claims(s)) if len(e.date) == 7]


def test_a_perfect_of_something_done_is_an_event_of_the_month():
    found = undated(["Investigators have recovered the sprinkler logs from the burned control room.",
                     "The regional governor has ordered an inquiry into fire safety at older mills.",
                     "Safety engineers from the US have been called in to assist the local brigade."])
    assert sorted(found) == [
        ("2025-03", "Investigators have recovered the sprinkler logs from the burned control room."),
        ("2025-03", "Safety engineers from the US have been called in to assist the local brigade."),
        ("2025-03", "The regional governor has ordered an inquiry into fire safety at older mills.")]


def test_an_irregular_participle_counts_and_since_right_after_has_is_one_act():
    found = undated(["The blaze has since spread to a neighbouring warehouse owned by a logistics firm."])
    assert found == [("2025-03", "The blaze has since spread to a neighbouring warehouse owned by a logistics firm.")]


LOGS = "Investigators have recovered the sprinkler logs from the burned control room."


def test_no_month_when_the_story_day_and_the_article_fall_in_different_months():
    lead = "Fire tore through the Velden textile mill on Friday, forcing the evacuation of 300 workers."
    assert undated([LOGS], published=dt.date(2025, 3, 7), lead=lead) == [("2025-03", LOGS)]  # Friday the 7th
    assert undated([LOGS], published=dt.date(2025, 3, 3), lead=lead) == []  # Friday 28 February: which month?


def test_no_event_without_a_day_the_story_is_about():
    assert undated([LOGS]) == [("2025-03", LOGS)]
    assert undated([LOGS], lead="Fire tore through the Velden textile mill, forcing the evacuation of hundreds.") == []


def test_states_denials_guesses_trends_quotes_and_spans_are_no_events():
    found = undated([LOGS,
        "No injuries have been reported among the night shift at the mill.",
        "The mill has been a landmark of the river valley for generations of weavers.",
        "The fire may have started in a storeroom full of dyed cotton bales.",
        "Cotton prices have risen sharply on the regional commodity exchange.",
        "\"We have lost everything we built here,\" the owner told local radio reporters.",
        "The family firm has operated the mill for decades without a serious accident.",
        "Workers who have been evacuated were taken to a sports hall in the town.",
        "As we reported, our readers have asked about the insurance of the mill.",
        "How many looms have been destroyed by the flames in the main hall?",
    ])
    assert found == [("2025-03", LOGS)]
