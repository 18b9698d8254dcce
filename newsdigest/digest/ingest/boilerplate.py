"""Sort each line of an article into story or page furniture, and record why furniture goes.

The signals hold for any outlet, not for one seed file:

* **shape**: calls to action (sign up, follow, subscribe, join), promotional copy addressed to
  the reader, share prompts and social-network link rows, photo and wire credits, "Read more"
  teasers, bare labels ("Follow topic:"), code or markup pasted with the page;
* **place**: an "About us" heading starts the outlet's blurb, which runs to the end; furniture
  clusters before the story starts and after it ends;
* **topic**: the other sources are the best evidence of what the story is about. A line whose
  words appear in no other article is far from the story's topic;
* **repetition**: a line that appears in articles of other stories is the outlet's furniture.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from ..text.entities import canonical, lowercase_words, names_in
from ..text.words import content_terms, find_acronyms
from .linekeys import line_key
from .lineshape import (
    ABOUT,
    ABOUT_AFTER,
    LABEL_PREFIX,
    TEASER_END,
    TERMINAL,
    about_the_page,
    caption_shaped,
    headline_shaped,
    is_credit_line,
    shape_reason,
    split_credit,
    split_dateline,
)


@dataclass
class LineInfo:
    """One line's verdict: ``kind`` is title, heading, list, body, removed or blank."""

    text: str
    kind: str
    reason: str = ""
    line: int = 0


# ----------------------------------------------------------------------------- topic distance

class TopicModel:
    """How close a line is to what the other sources say: the share of its terms they also use.

    A term counts fully when at least ``need`` other articles use it (two in stories of four or
    more sources, so that one other outlet's furniture does not make a teaser look on topic).
    With a single article, a term counts when another paragraph of the same article uses it.
    """

    def __init__(self, articles: list[list[str]]) -> None:
        joined = " ".join(" ".join(lines) for lines in articles)
        self.acronyms = find_acronyms(joined)
        self.single = len(articles) == 1
        self.need = 1 if len(articles) <= 3 else 2
        self.line_terms = [[set(content_terms(line, self.acronyms)) for line in lines] for lines in articles]
        self.article_terms = [set().union(*lines) if lines else set() for lines in self.line_terms]
        self.df: Counter[str] = Counter(t for terms in self.article_terms for t in terms)
        lower = lowercase_words(line for lines in articles for line in lines)
        # Name words, not whole names: a later "Ruiz" refers back to "Ana Ruiz".
        self.line_names = [[{w for n in names_in(line) if " " in n or n.lower() not in lower
                             for w in canonical(n).split() if len(w) > 2 and w.lower() not in lower}
                            for line in lines] for lines in articles]
        self.name_lines: Counter[str] = Counter(n for lines in self.line_names for names in lines for n in names)
        if self.single:
            self.line_df: Counter[str] = Counter(t for terms in self.line_terms[0] for t in terms)

    def has_evidence(self, article: int, line: int) -> bool:
        """Whether there is enough other text to judge this line's topic by (else nothing is removed)."""
        mine = self.line_terms[article][line]
        if self.single:
            others = [t for k, t in enumerate(self.line_terms[article]) if k != line and len(t) >= 4]
            return len(others) >= 3
        return len(self.df) - len(mine) >= 20  # terms of other lines not in this one, at least

    def relevance(self, article: int, line: int) -> float:
        """0 (no term shared with the rest of the story) to 1 (every term shared)."""
        terms = self.line_terms[article][line]
        if not terms:
            return 0.0
        if self.single:
            return sum(1 for t in terms if self.line_df[t] >= 2) / len(terms)
        return math.fsum(min(1.0, (self.df[t] - 1) / self.need) for t in terms) / len(terms)  # exact in any order

    def size(self, article: int, line: int) -> int:
        return len(self.line_terms[article][line])

    def shares_name(self, article: int, line: int) -> bool:
        """Whether the line names someone or something another line of the story also names."""
        mine = self.line_names[article][line]
        return any(self.name_lines[n] > 1 for n in mine)


# ----------------------------------------------------------------------------- the classifier

OFF_TOPIC = 0.2
"""Below this share of shared terms a line is off-topic wherever it stands."""
EDGE_OFF_TOPIC = 0.4
"""Before the story starts or after it ends, furniture is likelier: a looser bar."""
ON_TOPIC = 0.5
SHORT_LINE = 20
"""Furniture lines are short; a long paragraph far from the topic is judged by OFF_TOPIC alone."""
"""A body line at least this close to the topic marks where the story is."""


def classify_story(articles: list[tuple[str, ...]], hints: list[tuple[str | None, ...]],
                   numbers: list[tuple[int, ...]], furniture: frozenset[bytes] = frozenset(),
                   outlets: list[str | None] | None = None) -> list[list[LineInfo]]:
    """Classify every line of every article of one story; returns one ``LineInfo`` list per article.

    ``numbers`` are each line's number in its file, carried into the verdicts for the report;
    ``outlets`` each article's outlet, whose lines about itself are its blurb.
    """
    outlets = outlets or [None] * len(articles)
    infos = [_first_pass(list(lines), list(h), list(n), furniture, outlet)
             for lines, h, n, outlet in zip(articles, hints, numbers, outlets, strict=False)]
    candidates = [[info.text if info.kind != "removed" else "" for info in article] for article in infos]
    topic = TopicModel(candidates)
    for a, article in enumerate(infos):
        _by_place(article)
        _by_topic(article, a, topic)
        _name_structure(article)
    return infos


