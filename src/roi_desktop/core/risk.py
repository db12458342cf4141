"""Risk analysis of a project: break-even, tornado and Monte Carlo per scenario (MODEL.md, "Risk analysis").

>>> from roi_desktop.core import Client, Project, Scenario
>>> client = Client(customers=10_000, annual_revenue_per_customer=600, gross_margin=0.5,
...                 annual_churn_rate=0.2, annual_service_spend=1_000_000)
>>> cut = Scenario("Cut 20 %", kind="cut", service_spend_change=-0.2, churn_change_pp=2,
...                churn_change_low_pp=0.5, churn_change_high_pp=3)
>>> risk = analyse_risk(Project(client, scenarios=(cut,)), trials=1000, seed=1)
>>> mc = risk.scenarios[0].monte_carlo
>>> mc.p10 <= mc.p50 <= mc.p90, mc.trials
(True, 1000)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .engine import calculate
from .errors import ValidationError
from .fields import ANALYSIS_FIELDS
from .inputs import Project
from .montecarlo import RiskCancelled, simulate
from .results import ProjectResult
from .tornado import TornadoBar, tornado

HISTOGRAM_BINS = 30


@dataclass(frozen=True)
class MonteCarloSummary:
    p10: float
    p50: float
    p90: float
    prob_positive: float  # share of trials with NPV > 0
    trials: int
    histogram_edges: tuple[float, ...]  # len(histogram_counts) + 1 edges
    histogram_counts: tuple[int, ...]


@dataclass(frozen=True)
class ScenarioRisk:
    name: str
    kind: str
    breakeven_churn_change_pp: float | None
    tornado: tuple[TornadoBar, ...]
    monte_carlo: MonteCarloSummary


@dataclass(frozen=True)
class RiskResult:
    scenarios: tuple[ScenarioRisk, ...]
    prob_best_investment_beats_best_cut: float | None  # None without at least one cut and one investment
    trials: int
    seed: int


def _checked(name: str, value: int) -> int:
    problem = ANALYSIS_FIELDS[name].problem_at(f"analysis.{name}", value)
    if problem:
        raise ValidationError([problem])
    return int(value)


def summarise(npvs: np.ndarray) -> MonteCarloSummary:
    """P10, P50, P90 (linear interpolation), P(NPV > 0) and a histogram of one scenario's trial NPVs."""
    p10, p50, p90 = (float(x) for x in np.quantile(npvs, [0.1, 0.5, 0.9]))
    low, high = float(npvs.min()), float(npvs.max())
    if low == high:  # a certain NPV: one bar around it
        edges, counts = np.array([low - 0.5, high + 0.5]), np.array([npvs.size])
    else:
        counts, edges = np.histogram(npvs, bins=HISTOGRAM_BINS, range=(low, high))
    return MonteCarloSummary(p10, p50, p90, float(np.count_nonzero(npvs > 0)) / npvs.size, int(npvs.size),
                             tuple(float(e) for e in edges), tuple(int(c) for c in counts))


def best_investment_beats_best_cut(project: Project, npvs: np.ndarray) -> float | None:
    """Share of trials in which the best investment's NPV exceeds the best cut's NPV."""
    kinds = np.array([s.kind for s in project.scenarios])
    if not (kinds == "investment").any() or not (kinds == "cut").any():
        return None
    best_investment = npvs[kinds == "investment"].max(axis=0)
    best_cut = npvs[kinds == "cut"].max(axis=0)
    return float(np.count_nonzero(best_investment > best_cut)) / npvs.shape[1]


def analyse_risk(project: Project, *, trials: int | None = None, seed: int | None = None,
                 result: ProjectResult | None = None,
                 cancelled: Callable[[], bool] | None = None) -> RiskResult:
    """Break-even, tornado and Monte Carlo for every scenario of ``project``.

    ``trials`` and ``seed`` default to the project's ``analysis.trials`` and ``analysis.seed``.
    ``result`` (optional) is ``calculate(project)`` when the caller has it already. ``cancelled`` is polled between
    chunks of trials; when it returns True, :class:`RiskCancelled` is raised.
    """
    trials = _checked("trials", project.analysis.trials if trials is None else trials)
    seed = _checked("seed", project.analysis.seed if seed is None else seed)
    if result is None:
        result = calculate(project)
    scenarios = []
    npvs = simulate(project, result, trials, seed, cancelled=cancelled) if project.scenarios else np.empty((0, 0))
    for i, r in enumerate(result.scenarios):
        bars = tornado(project, i, r.npv)
        scenarios.append(ScenarioRisk(r.name, r.kind, r.breakeven_churn_change_pp, bars, summarise(npvs[i])))
    return RiskResult(tuple(scenarios), best_investment_beats_best_cut(project, npvs) if project.scenarios else None,
                      trials, seed)


__all__ = ["MonteCarloSummary", "RiskCancelled", "RiskResult", "ScenarioRisk", "TornadoBar", "analyse_risk"]
