"""The machine-wide cache of compiled regular expressions: same patterns, never trusted blindly."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, make_project, tree_hash
from newsdigest import regexes

# Imports every module of the package, finds every compiled pattern it holds (also inside lists,
# tuples and dicts), and checks each against what re.compile makes of the same pattern and flags:
# Pattern equality compares the engine's code; the groups are compared too.
_CHECK = """
import importlib, pkgutil, re, sys
import newsdigest
from newsdigest import regexes

def found(value, depth=0):
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, (list, tuple, dict)):
        for item in (value.items() if isinstance(value, dict) else value):
            yield from found(item, depth + 1)

patterns = {}
for info in pkgutil.iter_modules(newsdigest.__path__):
    if info.name == "__main__":  # runs a build
        continue
    module = importlib.import_module(f"newsdigest.{info.name}")
    for value in vars(module).values():
        for p in found(value):
            patterns[(p.pattern, p.flags)] = p
wrong = [p.pattern[:60] for p in patterns.values()
         if (p, p.groups, p.groupindex) != ((q := re.compile(p.pattern, p.flags)), q.groups, q.groupindex)]
regexes.save()
print(len(patterns), len(wrong), wrong[:3])
"""


def _check(xdg: Path) -> tuple[int, int]:
    """Run the check in a fresh interpreter with its own user cache; (patterns seen, patterns wrong)."""
    proc = subprocess.run([sys.executable, "-c", _CHECK], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "XDG_CACHE_HOME": str(xdg)}, timeout=60)
    assert proc.returncode == 0, proc.stderr
    seen, wrong, examples = proc.stdout.split(maxsplit=2)
    assert int(wrong) == 0, examples
    return int(seen), int(wrong)


def _cache_files(xdg: Path) -> list[Path]:
    return sorted((xdg / "newsdigest").glob("regexes-*.marshal"))


def test_every_pattern_read_back_from_the_cache_is_the_one_re_compile_makes(tmp_path):
    xdg = tmp_path / "xdg"
    seen, _ = _check(xdg)  # compiles every pattern and writes the cache
    assert seen > 100, "the walk found the package's patterns"
    [cache] = _cache_files(xdg)
    written = cache.read_bytes()
    assert len(marshal.loads(written)) >= seen - 5, "nearly every pattern is kept (a few are built at run time)"
    assert _check(xdg)[0] == seen  # every pattern now comes from the cache ...
    assert cache.read_bytes() == written, "... so nothing new was compiled and the file was not rewritten"


def test_a_damaged_or_foreign_cache_changes_nothing_in_the_site_and_is_replaced(tmp_path):
    env = {"XDG_CACHE_HOME": str(tmp_path / "xdg")}
    sites = []
    for n, damage in enumerate([None, None, b"not marshal data", "wrong code"]):
        if damage == "wrong code":  # readable, right keys, code the engine must refuse
            [cache] = _cache_files(tmp_path / "xdg")
            entries = marshal.loads(cache.read_bytes())
            cache.write_bytes(marshal.dumps({key: (flags, [1, 2, 3], *rest)
                                             for key, (flags, _code, *rest) in entries.items()}))
        elif damage:
            [cache] = _cache_files(tmp_path / "xdg")
            cache.write_bytes(damage)
        project = make_project(tmp_path / f"p{n}", "cyclone-mira")
        result = project.run("build", "--quiet", env=env)
        assert result.code == 0, result.err
        sites.append(tree_hash(project.site))
    assert len(set(sites)) == 1, "cold, warm, damaged and refused caches build the same site"
    [cache] = _cache_files(tmp_path / "xdg")
    assert all(code != [1, 2, 3] for _flags, code, *_ in marshal.loads(cache.read_bytes()).values())


def test_a_cache_folder_that_cannot_be_written_does_not_stop_the_build(project, tmp_path):
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("", encoding="utf-8")
    result = project.run("build", "--quiet", env={"XDG_CACHE_HOME": str(blocked)})
    assert result.code == 0, result.err
    assert result.err == ""
    assert (project.site / "cyclone-mira" / "index.html").is_file()


_COMPILE_SOME = """
import sys
from newsdigest import regexes
prefix, count = sys.argv[1], int(sys.argv[2])
for n in range(count):
    regexes.compile(rf"{prefix}{n}\\b")
regexes.save()
"""


def test_patterns_the_package_no_longer_uses_are_pruned_once_the_file_grows(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}

    def compile_some(prefix: str, count: int) -> set[str]:
        subprocess.run([sys.executable, "-c", _COMPILE_SOME, prefix, str(count)], cwd=ROOT, env=env, check=True,
                       timeout=60)
        [cache] = _cache_files(tmp_path)
        return {pattern for pattern, _flags in marshal.loads(cache.read_bytes())}

    assert len(compile_some("old", 300)) == 300
    kept = compile_some("new", 200)  # 500 would pass the limit: only what this run used is kept
    assert kept == {rf"new{n}\b" for n in range(200)}
    assert len(compile_some("more", 50)) == 250, "under the limit, earlier runs' patterns stay"


def test_a_compiler_internal_that_changed_meaning_is_never_kept(tmp_path, monkeypatch):
    """Simulates a Python whose private compiler answers differently: the pattern is re's, nothing is cached."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(regexes, "_known", None)
    monkeypatch.setattr(regexes, "_new", {})
    real = regexes._compiled_parts
    monkeypatch.setattr(regexes, "_compiled_parts", lambda pattern, flags: real(pattern.replace("yuan", "euro"), flags))
    pattern = regexes.compile(r"(\d+) yuan", re.I)
    assert pattern.search("pledged 380 Yuan").group(1) == "380"
    assert not pattern.search("380 euro")
    regexes.save()
    assert _cache_files(tmp_path) == [], "nothing was worth keeping"
