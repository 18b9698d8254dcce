"""Find dates in text and resolve them against the article's publication date.

Spans are isolated by a grammar first and only then interpreted (python-dateutil's
``relativedelta`` for the arithmetic), because free-text date search turns "$53" into 1953.
A date is never more precise than its words: "last week" is a month (or a year when that week
straddles two months), "in 2020" is a year, "the three months ending December 31" is a day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from .tense import CONDITIONAL_REACH, FUTURE, PAST, PRESENT, REACH, SCHEDULE, moving_verbs, tense_at

MONTHS = {m: i for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
    ("nov", "november"), ("dec", "december")), start=1) for m in names}
WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday"))}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WHICH_YEAR = r"(?:,?\s+(?P<which>last|this|next)\s+year\b)?"  # "on March 3 last year"
_NOT_CLOCK = r"(?!\s*(?:GMT|UTC|hours|hrs|[A-Z]{1,3}[SD]T)\b)"  # "1940 GMT" is a time of day, not a year
_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(p, re.I)) for name, p in (
    ("iso", rf"\b{_YEAR}-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:\b|(?=T\d\d:))"),  # "2025-03-11T08:15:00Z" too
    ("mdy", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    ("dmy", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"),
    ("numeric", rf"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.]{_YEAR}\b"),
    ("ending", rf"\b(?:three|six|nine|twelve|\d+)\s+months\s+(?:ending|ended|to|through)\s+{_MONTH}\s+{_DAY}"
               rf"(?:,?\s+{_YEAR})?"),
    ("ending", rf"\b(?:three|six|nine|twelve|\d+)\s+months\s+(?:ending|ended|to|through)\s+{_DAY}\s+{_MONTH}"
               rf"(?:,?\s+{_YEAR})?"),
    ("md", rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:%|per\s*cent|billion|million|years?)){_WHICH_YEAR}"),
    ("dm", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b{_WHICH_YEAR}"),
    ("my", rf"\b{_MONTH},?\s+{_YEAR}\b"),
    ("quarter", rf"\bQ[1-4]\s*{_YEAR}\b"),
    ("quarter", rf"\b(?:the\s+)?(?:first|second|third|fourth|last|final)\s+quarter\s+of\s+{_YEAR}\b"),
    ("quarter", rf"\b(?:fiscal|FY)\s*(?:year\s+)?{_YEAR}\b"),
    ("month_year", rf"\b{_MONTH}\s+(?P<which>last|this|next)\s+year\b"),
    ("which_month", rf"\b(?P<which>last|next)\s+{_MONTH}(?!\s+\d)\b"),
    ("in_month", rf"\b(?:in|since|during|until|by|from|early|late|mid|end of)[\s-]+{_MONTH}(?!\s+\d)\b"),
    ("span", rf"\b{_YEAR}\s*[-–/]\s*(?:(?:19|20)\d\d|\d\d)\b(?!\s*(?:%|per\s*cent))"),
    ("year", r"\b(?:in|since|from|until|before|after)\s+(?:the\s+year\s+)?(?P<year>1[0-8]\d\d)\b(?![,.]?\d|\s*%|"
             r"\s+[a-z]+s\b)"),  # "erupted in 1755": a year before 1900 only after a preposition, before no plural
    ("year", rf"(?:\b(?:in|since|by|from|until|till|through|during|of|for|after|before|early|late|mid|end of|"
             rf"start of|starting|began|begun|beginning)\s+(?:the\s+)?(?:year\s+)?|\(){_YEAR}\b(?![,.]?\d)"
             rf"{_NOT_CLOCK}"),
    ("bare_year", rf"(?<![\d$£€¥,.])\b{_YEAR}\b(?![,.]?\d|\s*(?:%|per\s*cent|yuan|dollars|people|[a-z]+s\b))"
                  rf"{_NOT_CLOCK}"),
    ("day_word", r"\b(?P<word>(?:(?:the\s+)?day\s+(?:before|after)\s+)?(?:yesterday|tomorrow)|today|tonight|"
                 r"last\s+night|this\s+(?:morning|afternoon|evening))\b"),
    ("weekday", r"\b(?:on\s+|(?P<which>last|next|this|coming)\s+)?"
                r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
                r"(?:\s+(?:of\s+)?(?P<week>last|this|next)\s+week\b)?"),
    ("weekend", r"\b(?:(?P<which>last|this|next|coming)|(?:over|during|at)\s+the)(?:\s+(?P<past>past))?\s+weekend\b"),
    ("relative", r"\b(?P<which>last|this|next|past|previous|coming)\s+(?P<unit>week|month|year)\b"),
    ("end_of", r"\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|(?P<which>next)\s+)(?P<unit>month|year)\b"),
    ("ago", r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<unit>day|week|month|year)s?\s+"
            r"(?P<dir>ago|earlier|before|prior|later)\b"),
    ("earlier", r"\b(?P<which>earlier|later)\s+this\s+(?P<unit>week|month|year)\b"),
)]
_MAYBE_DATE = re.compile(  # cheap test: no digit, month, weekday or relative word means no date
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\b(?:today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|days?|week|month|year)",
    re.I)


@dataclass(frozen=True)
class DateMention:
    """A date found in text: the words, their place, and the date as precise as they allow."""

    start: int
    end: int
    text: str
    date: str
    relative: bool = False
    kind: str = ""


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date in ``text`` (see :func:`_find_dates`); cached, as facts and timeline read the same sentences."""
    return list(_find_dates(text, published))


