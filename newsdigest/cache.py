"""The build cache: which stories need digesting again, and which pages need rendering again.

Keys are content hashes of everything a result depends on (never modification times). A story
is digested again when its articles, manifest, the furniture other stories share with it, or
newsdigest's own code changed, or when its generated files on disk no longer match what the
cache recorded. Its pages are rendered again when its content, its edits, the templates or the
site settings changed. A cache that cannot be read, or that was written by other code, is
ignored and rewritten, never trusted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMAT = 1


@dataclass
class StoryRecord:
    """What the last successful build did for one story."""

    input: str = ""
    content: dict[str, str] = field(default_factory=dict)
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
    ignored: str = ""

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
                cache.ignored = "written by another version of newsdigest"
                return cache
            cache.stories = {slug: StoryRecord(**record) for slug, record in data["stories"].items()}
            cache.site = str(data["site"])
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            cache.stories, cache.site, cache.ignored = {}, "", "unreadable"
        return cache

    def save(self) -> None:
        """Write the index atomically; a cache that cannot be written only costs the next build time."""
        data = {"format": FORMAT, "code": self.code, "site": self.site,
                "stories": {slug: vars(record) for slug, record in sorted(self.stories.items())}}
        tmp = self.path.with_name(f".index.{os.getpid()}.tmp")
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)


def key(*parts: str) -> str:
    """A hash of several strings, unambiguous about where each ends."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


def files_match(folder: Path, recorded: dict[str, str]) -> bool:
    """Whether the files in ``folder`` still hold exactly the bytes the cache recorded."""
    if not recorded:
        return False
    for name, expected in recorded.items():
        try:
            if hashlib.sha256((folder / name).read_bytes()).hexdigest() != expected:
                return False
        except OSError:
            return False
    return True
