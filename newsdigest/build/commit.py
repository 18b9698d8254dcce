"""One commit for ``content/`` and ``site/``: a journal makes a build's many renames one step.

A build ends with a few dozen renames: the generated files into ``content/`` and the new entries
into ``site/``, each after the one it replaces has been moved aside. A kill between two of them
would leave ``content/`` new and ``site/`` old, or a story folder missing. So before the first
rename the whole list is written to a journal beside the site folder (a temporary file renamed
into place, so it is complete or absent); the next build finds it, does the renames that were
left, removes what was moved aside, and says so. A rename whose source is gone or whose target
exists has been done, so replaying the journal twice is the same as once.

Builds take turns over the commit and over the clean-up of what killed builds left: each holds
an exclusive lock on the site's parent folder meanwhile (``flock``; where there is none, as on
Windows, builds are not locked against each other).

For the tests, ``NEWSDIGEST_TEST_KILL_AT_STEP=N`` kills the build (SIGKILL) at step N of the
commit (1: before the journal is written; then before each rename; then before the clean-up,
before the journal is removed, and after) and ``NEWSDIGEST_TEST_STEP_SECONDS`` slows every step,
so that a build killed at a random moment is often killed mid-commit.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import time
from collections.abc import Iterator
from pathlib import Path

Move = tuple[Path, Path]
_steps = 0


def journal_path(site: Path) -> Path:
    """Where a build's commit journal is, beside the site folder."""
    return site.parent / f".{site.name}.commit"


@contextlib.contextmanager
def commit_lock(site: Path) -> Iterator[None]:
    """Hold the lock on ``site``'s parent folder (which must exist) while the block runs."""
    try:
        import fcntl
    except ImportError:  # no flock here: builds run unlocked
        yield
        return
    fd = os.open(site.parent, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def write_journal(site: Path, moves: list[Move], leftovers: list[Path]) -> None:
    """Record the commit's renames and what to remove after them; complete on disk before it returns."""
    _step()
    journal = journal_path(site)
    tmp = journal.with_name(f"{journal.name}-{os.getpid()}.tmp")
    data = json.dumps({"pid": os.getpid(), "moves": [[str(a), str(b)] for a, b in moves],
                       "leftovers": [str(p) for p in leftovers]}).encode("utf-8")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, journal)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(journal.parent)


def carry_out(site: Path, moves: list[Move], leftovers: list[Path]) -> int:
    """Do every rename still to do, in order, then remove the leftovers and the journal; returns renames done."""
    done = 0
    for source, target in moves:
        _step()
        if os.path.lexists(source) and not os.path.lexists(target):
            target.parent.mkdir(parents=True, exist_ok=True)
            os.rename(source, target)
            done += 1
    _step()
    for folder in leftovers:
        shutil.rmtree(folder, ignore_errors=True)
    _step()
    with contextlib.suppress(FileNotFoundError):
        journal_path(site).unlink()
    _step()
    return done


def finish_interrupted(site: Path) -> list[str]:
    """Finish the commit of a build that was stopped mid-way (call with the lock held); notes saying so."""
    journal = journal_path(site)
    if not journal.is_file():
        return []
    try:
        data = json.loads(journal.read_bytes())
        moves = [(Path(a), Path(b)) for a, b in data["moves"]]
        leftovers = [Path(p) for p in data["leftovers"]]
    except (OSError, ValueError, TypeError, KeyError):
        journal.unlink()
        return [f"{site}: note: the last build was stopped while it moved its files into place and its journal "
                "cannot be read; this build redoes whatever is not as it should be"]
    done = carry_out(site, moves, leftovers)
    return [f"{site}: note: the last build (process {data.get('pid')}) was stopped while it moved its files into "
            f"place; finished its commit ({done} of {len(moves)} renames were left)"]


def _step() -> None:
    """A point at which the tests may stop the commit (see the module's docstring)."""
    global _steps
    kill_at = os.environ.get("NEWSDIGEST_TEST_KILL_AT_STEP")
    pause = os.environ.get("NEWSDIGEST_TEST_STEP_SECONDS")
    if not (kill_at or pause):
        return
    _steps += 1
    if pause:
        time.sleep(float(pause))
    if kill_at and int(kill_at) == _steps:
        os.kill(os.getpid(), signal.SIGKILL)


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
