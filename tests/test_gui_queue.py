"""The queue in the app: operations inputs (objectName = field name, checked with the field's range),
each scenario card's wait, the Queue chart, and meeting mode's cut slider moving the wait live.
Expected figures come from roi_desktop.core.calculate on the presenter's project."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox

from gui_support import EN_SAMPLE, PL_SAMPLE, gui  # noqa: F401
from roi_desktop.core import calculate
from roi_desktop.core.operations import OPERATIONS_FIELDS
from roi_desktop.gui.widgets.number_edit import NumberEdit
from roi_desktop.reports.queue_text import callers_wait, wait_time


def test_operations_inputs_are_named_and_validated(gui, qtbot):
    window, _ = gui(EN_SAMPLE)
    for name in OPERATIONS_FIELDS:
        edit = window.findChild(NumberEdit, name)
        assert edit is not None and edit.path == f"client.operations.{name}"
    shrinkage = window.findChild(NumberEdit, "shrinkage")
    with qtbot.waitSignal(window.presenter.problemsChanged):
        shrinkage.edited.emit(shrinkage.path, "95")  # 95 %: above the 90 % allowed
    assert "client.operations.shrinkage" in window.presenter.problems
    assert shrinkage.error
    with qtbot.waitSignal(window.presenter.resultsChanged):
        shrinkage.edited.emit(shrinkage.path, "30")
    assert window.presenter.project.client.operations.shrinkage == 0.3


def test_switching_the_queue_off_and_on(gui, qtbot):
    window, _ = gui(EN_SAMPLE)
    box = window.findChild(QGroupBox, "operations")
    assert box.isChecked()
    box.setChecked(False)
    assert window.presenter.project.client.operations is None and window.presenter.result.queue is None
    box.setChecked(True)
    assert window.presenter.project.client.operations is not None
    assert window.presenter.result.queue is not None


def test_cards_and_chart_show_the_engine_queue(gui, qtbot):
    window, _ = gui(EN_SAMPLE)
    result = calculate(window.presenter.project)
    for i, card in enumerate(window.results_panel.card_widgets[:len(result.scenarios)]):
        q = result.queue.scenarios[i]
        assert wait_time(q.asa_seconds, "en") in card.queue.text()
        assert f"{q.agents} agents" in card.queue.text()
    chart = window.results_panel.queue_chart
    assert chart.data is not None and len(chart.data.xs) == 51
    assert [m[0] for m in chart.data.marks] == list(range(len(result.scenarios)))


def test_meeting_cut_slider_moves_the_wait_live(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    window.enter_meeting(full_screen=False)
    meeting = window.meeting
    before = meeting.wait.text()
    result = window.presenter.result
    assert before == callers_wait(result.queue.baseline.asa_seconds, result.queue.scenarios[0].asa_seconds,
                                  window.presenter.lang)
    cut_size = meeting.sliders["cut_size"]
    with qtbot.waitSignal(window.presenter.resultsChanged):
        cut_size.slider.setValue(cut_size.slider.maximum())  # no cut: the wait falls back to today's
    after = window.presenter.result.queue
    assert after.scenarios[0].agents == after.baseline.agents
    assert meeting.wait.text() != before
    assert meeting.wait.text() == callers_wait(after.baseline.asa_seconds, after.scenarios[0].asa_seconds,
                                               window.presenter.lang)
