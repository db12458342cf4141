"""The line chart's legend: which series fit in rows under the plot, and drawing them.

A legend never takes more than about a fifth of the chart: what does not fit ends in "+N more (see the
cards)". The rows depend only on the series' labels and look and on the chart's size, so a chart measures
them once per look and size, not on every change of values.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from roi_desktop.gui.widgets.chart_look import Series, draw_marker, series_pen
from roi_desktop.gui.widgets.style import INK, MUTED

Row = list[tuple[Series, float]]  # (series, width) pairs


def measure_legend(series: list, fm: QFontMetricsF, width: float, height: float, scale: float,
                   more_text: str) -> list[Row]:
    """The legend's rows for a chart ``width`` x ``height``; ``more_text`` has "%1" for the count left out."""
    rows: list[Row] = []
    row: Row = []
    x = 0.0
    room = width - 24 * scale
    max_rows = max(1, int(height * 0.22 // (fm.height() + 6 * scale)))  # the chart stays the chart
    for n, one in enumerate(series):
        if len(rows) == max_rows - 1 and row and n < len(series) - 1:
            more = Series(more_text.replace("%1", str(len(series) - n)), MUTED, (), dash="")
            w = fm.horizontalAdvance(one.label) + 34 * scale
            if x + w + fm.horizontalAdvance(more.label) + 34 * scale > room:
                row.append((more, fm.horizontalAdvance(more.label) + 10 * scale))
                rows.append(row)
                return rows
        w = fm.horizontalAdvance(one.label) + 34 * scale
        if row and x + w > room:
            rows.append(row)
            row, x = [], 0.0
        row.append((one, w))
        x += w
    if row:
        rows.append(row)
    return rows


def draw_legend(p: QPainter, rows: list[Row], top: float, width: float, scale: float, markers: bool) -> None:
    """The rows from ``top`` down, each entry its line sample (pen, dash, marker) and its label."""
    fm = p.fontMetrics()
    s = scale
    y = top
    for row in rows:
        x = 12 * s
        for series, w in row:
            mid = y + fm.height() / 2
            if series.dash == "" and len(series.values) == 0:  # "+N more"
                p.setPen(QColor(MUTED))
                p.drawText(QRectF(x, y, w, fm.height()), Qt.AlignLeft | Qt.AlignVCenter, series.label)
                x += w
                continue
            p.setPen(series_pen(series, 3 * s))
            p.drawLine(QPointF(x, mid), QPointF(x + 18 * s, mid))
            if series.marker and markers:
                p.setPen(QPen(QColor("white"), 1 * s))
                p.setBrush(QColor(series.color))
                draw_marker(p, series.marker, x + 9 * s, mid, 3.5 * s)
                p.setBrush(Qt.NoBrush)
            p.setPen(QColor(INK))
            room = int(width - x - 36 * s)
            p.drawText(QRectF(x + 24 * s, y, w, fm.height()), Qt.AlignLeft | Qt.AlignVCenter,
                       fm.elidedText(series.label, Qt.ElideRight, max(room, 20)))
            x += w
        y += fm.height() + 6 * s
