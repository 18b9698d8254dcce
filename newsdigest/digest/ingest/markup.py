"""Read the text out of Markdown and plain-text articles, keeping what the markup says about each line.

A heading, a list item or a figure caption is worth knowing about when deciding what is story
and what is page furniture, so every line comes with a hint. Raw HTML blocks (scripts, styles)
never become text: an article is prose, and nothing in it is ever executed. HTML articles are
read by :mod:`newsdigest.htmltext`.
"""

from __future__ import annotations

import re
from html import unescape

Line = tuple[str, str | None]

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_LIST = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(.*)$")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_HTML_BLOCK = re.compile(r"<(script|style|iframe|noscript|template)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def markdown_lines(text: str) -> list[Line]:
    """Text of a Markdown article: markup removed, raw HTML stripped, headings/lists/images hinted.

    >>> markdown_lines("# Title\\n\\nSee [the report](http://x) *now*.\\n\\n![A flood](f.jpg)")
    [('Title', 'heading'), ('', None), ('See the report now.', None), ('', None), ('A flood', 'caption')]
    """
    text = _HTML_BLOCK.sub("", text)
    out: list[Line] = []
    for raw in text.split("\n"):
        if re.fullmatch(r"\s*(```|~~~).*", raw) or re.fullmatch(r"\s*([-*_]\s*){3,}", raw):
            continue
        hint: str | None = None
        line = raw
        if heading := _MD_HEADING.match(line):
            line, hint = heading.group(1), "heading"
        elif item := _MD_LIST.match(line):
            line, hint = item.group(1), "list"
        if image := _MD_IMAGE.fullmatch(line.strip()):
            line, hint = image.group(1), "caption"
        line = _MD_IMAGE.sub(r"\1", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        line = unescape(_TAG.sub("", line)).lstrip(">").strip()
        out.append((line, hint))
    return out


def plain_lines(text: str) -> list[Line]:
    """Lines of a plain-text article; list markers are hinted, everything else is left to the classifier."""
    out: list[Line] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if item := _MD_LIST.match(line):
            out.append((item.group(1).strip(), "list"))
        else:
            out.append((line, None))
    return out
