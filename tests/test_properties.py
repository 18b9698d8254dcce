"""Property-based tests: arbitrary text through ingest, facts and timeline never breaks them.

Run with 2,000 examples each by default; ``pytest -m slow`` runs the same properties with 10,000.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdigest.content.yamlfile import _plainly_valid, _validator_class, schema
from newsdigest.digest.dedupe import cluster_claims
from newsdigest.digest.facts.facts import extract_facts
from newsdigest.digest.ingest.ingest import clean_story
from newsdigest.digest.timeline import build_timeline
from newsdigest.errors import InputError
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

    from newsdigest.digest.ingest.ingest import raw_article
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


ANY_VALUE = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.dates(), st.text(max_size=8),
    st.sampled_from(["", "x", "https://example.org", "EUR", "s-01", "2025-02-30"]),
    st.lists(st.text(max_size=3), max_size=2), st.dictionaries(st.text(max_size=3), st.none(), max_size=2))


def _near(rule: dict) -> st.SearchStrategy:
    """Values shaped by a JSON schema, mostly conforming, sometimes wrong at any depth."""
    return st.one_of(_conforming(rule), ANY_VALUE) if rule else ANY_VALUE


def _conforming(rule: dict) -> st.SearchStrategy:
    types = rule.get("type", "string")
    options = []
    for kind in [types] if isinstance(types, str) else types:
        if kind == "object":
            keys = [*rule.get("properties", {}), "unknown_key"]
            values = {k: _near(rule.get("properties", {}).get(k, rule.get("additionalProperties") or {}))
                      for k in keys}
            options.append(st.lists(st.sampled_from(keys), max_size=4, unique=True).flatmap(
                lambda chosen, values=values: st.fixed_dictionaries({k: values[k] for k in chosen})))
        elif kind == "array":
            options.append(st.lists(_near(rule.get("items", {})), max_size=3))
        elif kind == "string":
            options.append(st.sampled_from(["https://example.org/a", "Greens win", "s-02", "EUR", "en", ""]))
        elif kind == "date":
            options.append(st.dates())
        elif kind == "null":
            options.append(st.none())
        else:
            options.append(ANY_VALUE)
    return st.one_of(options)


@pytest.mark.parametrize("name", ["story", "edits", "site"])
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_quick_schema_check_never_accepts_what_jsonschema_rejects(name, data):
    """Valid files skip importing jsonschema; the shortcut must not let an invalid one through."""
    value = data.draw(_conforming(schema(name)))
    if _plainly_valid(value, schema(name)):
        assert not list(_validator_class()(schema(name)).iter_errors(value))


def test_the_seed_manifest_takes_the_quick_path():
    import yaml

    from conftest import ROOT

    manifest = yaml.safe_load((ROOT / "seeds" / "alibaba-ai-investment" / "story.yaml").read_text(encoding="utf-8"))
    assert _plainly_valid(manifest, schema("story"))