@lru_cache(maxsize=50_000)
def _find_dates(text: str, published: dt.date | None) -> tuple[DateMention, ...]:
    """Every date in ``text``, longest match first where spans overlap, in order of appearance.

    >>> [m.date for m in _find_dates("On Monday, after a 14% surge on February 21, shares fell.", dt.date(2025, 2, 24))]
    ['2025-02-24', '2025-02-21']
    """
    if not _MAYBE_DATE.search(text):
        return ()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            date = _interpret(name, match, text, published)
            if date:
                found.append(DateMention(match.start(), match.end(), match.group(0).strip(" ("), date,
                                         name in _RELATIVE_KINDS, name))
            if date or name in FULL_DATES:
                taken.append((match.start(), match.end()))  # "February 30, 2025" is no date, nor is its year
    return tuple(_named_days(sorted(found, key=lambda m: m.start), text, published))


_DAY_OF = re.compile(r",?\s*(?:the\s+)?|\s*\(\s*")  # weekday, date: "Thursday, March 20", "next Friday (20 June)"
_DAY_AFTER = re.compile(r"\s*\(\s*[a-z]+|,\s*a\s+[a-z]+", re.I)  # after: "March 20 (Thursday)", "March 20, a Thursday"


def _named_days(found: list[DateMention], text: str, published: dt.date | None) -> list[DateMention]:
    """A weekday written with a month and day ("Thursday, March 20", "March 20 (Thursday)") is that day, not a
    weekday of its own resolved by tense, and it gives a date without a year its year: the one of the article's
    year and the years either side in which that day is that weekday, when only one is."""
    out: list[DateMention] = []
    for m in found:
        last = out[-1] if out else None
        if last and last.kind == "weekday" and m.kind in _DAYS and _DAY_OF.fullmatch(text, last.end, m.start):
            day, weekday = m, last
        elif last and m.kind == "weekday" and last.kind in _DAYS and _DAY_AFTER.fullmatch(text, last.end, m.end):
            day, weekday = last, m
        else:
            out.append(m)
            continue
        start, end = min(day.start, weekday.start), max(day.end, weekday.end)
        number = WEEKDAYS[re.findall(r"[a-z]+day", weekday.text.lower())[-1]]
        out[-1] = DateMention(start, end, text[start:end].strip(" ()"), _year_by_weekday(day, number, published),
                              day.relative, day.kind)
    return out


_DAYS = {"md", "dm", "mdy", "dmy", "iso"}


def _year_by_weekday(mention: DateMention, weekday: int, published: dt.date | None) -> str:
    """The date of a month and day said with its weekday: in the one year near the article's that fits."""
    if mention.kind not in ("md", "dm") or published is None:
        return mention.date
    month, day = int(mention.date[5:7]), int(mention.date[8:10])
    years = [y for y in (published.year - 1, published.year, published.year + 1)
             if _ymd(y, month, day) and dt.date(y, month, day).weekday() == weekday]
    return _ymd(years[0], month, day) or mention.date if len(years) == 1 else mention.date


