"""Read the text out of HTML articles, one line per block, with what the markup says about each line.

Scripts, styles, forms and navigation never become text at all: an article is prose, and nothing
in it is ever executed. A module of its own because :mod:`html.parser` costs a few milliseconds
to import, and most stories have no HTML article.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .markup import Line

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
