"""Timeline: dated events from the kept sentences, relative dates resolved, merged across sources.

Each clause with a date becomes an event at the most precise date it gives ("the last quarter of
2024 ... the three months ending December 31" is 2024-12-31). "As of <date>" marks when the text
was true, not an event, and "for 2025" is a budget period, not a date something happened on, so
neither makes an event. An undated action told in the present perfect ("the black boxes have been
recovered") is an event of the month the story's day and the article share (:mod:`.recent`). Events
on the same date that state the same claim merge, listing every source.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from ..model import Clustering, Event, Sentence, Story
from .dedupe import claim_pairs
from .ids import event_id, with_distinct_ids
from .ingest.stamps import dateline
from .recent import recent_events, story_day
from .text.clauses import BASELINE_BEFORE, as_sentence, claim_units
from .text.dates import DateMention, find_dates
from .text.entities import names_in
from .text.tense import FUTURE, PAST, REACH, tense_at

SAME_EVENT = {10: 0.2, 7: 0.25, 4: 0.3}
"""Events on one date whose texts are this similar are one event: a shared day is evidence itself."""
_NOT_EVENT = re.compile(r"\b(?:as\s+of|for|until|through|till|by|born\s+in|born)\s*$", re.I)
_UNTIL = re.compile(r"\b(?:until|through|till)(?:\s+at\s+least)?(?:\s+(?:noon|midday|midnight|\d{1,2}(?:[:.]\d\d)?"
                    r"\s*(?:[ap]\.?m\.?)?)(?:\s+on)?)?\s*$", re.I)
_PERIOD_FOR = re.compile(r"\bfor\s*$", re.I)
_FORECAST = re.compile(r"\b(?:could|might|may|expect(?:s|ed)?\s+to|forecast(?:s|ed|ing)?|predict(?:s|ed)?|"
                       r"projected|projections?|(?:aims?|plans?|intends?)\s+to|targets?)\b", re.I)
"""A year beside these is a forecast or a plan's period ("plans to spend $65 billion in 2025"), not an event."""
_RANKED = re.compile(
    r"\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|\w+est|most|least|worst|best)\b", re.I)
_UNMATCHED = re.compile(r"\b(?:first|\w{2,}est|most|least|worst|best)\b", re.I)
"""What "since" follows when its date is the last time the like happened: "the first death since 2015"."""
_SINCE = re.compile(r"\bsince\s+(?P<what>(?:\S+\s+){0,6}?)$", re.I)
_COUNT_START = re.compile(r"\b(?:records?|record[- ]keeping|measurements?|counts?|tracking)\s+(?:\S+\s+)?"
                          r"(?:began|begun|started|commenced)\b", re.I)
"""A ranking "since records began in 1880" counts from when counting started: no event of its own. "The first
death since the outbreak began last month" still dates the outbreak's start."""
_PERIOD_NOUN = re.compile(r"\b(?:quarter|year|month|week|season|period|half|decade|day)s?\b", re.I)
_LEADING_LINK = re.compile(r"^(?:and|but|after|before|when|while|as|since|because|although|though)\s+", re.I)
_PLACE_LINE = re.compile(r"\s*[A-Z][\w.'’]*(?:[ ,]+[A-Z][\w.'’]*){0,4}(?:\s*\([^)]{1,40}\))?\s*[-–—]+\s*(?=[A-Z\"“])")
"""The place (and agency) a wire story opens with: "Washington DC - ", "LOS ANGELES (KCAL, KCBS) — "."""
_WHEN = re.compile(r"[^,;.]{0,40},\s+when\b")
"""A date a when-clause tells of: "more than the 2020 season, when 4.3 million acres burned" is a 2020 event."""
_GIVEN_UP = re.compile(r"\b(?:originally|initially|previously)\s+(?:\w+\s+){1,2}(?:for|on)\s*$", re.I)
"""A date a plan no longer holds ("the vote, originally scheduled for March 2, was postponed"): no event."""
_REPORTED = re.compile(r"\b(?:said|says|announced|confirmed|reported|added|stated|warned|told\s+\w+)\b[^,;]{0,30}?"
                       r"\bthat\s+", re.I)
"""Where a reported claim starts: after "said on Tuesday that" comes what happened, with a date of its own."""
_SAID_ON = re.compile(r"(?:[\w’'.-]+\s+){1,5}(?:said|says|announced|confirmed|reported|added|stated|told\s+"
                      r"reporters)(?:\s+(?:on|in|late|early))?", re.I)
"""A claim's part that only says who told it when ("the health ministry said on Monday"): no event."""
_OBJECT_RELATIVE = re.compile(r",\s*(?:[Ww]hich|[Ww]hom)\s+(?:(?i:the|a|an|it|they|he|she|we|i|you|its|their|his|her|"
                              r"our)\s|[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*\s+[a-z]+s\s)")
"""A relative clause whose subject is not its antecedent ("..., which KCB expects by the end of the month"): as a
claim of its own it reads garbled, so its event is told with the whole sentence."""
_A_DAY = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
          r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)")
"""How a named day begins: a weekday, or a month and its day ("March 16")."""
_FROM_PLACE = re.compile(rf"(?i:from)\s+(?:the\s+(?:[a-z]+\s+)?)?"
                         rf"(?!(?i:{_A_DAY}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))"
                         r"[A-Z][a-z]+\b(?!['’])")
"""Where something comes from ("the crossing from Dover on Saturday", "lift-off from the Karvik spaceport on
Tuesday"): a name, not a figure or a day's level, so no baseline ("up from 8.1% in 2020", "down from Friday's
close on Monday")."""
_LEVEL_THEN = re.compile(r"\b(?:held|was|were|stood|had|totall?ed|amounted\s+to)\b[^,;]*\d[^,;]*$", re.I)
"""A level a time back ("held 58% of capacity a year ago", "Prices were 3% lower two years ago"): no event."""
_STARTS_FROM = re.compile(r"from\s+$", re.I)
"""A day right after "from" is when something starts ("will cut supplies for eight hours a day from Thursday"), unless
it is a day's level ("down from Friday's close")."""
_RANGE_END = re.compile(rf"\s*(?:until|till|to|through|[-–])\s*(?:\d|{_A_DAY})", re.I)
"""The end of a span of days that opens on "from" ("closed from March 14 until March 16"): its first day is when
it began, an event, not a baseline; a span of months or years ("rose from 2023 to 2024") stays a comparison."""
_POINTS_BACK = re.compile(r"\b(?:on|of|to|for|about|against|over|with|from|into|under)\s+(?:that|those)\s+(?!(?:day|"
                          r"date|time|week|month|year|point|moment|case|morning|evening|night|reason|way|kind|sort|"
                          r"who|whom|which|whose)s?\b)[a-z]{3,}", re.I)
"""A thing the claim names only by pointing back ("she would rule on that request next month"): its event is
told with the sentence before it, which names the thing ("The plaintiffs have asked for $18.4 million in fees.")."""
_RELEASED_ON = re.compile(rf"\baccording\s+to\s+(?:a|an|the)\s+(?:new\s+|latest\s+)?(?P<what>report|study|survey|"
                          rf"analysis|estimate|assessment|review|audit|filing|poll)s?\s+(?:published|released|issued|"
                          rf"unveiled|made\s+public)\s+(?:on\s+|late\s+|early\s+)?(?:{_A_DAY}|yesterday|today|last\s+week)",
                          re.I)
