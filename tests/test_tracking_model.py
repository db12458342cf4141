"""Value realisation (core/tracking.py) against a direct computation of MODEL.md's formulas
(tests/tracking_reference.py, plain loops), and the tracking object's validation."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tracking_reference as ref
from roi_desktop.core import Analysis, Client, CustomLine, Project, Scenario, ValidationError, calculate
from roi_desktop.core.finance import discount_factors
from roi_desktop.core.tracking import BEHIND, NO_ACTUALS, ON_TRACK, slide_figures, track
from roi_desktop.core.tracking_inputs import ActualMonth, Tracking

CLIENT = Client(customers=10_000, annual_revenue_per_customer=600, gross_margin=0.45, annual_churn_rate=0.18,
                annual_new_customers=1_500, acquisition_cost=300, annual_service_spend=1_200_000,
                service_churn_share=0.3, name="Telkom Północ")
PLAN = Scenario("Szkolenie zespołu", kind="investment", service_spend_change=0.10, one_off_cost=150_000,
                extra_annual_cost=40_000, churn_change_pp=-2.0, ramp_months=6, benefit_risk=0.1, cost_risk=0.05,
                lines=(CustomLine("Fewer repeat calls", "benefit", (0, 20_000, 30_000, 30_000), 0.2),))
CUT = Scenario("Cięcie 20 %", kind="cut", service_spend_change=-0.2, churn_change_pp=1.5)


def project_with(actuals, *, scenario=1, start="2026-01", years=3, scenarios=(PLAN, CUT)) -> Project:
    months = tuple(a if isinstance(a, ActualMonth) else ActualMonth(a) for a in actuals)
    return Project(CLIENT, analysis=Analysis(horizon_years=years, discount_rate=0.08), scenarios=scenarios,
                   tracking=Tracking(scenario, start, months))


def tracked(project):
    return track(project, calculate(project))


def test_actuals_equal_to_the_plan_give_no_variance_and_the_planned_npv():
    plan = calculate(project_with([])).scenarios[0]
    for k in (1, 6, 36):
        t = tracked(project_with(plan.customers[1:k + 1].tolist()))
        assert np.all(t.variance == 0)
        assert t.reforecast_npv == pytest.approx(plan.npv, rel=1e-9, abs=1e-6)
        assert t.gap_npv == pytest.approx(0, abs=1e-6 * abs(plan.npv))
        assert t.status == ON_TRACK and t.gap_customers == 0


def test_actuals_on_the_baseline_path_leave_only_the_cost_changes():
    """Customers as if nothing changed for the whole horizon: the churn effect is gone, so the NPV is the
    scenario's fixed lines alone (spend change, extra cost, one-off, custom lines), risk-adjusted, discounted."""
    project = project_with([])
    result = calculate(project)
    baseline = result.baseline.customers[1:].tolist()
    t = tracked(project_with(baseline))
    df = discount_factors(0.08, 3)
    lines = [line for line in result.scenarios[0].lines if line.key != "margin_change"]
    expected = sum(float(line.adjusted @ df) for line in lines)
    # written out: the +10 % spend is a cost of 120,000 a year, extra 40,000, one-off 150,000, all x 1.05;
    # the custom benefit x 0.8
    by_hand = (-150_000 * 1.05 + sum((-120_000 - 40_000) * 1.05 / 1.08**t for t in (1, 2, 3))
               + sum(a * 0.8 / 1.08**t for t, a in ((1, 20_000), (2, 30_000), (3, 30_000))))
    assert expected == pytest.approx(by_hand, rel=1e-12)
    assert t.reforecast_npv == pytest.approx(expected, rel=1e-9)
    assert t.status == BEHIND and t.gap_customers < 0
    # the baseline's own churn is what was realised
    assert t.realised_churn == pytest.approx(CLIENT.annual_churn_rate, rel=1e-9)


@settings(max_examples=60, deadline=None)
@given(k=st.integers(1, 36), seed=st.integers(0, 2**32 - 1), plan=st.sampled_from([1, 2]),
       with_lost=st.booleans(), with_spend=st.booleans())
