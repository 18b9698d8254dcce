"""Choose: one wording per claim, the most widely reported claims first (a greedy cover).

Claims are the dedupe stage's clusters. For each claim, in order of how many sources carry it,
one wording is chosen (:mod:`.candidates`): preferably the one the most sources carry figures and
all (:mod:`.support`), whose other clauses state nothing already said. A wording that would
repeat what the account says, in other words or with another figure (:mod:`.restates`), is
skipped; a claim only one source carries is kept when it brings something concrete: a figure,
a date or a name not yet mentioned. How long the account may be is :mod:`.budget`'s job.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ...model import Citation
from ..text.entities import names_in
from ..text.words import content_terms
from .ahead import coming, dated
from .candidates import Candidate
from .outlook import new_outlook, outlooks
from .restates import Conflict, compare_figures, distinctive, same_claim, same_figure, same_measure
from .support import Figure, figures

MIN_NOVELTY = 0.5
"""A wording must bring at least this share of new terms to the account..."""
FIGURE_NOVELTY = 0.3
"""...or this share, with a figure the account does not give yet."""
RESIDUAL_NOVELTY = 0.6
"""A cluster member this new after its cluster's wording was chosen states another claim."""
RESIDUAL_OVERLAP = 0.25
"""...and shares less than this with the chosen wording (else it is a rewording of it)."""
MAX_CLAIMS = 300
"""The full account's limit: past it a digest is a catalogue; the most widely reported claims stay."""
NEAR_DUPLICATE = 0.5
"""Two digest sentences sharing this share of their content words say the same thing."""
SUPERSEDED = 0.5
"""A new wording replaces an earlier one only when it has at least this share of the earlier one's terms."""
RERANK = 6
"""How many of a claim's best wordings (by merit alone) are compared for how many sources carry them."""
LEAD_NOVELTY = 0.5
"""A reporter's lead (its article's first sentence) that gives again the figure of a chosen wording that is no lead
still states a claim of its own when this share of its terms is new: "Altavia's rocket broke apart 140 seconds after
lift-off, destroying a €310 million weather satellite" beside "The satellite on board was worth €310 million, and
it was insured for €240 million". A chosen wording with no figure of its own beside the shared one states the lead's
claim ("A jury ordered Kessling to pay $92.5 million" / "Kessling faces a bill of $92.5m after a jury ...")."""
CITED_WEIGHT = 2.0
"""How much a wording gains for being carried, figures and all, by every source of its claim rather than one."""

RECORD = re.compile(r"\b(?:first|largest|biggest|highest|lowest|worst|deadliest|fastest|steepest|strongest|"
                     r"weakest|record|most\s+\w+|least\s+\w+)\b(?!\s+(?:quarter|half|time|day|week|month|year)\b)",
                     re.I)

MINOR = "left out of the account: a detail one source gives, with no new figure or name"
SPECULATION = "left out of the account: one outlet's own speculation"
REPEATS = "left out of the account: it repeats what the account already says"

_SPECULATIVE = re.compile(r"\b(?:could|might|may|would|likely|potentially|possibly|perhaps)\b", re.I)
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|according\s+to|warned|argued|predicted|estimated|expects?|"
                         r"believes?|noted|added|claimed|insisted|wrote)\b", re.I)


@dataclass
class Choice:
    """What the greedy cover decided: the wordings kept, why others went, and figures reported differently."""

    chosen: list[Candidate] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)
    conflicts: list[tuple[Candidate, Candidate, Conflict]] = field(default_factory=list)
    minor: list[Candidate] = field(default_factory=list)
    """Claims one source gives with nothing concrete: stated only if the account has room left."""
    weight: dict[str, float] = field(default_factory=dict)
    name_terms: frozenset[str] = frozenset()
    cut: list[Candidate] = field(default_factory=list)
    """Claims cut for length, the weakest first: the first to come back if the account has room after all."""
    leads: frozenset[str] = frozenset()
    """The sentence ids of each article's first sentence: its reporter's lead."""


