"""Value realisation written from MODEL.md's text with plain loops (no numpy, no engine code), to check
core/tracking.py against. Builds on tests/reference_model.py for the plan's own figures."""

from __future__ import annotations

from reference_model import adjust, scenario_lines, simulate


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
    rate = project.analysis.discount_rate
    return sum(adjust(x, b, c) / (1.0 + rate) ** t
               for amounts, b, c in scenario_lines(project, scenario, actual_customers, actual_spend)
               for t, x in enumerate(amounts))
