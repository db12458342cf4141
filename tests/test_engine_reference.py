"""The engine against hand-computed cases and against tests/reference_model.py, a plain-loop
implementation written independently from MODEL.md."""

import math

import numpy as np
import pytest
from hypothesis import given, settings

from reference_model import metrics, simulate
from roi_desktop.core import Client, CustomLine, Project, Scenario, calculate, scenario_npv
from roi_desktop.core.inputs import Analysis
from strategies import projects

CLIENT = Client(name="Test", customers=10_000, annual_revenue_per_customer=600, gross_margin=0.5,
                annual_churn_rate=0.2, annual_new_customers=1_200, acquisition_cost=250,
                annual_service_spend=1_000_000, service_churn_share=0.5)


def one(scenario, client=CLIENT, **analysis):
    return calculate(Project(client, Analysis(**analysis), scenarios=(scenario,))).scenarios[0]


def test_monthly_model_by_hand():
    # 1,000 customers, 12 % yearly churn, 120 new a year. q = 1 - 0.88^(1/12) = 0.0105967...
    c = Client(name="x", customers=1000, annual_revenue_per_customer=120, gross_margin=0.5, annual_churn_rate=0.12,
               annual_new_customers=120, acquisition_cost=0, annual_service_spend=0, service_churn_share=0)
    base = calculate(Project(c, Analysis(horizon_years=1))).baseline
    q = 1 - 0.88 ** (1 / 12)
    assert q == pytest.approx(0.0105962410, abs=1e-10)
    assert base.customers[1] == pytest.approx(1000 * (1 - q) + 10, rel=1e-14)
    assert base.customers[2] == pytest.approx((1000 * (1 - q) + 10) * (1 - q) + 10, rel=1e-14)
    assert base.revenue[0] == pytest.approx(1000 * 120 / 12)                          # 10,000 in month 1
    assert base.gross_profit[0] == pytest.approx(5000)
    # With no new customers, a year of monthly churn leaves exactly (1 - annual churn) of them.
    c0 = Client(name="x", customers=1000, annual_revenue_per_customer=120, gross_margin=0.5, annual_churn_rate=0.12,
                annual_new_customers=0, acquisition_cost=0, annual_service_spend=0, service_churn_share=0)
    assert calculate(Project(c0, Analysis(horizon_years=2))).baseline.customers[12] == pytest.approx(880, rel=1e-13)
    assert calculate(Project(c0, Analysis(horizon_years=2))).baseline.customers[24] == pytest.approx(774.4, rel=1e-13)


def test_pure_saving_by_hand():
    # 20 % of 1,000,000 saved each year, churn unchanged, benefit risk 10 %: 180,000 a year at 10 %.
    s = one(Scenario("cut", kind="cut", service_spend_change=-0.2, benefit_risk=0.1))
    expected = 180_000 * (1 / 1.1 + 1 / 1.1**2 + 1 / 1.1**3)  # 447,633.36
    assert s.pv_benefits == pytest.approx(expected, rel=1e-12)
    assert s.pv_costs == 0 and s.roi is None and s.irr is None
    assert s.npv == pytest.approx(447_633.358, abs=0.001)
    assert s.payback_month == 0 and s.crossover_month is None
    assert s.customers_vs_baseline.tolist() == [0, 0, 0]


def test_one_off_and_recurring_cost_by_hand():
    # One-off 100,000 (cost risk 10 % -> 110,000 at Year 0), benefit line 60,000 a year, rate 10 %, 3 years.
    s = one(Scenario("inv", one_off_cost=100_000, cost_risk=0.1,
                     lines=(CustomLine("savings", "benefit", (0, 60_000, 60_000, 60_000)),)))
    assert s.pv_costs == pytest.approx(110_000)
    assert s.pv_benefits == pytest.approx(60_000 * (1 / 1.1 + 1 / 1.21 + 1 / 1.331), rel=1e-12)  # 149,211.12
    assert s.npv == pytest.approx(39_211.119, abs=0.001)
    assert s.roi == pytest.approx(39_211.119 / 110_000, abs=1e-8)
    # monthly: -110,000 at month 0, +5,000 a month -> cumulative >= 0 first at month 22
    assert s.payback_month == 22
    assert s.irr == pytest.approx(0.293308, abs=1e-6)   # numpy_financial.irr([-110000, 60000, 60000, 60000])
    assert s.net.tolist() == pytest.approx([-110_000, 60_000, 60_000, 60_000])


def test_cut_crossover_by_hand():
    # 15,000 a year saved but 3 pp more churn: savings first, then the lost margin overtakes them.
    s = one(Scenario("cut", kind="cut", service_spend_change=-0.015, churn_change_pp=3), horizon_years=5)
    cumulative = s.cumulative_net
    m = s.crossover_month
    assert m is not None and cumulative[m] < 0 <= cumulative[m - 1]
    assert s.timing_month == m
    assert s.customers_vs_baseline[-1] < 0 and s.customers_lost > 0
    assert s.replacement_cost == pytest.approx(s.customers_lost * 250)
    assert s.revenue_at_risk > 0


def test_zero_change_scenario_is_the_baseline():
    s = one(Scenario("nothing"))
    assert s.npv == 0 and s.pv_benefits == 0 and s.pv_costs == 0
    assert np.all(s.customers_vs_baseline == 0) and s.revenue_at_risk == 0
    assert s.breakeven_churn_change_pp is None or abs(s.breakeven_churn_change_pp) < 1e-6


