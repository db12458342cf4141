"""File > Export…: choose any of the PDF report, the Excel workbook, the PowerPoint deck and the two-page
leave-behind, and where they go (one name, each file with its own ending). Remembers the last choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from roi_desktop.gui.widgets.file_row import file_row

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

KINDS = ("pdf", "xlsx", "pptx", "summary_pdf")
DEFAULT_KINDS = ("pdf", "xlsx")


def output_paths(base: str | Path, kinds: list[str]) -> dict[str, Path]:
    """Where each chosen file goes: ``base`` with its ending; the leave-behind gets '-summary.pdf'.

    >>> sorted(output_paths("/x/raport", ["pdf", "summary_pdf"]).values())
    [PosixPath('/x/raport-summary.pdf'), PosixPath('/x/raport.pdf')]
    """
    base = Path(base)
    for suffix in (".pdf", ".xlsx", ".pptx"):
        if base.suffix.lower() == suffix:
            base = base.with_suffix("")
    ends = {"pdf": ".pdf", "xlsx": ".xlsx", "pptx": ".pptx", "summary_pdf": "-summary.pdf"}
    return {kind: base.with_name(base.name + ends[kind]) for kind in kinds}


def labels() -> dict[str, str]:
    return {"pdf": translate("ExportDialog", "PDF report"), "xlsx": translate("ExportDialog", "Excel workbook"),
            "pptx": translate("ExportDialog", "PowerPoint deck"),
            "summary_pdf": translate("ExportDialog", "Two-page leave-behind (PDF)")}


class ExportDialog(QDialog):
    """Check boxes for the four outputs (objectNames ``export_<kind>``), the file name and the template."""

    def __init__(self, base: str, chosen: list[str], template: str = "", dialogs=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.dialogs = dialogs
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("ExportDialog", "Write these files:")))
        self.boxes: dict[str, QCheckBox] = {}
        for kind, label in labels().items():
            box = QCheckBox(label)
            box.setObjectName(f"export_{kind}")
            box.setChecked(kind in chosen)
            box.toggled.connect(self._update)
            self.boxes[kind] = box
            layout.addWidget(box)
        name = Path(template).name if template else translate("ExportDialog", "built-in")
        self.template_note = QLabel(translate("ExportDialog", "Deck template: %1 (File ▸ Settings)").replace("%1", name))
        self.template_note.setObjectName("export_template_note")
        layout.addWidget(self.template_note)
        self.base = QLineEdit(base)
        self.base.setObjectName("export_base")
        self.base.textChanged.connect(self._update)
        layout.addLayout(file_row(self.base, translate("ExportDialog", "Choose…"), self._browse,
                                  translate("ExportDialog", "File name")))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(translate("ExportDialog", "Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def chosen(self) -> list[str]:
        return [kind for kind, box in self.boxes.items() if box.isChecked()]

    def _update(self) -> None:
        if not hasattr(self, "buttons"):  # a box toggled while the dialog is being built
            return
        ok = bool(self.chosen()) and bool(self.base.text().strip())
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ok)

    def _browse(self) -> None:
        if self.dialogs is None:
            return
        path = self.dialogs.save_file(self.base.text(), translate("ExportDialog", "All files") + " (*)",
                                      translate("ExportDialog", "Export"))
        if path:
            self.base.setText(str(output_paths(path, ["pdf"])["pdf"].with_suffix("")))
