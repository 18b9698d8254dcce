"""Slugs: story addresses and the ids of facts, events and claims, made by python-slugify.

python-slugify transliterates (``Société Générale`` -> ``societe-generale``, ``李强`` ->
``li-qiang``), so a name in any script gets a readable address instead of dashes or nothing.
A name that is already a slug is returned as it is without importing the library, so a build
that finds nothing changed stays on the standard library.
"""

from __future__ import annotations

import re
import unicodedata

_PLAIN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def slug(text: str, max_length: int = 0) -> str:
    """``text`` as lower-case ASCII words joined by ``-``; "" when nothing in it can be spelled so.

    >>> slug("Société Générale résultats 2025"), slug("李强"), slug("Q4 revenue: $39.3bn", 12)
    ('societe-generale-resultats-2025', 'li-qiang', 'q4-revenue-3')
    """
    if _PLAIN.fullmatch(text) and (not max_length or len(text) <= max_length):
        return text
    from slugify import slugify

    return str(slugify(text, max_length=max_length, word_boundary=False, save_order=True))


def words(text: str) -> list[str]:
    """The words of ``text`` as a slug spells them: ``Zürich floods`` -> ``['zurich', 'floods']``."""
    made = slug(text)
    return made.split("-") if made else []


def story_slug(folder_name: str) -> str:
    """A story folder's address: ``Zürich flood 2025`` -> ``zurich-flood-2025``."""
    return slug(unicodedata.normalize("NFC", folder_name), 80)


def unique_slug(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``, ... when it is taken; the result is added to ``taken``."""
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate
