"""Notes on claims that sources state with different figures: the account names both, once.

When a wording is left out because it restates a chosen claim with another figure for the same
measure ("€55m up front" against "an initial €52 million"), its source is not cited for the
claim; the account says instead, in its last section, that reports differ and who gives what.
A disagreement the facts stage already lists (``facts.yaml``'s discrepancies) is not noted twice, nor
is a figure it lists, nor a value of an update series (a turnout 71.4% on the first count, 72.9% on the
final one each held when reported): it placed that figure with the readings of its measure, so another value the
account meets beside it belongs to another measure (73.5% for the quarter, 71% guided for the next).
Nor is a value another claim of the account states: the account gives it as that claim's figure
("data center revenue of $35.6 billion"), so it is no other reading of this one's ("revenue of $39.3 billion").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...model import Citation, Discrepancy, Update
from ..facts.quantities import find_quantities
from ..text.nounphrases import what_of
from ..text.words import content_terms
from .candidates import Candidate
from .headline import capital
from .restates import Conflict, compare_figures
from .support import figures

_WORDS = re.compile(r"[A-Za-z][\w’'-]*")
_FUNCTION = frozenset("""a an the of by to at for in on with from as and or but than about around some nearly almost
up down over under more less least most just only roughly approximately estimated initial further total worth per
its their his her this that these those it they was were is are be been has have had will would could""".split())
_VERBS = frozenset("""pay paid pays paying raise raises raised rise rises rose fall falls fell cost costs put puts
reach reaches reached hit hits total totals totalled received receive make makes made""".split())


def claim_disagreements(conflicts: list[tuple[Candidate, Candidate, Conflict]], chosen: list[Candidate],
                        discrepancies: tuple[Discrepancy, ...], cited: Callable[[Candidate], Citation],
                        updates: tuple[Update, ...] = ()) -> tuple[Citation, ...]:
    """One note per figure of a chosen claim that another source gives differently, in account order.

    The other values come from the wordings left out as restatements (``conflicts``) and from each
    chosen claim's own wordings that are not cited because their figure differs.
    """
    found: list[tuple[Candidate, str, Conflict, str]] = [(c, o.sentence.source, x, o.sentence.text)
                                                         for c, o, x in conflicts]
    for unit in chosen:
        mine = figures(unit.text)
        for w in cited(unit).wordings:
            if not w.cited:
                found += [(unit, w.source, x, w.text) for x in compare_figures(figures(w.text), mine, [])[2]]
    listed = [{round(v, 6) for v, _, _ in d.values} for d in discrepancies]
    listed += [{round(v, 6) for v, _, _, _ in u.values} for u in updates]  # a value that held at its time
    stated = {id(u): {v for f in figures(u.text) for v in f.values} for u in chosen}
    grouped: dict[tuple[int, str], tuple[Candidate, str, dict[str, set[str]]]] = {}
    for unit, source, conflict, other_text in found:
        citation = cited(unit)
        if source in citation.sources or unit not in chosen:
            continue
        if not one_measure(unit.text, conflict.chosen.text, other_text, conflict.other.text):
            continue  # "a 78% increase" in revenue against a "gross margin of roughly 71%": two measures
        mine_value, theirs = conflict.chosen.values[0], conflict.other.values[0]
        if any(_has(values, mine_value) or _has(values, theirs) for values in listed):
            continue  # the facts stage placed the figure with its measure: a note on it is already there
        if any(k != id(unit) and _has(values, theirs) for k, values in stated.items()):
            continue  # the account states that value as another claim's: it measures something else
        entry = grouped.setdefault((id(unit), conflict.chosen.text), (unit, conflict.chosen.text, {}))
        entry[2].setdefault(conflict.other.text, set()).add(source)
    notes = []
    for unit, figure, others in grouped.values():
        citation = cited(unit)
        parts = [f"{figure} [@{'; @'.join(citation.sources)}]"]
        parts += [f"{text} [@{'; @'.join(sorted(sources))}]" for text, sources in others.items()]
        notes.append(Citation(f"{capital(measure_label(unit.text, figure))}: " + " against ".join(parts) + ".", (), ""))
    return tuple(notes)


def one_measure(text: str, figure: str, other_text: str, other_figure: str) -> bool:
    """Whether two figures may be one measure by what their own sentences say they are: not when each
    sentence names its measure and the two names share no word."""
    mine, theirs = _phrase(text, figure), _phrase(other_text, other_figure)
    if not mine or not theirs:
        return True
    return bool(set(content_terms(mine)) & set(content_terms(theirs)))


def _phrase(text: str, figure: str) -> str | None:
    """The facts stage's phrase for the figure written ``figure`` in ``text`` ("increase", "gross margin"),
    or None when it names no measure."""
    at = text.find(figure)
    if at < 0:
        return None
    phrase = next((what_of(text, q) for q in find_quantities(text) if q.start <= at < q.end), None)
    return phrase if phrase and phrase not in ("amount", "change") else None


def _has(values: set[float], value: float) -> bool:
    return any(abs(v - value) <= 0.005 * max(abs(v), abs(value), 1e-9) for v in values)


def measure_label(text: str, figure: str) -> str:
    """What the figure measures, in a few words of the sentence around it: the noun it counts ("640 bus
    drivers"), else the words before it ("a release clause of €80 million", "spending by 4.5 per cent")."""
    at = text.find(figure)
    if at < 0:
        return "figure"
    phrase = _phrase(text, figure)
    if phrase:
        return phrase  # the facts stage's own phrase: "increase", "release clause", "deficit"
    after = _WORDS.findall(text[at + len(figure):at + len(figure) + 40])
    counted = []
    for word in after[:3]:
        if word.lower() in _FUNCTION or word[:1].isupper():
            break
        counted.append(word)
    if counted and not re.search(r"[%$€£¥₹]|per\s?cent|percent", figure):
        return " ".join(counted)
    before = _WORDS.findall(text[max(0, at - 50):at])[-4:]
    while before and (before[-1].lower() in _FUNCTION or before[-1].lower() in _VERBS):
        before.pop()
    kept: list[str] = []
    for word in reversed(before):
        if word.lower() in _FUNCTION or word.lower() in _VERBS or word[:1].isupper():
            break
        kept.insert(0, word)
    return " ".join(kept[-3:]) if kept else "figure"
