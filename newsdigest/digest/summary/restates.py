"""Whether a wording states again a claim the account already makes, perhaps with another figure.

Outlets paraphrase one another: "agreed to pay €55m up front" is "will pay an initial €52
million" from a source that heard another figure, and "640 bus drivers prepare to strike" is
"around 680 bus drivers will walk out". Word overlap alone misses these, so two wordings are
compared by what carries a claim:

* their **figures**: a figure of the new wording either appears in the chosen one, or stands
  where the chosen one gives another figure of the same kind and a similar size (within
  ``CONFLICT_RATIO``): the same measure, reported differently; or the account states it already;
* their **names** and **terms**: the new wording names no one the account has not named, and
  shares its actor and enough of its words with the chosen one.

A wording that passes adds nothing: it is the same claim. Where its figures differ, the account
notes the disagreement instead of stating the claim twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.words import content_terms
from .support import Figure, figures, written_number

CONFLICT_RATIO = 1.5
"""Two figures of one kind this close (the larger over the smaller) may be one measure reported twice."""
SHARED_TERMS = 0.5
CONFLICT_TERMS = 0.3
"""...or this share, when one of its figures is another value for a measure the chosen wording gives."""
"""A wording with no shared figure must share this share of its terms with the chosen one to restate it."""


@dataclass(frozen=True)
class Conflict:
    """A figure of a new wording that stands where the chosen wording has another: one measure, two values."""

    chosen: Figure
    other: Figure


def distinctive(f: Figure) -> bool:
    """A figure that identifies a claim: an amount, a percentage, a large count; not a day, a year or "two"."""
    return not f.year and (f.kind != "plain" or max(f.values) >= 100)


def _same_value(a: Figure, b: Figure) -> bool:
    """The same number, written of the same kind of thing: a share is never a count or an amount ("80 percent"
    of children vaccinated is not "80" cases, whatever the digits)."""
    if (a.kind == "percent") != (b.kind == "percent"):
        return False
    exact = not (a.year or b.year)
    return any(x == y or (not (exact and _exact(x, y)) and abs(x - y) <= 0.005 * max(abs(x), abs(y), 1e-9))
               for x in a.values for y in b.values) or _rounded(a, b)


def _rounded(a: Figure, b: Figure) -> bool:
    """Whether one figure rounds the other to fewer decimals: "fell 6%" beside "fell 6.2%", "$1.3 billion" beside
    "$1.26 billion" (to just under half its last digit). Counts written in full are exact: 241 is not 240."""
    wa, wb = written_number(a), written_number(b)
    if wa is None or wb is None:
        return False
    (coarse, (written, da)), (fine, (_, db)) = sorted(((a, wa), (b, wb)), key=lambda p: p[1][1])
    if da == db or (da == 0 and coarse.kind == "plain") or not written:
        return False
    tolerance = 0.499 * 10.0 ** -da * coarse.values[0] / written  # 3% covers 2.501 to 3.499: not 2.5
    return abs(coarse.values[0] - fine.values[0]) <= tolerance * (1 + 1e-9)


def _exact(x: float, y: float) -> bool:
    """Two whole numbers below 10,000 are counted, not rounded: "241 died" is not "242 on board"."""
    return x.is_integer() and y.is_integer() and max(abs(x), abs(y)) < 10_000


def same_figure(a: Figure, b: Figure) -> bool:
    """The same value of the same thing: "16 missing" is not "16 deaths", "80 percent" not "80 cases"."""
    units = {a.unit, b.unit} - {""}
    return _same_value(a, b) and (len(units) <= 1 or a.kind == b.kind == "money")


def _close(a: Figure, b: Figure) -> bool:
    """Same kind and unit, similar size: a candidate for the same measure reported differently.

    Times and dates are never one measure reported differently: "1:39 p.m." and "1:38 p.m." may
    be, but "on Feb. 21" and "on Feb. 24" are two days.
    """
    if a.kind != b.kind or a.year or b.year or a.unit != b.unit or a.unit in ("time", "date", ""):
        return False
    x, y = abs(a.values[0]), abs(b.values[0])
    return min(x, y) > 0 and max(x, y) / min(x, y) <= CONFLICT_RATIO


def _bound_met(a: Figure, b: Figure) -> bool:
    """Whether one figure is a bound the other meets: "could exceed 10,000 megawatts" and "its capacity of 10,200
    megawatts" can both hold, so neither reports the other differently."""
    x, y = a.values[0], b.values[0]
    return (a.side == 1 and y >= x) or (a.side == -1 and y <= x) or (b.side == 1 and x >= y) or \
        (b.side == -1 and x <= y)


