"""Meeting mode for a follow-up meeting: full screen, large type, the realisation of the plan: the status
in one sentence, plan against actual with the baseline for reference, and the four figures a client's
management asks about (planned and re-forecast NPV, the gap in customers, the churn realised so far).
Escape or the button goes back to editing, as in the first meeting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from roi_desktop.core.tracking import BEHIND, ON_TRACK, track
from roi_desktop.core.tracking_inputs import month_label
from roi_desktop.reports.numbers import number
from roi_desktop.reports.palette import scenario_style
from roi_desktop.reports.tracking_text import status_sentence, summary_rows
from roi_desktop.gui.support.when_shown import WhenShown
from roi_desktop.gui.widgets.charts import LineChart, Series
from roi_desktop.gui.widgets.style import BASELINE, INK, MUTED, NEGATIVE, POSITIVE, set_style
from roi_desktop.gui.meeting.meeting_header import meeting_header

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class FollowUpView(QWidget):
    closeRequested = Signal()

    def __init__(self, presenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("followUpView")
        self.setStyleSheet("QWidget#followUpView { background: white; }")
        outer, self.client, self.back = meeting_header(self, translate("FollowUp", "Back to editing (Esc)"))
        self.headline = QLabel()
        self.headline.setObjectName("followUpHeadline")
        self.headline.setWordWrap(True)
        outer.addWidget(self.headline)
        self.chart = LineChart(scale=1.45)
        self.chart.setObjectName("followUpChart")
        self.chart.zero_line = False
        outer.addWidget(self.chart, 1)
        self.figures = QHBoxLayout()
        self.figure_labels = []
        for _ in range(4):
            label = QLabel()
            label.setTextFormat(Qt.RichText)
            label.setWordWrap(True)
            self.figure_labels.append(label)
            self.figures.addWidget(label, 1)
        outer.addLayout(self.figures)
        WhenShown(self, presenter.resultsChanged, self.show_result)  # redrawn when seen

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.closeRequested.emit()
        else:
            super().keyPressEvent(event)

    def start(self) -> bool:
        """Show the realisation of the current result; False when the project tracks nothing yet."""
        result = self.presenter.result
        if result is None or result.project.tracking is None:
            return False
        self.show_result(result)
        return True

    def show_result(self, result) -> None:
        project = result.project
        t = track(project, result) if project.tracking is not None else None
        if t is None:
            return
        lang, cur = self.presenter.lang, project.analysis.currency
        self.client.setText(f"{project.client.name} · " + translate("FollowUp", "Realisation of the plan"))
        tone = {ON_TRACK: POSITIVE, BEHIND: NEGATIVE}.get(t.status, INK)
        self.headline.setText(status_sentence(t, cur, lang))
        set_style(self.headline, f"color: {tone}; font-size: 26px; font-weight: 600;")
        shown = len(t.plan_path) - 1
        colour = scenario_style(t.scenario_index).colour
        series = [Series(translate("FollowUp", "Baseline (no change)"), BASELINE, t.baseline_path.tolist(), dashed=True),
                  Series(translate("FollowUp", "Plan: %1").replace("%1", t.scenario_name), colour, t.plan_path.tolist()),
                  Series(translate("FollowUp", "Actual"), INK,
                         [float(project.client.customers)] + t.actual_customers.tolist())]
        if 0 < t.k < shown:
            series.append(Series(translate("FollowUp", "Re-forecast"), colour,
                                 [float("nan")] * t.k + t.reforecast_path[t.k:].tolist(), dashed=True))
        self.chart.set_data(series, title=translate("FollowUp", "Customers at month end"),
                            y_format=lambda v: number(v, lang), x_label=lambda m: month_label(t.start, max(m, 1)),
                            x_step=6 if shown <= 60 else 12)
        rows = summary_rows(t, cur, lang)
        picked = [rows[3], rows[4], rows[5], rows[1]]  # planned NPV, re-forecast NPV, gap in customers, churn
        for label, (caption, value) in zip(self.figure_labels, picked):
            label.setText(f"<div style='font-size:15px;color:{MUTED}'>{caption}</div>"
                          f"<div style='font-size:30px;font-weight:700;color:{INK}'>{value}</div>")


def enter_follow_up(window, full_screen: bool = True) -> None:
    """Meeting mode on the realisation (View ▸ Follow-up meeting, or the Tracking tab's button); the view is
    built the first time (``window.follow_up``, in ``window.follow_up_view``)."""
    if window.follow_up is None:
        from roi_desktop.gui.draft.edit_menu import scrolling
        window.follow_up = FollowUpView(window.presenter)
        window.follow_up.closeRequested.connect(window.leave_meeting)
        window.follow_up_view = scrolling(window.follow_up)
        window.stack.addWidget(window.follow_up_view)
    if not window.follow_up.start():
        window.dialogs.error(translate("FollowUp", "Follow-up meeting"),
                             translate("FollowUp", "Enter the client's actuals in the Tracking tab first."))
        return
    window._was_maximized = window.isMaximized()
    window.menuBar().hide()
    window.statusBar().hide()
    window.stack.setCurrentWidget(window.follow_up_view)
    window.follow_up.setFocus()
    if full_screen:
        window.showFullScreen()