def _first_pass(lines: list[str], hints: list[str | None], numbers: list[int],
                furniture: frozenset[bytes], outlet: str | None = None) -> list[LineInfo]:
    """Shape, credit and dateline, repetition: everything decidable from the line itself."""
    out: list[LineInfo] = []
    blurb = _outlet_speaks(outlet)
    for line, hint, number in zip(lines, hints, numbers, strict=False):
        text = line.strip()
        if not text:
            out.append(LineInfo("", "blank", line=number))
            continue
        reason = shape_reason(text, hint)
        if reason is None and furniture and line_key(text.encode("utf-8")) in furniture:
            reason = "repeated on other stories' pages"
        if reason is None and ((blurb and blurb.match(text)) or _ABOUT_PREFIX.match(text)):
            reason = "about the outlet"
        if reason:
            out.append(LineInfo(text, "removed", reason, number))
            continue
        body, credit = split_credit(text)
        body, dateline = split_dateline(body)
        if dateline:
            out.append(LineInfo(dateline, "removed", "dateline", number))
        label = LABEL_PREFIX.match(body)
        if label and hint in (None, "list"):
            out.append(LineInfo(label.group(1), "heading", line=number))  # "Data Centers: A portion ..."
            body = body[label.end():]
        out.append(LineInfo(body, hint or "body", line=number))
        if credit:
            out.append(LineInfo(credit, "removed", "photo caption or credit", number))
    _captions(out)
    return out


_ABOUT_PREFIX = re.compile(r"^About\s+(?:us|the\s+(?:authors?|writer|publisher)"
                           r"|[A-Z][\w.&’']*(?:\s+[A-Z][\w.&’']*){0,4})\s*:\s+\S", re.I)
"""A line opening "About us:" or "About Portugal Football Post:" is the outlet's blurb, however it goes on."""


def _outlet_speaks(outlet: str | None) -> re.Pattern[str] | None:
    """ "The Ardmoyle Herald is a member of ...", "Moyle FM has been ...": the outlet describing itself."""
    words = re.sub(r"^the\s+", "", outlet or "", flags=re.I).split()
    if not words:
        return None
    name = r"\s+".join(re.escape(w) for w in words[:2])
    return re.compile(rf"^(?:the\s+)?{name}\b[^.,]{{0,30}}?\s+(?:is|was|has|have|are|were)\s", re.I)


def _captions(out: list[LineInfo]) -> None:
    """A short line right above a photo credit ("Photo: ...") is that photo's caption."""
    for k, info in enumerate(out):
        if info.kind != "body" or not caption_shaped(info.text):
            continue
        after = next((o for o in out[k + 1:] if o.kind != "blank"), None)
        if after is not None and after.kind == "removed" and is_credit_line(after.text) \
                and not (_captioned(after.text) and TERMINAL.search(info.text) and len(info.text.split()) >= 4):
            info.kind, info.reason = "removed", "photo caption or credit"


_OWN_CAPTION = re.compile(r"^\W*[A-Za-z]+(?:\s+[A-Za-z]+)?\s*[:/|]\s*(?P<caption>[^.!?]{20,}?[.!?])(?:\s|$)")
"""A credit line that carries its own caption sentence ("Photo: Bags of relief goods are loaded onto a plane.
Photo courtesy of the Army"): a sentence above it is not that photo's caption, but story ("PHOTO" still is)."""


def _captioned(credit: str) -> bool:
    m = _OWN_CAPTION.match(credit)
    words = m.group("caption").split() if m else []
    return len(words) >= 5 and sum(w.islower() for w in words) >= 2


READERS = "readers' comments"
_TOLD = 3
"""Paragraphs of story before a comment count that heads the readers' comments (in the header, it counts them)."""
_COMMENTS = re.compile(r"^\s*(?:\d[\d,]*\s+comments?|comments?\s*\(\d[\d,]*\)|(?:show|view|read)\s+(?:all\s+)?"
                       r"(?:\d[\d,]*\s+)?comments|join\s+the\s+(?:conversation|discussion))\s*$", re.I)
"""The head of a page's comments ("142 comments", "Comments (37)", "Join the conversation"): readers, not the story."""


