"""Read a story's generated files back, with its edits merged: what the pages show."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..errors import InputError
from .edits import merge_edits
from .yamlfile import parse_yaml

_CITATION = re.compile(r"\s*\[@(s-[a-z0-9-]+(?:\s*;\s*@s-[a-z0-9-]+)*)\]\s*$")


@dataclass(frozen=True)
class Claim:
    """One line of the digest: its text and the sources it cites.

    ``id`` is its ``claims.yaml`` id ("" for a line read from ``summary.md`` alone, such as a note
    on where sources disagree); ``reported_by`` are the sources with a wording of it, cited or not.
    """

    text: str
    sources: tuple[str, ...]
    id: str = ""
    reported_by: tuple[str, ...] = ()
    corrected: tuple[str, ...] = ()
    """The fields an editor corrected in ``edits.yaml`` (``text``, ``sources``)."""


@dataclass
class StoryContent:
    """Everything a story's pages show: generated content with the edits applied."""

    slug: str
    title: str
    dek: str
    sections: list[tuple[str, list[Claim]]]
    brief: list[Claim]
    facts: list[dict[str, Any]]
    discrepancies: list[dict[str, Any]]
    events: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    warnings: list[str] = field(default_factory=list)
    date: str | None = None
    """story.yaml's ``published`` for the story, when it gives one (``summary.md``'s front matter)."""
    updates: list[dict[str, Any]] = field(default_factory=list)
    """One measure reported at different times (a rising toll), as facts.yaml lists them."""
    stale: list[str] = field(default_factory=list)
    """The warnings about edits that name no fact, event or claim of the story (also in ``warnings``)."""
    currency: str | None = None
    """story.yaml's ``currency`` (facts.yaml carries it): the comparison page's currency, when chosen."""
    wordings: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Each claim's sources' own sentences (``source``, ``line``, ``text``), by claim id, from claims.yaml."""

    @property
    def claim_ids(self) -> tuple[str, ...]:
        """The ids of the claims the summary states."""
        return tuple(c.id for _, claims in self.sections for c in claims if c.id)

    @property
    def published(self) -> str | None:
        """The story's date: story.yaml's when it gives one, else the latest date among its sources."""
        if self.date:
            return self.date
        dates = [str(s["published"]) for s in self.sources if s.get("published")]
        return max(dates) if dates else None


def parse_summary(text: str, where: str = "summary.md") -> tuple[dict[str, Any], list[tuple[str, list[Claim]]]]:
    """Front matter and sections of a ``summary.md``."""
    match = re.match(r"---\n(.*?\n)---\n(.*)\Z", text, re.S)
    if not match:
        raise InputError(where, 1, "does not start with YAML front matter between '---' lines")
    try:
        front = parse_yaml(match.group(1)) or {}
    except yaml.YAMLError as err:
        raise InputError(where, None, f"front matter is not valid YAML: {err}") from None
    sections: list[tuple[str, list[Claim]]] = []
    for line in match.group(2).splitlines():
        if line.startswith("## "):
            sections.append((line[3:].strip(), []))
        elif line.strip():
            if not sections:
                sections.append(("Summary", []))
            cite = _CITATION.search(line)
            sources = tuple(s.strip().lstrip("@") for s in cite.group(1).split(";")) if cite else ()
            sections[-1][1].append(Claim(line[:cite.start()].strip() if cite else line.strip(), sources))
    return front, sections


def read_claims(doc: dict[str, Any]) -> tuple[list[tuple[str, list[Claim]]], list[Claim]]:
    """The account's sections and its short version from ``claims.yaml``, in the file's order.

    A section's heading is its slug read back ("what-happened" -> "What happened").
    """
    sections: dict[str, list[Claim]] = {}
    brief: list[Claim] = []
    for item in doc.get("claims") or []:
        wordings = item.get("wordings") or []
        claim = Claim(str(item["text"]), tuple(item.get("sources") or ()), str(item.get("id") or ""),
                      tuple(dict.fromkeys(str(w["source"]) for w in wordings)))
        heading = str(item.get("section") or "summary").replace("-", " ")
        sections.setdefault(heading[:1].upper() + heading[1:], []).append(claim)
        if item.get("brief"):
            brief.append(claim)
    return list(sections.items()), brief


def story_content(slug: str, files: dict[str, str], edits: dict[str, Any] | None = None,
                  edits_path: str = "edits.yaml") -> StoryContent:
    """A story's pages' data from its generated files' text, with ``edits`` merged on top."""
    front, sections = parse_summary(files["summary.md"], f"{slug}/summary.md")
    claims_text = files.get("claims.yaml")
    claims_doc: dict[str, Any] = parse_yaml(claims_text) or {} if claims_text is not None else {}
    if claims_text is not None:
        sections, brief = read_claims(claims_doc)
    else:
        listed = [c for _, cs in sections for c in cs]
        brief = [listed[n - 1] for n in front.get("brief") or [] if 0 < n <= len(listed)]
    facts_doc = parse_yaml(files["facts.yaml"]) or {}
    events = (parse_yaml(files["timeline.yaml"]) or {}).get("events") or []
    sources = (parse_yaml(files["sources.yaml"]) or {}).get("sources") or []
    content = StoryContent(slug, str(front.get("title") or slug), str(front.get("dek") or ""), sections, brief,
                           list(facts_doc.get("facts") or []), list(facts_doc.get("discrepancies") or []),
                           [dict(e, date=str(e["date"])) for e in events], list(sources),
                           updates=list(facts_doc.get("updates") or []), wordings=_wordings(claims_doc),
                           currency=str(facts_doc["currency"]) if facts_doc.get("currency") else None,
                           date=str(front["published"]) if front.get("published") else None)
    return merge_edits(content, edits or {}, edits_path)


def _wordings(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Each claim's wordings from ``claims.yaml`` (none when the story has no such file)."""
    return {str(c["id"]): list(c.get("wordings") or []) for c in doc.get("claims") or [] if c.get("id")}
