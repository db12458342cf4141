"""An independent, deliberately plain implementation of MODEL.md (Python loops, no numpy), written
from the contract's text, to check the engine against. Same conventions as docs/MODEL.md."""

from __future__ import annotations


def monthly_rate(annual: float) -> float:
    return 1.0 - (1.0 - annual) ** (1.0 / 12.0)


def simulate(client, months, churn_change_pp=0.0, rpc_change=0.0, ramp_months=0, actual=()):
    """Customers at the start of months 1..M+1, and monthly revenue and gross profit (months 1..M).
    ``actual``: the customers counted at the end of months 1..k (value realisation): they replace the
    model's for those months, the model goes on from the last one."""
    n = client.customers
    customers, revenue, profit = [n], [], []
    cap = max(0.99, client.annual_churn_rate)
    for m in range(1, months + 1):
        strength = 1.0 if ramp_months == 0 else min(1.0, m / ramp_months)
        churn = min(max(client.annual_churn_rate + strength * churn_change_pp / 100.0, 0.0), cap)
        rpc = client.annual_revenue_per_customer * (1.0 + strength * rpc_change)
        rev = n * rpc / 12.0
        revenue.append(rev)
        profit.append(rev * client.gross_margin)
        n = actual[m - 1] if m <= len(actual) else n * (1.0 - monthly_rate(churn)) + client.annual_new_customers / 12.0
        customers.append(n)
    return customers, revenue, profit


def scenario_lines(project, scenario, actual=(), actual_spend=None):
    """Raw yearly lines (Year 0..T) as (amounts, benefit_risk, cost_risk). ``actual`` (customers at the end
    of months 1..k) and ``actual_spend`` (the service spend of those months, None where not known) give
    the re-forecast of value realisation: the months observed, the plan after them."""
    c, a = project.client, project.analysis
    T, M = a.horizon_years, 12 * a.horizon_years
    _, _, base_profit = simulate(c, M)
    _, _, profit = simulate(c, M, scenario.churn_change_pp, scenario.revenue_per_customer_change,
                            scenario.ramp_months, actual)
    margin = [0.0] + [sum(profit[m] - base_profit[m] for m in range(12 * (t - 1), 12 * t)) for t in range(1, T + 1)]
    saving = [0.0] + [-scenario.service_spend_change * c.annual_service_spend] * T
    if actual_spend:  # a month with its spend known saves what was not spent of the baseline's
        spent = list(actual_spend[:M]) + [None] * (M - len(actual_spend))
        planned = -scenario.service_spend_change * c.annual_service_spend / 12.0
        monthly = [planned if s is None else c.annual_service_spend / 12.0 - s for s in spent]
        saving = [0.0] + [sum(monthly[12 * (t - 1): 12 * t]) for t in range(1, T + 1)]
    br, cr = scenario.benefit_risk, scenario.cost_risk
    lines = [
        (margin, br, cr),
        (saving, br, cr),
        ([0.0] + [-scenario.extra_annual_cost] * T, br, cr),
        ([-scenario.one_off_cost] + [0.0] * T, br, cr),
    ]
    for line in scenario.lines:
        sign = 1.0 if line.kind == "benefit" else -1.0
        own_b = line.risk if (line.risk is not None and line.kind == "benefit") else br
        own_c = line.risk if (line.risk is not None and line.kind == "cost") else cr
        lines.append(([sign * x for x in line.amounts], own_b, own_c))
    return lines


def adjust(x, br, cr):
    return x * (1.0 - br) if x > 0 else (x * (1.0 + cr) if x < 0 else 0.0)


def metrics(project, scenario):
    """PV benefits, PV costs, NPV, ROI, yearly net flows."""
    rate = project.analysis.discount_rate
    T = project.analysis.horizon_years
    pvb = pvc = 0.0
    net = [0.0] * (T + 1)
    for amounts, br, cr in scenario_lines(project, scenario):
        for t, x in enumerate(amounts):
            y = adjust(x, br, cr)
            net[t] += y
            d = y / (1.0 + rate) ** t
            if y > 0:
                pvb += d
            else:
                pvc -= d
    npv = pvb - pvc
    return {"pv_benefits": pvb, "pv_costs": pvc, "npv": npv, "roi": npv / pvc if pvc > 0 else None, "net": net}
