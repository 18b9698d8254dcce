"""Regular expressions compiled once per machine instead of once per build.

Python compiles a pattern with a compiler written in Python (``re._parser``, ``re._compiler``):
the digest's 130 constant patterns took 40-60 ms of every build, an eighth of a one-story build.
What that compiler produces (the regular-expression engine's code, a list of integers, and the
group names) depends only on the pattern, the flags and the Python build, so it is kept in the
user's cache folder, beside the compiled templates, and handed to the engine directly next time.

The engine's entry point (``_sre.compile``) is private. So a pattern is kept only when what it
was rebuilt from equals what :func:`re.compile` made (pattern equality compares the engine's
code), the cache file is named after the exact Python build and engine version, the engine checks
the code it is given, and anything unexpected (another Python, a damaged file, an internal that
moved) falls back to :func:`re.compile`: slower, never different. Only the modules' constant
patterns come through here; a pattern built from input (a folder name) uses :func:`re.compile`,
so the file stays small.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
import zlib
from pathlib import Path
from typing import Any

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python implementation: every pattern is compiled by re
    _sre = None

_LIMIT = 400
"""About three times the package's patterns: room for patterns edited since (and for those only other
commands use) before the file is pruned to what the saving build used."""

_Parts = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]
_known: dict[tuple[str, int], _Parts] | None = None  # read from the file on first use
_new: dict[tuple[str, int], _Parts] = {}  # compiled by this process, written by save()
_used: set[tuple[str, int]] = set()  # every pattern this process asked for


def user_cache_dir() -> Path:
    """The user's cache folder for newsdigest (``$XDG_CACHE_HOME`` or ``~/.cache``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsdigest"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the machine's cache when this Python compiled it before.

    >>> compile(r"(?P<n>\\d+) yuan", re.I).match("380 YUAN")["n"]
    '380'
    """
    flags = int(flags)
    key = (pattern, flags)
    _used.add(key)
    parts = _cached().get(key)
    if parts is not None:
        with contextlib.suppress(Exception):  # wrong shape or refused by the engine: compile anew
            return _sre.compile(pattern, *parts)
    compiled = re.compile(pattern, flags)
    with contextlib.suppress(Exception):  # no _sre, or internals that changed: nothing is kept
        parts = _compiled_parts(pattern, flags)
        again = _sre.compile(pattern, *parts)
        if again == compiled and again.groupindex == compiled.groupindex:  # equality compares the code
            _new[key] = parts  # kept only when it rebuilds exactly what re.compile made
    return compiled


def _compiled_parts(pattern: str, flags: int) -> _Parts:
    """What ``re._compiler.compile`` passes to the engine, as plain values that marshal can write."""
    tree = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(tree, flags)]
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup)


def _cache_file() -> Path:
    """One file per Python build and engine version: another Python never reads this one's code."""
    build = zlib.crc32(sys.version.encode("utf-8"))
    return user_cache_dir() / f"regexes-{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{build:08x}.marshal"


def _cached() -> dict[tuple[str, int], _Parts]:
    global _known
    if _known is None:
        _known = {}
        if _sre is not None:
            with contextlib.suppress(Exception):  # missing, damaged or not ours: as if empty
                data = marshal.loads(_cache_file().read_bytes())
                if isinstance(data, dict):
                    _known = data
    return _known


def save() -> None:
    """Write the patterns this process compiled for the first time; quietly skipped when it cannot."""
    global _known
    if not _new:
        return
    merged = {**_cached(), **_new}
    if len(merged) > _LIMIT:  # patterns the package no longer has pile up as it changes: keep this build's
        merged = {key: parts for key, parts in merged.items() if key in _used}
    path = _cache_file()
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps(merged))
        os.replace(temporary, path)  # atomic: a build reading it meanwhile sees the old or the new file
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return
    _known = merged
    _new.clear()
