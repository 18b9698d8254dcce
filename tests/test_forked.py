"""Pages rendered in a forked helper while the build digests: same bytes, same errors, nothing left running."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, make_project, tree_hash
from newsdigest import forked, pipeline
from newsdigest.errors import InputError


def _options(project, jobs: int) -> pipeline.BuildOptions:
    return pipeline.BuildOptions(project.seeds, project.content, project.site, project.root / "templates", jobs=jobs)


@pytest.fixture
def helpers(monkeypatch) -> list[int]:
    """The process ids of every helper a build forks."""
    started: list[int] = []
    original = forked.ForkedHelper.__init__

    def recording(self) -> None:
        original(self)
        started.append(self.pid)

    monkeypatch.setattr(forked.ForkedHelper, "__init__", recording)
    return started


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.parametrize("stories", [("cyclone-mira",), ("cyclone-mira", "westerland-election")])
def test_pages_rendered_beside_the_digest_are_the_pages_rendered_after_it(tmp_path, helpers, stories):
    here = make_project(tmp_path / "here", *stories)
    beside = make_project(tmp_path / "beside", *stories)
    pipeline.build(_options(here, jobs=1))
    assert not helpers
    report = pipeline.build(_options(beside, jobs=2))
    assert len(helpers) == 1 and _gone(helpers[0])
    assert report.digested == report.rendered == len(stories)
    assert tree_hash(beside.site) == tree_hash(here.site)
    assert tree_hash(beside.content) == tree_hash(here.content)


def test_a_template_error_found_beside_the_digest_names_its_file_and_line(tmp_path, helpers):
    project = make_project(tmp_path / "p", "cyclone-mira")
    template = project.root / "templates" / "timeline.html"
    lines = template.read_text(encoding="utf-8").splitlines()
    template.write_text("\n".join([*lines[:2], "{% if %}", *lines[2:]]) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        pipeline.build(_options(project, jobs=2))
    assert helpers and _gone(helpers[0])
    assert (Path(caught.value.path).name, caught.value.line) == ("timeline.html", 3)
    assert "template error" in caught.value.message
    assert not project.site.exists() and not list((project.content).glob("cyclone-mira/*"))


def test_bad_input_found_while_the_helper_waits_ends_the_helper(tmp_path, helpers):
    project = make_project(tmp_path / "p", "cyclone-mira")
    (project.seeds / "cyclone-mira" / "02.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(InputError, match="PNG image"):
        pipeline.build(_options(project, jobs=2))
    assert helpers and _gone(helpers[0])
    assert not project.site.exists()


def test_an_exception_in_the_helper_is_raised_in_the_caller_and_the_next_call_still_runs():
    with forked.ForkedHelper() as helper:
        failing = helper.submit(int, "not a number")
        working = helper.submit(sum, [1, 2, 3])
        with pytest.raises(ValueError, match="not a number"):
            helper.result(failing)
        assert helper.result(working) == 6
    assert _gone(helper.pid)


def test_a_rebuild_with_nothing_to_do_ends_the_helper_it_started(tmp_path, helpers):
    project = make_project(tmp_path / "p", "cyclone-mira")
    pipeline.build(_options(project, jobs=2))
    before = tree_hash(project.site)
    report = pipeline.build(_options(project, jobs=2))
    assert not report.changed and tree_hash(project.site) == before
    assert len(helpers) == 2 and all(_gone(pid) for pid in helpers)


@pytest.mark.parametrize(("stories", "deleted"), [
    (("cyclone-mira", "westerland-election"), "404.html"),
    (("cyclone-mira", "westerland-election"), "index.html"),
    (("cyclone-mira",), "index.html"),  # a one-story site's front page is the story's
])
def test_a_root_page_deleted_by_hand_comes_back_without_a_digest(tmp_path, helpers, stories, deleted):
    project = make_project(tmp_path / "p", *stories)
    pipeline.build(_options(project, jobs=2))
    before = tree_hash(project.site)
    (project.site / deleted).unlink()
    report = pipeline.build(_options(project, jobs=2))
    assert report.changed and report.digested == 0
    assert tree_hash(project.site) == before
    assert all(_gone(pid) for pid in helpers)


def test_many_stories_go_to_the_worker_pool_and_the_helper_is_ended(tmp_path, helpers):
    stories = ("cyclone-mira", "westerland-election", "northwind-job-cuts")
    here = make_project(tmp_path / "here", *stories)
    pool = make_project(tmp_path / "pool", *stories)
    for project in (here, pool):  # a fourth story, so that the pool is used
        shutil.copytree(ROOT / "seeds" / "alibaba-ai-investment", project.seeds / "alibaba-ai-investment")
    pipeline.build(_options(here, jobs=1))
    report = pipeline.build(_options(pool, jobs=2))
    assert report.rendered == 4
    assert len(helpers) == 1 and _gone(helpers[0])
    assert tree_hash(pool.site) == tree_hash(here.site)
