"""The Tracking tab (pytest-qt): paste from a spreadsheet (tabs, Polish decimal commas, a month column and a
header row), typing, impossible actuals refused with the month named while nothing typed is lost, the plan
and start month, the chart, the variance table and the sentence, save and reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QTableWidgetItem

from gui_support import PL_SAMPLE, gui  # noqa: F401
from roi_desktop.core import calculate
from roi_desktop.core.tracking import BEHIND, ON_TRACK, track
from roi_desktop.gui.panels.tracking_grid import pasted_month, split_clipboard
from roi_desktop.gui.panels.tracking_panel import TrackingPanel
from roi_desktop.projectfile import load_project

DATA = Path(__file__).parent / "data"


def open_tab(window) -> TrackingPanel:
    """Choose the Tracking tab as a user does; the tab builds its panel then (widgets/lazy_page.py)."""
    window.results_panel.tabs.setCurrentWidget(window.result_tabs["tracking"])
    panel = window.tracking_panel
    assert isinstance(panel, TrackingPanel)
    return panel


def plan_path(window, scenario: int):
    return calculate(window.presenter.project).scenarios[scenario].customers


def test_pasting_six_months_from_a_polish_spreadsheet_shows_the_realisation(gui, qtbot):
    window, _ = gui(PL_SAMPLE, lang="pl")
    panel = open_tab(window)
    panel.plan.setCurrentIndex(1)
    panel.start.setDate(panel.start.date().fromString("2026-01", "yyyy-MM"))
    plan = plan_path(window, 1)
    # what LibreOffice/Excel put on the clipboard: a header, months, Polish grouping and decimal commas, tabs
    rows = ["Miesiąc\tKlienci\tOdejścia"]
    actual = [round(plan[j] - 400 * j, 1) for j in range(1, 7)]
    for j, value in enumerate(actual, start=1):
        text = f"{value:,.1f}".replace(",", " ").replace(".", ",")
        rows.append(f"2026-{j:02d}\t{text}\t{'6 100' if j == 2 else ''}")
    QGuiApplication.clipboard().setText("\r\n".join(rows) + "\r\n")
    panel.grid.setFocus()
    panel.grid.setCurrentCell(0, 0)
    with qtbot.waitSignal(window.presenter.resultsChanged, timeout=5000):
        qtbot.keySequence(panel.grid, QKeySequence.Paste)
    tracking = window.presenter.project.tracking
    assert tracking is not None and tracking.scenario == 2 and tracking.start == "2026-01"
    assert [a.customers for a in tracking.actuals] == pytest.approx(actual)
    assert tracking.actuals[1].lost == 6100 and tracking.actuals[0].lost is None
    expected = track(window.presenter.project, calculate(window.presenter.project))
    assert panel.result.reforecast_npv == pytest.approx(expected.reforecast_npv)
    assert panel.result.status == BEHIND
    assert panel.table.rowCount() == 6 and panel.table.item(0, 0).text() == "2026-06"
    assert "nie nadąża" in panel.sentence.text() and "6" in panel.sentence.text()
    labels = [s.label for s in panel.chart.series]
    assert len(labels) == 4 and len(panel.chart.series[2].values) == 7  # baseline, plan, actual (start + 6), ahead
    assert window.presenter.dirty


def test_pasting_numbers_without_months_fills_from_the_current_cell(gui, qtbot):
    window, _ = gui(PL_SAMPLE, lang="en")
    panel = open_tab(window)
    plan = plan_path(window, 0)
    panel.grid.setCurrentCell(0, 0)
    panel.grid.paste_text("\n".join(f"{plan[j]:.6f}" for j in range(1, 4)))
    t = panel.result
    assert t is not None and t.k == 3 and t.status == ON_TRACK
    assert abs(t.variance).max() < 1e-5


def test_impossible_actuals_are_refused_with_the_month_named_and_kept_on_screen(gui, qtbot):
    window, _ = gui(PL_SAMPLE, lang="en")
    panel = open_tab(window)
    panel.start.setDate(panel.start.date().fromString("2026-03", "yyyy-MM"))
    panel.grid.setCurrentCell(0, 0)
    panel.grid.paste_text("415000\n414000\n413000")
    assert window.presenter.project.tracking.months == 3
    panel.grid.paste_text("2026-04\t-5\n2026-06\t411000")  # a negative month, and a gap (2026-05 cleared below)
    panel.grid.item(2, 0).setText("")
    problems = panel.problems.text()
    assert "2026-04" in problems and "2026-05" in problems
    assert panel.grid.item(1, 0).text() == "-5" and panel.grid.item(3, 0).text() == "411000"  # nothing lost
    assert window.presenter.project.tracking.months == 3  # the project keeps its last valid actuals
    assert panel.grid.item(1, 0).toolTip().startswith("2026-04")
    panel.grid.item(1, 0).setText("414 500")
    panel.grid.item(2, 0).setText("412 000")
    assert panel.problems.text() == ""
    assert window.presenter.project.tracking.months == 4


def test_a_month_past_the_horizon_is_named(gui, qtbot):
    window, _ = gui(PL_SAMPLE, lang="en")
    panel = open_tab(window)
    panel.start.setDate(panel.start.date().fromString("2026-01", "yyyy-MM"))
    panel.grid.paste_text("2029-01\t400000")  # month 37 of a 3-year horizon
    assert "2029-01" in panel.problems.text()
    assert window.presenter.project.tracking is None or window.presenter.project.tracking.months == 0


def test_the_tab_opens_a_tracked_file_and_saving_keeps_the_actuals(gui, qtbot, tmp_path):
    window, _ = gui(DATA / "telkom-tracking-pl.roi", lang="pl")
    panel = open_tab(window)
    assert panel.plan.currentIndex() == 1 and panel.start.date().toString("yyyy-MM") == "2026-01"
    assert panel.grid.item(5, 0).text().replace("\u00a0", " ") == "408 749"
    assert panel.result.k == 6
    panel.grid.setItem(6, 0, QTableWidgetItem("407 900"))  # as typed into an empty cell
    from roi_desktop.projectfile import save_project
    save_project(window.presenter.project, tmp_path / "again.roi")
    again = load_project(tmp_path / "again.roi")
    assert again.tracking.months == 7 and again.tracking.actuals[6].customers == 407_900


def test_moving_and_deleting_other_scenarios_keeps_the_plan(gui, qtbot):
    window, _ = gui(DATA / "telkom-tracking-pl.roi", lang="en")
    p = window.presenter
    name = p.project.scenarios[1].name
    p.move_scenario(0, +1)
    assert p.project.tracking.scenario == 1 and p.project.scenarios[0].name == name
    p.delete_scenario(1)
    assert p.project.scenarios[p.project.tracking.scenario - 1].name == name


def test_stop_tracking_removes_it(gui, qtbot):
    window, _ = gui(DATA / "telkom-tracking-pl.roi", lang="en")
    panel = open_tab(window)
    qtbot.mouseClick(panel.stop, Qt.LeftButton)
    assert window.presenter.project.tracking is None
    assert panel.table.rowCount() == 0


def test_clipboard_helpers():
    assert split_clipboard("a\tb\r\n1\t2\r\n\r\n") == [["a", "b"], ["1", "2"]]
    assert split_clipboard("2026-01;418 414,5") == [["2026-01", "418 414,5"]]
    assert [pasted_month(t) for t in ("2026-01", "1.2026", "31.01.2026", "2026/12", "Klienci", "12,5")] == [
        "2026-01", "2026-01", "2026-01", "2026-12", None, None]


def test_screenshot_of_the_tab(gui, qtbot, tmp_path):
    window, _ = gui(DATA / "telkom-tracking-pl.roi", lang="pl")
    panel = open_tab(window)
    window.resize(1440, 900)  # the columns narrow to fit a small screen: show it at the default size
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: panel.width() > 500)
    image = panel.grab()
    assert not image.isNull() and image.width() > 500
    assert isinstance(panel.grid.item(0, 0), QTableWidgetItem)


def test_meeting_mode_opens_on_the_realisation_for_a_follow_up(gui, qtbot):
    window, dialogs = gui(DATA / "telkom-tracking-pl.roi", lang="en")
    panel = open_tab(window)
    qtbot.mouseClick(panel.meeting_button, Qt.LeftButton)
    assert window.in_meeting and window.stack.currentWidget() is window.follow_up_view
    assert "is behind" in window.follow_up.headline.text()
    assert len(window.follow_up.chart.series) == 4
    qtbot.keyClick(window.follow_up, Qt.Key_Escape)
    assert not window.in_meeting and not dialogs.asked("ask_keep_meeting_changes")


def test_a_follow_up_needs_actuals(gui, qtbot):
    window, dialogs = gui(PL_SAMPLE, lang="en")
    window.actions["follow_up"].trigger()
    assert not window.in_meeting and dialogs.asked("error")


def test_the_tab_writes_the_realisation_report(gui, qtbot, tmp_path):
    window, dialogs = gui(DATA / "telkom-tracking-pl.roi", lang="pl")
    panel = open_tab(window)
    dialogs.save_path = str(tmp_path / "realizacja.pdf")
    qtbot.mouseClick(panel.pdf_button, Qt.LeftButton)
    assert (tmp_path / "realizacja.pdf").read_bytes().startswith(b"%PDF")
    assert not dialogs.asked("error")


def test_import_actuals_from_a_spreadsheet(gui, qtbot, tmp_path):
    """The same importer as the client history reads a Polish CSV (semicolons, decimal commas, months
    named by the file) into the grid, each row on its month; only month and customers are required."""
    window, _ = gui(PL_SAMPLE, lang="pl")
    panel = open_tab(window)
    panel.plan.setCurrentIndex(1)
    panel.start.setDate(panel.start.date().fromString("2026-01", "yyyy-MM"))
    csv = tmp_path / "wykonanie.csv"
    csv.write_text("Miesiąc;Klienci;Odejścia;Koszt obsługi\n2026-01;418 064;;\n2026-02;416 176;6 200;\n"
                   "2026-03;414 318,5;;1 010 000\n", encoding="utf-8")
    assert panel.import_path(str(csv)), panel.problems.text()
    tracking = window.presenter.project.tracking
    assert [a.customers for a in tracking.actuals] == [418064, 416176, 414318.5]
    assert tracking.actuals[1].lost == 6200 and tracking.actuals[2].service_spend == 1_010_000


def test_import_of_a_file_that_is_not_a_table_says_why(gui, qtbot, tmp_path):
    window, _ = gui(PL_SAMPLE, lang="en")
    panel = open_tab(window)
    bad = tmp_path / "notes.csv"
    bad.write_text("nothing here\njust words\n", encoding="utf-8")
    assert not panel.import_path(str(bad))
    assert "notes.csv" in panel.problems.text()
    assert window.presenter.project.tracking is None
