"""Break-even churn change: the churn_change_pp at which a scenario's NPV is 0.

NPV falls as churn rises (fewer customers, less margin), so the root is bracketed on a grid over the
valid range (-100..+100 pp), dense near 0 where break-evens lie (a quarter to one point apart within
+-5 pp), in one batched call of the NPV evaluator (the engine's own call for the scenarios' NPVs), then polished with Newton
steps whose slope comes from the same batched call (the estimate and a point either side of it, as far
apart as the last step), kept inside the bracket (bisection otherwise), to 1e-9 pp.
"""

from __future__ import annotations

import math
from collections.abc import Generator

import numpy as np

from .batch_npv import NpvEvaluator
from .inputs import Project, Scenario

TOLERANCE_PP = 1e-9
_STEPS = (0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 7.5, 10.0, 15.0, 20.0, 30.0, 50.0, 75.0, 100.0)
# the closer the grid points around the root, the closer the first estimate (an inverse cubic through
# four of them) and the fewer polishing rounds: a point more costs the batched call next to nothing
GRID = np.array([-x for x in reversed(_STEPS)] + [0.0] + list(_STEPS))
GRID_POINTS = GRID.size
GRID_LIST = GRID.tolist()
GRID.flags.writeable = False


def breakeven_churn_change(project: Project, scenario: Scenario | None = None, base_profit=None, *,
                           evaluator: NpvEvaluator | None = None, index: int | None = None,
                           npv: float | None = None, grid_npv: np.ndarray | None = None) -> float | None:
    """The churn change (pp) at which NPV = 0, or None when NPV keeps one sign over -100..+100 pp.

    Give ``scenario`` (one of the project's, or another to solve alone) or its ``index``; ``grid_npv`` is
    the NPV at each point of ``GRID`` when the caller has it. ``base_profit`` and ``npv`` are accepted
    for old callers and not needed. The engine solves every scenario at once (:func:`breakeven_all`).
    """
    if index is None:
        found = [i for i, s in enumerate(project.scenarios) if s is scenario]
        if found:
            index = found[0]
        else:
            project, index, evaluator = project.with_changes(scenarios=(scenario,)), 0, None
    evaluator = evaluator or NpvEvaluator(project)
    return breakeven_all(evaluator, [index], None if grid_npv is None else [grid_npv])[0]


def breakeven_all(evaluator: NpvEvaluator, indices: list[int],
                  grid_npv: list[np.ndarray] | None = None) -> list[float | None]:
    """The break-even churn change of each scenario of ``indices`` (see :func:`breakeven_churn_change`).

    Every scenario's solve runs the same steps as alone, in lockstep: each round gathers the points
    all unfinished solves ask for into one batched call of the evaluator (:meth:`NpvEvaluator.at_point`,
    whose bits do not depend on the batch), so the answers are those of solving one at a time.
    """
    if grid_npv is None:
        grid_npv = [npv for _, npv in evaluator.at_point([(i, GRID) for i in indices])]
    results: list[float | None] = [None] * len(indices)
    solves = {}
    for k, values in enumerate(grid_npv):
        start = _start(values)
        if isinstance(start, tuple):
            solves[k] = _polish(*start)
        else:
            results[k] = start
    asked = {k: next(solve) for k, solve in solves.items()}
    while asked:
        answers = evaluator.at_point([(indices[k], points) for k, points in asked.items()])
        still = {}
        for (k, _), (_, values) in zip(asked.items(), answers):
            try:
                still[k] = solves[k].send(values)
            except StopIteration as done:
                results[k] = done.value
        asked = still
    return results


def _sign(x: float) -> float:
    """np.sign of one float (nan for nan)."""
    return 1.0 if x > 0 else -1.0 if x < 0 else 0.0 if x == 0 else math.nan


def _start(npv: np.ndarray):
    """From the NPV at the grid points: the answer (None, or a grid point where NPV is exactly 0), or the
    arguments of :func:`_polish` for the bracket around the first sign change (plain floats: a few dozen
    of them cost less than numpy calls)."""
    grid, values = GRID_LIST, npv.tolist()
    if values[0] == 0.0 and values[-1] == 0.0:
        return None  # churn has no effect on NPV (no margin at stake) and NPV is exactly 0
    signs = [_sign(v) for v in values]
    sign_change = [i for i in range(len(values) - 1) if signs[i] * signs[i + 1] <= 0
                   and (values[i] != values[i + 1] or values[i] == 0.0)]
    if not sign_change:
        return None
    i = sign_change[0]
    for k in (i, i + 1):
        if values[k] == 0.0:
            return grid[k]
    ftol = 1e-12 * max(abs(v) for v in values)
    x0 = _inverse_cubic(grid, values, i)
    return grid[i], grid[i + 1], values[i], values[i + 1], ftol, x0


def _inverse_cubic(grid: list[float], values: list[float], i: int) -> float | None:
    """The root estimate of x(NPV) interpolated through the four grid points around the bracket
    [grid[i], grid[i + 1]], or None when NPV is not strictly monotone over them."""
    lo = min(max(i - 1, 0), len(grid) - 4)
    xs, ys = grid[lo:lo + 4], values[lo:lo + 4]
    steps = [b - a for a, b in zip(ys, ys[1:])]
    if not (all(d < 0 for d in steps) or all(d > 0 for d in steps)):
        return None
    x = 0.0
    for k in range(4):
        term = xs[k]
        for j in range(4):
            if j != k:
                term *= (0.0 - ys[j]) / (ys[k] - ys[j])
        x += term
    return x if grid[i] < x < grid[i + 1] else None


def _polish(lo: float, hi: float, flo: float, fhi: float, ftol: float, x0: float | None = None) -> Generator[np.ndarray, np.ndarray, float]:
    """Root of f in [lo, hi] (f(lo), f(hi) of opposite signs), as a generator that yields the points
    to evaluate and is sent f at them; it returns the root. Each round evaluates the estimate x and
    x +- h in one batched call, narrows the bracket with the three signs, and steps to the root of the
    parabola through them (bisection when the step would leave the bracket); h is the last step's size.
    Stops when a step is below a millionth of a point (the next estimate is then exact to far below
    TOLERANCE_PP) or the bracket is narrower than TOLERANCE_PP."""
    secant = lo - flo * (hi - lo) / (fhi - flo)
    x = secant if x0 is None else x0
    h = min(max(abs(secant - x), 1e-6), (hi - lo) / 8.0) if x0 is not None else (hi - lo) / 64.0
    for _ in range(60):
        points = np.array([x - h, x, x + h])
        values = yield points
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
            step = math.inf
        elif disc >= 0.0 and curve != 0.0:
            step = -2.0 * f0 / (slope + math.copysign(math.sqrt(disc), slope))
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
