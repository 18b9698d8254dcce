"""What a build reads, scanned cheaply: story folders, file hashes, templates and settings.

Standard library only and no decoding, so that a rebuild in which nothing changed can find that
out in a fraction of a second, before any heavy module is imported. What decides a rebuild is a
hash of contents, never a modification time: copying a project or touching a file rebuilds nothing.

Reading every article to hash it is most of a no-op build at ten thousand articles, so a story
folder whose files have the same names, sizes, inodes and change times as when the last build
hashed them reuses those hashes, as Git's index does. The change time (``st_ctime``) cannot be set
back by any program, so an edited file is always re-read; a file changed within two seconds of
being hashed is never vouched for by its stamp, since a second edit could land in the same tick.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ..digest.ingest.linekeys import KEY_WIDTH, line_keys
from ..errors import InputError
from ..model import ARTICLE_SUFFIXES
from ..readfile import ARTICLE_LIMIT, YAML_LIMIT, bad_name, read_input, read_regular_file, shown
from ..slugs import story_slug

_RESERVED = frozenset({"static"})
"""Addresses the site itself uses at its root (its other root files have a dot, which no slug has)."""
"""Names at the site's root that are not stories: a story folder may not take one."""
RACY_NS = 2_000_000_000
"""A file changed this recently (nanoseconds) may change again within one clock tick: its stamp is not kept."""


@dataclass
class StoryInput:
    """One story folder's inputs: where it is and what its files hash to."""

    slug: str
    folder: Path
    files_hash: str
    """A hash of the story's article files and story.yaml (names and bytes)."""
    edits: str
    lines: frozenset[bytes] | bytes = field(default_factory=frozenset)
    """The keys of the articles' lines (:mod:`..digest.ingest.linekeys`), or, from the cache, those keys
    packed end to end: a no-op build never needs them, so they are split only when read."""
    manifest: str = ""
    stamp: str = ""
    """The files' names, sizes, inodes and change times, hashed; "" when they cannot vouch for the digest."""

    @cached_property
    def line_hashes(self) -> frozenset[bytes]:
        if isinstance(self.lines, bytes):
            return frozenset(self.lines[i:i + KEY_WIDTH] for i in range(0, len(self.lines), KEY_WIDTH))
        return self.lines


@dataclass(frozen=True)
class Seen:
    """What an earlier build learned about one story folder, reusable while its stamp holds."""

    stamp: str
    files_hash: str
    """A hash of the story's article files and story.yaml (names and bytes)."""
    manifest: str
    lines: frozenset[bytes] | bytes
    """The line keys, or the cache's packed keys (see :attr:`StoryInput.lines`)."""


@dataclass
class Inputs:
    """Everything a build depends on, as hashes."""

    stories: list[StoryInput]
    templates: str
    """A hash of every template folder: the project's overrides and the default theme."""
    settings: str
    code: str
    theme_folders: tuple[Path, ...]

    @cached_property
    def furniture(self) -> frozenset[bytes]:
        """Line keys shared by two or more stories, worked out once per build."""
        return shared_lines(self.stories)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def story_folders(seeds: Path) -> list[Path]:
    """The story folders under ``seeds``, sorted by name; raises InputError for a folder with no address.

    A story's address is its folder's name made into a slug (:func:`story_slug`); a name that
    gives none, one the site itself uses, or one another folder's name also gives, is an error.
    """
    if not seeds.is_dir():
        raise InputError(seeds, None, "the seeds folder does not exist" if not seeds.exists()
                         else "the seeds path is a file, not a folder")
    # Hidden folders (".git", ".cache") are not stories.
    folders = sorted((p for p in seeds.iterdir() if p.is_dir() and not p.name.startswith(".")), key=lambda p: p.name)
    taken: dict[str, Path] = {}
    root = seeds.resolve()
    for folder in folders:
        name = folder.name
        if why := bad_name(name):
            raise InputError(seeds, None, f"the story folder {shown(name)} {why}; rename it")
        if folder.is_symlink() and not folder.resolve().is_relative_to(root):
            raise InputError(folder, None, "is a link to a folder outside the seeds folder; copy the story in "
                             "instead")
        address = story_slug(name)
        if not address:
            raise InputError(folder, None, "a story folder's name becomes its web address, and this one has no "
                             "letters or digits to make one from; rename it")
        if address in _RESERVED:
            raise InputError(folder, None, f"'{address}' is a name the site itself uses for its static files; "
                             "rename the story folder")
        if address in taken:
            raise InputError(folder, None, f"gets the same address, '{address}', as the story folder "
                             f"'{taken[address].name}'; rename one of them")
        taken[address] = folder
    if not folders:
        raise InputError(seeds, None, "holds no story folders (one folder of articles per story)")
    return folders


