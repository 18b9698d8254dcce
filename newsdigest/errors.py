"""The one exception type for bad input, so the command line can report it in one place."""

from __future__ import annotations

import re
from pathlib import Path

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\udc80-\udcff]")


def one_line(text: str) -> str:
    r"""``text`` with control characters (a newline in a file name) and undecodable bytes escaped, so
    that every message is one line that a terminal shows as it is.

    >>> print(one_line("seeds/evil\nname: bad"))
    seeds/evil\nname: bad
    """
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(
        m.group(0), f"\\x{ord(m.group(0)) & 0xff:02x}"), text)


class InputError(Exception):
    """Input the user must fix: a file, optionally a line in it, and a sentence saying what is wrong.

    Raised anywhere in the pipeline and caught once in :mod:`newsdigest.cli`, which prints
    ``path:line: message`` and exits with status 1, so no traceback ever reaches the user.

    >>> str(InputError("seeds/x/story.yaml", 3, "unknown key 'titel'"))
    "seeds/x/story.yaml:3: unknown key 'titel'"
    """

    status = 1
    """The command line's exit status for this error."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        self.path = one_line(str(path))
        self.line = line
        self.message = one_line(message)
        super().__init__(self.location() + ": " + self.message)

    def __reduce__(self) -> tuple[type, tuple[str, int | None, str]]:
        return (InputError, (self.path, self.line, self.message))  # survives the trip back from a worker

    def location(self) -> str:
        """``path`` or ``path:line``, the way compilers and editors expect it."""
        return f"{self.path}:{self.line}" if self.line else self.path


class UsageError(InputError):
    """A command line that would make newsdigest damage files (an output folder over the input), exit 2.

    Raised before anything is written; reported like :class:`InputError`, one line, but with
    the exit status of bad usage.
    """

    status = 2