"""A claim that dates a report it cites ("..., according to a report published Thursday") is told with the sentence
after it when that one, with no date of its own, gives what the report found and names it again ("Losses are
projected to hit $50 billion, ..., the Journal reported", "the study found"): the day is the finding's, and the line
that states it is the next one, whatever its paragraph. A claim that says the finding itself ("A survey released on
Monday found that 40% ...") needs no more."""
_STATEMENT = re.compile(r"[“\"][^“”\"]{3,}[”\"],?\s+(?:\S+\s+){0,4}?(?:said|says|added|told|wrote|stated)\b")
_QUOTATION = re.compile(r"[“\"][^“”\"]+[”\"]")
_BY_END = re.compile(r"\bby\s*$", re.I)
_BOUND = re.compile(r"\b(?:before|after|prior\s+to)\s*$", re.I)
_COORDINATED = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+|through\s+|[-–]\s*)$", re.I)
def build_timeline(story: Story, clustering: Clustering | None = None) -> tuple[Event, ...]:
    """Every dated event in the story, oldest first, one entry per (date, claim)."""
    raw: list[tuple[str, str, str, str]] = []  # (date, text, sentence id, sentence text)
    told: dict[str, str] = {}  # an event's text -> the words it is told with, when they need a sentence more
    for article in story.articles:
        first = True
        sentences = [s for s in article.sentences if s.kind != "heading"]
        for k, sentence in enumerate(sentences):
            body = sentence.text
            if first:  # "date 2025-06-20 Air India said ...": the stamp is no event, nor "LOS ANGELES (AP) —" text
                stamp = dateline(body)
                body = body[stamp[1]:] if stamp else body
                body = body[len(m.group(0)):] if (m := _PLACE_LINE.match(body)) else body
            first = False
            for date, text in dated_clauses(body, article.published):
                raw.append((date, text, sentence.id, sentence.text))
                if (words := _told_with(sentences, k, text, article.published)) != text:
                    told[text] = words
    raw.extend(recent_events(story, story_day([r[0] for r in raw]), {r[2] for r in raw}))
    merged = _merge(raw, clustering)
    events = []
    for date, text, claim, sources in sorted(merged, key=lambda e: (e[0], min(e[3]), e[1])):
        events.append(Event(event_id(date, text), date, told.get(text, text), tuple(sorted(sources)), claim))
    return tuple(with_distinct_ids(events))


def _told_with(sentences: list[Sentence], k: int, text: str, published: dt.date | None) -> str:
    """An event's text with the sentence it needs beside it, in the same paragraph and with no date of its own:
    the one before, when the claim names its subject only by pointing back ("she would rule on that request next
    month"), or the quotation after, when the claim is a dated statement whose quotation goes on ("'...,' she
    said in a statement on Monday. 'We are pleased to have reached agreement.'"); and the finding after a claim
    that only dates a report (see ``_RELEASED_ON``)."""
    def beside(j: int) -> Sentence | None:
        other = sentences[j] if 0 <= j < len(sentences) else None
        return other if other and other.paragraph == sentences[k].paragraph and other.kind == "body" and \
            not dated_clauses(other.text, published) else None

    if _POINTS_BACK.search(text) and (before := beside(k - 1)):
        return f"{before.text} {text}"
    after = sentences[k + 1] if k + 1 < len(sentences) else None
    if (cited := _RELEASED_ON.search(text)) and after and after.kind == "body" and \
            re.search(rf"\b{cited.group('what')[:5]}", after.text, re.I) and not dated_clauses(after.text, published):
        return f"{text} {after.text}"
    statement = _STATEMENT.match(text)  # the date is the statement's, not one inside its quotation
    if statement and find_dates(text[statement.end():], published) and (after := beside(k + 1)) and \
            _QUOTATION.fullmatch(after.text.strip()):
        return f"{text} {after.text}"
    return text


