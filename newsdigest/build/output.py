"""Write the build's results so that a failure leaves ``site/`` and ``content/`` exactly as they were.

Everything is first written to a staging folder beside its destination (same file system, so
the final moves are renames). The site is swapped in whole: the old folder is renamed aside, the
new one renamed into place, the old one deleted. Generated content files are moved into place
one by one only after every one of them has been staged; hand-written files there
(``edits.yaml``, ``site.yaml``) are never touched.
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
    folder, the feed, ``static/``) by rename, so every story folder is complete at every moment;
    entries no longer built (a story taken out of the seeds) are removed.
    """

    def __init__(self, site: Path) -> None:
        self.site = site
        self.stage = site.parent / f".{site.name}.new-{os.getpid()}"
        self._committed = False

    def __enter__(self) -> SiteWriter:
        self.site.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_staging(self.site)
        shutil.rmtree(self.stage, ignore_errors=True)
        self.stage.mkdir()
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._committed:
            shutil.rmtree(self.stage, ignore_errors=True)

    def write(self, relative: str, data: bytes) -> None:
        """Stage one file; ``relative`` is a path inside the site, always with forward slashes."""
        stage_file(self.site, self.stage, relative, data)

    def commit(self, entries: set[str]) -> None:
        """Move the staged files into ``site/``; ``entries`` are every top-level name the site should hold."""
        try:
            if not self.site.exists():
                os.rename(self.stage, self.site)
            else:
                self._swap_entries(entries)
        except OSError as err:
            raise InputError(self.site, None, f"cannot update the site folder ({err.strerror})") from None
        self._committed = True
        shutil.rmtree(self.stage, ignore_errors=True)

    def _swap_entries(self, entries: set[str]) -> None:
        old = self.site.parent / f".{self.site.name}.old-{os.getpid()}"
        shutil.rmtree(old, ignore_errors=True)
        old.mkdir()
        for staged in sorted(self.stage.iterdir()):
            live = self.site / staged.name
            if live.exists():
                os.rename(live, old / staged.name)
            os.rename(staged, live)
        for live in sorted(self.site.iterdir()):
            if live.name not in entries:
                os.rename(live, old / live.name)
        shutil.rmtree(old, ignore_errors=True)


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
    """Stages generated content files and moves them into ``content/<story>/`` on :meth:`commit`."""

    def __init__(self, content: Path) -> None:
        self.content = content
        # Beside content/, not inside it: a build killed mid-way must leave content/ exactly as it was.
        self.stage = content.parent / f".{content.name}.new-{os.getpid()}"
        self.pending: list[tuple[Path, Path]] = []

    def __enter__(self) -> ContentWriter:
        self.content.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_staging(self.content)
        return self

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.stage, ignore_errors=True)

    def write(self, story: str, name: str, text: str) -> None:
        """Stage a story's generated file, unless the file already holds exactly this text."""
        final = _inside(self.content, f"{story}/{name}")
        data = text.encode("utf-8")
        if final.is_file() and final.read_bytes() == data:
            return
        staged = _inside(self.stage, f"{story}/{name}")
        try:
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_bytes(data)
        except OSError as err:
            raise InputError(self.content, None, f"cannot write generated content ({err.strerror}); "
                             "nothing in content/ was changed") from None
        self.pending.append((staged, final))

    def commit(self) -> int:
        """Move every staged file into place; returns how many files changed."""
        for staged, final in self.pending:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, final)
        count = len(self.pending)
        self.pending = []
        return count


def remove_stale_staging(folder: Path) -> None:
    """Delete staging folders that builds killed before they could clean up left beside ``folder``."""
    pattern = re.compile(rf"^\.{re.escape(folder.name)}\.(new|old)-(\d+)$")
    for path in sorted(folder.parent.glob(f".{folder.name}.*")):
        match = pattern.match(path.name)
        if not match or not path.is_dir() or _alive(int(match.group(2))):
            continue
        if match.group(1) == "old" and not folder.exists():
            os.rename(path, folder)  # killed between the two renames of a swap: the previous site comes back
        else:
            shutil.rmtree(path, ignore_errors=True)


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
