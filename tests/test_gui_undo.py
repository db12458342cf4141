"""Undo and redo: every change to the project can be taken back exactly and done again; the Edit menu
names the step; the modified flag follows the undo stack to the saved state."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui_support import EN_SAMPLE, PL_SAMPLE, gui  # noqa: F401
from roi_desktop.gui.widgets.number_edit import NumberEdit
from roi_desktop.gui.presenter import Presenter
from roi_desktop.projectfile import load_project

CLIENT_NUMBERS = ("client.customers", "client.gross_margin", "client.annual_churn_rate", "analysis.horizon_years",
                  "analysis.discount_rate", "client.annual_service_spend")
SCENARIO_NUMBERS = ("service_spend_change", "one_off_cost", "churn_change_pp", "extra_annual_cost", "ramp_months")
TEXTS = ("12", "0,3", "abc", "", "7 500", "250", "-4", "3", "18,5", "2,5 mln")


def shown_and_active(qtbot, window) -> None:
    """Window shortcuts (the Edit menu's) work only in the active window."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def state(p: Presenter):
    return p.snapshot(), dict(p._typed)


def random_edit(p: Presenter, rng: random.Random) -> None:
    """One of the edits a consultant makes, chosen at random (and sometimes an invalid one)."""
    count = p.scenario_count()
    i = rng.randrange(count) if count else 0
    action = rng.choice(("client", "client", "scenario", "scenario", "name", "notes", "add", "duplicate",
                         "delete", "move", "line", "unline", "amount", "changes"))
    if action == "client":
        p.set_text(rng.choice(CLIENT_NUMBERS), rng.choice(TEXTS))
    elif count == 0 or action == "add":
        p.add_scenario(rng.choice(("cut", "investment")))
    elif action == "scenario":
        p.set_text(f"scenarios[{i}].{rng.choice(SCENARIO_NUMBERS)}", rng.choice(TEXTS))
    elif action == "name":
        p.set_value(f"scenarios[{i}].name", rng.choice(("Offshore tier-1", "Cięcie 20 %", "", "A")))
    elif action == "notes":
        p.set_value(f"scenarios[{i}].notes", rng.choice(("why", "źródło: GUS\ndrugi wiersz", "")))
    elif action == "duplicate":
        p.duplicate_scenario(i)
    elif action == "delete":
        p.delete_scenario(i)
    elif action == "move":
        p.move_scenario(i, rng.choice((-1, 1)))
    elif action == "line":
        p.add_line(i, rng.choice(("benefit", "cost")))
    elif action == "unline" and p.line_count(i):
        p.delete_line(i, rng.randrange(p.line_count(i)))
    elif action == "amount" and p.line_count(i):
        p.set_text(f"scenarios[{i}].lines[0].amounts[{rng.randrange(p.horizon() + 1)}]", rng.choice(TEXTS))
    else:
        p.apply_changes({"client.customers": rng.randrange(1, 10**6), "client.industry": "Telco"}, "import")
    p.history.close_typing()  # as if the focus moved on: every edit its own step or merged by field


@pytest.mark.parametrize("seed", range(6))
def test_hundred_random_edits_undo_to_the_saved_project_and_redo_to_the_edited_one(qtbot, seed):
    p = Presenter(load_project(PL_SAMPLE if seed % 2 else EN_SAMPLE), lang="pl" if seed % 2 else "en")
    saved = state(p)
    rng = random.Random(seed)
    for _ in range(100):
        random_edit(p, rng)
    edited, problems = state(p), dict(p.problems)
    assert p.dirty
    while p.history.stack.canUndo():
        p.history.stack.undo()
    assert state(p) == saved
    assert not p.dirty and not p.problems
    while p.history.stack.canRedo():
        p.history.stack.redo()
    assert state(p) == edited
    assert p.problems == problems


def test_typing_in_one_field_is_one_step(gui, qtbot):
    window, _ = gui(EN_SAMPLE)
    shown_and_active(qtbot, window)
    edit = window.client_panel.findChild(NumberEdit, "customers")
    before = window.presenter.value("client.customers")
    stack = window.presenter.history.stack
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "123456")
    assert stack.count() == 1
    assert window.presenter.value("client.customers") == 123456
    assert window.actions["undo"].text().startswith("&Undo change")
    qtbot.keyClick(edit, Qt.Key_Z, Qt.ControlModifier)  # the project's undo, not the field's own
    assert window.presenter.value("client.customers") == before
    assert edit.text() == window.presenter.text("client.customers")
    assert not window.presenter.dirty and not window.isWindowModified()
    qtbot.keyClick(edit, Qt.Key_Y, Qt.ControlModifier)
    assert window.presenter.value("client.customers") == 123456
    assert window.presenter.dirty and window.isWindowModified()


