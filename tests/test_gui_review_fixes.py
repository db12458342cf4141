"""Fixes from the consultant review: stored risk ranges survive typing, meeting what-ifs are confirmed,
new scenarios start neutral, the Risk tab uses the project's trials, stale results stay visible."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui_support import EN_SAMPLE, PL_SAMPLE, gui  # noqa: F401
from roi_desktop.gui.widgets.number_edit import NumberEdit
from roi_desktop.projectfile import load_project


def type_into(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key_Backspace)
    qtbot.keyClicks(edit, text)


def churn_range_saved(window, dialogs, path):
    dialogs.save_path = str(path)
    assert window.documents.save_as()
    rng = load_project(path).client.ranges["annual_churn_rate"]
    return rng.low, rng.high


def test_typing_a_client_value_never_rewrites_its_stored_range(gui, qtbot, tmp_path):
    window, dialogs = gui(PL_SAMPLE)  # the file's churn range: 0.17..0.22, point value 0.19
    edit = window.client_panel.findChild(NumberEdit, "annual_churn_rate")
    for text in ("2", "25", "19"):  # keystroke by keystroke passes through 2 % and 25 %
        type_into(qtbot, edit, text)
    assert churn_range_saved(window, dialogs, tmp_path / "back.roi") == (0.17, 0.22)
    type_into(qtbot, edit, "25")  # outside: the saved range holds the current value and no more
    assert churn_range_saved(window, dialogs, tmp_path / "out.roi") == (0.17, 0.25)
    type_into(qtbot, edit, "2")
    assert churn_range_saved(window, dialogs, tmp_path / "low.roi") == (0.02, 0.22)
    assert window.presenter.value("client.ranges.annual_churn_rate") == {"low": 0.17, "high": 0.22}


def test_a_meeting_slider_widens_the_churn_range_only_to_its_current_value(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    window.enter_meeting(full_screen=False)
    churn = window.meeting.sliders["cut_churn"]  # the cut's file range: 0.5..3 pp
    churn.slider.setValue(churn.slider.maximum())
    assert window.presenter.project.scenarios[0].churn_change_high_pp == 10
    churn.slider.setValue(churn.slider.minimum() + (churn.slider.maximum() - churn.slider.minimum()) // 2)
    scenario = window.presenter.project.scenarios[0]
    assert scenario.churn_change_low_pp == min(0.5, scenario.churn_change_pp)
    assert scenario.churn_change_high_pp == max(3.0, scenario.churn_change_pp)


def move_meeting_sliders(window):
    meeting = window.meeting
    cut_size, churn = meeting.sliders["cut_size"], meeting.sliders["cut_churn"]
    cut_size.slider.setValue(cut_size.slider.minimum())  # a 60 % cut
    churn.slider.setValue(churn.slider.maximum())  # +10 pp, beyond the file's high of 3 pp


def test_leaving_the_meeting_asks_and_discard_restores_the_start(gui, qtbot):
    window, dialogs = gui(PL_SAMPLE)
    before = load_project(PL_SAMPLE).scenarios[0]
    window.enter_meeting(full_screen=False)
    qtbot.keyClick(window.meeting, Qt.Key_Escape)  # nothing moved: no question
    assert not dialogs.asked("ask_keep_meeting_changes") and not window.presenter.dirty
    window.enter_meeting(full_screen=False)
    move_meeting_sliders(window)
    assert window.presenter.project.scenarios[0].service_spend_change == -0.6
    dialogs.keep_meeting_changes = False
    qtbot.keyClick(window.meeting, Qt.Key_Escape)
    assert len(dialogs.asked("ask_keep_meeting_changes")) == 1 and not window.in_meeting
    assert window.presenter.project.scenarios[0] == before  # churn low/high included
    assert not window.presenter.dirty


def test_leaving_the_meeting_can_keep_the_what_ifs(gui, qtbot):
    window, dialogs = gui(PL_SAMPLE)
    window.enter_meeting(full_screen=False)
    move_meeting_sliders(window)
    dialogs.keep_meeting_changes = True
    qtbot.keyClick(window.meeting, Qt.Key_Escape)
    assert dialogs.asked("ask_keep_meeting_changes") and not window.in_meeting
    scenario = window.presenter.project.scenarios[0]
    assert (scenario.service_spend_change, scenario.churn_change_pp, scenario.churn_change_high_pp) == (-0.6, 10, 10)
    assert window.presenter.dirty
    assert window.scenario_panel.editor.findChild(NumberEdit, "service_spend_change").text() == "-60"


def test_new_scenarios_start_with_no_effect(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    panel = window.scenario_panel
    for button in ("add_investment", "add_cut"):
        qtbot.mouseClick(panel.buttons[button], Qt.LeftButton)
    project, result = window.presenter.project, window.presenter.result
    for scenario, outcome in zip(project.scenarios[-2:], result.scenarios[-2:]):
        assert (scenario.churn_change_pp, scenario.service_spend_change, scenario.one_off_cost,
                scenario.extra_annual_cost, scenario.lines) == (0, 0, 0, 0, ())
        assert abs(outcome.npv) < 1e-6 and max(abs(v) for v in outcome.cumulative_net) < 1e-6


def test_an_invalid_field_keeps_the_last_results_visible_and_dimmed(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    window.resize(1440, 900)  # the card strip on screen (a smaller window scrolls it out of view)
    window.show()
    panel = window.results_panel
    npv_texts = [card.npv.text() for card in panel.card_widgets]
    edit = window.client_panel.findChild(NumberEdit, "annual_churn_rate")
    type_into(qtbot, edit, "abc")
    assert panel.is_stale and panel.stale.isVisible()
    assert panel.content.isVisible() and panel.cash_chart.isVisible()
    assert [card.npv.text() for card in panel.card_widgets] == npv_texts  # the last valid numbers
    assert panel.content.graphicsEffect().isEnabled()  # dimmed
    assert panel.stale.geometry().bottom() < panel.content.geometry().top()  # the banner sits above them
    assert "out of date" in panel.stale_title.text().lower() and "Churn per year" in panel.stale_list.text()
    strip = panel.cards_box.parentWidget().parentWidget()  # dimmed, not blacked out: light grey at worst
    image = window.grab(strip.geometry().translated(strip.parentWidget().mapTo(window, strip.pos()) - strip.pos())).toImage()
    darkest = min(image.pixelColor(x, y).lightness() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7))
    assert darkest > 120
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key_Backspace)  # an empty required field
    assert window.presenter.problems["client.annual_churn_rate"].startswith("Required.")
    qtbot.keyClicks(edit, "21")
    assert not panel.is_stale and not panel.stale.isVisible()
    assert not panel.content.graphicsEffect().isEnabled()
    assert [card.npv.text() for card in panel.card_widgets] != npv_texts


def test_the_empty_field_message_is_polish_in_polish(gui, qtbot):
    window, _ = gui(PL_SAMPLE, lang="pl")
    edit = window.client_panel.findChild(NumberEdit, "annual_churn_rate")
    type_into(qtbot, edit, "")
    assert window.presenter.problems["client.annual_churn_rate"].startswith("Wymagane.")


def test_a_first_start_opens_at_a_size_that_fits_the_screen(gui, qtbot):
    from PySide6.QtCore import QRect
    from roi_desktop.gui.main_window import initial_geometry
    assert initial_geometry(QRect(0, 0, 2560, 1440)) == QRect(560, 270, 1440, 900)  # centered, 1440x900
    assert initial_geometry(QRect(0, 0, 1280, 720)).size().toTuple() == (1177, 662)  # 92 % of a small screen
    window, _ = gui(PL_SAMPLE)  # no saved geometry
    available = window.screen().availableGeometry()  # offscreen: 800x800, smaller than 1440x900
    expected = initial_geometry(available)
    window.show()
    assert window.geometry().height() == expected.height() == 736  # not 900: it fits the screen
    assert window.geometry().top() == expected.top()  # centered vertically
    assert window.frameGeometry().height() <= available.height()
    assert window.geometry().width() < 1440  # the width goes no lower than the three columns' minimum


def test_four_result_cards_at_1440_scroll_with_a_visible_scrollbar(gui, qtbot):
    """A guard (it passed before the review's fixes too): the fourth card is reached by a visible
    horizontal scrollbar and no card shrinks below a width that shows its NPV whole."""
    window, _ = gui(PL_SAMPLE)
    window.presenter.duplicate_scenario(0)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    panel = window.results_panel
    # the scroll area lays out its content after the show
    qtbot.waitUntil(lambda: sum(c.isVisible() and c.width() >= 190 for c in panel.card_widgets) == 4)
    cards = [c for c in panel.card_widgets if c.isVisible()]
    assert len(cards) == 4
    scroll = panel.cards_box.parentWidget().parentWidget()
    qtbot.waitUntil(lambda: panel.cards_box.width() <= scroll.viewport().width()
                    or scroll.horizontalScrollBar().isVisible())
    if panel.cards_box.width() > scroll.viewport().width():
        assert scroll.horizontalScrollBar().isVisible()
    for card in cards:
        assert card.width() >= 190 and card.npv.width() >= card.npv.sizeHint().width()


def test_meeting_with_eight_scenarios_scrolls_its_cards_inside_the_screen(gui, qtbot):
    window, _ = gui(PL_SAMPLE)
    presenter = window.presenter
    while presenter.scenario_count() < 8:
        presenter.duplicate_scenario(0)
    window.resize(1440, 900)
    window.show()
    window.enter_meeting(full_screen=False)
    qtbot.waitUntil(lambda: sum(label.isVisible() for label in window.meeting.card_labels) == 8
                    and window.meeting.cards_scroll.verticalScrollBar().isVisible())
    assert window.height() == 900  # the window does not grow past the screen
    meeting = window.meeting
    labels = [label for label in meeting.card_labels if label.isVisible()]
    assert len(labels) == 8
    for label in labels:  # every card gets the height its text needs: nothing cut, nothing overlapping
        assert label.height() >= label.heightForWidth(label.width())
    for upper, lower in zip(labels, labels[1:]):
        assert upper.geometry().bottom() < lower.geometry().top()
    assert meeting.cards_scroll.verticalScrollBar().isVisible()
    for button in (meeting.reset, meeting.back):  # presentation size, not a toolbar button
        assert button.sizeHint().height() >= 40 and button.fontInfo().pixelSize() >= 17


def test_the_meeting_headline_says_which_investment_figure_it_gives(gui, qtbot):
    from roi_desktop.reports.numbers import money_short
    for lang, up_front, costs in (("en", "Investing {} up front", "{} of costs over 3 years, present value"),
                                  ("pl", "Zainwestowanie {} na start", "{} kosztów w ciągu 3 lat, w wartości bieżącej")):
        window, _ = gui(PL_SAMPLE, lang=lang)
        window.enter_meeting(full_screen=False)
        best = window.presenter.result.scenarios[1]  # the featured investment: one-off 1.8m, PV of costs ~4.4m
        one_off, pv_costs = money_short(1_800_000, "PLN", lang), money_short(best.pv_costs, "PLN", lang)
        assert one_off != pv_costs
        text = window.meeting.headline.text()
        assert up_front.format(one_off) in text and costs.format(pv_costs) in text
        assert window.meeting.sliders["investment"].value_label.text() == one_off  # the slider's figure
        window.leave_meeting()
    window, _ = gui(PL_SAMPLE)
    window.presenter.set_value("scenarios[1].one_off_cost", 0)  # nothing up front: no "Investing 0 zł"
    window.enter_meeting(full_screen=False)
    pv_costs = money_short(window.presenter.result.scenarios[1].pv_costs, "PLN", "en")
    assert f"costs {pv_costs} over 3 years (present value)" in window.meeting.headline.text()
    assert "up front" not in window.meeting.headline.text()


def test_input_units_match_the_results_currency_and_the_horizon_number(gui, qtbot):
    from roi_desktop.reports.numbers import money
    window, _ = gui(PL_SAMPLE, lang="pl")
    client = window.client_panel
    spend = client.findChild(NumberEdit, "annual_service_spend")
    assert spend.suffix == "zł" and money(1, "PLN", "pl").endswith(spend.suffix)  # as the results write it
    assert window.scenario_panel.findChild(NumberEdit, "one_off_cost").suffix == "zł"
    horizon = client.findChild(NumberEdit, "horizon_years")
    assert horizon.suffix == "lata"  # 3 lata
    for text, unit in (("5", "lat"), ("1", "rok"), ("4", "lata"), ("12", "lat"), ("22", "lata")):
        type_into(qtbot, horizon, text)
        assert horizon.suffix == unit, text
    type_into(qtbot, horizon, "11")
    assert "od 1\u00a0roku do 10\u00a0lat" in horizon.error
    type_into(qtbot, horizon, "3")
    client.currency.setCurrentText("EUR")
    assert spend.suffix == "€"
    english, _ = gui(PL_SAMPLE, lang="en")
    english_horizon = english.client_panel.findChild(NumberEdit, "horizon_years")
    assert english_horizon.suffix == "years"
    assert english.client_panel.findChild(NumberEdit, "annual_service_spend").suffix == "PLN"


def test_discard_after_a_language_change_in_the_meeting_still_restores_its_start(gui, qtbot):
    window, dialogs = gui(PL_SAMPLE)
    before = load_project(PL_SAMPLE).scenarios[0]
    window.enter_meeting(full_screen=False)
    move_meeting_sliders(window)
    window.set_language("pl")  # rebuilds every widget, the meeting too
    assert window.in_meeting
    dialogs.keep_meeting_changes = False
    qtbot.keyClick(window.meeting, Qt.Key_Escape)
    assert dialogs.asked("ask_keep_meeting_changes")
    assert window.presenter.project.scenarios[0] == before and not window.presenter.dirty


def test_a_scenario_range_follows_the_typed_value_without_being_rewritten(qapp):
    from roi_desktop.gui.presenter import Presenter
    from roi_desktop.projectfile import project_from_dict, project_to_dict
    data = project_to_dict(load_project(PL_SAMPLE))
    data["scenarios"][1]["ranges"] = {"one_off_cost": {"low": 1_500_000, "high": 2_500_000}}  # point: 1.8m
    presenter = Presenter(project_from_dict(data))
    for text, expected in (("3000000", (1_500_000, 3_000_000)), ("1000000", (1_000_000, 2_500_000)),
                           ("2000000", (1_500_000, 2_500_000))):
        presenter.set_text("scenarios[1].one_off_cost", text)
        rng = presenter.project.scenarios[1].ranges["one_off_cost"]
        assert (rng.low, rng.high) == expected, text
    assert presenter.value("scenarios[1].ranges.one_off_cost") == {"low": 1_500_000, "high": 2_500_000}


def test_typing_a_horizon_never_loses_custom_line_amounts(qtbot, tmp_path):
    """Typing "10" passes through a horizon of 1; going 5 -> 3 -> 5 must keep Years 4-5."""
    from roi_desktop.gui.presenter import Presenter
    from roi_desktop.projectfile import load_project

    presenter = Presenter(lang="en")
    project = load_project(EN_SAMPLE)  # 5 years; scenario 3 has a custom benefit line
    presenter.load(project, None)
    before = list(project.scenarios[2].lines[0].amounts)
    for typed in ("1", "10", "3", "5"):
        presenter.set_text("analysis.horizon_years", typed)
    assert presenter.project is not None
    assert list(presenter.project.scenarios[2].lines[0].amounts) == before
    presenter.set_text("analysis.horizon_years", "3")
    assert list(presenter.project.scenarios[2].lines[0].amounts) == before[:4]
    presenter.set_text("analysis.horizon_years", "5")
    assert list(presenter.project.scenarios[2].lines[0].amounts) == before


def test_placeholders_in_a_scenario_name_are_printed_as_typed():
    from roi_desktop.core import calculate
    from roi_desktop.gui.texts.results_text import headline

    project = load_project(PL_SAMPLE)
    renamed = tuple(s.with_changes(name="CRM %3 upgrade %1") if s.kind == "investment" else s
                    for s in project.scenarios)
    text = headline(calculate(project.with_changes(scenarios=renamed)), "en")
    assert "CRM %3 upgrade %1" in text
