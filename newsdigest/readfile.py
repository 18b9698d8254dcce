"""Read input files safely: regular files only, each with a size limit; names checked before use.

A named pipe as ``story.yaml`` would block a build forever and a link to ``/dev/zero`` would fill
memory, so every input file is opened without blocking, checked to be a regular file and read no
further than its limit. A refused file is never read, so no message can quote it.

A file or folder name with a control character (a newline, an escape) would split messages over
lines and become a web address such as ``site/evil\\n/``; one that is not valid UTF-8 cannot be
written into the UTF-8 content files. Both are refused, and names are always shown quoted with
such characters escaped.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from .errors import InputError

YAML_LIMIT = 1 << 20
"""Hand-written YAML (story.yaml, edits.yaml, site.yaml) over 1 MB is not read: no such file is that long."""
ARTICLE_LIMIT = 5 << 20
"""An article over 5 MB is not read: a news article is rarely over 100 KB, 5 MB is a pasted archive or a wrong file."""

_BAD_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
"""Control characters, and the surrogates Python uses for bytes of a name that are not UTF-8."""


def read_regular_file(path: str | Path, limit: int, what: str = "a file") -> bytes:
    """The bytes of ``path``, a regular file (or a link to one) of at most ``limit`` bytes; else InputError.

    ``what`` names the kind of file in the message for one that is too large ("an article").

    >>> read_regular_file("/dev/zero", 10)
    Traceback (most recent call last):
    ...
    newsdigest.errors.InputError: /dev/zero: is a device, not a regular file; newsdigest reads only regular files
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise InputError(path, None, f"cannot read the file: {err.strerror}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, None, f"is {_kind(info.st_mode)}, not a regular file; newsdigest reads only "
                             "regular files")
        if info.st_size > limit:
            raise InputError(path, None, too_large(info.st_size, limit, what))
        chunks, size = [], 0
        while size <= limit:  # a file that grows while it is read still stops at the limit
            chunk = os.read(fd, min(limit + 1 - size, 1 << 20) or 1)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise InputError(path, None, too_large(size, limit, what))
        return b"".join(chunks)
    except OSError as err:
        raise InputError(path, None, f"cannot read the file: {err.strerror}") from None
    finally:
        os.close(fd)


def read_input(path: str, root: str, limit: int, what: str) -> bytes:
    """Read a file of a story folder under the seeds folder ``root`` (resolved): its name checked, a
    link only to a file inside ``root``, a regular file within ``limit``. The same checks whichever
    part of the build reads it, so a clean build and an incremental one judge a file alike."""
    folder, name = os.path.split(path)
    if why := bad_name(name):
        raise InputError(folder, None, f"the file {shown(name)} {why}; rename it")
    if os.path.islink(path):
        target = os.path.realpath(path)
        if target != root and not target.startswith(root.rstrip(os.sep) + os.sep):
            raise InputError(path, None, "is a link to a file outside the seeds folder; copy the file in instead")
    return read_regular_file(path, limit, what)


def too_large(size: int, limit: int, what: str) -> str:
    """The message for a file over its limit: ``file is 52 MB; an article over 5 MB is not read``."""
    shown = f"{size / 1e6:.0f}" if size >= 10e6 else f"{size / 1e6:.1f}"
    return f"file is {shown} MB; {what} over {limit // 2**20} MB is not read"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def bad_name(name: str) -> str:
    """Why ``name`` cannot be used as a file or folder name, or "" when it can.

    >>> bad_name("evil\\n"), bad_name("Zürich 2025")
    ('has a control character in its name', '')
    """
    found = _BAD_NAME.search(name)
    if not found:
        return ""
    if "\ud800" <= found.group(0) <= "\udfff":
        return "has a name that is not valid UTF-8"
    return "has a control character in its name"


def shown(name: str) -> str:
    """A name quoted for a one-line message, control characters and undecodable bytes escaped.

    >>> print(shown("evil\\n"), shown("Société"))
    'evil\\n' 'Société'
    """
    out = []
    for char in name:
        if char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif "\udc80" <= char <= "\udcff":
            out.append(f"\\x{ord(char) - 0xdc00:02x}")
        elif _BAD_NAME.match(char):
            out.append(f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "'" + "".join(out).replace("'", "\\'") + "'"