def dated_clauses(sentence: str, published: dt.date | None) -> list[tuple[str, str]]:
    """(date, claim) for each claim of ``sentence`` that says when something happened or will happen.

    Claims are clauses and relative clauses (see :func:`claim_units`), so in "The party, which has
    governed since 1994, slumped on Sunday" 1994 dates the governing and Sunday the slump. One claim
    with two dates that are not a list ("after passing his medical on Thursday, the club confirmed
    this morning") tells of two events; "on Thursday, Friday and Saturday" is one, from its first day.
    "The deadliest since 1996" makes 1996 an event too: the last time it was as bad.
    """
    whole = find_dates(sentence, published)
    if not whole:
        return []  # most sentences: no date, no need to look at their claims one by one
    # a relative date is read where the sentence writes it: a claim cut from it may lose the verb that points it
    # ("the committee, which will question Danov and its chair, Reyl, on Thursday, should not wait" is ahead)
    as_written = {m.text: m.date for m in whole if m.relative and sum(o.text == m.text for o in whole) == 1}
    out = []
    for _, unit in claim_units(sentence):
        mentions = [replace(m, date=as_written.get(m.text, m.date)) if m.relative else m
                    for m in find_dates(unit, published) if not (m.relative and _quoted(unit, m.start))]
        events = [m for m in mentions if _is_event_date(unit, m)]
        references = [m.date for m in mentions if m not in events and _reference_date(unit, m)]
        text = as_sentence(unit if len(unit.split()) >= 6 and not _object_relative(sentence, unit) else sentence)
        days = _distinct_dates(unit, events)
        for m in days:
            part = _own_words(unit, m, 0) if len(days) > 1 else None
            own = part if part and len(part.split()) >= 6 else None
            if part and _SAID_ON.fullmatch(part.replace(m.text, "").strip(" .")) and (
                    own or any(o is not m and not _AFTER_DAY.search(re.split(r"[,;:]", unit[:o.start])[-1])
                               for o in days)):
                continue  # ", the health ministry said on Monday,": when the claim was told, not an event of its own;
                # but in "has completed his move after passing his medical on Thursday, the club confirmed this
                # morning" only the telling dates the move
            out.append((m.date, own or text))
        out.extend((date, text) for date in references)
    return out


def _object_relative(sentence: str, unit: str) -> bool:
    """Whether ``unit`` was read from a relative clause whose pronoun is its object: "the wreck is moved outside the
    channel, which the authority hopes to do by Sunday" is no claim about the channel, so the sentence tells it."""
    return unit.rstrip(" .") not in sentence and bool(_OBJECT_RELATIVE.search(sentence))


def _own_words(text: str, mention: DateMention, least: int = 6) -> str | None:
    """The part of a two-event claim that tells of one of them: "Drivers will strike on Thursday, after talks
    broke down on Friday" gives "Talks broke down on Friday." for the Friday, and "Police said on Tuesday that
    the fire started on Sunday night" gives what was said for the Sunday; None when that part is no clause (shorter
    than ``least`` words)."""
    breaks = [m for m in re.finditer(r"[,;:](?!\d)\s*", text)
              if not (m.group(0).startswith(",") and _LISTED.match(text, m.end()))]
    start = max((m.end() for m in breaks if m.end() <= mention.start), default=0)
    start = max([start] + [m.end() for m in _REPORTED.finditer(text, start, mention.start)])
    end = min((m.start() for m in breaks if m.start() >= mention.end), default=len(text))
    words = _LEADING_LINK.sub("", text[start:end].strip())
    return as_sentence(words) if len(words.split()) >= max(least, 1) else None


_AFTER_DAY = re.compile(r"\b(?:after|before|following|ahead\s+of)\b", re.I)
_LISTED = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+(?:and|or)\s+[a-z]")
"""A comma inside a list ("the names, addresses and phone numbers of 4.2 million customers") ends no clause."""


