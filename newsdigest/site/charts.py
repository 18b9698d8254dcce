"""An inline SVG bar chart, drawn at build time: no JavaScript, readable in print and in dark mode.

Each row puts its label above its bar, so long actor names never shrink the bars, and the view
box is narrow enough (400 units) that text stays readable on a 320-pixel phone. Colours come
from CSS custom properties, so the chart follows the page's theme. The SVG carries a title and a
description for screen readers, and the page puts the same numbers in a table next to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class BarSpec:
    """One bar: its label, its value, and the text printed with it."""

    label: str
    value: float
    shown: str


WIDTH = 400
ROW = 46
BAR = 18
PAD = 4
INSIDE_FROM = 0.5
"""A bar longer than this share of the width carries its value inside, so the text is never clipped."""


def bar_chart(bars: list[BarSpec], title: str, description: str, chart_id: str = "chart") -> str:
    """SVG markup for a horizontal bar chart scaled to the largest value; empty string for no bars."""
    if not bars:
        return ""
    top = max(b.value for b in bars) or 1.0
    height = PAD * 2 + ROW * len(bars)
    rows = []
    for k, b in enumerate(bars):
        y = PAD + k * ROW
        w = max(3.0, (WIDTH - 2) * b.value / top)
        inside = w > WIDTH * INSIDE_FROM
        value = (f'<text class="value-in" x="{w - 6:.1f}" y="{y + 19 + BAR - 5}" text-anchor="end">'
                 if inside else f'<text class="value" x="{w + 6:.1f}" y="{y + 19 + BAR - 5}">')
        rows.append(f'<g><text class="label" x="0" y="{y + 13}">{escape(_clip(b.label, 44))}</text>'
                    f'<rect class="bar" x="0" y="{y + 19}" width="{w:.1f}" height="{BAR}" rx="2"></rect>'
                    f"{value}{escape(b.shown)}</text></g>")
    labels = f"{chart_id}-title {chart_id}-desc"
    return (f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
            f'aria-labelledby="{labels}" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="{chart_id}-title">{escape(title)}</title>'
            f'<desc id="{chart_id}-desc">{escape(description)}</desc>' + "".join(rows) + "</svg>")


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
