"""What ``roi-desktop calc`` prints: a readable summary table, or JSON for other tools."""

from __future__ import annotations

import math
from typing import Any

from roi_desktop.core.results import ProjectResult, ScenarioResult
from roi_desktop.reports import numbers

NO_IRR = "no IRR: the yearly net flows never change sign"


def _num(x: float | None) -> float | None:
    """JSON-safe: None stays None, -0.0 becomes 0.0, a non-finite value (never expected) becomes None."""
    if x is None:
        return None
    x = float(x)
    return x + 0.0 if math.isfinite(x) else None


def _yearly(s: ScenarioResult) -> list[dict[str, Any]]:
    rows = []
    cumulative = 0.0
    for t in range(s.net.size):
        cumulative += float(s.net[t])
        row: dict[str, Any] = {"year": t}
        row["lines"] = [{"key": x.key, "name": x.name, "custom": x.custom, "amount": _num(x.adjusted[t]),
                         "amount_before_risk": _num(x.raw[t])} for x in s.lines]
        row.update({
            "benefits": _num(s.benefits[t]), "costs": _num(s.costs[t]), "net": _num(s.net[t]),
            "discount_factor": _num(s.discount_factors[t]), "pv_net": _num(s.net[t] * s.discount_factors[t]),
            "cumulative_net": _num(cumulative),
        })
        rows.append(row)
    return rows


def scenario_json(s: ScenarioResult) -> dict[str, Any]:
    return {
        "name": s.name,
        "kind": s.kind,
        "pv_benefits": _num(s.pv_benefits),
        "pv_costs": _num(s.pv_costs),
        "npv": _num(s.npv),
        "roi": _num(s.roi),
        "irr": _num(s.irr),
        "irr_note": NO_IRR if s.irr is None else None,
        "payback_month": s.timing_month,
        "payback_basis": "crossover" if s.kind == "cut" else "payback",
        "payback_month_strict": s.payback_month,
        "crossover_month": s.crossover_month,
        "breakeven_churn_change_pp": _num(s.breakeven_churn_change_pp),
        "customers_vs_baseline": [_num(x) for x in s.customers_vs_baseline],
        "customers_lost": _num(s.customers_lost),
        "revenue_at_risk": _num(s.revenue_at_risk),
        "replacement_cost": _num(s.replacement_cost),
        "yearly": _yearly(s),
    }


def result_json(result: ProjectResult) -> dict[str, Any]:
    p = result.project
    cops = result.baseline.cost_of_poor_service
    return {
        "client": p.client.name,
        "currency": p.analysis.currency,
        "horizon_years": p.analysis.horizon_years,
        "discount_rate": p.analysis.discount_rate,
        "baseline": {
            "clv": _num(result.baseline.clv),
            "cost_of_poor_service": {
                "customers_lost_per_year": _num(cops.customers_lost_per_year),
                "annual_revenue_lost": _num(cops.annual_revenue_lost),
                "lifetime_margin_lost": _num(cops.lifetime_margin_lost),
            },
            "customers_at_year_end": [_num(x) for x in result.baseline.customers_at_year_end],
        },
        "scenarios": [scenario_json(s) for s in result.scenarios],
    }


def _timing(s: ScenarioResult) -> str:
    m = s.timing_month
    if s.kind == "cut":
        return "gain never turns to loss" if m is None else f"loss from month {m}"
    return "not within horizon" if m is None else f"month {m}"


def summary_text(result: ProjectResult) -> str:
    """A plain-text table of the headline figures (English, whole currency units)."""
    p = result.project
    cur = p.analysis.currency

    def money(x):
        return numbers.money(x, cur, "en").replace(numbers.NBSP, " ").replace(numbers.MINUS, "-")

    def pct(x):
        return "n/a" if x is None else numbers.percent(x, "en").replace(numbers.MINUS, "-")

    lines = [
        f"{p.client.name}: {p.analysis.horizon_years}-year horizon, discount rate {pct(p.analysis.discount_rate)}, "
        f"{cur}, risk-adjusted (TEI)",
        "",
    ]
    header = ("Scenario", "Kind", "PV benefits", "PV costs", "NPV", "ROI", "IRR", "Payback / crossover",
              "Customers vs baseline", "Break-even churn")
    rows = [header]
    for s in result.scenarios:
        be = s.breakeven_churn_change_pp
        rows.append((
            s.name, s.kind, money(s.pv_benefits), money(s.pv_costs), money(s.npv), pct(s.roi),
            "none" if s.irr is None else pct(s.irr), _timing(s),
            f"{s.customers_vs_baseline[-1]:+,.0f}", "none" if be is None else f"{be:+.2f} pp",
        ))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(header))]
    for k, r in enumerate(rows):
        cells = [str(c).ljust(widths[i]) if i < 2 else str(c).rjust(widths[i]) for i, c in enumerate(r)]
        lines.append("  ".join(cells).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    cops = result.baseline.cost_of_poor_service
    clv = result.baseline.clv
    lines += [
        "",
        f"Baseline CLV (Gupta-Lehmann): {'undefined' if clv is None else money(clv)} per customer",
        f"Cost of poor service per year: {cops.customers_lost_per_year:,.0f} customers lost to poor service, "
        f"{money(cops.annual_revenue_lost)} revenue, "
        f"{'n/a' if cops.lifetime_margin_lost is None else money(cops.lifetime_margin_lost)} lifetime margin",
    ]
    return "\n".join(lines) + "\n"
