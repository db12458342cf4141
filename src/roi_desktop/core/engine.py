"""The calculation: a validated Project in, a ProjectResult out. The single source of the numbers."""

from __future__ import annotations

import numpy as np

from . import flows
from .batch_npv import NpvEvaluator, scenario_npv
from .breakeven import GRID, breakeven_all
from .finance import clv, irr_rates
from .inputs import Project
from .queue_model import project_queue, with_queue_churn
from .results import BaselineResult, CostOfPoorService, LineResult, ProjectResult, ScenarioResult
from .irr_verdict import irr_verdict
from .timing import crossover_month, payback_month, timing


def calculate(project: Project) -> ProjectResult:
    """Compute the baseline and every scenario of ``project``.

    >>> from roi_desktop.core import Client, Project, Scenario
    >>> client = Client(customers=10_000, annual_revenue_per_customer=600, gross_margin=0.5,
    ...                 annual_churn_rate=0.2, annual_service_spend=1_000_000)
    >>> cut = Scenario("Cut 20 %", kind="cut", service_spend_change=-0.2)
    >>> result = calculate(Project(client, scenarios=(cut,)))
    >>> round(result.scenarios[0].npv, 2)   # 200,000 a year saved: 200,000 x (1/1.1 + 1/1.1^2 + 1/1.1^3)
    497370.4
    >>> cut_with_churn = cut.with_changes(churn_change_pp=2)   # 2 pp more churn: the margin lost outweighs part of it
    >>> round(calculate(Project(client, scenarios=(cut_with_churn,))).scenarios[0].npv)
    327783
    """
    queue = project_queue(project)  # before the churn link is resolved: it keeps the consultant's assumption
    project = with_queue_churn(project, queue)
    months = project.analysis.months
    base_customers, base_revenue, base_profit = flows.baseline_paths(project.client, months)
    baseline = BaselineResult(
        customers=base_customers,
        customers_at_year_end=base_customers[12::12],
        revenue=base_revenue,
        gross_profit=base_profit,
        clv=baseline_clv(project),
        cost_of_poor_service=cost_of_poor_service(project),
    )
    evaluator = NpvEvaluator(project)
    # the margin line's years and the NPV come from the one evaluator (break-even, tornado and Monte
    # Carlo use it too), so every output agrees to the last bit; the months show the path within them.
    # One batched pass: each scenario's own churn change, then the break-even solve's grid (a row's bits
    # do not depend on the batch, so each scenario's first row is its NPV exactly); then every
    # scenario's break-even is solved at once
    indices = list(range(len(project.scenarios)))
    rows = evaluator.at_point([(i, np.concatenate(([s.churn_change_pp], GRID)))
                               for i, s in enumerate(project.scenarios)])
    breakeven = breakeven_all(evaluator, indices, [npv[1:] for _, npv in rows])
    scenarios = tuple(
        _scenario_result(project, evaluator, i, rows[i][0][0], float(rows[i][1][0]), breakeven[i],
                         base_customers, base_revenue, base_profit)
        for i in indices
    )
    return ProjectResult(project=project, baseline=baseline, scenarios=scenarios, queue=queue)


def baseline_clv(project: Project) -> float | None:
    """Gupta-Lehmann CLV of an average customer: m = revenue x margin, r = 1 - churn, i = discount rate."""
    c = project.client
    return clv(c.annual_revenue_per_customer * c.gross_margin, 1.0 - c.annual_churn_rate,
               project.analysis.discount_rate)


def cost_of_poor_service(project: Project) -> CostOfPoorService:
    """Customers lost per year to poor service = customers x churn x service_churn_share; their
    yearly revenue, and their lifetime margin (x CLV)."""
    c = project.client
    lost = c.customers * c.annual_churn_rate * c.service_churn_share
    value = baseline_clv(project)
    return CostOfPoorService(
        customers_lost_per_year=lost,
        annual_revenue_lost=lost * c.annual_revenue_per_customer,
        lifetime_margin_lost=None if value is None else lost * value,
    )


