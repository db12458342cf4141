"""Temporary files left by an interrupted save are removed on the next save or open, and only ours, and
never while another instance holds the file's lock; a lone surrogate typed or pasted never enters a project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile

from gui_support import EN_SAMPLE, gui  # noqa: F401
from roi_desktop.atomic import write_bytes_atomically
from roi_desktop.save_lock import file_lock, lock_path, remove_leftovers


def leftovers(folder, name):
    """Two temporary files as an app killed mid-save leaves them (mkstemp's own names), and look-alikes
    that are not ours."""
    ours = [tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)[1] for _ in range(2)]
    for fd_name in ours:
        with open(fd_name, "w") as f:
            f.write("{half a proj")
    theirs = [folder / f".{name}.backup.tmp", folder / f"{name}.abcdefgh.tmp", folder / ".other.roi.abcdefgh.tmp",
              folder / f".{name}.abcdefgh.tmp.keep"]
    for path in theirs:
        path.write_text("not ours")
    return [os.path.basename(p) for p in ours], theirs


def test_a_save_removes_the_leftovers_of_an_interrupted_one_and_only_those(tmp_path):
    target = tmp_path / "Acme ąę.roi"
    ours, theirs = leftovers(tmp_path, target.name)
    write_bytes_atomically(target, b"{}")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([target.name] + [p.name for p in theirs])
    assert not set(ours) & set(names) and not lock_path(target).exists()


def test_nothing_is_removed_while_another_process_holds_the_lock(tmp_path):
    target = tmp_path / "Acme.roi"
    ours, _ = leftovers(tmp_path, target.name)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, pathlib; from roi_desktop.save_lock import file_lock\n"
        f"with file_lock(pathlib.Path({str(target)!r})) as held:\n"
        "    print(held, flush=True); sys.stdin.readline()\n")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    try:
        assert holder.stdout.readline().strip() == "True"
        assert remove_leftovers(target) == []
        assert set(ours) <= {p.name for p in tmp_path.iterdir()}
    finally:
        holder.communicate("\n", timeout=30)
    assert sorted(p.name for p in remove_leftovers(target)) == sorted(ours)


def test_the_lock_is_one_holder_at_a_time_within_a_process_too(tmp_path):
    target = tmp_path / "a.roi"
    with file_lock(target) as first:
        with file_lock(target, wait=0) as second:
            assert first and not second
    with file_lock(target, wait=0) as again:
        assert again


def test_opening_a_project_in_the_app_removes_its_leftovers(gui, tmp_path):
    target = tmp_path / "northwind.roi"
    shutil.copy(EN_SAMPLE, target)
    ours, theirs = leftovers(tmp_path, target.name)
    window, _ = gui()
    assert window.documents.open_path(target)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name in ours) == []
    assert all(p.exists() for p in theirs)


def test_a_typed_lone_surrogate_stays_out_of_the_project(gui):
    window, dialogs = gui(EN_SAMPLE)
    presenter = window.presenter
    before = presenter.project
    presenter.set_value("client.name", "Northwind\ud800")
    assert "client.name" in presenter.problems and presenter.project is before
    presenter.set_value("scenarios[0].name", "\udfff")
    assert "scenarios[0].name" in presenter.problems
    assert not window.documents.save()  # refused until corrected: nothing unwritable reaches a file
    assert dialogs.asked("error")


def test_a_pasted_lone_surrogate_never_reaches_the_presenter(gui, qtbot):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLineEdit
    window, _ = gui(EN_SAMPLE)
    edit = window.client_panel.findChild(QLineEdit, "name")
    QGuiApplication.clipboard().setText("Acme\ud800 SA")
    edit.setFocus()
    edit.selectAll()
    edit.paste()
    name = window.presenter.value("client.name")
    assert "\ud800" not in name and not window.presenter.problems
    assert window.presenter.project.client.name == name


def test_opening_a_file_with_a_lone_surrogate_names_the_field(gui, tmp_path):
    from pathlib import Path
    corpus = Path(__file__).parent / "hostile_corpus"
    window, dialogs = gui()
    assert not window.documents.open_path(corpus / "surrogate-line-name.roi")
    (_, title, message, details), = dialogs.asked("error")
    assert "scenarios[2].lines[0].name" in details and "UTF-8" in details
