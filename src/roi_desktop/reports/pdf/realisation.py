"""Value realisation in the PDF: a section of the full report (``realisation_story``, hooked into
document.build_story with one line) and a short report of its own (``render_realisation_pdf`` /
``write_realisation_pdf``, ``roi-desktop export PROJECT --realisation-pdf FILE``).

Both show the status in one sentence, the chart of plan against actual with the baseline for reference
(and the re-forecast after the last actual), the headline figures and the variance table. Words come from
reports/words/tracking.py; the numbers from core/tracking.py.
"""

from __future__ import annotations

import io
import math
import os
from pathlib import Path

import numpy as np
from reportlab.graphics.shapes import PolyLine
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, SimpleDocTemplate, Spacer

from roi_desktop.atomic import write_bytes_atomically
from roi_desktop.core import ProjectResult
from roi_desktop.core.tracking import BEHIND, ON_TRACK, TrackingResult, track
from roi_desktop.core.tracking_inputs import month_label
from roi_desktop.reports import numbers
from roi_desktop.reports.branding import Branding
from roi_desktop.reports.tracking_text import status_sentence, summary_rows, table_rows
from roi_desktop.reports.words import words

from . import fonts
from .chart_kit import Axis, gridlines_x, gridlines_y, legend, new_drawing
from .paragraph import Paragraph
from .styles import (BASELINE, CONTENT_WIDTH, INK, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, NEGATIVE, PAGE_HEIGHT,
                     PAGE_WIDTH, POSITIVE, cell, data_table, key_value_table, para, scenario_colour)

ROWS_SHOWN = 24  # the variance table shows the latest two years of months


def realisation_chart(t: TrackingResult, client_customers: float, lang: str, width: float = CONTENT_WIDTH,
                      height: float = 200):
    """Customers at month end over the months around the actuals: baseline (dashed grey), plan, actual
    (black) and the re-forecast after the last actual (dashed, the plan's colour)."""
    months = len(t.plan_path) - 1
    shown = min(months, max(12, 6 * math.ceil((t.k + 6) / 6)))
    colour = scenario_colour(t.scenario_index)
    actual = np.r_[client_customers, t.actual_customers]
    lines = [(t.baseline_path[: shown + 1], BASELINE, True, 0), (t.plan_path[: shown + 1], colour, False, 0),
             (actual, INK, False, 0)]
    if t.k and t.k < shown:
        lines.append((t.reforecast_path[t.k: shown + 1], colour, True, t.k))
    lo = min(float(np.min(v)) for v, *_ in lines)
    hi = max(float(np.max(v)) for v, *_ in lines)
    pad = (hi - lo) * 0.08 or max(1.0, abs(hi) * 0.02)
    d = new_drawing(width, height)
    y = Axis(lo - pad, hi + pad, 24, height - 14, 5)
    x0, x1 = 58, width - 24
    x = Axis(0, shown, x0, x1, 1)
    step = 3 if shown <= 24 else 6 if shown <= 60 else 12
    x.ticks, x.lo, x.hi = list(range(0, shown + 1, step)), 0, shown
    gridlines_y(d, y, x0, x1, lambda v: numbers.number(v, lang), zero_strong=False)
    gridlines_x(d, x, 24, height - 14, lambda m: month_label(t.start, max(int(m), 1)), zero_strong=False)
    for values, stroke, dashed, first in lines:
        points = []
        for m, v in enumerate(values, start=first):
            points += [x(m), y(float(v))]
        if len(points) >= 4:
            d.add(PolyLine(points, strokeColor=stroke, strokeWidth=1.2 if dashed else 1.7,
                           strokeDashArray=[4, 2.5] if dashed else None, strokeLineJoin=1))
    return d


