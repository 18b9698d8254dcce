"""Faults a careless command line or a bad day brings, run through the real command line.

Output folders that overlap the input, site folders holding someone else's files, a build killed
while it moves its files into place: newsdigest must never lose a file it did not write, and a
build must leave the project as it was or as the new version, never a mix.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import Project, Result, make_project, tree_hash

STORY = "cyclone-mira"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = make_project(tmp_path_factory.mktemp("faults") / "template", STORY)
    assert project.run("build", "--quiet").code == 0
    return project


@pytest.fixture
def proj(built: Project, tmp_path: Path) -> Project:
    """A fresh copy of a working, already built project."""
    root = tmp_path / "p"
    shutil.copytree(built.root, root, symlinks=True)
    return Project(root)


def everything(proj: Project) -> dict[str, str]:
    """Every entry of the project folder (hidden ones too) with a hash of what it holds."""
    return {p.name: tree_hash(p) if p.is_dir() else p.read_bytes().hex() for p in sorted(proj.root.iterdir())}


def one_line(result: Result) -> str:
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.err, result.err
    return lines[0]


# ----------------------------------------------------------------------------- output folders

@pytest.mark.parametrize("args, words", [
    (("--site", "seeds"), "--site is the seeds folder"),
    (("--site", "seeds/cyclone-mira"), "--site lies inside the seeds folder"),
    (("--site", "."), "--site is the project folder"),
    (("--site", ".."), "--site holds the project folder"),
    (("--site", "content"), "--site and --content are the same folder"),
    (("--site", "content/pages"), "--site lies inside the --content folder"),
    (("--site", "templates"), "--site is the templates folder"),
    (("--content", "seeds"), "--content is the seeds folder"),
    (("--content", "."), "--content is the project folder"),
    (("--content", "site"), "--site and --content are the same folder"),
    (("--content", "site/data"), "--content lies inside the --site folder"),
])
def test_an_output_folder_over_the_input_or_the_other_output_is_refused_before_anything_is_written(
        proj: Project, args: tuple[str, ...], words: str) -> None:
    (proj.seeds / STORY / "01.txt").write_text("Cyclone Mira flooded Beira again on Tuesday, officials said.\n",
                                               encoding="utf-8")
    before = everything(proj)
    outside = sorted(p.name for p in proj.root.parent.iterdir())
    result = proj.run("build", *args)
    assert result.code == 2
    assert words in one_line(result)
    assert everything(proj) == before
    assert sorted(p.name for p in proj.root.parent.iterdir()) == outside


def test_a_site_folder_holding_files_newsdigest_did_not_write_is_refused(proj: Project) -> None:
    docs = proj.root / "docs"
    (docs / "drafts").mkdir(parents=True)
    (docs / "notes.md").write_text("my notes\n", encoding="utf-8")
    (docs / "drafts" / "a.txt").write_text("a draft\n", encoding="utf-8")
    before = tree_hash(docs)
    result = proj.run("build", "--site", "docs")
    assert result.code == 2
    assert "holds files newsdigest did not write" in one_line(result)
    assert tree_hash(docs) == before


def test_an_empty_site_folder_or_one_with_only_hidden_entries_is_built_into(proj: Project) -> None:
    pages = proj.root / "pages"
    (pages / ".git").mkdir(parents=True)
    (pages / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    assert proj.run("build", "--site", "pages").code == 0
    assert (pages / STORY / "index.html").is_file()
    assert (pages / ".git" / "HEAD").read_text(encoding="utf-8") == "ref: refs/heads/gh-pages\n"


def test_entries_newsdigest_did_not_write_are_kept_and_reported_and_hidden_ones_untouched(proj: Project) -> None:
    (proj.site / "notes.txt").write_text("keep me\n", encoding="utf-8")
    (proj.site / ".git").mkdir()
    (proj.site / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    (proj.seeds / STORY / "01.txt").write_text("Cyclone Mira flooded Beira again on Tuesday, officials said.\n",
                                               encoding="utf-8")
    result = proj.run("build")
    assert result.code == 0, result.err
    assert "notes.txt: warning: not written by newsdigest; kept as it is" in result.err
    assert (proj.site / "notes.txt").read_text(encoding="utf-8") == "keep me\n"
    assert (proj.site / ".git" / "config").read_text(encoding="utf-8") == "[core]\n"


def test_a_story_taken_out_of_the_seeds_leaves_the_site_but_a_foreign_entry_stays(proj: Project) -> None:
    proj.add_story("northwind-job-cuts", "acme-results")
    assert proj.run("build").code == 0
    (proj.site / "my-page").mkdir()
    (proj.site / "my-page" / "index.html").write_text("<p>mine</p>\n", encoding="utf-8")
    shutil.rmtree(proj.seeds / "acme-results")
    assert proj.run("build").code == 0
    assert not (proj.site / "acme-results").exists()
    assert (proj.site / "my-page" / "index.html").read_text(encoding="utf-8") == "<p>mine</p>\n"


def test_a_site_built_before_the_marker_existed_is_still_built_into(proj: Project) -> None:
    (proj.site / ".newsdigest-site").unlink()
    (proj.site / "notes.txt").write_text("keep me\n", encoding="utf-8")
    (proj.seeds / STORY / "01.txt").write_text("Cyclone Mira flooded Beira again on Tuesday, officials said.\n",
                                               encoding="utf-8")
    result = proj.run("build")
    assert result.code == 0, result.err
    assert "notes.txt: warning: not written by newsdigest" in result.err
    assert (proj.site / ".newsdigest-site").is_file() and (proj.site / "notes.txt").is_file()


def test_a_new_story_never_replaces_a_folder_newsdigest_did_not_write(proj: Project) -> None:
    (proj.site / "acme-results").mkdir()
    (proj.site / "acme-results" / "plan.txt").write_text("mine\n", encoding="utf-8")
    proj.add_story("northwind-job-cuts", "acme-results")
    result = proj.run("build")
    assert result.code == 1
    assert "acme-results: was not written by newsdigest, and the new site needs this name" in one_line(result)
    assert (proj.site / "acme-results" / "plan.txt").read_text(encoding="utf-8") == "mine\n"


def test_a_folder_where_a_generated_file_goes_is_never_replaced(proj: Project) -> None:
    summary = proj.content / STORY / "summary.md"
    summary.unlink()
    summary.mkdir()
    (summary / "mine.txt").write_text("mine\n", encoding="utf-8")
    before = tree_hash(proj.site)
    result = proj.run("build")
    assert result.code == 1
    assert "summary.md: is not a file newsdigest wrote" in one_line(result)
    assert (summary / "mine.txt").read_text(encoding="utf-8") == "mine\n"
    assert tree_hash(proj.site) == before


# ----------------------------------------------------------------------------- damaged caches

def _cut_a_character_from_the_line_keys(cache: Path) -> None:
    index = cache / "index.json"
    text = index.read_text(encoding="utf-8")
    at = text.index('"lines": "') + len('"lines": "') + 5
    index.write_text(text[:at] + text[at + 1:], encoding="utf-8")


def _make_the_index_a_named_pipe(cache: Path) -> None:
    (cache / "index.json").unlink()
    os.mkfifo(cache / "index.json")


def _compiled_templates(cache: Path) -> list[Path]:
    found = [p for p in cache.glob("jinja-*/*") if p.is_file()]
    assert found
    return found


def _make_every_compiled_template_a_named_pipe(cache: Path) -> None:
    for path in _compiled_templates(cache):
        path.unlink()
        os.mkfifo(path)


@pytest.mark.parametrize("damage", [
    _cut_a_character_from_the_line_keys, _make_the_index_a_named_pipe, _make_every_compiled_template_a_named_pipe,
], ids=lambda f: f.__name__.strip("_").replace("_", " "))
def test_a_damaged_cache_means_a_cold_build_never_an_error(proj: Project, damage) -> None:
    expected = tree_hash(proj.site), tree_hash(proj.content)
    (proj.site / STORY / "index.html").unlink()  # so that the build renders, and reads compiled templates
    assert proj.run("build").code == 0  # templates compiled here, where this copy's templates are
    (proj.site / STORY / "index.html").unlink()
    damage(proj.root / ".newsdigest-cache")
    result = proj.run("build", timeout=60)
    assert result.code == 0, result.err
    assert "Traceback" not in result.err and "error" not in result.err
    assert (tree_hash(proj.site), tree_hash(proj.content)) == expected
    assert proj.run("build").out.startswith("nothing changed")


def test_a_cache_that_cannot_be_written_leaves_no_temporary_file(proj: Project) -> None:
    """A disk that fills up just as the cache is saved: the build still succeeds, and leaves nothing behind."""
    def full_disk() -> None:  # writes past 100 bytes fail with EFBIG, as they would with ENOSPC
        resource.setrlimit(resource.RLIMIT_FSIZE, (100, 100))

    time.sleep(2.1)  # the articles' change times are now old enough to be vouched for: the cache is saved
    before = everything(proj)
    proc = subprocess.run([sys.executable, "build.py", "build"], cwd=proj.root, capture_output=True, text=True,
                          preexec_fn=full_disk, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("nothing changed"), proc.stderr
    cache = proj.root / ".newsdigest-cache"
    assert [p.name for p in cache.rglob("*") if p.name.endswith(".tmp")] == []
    assert everything(proj).keys() == before.keys()


# ----------------------------------------------------------------------------- environment

@pytest.mark.parametrize("value", ["abc", "-5", "1e9", "99999999999999", " 1700000000", "١٧٠٠٠٠٠٠٠٠"])
def test_a_malformed_source_date_epoch_stops_the_build_in_one_line(proj: Project, value: str) -> None:
    (proj.seeds / STORY / "01.txt").write_text("Cyclone Mira flooded Beira again on Tuesday, officials said.\n",
                                               encoding="utf-8")
    before = everything(proj)
    result = proj.run("build", env={"SOURCE_DATE_EPOCH": value})
    assert result.code == 1
    assert one_line(result).startswith("SOURCE_DATE_EPOCH: should be a whole number of seconds since 1970-01-01")
    assert everything(proj) == before