def scan(seeds: Path, content: Path, templates: tuple[Path, ...], seen: dict[str, Seen] | None = None) -> Inputs:
    """Hash every input of a build; raises InputError for a story folder that cannot be a web address.

    ``templates`` are the folders templates are looked up in (see
    :func:`newsdigest.site.theme.theme_folders`), all hashed, so an override added, changed or
    removed re-renders. ``seen`` maps a story's slug to what an earlier build learned about it,
    so an untouched story is not read again and an unchanged one's lines are not reduced again.
    Paths stay strings in the loop: at ten thousand articles, pathlib objects cost more than the
    reading does (and threads cost more than they overlap).
    """
    now = time.time_ns()
    stories = []
    root = str(seeds.resolve())
    for folder in story_folders(seeds):
        address = story_slug(folder.name)
        stories.append(_scan_story(folder, address, str(content), (seen or {}).get(address), now, root))
    settings = content / "site.yaml"
    theme = sha("\0".join(tree_digest(folder) for folder in templates).encode())
    settings_hash = sha(read_regular_file(settings, YAML_LIMIT, "a hand-written YAML file")) \
        if os.path.lexists(settings) else ""
    return Inputs(stories, theme, settings_hash, code_digest(), templates)


def _scan_story(folder: Path, slug: str, content: str, seen: Seen | None, now: int, root: str) -> StoryInput:
    with os.scandir(folder) as listing:  # entries carry their type: no extra system call per file
        # Hidden files are not articles; ingest skips them too.
        entries = sorted((e for e in listing if not e.name.startswith(".") and (
            e.name.lower().endswith(ARTICLE_SUFFIXES) or e.name == "story.yaml" or e.is_symlink())),
            key=lambda e: e.name)
    stamp = _stamp(entries, now)
    edits = os.path.join(content, slug, "edits.yaml")
    edits_hash = sha(read_regular_file(edits, YAML_LIMIT, "a hand-written YAML file")) \
        if os.path.lexists(edits) else ""
    if seen and stamp and seen.stamp == stamp:
        return StoryInput(slug, folder, seen.files_hash, edits_hash, seen.lines, seen.manifest, stamp)
    return _hash_story(folder, slug, entries, seen, edits_hash, stamp, root)


def _stamp(entries: list[os.DirEntry[str]], now: int) -> str:
    """The entries' names, sizes, inodes and change times hashed; "" if one changed too recently to vouch."""
    digest = hashlib.sha256()
    for entry in entries:
        try:
            info = entry.stat()
        except OSError:  # a dangling link: reading it reports the problem
            return ""
        if now - info.st_ctime_ns < RACY_NS:
            return ""
        link = os.path.realpath(entry.path) if entry.is_symlink() else ""
        digest.update(f"{entry.name}\0{link}\0{info.st_size}:{info.st_ino}:{info.st_mtime_ns}:{info.st_ctime_ns}\0"
                      .encode("utf-8", "surrogateescape"))  # a name that is not UTF-8 is refused when read
    return digest.hexdigest()


def _hash_story(folder: Path, slug: str, entries: list[os.DirEntry[str]], seen: Seen | None, edits: str,
                stamp: str, root: str) -> StoryInput:
    digest = hashlib.sha256()
    articles: list[bytes] = []
    manifest = ""
    for entry in entries:
        wanted = entry.name.lower().endswith(ARTICLE_SUFFIXES) or entry.name == "story.yaml"
        if entry.is_symlink():
            digest.update(os.fsencode(entry.name) + b"\0link\0" + os.fsencode(os.path.realpath(entry.path)) + b"\0")
        if wanted:  # read whatever it is, as ingest will: a folder named extra.txt fails both alike
            data = read_input(entry.path, root, YAML_LIMIT if entry.name == "story.yaml" else ARTICLE_LIMIT,
                              "a hand-written YAML file" if entry.name == "story.yaml" else "an article")
            digest.update(entry.name.encode() + b"\0" + sha(data).encode() + b"\0")
            if entry.name != "story.yaml":
                articles.append(data)
            else:
                manifest = sha(data)
    story_digest = digest.hexdigest()
    if seen and seen.files_hash == story_digest:  # touched, not changed: its lines are what they were
        lines = seen.lines
    else:
        lines = frozenset(k for data in articles for k in line_keys(data))
    return StoryInput(slug, folder, story_digest, edits, lines, manifest, stamp)


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
    return tree_digest(Path(__file__).resolve().parent.parent, (".py", ".json", ".yaml"))
