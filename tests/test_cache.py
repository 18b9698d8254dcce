"""Incremental builds: only what changed is digested or rendered, and the cache is never trusted blindly."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, make_project, tree_hash
from newsdigest.build import inputs
from newsdigest.build.cache import FORMAT, index_bytes


@pytest.fixture
def two(tmp_path):
    project = make_project(tmp_path / "p", "cyclone-mira", "westerland-election")
    first = project.run("build")
    assert first.code == 0, first.err
    assert "(2 digested, 2 rendered)" in first.out
    return project


def test_a_rebuild_with_no_change_does_nothing(two):
    before = tree_hash(two.site), tree_hash(two.content)
    result = two.run("build")
    assert result.code == 0 and result.out.startswith("nothing changed (2 stories)")
    assert (tree_hash(two.site), tree_hash(two.content)) == before


def test_an_edited_article_redigests_only_its_story(two):
    article = two.seeds / "cyclone-mira" / "01.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nRains continued on Wednesday across Sofala.\n",
                       encoding="utf-8")
    westerland = (two.site / "westerland-election" / "index.html").read_bytes()
    result = two.run("build")
    assert "(1 digested, 1 rendered)" in result.out
    assert (two.site / "westerland-election" / "index.html").read_bytes() == westerland


def test_a_template_change_rerenders_pages_without_redigesting(two):
    template = two.root / "templates" / "sources.html"
    template.write_text(template.read_text(encoding="utf-8").replace("<h1>Sources</h1>", "<h1>Our sources</h1>"),
                        encoding="utf-8")
    content = tree_hash(two.content)
    result = two.run("build")
    assert "(0 digested, 2 rendered)" in result.out
    assert "<h1>Our sources</h1>" in (two.site / "cyclone-mira" / "sources" / "index.html").read_text(encoding="utf-8")
    assert tree_hash(two.content) == content


def test_an_edits_change_rerenders_only_that_story(two):
    (two.content / "westerland-election" / "edits.yaml").write_text("title: Greens take Westerland\n",
                                                                    encoding="utf-8")
    result = two.run("build")
    assert "(0 digested, 1 rendered)" in result.out
    assert "<h1>Greens take Westerland</h1>" in (two.site / "westerland-election" / "index.html").read_text(
        encoding="utf-8")
    assert "Greens take Westerland" in (two.site / "index.html").read_text(encoding="utf-8")


def test_a_corrupt_cache_is_ignored_and_the_build_is_complete(two):
    index = two.root / ".newsdigest-cache" / "index.json"
    index.write_text('{"format": 1, "stories": {"cyclone-mira": [1, 2', encoding="utf-8")
    result = two.run("build")
    assert result.code == 0 and "(2 digested, 2 rendered)" in result.out
    assert json.loads(index.read_text(encoding="utf-8"))["index"]["format"] == FORMAT
    assert two.run("build").out.startswith("nothing changed")


def test_a_cache_from_other_code_is_ignored(two):
    index = two.root / ".newsdigest-cache" / "index.json"
    data = json.loads(index.read_text(encoding="utf-8"))["index"]
    data["code"] = "some-other-version"
    index.write_bytes(index_bytes(data))
    assert "(2 digested, 2 rendered)" in two.run("build").out


def test_line_keys_damaged_under_a_valid_checksum_only_cost_a_reread(two):
    index = two.root / ".newsdigest-cache" / "index.json"
    data = json.loads(index.read_text(encoding="utf-8"))["index"]
    data["stories"]["cyclone-mira"]["lines"] = "not base64!"
    index.write_bytes(index_bytes(data))
    before = tree_hash(two.site), tree_hash(two.content)
    result = two.run("build")
    assert result.code == 0 and result.out.startswith("nothing changed"), result.err
    assert (tree_hash(two.site), tree_hash(two.content)) == before


def test_a_hand_edited_generated_file_is_regenerated(two):
    summary = two.content / "cyclone-mira" / "summary.md"
    original = summary.read_bytes()
    summary.write_text("---\ntitle: tampered\n---\n", encoding="utf-8")
    assert "(1 digested, 1 rendered)" in two.run("build").out
    assert summary.read_bytes() == original


def test_a_deleted_site_is_rebuilt_from_the_cache_without_redigesting(two):
    shutil.rmtree(two.site)
    result = two.run("build")
    assert "(0 digested, 2 rendered)" in result.out
    assert (two.site / "cyclone-mira" / "timeline" / "index.html").is_file()


def test_incremental_and_cold_builds_produce_the_same_bytes(two, tmp_path):
    article = two.seeds / "westerland-election" / "02.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("Hamburg", "Kiel"), encoding="utf-8")
    assert two.run("build").code == 0
    cold = make_project(tmp_path / "cold", "cyclone-mira", "westerland-election")
    (cold.seeds / "westerland-election" / "02.txt").write_bytes(article.read_bytes())
    assert cold.run("build").code == 0
    assert tree_hash(cold.site) == tree_hash(two.site)
    assert tree_hash(cold.content) == tree_hash(two.content)


def test_a_new_source_date_epoch_updates_the_feed(two):
    result = two.run("build", env={"SOURCE_DATE_EPOCH": "1767225600"})
    assert result.code == 0 and not result.out.startswith("nothing changed")
    assert "<updated>2026-01-01T00:00:00Z</updated>" in (two.site / "feed.xml").read_text(encoding="utf-8")


def _scan_one(tmp_path, seen=None):
    return inputs.scan(tmp_path / "seeds", tmp_path / "content", (tmp_path / "templates",), seen).stories[0]


def _seen(story):
    return {story.slug: inputs.Seen(story.stamp, story.files_hash, story.manifest, story.line_hashes)}


def test_an_untouched_story_is_not_read_again(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "RACY_NS", 0)
    (tmp_path / "seeds" / "s").mkdir(parents=True)
    (tmp_path / "seeds" / "s" / "a.txt").write_text("Alpha beta gamma delta epsilon.\n", encoding="utf-8")
    first = _scan_one(tmp_path)
    assert first.stamp

    def refuse(path, *args):
        raise AssertionError(f"read {path} again")

    monkeypatch.setattr(inputs, "read_input", refuse)
    assert _scan_one(tmp_path, _seen(first)).files_hash == first.files_hash


def test_a_same_size_edit_with_the_old_mtime_is_still_seen(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "RACY_NS", 0)
    article = tmp_path / "seeds" / "s" / "a.txt"
    article.parent.mkdir(parents=True)
    article.write_text("Alpha beta gamma delta epsilon.\n", encoding="utf-8")
    first = _scan_one(tmp_path)
    before = article.stat()
    article.write_text("Omega beta gamma delta epsilon.\n", encoding="utf-8")
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert _scan_one(tmp_path, _seen(first)).files_hash != first.files_hash


def test_a_file_changed_moments_ago_is_always_read(tmp_path):
    (tmp_path / "seeds" / "s").mkdir(parents=True)
    (tmp_path / "seeds" / "s" / "a.txt").write_text("Alpha beta gamma delta epsilon.\n", encoding="utf-8")
    assert _scan_one(tmp_path).stamp == ""


def test_compiled_templates_are_kept_and_a_corrupt_one_is_recompiled(two):
    compiled = sorted(p for p in (two.root / ".newsdigest-cache").rglob("jinja-*/*.bin"))
    assert compiled, "the first build keeps compiled templates in the build cache"
    for entry in compiled:
        entry.write_bytes(b"not a compiled template")
    (two.content / "site.yaml").write_text("title: Renamed site\n", encoding="utf-8")
    result = two.run("build")
    assert result.code == 0, result.err
    assert "Renamed site" in (two.site / "index.html").read_text(encoding="utf-8")


def test_a_deleted_page_deep_in_a_story_is_made_again(two):
    page = two.site / "cyclone-mira" / "timeline" / "index.html"
    original = page.read_bytes()
    page.unlink()
    result = two.run("build")
    assert "(0 digested, 1 rendered)" in result.out, result.out
    assert page.read_bytes() == original


def test_a_deleted_generated_file_is_made_again(two):
    facts = two.content / "westerland-election" / "facts.yaml"
    original = facts.read_bytes()
    facts.unlink()
    result = two.run("build")
    assert "(1 digested, 1 rendered)" in result.out, result.out
    assert facts.read_bytes() == original


def test_worker_processes_started_by_spawn_build_the_same_site(tmp_path):
    """The pool must not rely on fork's copy of the parent: under spawn (the default on macOS and
    Windows) every worker imports the package afresh and gets only its job."""
    stories = ("cyclone-mira", "westerland-election", "northwind-job-cuts")
    default, spawned = make_project(tmp_path / "default", *stories), make_project(tmp_path / "spawn", *stories)
    for project in (default, spawned):  # a fourth story, so that the build uses worker processes
        shutil.copytree(ROOT / "tests" / "fixtures" / "eval" / "court-ruling", project.seeds / "court-ruling",
                        ignore=shutil.ignore_patterns("gold.yaml"))
    assert default.run("build", "--quiet").code == 0
    script = ("import multiprocessing, sys; multiprocessing.set_start_method('spawn'); "
              "from newsdigest.cli import main; sys.exit(main(['build', '--quiet']))")
    run = subprocess.run([sys.executable, "-c", script], cwd=spawned.root, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert tree_hash(spawned.site) == tree_hash(default.site)
    assert tree_hash(spawned.content) == tree_hash(default.content)