def test_delete_key_on_the_list_deletes_and_ctrl_z_brings_the_scenario_back(gui, qtbot):
    window, _ = gui(EN_SAMPLE)
    shown_and_active(qtbot, window)
    p = window.presenter
    panel = window.scenario_panel
    panel.list.setCurrentRow(1)
    before = p.snapshot()
    name = p.value("scenarios[1].name")
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key_Delete)
    assert p.scenario_count() == len(before["scenarios"]) - 1
    assert name not in [n for n, _ in p.scenario_names()]
    assert "Ctrl+Z" in window.statusBar().currentMessage() and name in window.statusBar().currentMessage()
    assert window.actions["undo"].text() == f"&Undo delete '{name}'"
    qtbot.keyClick(panel.list, Qt.Key_Z, Qt.ControlModifier)
    assert p.snapshot() == before
    assert panel.current == 1 and panel.list.currentItem().text().startswith(name)
    assert window.actions["redo"].text() == f"&Redo delete '{name}'"
    qtbot.keyClick(panel.list, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert p.scenario_count() == len(before["scenarios"]) - 1
    assert not window.presenter.history.stack.canRedo()


def test_every_scenario_operation_is_one_named_step(gui, qtbot):
    window, _ = gui(EN_SAMPLE)
    p, panel = window.presenter, window.scenario_panel
    stack = p.history.stack
    steps = []
    for key in ("add_cut", "add_investment", "duplicate", "up", "down"):
        before = p.snapshot()
        panel.buttons[key].click()
        assert p.snapshot() != before, key
        steps.append((before, p.snapshot(), stack.undoText()))
    panel.editor.add_benefit.click()
    assert stack.undoText().startswith("add line")
    stack.undo()
    for before, after, text in reversed(steps):
        assert p.snapshot() == after
        stack.undo()
        assert p.snapshot() == before, text
    assert [t.split(" ")[0] for *_, t in steps] == ["add", "add", "duplicate", "move", "move"]


def test_apply_changes_is_one_step_with_its_label(gui):
    window, _ = gui(EN_SAMPLE)
    p = window.presenter
    before = p.snapshot()
    p.apply_changes({"client.customers": 4321, "client.industry": "Utilities", "scenarios[0].notes": "x"},
                    "import figures from client.xlsx")
    assert p.history.stack.count() == 1
    assert window.actions["undo"].text() == "&Undo import figures from client.xlsx"
    window.actions["undo"].trigger()
    assert p.snapshot() == before and not p.dirty


def test_dirty_follows_the_stack_to_the_saved_point(gui, tmp_path):
    window, dialogs = gui(EN_SAMPLE)
    p = window.presenter
    p.set_text("client.customers", "5000")
    p.history.close_typing()
    dialogs.save_path = str(tmp_path / "saved.roi")
    assert window.documents.save_as()
    assert not p.dirty
    p.set_text("client.customers", "6000")
    assert p.dirty
    p.history.stack.undo()
    assert not p.dirty  # back at what is in the file
    p.history.stack.undo()
    assert p.dirty and p.value("client.customers") != 5000


def test_keeping_the_meetings_what_ifs_is_one_step(gui, qtbot):
    window, dialogs = gui(EN_SAMPLE)
    p = window.presenter
    before = p.snapshot()
    window.enter_meeting(full_screen=False)
    slider = next(s for s in window.meeting.sliders.values() if not s.isHidden())
    for position in (10, 20, 30):
        slider.slider.setValue(position)
    assert p.snapshot() != before
    dialogs.keep_meeting_changes = True
    window.leave_meeting()
    assert p.history.stack.count() == 1
    assert "meeting" in window.actions["undo"].text()
    window.actions["undo"].trigger()
    assert p.snapshot() == before
