"""``newsdigest review [STORY] [--json]``: the findings of every story (:mod:`newsdigest.findings`),
each with the article lines it rests on (``file:line``) and the ``edits.yaml`` lines that settle it.

Builds nothing: each story's content is what the seeds make now (read from ``content/`` when the
last build is current, else digested in memory), with its ``edits.yaml`` merged; only here are
the articles read, to turn each finding's references into lines.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .findings import Ref, findings
from .scaffold import schema_uri

if TYPE_CHECKING:
    from .build.pipeline import BuildOptions
    from .model import RawArticle


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
        from .digest.facts.quantities import find_quantities
        from .digest.ingest.ingest import raw_article
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
    told: set[str] = set()
    for n, item in enumerate(items, start=1):
        out.append(f"{n}. [{item.kind}] {item.id} ({item.story})")
        out.append(f"   {item.message}")
        if item.sources:
            out.append(f"   rests on: {', '.join(item.sources)}")
        edits = content / item.story / "edits.yaml"
        out.append(f"   settle it in {_shown(edits)} with" + (" one of:" if len(item.fix) > 1 else ":"))
        if not edits.exists() and item.story not in told:
            told.add(item.story)
            out.append(f"     (a new file: start it with '# yaml-language-server: $schema={schema_uri('edits')}')")
        for k, fix in enumerate(item.fix):
            out += (["   or"] if k else []) + [f"     {line}" for line in fix.splitlines()]
        out.append("")
    stories = len({i.story for i in items})
    kinds = Counter(i.kind for i in items)
    out.append(f"{len(items)} item{'s' if len(items) != 1 else ''} to review in {stories} "
               f"stor{'y' if stories == 1 else 'ies'}: "
               + ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items())))
    return "\n".join(out)
