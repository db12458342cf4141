"""The result charts as vector drawings: cumulative net cash flow and customers by month (lines),
NPV per scenario (horizontal bars).

Every scenario is drawn in its product-wide style (:func:`roi_desktop.reports.palette.scenario_style`):
colour, dash pattern and marker, so lines stay apart in grey print; line ends carry direct labels
where they fit. A chart shows at most ``LINES_PER_CHART`` scenarios: more are split over several
charts (or, on page one, the leaders are shown and the rest left to the table). A value axis that
does not start at zero says so inside the chart, and bars are drawn in chunks, so no drawing can
outgrow a page.
"""

from __future__ import annotations

import numpy as np
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Polygon, Rect
from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from roi_desktop.core import ProjectResult
from roi_desktop.reports.palette import DASHES, scenario_style
from roi_desktop.reports.words import text as words_text

from .chart_kit import Axis, gridlines_x, gridlines_y, new_drawing, text, wrap
from .formatting import Fmt
from . import fonts
from .styles import BASELINE, CONTENT_WIDTH, INK, MUTED, NEGATIVE, RULE, fit_text, para

PLOT_LEFT = 52
PLOT_BOTTOM = 26
PLOT_TOP = 18
LABEL_ROOM = 96  # right of the plot, for direct labels at the line ends
LINES_PER_CHART = 6
BARS_PER_CHART = 25
LINE_WIDTH = 1.4


class Series:
    """One line: monthly values, its style, a short label for the line end and whether it is the baseline."""

    def __init__(self, values: np.ndarray, index: int | None, label: str):
        self.values, self.index, self.label = values, index, label

    @property
    def colour(self):
        return BASELINE if self.index is None else colors.HexColor(scenario_style(self.index).colour)

    @property
    def dash(self) -> list[float] | None:
        if self.index is None:
            return [1.2, 2.0]
        pattern = DASHES[scenario_style(self.index).dash]
        return [x * LINE_WIDTH for x in pattern] or None

    @property
    def marker(self) -> str | None:
        return None if self.index is None else scenario_style(self.index).marker


def marker_shapes(kind: str | None, x: float, y: float, colour, size: float = 2.6) -> list:
    """The scenario's marker centred on (x, y): filled circle, square, triangle, diamond; an x or plus."""
    if kind is None:
        return []
    s = size
    if kind == "circle":
        return [Circle(x, y, s * 0.9, fillColor=colour, strokeColor=None)]
    if kind == "square":
        return [Rect(x - s * 0.8, y - s * 0.8, s * 1.6, s * 1.6, fillColor=colour, strokeColor=None)]
    if kind == "triangle":
        return [Polygon([x - s, y - s * 0.8, x + s, y - s * 0.8, x, y + s], fillColor=colour, strokeColor=None)]
    if kind == "diamond":
        return [Polygon([x, y - s * 1.1, x + s, y, x, y + s * 1.1, x - s, y], fillColor=colour, strokeColor=None)]
    if kind == "x":
        return [Line(x - s, y - s, x + s, y + s, strokeColor=colour, strokeWidth=1.1),
                Line(x - s, y + s, x + s, y - s, strokeColor=colour, strokeWidth=1.1)]
    return [Line(x - s, y, x + s, y, strokeColor=colour, strokeWidth=1.1),
            Line(x, y - s, x, y + s, strokeColor=colour, strokeWidth=1.1)]


def _spread(wanted: list[float], gap: float, low: float, high: float) -> list[float] | None:
    """Positions at least ``gap`` apart, as near ``wanted`` as possible, within [low, high]; None when
    they cannot fit (then the legend alone names the lines)."""
    if not wanted:
        return []
    if gap * (len(wanted) - 1) > high - low:
        return None
    order = sorted(range(len(wanted)), key=lambda k: wanted[k])
    placed = [min(max(wanted[k], low), high) for k in order]
    for k in range(1, len(placed)):
        placed[k] = max(placed[k], placed[k - 1] + gap)
    overflow = placed[-1] - high
    if overflow > 0:
        placed = [p - overflow for p in placed]
        for k in range(len(placed) - 2, -1, -1):
            placed[k] = min(placed[k], placed[k + 1] - gap)
    result = [0.0] * len(wanted)
    for k, p in zip(order, placed):
        result[k] = p
    return result


