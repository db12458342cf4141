"""The scenarios: a list to add, duplicate, rename, delete and reorder them, and the editor of the
selected one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QLabel, QListWidget, QListWidgetItem, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from roi_desktop.gui.texts.i18n import fill
from roi_desktop.gui.presenter import Presenter
from roi_desktop.gui.panels.scenario_editor import ScenarioEditor
from roi_desktop.gui.widgets.narrow import ButtonRows, LabelsOnOneLine

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class ScenarioPanel(QWidget):
    currentChanged = Signal(int)
    message = Signal(str)  # for the status bar ("Deleted 'X'. Ctrl+Z brings it back.")

    def __init__(self, presenter: Presenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.current = 0 if presenter.scenario_count() else -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        title = QLabel(translate("ScenarioPanel", "Scenarios"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.list = QListWidget()
        self.list.setObjectName("scenarioList")
        self.list.setMaximumHeight(150)
        self.list.currentRowChanged.connect(self._select)
        self.list.itemChanged.connect(self._renamed)
        self.list.installEventFilter(self)
        layout.addWidget(self.list)
        self.buttons = {}
        p = self.presenter
        for key, text, slot in (
                ("add_cut", translate("ScenarioPanel", "Add cut"), lambda: self._go(p.add_scenario("cut"))),
                ("add_investment", translate("ScenarioPanel", "Add investment"),
                 lambda: self._go(p.add_scenario("investment"))),
                ("duplicate", translate("ScenarioPanel", "Duplicate"),
                 lambda: self._go(p.duplicate_scenario(self.current))),
                ("rename", translate("ScenarioPanel", "Rename"), self._rename),
                ("up", translate("ScenarioPanel", "Move up"), lambda: self._go(p.move_scenario(self.current, -1))),
                ("down", translate("ScenarioPanel", "Move down"), lambda: self._go(p.move_scenario(self.current, +1))),
                ("delete", translate("ScenarioPanel", "Delete"), self._delete)):
            button = QPushButton(text)
            button.setObjectName(key)
            button.clicked.connect(slot)
            self.buttons[key] = button
        layout.addWidget(ButtonRows(self.buttons.values(), most=4, fewest=2))  # more rows in a narrow column
        self.editor = ScenarioEditor(presenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # the editor scrolls down, never sideways
        self.labels_fit = LabelsOnOneLine(scroll)  # its minimum width follows the editor's content
        layout.addWidget(scroll, 1)
        presenter.structureChanged.connect(self.refresh)
        presenter.history.restored.connect(self._restored)
        presenter.problemsChanged.connect(self._mark_invalid)
        presenter.valueChanged.connect(self.editor.refresh_values)
        self.refresh()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.list and event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Delete, Qt.Key_Backspace)
                and self.list.state() != QListWidget.EditingState):
            self._delete()
            return True
        return super().eventFilter(watched, event)

    def _delete(self) -> None:
        if not 0 <= self.current < self.presenter.scenario_count():
            return
        name = self.presenter.value(f"scenarios[{self.current}].name") or ""
        self._go(self.presenter.delete_scenario(self.current))
        self.message.emit(fill(translate("ScenarioPanel", "Deleted '%1'. Edit > Undo (Ctrl+Z) brings it back."), name))

    def _restored(self, index: int) -> None:
        """Undo or redo: show the scenario the step was about."""
        count = self.presenter.scenario_count()
        if index >= 0 and count:
            self._go(min(index, count - 1))

    def _go(self, index: int) -> None:
        self.current = index
        self.refresh()
        self.currentChanged.emit(self.current)

    def _select(self, row: int) -> None:
        if row != self.current and row >= 0:
            self.current = row
            self.editor.show_scenario(row)
            self.labels_fit.refit()
            self._update_buttons()
            self.currentChanged.emit(row)

    def _rename(self) -> None:
        item = self.list.item(self.current)
        if item is not None:
            self.list.editItem(item)

    def _renamed(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        name = item.text().replace("⚠", "").strip()
        if name and name != self.presenter.value(f"scenarios[{row}].name"):
            self.presenter.set_value(f"scenarios[{row}].name", name)

    def refresh(self) -> None:
        p = self.presenter
        count = p.scenario_count()
        self.current = min(max(self.current, 0), count - 1) if count else -1
        with QSignalBlocker(self.list):
            self.list.clear()
            for name, kind in p.scenario_names():
                item = QListWidgetItem(f"{name}")
                item.setFlags(item.flags() | Qt.ItemIsEditable)
                item.setForeground(Qt.black)
                item.setToolTip(translate("ScenarioPanel", "Cut") if kind == "cut"
                                else translate("ScenarioPanel", "Investment"))
                item.setData(Qt.UserRole, kind)
                self.list.addItem(item)
            self.list.setCurrentRow(self.current)
        self._decorate()
        self.editor.show_scenario(self.current)
        self.labels_fit.refit()
        self._update_buttons()
        self._mark_invalid(p.known_problems)

    def _decorate(self) -> None:
        from PySide6.QtGui import QColor, QIcon, QPen, QPixmap, QPainter
        from roi_desktop.reports.palette import scenario_style
        from roi_desktop.gui.widgets.charts import draw_marker
        for row in range(self.list.count()):
            item = self.list.item(row)
            pix = QPixmap(12, 12)
            pix.fill(Qt.transparent)
            painter = QPainter(pix)
            painter.setRenderHint(QPainter.Antialiasing)
            style = scenario_style(row)  # the scenario's colour and marker in the cards and charts
            painter.setBrush(QColor(style.colour))
            painter.setPen(QPen(QColor(style.colour).darker(130), 1))
            draw_marker(painter, style.marker, 6, 6, 5)
            painter.end()
            item.setIcon(QIcon(pix))

    def _update_buttons(self) -> None:
        has = self.current >= 0
        count = self.presenter.scenario_count()
        for key in ("duplicate", "rename", "delete"):
            self.buttons[key].setEnabled(has)
        self.buttons["up"].setEnabled(has and self.current > 0)
        self.buttons["down"].setEnabled(has and self.current < count - 1)

    def _mark_invalid(self, problems: dict) -> None:
        with QSignalBlocker(self.list):
            for row in range(self.list.count()):
                bad = any(path.startswith(f"scenarios[{row}]") for path in problems)
                item = self.list.item(row)
                name = self.presenter.value(f"scenarios[{row}].name") or ""
                item.setText(f"{name}  ⚠" if bad else name)