def _by_place(article: list[LineInfo]) -> None:
    """An "About us" heading starts the outlet's blurb, a comment count the readers' comments, each to the end;
    promotional lists run on from a promotion."""
    about = ""  # the reason every line from here to the end goes, once a blurb or the comments begin
    previous_reason = ""
    told = 0  # the story's paragraphs so far
    for info in article:
        if info.kind == "blank":
            continue
        if about:
            info.reason = info.reason if info.kind == "removed" else about  # a footer keeps its own reason
            info.kind = "removed"
            continue
        if ABOUT.match(info.text) and len(info.text.split()) <= 6:
            info.kind, info.reason = "removed", "about the outlet"
            about = info.reason
            continue
        if _COMMENTS.match(info.text):
            info.kind, info.reason = "removed", READERS  # a count in the header ("By Ann Lee | 214 comments") is
            about = info.reason if told >= _TOLD else ""  # no section: readers comment after the story is told
            continue
        told += info.kind == "body" and len(info.text.split()) >= 10 and bool(TERMINAL.search(info.text))
        if info.kind in ("list", "heading") and previous_reason in ("advertisement or promotion", "call to action") \
                and not TERMINAL.search(info.text) and (info.kind == "list" or len(info.text.split()) <= 12):
            info.kind, info.reason = "removed", previous_reason  # "4. PICTURES: Show returns": a label, then its
            # teaser, both items of the "Most read" list
        previous_reason = info.reason if info.kind == "removed" else ""


def _by_topic(article: list[LineInfo], index: int, topic: TopicModel) -> None:
    """Drop lines far from the story; before its first and after its last on-topic line, be stricter.

    A line naming someone or something the rest of the story also names is on topic whatever
    its words, and a full sentence inside the article is never dropped for its words alone:
    losing story is worse than keeping a stray line.
    """
    rel = {k: topic.relevance(index, k) for k, info in enumerate(article)
           if info.kind not in ("removed", "blank") and topic.has_evidence(index, k)}
    anchors = [k for k, r in rel.items() if r >= ON_TOPIC and topic.size(index, k) >= 6]
    first, last = (anchors[0], anchors[-1]) if anchors else (len(article), -1)
    _about_after(article, last)
    _kickers(article, first, index, topic)
    for k, r in rel.items():
        info = article[k]
        if info.kind == "removed":
            continue
        size = topic.size(index, k)
        edge = k < first or k > last
        if topic.shares_name(index, k):
            continue
        furniture_shape = headline_shaped(info.text) or len(info.text.split()) <= 12
        if not furniture_shape and TERMINAL.search(info.text) and not about_the_page(info.text):
            continue  # a full sentence about the story's world, however new its words: never furniture
        if TERMINAL.search(info.text) and _DONE_AND_COUNTED.search(info.text) and len(info.text.split()) >= 8 \
                and not about_the_page(info.text):
            continue  # "The government has opened 120 cooling centres in public libraries and schools."
        if size >= 4 and r < OFF_TOPIC and (edge or furniture_shape):
            info.kind, info.reason = "removed", "off-topic (shares no subject with the other sources)"
        elif edge and 3 <= size <= SHORT_LINE and r < EDGE_OFF_TOPIC and furniture_shape \
                and not (k == 0 and headline_shaped(info.text)):
            info.kind, info.reason = "removed", "off-topic (page furniture around the article)"
        elif edge and k > last and TEASER_END.search(info.text):
            info.kind, info.reason = "removed", "teaser for another article"


_DONE_AND_COUNTED = re.compile(r"\b(?:has|have|had|was|were|will|would)\s+(?:been\s+|also\s+)?[a-z]{3,}\b[^.]*?"
                               r"\b\d[\d,.]*\s+[a-z]", re.I)
"""A short sentence that tells what was done, with a count of it, is the story's, however far its words stand."""
KICKER_WORDS = 4


def _kickers(article: list[LineInfo], first: int, index: int, topic: TopicModel) -> None:
    """Above the headline, a short title-shaped line ("Business", "Analysis News Spotlights Technology") is the
    page's section label or navigation, not the story's headline, unless it names what the story names."""
    for k in range(min(first, len(article))):
        info = article[k]
        if info.kind in ("removed", "blank") or len(info.text.split()) > KICKER_WORDS or not headline_shaped(info.text):
            continue
        after = next((o for o in article[k + 1:first + 1] if o.kind not in ("removed", "blank")), None)
        if after is not None and headline_shaped(after.text) and len(after.text.split()) > len(info.text.split()) \
                and not topic.shares_name(index, k) and not re.search(r"\d", info.text):
            info.kind, info.reason = "removed", "section label or navigation"


def _about_after(article: list[LineInfo], last: int) -> None:
    """"About Africa Wire" after the story's last on-topic line: the outlet's blurb, to the end."""
    for k in range(max(last + 1, 1), len(article)):
        if article[k].kind not in ("removed", "blank") and ABOUT_AFTER.match(article[k].text):
            for later in article[k:]:
                if later.kind not in ("removed", "blank"):
                    later.kind, later.reason = "removed", "about the outlet"
            return


def _name_structure(article: list[LineInfo]) -> None:
    """Title, headings and list items among the kept lines."""
    kept = [info for info in article if info.kind not in ("removed", "blank")]
    for n, info in enumerate(kept):
        if info.kind in ("heading", "caption"):
            info.kind = "heading"
            continue
        if info.kind == "list":
            continue
        if headline_shaped(info.text) and not (n == len(kept) - 1 and len(info.text.split()) > 12):
            info.kind = "title" if n == 0 and len(info.text.split()) >= 4 else "heading"
    if kept and kept[0].kind == "heading" and len(kept[0].text.split()) >= 4:
        kept[0].kind = "title"
