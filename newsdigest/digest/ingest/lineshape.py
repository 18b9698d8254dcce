"""Line shapes that give page furniture away whatever the outlet: calls to action, credits, bylines, labels.

Everything here is decided from a line alone (its words and punctuation), before the story's
topic is known; :mod:`.boilerplate` adds place, topic and repetition.
"""

from __future__ import annotations

import re

from ..text.words import vocabulary

_NETWORKS = (r"(?:facebook|twitter|linkedin|instagram|youtube|tiktok|whatsapp|telegram|threads|pinterest|reddit|"
             r"snapchat|x\.com|bluesky|mastodon)\b")
_SOCIAL = re.compile(r"\b" + _NETWORKS, re.I)
_CTA = re.compile(
    r"^(?:\W*)(?:sign\s*up|subscribe|register|log\s*in|sign\s*in|join\s+(?:us|our|the)|follow\s+(?:us|our|topic|me)"
    r"|do\s+follow|follow\s+(?:him|her|them)\s+on|download\s+(?:the|our)|get\s+(?:the|our)\s+app|click\s+here|tap\s+here|share\s+(?:this|on)"
    r"|see\s+more|read\s+more|read\s+also|also\s+read|more\s+from|recommended|related(?:\s+[\w-]+)?\s*:"
    r"|join\s+(?:\d[\d,.]*|thousands|millions)"
    r"|watch\s*:|listen\s*:|continue\s+reading|don'?t\s+miss|trending|most\s+read|popular\s*:|you\s+may\s+also"
    r"|we\s+recommend|advertisement|sponsored|promoted|support\s+(?:us|our)|become\s+a\s+(?:member|subscriber)"
    r"|stay\s+(?:ahead|informed|updated|tuned)|get\s+(?:breaking|the\s+latest|our|daily|real-time)|never\s+miss)\b",
    re.I)
_CTA_ANYWHERE = re.compile(
    r"©\s*(?:19|20)\d\d\b|\b(?:newsletters?|sign\s*up|subscribe\s+(?:now|today|to)|(?:delivered\s+)?(?:in|into|to)\s+your\s+inbox|free\s+trial"
    r"|all\s+rights\s+reserved|copyright\s+©|cookie\s+policy|privacy\s+policy|terms\s+of\s+(?:use|service)"
    r"|(?:broadcast|air|show|stream)s?\s+a\s+special\s+(?:programme|program|report|edition|bulletin)"
    r"|get\s+the\s+\w+(?:\s+\w+)?\s+(?:weekly|daily|newsletter|briefing|digest|bulletin)\b"
    r"|(?:stories|news|headlines|picks?|briefing)\b[^.]{0,80}\bevery\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"weekday)(?:\s+(?:morning|evening))?(?=\s*[.!]?\s*$)"
    r"|whatsapp\s+channel|telegram\s+channel|google\s+news|follow\s+us|join\s+our|read\s+more|click\s+here)\b", re.I)
_COPYRIGHT = re.compile(r"^\W*(?:(?:\([cC]\)|©|[Cc]opyright|COPYRIGHT)\s*"
                        r"(?:(?:19|20)\d\d\b|[A-Z][^.!?]{0,80}?\b(?:19|20)\d\d\b)|©\s*[A-Z])")
"""A copyright notice: "(c) Example Wire 2026", "© 2026 Example Media", "Copyright 2025 by ...", "© Example Media"."""
_FOLLOW_ON = re.compile(r"^\W*follow\s+[^.!?]{1,60}?\s+on\s+(?:X\b|" + _NETWORKS + r")", re.I)
"""A call to follow the outlet: "Follow Example Shipping on X for breaking news"."""
_STAFF_CREDIT = re.compile(r"^\(\s*(?:additional\s+)?(?:reporting|writing|editing|written|compiled)\s+by\b[^()]*\)\s*$",
                           re.I)
"""A wire story's closing credit: "(Reporting by A in Lagos; editing by B)"."""
_COOKIES = re.compile(
    r"\b(?:we|this\s+site|this\s+website)\s+uses?\s+cookies\b|\bcookies?\b.{0,80}\b(?:accept|consent|"
    r"settings|preferences|policy)\b|\baccept\s+(?:all\s+)?cookies\b", re.I)
_CREDIT = re.compile(
    r"^(?:[(\[]?\s*(?:photo|photos|photograph|image|images|picture|pic|video|graphic|illustration|file\s+photo)"
    r"(?:\s+(?:by|credit|courtesy(?:\s+of)?))?\s*[:/|]|credits?\s*:|source\s*:\s*[A-Z][\w ]{0,30}$|"
    r"\(?(?:photo|image)\s+(?:by|credit|courtesy))", re.I)
_CREDIT_TAIL = re.compile(r"(?:(?<=[.!?”\"’])|^)\s*(?:[-–—|]\s*)?\(?\b(?:PHOTOS?|IMAGE|PICTURE|FILE PHOTO)\s*:"
                               r"\s*[^.]{1,60}$"
                               r"|(?<=[.!?”\"’])\s+(?:[-–—]\s*)?(?:[A-Z]{2,}(?:[ /&,]+[A-Z]{2,}){0,3})\s*$")
