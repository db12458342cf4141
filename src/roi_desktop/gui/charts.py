"""Line charts drawn with QPainter: axes, gridlines, a legend and formatted labels.

The chart only draws what it is given (values from the engine); axis ticks are its own business.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from roi_desktop.reports.ticks import nice_ticks

from .style import INK, LINE, MUTED


@dataclass(frozen=True)
class Series:
    label: str
    color: str
    values: Sequence[float]
    dashed: bool = False


class LineChart(QWidget):
    """Several series over the same x axis (months 0..M); x labels at each year."""

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.0):
        super().__init__(parent)
        self.series: list[Series] = []
        self.title = ""
        self.y_format: Callable[[float], str] = lambda v: f"{v:,.0f}"
        self.x_label: Callable[[int], str] = lambda m: str(m)
        self.x_step = 12
        self.scale = scale
        self.message = ""
        self.zero_line = True
        self.setMinimumHeight(int(220 * scale))
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def set_data(self, series: list[Series], *, title: str = "", y_format=None, x_label=None, x_step: int = 12) -> None:
        self.series = list(series)
        self.title = title
        if y_format is not None:
            self.y_format = y_format
        if x_label is not None:
            self.x_label = x_label
        self.x_step = x_step
        self.message = ""
        self.update()

    def set_message(self, message: str) -> None:
        self.message = message
        self.update()

    def _font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(size * self.scale)
        font.setBold(bold)
        return font

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        s = self.scale
        top = 10 * s
        if self.title:
            p.setFont(self._font(10.5, True))
            p.setPen(QColor(INK))
            p.drawText(QRectF(12 * s, 6 * s, self.width() - 24 * s, 22 * s), Qt.AlignLeft | Qt.AlignVCenter, self.title)
            top += 24 * s
        values = [v for series in self.series for v in series.values if math.isfinite(v)]
        if self.message or not values:
            p.setFont(self._font(10))
            p.setPen(QColor(MUTED))
            p.drawText(self.rect(), Qt.AlignCenter | Qt.TextWordWrap, self.message)
            return
        legend_h = self._legend_height(p)
        lo, hi = min(values), max(values)
        if self.zero_line:
            lo, hi = min(lo, 0.0), max(hi, 0.0)
        ticks = nice_ticks(lo, hi, 5)
        lo, hi = ticks[0], ticks[-1]
        p.setFont(self._font(8.5))
        fm = p.fontMetrics()
        label_w = max(fm.horizontalAdvance(self.y_format(t)) for t in ticks) + 12 * s
        right_pad = fm.horizontalAdvance(self.x_label(max(0, max(len(x.values) for x in self.series) - 1))) / 2 + 12 * s
        plot = QRectF(label_w + 8 * s, top + 4 * s, self.width() - label_w - 8 * s - right_pad,
                      self.height() - top - legend_h - fm.height() - 18 * s)
        if plot.width() < 20 or plot.height() < 20:
            return
        n = max(len(series.values) for series in self.series)
        x_max = max(1, n - 1)

        def px(i: float) -> float:
            return plot.left() + plot.width() * i / x_max

        def py(v: float) -> float:
            return plot.bottom() - plot.height() * (v - lo) / (hi - lo)

        for t in ticks:  # horizontal gridlines and y labels
            y = py(t)
            p.setPen(QPen(QColor(LINE), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor(MUTED))
            p.drawText(QRectF(0, y - fm.height() / 2, label_w, fm.height()), Qt.AlignRight | Qt.AlignVCenter,
                       self.y_format(t))
        if self.zero_line and lo < 0 < hi:
            p.setPen(QPen(QColor("#9aa5b1"), 1.2 * s))
            p.drawLine(QPointF(plot.left(), py(0)), QPointF(plot.right(), py(0)))
        for i in range(0, n, self.x_step):  # x labels at year ends
            x = px(i)
            p.setPen(QPen(QColor(LINE), 1, Qt.DotLine))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            p.setPen(QColor(MUTED))
            p.drawText(QRectF(x - 40 * s, plot.bottom() + 4 * s, 80 * s, fm.height()), Qt.AlignCenter, self.x_label(i))
        p.setPen(QPen(QColor("#9aa5b1"), 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for series in self.series:
            path = QPainterPath()
            started = False
            for i, v in enumerate(series.values):
                if not math.isfinite(v):
                    continue
                point = QPointF(px(i), py(v))
                if started:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    started = True
            pen = QPen(QColor(series.color), 2.4 * s)
            if series.dashed:
                pen.setStyle(Qt.DashLine)
            p.setPen(pen)
            p.drawPath(path)
        self._draw_legend(p, self.height() - legend_h - 2 * s)

    def _legend_rows(self, p: QPainter) -> list[list[tuple[Series, float]]]:
        p.setFont(self._font(9))
        fm = p.fontMetrics()
        rows, row, x = [], [], 0.0
        width = self.width() - 24 * self.scale
        for series in self.series:
            w = fm.horizontalAdvance(series.label) + 34 * self.scale
            if row and x + w > width:
                rows.append(row)
                row, x = [], 0.0
            row.append((series, w))
            x += w
        if row:
            rows.append(row)
        return rows

    def _legend_height(self, p: QPainter) -> float:
        rows = self._legend_rows(p)
        return len(rows) * (p.fontMetrics().height() + 6 * self.scale) + 4 * self.scale

    def _draw_legend(self, p: QPainter, top: float) -> None:
        rows = self._legend_rows(p)
        fm = p.fontMetrics()
        s = self.scale
        y = top
        for row in rows:
            x = 12 * s
            for series, w in row:
                pen = QPen(QColor(series.color), 3 * s)
                if series.dashed:
                    pen.setStyle(Qt.DashLine)
                p.setPen(pen)
                mid = y + fm.height() / 2
                p.drawLine(QPointF(x, mid), QPointF(x + 18 * s, mid))
                p.setPen(QColor(INK))
                p.drawText(QRectF(x + 24 * s, y, w, fm.height()), Qt.AlignLeft | Qt.AlignVCenter, series.label)
                x += w
            y += fm.height() + 6 * s
