"""What an editor should check in a story, most doubtful first: the items ``newsdigest review`` lists.

The digest writes owners, dates and sentences that nobody wrote, so each guess it is least sure of
becomes a :class:`Finding`: a figure with no owner or one taken from nearby text, sources that
disagree or a figure reported at different times, a sentence rewritten to resolve a word that
points back, a claim only one outlet carries, a line removed as off-topic that names the story's
actors, a date worked out from a weekday. Each carries the ``edits.yaml`` lines that settle it: a
correction, or ``confirm: [id@hash]``.

Settling. A correction settles what it corrects (an owner set under ``facts:`` is not questioned
again). ``confirm: [id@hash]`` settles an item as it reads now: the hash is of what was checked
(a fact's figure, owner and sentence; a disagreement's values; a claim's text and sources; an
event's date and text; a removed line's text), so when a rebuild changes that, the item is listed
again, saying so. A bare ``confirm: [id]`` settles it whatever it becomes.

Findings come from a story's content with its edits merged and nothing else, cheap enough for
every build to count them; :mod:`newsdigest.review` turns their references into article lines.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .digest.ids import content_hash, discrepancy_id, removed_line_id, update_id

if TYPE_CHECKING:
    from .content.story import StoryContent

KINDS = ("no-owner", "uncertain-owner", "discrepancy", "update", "rewritten", "single-source", "removed-actor",
         "weekday-date")
"""The kinds of item, most doubtful first: the order review lists them in."""


@dataclass(frozen=True)
class Ref:
    """Where in a source an item rests: a known line, else a sentence or a figure to look for."""

    source: str
    line: int | None = None
    text: str = ""
    figure: tuple[float, str] | None = None


@dataclass(frozen=True)
class Finding:
    """One thing to check, before its sources are turned into file lines."""

    id: str
    kind: str
    message: str
    refs: tuple[Ref, ...]
    corrections: tuple[str, ...]
    """``edits.yaml`` snippets, each of which settles the item by correcting it."""
    checked: str
    """A hash of what an editor checks: ``confirm: [id@checked]`` settles the item while it holds."""

    @property
    def fix(self) -> tuple[str, ...]:
        """Every way to settle the item: the corrections, then confirming it as it is."""
        return (*self.corrections, f"confirm: [{self.id}@{self.checked}]")


def findings(content: StoryContent, edits: dict[str, Any]) -> list[Finding]:
    """What an editor should check in ``content`` (edits merged), most doubtful first, less what is confirmed."""
    confirmed: dict[str, set[str]] = {}
    for entry in edits.get("confirm") or []:
        ident, _, checked = str(entry).partition("@")
        confirmed.setdefault(ident, set()).add(checked)
    out = []
    for found in [*_owners(content), *_disagreements(content), *_updates(content), *_claims(content),
                  *_removed_lines(content), *_weekdays(content)]:
        hashes = confirmed.get(found.id)
        if hashes is None:
            out.append(found)
        elif not ({"", found.checked} & hashes):
            out.append(replace(found, message=found.message + " (changed since it was confirmed)"))
    return sorted(out, key=lambda f: (KINDS.index(f.kind), f.id))


def _owners(content: StoryContent) -> list[Finding]:
    from .digest.text.entities import names_in
    from .site.render import show_figure

    outlets = {str(s.get("outlet") or "") for s in content.sources}
    out = []
    for f in content.facts:
        if f.get("same_as") or "entity" in (f.get("corrected") or []):
            continue  # a conversion's owner is its original's; a corrected owner is settled
        claim, entity = str(f.get("claim") or ""), f.get("entity")
        if entity and _named(str(entity), claim):
            continue
        what = str(f.get("what") or "")
        figure = show_figure(f) + (f" ({what})" if what and what not in (f["unit"], "amount", "change") else "")
        others = [n for n in names_in(claim) if n != entity and n not in outlets]
        corrections = [_fact_fix(f["id"], "entity", others[0])] if others else []
        if entity:
            kind, message = "uncertain-owner", f"{figure} is credited to {entity}, whom its sentence does not name"
            corrections.append(_fact_fix(f["id"], "entity", None))
        else:
            kind, message = "no-owner", f"{figure} has no owner: its sentence does not say whose figure it is"
        sources = [str(s) for s in f.get("sources") or []]
        refs = tuple(Ref(s, text=claim, figure=(float(f["value"]), str(f["unit"]))) for s in sources)
        out.append(Finding(f["id"], kind, message, refs, tuple(corrections),
                           content_hash(f["value"], f["unit"], entity, claim)))
    return out


def _named(entity: str, text: str) -> bool:
    """Whether ``text`` names ``entity`` (or a distinctive word of it: "Mira" for "Cyclone Mira")."""
    words = [w for w in re.findall(r"\w+", entity) if len(w) > 2 and w[0].isupper()] or [entity]
    return any(re.search(rf"\b{re.escape(w)}\b", text, re.I) for w in words)


def _fact_fix(ident: str, key: str, value: Any) -> str:
    return f"facts:\n  {ident}: {{{key}: {json.dumps(value, ensure_ascii=False)}}}"


def _disagreements(content: StoryContent) -> list[Finding]:
    from .site.render import show_figure, when

    by_id = {f["id"]: f for f in content.facts}
    names = _outlets(content)
    out = []
    for d in content.discrepancies:
        facts = [by_id[i] for i in d.get("facts") or [] if i in by_id]
        readings = [f"{show_figure({'kind': d['kind'], **v})} ({', '.join(names.get(s, s) for s in v['sources'])})"
                    for v in d["values"]]
        on = f", {when(d['date'])}" if d.get("date") else ""
        message = f"sources disagree on {d['what']}{on}: " + " against ".join(readings)
        corrections = [_fact_fix(f["id"], "value", other["value"]) for f in facts for other in facts
                       if other["value"] != f["value"]][:2]
        refs = tuple(Ref(str(s), text=str(f.get("claim") or ""), figure=(float(f["value"]), str(f["unit"])))
                     for f in facts for s in f.get("sources") or [])
        out.append(Finding(discrepancy_id(str(d["what"]), d.get("date")), "discrepancy", message, refs,
                           tuple(corrections), content_hash(json.dumps(d["values"], sort_keys=True, default=str))))
    return out


def _updates(content: StoryContent) -> list[Finding]:
    from .site.render import show_figure

    out = []
    for u in content.updates:
        values = list(u.get("values") or [])
        kind = str(u.get("kind") or "count")
        series = " then ".join(f"{show_figure({'kind': kind, **v})}" + (f" ({v['as_of']})" if v.get("as_of") else "")
                               for v in values)
        message = f"{u.get('what')} was reported at different times: {series}; check the latest is the one shown"
        refs = tuple(Ref(str(s), figure=(float(v["value"]), str(v["unit"]))) for v in values
                     for s in v.get("sources") or [])
        out.append(Finding(update_id(str(u.get("what") or "")), "update", message, refs, (),
                           content_hash(json.dumps(values, sort_keys=True, default=str))))
    return out


def _claims(content: StoryContent) -> list[Finding]:
    """Sentences rewritten to resolve a word that points back, and claims only one outlet carries.

    Only claims with an id (from ``claims.yaml``) can be settled, so only they are listed. A claim
    is rewritten when claims.yaml marks it so (``rewritten: true``) or, without the marker, when
    its text is in none of its sources' own sentences.
    """
    names = _outlets(content)
    out = []
    for _, claims in content.sections:
        for c in claims:
            if not c.id:
                continue
            wordings = content.wordings.get(c.id) or []
            refs = tuple(Ref(str(w["source"]), int(w["line"]) if w.get("line") else None, str(w.get("text") or ""))
                         for w in wordings) or tuple(Ref(s, text=c.text) for s in c.sources)
            checked = content_hash(c.text, c.sources)
            quoted = f"\u201c{c.text}\u201d"
            own = [" ".join(str(w.get("text") or "").split()) for w in wordings]
            marked = any(w.get("rewritten") for w in wordings)
            if "text" not in c.corrected and own and (marked or not any(c.text in w for w in own)):
                original = str(wordings[0].get("text") or "")
                out.append(Finding(c.id, "rewritten", f"{quoted} was rewritten from "
                                   f"{names.get(str(wordings[0]['source']), wordings[0]['source'])}'s "
                                   f"\u201c{original}\u201d: check it says what the source meant", refs,
                                   (f"claims:\n  {c.id}: {{text: {json.dumps(original, ensure_ascii=False)}}}",),
                                   checked))
            carriers = [str(w["source"]) for w in wordings] or list(c.sources)
            outlets = {names.get(s, s) for s in carriers}
            if "sources" not in c.corrected and len(outlets) == 1:
                out.append(Finding(c.id, "single-source", f"only {next(iter(outlets))} reports {quoted}", refs,
                                   (f"hide: [{c.id}]",), checked))
    return out


def _removed_lines(content: StoryContent) -> list[Finding]:
    from .digest.text.entities import names_in

    actors = _actors(content)
    out = []
    for s in content.sources:
        for r in s.get("removed") or []:
            if not str(r.get("reason") or "").startswith("off-topic") or r.get("line") is None:
                continue
            text = str(r["text"])
            named = sorted({a for a in actors if re.search(rf"\b{re.escape(a)}\b", text)} |
                           {n for n in names_in(text) if n in actors})
            if named:
                message = f"a line removed as {r['reason']} names {', '.join(named)}: \u201c{text}\u201d"
                out.append(Finding(removed_line_id(str(s["id"]), int(r["line"])), "removed-actor", message,
                                   (Ref(str(s["id"]), int(r["line"])),), (), content_hash(text)))
    return out


def _actors(content: StoryContent) -> set[str]:
    """The story's actors: the owners of its figures and the names two of its claims mention."""
    from .digest.text.entities import names_in

    counts = Counter(n for _, claims in content.sections for c in claims for n in set(names_in(c.text)))
    outlets = {str(s.get("outlet") or "") for s in content.sources}
    return ({str(f["entity"]) for f in content.facts if f.get("entity")} |
            {n for n, k in counts.items() if k >= 2}) - outlets


