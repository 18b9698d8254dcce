"""``edits.yaml``: the editor's corrections, read, validated and merged over the generated content."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..slugs import slug
from .yamlfile import load_yaml

if TYPE_CHECKING:
    from .story import StoryContent


def read_edits(folder: Path) -> tuple[dict[str, Any], str]:
    """A story's ``edits.yaml`` (validated) and its path; an absent file is no edits."""
    path = folder / "edits.yaml"
    if not path.exists():
        return {}, str(path)
    return load_yaml(path, "edits") or {}, str(path)


def merge_edits(content: StoryContent, edits: dict[str, Any], path: str) -> StoryContent:
    """Apply title, dek, hide and add_events; an id to hide that does not exist is a warning."""
    if not edits:
        return content
    known_sources = {s["id"] for s in content.sources}
    hidden = set(edits.get("hide") or [])
    ids = {f["id"] for f in content.facts} | {e["id"] for e in content.events}
    warnings = [f"{path}: warning: hide lists '{i}', which is neither a fact nor an event of this story"
                for i in sorted(hidden - ids)]
    events = [e for e in content.events if e["id"] not in hidden]
    for n, extra in enumerate(edits.get("add_events") or [], start=1):
        events.append(_added_event(extra, n, known_sources, path, {e["id"] for e in events}))
    events.sort(key=lambda e: (e["date"], e["id"]))
    facts = [f for f in content.facts if f["id"] not in hidden]
    visible = {f["id"] for f in facts}
    discrepancies = [d for d in content.discrepancies if all(i in visible for i in d.get("facts") or [])]
    return replace(content, title=edits.get("title", content.title), dek=edits.get("dek", content.dek),
                   facts=facts, events=events, discrepancies=discrepancies, warnings=content.warnings + warnings)


def _added_event(extra: dict[str, Any], n: int, known_sources: set[str], path: str, taken: set[str]) -> dict[str, Any]:
    date = str(extra["date"])
    if re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            raise InputError(path, None, f"add_events item {n}: '{date}' is not a real date") from None
    sources = list(extra.get("sources") or [])
    for s in sources:
        if s not in known_sources:
            raise InputError(path, None, f"add_events item {n}: source '{s}' does not exist in this story "
                             f"(it has {', '.join(sorted(known_sources))})")
    event_id = extra.get("id") or "added-" + slug(f"{date} {extra['text']}", 60)
    if event_id in taken:
        raise InputError(path, None, f"add_events item {n}: id '{event_id}' is already used")
    return {"id": event_id, "date": date, "text": str(extra["text"]), "sources": sources, "claim": "", "added": True}
