"""The build cache: what the last successful build did, story by story, as content hashes.

:mod:`.plan` compares these keys with the inputs to decide what to redo. Keys are hashes of
contents; a modification time is used only to vouch that a generated file is still the one the
build wrote (size and nanosecond mtime unchanged), never to decide that an input is unchanged.
A cache that cannot be read, that is damaged in any way (the index carries its own checksum) or
that was written by other code, is ignored and rewritten, never trusted.
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

from ..digest.ingest.linekeys import KEY_WIDTH
from ..errors import InputError
from ..readfile import read_regular_file

FORMAT = 3


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
        """The cache in ``folder``; an empty one when it is missing, damaged in any way or from other code.

        The index starts with a SHA-256 of the rest, so a cut or changed character anywhere is
        seen before any of it is trusted (a cold build follows, never an error).
        """
        path = folder / "index.json"
        cache = cls(path, code)
        if not os.path.lexists(path):
            return cache
        try:
            data = index_data(read_regular_file(path, 1 << 30, "the cache index"))
            if data is None or data.get("format") != FORMAT or data.get("code") != code:
                return cache
            stories = {str(slug): _record(record) for slug, record in data["stories"].items()}
            site, root = data["site"], data["root"]
            warnings = data["root_warnings"]
            if not (isinstance(site, str) and isinstance(root, str) and _strings(warnings)):
                return cache
        except (InputError, ValueError, TypeError, KeyError, AttributeError):
            return cache
        cache.stories, cache.site, cache.root, cache.root_warnings = stories, site, root, list(warnings)
        return cache

    def save(self) -> None:
        """Write the index atomically; a cache that cannot be written only costs the next build time.

        A write that fails (a full disk) leaves no temporary file behind.
        """
        data = {"format": FORMAT, "code": self.code, "site": self.site, "root": self.root,
                "root_warnings": self.root_warnings,
                "stories": {slug: vars(record) for slug, record in sorted(self.stories.items())}}
        tmp = self.path.with_name(f".index.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(index_bytes(data))
            os.replace(tmp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()


_HEAD, _MIDDLE = b'{"check": "', b'", "index": '


def index_bytes(data: dict[str, Any]) -> bytes:
    """The index file: JSON ``{"check": SHA-256 of the index's text, "index": {...}}``."""
    body = json.dumps(data, sort_keys=True).encode("utf-8")
    return _HEAD + hashlib.sha256(body).hexdigest().encode() + _MIDDLE + body + b"}"


def index_data(raw: bytes) -> Any:
    """The index an index file holds, or None when its text does not match its checksum.

    The checksum is checked on the index's text as it stands in the file, so loading costs one
    hash and one parse, not a second serialisation.
    """
    check, rest = raw[len(_HEAD):len(_HEAD) + 64], raw[len(_HEAD) + 64:]
    if not raw.startswith(_HEAD) or not rest.startswith(_MIDDLE) or not rest.endswith(b"}"):
        return None
    body = rest[len(_MIDDLE):-1]
    return json.loads(body) if hashlib.sha256(body).hexdigest().encode() == check else None


_FIELDS = {name: type(value) for name, value in vars(StoryRecord()).items()}


def _record(data: Any) -> StoryRecord:
    """One story's record, every field of the type it was written with; TypeError or ValueError if not."""
    if not isinstance(data, dict) or set(data) != set(_FIELDS):
        raise TypeError("not a story record")
    for name, kind in _FIELDS.items():
        if not isinstance(data[name], kind):
            raise TypeError(name)
    if not (_strings(data["pages"]) and _strings(data["warnings"]) and _strings(list(data["content"].values()))
            and all(isinstance(v, list) and len(v) == 2 and all(type(n) is int for n in v)
                    for v in data["stats"].values())):
        raise TypeError("record contents")
    return StoryRecord(**data)  # its line keys are unpacked when used (the index's checksum vouches for them)


def _strings(values: Any) -> bool:
    return isinstance(values, list) and all(isinstance(v, str) for v in values)


def pack_lines(keys: frozenset[bytes]) -> str:
    """A story's line keys as one short string for the index."""
    return base64.b64encode(b"".join(sorted(keys))).decode("ascii")


def unpack_lines(text: str, width: int = KEY_WIDTH) -> bytes:
    """The line keys :func:`pack_lines` packed, still end to end; ValueError when ``text`` is not what it wrote."""
    data = base64.b64decode(text, validate=True)
    if len(data) % width:
        raise ValueError("line keys cut short")
    return data


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
