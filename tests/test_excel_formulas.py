"""The workbook's formulas recompute the engine: an independent evaluator (the ``formulas`` package)
recalculates the exported workbook and must find calculate()'s figures, for both samples, after an
input is changed in the saved file, and for small hand-built edge cases (no costs, no IRR, 1 year).

Expected values come from roi_desktop.core.calculate on the same (or the changed) project.
"""

from __future__ import annotations

import math
from pathlib import Path

import openpyxl
import pytest

from roi_desktop.core import Analysis, Client, CustomLine, Project, Scenario, calculate
from roi_desktop.projectfile import load_project
from roi_desktop.reports.excel import write_workbook
from roi_desktop.reports.verdict_words import irr_text, payback_text
from roi_desktop.reports.words import text

formulas = pytest.importorskip("formulas")
pytestmark = pytest.mark.slow  # every workbook recomputed formula by formula in Python

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
REL = 1e-9
MONEY_METRICS = ("pv_benefits", "pv_costs", "npv")


class Recalculated:
    """A saved workbook recalculated by ``formulas``; values looked up by defined name."""

    def __init__(self, path: Path):
        self.path = path
        self.model = formulas.ExcelModel().loads(str(path)).finish()
        self.names = {}
        for name, dn in openpyxl.load_workbook(path).defined_names.items():
            (sheet, coord), = list(dn.destinations)
            self.names[name] = f"'[{path.name}]{sheet.upper()}'!{coord.replace('$', '')}"
        self.solution = self.model.calculate()

    def __getitem__(self, name: str):
        value = self.solution[self.names[name]].value[0][0]
        return value.item() if hasattr(value, "item") else value

    def recalculate(self, **inputs: float) -> None:
        """Change input cells (by defined name) and recalculate."""
        self.solution = self.model.calculate(inputs={self.names[k]: v for k, v in inputs.items()})


def assert_matches_engine(book: Recalculated, result, lang: str, exported=None) -> None:
    """``exported``: the result the workbook was written from (default ``result``). The IRR verdict and the
    payback words are the engine's at export (a spreadsheet cannot judge several rates), so after an edit
    they still read as exported while every figure follows the inputs."""
    none_text = text(lang, "workbook.not_in_horizon")
    at_export = (exported or result).scenarios
    for i, (s, e) in enumerate(zip(result.scenarios, at_export), start=1):
        for metric in MONEY_METRICS:
            assert book[f"{metric}_{i}"] == pytest.approx(getattr(s, metric), rel=REL, abs=1e-6), (i, metric)
        if s.roi is None:
            assert book[f"roi_{i}"] == text(lang, "workbook.no_roi"), i
        else:
            assert book[f"roi_{i}"] == pytest.approx(s.roi, rel=REL, abs=1e-12), i
        if not e.irr_verdict.shown:  # the engine's verdict, in the report's words
            assert book[f"irr_{i}"] == irr_text(lang, e.irr_verdict), i
        elif s.irr is None:
            assert book[f"irr_{i}"] == text(lang, "workbook.no_irr"), i
        else:
            assert book[f"irr_{i}"] == pytest.approx(s.irr, rel=REL, abs=1e-12), i
        assert book[f"payback_words_{i}"] == payback_text(lang, e.timing), i
        # payback_month_i follows calc --json: the crossover for a cut; crossover_month_i only for cuts
        assert book[f"payback_month_{i}"] == (none_text if s.timing_month is None else s.timing_month), i
        if s.kind == "cut":
            assert book[f"crossover_month_{i}"] == (none_text if s.crossover_month is None else s.crossover_month), i
        else:
            assert book[f"crossover_month_{i}"] == text(lang, "workbook.not_a_cut"), i
    clv = result.baseline.clv
    assert book["clv"] == (text(lang, "workbook.no_roi") if clv is None else pytest.approx(clv, rel=REL))
    assert book["lost_per_year"] == pytest.approx(result.baseline.cost_of_poor_service.customers_lost_per_year,
                                                  rel=REL)


@pytest.fixture(scope="module")
def telkom(tmp_path_factory):
    project = load_project(SAMPLES / "telkom-polnoc-pl.roi")
    path = write_workbook(calculate(project), tmp_path_factory.mktemp("xl") / "telkom.xlsx", lang="pl")
    return project, path, Recalculated(path)


