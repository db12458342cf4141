"""A scenario's money flows against the baseline, line by line, with TEI risk adjustment.

Lines (MODEL.md, "Money flows"): margin change, service spend change, extra recurring cost,
one-off cost, and each custom line. Positive amounts are benefits, negative ones costs.
Risk adjustment applies to each line's amount in each year by its sign: a benefit times
(1 - benefit_risk), a cost times (1 + cost_risk). A custom line's own risk replaces the
scenario's risk of its kind.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import monthly
from .fields import NPV_CLIENT_INPUTS
from .inputs import Client, Scenario

MARGIN_CHANGE = "margin_change"
SERVICE_SPEND_CHANGE = "service_spend_change"
EXTRA_RECURRING_COST = "extra_recurring_cost"
ONE_OFF_COST = "one_off_cost"
MODEL_LINES = (MARGIN_CHANGE, SERVICE_SPEND_CHANGE, EXTRA_RECURRING_COST, ONE_OFF_COST)


@dataclass(frozen=True)
class LineSpec:
    """One line before risk: yearly raw amounts (Year 0..T) and monthly raw amounts (month 0..M)."""

    key: str
    name: str
    custom: bool
    yearly: np.ndarray
    monthly: np.ndarray
    benefit_risk: float
    cost_risk: float


def risk_factors(raw, benefit_risk, cost_risk) -> np.ndarray:
    """Per amount: (1 - benefit_risk) for a benefit (> 0), (1 + cost_risk) for a cost (< 0), else 1."""
    raw = np.asarray(raw, dtype=float)
    if type(benefit_risk) is not float:  # a plain float multiplies a boolean array as a float64 does
        benefit_risk = np.asarray(benefit_risk, dtype=float)
    if type(cost_risk) is not float:
        cost_risk = np.asarray(cost_risk, dtype=float)
    return 1.0 - (raw > 0) * benefit_risk + (raw < 0) * cost_risk


def spread_yearly(yearly: np.ndarray) -> np.ndarray:
    """Year 0 at month 0, Year t spread evenly over its 12 months: shape (..., 12T + 1)."""
    months = np.repeat(yearly[..., 1:] / 12.0, 12, axis=-1)
    return np.concatenate([yearly[..., :1], months], axis=-1)


def monthly_factors(yearly_factors: np.ndarray) -> np.ndarray:
    """Each month takes its year's risk factor (month 0 takes Year 0's)."""
    return np.concatenate([yearly_factors[..., :1], np.repeat(yearly_factors[..., 1:], 12, axis=-1)], axis=-1)


def scenario_paths(client: Client, scenario: Scenario, months: int, *, churn_change_pp=None,
                   client_values: dict | None = None):
    """Customers, revenue and gross profit for the scenario (batchable through the overrides).

    ``client_values`` overrides client inputs with arrays of length B; ``churn_change_pp`` overrides
    the scenario's churn change likewise. Returns (customers, revenue, gross_profit).
    """
    v = _client_values(client, client_values)
    change = scenario.churn_change_pp if churn_change_pp is None else np.asarray(churn_change_pp, dtype=float)
    strength = monthly.ramp(months, scenario.ramp_months)
    base = np.asarray(v["annual_churn_rate"], dtype=float)
    chg = np.asarray(change, dtype=float)
    churn = monthly.scenario_churn(base[..., None] if base.ndim else base,
                                   chg[..., None] if chg.ndim else chg, strength)
    if churn.ndim == 1 and (base.ndim or chg.ndim):
        churn = churn[None, :]
    rpc_change = np.asarray(v.get("revenue_per_customer_change", scenario.revenue_per_customer_change), dtype=float)
    arpc = np.asarray(v["annual_revenue_per_customer"], dtype=float)
    arpc_by_month = (arpc[..., None] if arpc.ndim else arpc) * (
        1.0 + strength * (rpc_change[..., None] if rpc_change.ndim else rpc_change))
    customers = monthly.customer_path(v["customers"], v["annual_new_customers"], churn)
    revenue, profit = monthly.revenue_and_margin(customers, arpc_by_month, v["gross_margin"])
    return customers, revenue, profit


def all_scenario_paths(client: Client, scenarios, months: int):
    """Customers, revenue and gross profit of every scenario at once, a row each ((S, M + 1), (S, M), (S, M));
    each row has the bits of :func:`scenario_paths` for its scenario (the same elementwise operations,
    and running products and sums along each row)."""
    strength = np.array([monthly.ramp(months, s.ramp_months) for s in scenarios]).reshape(len(scenarios), months)
    change = np.array([[s.churn_change_pp] for s in scenarios], dtype=float).reshape(-1, 1)
    rpc = np.array([[s.revenue_per_customer_change] for s in scenarios], dtype=float).reshape(-1, 1)
    churn = monthly.scenario_churn(client.annual_churn_rate, change, strength)
    customers = monthly.customer_path(client.customers, client.annual_new_customers, churn)
    revenue, profit = monthly.revenue_and_margin(customers, client.annual_revenue_per_customer * (1.0 + strength * rpc),
                                                 client.gross_margin)
    return customers, revenue, profit


def baseline_paths(client: Client, months: int, client_values: dict | None = None):
    """Customers, revenue and gross profit of the client as it is."""
    v = _client_values(client, client_values)
    base = np.asarray(v["annual_churn_rate"], dtype=float)
    churn = np.broadcast_to(base[..., None] if base.ndim else base, base.shape + (months,))
    customers = monthly.customer_path(v["customers"], v["annual_new_customers"], churn)
    revenue, profit = monthly.revenue_and_margin(customers, v["annual_revenue_per_customer"], v["gross_margin"])
    return customers, revenue, profit


def _client_values(client: Client, overrides: dict | None) -> dict:
    values = {name: getattr(client, name) for name in NPV_CLIENT_INPUTS[:5]}  # the customer model's inputs
    if overrides:
        values.update(overrides)
    return values


def fixed_lines(client: Client, scenario: Scenario, years: int, *, overrides: dict | None = None) -> list[LineSpec]:
    """Every line that does not depend on the customer model: spend change, extra cost, one-off, custom.

    ``overrides`` may replace annual_service_spend, service_spend_change, extra_annual_cost and
    one_off_cost (scalars, or arrays of length B for a batch).
    """
    o = overrides or {}
    spend = np.asarray(o.get("annual_service_spend", client.annual_service_spend), dtype=float)
    change = np.asarray(o.get("service_spend_change", scenario.service_spend_change), dtype=float)
    extra = np.asarray(o.get("extra_annual_cost", scenario.extra_annual_cost), dtype=float)
    one_off = np.asarray(o.get("one_off_cost", scenario.one_off_cost), dtype=float)
    br, cr = scenario.benefit_risk, scenario.cost_risk
    every_year = np.ones(years + 1)
    every_year[0] = 0.0
    year0 = np.zeros(years + 1)
    year0[0] = 1.0

    def col(x):
        return x[..., None] if x.ndim else x

    yearly = [-col(change * spend) * every_year + 0.0, -col(extra) * every_year + 0.0,  # + 0.0: no -0.0
              -col(one_off) * year0 + 0.0]
    risks = [(br, cr)] * 3
    for line in scenario.lines:
        yearly.append(line.sign * np.asarray(line.amounts, dtype=float))
        risks.append((br if line.risk is None or line.kind == "cost" else line.risk,
                      cr if line.risk is None or line.kind == "benefit" else line.risk))
    keys = [(SERVICE_SPEND_CHANGE, SERVICE_SPEND_CHANGE, False), (EXTRA_RECURRING_COST, EXTRA_RECURRING_COST, False),
            (ONE_OFF_COST, ONE_OFF_COST, False)] + [(f"custom:{line.name}", line.name, True) for line in scenario.lines]
    spread: np.ndarray | list[np.ndarray]
    if all(y.shape == yearly[0].shape for y in yearly):  # one spread for every line (the same operations)
        spread = spread_yearly(np.array(yearly))
    else:
        spread = [spread_yearly(y) for y in yearly]
    specs = [LineSpec(key, name, custom, y, spread[k], *risks[k])
             for k, ((key, name, custom), y) in enumerate(zip(keys, yearly))]
    return specs


def margin_line(scenario: Scenario, margin_by_month: np.ndarray, yearly: np.ndarray | None = None) -> LineSpec:
    """The margin change line from the monthly gross-profit difference (scenario - baseline); ``yearly``
    (Years 0..T) replaces the months' year totals (the engine passes the NPV evaluator's)."""
    zeros = np.zeros(margin_by_month.shape[:-1] + (1,))
    yearly = monthly.year_totals(margin_by_month) if yearly is None else yearly
    return LineSpec(MARGIN_CHANGE, MARGIN_CHANGE, False, yearly,
                    np.concatenate([zeros, margin_by_month], axis=-1), scenario.benefit_risk, scenario.cost_risk)


def adjusted(line: LineSpec) -> tuple[np.ndarray, np.ndarray]:
    """Risk-adjusted (yearly, monthly) amounts of a line; months take their year's factor."""
    factors = risk_factors(line.yearly, line.benefit_risk, line.cost_risk)
    return line.yearly * factors, line.monthly * monthly_factors(factors)
