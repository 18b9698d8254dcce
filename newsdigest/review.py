"""``newsdigest review``: what an editor should check in a story, most doubtful first, and how to settle it.

The digest writes owners, dates and sentences that nobody wrote, so each guess it is least sure of
becomes an item: a figure with no owner or one taken from nearby text, sources that disagree or a
figure reported at different times, a sentence rewritten to resolve a word that points back, a
claim only one outlet carries, a line removed as off-topic that names the story's actors, a date
worked out from a weekday. Each item names the source lines it rests on (``file:line``) and the
exact ``edits.yaml`` lines that settle it: a correction, or ``confirm: [id@hash]``.

Settling. A correction settles what it corrects (an owner set under ``facts:`` is not questioned
again). ``confirm: [id@hash]`` settles an item as it reads now: the hash is of what was checked
(a fact's figure, owner and sentence; a disagreement's values; a claim's text and sources; an
event's date and text; a removed line's text), so when a rebuild changes that, the item is listed
again, saying so. A bare ``confirm: [id]`` settles it whatever it becomes.

The items are found from a story's content with its edits merged (:func:`findings`, cheap enough
for every build to count them); only the command reads the articles, to turn each source into
the line it rests on (:func:`review_items`).
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .digest.ids import content_hash, discrepancy_id, removed_line_id, update_id
from .errors import InputError

if TYPE_CHECKING:
    from .build.pipeline import BuildOptions
    from .content.story import StoryContent
    from .model import RawArticle

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


@dataclass(frozen=True)
class ReviewItem:
    """An item as ``review`` prints it (``--json``: these six keys)."""

    id: str
    story: str
    kind: str
    message: str
    sources: tuple[str, ...]
    fix: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "story": self.story, "kind": self.kind, "message": self.message,
                "sources": list(self.sources), "fix": list(self.fix)}


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
    from .digest.entities import names_in
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
    """Rewritten sentences and claims one outlet carries (claims have ids only where claims.yaml exists)."""
    return []


def _removed_lines(content: StoryContent) -> list[Finding]:
    from .digest.entities import names_in

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
    from .digest.entities import names_in

    counts = Counter(n for _, claims in content.sections for c in claims for n in set(names_in(c.text)))
    outlets = {str(s.get("outlet") or "") for s in content.sources}
    return ({str(f["entity"]) for f in content.facts if f.get("entity")} |
            {n for n, k in counts.items() if k >= 2}) - outlets


def _weekdays(content: StoryContent) -> list[Finding]:
    import datetime as dt

    from .digest.dates import find_dates
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


# ----------------------------------------------------------------------------- the command

def review_items(options: BuildOptions, story: str | None = None) -> list[ReviewItem]:
    """Every item of every story (or of ``story``), with the lines each rests on; builds nothing."""
    from .build.inputs import story_folders
    from .build.pipeline import current_texts
    from .content.edits import read_edits
    from .content.story import story_content
    from .slugs import story_slug

    slugs = [story_slug(f.name) for f in story_folders(options.seeds)]
    if story is not None and story not in slugs:
        import difflib

        close = difflib.get_close_matches(story, slugs, n=1)
        raise InputError(options.seeds, None, f"no story '{story}'" + (f" (did you mean '{close[0]}'?)" if close
                         else f"; the stories are: {', '.join(slugs) or 'none'}"))
    items = []
    for slug, folder, texts in current_texts(options, lambda s: story is None or s == story):
        edits, edits_path = read_edits(options.content / slug)
        content = story_content(slug, texts, edits, edits_path)
        lines = _ArticleLines(folder, {str(s["id"]): str(s["file"]) for s in content.sources})
        items += [ReviewItem(f.id, slug, f.kind, f.message, lines.locate(f.refs), f.fix)
                  for f in findings(content, edits)]
    return items


class _ArticleLines:
    """Turns an item's references into ``file:line``, reading each article once, only when asked."""

    def __init__(self, folder: Path, files: dict[str, str]) -> None:
        self.folder, self.files = folder, files
        self.read: dict[str, RawArticle] = {}

    def locate(self, refs: tuple[Ref, ...]) -> tuple[str, ...]:
        out: list[str] = []
        for ref in refs:
            name = self.files.get(ref.source)
            if name is None:
                continue
            line = ref.line or self._find(name, ref)
            where = _shown(self.folder / name) + (f":{line}" if line else "")
            if where not in out:
                out.append(where)
        return tuple(out)

    def _find(self, name: str, ref: Ref) -> int | None:
        from .digest.ingest import raw_article
        from .digest.quantities import find_quantities
        from .model import ArticleMeta

        if name not in self.read:
            path = self.folder / name
            try:
                self.read[name] = raw_article(path, path.read_bytes(), ArticleMeta(name))
            except (OSError, InputError):
                return None
        raw = self.read[name]
        wanted = " ".join(ref.text.split())
        for text, number in zip(raw.lines, raw.numbers, strict=True):
            if wanted and wanted in " ".join(text.split()):
                return number
        if ref.figure:
            value, unit = ref.figure
            for text, number in zip(raw.lines, raw.numbers, strict=True):
                if any(q.unit == unit and abs(q.value - value) <= 1e-6 * max(1.0, abs(value))
                       for q in find_quantities(text)):
                    return number
        return None


def _shown(path: Path) -> str:
    """A path as the user can click it: relative to the working folder when it lies inside it."""
    relative = os.path.relpath(path)
    return path.as_posix() if relative.startswith("..") else Path(relative).as_posix()


def run_review(options: BuildOptions, story: str | None, as_json: bool) -> int:
    """Print the review, as text or as a JSON list; exit status 0 whether or not items wait."""
    items = review_items(options, story)
    if as_json:
        print(json.dumps([i.as_json() for i in items], ensure_ascii=False, indent=2))
        return 0
    print(render_text(items, options.content))
    return 0


def render_text(items: list[ReviewItem], content: Path) -> str:
    """The review for a person: each item, what it rests on, and the edits.yaml lines that settle it."""
    if not items:
        return "nothing to review: every doubtful item is corrected or confirmed"
    out: list[str] = []
    for n, item in enumerate(items, start=1):
        out.append(f"{n}. [{item.kind}] {item.id} ({item.story})")
        out.append(f"   {item.message}")
        if item.sources:
            out.append(f"   rests on: {', '.join(item.sources)}")
        out.append(f"   settle it in {_shown(content / item.story / 'edits.yaml')} with" +
                   (" one of:" if len(item.fix) > 1 else ":"))
        for k, fix in enumerate(item.fix):
            out += (["   or"] if k else []) + [f"     {line}" for line in fix.splitlines()]
        out.append("")
    stories = len({i.story for i in items})
    out.append(f"{len(items)} item{'s' if len(items) != 1 else ''} to review in {stories} "
               f"stor{'y' if stories == 1 else 'ies'}")
    return "\n".join(out)
