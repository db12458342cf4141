"""Tornado: each bar's NPVs equal single calculate() recalculations with the one input moved."""

import re
from dataclasses import replace
from pathlib import Path

import pytest

from roi_desktop.core import Analysis, Client, Project, Range, Scenario, calculate
from roi_desktop.core.risk import analyse_risk
from roi_desktop.core.tornado import tornado
from roi_desktop.reports.field_words import field_label
from roi_desktop.projectfile import load_project

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def moved(project, path, value):
    """The project with the input at ``path`` (project-file notation) set to ``value``; ranges dropped
    so the replaced value stays valid."""
    client = replace(project.client, ranges={})
    scenarios = [replace(s, churn_change_low_pp=None, churn_change_high_pp=None, ranges={}) for s in project.scenarios]
    analysis = project.analysis
    m = re.fullmatch(r"scenarios\[(\d+)\]\.(\w+)", path)
    if m:
        i = int(m.group(1))
        scenarios[i] = replace(scenarios[i], **{m.group(2): value})
    elif path.startswith("client."):
        client = replace(client, **{path[7:]: value})
    else:
        analysis = replace(analysis, **{path[9:]: value})
    return replace(project, client=client, analysis=analysis, scenarios=tuple(scenarios))


@pytest.mark.slow  # one recalculation per bar
@pytest.mark.parametrize("name", ["northwind-energy-en.roi", "telkom-polnoc-pl.roi"])
def test_swings_equal_single_recalculations(name):
    project = load_project(SAMPLES / name)
    result = calculate(project)
    risk = analyse_risk(project, trials=100)
    for i, s in enumerate(risk.scenarios):
        assert s.tornado, "every sample scenario has uncertain inputs"
        swings = [b.swing for b in s.tornado]
        assert swings == sorted(swings, reverse=True)
        for bar in s.tornado:
            low = calculate(moved(project, bar.input, bar.low_value)).scenarios[i].npv
            high = calculate(moved(project, bar.input, bar.high_value)).scenarios[i].npv
            tol = 1e-9 * max(1.0, abs(result.scenarios[i].npv), abs(low), abs(high))
            assert bar.npv_low == pytest.approx(low, abs=tol)
            assert bar.npv_high == pytest.approx(high, abs=tol)
            assert bar.swing == pytest.approx(abs(high - low), abs=2 * tol)


def test_ranges_are_used_else_twenty_percent_clipped_to_the_valid_range():
    client = Client(customers=1000, annual_revenue_per_customer=500, gross_margin=0.9, annual_churn_rate=0.2,
                    annual_service_spend=100_000, ranges={"annual_churn_rate": Range(0.15, 0.3)})
    s = Scenario("inv", churn_change_pp=-2, one_off_cost=10_000, extra_annual_cost=0,
                 churn_change_low_pp=-3, churn_change_high_pp=-0.5, ranges={"one_off_cost": Range(8000, 20_000)})
    project = Project(client, Analysis(discount_rate=0.1), (s,))
    bars = {b.input: b for b in tornado(project, 0, calculate(project).scenarios[0].npv)}
    assert (bars["scenarios[0].churn_change_pp"].low_value, bars["scenarios[0].churn_change_pp"].high_value) == (-3, -0.5)
    assert (bars["client.annual_churn_rate"].low_value, bars["client.annual_churn_rate"].high_value) == (0.15, 0.3)
    assert (bars["scenarios[0].one_off_cost"].low_value, bars["scenarios[0].one_off_cost"].high_value) == (8000, 20_000)
    assert (bars["client.gross_margin"].low_value, bars["client.gross_margin"].high_value) == (0.72, 1.0)  # 1.08 clipped
    assert (bars["client.customers"].low_value, bars["client.customers"].high_value) == (800, 1200)
    assert (bars["analysis.discount_rate"].low_value, bars["analysis.discount_rate"].high_value) == (0.08, 0.12)
    # zero without a range: no swing, no bar (extra cost, new customers); spend unchanged: no effect, no bar
    assert "scenarios[0].extra_annual_cost" not in bars
    assert "client.annual_new_customers" not in bars
    assert "client.annual_service_spend" not in bars
    assert bars["scenarios[0].one_off_cost"].npv_low > bars["scenarios[0].one_off_cost"].npv_high


def test_churn_change_without_a_range_moves_twenty_percent():
    client = Client(customers=1000, annual_revenue_per_customer=500, gross_margin=0.5, annual_churn_rate=0.2)
    s = Scenario("cut", kind="cut", service_spend_change=-0.1, churn_change_pp=1.5)
    project = Project(client, scenarios=(s,))
    bar = next(b for b in tornado(project, 0, calculate(project).scenarios[0].npv)
               if b.input == "scenarios[0].churn_change_pp")
    assert (bar.low_value, bar.high_value) == (1.2, 1.8)
    assert bar.npv_low > bar.npv_high  # more churn, less NPV


def test_labels_follow_the_language():
    project = load_project(SAMPLES / "telkom-polnoc-pl.roi")
    npv = calculate(project).scenarios[0].npv
    paths = {b.input for b in tornado(project, 0, npv)}
    assert "client.gross_margin" in paths  # the core names inputs by path; the words come from reports
    assert field_label("client.gross_margin", "pl") == "Marża brutto"
    assert field_label("client.gross_margin", "en") == "Gross margin"
