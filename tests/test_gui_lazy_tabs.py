"""The tabs beside the results (Risk, Client history, Tracking) and the meeting views are built the first
time a user opens them (widgets/lazy_page.py), not at start: what they show then is what a tab built at
start would show, whatever happened before (scenario chosen, language switched, another project opened,
edits undone), and the window works with them unbuilt (meeting mode, export, File > New)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from gui_support import EN_SAMPLE, PL_SAMPLE, gui  # noqa: F401
from roi_desktop.gui.panels.history_panel import HistoryPanel
from roi_desktop.gui.panels.risk_panel import RiskPanel
from roi_desktop.gui.panels.tracking_panel import TrackingPanel
from roi_desktop.gui.widgets.number_edit import NumberEdit

DATA = Path(__file__).parent / "data"
TRACKED = DATA / "telkom-tracking-pl.roi"


def choose(window, name: str):
    """Click the tab as a user does; returns what the page holds then."""
    tabs = window.results_panel.tabs
    tabs.tabBar().setCurrentIndex(tabs.indexOf(window.result_tabs[name]))
    return window.result_tabs[name].content


def tracking_view(panel: TrackingPanel) -> dict:
    """Everything the Tracking tab shows, to compare two panels."""
    grid = [[panel.grid.item(r, c).text() if panel.grid.item(r, c) else "" for c in range(panel.grid.columnCount())]
            for r in range(panel.grid.rowCount())]
    table = [[panel.table.item(r, c).text() if panel.table.item(r, c) else "" for c in range(panel.table.columnCount())]
             for r in range(panel.table.rowCount())]
    return {"plans": [panel.plan.itemText(i) for i in range(panel.plan.count())], "plan": panel.plan.currentIndex(),
            "start": panel.start.date().toString("yyyy-MM"), "sentence": panel.sentence.text(), "grid": grid,
            "table": table, "series": [(s.label, s.values) for s in panel.chart.series],
            "buttons": sorted(b.text() for b in panel.findChildren(QPushButton))}


def test_start_builds_no_tab_and_imports_none_of_their_modules_nor_the_report_libraries():
    code = ("import sys; from roi_desktop.gui import app; from roi_desktop.resources import resource_path; "
            "application = app.make_application([]); "
            "window, error = app.create_window(str(resource_path('samples', 'telkom-polnoc-pl.roi'))); "
            "window.show(); application.processEvents(); "
            "print(sorted(n for n, page in window.result_tabs.items() if page.content is not None)); "
            "print(window.meeting, window.follow_up); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pandas', 'openpyxl', 'reportlab', 'pptx') "
            "or m in ('roi_desktop.core.risk', 'roi_desktop.core.tracking', 'roi_desktop.gui.panels.risk_panel', "
            "'roi_desktop.gui.panels.tracking_panel', 'roi_desktop.gui.panels.history_panel', "
            "'roi_desktop.gui.meeting.meeting_mode', 'roi_desktop.gui.meeting.follow_up')))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "None None", "[]"]


def test_a_tab_is_built_when_first_chosen_and_kept(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    assert all(page.content is None for page in window.result_tabs.values())
    assert window.risk_panel is None and window.tracking_panel is None
    panel = choose(window, "tracking")
    assert isinstance(panel, TrackingPanel) and window.tracking_panel is panel
    assert window.result_tabs["risk"].content is None and window.result_tabs["history"].content is None
    choose(window, "history")
    assert isinstance(window.result_tabs["history"].content, HistoryPanel)
    assert choose(window, "tracking") is panel  # built once


def test_a_tab_built_late_shows_what_a_tab_built_at_start_shows(gui, qtbot):
    """The tracking tab opened after edits and a scenario change equals a panel that lived through them."""
    window, _ = gui(TRACKED, lang="pl")
    eager = TrackingPanel(window.presenter)  # as the window built it before: at start, following every change
    qtbot.addWidget(eager)
    window.presenter.set_value("client.gross_margin", 0.31)
    window.scenario_panel.list.setCurrentRow(2)
    lazy = choose(window, "tracking")
    assert tracking_view(lazy) == tracking_view(eager)
    assert lazy.result is not None and lazy.result.reforecast_npv == eager.result.reforecast_npv
    lazy.grid.setCurrentCell(6, 0)
    lazy.grid.paste_text("407900")  # and both follow the next change alike (the grid shows what was pasted)
    assert window.presenter.project.tracking.months == 7
    after_lazy, after_eager = tracking_view(lazy), tracking_view(eager)
    assert {k: v for k, v in after_lazy.items() if k != "grid"} == {k: v for k, v in after_eager.items() if k != "grid"}
    assert lazy.result.k == eager.result.k == 7


def test_the_risk_tab_opened_later_shows_the_scenario_chosen_before(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    window.show()
    window.scenario_panel.list.setCurrentRow(2)
    with qtbot.waitSignal(window.background.finished, timeout=20000):
        panel = choose(window, "risk")
    assert isinstance(panel, RiskPanel) and panel.current == 2
    assert panel.tornado.base == window.presenter.result.scenarios[2].npv
    assert window.presenter.project.scenarios[2].name in panel.summary.text()


def test_history_imported_before_the_tab_is_opened_is_shown(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    record = {"file": "historia.csv", "sheet": "", "date": "2026-11-30", "months": ["2026-01", "2026-02"],
              "values": {}, "monthly_customers": [1000, 990, 985], "monthly_churn": [0.012, 0.011]}
    window.presenter.apply_changes({"provenance": {"import": record}}, "import")  # as an import does
    panel = choose(window, "history")
    assert "historia.csv" in panel.caption.text()
    assert panel.customers_chart.series[0].values == [1000.0, 990.0, 985.0]


def test_unbuilt_tabs_are_in_the_new_language_when_opened_and_an_open_tab_is_rebuilt_in_it(gui, qtbot):
    window, _ = gui(TRACKED, lang="en")
    choose(window, "history")
    window.set_language("pl")
    tabs = window.results_panel.tabs  # the window was rebuilt
    assert [tabs.tabText(tabs.indexOf(page)) for page in window.result_tabs.values()] == [
        "Ryzyko", "Historia klienta", "Realizacja"]
    assert tabs.currentWidget() is window.result_tabs["history"]  # the open tab stays open, rebuilt in Polish
    assert isinstance(window.result_tabs["history"].content, HistoryPanel)
    assert window.result_tabs["tracking"].content is None
    panel = choose(window, "tracking")
    labels = {w.text() for w in panel.findChildren(QLabel)}
    assert panel.stop.text() == "Zakończ śledzenie" and "Start:" in labels and "Started:" not in labels


def test_undo_keys_reach_the_projects_undo_from_a_tab_built_later(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    window.show()
    window.activateWindow()  # the Edit menu's shortcuts work in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    edit = window.client_panel.findChild(NumberEdit, "gross_margin")
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "33")
    edited = window.presenter.snapshot()
    panel = choose(window, "tracking")
    panel.grid.setCurrentCell(0, 0)
    panel.grid.paste_text("415000")
    assert window.presenter.project.tracking.months == 1
    panel.start.setFocus()  # the start month (a date field)
    qtbot.keyClick(panel.start, Qt.Key_Z, Qt.ControlModifier)  # the project's undo, not the field's own
    assert window.presenter.snapshot() == edited and window.presenter.project.tracking is None


def test_new_and_open_with_tabs_unbuilt_and_built(gui, qtbot):
    window, dialogs = gui(TRACKED)
    window.documents.new()
    panel = choose(window, "tracking")
    assert panel.grid.item(0, 0) is None or panel.grid.item(0, 0).text() == ""
    assert window.presenter.project.tracking is None
    dialogs.open_path = str(TRACKED)
    window.documents.open()
    assert panel.result is not None and panel.result.k == 6  # the built tab follows the opened project
    assert choose(window, "history") is window.result_tabs["history"].content


def test_meeting_modes_and_export_work_with_every_tab_unbuilt(gui, qtbot, tmp_path):
    window, dialogs = gui(TRACKED)
    window.enter_meeting(full_screen=False)
    assert window.in_meeting and window.meeting.headline.text()
    qtbot.keyClick(window.meeting, Qt.Key_Escape)
    assert not window.in_meeting
    window.enter_follow_up()
    assert window.in_meeting and window.stack.currentWidget() is window.follow_up_view
    assert window.follow_up.headline.text()
    qtbot.keyClick(window.follow_up, Qt.Key_Escape)
    assert not window.in_meeting
    dialogs.save_path = str(tmp_path / "raport.xlsx")
    with qtbot.waitSignal(window.exporter.done, timeout=60000):
        window.exporter.export("xlsx")
    assert (tmp_path / "raport.xlsx").stat().st_size > 0
    assert all(page.content is None for page in window.result_tabs.values())


def test_a_language_switch_in_the_follow_up_meeting_rebuilds_it_in_the_new_language(gui, qtbot):
    window, _ = gui(TRACKED, lang="en")
    window.enter_follow_up()
    english = window.follow_up
    window.set_language("pl")
    assert window.in_meeting and window.stack.currentWidget() is window.follow_up_view
    assert window.follow_up is not english and window.follow_up.back.text() == "Powrót do edycji (Esc)"
    assert window.meeting is None  # meeting mode was never entered: still not built
    qtbot.keyClick(window.follow_up, Qt.Key_Escape)
    assert not window.in_meeting