_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.$", re.I)
TEASER_END = re.compile(r"(?:…|\.\.\.)\s*(?:read\s+more|more|continue\s+reading)?\s*[»>›]*\s*$"
                              r"|\bread\s+more\s*[»>›]*\s*$",
                              re.I)
_PAGE_NOTE = re.compile(
    r"^(?:this|the)\s+(?:article|story|report|post|piece|newsletter|page|podcast|feature|interview|briefing|column)"
    r"\s+(?:is|was|has\s+been|may|contains?|first\s+appeared|appeared|originally)\b"
    r"|^(?:disclosure|disclaimer|editor[’']?s\s+note|correction|clarification|note\s+to\s+readers)\s*:"
    r"|\bthe\s+(?:author|writer|columnist)\s+(?:holds?|owns?|has\s+no|does\s+not|is\s+not)\b"
    r"|(?:^|[.*]\s*)(?:all\s+)?(?:market\s+)?(?:data|quotes?|prices?)\s+(?:are\s+|is\s+)?delayed\b"
    r"|^(?:opinion|comment|guest)\s+(?:pieces|columns|articles|essays)\s+(?:reflect|represent|are)\b"
    r"|^(?:the\s+)?(?:views|opinions)\s+expressed\b.{0,60}\b(?:authors?|writers?|contributors?)\b"
    r"|\bis\s+(?:an?\s+)?editorially\s+independent\b|\b(?:we|the\s+site)\s+(?:may|might|can)\s+(?:earn|receive|get)\s+(?:a\s+)?"
    r"(?:small\s+)?(?:commission|fee)\b|\bis\s+not\s+(?:intended\s+as\s+)?(?:financial|investment|legal|tax|medical)\s+"
    r"advice\b|[.!?]\s+this\s+(?:article|page|guide)\s+is\s+(?:for\s+)?(?:information|general|educational)", re.I)
"""A line about the page itself, not the story: what series it is in, who may not hold shares, delayed quotes, a
site's disclosure ("X is editorially independent. We may earn a commission ... This article is not financial
advice")."""
_CREDIT_MARK = re.compile(r"(?<=[\w.,;:)”’])\s+©\s*(?!(?:19|20)\d\d)[A-Z][\w.’'-]*")
"""A picture's credit inside a line ("... in four days © Piet Halloran/The Ledger"): the line is its caption."""
_ABOUT_THE_PAGE = re.compile(
    r"\b(?:newsletters?|comments?|subscribe|subscribers?|reporting\s+by|editing\s+by|additional\s+reporting|"
    r"(?:this|our)\s+(?:article|story|page|post|site|website|newsroom|reporters?|journalism|coverage)|e-?mail|"
    r"https?://|www\.)|@\w", re.I)
_STAMP = re.compile(r"^(?:published|updated|posted|first\s+published|last\s+updated|last\s+modified|modified)\b"
                    r"[^.]{0,60}\d", re.I)
_LINK_ROW = re.compile(r"[^|]{8,}(?:\s+\|\s+[^|]{8,}){2,}")
"""Three or more titles in a row, separated by bars: links to other pages."""
_LABEL = re.compile(r"^[\w’'&\- ]{1,30}:\s*$")
# "About us", "About the author"; or "About <Name>:" (capitalised, with a colon), not "About the crisis".
ABOUT = re.compile(r"^(?:[Aa]bout\s+(?:[Uu]s|[Tt]he\s+(?:[Aa]uthors?|[Ww]riter|[Pp]ublisher|[Ee]ditors?))\s*:?"
                         r"|ABOUT\s+US:?|About\s+[A-Z][\w.&’']*(?:\s+[A-Z][\w.&’']*){0,4}\s*:)\s*$")
_BYLINE = re.compile(r"^(?:(?:date\s+)?\d{4}-\d\d-\d\d\s+)?"  # a pasted timestamp may come first
                     r"(?:By|BY|Words by|Reporting by|Written by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
                          r"(?:\s*(?:,|and|&|\||in|for)\s*.*)?$")
# "Anna Keller is the Daily Ledger's political correspondent", "She is a reporter at ...": a writer's bio.
_AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s+){1,3}(?:is|was|has been)\s+(?:a|an|the|our)\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:correspondent|reporter|editor|journalist|writer|columnist|contributor|producer|"
    r"photographer|analyst at|freelancer)\b")
# "Data Centers: A significant portion ...": a list item's label, a heading of its own.
LABEL_PREFIX = re.compile(r"^((?:[A-Z][\w’'&-]*)(?:\s+(?:[A-Z][\w’'&-]*|and|of|&|the|for|in|to)){0,5}):"
                                r"\s+(?=[A-Z“\"])")
ABOUT_AFTER = re.compile(r"^About\s+(?:[A-Z][\w.&’'-]*\s*){1,5}$")
_MARKUP = re.compile(r"<\s*/?\s*(?:script|iframe|style|img|div|span|a|svg|object|embed)\b|\bon\w+\s*=|javascript:|"
                          r"\bfunction\s*\(|\{\s*[\w-]+\s*:\s*[^}]+;\s*\}|document\.\w+|window\.\w+", re.I)
