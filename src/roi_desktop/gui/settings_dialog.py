"""Settings: the consultant's name, company and logo, default currency, report and UI languages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from .client_panel import CURRENCIES
from .settings_store import AppSettings

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
        browse = QPushButton(translate("SettingsDialog", "Choose…"))
        browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        self.currency = QComboBox()
        self.currency.setObjectName("default_currency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(settings.default_currency)
        self.report_language = _language_box("report_language", settings.report_language)
        self.ui_language = _language_box("ui_language", settings.ui_language)
        form.addRow(translate("SettingsDialog", "Consultant"), self.consultant)
        form.addRow(translate("SettingsDialog", "Company"), self.company)
        form.addRow(translate("SettingsDialog", "Logo for reports"), logo_row)
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

    def accept(self) -> None:
        s = self.settings
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
