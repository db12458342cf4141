"""The result charts as vector drawings: cumulative net cash flow and customers by month (lines),
NPV per scenario (horizontal bars)."""

from __future__ import annotations

import numpy as np
from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect
from reportlab.platypus import Flowable, KeepTogether, Spacer

from roi_desktop.core import ProjectResult

from .chart_kit import new_drawing, Axis, gridlines_x, gridlines_y, legend, text, wrap
from .formatting import Fmt
from .styles import BASELINE, CONTENT_WIDTH, INK, MUTED, RULE, para, scenario_colour
from .texts import tr

PLOT_LEFT = 52
PLOT_RIGHT = 10
PLOT_BOTTOM = 26
PLOT_TOP = 16


def _month_label(lang: str):
    return lambda t: f"{int(t)}"


def line_chart(series: list[tuple[np.ndarray, object, bool]], fmt: Fmt, *, money: bool, height: float = 190,
               width: float = CONTENT_WIDTH) -> Drawing:
    """Lines over months 0..M (one value per month); ``series`` holds (values, colour, dashed)."""
    d = new_drawing(width, height)
    months = max(len(v) for v, _, _ in series) - 1
    lo = min(float(np.min(v)) for v, _, _ in series)
    hi = max(float(np.max(v)) for v, _, _ in series)
    if money:
        lo, hi = min(lo, 0.0), max(hi, 0.0)
    else:  # customers: keep the differences visible, do not force zero
        pad = (hi - lo) * 0.08 or max(1.0, abs(hi) * 0.05)
        lo, hi = lo - pad, hi + pad
    divisor, unit = fmt.scale(max(abs(lo), abs(hi))) if money else _count_scale(max(abs(lo), abs(hi)), fmt.lang)
    y_axis = Axis(lo, hi, PLOT_BOTTOM, height - PLOT_TOP, 5)
    x0, x1 = PLOT_LEFT, width - PLOT_RIGHT
    x_axis = Axis(0, months, x0, x1, 1)
    x_axis.ticks = list(range(0, months + 1, 12 if months <= 72 else 24))
    x_axis.lo, x_axis.hi = 0, months
    gridlines_y(d, y_axis, x0, x1, lambda t: fmt.tick(t, divisor))
    gridlines_x(d, x_axis, PLOT_BOTTOM, height - PLOT_TOP, _month_label(fmt.lang), zero_strong=False)
    d.add(text(x0 - 4, height - 9, unit, anchor="end", bold=True))
    d.add(text(x1, 2, tr(fmt.lang, "axis_month"), anchor="end"))
    for values, colour, dashed in series:
        points = []
        for m, v in enumerate(values):
            points += [x_axis(m), y_axis(float(v))]
        d.add(PolyLine(points, strokeColor=colour, strokeWidth=1.1 if dashed else 1.5,
                       strokeDashArray=[4, 2.5] if dashed else None, strokeLineJoin=1))
    return d


def _count_scale(max_abs: float, lang: str) -> tuple[float, str]:
    if max_abs >= 1e6:
        return 1e6, "mln" if lang == "pl" else "m"
    if max_abs >= 1e4:
        return 1e3, "tys." if lang == "pl" else "thousands"
    return 1.0, ""


def npv_bars(result: ProjectResult, fmt: Fmt, width: float = CONTENT_WIDTH) -> Drawing:
    """One horizontal bar per scenario, its NPV written beside it."""
    scenarios = result.scenarios
    row_h, label_w, value_w = 26, 150, 78
    height = PLOT_BOTTOM + row_h * len(scenarios) + 8
    d = new_drawing(width, height)
    values = [s.npv for s in scenarios]
    lo, hi = min(min(values), 0.0), max(max(values), 0.0)
    divisor, unit = fmt.scale(max(abs(lo), abs(hi)))
    x0 = label_w + (value_w if lo < 0 else 6)  # room for value labels left of negative bars
    x1 = width - (value_w if hi > 0 else 6)
    axis = Axis(lo, hi, x0, x1, 5)
    top = height - 8
    gridlines_x(d, axis, PLOT_BOTTOM, top, lambda t: fmt.tick(t, divisor))
    d.add(text(width, PLOT_BOTTOM - 10, unit, anchor="end", bold=True))
    for i, s in enumerate(scenarios):
        y_mid = top - row_h * (i + 0.5)
        lines = wrap(f"{i + 1}. {s.name}", label_w - 6)
        for j, line in enumerate(lines):
            d.add(text(0, y_mid + (len(lines) / 2 - j - 1) * 9 + 2.5, line, colour=INK))
        a, b = sorted((axis(0), axis(s.npv)))
        d.add(Rect(a, y_mid - 7, max(b - a, 0.5), 14, fillColor=scenario_colour(i), strokeColor=None))
        label_x, anchor = (b + 4, "start") if s.npv >= 0 else (a - 4, "end")
        d.add(text(label_x, y_mid - 3, fmt.money(s.npv), colour=INK, anchor=anchor))
    d.add(Line(axis(0), PLOT_BOTTOM, axis(0), top, strokeColor=MUTED, strokeWidth=0.8))
    d.add(Line(x0, PLOT_BOTTOM, x1, PLOT_BOTTOM, strokeColor=RULE, strokeWidth=0.4))
    return d


def _scenario_legend(result: ProjectResult, lang: str, with_baseline: bool):
    entries = [(BASELINE, tr(lang, "baseline"), True)] if with_baseline else []
    entries += [(scenario_colour(i), f"{i + 1}. {s.name}", False) for i, s in enumerate(result.scenarios)]
    return legend(entries)


def chart_block(title: str, drawing: Drawing, caption_flowable: Flowable | None) -> KeepTogether:
    parts: list[Flowable] = [para(title, "h3"), drawing]
    if caption_flowable is not None:
        parts += [Spacer(1, 3), caption_flowable]
    parts.append(Spacer(1, 10))
    return KeepTogether(parts)


def result_charts(result: ProjectResult, fmt: Fmt) -> list[Flowable]:
    lang = fmt.lang
    if not result.scenarios:
        return []
    cumulative = [(s.cumulative_net, scenario_colour(i), False) for i, s in enumerate(result.scenarios)]
    customers = [(result.baseline.customers, BASELINE, True)]
    customers += [(s.customers, scenario_colour(i), False) for i, s in enumerate(result.scenarios)]
    return [
        chart_block(tr(lang, "chart_cumulative"), line_chart(cumulative, fmt, money=True),
                    _scenario_legend(result, lang, False)),
        chart_block(tr(lang, "chart_customers"), line_chart(customers, fmt, money=False, height=170),
                    _scenario_legend(result, lang, True)),
        chart_block(tr(lang, "chart_npv"), npv_bars(result, fmt), None),
    ]
