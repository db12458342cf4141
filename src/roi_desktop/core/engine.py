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


def calculate(project: Project, previous: ProjectResult | None = None) -> ProjectResult:
    """Compute the baseline and every scenario of ``project``.

    ``previous``: an earlier result to take unchanged scenarios from (the app passes its last one, so an
    edit to one of 50 scenarios recalculates one). A scenario's result depends only on the client, the
    analysis settings and the scenario itself, so when the client and the settings are equal, a
    scenario equal to one calculated before gets that result, bit for bit the same as recalculating it.

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
    done = _reusable(previous, project)
    reused = [done(i) for i in range(len(project.scenarios))]
    fresh = iter(_calculate_scenarios(project, evaluator, [i for i, r in enumerate(reused) if r is None],
                                      base_customers, base_revenue, base_profit))
    scenarios = tuple(r if r is not None else next(fresh) for r in reused)
    return ProjectResult(project=project, baseline=baseline, scenarios=scenarios, queue=queue)


def _reusable(previous: ProjectResult | None, project: Project):
    """``done(i)``: the earlier result of scenario ``i`` of ``project`` if ``previous`` calculated the same
    scenario for the same client and settings, else None."""
    if previous is None or previous.project.client != project.client or previous.project.analysis != project.analysis:
        return lambda i: None
    earlier: list[ScenarioResult | None] = list(previous.scenarios)

    def done(i: int) -> ScenarioResult | None:
        scenario = project.scenarios[i]
        same_place = earlier[i] if i < len(earlier) else None
        if same_place is not None and same_place.scenario == scenario:
            return same_place  # the usual case: same place (an edit elsewhere)
        for k, result in enumerate(earlier):  # moved, or another added or deleted before it
            if result is not None and result.scenario == scenario:
                earlier[k] = None  # each earlier result serves one scenario (duplicates get their own)
                return result
        return None
    return done


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


def _calculate_scenarios(project: Project, evaluator: NpvEvaluator, indices: list[int], base_customers: np.ndarray,
                         base_revenue: np.ndarray, base_profit: np.ndarray) -> tuple[ScenarioResult, ...]:
    """The results of the scenarios at ``indices``, all at once.

    The margin line's years and the NPV come from the one evaluator (break-even, tornado and Monte
    Carlo use it too), so every output agrees to the last bit; the months show the path within them.
    One batched pass: each scenario's own churn change, then the break-even solve's grid (a row's bits
    do not depend on the batch, so each scenario's first row is its NPV exactly); then every
    scenario's break-even is solved at once."""
    if not indices:
        return ()
    years = project.analysis.horizon_years
    rows = evaluator.at_point([(i, np.concatenate(([project.scenarios[i].churn_change_pp], GRID))) for i in indices])
    breakeven = breakeven_all(evaluator, indices, [npv[1:] for _, npv in rows])
    return _scenario_results(project, evaluator, indices, np.array([margin[0] for margin, _ in rows]).reshape(-1, years),
                             [float(npv[0]) for _, npv in rows], breakeven, base_customers, base_revenue, base_profit)


def _scenario_results(project: Project, evaluator: NpvEvaluator, indices: list[int], margin_years: np.ndarray,
                      npvs: list[float], breakeven: list[float | None], base_customers: np.ndarray,
                      base_revenue: np.ndarray, base_profit: np.ndarray) -> tuple[ScenarioResult, ...]:
    """Every scenario's figures, all scenarios at once: their lines are the rows of one (lines x years)
    and one (lines x months) array, each scenario's rows together; risk factors, sums and running sums
    are the same elementwise operations, in the same order, as scenario by scenario and line by line."""
    scenarios = [project.scenarios[i] for i in indices]
    analysis = project.analysis
    years, months = analysis.horizon_years, analysis.months
    customers, revenue, profit = flows.all_scenario_paths(project.client, scenarios, months)
    zero = np.zeros((len(scenarios), 1))
    margin_yearly = np.concatenate((zero, margin_years), axis=1)  # the margin line: Year 0 holds nothing
    margin_monthly = np.concatenate((zero, profit - base_profit), axis=1)
    names: list[tuple[str, str, bool]] = []
    yearly: list[np.ndarray] = []
    monthly: list[np.ndarray] = []
    benefit_risk: list[float] = []
    cost_risk: list[float] = []
    first: list[int] = []
    for i, (index, s) in enumerate(zip(indices, scenarios)):
        first.append(len(names))
        names.append((flows.MARGIN_CHANGE, flows.MARGIN_CHANGE, False))
        yearly.append(margin_yearly[i])
        monthly.append(margin_monthly[i])
        benefit_risk.append(s.benefit_risk)
        cost_risk.append(s.cost_risk)
        for spec in evaluator.fixed_specs(index):
            names.append((spec.key, spec.name, spec.custom))
            yearly.append(spec.yearly)
            monthly.append(spec.monthly)
            benefit_risk.append(spec.benefit_risk)
            cost_risk.append(spec.cost_risk)
    raw_yearly, raw_monthly = np.array(yearly), np.array(monthly)
    factors = 1.0 - (raw_yearly > 0) * np.array(benefit_risk)[:, None] + (raw_yearly < 0) * np.array(cost_risk)[:, None]
    adjusted = raw_yearly * factors
    df = evaluator.df
    ends = first[1:] + [len(names)]

    def per_scenario(rows):  # each scenario's lines added in order, as sum(axis=0) does (reduceat does not)
        return np.array([rows[a:b].sum(axis=0) for a, b in zip(first, ends)])

    monthly_net = per_scenario(raw_monthly * flows.monthly_factors(factors))
    benefits = per_scenario(np.where(adjusted > 0, adjusted, 0.0))
    costs = per_scenario(np.where(adjusted < 0, -adjusted, 0.0))
    net = per_scenario(adjusted)
    totals = adjusted.sum(axis=1).tolist()
    line_pv = [float(row @ df) for row in adjusted]
    lines = [LineResult(key, name, custom, raw_yearly[k], adjusted[k], totals[k], line_pv[k])
             for k, (key, name, custom) in enumerate(names)]
    cumulative = np.cumsum(monthly_net, axis=1)
    year_end = customers[:, 12::12]
    vs_baseline = year_end - base_customers[12::12]
    pv_net = net * df
    cumulative_pv = np.cumsum(pv_net, axis=1)
    cumulative_net_yearly = np.cumsum(net, axis=1)
    net_total, benefits_total, costs_total = net.sum(axis=1).tolist(), benefits.sum(axis=1).tolist(), \
        costs.sum(axis=1).tolist()
    revenue_total = revenue.sum(axis=1).tolist()
    base_revenue_total = float(np.sum(base_revenue))
    results = []
    for i, s in enumerate(scenarios):
        npv = npvs[i]
        pv_benefits, pv_costs = float(benefits[i] @ df), float(costs[i] @ df)
        lost = max(0.0, -float(vs_baseline[i, -1]))
        rates = irr_rates(net[i])
        payback, crossover = payback_month(cumulative[i]), crossover_month(cumulative[i])
        results.append(ScenarioResult(
            scenario=s,
            lines=tuple(lines[first[i]:ends[i]]),
            net=net[i],
            benefits=benefits[i],
            costs=costs[i],
            discount_factors=df,
            pv_benefits=pv_benefits,
            pv_costs=pv_costs,
            npv=npv,
            roi=_roi(npv, pv_costs),
            irr=rates[0] if rates else None,
            irr_rates=rates,
            irr_verdict=irr_verdict(net[i], rates, npv, analysis.discount_rate),
            timing=timing(s.kind, None, years, payback=payback, crossover=crossover),
            pv_net=pv_net[i],
            cumulative_pv=cumulative_pv[i],
            cumulative_net=cumulative[i],
            cumulative_net_yearly=cumulative_net_yearly[i],
            customers_at_year_end=year_end[i],
            net_total=net_total[i],
            benefits_total=benefits_total[i],
            costs_total=costs_total[i],
            payback_month=payback,
            crossover_month=crossover,
            monthly_net=monthly_net[i],
            customers=customers[i],
            customers_vs_baseline=vs_baseline[i],
            revenue_at_risk=base_revenue_total - revenue_total[i],
            replacement_cost=lost * project.client.acquisition_cost,
            breakeven_churn_change_pp=breakeven[i],
        ))
    return tuple(results)


def _roi(npv: float, pv_costs: float) -> float | None:
    """NPV / PV(costs); None when there are no costs (or costs so small the ratio is not finite)."""
    if pv_costs <= 0:
        return None
    roi = npv / pv_costs
    return roi if np.isfinite(roi) else None


__all__ = ["calculate", "scenario_npv", "baseline_clv", "cost_of_poor_service"]
