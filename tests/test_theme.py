"""The default theme ships with the package; a project's own templates/ overrides it file by file."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, copy_story, newsdigest

STORY = "cyclone-mira"


@pytest.fixture
def bare(tmp_path: Path) -> Path:
    """A project as `newsdigest init` makes it, with one story: no templates of its own."""
    assert newsdigest(tmp_path, "init", "p").code == 0
    copy_story(STORY, tmp_path / "p" / "seeds" / STORY)
    return tmp_path / "p"


def page(project: Path, name: str = "index.html") -> str:
    return (project / "site" / STORY / name).read_text(encoding="utf-8")


def test_a_project_without_templates_is_built_with_the_default_theme(bare):
    result = newsdigest(bare, "build")
    assert result.code == 0, result.err
    assert "<h1>Cyclone Mira hits central Mozambique</h1>" in page(bare)
    assert (bare / "site" / "static" / "style.css").read_bytes() == (ROOT / "templates/static/style.css").read_bytes()


def test_a_project_template_replaces_only_that_page(bare):
    (bare / "templates").mkdir()
    (bare / "templates" / "story.html").write_text(
        '{% extends "base.html" %}{% block main %}<p class="mine">Ours: {{ story.title }}</p>{% endblock %}\n',
        encoding="utf-8")
    assert newsdigest(bare, "build").code == 0
    summary = page(bare)
    assert '<p class="mine">Ours: Cyclone Mira hits central Mozambique</p>' in summary
    assert 'class="masthead"' in summary  # base.html still comes from the theme
    assert '<ol class="timeline">' in page(bare, "timeline/index.html")


def test_a_project_static_file_replaces_only_that_file(bare):
    (bare / "templates" / "static").mkdir(parents=True)
    (bare / "templates" / "static" / "style.css").write_text("body { color: teal; }\n", encoding="utf-8")
    assert newsdigest(bare, "build").code == 0
    assert (bare / "site" / "static" / "style.css").read_text(encoding="utf-8") == "body { color: teal; }\n"
    assert (bare / "site" / "static" / "favicon.svg").read_bytes() == \
        (ROOT / "templates/static/favicon.svg").read_bytes()


def test_adding_changing_and_removing_an_override_each_render_again(bare):
    assert newsdigest(bare, "build").code == 0
    override = bare / "templates" / "timeline.html"
    override.parent.mkdir()
    override.write_text('{% extends "base.html" %}{% block main %}first{% endblock %}\n', encoding="utf-8")
    assert newsdigest(bare, "build").code == 0
    assert "first" in page(bare, "timeline/index.html")
    override.write_text('{% extends "base.html" %}{% block main %}second{% endblock %}\n', encoding="utf-8")
    assert newsdigest(bare, "build").code == 0
    assert "second" in page(bare, "timeline/index.html")
    override.unlink()
    assert newsdigest(bare, "build").code == 0
    assert '<ol class="timeline">' in page(bare, "timeline/index.html")
    assert "nothing changed" in newsdigest(bare, "build").out


def test_an_error_in_an_override_names_the_project_file_and_line(bare):
    (bare / "templates").mkdir()
    (bare / "templates" / "story.html").write_text('{% extends "base.html" %}\n{% block main %}{% endblok %}\n',
                                                  encoding="utf-8")
    result = newsdigest(bare, "build")
    assert result.code == 1
    assert result.err.startswith("templates/story.html:2: template error")  # the project's file, not the theme's
