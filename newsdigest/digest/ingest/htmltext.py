"""Read the text out of HTML articles, one line per block, with what the markup says about each line,
and what a full page says about itself: its title, outlet, address and date.

Scripts, styles, forms and navigation never become text at all: an article is prose, and nothing
in it is ever executed. A module of its own because :mod:`html.parser` costs a few milliseconds
to import, and most stories have no HTML article.

The page's own metadata is read in the same pass, from the tags publishers write for link
previews and search engines (``og:title``, ``og:site_name``, ``<link rel="canonical">``,
``article:published_time``, schema.org JSON-LD) and from ``<title>``, ``<h1>`` and
``<time datetime>``. Libraries that do this (htmldate, trafilatura's metadata) were measured: they
cost 100-210 ms to import and pull in lxml, dateparser and regex (50-95 MB); what they add
beyond these declared tags is guessing dates from URLs and text, which the digest already does
with its own date grammar (:func:`.stamps.infer_published`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from .markup import Line

_SKIP = {"script", "style", "noscript", "template", "iframe", "svg", "head", "nav", "footer", "aside",
         "form", "button", "select", "textarea", "object", "embed", "canvas", "video", "audio", "math"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "br", "tr", "blockquote", "pre", "dd",
          "dt", "table", "ul", "ol", "hr", "body", "html"}
_HINTS = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
          "h6": "heading", "li": "list", "figcaption": "caption", "caption": "caption"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "base", "col", "track"}
_TITLE = ("og:title", "twitter:title")
_OUTLET = ("og:site_name", "application-name")
_URL = ("og:url",)
_DATE = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
         "dc.date.issued", "dc.date", "parsely-pub-date", "sailthru.date")
"""Meta tags that say when a page was published, in the order they are trusted."""


@dataclass(frozen=True)
class PageMeta:
    """What a full HTML page says about itself; None for whatever it does not say."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None


class _TextExtractor(HTMLParser):
    """Collects visible text as lines; block elements end a line, skipped elements yield nothing."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self._buffer: list[str] = []
        self._hint: str | None = None
        self._skip_depth = 0
        self.meta: dict[str, str] = {}
        """Meta tag names and properties, lower-cased, to their first content."""
        self.canonical: str | None = None
        self.times: list[str] = []
        self.json_ld: list[str] = []
        self.h1: str | None = None
        self.title: str | None = None
        self._capture: str | None = None  # "title", "h1" or "json-ld": whose text is being collected
        self._captured: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._note_metadata(tag, dict(attrs))
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

    def _note_metadata(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "meta":
            name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
            content = (attrs.get("content") or "").strip()
            if name and content:
                self.meta.setdefault(name, content)
        elif tag == "link" and "canonical" in (attrs.get("rel") or "").lower().split():
            self.canonical = self.canonical or (attrs.get("href") or "").strip() or None
        elif tag == "time" and attrs.get("datetime") and not self._skip_depth:
            self.times.append(str(attrs["datetime"]))
        elif tag == "title" and self.title is None and self._capture is None:
            self._capture, self._captured = "title", []
        elif tag == "h1" and self.h1 is None and self._capture is None and not self._skip_depth:
            self._capture, self._captured = "h1", []
        elif tag == "script" and (attrs.get("type") or "").lower() == "application/ld+json":
            self._capture, self._captured = "json-ld", []

    def _end_capture(self, tag: str) -> None:
        wanted = {"title": "title", "h1": "h1", "json-ld": "script"}.get(self._capture or "")
        if tag != wanted:
            return
        text = "".join(self._captured)
        if self._capture == "json-ld":
            self.json_ld.append(text)
        elif self._capture == "title":
            self.title = re.sub(r"\s+", " ", text).strip() or None
        else:
            self.h1 = re.sub(r"\s+", " ", text).strip() or None
        self._capture = None

    def handle_endtag(self, tag: str) -> None:
        self._end_capture(tag)
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag in _BLOCK or tag in _HINTS:
            self._flush()
            self._hint = None

    def handle_data(self, data: str) -> None:
        if self._capture:
            self._captured.append(data)
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
    return read_html(html)[0]


def read_html(html: str) -> tuple[list[Line], PageMeta]:
    """The visible text (as :func:`html_lines`) and what the page says about itself.

    >>> read_html('<title>Greens win - Metro Wire</title><meta property="og:site_name" content="Metro Wire">'
    ...           '<p>Text.</p>')[1]
    PageMeta(title='Greens win', outlet='Metro Wire', url=None, published=None)
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return parser.lines, _page_meta(parser)


def _page_meta(page: _TextExtractor) -> PageMeta:
    ld = _json_ld_article(page.json_ld)
    publisher = ld.get("publisher")
    outlet = _first(page.meta.get(n) for n in _OUTLET) or \
        (publisher.get("name") if isinstance(publisher, dict) else None)
    title = _first(page.meta.get(n) for n in _TITLE) or _text(ld.get("headline")) or page.h1 or \
        _without_site_name(page.title, outlet)
    url = _first(u for u in (page.canonical, *(page.meta.get(n) for n in _URL), _text(ld.get("url")))
                 if u and re.match(r"https?://", u))
    published = _first(_iso_date(d) for d in (*(page.meta.get(n) for n in _DATE), _text(ld.get("datePublished")),
                                              *page.times))
    return PageMeta(title, _text(outlet), url, published)


def _json_ld_article(blocks: list[str]) -> dict[str, Any]:
    """The first schema.org object in the page's JSON-LD that has a headline (a NewsArticle, mostly)."""
    for block in blocks:
        try:
            data = json.loads(block)
        except ValueError:
            continue
        queue = data if isinstance(data, list) else [data]
        while queue:
            item = queue.pop(0)
            if isinstance(item, dict):
                if item.get("headline"):
                    return item
                queue.extend(item.get("@graph") or [])
    return {}


def _first(values: Any) -> Any:
    return next((v for v in values if v), None)


def _text(value: Any) -> str | None:
    return (re.sub(r"\s+", " ", value).strip() or None) if isinstance(value, str) else None


def _without_site_name(title: str | None, outlet: str | None) -> str | None:
    """``Greens win - Metro Wire`` -> ``Greens win``: a <title> often ends with the site's name.

    Without a known site name only a ``|`` is taken to start one: a dash may be the headline's own.
    """
    if not title:
        return None
    parts = re.split(r"\s+[|\-–—·]\s+", title)
    if len(parts) > 1 and outlet and parts[-1].strip().lower() == outlet.strip().lower():
        return title[:title.lower().rindex(parts[-1].strip().lower())].rstrip(" |-–—·")
    return title.split(" | ")[0].strip() or title


def _iso_date(value: str | None) -> dt.date | None:
    """The calendar date an ISO 8601 timestamp starts with, as the page wrote it (no time-zone shift)."""
    match = re.match(r"\s*(\d{4})-(\d\d)-(\d\d)", value or "")
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None
