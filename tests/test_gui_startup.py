"""Starting the app the way the CLI does: run_app(project) opens the window on the project, or offers
the work an earlier crashed session left behind."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from gui_support import EN_SAMPLE, PL_SAMPLE, FakeDialogs
from roi_desktop.gui import app as app_module
from roi_desktop.gui.files import recovery as recovery_module
from roi_desktop.projectfile import load_project


def start(monkeypatch, tmp_path, project, answer_restore=True):
    """Run run_app with the event loop replaced by a check; returns the window it built."""
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    QSettings.setDefaultFormat(QSettings.IniFormat)
    monkeypatch.setattr(recovery_module, "default_recovery_dir", lambda: tmp_path / "recovery")
    built = []
    real_create = app_module.create_window

    def create(*args, **kwargs):
        window, error = real_create(*args, **kwargs)
        window.dialogs = window.documents.dialogs = FakeDialogs()
        window.dialogs.restore = answer_restore
        built.append(window)
        return window, error

    monkeypatch.setattr(app_module, "create_window", create)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(app_module.sys, "excepthook", app_module.sys.excepthook)
    try:
        assert app_module.run_app(str(project) if project else None) == 0
    finally:
        QSettings.setDefaultFormat(QSettings.NativeFormat)
    window = built[0]
    window.presenter.set_dirty(False)
    return window


def test_run_app_opens_the_project_from_the_command_line(qapp, monkeypatch, tmp_path):
    window = start(monkeypatch, tmp_path, PL_SAMPLE)
    assert window.isVisible()
    assert window.presenter.file_path == PL_SAMPLE
    assert window.presenter.project == load_project(PL_SAMPLE)
    assert window.results_panel.card_widgets[0].npv.text()
    window.close()


def test_run_app_offers_the_copy_a_crashed_session_left(qapp, monkeypatch, tmp_path):
    from roi_desktop.gui.files.recovery import Recovery
    crashed = Recovery(tmp_path / "recovery")
    crashed.save(load_project(EN_SAMPLE), EN_SAMPLE)
    crashed.release()  # its app is gone
    window = start(monkeypatch, tmp_path, PL_SAMPLE, answer_restore=True)
    assert window.dialogs.asked("ask_restore")
    assert window.presenter.client_name == "Northwind Energy Retail Ltd"  # the restored work, not the file
    window.close()


def test_a_file_open_event_opens_the_project(qtbot, tmp_path):
    """macOS delivers a double-clicked .roi as QEvent.FileOpen; the filter hands it to open_path."""
    from PySide6.QtCore import QCoreApplication, QObject
    from PySide6.QtGui import QFileOpenEvent

    from roi_desktop.gui.app import file_open_filter

    opened = []
    target = QObject()
    target.installEventFilter(keep := file_open_filter(opened.append))
    QCoreApplication.sendEvent(target, QFileOpenEvent(str(tmp_path / "Projekt łódzki.roi")))
    assert opened == [str(tmp_path / "Projekt łódzki.roi")] and keep is not None


def test_run_app_with_a_broken_project_says_why_and_opens_a_new_one(qapp, monkeypatch, tmp_path):
    broken = tmp_path / "zepsuty projekt.roi"
    broken.write_text('{"schema_version": 3, "client": ', encoding="utf-8")
    window = start(monkeypatch, tmp_path, broken)
    errors = window.dialogs.asked("error")
    assert len(errors) == 1 and errors[0][1] == "Could not open the project" and "zepsuty projekt.roi" in errors[0][2]
    assert window.presenter.file_path is None and window.presenter.result is not None  # a new project, working
    window.close()