def line_chart(series: list[Series], fmt: Fmt, *, money: bool, height: float = 190,
               width: float = CONTENT_WIDTH) -> Drawing:
    """Lines over months 0..M with markers at each year end and direct labels at the line ends."""
    d = new_drawing(width, height)
    months = max(len(s.values) for s in series) - 1
    lo = min(float(np.min(s.values)) for s in series)
    hi = max(float(np.max(s.values)) for s in series)
    if money:
        lo, hi = min(lo, 0.0), max(hi, 0.0)
    else:  # counts: keep the differences visible, and say so when the axis does not start at zero
        pad = (hi - lo) * 0.08 or max(1.0, abs(hi) * 0.05)
        lo, hi = max(lo - pad, 0.0), hi + pad
    divisor, unit = (fmt.scale if money else fmt.count_scale)(max(abs(lo), abs(hi)))
    y_axis = Axis(lo, hi, PLOT_BOTTOM, height - PLOT_TOP, 5)
    x0, x1 = PLOT_LEFT, width - LABEL_ROOM
    x_axis = Axis(0, max(months, 1), x0, x1, 1)
    step = 12 if months <= 72 else 24
    x_axis.ticks = list(range(0, months + 1, step)) if months >= step else [0, months]
    x_axis.lo, x_axis.hi = 0, max(months, 1)
    gridlines_y(d, y_axis, x0, x1, lambda t: fmt.tick(t, divisor), zero_strong=money)
    gridlines_x(d, x_axis, PLOT_BOTTOM, height - PLOT_TOP, lambda t: f"{int(t)}", zero_strong=False)
    if unit:
        d.add(text(x0 - 4, height - 10, unit, anchor="end", bold=True))
    d.add(text(x1, 2, words_text(fmt.lang, "report.axis_month"), anchor="end"))
    if y_axis.lo > 0:  # a truncated axis: a break mark on the axis and the words beside the unit
        yb = PLOT_BOTTOM + 3
        d.add(PolyLine([x0 - 4, yb - 3, x0 + 4, yb + 1, x0 - 4, yb + 1, x0 + 4, yb + 5], strokeColor=NEGATIVE,
                       strokeWidth=0.9))
        d.add(text(x0 + 4, height - 10, words_text(fmt.lang, "report.axis_not_zero", start=fmt.tick(y_axis.lo, divisor)
                                                   + (f"\u00a0{unit}" if unit else "")), colour=NEGATIVE, bold=True))
    ends = []
    for n, s in enumerate(series):
        points = []
        for m, v in enumerate(s.values):
            points += [x_axis(m), y_axis(float(v))]
        d.add(PolyLine(points, strokeColor=s.colour, strokeWidth=LINE_WIDTH if s.index is not None else 1.1,
                       strokeDashArray=s.dash, strokeLineJoin=1))
        shift = (n % 3) * 3  # markers of neighbouring lines sit a few months apart, so they do not stack
        for m in range(12 - shift, len(s.values), 12):
            for shape in marker_shapes(s.marker, x_axis(m), y_axis(float(s.values[m])), s.colour):
                d.add(shape)
        ends.append(y_axis(float(s.values[-1])))
    placed = _spread(ends, 9.0, PLOT_BOTTOM, height - PLOT_TOP)
    if placed is not None:
        for s, y_end, y in zip(series, ends, placed):
            d.add(Line(x1 + 1, y_end, x1 + 5, y + 2.5, strokeColor=s.colour, strokeWidth=0.6))
            d.add(text(x1 + 7, y, wrap(s.label, LABEL_ROOM - 9, max_lines=1)[0], colour=INK))
    return d