FULL_DATES = {"iso", "mdy", "dmy", "numeric"}
_NUMERIC = dict(_PATTERNS)["numeric"]


def day_month_readings(text: str) -> list[dt.date]:
    """Both days a numeric date whose day and month could swap may be ("06/11/2026": 6 November, 11 June),
    day first; one when only one is a day. :func:`find_dates` gives such a date only its year."""
    m = _NUMERIC.search(text)
    if m is None:
        return []
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue  # "31/04" read month first is no day
    return readings


_RELATIVE_KINDS = {"md", "dm", "ending", "in_month", "month_year", "which_month", "day_word", "weekday", "weekend",
                   "relative", "ago", "earlier", "end_of"}
SLACK_DAYS = 7
"""How far past an article's date a day told in the past tense is still this year's (see :func:`_year_of`)."""
_BY = re.compile(r"\bby\s+$", re.I)
_UNTIL = re.compile(r"\b(?:until|till|through)(?:\s+at\s+least)?(?:\s+(?:noon|midday|midnight|\d{1,2}(?:[:.]\d\d)?"
                    r"\s*(?:[ap]\.?m\.?)?)(?:\s+on)?)?\s+$", re.I)  # "until at least noon on Wednesday": ahead
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\s+(?:the\s+)?$", re.I)
_CLOCK_ZONE = re.compile(r"\b\d{1,2}(?::?\d\d)?\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|[A-Z]{1,3}[SD]?T)\s*$")


def _interpret(name: str, m: re.Match[str], text: str, published: dt.date | None) -> str | None:
    g = m.groupdict()
    if name == "iso":
        return _ymd(int(g["year"]), int(g["month"]), int(g["day"]))
    if name in ("mdy", "dmy"):
        return _ymd(int(g["year"]), _month(g["month"]), int(g["day"]))
    if name == "numeric":
        a, b = int(g["a"]), int(g["b"])
        day, month = (a, b) if a > 12 or b <= 12 else (b, a)
        return _ymd(int(g["year"]), month, day) if (a > 12 or b > 12) else f"{g['year']}"
    if name in ("quarter", "year", "bare_year", "span"):
        return g["year"]
    if name == "my":
        return f"{int(g['year']):04d}-{_month(g['month']):02d}"
    if published is None:
        return None  # no article date: a relative date stays unresolved rather than guessed
    since = re.search(r"\bsince\s+$", text[max(0, m.start() - 7):m.start()], re.I) or \
        m.group(0).lower().startswith("since")
    deadline = bool(_BY.search(text[max(0, m.start() - 4):m.start()]))  # "would publish its report by May 2"
    until = ends_state(text, m.start(), m.group(0))
    tense = PAST if since else tense_at(text, m.start(), m.end(), REACH if deadline else CONDITIONAL_REACH, until)
    tense = FUTURE if until and tense is None else tense  # "Airspace to stay closed until noon on Wednesday"
    if tense != PAST and deadline:
        tense = FUTURE  # "hopes to clear the channel by Sunday": a deadline is ahead unless the clause is past
    if tense == PAST and _moved_to(text[max(0, m.start() - 40):m.start()]):
        tense = FUTURE if name == "weekday" else PRESENT  # "postponed to March 20": the nearest, not the last
    if name == "weekday" and _AHEAD_OF.search(text[max(0, m.start() - 24):m.start()]):
        tense = FUTURE  # "rallied ahead of Thursday's vote": still to come this week, whatever the rally's tense
    if name == "weekday" and _CLOCK_ZONE.search(text[max(0, m.start() - 24):m.start()]):
        return None  # "at 2:40 a.m. local time (1940 GMT Sunday)": the same moment in another time zone
    if name == "month_year":
        shift = {"last": -1, "next": 1}.get(str(g["which"]).lower(), 0)
        return f"{published.year + shift:04d}-{_month(g['month']):02d}"  # "in March last year"
    if name == "which_month":
        month = _month(g["month"])
        forced = PAST if str(g["which"]).lower() == "last" else FUTURE
        year = _year_of(published, month, 1 if month != published.month else published.day, forced)
        return f"{year:04d}-{month:02d}" if year else None
    if name in ("md", "dm", "ending"):
        month, day = _month(g["month"]), int(g["day"])
        year = int(g["year"]) if g.get("year") else published.year + _YEAR_SHIFT[str(g["which"]).lower()] if \
            g.get("which") else _year_of(published, month, day, tense, 0 if since else SLACK_DAYS)
        return _ymd(year, month, day) if year else None
    if name == "in_month":
        month = _month(g["month"])
        year = _year_of(published, month, 1 if month != published.month else published.day, tense)
        return f"{year:04d}-{month:02d}" if year else None
    return _relative(name, g, published, tense)