def _scenario_result(project: Project, evaluator: NpvEvaluator, index: int, margin_years: np.ndarray, npv: float,
                     breakeven: float | None, base_customers: np.ndarray, base_revenue: np.ndarray,
                     base_profit: np.ndarray) -> ScenarioResult:
    analysis = project.analysis
    scenario = project.scenarios[index]
    years, months = analysis.horizon_years, analysis.months
    customers, revenue, profit = flows.scenario_paths(project.client, scenario, months)
    specs = [flows.margin_line(scenario, profit - base_profit, np.concatenate(([0.0], margin_years)))]
    specs += evaluator.fixed_specs(index)

    df = evaluator.df
    # every line at once: rows of one (lines x years) and one (lines x months) array; the risk factors
    # and sums are the same elementwise operations, in the same order, as line by line
    raw_yearly = np.array([spec.yearly for spec in specs])
    raw_monthly = np.array([spec.monthly for spec in specs])
    benefit_risk = np.array([[spec.benefit_risk] for spec in specs], dtype=float)
    cost_risk = np.array([[spec.cost_risk] for spec in specs], dtype=float)
    factors = 1.0 - (raw_yearly > 0) * benefit_risk + (raw_yearly < 0) * cost_risk
    adjusted = raw_yearly * factors
    monthly_net = (raw_monthly * flows.monthly_factors(factors)).sum(axis=0)
    totals = adjusted.sum(axis=1).tolist()
    lines = [LineResult(spec.key, spec.name, spec.custom, spec.yearly, adjusted[k], totals[k],
                        float(adjusted[k] @ df)) for k, spec in enumerate(specs)]
    benefits = np.where(adjusted > 0, adjusted, 0.0).sum(axis=0)
    costs = np.where(adjusted < 0, -adjusted, 0.0).sum(axis=0)
    net = adjusted.sum(axis=0)
    pv_benefits = float(benefits @ df)
    pv_costs = float(costs @ df)
    cumulative = np.cumsum(monthly_net)
    year_end = customers[12::12]
    vs_baseline = year_end - base_customers[12::12]
    lost = max(0.0, -float(vs_baseline[-1]))
    rates = irr_rates(net)
    pv_net = net * df
    payback, crossover = payback_month(cumulative), crossover_month(cumulative)
    return ScenarioResult(
        scenario=scenario,
        lines=tuple(lines),
        net=net,
        benefits=benefits,
        costs=costs,
        discount_factors=df,
        pv_benefits=pv_benefits,
        pv_costs=pv_costs,
        npv=npv,
        roi=_roi(npv, pv_costs),
        irr=rates[0] if rates else None,
        irr_rates=rates,
        irr_verdict=irr_verdict(net, rates, npv, analysis.discount_rate),
        timing=timing(scenario.kind, None, years, payback=payback, crossover=crossover),
        pv_net=pv_net,
        cumulative_pv=np.cumsum(pv_net),
        cumulative_net=cumulative,
        cumulative_net_yearly=np.cumsum(net),
        customers_at_year_end=year_end,
        net_total=float(net.sum()),
        benefits_total=float(benefits.sum()),
        costs_total=float(costs.sum()),
        payback_month=payback,
        crossover_month=crossover,
        monthly_net=monthly_net,
        customers=customers,
        customers_vs_baseline=vs_baseline,
        revenue_at_risk=float(np.sum(base_revenue) - np.sum(revenue)),
        replacement_cost=lost * project.client.acquisition_cost,
        breakeven_churn_change_pp=breakeven,
    )


def _roi(npv: float, pv_costs: float) -> float | None:
    """NPV / PV(costs); None when there are no costs (or costs so small the ratio is not finite)."""
    if pv_costs <= 0:
        return None
    roi = npv / pv_costs
    return roi if np.isfinite(roi) else None


__all__ = ["calculate", "scenario_npv", "baseline_clv", "cost_of_poor_service"]
