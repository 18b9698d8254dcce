"""Write the build's results so that a failure leaves ``site/`` and ``content/`` exactly as they were.

Everything is first written to a staging folder beside its destination (same file system, so
the final moves are renames). Generated content files are moved into place one by one, and the
site's top-level entries swapped by rename (each live one moved aside first), only after every
one of them has been staged; hand-written files (``edits.yaml``, ``site.yaml``) are never touched.
Those renames are one commit (:mod:`.commit`): a build killed among them is finished by the next.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
from pathlib import Path

from ..errors import InputError

INDEX_PAGE = 50
"""Stories listed on one index page; older ones continue on index-2.html, index-3.html, ..."""


def index_names(stories: int) -> list[str]:
    """The index pages a site of ``stories`` stories has (none beyond the first for a one-story site)."""
    count = max(1, -(-stories // INDEX_PAGE))
    return ["index.html", *(f"index-{k}.html" for k in range(2, count + 1))]


def check_output_folder(folder: Path, what: str) -> None:
    """Refuse an output path that is a file, or a folder (or parent) that cannot be written."""
    if folder.exists() and not folder.is_dir():
        raise InputError(folder, None, f"the {what} path exists but is a file, not a folder; move it away "
                         f"or choose another --{what}")
    if folder.exists() and (not os.access(folder, os.W_OK | os.X_OK) or not folder.stat().st_mode & stat.S_IWUSR):
        # Checked on the mode bits too: root may write anyway, but the owner said "read-only".
        raise InputError(folder, None, f"the {what} folder is read-only; make it writable or choose another --{what}")
    parent = _existing_parent(folder)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(parent, None, f"cannot create the {what} folder here: the folder is read-only")


def _existing_parent(path: Path) -> Path:
    parent = path.absolute().parent
    while not parent.exists():
        parent = parent.parent
    return parent


class SiteWriter:
    """Collects new site files in a staging folder, then moves them into ``site/`` with :meth:`commit`.

    Use as a context manager: leaving the block without ``commit`` removes the staging folder, so
    a failed build changes nothing. A first build renames the whole staging folder into place.
    Later builds stage only what changed, and the commit swaps whole top-level entries (a story's
    folder, the feed, ``static/``) by rename, so every story folder is complete at every moment.
    Entries the last build wrote and this one does not (a story taken out of the seeds) are
    removed; entries newsdigest never wrote are kept (see :mod:`.places`).
    """

    def __init__(self, site: Path) -> None:
        from .places import owned_entries

        self.site = site
        self.stage = site.parent / f".{site.name}.new-{os.getpid()}"
        self.old = site.parent / f".{site.name}.old-{os.getpid()}"
        self.owned = owned_entries(site) or set()  # the build refused a folder it does not own
        self._committed = False

    def __enter__(self) -> SiteWriter:
        self.site.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(self.stage, ignore_errors=True)
        self.stage.mkdir()
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._committed:  # once the journal is written, what it names is the commit's to remove
            shutil.rmtree(self.stage, ignore_errors=True)

    def write(self, relative: str, data: bytes) -> None:
        """Stage one file; ``relative`` is a path inside the site, always with forward slashes."""
        stage_file(self.site, self.stage, relative, data)

    def unknown(self, entries: set[str]) -> list[str]:
        """Warnings for the entries of ``site/`` that newsdigest did not write: they are kept as they are."""
        return unknown_entries(self.site, entries, self.owned)

    def moves(self, entries: set[str]) -> list[tuple[Path, Path]]:
        """The renames that put the staged site in place; ``entries`` are every top-level name it holds.

        Raises InputError, before anything is moved, when the new site needs the name of an entry
        newsdigest did not write.
        """
        from .places import MARKER, marker_text

        (self.stage / MARKER).write_bytes(marker_text(entries))
        if not self.site.exists():
            return [(self.stage, self.site)]
        moves: list[tuple[Path, Path]] = []
        for staged in sorted(self.stage.iterdir()):
            live = self.site / staged.name
            if os.path.lexists(live):
                if staged.name != MARKER and staged.name not in self.owned:
                    raise InputError(live, None, "was not written by newsdigest, and the new site needs this "
                                     "name; move it away")
                moves.append((live, self.old / staged.name))
            moves.append((staged, live))
        for name in sorted(self.owned - entries):
            if os.path.lexists(self.site / name):
                moves.append((self.site / name, self.old / name))
        return moves


def unknown_entries(site: Path, entries: set[str], owned: set[str] | None = None) -> list[str]:
    """Warnings for the visible entries of ``site`` that newsdigest did not write and will not write."""
    from .places import owned_entries

    if not site.is_dir():
        return []
    owned = owned_entries(site) or set() if owned is None else owned
    with os.scandir(site) as listing:
        names = sorted(e.name for e in listing if not e.name.startswith("."))
    return [f"{site / name}: warning: not written by newsdigest; kept as it is"
            for name in names if name not in owned and name not in entries]


def stage_file(site: Path, stage: Path, relative: str, data: bytes) -> None:
    """Write one file of the new site into its staging folder (also from worker processes, which
    have no SiteWriter); a failure is the site's problem, reported as such."""
    target = _inside(stage, relative)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    except OSError as err:
        raise InputError(site, None, f"cannot write the new site ({err.strerror}); "
                         "the previous site is unchanged") from None


