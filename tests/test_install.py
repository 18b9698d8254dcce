"""The installed tool, as a new user gets it: `pip install .` (not editable), then a project in any folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

from conftest import ROOT, STORIES


def test_the_package_list_names_every_sub_package():
    """pyproject.toml lists the packages (the theme is mapped from templates/, which find cannot see)."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "newsdigest").rglob("__init__.py")}
    assert on_disk | {"newsdigest.theme"} == listed


def test_a_non_editable_install_makes_and_builds_a_project_in_any_folder(tmp_path):
    source = tmp_path / "source"  # what a clone holds, copied so the build leaves nothing in this checkout
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for folder in ("newsdigest", "templates"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}  # as a new shell has it
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True, env=env).stdout.strip())
    # The dependencies (and pip, setuptools) come from this test run's environment, so the install needs
    # no network; newsdigest itself is installed into the new environment, ahead of that one on sys.path.
    (site / "_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    install = subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index",
                              "-q", str(source)], capture_output=True, text=True, env=env)
    assert install.returncode == 0, install.stderr
    shutil.rmtree(source)  # the installed tool must not need the source any more

    def newsdigest(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(venv / "bin" / "newsdigest"), *args], cwd=cwd, capture_output=True, text=True,
                              env=env)

    where = subprocess.run([str(python), "-c", "import newsdigest; print(newsdigest.__file__)"], cwd=tmp_path,
                           capture_output=True, text=True, env=env).stdout
    assert where.startswith(str(site)), where
    made = newsdigest(tmp_path, "init", "news")
    assert made.returncode == 0, made.stderr
    project = tmp_path / "news"
    story = project / "seeds" / "cyclone-mira"
    story.mkdir()
    for article in (STORIES / "cyclone-mira").iterdir():
        if article.name != "gold.yaml":
            shutil.copy(article, story / article.name)
    built = newsdigest(project, "build")
    assert built.returncode == 0, built.stderr
    assert "-> site" in built.stdout
    for page in ("index.html", "cyclone-mira/index.html", "cyclone-mira/timeline/index.html",
                 "cyclone-mira/compare/index.html", "cyclone-mira/sources/index.html", "static/style.css"):
        assert (project / "site" / page).is_file(), page
    assert "<h1>Cyclone Mira hits central Mozambique</h1>" in (project / "site" / "index.html").read_text("utf-8")
    assert not (project / "templates").exists()