def rival(a: Figure, b: Figure) -> bool:
    """Another value of one measure: same kind and unit, similar size, not the same value ("about 10 million
    doses" against "12 million doses"; "up 14%" against "up 11.6%")."""
    return _close(a, b) and not _same_value(a, b)


def compare_figures(new: list[Figure], chosen: list[Figure], stated: list[Figure]
                    ) -> tuple[bool, bool, list[Conflict]]:
    """(shares a distinctive figure, every new figure is accounted for, the conflicts found).

    A new figure is accounted for when the chosen wording has it, when it conflicts with a chosen
    figure the new wording lacks, or when the account (``stated``) already gives it.
    """
    shared = any(distinctive(f) and any(_same_value(f, c) for c in chosen) for f in new)
    unmatched = [c for c in chosen if not any(_same_value(c, f) for f in new)]
    conflicts: list[Conflict] = []
    accounted = True
    for f in new:
        if any(_same_value(f, c) for c in chosen):
            continue
        rival = next((c for c in unmatched if _close(f, c) and not _bound_met(f, c)), None)
        if rival is not None:
            conflicts.append(Conflict(rival, f))
        elif not any(_same_value(f, s) for s in stated):
            accounted = False
    return shared, accounted, conflicts


def same_claim(new_text: str, new_terms: frozenset[str], new_names: frozenset[str], chosen_text: str,
               chosen_terms: frozenset[str], said_names: frozenset[str], stated: list[Figure]
               ) -> tuple[bool, list[Conflict]]:
    """Whether ``new_text`` states the chosen claim again (and the figures it gives differently).

    ``new_names`` and ``said_names`` are the terms of the names in the new wording and in the account.

    It must name no one the account has not named, give no figure the account lacks (a different
    value for the same measure aside), and either share a distinctive figure with the chosen
    wording or share its actor and SHARED_TERMS of its terms.
    """
    if new_names - said_names:
        return False, []
    new, chosen = figures(new_text), figures(chosen_text)
    shared, accounted, conflicts = compare_figures(new, chosen, stated)
    if not accounted:
        return False, []
    if shared or (conflicts and _overlap(new_terms - _SCALE_TERMS, chosen_terms - _SCALE_TERMS) >= CONFLICT_TERMS):
        return True, conflicts
    if new_names & chosen_terms and _overlap(new_terms, chosen_terms) >= SHARED_TERMS:
        return True, conflicts
    return False, []


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of ``a``'s terms that ``b`` has."""
    return len(a & b) / len(a) if a else 0.0


MEASURE_WINDOW = 4
"""Words either side of a figure that say what it measures ("640 bus drivers ... to strike")."""
MEASURE_RATIO = 1.12
"""Two values of one measure from two outlets differ by a rounding or a source, not by half: closer than this."""


def _reported_differently(a: Figure, b: Figure) -> bool:
    """Close values of one kind and unit: one amount or count that two outlets heard differently."""
    if not _close(a, b):
        return False
    x, y = abs(a.values[0]), abs(b.values[0])
    return max(x, y) / min(x, y) <= MEASURE_RATIO