_SECOND_PERSON = re.compile(r"\b(?:you|your|you’re|you're|yours)\b", re.I)
_IMPERATIVE = re.compile(r"(?:^|[.!?:]\s+)(?:get|try|subscribe|download|join|sign|click|start|discover|learn|"
                              r"read|watch|listen|follow|share|register|grab|claim|unlock|upgrade|want|ready|"
                              r"don’t|don't|find\s+out|explore|stay|trade|invest\s+in\s+your)\b", re.I)
_PROMO_WORDS = re.compile(r"\b(?:" + "|".join(map(re.escape, vocabulary()["promotion"].split())) + r")\b", re.I)
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.'’]+(?:[ ,]+[A-Z][A-Za-z.'’]+){0,3}"
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?"  # "Sept 14" or "15 March"
    r"\s*(?:\((?:[A-Z][\w ]{1,20})\))?\s*[–—-]{1,2}\s+)(?=[A-Z])")
_WIRE = re.compile(r"(?:(?:AFP|AP|REUTERS|BLOOMBERG|XINHUA|EPA|GETTY(?: IMAGES)?|SHUTTERSTOCK|ANI|PTI|IANS|DPA|"
                        r"ANSA|EFE|KYODO|YONHAP|TASS|BERNAMA|NAN|UPI|CNA|AAP|PA|NYT|WSJ|FT|BBC|CNN|NYTIMES)"
                        r"(?:\s*(?:/|,|&|AND)\s*)?)+", re.I)
TERMINAL = re.compile(r"""[.!?…]["”’)\]]*\s*$""")


def shape_reason(line: str, hint: str | None = None) -> str | None:
    """The furniture a line's shape alone gives away, or None when it could be story.

    >>> shape_reason("Sign up now: Get our newsletters delivered to your inbox")
    'call to action'
    >>> shape_reason("Alibaba said it would invest more than 380 billion yuan.") is None
    True
    """
    words = line.split()
    counted = sum(any(c.isalnum() for c in w) for w in words)  # words, not the " | " between links
    if _MARKUP.search(line):
        return "code or markup"
    if hint == "caption" or _CREDIT.search(line) or (_CREDIT_MARK.search(line) and len(words) <= 40):
        return "photo caption or credit"
    if len(_SOCIAL.findall(line)) >= 2 or (_SOCIAL.search(line) and ("|" in line or len(words) <= 6)):
        return "social media links"
    if _COOKIES.search(line) and len(words) <= 40:
        return "cookie notice"
    if _CTA.search(line) or (_FOLLOW_ON.search(line) and len(words) <= 15):
        return "call to action"
    if _COPYRIGHT.search(line) and counted <= 15:
        return "copyright notice"
    if TEASER_END.search(line) and (len(words) <= 40 or re.search(r"read\s+more", line, re.I)):
        return "teaser for another article"
    if counted <= 25 and _CTA_ANYWHERE.search(line):
        return "call to action"
    if _LABEL.match(line) and len(words) <= 4 and not re.search(r"\d", line):
        return "label"
    if _PAGE_NOTE.search(line) and len(words) <= 30:
        return "a note about the page, not the story"
    if _STAMP.match(line) and len(words) <= 15:
        return "publication time"
    if _LINK_ROW.fullmatch(line.strip()) and not TERMINAL.search(line):
        return "links to other articles"
    if _WIRE.fullmatch(line.strip(" ()-–—")):
        return "photo caption or credit"  # a bare agency credit on its own line: "REUTERS", "AFP/GETTY"
    if _promo_score(line) >= 3:
        return "advertisement or promotion"
    if _STAFF_CREDIT.match(line):
        return "byline"
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
    if not match or match.start() == 0 or _CLOCK_END.search(line, 0, match.start()):
        return line, None  # "9:12 a.m. ET": a time zone after a clock time is no credit
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
    return 0 < len(words) <= 20 and not TERMINAL.search(line) and not line[:1].islower() \
        and not line.rstrip().endswith((",", ";"))


def about_the_page(line: str) -> bool:
    """Whether a line talks about the page, the outlet or its readers (comments, newsletters, reporting
    credits, addresses) rather than about the story: the only full sentences furniture is made of."""
    return bool(_ABOUT_THE_PAGE.search(line))


CAPTION_WORDS = 25
_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|according)\b|[\"“”]")


def caption_shaped(line: str) -> bool:
    """One short sentence with no one speaking in it: what a photo caption looks like."""
    return len(line.split()) <= CAPTION_WORDS and len(re.findall(r"[.!?](?:\s|$)", line)) <= 1 \
        and not _SPEECH.search(line)


def is_credit_line(line: str) -> bool:
    """A line that is a photo credit ("Photo: Rui Matos / Iberia Sport Images", "REUTERS")."""
    return bool(_CREDIT.search(line)) or bool(_WIRE.fullmatch(line.strip(" ()-–—")))
