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

from ...model import Article
from ..text.dates import FULL_DATES, DateMention, day_month_readings, find_dates

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
_STAMP_LABEL = re.compile(r"\s*(?:(?:last\s+)?(?:date|published|updated|posted)\s*:?\s*(?:on\s+)?)?", re.I)
_STAMP_END = re.compile(r"(?:,?\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?\s*(?:[-–—|]\s*|$)", re.I)
_CLOSED = re.compile(r"\.[\"”’)]*\s*$")
_STAMP_REACH = 120  # a stamp's date is far shorter: searching whole articles was a tenth of a cold build


def dateline(text: str) -> tuple[str, int] | None:
    """The publication stamp an article's text opens with, as (date, where the text after it starts).

    A stamp is a full date with a label ("date 2025-06-20", "Published: 3 March 2025") or standing
    alone ("February 26, 2025, 8:55 AM", "Feb 24, 2025 -"): when the article was written, no event.

    >>> dateline("date 2025-06-20 Air India said"), dateline("On February 24, 2025, it announced")
    (('2025-06-20', 16), None)
    """
    label = _STAMP_LABEL.match(text)
    at = label.end() if label else 0
    first = next((m for m in find_dates(text[:at + _STAMP_REACH], None) if m.kind in FULL_DATES), None)
    if first is None or first.start != at:
        return None
    if label and label.group(0).strip():
        return first.date, first.end + len(text[first.end:]) - len(text[first.end:].lstrip())
    end = _STAMP_END.match(text, first.end)
    return (first.date, end.end()) if end else None


_AS_OF = re.compile(r"\bas\s+of\b", re.I)


def infer_published(text: str) -> dt.date | None:
    """An article's date from its own text: the stamp it opens with, else the date it says it is "as of".

    Nothing else: the latest date an article mentions may be a hearing still to come, and a guessed
    date would move every "yesterday" in it. An article with neither takes its story's date.
    """
    if stamp := dateline(text.lstrip()):
        return dt.date.fromisoformat(stamp[0]) if len(stamp[0]) == 10 else None
    if not _AS_OF.search(text):  # most articles say no "as of": spare the date search of the whole text
        return None
    mentions = [m for m in find_dates(text, None) if re.fullmatch(r"\d{4}-\d\d-\d\d", m.date)]
    as_of = [m for m in mentions if re.search(r"\bas\s+of\s*$", text[max(0, m.start - 8):m.start], re.I)]
    return dt.date.fromisoformat(max(as_of, key=lambda m: m.date).date) if as_of else None


def article_published(article: Article, near: dt.date | None = None) -> dt.date | None:
    """The date an article gives itself: the stamp its text opens with, else the first full date of its
    header lines, else a wire dateline's day and month in the year nearest ``near`` (the story's date),
    else the date it says it is "as of" (see :func:`infer_published`)."""
    text = article.text.lstrip()
    if dateline(text):
        return infer_published(text)
    return header_date(article, near) or (wire_date(article, near) if near else None) or infer_published(text)


def header_date(article: Article, near: dt.date | None = None) -> dt.date | None:
    """The first full date on a heading or removed line above the story's first full sentence.

    "Posted 06/11/2026" is 6 November or 11 June: of the two, a stamp is the one nearer ``near`` (the
    story's date), since the articles of one story are written days apart, not months. A date that shares its
    line with a headline ("Storm closes harbour - 2 February 2025") is a teaser's, a link to another story:
    it counts only when no line gives a date beside a label or a byline alone ("By Ann Lee | 11 March 2025")."""
    found: list[tuple[bool, dt.date]] = []
    for segments in _header_lines(article):
        for k, segment in enumerate(segments):
            for mention in find_dates(segment, None):
                if mention.kind not in FULL_DATES or not _stamp_shaped(segment, mention):
                    continue
                day = dt.date.fromisoformat(mention.date) if len(mention.date) == 10 else \
                    min(both, key=lambda d: abs((d - near).days)) if near and (
                        both := day_month_readings(mention.text)) else None
                if day:
                    found.append((any(_headline(other) for other in segments[:k] + segments[k + 1:]), day))
    return min(found, key=lambda f: f[0])[1] if found else None  # min is stable: the first of the best


def _headline(segment: str) -> bool:
    """Whether a part of a header line is a headline: more words than a label, a name or a time."""
    return len(_NOT_LABEL.sub(" ", segment).split()) > _LABEL_WORDS


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
    return [segment for segments in _header_lines(article) for segment in segments]


def _header_lines(article: Article) -> list[list[str]]:
    """The heading and removed lines above the first full sentence, each as its parts."""
    body = next((s.line for s in article.sentences if s.kind == "body" and len(s.text.split()) >= BODY_WORDS
                 and _CLOSED.search(s.text)), None)  # a headline or standfirst above the stamp ends on no full stop
    lines = sorted([(s.line, 1, s.text) for s in article.sentences if s.kind == "heading"] +
                   [(r.line, 0, r.text) for r in article.removed])  # a wire dateline is removed from the body's line
    return [_SEGMENT.split(text) for line, heading, text in lines if body is None or line + heading <= body]


def _stamp_shaped(segment: str, mention: DateMention) -> bool:
    rest = segment[:mention.start] + " " + segment[mention.end:]
    return len(_NOT_LABEL.sub(" ", rest).split()) <= _LABEL_WORDS
