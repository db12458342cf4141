"""Value realisation (MODEL.md, "Value realisation"): the plan against what the client achieved.

For a project with ``tracking`` (see :mod:`.tracking_inputs`), month j = 1..k of the actuals:
- plan_j = the plan scenario's customers at the end of month j, N(j + 1); variance_j = actual_j - plan_j;
- realised churn to date, annualised: q_j = lost_j / customers_(j-1) with customers_0 = client.customers and,
  where a month gives no ``lost``, lost_j = customers_(j-1) + annual_new_customers / 12 - customers_j;
  realised = 1 - (prod of (1 - q_j))^(12 / k);
- re-forecast: the scenario with months 1..k taken from the actuals (customers at month end; the month's
  service spend where given) and the model from month k + 1 on, starting from the last actual customers,
  with the scenario's churn; its NPV against the same baseline is ``reforecast_npv``;
- status: ``on_track`` when the last variance >= -0.5 % of plan, else ``behind``; with no actuals
  ``no_actuals`` (the plan alone: reforecast_npv = npv, no gaps).
Pure numpy, no words: the reports turn the status into a sentence (reports/words/tracking.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import flows, monthly
from .finance import discount_factors
from .inputs import Project
from .results import ProjectResult
from .tracking_inputs import ActualMonth, Tracking, month_label

ON_TRACK, BEHIND, NO_ACTUALS = "on_track", "behind", "no_actuals"
TOLERANCE = 0.005  # on track: the last variance is at least -0.5 % of the plan


@dataclass(frozen=True, eq=False)
class TrackingResult:
    """The realisation of one plan. Arrays over the k months of actuals unless said otherwise."""

    scenario_index: int  # 0-based index of the plan in the project's scenarios
    scenario_name: str
    start: str  # YYYY-MM of month 1
    months: tuple[str, ...]  # YYYY-MM of months 1..k
    plan_customers: np.ndarray  # N(j + 1) of the plan
    actual_customers: np.ndarray
    variance: np.ndarray  # actual - plan
    realised_churn: float | None  # annualised; None with no actuals (or when it is undefined)
    planned_churn: float  # the plan's annual churn at full strength (what realised churn is compared with)
    planned_npv: float
    reforecast_npv: float
    status: str  # on_track, behind or no_actuals
    gap_customers: float | None  # the last variance; None with no actuals
    gap_npv: float | None  # reforecast_npv - planned_npv; None with no actuals
    plan_path: np.ndarray  # the plan's customers at the end of months 0..M (month 0: the start)
    baseline_path: np.ndarray  # the baseline's, months 0..M
    reforecast_path: np.ndarray  # actuals for months 0..k, the model after, months 0..M
    reforecast_net: np.ndarray  # risk-adjusted yearly net flows of the re-forecast, Years 0..T

    @property
    def k(self) -> int:
        return len(self.months)

    @property
    def variance_share(self) -> float | None:
        """The last variance as a share of the plan (negative: behind)."""
        return None if not self.k else float(self.variance[-1] / self.plan_customers[-1])


def month_labels(tracking: Tracking, count: int) -> tuple[str, ...]:
    return tuple(month_label(tracking.start, j) for j in range(1, count + 1))


def realised_churn(start_customers: float, annual_new: float, actuals: tuple[ActualMonth, ...]) -> float | None:
    """Annualised churn of the actual months (MODEL.md); None with no months or when it is undefined
    (more customers lost in the months together than there were)."""
    if not actuals:
        return None
    customers = np.array([start_customers] + [a.customers for a in actuals], dtype=float)
    derived = customers[:-1] + annual_new / 12.0 - customers[1:]
    lost = np.array([derived[j] if a.lost is None else a.lost for j, a in enumerate(actuals)], dtype=float)
    kept = 1.0 - lost / customers[:-1]
    product = float(np.prod(kept))
    if not np.isfinite(product) or product <= 0.0:
        return None
    return 1.0 - product ** (12.0 / len(actuals))


def reforecast(project: Project, scenario_index: int, actuals: tuple[ActualMonth, ...],
               base_profit: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
    """NPV, yearly net flows and customer path (months 0..M) of the plan with the actuals in place."""
    client, analysis = project.client, project.analysis
    scenario = project.scenarios[scenario_index]
    years, months, k = analysis.horizon_years, analysis.months, len(actuals)
    strength = monthly.ramp(months, scenario.ramp_months)
    churn = monthly.scenario_churn(client.annual_churn_rate, scenario.churn_change_pp, strength)
    path = np.empty(months + 1)
    path[0] = client.customers
    path[1:k + 1] = [a.customers for a in actuals]
    if k < months:
        path[k:] = monthly.customer_path(path[k], client.annual_new_customers, churn[k:])
    rpc = client.annual_revenue_per_customer * (1.0 + strength * scenario.revenue_per_customer_change)
    _, profit = monthly.revenue_and_margin(path, rpc, client.gross_margin)
    specs = [flows.margin_line(scenario, profit - base_profit)]
    for spec in flows.fixed_lines(client, scenario, years):
        specs.append(_actual_spend(spec, client.annual_service_spend, actuals)
                     if spec.key == flows.SERVICE_SPEND_CHANGE else spec)
    adjusted = np.array([flows.adjusted(spec)[0] for spec in specs])
    df = discount_factors(analysis.discount_rate, years)
    benefits = np.where(adjusted > 0, adjusted, 0.0).sum(axis=0)
    costs = np.where(adjusted < 0, -adjusted, 0.0).sum(axis=0)
    return float(benefits @ df) - float(costs @ df), adjusted.sum(axis=0), path


def _actual_spend(spec: flows.LineSpec, annual_spend: float, actuals: tuple[ActualMonth, ...]) -> flows.LineSpec:
    """The service spend line with each actual month's spend in place of the plan's: the saving in month j
    is the baseline's spend for the month minus what was actually spent."""
    given = [(j, a.service_spend) for j, a in enumerate(actuals, start=1) if a.service_spend is not None]
    if not given:
        return spec
    by_month = spec.monthly.copy()  # months 0..M; month 0 holds Year 0 (nothing for spend)
    for j, spent in given:
        by_month[j] = annual_spend / 12.0 - spent
    return flows.LineSpec(spec.key, spec.name, spec.custom, monthly.year_totals(by_month[1:]), by_month,
                          spec.benefit_risk, spec.cost_risk)


