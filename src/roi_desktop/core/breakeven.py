"""Break-even churn change: the churn_change_pp at which a scenario's NPV is 0.

NPV falls as churn rises (fewer customers, less margin), so the root is bracketed on a coarse grid over
the valid range (-100..+100 pp) in one batched call of the NPV evaluator, then polished with Newton
steps whose slope comes from the same batched call (the estimate and a point either side of it, as far
apart as the last step), kept inside the bracket (bisection otherwise), to 1e-9 pp.
"""

from __future__ import annotations

import numpy as np

from .batch_npv import NpvEvaluator
from .inputs import Project, Scenario

GRID_POINTS = 17
TOLERANCE_PP = 1e-9
GRID = np.linspace(-100.0, 100.0, GRID_POINTS)
GRID.flags.writeable = False


def breakeven_churn_change(project: Project, scenario: Scenario | None = None, base_profit=None, *,
                           evaluator: NpvEvaluator | None = None, index: int | None = None,
                           npv: float | None = None, grid_npv: np.ndarray | None = None) -> float | None:
    """The churn change (pp) at which NPV = 0, or None when NPV keeps one sign over -100..+100 pp.

    Give ``scenario`` (one of the project's, or another to solve alone) or its ``index``; the engine
    passes its ``evaluator`` and ``grid_npv``, the NPV at each point of ``GRID`` (it evaluates them in the
    same batched call as the scenario's own NPV). ``base_profit`` and ``npv`` are accepted for old callers
    and not needed.
    """
    if index is None:
        found = [i for i, s in enumerate(project.scenarios) if s is scenario]
        if found:
            index = found[0]
        else:
            project, index, evaluator = project.with_changes(scenarios=(scenario,)), 0, None
    evaluator = evaluator or NpvEvaluator(project)
    point = evaluator.client_chunk()
    fixed = evaluator.fixed_lines_pv(index, point)

    def f(change_pp: np.ndarray) -> np.ndarray:
        margin = evaluator.margin_sums(index, point, change_pp)
        return evaluator.npv_of_margin(index, point, margin, fixed_pv=fixed)

    grid = GRID
    values = f(grid) if grid_npv is None else grid_npv
    if values[0] == 0.0 and values[-1] == 0.0:
        return None  # churn has no effect on NPV (no margin at stake) and NPV is exactly 0
    sign_change = np.flatnonzero(np.sign(values[:-1]) * np.sign(values[1:]) <= 0)
    sign_change = [i for i in sign_change if values[i] != values[i + 1] or values[i] == 0.0]
    if not sign_change:
        return None
    i = sign_change[0]
    for k in (i, i + 1):
        if values[k] == 0.0:
            return float(grid[k])
    ftol = 1e-12 * float(np.max(np.abs(values)))
    x0 = _inverse_cubic(grid, values, i)
    return _polish(f, float(grid[i]), float(grid[i + 1]), float(values[i]), float(values[i + 1]), ftol, x0)


def _inverse_cubic(grid: np.ndarray, values: np.ndarray, i: int) -> float | None:
    """The root estimate of x(NPV) interpolated through the four grid points around the bracket
    [grid[i], grid[i + 1]], or None when NPV is not strictly monotone over them."""
    lo = min(max(i - 1, 0), grid.size - 4)
    xs, ys = grid[lo:lo + 4].tolist(), values[lo:lo + 4].tolist()
    steps = np.diff(ys)
    if not (np.all(steps < 0) or np.all(steps > 0)):
        return None
    x = 0.0
    for k in range(4):
        term = xs[k]
        for j in range(4):
            if j != k:
                term *= (0.0 - ys[j]) / (ys[k] - ys[j])
        x += term
    return x if grid[i] < x < grid[i + 1] else None


def _polish(f, lo: float, hi: float, flo: float, fhi: float, ftol: float, x0: float | None = None) -> float:
    """Root of f in [lo, hi] (f(lo), f(hi) of opposite signs): each round evaluates the estimate x and
    x +- h in one batched call, narrows the bracket with the three signs, and steps to the root of the
    parabola through them (bisection when the step would leave the bracket); h is the last step's size.
    Stops when a step is below a millionth of a point (the next estimate is then exact to far below
    TOLERANCE_PP) or the bracket is narrower than TOLERANCE_PP."""
    secant = lo - flo * (hi - lo) / (fhi - flo)
    x = secant if x0 is None else x0
    h = min(max(abs(secant - x), 1e-6), (hi - lo) / 8.0) if x0 is not None else (hi - lo) / 64.0
    for _ in range(60):
        points = np.array([x - h, x, x + h])
        values = f(points)
        for p, v in zip(points.tolist(), values.tolist()):
            if not lo <= p <= hi:
                continue
            if abs(v) <= ftol:
                return p
            if (v > 0) == (flo > 0):
                lo, flo = p, v
            else:
                hi, fhi = p, v
        f_minus, f0, f_plus = values.tolist()
        slope = (f_plus - f_minus) / (2.0 * h)
        curve = (f_plus - 2.0 * f0 + f_minus) / (2.0 * h * h)
        disc = slope * slope - 4.0 * curve * f0
        if slope == 0.0:
            step = np.inf
        elif disc >= 0.0 and curve != 0.0:
            step = -2.0 * f0 / (slope + np.copysign(np.sqrt(disc), slope))
        else:
            step = -f0 / slope
        new_x = x + step
        if not lo < new_x < hi:
            new_x = 0.5 * (lo + hi)
        elif abs(step) <= 1e-6:
            return float(new_x)
        if hi - lo <= TOLERANCE_PP:
            return float(new_x)
        h = max(abs(new_x - x), TOLERANCE_PP / 4)
        x = new_x
    return float(x)