def test_random_actuals_agree_with_the_formulas(k, seed, plan, with_lost, with_spend):
    rng = np.random.default_rng(seed)
    customers = (10_000 * rng.uniform(0.8, 1.2, k)).tolist()
    lost = [float(x) if with_lost and rng.random() < 0.7 else None for x in rng.uniform(50, 300, k)]
    spend = [float(x) if with_spend and rng.random() < 0.7 else None for x in rng.uniform(50_000, 150_000, k)]
    months = [ActualMonth(c, lost=lo, service_spend=s) for c, lo, s in zip(customers, lost, spend)]
    project = project_with(months, scenario=plan)
    scenario = project.scenarios[plan - 1]
    t = tracked(project)
    planned, variance = ref.plan_and_variance(project, scenario, customers)
    assert np.allclose(t.plan_customers, planned, rtol=1e-12, atol=0)
    assert np.allclose(t.variance, variance, rtol=0, atol=1e-9 * 10_000)
    assert t.realised_churn == pytest.approx(ref.realised_churn(CLIENT, customers, lost), abs=1e-9)
    expected = ref.reforecast_npv(project, scenario, customers, spend)
    assert abs(t.reforecast_npv - expected) <= 1e-9 * max(1.0, abs(expected), 1e7)
    assert t.gap_npv == pytest.approx(t.reforecast_npv - calculate(project).scenarios[plan - 1].npv, abs=1e-9)
    share = variance[-1] / planned[-1]
    assert t.status == (ON_TRACK if share >= -0.005 else BEHIND)
    assert t.months[0] == "2026-01" and len(t.months) == k


def test_status_turns_behind_just_below_half_a_percent_of_plan():
    plan = calculate(project_with([])).scenarios[0].customers[1:4]
    at_edge = plan.copy()
    at_edge[-1] *= 1 - 0.00499  # inside the 0.5 % (exactly 0.5 % is on track too, up to rounding)
    assert tracked(project_with(at_edge.tolist())).status == ON_TRACK
    below = plan.copy()
    below[-1] *= 1 - 0.0051
    t = tracked(project_with(below.tolist()))
    assert t.status == BEHIND
    assert t.gap_customers == pytest.approx(-0.0051 * plan[-1])
    assert t.gap_npv < 0


def test_no_actuals_shows_the_plan_alone():
    project = project_with([])
    t = tracked(project)
    assert t.status == NO_ACTUALS and t.k == 0
    assert t.gap_customers is None and t.gap_npv is None and t.realised_churn is None
    assert t.reforecast_npv == calculate(project).scenarios[0].npv
    assert slide_figures(project, calculate(project))["status"] == NO_ACTUALS


def test_a_project_without_tracking_tracks_nothing():
    project = Project(CLIENT, scenarios=(PLAN,))
    assert track(project, calculate(project)) is None and slide_figures(project, calculate(project)) is None


def test_actual_service_spend_replaces_the_months_spend():
    """Spending exactly the baseline's monthly spend for 12 months removes a year of the +10 % cost."""
    plan = calculate(project_with([])).scenarios[0]
    months = [ActualMonth(c, service_spend=100_000.0) for c in plan.customers[1:13]]
    t = tracked(project_with(months))
    assert t.reforecast_npv - plan.npv == pytest.approx(120_000 * 1.05 / 1.08, rel=1e-9)


def test_start_month_labels_cross_the_year():
    t = tracked(project_with([10_000.0] * 3, start="2026-11"))
    assert t.months == ("2026-11", "2026-12", "2027-01")


@pytest.mark.parametrize("actual, path, month", [
    (ActualMonth(-5.0), "tracking.actuals[2].customers", "2026-03"),
    (ActualMonth(0.0), "tracking.actuals[2].customers", "2026-03"),
    (ActualMonth(math.nan), "tracking.actuals[2].customers", "2026-03"),
    (ActualMonth(9_000.0, lost=-1.0), "tracking.actuals[2].lost", "2026-03"),
    (ActualMonth(9_000.0, service_spend=-10.0), "tracking.actuals[2].service_spend", "2026-03"),
])
def test_impossible_actuals_are_refused_with_the_month_named(actual, path, month):
    with pytest.raises(ValidationError) as error:
        project_with([10_000.0, 10_000.0, actual])
    problem = error.value.problems[0]
    assert f"tracking.{problem.path}" == path or problem.path == path
    assert month in problem.message


def test_a_month_outside_the_horizon_is_refused_with_the_month_named():
    with pytest.raises(ValidationError) as error:
        project_with([10_000.0] * 13, years=1, start="2026-03", scenarios=(CUT,))
    (problem,) = error.value.problems
    assert problem.path == "tracking.actuals[12]"
    assert "2027-03" in problem.message and "1-year horizon" in problem.message


def test_the_plan_must_be_one_of_the_scenarios():
    with pytest.raises(ValidationError) as error:
        project_with([10_000.0], scenario=3)
    assert error.value.problems[0].path == "tracking.scenario"
    with pytest.raises(ValidationError):
        Tracking(0, "2026-01")
    with pytest.raises(ValidationError) as error:
        Tracking(1, "2026-13")
    assert error.value.problems[0].path == "start"
