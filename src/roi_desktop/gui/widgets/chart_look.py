"""How a chart's series look: colour, dash and marker (the same per scenario as in the PDF and deck)."""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF

from roi_desktop.reports.palette import DASHES, scenario_style


@dataclass(frozen=True)
class Series:
    label: str
    color: str
    values: Sequence[float]
    dashed: bool = False
    dash: str = "solid"  # a key of reports.palette.DASHES
    marker: str = ""  # one of reports.palette.MARKERS, drawn at each year's end


def scenario_series(index: int, label: str, values: Sequence[float]) -> Series:
    """The scenario's line in its own colour, dash and marker (reports.palette: the same in the PDF)."""
    style = scenario_style(index)
    return Series(label, style.colour, values, dash=style.dash, marker=style.marker)


def series_pen(series: Series, width: float) -> QPen:
    """The series' pen (colour, dash) at ``width``; made once per look (treat it as read-only)."""
    return _pen(series.color, series.dash, series.dashed, width)


@functools.lru_cache(maxsize=512)
def _pen(colour: str, dash: str, dashed: bool, width: float) -> QPen:
    pen = QPen(QColor(colour), width)
    pattern = DASHES.get(dash, ())
    if dashed:
        pen.setStyle(Qt.DashLine)
    elif pattern:
        pen.setDashPattern(list(pattern))
    return pen


def draw_marker(p: QPainter, marker: str, x: float, y: float, r: float) -> None:
    """One of the palette's markers centred on (x, y) with radius ``r`` (current pen and brush)."""
    if marker == "circle":
        p.drawEllipse(QPointF(x, y), r, r)
    elif marker == "square":
        p.drawRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    elif marker == "triangle":
        p.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y + r * 0.8), QPointF(x - r, y + r * 0.8)]))
    elif marker == "diamond":
        p.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)]))
    elif marker in ("x", "plus"):
        pen = QPen(p.pen())
        pen.setColor(p.brush().color())
        pen.setWidthF(max(pen.widthF(), r / 2.5))
        pen.setStyle(Qt.SolidLine)
        p.setPen(pen)
        d = r * 0.8 if marker == "x" else r
        if marker == "x":
            p.drawLine(QPointF(x - d, y - d), QPointF(x + d, y + d))
            p.drawLine(QPointF(x - d, y + d), QPointF(x + d, y - d))
        else:
            p.drawLine(QPointF(x - d, y), QPointF(x + d, y))
            p.drawLine(QPointF(x, y - d), QPointF(x, y + d))


@functools.lru_cache(maxsize=256)
def marker_stamp(marker: str, colour: str, r: float, ratio: float) -> QImage:
    """The marker (white outline, filled in ``colour``) drawn once into a small transparent image, so a
    chart of 50 scenarios stamps 500 markers instead of building 500 shapes. (A QImage, not a QPixmap:
    it needs no window system and may outlive the application in this cache.)"""
    side = math.ceil(2 * r + 4)
    image = QImage(round(side * ratio), round(side * ratio), QImage.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    p.setPen(QPen(QColor("white"), max(1.0, r / 3.5)))
    p.setBrush(QColor(colour))
    draw_marker(p, marker, side / 2, side / 2, r)
    p.end()
    return image
