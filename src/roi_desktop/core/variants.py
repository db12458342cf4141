"""NPV of one scenario for a batch of input variants (break-even, tornado): the engine's model
without building full results."""

from __future__ import annotations

import numpy as np

from . import flows
from .inputs import Project, Scenario


def scenario_npv(project: Project, scenario: Scenario, *, churn_change_pp=None, client_values=None,
                 scenario_values=None, discount_rate=None, base_profit: np.ndarray | None = None,
                 fixed_pv: float | None = None) -> np.ndarray:
    """NPV of a scenario for a batch of input variants, without building full results.

    Each override is an array of length B (or a scalar): ``churn_change_pp``; ``client_values``
    for customers, annual_revenue_per_customer, gross_margin, annual_churn_rate,
    annual_new_customers, annual_service_spend; ``scenario_values`` for service_spend_change,
    extra_annual_cost, one_off_cost, revenue_per_customer_change. ``base_profit`` reuses the
    baseline's monthly gross profit when no client value is overridden; ``fixed_pv`` reuses
    :func:`fixed_lines_pv` when only the churn change varies (the break-even solve). Used by the
    break-even solve and the risk analysis; equals ``calculate(...).npv`` for the same inputs.
    """
    years, months = project.analysis.horizon_years, project.analysis.months
    rate = project.analysis.discount_rate if discount_rate is None else np.asarray(discount_rate, dtype=float)
    cv = dict(client_values or {})
    sv = dict(scenario_values or {})
    model_values = {k: v for k, v in cv.items() if k != "annual_service_spend"}
    if "revenue_per_customer_change" in sv:
        model_values["revenue_per_customer_change"] = sv["revenue_per_customer_change"]
    if base_profit is None or model_values:
        _, _, base_profit = flows.baseline_paths(project.client, months, model_values or None)
    _, _, profit = flows.scenario_paths(project.client, scenario, months, churn_change_pp=churn_change_pp,
                                        client_values=model_values or None)
    overrides = {k: v for k, v in sv.items() if k != "revenue_per_customer_change"}
    if "annual_service_spend" in cv:
        overrides["annual_service_spend"] = cv["annual_service_spend"]
    df = _discount_factors(rate, years)
    if fixed_pv is None or overrides or discount_rate is not None:
        fixed_pv = _pv(flows.fixed_lines(project.client, scenario, years, overrides=overrides), df)
    return np.asarray(fixed_pv + _pv([flows.margin_line(scenario, profit - base_profit)], df), dtype=float)


def fixed_lines_pv(project: Project, scenario: Scenario) -> float:
    """Risk-adjusted PV of the lines that do not depend on customers (spend change, extra cost,
    one-off, custom lines) at the project's own values."""
    years = project.analysis.horizon_years
    df = _discount_factors(project.analysis.discount_rate, years)
    return float(_pv(flows.fixed_lines(project.client, scenario, years), df))


def _discount_factors(rate, years: int) -> np.ndarray:
    rate_arr = np.asarray(rate, dtype=float)
    return 1.0 / (1.0 + (rate_arr[..., None] if rate_arr.ndim else rate_arr)) ** np.arange(years + 1)


def _pv(specs, df: np.ndarray):
    total = 0.0
    for spec in specs:
        yearly = spec.yearly * flows.risk_factors(spec.yearly, spec.benefit_risk, spec.cost_risk)
        total = total + np.sum(yearly * df, axis=-1)
    return total
