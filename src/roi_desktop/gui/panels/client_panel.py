"""The client's figures (the baseline) and the analysis settings, grouped as a consultant asks for them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget,
)

from roi_desktop.gui.texts.field_texts import CLIENT_GROUPS, field_text, spec_for, tr, unit_suffix
from roi_desktop.gui.widgets.number_edit import NumberEdit, with_message
from roi_desktop.gui.widgets.narrow import FormLabel, LabelsOnOneLine
from roi_desktop.gui.panels.operations_box import OperationsBox
from roi_desktop.gui.presenter import Presenter
from roi_desktop.gui.widgets.style import set_style

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

CURRENCIES = ("PLN", "EUR", "USD", "GBP", "CHF", "CZK", "SEK", "NOK", "DKK", "HUF")


def path_of(name: str) -> str:
    return f"analysis.{name}" if name in ("horizon_years", "discount_rate", "currency", "trials", "seed") \
        else f"client.{name}"


class ClientPanel(QScrollArea):
    def __init__(self, presenter: Presenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.setWidgetResizable(True)
        self.setObjectName("clientPanel")
        body = QWidget()
        body.setObjectName("central")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 8, 4)
        title = QLabel(translate("ClientPanel", "Client"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.numbers: dict[str, NumberEdit] = {}
        self.texts: dict[str, QLineEdit] = {}

        identity = QGroupBox(translate("ClientPanel", "Company"))
        form = QFormLayout(identity)
        for name in ("name", "industry"):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setToolTip(field_text(name).tip)
            edit.textEdited.connect(lambda text, n=name: self.presenter.set_value(path_of(n), text))
            self.texts[name] = edit
            form.addRow(FormLabel(field_text(name).label), edit)
        layout.addWidget(identity)

        lang, currency = presenter.lang, presenter.currency
        for group_label, names in CLIENT_GROUPS:
            box = QGroupBox(tr(group_label))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
            for name in names:
                text = field_text(name)
                if name == "currency":
                    widget = self.currency = QComboBox()
                    widget.setObjectName("currency")
                    widget.setEditable(True)
                    widget.addItems(CURRENCIES)
                    widget.setToolTip(text.tip)
                    widget.currentTextChanged.connect(self._currency_changed)
                else:
                    widget = NumberEdit(path_of(name), name, unit_suffix(spec_for(name).unit, currency, lang), text.tip)
                    widget.edited.connect(self.presenter.set_text)
                    widget.finished.connect(self._reformat)
                    self.numbers[name] = widget
                label = FormLabel(text.label)
                label.setToolTip(text.tip)
                form.addRow(label, with_message(widget) if isinstance(widget, NumberEdit) else widget)
            layout.addWidget(box)

        layout.addWidget(OperationsBox(presenter))  # the queue (Erlang C), optional
        layout.addWidget(self._report_box())

        notes_box = QGroupBox(field_text("notes").label)
        notes_layout = QVBoxLayout(notes_box)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setToolTip(field_text("notes").tip)
        self.notes.setFixedHeight(90)
        self.notes.setTabChangesFocus(True)  # Tab moves on; a tab character never lands in the notes
        self.notes.textChanged.connect(lambda: self.presenter.set_value("client.notes", self.notes.toPlainText()))
        notes_layout.addWidget(self.notes)
        layout.addWidget(notes_box)
        layout.addStretch(1)
        self.setWidget(body)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        # as narrow as its fields allow (labels wrap), not as wide as it would like: a 1024 px screen shows all three columns
        LabelsOnOneLine(self)
        presenter.structureChanged.connect(self.refresh)
        presenter.problemsChanged.connect(self.show_problems)
        self.refresh()

    def _report_box(self) -> QGroupBox:
        """The project's report settings: its language (independent of the UI's), title, consultant."""
        box = QGroupBox(translate("ClientPanel", "Report"))
        form = QFormLayout(box)
        self.report_language = QComboBox()
        self.report_language.setObjectName("language")
        self.report_language.addItem("Polski", "pl")
        self.report_language.addItem("English", "en")
        self.report_language.setToolTip(translate(
            "ClientPanel", "Language of this project's PDF report and Excel workbook."))
        self.report_language.currentIndexChanged.connect(
            lambda _: self._set_text("report.language", self.report_language.currentData()))
        form.addRow(FormLabel(translate("ClientPanel", "Language")), self.report_language)
        self.report_texts: dict[str, QLineEdit] = {}
        for name, label in (("title", translate("ClientPanel", "Report title")),
                            ("consultant", translate("ClientPanel", "Consultant"))):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.textEdited.connect(lambda text, n=name: self._set_text(f"report.{n}", text))
            self.report_texts[name] = edit
            form.addRow(FormLabel(label), edit)
        return box

    def _set_text(self, path: str, value) -> None:
        if self.presenter.value(path) != value:
            self.presenter.set_value(path, value)

    def _currency_changed(self, text: str) -> None:
        code = text.strip().upper()
        if code != self.presenter.value("analysis.currency"):
            self.presenter.set_value("analysis.currency", code)
        self._show_units()

    def _show_units(self) -> None:
        """Units as the reports write them (zł, €); the horizon's by its number (3 lata, 5 lat)."""
        p = self.presenter
        for name, edit in self.numbers.items():
            value = p.value(path_of(name)) if spec_for(name).unit == "years" else None
            suffix = unit_suffix(spec_for(name).unit, p.currency, p.lang, value)
            if suffix != edit.suffix:
                edit.set_suffix(suffix)

    def _reformat(self, path: str) -> None:
        name = path.split(".")[-1]
        edit = self.numbers[name]
        if path not in self.presenter.known_problems:
            edit.setText(self.presenter.text(path))

    def refresh(self) -> None:
        p = self.presenter
        for name, edit in self.texts.items():
            if edit.text() != (p.value(path_of(name)) or ""):
                edit.setText(p.value(path_of(name)) or "")
                edit.setCursorPosition(0)
        for name, edit in self.numbers.items():
            edit.show_text(p.text(path_of(name)))
        with QSignalBlocker(self.currency):
            self.currency.setCurrentText(p.value("analysis.currency") or "")
        self._show_units()
        with QSignalBlocker(self.report_language):
            self.report_language.setCurrentIndex(0 if p.value("report.language") == "pl" else 1)
        for name, edit in self.report_texts.items():
            if edit.text() != (p.value(f"report.{name}") or ""):
                edit.setText(p.value(f"report.{name}") or "")
                edit.setCursorPosition(0)
        notes = p.value("client.notes") or ""
        if self.notes.toPlainText() != notes:
            with QSignalBlocker(self.notes):
                self.notes.setPlainText(notes)
        self.show_problems(p.known_problems)

    def show_problems(self, problems: dict) -> None:
        self._show_units()  # after every edit: the horizon's unit follows its number
        for name, edit in self.numbers.items():
            edit.set_hint(self.presenter.hints.get(path_of(name)))
            edit.set_error(problems.get(path_of(name)))
        for name, edit in self.texts.items():
            message = problems.get(path_of(name))
            set_style(edit, "QLineEdit { border: 2px solid #d64545; }" if message else "")
            edit.setToolTip(message or field_text(name).tip)
        for path, widget in (("analysis.currency", self.currency), ("report.title", self.report_texts["title"]),
                             ("report.consultant", self.report_texts["consultant"])):
            message = problems.get(path)
            set_style(widget, "QComboBox, QLineEdit { border: 2px solid #d64545; }" if message else "")
            widget.setToolTip(message or "")
