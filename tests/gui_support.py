"""Shared helpers for the GUI tests: a scripted dialog service and a window factory with settings,
recovery folder and dialogs isolated per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
PL_SAMPLE = SAMPLES / "telkom-polnoc-pl.roi"
EN_SAMPLE = SAMPLES / "northwind-energy-en.roi"


class FakeDialogs:
    """Answers every question from a script and records what was asked; never shows a window."""

    def __init__(self):
        self.calls: list[tuple] = []
        self.save_changes = "cancel"
        self.open_path: str | None = None
        self.save_path: str | None = None
        self.restore = True
        self.keep_meeting_changes = True
        self.retry_answers: list[str] = []
        self.settings_edit = None  # callable(settings) -> bool

    def ask_save_changes(self, document):
        self.calls.append(("ask_save_changes", document))
        return self.save_changes

    def open_file(self, folder=""):
        self.calls.append(("open_file", folder))
        return self.open_path

    def save_file(self, suggested, file_filter="", title=""):
        self.calls.append(("save_file", suggested))
        if isinstance(self.save_path, list):
            return self.save_path.pop(0)
        return self.save_path

    def open_image(self, folder=""):
        self.calls.append(("open_image", folder))
        return None

    def error(self, title, message, details=""):
        self.calls.append(("error", title, message, details))

    def info(self, title, message):
        self.calls.append(("info", title, message))

    def ask_restore(self, saved_at):
        self.calls.append(("ask_restore", saved_at))
        return self.restore

    def ask_keep_meeting_changes(self):
        self.calls.append(("ask_keep_meeting_changes",))
        return self.keep_meeting_changes

    def retry_or_save_as(self, message):
        self.calls.append(("retry_or_save_as", message))
        return self.retry_answers.pop(0) if self.retry_answers else "cancel"

    def edit_settings(self, settings):
        self.calls.append(("edit_settings",))
        return self.settings_edit(settings) if self.settings_edit else False

    def asked(self, name):
        return [c for c in self.calls if c[0] == name]


def make_settings(tmp_path: Path):
    from roi_desktop.gui.files.settings_store import AppSettings
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))


@pytest.fixture
def gui(qtbot, tmp_path):
    """A factory: gui(project_path=None, lang="en") -> (window, dialogs). Settings, recovery folder
    and dialogs are private to the test; the UI language is installed for the window."""
    from roi_desktop.gui.texts import i18n
    from roi_desktop.gui.main_window import MainWindow
    from roi_desktop.gui.presenter import Presenter
    from roi_desktop.gui.files.recovery import Recovery
    from roi_desktop.projectfile import load_project

    made = []

    def factory(project_path=None, lang="en", recovery_dir=None, dialogs=None, settings=None):
        i18n.install_language(lang)
        settings = settings or make_settings(tmp_path)
        settings.ui_language = lang
        dialogs = dialogs or FakeDialogs()
        presenter = Presenter(lang=lang)
        window = MainWindow(presenter, dialogs=dialogs, settings=settings,
                            recovery=Recovery(recovery_dir or tmp_path / "recovery"))
        if project_path:
            presenter.load(load_project(project_path), project_path)
        qtbot.addWidget(window)
        made.append(window)
        return window, dialogs

    yield factory
    for window in made:
        window.presenter.set_dirty(False)  # no unsaved-changes prompt while the window closes
        window.close()
    if any(w.settings.ui_language != "en" for w in made):
        for window in made:
            window.deleteLater()
        i18n.install_language("en")
