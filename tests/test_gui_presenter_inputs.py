"""The presenter and the number inputs without windows: parsing people's numbers, validation in the
units people type, scenario operations, and that nothing typed ever raises."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings, strategies as st

from gui_support import PL_SAMPLE
from roi_desktop.core import calculate
from roi_desktop.gui.widgets.numbers_input import ParseError, format_input, parse_number
from roi_desktop.gui.presenter import Presenter
from roi_desktop.projectfile import dumps_project, load_project


@pytest.mark.parametrize("text, lang, expected", [
    ("18,5", "pl", 18.5), ("18.5", "pl", 18.5), ("18.5", "en", 18.5), ("18,5", "en", 18.5),
    ("1 234 567", "pl", 1234567), ("1\u00a0234\u00a0567,25", "pl", 1234567.25), ("1,234,567", "en", 1234567),
    ("1,234,567.5", "en", 1234567.5), ("1.234.567,5", "pl", 1234567.5), ("1,234", "en", 1234), ("1,234", "pl", 1.234),
    ("−2,5", "pl", -2.5), ("-20 %", "en", -20), ("+1,5 p.p.", "pl", 1.5), ("3,5 mln", "pl", 3.5e6), ("2.5m", "en", 2.5e6),
    ("120k", "en", 120000), ("12 000 000 zł", "pl", 12e6), ("€1,200", "en", 1200), ("0", "en", 0),
])
def test_parse_number_reads_what_people_type(text, lang, expected):
    assert parse_number(text, lang) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3.4.5", "--5", "1e999", "12ab", "%", "nan", "inf", "1 2,3.4"])
def test_parse_number_rejects_what_is_not_a_number(text):
    with pytest.raises(ParseError):
        parse_number(text, "pl")


@given(st.floats(min_value=0, max_value=1e12, allow_nan=False), st.sampled_from(["pl", "en"]),
       st.sampled_from(["money", "count", "fraction", "pp"]))
@settings(max_examples=200, deadline=None)
def test_formatted_values_read_back_the_same(value, lang, unit):
    value = round(value, 2) if unit in ("money", "count") else round(value, 4)
    shown = format_input(value, unit, lang)
    back = parse_number(shown, lang)
    expected = value * 100 if unit == "fraction" else value
    assert math.isclose(back, expected, rel_tol=1e-9, abs_tol=1e-6)


@given(st.text(max_size=12))
@settings(max_examples=300, deadline=None)
@pytest.mark.slow  # hypothesis: many typed texts through the presenter
def test_nothing_typed_into_a_field_raises(qapp, text):
    presenter = Presenter(load_project(PL_SAMPLE))
    for path in ("client.annual_churn_rate", "scenarios[0].churn_change_pp", "analysis.horizon_years",
                 "scenarios[1].lines[0].amounts[1]", "scenarios[0].churn_change_low_pp"):
        presenter.set_text(path, text)
        assert presenter.result is not None
        if presenter.problems:
            assert all(isinstance(m, str) and m for m in presenter.problems.values())


def test_presenter_results_are_the_engines(qapp):
    project = load_project(PL_SAMPLE)
    presenter = Presenter(project)
    assert presenter.result.scenarios[2].npv == calculate(project).scenarios[2].npv
    presenter.set_text("client.annual_churn_rate", "20")
    assert presenter.project.client.annual_churn_rate == 0.2
    assert presenter.result.scenarios[2].npv == calculate(presenter.project).scenarios[2].npv


def test_range_messages_use_the_units_people_type(qapp):
    presenter = Presenter(load_project(PL_SAMPLE), lang="pl")
    presenter.set_text("client.gross_margin", "140")
    assert presenter.problems == {"client.gross_margin": "Enter a number from 0\u00a0% to 100\u00a0%."}
    presenter.set_text("client.gross_margin", "40")
    presenter.set_text("analysis.horizon_years", "2,5")
    # no translator installed here: the English sentence, the units by the presenter's language (Polish)
    assert presenter.problems["analysis.horizon_years"] == "Enter a whole number from 1\u00a0roku to 10\u00a0lat."
    presenter.set_text("analysis.horizon_years", "4")
    presenter.set_text("client.customers", "0")
    assert "greater than 0" in presenter.problems["client.customers"]


def test_an_invalid_value_keeps_the_last_good_result(qapp):
    presenter = Presenter(load_project(PL_SAMPLE))
    good = presenter.result
    presenter.set_text("client.annual_churn_rate", "abc")
    assert presenter.result is good and presenter.problems
    assert presenter.text("client.annual_churn_rate") == "abc"  # what was typed is never lost


def test_optional_range_ends_can_be_cleared(qapp):
    presenter = Presenter(load_project(PL_SAMPLE))
    presenter.set_text("scenarios[0].churn_change_low_pp", "")
    presenter.set_text("scenarios[0].churn_change_high_pp", " ")
    assert presenter.project.scenarios[0].churn_change_low_pp is None
    assert presenter.project.scenarios[0].churn_change_high_pp is None
    presenter.set_text("scenarios[0].churn_change_low_pp", "2")  # above the point value 1.5
    assert "between its low and high" in presenter.problems["scenarios[0].churn_change_pp"]


def test_client_ranges_follow_a_moved_point_value(qapp):
    presenter = Presenter(load_project(PL_SAMPLE))  # file range for churn: 17 %..22 %
    presenter.set_text("client.annual_churn_rate", "25")
    assert not presenter.problems
    assert presenter.project.client.ranges["annual_churn_rate"].high == 0.25


def test_scenario_operations_keep_typed_text_with_its_scenario(qapp):
    presenter = Presenter(load_project(PL_SAMPLE))
    presenter.set_text("scenarios[2].one_off_cost", "lots")
    presenter.move_scenario(2, -1)
    assert presenter.text("scenarios[1].one_off_cost") == "lots"
    assert "scenarios[1].one_off_cost" in presenter.problems
    presenter.duplicate_scenario(1)
    assert presenter.text("scenarios[2].one_off_cost") == "lots"
    presenter.delete_scenario(1)
    presenter.delete_scenario(1)
    assert not presenter.problems and presenter.scenario_count() == 2
    before = dumps_project(presenter.project)
    presenter.move_scenario(0, -1)  # nothing above the first: nothing changes
    assert dumps_project(presenter.project) == before


def test_line_names_must_be_unique(qapp):
    presenter = Presenter(load_project(PL_SAMPLE))
    presenter.add_line(0, "benefit")
    presenter.add_line(0, "benefit")
    names = [line.name for line in presenter.project.scenarios[0].lines]
    assert names == ["Benefit", "Benefit 2"]
    presenter.set_value("scenarios[0].lines[1].name", "Benefit")
    assert presenter.problems == {"scenarios[0].lines[1].name": "Another line has this name already."}


def test_the_pinned_pyside6_does_not_leak_none(qapp):
    """pyproject.toml keeps PySide6 6.12.0 away from Python 3.11: it drops a reference to None on
    every void call and the app aborts after some thousand edits. The guard detects such a build."""
    from roi_desktop.gui.support import qt_guard
    assert not qt_guard.leaks_none()
    assert qt_guard.install(qapp) is None  # nothing to do on a sound build
