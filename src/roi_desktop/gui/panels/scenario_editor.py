"""Every field of one scenario, including its custom benefit and cost lines (Year 0..T)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from roi_desktop.gui.texts.field_texts import SCENARIO_NUMBER_FIELDS, field_text, spec_for, unit_suffix
from roi_desktop.gui.widgets.number_edit import NumberEdit, with_message
from roi_desktop.gui.widgets.narrow import ButtonRows, FormLabel
from roi_desktop.gui.presenter import Presenter
from roi_desktop.gui.widgets.style import set_style

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class ScenarioEditor(QWidget):
    def __init__(self, presenter: Presenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.index = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(translate("ScenarioEditor", "Scenario"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setToolTip(translate("ScenarioEditor", "The scenario's name, as the report shows it."))
        self.name.textEdited.connect(lambda text: self._set("name", text))
        form.addRow(FormLabel(translate("ScenarioEditor", "Name")), self.name)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(translate("ScenarioEditor", "Cut"), "cut")
        self.kind.addItem(translate("ScenarioEditor", "Investment"), "investment")
        self.kind.setToolTip(field_text("kind").tip)
        self.kind.currentIndexChanged.connect(lambda _: self._set("kind", self.kind.currentData()))
        form.addRow(FormLabel(field_text("kind").label), self.kind)
        self.numbers: dict[str, NumberEdit] = {}
        for name in SCENARIO_NUMBER_FIELDS:
            text = field_text(name)
            edit = NumberEdit("", name, "", text.tip)
            edit.edited.connect(self.presenter.set_text)
            edit.finished.connect(self._reformat)
            self.numbers[name] = edit
            form.addRow(FormLabel(text.label), with_message(edit))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setToolTip(translate("ScenarioEditor",
                                        "Your rationale and sources for the assumptions; printed in the report."))
        self.notes.setFixedHeight(70)
        self.notes.setTabChangesFocus(True)  # Tab moves on; a tab character never lands in the notes
        self.notes.textChanged.connect(lambda: self._set("notes", self.notes.toPlainText()))
        form.addRow(QLabel(field_text("notes").label))
        form.addRow(self.notes)
        layout.addWidget(box)

        lines_box = QGroupBox(translate("ScenarioEditor", "Custom benefit and cost lines"))
        lines_layout = QVBoxLayout(lines_box)
        self.lines = QTableWidget()
        self.lines.setObjectName("lines")
        self.lines.verticalHeader().setVisible(False)
        self.lines.setMinimumHeight(110)
        self.lines.itemChanged.connect(self._line_item_changed)
        lines_layout.addWidget(self.lines)
        self.add_benefit = QPushButton(translate("ScenarioEditor", "Add benefit"))
        self.add_benefit.clicked.connect(lambda: self.presenter.add_line(self.index, "benefit"))
        self.add_cost = QPushButton(translate("ScenarioEditor", "Add cost"))
        self.add_cost.clicked.connect(lambda: self.presenter.add_line(self.index, "cost"))
        self.remove_line = QPushButton(translate("ScenarioEditor", "Remove line"))
        self.remove_line.clicked.connect(self._remove_line)
        lines_layout.addWidget(ButtonRows((self.add_benefit, self.add_cost, self.remove_line), most=3))
        layout.addWidget(lines_box)
        layout.addStretch(1)
        presenter.problemsChanged.connect(self.show_problems)

    def _path(self, name: str) -> str:
        return f"scenarios[{self.index}].{name}"

    def _set(self, name: str, value) -> None:
        if 0 <= self.index < self.presenter.scenario_count() and self.presenter.value(self._path(name)) != value:
            self.presenter.set_value(self._path(name), value)

    def _reformat(self, path: str) -> None:
        if path not in self.presenter.known_problems:
            name = path.rsplit(".", 1)[-1]
            self.numbers[name].setText(self.presenter.text(path))

    def show_scenario(self, index: int) -> None:
        self.index = index
        valid = 0 <= index < self.presenter.scenario_count()
        self.setEnabled(valid)
        if not valid:  # nothing selected (a new project): show nothing of a scenario that was here
            self.name.clear()
            with QSignalBlocker(self.notes):
                self.notes.clear()
            for edit in self.numbers.values():
                edit.setText("")
                edit.set_error(None)
            with QSignalBlocker(self.lines):
                self.lines.clear()
                self.lines.setRowCount(0)
            return
        p = self.presenter
        if self.name.text() != p.value(self._path("name")):
            self.name.setText(p.value(self._path("name")) or "")
            self.name.setCursorPosition(0)
        with QSignalBlocker(self.kind):
            self.kind.setCurrentIndex(0 if p.value(self._path("kind")) == "cut" else 1)
        for name, edit in self.numbers.items():
            edit.path = self._path(name)
            edit.set_suffix(unit_suffix(spec_for(name).unit, p.currency, p.lang))
            edit.show_text(p.text(edit.path))
        notes = p.value(self._path("notes")) or ""
        if self.notes.toPlainText() != notes:
            with QSignalBlocker(self.notes):
                self.notes.setPlainText(notes)
        self._fill_lines()
        self.show_problems(p.known_problems)

    def refresh_values(self, path: str) -> None:
        """A value changed elsewhere (meeting mode): show it."""
        if path.startswith(f"scenarios[{self.index}]."):
            name = path.rsplit(".", 1)[-1]
            if name in self.numbers:
                self.numbers[name].show_text(self.presenter.text(path))

    # ---- custom lines ------------------------------------------------------------------------
    def _fill_lines(self) -> None:
        p = self.presenter
        horizon = p.horizon()
        # amounts kept beyond a shortened horizon stay visible (greyed) until the horizon grows again
        years = max([horizon] + [len(p.value(f"scenarios[{self.index}].lines[{j}].amounts") or []) - 1
                                 for j in range(p.line_count(self.index))])
        year = translate("ScenarioEditor", "Year %1")
        outside = translate("ScenarioEditor", "Year %1 (outside the horizon)")
        headers = [translate("ScenarioEditor", "Name"), translate("ScenarioEditor", "Kind"),
                   translate("ScenarioEditor", "Risk %")] + [(year if t <= horizon else outside).replace("%1", str(t))
                                                            for t in range(years + 1)]
        with QSignalBlocker(self.lines):
            self.lines.clear()
            self.lines.setColumnCount(len(headers))
            self.lines.setHorizontalHeaderLabels(headers)
            count = p.line_count(self.index)
            self.lines.setRowCount(count)
            for j in range(count):
                base = f"scenarios[{self.index}].lines[{j}]"
                self.lines.setItem(j, 0, QTableWidgetItem(p.value(f"{base}.name") or ""))
                kind = QComboBox()
                kind.addItem(translate("ScenarioEditor", "Benefit"), "benefit")
                kind.addItem(translate("ScenarioEditor", "Cost"), "cost")
                kind.setCurrentIndex(0 if p.value(f"{base}.kind") == "benefit" else 1)
                kind.currentIndexChanged.connect(
                    lambda _, b=base, k=kind: self.presenter.set_value(f"{b}.kind", k.currentData()))
                self.lines.setCellWidget(j, 1, kind)
                self.lines.setItem(j, 2, self._number_item(f"{base}.risk"))
                for t in range(years + 1):
                    item = self._number_item(f"{base}.amounts[{t}]")
                    if t > horizon:
                        item.setForeground(QBrush(QColor("#9aa5b1")))
                        item.setToolTip(translate("ScenarioEditor", "Kept for when the horizon grows again; "
                                                                    "not in the results."))
                    elif p.value(f"{base}.amounts[{t}]") is None:
                        item.setBackground(QBrush(QColor("#eef1f4")))
                        item.setToolTip(translate("ScenarioEditor", "No amount for this year yet (counts as 0)."))
                    self.lines.setItem(j, 3 + t, item)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Interactive)
        self.lines.setColumnWidth(0, 170)
        self.remove_line.setEnabled(self.lines.rowCount() > 0)

    def _number_item(self, path: str) -> QTableWidgetItem:
        item = QTableWidgetItem(self.presenter.text(path))
        item.setData(Qt.UserRole, path)
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        return item

    def _line_item_changed(self, item: QTableWidgetItem) -> None:
        path = item.data(Qt.UserRole)
        if path:
            self.presenter.set_text(path, item.text())
        elif item.column() == 0:
            self.presenter.set_value(f"scenarios[{self.index}].lines[{item.row()}].name", item.text())

    def _remove_line(self) -> None:
        row = self.lines.currentRow()
        if row < 0:
            row = self.lines.rowCount() - 1
        if row >= 0:
            self.presenter.delete_line(self.index, row)

    def show_problems(self, problems: dict) -> None:
        if not (0 <= self.index < self.presenter.scenario_count()):
            return
        for name, edit in self.numbers.items():
            edit.set_hint(self.presenter.hints.get(self._path(name)))
            edit.set_error(problems.get(self._path(name)))
        message = problems.get(self._path("name"))
        set_style(self.name, "QLineEdit { border: 2px solid #d64545; }" if message else "")
        self.name.setToolTip(message or translate("ScenarioEditor", "The scenario's name, as the report shows it."))
        with QSignalBlocker(self.lines):
            for row in range(self.lines.rowCount()):
                for col in range(self.lines.columnCount()):
                    item = self.lines.item(row, col)
                    if item is None:
                        continue
                    path = item.data(Qt.UserRole) or f"scenarios[{self.index}].lines[{row}].name"
                    message = problems.get(path)
                    item.setBackground(QBrush(QColor("#ffe3e3")) if message else QBrush())
                    item.setToolTip(message or "")
