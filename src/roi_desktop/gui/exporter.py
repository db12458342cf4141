"""File > Export: the PDF report and the Excel workbook, written in the background with progress;
write errors offer Retry and Save As. Disabled with a reason when the writers are not installed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from roi_desktop.atomic import FileWriteError
from .background import Background
from .file_names import suggested_file_name
from .settings_store import AppSettings

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}


def run_export(request, progress=None):
    from roi_desktop.reports.export import export
    return export(request, progress=progress)


class Exporter(QObject):
    started = Signal(str)
    progress = Signal(float, str)
    done = Signal(object)  # list of written paths
    stopped = Signal()

    def __init__(self, presenter, dialogs, settings: AppSettings, background: Background, parent=None):
        super().__init__(parent)
        self.presenter, self.dialogs, self.settings, self.background = presenter, dialogs, settings, background
        self._request = None
        self._kind = ""
        background.finished.connect(self._finished)
        background.failed.connect(self._failed)
        background.progress.connect(lambda kind, f, what: kind == "export" and self.progress.emit(f, what))

    def export(self, kind: str, path: str | None = None) -> bool:
        """Ask where (unless ``path`` is given) and start writing. False when nothing was started."""
        p = self.presenter
        if p.problems or p.project is None:
            self.dialogs.error(translate("Exporter", "Cannot export yet"),
                               translate("Exporter", "Correct the marked fields first."))
            return False
        if path is None:
            base = p.file_path.with_suffix(f".{kind}") if p.file_path else \
                Path(suggested_file_name(p.client_name or "", kind, "report"))
            path = self.dialogs.save_file(str(base), FILTERS[kind], translate("Exporter", "Export"))
            if not path:
                return False
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        from roi_desktop.reports.branding import Branding
        from roi_desktop.reports.export import ExportRequest
        logo = Path(self.settings.logo_path) if self.settings.logo_path else None
        branding = Branding(company=self.settings.company, logo_path=logo if logo and logo.is_file() else None)
        self._kind = kind
        self._request = ExportRequest(p.project, **{kind: Path(path)}, branding=branding)
        self._submit()
        return True

    def _submit(self) -> None:
        self.started.emit(self._kind)
        self.background.submit("export", run_export, self._request, with_progress=True)

    def _finished(self, kind: str, written) -> None:
        if kind == "export":
            self.stopped.emit()
            self.done.emit(written)

    def _failed(self, kind: str, error) -> None:
        if kind != "export":
            return
        self.stopped.emit()
        if isinstance(error, FileWriteError):
            answer = self.dialogs.retry_or_save_as(str(error))
            if answer == "retry":
                self._submit()
            elif answer == "save_as":
                self.export(self._kind)
            return
        details = getattr(error, "__traceback_text__", "")
        from roi_desktop.reports.export_errors import failure_reason
        self.dialogs.error(translate("Exporter", "Export failed"), failure_reason(error, self.settings.ui_language),
                           details)
