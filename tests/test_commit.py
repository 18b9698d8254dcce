"""A build killed at any moment leaves the old project or the new one, or one the next build finishes.

Two ways in, both through the real command line: a build stopped at each step of its commit in
turn (``NEWSDIGEST_TEST_KILL_AT_STEP``), and real builds killed at random moments in a loop, half
of them while they move their files into place (``NEWSDIGEST_TEST_STEP_SECONDS`` slows each
rename so that a random moment often falls inside the commit).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import Project, make_project, tree_hash

STORY = "cyclone-mira"
FAST = {"PYTHONDONTWRITEBYTECODE": ""}
"""Every build here runs the project's own copy of the package: let Python keep its bytecode there."""
EDIT = "Cyclone Mira flooded Beira again on Tuesday, and the World Bank doubled its pledge, officials said.\n"


def state(proj: Project) -> tuple[str, str]:
    return tree_hash(proj.site), tree_hash(proj.content)


def journal(proj: Project) -> Path:
    return proj.root / ".site.commit"


def leftovers(proj: Project) -> list[str]:
    return sorted(p.name for p in proj.root.iterdir() if p.name.startswith((".site.", ".content.")))


def edit_story(proj: Project, version: int) -> None:
    """Version 0 is the fixture as it is (two stories); version 1 edits an article and takes a story out."""
    article = proj.seeds / STORY / "01.txt"
    original = (proj.root / "01.orig").read_text(encoding="utf-8")
    article.write_text(original + EDIT if version else original, encoding="utf-8")
    second = proj.seeds / "northwind-job-cuts"
    if version and second.exists():
        shutil.move(second, proj.root / "northwind.out")
    elif not version and not second.exists():
        shutil.move(proj.root / "northwind.out", second)


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, dict[int, tuple[str, str]]]:
    """A built project at version 0, and the site and content each version builds to."""
    proj = make_project(tmp_path_factory.mktemp("commit") / "template", STORY, "northwind-job-cuts")
    shutil.copy2(proj.seeds / STORY / "01.txt", proj.root / "01.orig")
    other = Project(tmp_path_factory.mktemp("commit") / "v1")
    assert proj.run("build", "--quiet", env=FAST).code == 0
    shutil.copytree(proj.root, other.root, symlinks=True, dirs_exist_ok=True)
    edit_story(other, 1)
    assert other.run("build", "--quiet", env=FAST).code == 0
    return proj, {0: state(proj), 1: state(other)}


def test_a_build_stopped_at_each_step_of_its_commit_is_old_new_or_finished_by_the_next(versions, tmp_path):
    template, expected = versions
    step, stopped = 1, 0
    while True:
        proj = Project(tmp_path / f"step-{step}")
        shutil.copytree(template.root, proj.root, symlinks=True)
        edit_story(proj, 1)
        killed = proj.run("build", "--quiet", env={**FAST, "NEWSDIGEST_TEST_KILL_AT_STEP": str(step)})
        if killed.code == 0:  # past the last step: the build ran to the end
            assert state(proj) == expected[1]
            break
        assert killed.code == -9, killed.err
        stopped += 1
        half_done = journal(proj).exists()
        assert half_done or state(proj) in (expected[0], expected[1]), f"step {step}: neither old nor new"
        after = proj.run("build", env=FAST)
        assert after.code == 0, after.err
        assert state(proj) == expected[1], f"step {step}"
        assert ("finished its commit" in after.err) == half_done, after.err
        assert leftovers(proj) == []
        shutil.rmtree(proj.root)
        step += 1
    assert stopped >= 6  # the journal, a rename for each content file and site entry, the clean-up


def test_real_builds_killed_at_random_moments_never_leave_a_mixed_project(versions, tmp_path):
    template, expected = versions
    proj = Project(tmp_path / "p")
    shutil.copytree(template.root, proj.root, symlinks=True)
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    version, mid_commit = 0, 0
    env = {**os.environ, **FAST, "NEWSDIGEST_TEST_STEP_SECONDS": "0.02"}
    for n in range(10):
        version = 1 - version
        before = state(proj)
        edit_story(proj, version)
        build = subprocess.Popen([sys.executable, "build.py", "build", "--quiet"], cwd=proj.root, env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if n % 2:  # at a random moment of the whole build
            time.sleep(rng.uniform(0.0, 1.2))
        else:  # at a random moment once the commit has begun
            deadline = time.monotonic() + 60
            while not journal(proj).exists() and build.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.2))
        build.kill()
        build.wait()
        where = f"iteration {n} (random seed {seed})"
        if journal(proj).exists():
            mid_commit += 1
        else:
            assert state(proj) in (before, expected[version]), f"{where}: neither old nor new"
        after = proj.run("build", "--quiet", env=FAST)
        assert after.code == 0, after.err
        assert state(proj) == expected[version], where
        assert leftovers(proj) == [], where
    assert mid_commit >= 1, f"no build was killed mid-commit (random seed {seed})"
