"""Shared helpers: throwaway project folders, the real command line, tree hashes."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def _private_user_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Compiled templates go to the user's cache folder; tests use their own, not the developer's."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"
STORIES = FIXTURES / "stories"


def as_in_a_terminal() -> None:
    """``preexec_fn`` for a child that must answer Ctrl-C as it would in a terminal.

    A test runner started in the background passes "ignore SIGINT" on to its children, and
    Python then never raises KeyboardInterrupt; the default disposition is restored here.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@dataclass
class Result:
    """What a command-line run returned."""

    code: int
    out: str
    err: str


@dataclass
class Project:
    """A throwaway copy of a working newsdigest project: seeds, content, templates, build.py."""

    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def site(self) -> Path:
        return self.root / "site"

    def add_story(self, name: str, slug: str | None = None) -> Path:
        """Copy a fixture story (articles and story.yaml, never gold.yaml) into seeds/."""
        return copy_story(name, self.seeds / (slug or name))

    def run(self, *args: str, env: dict[str, str] | None = None, timeout: int = 120) -> Result:
        """Run ``python build.py ARGS`` in the project, as a user would."""
        proc = subprocess.run([sys.executable, "build.py", *args], cwd=self.root, capture_output=True, text=True,
                              env={**os.environ, **(env or {})}, timeout=timeout)
        return Result(proc.returncode, proc.stdout, proc.stderr)


def newsdigest(cwd: Path, *args: str, timeout: int = 120) -> Result:
    """Run ``newsdigest ARGS`` in ``cwd`` from this checkout, as the installed command would run there:
    no build.py, no templates copied, the project is the current folder."""
    proc = subprocess.run([sys.executable, "-m", "newsdigest", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=timeout)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def copy_story(name: str, target: Path) -> Path:
    """Copy a fixture story's articles and story.yaml (never gold.yaml) to ``target``."""
    target.mkdir(parents=True)
    for f in (STORIES / name).iterdir():
        if f.is_file() and f.name != "gold.yaml":
            shutil.copy2(f, target / f.name)
    return target


def make_project(path: Path, *stories: str) -> Project:
    """A project folder with the real build.py, package and templates, and the given fixture stories."""
    path.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "build.py", path / "build.py")
    shutil.copytree(ROOT / "newsdigest", path / "newsdigest", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "templates", path / "templates")
    (path / "content").mkdir()
    (path / "content" / "site.yaml").write_text("title: Test digest\nbase_url: https://example.org/news/\n",
                                                encoding="utf-8")
    project = Project(path)
    for story in stories:
        project.add_story(story)
    return project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A project with the cyclone story, not yet built."""
    return make_project(tmp_path / "project", "cyclone-mira")


@pytest.fixture(scope="session")
def built_cyclone(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The cyclone story built once for every test that only reads the output."""
    built = make_project(tmp_path_factory.mktemp("built") / "project", "cyclone-mira")
    result = built.run("build", "--quiet")
    assert result.code == 0, result.err
    return built


def tree_hash(path: Path) -> str:
    """A hash of every file name and its bytes (and every folder name) under ``path``."""
    digest = hashlib.sha256()
    if not path.exists():
        return "absent"
    for item in sorted(path.rglob("*")):
        digest.update(str(item.relative_to(path)).encode())
        if item.is_file() and not item.is_symlink():
            digest.update(item.read_bytes())
    return digest.hexdigest()
