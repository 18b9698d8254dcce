"""The README and docs/ a user reads: every link and picture is in the repository, and the commands it names exist."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

DOCS = [ROOT / "README.md", ROOT / "docs" / "formats.md"]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_link_and_picture_is_a_file_of_this_repository(doc):
    text = doc.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)\s]+)\)", text)
    local = [t.split("#")[0] for t in targets if not t.startswith(("http://", "https://", "#"))]
    assert local or doc.name != "README.md", doc
    for target in local:
        path = (doc.parent / target).resolve()
        assert path.is_relative_to(ROOT) and path.exists(), target
    assert "../shared" not in text and "DESIGN.md" not in text


def test_the_screenshots_are_small_pictures():
    for name in ("summary.png", "compare.png"):
        data = (ROOT / "docs" / "img" / name).read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) < 200_000, name


def test_the_command_line_the_readme_shows_is_the_one_the_tool_has():
    from newsdigest.cli import COMMANDS

    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Command line", 1)[1].split("\n## ", 1)[0]
    shown = set(re.findall(r"^newsdigest (\w+)", section, re.M)) | {"build"}
    assert shown == set(COMMANDS)
