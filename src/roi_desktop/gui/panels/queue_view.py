"""The queue in the app: the line on each scenario card, the chart of service level and average wait
against the service budget (-50 % .. +50 %, scenarios marked), and the meeting's live wait line.
The figures come from the core (result.queue, core.queue_model.budget_sweep); this module only draws."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from roi_desktop.core import ProjectResult
from roi_desktop.core.queue_model import SWEEP_CHANGES, budget_sweep
from roi_desktop.reports.palette import scenario_style
from roi_desktop.reports.numbers import percent
from roi_desktop.reports.queue_text import callers_wait, wait_time
from roi_desktop.reports.ticks import nice_ticks

from roi_desktop.gui.widgets.style import BASELINE, INK, LINE, MUTED

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
NEVER_FILL = "#f4e1dc"


def card_text(result: ProjectResult, index: int, lang: str) -> str:
    """'callers wait 3.4 s → 2 min 59 s' and '39 agents · 31 % within 20 s'; empty without operations."""
    queue = result.queue
    if queue is None:
        return ""
    q = queue.scenarios[index]
    within = translate("Queue", "%1 agents · %2 within %3 s").replace("%1", str(q.agents)).replace(
        "%2", percent(q.service_level, lang, 0)).replace("%3", f"{q.answer_target_s:g}")  # "31 %" in Polish
    lines = [callers_wait(queue.baseline.asa_seconds, q.asa_seconds, lang), within]
    if queue.churn_per_minute_asa_pp[index] is not None:
        lines.append(translate("Queue", "churn from the wait: %1 pp/min (your assumption)").replace(
            "%1", f"{queue.churn_per_minute_asa_pp[index]:g}"))
    return "\n".join(lines)


def meeting_wait_text(result: ProjectResult, index: int | None, lang: str) -> str:
    """The meeting's line under the cut slider: today's wait and the scenario's."""
    if result.queue is None or index is None:
        return ""
    return callers_wait(result.queue.baseline.asa_seconds, result.queue.scenarios[index].asa_seconds, lang)


@dataclass(frozen=True)
class SweepData:
    xs: tuple[float, ...]  # budget change in %
    service_level: tuple[float, ...]  # %
    wait: tuple[float | None, ...]  # seconds; None: never clears
    marks: tuple[tuple[int, float, float, float | None], ...]  # (scenario index, x %, SL %, wait s)
    target_s: float


def sweep_data(result: ProjectResult) -> SweepData | None:
    if result.queue is None:
        return None
    client = result.project.client
    sweep = budget_sweep(client)
    marks = tuple((i, 100 * s.scenario.service_spend_change, 100 * q.service_level, q.asa_seconds)
                  for i, (s, q) in enumerate(zip(result.scenarios, result.queue.scenarios))
                  if -0.5 <= s.scenario.service_spend_change <= 0.5)
    return SweepData(tuple(100 * c for c in SWEEP_CHANGES), tuple(100 * q.service_level for q in sweep),
                     tuple(q.asa_seconds for q in sweep), marks, client.operations.answer_target_s)