def choose(units: list[Candidate], support: dict[int, int], position: dict[int, float], names: frozenset[str],
            sources: int, cited: Callable[[Candidate], Citation],
            published: Mapping[str, dt.date | None] | None = None,
            echoed: Callable[[Candidate], int] | None = None, leads: frozenset[str] = frozenset()) -> Choice:
    """Greedy cover: the most widely reported claims first, each in its best wording.

    A date ahead the account does not give yet (:mod:`.ahead`, read against each source's
    ``published`` date) counts as a new figure: "drivers will walk out again next Thursday"; so
    does saying that a figure is still moving, of one the account has no outlook for yet
    (:mod:`.outlook`): "the death toll is expected to rise".

    A cluster is not trusted to hold one claim only: once a wording is chosen, the cluster's
    other sentences that are still mostly new form a residual claim that gets its own turn
    (with its own support), so a name two claims share cannot make one of them vanish. Every
    sentence a chosen wording's sources state it in is used up: it cannot come back as a claim.

    A quotation is carried by every source that quotes its words (``echoed``, :mod:`.echoes`): of
    two wordings of what one speaker said, the one whose words other outlets quote too is chosen.
    """
    majority = sources // 2 + 1 if sources > 2 else 2
    by_cluster: dict[int, list[Candidate]] = {}
    for unit in units:
        for cid in unit.clusters:
            by_cluster.setdefault(cid, []).append(unit)
    weight = _term_weights(units)
    name_terms = frozenset(t for n in names for t in content_terms(n))
    covered: set[int] = set()
    said: set[str] = set()
    stated: list[Figure] = []
    used: set[str] = set()
    days: set[str] = set()
    looks: list[frozenset[str]] = []
    choice = Choice(weight=weight, name_terms=name_terms, leads=leads)

    def ahead(unit: Candidate) -> bool:
        return bool(coming(unit.text, (published or {}).get(unit.sentence.source)) - days)

    queue = sorted(by_cluster, key=lambda c: (-support[c], position[c], c))
    next_id = max(by_cluster, default=0) + 1
    while queue and len(choice.chosen) < MAX_CLAIMS:
        cid = queue.pop(0)
        if cid in covered:
            continue
        covered.add(cid)
        options = [u for u in by_cluster[cid] if (not (u.clusters & covered - {cid}) or u.whole)
                   and not (u.whole and set(u.members) & used)]
        merit = {id(u): _merit(u, covered, said, weight, support) for u in options}
        options.sort(key=lambda u: -merit[id(u)])
        # Only the best few are checked source by source: citing is the costly part of the choice.
        options[:RERANK] = sorted(options[:RERANK], key=lambda u: -merit[id(u)] - CITED_WEIGHT * (
            max(len(cited(u).sources), echoed(u) if echoed else 0) - 1) / max(1, support[cid] - 1))
        kept = None
        for option in options:
            outlook = new_outlook(option.text, looks)
            verdict = _judge(option, said, weight, support[cid], names, majority, stated, ahead(option), outlook)
            if verdict:
                _note(choice.reasons, option, verdict)
                if verdict == MINOR and not any(u.sentence.id == option.sentence.id for u in choice.minor):
                    choice.minor.append(option)
                continue
            # An outlook with no figure of its own cannot state a chosen claim again: none says its figure moves.
            again = not (outlook and not figures(option.text)) and restated(option, choice, said, name_terms, stated)
            if again:
                continue
            kept = option
            break
        if kept is None:
            continue
        choice.chosen.append(kept)
        _supersede(kept, choice, said, name_terms)
        covered |= kept.clusters
        said |= kept.terms
        stated += figures(kept.text)
        days |= dated(kept.text, (published or {}).get(kept.sentence.source))
        looks.append(outlooks(kept.text))
        used |= _used_up(kept, cited(kept), said, stated, weight)
        for touched in sorted(kept.clusters | {cid}):
            rest = [u for u in by_cluster.get(touched, []) if u.whole and not (set(u.members) & used)
                    and novelty(u.terms, said, weight) >= RESIDUAL_NOVELTY
                    and _overlap(u.terms, kept.terms, weight) < RESIDUAL_OVERLAP]
            if rest:
                by_cluster[next_id] = rest
                support[next_id] = len({u.sentence.source for u in rest})
                position[next_id] = min(u.sentence.position for u in rest)
                queue.append(next_id)
                queue.sort(key=lambda c: (-support[c], position[c], c))
                next_id += 1
    return choice


