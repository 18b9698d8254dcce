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

from .entities import canonical, lowercase_words, names_in
from .linekeys import line_key
from .words import content_terms, find_acronyms, vocabulary

# ----------------------------------------------------------------------------- line shapes

_CTA = re.compile(
    r"^(?:\W*)(?:sign\s*up|subscribe|register|log\s*in|sign\s*in|join\s+(?:us|our|the)|follow\s+(?:us|our|topic|me)"
    r"|do\s+follow|follow\s+(?:him|her|them)\s+on|download\s+(?:the|our)|get\s+(?:the|our)\s+app|click\s+here|tap\s+here|share\s+(?:this|on)"
    r"|see\s+more|read\s+more|read\s+also|also\s+read|more\s+from|recommended|related\s*(?:stories|articles|news)?\s*:"
    r"|watch\s*:|listen\s*:|continue\s+reading|don'?t\s+miss|trending|most\s+read|popular\s*:|you\s+may\s+also"
    r"|we\s+recommend|advertisement|sponsored|promoted|support\s+(?:us|our)|become\s+a\s+(?:member|subscriber)"
    r"|stay\s+(?:ahead|informed|updated|tuned)|get\s+(?:breaking|the\s+latest|our|daily|real-time)|never\s+miss)\b",
    re.I)
_CTA_ANYWHERE = re.compile(
    r"\b(?:newsletters?|sign\s*up|subscribe\s+(?:now|today|to)|delivered\s+to\s+your\s+inbox|free\s+trial"
    r"|all\s+rights\s+reserved|copyright\s+©|©\s*\d{4}|cookie\s+policy|privacy\s+policy|terms\s+of\s+(?:use|service)"
    r"|whatsapp\s+channel|telegram\s+channel|google\s+news|follow\s+us|join\s+our|read\s+more|click\s+here)\b", re.I)
_COOKIES = re.compile(
    r"\b(?:we|this\s+site|this\s+website)\s+uses?\s+cookies\b|\bcookies?\b.{0,80}\b(?:accept|consent|"
    r"settings|preferences|policy)\b|\baccept\s+(?:all\s+)?cookies\b", re.I)
_SOCIAL = re.compile(r"\b(?:facebook|twitter|linkedin|instagram|youtube|tiktok|whatsapp|telegram|threads|"
                          r"pinterest|reddit|snapchat|x\.com|bluesky|mastodon)\b", re.I)
_CREDIT = re.compile(
    r"^(?:\(?\s*(?:photo|photos|photograph|image|images|picture|pic|video|graphic|illustration|file\s+photo)"
    r"(?:\s+(?:by|credit|courtesy(?:\s+of)?))?\s*[:/|]|credits?\s*:|source\s*:\s*[A-Z][\w ]{0,30}$|"
    r"\(?(?:photo|image)\s+(?:by|credit|courtesy))", re.I)
_CREDIT_TAIL = re.compile(r"(?:(?<=[.!?”\"’])|^)\s*(?:[-–—|]\s*)?\(?\b(?:PHOTOS?|IMAGE|PICTURE|FILE PHOTO)\s*:"
                               r"\s*[^.]{1,60}$"
                               r"|(?<=[.!?”\"’])\s+(?:[-–—]\s*)?(?:[A-Z]{2,}(?:[ /&,]+[A-Z]{2,}){0,3})\s*$")
_TEASER_END = re.compile(r"(?:…|\.\.\.)\s*(?:read\s+more|more|continue\s+reading)?\s*[»>›]*\s*$"
                              r"|\bread\s+more\s*[»>›]*\s*$",
                              re.I)
_LABEL = re.compile(r"^[\w’'&\- ]{1,30}:\s*$")
# "About us", "About the author"; or "About <Name>:" (capitalised, with a colon), not "About the crisis".
_ABOUT = re.compile(r"^(?:[Aa]bout\s+(?:[Uu]s|[Tt]he\s+(?:[Aa]uthors?|[Ww]riter|[Pp]ublisher|[Ee]ditors?))\s*:?"
                         r"|ABOUT\s+US:?|About\s+[A-Z][\w.&’']*(?:\s+[A-Z][\w.&’']*){0,4}\s*:)\s*$")
_BYLINE = re.compile(r"^(?:By|BY|Words by|Reporting by|Written by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
                          r"(?:\s*(?:,|and|&|\||in|for)\s*.*)?$")
# "Anna Keller is the Daily Ledger's political correspondent", "She is a reporter at ...": a writer's bio.
_AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s+){1,3}(?:is|was|has been)\s+(?:a|an|the|our)\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:correspondent|reporter|editor|journalist|writer|columnist|contributor|producer|"
    r"photographer|analyst at|freelancer)\b")