def ends_state(text: str, start: int, words: str) -> bool:
    """Whether a date at ``start`` is the end of a state ("until Sunday", "through at least March 21")."""
    return words.lower().startswith(("until", "till", "through")) or bool(
        _UNTIL.search(text[max(0, start - 32):start]))


def _moved_to(before: str) -> bool:
    """Whether a date follows a verb that moved something to it: "postponed to", "pushed back until"."""
    if not (m := re.search(r"\b([a-z]+)\s+(?:(?:back|off|forward)\s+)?(?:to|until|till)\s+$", before, re.I)):
        return False
    return m.group(1).lower() in moving_verbs()


def _relative(name: str, g: dict[str, str | None], published: dt.date, tense: str | None) -> str | None:
    if name == "day_word":
        word = " ".join(str(g["word"]).lower().split()).removeprefix("the ")
        delta = {"yesterday": -1, "last night": -1, "tomorrow": 1, "day before yesterday": -2,
                 "day after tomorrow": 2}.get(word, 0)  # "the day after yesterday" is today
        return (published + dt.timedelta(days=delta)).isoformat()
    if name == "weekday" and g.get("week"):  # "on Wednesday next week": that week's Wednesday, whatever the tense
        weeks = _YEAR_SHIFT[str(g["week"]).lower()]
        weeks += 1 if weeks == -1 and published.weekday() == 6 else 0  # on a Sunday "last week" is the one ending
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=weeks)
        return (monday + dt.timedelta(days=WEEKDAYS[str(g["weekday"]).lower()])).isoformat()
    if name == "weekday":
        return _weekday(published, WEEKDAYS[str(g["weekday"]).lower()], str(g["which"] or "").lower(), tense)
    if name == "weekend":
        return _weekend(published, "past" if g["past"] else str(g["which"] or "").lower(), tense)
    unit = str(g["unit"]).lower()
    if name == "end_of":  # "expects to finish by the end of the month"; in a past clause, which month is unsaid
        return None if tense == PAST else _span(published + _shift(unit, 1 if g["which"] else 0), unit)
    if name == "ago":
        if str(g["dir"]).lower() != "ago":
            return None  # "two days before returning the verdict", "a week later": counted from another event
        n = _WORD_NUMBERS.get(str(g["n"]).lower()) if not str(g["n"]).isdigit() else int(str(g["n"]))
        if n is None:
            return None
        day = published + _shift(unit, -n)
        return _span(day, unit, approximate=unit != "day")
    which = str(g["which"]).lower()
    if which == "previous":
        return None  # "the previous year", "the previous week": the one before another date, not the article's
    if which == "past":  # "over the past month": the month up to the article's date, in the month or year it fits
        start = published + _shift(unit, -1)
        return f"{start.year:04d}-{start.month:02d}" if start.month == published.month and start.year == \
            published.year else f"{start.year:04d}" if start.year == published.year else None
    shift = {"last": -1, "next": 1, "coming": 1}.get(which, 0)
    day = published + _shift(unit, shift)
    if unit == "week" and shift == -1 and published.weekday() == 6:
        day = published - dt.timedelta(days=1)  # on a Sunday "last week" is the one just ending, Monday to Saturday
    return _span(day, unit)


_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}


def _weekday(published: dt.date, target: int, which: str, tense: str | None) -> str:
    """The day a weekday names: "next"/"coming" ahead and "last" behind, whatever the article's own weekday
    ("next Tuesday" in a Tuesday article is a week on); otherwise ahead in a future or timetable clause ("the trial
    begins on Monday"), the nearest in a present one ("the hearing is on Thursday"), else behind, news reporting
    mostly what has happened."""
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if which in ("next", "coming"):
        return (published + dt.timedelta(days=ahead or 7)).isoformat()
    if which == "last":
        return (published - dt.timedelta(days=back or 7)).isoformat()
    if tense in (FUTURE, SCHEDULE) or (tense == PRESENT and ahead < back):
        return (published + dt.timedelta(days=ahead)).isoformat()
    return (published - dt.timedelta(days=back)).isoformat()


