"""Break-even churn change: the churn_change_pp at which a scenario's NPV is 0.

NPV falls as churn rises (fewer customers, less margin), so the root is bracketed on a coarse
vectorised grid over the valid range (-100..+100 pp), then polished with Brent-style bisection and
secant steps to 1e-9 pp.
"""

from __future__ import annotations

import numpy as np

from . import flows
from .inputs import Project, Scenario
from .variants import fixed_lines_pv, scenario_npv

GRID_POINTS = 17
TOLERANCE_PP = 1e-9


def breakeven_churn_change(project: Project, scenario: Scenario, base_profit: np.ndarray | None = None) -> float | None:
    """The churn change (pp) at which NPV = 0, or None when NPV keeps one sign over -100..+100 pp."""
    if base_profit is None:
        _, _, base_profit = flows.baseline_paths(project.client, project.analysis.months)
    fixed = fixed_lines_pv(project, scenario)  # the churn change moves only the margin line

    def npv(change_pp: np.ndarray) -> np.ndarray:
        return scenario_npv(project, scenario, churn_change_pp=change_pp, base_profit=base_profit, fixed_pv=fixed)

    grid = np.linspace(-100.0, 100.0, GRID_POINTS)
    values = npv(grid)
    if values[0] == 0.0 and values[-1] == 0.0:
        return None  # churn has no effect on NPV (no margin at stake) and NPV is exactly 0
    sign_change = np.flatnonzero(np.sign(values[:-1]) * np.sign(values[1:]) <= 0)
    sign_change = [i for i in sign_change if values[i] != values[i + 1] or values[i] == 0.0]
    if not sign_change:
        return None
    i = sign_change[0]
    if values[i] == 0.0:
        return float(grid[i])
    ftol = 1e-12 * float(np.max(np.abs(values)))
    return _solve(lambda x: float(npv(np.array([x]))[0]), grid[i], grid[i + 1], values[i], values[i + 1], ftol)


def _solve(f, a: float, b: float, fa: float, fb: float, ftol: float = 0.0) -> float:
    """Root of f in [a, b] with f(a), f(b) of opposite signs (Dekker's method): secant steps through
    the two latest points, bisection whenever a step would leave the bracket. Stops when
    |f| <= ftol or the bracket is narrower than TOLERANCE_PP."""
    prev_x, prev_f = a, fa  # the other secant point
    x, fx = b, fb
    lo, flo, hi = a, fa, b  # the bracket: f(lo) and f(hi) differ in sign
    for _ in range(200):
        if abs(fx) <= ftol or abs(hi - lo) <= TOLERANCE_PP:
            break
        step = x - fx * (x - prev_x) / (fx - prev_f) if fx != prev_f else None
        left, right = min(lo, hi), max(lo, hi)
        new_x = step if step is not None and left < step < right else 0.5 * (lo + hi)
        new_f = f(new_x)
        prev_x, prev_f, x, fx = x, fx, new_x, new_f
        if np.sign(new_f) == np.sign(flo):
            lo, flo = new_x, new_f
        else:
            hi = new_x
    return float(x)