def track(project: Project, result: ProjectResult) -> TrackingResult | None:
    """The realisation of the project's plan, or None when the project tracks nothing.

    ``result`` is ``calculate(project)`` (the plan's NPV and paths come from it, so they are the same
    numbers everywhere).
    """
    tracking = project.tracking
    if tracking is None:
        return None
    i = tracking.scenario - 1
    plan = result.scenarios[i]
    actuals = tracking.actuals
    k = len(actuals)
    actual = np.array([a.customers for a in actuals], dtype=float)
    planned = plan.customers[1:k + 1].astype(float)
    variance = actual - planned
    if k:
        npv, net, path = reforecast(project, i, actuals, result.baseline.gross_profit)
        status = ON_TRACK if variance[-1] >= -TOLERANCE * planned[-1] else BEHIND
        gap_customers, gap_npv = float(variance[-1]), npv - plan.npv
    else:
        npv, net, path = plan.npv, plan.net.copy(), plan.customers.copy()
        status, gap_customers, gap_npv = NO_ACTUALS, None, None
    c = project.client
    full = float(np.clip(c.annual_churn_rate + plan.scenario.churn_change_pp / 100.0, 0.0,
                         max(monthly.CHURN_CAP, c.annual_churn_rate)))
    return TrackingResult(
        scenario_index=i, scenario_name=plan.name, start=tracking.start, months=month_labels(tracking, k),
        plan_customers=planned, actual_customers=actual, variance=variance,
        realised_churn=realised_churn(c.customers, c.annual_new_customers, actuals), planned_churn=full,
        planned_npv=plan.npv, reforecast_npv=npv, status=status, gap_customers=gap_customers, gap_npv=gap_npv,
        plan_path=plan.customers.copy(), baseline_path=result.baseline.customers.copy(), reforecast_path=path,
        reforecast_net=net,
    )


def slide_figures(project: Project, result: ProjectResult) -> dict | None:
    """The figures a realisation slide needs (helper for the deck), plain numbers; None without tracking.

    Keys: scenario_name, start, months (YYYY-MM), plan_customers, actual_customers, variance,
    plan_path and baseline_path (months 0..M), realised_churn, planned_churn, planned_npv,
    reforecast_npv, status, gap_customers, gap_npv, variance_share.
    """
    t = track(project, result)
    if t is None:
        return None
    return {
        "scenario_name": t.scenario_name, "start": t.start, "months": list(t.months),
        "plan_customers": t.plan_customers.tolist(), "actual_customers": t.actual_customers.tolist(),
        "variance": t.variance.tolist(), "plan_path": t.plan_path.tolist(), "baseline_path": t.baseline_path.tolist(),
        "reforecast_path": t.reforecast_path.tolist(), "realised_churn": t.realised_churn,
        "planned_churn": t.planned_churn, "planned_npv": t.planned_npv, "reforecast_npv": t.reforecast_npv,
        "status": t.status, "gap_customers": t.gap_customers, "gap_npv": t.gap_npv,
        "variance_share": t.variance_share,
    }