def _weekdays(content: StoryContent) -> list[Finding]:
    import datetime as dt

    from .digest.text.dates import find_dates
    from .site.render import when

    published = {str(s["id"]): s.get("published") for s in content.sources}
    out = []
    for e in content.events:
        if e.get("added") or "date" in (e.get("corrected") or []) or not re.fullmatch(r"\d{4}-\d\d-\d\d", e["date"]):
            continue
        sources = [str(s) for s in e.get("sources") or []]
        day = published.get(sources[0]) if sources else None
        text = str(e.get("claim") or e["text"])
        if not isinstance(day, dt.date):
            continue
        mentions = [m for m in find_dates(text, day) if m.date == e["date"]]
        if not mentions or any(m.kind != "weekday" for m in mentions):
            continue
        resolved = dt.date.fromisoformat(e["date"])
        if resolved == day:
            continue  # "on Tuesday" in Tuesday's paper: that day
        other = resolved + dt.timedelta(days=7 if resolved < day else -7)
        message = (f"\u201c{mentions[0].text}\u201d was read as {when(e['date'])}, in an article of {when(day)}: "
                   f"{e['text']}")
        out.append(Finding(e["id"], "weekday-date", message, (Ref(sources[0], text=text),),
                           (f"events:\n  {e['id']}: {{date: {other.isoformat()}}}",),
                           content_hash(e["date"], e["text"])))
    return out


def _outlets(content: StoryContent) -> dict[str, str]:
    return {str(s["id"]): str(s.get("outlet") or s["id"]) for s in content.sources}
