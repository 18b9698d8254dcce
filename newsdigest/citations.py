"""Markdown for digest prose: Pandoc-style citations become linked markers; raw HTML stays text.

Digest sentences are article text, and article text is untrusted: Python-Markdown passes raw
HTML and ``javascript:`` links straight through, so those processors are removed here and a
``<script>`` in an article renders as the visible text "<script>".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from xml.etree import ElementTree

import markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor

CITATION_RE = r"\[@(s\d+(?:\s*;\s*@s\d+)*)\]"
_UNSAFE_INLINE = ("html", "link", "image_link", "image_reference", "reference", "short_reference",
                  "short_image_ref", "autolink", "automail", "entity")
_UNSAFE_BLOCK = ("html_block",)


class _CitationProcessor(InlineProcessor):
    def __init__(self, pattern: str, md: markdown.Markdown, settings: CitationExtension) -> None:
        super().__init__(pattern, md)
        self.settings = settings

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[ElementTree.Element, int, int]:  # noqa: N802 (API name)
        sup = ElementTree.Element("sup", {"class": "cites"})
        for n, source in enumerate(s.strip().lstrip("@") for s in m.group(1).split(";")):
            if n:
                sup.append(_text_span(","))
            outlet = self.settings.outlets.get(source, source)
            link = ElementTree.SubElement(sup, "a", {"href": f"{self.settings.href}#{source}", "aria-label": outlet})
            link.text = source[1:]
        return sup, m.start(0), m.end(0)


def _text_span(text: str) -> ElementTree.Element:
    span = ElementTree.Element("span", {"aria-hidden": "true"})
    span.text = text
    return span


class CitationExtension(Extension):
    """Turns ``[@s1; @s3]`` into superscript links to the sources page; removes raw HTML and links."""

    def __init__(self, outlets: Mapping[str, str], href: str) -> None:
        super().__init__()
        self.outlets = outlets
        self.href = href

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (API name)
        for name in _UNSAFE_INLINE:
            if name in md.inlinePatterns:
                md.inlinePatterns.deregister(name)
        for name in _UNSAFE_BLOCK:
            if name in md.preprocessors:
                md.preprocessors.deregister(name)
        md.inlinePatterns.register(_CitationProcessor(CITATION_RE, md, self), "citation", 175)


_CONVERTER: tuple[markdown.Markdown, CitationExtension] | None = None


def render_prose(text: str, outlets: Mapping[str, str], href: str) -> str:
    """HTML for digest Markdown with citation markers linking to ``href#s1``.

    >>> html = render_prose("Shares fell <b>3%</b>. [@s1; @s2]", {"s1": "Daily"}, "sources/index.html")
    >>> html.startswith("<p>Shares fell &lt;b&gt;3%&lt;/b&gt;."), 'href="sources/index.html#s1"' in html
    (True, True)
    """
    global _CONVERTER
    if _CONVERTER is None:  # building a Markdown instance costs more than converting a digest
        extension = CitationExtension({}, "")
        _CONVERTER = (markdown.Markdown(extensions=[extension], output_format="html"), extension)
    md, extension = _CONVERTER
    extension.outlets, extension.href = outlets, href
    return md.reset().convert(text)
