"""What ``roi-desktop calc`` prints: a readable summary table, or JSON for other tools."""

from __future__ import annotations

import math
from typing import Any

from roi_desktop.core.results import ProjectResult, ScenarioResult
from roi_desktop.core.risk import RiskResult, ScenarioRisk
from roi_desktop.cli.queue_output import add_queue_json, queue_text
from roi_desktop.reports import numbers
from roi_desktop.reports.field_words import field_label
from roi_desktop.reports.risk_text import breakeven_sentence
from .tracking_output import tracking_block, tracking_json

NO_IRR = "no IRR: the yearly net flows never change sign"


def irr_note(s: ScenarioResult) -> str | None:
    """The engine's IRR verdict in English: why no rate is shown, or None when the rate means something."""
    v = s.irr_verdict
    if v.code == "meaningful":
        return None
    if v.code == "none":
        return NO_IRR
    at = f"at the project's {numbers.percent(v.discount_rate, 'en').replace(numbers.MINUS, '-')} discount rate"
    listed = ", ".join(f"{r:.1%}" for r in v.rates)
    if v.code == "several_rates":
        return f"no single rate: several rates make these flows' NPV zero ({listed}); judge by NPV {at}"
    if v.code == "gains_first":
        return (f"no single rate: gains come before losses, so the rate found ({listed}) is the cost of borrowing "
                f"from the future, where higher is worse; judge by NPV {at}")
    return f"no single rate: the rate found ({listed}) and NPV {at} point different ways; judge by NPV"


def _num(x: float | None) -> float | None:
    """JSON-safe: None stays None, -0.0 becomes 0.0, a non-finite value (never expected) becomes None."""
    if x is None:
        return None
    x = float(x)
    return x + 0.0 if math.isfinite(x) else None


def _yearly(s: ScenarioResult) -> list[dict[str, Any]]:
    rows = []
    for t in range(s.net.size):
        row: dict[str, Any] = {"year": t}
        row["lines"] = [{"key": x.key, "name": x.name, "custom": x.custom, "amount": _num(x.adjusted[t]),
                         "amount_before_risk": _num(x.raw[t])} for x in s.lines]
        row.update({
            "benefits": _num(s.benefits[t]), "costs": _num(s.costs[t]), "net": _num(s.net[t]),
            "discount_factor": _num(s.discount_factors[t]), "pv_net": _num(s.pv_net[t]),
            "cumulative_net": _num(s.cumulative_net_yearly[t]), "cumulative_pv": _num(s.cumulative_pv[t]),
        })
        rows.append(row)
    return rows


def risk_json(s: ScenarioResult, r: ScenarioRisk, lang: str) -> dict[str, Any]:
    """The risk keys of one scenario: break-even with its sentence, tornado bars, Monte Carlo summary."""
    mc = r.monte_carlo
    return {
        "breakeven": {"churn_change_pp": _num(s.breakeven_churn_change_pp),
                      "sentence": breakeven_sentence(s, lang=lang)},
        "tornado": [{"input": b.input, "label": field_label(b.input, lang), "low_value": _num(b.low_value),
                     "high_value": _num(b.high_value), "npv_low": _num(b.npv_low), "npv_high": _num(b.npv_high),
                     "swing": _num(b.swing)} for b in r.tornado],
        "monte_carlo": {"p10": _num(mc.p10), "p50": _num(mc.p50), "p90": _num(mc.p90),
                        "prob_positive": _num(mc.prob_positive), "trials": mc.trials},
    }


def scenario_json(s: ScenarioResult) -> dict[str, Any]:
    return {
        "name": s.name,
        "kind": s.kind,
        "pv_benefits": _num(s.pv_benefits),
        "pv_costs": _num(s.pv_costs),
        "npv": _num(s.npv),
        "roi": _num(s.roi),
        "irr": _num(s.irr),
        "irr_note": irr_note(s),
        "irr_verdict": {"code": s.irr_verdict.code, "rate": _num(s.irr_verdict.rate),
                        "rates": [_num(r) for r in s.irr_verdict.rates],
                        "discount_rate": _num(s.irr_verdict.discount_rate)},
        "timing": {"code": s.timing.code, "month": s.timing.month, "horizon_years": s.timing.horizon_years},
        "payback_month": s.timing_month,
        "payback_basis": "crossover" if s.kind == "cut" else "payback",
        "payback_month_strict": s.payback_month,
        "crossover_month": s.crossover_month,
        "breakeven_churn_change_pp": _num(s.breakeven_churn_change_pp),
        "customers_vs_baseline": [_num(x) for x in s.customers_vs_baseline],
        "customers_at_year_end": [_num(x) for x in s.customers_at_year_end],
        "lines": [{"key": x.key, "name": x.name, "custom": x.custom, "total": _num(x.total), "pv": _num(x.pv)}
                  for x in s.lines],
        "customers_lost": _num(s.customers_lost),
        "revenue_at_risk": _num(s.revenue_at_risk),
        "replacement_cost": _num(s.replacement_cost),
        "yearly": _yearly(s),
    }


