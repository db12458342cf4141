"""The main window: typing recalculates at once, invalid input is flagged inline and the results say
they are out of date, scenarios can be added, duplicated, renamed, moved and deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from gui_support import EN_SAMPLE, PL_SAMPLE, gui  # noqa: F401
from roi_desktop.core import calculate
from roi_desktop.gui.widgets.number_edit import NumberEdit
from roi_desktop.projectfile import load_project
from roi_desktop.reports.numbers import money_short


def field(window, name, panel="client_panel") -> NumberEdit:
    return getattr(window, panel).findChild(NumberEdit, name)


def type_into(qtbot, edit, text):
    """Replace the field's text the way a user does: select all, delete, type."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key_Backspace)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types ASCII only; paste the rest
        edit.insert(text)


def test_every_input_is_found_by_its_file_format_name(gui):
    window, _ = gui(PL_SAMPLE, lang="pl")
    for name in ("customers", "annual_revenue_per_customer", "gross_margin", "annual_churn_rate",
                 "annual_new_customers", "acquisition_cost", "annual_service_spend", "service_churn_share",
                 "horizon_years", "discount_rate", "trials", "seed"):
        assert field(window, name) is not None, name
    for name in ("service_spend_change", "one_off_cost", "extra_annual_cost", "churn_change_pp",
                 "churn_change_low_pp", "churn_change_high_pp", "revenue_per_customer_change", "ramp_months",
                 "benefit_risk", "cost_risk"):
        assert field(window, name, "scenario_panel") is not None, name
    # people's units: churn 19 % (file: 0.19), money grouped with a space in Polish
    assert field(window, "annual_churn_rate").text() == "19"
    assert field(window, "annual_service_spend").text() == "12\u00a0000\u00a0000"
    assert field(window, "annual_churn_rate").toolTip()


def test_typing_churn_updates_every_result_at_once(gui, qtbot):
    window, _ = gui(PL_SAMPLE, lang="pl")
    before = window.presenter.result.scenarios[0].npv
    with qtbot.waitSignal(window.presenter.resultsChanged):
        type_into(qtbot, field(window, "annual_churn_rate"), "22,5")
    project = load_project(PL_SAMPLE)
    expected = calculate(project.with_changes(client=project.client.__class__(
        **{**project.client.__dict__, "annual_churn_rate": 0.225, "ranges": {}})))
    result = window.presenter.result
    assert window.presenter.project.client.annual_churn_rate == 0.225
    assert result.scenarios[0].npv != before
    assert abs(result.scenarios[0].npv - expected.scenarios[0].npv) < 1e-6
    card = window.results_panel.card_widgets[0]
    assert card.npv.text() == money_short(expected.scenarios[0].npv, "PLN", "pl")
    chart = window.results_panel.cash_chart
    assert chart.series[0].values[-1] == float(expected.scenarios[0].cumulative_net[-1])
    assert window.isWindowModified()


def test_a_dot_works_as_decimal_separator_in_polish(gui, qtbot):
    window, _ = gui(PL_SAMPLE, lang="pl")
    type_into(qtbot, field(window, "gross_margin"), "40.5")
    assert window.presenter.project.client.gross_margin == 0.405
    type_into(qtbot, field(window, "annual_service_spend"), "1 234 567")
    assert window.presenter.project.client.annual_service_spend == 1234567


def test_invalid_input_is_flagged_inline_and_results_go_out_of_date(gui, qtbot):
    window, _ = gui(EN_SAMPLE)
    edit = field(window, "annual_churn_rate")
    for text in ("120", "abc", "-", "1e999", "", "1,2,3.4.5", "ąę"):
        type_into(qtbot, edit, text)
        assert edit.error, text
        assert "100" in edit.error  # the message gives the valid range in per cent
        assert edit.message_label.isVisibleTo(window) or not window.isVisible()
        assert window.results_panel.is_stale
        assert "Churn per year" in window.results_panel.stale_list.text()
    type_into(qtbot, edit, "15")
    assert not edit.error
    assert not window.results_panel.is_stale
    assert window.presenter.project.client.annual_churn_rate == 0.15


