"""Markdown for digest prose: Pandoc-style citations become linked markers; article text stays text.

Digest sentences are article text, and article text is untrusted and not Markdown: Python-Markdown
passes raw HTML and ``javascript:`` links straight through, reads ``2*3*4`` as emphasis and a
claim that opens with ``1.`` as a list. So the converter here knows only what the digest itself
writes: ``###`` section headings, paragraphs, backslash escapes and ``[@s1; @s3]`` citations; a
``<script>`` in an article renders as the visible text "<script>", an asterisk as an asterisk.
Fewer patterns also make the conversion about twice as fast.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from xml.etree import ElementTree

import markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor

CITATION_RE = r"\[@(s-[a-z0-9-]+(?:\s*;\s*@s-[a-z0-9-]+)*)\]"
_DROPPED_INLINE = ("backtick", "reference", "link", "image_link", "image_reference", "short_reference",
                   "short_image_ref", "autolink", "automail", "linebreak", "html", "entity", "not_strong", "em_strong",
                   "em_strong2")
"""Python-Markdown's documented inline patterns, all but ``escape`` (the backslash escapes
:func:`claim_markdown` writes): no emphasis, code, links or HTML."""
_DROPPED_BLOCK = ("indent", "code", "setextheader", "hr", "olist", "ulist", "quote", "reference")
"""Its block processors, all but blank lines, ``###`` headings and paragraphs: no lists, quotes or code."""
_KEPT = (1, 3)
"""How many inline patterns and block processors are left: a Markdown release that adds one fails loudly
here (and in the tests) instead of letting its markup through."""


class _CitationProcessor(InlineProcessor):
    def __init__(self, pattern: str, md: markdown.Markdown, settings: CitationExtension) -> None:
        super().__init__(pattern, md)
        self.settings = settings

    # InlineProcessor's documented handleMatch takes (m, data) and returns (element, start, end); the
    # stubs give it the signature of the older Pattern class it derives from.
    def handleMatch(  # type: ignore[override]  # noqa: N802 (API name)
            self, m: re.Match[str], data: str) -> tuple[ElementTree.Element, int, int]:
        sup = ElementTree.Element("sup", {"class": "cites"})
        for n, source in enumerate(s.strip().lstrip("@") for s in m.group(1).split(";")):
            if n:
                sup.append(_text_span(","))
            outlet = self.settings.outlets.get(source, source)
            link = ElementTree.SubElement(sup, "a", {"href": f"{self.settings.href}#{source}", "aria-label": outlet})
            link.text = str(getattr(outlet, "number", source))
        return sup, m.start(0), m.end(0)


def _text_span(text: str) -> ElementTree.Element:
    span = ElementTree.Element("span", {"aria-hidden": "true"})
    span.text = text
    return span


class CitationExtension(Extension):
    """Turns ``[@s1; @s3]`` into superscript links to the sources page; removes every other kind of markup."""

    def __init__(self, outlets: Mapping[str, str], href: str) -> None:
        super().__init__()
        self.outlets = outlets
        self.href = href

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (API name)
        for name in _DROPPED_INLINE:
            md.inlinePatterns.deregister(name, strict=False)
        for name in _DROPPED_BLOCK:
            md.parser.blockprocessors.deregister(name, strict=False)
        if (len(md.inlinePatterns), len(md.parser.blockprocessors)) != _KEPT:
            raise RuntimeError("this Python-Markdown has markup newsdigest does not know; "
                               "list it in newsdigest/site/citations.py")
        if "html_block" in md.preprocessors:
            md.preprocessors.deregister("html_block")
        md.inlinePatterns.register(_CitationProcessor(CITATION_RE, md, self), "citation", 175)


_CONVERTER: tuple[markdown.Markdown, CitationExtension] | None = None


def render_prose(text: str, outlets: Mapping[str, str], href: str) -> str:
    """HTML for digest Markdown with citation markers linking to ``href#s1``.

    >>> html = render_prose("Shares fell <b>3%</b>. [@s-a; @s-b]", {"s-a": "Daily"}, "sources/index.html")
    >>> html.startswith("<p>Shares fell &lt;b&gt;3%&lt;/b&gt;."), 'href="sources/index.html#s-a"' in html
    (True, True)
    """
    global _CONVERTER
    if _CONVERTER is None:  # building a Markdown instance costs more than converting a digest
        extension = CitationExtension({}, "")
        _CONVERTER = (markdown.Markdown(extensions=[extension], output_format="html"), extension)
    md, extension = _CONVERTER
    extension.outlets, extension.href = outlets, href
    return md.reset().convert(text)


def claim_markdown(text: str, sources: tuple[str, ...] | list[str]) -> str:
    """One claim as a paragraph of digest Markdown: its text literal, then its citation marker.

    Only what the kept patterns could read is escaped: backslashes, brackets (a ``[@s1]`` in an
    article is not a citation) and a leading ``#`` (not a heading).

    >>> claim_markdown("# 1 [sic] *rise*", ["s-a", "s-b"])
    '\\\\# 1 \\\\[sic\\\\] *rise* [@s-a; @s-b]'
    """
    text = text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    if text.startswith("#"):
        text = "\\" + text
    return text + (f" [@{'; @'.join(sources)}]" if sources else "")
