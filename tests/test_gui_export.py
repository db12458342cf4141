"""Export from the File menu: runs in the background with progress; a write error offers Retry and
Save As; the menu items are always there (the writers ship with every build)."""

from __future__ import annotations

import pytest

from gui_support import PL_SAMPLE, gui  # noqa: F401
from roi_desktop.atomic import FileWriteError
from roi_desktop.gui.files import exporter


def test_menu_items_are_always_enabled(gui):
    window, _ = gui(PL_SAMPLE)
    assert window.actions["export_pdf"].isEnabled() and window.actions["export_xlsx"].isEnabled()


@pytest.fixture
def fake_writer(monkeypatch):
    """Stands in for reports.export.export: writes the requested file, reports progress, and fails
    with FileWriteError while ``locked`` holds paths."""
    calls, locked = [], set()

    def run(request, progress=None):
        target = request.pdf or request.xlsx
        calls.append(request)
        progress(0.5, "pdf")
        if target in locked:
            raise FileWriteError(target, "the file is open in another program (close it and try again)")
        target.write_bytes(b"%PDF-1.4 fake")
        return [target]

    monkeypatch.setattr(exporter, "run_export", run)
    return calls, locked


def test_export_runs_in_the_background_with_progress(gui, qtbot, tmp_path, fake_writer):
    calls, _ = fake_writer
    window, dialogs = gui(PL_SAMPLE)
    window.settings.company = "Doradztwo Żółć"
    dialogs.save_path = str(tmp_path / "raport")
    progress = []
    window.exporter.progress.connect(lambda f, what: progress.append(f))
    with qtbot.waitSignal(window.exporter.done, timeout=5000) as done:
        assert window.exporter.export("pdf")
    assert done.args[0] == [tmp_path / "raport.pdf"]
    assert (tmp_path / "raport.pdf").exists()
    request = calls[0]
    assert request.project == window.presenter.project and request.branding.company == "Doradztwo Żółć"
    assert request.xlsx is None
    assert progress == [0.5]
    assert window.progress.isHidden()
    assert "raport.pdf" in window.statusBar().currentMessage()


def test_a_locked_file_offers_retry_then_save_as(gui, qtbot, tmp_path, fake_writer):
    calls, locked = fake_writer
    window, dialogs = gui(PL_SAMPLE)
    first, second = tmp_path / "open-in-excel.xlsx", tmp_path / "copy.xlsx"
    locked.add(first)
    dialogs.save_path = [str(first), str(second)]
    dialogs.retry_answers = ["retry", "save_as"]
    with qtbot.waitSignal(window.exporter.done, timeout=5000):
        window.exporter.export("xlsx")
    assert [c.xlsx for c in calls] == [first, first, second]
    assert len(dialogs.asked("retry_or_save_as")) == 2
    assert "open in another program" in dialogs.asked("retry_or_save_as")[0][1]
    assert second.exists() and not first.exists()


def test_unexpected_export_failure_is_reported(gui, qtbot, tmp_path, monkeypatch):
    def broken(request, progress=None):
        raise ValueError("font missing")

    monkeypatch.setattr(exporter, "run_export", broken)
    window, dialogs = gui(PL_SAMPLE)
    with qtbot.waitSignal(window.exporter.stopped, timeout=5000):
        window.exporter.export("pdf", str(tmp_path / "r.pdf"))
    title, message, _ = dialogs.asked("error")[-1][1:]
    assert "font missing" in message


def test_latest_background_request_wins(qtbot):
    from roi_desktop.gui.support.background import Background
    import threading
    background = Background()
    gate = threading.Event()
    results = []
    background.finished.connect(lambda kind, value: results.append(value))

    def slow(value):
        gate.wait(5)
        return value

    background.submit("risk", slow, "old")
    with qtbot.waitSignal(background.finished, timeout=5000):
        background.submit("risk", lambda: "new")
    gate.set()
    background.pool.waitForDone(5000)
    from PySide6.QtCore import QCoreApplication
    QCoreApplication.processEvents()  # deliver the old job's queued result, which must be dropped
    assert results == ["new"]


@pytest.mark.slow  # a full PDF and workbook
def test_real_export_writes_the_pdf_and_the_workbook(gui, qtbot, tmp_path):
    """With the report writers installed: File > Export writes a PDF and an .xlsx from the project
    being edited (its unsaved edits included), in its report language, with the consultant's branding."""
    import zipfile
    from pypdf import PdfReader
    window, dialogs = gui(PL_SAMPLE)
    assert window.actions["export_pdf"].isEnabled() and window.actions["export_xlsx"].isEnabled()
    window.settings.company = "Doradztwo Żółć"
    window.presenter.set_value("client.name", "Klient Łódź")  # an unsaved edit
    dialogs.save_path = [str(tmp_path / "raport"), str(tmp_path / "model")]
    with qtbot.waitSignal(window.exporter.done, timeout=60000):
        window.actions["export_pdf"].trigger()
    with qtbot.waitSignal(window.exporter.done, timeout=60000):
        window.actions["export_xlsx"].trigger()
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "raport.pdf").pages)
    assert "Klient Łódź" in text
    with zipfile.ZipFile(tmp_path / "model.xlsx") as book:
        assert "xl/workbook.xml" in book.namelist()
    assert not dialogs.asked("error")
