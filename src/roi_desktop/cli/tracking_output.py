"""The ``tracking`` key of ``roi-desktop calc --json`` and the realisation block of the table output."""

from __future__ import annotations

import math
from typing import Any

from roi_desktop.core.results import ProjectResult
from roi_desktop.core.tracking import TrackingResult, track
from roi_desktop.reports import numbers
from roi_desktop.reports.tracking_text import status_sentence


def _num(x: float | None) -> float | None:
    if x is None:
        return None
    x = float(x)
    return x + 0.0 if math.isfinite(x) else None


def tracking_json(result: ProjectResult) -> dict[str, Any] | None:
    """None when the project tracks nothing; else the realisation (docs/FILE-FORMAT.md, "tracking")."""
    t = track(result.project, result)
    if t is None:
        return None
    project = result.project
    return {
        "scenario": t.scenario_index + 1,
        "scenario_name": t.scenario_name,
        "start": t.start,
        "months": list(t.months),
        "plan_customers": [_num(x) for x in t.plan_customers],
        "actual_customers": [_num(x) for x in t.actual_customers],
        "variance": [_num(x) for x in t.variance],
        "realised_churn": _num(t.realised_churn),
        "planned_churn": _num(t.planned_churn),
        "planned_npv": _num(t.planned_npv),
        "reforecast_npv": _num(t.reforecast_npv),
        "status": t.status,
        "gap_customers": _num(t.gap_customers),
        "gap_npv": _num(t.gap_npv),
        "sentence": status_sentence(t, project.analysis.currency, project.report.language),
    }


def _plain(text: str) -> str:
    return text.replace(numbers.NBSP, " ").replace(numbers.MINUS, "-")


def tracking_block(result: ProjectResult) -> list[str]:
    """A few lines for the table output: the sentence, the figures and the last months (English)."""
    t: TrackingResult | None = track(result.project, result)
    if t is None:
        return []
    cur = result.project.analysis.currency
    money = lambda x: _plain(numbers.money(x, cur, "en"))  # noqa: E731
    lines = ["", f"Value realisation: plan {t.scenario_index + 1}. {t.scenario_name}, started {t.start}",
             _plain(status_sentence(t, cur, "en"))]
    if t.k:
        churn = "n/a" if t.realised_churn is None else _plain(numbers.percent(t.realised_churn, "en"))
        lines.append(f"Realised churn to date {churn} a year (plan {_plain(numbers.percent(t.planned_churn, 'en'))}); "
                     f"NPV planned {money(t.planned_npv)}, re-forecast {money(t.reforecast_npv)}, "
                     f"gap {money(t.gap_npv)}; gap in customers {t.gap_customers:+,.0f}")
        lines.append(f"{'Month':<8} {'Plan':>12} {'Actual':>12} {'Variance':>10}")
        shown = list(zip(t.months, t.plan_customers, t.actual_customers, t.variance))
        if len(shown) > 12:
            lines.append(f"... {len(shown) - 12} earlier months in --json")
            shown = shown[-12:]
        lines += [f"{m:<8} {p:>12,.0f} {a:>12,.0f} {v:>+10,.0f}" for m, p, a, v in shown]
    return lines
