"""The comparison page's context: the chart, the groups of like figures, the update series by date.

The data comes from :mod:`.compare`; this turns it into what ``compare.html`` shows, with the
site's own formatting of amounts and dates (from :mod:`.render`, imported where used because
render imports this module).
"""

from __future__ import annotations

from typing import Any

from ..content.story import StoryContent
from .charts import BarSpec, bar_chart
from .compare import MEASURES, Comparison, reported_by


def compare_context(story: StoryContent, comparison: Comparison) -> dict[str, Any]:
    """The chart (one group of per-year figures, only when there are two to compare), the groups of like
    figures, the update series by date, conversions and who reported what."""
    from .render import _discrepancy_view, money, show_figure, when  # render imports this module

    specs = [BarSpec(b.entity, b.per_year, money(b.per_year, comparison.currency) + " a year"
                     + ("" if b.basis == "per-year" or b.years <= 1 else f" over {b.years:g} years"))
             for b in comparison.bars]
    description = "; ".join(f"{s.label}: {s.shown}" for s in specs)
    title = f"{MEASURES.get(comparison.measure, 'Amounts')} per year in {comparison.currency}"
    chart = bar_chart(specs, title, description) if len(specs) >= 2 else ""
    matrix = [{"fact": f, "shown": show_figure(f), "by": reported_by(f, story.facts)}
              for f in comparison.matrix_facts]
    by_id = {f["id"]: f for f in story.facts}
    conversions = [{"shown": show_figure(f), "original": show_figure(by_id[f["same_as"]]), "sources": f["sources"],
                    "entity": f.get("entity")} for f in story.facts if f.get("same_as") in by_id]
    groups = [{"title": g.title, "key": g.key, "rows": [
        {"owner": r.owner, "shown": show_figure(r.fact), "basis": BASIS_SHOWN.get(r.basis or "", "not stated"),
         "common": money(r.common, comparison.currency) if r.converted and r.common is not None else "",
         "date": when(_held(r.fact)) if _held(r.fact) else "", "what": r.fact.get("what") or "",
         "sources": list(r.sources)} for r in g.rows]} for g in comparison.groups]
    return {"chart_svg": chart, "chart_title": title, "matrix": matrix, "conversions": conversions,
            "groups": groups, "updates": [_update_view(u) for u in story.updates],
            "discrepancies": [_discrepancy_view(d) for d in story.discrepancies]}


BASIS_SHOWN = {"per-year": "a year", "total": "in total", "one-off": "one-off", "level": "as of a date"}


def _held(fact: dict[str, Any]) -> str | None:
    """The date a row's figure holds for (its ``as_of``, corrected or found), else the date its claim gives."""
    return fact.get("as_of") or fact.get("date")


def _update_view(u: dict[str, Any]) -> dict[str, Any]:
    """An update series as the page lists it: each value with the date it held for, oldest first."""
    from .render import show_figure, when

    kind = str(u.get("kind") or "count")
    return {"what": str(u.get("what") or ""), "readings": [
        {"shown": show_figure({"kind": kind, **v}), "as_of": when(v["as_of"]) if v.get("as_of") else "date not stated",
         "sources": list(v.get("sources") or [])} for v in u.get("values") or []]}