def _measure_terms(text: str) -> list[tuple[Figure, frozenset[str], bool]]:
    """Each figure of ``text`` with the content terms of the words around it (figures aside), and whether its
    clause, up to the figure, makes it a forecast."""
    out: list[tuple[Figure, frozenset[str], bool]] = []
    start = 0
    for f in figures(text):
        at = text.find(f.text, start) if f.text else -1
        if at < 0:
            continue
        start = at + len(f.text)
        opening = text[:at].split()
        before = opening[-MEASURE_WINDOW:]
        after = text[start:].split()[:MEASURE_WINDOW]
        first = len(opening) - len(before)  # the sentence's own first word is capitalised whatever it is
        plain = [w for k, w in enumerate(before + after)
                 if not _CAPITALISED.match(w) or (k == 0 and first == 0)]  # "Kessling Polymers" says who, not what
        terms = frozenset(t for t in content_terms(" ".join(plain)) if not t[0].isdigit()) - _SCALE_TERMS
        rate = _RATE.match(text, start)
        if rate:
            terms |= {"per-" + rate.group(1).lower()}
        clause = _THAN_EXPECTED.sub(" ", re.split(r"[,;:—–]", text[:at])[-1])  # "Analysts had expected the studio
        # to sell 2.1 million"; not "by a larger-than-expected 50 basis points to 5.75%", an outcome
        out.append((f, terms, bool(frozenset(content_terms(clause)) & _EXPECTED)))
    return out


_THAN_EXPECTED = re.compile(r"\b(?:[\w]+[\s-])?than[\s-](?:expected|forecast|anticipated|predicted|estimated)\b", re.I)
"""An outcome measured against a forecast ("a larger-than-expected rise", "better than expected"): no forecast."""
_CAPITALISED = re.compile(r"[\"'“‘(]?[A-Z][a-z]")
"""A word beside a figure written with a capital and then lower case is (part of) a name: it says whose
figure it is, not what it measures; an acronym ("GDP", "EPS") may well be the measure."""
_RATE = re.compile(r"\s+(?:a|an|per|each)\s+(hour|day|week|month|year|head|person|share)\b", re.I)
"""A figure's rate ("£150,000 a week", "£140,000 per week"): part of what it measures."""
_SCALE_TERMS = frozenset({"thousand", "million", "billion", "trillion", "percent", "lakh", "crore", "bn", "mn", "m"})


def _one_figure(a: Figure, b: Figure) -> bool:
    """The same figure, written as a figure of the same kind or converted ("Rs 25 lakh", "2.5 million rupees")."""
    if not _same_value(a, b) or a.year or b.year or "date" in (a.unit, b.unit) or "time" in (a.unit, b.unit):
        return False
    if a.kind == b.kind:
        return distinctive(a) and (a.unit == b.unit or "" in (a.unit, b.unit) or a.kind == "money")
    return {a.kind, b.kind} == {"money", "scaled"}


def _parts(f: Figure, near: frozenset[str], parts: list[tuple[Figure, frozenset[str], bool]]) -> list[Figure]:
    """The two figures of the same kind ``f`` is the sum of, said of the same thing ("€52 million, with a
    further €8 million in add-ons" and "the total package could reach €60m"); amounts of one currency
    need no shared word, counts do, besides the noun counted ("16 missing" is "twelve missing ... and four
    missing"; "241 people died" is not "230 passengers" and a seat "11A" of "242 people on board"). Percentages
    never: "up 72% and 10%" do not make the "82%" another measure rose by."""
    if f.kind == "percent":
        return []
    same = [p for p, terms, _ in parts if p.kind == f.kind and (p.unit == f.unit or f.kind == "plain") and not p.year
            and p.unit not in ("date", "time") and ((terms & near) - {f.unit} or f.kind == "money")]
    for i, p in enumerate(same):
        for q in same[i + 1:]:
            if abs(p.values[0] + q.values[0] - f.values[0]) <= 0.005 * abs(f.values[0]):
                return [p, q]
    return []


_EXPECTED = frozenset({"~expect", "projection", "predict", "consensus", "analyst", "guidanc", "outlook",
                       "target"})
"""Words that make a figure a forecast: "analysts had expected $0.85" is not "earnings were $0.89"."""


