"""Settings: the consultant's name, company and logo, default currency, report and UI languages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget,
)

from roi_desktop.gui.panels.client_panel import CURRENCIES
from roi_desktop.gui.files.settings_store import AppSettings
from roi_desktop.gui.widgets.file_row import file_row

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _language_box(name: str, current: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.addItem("English", "en")
    box.addItem("Polski", "pl")
    box.setCurrentIndex(1 if current == "pl" else 0)
    return box


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, dialogs=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.dialogs = dialogs
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.consultant = QLineEdit(settings.consultant)
        self.consultant.setObjectName("consultant")
        self.company = QLineEdit(settings.company)
        self.company.setObjectName("company")
        self.logo = QLineEdit(settings.logo_path)
        self.logo.setObjectName("logo")
        self.logo.setToolTip(translate("SettingsDialog", "A PNG or JPEG image printed on the report's cover."))
        logo_row = file_row(self.logo, translate("SettingsDialog", "Choose…"), self._choose_logo)
        self.contact = QLineEdit(settings.contact)
        self.contact.setObjectName("contact")
        self.contact.setToolTip(translate("SettingsDialog", "E-mail and phone, printed on the two-page leave-behind."))
        self.deck_template = QLineEdit(settings.deck_template)
        self.deck_template.setObjectName("deck_template")
        self.deck_template.setToolTip(translate("SettingsDialog", "Your firm's PowerPoint template (.pptx or .potx) "
                                                                  "for the deck; empty: the built-in one."))
        template_row = file_row(self.deck_template, translate("SettingsDialog", "Choose…"), self._choose_template)
        self.currency = QComboBox()
        self.currency.setObjectName("default_currency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(settings.default_currency)
        self.report_language = _language_box("report_language", settings.report_language)
        self.ui_language = _language_box("ui_language", settings.ui_language)
        form.addRow(translate("SettingsDialog", "Consultant"), self.consultant)
        form.addRow(translate("SettingsDialog", "Company"), self.company)
        form.addRow(translate("SettingsDialog", "Contact"), self.contact)
        form.addRow(translate("SettingsDialog", "Logo for reports"), logo_row)
        form.addRow(translate("SettingsDialog", "PowerPoint template"), template_row)
        form.addRow(translate("SettingsDialog", "Default currency"), self.currency)
        form.addRow(translate("SettingsDialog", "Report language"), self.report_language)
        form.addRow(translate("SettingsDialog", "Interface language"), self.ui_language)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose_logo(self) -> None:
        if self.dialogs is not None:
            path = self.dialogs.open_image()
            if path:
                self.logo.setText(path)

    def _choose_template(self) -> None:
        chooser = getattr(self.dialogs, "open_template", None)
        if chooser is not None:
            path = chooser()
            if path:
                self.deck_template.setText(path)

    def accept(self) -> None:
        s = self.settings
        s.contact = self.contact.text().strip()
        s.deck_template = self.deck_template.text().strip()
        s.consultant = self.consultant.text().strip()
        s.company = self.company.text().strip()
        s.logo_path = self.logo.text().strip()
        code = self.currency.currentText().strip().upper()
        if len(code) == 3 and code.isalpha():
            s.default_currency = code
        s.report_language = self.report_language.currentData()
        s.ui_language = self.ui_language.currentData()
        s.sync()
        super().accept()