def _weekend(published: dt.date, which: str, tense: str | None) -> str | None:
    """The month of the weekend meant, found as its Saturday is (see :func:`_weekday`): "over the weekend" in a
    Monday article is the one just gone, "this weekend" in a future clause the coming one, and "last weekend"
    written on a weekend the one before it. A weekend across two months has no month, only its year."""
    way = "last" if which == "past" else "" if which == "this" else which  # "this past weekend": the one just gone
    saturday = dt.date.fromisoformat(_weekday(published, 5, way, tense))
    if which == "last" and published.weekday() >= 5 and (published - saturday).days < 7:
        saturday -= dt.timedelta(days=7)
    sunday = saturday + dt.timedelta(days=1)
    if saturday.month == sunday.month:
        return f"{saturday.year:04d}-{saturday.month:02d}"
    return f"{saturday.year:04d}" if saturday.year == sunday.year else None


def _shift(unit: str, n: int) -> relativedelta:
    """``n`` days, weeks, months or years as a calendar step."""
    return relativedelta(days=n) if unit == "day" else relativedelta(weeks=n) if unit == "week" else \
        relativedelta(months=n) if unit == "month" else relativedelta(years=n)


def _span(day: dt.date, unit: str, approximate: bool = False) -> str:
    """The date of a day, or of the week/month/year around it, as precise as the words allow."""
    if unit == "day" and not approximate:
        return day.isoformat()
    if unit in ("week", "day"):
        start = day - dt.timedelta(days=day.weekday())
        end = start + dt.timedelta(days=6)
        if start.month == end.month:
            return f"{start.year:04d}-{start.month:02d}"
        return f"{start.year:04d}" if start.year == end.year else f"{day.year:04d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def _year_of(published: dt.date, month: int, day: int, tense: str | None, slack: int = 0) -> int | None:
    """The year of a month and day the text gives without one: on or after the article's date in a future
    clause, on or before it in a past one, and otherwise the nearer of the two ("the vote is on May 5" in a
    March article is this May, "takes effect on January 1" in a November one the coming January).

    A past day up to ``slack`` days after the article's date, or a future one up to ``slack`` days before it, is
    this year's: an article's date may be a few days off (the story's date standing in for its own), and "voted
    on March 14" in a March 12 article (or "will resume on January 2" in a January 3 one) is far likelier that.
    """
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:  # February 29 outside a leap year
            continue
    if tense == FUTURE:
        candidates = [c for c in candidates if c >= published - dt.timedelta(days=slack)]
    elif tense == PAST:
        candidates = [c for c in candidates if c <= published + dt.timedelta(days=slack)]
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs((c - published).days), c > published)).year


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(name: str | None) -> int:
    return MONTHS[str(name).lower().rstrip(".")[:3] if str(name).lower()[:3] != "sep" else "sep"]


def period_length_years(period: str | None) -> float | None:
    """How many years a spending period covers: "over the next three years" -> 3, "this fiscal year" -> 1."""
    if not period:
        return None
    low = period.lower()
    if m := re.search(r"\b((?:19|20)\d\d)\s*(?:-|–|to)\s*((?:19|20)\d\d)\b", low):  # "2025-2027": both years
        return float(max(1, int(m.group(2)) - int(m.group(1)) + 1))
    if m := re.search(r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+years?", low):
        n = m.group(1)
        return float(n) if n.isdigit() else float(_WORD_NUMBERS[n] or 1)
    if m := re.search(r"(\d+|three|six|nine|twelve)[\s-]+months?", low):
        n = {"three": 3, "six": 6, "nine": 9, "twelve": 12}.get(m.group(1)) or int(m.group(1))
        return n / 12
    if "decade" in low:
        return 10.0
    if "quarter" in low:
        return 0.25
    if re.search(r"\byear\b|\b(?:19|20)\d\d\b|annual|fiscal|per year|a year", low):
        return 1.0
    return None
