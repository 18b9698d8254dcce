"""Machine-readable copies of a story's data, next to its pages.

``facts.json`` (facts, discrepancies and update series as in facts.yaml, with the comparison's
currency and each fact's basis), ``compare.csv`` (the yearly figures the chart compares, with basis and currency)
and ``timeline.json`` in Knight Lab TimelineJS's JSON format, so the timeline can be dropped into
a TimelineJS embed. All three are deterministic: keys sorted, no timestamps.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from ..content.story import StoryContent
from .compare import Comparison, basis_of


def _dumps(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n").encode("utf-8")


def facts_json(story: StoryContent, currency: str | None = None) -> bytes:
    """The story's facts, discrepancies and updates, after edits; each fact with the basis the comparison
    page reads for it, and the currency the page compares in."""
    facts = [dict(f, basis=basis_of(f)) for f in story.facts]
    return _dumps({"story": story.slug, "title": story.title, "currency": currency or story.currency,
                   "facts": facts, "discrepancies": story.discrepancies, "updates": story.updates})


def timeline_json(story: StoryContent) -> bytes:
    """TimelineJS JSON: each event's start_date carries only the parts its date really has."""
    events = []
    for e in story.events:
        parts = str(e["date"]).split("-")
        start = {"year": parts[0]}
        if len(parts) > 1:
            start["month"] = str(int(parts[1]))
        if len(parts) > 2:
            start["day"] = str(int(parts[2]))
        sources = ", ".join(e.get("sources") or [])
        events.append({"start_date": start, "unique_id": e["id"],
                       "text": {"headline": _headline(e["text"]), "text": e["text"] +
                                (f" (sources: {sources})" if sources else "")}})
    return _dumps({"title": {"text": {"headline": story.title, "text": story.dek}}, "events": events})


def _headline(text: str, words: int = 12) -> str:
    parts = re.sub(r"\s+", " ", text).split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def compare_csv(comparison: Comparison) -> bytes:
    """The yearly figures of the kind the chart draws (listed even when one alone makes no chart), per year
    in the common currency, with their basis (``per-year``, or ``total`` over ``years``) and currency."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["entity", "what", f"per_year_{comparison.currency}", f"total_{comparison.currency}",
                     "original_value", "original_currency", "period", "years", "rate", "sources", "fact_id",
                     "basis", "currency"])
    for b in comparison.bars:
        writer.writerow([b.entity, b.what, f"{b.per_year:.0f}", f"{b.total:.0f}", f"{b.original_value:g}",
                         b.original_unit, b.period or "", f"{b.years:g}", b.rate_note, " ".join(b.sources),
                         b.fact_id, b.basis, comparison.currency])
    return out.getvalue().encode("utf-8")
