"""Line charts drawn with QPainter: axes, gridlines, a legend and formatted labels.

The chart only draws what it is given (values from the engine); axis ticks are its own business.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

import numpy as np
import shiboken6

from roi_desktop.reports.ticks import nice_ticks

from roi_desktop.gui.widgets.chart_legend import draw_legend, measure_legend
from roi_desktop.gui.widgets.chart_look import Series, draw_marker, marker_stamp, scenario_series, series_pen
from roi_desktop.gui.widgets.style import INK, LINE, MUTED

__all__ = ["LineChart", "Series", "draw_marker", "finite_runs", "polyline", "scenario_series", "series_pen"]

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

# Lines wider than one pixel go through Qt's general stroker: with 50 scenarios that is ~1 ms a line
# (50 ms a paint); one-pixel lines take Qt's fast antialiased path (~3 ms for all 50). Beyond this many
# series the lines are drawn thin, which also keeps a crowded chart readable; dash and marker still
# tell them apart.
THICK_UP_TO = 8


def polyline(xs: np.ndarray, ys: np.ndarray) -> QPolygonF:
    """A QPolygonF of the points (xs, ys), filled from the arrays in one copy (no loop per point)."""
    poly = QPolygonF()
    poly.resize(len(xs))
    points = np.frombuffer(shiboken6.VoidPtr(poly.data(), len(xs) * 16, True), dtype=np.float64)
    points[0::2], points[1::2] = xs, ys
    return poly


def finite_runs(values: np.ndarray) -> list[slice]:
    """The stretches of consecutive finite values (a gap in the data is a gap in the line)."""
    finite = np.isfinite(values)
    if finite.all():
        return [slice(0, len(values))]
    edges = np.flatnonzero(np.diff(np.concatenate(([False], finite, [False])).astype(np.int8)))
    return [slice(int(a), int(b)) for a, b in zip(edges[0::2], edges[1::2])]


class ChartLayout(NamedTuple):
    plot: QRectF
    lo: float
    hi: float
    ticks: list
    label_w: float
    n: int  # points on the x axis
    legend_h: float
    top: float
    key: tuple  # equal keys: the same axes, title and legend place (cached layers still fit)


def with_painter(image: QImage, draw) -> None:
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    draw(painter)
    painter.end()


class LineChart(QWidget):
    """Several series over the same x axis (months 0..M); x labels at each year."""

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.0):
        super().__init__(parent)
        self.series: list[Series] = []
        self._arrays: list[np.ndarray] = []
        self._legend_cache: tuple = (None, [])
        self._data_version = 0
        self._style_key: tuple = ()
        self._painted: tuple | None = None  # (layout key, arrays) of the last paint
        self._layers: tuple | None = None  # (key, index, image below series index, image above it)
        self._frame: tuple | None = None  # (key, image of background, title and axes) with many series
        self._legend_image: tuple | None = None  # (key, image of the legend) with many series
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
        self._arrays = [np.asarray(x.values, dtype=float) for x in self.series]  # once per data, not per paint
        self._data_version += 1
        self._style_key = tuple((x.label, x.color, x.dash, x.dashed, x.marker) for x in self.series)
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
        layout = self._layout(p)
        if layout is None or len(self.series) <= THICK_UP_TO:
            self._draw(p, layout, range(len(self.series)), legend=True)
            self._layers = None
            return
        # many series: while one series changes (typing in one of 50 scenarios) and the axes stay, the
        # others are drawn from two cached images (below it, above it: the same stacking order)
        key = (layout.key, self._style_key)
        painted = self._painted
        changed = None
        if painted is not None and painted[0] == key and len(painted[1]) == len(self._arrays):
            changed = [i for i, (a, b) in enumerate(zip(self._arrays, painted[1]))
                       if a is not b and not np.array_equal(a, b, equal_nan=True)]
        self._painted = (key, list(self._arrays))
        layers = self._layers if self._layers is not None and self._layers[0] == key else None
        index = changed[0] if changed is not None and len(changed) == 1 else (
            layers[1] if changed == [] and layers is not None else None)
        if index is None:  # every series changed (a client's field): axes and legend as cached images
            self._layers = None
            self._draw_cached_frame(p, layout, key)
            self._draw_series(p, layout, range(len(self.series)))
            self._draw_cached_legend(p, layout)
            return
        if layers is None or layers[1] != index:
            ratio = self.devicePixelRatioF()
            below, above = self._layer_image(ratio), self._layer_image(ratio)
            with_painter(below, lambda q: self._draw(q, layout, range(index), legend=False))
            with_painter(above, lambda q: self._draw(q, layout, range(index + 1, len(self.series)), legend=True,
                                                    frame=False))
            layers = self._layers = (key, index, below, above)
        p.drawImage(QPointF(0, 0), layers[2])
        self._draw_series(p, layout, [index])
        p.drawImage(QPointF(0, 0), layers[3])

    def _draw_cached_frame(self, p: QPainter, layout: ChartLayout, key: tuple) -> None:
        """Background, title and axes: drawn again only when the axes, the size or the look change."""
        key = (key, self.font().key(), self.scale, self.zero_line)
        if self._frame is None or self._frame[0] != key:
            ratio = self.devicePixelRatioF()
            image = QImage(round(self.width() * ratio), round(self.height() * ratio), QImage.Format_RGB32)
            image.setDevicePixelRatio(ratio)
            with_painter(image, lambda q: self._draw(q, layout, (), legend=False))
            self._frame = (key, image)
        p.drawImage(QPointF(0, 0), self._frame[1])

    def _draw_cached_legend(self, p: QPainter, layout: ChartLayout) -> None:
        """The legend, drawn again only when the labels, looks or size change (typing changes values)."""
        top = self.height() - layout.legend_h - 2 * self.scale
        self._legend_rows(p)  # (measured again if the labels or the size changed)
        ratio = self.devicePixelRatioF()
        key = (self._legend_cache[0], top, layout.legend_h, ratio)
        if self._legend_image is None or self._legend_image[0] != key:
            height = layout.legend_h + 2 * self.scale
            image = QImage(round(self.width() * ratio), max(1, round(height * ratio)), QImage.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.transparent)
            with_painter(image, lambda q: self._draw_legend(q, 0.0))
            self._legend_image = (key, image)
        p.drawImage(QPointF(0, top), self._legend_image[1])

    def _layer_image(self, ratio: float) -> QImage:
        image = QImage(round(self.width() * ratio), round(self.height() * ratio), QImage.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.transparent)
        return image

    def _layout(self, p: QPainter) -> ChartLayout | None:
        """Where everything goes (the axes' range from every series), or None: a message, or too small."""
        s = self.scale
        top = 10 * s + (24 * s if self.title else 0)
        finite = [a[np.isfinite(a)] for a in self._arrays]
        values = np.concatenate(finite) if finite else np.empty(0)
        if self.message or not values.size:
            return None
        legend_h = self._legend_height(p)
        lo, hi = float(values.min()), float(values.max())
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
            return None
        n = max(len(a) for a in self._arrays)
        key = (self.width(), self.height(), self.devicePixelRatioF(), tuple(self.y_format(t) for t in ticks),
               tuple(ticks), plot.getRect(), legend_h, n, self.title, self.x_label(n - 1), self.x_label(self.x_step),
               self._data_version if len(self.series) <= THICK_UP_TO else len(self.series))
        return ChartLayout(plot, float(lo), float(hi), list(ticks), label_w, n, legend_h, top, key)

    def _draw(self, p: QPainter, layout: ChartLayout | None, indices, legend: bool, frame: bool = True) -> None:
        """The chart, or the part of it a layer holds: frame (background, title, axes), the series at
        ``indices`` in order, the legend."""
        s = self.scale
        if frame:
            p.fillRect(self.rect(), QColor("white"))
            if self.title:
                p.setFont(self._font(10.5, True))
                p.setPen(QColor(INK))
                title = p.fontMetrics().elidedText(self.title, Qt.ElideRight, int(self.width() - 24 * s))
                p.drawText(QRectF(12 * s, 6 * s, self.width() - 24 * s, 22 * s), Qt.AlignLeft | Qt.AlignVCenter, title)
            if layout is None:
                p.setFont(self._font(10))
                p.setPen(QColor(MUTED))
                p.drawText(self.rect(), Qt.AlignCenter | Qt.TextWordWrap, self.message)
                return
            self._draw_axes(p, layout)
        if layout is None:
            return
        self._draw_series(p, layout, indices)
        if legend:
            self._draw_legend(p, self.height() - layout.legend_h - 2 * s)

    def _draw_axes(self, p: QPainter, layout: ChartLayout) -> None:
        s, plot, lo, hi, n = self.scale, layout.plot, layout.lo, layout.hi, layout.n
        p.setFont(self._font(8.5))
        fm = p.fontMetrics()
        x_max = max(1, n - 1)

        def px(i: float) -> float:
            return plot.left() + plot.width() * i / x_max

        def py(v: float) -> float:
            return plot.bottom() - plot.height() * (v - lo) / (hi - lo)

        for t in layout.ticks:  # horizontal gridlines and y labels
            y = py(t)
            p.setPen(QPen(QColor(LINE), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor(MUTED))
            p.drawText(QRectF(0, y - fm.height() / 2, layout.label_w, fm.height()), Qt.AlignRight | Qt.AlignVCenter,
                       self.y_format(t))
        if self.zero_line and lo < 0 < hi:
            p.setPen(QPen(QColor("#9aa5b1"), 1.2 * s))
            p.drawLine(QPointF(plot.left(), py(0)), QPointF(plot.right(), py(0)))
        widest = max(fm.horizontalAdvance(self.x_label(i)) for i in range(0, n, self.x_step)) + 8 * s
        every = max(1, math.ceil(widest / max(1.0, plot.width() * self.x_step / x_max)))
        for i in range(0, n, self.x_step * every):  # x labels at year ends, never overlapping
            x = px(i)
            p.setPen(QPen(QColor(LINE), 1, Qt.DotLine))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            p.setPen(QColor(MUTED))
            p.drawText(QRectF(x - 40 * s, plot.bottom() + 4 * s, 80 * s, fm.height()), Qt.AlignCenter, self.x_label(i))
        p.setPen(QPen(QColor("#9aa5b1"), 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    def _draw_series(self, p: QPainter, layout: ChartLayout, indices) -> None:
        s, plot = self.scale, layout.plot
        x_of = plot.left() + plot.width() * np.arange(layout.n, dtype=float) / max(1, layout.n - 1)
        y_scale = plot.height() / (layout.hi - layout.lo)
        width = (2.4 if len(self.series) <= THICK_UP_TO else 1.0) * s  # see THICK_UP_TO
        for k in indices:
            series, ys = self.series[k], self._arrays[k]
            y_of = plot.bottom() - (ys - layout.lo) * y_scale
            p.setPen(series_pen(series, width))
            p.setBrush(Qt.NoBrush)
            for run in finite_runs(ys):
                p.drawPolyline(polyline(x_of[run], y_of[run]))
            if series.marker and len(self.series) > 1:  # at each year's end, stamped from one small image
                stamp = marker_stamp(series.marker, series.color, 3.5 * s, p.device().devicePixelRatioF())
                half = stamp.deviceIndependentSize().width() / 2
                at = np.arange(self.x_step, len(ys), self.x_step)
                at = at[np.isfinite(ys[at])]
                for x, y in zip((x_of[at] - half).tolist(), (y_of[at] - half).tolist()):
                    p.drawImage(QPointF(x, y), stamp)

    def _legend_rows(self, p: QPainter) -> list[list[tuple[Series, float]]]:
        p.setFont(self._font(9))
        more = translate("Chart", "+%1 more (see the cards)")
        # measured once per labels, look and size: typing changes values, never the legend
        key = (self._style_key, self.width(), self.height(), self.scale, p.font().key(), more)
        if self._legend_cache[0] != key:
            self._legend_cache = (key, measure_legend(self.series, p.fontMetrics(), self.width(), self.height(),
                                                      self.scale, more))
        return self._legend_cache[1]

    def _legend_height(self, p: QPainter) -> float:
        rows = self._legend_rows(p)
        return len(rows) * (p.fontMetrics().height() + 6 * self.scale) + 4 * self.scale

    def _draw_legend(self, p: QPainter, top: float) -> None:
        rows = self._legend_rows(p)
        draw_legend(p, rows, top, self.width(), self.scale, len(self.series) > 1)