def test_polish_sample_recomputes_the_engine(telkom):
    project, _, book = telkom
    assert_matches_engine(book, calculate(project), "pl")


def test_english_sample_recomputes_the_engine(tmp_path):
    project = load_project(SAMPLES / "northwind-energy-en.roi")
    result = calculate(project)
    assert len(result.scenarios) == 4 and project.analysis.horizon_years == 5
    assert_matches_engine(Recalculated(write_workbook(result, tmp_path / "northwind.xlsx", lang="en")), result, "en")


def test_changing_churn_in_the_saved_file_moves_npv_as_the_engine_does(telkom, tmp_path):
    project, path, _ = telkom
    wb = openpyxl.load_workbook(path)
    (sheet, coord), = list(wb.defined_names["annual_churn_rate"].destinations)
    assert wb[sheet][coord.replace("$", "")].value == project.client.annual_churn_rate
    wb[sheet][coord.replace("$", "")].value = 0.21
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    changed = project.with_changes(client=_client_with(project.client, annual_churn_rate=0.21))
    expected = calculate(changed)
    before = calculate(project)
    assert all(abs(a.npv - b.npv) > 1.0 for a, b in zip(expected.scenarios, before.scenarios))
    assert_matches_engine(Recalculated(edited), expected, "pl", exported=before)


def test_changing_a_scenario_input_recomputes_that_scenario(telkom):
    project, _, book = telkom
    exported = calculate(project)
    book.recalculate(s2_churn_change_pp=-2.5, discount_rate=0.07)
    scenarios = list(project.scenarios)
    scenarios[1] = scenarios[1].with_changes(churn_change_pp=-2.5, churn_change_low_pp=-2.5)
    changed = project.with_changes(scenarios=tuple(scenarios),
                                   analysis=Analysis(horizon_years=3, discount_rate=0.07, currency="PLN"))
    try:
        assert_matches_engine(book, calculate(changed), "pl", exported=exported)
    finally:
        book.recalculate()


def _client_with(client: Client, **changes) -> Client:
    from dataclasses import replace
    return replace(client, **changes)


def edge_project() -> Project:
    """One year; a pure churn improvement (no costs: ROI n/a, no IRR); a cut that is negative from month 0;
    custom lines with and without their own risk; no ramp; no new customers."""
    client = Client(customers=5_000, annual_revenue_per_customer=1_200, gross_margin=0.3, annual_churn_rate=0.25,
                    annual_service_spend=800_000, acquisition_cost=90, service_churn_share=0.5, name="Edge")
    free = Scenario("Free win", kind="investment", churn_change_pp=-3, revenue_per_customer_change=0.02)
    cut = Scenario("Cut with exit cost", kind="cut", service_spend_change=-0.1, one_off_cost=250_000,
                   churn_change_pp=4, ramp_months=3, benefit_risk=0.1, cost_risk=0.2,
                   lines=(CustomLine("Severance", "cost", (50_000.0, 10_000.0), risk=0.5),
                          CustomLine("Office sublet", "benefit", (0.0, 30_000.0))))
    invest = Scenario("Chatbot", kind="investment", service_spend_change=-0.05, one_off_cost=60_000,
                      extra_annual_cost=12_000, churn_change_pp=-1, ramp_months=0, benefit_risk=0.2,
                      lines=(CustomLine("Fewer calls", "benefit", (0.0, 40_000.0), risk=0.3),))
    return Project(client, Analysis(horizon_years=1, discount_rate=0.09, currency="EUR"), (free, cut, invest))


def test_edge_cases_recompute_the_engine(tmp_path):
    project = edge_project()
    result = calculate(project)
    assert result.scenarios[0].roi is None and result.scenarios[0].irr is None  # the branches this covers
    assert result.scenarios[1].crossover_month == 0 or result.scenarios[1].payback_month is None
    book = Recalculated(write_workbook(result, tmp_path / "edge.xlsx", lang="en"))
    assert_matches_engine(book, result, "en")
    for i in range(1, len(result.scenarios) + 1):
        assert math.isfinite(book[f"npv_{i}"])