class QueueChart(QWidget):
    """Two panels: service level (%) and average wait (s) against the service budget change."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("queueChart")
        self._result: ProjectResult | None = None
        self._data: SweepData | None = None
        self._swept = True  # the sweep is worked out when first needed (painted or read), not per result
        self.lang = "en"
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def show_result(self, result: ProjectResult, lang: str) -> None:
        self._result, self.lang, self._swept = result, lang, False
        self.update()  # repaints only when its tab is shown

    @property
    def data(self) -> SweepData | None:
        if not self._swept:
            self._data, self._swept = sweep_data(self._result), True
        return self._data

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        font.setPointSizeF(8.5)
        p.setFont(font)
        if self.data is None:
            p.setPen(QColor(MUTED))
            p.drawText(self.rect(), Qt.AlignCenter | Qt.TextWordWrap, translate(
                "Queue", "Switch on the contact centre queue (left) to see what each budget means for callers."))
            return
        d = self.data
        w, h = self.width(), self.height()
        half = w / 2
        sl_title = translate("Queue", "Answered within %1 s (%)").replace("%1", f"{d.target_s:g}")
        self._panel(p, QRectF(48, 24, half - 64, h - 56), d, d.service_level, [m[2] for m in d.marks],
                    (0.0, 100.0), sl_title)
        finite = [v for v in d.wait if v is not None] + [m[3] for m in d.marks if m[3] is not None]
        top = min(max(finite + [60.0]), 900.0)
        waits = [None if v is None else min(v, top) for v in d.wait]  # never clears: no point, the band says it
        marks = [None if m[3] is None else min(m[3], top) for m in d.marks]
        self._panel(p, QRectF(half + 40, 24, half - 56, h - 56), d, waits, marks, (0.0, top),
                    translate("Queue", "Average wait (s)"))
        p.setPen(QColor(MUTED))
        p.drawText(QRectF(0, h - 18, w - 8, 16), Qt.AlignRight,
                   translate("Queue", "Change in service budget (%); grey band: the queue never clears"))

    def _panel(self, p: QPainter, r: QRectF, d: SweepData, ys, mark_ys, y_range, title: str) -> None:
        ticks = nice_ticks(y_range[0], y_range[1], 5)
        lo, hi = ticks[0], ticks[-1]

        def x_of(x: float) -> float:
            return r.left() + (x + 50) / 100 * r.width()

        def y_of(y: float) -> float:
            return r.bottom() - (y - lo) / ((hi - lo) or 1) * r.height()

        step = (d.xs[1] - d.xs[0]) / 2
        never = [x for x, wait in zip(d.xs, d.wait) if wait is None]
        if never:  # the sweep is monotone: the unstable budgets are one band on the left
            left, right = x_of(max(-50, min(never) - step)), x_of(min(50, max(never) + step))
            p.fillRect(QRectF(left, r.top(), right - left, r.height()), QColor(NEVER_FILL))
        p.setPen(QPen(QColor(LINE), 1))
        for y in ticks:
            p.drawLine(QPointF(r.left(), y_of(y)), QPointF(r.right(), y_of(y)))
            p.setPen(QColor(MUTED))
            p.drawText(QRectF(r.left() - 44, y_of(y) - 8, 40, 16), Qt.AlignRight | Qt.AlignVCenter, f"{y:,.0f}")
            p.setPen(QPen(QColor(LINE), 1))
        for x in (-50, -25, 0, 25, 50):
            p.drawLine(QPointF(x_of(x), r.top()), QPointF(x_of(x), r.bottom()))
            p.setPen(QColor(MUTED))
            p.drawText(QRectF(x_of(x) - 24, r.bottom() + 2, 48, 14), Qt.AlignCenter, f"{x:+d} %" if x else "0 %")
            p.setPen(QPen(QColor(LINE), 1))
        p.setPen(QColor(INK))
        p.drawText(QRectF(r.left() - 40, r.top() - 20, r.width() + 40, 16), Qt.AlignLeft, title)
        path, pen_down = QPainterPath(), False
        for x, y in zip(d.xs, ys):
            if y is None:
                pen_down = False
                continue
            if pen_down:
                path.lineTo(QPointF(x_of(x), y_of(y)))
            else:
                path.moveTo(QPointF(x_of(x), y_of(y)))
                pen_down = True
        p.setPen(QPen(QColor(BASELINE), 2))
        p.drawPath(path)
        for (index, x, _, _), y in zip(d.marks, mark_ys):
            y = hi if y is None else y  # a scenario whose queue never clears sits at the top, in the band
            colour = QColor(scenario_style(index).colour)
            p.setPen(QPen(QColor("white"), 1))
            p.setBrush(colour)
            p.drawEllipse(QPointF(x_of(x), y_of(y)), 5, 5)
            p.setPen(colour)
            p.drawText(QPointF(x_of(x) + 7, y_of(y) - 5), str(index + 1))
        p.setBrush(Qt.NoBrush)


__all__ = ["QueueChart", "card_text", "meeting_wait_text", "sweep_data", "wait_time"]
