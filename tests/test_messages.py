"""What a person reads when a hand-written file is wrong: the file, the line, and what to do, in plain words.

Every case runs the real command line. No message may pass on a library's wording or a regular
expression: PyYAML's "cannot start any token", jsonschema's "does not match '^s[0-9]+$'".
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import Project, make_project

STORY = "cyclone-mira"
LIBRARY_WORDS = ("token", "does not match", "^", "[0-9]", "scalar", "mapping values", "is a required property",
                 "out of range", "Traceback", "yaml.", "jsonschema")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Project:
    return make_project(tmp_path_factory.mktemp("messages") / "p", STORY)


@pytest.fixture
def proj(template, tmp_path) -> Project:
    shutil.copytree(template.root, tmp_path / "p")
    return Project(tmp_path / "p")


def message(proj: Project, path: Path, text: str) -> str:
    """Write ``text`` to ``path``, build, and return the one line the build fails with."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    result = proj.run("build")
    lines = result.err.strip().splitlines()
    assert result.code == 1 and len(lines) == 1, result.err
    assert not any(w in lines[0] for w in LIBRARY_WORDS), lines[0]
    return lines[0]


def manifest(proj: Project) -> Path:
    return proj.seeds / STORY / "story.yaml"


def edits(proj: Project) -> Path:
    return proj.content / STORY / "edits.yaml"


def test_an_article_name_with_a_typo_is_an_error_naming_the_line_and_the_closest_file(proj):
    line = message(proj, manifest(proj), "title: Mira\narticles:\n  01.txt: {outlet: A}\n  20.txt: {outlet: B}\n")
    assert line.startswith(f"{manifest(proj)}:4: ")
    assert "'20.txt'" in line and "did you mean '02.txt'?" in line


def test_an_article_name_like_no_file_lists_the_files_there(proj):
    line = message(proj, manifest(proj), "articles:\n  zzz-report.html: {outlet: A}\n")
    assert line.startswith(f"{manifest(proj)}:2: ")
    assert "'01.txt', '02.txt', '03.md'" in line


@pytest.mark.parametrize("text, line_number", [
    ("title: Mira\narticles:\n\t01.txt: {outlet: A}\n", 3),
    ("title: Mira\narticles:\n  01.txt:\n  \toutlet: A\n", 4),
])
def test_a_tab_says_yaml_indents_with_spaces(proj, text, line_number):
    line = message(proj, manifest(proj), text)
    assert line.startswith(f"{manifest(proj)}:{line_number}: ")
    assert "tab" in line and "spaces" in line


def test_a_bad_source_id_says_what_an_id_looks_like(proj):
    line = message(proj, edits(proj), "title: Mira\nadd_events:\n  - {date: 2024-03-10, text: Mira, sources: [S1]}\n")
    assert line.startswith(f"{edits(proj)}:3: ")
    assert "'add_events', item 1, 'sources', item 1" in line and "source ids such as s-" in line and "'S1'" in line


def test_a_bad_event_id_says_what_an_id_may_hold(proj):
    line = message(proj, edits(proj), "add_events:\n  - {id: Landfall_1, date: 2024-03-10, text: Landfall}\n")
    assert line.startswith(f"{edits(proj)}:2: ") and "lower-case letters, digits and dashes" in line


def test_a_bad_setting_says_what_is_expected(proj):
    line = message(proj, proj.content / "site.yaml", "title: News\nlanguage: English\n")
    assert line.startswith(f"{proj.content / 'site.yaml'}:2: ") and "a language tag like en or en-GB" in line


@pytest.mark.parametrize("date, words", [
    ("2024-02-30", "February 2024 has 29 days"),
    ("2024-13-01", "there is no month 13"),
])
def test_a_date_that_does_not_exist_says_why(proj, date, words):
    line = message(proj, manifest(proj), f"title: Mira\npublished: {date}\n")
    assert line.startswith(f"{manifest(proj)}:2: ") and f"'{date}' is not a real date: {words}" in line


def test_a_date_written_another_way_shows_the_way_to_write_it(proj):
    line = message(proj, manifest(proj), "published: 12/03/2024\n")
    assert line.startswith(f"{manifest(proj)}:1: ") and "a date like 2025-02-24" in line


def test_a_colon_inside_a_value_says_to_quote_it(proj):
    line = message(proj, manifest(proj), "title: Mira: the day after\n")
    assert line.startswith(f"{manifest(proj)}:1: ") and "put the value in quotes" in line


def test_an_unclosed_quote_is_reported_where_it_opens(proj):
    line = message(proj, manifest(proj), 'title: "Mira\npublished: 2024-03-12\narticles:\n')
    assert line.startswith(f"{manifest(proj)}:1: ") and "quote" in line and "never closed" in line


def test_a_misspelt_key_suggests_the_right_one(proj):
    line = message(proj, edits(proj), "titel: Mira\n")
    assert line.startswith(f"{edits(proj)}:1: ") and "did you mean 'title'?" in line


def test_a_missing_field_says_what_it_is_for(proj):
    line = message(proj, edits(proj), "add_events:\n  - {date: 2024-03-10}\n")
    assert line.startswith(f"{edits(proj)}:2: ") and "needs 'text' (what happened, one line)" in line
