"""Property-based tests: arbitrary text through ingest, facts and timeline never breaks them.

Run with 2,000 examples each by default; ``pytest -m slow`` runs the same properties with 10,000.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdigest.dedupe import cluster_claims
from newsdigest.errors import InputError
from newsdigest.facts import extract_facts
from newsdigest.ingest import clean_story
from newsdigest.timeline import build_timeline
from storybuild import story_files

FRAGMENTS = [
    "Alibaba will invest 380 billion yuan ($53 billion)", " over the next three years", ". ", ", ", "\n", "\n\n",
    "Shares fell 2,5 % on Monday", "1.234,5 million euros", "US$80 billion (S$107 billion)", " last week",
    "On February 29, 2024,", " since 2020", " the three months ending December 31", "Sign up now!", "PHOTO: AFP",
    "… Read More", "<script>alert(1)</script>", "About us:", "- ", "# ", "N5,694,967,800.00", " 45 people died",
    "Mr. Wu said", "β€”", " β ", "Q4 2024", "42 of the 120 seats", "which has governed since 1994,", "—", "  ",
]
texts = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(FRAGMENTS)), min_size=1, max_size=25).map("".join)
ISO_PREFIX = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?$")


def _pipeline(first: str, second: str):
    try:
        story = clean_story(story_files({"a.txt": first, "b.txt": second}, dt.date(2025, 2, 24)))
    except InputError:
        return None
    clustering = cluster_claims(story)
    return story, extract_facts(story, clustering), build_timeline(story, clustering)


def _valid(date: str) -> bool:
    if not ISO_PREFIX.match(date):
        return False
    parts = [int(p) for p in date.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def check(first: str, second: str) -> None:
    result = _pipeline(first, second)
    if result is None:
        return
    story, sheet, events = result
    by_source = {a.id: a.text for a in story.articles}
    for fact in sheet.facts:
        assert fact.claim in by_source[fact.sources[0]], fact
    for event in events:
        assert _valid(event.date), event


COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow], "derandomize": True}


@settings(max_examples=2000, **COMMON)
@given(texts, texts)
def test_any_text_through_ingest_facts_and_timeline(first, second):
    check(first, second)


@settings(max_examples=2000, **COMMON)
@given(st.text(max_size=300), st.text(max_size=300))
def test_any_unicode_through_ingest_facts_and_timeline(first, second):
    check(first, second)


@settings(max_examples=2000, **COMMON)
@given(st.binary(max_size=400))
def test_any_bytes_are_read_or_refused_with_a_clear_error(data):
    from pathlib import Path

    from newsdigest.ingest import raw_article
    from newsdigest.model import ArticleMeta

    try:
        raw_article(Path("a.txt"), data, ArticleMeta("a.txt"))
    except InputError as err:
        assert err.path == "a.txt" and err.message


@pytest.mark.slow
@settings(max_examples=10_000, **COMMON)
@given(texts, texts)
def test_any_text_many_examples(first, second):
    check(first, second)


@pytest.mark.slow
@settings(max_examples=10_000, **COMMON)
@given(st.text(max_size=300), st.text(max_size=300))
def test_any_unicode_many_examples(first, second):
    check(first, second)
