"""Documents: open/save round trip, unsaved-changes prompt, broken files, recent files, drag and drop,
and the autosave recovery after a crash."""

from __future__ import annotations

import json
import shutil

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from gui_support import EN_SAMPLE, PL_SAMPLE, gui  # noqa: F401
from roi_desktop.gui.widgets.number_edit import NumberEdit
from roi_desktop.projectfile import dumps_project, load_project


def churn_edit(window):
    return window.client_panel.findChild(NumberEdit, "annual_churn_rate")


def edit_churn(qtbot, window, text="21"):
    edit = churn_edit(window)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_save_and_reopen_gives_the_same_project(gui, qtbot, tmp_path):
    window, dialogs = gui(PL_SAMPLE)
    edit_churn(qtbot, window, "21")
    qtbot.mouseClick(window.scenario_panel.buttons["add_cut"], Qt.LeftButton)
    target = tmp_path / "telkom kopia ąę.roi"
    dialogs.save_path = str(target)
    assert window.documents.save_as()
    assert not window.isWindowModified() and window.presenter.file_path == target
    assert "telkom kopia ąę.roi" in window.windowTitle()
    saved = load_project(target)
    assert saved.client.annual_churn_rate == 0.21
    assert saved.scenarios == window.presenter.project.scenarios
    assert dumps_project(saved) == dumps_project(window.presenter.project)
    other, d2 = gui()
    d2.open_path = str(target)
    assert other.documents.open()
    assert dumps_project(other.presenter.project) == dumps_project(saved)
    assert str(target.resolve()) == other.settings.recent_files[0]


def test_title_shows_client_and_unsaved_mark(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    assert window.windowTitle().startswith("Telkom Północ Sp. z o.o. — telkom-polnoc-pl.roi[*]")
    assert not window.isWindowModified()
    edit_churn(qtbot, window)
    assert window.isWindowModified()


def test_closing_with_unsaved_changes_asks_first(gui, qtbot, tmp_path):
    window, dialogs = gui(PL_SAMPLE)
    window.show()
    edit_churn(qtbot, window)
    dialogs.save_changes = "cancel"
    assert not window.close()
    assert window.isVisible() and dialogs.asked("ask_save_changes")
    dialogs.save_changes = "save"
    dialogs.save_path = str(tmp_path / "saved.roi")
    window.presenter.file_path = None
    assert window.close()
    assert load_project(tmp_path / "saved.roi").client.annual_churn_rate == 0.21


def test_discarding_changes_closes_without_saving(gui, qtbot, tmp_path):
    copy = tmp_path / "p.roi"
    shutil.copy(PL_SAMPLE, copy)
    window, dialogs = gui(copy)
    window.show()
    edit_churn(qtbot, window)
    dialogs.save_changes = "discard"
    assert window.close()
    assert copy.read_bytes() == PL_SAMPLE.read_bytes()


def test_new_and_open_ask_before_replacing_unsaved_work(gui, qtbot):
    window, dialogs = gui(PL_SAMPLE)
    edit_churn(qtbot, window)
    dialogs.save_changes = "cancel"
    assert not window.documents.new()
    assert window.presenter.client_name == "Telkom Północ Sp. z o.o."
    dialogs.save_changes = "discard"
    assert window.documents.new()
    assert window.presenter.file_path is None and not window.presenter.scenario_count()


def test_a_broken_or_newer_file_gives_a_dialog_and_changes_nothing(gui, tmp_path):
    window, dialogs = gui(PL_SAMPLE)
    before = dumps_project(window.presenter.project)
    broken = tmp_path / "broken.roi"
    broken.write_text("{ not json", encoding="utf-8")
    newer = tmp_path / "newer.roi"
    data = json.loads(PL_SAMPLE.read_text("utf-8"))
    data["schema_version"] = 99
    newer.write_text(json.dumps(data), encoding="utf-8")
    for path, words in ((broken, "not valid JSON"), (newer, "newer roi-desktop")):
        assert not window.documents.open_path(path)
        title, message, details = dialogs.asked("error")[-1][1:]
        assert str(path) in message and words in details
        assert dumps_project(window.presenter.project) == before
        assert window.presenter.file_path == PL_SAMPLE


def test_a_write_error_offers_retry_and_save_as(gui, monkeypatch, tmp_path):
    from roi_desktop.atomic import FileWriteError
    from roi_desktop.gui.files import documents
    window, dialogs = gui(PL_SAMPLE)
    real, attempts = documents.save_project, []

    def busy_then_fine(project, path):
        attempts.append(path)
        if len(attempts) <= 2:  # the first target stays locked, as when Excel holds a file open
            raise FileWriteError(path, "the file is open in another program (close it and try again)")
        return real(project, path)

    monkeypatch.setattr(documents, "save_project", busy_then_fine)
    locked, elsewhere = tmp_path / "locked.roi", tmp_path / "elsewhere.roi"
    dialogs.save_path = [str(locked), str(elsewhere)]
    dialogs.retry_answers = ["retry", "save_as"]
    assert window.documents.save_as()
    assert attempts == [locked, locked, elsewhere]
    assert "open in another program" in dialogs.asked("retry_or_save_as")[0][1]
    assert window.presenter.file_path == elsewhere and load_project(elsewhere)
    assert not locked.exists()


def test_cannot_save_an_invalid_project(gui, qtbot, tmp_path):
    window, dialogs = gui(PL_SAMPLE)
    edit_churn(qtbot, window, "150")
    dialogs.save_path = str(tmp_path / "x.roi")
    assert not window.documents.save_as()
    assert "Churn per year" in dialogs.asked("error")[-1][3]
    assert not (tmp_path / "x.roi").exists()


def test_dropping_a_roi_file_opens_it(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(EN_SAMPLE))])
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.dropEvent(event)
    assert window.presenter.client_name == "Northwind Energy Retail Ltd"


