"""Meeting mode: a full-screen view in large type for the client's management. The headline
comparison, the cash-flow chart and sliders for the assumptions a client questions most."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSlider, QVBoxLayout, QWidget,
)

from roi_desktop.core import ProjectResult
from roi_desktop.reports.numbers import money_short, percent, pp
from roi_desktop.gui.support.when_shown import WhenShown
from roi_desktop.gui.panels.queue_view import meeting_wait_text
from roi_desktop.gui.widgets.charts import LineChart, scenario_series
from roi_desktop.gui.presenter import Presenter
from roi_desktop.gui.panels.results_panel import color_for
from roi_desktop.gui.texts.results_text import customers_text, featured, headline, roi_text, timing_text
from roi_desktop.gui.widgets.style import INK, MUTED, NEGATIVE, POSITIVE, set_style
from roi_desktop.gui.meeting.meeting_header import meeting_header

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class AssumptionSlider(QWidget):
    """One slider bound to one scenario field; positions map linearly to values in file units."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(key)
        self.path = ""
        self.low = self.high = 0.0
        self.steps = 100
        self.fmt = str
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setStyleSheet(f"color: {MUTED}; font-size: 15px;")
        self.value_label = QLabel()
        self.value_label.setStyleSheet(f"color: {INK}; font-size: 22px; font-weight: 700;")
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setObjectName(f"{key}Slider")
        layout.addWidget(self.caption)
        layout.addWidget(self.value_label)
        layout.addWidget(self.slider)

    def bind(self, caption: str, path: str, low: float, high: float, steps: int, fmt) -> None:
        self.caption.setText(caption)
        self.path, self.low, self.high, self.steps, self.fmt = path, low, high, steps, fmt
        self.slider.setRange(0, steps)

    def value_at(self, position: int) -> float:
        return self.low + (self.high - self.low) * position / self.steps

    def show_value(self, value: float) -> None:
        position = round((value - self.low) / (self.high - self.low) * self.steps) if self.high != self.low else 0
        self.slider.blockSignals(True)
        self.slider.setValue(max(0, min(self.steps, position)))
        self.slider.blockSignals(False)
        self.value_label.setText(self.fmt(value))