def realisation_body(result: ProjectResult, t: TrackingResult, lang: str) -> list[Flowable]:
    """The sentence, the chart, the figures, the variance table and how it is computed."""
    w = words(lang)
    cur = result.project.analysis.currency
    tone = {ON_TRACK: POSITIVE, BEHIND: NEGATIVE}.get(t.status, INK).hexval()[2:]
    story: list[Flowable] = [
        para(w("tracking.intro", plan=_esc(t.scenario_name), start=t.start)),
        para(f"<font color='#{tone}'><b>{_esc(status_sentence(t, cur, lang))}</b></font>", "lead"),
        KeepTogether([para(w("tracking.chart_title"), "h3"),
                      realisation_chart(t, result.project.client.customers, lang),
                      legend([(BASELINE, w("tracking.baseline"), True),
                              (scenario_colour(t.scenario_index), f"{w('tracking.plan')}: {t.scenario_name}", False),
                              (INK, w("tracking.actual"), False)]
                             + ([(scenario_colour(t.scenario_index), w("tracking.reforecast"), True)] if t.k else []),
                             columns=2)]),
        Spacer(1, 6),
        key_value_table(summary_rows(t, cur, lang)),
    ]
    rows = table_rows(t, lang)
    if rows:
        header = [cell(w("tracking.month"), "head")] + [cell(w(f"tracking.{k}"), "head_r")
                                                        for k in ("plan", "actual", "variance", "variance_share")]
        body = [[cell(r[0])] + [cell(v, "cell_r") for v in r[1:]] for r in rows[-ROWS_SHOWN:]]
        widths = [CONTENT_WIDTH * f for f in (0.2, 0.2, 0.2, 0.2, 0.2)]
        story += [Spacer(1, 8), data_table([header] + body, widths, zebra=True)]
    story += [Spacer(1, 4), para(w("tracking.method"), "small")]
    return story


def realisation_story(result: ProjectResult, lang: str) -> list[Flowable]:
    """The section for the full report (its own h1 heading), or nothing when the project tracks nothing."""
    t = track(result.project, result)
    if t is None:
        return []
    return [CondPageBreak(400), para(words(lang)("tracking.title"), "h1")] + realisation_body(result, t, lang)


def render_realisation_pdf(result: ProjectResult, *, lang: str, branding: Branding | None = None) -> bytes:
    """A short report of its own: the realisation of the plan, on one or two pages."""
    t = track(result.project, result)
    if t is None:
        raise ValueError("the project tracks no plan: add tracking (a plan, its start month, actuals) first")
    fonts.register_fonts()
    branding = branding or Branding()
    project = result.project
    w = words(lang)
    title = w("tracking.report_title", plan=t.scenario_name)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title,
                            author=project.report.consultant, subject=project.client.name, creator="roi-desktop")
    head = " · ".join(x for x in (project.client.name, branding.company, project.report.consultant) if x)
    story: list[Flowable] = [para(head, "small", user=True), Paragraph(_esc(title), _title_style())]
    story += realisation_body(result, t, lang)
    doc.build(story)
    return buffer.getvalue()


def write_realisation_pdf(result: ProjectResult, path: str | os.PathLike, *, lang: str,
                          branding: Branding | None = None) -> Path:
    """Write the realisation report atomically; raises FileWriteError (nothing written) on failure."""
    return write_bytes_atomically(path, render_realisation_pdf(result, lang=lang, branding=branding))


def _title_style():
    from .styles import styles
    return styles()["h1_plain"]


def _esc(value: str) -> str:
    from .styles import esc
    return esc(value)


def export_realisation(project, path: str | os.PathLike, lang: str | None = None,
                       branding: Branding | None = None) -> Path:
    """Calculate ``project`` and write its realisation report; a project without tracking is bad input
    (ValidationError naming ``tracking``)."""
    from roi_desktop.core import calculate
    from roi_desktop.core.errors import Problem, ValidationError
    if project.tracking is None:
        raise ValidationError([Problem("tracking", "the project tracks no plan yet: add the plan, the month it "
                                                   "started and the actuals (the app's Tracking tab) first")])
    return write_realisation_pdf(calculate(project), path, lang=lang or project.report.language, branding=branding)
