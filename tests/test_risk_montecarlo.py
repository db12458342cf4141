"""Monte Carlo: exactness for certain inputs, convergence to analytic quantiles, reproducibility."""

import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roi_desktop.core import Analysis, Client, Project, Range, Scenario, ValidationError, calculate
from roi_desktop.core.montecarlo import RiskCancelled, input_stream, simulate, triangular_from_uniform
from roi_desktop.core.risk import analyse_risk
from roi_desktop.projectfile import load_project

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def northwind():
    return load_project(SAMPLES / "northwind-energy-en.roi")


def triangular_quantile(p, low, mode, high):
    """Analytic quantile of the triangular distribution, from its CDF:
    F(x) = (x - low)^2 / ((high - low)(mode - low)) for low <= x <= mode, and
    F(x) = 1 - (high - x)^2 / ((high - low)(high - mode)) for mode <= x <= high; solved for x."""
    c = (mode - low) / (high - low)
    if p <= c:
        return low + math.sqrt(p * (high - low) * (mode - low))
    return high - math.sqrt((1 - p) * (high - low) * (high - mode))


def with_all_ranges(project, zero_width):
    """Every NPV input given a range: zero-width (low = high = value) or a real one around the value."""
    def rng(v, lo, hi):
        return Range(v, v) if zero_width else Range(lo, hi)
    c = project.client
    client = replace(c, ranges={
        "customers": rng(c.customers, c.customers * 0.9, c.customers * 1.1),
        "annual_revenue_per_customer": rng(c.annual_revenue_per_customer, c.annual_revenue_per_customer * 0.9,
                                           c.annual_revenue_per_customer * 1.05),
        "gross_margin": rng(c.gross_margin, c.gross_margin * 0.9, c.gross_margin * 1.1),
        "annual_churn_rate": rng(c.annual_churn_rate, c.annual_churn_rate - 0.02, c.annual_churn_rate + 0.03),
        "annual_new_customers": rng(c.annual_new_customers, 0, c.annual_new_customers * 1.2),
        "annual_service_spend": rng(c.annual_service_spend, c.annual_service_spend * 0.95, c.annual_service_spend * 1.1),
    })
    scenarios = []
    for s in project.scenarios:
        ranges = {
            "service_spend_change": rng(s.service_spend_change, s.service_spend_change - 0.01,
                                        s.service_spend_change + 0.02),
            "one_off_cost": rng(s.one_off_cost, s.one_off_cost * 0.9, s.one_off_cost * 1.3 + 5000),
            "extra_annual_cost": rng(s.extra_annual_cost, s.extra_annual_cost * 0.9, s.extra_annual_cost * 1.3 + 5000),
            "revenue_per_customer_change": rng(s.revenue_per_customer_change, s.revenue_per_customer_change - 0.01,
                                               s.revenue_per_customer_change + 0.02),
        }
        lo, hi = (s.churn_change_pp, s.churn_change_pp) if zero_width else (s.churn_low, s.churn_high)
        scenarios.append(replace(s, churn_change_low_pp=lo, churn_change_high_pp=hi, ranges=ranges))
    return replace(project, client=client, scenarios=tuple(scenarios))


def test_zero_width_ranges_give_the_deterministic_npv_exactly():
    project = with_all_ranges(northwind(), zero_width=True)
    result = calculate(project)
    risk = analyse_risk(project, trials=1000, seed=3)
    for r, s in zip(result.scenarios, risk.scenarios):
        mc = s.monte_carlo
        assert mc.p10 == mc.p50 == mc.p90 == r.npv
        assert mc.prob_positive == (1.0 if r.npv > 0 else 0.0)
        assert sum(mc.histogram_counts) == 1000


def test_degenerate_triangular_returns_the_point_exactly():
    u = np.random.default_rng(0).random(1000)
    assert np.all(triangular_from_uniform(u, 0.1 + 0.2, 0.1 + 0.2, 0.1 + 0.2) == 0.1 + 0.2)
    x = triangular_from_uniform(u, -1.8, -1.0, -0.3)
    assert x.min() >= -1.8 and x.max() <= -0.3


def test_trials_with_one_uncertain_input_equal_recalculations_with_the_drawn_value():
    """Only the churn change of scenario 0 is uncertain: redraw its values from its stream and
    recalculate each of a few trials with the engine."""
    project = with_all_ranges(northwind(), zero_width=True)
    s0 = project.scenarios[0].with_changes(churn_change_low_pp=0.5, churn_change_high_pp=2.5)
    project = replace(project, scenarios=(s0,) + project.scenarios[1:])
    npvs = simulate(project, calculate(project), 200, 11)
    drawn = triangular_from_uniform(input_stream(11, "scenarios[0].churn_change_pp").random(200), 0.5, 1.5, 2.5)
    for k in (0, 1, 57, 199):
        s = s0.with_changes(churn_change_pp=float(drawn[k]), churn_change_low_pp=None, churn_change_high_pp=None)
        expected = calculate(replace(project, scenarios=(s,))).scenarios[0].npv
        assert npvs[0, k] == pytest.approx(expected, rel=1e-12, abs=1e-6)
    others = calculate(project).scenarios[1:]
    for i, r in enumerate(others, start=1):
        assert np.all(npvs[i] == r.npv)


