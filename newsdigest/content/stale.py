"""Stale edits: ids in ``edits.yaml`` that name nothing in the story any more, said with their line.

An article edited or removed can take a fact, event or claim with it; the edit that named it then
does nothing, silently, unless it is named. Each one is a warning (an error under ``--strict``,
and ``check`` lists them all) that gives the file, the line and the closest id that does exist:
``content/x/edits.yaml:4: warning: no fact, event or claim 'beira-70pct' (did you mean 'beira-72pct'?)``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..digest.ids import discrepancy_id, removed_line_id, update_id

if TYPE_CHECKING:
    from .story import StoryContent

Where = tuple[str | int, ...]
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def stale_edits(content: StoryContent, edits: dict[str, Any], path: str) -> list[str]:
    """A warning for every id in ``edits`` that is not in ``content`` (the generated content, before edits)."""
    facts = [str(f["id"]) for f in content.facts]
    events = [str(e["id"]) for e in content.events]
    added = [str(e["id"]) for e in added_events(edits)]
    claims = list(content.claim_ids)
    anything = facts + events + added + claims
    checked = anything + review_ids(content)
    found: list[tuple[Where, str, list[str], str]] = []  # (where, id, ids it could have meant, section's noun)
    for n, ident in enumerate(edits.get("hide") or []):
        found.append((("hide", n), str(ident), anything, ""))
    for section, known in (("facts", facts), ("events", events), ("claims", claims)):
        for ident in edits.get(section) or {}:
            found.append(((section, ident), str(ident), known, section))
    for n, ident in enumerate(edits.get("confirm") or []):
        found.append((("confirm", n), str(ident).partition("@")[0], checked, ""))
    problems = [(where, ident, known, section) for where, ident, known, section in found if ident not in known]
    if not problems:
        return []
    lines = edit_lines(path)
    problems.sort(key=lambda p: lines.get(p[0], 0))
    return [f"{_at(path, lines.get(where))}: warning: {_message(ident, known, section, anything, content)}"
            for where, ident, known, section in problems]


def review_ids(content: StoryContent) -> list[str]:
    """Ids that only ``confirm:`` names: disagreements, update series and removed lines."""
    ids = [discrepancy_id(str(d.get("what") or ""), d.get("date")) for d in content.discrepancies]
    ids += [update_id(str(u.get("what") or "")) for u in content.updates]
    ids += [removed_line_id(str(s["id"]), int(r["line"])) for s in content.sources
            for r in s.get("removed") or [] if r.get("line") is not None]
    return ids


def added_events(edits: dict[str, Any]) -> list[dict[str, Any]]:
    """``add_events`` with each one's id, given or made from its date and text."""
    from ..slugs import slug

    return [dict(e, id=e.get("id") or "added-" + slug(f"{e['date']} {e['text']}", 60))
            for e in edits.get("add_events") or []]


def _message(ident: str, known: list[str], section: str, anything: list[str], content: StoryContent) -> str:
    if section and ident in anything:
        kind = _kind_of(ident, content)
        return f"'{ident}' is {kind}, not {_NOUNS[section]}: correct it under '{_SECTIONS[kind]}:'"
    close = difflib.get_close_matches(ident, known, n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"no fact, event or claim '{ident}'{hint}"


_NOUNS = {"facts": "a fact", "events": "an event", "claims": "a claim"}
_SECTIONS = {"a fact": "facts", "an event": "events", "a claim": "claims", "an added event": "add_events"}


def _kind_of(ident: str, content: StoryContent) -> str:
    if any(f["id"] == ident for f in content.facts):
        return "a fact"
    if any(e["id"] == ident for e in content.events):
        return "an event"
    return "a claim" if ident in content.claim_ids else "an added event"


def _at(path: str, line: int | None) -> str:
    return f"{path}:{line}" if line else path


def edit_lines(path: str) -> dict[Where, int]:
    """The line of every key and list item of an edits file that was read and validated already.

    Read again only when a line must be named (a stale id, a bad source), so a build whose edits
    are all current never composes the file twice.
    """
    try:
        node = yaml.compose(Path(path).read_text(encoding="utf-8-sig"), Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    lines: dict[Where, int] = {}
    if node is not None:
        _walk(node, (), lines)
    return lines


def _walk(node: yaml.Node, where: Where, lines: dict[Where, int]) -> None:
    lines.setdefault(where, node.start_mark.line + 1)
    children: Iterable[tuple[str | int, yaml.Node, int]] = ()
    if isinstance(node, yaml.MappingNode):
        children = ((str(k.value), v, k.start_mark.line + 1) for k, v in node.value)
    elif isinstance(node, yaml.SequenceNode):
        children = ((n, item, item.start_mark.line + 1) for n, item in enumerate(node.value))
    for key, child, line in children:
        lines[(*where, key)] = line
        _walk(child, (*where, key), lines)