def test_autosave_writes_a_recovery_copy_that_the_next_start_offers(gui, qtbot, tmp_path):
    recovery = tmp_path / "rec"
    window, _ = gui(PL_SAMPLE, recovery_dir=recovery)
    assert not window.documents.autosave_timer.isActive()
    edit_churn(qtbot, window, "23")
    assert window.documents.autosave_timer.isActive()  # every minute while unsaved
    assert window.documents.autosave_timer.interval() == 60_000
    window.documents.autosave_timer.timeout.emit()
    assert len(list(recovery.glob("*/unsaved.roi"))) == 1
    # a second app running at the same time is not offered the first one's copy
    other, other_dialogs = gui(recovery_dir=recovery)
    assert not other.documents.offer_recovery() and not other_dialogs.asked("ask_restore")
    assert len(list(recovery.glob("*/unsaved.roi"))) == 1
    # the app "crashes": its lock goes without a clean close; the next start offers the copy
    window.documents.autosave_timer.stop()
    window.documents.recovery.release()
    second, dialogs = gui(recovery_dir=recovery)
    dialogs.restore = True
    assert second.documents.offer_recovery()
    assert dialogs.asked("ask_restore")
    assert second.presenter.project.client.annual_churn_rate == 0.23
    assert second.presenter.dirty and second.presenter.file_path == PL_SAMPLE
    # a clean save removes the copy
    assert len(list(recovery.glob("*/unsaved.roi"))) == 1  # the orphan is gone, the restored work has a copy
    second.presenter.file_path = tmp_path / "restored.roi"
    assert second.documents.save()
    assert not list(recovery.glob("*/unsaved.roi"))


def test_declining_recovery_removes_the_copy(gui, qtbot, tmp_path):
    recovery = tmp_path / "rec"
    window, _ = gui(PL_SAMPLE, recovery_dir=recovery)
    edit_churn(qtbot, window, "23")
    window.documents.autosave()
    window.documents.recovery.release()  # as after a crash
    third, dialogs = gui(recovery_dir=recovery)
    dialogs.restore = False
    assert not third.documents.offer_recovery()
    assert not list(recovery.glob("*/unsaved.roi"))
    assert not third.documents.offer_recovery() and len(dialogs.asked("ask_restore")) == 1


def test_recent_files_menu_lists_opened_projects(gui, qtbot):
    window, _ = gui()
    assert window.documents.open_path(EN_SAMPLE)
    assert window.documents.open_path(PL_SAMPLE)
    window._fill_recent()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts[:2] == ["telkom-polnoc-pl.roi", "northwind-energy-en.roi"]


def test_report_settings_are_part_of_the_project(gui, qtbot, tmp_path):
    from PySide6.QtWidgets import QComboBox, QLineEdit
    window, dialogs = gui(PL_SAMPLE)
    panel = window.client_panel
    language = panel.findChild(QComboBox, "language")
    assert language.currentData() == "pl"
    language.setCurrentIndex(language.findData("en"))
    title = panel.findChild(QLineEdit, "title")
    title.setFocus()
    title.selectAll()
    title.insert("Obsługa: koszt czy inwestycja? — wersja 2")
    dialogs.save_path = str(tmp_path / "r.roi")
    assert window.documents.save_as()
    saved = load_project(tmp_path / "r.roi")
    assert saved.report.language == "en" and saved.report.title == "Obsługa: koszt czy inwestycja? — wersja 2"


def test_a_missing_recent_file_leaves_the_list(gui, tmp_path):
    window, dialogs = gui()
    gone = tmp_path / "gone.roi"
    window.settings.add_recent(gone)
    assert not window.documents.open_path(gone)
    assert str(gone.resolve()) not in window.settings.recent_files and dialogs.asked("error")


def test_an_unexpected_error_in_a_slot_is_logged_and_shown(gui, monkeypatch, tmp_path):
    import sys
    from roi_desktop.gui.app import install_excepthook
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window, dialogs = gui(PL_SAMPLE)
    install_excepthook(window)
    try:
        raise KeyError("surprise")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    title, message, details = dialogs.asked("error")[-1][1:]
    assert "KeyError" in message and details.startswith("Details are in ")
    log = details.removeprefix("Details are in ").removesuffix(".")  # the log file the dialog names
    assert "KeyError: 'surprise'" in open(log, encoding="utf-8").read()