class MeetingView(QWidget):
    closeRequested = Signal()

    def __init__(self, presenter: Presenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.cut_index: int | None = None
        self.investment_index: int | None = None
        self.start_values: dict[str, float] = {}
        self.start_dirty = False
        self.setObjectName("meetingView")
        self.setStyleSheet("QWidget#meetingView { background: white; }")
        self.reset = QPushButton(translate("Meeting", "Reset assumptions"))
        self.reset.clicked.connect(self.reset_values)
        outer, self.client, self.back = meeting_header(self, translate("Meeting", "Back to editing (Esc)"), (self.reset,))
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet(f"color: {INK}; font-size: 28px; font-weight: 600;")
        outer.addWidget(self.headline)
        middle = QHBoxLayout()
        middle.setSpacing(24)
        self.chart = LineChart(scale=1.45)
        self.chart.setObjectName("meetingChart")
        middle.addWidget(self.chart, 3)
        self.cards = QVBoxLayout()
        self.cards.setSpacing(12)
        cards_box = QWidget()
        cards_box.setObjectName("meetingCards")
        cards_box.setLayout(self.cards)
        self.cards.addStretch(1)
        # many scenarios scroll inside the column instead of overlapping or growing the window
        self.cards_scroll = QScrollArea()
        self.cards_scroll.setWidgetResizable(True)
        self.cards_scroll.setFrameShape(QFrame.NoFrame)
        self.cards_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.cards_scroll.setWidget(cards_box)
        self.cards_scroll.setMinimumWidth(340)
        self.cards_scroll.setStyleSheet("QScrollArea, QWidget#meetingCards { background: white; }")
        middle.addWidget(self.cards_scroll, 1)
        outer.addLayout(middle, 1)
        sliders = QFrame()
        sliders.setStyleSheet("QFrame { background: #f5f7fa; border-radius: 12px; }")
        grid = QGridLayout(sliders)
        grid.setContentsMargins(24, 16, 24, 16)
        grid.setHorizontalSpacing(36)
        self.sliders = {key: AssumptionSlider(key) for key in ("cut_size", "cut_churn", "investment", "investment_churn")}
        for i, slider in enumerate(self.sliders.values()):
            grid.addWidget(slider, 0, i)
            slider.slider.valueChanged.connect(lambda pos, s=slider: self._moved(s, pos))
        self.wait = QLabel()  # the queue: "callers wait 25 s → 3 min 40 s", live under the cut slider
        self.wait.setObjectName("meetingWait")
        self.wait.setStyleSheet(f"color: {NEGATIVE}; font-size: 18px; font-weight: 600; background: transparent;")
        grid.addWidget(self.wait, 1, 0)
        outer.addWidget(sliders)
        self.card_labels: list[QLabel] = []
        WhenShown(self, presenter.resultsChanged, self.show_result)  # redrawn when seen

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.closeRequested.emit()
        else:
            super().keyPressEvent(event)

    def baseline(self) -> tuple:
        """What Reset and Discard go back to; handed to a rebuilt view (language change)."""
        return dict(self.start_values), self.start_dirty, self.cut_index, self.investment_index

    def start(self, baseline: tuple | None = None) -> None:
        """Entering the meeting: pick the scenarios to talk about and bind the sliders to them."""
        p = self.presenter
        result = p.result
        self.cut_index, self.investment_index = featured(result) if result else (None, None)
        lang, cur = p.lang, p.currency
        self.start_values = {}
        self.start_dirty = p.dirty
        p.history.suspend()  # the sliders' moves are one undo step when kept (history.resume)
        if baseline is None:
            p.begin_what_ifs()
        else:
            _, self.start_dirty, self.cut_index, self.investment_index = baseline
        c, inv = self.cut_index, self.investment_index
        specs = {
            "cut_size": (c, "service_spend_change", translate("Meeting", "Cut of the service budget"), -0.6, 0.0, 60,
                         lambda v: percent(-v, lang, 0)),
            "cut_churn": (c, "churn_change_pp", translate("Meeting", "Extra churn after the cut"), 0.0, 10.0, 100,
                          lambda v: pp(v, lang)),
            "investment": (inv, "one_off_cost", translate("Meeting", "Investment (one-off)"), 0.0, None, 100,
                           lambda v: money_short(v, cur, lang)),
            "investment_churn": (inv, "churn_change_pp", translate("Meeting", "Churn change from the investment"), -5.0, 0.0, 100,
                                 lambda v: pp(v, lang)),
        }
        for key, (index, name, caption, low, high, steps, fmt) in specs.items():
            slider = self.sliders[key]
            slider.setVisible(index is not None)
            if index is None:
                continue
            path = f"scenarios[{index}].{name}"
            value = float(p.value(path) or 0.0)
            self.start_values[path] = baseline[0].get(path, value) if baseline else value
            if high is None:
                high = max(2.0 * value, 1_000_000.0)
            low, high = min(low, value), max(high, value)
            slider.bind(caption, path, low, high, steps, fmt)
            # a bigger cut is further right (the spend change grows more negative to the right)
            slider.slider.setInvertedAppearance(key == "cut_size")
            slider.slider.setInvertedControls(key == "cut_size")
            slider.show_value(value)
        if result is not None:
            self.show_result(result)

    def _moved(self, slider: AssumptionSlider, position: int) -> None:
        value = slider.value_at(position)
        if slider.path.endswith("one_off_cost"):
            value = round(value, -3)
        elif slider.path.endswith("service_spend_change"):
            value = round(value, 4)
        else:
            value = round(value, 2)
        slider.value_label.setText(slider.fmt(value))
        self.presenter.set_value(slider.path, value, widen_ranges=True, notify=True)

    def changed(self) -> bool:
        """Whether a slider left an assumption different from when the meeting started."""
        return any(self.presenter.value(path) != value for path, value in self.start_values.items())

    def reset_values(self) -> None:
        """Put back the assumptions (and any churn range a slider widened) from the meeting's start."""
        if not self.changed():
            return
        for path, value in self.start_values.items():
            self.presenter.set_value(path, value, notify=True)
        self.presenter.undo_widened_ranges()
        self.presenter.set_dirty(self.start_dirty)
        for slider in self.sliders.values():
            if slider.path in self.start_values:
                slider.show_value(self.start_values[slider.path])

    def show_result(self, result: ProjectResult) -> None:
        p = self.presenter
        lang, cur = p.lang, result.project.analysis.currency
        self.client.setText(f"{result.project.client.name} · " + translate("Meeting", "Years 1–%1").replace(
            "%1", str(result.project.analysis.horizon_years)))
        self.headline.setText(headline(result, lang, self.cut_index, self.investment_index))
        x_label = lambda m: translate("Meeting", "Year %1").replace("%1", str(m // 12)) if m else "0"  # noqa: E731
        self.chart.set_data([scenario_series(i, s.name, s.cumulative_net)
                             for i, s in enumerate(result.scenarios)],
                            title=translate("Meeting", "Cumulative net cash flow against today"),
                            y_format=lambda v: money_short(v, cur, lang), x_label=x_label)
        while len(self.card_labels) < len(result.scenarios):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.RichText)
            self.card_labels.append(label)
            self.cards.insertWidget(self.cards.count() - 1, label)  # above the stretch
        for i, label in enumerate(self.card_labels):
            label.setVisible(i < len(result.scenarios))
            if i >= len(result.scenarios):
                continue
            s = result.scenarios[i]
            tone = POSITIVE if s.npv >= 0 else NEGATIVE
            set_style(label, f"border-left: 6px solid {color_for(i)}; padding-left: 12px;")
            label.setText(
                f"<div style='font-size:16px;color:{INK};font-weight:600'>{_escape(s.name)}</div>"
                f"<div style='font-size:30px;font-weight:700;color:{tone}'>{money_short(s.npv, cur, lang)}</div>"
                f"<div style='font-size:14px;color:{MUTED}'>ROI {roi_text(s, lang)} · {timing_text(s, lang)}<br>"
                f"{customers_text(s, lang)}{_wait_line(result, i, lang)}</div>")
        self.wait.setText(meeting_wait_text(result, self.cut_index, lang))
        self.wait.setVisible(bool(self.wait.text()))
        for slider in self.sliders.values():
            if slider.path and slider.isVisible() and not slider.slider.isSliderDown():
                value = p.value(slider.path)
                if isinstance(value, (int, float)):
                    slider.show_value(float(value))


def _wait_line(result: ProjectResult, index: int, lang: str) -> str:
    """The scenario's wait beside its lost customers (empty without the queue)."""
    text = meeting_wait_text(result, index, lang)
    return f"<br><span style='color:{NEGATIVE}'>{_escape(text)}</span>" if text else ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
