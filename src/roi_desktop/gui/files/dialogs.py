"""Every modal question the app asks, in one replaceable service (tests pass a fake)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

ROI_FILTER = "roi-desktop (*.roi)"


class DialogService:
    """Real dialogs. Return values are plain Python so a fake can script them."""

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def ask_save_changes(self, document: str) -> str:
        """'save', 'discard' or 'cancel'."""
        box = QMessageBox(QMessageBox.Warning, translate("Dialogs", "Unsaved changes"),
                          translate("Dialogs", "Save the changes to %1 before closing it?").replace("%1", document),
                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, self.parent)
        box.setDefaultButton(QMessageBox.Save)
        answer = box.exec()
        return {QMessageBox.Save: "save", QMessageBox.Discard: "discard"}.get(answer, "cancel")

    def open_file(self, folder: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, translate("Dialogs", "Open project"), folder,
                                              ROI_FILTER + ";;" + translate("Dialogs", "All files") + " (*)")
        return path or None

    def save_file(self, suggested: str, file_filter: str = ROI_FILTER, title: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title or translate("Dialogs", "Save project"), suggested,
                                              file_filter)
        return path or None

    def open_image(self, folder: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, translate("Dialogs", "Choose a logo"), folder,
                                              translate("Dialogs", "Images") + " (*.png *.jpg *.jpeg)")
        return path or None

    def open_template(self, folder: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, translate("Dialogs", "Choose a PowerPoint template"), folder,
                                              translate("Dialogs", "PowerPoint") + " (*.pptx *.potx)")
        return path or None

    def choose_exports(self, base: str, chosen: list[str], template: str = "") -> tuple[list[str], str] | None:
        """File > Export…: which files and under what name; None when cancelled."""
        from roi_desktop.gui.files.export_dialog import ExportDialog
        dialog = ExportDialog(base, chosen, template, self, self.parent)
        if dialog.exec() != ExportDialog.Accepted:
            return None
        return dialog.chosen(), dialog.base.text().strip()

    def error(self, title: str, message: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Critical, title, message, QMessageBox.Ok, self.parent)
        if details:
            box.setDetailedText(details)
            box.setInformativeText(details if len(details) < 600 else "")
        box.exec()

    def info(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent, title, message)

    def ask_restore(self, saved_at: str) -> bool:
        answer = QMessageBox.question(
            self.parent, translate("Dialogs", "Restore unsaved work?"),
            translate("Dialogs", "roi-desktop was not closed properly. Restore the unsaved work from %1?")
            .replace("%1", saved_at),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        return answer == QMessageBox.Yes

    def ask_keep_meeting_changes(self) -> bool:
        """Leaving meeting mode after a slider moved: True keeps the what-ifs, False discards them."""
        box = QMessageBox(QMessageBox.Question, translate("Dialogs", "Meeting mode"),
                          translate("Dialogs", "Keep the changes made in the meeting?"), QMessageBox.NoButton,
                          self.parent)
        keep = box.addButton(translate("Dialogs", "Keep"), QMessageBox.AcceptRole)
        discard = box.addButton(translate("Dialogs", "Discard"), QMessageBox.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(discard)
        box.exec()
        return box.clickedButton() is not discard

    def retry_or_save_as(self, message: str) -> str:
        """'retry', 'save_as' or 'cancel'."""
        box = QMessageBox(QMessageBox.Warning, translate("Dialogs", "Could not write the file"), message,
                          QMessageBox.NoButton,
                          self.parent)
        retry = box.addButton(translate("Dialogs", "Retry"), QMessageBox.AcceptRole)
        save_as = box.addButton(translate("Dialogs", "Save As…"), QMessageBox.ActionRole)
        box.addButton(QMessageBox.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "retry" if clicked is retry else "save_as" if clicked is save_as else "cancel"

    def edit_settings(self, settings) -> bool:
        """Show the settings dialog; True when the user pressed OK (settings are then saved)."""
        from roi_desktop.gui.files.settings_dialog import SettingsDialog
        return SettingsDialog(settings, self, self.parent).exec() == SettingsDialog.Accepted
