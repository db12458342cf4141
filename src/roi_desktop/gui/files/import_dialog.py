"""File > Import client data: the client's monthly history read from CSV or Excel, shown before anything
changes: the rows as read, which column is which field (changeable), the months used, every problem with
its row and column, a chart of monthly customers and churn, and each field's change old -> new.
Apply sets them all at once through ``Presenter.apply_changes`` (one undo step).

Loaded only when the user imports (pandas comes with it, never at start-up).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from roi_desktop.importer.headers import HISTORY_COLUMNS
from roi_desktop.importer.history_import import HistoryImport, history_from_table
from roi_desktop.importer.table import read_table
from roi_desktop.reports.palette import scenario_style

from roi_desktop.gui.widgets.charts import LineChart, Series
from roi_desktop.gui.draft.draft_paths import get_path
from roi_desktop.gui.texts.field_texts import field_text, spec_for
from roi_desktop.gui.widgets.numbers_input import format_input
from roi_desktop.gui.widgets.style import ERROR, MUTED

PREVIEW_ROWS = 500


class ImportDialog(QDialog):
    """Shows what an import would do; ``accept()`` applies it through the presenter."""

    def __init__(self, presenter, path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.presenter = presenter
        self.path = Path(path)
        self.mapping: dict[str, str] = {}
        self.sheet: str | None = None
        self.result: HistoryImport | None = None
        self.setWindowTitle(self.tr("Import client data — %1").replace("%1", self.path.name))
        self.resize(1100, 760)
        self._build()
        self.reload()

    # ---- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.source_label = QLabel()
        self.source_label.setObjectName("importSource")
        self.source_label.setWordWrap(True)
        top.addWidget(self.source_label, 1)
        self.sheet_box = QComboBox()
        self.sheet_box.setObjectName("importSheet")
        self.sheet_box.activated.connect(self._sheet_chosen)
        top.addWidget(QLabel(self.tr("Sheet:")))
        top.addWidget(self.sheet_box)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Vertical)
        self.preview = QTableWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QTableWidget.NoEditTriggers)
        splitter.addWidget(self.preview)

        lower = QWidget()
        grid = QGridLayout(lower)
        mapping_box = QGroupBox(self.tr("Columns"))
        form = QFormLayout(mapping_box)
        self.column_boxes: dict[str, QComboBox] = {}
        for spec in HISTORY_COLUMNS:
            box = QComboBox()
            box.setObjectName(f"importColumn_{spec.name}")
            box.activated.connect(lambda _i, name=spec.name: self._column_chosen(name))
            self.column_boxes[spec.name] = box
            form.addRow(self._column_label(spec.name) + ("" if spec.required else self.tr(" (optional)")), box)
        grid.addWidget(mapping_box, 0, 0)

        changes_box = QGroupBox(self.tr("Changes to the project"))
        changes_layout = QVBoxLayout(changes_box)
        self.months_label = QLabel()
        self.months_label.setObjectName("importMonths")
        self.months_label.setWordWrap(True)
        changes_layout.addWidget(self.months_label)
        self.changes = QTableWidget(0, 3)
        self.changes.setObjectName("importChanges")
        self.changes.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Now"), self.tr("Imported")])
        self.changes.setEditTriggers(QTableWidget.NoEditTriggers)
        self.changes.horizontalHeader().setStretchLastSection(True)
        self.changes.verticalHeader().hide()
        changes_layout.addWidget(self.changes)
        grid.addWidget(changes_box, 0, 1)

        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setWordWrap(True)
        grid.addWidget(self.problems, 1, 0)
        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        self.customers_chart = LineChart()
        self.customers_chart.setObjectName("importCustomersChart")
        self.customers_chart.zero_line = False
        self.churn_chart = LineChart()
        self.churn_chart.setObjectName("importChurnChart")
        charts_layout.addWidget(self.customers_chart)
        charts_layout.addWidget(self.churn_chart)
        grid.addWidget(charts, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        splitter.addWidget(lower)
        splitter.setSizes([260, 480])
        layout.addWidget(splitter, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Apply to the project"), QDialogButtonBox.AcceptRole)
        self.apply_button.setObjectName("importApply")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _column_label(self, name: str) -> str:
        return {"month": self.tr("Month"), "customers": self.tr("Customers at month end"),
                "lost": self.tr("Customers lost"), "won": self.tr("Customers won"),
                "revenue": self.tr("Revenue"), "service_spend": self.tr("Service spend")}[name]

    # ---- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        table = read_table(self.path, sheet=self.sheet, mapping=self.mapping, columns=HISTORY_COLUMNS)
        self.result = history_from_table(table)
        self._show_source()
        self._show_preview()
        self._show_mapping()
        self._show_problems()
        self._show_changes()
        self._show_charts()
        self.apply_button.setEnabled(self.result.ok)

    def _sheet_chosen(self, index: int) -> None:
        self.sheet = self.sheet_box.itemText(index)
        self.mapping = {}
        self.reload()

    def _column_chosen(self, name: str) -> None:
        box = self.column_boxes[name]
        header = box.currentData()
        self.mapping = {k: v for k, v in self.mapping.items() if k != name}
        self.mapping.update({k: v for k, v in self._current_columns().items() if k != name})
        if header:
            self.mapping[name] = header
            self.mapping = {k: v for k, v in self.mapping.items() if k == name or v != header}
        self.reload()

    def _current_columns(self) -> dict[str, str]:
        return dict(self.result.table.columns) if self.result else {}

    # ---- showing ---------------------------------------------------------------------------
    def _show_source(self) -> None:
        s = self.result.table.source
        parts = [s.get("file", "")]
        if s.get("encoding"):
            parts.append(self.tr("encoding %1").replace("%1", s["encoding"]))
        if s.get("delimiter"):
            names = {"semicolon": self.tr("semicolons"), "comma": self.tr("commas"), "tab": self.tr("tabs")}
            parts.append(self.tr("separated by %1").replace("%1", names.get(s["delimiter"], s["delimiter"])))
        if s.get("decimal"):
            parts.append(self.tr("decimal mark “%1”").replace("%1", s["decimal"]))
        if s.get("header_row"):
            parts.append(self.tr("headers in row %1").replace("%1", str(s["header_row"])))
        self.source_label.setText(" · ".join(parts))
        sheets = s.get("sheets") or []
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.addItems(sheets)
        if s.get("sheet"):
            self.sheet_box.setCurrentText(s["sheet"])
        self.sheet_box.setEnabled(len(sheets) > 1)
        self.sheet_box.blockSignals(False)

    def _show_preview(self) -> None:
        t = self.result.table
        raw = t.raw
        fields_of = {header: name for name, header in t.columns.items()}
        rows = min(len(raw), PREVIEW_ROWS)
        self.preview.clear()
        self.preview.setRowCount(rows)
        self.preview.setColumnCount(len(raw.columns))
        labels = [f"{h}\n→ {self._column_label(fields_of[h])}" if h in fields_of else str(h) for h in raw.columns]
        self.preview.setHorizontalHeaderLabels(labels)
        self.preview.setVerticalHeaderLabels([str(n) for n in t.row_numbers[:rows]])
        bad = {(p.row, p.column) for p in self.result.problems if p.is_error}
        values = raw.iloc[:rows].to_numpy()
        for r in range(rows):
            for c, header in enumerate(raw.columns):
                value = values[r, c]
                item = QTableWidgetItem("" if value is None else str(value))
                if (t.row_numbers[r], header) in bad:
                    item.setBackground(QColor("#fde2e2"))
                elif header not in fields_of:
                    item.setForeground(QColor(MUTED))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()

    def _show_mapping(self) -> None:
        headers = [str(h) for h in self.result.table.raw.columns]
        for name, box in self.column_boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(none)"), "")
            for h in headers:
                box.addItem(h, h)
            current = self.result.table.columns.get(name, "")
            box.setCurrentIndex(max(0, box.findData(current)) if current else 0)
            box.blockSignals(False)

    def _show_problems(self) -> None:
        self.problems.clear()
        lang = self.presenter.lang
        for p in self.result.problems:
            item = QListWidgetItem(("⚠ " if not p.is_error else "✖ ") + p.message(lang))
            item.setForeground(QColor(ERROR if p.is_error else "#8a5a00"))
            item.setToolTip(p.message(lang))
            self.problems.addItem(item)
        if not self.result.problems:
            self.problems.addItem(self.tr("No problems found."))

    def _show_changes(self) -> None:
        self.changes.setRowCount(0)
        r = self.result
        if not r.ok:
            self.months_label.setText(self.tr("Nothing can be applied until the problems marked ✖ are corrected."))
            return
        self.months_label.setText(
            self.tr("Months used: %1 to %2 (%3 months); the starting count is from %4.")
            .replace("%1", r.months[0]).replace("%2", r.months[-1]).replace("%3", str(len(r.months)))
            .replace("%4", r.start_month))
        lang, currency = self.presenter.lang, self.presenter.currency
        rows = [(field_text(name).label, spec_for(name).unit, self.presenter.value(f"client.{name}"), value)
                for name, value in r.values().items()]
        low, high = get_path(self.presenter.snapshot(), "client.ranges.annual_churn_rate.low"), \
            get_path(self.presenter.snapshot(), "client.ranges.annual_churn_rate.high")
        for label, unit, old, new in rows:
            self._add_change(label, self._shown(old, unit, lang, currency), self._shown(new, unit, lang, currency))
        old_range = "—" if low is None else f"{self._shown(low, 'fraction', lang, currency)} … " \
                                            f"{self._shown(high, 'fraction', lang, currency)}"
        new_range = (f"{self._shown(r.result.churn_low, 'fraction', lang, currency)} … "
                     f"{self._shown(r.result.churn_high, 'fraction', lang, currency)}")
        self._add_change(self.tr("Churn range (low … high)"), old_range, new_range)
        self.changes.resizeColumnsToContents()
        self.changes.resizeRowsToContents()

    @staticmethod
    def _shown(value, unit: str, lang: str, currency: str) -> str:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return "—"
        text = format_input(value, unit, lang)
        return text + (" %" if unit == "fraction" else f" {currency}" if unit == "money" else "")

    def _add_change(self, label: str, old: str, new: str) -> None:
        row = self.changes.rowCount()
        self.changes.insertRow(row)
        for c, text in enumerate((label, old, f"→ {new}" if old != new else new)):
            self.changes.setItem(row, c, QTableWidgetItem(text))

    def _show_charts(self) -> None:
        r = self.result
        if not r.ok:
            self.customers_chart.set_message(self.tr("The chart appears when the history can be used."))
            self.churn_chart.set_message("")
            return
        months = [r.start_month] + r.months
        color = scenario_style(0).colour
        self.customers_chart.set_data([Series(self.tr("Customers at month end"), color, r.monthly_customers)],
                                      title=self.tr("Customers"), x_label=lambda i: months[i] if i < len(months) else "",
                                      x_step=max(1, len(months) // 4))
        churn = [float("nan")] + [q * 100 for q in r.result.monthly_churn]
        color2 = scenario_style(1).colour
        self.churn_chart.set_data([Series(self.tr("Monthly churn, % of customers"), color2, churn)],
                                  title=self.tr("Churn"), y_format=lambda v: f"{v:.1f} %",
                                  x_label=lambda i: months[i] if i < len(months) else "", x_step=max(1, len(months) // 4))

    # ---- applying --------------------------------------------------------------------------
    def changes_to_apply(self) -> dict:
        return self.result.changes(self.presenter.snapshot())

    def accept(self) -> None:
        if self.result is None or not self.result.ok:
            return
        self.presenter.apply_changes(self.changes_to_apply(),
                                     self.tr("Import client data from %1").replace("%1", self.path.name))
        super().accept()