def legend_swatch(s: Series, width: float = 26, height: float = 9) -> Drawing:
    """A short piece of the line with its dash and marker, as in the chart."""
    d = new_drawing(width, height)
    d.add(Line(1, height / 2, width - 1, height / 2, strokeColor=s.colour, strokeWidth=LINE_WIDTH,
               strokeDashArray=s.dash))
    for shape in marker_shapes(s.marker, width / 2, height / 2, s.colour):
        d.add(shape)
    return d


def line_legend(series: list[Series], names: list[str], columns: int = 2):
    from reportlab.platypus import Table, TableStyle
    from .styles import cell
    col_w = CONTENT_WIDTH / columns
    # a long name is cut to about two lines here (the tables print it in full)
    cells = [[legend_swatch(s), cell(fit_text(name, fonts.REGULAR, 8, (col_w - 40) * 1.9), "legend", user=True)]
             for s, name in zip(series, names)]
    rows = []
    for k in range(0, len(cells), columns):
        row = sum(cells[k:k + columns], [])
        rows.append(row + [""] * (2 * columns - len(row)))
    table = Table(rows, colWidths=[30, col_w - 30] * columns, hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return table


class FitChart(Flowable):
    """A chart (with its legend ``below``) that takes the height left on the page, between ``min_height``
    and ``max_height`` for the drawing; with less room it moves to the next page whole, so a page never
    ends with a large gap and a legend never parts from its chart."""

    def __init__(self, build, min_height: float, max_height: float, below: Flowable | None = None):
        super().__init__()
        self.build, self.min_height, self.max_height, self.below = build, min_height, max_height, below
        self.drawing: Drawing | None = None
        self.below_height = 0.0

    def wrap(self, avail_width, avail_height):
        if self.below is not None:
            self.below_height = self.below.wrap(avail_width, avail_height)[1] + 4
        h = max(self.min_height, min(self.max_height, avail_height - self.below_height - 2))
        if self.drawing is None or abs(self.drawing.height - h) > 0.5:
            self.drawing = self.build(h)
        self.width, self.height = self.drawing.width, self.drawing.height + self.below_height
        return self.width, self.height

    def draw(self):
        if self.below is not None:
            self.below.drawOn(self.canv, 0, 0)
        self.drawing.drawOn(self.canv, 0, self.below_height)


def scenario_label(i: int, name: str) -> str:
    return f"{i + 1}. {name}"


def cumulative_chart(result: ProjectResult, fmt: Fmt, indices: list[int], *, min_height: float = 150,
                     max_height: float = 210) -> list[Flowable]:
    """The cumulative net cash flow of the scenarios at ``indices``, with its legend."""
    series = [Series(result.scenarios[i].cumulative_net, i, scenario_label(i, result.scenarios[i].name))
              for i in indices]
    return [FitChart(lambda h: line_chart(series, fmt, money=True, height=h), min_height, max_height,
                     below=line_legend(series, [s.label for s in series]))]


def customers_chart(result: ProjectResult, fmt: Fmt, indices: list[int]) -> list[Flowable]:
    base = Series(result.baseline.customers, None, words_text(fmt.lang, "report.baseline_short"))
    series = [base] + [Series(result.scenarios[i].customers, i, scenario_label(i, result.scenarios[i].name))
                       for i in indices]
    labels = [words_text(fmt.lang, "report.baseline")] + [s.label for s in series[1:]]
    return [FitChart(lambda h: line_chart(series, fmt, money=False, height=h), 140, 190,
                     below=line_legend(series, labels))]


def npv_bars(result: ProjectResult, fmt: Fmt, indices: list[int], width: float = CONTENT_WIDTH) -> Drawing:
    """One horizontal bar per scenario at ``indices``, its NPV written beside it."""
    row_h, label_w, value_w = 20, 150, 84
    height = PLOT_BOTTOM + row_h * len(indices) + 8
    d = new_drawing(width, height)
    values = [result.scenarios[i].npv for i in indices]
    everything = [s.npv for s in result.scenarios]  # one scale for every chunk
    lo, hi = min(min(everything), 0.0), max(max(everything), 0.0)
    divisor, unit = fmt.scale(max(abs(lo), abs(hi)))
    x0 = label_w + (value_w if lo < 0 else 6)
    x1 = width - (value_w if hi > 0 else 6)
    axis = Axis(lo, hi, x0, x1, 5)
    top = height - 8
    gridlines_x(d, axis, PLOT_BOTTOM, top, lambda t: fmt.tick(t, divisor))
    d.add(text(width, PLOT_BOTTOM - 10, unit, anchor="end", bold=True))
    for row, (i, npv) in enumerate(zip(indices, values)):
        y_mid = top - row_h * (row + 0.5)
        lines = wrap(scenario_label(i, result.scenarios[i].name), label_w - 6)
        for j, line in enumerate(lines):
            d.add(text(0, y_mid + (len(lines) / 2 - j - 1) * 8.5 + 2.5, line, colour=INK))
        a, b = sorted((axis(0), axis(npv)))
        d.add(Rect(a, y_mid - 6, max(b - a, 0.5), 12, fillColor=colors.HexColor(scenario_style(i).colour),
                   strokeColor=INK, strokeWidth=0.3))
        label_x, anchor = (b + 4, "start") if npv >= 0 else (a - 4, "end")
        d.add(text(label_x, y_mid - 3, fmt.money(npv), colour=INK, anchor=anchor))
    d.add(Line(axis(0), PLOT_BOTTOM, axis(0), top, strokeColor=MUTED, strokeWidth=0.8))
    d.add(Line(x0, PLOT_BOTTOM, x1, PLOT_BOTTOM, strokeColor=RULE, strokeWidth=0.4))
    return d


def chunks(indices: list[int], size: int) -> list[list[int]]:
    """Split into balanced groups of at most ``size``: 13 with 6 -> 5, 4, 4."""
    if not indices:
        return []
    groups = -(-len(indices) // size)
    base, rest = divmod(len(indices), groups)
    out, start = [], 0
    for g in range(groups):
        n = base + (1 if g < rest else 0)
        out.append(indices[start:start + n])
        start += n
    return out


def leaders(result: ProjectResult, count: int = LINES_PER_CHART) -> list[int]:
    """The scenarios page one draws: the best cut and the best investment, then the highest NPVs, in
    their own order."""
    chosen = [i for i in (result.best_index("investment"), result.best_index("cut")) if i is not None]
    for i in sorted(range(len(result.scenarios)), key=lambda k: -result.scenarios[k].npv):
        if len(chosen) >= count:
            break
        if i not in chosen:
            chosen.append(i)
    return sorted(chosen)


def result_charts(result: ProjectResult, fmt: Fmt, *, cumulative_shown: list[int]) -> list[Flowable]:
    """The charts of the main part: cumulative flows of the scenarios page one left out (in groups),
    customers over time (in groups) and NPV per scenario (in chunks)."""
    lang = fmt.lang
    everyone = list(range(len(result.scenarios)))
    if not everyone:
        return []
    out: list[Flowable] = []
    rest = [i for i in everyone if i not in cumulative_shown]
    for group in chunks(rest, LINES_PER_CHART):
        out += [para(words_text(lang, "report.chart_cumulative"), "h3_chart")] + cumulative_chart(result, fmt, group)
        out.append(Spacer(1, 8))
    for group in chunks(everyone, LINES_PER_CHART):
        out += [para(words_text(lang, "report.chart_customers"), "h3_chart")] + customers_chart(result, fmt, group)
        out.append(Spacer(1, 8))
    for n, group in enumerate(chunks(everyone, BARS_PER_CHART)):
        if n == 0:
            out.append(para(words_text(lang, "report.chart_npv"), "h3"))
        out += [npv_bars(result, fmt, group), Spacer(1, 8)]
    return out
