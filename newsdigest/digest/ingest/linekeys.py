"""Each line of an article reduced to a short key, so the same furniture line is found in any story.

Standard library only: the build's scan computes these keys for every article before it knows
whether anything needs digesting, and a no-op build must not import the digest's heavy modules.
"""

from __future__ import annotations

import hashlib
import re

_LINE = re.compile(rb"[^\r\n]+")
_WORDS = re.compile(rb"\w+")
KEY_WIDTH = 12
"""Bytes in one line key: enough that two different lines of a 10,000-article corpus never share one."""


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
    return hashlib.blake2b(words, digest_size=KEY_WIDTH).digest() if len(words) >= 12 else None
