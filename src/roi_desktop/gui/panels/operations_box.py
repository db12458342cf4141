"""The client's contact-centre figures (client.operations), optional: a checkable group. Switching it on
fills illustrative starting figures (one undoable change); switching it off removes the object. Every
field's objectName is its name in the .roi format."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from roi_desktop.gui.texts.field_texts import field_text, spec_for, unit_suffix
from roi_desktop.gui.widgets.number_edit import NumberEdit, with_message
from roi_desktop.gui.widgets.narrow import FormLabel
from roi_desktop.gui.presenter import Presenter
from roi_desktop.gui.panels.queue_fields import OPERATIONS_DEFAULTS, OPERATIONS_ORDER

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
PREFIX = "client.operations"


class OperationsBox(QGroupBox):
    def __init__(self, presenter: Presenter, parent: QWidget | None = None):
        super().__init__(translate("ClientPanel", "Contact centre queue (optional)"), parent)
        self.setObjectName("operations")
        self.setCheckable(True)
        self.setToolTip(translate("ClientPanel", "With these figures every scenario shows how many agents its "
                                                 "budget pays for and how long callers wait (Erlang C)."))
        self.presenter = presenter
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.numbers: dict[str, NumberEdit] = {}
        for name in OPERATIONS_ORDER:
            text = field_text(name)
            edit = NumberEdit(f"{PREFIX}.{name}", name, "", text.tip)
            edit.edited.connect(presenter.set_text)
            edit.finished.connect(self._reformat)
            self.numbers[name] = edit
            label = FormLabel(text.label)
            label.setToolTip(text.tip)
            form.addRow(label, with_message(edit))
        self.toggled.connect(self._switched)
        presenter.structureChanged.connect(self.refresh)
        presenter.problemsChanged.connect(self.show_problems)
        self.refresh()

    def _switched(self, on: bool) -> None:
        has = isinstance(self.presenter.value(PREFIX), dict)
        if on and not has:
            self.presenter.apply_changes({PREFIX: dict(OPERATIONS_DEFAULTS)},
                                         translate("ClientPanel", "Contact centre figures"))
        elif not on and has:
            self.presenter.apply_changes({PREFIX: None}, translate("ClientPanel", "No contact centre figures"))

    def _reformat(self, path: str) -> None:
        if path not in self.presenter.known_problems and isinstance(self.presenter.value(PREFIX), dict):
            self.numbers[path.rsplit(".", 1)[-1]].setText(self.presenter.text(path))

    def refresh(self) -> None:
        p = self.presenter
        on = isinstance(p.value(PREFIX), dict)
        with QSignalBlocker(self):
            self.setChecked(on)
        for name, edit in self.numbers.items():
            edit.set_suffix(unit_suffix(spec_for(name).unit, p.currency, p.lang))
            edit.show_text(p.text(edit.path) if on else "")
        self.show_problems(p.known_problems)

    def show_problems(self, problems: dict) -> None:
        for edit in self.numbers.values():
            edit.set_error(problems.get(edit.path))