def _used_up(kept: Candidate, citation: Citation, said: set[str], stated: list[Figure], weight: dict[str, float]
             ) -> set[str]:
    """The sentences a chosen wording uses up: its own, and each wording of its claim that says nothing more
    (no figure the account lacks, few terms it has not stated)."""
    kept_figures = figures(kept.text)
    out = set(kept.members)
    for w in citation.wordings:
        if w.sentence in out:
            continue
        if compare_figures(figures(w.text), kept_figures, stated)[1] \
                and novelty(frozenset(content_terms(w.text)), said, weight) < MIN_NOVELTY:
            out.add(w.sentence)
    return out


def _note(reasons: dict[str, str], unit: Candidate, reason: str) -> None:
    for sid in unit.members or (unit.sentence.id,):
        reasons.setdefault(sid, reason)


def restated(unit: Candidate, choice: Choice, said: set[str], name_terms: frozenset[str],
              stated: list[Figure]) -> bool:
    """Whether a wording says again what a chosen one says (and note where its figures differ)."""
    said_names = frozenset(said & name_terms)
    unit_names = unit.terms & name_terms
    for other in choice.chosen:
        if _near_duplicate(unit.terms, other.terms):
            _note(choice.reasons, unit, REPEATS)
            return True
        same, conflicts = same_claim(unit.text, unit.terms, unit_names, other.text, other.terms, said_names, stated)
        if not same and not _fuller(unit, other):  # a fuller wording is left to replace the chosen one
            same, conflicts = same_measure(unit.text, other.text, name_terms)
            if same and unit.sentence.id in choice.leads and _figure_apart(other, unit) \
                    and novelty(unit.terms, said, choice.weight) >= LEAD_NOVELTY:
                same = False  # a lead that gives a detail's figure again still tells what happened
        if same:
            _note(choice.reasons, unit, REPEATS)
            choice.conflicts += [(other, unit, c) for c in conflicts if unit.sentence.source != other.sentence.source]
            return True
    return False


def _figure_apart(other: Candidate, lead: Candidate) -> bool:
    """Whether ``other`` gives a figure the lead does not (not a year): it tells a claim of its own ("insured for
    €240 million", "more than 2,000 complaints"), and the figure the two share is a detail of the lead's."""
    have = {v for f in figures(lead.text) for v in f.values}
    return any(not f.year and not set(f.values) & have for f in figures(other.text))


def _fuller(unit: Candidate, other: Candidate) -> bool:
    """Whether ``unit`` says most of what ``other`` says, with more figures: a candidate to replace it."""
    return len(other.terms & unit.terms) >= SUPERSEDED * len(other.terms) \
        and len(figures(unit.text)) > len(figures(other.text))


def _supersede(kept: Candidate, choice: Choice, said: set[str], name_terms: frozenset[str]) -> None:
    """Drop an earlier wording the new one states in full (with its figures, or other values for them).

    "The budget raises spending by 4.5 per cent to €842 million" adds nothing once "Councillors
    voted 29 to 14 to approve €842 million, an increase of 4.2%" is in: the account keeps the
    fuller wording and notes that the two give different increases.
    """
    said_names = frozenset(said & name_terms)
    for other in choice.chosen[:-1]:
        if other.sentence.id == kept.sentence.id:
            continue
        if len(other.terms & kept.terms) < SUPERSEDED * len(other.terms):
            continue  # the new wording does not say most of what the earlier one says
        rest = [f for u in choice.chosen if u is not other for f in figures(u.text)]
        same, conflicts = same_claim(other.text, other.terms, other.terms & name_terms, kept.text, kept.terms,
                                     said_names, rest)
        if same:
            choice.chosen.remove(other)
            _note(choice.reasons, other, REPEATS)
            choice.conflicts += [(kept, other, c) for c in conflicts if other.sentence.source != kept.sentence.source]


def _judge(unit: Candidate, said: set[str], weight: dict[str, float], support: int, names: frozenset[str],
           majority: int, stated: list[Figure], ahead: bool = False, outlook: bool = False) -> str | None:
    """None for a wording that says something new; else why it is left out.

    A wording with a figure the account does not give yet needs less novelty in its words: the
    figure is the news ("91 percent of children have had one dose" after the vaccination rates).
    One that says a figure is still moving (``outlook``, :mod:`.outlook`) needs none: its words are
    the figure's, and that it will change is the news ("the death toll could rise").
    """
    share = novelty(unit.terms, said, weight)
    if share < MIN_NOVELTY and not outlook and (share < FIGURE_NOVELTY or not (ahead or _new_figure(unit, stated))):
        return REPEATS
    concrete = ahead or outlook or _concrete(unit, said, names) or _new_share(unit, said, stated)
    if support < majority and not concrete:
        return MINOR  # a minority claim earns its place with a figure, a year or a name
    if support < 2 and _SPECULATIVE.search(unit.text) and not _ATTRIBUTED.search(unit.text) \
            and not _new_figure(unit, stated):
        return SPECULATION  # one outlet's own speculation is not a reported claim (a quoted view is)
    return None