def test_scenario_field_problems_are_marked_and_named(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    edit = field(window, "churn_change_pp", "scenario_panel")
    type_into(qtbot, edit, "200")
    assert edit.error and window.results_panel.is_stale
    assert "Cięcie budżetu obsługi o 20 %" in window.results_panel.stale_list.text()
    assert "⚠" in window.scenario_panel.list.item(0).text()
    type_into(qtbot, edit, "2")
    assert not window.results_panel.is_stale
    assert window.presenter.project.scenarios[0].churn_change_pp == 2


def test_add_duplicate_rename_move_and_delete_scenarios(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    panel = window.scenario_panel
    names = lambda: [s.name for s in window.presenter.project.scenarios]  # noqa: E731
    assert len(names()) == 3
    qtbot.mouseClick(panel.findChild(QPushButton, "add_investment"), Qt.LeftButton)
    assert len(names()) == 4 and panel.current == 3
    assert len(window.results_panel.card_widgets) >= 4 and window.results_panel.card_widgets[3].isVisibleTo(window)
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.findChild(QPushButton, "duplicate"), Qt.LeftButton)
    assert names()[1] == "Cięcie budżetu obsługi o 20 % (copy)"
    assert window.presenter.project.scenarios[1].churn_change_pp == window.presenter.project.scenarios[0].churn_change_pp
    name_edit = panel.editor.findChild(QLineEdit, "name")
    type_into(qtbot, name_edit, "Cięcie o 30 %")
    assert names()[1] == "Cięcie o 30 %"
    assert panel.list.item(1).text() == "Cięcie o 30 %"
    qtbot.mouseClick(panel.findChild(QPushButton, "up"), Qt.LeftButton)
    assert names()[0] == "Cięcie o 30 %"
    qtbot.mouseClick(panel.findChild(QPushButton, "delete"), Qt.LeftButton)
    assert names() == ["Cięcie budżetu obsługi o 20 %", "Inwestycja w rozwiązywanie spraw przy pierwszym kontakcie",
                       "Obsługa omnikanałowa i samoobsługa", "New investment"]
    assert len(window.presenter.result.scenarios) == 4


def test_custom_lines_can_be_added_and_edited(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    editor = window.scenario_panel.editor
    qtbot.mouseClick(editor.add_cost, Qt.LeftButton)
    assert window.presenter.project.scenarios[0].lines[0].kind == "cost"
    assert window.presenter.project.scenarios[0].lines[0].amounts == (0.0, 0.0, 0.0, 0.0)
    before = window.presenter.result.scenarios[0].npv
    editor.lines.item(0, 3 + 1).setText("100 000")  # Year 1
    assert window.presenter.project.scenarios[0].lines[0].amounts[1] == 100000
    assert window.presenter.result.scenarios[0].npv < before
    editor.lines.item(0, 3 + 2).setText("-5")  # amounts must be positive
    assert window.results_panel.is_stale
    assert editor.lines.item(0, 5).toolTip()
    editor.lines.item(0, 5).setText("5")
    assert not window.results_panel.is_stale


def test_changing_the_horizon_resizes_custom_lines(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    type_into(qtbot, field(window, "horizon_years"), "5")
    project = window.presenter.project
    assert project.analysis.horizon_years == 5
    assert project.scenarios[1].lines[0].amounts == (0.0, 900000.0, 1200000.0, 1200000.0, 0.0, 0.0)
    assert window.results_panel.table.columnCount() == 6


def test_yearly_table_shows_the_engines_lines(gui):
    window, _ = gui(PL_SAMPLE)
    window.scenario_panel.list.setCurrentRow(1)
    table = window.results_panel.table
    frame = window.presenter.result.scenarios[1].yearly_table()
    assert table.rowCount() == frame.shape[0]
    labels = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert "Mniej powtórnych kontaktów" in labels and "Net flow" in labels
    from roi_desktop.reports.numbers import money
    net_row = labels.index("Net flow")
    assert table.item(net_row, 1).text() == money_short(frame.loc["net", "Year 1"], "PLN", "en")
    assert table.item(net_row, 1).toolTip() == money(frame.loc["net", "Year 1"], "PLN", "en", 2)


def test_baseline_clv_and_cost_of_poor_service_are_shown(gui):
    window, _ = gui(PL_SAMPLE)
    text = window.results_panel.baseline.text()
    b = window.presenter.result.baseline
    assert money_short(b.cost_of_poor_service.annual_revenue_lost, "PLN", "en") in text
    assert "845" in text  # CLV = 720 x 0.42 x 0.81 / (1.1 - 0.81) = 844.6 (MODEL.md, Gupta-Lehmann)
