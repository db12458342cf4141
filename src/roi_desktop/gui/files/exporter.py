"""File > Export: the PDF report, the Excel workbook, the PowerPoint deck and the two-page leave-behind,
written in the background with progress; write errors offer Retry and Save As; a template that cannot
be used says why. Disabled with a reason when the writers are not installed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from roi_desktop.atomic import FileWriteError
from roi_desktop.gui.support.background import Background
from roi_desktop.gui.files.file_names import suggested_file_name
from roi_desktop.gui.files.settings_store import AppSettings

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "pptx": "PowerPoint (*.pptx)",
           "summary_pdf": "PDF (*.pdf)"}
SUFFIXES = {"pdf": "pdf", "xlsx": "xlsx", "pptx": "pptx", "summary_pdf": "pdf"}


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

    def _ready(self) -> bool:
        p = self.presenter
        if p.problems or p.project is None:
            self.dialogs.error(translate("Exporter", "Cannot export yet"),
                               translate("Exporter", "Correct the marked fields first."))
            return False
        return True

    def _base(self) -> Path:
        p = self.presenter
        if p.file_path:
            return p.file_path.with_suffix("")
        return Path(suggested_file_name(p.client_name or "", "roi", "report").removesuffix(".roi"))

    def export(self, kind: str, path: str | None = None) -> bool:
        """One file of ``kind`` (pdf, xlsx, pptx, summary_pdf): ask where (unless ``path`` is given) and
        start writing. False when nothing was started."""
        if not self._ready():
            return False
        suffix = SUFFIXES[kind]
        if path is None:
            base = self._base()
            suggested = base.with_name(base.name + ("-summary" if kind == "summary_pdf" else "") + f".{suffix}")
            path = self.dialogs.save_file(str(suggested), FILTERS[kind], translate("Exporter", "Export"))
            if not path:
                return False
        if not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        self._start([kind], {kind: Path(path)})
        return True

    def export_chosen(self) -> bool:
        """File > Export…: the dialog chooses any of the four files and their name. False when cancelled."""
        if not self._ready():
            return False
        from roi_desktop.gui.files.export_dialog import output_paths
        answer = self.dialogs.choose_exports(str(self._base()), self.settings.export_kinds,
                                             self.settings.deck_template)
        if not answer:
            return False
        kinds, base = answer
        if not kinds or not base:
            return False
        self.settings.export_kinds = kinds
        self._start(kinds, output_paths(base, kinds))
        return True

    def _start(self, kinds: list[str], paths: dict[str, Path]) -> None:
        from roi_desktop.reports.branding import Branding
        from roi_desktop.reports.export import ExportRequest
        s = self.settings
        logo = Path(s.logo_path) if s.logo_path else None
        branding = Branding(company=s.company, logo_path=logo if logo and logo.is_file() else None,
                            consultant=s.consultant, contact=s.contact)
        template = Path(s.deck_template) if s.deck_template and "pptx" in kinds else None
        self._kind = kinds[0] if len(kinds) == 1 else "all"
        self._kinds = kinds
        self._request = ExportRequest(self.presenter.project, branding=branding, template=template,
                                      **{kind: paths[kind] for kind in kinds})
        self._submit()

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
                if self._kind == "all":
                    self.export_chosen()
                else:
                    self.export(self._kind)
            return
        from roi_desktop.reports.deck.template import TemplateError
        if isinstance(error, TemplateError):
            self.dialogs.error(translate("Exporter", "The PowerPoint template cannot be used"),
                               str(error) + "\n" + translate("Exporter", "Choose another one in File ▸ Settings, "
                                                                         "or clear it to use the built-in template."))
            return
        details = getattr(error, "__traceback_text__", "")
        from roi_desktop.reports.export_errors import failure_reason
        self.dialogs.error(translate("Exporter", "Export failed"), failure_reason(error, self.settings.ui_language),
                           details)