def _distinct_dates(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The claim's most precise date, and any other day it gives that is not one of a list of days.

    A vaguer date beside a day is a period or a baseline ("approve spending next year", "up on this
    year's budget"), so only days make a second event.
    """
    if not mentions:
        return []
    years = len(mentions) > 1 and all(len(m.date) == 4 for m in mentions)
    if years and not _BETWEEN.search(text, 0, mentions[0].start) and all(
            _YEARS_LISTED.fullmatch(text, a.end, b.start) for a, b in pairwise(mentions)):
        return [m for k, m in enumerate(mentions) if m.date not in {o.date for o in mentions[:k]}]  # "in 1755 and
        # 1912": two eruptions, each a year's event (a span, "from 2019 to 2021", is one)
    best = max(mentions, key=lambda m: (len(m.date), _own_event(text, m), not _attributive(text, m), -m.start))
    chosen = [best]
    previous: DateMention | None = None
    for m in mentions:
        listed = previous is not None and _COORDINATED.match(text[previous.end:m.start])
        previous = m
        if listed or len(m.date) < 10 or m.date in {c.date for c in chosen} or not _own_event(text, m):
            continue  # "on Thursday, Friday and Saturday", "next Thursday and Friday": one event, its first day
        chosen.append(m)
    return chosen


_YEARS_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+years\s+)?$", re.I)
_NAMES_A_THING = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+$", re.I)


def _attributive(text: str, mention: DateMention) -> bool:
    """Whether a year only tells which thing is meant ("withdrew a 2019 study last week"): a year between a
    determiner and a noun dates the thing, so a date of the same precision beside it dates what was done."""
    return mention.kind == "bare_year" and bool(_NAMES_A_THING.search(text[:mention.start])) and \
        bool(re.match(r"\s+[a-z]", text[mention.end:]))


def _own_event(text: str, mention: DateMention) -> bool:
    """Whether a second day in a claim dates a thing the claim tells, not one it names in passing:
    "after Tuesday's plunge" and "up from the 12 the maker disclosed on Tuesday" are background."""
    if re.match(r"['’]s\b", text[mention.end:]):
        return False
    phrase = re.split(r"[,;:](?!\d)", text[:mention.start])[-1]
    return not _SET_AGAINST.search(phrase)


_SET_AGAINST = re.compile(r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?)\b|\bfrom\s+(?:the\s+|a\s+|an\s+)?"
                          rf"(?:about\s+|around\s+|some\s+)?(?:[\d$€£¥]|{_A_DAY})", re.I)
"""What a baseline or a span starts with: "than", "compared with", "from" a figure or a day ("up from the 12 ...",
"from March 14 until March 16"); "the bodies of 11 victims from Serindit will be buried on Thursday" is none."""


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` is inside a quotation: a speaker's "yesterday" counts from when they spoke, not the article."""
    before, after = text[:at], text[at:]
    curly = max(before.rfind("“"), before.rfind("”"))
    if curly != -1:
        return before[curly] == "“"
    if '"' in before:
        return before.count('"') % 2 == 1
    if "”" in after:  # the sentence goes on a quotation an earlier one opened
        return after.find("”") < (after.find("“") % (len(after) + 1))
    return after.count('"') % 2 == 1


def _is_event_date(text: str, mention: DateMention) -> bool:
    """Not a reference point ("as of", "for 2025", "born in 2020"), a period ("the 2023-24 season"), a
    bound ("before 2015"), a forecast year, nor a baseline ("up from 8.1% in 2020", "third since May").
    "Until" an end that is still ahead is an event (the helpline "will be open until March 21"), and so
    is a day a thing is set for ("a hearing for Nov. 18"): a period is never a single day.
    """
    lead = mention.text.lower()
    before = text[max(0, mention.start - 16):mention.start]
    if mention.kind == "ago" and _LEVEL_THEN.search(text[:mention.start]):
        return False  # "The reservoirs held 58% of capacity a year ago": a level then, to set today's against
    if mention.kind == "span" or lead.startswith("as of") or \
            _GIVEN_UP.search(text[:mention.start] + ("on " if lead.startswith("on ") else "")):
        return False
    day = len(mention.date) == 10
    if (lead.startswith(("for ", "until ", "through ", "till ", "by ")) or _NOT_EVENT.search(before)) and not (
            (day and _PERIOD_FOR.search(before)) or _until_ahead(text, before, mention) or
            _deadline_ahead(text, before, mention)):
        return False
    if len(mention.date) == 4 and (_FORECAST.search(text) or _BOUND.search(before) or
                                   lead.startswith(("before", "after"))):
        return False  # "expected to return to profit in 2025": a forecast; "talks begin next week" stays
    phrase = re.split(r"[,;:](?!\d)", text[:mention.start])[-1]
    if (base := BASELINE_BEFORE.search(phrase)) and " to " not in f" {base.group(1)}" and not _FROM_PLACE.match(
            base.group(0)) and not _WHEN.match(
            text[mention.end:]) and not (day and not base.group(1) and (
                _RANGE_END.match(text, mention.end) or (_STARTS_FROM.match(base.group(0)) and
                not re.match(r"['’]s\b", text[mention.end:])))):
        return False
    if lead.startswith("since") and _RANKED.search(text[:mention.start]):
        return False
    since = _SINCE.search(phrase)
    return not (since and since.group("what") and _RANKED.search(phrase[:since.start()])
                and (_PERIOD_NOUN.search(since.group("what")) or _COUNT_START.search(since.group("what"))))


def _until_ahead(text: str, before: str, mention: DateMention) -> bool:
    """"Will run until Saturday", "is due to last until Saturday": the end of something still to come. So is the
    day a state a present perfect still holds ends ("has extended its hours until Sunday"), but the month or year
    it lasts to is a term ("has signed a contract until June 2030"), no event."""
    lead = mention.text.lower()
    if not (lead.startswith(("until ", "through ", "till ")) or _UNTIL.search(before)):
        return False
    if tense_at(text, mention.start, mention.end) == FUTURE:
        return True
    return len(mention.date) == 10 and tense_at(text, mention.start, mention.end, until=True) == FUTURE


def _deadline_ahead(text: str, before: str, mention: DateMention) -> bool:
    """"Hopes to clear the wreck by Sunday", "would publish its findings by October 14": the day or month a
    plan is due is an event still to come. A year is a target ("cut emissions by 2030"), and in a past clause
    "by" is a tally's date ("by Sunday, 24 had died"), neither an event."""
    if len(mention.date) < 7 or not (mention.text.lower().startswith("by ") or _BY_END.search(before)):
        return False
    return tense_at(text, mention.start, mention.end, conditional_reach=REACH) != PAST


def _reference_date(text: str, mention: DateMention) -> bool:
    """"The first ... since 2015", "India's deadliest disaster since 1996": the year names an event, the last
    one like it, and the claim's own date (if any) is another."""
    lead = mention.text.lower()
    before = text[:mention.start]
    direct = lead.startswith("since") or re.search(r"\bsince\s*$", before, re.I)
    return bool(direct) and bool(_UNMATCHED.search(before))  # "the third storm since May": May starts a count


def _merge(raw: list[tuple[str, str, str, str]], clustering: Clustering | None
           ) -> list[tuple[str, str, str, set[str]]]:
    """Merge same-date events that share a claim cluster or are worded alike."""
    clusters_of = clustering.by_sentence if clustering else {}
    by_date: dict[str, list[int]] = {}
    for k, (date, *_rest) in enumerate(raw):
        by_date.setdefault(date, []).append(k)
    out = []
    for date, indexes in by_date.items():
        pairs = claim_pairs([raw[k][1] for k in indexes]) if len(indexes) > 1 else {}
        links = [pair for pair, score in pairs.items() if score >= SAME_EVENT.get(len(date), 0.3)]
        first_with: dict[int, int] = {}
        for local, k in enumerate(indexes):  # events whose sentences share a claim cluster
            for cluster in clusters_of.get(raw[k][2], ()):
                if cluster in first_with:
                    links.append((first_with[cluster], local))
                else:
                    first_with[cluster] = local
        for local_group in connected_groups(len(indexes), links):
            members = [indexes[local] for local in local_group]
            lead = max(members, key=lambda k: (_specifics(raw[k][1]), -k))  # raw is in story order
            sources = {raw[k][2].split(".")[0] for k in members}
            out.append((date, raw[lead][1], raw[lead][3], sources))
    return out


def _specifics(text: str) -> int:
    """Names and figures in a text: the merged event keeps the wording that says most."""
    return len(names_in(text)) + len(re.findall(r"\d+(?:[.,]\d+)?", text))


def connected_groups(n: int, links: list[tuple[int, int]]) -> list[list[int]]:
    """Items 0..n-1 grouped by the links between them (union-find), each group in ascending order."""
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        parent[root(b)] = root(a)
    groups: dict[int, list[int]] = {}
    for x in range(n):
        groups.setdefault(root(x), []).append(x)
    return list(groups.values())


def most_common_date(dates: list[dt.date | None]) -> dt.date | None:
    """The date most articles of a story carry: the default for an article that gives none."""
    known = Counter(d for d in dates if d)
    return known.most_common(1)[0][0] if known else None
