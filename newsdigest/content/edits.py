"""``edits.yaml``: the editor's corrections, read, validated and merged over the generated content.

``title`` and ``dek`` replace the generated ones; ``facts:``, ``claims:`` and ``events:`` correct
a fact, a summary sentence or an event by id, field by field; ``hide:`` leaves any of them out;
``add_events:`` adds events; ``confirm:`` is read by :mod:`newsdigest.review` alone.

Corrections are applied here, before any page is rendered, so every page, the feed and every
export sees the corrected story and nothing downstream needs to know an editor was involved. Each
corrected fact or event lists the fields the editor set under ``corrected``, so ``review`` treats
them as settled and an export's reader can tell a hand correction from the machine's reading.

A correction's ids are checked against the generated content by :mod:`.stale`: an id that names
nothing is a warning, not an error, because an article edited away can take a fact with it and
the rest of the edits still hold. A correction that cannot be applied at all (a source that does
not exist, a date that is not a date) is bad input and stops the build.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .stale import Where, added_events, edit_lines, stale_edits
from .yamlfile import load_yaml

if TYPE_CHECKING:
    from .story import Claim, StoryContent

FACT_FIELDS = ("entity", "period", "basis", "what", "value", "unit", "as_of")
"""The fields of a fact an editor may correct; the rest (kind, claim, sources) are what the articles say."""
_DATE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


def read_edits(folder: Path) -> tuple[dict[str, Any], str]:
    """A story's ``edits.yaml`` (validated) and its path; an absent file is no edits."""
    path = folder / "edits.yaml"
    if not path.exists():
        return {}, str(path)
    return load_yaml(path, "edits") or {}, str(path)


def merge_edits(content: StoryContent, edits: dict[str, Any], path: str) -> StoryContent:
    """``content`` as the editor corrected it; ids that name nothing become warnings (and ``stale``)."""
    if not edits:
        return content
    stale = stale_edits(content, edits, path)
    bad = _BadEdit(path)
    hidden = set(edits.get("hide") or [])
    known_sources = {str(s["id"]) for s in content.sources}
    fact_fixes: dict[str, dict[str, Any]] = edits.get("facts") or {}
    facts = _corrected_facts(content.facts, fact_fixes, hidden, bad)
    events = [_corrected_event(e, (edits.get("events") or {}).get(e["id"]), known_sources, bad)
              for e in content.events if e["id"] not in hidden]
    taken = {e["id"] for e in events}
    for n, extra in enumerate(added_events(edits)):
        events.append(_added_event(extra, n, known_sources, bad, taken))
        taken.add(extra["id"])
    events.sort(key=lambda e: (e["date"], e["id"]))
    discrepancies = _discrepancies(content.discrepancies, facts, set(fact_fixes))
    claim_fixes: dict[str, dict[str, Any]] = edits.get("claims") or {}
    sections = [(name, [_corrected_claim(c, claim_fixes.get(c.id), known_sources, bad) for c in claims
                        if c.id not in hidden]) for name, claims in content.sections]
    brief = [_corrected_claim(c, claim_fixes.get(c.id), known_sources, bad) for c in content.brief
             if c.id not in hidden]
    return replace(content, title=edits.get("title", content.title), dek=edits.get("dek", content.dek),
                   sections=sections, brief=brief, facts=facts, events=events, discrepancies=discrepancies,
                   warnings=content.warnings + stale, stale=content.stale + stale)


