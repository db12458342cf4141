"""Value realisation written from MODEL.md's text with plain loops (no numpy, no engine code), to check
core/tracking.py against. Builds on tests/reference_model.py for the plan's own figures."""

from __future__ import annotations

from reference_model import adjust, monthly_rate, simulate


def plan_and_variance(project, scenario, actual_customers):
    """N(j + 1) of the plan for j = 1..k, and actual - plan."""
    M = 12 * project.analysis.horizon_years
    customers, _, _ = simulate(project.client, M, scenario.churn_change_pp, scenario.revenue_per_customer_change,
                               scenario.ramp_months)
    plan = [customers[j] for j in range(1, len(actual_customers) + 1)]
    return plan, [a - p for a, p in zip(actual_customers, plan)]


def realised_churn(client, actual_customers, lost=None):
    k = len(actual_customers)
    previous = client.customers
    product = 1.0
    for j in range(k):
        lost_j = lost[j] if lost is not None and lost[j] is not None else (
            previous + client.annual_new_customers / 12.0 - actual_customers[j])
        product *= 1.0 - lost_j / previous
        previous = actual_customers[j]
    return 1.0 - product ** (12.0 / k)


def reforecast_npv(project, scenario, actual_customers, actual_spend=None):
    """The plan with months 1..k from the actuals, the model from month k + 1 on; TEI NPV vs the baseline."""
    c, a = project.client, project.analysis
    T, M, k = a.horizon_years, 12 * a.horizon_years, len(actual_customers)
    _, _, base_profit = simulate(c, M)
    cap = max(0.99, c.annual_churn_rate)
    n = c.customers
    profit, spend_saving = [], []
    for m in range(1, M + 1):
        strength = 1.0 if scenario.ramp_months == 0 else min(1.0, m / scenario.ramp_months)
        rpc = c.annual_revenue_per_customer * (1.0 + strength * scenario.revenue_per_customer_change)
        profit.append(n * rpc / 12.0 * c.gross_margin)
        if m <= k:
            n = actual_customers[m - 1]
        else:
            churn = min(max(c.annual_churn_rate + strength * scenario.churn_change_pp / 100.0, 0.0), cap)
            n = n * (1.0 - monthly_rate(churn)) + c.annual_new_customers / 12.0
        spent = actual_spend[m - 1] if actual_spend and m <= k and actual_spend[m - 1] is not None else None
        spend_saving.append(-scenario.service_spend_change * c.annual_service_spend / 12.0 if spent is None
                            else c.annual_service_spend / 12.0 - spent)
    year = lambda values, t: sum(values[12 * (t - 1): 12 * t])  # noqa: E731
    br, cr = scenario.benefit_risk, scenario.cost_risk
    lines = [
        ([0.0] + [year([p - b for p, b in zip(profit, base_profit)], t) for t in range(1, T + 1)], br, cr),
        ([0.0] + [year(spend_saving, t) for t in range(1, T + 1)], br, cr),
        ([0.0] + [-scenario.extra_annual_cost] * T, br, cr),
        ([-scenario.one_off_cost] + [0.0] * T, br, cr),
    ]
    for line in scenario.lines:
        sign = 1.0 if line.kind == "benefit" else -1.0
        own_b = line.risk if (line.risk is not None and line.kind == "benefit") else br
        own_c = line.risk if (line.risk is not None and line.kind == "cost") else cr
        lines.append(([sign * x for x in line.amounts], own_b, own_c))
    total = 0.0
    for amounts, b, cst in lines:
        for t, x in enumerate(amounts):
            total += adjust(x, b, cst) / (1.0 + a.discount_rate) ** t
    return total
