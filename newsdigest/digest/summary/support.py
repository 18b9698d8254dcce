"""Which sources carry a digest sentence: the test a citation must pass, by construction.

A source is cited for a sentence only when it states the claim and every figure in it. Being in
the same claim cluster is not enough: clusters gather paraphrases by overlap, and an outlet that
reports "shares fell 3%" is in the cluster of "shares fell 2.5%". So each candidate source's own
wording is checked for

* every **figure** of the sentence (a number with its scale: "380 billion", "2.5 per cent",
  "$53bn"); a bracketed conversion stands for the figure it converts ("380 billion yuan ($53
  billion)": either side will do), the way a reader takes it;
* every **quotation** of the sentence (a quote is a person's words: only an outlet that prints
  them carries it);
* enough of the sentence's **words**, in one of the source's own sentences.

A source that states the claim with other figures of the same kind is not cited: it is a
disagreement, which the account names apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...model import Citation, Sentence, Wording
from ..facts.quantities import NUMBER_WORDS, SCALES, parse_number
from ..text.words import stem
from .candidates import Candidate

_SPELLED = {w: float(n) for w, n in NUMBER_WORDS.items() if n >= 2}
_NUMBER = re.compile(r"(?:(?<![\w.,])|(?<=\bRp)|(?<=\bRs)|(?<=\bRM))(\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|"
                     r"(?:" + "|".join(_SPELLED) + r")(?![\w-]))"
                     r"(?:\s*(?P<pct>%|per\s?cent\b|percent\b|pct\b)"
                     r"|\s*-?\s*(?P<scale>thousand|million|billion|trillion|crores?|lakhs?|mn|mln|bn|tn|trn"
                     r"|(?<=\d)[mbk])(?![\w$]))?", re.I)
_CONVERSION_GAP = re.compile(r"(?:\s+[^\W\d]+){0,2}\s*[(\[]\s*"
                             r"(?:about|approximately|around|roughly|some|nearly|or|~|c\.)?\s*"
                             r"(?:[A-Z]{0,3}[$€£¥₹]|Rs\.?\s?|[A-Z]{3}\s)?\s*$")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTH_NEAR = re.compile(_MONTH + r"\s+\Z", re.I)
_MONTH_AFTER = re.compile(r"\s+" + _MONTH + r"(?!\w)", re.I)
_NOUN_AFTER = re.compile(r"(?:\s+(?:more|other|new|extra|additional|[a-z]+-[a-z]+))?\s+([a-z]{3,})\b")
_SIGN_BEFORE = re.compile(r"(?:[A-Z]{0,3}[$€£¥₹]|\bRs\.?\s?|\bRp\.?\s?|\bRM\s?|\bN(?=\d))\s?\Z")
_BRACKET_GOES_ON = re.compile(r"\)?\s+or\s+(?:about\s+|approximately\s+)?[^\d\s]{0,3}")
"""Between two conversions in one bracket: "2.5 million rupees ($28,870) or £21,000"."""
_FLOOR = re.compile(r"\b(?:more\s+than|over|at\s+least|above|exceed(?:s|ed|ing)?|in\s+excess\s+of|upwards\s+of|"
                    r"surpass(?:es|ed|ing)?|top(?:s|ped|ping)?)\s+$", re.I)
_CEILING = re.compile(r"\b(?:less\s+than|fewer\s+than|under|below|at\s+most|up\s+to|no\s+more\s+than)\s+$", re.I)
_QUOTE = re.compile(r"[\"“]([^\"“”]{12,}?)[\"”]|(?:^|(?<=\s))‘([^‘’]{12,}?)’(?=\W|$)")
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("""a an the and or of to in on for at by with from as is are was were be been has have had
that this these those it its their his her they he she we you not but than more most over into out about
after before said says will would could also which who what when where while such""".split())

WORD_SHARE = 0.25
"""A supporting sentence shares at least this share of the digest sentence's words (plain words, no
synonyms: a citation must be checkable by a reader comparing the two)."""
SAME_VALUE = 0.005
"""Two figures within half a per cent of each other are the same figure (rounding in conversion)."""


@dataclass(frozen=True)
class Figure:
    """A figure of a sentence: its values (the figure and its bracketed conversions), its kind and text."""

    values: tuple[float, ...]
    kind: str
    """``percent``, ``scaled`` (with million, bn ...), ``money`` (with a currency sign) or ``plain``."""
    text: str = ""
    """The figure as written, with its currency sign: "€80 million", "2.5 per cent"."""
    unit: str = ""
    """What it counts: the currency sign, "%", the noun after it ("drivers"), "time" or "date"."""
    side: int = 0
    """1 for a floor ("more than 240", "could exceed 10,000"), -1 for a ceiling ("up to 70", "below 35"), else 0."""

    @property
    def year(self) -> bool:
        """A plain four-digit number from 1900 to 2100 reads as a year, not a quantity."""
        return self.kind == "plain" and len(self.values) == 1 and 1900 <= self.values[0] <= 2100 \
            and self.values[0].is_integer()


def figures(text: str) -> list[Figure]:
    """The figures of ``text`` in order; a conversion in brackets right after a figure joins it.

    >>> [f.values for f in figures("over 380 billion yuan ($53 billion) and 2.5 per cent")]
    [(380000000000.0, 53000000000.0), (2.5,)]
    """
    return list(_figures(text))


@lru_cache(maxsize=50_000)
def _figures(text: str) -> tuple[Figure, ...]:
    """Cached: the summary compares each wording's figures with many others'."""
    european = bool(re.search(r"\b\d+,\d{1,2}\s*(?:%|per\s?cent)|\b\d{1,3}(?:\.\d{3})+,\d+\b", text))
    out: list[Figure] = []
    last_end = -1
    for m in _NUMBER.finditer(text):
        value = _SPELLED.get(m.group(1).lower()) if m.group(1)[0].isalpha() else parse_number(m.group(1), european)
        if value is None:
            continue
        scale = (m.group("scale") or "").lower()
        sign = _SIGN_BEFORE.search(text, max(0, m.start() - 4), m.start())
        kind = "percent" if m.group("pct") else "money" if sign else "scaled" if scale else "plain"
        value *= SCALES.get(scale, 1.0)
        gap = text[last_end:m.start()]
        if out and (_CONVERSION_GAP.fullmatch(gap) or _BRACKET_GOES_ON.fullmatch(gap)):
            out[-1] = Figure((*out[-1].values, value), out[-1].kind, out[-1].text, out[-1].unit, out[-1].side)
        else:
            written = text[sign.start() if sign else m.start():m.end()].strip()
            before = text[max(0, (sign.start() if sign else m.start()) - 24):sign.start() if sign else m.start()]
            side = 1 if _FLOOR.search(before) else -1 if _CEILING.search(before) else 0
            out.append(Figure((value,), kind, written, _unit(text, m, kind, sign.group(0).strip() if sign else ""),
                              side))
        last_end = m.end()
    return tuple(out)


def _unit(text: str, m: re.Match[str], kind: str, sign: str) -> str:
    """What a figure counts, for telling one measure reported twice from two measures."""
    if kind == "percent":
        return "%"
    if sign:
        return sign
    if text[max(0, m.start() - 1):m.start()] == ":" or text[m.end():m.end() + 1] == ":":
        return "time"
    if _MONTH_NEAR.search(text[max(0, m.start() - 10):m.start()]) or _MONTH_AFTER.match(text, m.end()):
        return "date"
    after = _NOUN_AFTER.match(text, m.end())
    return stem(after.group(1)) if after else ""


def values_in(text: str) -> list[tuple[float, str]]:
    """Every number of ``text`` with its scale applied, and its kind."""
    return [(v, f.kind) for f in figures(text) for v in f.values]


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_VALUE * max(abs(a), abs(b), 1e-9)


def written_number(f: Figure) -> tuple[float, int] | None:
    """The number a figure is written as, and how many decimals it is written to ("$1.25 billion": 1.25, 2)."""
    m = _WRITTEN.search(f.text)
    if m is None:
        return None
    text = m.group(0).replace(",", "") if m.group("grouped") else m.group(0).replace(",", ".")  # "44,1": 44.1
    return float(text), len(text.partition(".")[2])


_WRITTEN = re.compile(r"(?P<grouped>\d{1,3}(?:,\d{3})+(?:\.\d+)?)|\d+(?:[.,]\d+)?")


def _written_apart(a: Figure, b: Figure) -> bool:
    """Two figures written to the same decimal place with other digits are two figures, however near: 44.1C
    is not 44.3C (a conversion rounds: "$53 billion" beside "$53.2 billion" may be one)."""
    wa, wb = written_number(a), written_number(b)
    return bool(wa and wb and wa[1] and wa[1] == wb[1] and wa[0] != wb[0])


def _carried(f: Figure, have: list[Figure]) -> bool:
    """Whether a figure of the claim is among ``have`` (one value of a conversion group will do)."""
    return any(_same(v, h) and not _written_apart(f, g) for g in have for v in f.values for h in g.values)


def carries_figures(claim: list[Figure], wording: str) -> bool:
    """Whether ``wording`` states every figure of the claim (one value of each group will do)."""
    have = figures(wording)
    return all(_carried(f, have) for f in claim)


def quotations(text: str) -> list[str]:
    """The quoted passages of a sentence, normalised; a sentence that closes a quote it did not open
    (the rest of a quote of several sentences) counts from its start.

    >>> quotations('“We are sorry,” the chief executive said.')
    ['we are sorry']
    """
    found = [normalise(m.group(1) or m.group(2)) for m in _QUOTE.finditer(text)]
    straight = text.count('"')
    closing = text.find("”")
    opening = text.find("“")
    if closing >= 0 and (opening < 0 or opening > closing):
        found.append(normalise(text[:closing]))
    elif straight % 2 == 1 and text.find('"') > 12:
        found.append(normalise(text[:text.find('"')]))
    return [q for q in found if len(q.split()) >= 3]


def normalise(text: str) -> str:
    """Lower case, one kind of quote and apostrophe and dash, single spaces, no edge punctuation."""
    return _normalise(text) if len(text) < 400 else _normalise.__wrapped__(text)


@lru_cache(maxsize=20_000)
def _normalise(text: str) -> str:
    """Lower case, one kind of quote and apostrophe and dash, single spaces, no edge punctuation."""
    t = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    t = re.sub(r"[\u2010-\u2015]", "-", t)
    return re.sub(r"\s+", " ", t).strip(" ,.;:!?\"'")


@lru_cache(maxsize=50_000)
def words(text: str) -> frozenset[str]:
    """Plain content words, as a reader would compare two sentences (cached: each is compared often)."""
    return frozenset(w for w in _WORD.findall(normalise(text)) if len(w) > 2 and w not in _STOP)


def shares_words(claim: frozenset[str], wording: str) -> bool:
    """Whether ``wording`` uses at least WORD_SHARE of the claim's words (a claim of few words: any). The digits
    of a figure are no words here: figures are matched on their own, and "£140,000 a week" in two sentences
    says nothing of the rest ("Neither club has disclosed the wages, but the Post understands ...")."""
    plain = frozenset(w for w in claim if not w.isdigit())
    if len(claim) < 4 or not plain:
        return True
    return len(plain & words(wording)) / len(plain) >= WORD_SHARE


def cite(unit: Candidate, members: dict[int, dict[str, list[Sentence]]], sentences: dict[str, Sentence],
         texts: dict[str, str]) -> Citation:
    """The sources that carry a chosen wording, and every sentence of every source that states it.

    A source is cited when it has a sentence in each claim cluster the wording states, its
    sentences there give every figure of the wording and it prints every quotation in it. A
    sentence that states the claim (shares enough of its words) without passing is a wording that
    is not cited: its source reported the claim, with other figures or fewer of them. ``members``
    are each cluster's sentences by source, ``sentences`` the story's sentences by id and ``texts``
    its articles' texts, normalised (:func:`normalise`), by source id.
    """
    claim_figures = figures(unit.text)
    quotes = quotations(unit.text)
    claim_words = words(unit.text)
    own = unit.sentence.source
    own_ids = set(unit.members or (unit.sentence.id,))
    in_cluster: dict[str, list[list[Sentence]]] = {}
    for cid in sorted(unit.clusters):
        for source, group in members.get(cid, {}).items():
            in_cluster.setdefault(source, []).append(group)
    cited = [own]
    wordings = [Wording(own, sentences[sid].text, sentences[sid].line, True, sid) for sid in sorted(own_ids)]
    for source, groups in sorted(in_cluster.items()):
        stating = sorted({s.id: s for group in groups for s in group
                          if s.id not in own_ids and shares_words(claim_words, s.text)}.values(),
                         key=lambda s: s.position)
        if not stating:
            continue
        carries = source == own or (len(groups) == len(unit.clusters)
                                    and _has_figures(claim_figures, stating)
                                    and all(q in texts[source] for q in quotes))
        if carries and source != own:
            cited.append(source)
        wordings += [Wording(source, s.text, s.line, carries and s.kind != "heading", s.id) for s in stating]
    return Citation(unit.text, tuple(sorted(cited)), unit.sentence.id,
                    wordings=tuple(sorted(wordings, key=lambda w: (w.source, w.line, w.text))))


def _has_figures(claim: list[Figure], stating: list[Sentence]) -> bool:
    """Whether the sentences together give every figure of the claim (each figure's values cached per text)."""
    if not claim:
        return True
    have = [f for s in stating for f in figures(s.text)]
    return all(_carried(f, have) for f in claim)
