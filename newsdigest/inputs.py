"""What a build reads, scanned cheaply: story folders, file hashes, templates and settings.

Standard library only and no decoding, so that a rebuild in which nothing changed can find that
out in a fraction of a second, before any heavy module is imported. Hashes are of contents, never
of modification times: copying a project or touching a file changes nothing.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import InputError

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_SLUG = re.compile(r"^[\w][\w.\-]*$")
_LINE = re.compile(rb"[^\r\n]+")
_WORDS = re.compile(rb"\w+")


@dataclass
class StoryInput:
    """One story folder's inputs: where it is and what its files hash to."""

    slug: str
    folder: Path
    digest: str
    edits: str
    line_hashes: frozenset[bytes] = field(default_factory=frozenset)
    manifest: str = ""


@dataclass
class Inputs:
    """Everything a build depends on, as hashes."""

    stories: list[StoryInput]
    templates: str
    settings: str
    code: str


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def story_folders(seeds: Path) -> list[Path]:
    """The story folders under ``seeds``, sorted; a name that cannot be a web address is an error."""
    if not seeds.is_dir():
        raise InputError(seeds, None, "the seeds folder does not exist" if not seeds.exists()
                         else "the seeds path is a file, not a folder")
    # Hidden folders (".git", ".cache") are not stories; a name of dots ("...") is a mistake to report.
    folders = sorted((p for p in seeds.iterdir() if p.is_dir() and not re.match(r"^\.\w", p.name)),
                     key=lambda p: p.name)
    seen: dict[str, Path] = {}
    for folder in folders:
        name = unicodedata.normalize("NFC", folder.name)
        if not _SLUG.match(name) or ".." in name:
            raise InputError(folder, None, "a story folder's name becomes its web address, so it may hold only "
                             "letters, digits, '-', '_' and '.' (no spaces, no '..'); rename it, e.g. to "
                             f"'{_suggest(name)}'")
        if name.lower() in seen:
            raise InputError(folder, None, f"differs only in upper/lower case from '{seen[name.lower()].name}'; "
                             "the two would overwrite each other on many systems")
        seen[name.lower()] = folder
    if not folders:
        raise InputError(seeds, None, "holds no story folders (one folder of articles per story)")
    return folders


def _suggest(name: str) -> str:
    return re.sub(r"[^\w.\-]+", "-", name).strip("-.").replace("..", ".") or "my-story"


def scan(seeds: Path, content: Path, templates: Path, known_lines: dict[str, frozenset[bytes]] | None = None
         ) -> Inputs:
    """Hash every input of a build; raises InputError for a story folder that cannot be a web address.

    ``known_lines`` maps a story's digest to its line keys from an earlier build, so an unchanged
    story's lines are not reduced again. Paths stay strings in the loop: at ten thousand articles,
    pathlib objects cost more than the reading does (and threads cost more than they overlap).
    """
    stories = [_scan_story(folder, str(content), known_lines or {}) for folder in story_folders(seeds)]
    settings = content / "site.yaml"
    return Inputs(stories, tree_digest(templates), sha(_read(settings)) if settings.is_file() else "", code_digest())


def _scan_story(folder: Path, content: str, known_lines: dict[str, frozenset[bytes]]) -> StoryInput:
    digest = hashlib.sha256()
    articles: list[bytes] = []
    manifest = ""
    with os.scandir(folder) as listing:  # entries carry their type: no extra system call per file
        entries = sorted(listing, key=lambda e: e.name)
    for entry in entries:
        wanted = entry.name.lower().endswith(ARTICLE_SUFFIXES) or entry.name == "story.yaml"
        if entry.is_symlink():
            digest.update(entry.name.encode() + b"\0link\0" + os.path.realpath(entry.path).encode() + b"\0")
        if wanted and entry.is_file():
            data = _read_path(entry.path)
            digest.update(entry.name.encode() + b"\0" + sha(data).encode() + b"\0")
            if entry.name != "story.yaml":
                articles.append(data)
            else:
                manifest = sha(data)
    story_digest = digest.hexdigest()
    lines = known_lines.get(story_digest)
    if lines is None:
        lines = frozenset(k for data in articles for k in line_keys(data))
    edits = os.path.join(content, folder.name, "edits.yaml")
    return StoryInput(folder.name, folder, story_digest, sha(_read_path(edits)) if os.path.isfile(edits) else "", lines,
                      manifest)


def _read_path(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as err:
        raise InputError(path, None, f"cannot read the file: {err.strerror}") from None


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(path, None, f"cannot read the file: {err.strerror}") from None


def line_keys(data: bytes) -> set[bytes]:
    """Each line of a file reduced to its lower-case words: the same furniture line in any story matches."""
    keys = set()
    for line in _LINE.findall(data[:200_000]):
        key = line_key(line)
        if key:
            keys.add(key)
    return keys


def line_key(line: bytes) -> bytes | None:
    """A line's identity for repetition across stories (None for lines too short to mean anything)."""
    words = b" ".join(_WORDS.findall(line.lower()))
    return hashlib.blake2b(words, digest_size=12).digest() if len(words) >= 12 else None


def shared_lines(stories: list[StoryInput]) -> frozenset[bytes]:
    """Line keys that appear in two or more stories: the outlets' page furniture."""
    if len(stories) < 2:
        return frozenset()
    counts: Counter[bytes] = Counter()
    for story in stories:
        counts.update(story.line_hashes)
    return frozenset(key for key, n in counts.items() if n >= 2)


def tree_digest(folder: Path, suffixes: tuple[str, ...] | None = None) -> str:
    """A hash of every file (name and bytes) under ``folder``, or only those with the given suffixes."""
    digest = hashlib.sha256()
    if folder.is_dir():
        for path in sorted(p for p in folder.rglob("*") if p.is_file()
                           and (suffixes is None or p.suffix in suffixes) and "__pycache__" not in p.parts):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + sha(path.read_bytes()).encode())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A hash of newsdigest's own code and data: a cache written by other code is never trusted."""
    return tree_digest(Path(__file__).resolve().parent, (".py", ".json", ".yaml"))
