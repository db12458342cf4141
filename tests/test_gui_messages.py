"""Every validation message the app shows exists in both languages: each core problem code is worded in
English and Polish, and each way a field can be wrong in the app reads differently in the two languages
(never the English text in the Polish interface)."""

from __future__ import annotations

import pytest

from gui_support import EN_SAMPLE  # noqa: F401
from roi_desktop.core.errors import PROBLEM_CODES, Problem
from roi_desktop.gui.presenter import Presenter
from roi_desktop.projectfile import load_project

PARAMS = {  # params of every code (core/errors.py lists them)
    "not_a_number": dict(low=0, high=1, low_open=False, high_open=False, integer=False, unit="fraction",
                         got_type="str", got="'x'"),
    "out_of_range": dict(low=0, high=1, low_open=False, high_open=True, integer=False, unit="fraction", got=2),
    "not_text": dict(got_type="int"), "too_long": dict(max=200, got=250), "control_characters": dict(notes=False),
    "not_one_of": dict(allowed=("cut", "investment"), got="'x'"), "not_a_currency": dict(got="'ZZ'"),
    "range_not_allowed": dict(allowed=("a", "b")), "outside_range": dict(low=1, point=0, high=2),
    "churn_outside_range": dict(low=1, point=0, high=2), "duplicate_line_name": dict(name="'A'"),
    "too_many_scenarios": dict(max=50, got=51), "amount_count": dict(expected=4, last_year=3, got=6),
}


@pytest.fixture
def in_language():
    """Install an interface language (the app's words come from its Qt translation); English after."""
    from roi_desktop.gui.texts import i18n
    yield i18n.install_language
    i18n.install_language("en")


@pytest.mark.parametrize("code", PROBLEM_CODES)
def test_every_problem_code_is_worded_in_both_languages_in_the_app(qtbot, in_language, code):
    from roi_desktop.gui.texts.problem_text import explain
    problem = Problem("scenarios[0].lines[0].name", "developer text", code, PARAMS.get(code, {}))
    said = {}
    for lang in ("en", "pl"):
        in_language(lang)
        said[lang] = explain(Presenter(load_project(EN_SAMPLE), lang=lang), problem)
    said_en, said_pl = said["en"], said["pl"]
    assert said_en and said_pl and "developer text" not in (said_en, said_pl)
    assert said_en != said_pl, code


# (path, what is typed or set) for each way the app's inputs can be wrong
WRONG = [
    ("client.customers", "0"), ("client.customers", "12,5"), ("client.customers", "abc"), ("client.customers", ""),
    ("client.gross_margin", "250"), ("client.annual_churn_rate", "100"), ("analysis.horizon_years", "11"),
    ("analysis.discount_rate", "-1"), ("analysis.trials", "5"), ("scenarios[0].churn_change_pp", "500"),
    ("scenarios[0].churn_change_pp", "9"), ("scenarios[0].ramp_months", "500"), ("scenarios[0].benefit_risk", "120"),
    ("scenarios[0].one_off_cost", "-5"), ("client.name", "x" * 250), ("client.name", ""),
    ("client.name", "a\x07b"), ("scenarios[0].name", ""), ("analysis.currency", "ZZ"),
    ("scenarios[2].lines[0].name", ""), ("report.title", "x" * 400),
]


@pytest.mark.parametrize("path,value", WRONG, ids=[f"{p}={v[:12]!r}" for p, v in WRONG])
def test_each_wrong_input_reads_in_the_interface_language(qtbot, in_language, path, value):
    said = {}
    for lang in ("en", "pl"):
        in_language(lang)
        p = Presenter(load_project(EN_SAMPLE), lang=lang)
        if path.endswith(("name", "currency", "title")):
            p.set_value(path, value)
        else:
            p.set_text(path, value)
        assert path in p.problems, (lang, p.problems)
        said[lang] = p.problems[path]
    assert said["en"] != said["pl"]
    assert "must" not in said["pl"] and "got" not in said["pl"]
