"""Risk charts as vector drawings: the tornado (NPV at each input's low and high value) and the
Monte Carlo distribution of NPV with its P10, P50 and P90 marked."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors

from .chart_kit import new_drawing, Axis, gridlines_x, gridlines_y, text, wrap
from .formatting import Fmt
from .styles import CONTENT_WIDTH, INK, NAVY, RULE

LOW_COLOUR = colors.HexColor("#D55E00")
HIGH_COLOUR = colors.HexColor("#0072B2")
HIST_COLOUR = colors.HexColor("#9DB8D2")
MAX_TORNADO_BARS = 8


def tornado(bars, base_npv: float, labels: list[str], fmt: Fmt, width: float = CONTENT_WIDTH,
            base_label: str = "") -> Drawing:
    """One row per input (largest swing first): a bar from the scenario's NPV to the NPV at the input's
    low value and another to the NPV at its high value."""
    bars = list(bars)[:MAX_TORNADO_BARS]
    row_h, label_w, bottom = 17, 150, 24
    height = bottom + row_h * max(1, len(bars)) + 20
    d = new_drawing(width, height)
    values = [base_npv] + [b.npv_low for b in bars] + [b.npv_high for b in bars]
    lo, hi = min(values), max(values)
    divisor, unit = fmt.scale(max(abs(lo), abs(hi)))
    axis = Axis(lo, hi, label_w + 8, width - 12, 5)
    top = height - 20
    gridlines_x(d, axis, bottom, top, lambda t: fmt.tick(t, divisor))
    d.add(text(width, 2, unit, anchor="end", bold=True))
    base_x = axis(base_npv)
    for i, (bar, label) in enumerate(zip(bars, labels)):
        y_mid = top - row_h * (i + 0.5)
        lines = wrap(label, label_w - 4)
        for j, line in enumerate(lines):
            d.add(text(0, y_mid + (len(lines) / 2 - j - 1) * 9 + 2.5, line, colour=INK))
        for value, colour in ((bar.npv_low, LOW_COLOUR), (bar.npv_high, HIGH_COLOUR)):
            a, b = sorted((base_x, axis(value)))
            d.add(Rect(a, y_mid - 6, max(b - a, 0.6), 12, fillColor=colour, strokeColor=None))
    d.add(Line(base_x, bottom, base_x, top + 4, strokeColor=NAVY, strokeWidth=1.0))
    if base_label:
        d.add(text(base_x, top + 7, base_label, anchor="middle", colour=NAVY, bold=True))
    return d


def distribution(mc, fmt: Fmt, labels: dict[str, str], width: float = CONTENT_WIDTH, height: float = 128) -> Drawing:
    """The histogram of simulated NPVs as shares of trials, with P10/P50/P90 lines."""
    edges = [float(e) for e in mc.histogram_edges]
    counts = [int(c) for c in mc.histogram_counts]
    total = max(1, sum(counts))
    shares = [c / total for c in counts]
    d = new_drawing(width, height)
    left, bottom, top = 44, 24, height - 22
    lo, hi = min(edges[0], 0.0) if edges[0] <= 0 <= edges[-1] else edges[0], edges[-1]
    x_axis = Axis(lo, hi, left, width - 10, 6)
    y_axis = Axis(0, max(shares) if shares else 1, bottom, top, 4)
    divisor, unit = fmt.scale(max(abs(x_axis.lo), abs(x_axis.hi)))
    gridlines_y(d, y_axis, left, width - 10, lambda t: fmt.percent(t, 0), zero_strong=False)
    for a, b, share in zip(edges, edges[1:], shares):
        x0, x1 = x_axis(a), x_axis(b)
        d.add(Rect(x0, bottom, max(x1 - x0 - 0.4, 0.3), y_axis(share) - bottom, fillColor=HIST_COLOUR,
                   strokeColor=None))
    for t in x_axis.ticks:
        x = x_axis(t)
        d.add(Line(x, bottom, x, bottom - 3, strokeColor=RULE, strokeWidth=0.5))
        d.add(text(x, bottom - 12, fmt.tick(t, divisor), anchor="middle"))
    if x_axis.lo <= 0 <= x_axis.hi:
        d.add(Line(x_axis(0), bottom, x_axis(0), top, strokeColor=INK, strokeWidth=0.9))
    d.add(Line(left, bottom, width - 10, bottom, strokeColor=INK, strokeWidth=0.5))
    for key, value, dy in (("p10", mc.p10, 0), ("p50", mc.p50, 9), ("p90", mc.p90, 0)):
        x = x_axis(value)
        d.add(Line(x, bottom, x, top + 2 + dy, strokeColor=NAVY, strokeWidth=0.9, strokeDashArray=[3, 2]))
        d.add(text(x, top + 5 + dy, labels[key], anchor="middle", colour=NAVY, bold=True))
    d.add(text(width - 10, 2, unit, anchor="end", bold=True))
    d.add(text(2, height - 8, labels["share"], anchor="start"))
    return d