def test_ramp_makes_the_effect_grow_linearly():
    fast = one(Scenario("a", churn_change_pp=-2, ramp_months=0))
    slow = one(Scenario("b", churn_change_pp=-2, ramp_months=12))
    assert 0 < slow.npv < fast.npv
    customers, _, _ = simulate(CLIENT, 36, -2, 0, 12)
    assert slow.customers.tolist() == pytest.approx(customers, rel=1e-12)


def test_churn_clamps_at_zero_and_99_percent():
    low = one(Scenario("a", churn_change_pp=-50))           # 20 % - 50 pp -> 0 %
    zero = one(Scenario("b", churn_change_pp=-20))          # exactly 0 %
    assert low.npv == pytest.approx(zero.npv, rel=1e-12)
    high = one(Scenario("c", churn_change_pp=100))          # -> 99 %
    capped = one(Scenario("d", churn_change_pp=79))
    assert high.npv == pytest.approx(capped.npv, rel=1e-12)


def test_breakeven_makes_npv_zero_and_separates_signs():
    s = Scenario("inv", one_off_cost=200_000, extra_annual_cost=50_000, churn_change_pp=-1)
    result = one(s)
    be = result.breakeven_churn_change_pp
    p = Project(CLIENT, scenarios=(s,))
    assert be is not None and -100 <= be < 0
    assert abs(float(scenario_npv(p, s, churn_change_pp=be))) < 1e-6 * result.pv_costs
    assert scenario_npv(p, s, churn_change_pp=be - 0.01) > 0 > scenario_npv(p, s, churn_change_pp=be + 0.01)


def test_cost_of_poor_service_and_clv_by_hand():
    r = calculate(Project(CLIENT, Analysis(discount_rate=0.1)))
    # CLV: m = 600 x 0.5 = 300, r = 0.8, i = 0.1 -> 300 x 0.8 / 0.3 = 800
    assert r.baseline.clv == pytest.approx(800)
    cops = r.baseline.cost_of_poor_service
    assert cops.customers_lost_per_year == pytest.approx(10_000 * 0.2 * 0.5)   # 1,000 customers
    assert cops.annual_revenue_lost == pytest.approx(600_000)
    assert cops.lifetime_margin_lost == pytest.approx(800_000)


@settings(max_examples=60, deadline=None)
@given(projects())
@pytest.mark.slow  # hypothesis against the reference model
def test_engine_matches_the_plain_reference_and_is_finite(project):
    result = calculate(project)
    for s, sr in zip(project.scenarios, result.scenarios):
        ref = metrics(project, s)
        # the margin line is a difference of two gross profits: its rounding error scales with them
        gross = float(np.sum(result.baseline.gross_profit)) + float(np.sum(np.abs(sr.monthly_net)))
        scale = max(1.0, ref["pv_benefits"] + ref["pv_costs"], 1e-3 * gross)
        for key in ("pv_benefits", "pv_costs", "npv"):
            value = getattr(sr, key)
            assert math.isfinite(value)
            assert value == pytest.approx(ref[key], rel=1e-9, abs=1e-9 * scale)
        assert sr.net.tolist() == pytest.approx(ref["net"], rel=1e-9, abs=1e-9 * scale)
        # no ROI where the reference's would not be a finite number (costs of, say, 1e-308 give infinity)
        ref_roi = ref["roi"] if ref["roi"] is not None and math.isfinite(ref["roi"]) else None
        assert (sr.roi is None) == (ref_roi is None)
        assert sr.irr is None or math.isfinite(sr.irr)
        assert np.all(np.isfinite(sr.customers)) and np.all(sr.customers >= 0)
        assert sr.breakeven_churn_change_pp is None or -100 <= sr.breakeven_churn_change_pp <= 100
        assert float(scenario_npv(project, s)) == pytest.approx(sr.npv, rel=1e-9, abs=1e-9 * scale)
    assert result.baseline.clv is None or math.isfinite(result.baseline.clv)


def test_results_as_dataframes(sample_project):
    result = calculate(sample_project)
    years = sample_project.analysis.horizon_years
    for s in result.scenarios:
        table = s.yearly_table()
        assert list(table.columns) == [f"Year {t}" for t in range(years + 1)]
        assert table.loc["net"].sum() == pytest.approx(s.net.sum())
        assert s.monthly_table().shape[0] == 12 * years + 1
    assert result.summary_table().shape[0] == len(sample_project.scenarios)
    assert result.customers_table().shape == (12 * years + 1, len(sample_project.scenarios) + 1)


def test_yearly_table_rows_never_clash_with_custom_line_names():
    lines = tuple(CustomLine(name, "benefit", (0, 1000, 1000, 1000)) for name in ("net", "margin_change", "costs"))
    s = one(Scenario("inv", one_off_cost=500, lines=lines))
    table = s.yearly_table()
    assert len(table.index) == len(set(table.index)) == len(s.lines) + 5
    assert table.loc["net"].tolist() == pytest.approx(s.net.tolist())
    assert table.loc["custom:net"].tolist() == pytest.approx([0, 1000, 1000, 1000])


def test_best_index_picks_the_highest_npv_of_a_kind_first_on_ties():
    cuts = (Scenario("small cut", kind="cut", service_spend_change=-0.05),
            Scenario("big cut", kind="cut", service_spend_change=-0.3),
            Scenario("big cut again", kind="cut", service_spend_change=-0.3))
    r = calculate(Project(CLIENT, scenarios=cuts + (Scenario("inv", churn_change_pp=-1),)))
    assert r.best_index("cut") == 1 and r.best_index("investment") == 3
    assert calculate(Project(CLIENT, scenarios=cuts)).best_index("investment") is None
