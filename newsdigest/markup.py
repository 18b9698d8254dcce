"""Read the text out of HTML and Markdown articles, keeping what the markup says about each line.

A heading, a list item or a figure caption is worth knowing about when deciding what is story
and what is page furniture, so every line comes with a hint. Scripts, styles, forms and
navigation never become text at all: an article is prose, and nothing in it is ever executed.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

Line = tuple[str, str | None]

_SKIP = {"script", "style", "noscript", "template", "iframe", "svg", "head", "nav", "footer", "aside",
         "form", "button", "select", "textarea", "object", "embed", "canvas", "video", "audio", "math"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "br", "tr", "blockquote", "pre", "dd",
          "dt", "table", "ul", "ol", "hr", "body", "html"}
_HINTS = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
          "h6": "heading", "li": "list", "figcaption": "caption", "caption": "caption"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "base", "col", "track"}


class _TextExtractor(HTMLParser):
    """Collects visible text as lines; block elements end a line, skipped elements yield nothing."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self._buffer: list[str] = []
        self._hint: str | None = None
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            if tag not in _VOID:
                self._skip_depth += 1
            return
        if tag in _BLOCK or tag in _HINTS:
            self._flush()
        if tag in _HINTS:
            self._hint = _HINTS[tag]
        if tag == "img":
            alt = dict(attrs).get("alt")
            if alt and alt.strip():
                self._flush()
                self.lines.append((alt.strip(), "caption"))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag in _BLOCK or tag in _HINTS:
            self._flush()
            self._hint = None

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self._buffer.append(data)

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._buffer)).strip()
        self._buffer = []
        if text:
            self.lines.append((text, self._hint))

    def close(self) -> None:
        super().close()
        self._flush()


def html_lines(html: str) -> list[Line]:
    """Visible text of an HTML document, one line per block, with heading/list/caption hints.

    >>> html_lines("<h1>Title</h1><p>Body <b>text</b>.<script>alert(1)</script></p>")
    [('Title', 'heading'), ('Body text.', None)]
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return parser.lines


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
