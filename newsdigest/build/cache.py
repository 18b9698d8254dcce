"""The build cache: what the last successful build did, story by story, as content hashes.

:mod:`.plan` compares these keys with the inputs to decide what to redo. Keys are hashes of
contents; a modification time is used only to vouch that a generated file is still the one the
build wrote (size and nanosecond mtime unchanged), never to decide that an input is unchanged.
A cache that cannot be read, or that was written by other code, is ignored and rewritten,
never trusted.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMAT = 2


@dataclass
class StoryRecord:
    """What the last successful build did for one story."""

    input: str = ""
    source: str = ""
    manifest: str = ""
    stamp: str = ""
    lines: str = ""
    content: dict[str, str] = field(default_factory=dict)
    stats: dict[str, list[int]] = field(default_factory=dict)
    render: str = ""
    pages: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class BuildCache:
    """The cache index: one record per story, plus what the site-wide pages were built from."""

    path: Path
    code: str
    stories: dict[str, StoryRecord] = field(default_factory=dict)
    site: str = ""
    root: str = ""
    root_warnings: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, folder: Path, code: str) -> BuildCache:
        """The cache in ``folder``; an empty one (saying why) when it is missing, corrupt or from other code."""
        path = folder / "index.json"
        cache = cls(path, code)
        if not path.exists():
            return cache
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or data.get("code") != code:
                return cache
            cache.stories = {slug: StoryRecord(**record) for slug, record in data["stories"].items()}
            cache.site, cache.root = str(data["site"]), str(data["root"])
            cache.root_warnings = [str(w) for w in data["root_warnings"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            cache.stories, cache.site, cache.root, cache.root_warnings = {}, "", "", []
        return cache

    def save(self) -> None:
        """Write the index atomically; a cache that cannot be written only costs the next build time."""
        data = {"format": FORMAT, "code": self.code, "site": self.site, "root": self.root,
                "root_warnings": self.root_warnings,
                "stories": {slug: vars(record) for slug, record in sorted(self.stories.items())}}
        tmp = self.path.with_name(f".index.{os.getpid()}.tmp")
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)


def pack_lines(keys: frozenset[bytes]) -> str:
    """A story's line keys as one short string for the index."""
    return base64.b64encode(b"".join(sorted(keys))).decode("ascii")


def unpack_lines(text: str, width: int = 12) -> frozenset[bytes]:
    data = base64.b64decode(text)
    return frozenset(data[i:i + width] for i in range(0, len(data), width))


def key(*parts: str) -> str:
    """A hash of several strings, unambiguous about where each ends."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


def files_match(folder: Path, recorded: dict[str, str], stats: dict[str, list[int]]) -> bool:
    """Whether the generated files in ``folder`` still hold exactly the bytes the cache recorded.

    A file whose size and nanosecond modification time are those the build left is taken as
    unchanged (the check make and rsync rely on); any other is read and hashed.
    """
    if not recorded:
        return False
    base = str(folder)
    for name, expected in recorded.items():
        path = os.path.join(base, name)
        try:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode):  # a pipe put in its place would block the read below
                return False
            if stats.get(name) == [info.st_size, info.st_mtime_ns]:
                continue
            with open(path, "rb") as handle:
                if hashlib.sha256(handle.read()).hexdigest() != expected:
                    return False
        except OSError:
            return False
    return True


def file_stats(folder: Path, names: list[str]) -> dict[str, list[int]]:
    """Size and modification time of files just written, for :func:`files_match`'s quick check."""
    out = {}
    for name in names:
        with contextlib.suppress(OSError):
            info = (folder / name).stat()
            out[name] = [info.st_size, info.st_mtime_ns]
    return out


def pages_present(folder: Path, pages: list[str]) -> bool:
    """Whether every page is in a site folder (a story's, or the root): one deleted by hand is made again."""
    return bool(pages) and all(os.path.exists(os.path.join(folder, page)) for page in pages)
