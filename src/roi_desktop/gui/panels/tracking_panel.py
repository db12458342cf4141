"""The Tracking tab: after the deal, the plan against what the client achieved (MODEL.md, "Value
realisation"). Choose the plan and the month it started, type or paste the monthly actuals (or import
them), and read one chart (plan, actual, the baseline for reference), the variance table and the status
in one sentence. Every change reaches the project through ``Presenter.apply_changes`` (one undo step).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from roi_desktop.core.tracking import BEHIND, ON_TRACK, TrackingResult, track
from roi_desktop.core.tracking_inputs import month_label, parse_month
from roi_desktop.reports.numbers import number
from roi_desktop.reports.palette import scenario_style
from roi_desktop.reports.tracking_text import status_sentence, summary_rows, table_rows
from roi_desktop.gui.widgets.charts import LineChart, Series
from roi_desktop.gui.widgets.style import BASELINE, INK, MUTED, NEGATIVE, POSITIVE, set_style
from roi_desktop.gui.panels.tracking_grid import COLUMNS, ActualsGrid
from roi_desktop.gui.files.tracking_import import ActualsImportError, import_actuals
from roi_desktop.gui.widgets.narrow import ButtonRows

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class TrackingPanel(QWidget):
    def __init__(self, presenter, dialogs=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trackingPanel")
        self.presenter = presenter
        self.dialogs = dialogs
        self.result: TrackingResult | None = None
        self._applied: dict | None = None
        self._syncing = False
        outer = QVBoxLayout(self)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(translate("Tracking", "Plan:")))
        self.plan = QComboBox()
        self.plan.setObjectName("scenario")
        self.plan.setMinimumContentsLength(8)  # longer names elide (a 960 px window); the list shows them whole
        self.plan.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        controls.addWidget(self.plan, 1)
        controls.addWidget(QLabel(translate("Tracking", "Started:")))
        self.start = QDateEdit()
        self.start.setObjectName("start")
        self.start.setDisplayFormat("yyyy-MM")
        self.start.setCalendarPopup(False)
        self.start.setDate(QDate.currentDate())  # a new tracking starts this month unless told otherwise
        controls.addWidget(self.start)
        outer.addLayout(controls)
        controls = QHBoxLayout()  # the actions on rows of their own, so the tab stays as narrow as the others
        controls.addStretch(1)
        self.import_button = QPushButton(translate("Tracking", "Import actuals…"))
        self.import_button.setObjectName("importActuals")
        self.import_button.clicked.connect(self.import_from_file)
        self.stop = QPushButton(translate("Tracking", "Stop tracking"))
        self.stop.setObjectName("stopTracking")
        self.stop.clicked.connect(self.stop_tracking)
        self.pdf_button = QPushButton(translate("Tracking", "Report (PDF)…"))
        self.pdf_button.setObjectName("realisationPdf")
        self.pdf_button.setToolTip(translate("Tracking", "A short PDF of the realisation, in the report language"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.meeting_button = QPushButton(translate("Tracking", "Follow-up meeting"))
        self.meeting_button.setObjectName("followUpMeeting")
        controls.addWidget(ButtonRows((self.import_button, self.stop, self.pdf_button, self.meeting_button), most=4))
        outer.addLayout(controls)
        self.sentence = QLabel()
        self.sentence.setObjectName("trackingStatus")
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextSelectableByMouse)
        outer.addWidget(self.sentence)
        split = QSplitter(Qt.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(translate("Tracking", "Actuals by month (paste from a spreadsheet with Ctrl+V):"))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        left_layout.addWidget(hint)
        self.grid = ActualsGrid()
        self.grid.edited.connect(self._grid_edited)
        self.grid.setMinimumHeight(80)
        left_layout.addWidget(self.grid, 1)
        self.problems = QLabel()
        self.problems.setObjectName("trackingProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {NEGATIVE};")
        left_layout.addWidget(self.problems)
        split.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.chart = LineChart()
        self.chart.setObjectName("trackingChart")
        self.chart.zero_line = False
        self.chart.setMinimumHeight(150)  # the tab must not make the window taller than the other tabs do
        right_layout.addWidget(self.chart, 5)
        self.figures = QLabel()
        self.figures.setObjectName("trackingFigures")
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.RichText)
        right_layout.addWidget(self.figures)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("varianceTable")
        self.table.setHorizontalHeaderLabels([translate("Tracking", "Month"), translate("Tracking", "Plan"),
                                              translate("Tracking", "Actual"), translate("Tracking", "Variance"),
                                              translate("Tracking", "% of plan")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setMinimumHeight(60)
        right_layout.addWidget(self.table, 2)
        self.table.setMaximumHeight(190)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 520])
        outer.addWidget(split, 1)
        self.plan.currentIndexChanged.connect(lambda _i: self._settings_edited())
        self.start.dateChanged.connect(lambda _d: self._settings_edited())
        presenter.structureChanged.connect(self.sync_from_draft)
        presenter.resultsChanged.connect(self.show_result)
        self.sync_from_draft()
        if presenter.result is not None:
            self.show_result(presenter.result)

    # ---- the draft into the widgets -------------------------------------------------------------
    def draft(self) -> dict | None:
        value = self.presenter.value("tracking")
        return value if isinstance(value, dict) else None

    def sync_from_draft(self) -> None:
        """Names of the scenarios into the plan list; the draft's tracking into the controls and the grid
        when it changed from outside this tab (a file opened, undo)."""
        self._syncing = True
        try:
            names = [f"{i + 1}. {name}" for i, (name, _) in enumerate(self.presenter.scenario_names())]
            if [self.plan.itemText(i) for i in range(self.plan.count())] != names:
                current = self.plan.currentIndex()
                self.plan.clear()
                self.plan.addItems(names)
                self.plan.setCurrentIndex(min(max(current, 0), len(names) - 1))
            data = self.draft()
            start = data.get("start") if data else None
            months = 12 * self.presenter.horizon()
            if data is None:
                self.stop.setEnabled(False)
                if self._applied is not None:  # tracking removed from outside: start afresh
                    self._applied = None
                    self.grid.set_months(self._start_text(), months, self.presenter.lang)
                    self.grid.fill([])
                elif self.grid.rowCount() != months:
                    self.grid.set_months(self._start_text(), months, self.presenter.lang)
                self.problems.clear()
                return
            self.stop.setEnabled(True)
            plan = data.get("scenario")
            if isinstance(plan, int) and 1 <= plan <= self.plan.count():
                self.plan.setCurrentIndex(plan - 1)
            if parse_month(start):
                self.start.setDate(QDate(int(start[:4]), int(start[5:7]), 1))
            if data != self._applied:
                self._applied = data
                self.grid.set_months(self._start_text(), months, self.presenter.lang)
                actuals = data.get("actuals") if isinstance(data.get("actuals"), list) else []
                self.grid.fill([a if isinstance(a, dict) else {} for a in actuals])
                self.problems.clear()
            elif self.grid.months != months or self.grid.start != self._start_text():
                self.grid.set_months(self._start_text(), months, self.presenter.lang)
        finally:
            self._syncing = False

    def _start_text(self) -> str:
        d = self.start.date()
        return f"{d.year():04d}-{d.month():02d}"

    # ---- the widgets into the project -----------------------------------------------------------
    def _settings_edited(self) -> None:
        if self._syncing:
            return
        self.grid.set_months(self._start_text(), 12 * self.presenter.horizon(), self.presenter.lang)
        self.apply(translate("Tracking", "Change the tracked plan"))

    def _grid_edited(self, how: str) -> None:
        label = {"paste": translate("Tracking", "Paste actuals"), "clear": translate("Tracking", "Clear actuals")}
        self.apply(label.get(how, translate("Tracking", "Edit actuals")))

    def apply(self, label: str) -> bool:
        """Read the grid; when it is valid, put the tracking into the project as one change. When it is
        not, mark the cells and name the months; the project keeps its last valid actuals."""
        if self.plan.count() == 0:
            self.problems.setText(translate("Tracking", "Add the scenario agreed with the client first: "
                                                        "it is the plan the actuals are compared with."))
            return False
        actuals, problems = self.grid.read()
        self.grid.mark({(row, col): why for row, col, why in problems})
        if problems:
            unique = list(dict.fromkeys(why for _, _, why in problems))
            shown = unique[:4]
            more = len(unique) - len(shown)
            self.problems.setText("\n".join(shown) + (
                "\n" + translate("Tracking", "…and %1 more").replace("%1", str(more)) if more > 0 else ""))
            return False
        self.problems.clear()
        start = self._start_text()
        wanted = {"scenario": self.plan.currentIndex() + 1, "start": start,
                  "actuals": [{"month": month_label(start, j), **{k: a[k] for k in COLUMNS if k in a}}
                              for j, a in enumerate(actuals, start=1)]}
        if wanted == self.draft():
            return True
        self._applied = wanted
        self.presenter.apply_changes({"tracking": wanted}, label)
        return True

    def stop_tracking(self) -> None:
        if self.draft() is None:
            return
        self.presenter.apply_changes({"tracking": None}, translate("Tracking", "Stop tracking"))

    def export_pdf(self) -> None:
        """Write the realisation report (the same as ``export --realisation-pdf``) where the user says."""
        project = self.presenter.project
        if project is None or project.tracking is None or self.presenter.problems or self.dialogs is None:
            return
        from roi_desktop.atomic import FileWriteError
        from roi_desktop.reports.pdf.realisation import export_realisation
        name = self.presenter.file_path.stem if self.presenter.file_path else project.client.name
        path = self.dialogs.save_file(f"{name} - {translate('Tracking', 'realisation')}.pdf", "PDF (*.pdf)",
                                      translate("Tracking", "Realisation report"))
        if not path:
            return
        try:
            export_realisation(project, path)
        except FileWriteError as error:
            self.dialogs.error(translate("Tracking", "Realisation report"), str(error))

    def import_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("Tracking", "Import actuals"), "",
                                              translate("Tracking", "Spreadsheets (*.xlsx *.xls *.csv *.ods)"))
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> bool:
        """Read the months of a spreadsheet (the importer shared with the client history) into the grid,
        each on its month; the grid's checks then name any month that is impossible."""
        try:
            rows = import_actuals(path, self.presenter.lang)
        except (ActualsImportError, OSError, ValueError) as error:
            self.problems.setText(translate("Tracking", "Could not import %1: %2").replace("%1", path).replace(
                "%2", str(error)))
            return False
        if not rows:
            self.problems.setText(translate("Tracking", "Could not import %1: %2").replace("%1", path).replace(
                "%2", translate("Tracking", "no months found")))
            return False
        self.grid.paste_text("\n".join("\t".join([month] + [_cell(values.get(k)) for k in COLUMNS])
                                       for month, values in rows))
        return not self.problems.text()

    # ---- results ------------------------------------------------------------------------------
    def show_result(self, result) -> None:
        project = result.project
        t = track(project, result) if project.tracking is not None else None
        self.result = t
        lang, cur = self.presenter.lang, project.analysis.currency
        if t is None:
            self.sentence.setText(translate("Tracking", "Not tracking yet. After the deal, choose the plan agreed "
                                                        "with the client and the month it started, then type or "
                                                        "paste the client's customers at each month end."))
            set_style(self.sentence, f"color: {MUTED}; font-size: 13px;")
            self.chart.set_data([])
            self.chart.set_message(translate("Tracking", "The plan against the actuals appears here."))
            self.table.setRowCount(0)
            self.figures.clear()
            return
        tone = {ON_TRACK: POSITIVE, BEHIND: NEGATIVE}.get(t.status, INK)
        self.sentence.setText(status_sentence(t, cur, lang))
        set_style(self.sentence, f"color: {tone}; font-size: 14px; font-weight: 600;")
        self._chart(t, result, lang)
        rows = table_rows(t, lang)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(reversed(rows)):  # the latest month first
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter if c else Qt.AlignLeft | Qt.AlignVCenter)
                self.table.setItem(r, c, item)
        self.figures.setText(" · ".join(f"<span style='color:{MUTED}'>{label}</span> <b>{value}</b>"
                                        for label, value in summary_rows(t, cur, lang)[1:]))

    def _chart(self, t: TrackingResult, result, lang: str) -> None:
        months = len(t.plan_path) - 1
        shown = min(months, max(12, 6 * math.ceil((t.k + 6) / 6)))
        colour = scenario_style(t.scenario_index).colour
        actual = [float(result.project.client.customers)] + t.actual_customers.tolist()
        series = [
            Series(translate("Tracking", "Baseline (no change)"), BASELINE, t.baseline_path[: shown + 1].tolist(),
                   dashed=True),
            Series(translate("Tracking", "Plan: %1").replace("%1", t.scenario_name), colour,
                   t.plan_path[: shown + 1].tolist()),
            Series(translate("Tracking", "Actual"), INK, actual),
        ]
        if t.k and t.k < shown:
            ahead = [math.nan] * t.k + t.reforecast_path[t.k: shown + 1].tolist()
            series.append(Series(translate("Tracking", "Re-forecast"), colour, ahead, dashed=True))
        step = 3 if shown <= 24 else 6 if shown <= 60 else 12
        self.chart.set_data(series, title=translate("Tracking", "Customers at month end"),
                            y_format=lambda v: number(v, lang), x_label=lambda m: month_label(t.start, m + 1)[:7]
                            if m == 0 else month_label(t.start, m), x_step=step)


def _cell(value) -> str:
    return "" if value is None else repr(float(value))