def _new_figure(unit: Candidate, stated: list[Figure]) -> bool:
    """A figure (an amount, a count of something, a year) the account does not give yet."""
    return any((distinctive(f) or f.year or f.unit not in ("", "time", "date"))
               and not any(same_figure(f, s) for s in stated) for f in figures(unit.text))


def _new_share(unit: Candidate, said: set[str], stated: list[Figure]) -> bool:
    """A percentage whose digits the account gives only as a plain count: "closer to 80 percent" of a county
    vaccinated is news beside "80 cases", though every term of it is said (:func:`_concrete` reads terms, and
    the term "80" is there). Digits said as an amount ("$11 billion") are left to the terms: a money figure's
    digits rarely meet a share's, and when they do the two are as often one passage's ("$11 billion, 11%")."""
    return any(f.kind == "percent" and not any(same_figure(f, s) for s in stated)
               and any(s.kind == "plain" and not s.year and f.values[0] in s.values for s in stated)
               for f in figures(unit.text))


def _term_weights(units: list[Candidate]) -> dict[str, float]:
    """How much a term says: rare terms more than common ones, figures and names double."""
    sentences = [u for u in units if u.whole]
    df = Counter(t for u in sentences for t in u.terms)
    n = max(1, len(sentences))
    names = {t for u in sentences for name in names_in(u.text) for t in content_terms(name)}
    return {t: math.log((n + 1) / df[t]) * (2.0 if t[0].isdigit() or t in names else 1.0) for t in df}


def _overlap(a: frozenset[str], b: frozenset[str], weight: dict[str, float]) -> float:
    """Weighted Dice overlap of two wordings' terms.

    Sums over sets use :func:`math.fsum`, exact whatever the order: a set's order changes from
    run to run, and a plain sum's last bit with it, which once decided a tie between two outlets'
    equally good wordings differently from one build to the next.
    """
    total = math.fsum(weight.get(t, 0.0) for t in a) + math.fsum(weight.get(t, 0.0) for t in b)
    return 2 * math.fsum(weight.get(t, 0.0) for t in a & b) / total if total else 0.0


def novelty(terms: frozenset[str], said: set[str], weight: dict[str, float]) -> float:
    """The weighted share of a wording's terms the account has not stated yet (exact sums: see _overlap)."""
    total = math.fsum(weight.get(t, 0.0) for t in terms)
    return math.fsum(weight.get(t, 0.0) for t in terms if t not in said) / total if total else 0.0


def _merit(unit: Candidate, covered: set[int], said: set[str], weight: dict[str, float],
           support: dict[int, int]) -> float:
    """Prefer wordings that add claims, repeat none, read well on their own and are not cut off.

    A sentence glued back from a broken paragraph may have lost words at the break, and one whose
    opening was rewritten reads less like its source: another outlet's intact wording of the
    same claim is preferred when there is one.
    """
    new = unit.clusters - covered
    repeated = unit.clusters & covered
    words = len(unit.text.split())
    share = novelty(unit.terms, said, weight)
    score = 2.0 * sum(min(support[c], 3) for c in new) / 3 - 3.0 * len(repeated) + share
    score -= abs(words - 20) / 20
    score -= 0.5 if unit.rewritten else 0.0
    score -= 3.0 if unit.sentence.truncated else 0.0
    score -= 1.0 if unit.sentence.rejoined else 0.0
    score -= 0.3 if not unit.whole else 0.0
    return score


def _concrete(unit: Candidate, said: set[str], names: frozenset[str]) -> bool:
    """Whether a wording brings a figure, a year, a record or a known name that the account has not stated yet."""
    if any(t[0].isdigit() and t not in said for t in unit.terms) or RECORD.search(unit.text):
        return True
    for name in names_in(unit.text):
        terms = content_terms(name)
        if name in names and terms and not all(t in said for t in terms):
            return True
    return False


def _near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    return len(a) >= 4 and len(b) >= 4 and len(a & b) / len(a | b) >= NEAR_DUPLICATE
