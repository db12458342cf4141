"""Typing in a large project: the keystroke stores and checks the field at once, the full calculation runs
in the background (gui/draft/live_calculation.py), results arrive in order and never older over newer, the
results say "Updating…" meanwhile, undo stays one step per field edit, and ``flush()`` gives the
up-to-date state at once. Expected values come from ``core.calculate`` on the same draft."""

from __future__ import annotations

from dataclasses import replace

import pytest

from gui_support import EN_SAMPLE, gui  # noqa: F401  (the window fixture)
from roi_desktop.core import calculate
from roi_desktop.core.inputs import MAX_SCENARIOS
from roi_desktop.gui.draft.calculation_job import Answer
from roi_desktop.gui.draft.live_calculation import LiveCalculation, work_size
from roi_desktop.gui.presenter import Presenter
from roi_desktop.projectfile import load_project, project_to_dict

CHURN = "client.annual_churn_rate"


def large_project():
    """The sample with its scenarios repeated up to the format's 50 (far above the synchronous size)."""
    project = load_project(EN_SAMPLE)
    base = project.scenarios
    scenarios = tuple(replace(base[i % len(base)], name=f"{base[i % len(base)].name} #{i + 1}")
                      for i in range(MAX_SCENARIOS))
    return project.with_changes(scenarios=scenarios)


@pytest.fixture
def presenter(qapp):
    p = Presenter(project=large_project())
    assert work_size(p.snapshot_view()) > p.live.sync_up_to  # the background path is what is tested
    yield p
    p.live.cancel()


def test_a_keystroke_returns_before_the_calculation_and_the_result_follows(presenter, qtbot):
    before = presenter.result
    with qtbot.waitSignal(presenter.resultsChanged, timeout=60_000) as arrived:
        presenter.set_text(CHURN, "21")
        assert presenter.pending and presenter.result is before  # nothing calculated on the keystroke
        assert presenter.value(CHURN) == pytest.approx(0.21)  # but the value is stored at once
    qtbot.waitUntil(lambda: not presenter.pending, timeout=60_000)
    expected = calculate(presenter.project)
    assert arrived.args[0].project.client.annual_churn_rate == pytest.approx(0.21)
    assert [s.npv for s in presenter.result.scenarios] == pytest.approx([s.npv for s in expected.scenarios])


def test_results_arrive_in_order_and_the_last_is_the_last_typed(presenter, qtbot):
    shown = []
    presenter.resultsChanged.connect(lambda r: shown.append(round(r.project.client.annual_churn_rate * 100)))
    typed = [str(v) for v in range(10, 30)]
    for text in typed:
        presenter.set_text(CHURN, text)
        qtbot.wait(0)  # the event loop turns between keystrokes, as it does for a typist
    qtbot.waitUntil(lambda: not presenter.pending, timeout=120_000)
    assert shown and shown[-1] == 29
    positions = [typed.index(str(v)) for v in shown]
    assert positions == sorted(set(positions))  # never an older draft over a newer one, never twice
    assert len(shown) < len(typed)  # coalesced: keystrokes behind a running calculation were skipped


def test_a_stale_answer_is_dropped(qtbot, qapp):
    live = LiveCalculation(sync_up_to=0)
    answers = []
    live.ready.connect(lambda answer, newest: answers.append((answer, newest)))
    draft = project_to_dict(load_project(EN_SAMPLE))
    live.request(lambda private: draft, 999)  # generation 1 starts in the background
    live.request(lambda private: draft, 999)  # generation 2 waits behind it
    live.flush()  # generation 2 answered here and now
    assert len(answers) == 1 and answers[0][1] and not live.pending
    qtbot.waitUntil(lambda: live._running is None, timeout=60_000)  # generation 1 comes back late
    assert len(answers) == 1  # and is dropped
    live._deliver(1, Answer((None, (), None, 0.0)))  # an old answer delivered by hand: dropped too
    assert len(answers) == 1