def test_p50_p10_p90_converge_to_the_analytic_quantiles():
    """NPV falls strictly as the churn change rises, so with the churn change the only uncertain
    input, the NPV's p-quantile is NPV(churn change's (1 - p)-quantile) (a decreasing transform
    maps quantiles to mirrored quantiles). The sample p-quantile lies within +-delta in probability
    of the true one, delta = 5 standard errors sqrt(p(1 - p) / N); we check it lies between the NPVs
    at those churn quantiles."""
    client = Client(customers=50_000, annual_revenue_per_customer=900, gross_margin=0.3, annual_churn_rate=0.15,
                    annual_service_spend=4e6)
    low, mode, high = 2.0, 4.0, 6.5  # asymmetric, and the break-even (4.8 pp) lies inside
    cut = Scenario("cut", kind="cut", service_spend_change=-0.2, churn_change_pp=mode, churn_change_low_pp=low,
                   churn_change_high_pp=high, ramp_months=6)
    project = Project(client, Analysis(horizon_years=4, trials=200_000, seed=5), (cut,))
    mc = analyse_risk(project).scenarios[0].monte_carlo
    n = mc.trials

    def npv_at(x):
        return calculate(replace(project, scenarios=(cut.with_changes(
            churn_change_pp=x, churn_change_low_pp=None, churn_change_high_pp=None),))).scenarios[0].npv

    for p, got in ((0.1, mc.p10), (0.5, mc.p50), (0.9, mc.p90)):
        delta = 5 * math.sqrt(p * (1 - p) / n)
        slow = npv_at(triangular_quantile(1 - p + delta, low, mode, high))
        fast = npv_at(triangular_quantile(1 - p - delta, low, mode, high))
        assert slow <= got <= fast
    # the analytic median itself, for the record: the band above is narrow around it
    analytic_p50 = npv_at(triangular_quantile(0.5, low, mode, high))
    assert mc.p50 == pytest.approx(analytic_p50, rel=0.02)
    # and P(NPV > 0) is the triangular CDF at the break-even
    be = calculate(project).scenarios[0].breakeven_churn_change_pp
    cdf = (be - low) ** 2 / ((high - low) * (mode - low)) if be <= mode else \
        1 - (high - be) ** 2 / ((high - low) * (high - mode))
    assert mc.prob_positive == pytest.approx(cdf, abs=5 * math.sqrt(cdf * (1 - cdf) / n))


def test_linear_input_p50_is_the_npv_at_the_median_one_off_cost():
    """NPV is linear in the one-off cost: NPV = NPV0 - (x - x0) (1 + cost_risk). Its median is at the
    triangular median of x."""
    client = Client(customers=1000, annual_revenue_per_customer=100, gross_margin=0.5, annual_churn_rate=0.1)
    s = Scenario("inv", churn_change_pp=-1, one_off_cost=50_000, cost_risk=0.1,
                 ranges={"one_off_cost": Range(40_000, 90_000)})
    project = Project(client, Analysis(trials=100_000, seed=8), (s,))
    npv0 = calculate(project).scenarios[0].npv
    mc = analyse_risk(project).scenarios[0].monte_carlo
    median = triangular_quantile(0.5, 40_000, 50_000, 90_000)
    band = 5 * math.sqrt(0.25 / mc.trials)
    lo_x, hi_x = (triangular_quantile(0.5 + d, 40_000, 50_000, 90_000) for d in (-band, band))
    assert npv0 - (hi_x - 50_000) * 1.1 <= mc.p50 <= npv0 - (lo_x - 50_000) * 1.1
    assert mc.p50 == pytest.approx(npv0 - (median - 50_000) * 1.1, abs=(hi_x - lo_x) * 1.1)


def test_same_seed_same_numbers_other_seed_other_numbers():
    project = with_all_ranges(northwind(), zero_width=False)
    a = analyse_risk(project, trials=2000, seed=1)
    b = analyse_risk(project, trials=2000, seed=1)
    c = analyse_risk(project, trials=2000, seed=2)
    assert a == b
    assert all(x.monte_carlo.p50 != y.monte_carlo.p50 for x, y in zip(a.scenarios, c.scenarios))
    assert a.prob_best_investment_beats_best_cut is not None


@pytest.mark.slow  # large simulations
@pytest.mark.parametrize("trials, chunk", [(300, 1), (5000, 777), (5000, 4096)])
def test_chunking_does_not_change_a_number(trials, chunk):
    project = with_all_ranges(northwind(), zero_width=False)
    result = calculate(project)
    whole = simulate(project, result, trials, 9, chunk_trials=trials)
    assert np.array_equal(simulate(project, result, trials, 9, chunk_trials=chunk), whole)