def result_json(result: ProjectResult, risk: RiskResult | None = None) -> dict[str, Any]:
    """The whole result as JSON-ready data; with ``risk``, each scenario gains the keys ``breakeven``,
    ``tornado`` and ``monte_carlo``, and the top level ``prob_best_investment_beats_best_cut``."""
    p = result.project
    cops = result.baseline.cost_of_poor_service
    scenarios = [scenario_json(s) for s in result.scenarios]
    if risk is not None:
        for out, s, r in zip(scenarios, result.scenarios, risk.scenarios):
            out.update(risk_json(s, r, p.report.language))
    extra: dict[str, Any] = {}
    if risk is not None:
        extra = {"prob_best_investment_beats_best_cut": _num(risk.prob_best_investment_beats_best_cut),
                 "monte_carlo": {"trials": risk.trials, "seed": risk.seed}}
    out = {
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
        "scenarios": scenarios,
        **extra,
        "tracking": tracking_json(result),
    }
    add_queue_json(out, result)
    return out


TIMING_TEXT = {
    "pays_back": "pays back in month {month}",
    "never_within_horizon": "never pays back within {years}",
    "turns_into_loss": "turns into a loss in month {month}",
    "stays_ahead": "stays ahead for all {years}",
}


def _timing(s: ScenarioResult) -> str:
    t = s.timing
    years = f"{t.horizon_years} year{'s' if t.horizon_years != 1 else ''}"
    return TIMING_TEXT[t.code].format(month=t.month, years=years)


def summary_text(result: ProjectResult, risk: RiskResult | None = None) -> str:
    """A plain-text table of the headline figures (English, whole currency units); with ``risk``,
    the Monte Carlo P10-P90 range and P(NPV > 0) too."""
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
    header: tuple[str, ...] = ("Scenario", "Kind", "PV benefits", "PV costs", "NPV", "ROI", "IRR", "Payback",
              "Customers vs baseline", "Break-even churn")
    if risk is not None:
        header += ("NPV P10–P90", "P(NPV>0)")
    rows: list[tuple[str, ...]] = [header]
    for k, s in enumerate(result.scenarios):
        be = s.breakeven_churn_change_pp
        rows.append((
            s.name, s.kind, money(s.pv_benefits), money(s.pv_costs), money(s.npv), pct(s.roi),
            pct(s.irr_verdict.rate) if s.irr_verdict.shown else "none", _timing(s),
            f"{s.customers_vs_baseline[-1]:+,.0f}", "none" if be is None else f"{be:+.2f} pp",
        ))
        if risk is not None:
            mc = risk.scenarios[k].monte_carlo
            rows[-1] += (f"{money(mc.p10)} to {money(mc.p90)}", pct(mc.prob_positive))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(header))]
    for k, r in enumerate(rows):
        cells = [str(c).ljust(widths[i]) if i < 2 else str(c).rjust(widths[i]) for i, c in enumerate(r)]
        lines.append("  ".join(cells).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    notes = [f"  {k + 1}. {s.name}: {irr_note(s)}" for k, s in enumerate(result.scenarios)
             if not s.irr_verdict.shown]
    if notes:
        lines += ["", "IRR not shown:"] + notes
    cops = result.baseline.cost_of_poor_service
    clv = result.baseline.clv
    if risk is not None:
        best = risk.prob_best_investment_beats_best_cut
        lines += ["", f"Monte Carlo: {risk.trials:,} trials, seed {risk.seed}"
                  + ("" if best is None else f"; the best investment beats the best cut in {pct(best)} of trials")]
    lines += [
        "",
        f"Baseline CLV (Gupta-Lehmann): {'undefined' if clv is None else money(clv)} per customer",
        f"Cost of poor service per year: {cops.customers_lost_per_year:,.0f} customers lost to poor service, "
        f"{money(cops.annual_revenue_lost)} revenue, "
        f"{'n/a' if cops.lifetime_margin_lost is None else money(cops.lifetime_margin_lost)} lifetime margin",
    ]
    lines += queue_text(result)
    lines += tracking_block(result)
    return "\n".join(lines) + "\n"