def test_the_field_message_is_immediate_in_a_large_project(presenter, qtbot):
    presenter.set_text(CHURN, "150")
    assert CHURN in presenter.known_problems  # before any background answer
    presenter.set_text(CHURN, "abc")
    assert "Not a number" in presenter.known_problems[CHURN]
    presenter.set_text(CHURN, "20")
    assert CHURN not in presenter.known_problems
    qtbot.waitUntil(lambda: not presenter.pending, timeout=60_000)
    assert presenter.known_problems == {} and presenter.result.project.client.annual_churn_rate == pytest.approx(0.2)


def test_flush_brings_problems_project_and_result_up_to_date(presenter):
    presenter.set_text("scenarios[3].service_spend_change", "-20")
    presenter.flush()
    assert not presenter.pending
    assert presenter.result.project.scenarios[3].service_spend_change == pytest.approx(-0.2)
    presenter.set_text(CHURN, "17")
    assert presenter.project.client.annual_churn_rate == pytest.approx(0.17)  # reading the project flushes


def test_undo_is_one_step_per_field_edit_and_its_result_follows(presenter, qtbot):
    start = presenter.snapshot()
    for text in ("1", "19", "19,5"):
        presenter.set_text(CHURN, text)
    assert presenter.history.stack.count() == 1
    presenter.history.stack.undo()
    assert presenter.snapshot() == start
    qtbot.waitUntil(lambda: not presenter.pending, timeout=60_000)
    assert presenter.result.project.client.annual_churn_rate == pytest.approx(start["client"]["annual_churn_rate"])


def test_the_results_say_updating_while_a_newer_calculation_runs(gui, qtbot):  # noqa: F811
    window, _ = gui()
    window.presenter.load(large_project())
    window.show()
    panel = window.results_panel
    assert panel.updating.isHidden()
    window.presenter.set_text(CHURN, "22")
    assert not panel.updating.isHidden() and not panel.is_stale  # said, not dimmed: nothing is wrong
    qtbot.waitUntil(lambda: not window.presenter.pending, timeout=60_000)
    assert panel.updating.isHidden()
    assert panel.result.project.client.annual_churn_rate == pytest.approx(0.22)
    window.presenter.set_dirty(False)


def test_a_scenario_edit_in_a_large_project_is_calculated_at_once_and_alone(presenter, qtbot, monkeypatch):
    """One scenario's field changed: the engine takes the other 49 from the last result, so the work is
    one scenario's and is done on the keystroke (no waiting); the result equals a fresh calculation."""
    from roi_desktop.core import engine
    qtbot.waitUntil(lambda: not presenter.pending, timeout=60_000)
    presenter.set_text(CHURN, "21")  # the client: every scenario, in the background
    qtbot.waitUntil(lambda: not presenter.pending, timeout=60_000)
    calculated = []
    real = engine._calculate_scenarios
    monkeypatch.setattr(engine, "_calculate_scenarios", lambda p, e, indices, *rest: calculated.extend(indices)
                        or real(p, e, indices, *rest))
    path = "scenarios[7].one_off_cost"
    assert work_size(presenter.snapshot_view(), path) <= presenter.live.sync_up_to < work_size(presenter.snapshot_view())
    presenter.set_text(path, "123456")
    assert not presenter.pending and presenter.result.project.scenarios[7].one_off_cost == 123456
    assert calculated == [7]
    expected = calculate(presenter.project)
    assert [s.npv for s in presenter.result.scenarios] == [s.npv for s in expected.scenarios]  # bit for bit


def test_a_scenario_edit_behind_a_running_calculation_waits_its_turn(presenter, qtbot):
    presenter.set_text(CHURN, "22")  # a background run starts
    assert presenter.pending
    presenter.set_text("scenarios[3].one_off_cost", "7000")  # small, but not ahead of the run: in turn
    assert presenter.pending
    qtbot.waitUntil(lambda: not presenter.pending, timeout=60_000)
    result = presenter.result
    assert result.project.client.annual_churn_rate == pytest.approx(0.22)
    assert result.project.scenarios[3].one_off_cost == 7000
    assert [s.npv for s in result.scenarios] == [s.npv for s in calculate(presenter.project).scenarios]