class _BadEdit:
    """Raises InputError at the line of the edit that cannot be applied (the file is read again only then)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __call__(self, where: Where, message: str) -> InputError:
        return InputError(self.path, edit_lines(self.path).get(where), message)


def _corrected_facts(facts: list[dict[str, Any]], fixes: dict[str, dict[str, Any]], hidden: set[str],
                     bad: _BadEdit) -> list[dict[str, Any]]:
    """Facts with their corrections; the articles' conversions of a figure whose value or unit was
    corrected are dropped, since they convert a figure the editor says is wrong (pages convert the
    corrected one at the stated rate instead)."""
    superseded = {i for i, fix in fixes.items() if "value" in fix or "unit" in fix}
    out = []
    for fact in facts:
        if fact["id"] in hidden or (fact.get("same_as") in superseded and fact["id"] not in fixes):
            continue
        fix = fixes.get(fact["id"])
        if fix:
            fact = dict(fact, **{k: _plain(k, v, ("facts", fact["id"], k), bad) for k, v in fix.items()},
                        corrected=sorted(fix))
        out.append(fact)
    return out


def _plain(key: str, value: Any, where: Where, bad: _BadEdit) -> Any:
    """A corrected value as the generated files hold it: dates as text, checked to be real dates."""
    if key in ("as_of", "date"):
        return _checked_date(value, where, bad)
    return value


def _checked_date(value: Any, where: Where, bad: _BadEdit) -> str:
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    try:
        if not _DATE.fullmatch(text):
            raise ValueError
        dt.date.fromisoformat(text if len(text) == 10 else (text + "-01-01")[:10])
    except ValueError:
        raise bad(where, f"'{text}' is not a real date (write YYYY-MM-DD, YYYY-MM or YYYY)") from None
    return text


def _checked_sources(sources: Any, known: set[str], where: Where, bad: _BadEdit) -> list[str]:
    out = [str(s) for s in sources or []]
    for n, s in enumerate(out):
        if s not in known:
            raise bad((*where, n), f"source '{s}' does not exist in this story (it has {', '.join(sorted(known))})")
    return out


def _corrected_claim(claim: Claim, fix: dict[str, Any] | None, known: set[str], bad: _BadEdit) -> Claim:
    """A summary sentence as corrected: its text, its sources (checked to be the story's), or both."""
    if not fix or not claim.id:
        return claim
    sources = tuple(_checked_sources(fix["sources"], known, ("claims", claim.id, "sources"), bad)) \
        if "sources" in fix else claim.sources
    return replace(claim, text=" ".join(str(fix.get("text", claim.text)).split()), sources=sources,
                   corrected=tuple(sorted(fix)))


def _corrected_event(event: dict[str, Any], fix: dict[str, Any] | None, known: set[str], bad: _BadEdit
                     ) -> dict[str, Any]:
    if not fix:
        return event
    where: Where = ("events", event["id"])
    out = dict(event, corrected=sorted(fix))
    if "date" in fix:
        out["date"] = _checked_date(fix["date"], (*where, "date"), bad)
    if "text" in fix:
        out["text"] = str(fix["text"])
    if "sources" in fix:
        out["sources"] = _checked_sources(fix["sources"], known, (*where, "sources"), bad)
    return out


def _added_event(extra: dict[str, Any], n: int, known: set[str], bad: _BadEdit, taken: set[str]) -> dict[str, Any]:
    where: Where = ("add_events", n)
    date = _checked_date(extra["date"], (*where, "date"), bad)
    sources = _checked_sources(extra.get("sources"), known, (*where, "sources"), bad)
    if extra["id"] in taken:
        raise bad(where, f"add_events item {n + 1}: id '{extra['id']}' is already used")
    return {"id": extra["id"], "date": date, "text": str(extra["text"]), "sources": sources, "claim": "",
            "added": True}


def _discrepancies(discrepancies: list[dict[str, Any]], facts: list[dict[str, Any]], fixed: set[str]
                   ) -> list[dict[str, Any]]:
    """Disagreements among the facts left: one with a hidden fact goes; one whose facts an editor
    corrected shows the corrected values, and goes when they no longer differ."""
    by_id = {f["id"]: f for f in facts}
    out = []
    for d in discrepancies:
        ids = list(d.get("facts") or [])
        if not all(i in by_id for i in ids):
            continue
        if ids and fixed & set(ids):
            values: dict[tuple[float, str], set[str]] = {}
            for i in ids:
                values.setdefault((float(by_id[i]["value"]), str(by_id[i]["unit"])), set()).update(
                    by_id[i].get("sources") or [])
            if len(values) < 2:
                continue
            d = dict(d, values=[{"value": _number(v), "unit": u, "sources": sorted(s)}
                                for (v, u), s in sorted(values.items())])
        out.append(d)
    return out


def _number(value: float) -> int | float:
    return int(value) if value.is_integer() else value
