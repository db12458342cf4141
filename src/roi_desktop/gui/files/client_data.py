"""The menu entries for client data: File > Import client data… and File > Industry benchmarks…, and
what dropping a CSV or Excel file on the window does. The dialogs (and pandas) load only when used."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

DATA_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm")


def is_data_file(path: str) -> bool:
    return path.lower().endswith(DATA_SUFFIXES)


class ClientData(QObject):
    def __init__(self, window, documents):
        super().__init__(window)
        self.window = window
        self.documents = documents

    @property
    def presenter(self):
        return self.window.presenter

    def choose_and_import(self) -> None:
        chooser = getattr(self.window.dialogs, "open_data_file", None)
        if chooser is not None:
            path = chooser()
        else:
            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Import client data"), "",
                self.tr("Tables") + " (*.csv *.txt *.tsv *.xlsx *.xlsm);;" + self.tr("All files") + " (*)")
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path):
        """Open the import dialog for ``path``; returns the dialog (shown modally unless testing)."""
        from roi_desktop.gui.files.import_dialog import ImportDialog
        dialog = ImportDialog(self.presenter, path, self.window)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def benchmarks(self):
        from roi_desktop.gui.files.benchmark_dialog import BenchmarkDialog
        dialog = BenchmarkDialog(self.presenter, self.window)
        self.last_dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._benchmark_done(d))
        dialog.open()
        return dialog

    def _benchmark_done(self, dialog) -> None:
        if not dialog.start_new or not self.documents.new():
            return
        from roi_desktop.gui.files.benchmark_dialog import benchmark_changes
        chosen = [v for _box, v in dialog.boxes]
        if chosen:
            self.presenter.apply_changes(
                benchmark_changes(self.presenter.snapshot(), dialog.benchmark, chosen, self.presenter.lang),
                self.tr("New project from a benchmark"))
