"""The project's own promises: the README's commands are what CI runs, and the code is ruff clean."""

import re
import subprocess
import sys

from conftest import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)


def test_ci_runs_exactly_the_readme_test_command():
    setup, test = readme_commands()[:2]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()
    assert "pip install -q -e '.[test]'" in ci and "pip install -e '.[test]'" in setup


def test_the_code_is_ruff_clean():
    paths = [p for p in ("newsdigest", "tests", "build.py", "bench") if (ROOT / p).exists()]
    result = subprocess.run([sys.executable, "-m", "ruff", "check", *paths], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
