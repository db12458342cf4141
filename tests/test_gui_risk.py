"""The Risk tab: tornado and distribution of the selected scenario from roi_desktop.core.risk,
computed in the background when the tab is open, recomputed after an edit."""

from __future__ import annotations

import pytest

from gui_support import PL_SAMPLE, gui  # noqa: F401
from roi_desktop.core import risk
from roi_desktop.gui.widgets.number_edit import NumberEdit
from roi_desktop.reports.field_words import field_label


def test_risk_tab_shows_tornado_and_distribution(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    window.show()
    with qtbot.waitSignal(window.background.finished, timeout=20000):
        window.results_panel.tabs.setCurrentWidget(window.result_tabs["risk"])
    panel = window.risk_panel
    expected = risk.analyse_risk(window.presenter.project, trials=panel.risk.trials)
    got = panel.risk.scenarios[0]
    assert got.monte_carlo == expected.scenarios[0].monte_carlo  # same seed, same numbers
    assert [b[0] for b in panel.tornado.bars] == [field_label(b.input, window.presenter.lang)
                                                  for b in expected.scenarios[0].tornado[:8]]
    assert panel.histogram.counts == list(expected.scenarios[0].monte_carlo.histogram_counts)
    assert "P10" in panel.summary.text() and "churn" in panel.summary.text().lower()
    window.scenario_panel.list.setCurrentRow(2)
    assert panel.tornado.base == window.presenter.result.scenarios[2].npv

    edit = window.client_panel.findChild(NumberEdit, "gross_margin")
    edit.setFocus()
    edit.selectAll()
    with qtbot.waitSignal(window.background.finished, timeout=20000):
        qtbot.keyClicks(edit, "40")
    assert panel.risk is not None
    assert panel.risk.scenarios[2].monte_carlo == risk.analyse_risk(
        window.presenter.project, trials=panel.risk.trials).scenarios[2].monte_carlo


@pytest.mark.parametrize("lang, shown", [("en", "10,000 trials"), ("pl", "10\u00a0000 symulacji")])
def test_risk_tab_uses_the_projects_trials_and_seed(gui, qtbot, lang, shown):
    window, _ = gui(PL_SAMPLE, lang=lang)  # the sample's analysis: 10 000 trials, seed 2026
    window.show()
    with qtbot.waitSignal(window.background.finished, timeout=20000):
        window.results_panel.tabs.setCurrentWidget(window.result_tabs["risk"])
    panel = window.risk_panel
    project = window.presenter.project
    assert (project.analysis.trials, project.analysis.seed) == (10_000, 2026)
    assert (panel.risk.trials, panel.risk.seed) == (10_000, 2026)
    assert panel.risk.scenarios[1].monte_carlo == risk.analyse_risk(project).scenarios[1].monte_carlo  # as the CLI
    assert shown in panel.summary.text()