# "Data Centers: A significant portion ...": a list item's label, a heading of its own.
_LABEL_PREFIX = re.compile(r"^((?:[A-Z][\w’'&-]*)(?:\s+(?:[A-Z][\w’'&-]*|and|of|&|the|for|in|to)){0,5}):"
                                r"\s+(?=[A-Z“\"])")
_ABOUT_AFTER = re.compile(r"^About\s+(?:[A-Z][\w.&’'-]*\s*){1,5}$")
_MARKUP = re.compile(r"<\s*/?\s*(?:script|iframe|style|img|div|span|a|svg|object|embed)\b|\bon\w+\s*=|javascript:|"
                          r"\bfunction\s*\(|\{\s*[\w-]+\s*:\s*[^}]+;\s*\}|document\.\w+|window\.\w+", re.I)
_SECOND_PERSON = re.compile(r"\b(?:you|your|you’re|you're|yours)\b", re.I)
_IMPERATIVE = re.compile(r"(?:^|[.!?:]\s+)(?:get|try|subscribe|download|join|sign|click|start|discover|learn|"
                              r"read|watch|listen|follow|share|register|grab|claim|unlock|upgrade|want|ready|"
                              r"don’t|don't|find\s+out|explore|stay|trade|invest\s+in\s+your)\b", re.I)
_PROMO_WORDS = re.compile(r"\b(?:" + "|".join(map(re.escape, vocabulary()["promotion"].split())) + r")\b", re.I)
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.'’]+(?:[ ,]+[A-Z][A-Za-z.'’]+){0,3}(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\((?:[A-Z][\w ]{1,20})\))?\s*[–—-]{1,2}\s+)(?=[A-Z])")
_WIRE = re.compile(r"(?:(?:AFP|AP|REUTERS|BLOOMBERG|XINHUA|EPA|GETTY(?: IMAGES)?|SHUTTERSTOCK|ANI|PTI|IANS|DPA|"
                        r"ANSA|EFE|KYODO|YONHAP|TASS|BERNAMA|NAN|UPI|CNA|AAP|PA|NYT|WSJ|FT|BBC|CNN|NYTIMES)"
                        r"(?:\s*(?:/|,|&|AND)\s*)?)+", re.I)
_TERMINAL = re.compile(r"""[.!?…]["”’)\]]*\s*$""")


@dataclass
class LineInfo:
    """One line's verdict: ``kind`` is title, heading, list, body, removed or blank."""

    text: str
    kind: str
    reason: str = ""
    line: int = 0


def shape_reason(line: str, hint: str | None = None) -> str | None:
    """The furniture a line's shape alone gives away, or None when it could be story.

    >>> shape_reason("Sign up now: Get our newsletters delivered to your inbox")
    'call to action'
    >>> shape_reason("Alibaba said it would invest more than 380 billion yuan.") is None
    True
    """
    words = line.split()
    if _MARKUP.search(line):
        return "code or markup"
    if hint == "caption" or _CREDIT.search(line):
        return "photo caption or credit"
    if len(_SOCIAL.findall(line)) >= 2 or (_SOCIAL.search(line) and ("|" in line or len(words) <= 6)):
        return "social media links"
    if _COOKIES.search(line) and len(words) <= 40:
        return "cookie notice"
    if _CTA.search(line):
        return "call to action"
    if _TEASER_END.search(line) and (len(words) <= 40 or re.search(r"read\s+more", line, re.I)):
        return "teaser for another article"
    if len(words) <= 25 and _CTA_ANYWHERE.search(line):
        return "call to action"
    if _LABEL.match(line) and len(words) <= 4 and not re.search(r"\d", line):
        return "label"
    if _WIRE.fullmatch(line.strip(" ()-–—")):
        return "photo caption or credit"  # a bare agency credit on its own line: "REUTERS", "AFP/GETTY"
    if _promo_score(line) >= 3:
        return "advertisement or promotion"
    if _BYLINE.match(line) and len(words) <= 12:
        return "byline"
    if _AUTHOR_BIO.search(line) and len(words) <= 45:
        return "about the author"
    return None


def _promo_score(line: str) -> int:
    """Copy that talks to the reader and sells something: several of these together."""
    score = 0
    score += 2 if len(_SECOND_PERSON.findall(line)) >= 2 else 1 if _SECOND_PERSON.search(line) else 0
    score += 1 if _IMPERATIVE.search(line) else 0
    score += 1 if line.rstrip().endswith("!") or "!" in line[:-1] else 0
    score += 1 if len(_PROMO_WORDS.findall(line)) >= 2 else 0
    return score