class ContentWriter:
    """Stages generated content files and moves them into ``content/<story>/`` on commit."""

    def __init__(self, content: Path) -> None:
        self.content = content
        # Beside content/, not inside it: a build killed mid-way must leave content/ exactly as it was.
        self.stage = content.parent / f".{content.name}.new-{os.getpid()}"
        self.old = content.parent / f".{content.name}.old-{os.getpid()}"
        self.pending: list[tuple[Path, Path]] = []
        self._committed = False

    def __enter__(self) -> ContentWriter:
        self.content.parent.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._committed:
            shutil.rmtree(self.stage, ignore_errors=True)

    def write(self, story: str, name: str, text: str) -> None:
        """Stage a story's generated file, unless the file already holds exactly this text."""
        final = _inside(self.content, f"{story}/{name}")
        data = text.encode("utf-8")
        if os.path.lexists(final):
            old = _generated_bytes(final)
            if old == data:
                return
        staged = _inside(self.stage, f"{story}/{name}")
        try:
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_bytes(data)
        except OSError as err:
            raise InputError(self.content, None, f"cannot write generated content ({err.strerror}); "
                             "nothing in content/ was changed") from None
        self.pending.append((staged, final))

    def moves(self) -> list[tuple[Path, Path]]:
        """The renames that put every staged file in place, the replaced ones kept aside until the end."""
        moves: list[tuple[Path, Path]] = []
        for staged, final in self.pending:
            if os.path.lexists(final):
                moves.append((final, self.old / final.relative_to(self.content.resolve())))
            moves.append((staged, final))
        return moves


def _generated_bytes(path: Path) -> bytes:
    """The bytes of a generated file about to be replaced; InputError if it is not a regular file.

    The generated files' names in a story's folder belong to newsdigest (hand edits go in
    ``edits.yaml``), so a file there is replaced whatever it holds; a folder or a link by that
    name is someone's, and is never replaced.
    """
    from ..readfile import read_regular_file

    if os.path.islink(path) or not path.is_file():
        raise InputError(path, None, "is not a file newsdigest wrote, and a build would replace it; move it away")
    return read_regular_file(path, 1 << 30, "a generated file")


def commit_outputs(content: ContentWriter, site: SiteWriter, entries: set[str]) -> tuple[int, list[str]]:
    """Move the staged content files and site entries into place as one commit (see :mod:`.commit`).

    Returns how many content files changed, and notes about an earlier build's commit this one
    had to finish first.
    """
    from .commit import carry_out, commit_lock, finish_interrupted, write_journal

    with commit_lock(site.site):
        notes = finish_interrupted(site.site)  # one killed after this build's start
        try:
            moves = content.moves() + site.moves(entries)
            write_journal(site.site, moves, [content.stage, content.old, site.stage, site.old])
        except OSError as err:
            raise InputError(site.site, None, f"cannot write the new site ({err.strerror}); "
                             "the previous site is unchanged") from None
        content._committed = site._committed = True
        try:
            carry_out(site.site, moves, [content.stage, content.old, site.stage, site.old])
        except OSError as err:
            raise InputError(site.site, None, f"cannot move the new files into place ({err.strerror}); the next "
                             "build finishes the move") from None
    count = len(content.pending)
    content.pending = []
    return count, notes


def recover_outputs(site: Path, content: Path) -> list[str]:
    """Before a build reads anything: finish a commit a killed build left half-done, and remove
    the staging folders of builds that are gone. Returns notes saying what was finished."""
    from .commit import commit_lock, finish_interrupted

    if not site.parent.is_dir():
        return []
    with commit_lock(site):
        notes = finish_interrupted(site)
        remove_stale_staging(site)
        if content.parent.is_dir():
            remove_stale_staging(content)
    return notes


def remove_stale_staging(folder: Path) -> None:
    """Delete the staging folders and journal drafts that builds killed before their commit left
    beside ``folder`` (call with the commit lock held, after :func:`.commit.finish_interrupted`)."""
    name = re.escape(folder.name)
    pattern = re.compile(rf"^\.{name}\.(?:new|old)-(\d+)$|^\.{name}\.commit-(\d+)\.tmp$")
    for path in sorted(folder.parent.glob(f".{folder.name}.*")):
        match = pattern.match(path.name)
        if not match or _alive(int(match.group(1) or match.group(2))):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _inside(root: Path, relative: str) -> Path:
    """``root/relative``, refusing any path that would leave ``root`` (a slug with ``..``)."""
    target = (root / relative).resolve()
    if not target.is_relative_to(root.resolve()):
        raise InputError(relative, None, "refusing to write outside the output folder")
    return target
