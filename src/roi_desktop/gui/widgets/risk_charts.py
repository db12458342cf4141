"""Risk charts drawn with QPainter: a tornado of NPV swings and a histogram of simulated NPVs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from roi_desktop.gui.widgets.charts import nice_ticks
from roi_desktop.gui.widgets.style import ACCENT, INK, LINE, MUTED, NEGATIVE, POSITIVE


class _Base(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = ""
        self.message = ""
        self.fmt: Callable[[float], str] = lambda v: f"{v:,.0f}"
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def _frame(self, p: QPainter) -> float:
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        p.setPen(QColor(INK))
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(12, 4, self.width() - 24, 22), Qt.AlignLeft | Qt.AlignVCenter, self.title)
        font.setBold(False)
        p.setFont(font)
        return 30.0

    def _message(self, p: QPainter) -> None:
        p.setPen(QColor(MUTED))
        p.drawText(self.rect(), Qt.AlignCenter | Qt.TextWordWrap, self.message)


class TornadoChart(_Base):
    """Bars from the scenario's NPV to the NPV at each input's low and high value, widest first."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.base = 0.0
        self.bars: list[tuple[str, float, float]] = []  # label, npv_low, npv_high

    def set_data(self, title: str, base: float, bars, fmt) -> None:
        self.title, self.base, self.bars, self.fmt, self.message = title, base, list(bars), fmt, ""
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        top = self._frame(p)
        if self.message or not self.bars:
            self._message(p)
            return
        fm = p.fontMetrics()
        label_w = min(self.width() * 0.5, max(fm.horizontalAdvance(b[0]) for b in self.bars) + 16)
        values = [self.base] + [v for _, lo, hi in self.bars for v in (lo, hi)]
        ticks = nice_ticks(min(values), max(values), 4)
        lo, hi = ticks[0], ticks[-1]
        plot = QRectF(label_w, top + 4, self.width() - label_w - 16, self.height() - top - fm.height() - 16)
        row = plot.height() / max(1, len(self.bars))

        def px(v: float) -> float:
            return plot.left() + plot.width() * (v - lo) / (hi - lo)

        last_right = -1e9
        for t in ticks:
            p.setPen(QPen(QColor(LINE), 1))
            p.drawLine(QPointF(px(t), plot.top()), QPointF(px(t), plot.bottom()))
            text = self.fmt(t)
            width = fm.horizontalAdvance(text) + 8
            if px(t) - width / 2 > last_right:  # skip a label that would overlap its neighbour
                p.setPen(QColor(MUTED))
                p.drawText(QRectF(px(t) - width / 2, plot.bottom() + 4, width, fm.height()), Qt.AlignCenter, text)
                last_right = px(t) + width / 2
        for i, (label, npv_low, npv_high) in enumerate(self.bars):
            y = plot.top() + i * row + row * 0.18
            h = row * 0.64
            p.setPen(QColor(INK))
            shown = fm.elidedText(label, Qt.ElideRight, int(label_w - 12))
            p.drawText(QRectF(4, y, label_w - 12, h), Qt.AlignRight | Qt.AlignVCenter, shown)
            for value, color in ((npv_low, NEGATIVE if npv_low < self.base else POSITIVE),
                                 (npv_high, POSITIVE if npv_high > self.base else NEGATIVE)):
                left, right = sorted((px(self.base), px(value)))
                p.fillRect(QRectF(left, y, max(1.0, right - left), h), QColor(color))
        p.setPen(QPen(QColor(INK), 1.5))
        p.drawLine(QPointF(px(self.base), plot.top()), QPointF(px(self.base), plot.bottom()))


class HistogramChart(_Base):
    """Simulated NPVs: bars per bin, losses in red, gains in green."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edges: list[float] = []
        self.counts: list[int] = []

    def set_data(self, title: str, edges, counts, fmt) -> None:
        self.title, self.edges, self.counts, self.fmt, self.message = title, list(edges), list(counts), fmt, ""
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        top = self._frame(p)
        if self.message or not self.counts or len(self.edges) != len(self.counts) + 1:
            self._message(p)
            return
        fm = p.fontMetrics()
        plot = QRectF(12, top + 4, self.width() - 24, self.height() - top - fm.height() - 16)
        lo, hi = self.edges[0], self.edges[-1]
        span = (hi - lo) or 1.0
        peak = max(self.counts) or 1
        for left, right, count in zip(self.edges, self.edges[1:], self.counts):
            x0 = plot.left() + plot.width() * (left - lo) / span
            x1 = plot.left() + plot.width() * (right - lo) / span
            h = plot.height() * count / peak
            color = QColor(POSITIVE if left >= 0 else NEGATIVE if right <= 0 else ACCENT)
            color.setAlpha(200)
            p.fillRect(QRectF(x0, plot.bottom() - h, max(1.0, x1 - x0 - 1), h), color)
        p.setPen(QColor(MUTED))
        last_right = -1e9
        for t in nice_ticks(lo, hi, 4):
            if lo <= t <= hi:
                x = plot.left() + plot.width() * (t - lo) / span
                text = self.fmt(t)
                width = fm.horizontalAdvance(text) + 8
                if x - width / 2 > last_right:
                    p.drawText(QRectF(x - width / 2, plot.bottom() + 4, width, fm.height()), Qt.AlignCenter, text)
                    last_right = x + width / 2