def split_credit(line: str) -> tuple[str, str | None]:
    """Split a trailing photo or wire credit off a paragraph: ("... prowess.", "BLOOMBERG")."""
    match = _CREDIT_TAIL.search(line)
    if not match or match.start() == 0:
        return line, None
    return line[: match.start()].rstrip(), match.group(0).strip(" -–—|")


def split_dateline(line: str) -> tuple[str, str | None]:
    """Split a leading dateline off a paragraph: ("Alibaba announced ...", "Beijing, China –")."""
    match = _DATELINE.match(line)
    if not match or len(match.group(0).split()) > 8:
        return line, None
    return line[match.end():], match.group(0).strip()


def headline_shaped(line: str) -> bool:
    """Short, no closing punctuation, not starting in lower case: a headline or subheading."""
    words = line.split()
    return 0 < len(words) <= 20 and not _TERMINAL.search(line) and not line[:1].islower() \
        and not line.rstrip().endswith((",", ";"))


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
                   numbers: list[tuple[int, ...]], furniture: frozenset[bytes] = frozenset()
                   ) -> list[list[LineInfo]]:
    """Classify every line of every article of one story; returns one ``LineInfo`` list per article.

    ``numbers`` are each line's number in its file, carried into the verdicts for the report.
    """
    infos = [_first_pass(list(lines), list(h), list(n), furniture)
             for lines, h, n in zip(articles, hints, numbers, strict=False)]
    candidates = [[info.text if info.kind != "removed" else "" for info in article] for article in infos]
    topic = TopicModel(candidates)
    for a, article in enumerate(infos):
        _by_place(article)
        _by_topic(article, a, topic)
        _name_structure(article)
    return infos


def _first_pass(lines: list[str], hints: list[str | None], numbers: list[int],
                furniture: frozenset[bytes]) -> list[LineInfo]:
    """Shape, credit and dateline, repetition: everything decidable from the line itself."""
    out: list[LineInfo] = []
    for line, hint, number in zip(lines, hints, numbers, strict=False):
        text = line.strip()
        if not text:
            out.append(LineInfo("", "blank", line=number))
            continue
        reason = shape_reason(text, hint)
        if reason is None and furniture and line_key(text.encode("utf-8")) in furniture:
            reason = "repeated on other stories' pages"
        if reason:
            out.append(LineInfo(text, "removed", reason, number))
            continue
        body, credit = split_credit(text)
        body, dateline = split_dateline(body)
        if dateline:
            out.append(LineInfo(dateline, "removed", "dateline", number))
        label = _LABEL_PREFIX.match(body)
        if label and hint in (None, "list"):
            out.append(LineInfo(label.group(1), "heading", line=number))  # "Data Centers: A portion ..."
            body = body[label.end():]
        out.append(LineInfo(body, hint or "body", line=number))
        if credit:
            out.append(LineInfo(credit, "removed", "photo caption or credit", number))
    return out


def _by_place(article: list[LineInfo]) -> None:
    """An "About us" heading starts the outlet's blurb; promotional lists run on from a promotion."""
    about = False
    previous_reason = ""
    for info in article:
        if info.kind == "blank":
            continue
        if about:
            info.kind, info.reason = "removed", "about the outlet"
            continue
        if _ABOUT.match(info.text) and len(info.text.split()) <= 6:
            info.kind, info.reason, about = "removed", "about the outlet", True
            continue
        if info.kind == "list" and previous_reason in ("advertisement or promotion", "call to action") \
                and not _TERMINAL.search(info.text):
            info.kind, info.reason = "removed", previous_reason
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
    for k, r in rel.items():
        info = article[k]
        if info.kind == "removed":
            continue
        size = topic.size(index, k)
        edge = k < first or k > last
        if topic.shares_name(index, k):
            continue
        furniture_shape = headline_shaped(info.text) or len(info.text.split()) <= 12
        if size >= 4 and r < OFF_TOPIC and (edge or furniture_shape):
            info.kind, info.reason = "removed", "off-topic (shares no subject with the other sources)"
        elif edge and 3 <= size <= SHORT_LINE and r < EDGE_OFF_TOPIC and furniture_shape \
                and not (k == 0 and headline_shaped(info.text)):
            info.kind, info.reason = "removed", "off-topic (page furniture around the article)"
        elif edge and k > last and _TEASER_END.search(info.text):
            info.kind, info.reason = "removed", "teaser for another article"


def _about_after(article: list[LineInfo], last: int) -> None:
    """"About Africa Wire" after the story's last on-topic line: the outlet's blurb, to the end."""
    for k in range(max(last + 1, 1), len(article)):
        if article[k].kind not in ("removed", "blank") and _ABOUT_AFTER.match(article[k].text):
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