def test_client_inputs_are_shared_by_all_scenarios_in_a_trial():
    """With only the client churn uncertain, every scenario's NPV in a trial follows the same draw:
    the trial that is worst for one scenario (highest churn) is the same for two cuts alike."""
    project = northwind()
    project = replace(project, scenarios=tuple(
        s.with_changes(churn_change_low_pp=None, churn_change_high_pp=None) for s in project.scenarios))
    npvs = simulate(project, calculate(project), 3000, 4)
    drawn = triangular_from_uniform(input_stream(4, "client.annual_churn_rate").random(3000), 0.12, 0.14, 0.17)
    for i in range(len(project.scenarios)):
        order = np.argsort(drawn)
        assert np.all(np.diff(npvs[i][order]) <= 1e-6) or np.all(np.diff(npvs[i][order]) >= -1e-6)


def test_probability_best_investment_beats_best_cut_counts_trials():
    project = with_all_ranges(northwind(), zero_width=False)
    result = calculate(project)
    npvs = simulate(project, result, 3000, 12)
    risk = analyse_risk(project, trials=3000, seed=12, result=result)
    kinds = [s.kind for s in project.scenarios]
    inv = npvs[[k == "investment" for k in kinds]].max(axis=0)
    cut = npvs[[k == "cut" for k in kinds]].max(axis=0)
    assert risk.prob_best_investment_beats_best_cut == np.mean(inv > cut)
    only_cuts = replace(project, scenarios=tuple(s for s in project.scenarios if s.kind == "cut"))
    assert analyse_risk(only_cuts, trials=100).prob_best_investment_beats_best_cut is None


def test_a_million_trials_are_accepted_and_more_are_refused():
    with pytest.raises(ValidationError) as e:
        analyse_risk(northwind(), trials=1_000_001)
    assert e.value.fields == ("analysis.trials",)


def test_cancel_stops_between_chunks():
    with pytest.raises(RiskCancelled):
        analyse_risk(northwind(), trials=100_000, cancelled=lambda: True)


@st.composite
def ranged_projects(draw):
    def ranged(lo, hi):
        a, b, c = sorted(draw(st.floats(lo, hi)) for _ in range(3))
        return a, b, c
    lo, churn, hi = ranged(0, 0.95)
    m_lo, margin, m_hi = ranged(0, 1)
    client = Client(customers=draw(st.floats(1, 1e7)), annual_revenue_per_customer=draw(st.floats(0, 1e5)),
                    gross_margin=margin, annual_churn_rate=churn, annual_new_customers=draw(st.floats(0, 1e6)),
                    annual_service_spend=draw(st.floats(0, 1e9)),
                    ranges={"annual_churn_rate": Range(lo, hi), "gross_margin": Range(m_lo, m_hi)})
    scenarios = []
    for k in range(draw(st.integers(1, 3))):
        c_lo, c, c_hi = ranged(-100, 100)
        o_lo, o, o_hi = ranged(0, 1e7)
        scenarios.append(Scenario(f"s{k}", kind=draw(st.sampled_from(["cut", "investment"])),
                                  service_spend_change=draw(st.floats(-1, 10)), one_off_cost=o,
                                  churn_change_pp=c, churn_change_low_pp=c_lo, churn_change_high_pp=c_hi,
                                  ramp_months=draw(st.integers(0, 120)), benefit_risk=draw(st.floats(0, 1)),
                                  cost_risk=draw(st.floats(0, 1)), ranges={"one_off_cost": Range(o_lo, o_hi)}))
    analysis = Analysis(horizon_years=draw(st.integers(1, 10)), discount_rate=draw(st.floats(0, 1)), trials=200,
                        seed=draw(st.integers(0, 2**53)))  # above 2**53 the validator refuses seeds a float cannot hold
    return Project(client, analysis, tuple(scenarios))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ranged_projects())
def test_any_valid_project_gives_finite_ordered_quantiles_and_probabilities(project):
    risk = analyse_risk(project)
    for s in risk.scenarios:
        mc = s.monte_carlo
        assert all(math.isfinite(x) for x in (mc.p10, mc.p50, mc.p90))
        assert mc.p10 <= mc.p50 <= mc.p90
        assert 0 <= mc.prob_positive <= 1
        assert sum(mc.histogram_counts) == mc.trials == 200
        assert len(mc.histogram_edges) == len(mc.histogram_counts) + 1
        assert all(math.isfinite(b.swing) and b.swing > 0 for b in s.tornado)
    p = risk.prob_best_investment_beats_best_cut
    assert p is None or 0 <= p <= 1


def test_a_new_range_leaves_the_other_inputs_draws_alone():
    """Each input has its own stream: giving scenario 3 a one-off range changes scenario 3 only."""
    project = northwind()
    result = calculate(project)
    before = simulate(project, result, 2000, 21)
    s3 = project.scenarios[3]
    ranged = replace(project, scenarios=project.scenarios[:3] + (
        replace(s3, ranges={"one_off_cost": Range(s3.one_off_cost * 0.8, s3.one_off_cost * 1.5)}),))
    after = simulate(ranged, calculate(ranged), 2000, 21)
    assert np.array_equal(before[:3], after[:3])
    assert not np.array_equal(before[3], after[3])
