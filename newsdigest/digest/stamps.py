"""An article's own date, from the stamp in its header, when the manifest gives it none.

Pasted pages carry their date above the story, on a line of its own or beside the outlet and
the byline: "Monday 14 July 2025, 6:42pm BST", "Published 16/07/2025 | Updated 11:05", "By Sian
Hollis | Friday, July 18, 2025". Ingest keeps such a line as a heading or removes it as page
furniture, so the date is looked for in both, above the first full sentence of the story. Without
it every "on Thursday" of the article would count from another article's day, or from none.
Only a full date counts (a day, a month and a year): a stamp never leaves its year to be guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Article
from .dates import FULL_DATES, DateMention, dateline, find_dates
from .timeline import infer_published

_SEGMENT = re.compile(r"\s[|·/>]\s|\s[–—-]\s")
_NOT_LABEL = re.compile(r"(?i:\bby\s.*)|\([^)]{0,40}\)|"
                        r"\b(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|at|on|[ap]\.?m\.?)|[A-Z]{2,4}|\d\S*)"
                        r"(?=\W|$)|[^\w\s]+")
"""What a stamp's date may stand beside: a byline, an agency in brackets, a weekday, a time and its zone ("6:42pm
BST"), punctuation."""
_WIRE_PLACE = re.compile(r"\s*[^\W\d_a-z]{3,}(?:[ '’.-][^\W\d_a-z]+)*,")
_LABEL_WORDS = 2
"""Beside a stamp's date only a label, a place or a name stand ("Published", "EINDHOVEN,"): a headline or a
photo caption ("A logo is shown at a fair in Los Angeles, July 31, 2017") says more, and its date is no stamp."""
BODY_WORDS = 10
"""A body sentence this long starts the story: lines above it are the header (short lines may be a headline)."""


def article_published(article: Article, near: dt.date | None = None) -> dt.date | None:
    """The date an article gives itself: the stamp its text opens with, else the first full date of its
    header lines, else a wire dateline's day and month in the year nearest ``near`` (the story's date),
    else the date it says it is "as of" (see :func:`.timeline.infer_published`)."""
    text = article.text.lstrip()
    if dateline(text):
        return infer_published(text)
    return header_date(article) or (wire_date(article, near) if near else None) or infer_published(text)


def header_date(article: Article) -> dt.date | None:
    """The first full date on a heading or removed line above the story's first full sentence."""
    for segment in _header_segments(article):
        for mention in find_dates(segment, None):
            if mention.kind in FULL_DATES and len(mention.date) == 10 and _stamp_shaped(segment, mention):
                return dt.date.fromisoformat(mention.date)
    return None


def wire_date(article: Article, near: dt.date) -> dt.date | None:
    """The day a wire dateline gives without a year ("SURABAYA, Indonesia, Sept 14 (APN) -"), in the year that
    puts it nearest the story's date: a place in capitals opens the line, so a headline's "vote on May 5" is none."""
    for segment in _header_segments(article):
        if not _WIRE_PLACE.match(segment):
            continue
        for mention in find_dates(segment, near):
            if mention.kind in ("md", "dm") and len(mention.date) == 10 and _stamp_shaped(segment, mention):
                return dt.date.fromisoformat(mention.date)
    return None


def _header_segments(article: Article) -> list[str]:
    """The parts (between " | ", " · ", " - " ...) of the heading and removed lines above the first full sentence."""
    body = next((s.line for s in article.sentences if s.kind == "body" and len(s.text.split()) >= BODY_WORDS),
                None)
    lines = sorted([(s.line, 1, s.text) for s in article.sentences if s.kind == "heading"] +
                   [(r.line, 0, r.text) for r in article.removed])  # a wire dateline is removed from the body's line
    return [segment for line, heading, text in lines if body is None or line + heading <= body
            for segment in _SEGMENT.split(text)]


def _stamp_shaped(segment: str, mention: DateMention) -> bool:
    rest = segment[:mention.start] + " " + segment[mention.end:]
    return len(_NOT_LABEL.sub(" ", rest).split()) <= _LABEL_WORDS