def one_measure(a_text: str, b_text: str, names: frozenset[str]) -> list[tuple[Figure, Figure]]:
    """The figures two wordings give for one measure: the same figure, a value close to it, or their total.

    Outlets paraphrase around a figure but keep what it measures next to it: "some 640 bus drivers
    prepare to strike" and "around 680 bus drivers will walk out" share "bus drivers" beside the
    figure; "Rs 25 lakh" and "2.5 million rupees" are both an "interim payment". Two figures are one
    measure when

    * they are the same amount and the words beside them share a plain term (a name beside a
      figure names a model or a place, not a measure: "Boeing 787"), or the wordings share an actor
      and the figure is an amount or a percentage, or it is a sum of a million or more;
    * one is the total of two figures of the other wording;
    * they are close values (another outlet's number) whose words share two terms, or one and an
      actor, or one for two amounts within a rounding (``AMOUNT_RATIO``).

    A forecast and an outcome are two measures, whatever their values ("analysts had expected $0.85 a
    share" is not "earnings were $0.89 a share"). ``names`` are the terms of
    the story's names. Returns the pairs (figure of ``a``, figure of ``b``) found, empty when none.
    """
    ours, theirs = _measure_terms(a_text), _measure_terms(b_text)
    actors = bool(frozenset(content_terms(a_text)) & frozenset(content_terms(b_text)) & names)
    pairs = []
    for f, near_f, forecast_f in ours:
        f_parts = _parts(f, near_f, theirs)
        for g, near_g, forecast_g in theirs:
            if forecast_f != forecast_g:
                continue
            shared = (near_f & near_g) - names
            if f.kind == g.kind == "percent" and len(shared) < 2 and not (shared and _precise_same(f, g)):
                continue  # "up 14%" is said of many measures at once: a percentage needs more context, unless it
                # is one precise value ("50 basis points to 5.75%", "half a percentage point to 5.75%")
            measured = shared - {f.unit}  # what the figure measures besides the noun it counts
            if g in f_parts or f in _parts(g, near_g, ours) \
                    or (_one_figure(f, g) and (shared or (actors and f.kind != "plain") or _large_amount(f, g))) \
                    or (_reported_differently(f, g) and measured and (len(shared) >= 2 or actors or _rounding(f, g))):
                pairs.append((f, g))
    return pairs


def _precise_same(a: Figure, b: Figure) -> bool:
    """The same percentage written to two decimals or more ("5.75%"): seldom two measures of one story by chance."""
    return any(x == y and round(x, 1) != x for x in a.values for y in b.values)


LARGE_AMOUNT = 1e6
"""Two outlets' amounts of a million or more that agree to the unit are one amount, whatever words surround them."""


def _large_amount(a: Figure, b: Figure) -> bool:
    """The same sum of money, a million or more, in one currency ("The first, worth €38 million" / "An opening
    offer of €38m"): two claims of one story rarely give the same large amount by chance."""
    return a.kind == b.kind == "money" and a.unit == b.unit and min(abs(a.values[0]), abs(b.values[0])) >= LARGE_AMOUNT


AMOUNT_RATIO = 1.08
"""Two amounts of one currency this close, said with a word in common, are one amount heard twice."""


def _rounding(a: Figure, b: Figure) -> bool:
    x, y = abs(a.values[0]), abs(b.values[0])
    return a.kind == b.kind == "money" and max(x, y) / min(x, y) <= AMOUNT_RATIO


def same_measure(new_text: str, chosen_text: str, names: frozenset[str]) -> tuple[bool, list[Conflict]]:
    """Whether ``new_text`` gives a figure of the chosen wording again (:func:`one_measure`), and the values
    it gives differently: the same claim from another outlet, whatever else the sentence adds."""
    pairs = one_measure(new_text, chosen_text, names)
    matched = [f for f, g in pairs if _same_value(f, g)] + [g for f, g in pairs if _same_value(f, g)]
    return bool(pairs), [Conflict(g, f) for f, g in pairs if _reported_differently(f, g)
                         and not any(_same_value(x, m) for x in (f, g) for m in matched)]
