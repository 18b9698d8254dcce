"""An inline SVG bar chart, drawn at build time: no JavaScript, readable in print and in dark mode.

Horizontal bars, because actor names are long and horizontal labels never rotate. Colours come
from CSS custom properties (``currentColor`` and ``var(--bar)``), so the chart follows the
page's theme. The SVG carries a title and description for screen readers, and the page puts
the same numbers in a table next to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class BarSpec:
    """One bar: its label, its value, and the text printed at its end."""

    label: str
    value: float
    shown: str


WIDTH = 640
LABEL = 170
ROW = 34
BAR = 22
PAD = 8


def bar_chart(bars: list[BarSpec], title: str, description: str) -> str:
    """SVG markup for a horizontal bar chart scaled to the largest value; empty string for no bars."""
    if not bars:
        return ""
    top = max(b.value for b in bars) or 1.0
    height = PAD * 2 + ROW * len(bars)
    span = WIDTH - LABEL - 120
    rows = []
    for k, b in enumerate(bars):
        y = PAD + k * ROW
        w = max(2.0, span * b.value / top)
        rows.append(
            f'<g class="row"><text class="label" x="{LABEL - 8}" y="{y + BAR / 2 + 5:.1f}" text-anchor="end">'
            f"{escape(_clip(b.label, 24))}</text>"
            f'<rect class="bar" x="{LABEL}" y="{y}" width="{w:.1f}" height="{BAR}" rx="3"></rect>'
            f'<text class="value" x="{LABEL + w + 6:.1f}" y="{y + BAR / 2 + 5:.1f}">{escape(b.shown)}</text></g>')
    return (f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
            f'aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="chart-title">{escape(title)}</title><desc id="chart-desc">{escape(description)}</desc>'
            + "".join(rows) + "</svg>")


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
