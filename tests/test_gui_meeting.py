"""Meeting mode: full-screen view with the headline comparison from the engine's numbers, sliders
that move the numbers live through the presenter, Escape back to editing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_support import PL_SAMPLE, gui  # noqa: F401
from roi_desktop.core import calculate
from roi_desktop.gui.widgets.number_edit import NumberEdit
from roi_desktop.reports.numbers import money_short


def test_meeting_mode_shows_the_headline_and_escape_returns(gui, qtbot):
    window, _ = gui(PL_SAMPLE, lang="pl")
    window.show()
    window.actions["meeting"].trigger()
    assert window.in_meeting and window.isFullScreen()
    result = window.presenter.result
    cut, best = result.scenarios[0], max(result.scenarios[1:], key=lambda s: s.npv)
    text = window.meeting.headline.text()
    assert text.startswith("Cięcie obsługi o 20\u00a0%")
    assert money_short(cut.npv, "PLN", "pl") in text and money_short(best.npv, "PLN", "pl") in text
    assert "15\u00a0084" in text  # customers lost by the cut, from the engine (customers_vs_baseline)
    assert round(cut.customers_lost) == 15084
    assert len(window.meeting.chart.series) == 3
    qtbot.keyClick(window.meeting, Qt.Key_Escape)
    assert not window.in_meeting and not window.isFullScreen()
    assert window.menuBar().isVisible()
    qtbot.mouseClick(window.results_panel.meeting_button, Qt.LeftButton)  # the button beside the results
    assert window.in_meeting


def test_sliders_move_the_numbers_live(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    window.enter_meeting(full_screen=False)
    meeting = window.meeting
    cut_size = meeting.sliders["cut_size"]
    assert cut_size.path == "scenarios[0].service_spend_change"
    before_headline, before_npv = meeting.headline.text(), window.presenter.result.scenarios[0].npv
    with qtbot.waitSignal(window.presenter.resultsChanged):
        cut_size.slider.setValue(cut_size.slider.value() - 10)  # a deeper cut: 30 %
    project = window.presenter.project
    assert project.scenarios[0].service_spend_change == -0.3
    assert window.presenter.result.scenarios[0].npv == calculate(project).scenarios[0].npv != before_npv
    assert meeting.headline.text() != before_headline and "30%" in meeting.headline.text()
    assert cut_size.value_label.text() == "30%"

    churn = meeting.sliders["cut_churn"]
    churn.slider.setValue(churn.slider.maximum())  # +10 pp: beyond the file's high of 3 pp; the range widens
    assert window.presenter.project.scenarios[0].churn_change_pp == 10
    assert window.presenter.project.scenarios[0].churn_change_high_pp == 10
    assert not window.presenter.problems

    invest = meeting.sliders["investment"]
    assert invest.path == "scenarios[1].one_off_cost"
    invest.slider.setValue(0)
    assert window.presenter.project.scenarios[1].one_off_cost == 0
    assert window.presenter.dirty

    meeting.reset.click()
    assert window.presenter.project.scenarios[0].service_spend_change == -0.2
    assert window.presenter.project.scenarios[1].one_off_cost == 1_800_000
    window.leave_meeting()
    # the editor shows what the meeting changed
    assert window.scenario_panel.editor.findChild(NumberEdit, "service_spend_change").text() == "-20"


def test_meeting_mode_refuses_invalid_inputs(gui, qtbot):
    window, dialogs = gui(PL_SAMPLE)
    edit = window.client_panel.findChild(NumberEdit, "customers")
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "0")
    window.enter_meeting()
    assert not window.in_meeting and dialogs.asked("error")


def test_meeting_without_a_cut_hides_cut_sliders(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    window.presenter.delete_scenario(0)
    window.enter_meeting(full_screen=False)
    assert not window.meeting.sliders["cut_size"].isVisibleTo(window.meeting)
    assert window.meeting.sliders["investment"].isVisibleTo(window.meeting)
    assert window.meeting.headline.text().startswith("Investing")


def test_escape_works_while_a_slider_has_focus(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    window.show()
    window.enter_meeting()
    slider = window.meeting.sliders["cut_size"].slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key_Escape)
    assert not window.in_meeting
