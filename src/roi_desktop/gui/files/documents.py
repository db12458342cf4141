"""New, Open, Save, Save As, recent files and autosave recovery for the main window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from roi_desktop.atomic import FileWriteError
from roi_desktop.projectfile import ProjectFileError, load_project, save_project
from roi_desktop.save_lock import remove_leftovers
from roi_desktop.gui.presenter import Presenter, blank_project
from roi_desktop.gui.files.file_names import suggested_file_name
from roi_desktop.gui.texts.problem_text import problem_lines
from roi_desktop.gui.files.recovery import Recovery
from roi_desktop.gui.files.settings_store import AppSettings

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
log = logging.getLogger(__name__)

AUTOSAVE_MS = 60_000


class Documents(QObject):
    def __init__(self, presenter: Presenter, dialogs, settings: AppSettings, recovery: Recovery, parent=None):
        super().__init__(parent)
        self.presenter, self.dialogs, self.settings, self.recovery = presenter, dialogs, settings, recovery
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        presenter.dirtyChanged.connect(self._dirty_changed)

    def document_name(self) -> str:
        p = self.presenter
        return p.file_path.name if p.file_path else (p.client_name or translate("Documents", "Untitled"))

    # ---- autosave ----------------------------------------------------------------------------
    def _dirty_changed(self, dirty: bool) -> None:
        if dirty:
            if not self.autosave_timer.isActive():
                self.autosave_timer.start()
        else:
            self.autosave_timer.stop()

    def autosave(self) -> bool:
        """Write the recovery copy (the last valid state of the draft). False when nothing was written."""
        p = self.presenter
        if not p.dirty or p.project is None:
            return False
        try:
            self.recovery.save(p.project, p.file_path)
        except FileWriteError:
            return False  # autosave is best effort; the user's own saves report errors
        return True

    def offer_recovery(self) -> bool:
        """At start: if a recovery copy is left from a crash, offer it. True when restored."""
        if not self.recovery.exists():
            return False
        restored = False
        if self.dialogs.ask_restore(self.recovery.saved_at()):
            loaded = self.recovery.load()
            if loaded is None:
                self.dialogs.error(translate("Documents", "Could not restore"),
                                   translate("Documents", "The recovery copy is damaged and was removed."))
            else:
                project, original = loaded
                self.presenter.load(project, original, dirty=True)
                self.autosave()  # the restored work is this app's now: keep a copy of our own at once
                restored = True
        self.recovery.clear_orphans()
        return restored

    # ---- documents ---------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Before the current work is replaced or closed: True when it is safe to go on."""
        if not self.presenter.dirty:
            return True
        answer = self.dialogs.ask_save_changes(self.document_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.presenter.load(blank_project(currency=self.settings.default_currency,
                                          language=self.settings.report_language, consultant=self.settings.consultant))
        self.recovery.clear()
        return True

    def open(self) -> bool:
        if not self.maybe_save():
            return False
        folder = str(self.presenter.file_path.parent) if self.presenter.file_path else ""
        path = self.dialogs.open_file(folder)
        return self.open_path(path, ask=False) if path else False

    def open_path(self, path: str | Path, *, ask: bool = True) -> bool:
        """Open ``path``; a broken or newer file gives a dialog and changes nothing."""
        if ask and not self.maybe_save():
            return False
        try:
            project = load_project(path)
        except ProjectFileError as error:
            if not Path(path).exists():
                self.settings.remove_recent(str(path))
            details = "\n".join(str(p) for p in error.problems)
            log.warning("could not open %s: %s", path, "; ".join(str(p) for p in error.problems))
            self.dialogs.error(translate("Documents", "Could not open the project"),
                               translate("Documents", "%1 cannot be opened:").replace("%1", str(path)), details)
            return False
        self.presenter.load(project, path)
        remove_leftovers(path)  # of a save this app was killed in, unless another instance is saving
        self.settings.add_recent(path)
        self.recovery.clear()
        return True

    def save(self) -> bool:
        if self.presenter.file_path is None:
            return self.save_as()
        return self._write(self.presenter.file_path)

    def save_as(self) -> bool:
        p = self.presenter
        suggested = str(p.file_path) if p.file_path else suggested_file_name(p.client_name or "", "roi", "project")
        path = self.dialogs.save_file(suggested)
        if not path:
            return False
        if not path.lower().endswith(".roi"):
            path += ".roi"
        return self._write(Path(path))

    def _write(self, path: Path) -> bool:
        p = self.presenter
        if p.problems or p.project is None:
            self.dialogs.error(translate("Documents", "Cannot save yet"),
                               translate("Documents", "Correct these fields first:"),
                               "\n".join(problem_lines(p, p.problems)))
            return False
        while True:
            try:
                save_project(p.project, path)
            except FileWriteError as error:
                answer = self.dialogs.retry_or_save_as(str(error))
                if answer == "retry":
                    continue
                if answer == "save_as":
                    return self.save_as()
                return False
            p.mark_saved(path)
            self.settings.add_recent(path)
            self.recovery.clear()
            return True
