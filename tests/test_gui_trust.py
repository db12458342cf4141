"""No silent loss and no surprises: notes, pasted text, File > New, horizon changes, a language switch
with an invalid field, plausibility hints, many scenarios, the meeting's cut slider."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

from gui_support import EN_SAMPLE, PL_SAMPLE, gui  # noqa: F401
from roi_desktop.gui.widgets.number_edit import NumberEdit
from roi_desktop.gui.presenter import Presenter
from roi_desktop.projectfile import load_project
from roi_desktop.reports.palette import scenario_style


def active(qtbot, window):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_tab_leaves_the_notes_and_never_lands_in_them(gui, qtbot):
    window, _ = gui(EN_SAMPLE)
    active(qtbot, window)
    for notes in (window.scenario_panel.editor.notes, window.client_panel.notes):
        before = notes.toPlainText()
        notes.setFocus()
        qtbot.waitUntil(notes.hasFocus)
        qtbot.keyClick(notes, Qt.Key_Tab)
        assert not notes.hasFocus()
        assert notes.toPlainText() == before and "\t" not in before


def test_a_pasted_line_break_in_a_one_line_field_becomes_a_space(gui, qtbot):
    window, _ = gui(EN_SAMPLE)
    active(qtbot, window)
    name = window.scenario_panel.editor.name
    name.setFocus()
    name.selectAll()
    QGuiApplication.clipboard().setText("Offshore\ntier-1\r\nsupport")
    qtbot.keyClick(name, Qt.Key_V, Qt.ControlModifier)
    assert name.text() == "Offshore tier-1 support"
    assert window.presenter.value("scenarios[0].name") == "Offshore tier-1 support"
    assert not window.presenter.problems
    # the presenter keeps one line whatever way the text arrives; notes keep their line breaks
    window.presenter.set_value("client.industry", "Energy\nretail")
    assert window.presenter.value("client.industry") == "Energy retail"
    window.presenter.set_value("scenarios[0].notes", "first\nsecond")
    assert window.presenter.value("scenarios[0].notes") == "first\nsecond"


def test_file_new_shows_nothing_of_the_previous_client(gui, qtbot):
    window, dialogs = gui(EN_SAMPLE)
    old = load_project(EN_SAMPLE)
    words = {old.client.name, old.client.industry, old.scenarios[0].name, old.scenarios[0].notes}
    words = {w for w in words if w}
    dialogs.save_changes = "discard"
    assert window.documents.new()
    def visible(kind):
        return [w for w in window.findChildren(kind) if w.isVisibleTo(window)]
    shown = [w.text() for w in visible(QLineEdit) + visible(QLabel)] + [w.toPlainText() for w in visible(QPlainTextEdit)]
    for word in words:
        assert not any(word in text for text in shown), word
    assert all(e.text() == "" for e in window.scenario_panel.editor.numbers.values())
    assert window.scenario_panel.editor.lines.rowCount() == 0


def test_horizon_five_three_save_reopen_five_keeps_every_amount(gui, tmp_path):
    window, dialogs = gui(EN_SAMPLE)
    p = window.presenter
    i = next(k for k in range(p.scenario_count()) if p.line_count(k))
    amounts = list(p.value(f"scenarios[{i}].lines[0].amounts"))
    assert len(amounts) == 6 and any(amounts[4:])  # the sample's line has Years 4-5
    p.set_text("analysis.horizon_years", "3")
    assert not p.problems
    assert p.project.scenarios[i].lines[0].amounts == tuple(amounts[:4])  # the calculation takes Year 0..3
    dialogs.save_path = str(tmp_path / "three.roi")
    assert window.documents.save_as()
    stored = json.loads((tmp_path / "three.roi").read_text(encoding="utf-8"))
    assert stored["scenarios"][i]["lines"][0]["amounts"] == amounts[:4]
    assert stored["scenarios"][i]["lines"][0]["later_amounts"] == amounts[4:]
    assert window.documents.open_path(tmp_path / "three.roi")
    p.set_text("analysis.horizon_years", "5")
    assert list(p.project.scenarios[i].lines[0].amounts) == amounts


def test_a_longer_horizon_shows_the_years_a_line_has_no_amount_for(gui):
    window, _ = gui(EN_SAMPLE)
    p = window.presenter
    i = next(k for k in range(p.scenario_count()) if p.line_count(k))
    p.set_text("analysis.horizon_years", "7")
    assert len(p.value(f"scenarios[{i}].lines[0].amounts")) == 6  # nothing made up in the draft
    assert p.text(f"scenarios[{i}].lines[0].amounts[7]") == ""  # shown as empty, not as 0
    assert p.project.scenarios[i].lines[0].amounts[6:] == (0.0, 0.0)  # counted as nothing


def test_switching_language_with_an_invalid_field_keeps_the_view_and_rewords_the_message(gui, qtbot):
    window, _ = gui(PL_SAMPLE, lang="en")
    window.scenario_panel.list.setCurrentRow(2)
    window.presenter.set_text("client.gross_margin", "250")
    message = window.presenter.problems["client.gross_margin"]
    assert window.results_panel.is_dimmed() if hasattr(window.results_panel, "is_dimmed") else True
    window.set_language("pl")
    assert window.scenario_panel.current == 2
    assert window.scenario_panel.list.currentRow() == 2
    assert window.presenter.problems["client.gross_margin"] != message
    assert "%" in window.presenter.problems["client.gross_margin"]
    edit = window.client_panel.findChild(NumberEdit, "gross_margin")
    assert edit.error == window.presenter.problems["client.gross_margin"]
    assert window.results_panel.dimmed.isEnabled()
    cards = [w.text() for w in window.results_panel.findChildren(QLabel) if "zł" in w.text()]
    assert cards, "the dimmed results are still shown after the switch"


def test_core_problems_are_worded_in_the_interface_language():
    en = Presenter(load_project(EN_SAMPLE), lang="en")
    pl = Presenter(load_project(EN_SAMPLE), lang="pl")
    for p in (en, pl):
        p.set_value("client.name", "x" * 250)
    assert "200" in en.problems["client.name"] and "characters" in en.problems["client.name"]
    assert "200" in pl.problems["client.name"] and "znaków" in pl.problems["client.name"]


def test_percent_typed_as_a_fraction_gets_a_hint_and_customers_are_whole(gui):
    window, _ = gui(EN_SAMPLE)
    p = window.presenter
    p.set_text("client.annual_churn_rate", "0,14")
    assert p.value("client.annual_churn_rate") == 0.0014  # the value stands
    assert "14 %" in p.hints["client.annual_churn_rate"]
    edit = window.client_panel.findChild(NumberEdit, "annual_churn_rate")
    assert edit.message_label.text() == p.hints["client.annual_churn_rate"] and not edit.message_label.isHidden()
    p.set_text("client.annual_churn_rate", "14")
    assert "client.annual_churn_rate" not in p.hints and edit.message_label.isHidden()
    p.set_text("client.customers", "12,5")
    assert "whole" in p.problems["client.customers"]
    p.set_text("client.customers", "12")
    assert "client.customers" not in p.problems


def test_a_scenario_change_typed_as_a_fraction_gets_a_hint_in_the_editor(gui):
    """A cut typed "-0,2" is read as -0.2 %; the editor says "did you mean -20 %?" beside the field."""
    window, _ = gui(EN_SAMPLE)
    p = window.presenter
    window.scenario_panel.list.setCurrentRow(1)
    path = "scenarios[1].service_spend_change"
    p.set_text(path, "-0,2")
    assert p.value(path) == -0.002  # the value stands
    assert "-20 %" in p.hints[path].replace("\u2212", "-")
    edit = window.scenario_panel.editor.numbers["service_spend_change"]
    assert edit.message_label.text() == p.hints[path] and not edit.message_label.isHidden()
    p.set_text(path, "-20")
    assert path not in p.hints and edit.message_label.isHidden()
    p.set_text("scenarios[1].benefit_risk", "0,1")
    assert "10 %" in p.hints["scenarios[1].benefit_risk"]


def test_fifty_scenarios_each_keep_their_own_style_in_list_and_charts(gui, qtbot):
    window, _ = gui(EN_SAMPLE)
    p = window.presenter
    while p.scenario_count() < 50:
        p.add_scenario("investment")
    qtbot.waitUntil(lambda: not p.pending, timeout=60_000)  # a large project calculates in the background
    chart = window.results_panel.cash_chart
    styles = {(s.color, s.dash) for s in chart.series}
    assert len(chart.series) == 50 and len(styles) == 50
    assert all(s.color == scenario_style(i).colour for i, s in enumerate(chart.series))
    icon = window.scenario_panel.list.item(17).icon().pixmap(12, 12).toImage()
    assert icon.pixelColor(6, 6).name() == scenario_style(17).colour.lower()
    chart.resize(700, 400)
    image = chart.grab()
    assert not image.isNull()
    from PySide6.QtGui import QPainter
    painter = QPainter(image)
    legend = chart._legend_height(painter)
    painter.end()
    assert legend <= 0.25 * chart.height()  # the legend never takes over the chart


def test_the_cut_slider_grows_to_the_right_and_zero_reads_no_change(gui):
    window, _ = gui(EN_SAMPLE)
    window.enter_meeting(full_screen=False)
    cut = window.meeting.sliders["cut_size"]
    assert cut.slider.invertedAppearance()
    path = cut.path
    cut.slider.setValue(cut.slider.maximum())  # drawn at the left: no cut
    assert window.presenter.value(path) == 0.0
    assert "no change" in window.meeting.headline.text()
    name = window.presenter.value(f"scenarios[{window.meeting.cut_index}].name")
    assert name in window.meeting.headline.text()
    cut.slider.setValue(cut.slider.minimum())  # drawn at the right: the biggest cut
    assert window.presenter.value(path) == cut.low < 0
    assert name in window.meeting.headline.text() and "no change" not in window.meeting.headline.text()


def test_tab_walks_every_panel_and_focus_is_visible(gui, qtbot):
    """From the client's first field Tab reaches the scenario list, the scenario editor and the results'
    meeting button; the focused control is drawn with the accent border (style sheet :focus)."""
    from roi_desktop.gui.widgets.style import APP_STYLE
    window, _ = gui(EN_SAMPLE)
    active(qtbot, window)
    first = window.client_panel.texts["name"]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    reached = set()
    for _ in range(200):
        widget = QApplication.focusWidget()
        reached.add(widget.objectName())
        qtbot.keyClick(widget, Qt.Key_Tab)
    for name in ("name", "customers", "notes", "scenarioList", "add_cut", "delete", "churn_change_pp",
                 "meetingButton"):
        assert name in reached, name
    assert ":focus" in APP_STYLE and "QPushButton:focus" in APP_STYLE
