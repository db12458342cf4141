"""The Monte Carlo's batched evaluator and the engine's scenario_npv agree with calculate().

Expected values come from roi_desktop.core.calculate on a project with the inputs replaced, one
variant at a time: the engine is the single source of the numbers.
"""

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roi_desktop.core import Analysis, Client, CustomLine, Project, Scenario, calculate, scenario_npv
from roi_desktop.core.batch_npv import batch_npv
from roi_desktop.projectfile import load_project

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
SAMPLE_NAMES = ("northwind-energy-en.roi", "telkom-polnoc-pl.roi")


def recalculated(project, index, churn=None, client=None, own=None):
    """calculate() NPV of scenario ``index`` with some inputs replaced (ranges dropped so they stay valid)."""
    s = project.scenarios[index]
    c = replace(project.client, ranges={}, **(client or {}))
    s = replace(s, churn_change_low_pp=None, churn_change_high_pp=None, ranges={}, **(own or {}),
                **({} if churn is None else {"churn_change_pp": churn}))
    return calculate(replace(project, client=c, scenarios=(s,))).scenarios[0].npv


def scale(project):
    """A money scale for float tolerances: NPV is a difference of flows of this size."""
    r = calculate(project)
    return 1.0 + sum(float(np.abs(line.adjusted).sum()) for s in r.scenarios for line in s.lines) \
        + float(np.abs(r.baseline.gross_profit).sum())


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_evaluators_equal_calculate_at_the_point(name):
    project = load_project(SAMPLES / name)
    result = calculate(project)
    tol = 1e-12 * scale(project)
    for i, s in enumerate(project.scenarios):
        assert abs(float(scenario_npv(project, s)) - result.scenarios[i].npv) <= tol
        assert abs(float(batch_npv(project, i)[0]) - result.scenarios[i].npv) <= tol


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_batched_variants_equal_single_recalculations(name):
    project = load_project(SAMPLES / name)
    rng = np.random.default_rng(7)
    n = 6
    client = {"annual_churn_rate": rng.uniform(0.05, 0.4, n), "gross_margin": rng.uniform(0.1, 0.7, n),
              "customers": rng.uniform(1e4, 1e6, n), "annual_revenue_per_customer": rng.uniform(100, 2000, n),
              "annual_new_customers": rng.uniform(0, 1e5, n), "annual_service_spend": rng.uniform(0, 3e7, n)}
    own = {"service_spend_change": rng.uniform(-0.5, 0.5, n), "one_off_cost": rng.uniform(0, 5e6, n),
           "extra_annual_cost": rng.uniform(0, 2e6, n), "revenue_per_customer_change": rng.uniform(-0.1, 0.1, n)}
    churn = rng.uniform(-5, 5, n)
    tol = 1e-11 * scale(project)
    for i in range(len(project.scenarios)):
        fast = batch_npv(project, i, churn_change_pp=churn, client_values=client, scenario_values=own)
        engine = scenario_npv(project, project.scenarios[i], churn_change_pp=churn, client_values=client,
                              scenario_values=own)
        for k in range(n):
            expected = recalculated(project, i, churn[k], {f: float(v[k]) for f, v in client.items()},
                                    {f: float(v[k]) for f, v in own.items()})
            assert abs(fast[k] - expected) <= tol
            assert abs(engine[k] - expected) <= tol


money = st.floats(0, 1e7)
fraction = st.floats(0, 1)


@st.composite
def projects(draw):
    years = draw(st.integers(1, 10))
    client = Client(customers=draw(st.floats(1, 1e7)), annual_revenue_per_customer=draw(st.floats(0, 1e5)),
                    gross_margin=draw(fraction), annual_churn_rate=draw(st.floats(0, 0.99)),
                    annual_new_customers=draw(st.floats(0, 1e6)), annual_service_spend=draw(st.floats(0, 1e9)))
    lines = ()
    if draw(st.booleans()):
        lines = (CustomLine("extra", draw(st.sampled_from(["benefit", "cost"])),
                            tuple(draw(st.lists(money, min_size=years + 1, max_size=years + 1))),
                            draw(st.one_of(st.none(), fraction))),)
    scenario = Scenario("s", kind=draw(st.sampled_from(["cut", "investment"])),
                        service_spend_change=draw(st.floats(-1, 10)), one_off_cost=draw(money),
                        extra_annual_cost=draw(money), churn_change_pp=draw(st.floats(-100, 100)),
                        revenue_per_customer_change=draw(st.floats(-1, 10)), ramp_months=draw(st.integers(0, 120)),
                        benefit_risk=draw(fraction), cost_risk=draw(fraction), lines=lines)
    return Project(client, Analysis(horizon_years=years, discount_rate=draw(fraction)), (scenario,))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(), st.lists(st.floats(-100, 100), min_size=1, max_size=4))
def test_any_valid_project_batch_equals_calculate(project, changes):
    changes = np.array(changes)
    fast = batch_npv(project, 0, churn_change_pp=changes)
    tol = 1e-10 * scale(project)
    for k, x in enumerate(changes):
        assert abs(fast[k] - recalculated(project, 0, float(x))) <= tol


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_one_evaluator_gives_the_same_bits_at_any_batch_size(name):
    """The engine (one variant), the break-even and tornado (a few) and the Monte Carlo (thousands,
    stepped by hand from ROW_LOOP_FROM) share the evaluator: a variant's NPV must not depend on the
    batch around it, and the point variant must equal the engine's NPV exactly (no reconciliation)."""
    from roi_desktop.core.batch_npv import ROW_LOOP_FROM, NpvEvaluator
    project = load_project(SAMPLES / name)
    result = calculate(project)
    evaluator = NpvEvaluator(project)
    n = ROW_LOOP_FROM + 7
    rng = np.random.default_rng(3)
    client = {"annual_churn_rate": rng.uniform(0.05, 0.4, n), "customers": rng.uniform(1e4, 1e6, n)}
    client["annual_churn_rate"][5] = project.client.annual_churn_rate
    client["customers"][5] = project.client.customers
    for i, s in enumerate(project.scenarios):
        churn = rng.uniform(-5, 5, n)
        churn[5] = s.churn_change_pp
        many = evaluator.npv(i, evaluator.client_chunk(client, n), churn)
        few = evaluator.npv(i, evaluator.client_chunk({k: v[:9] for k, v in client.items()}, 9), churn[:9])
        assert np.array_equal(many[:9], few)
        assert many[5] == result.scenarios[i].npv
