"""The customer model's yearly sums for a batch of variants, laid out for speed (the NPV evaluator's kernel).

MODEL.md: N(1) = start, N(m + 1) = N(m) f(m) + new / 12. The evaluator needs only each year's sum of
w(m) N(m) (w: the revenue change's weight). Variants run along the last axis, months along the first.

- While a scenario ramps (the ramp's whole years) the path is the closed form
  N(m + 1) = P(m) (start + new / 12 x sum over k <= m of 1 / P(k)), P(m) = f(1) ... f(m);
- after it f is constant and a year is one step: sum = G N0 + (new / 12) H, next N0 = f^12 N0 + (new / 12) G,
  G = sum of f^k (k < 12), H = sum over k < 12 of (sum of f^j, j < k), all positive terms.

Two layouts compute the same operations in the same order, so a variant's bits do not depend on the
batch's size: below ROW_LOOP_FROM variants whole blocks of months at once (numpy's running sums and
products: few calls); from it one vector of all variants per month, each step in cache (blocks of
months x thousands of variants would stream through memory several times).
"""

from __future__ import annotations

import numpy as np

ROW_LOOP_FROM = 256  # variants from which running sums and products are stepped by hand


def accumulate(values: np.ndarray, ufunc=np.add) -> np.ndarray:
    """``ufunc.accumulate`` along the last axis (running sums or products), strictly in order.

    numpy accumulates a short last axis row by row, slowly for many rows; from ROW_LOOP_FROM variants
    the months are stepped by hand over contiguous vectors of all variants instead. Both do the same
    operations in the same order, so the bits do not depend on the batch's size.
    """
    if values.ndim < 2 or values.shape[0] < ROW_LOOP_FROM:
        return ufunc.accumulate(values, axis=-1)
    steps = np.moveaxis(values, -1, 0).copy(order="C")  # a copy: values may already be laid out so
    for k in range(1, steps.shape[0]):
        ufunc(steps[k - 1], steps[k], out=steps[k])
    return np.moveaxis(steps, 0, -1)


def accumulate_rows(values: np.ndarray, ufunc=np.add, fresh: bool = False) -> np.ndarray:
    """``ufunc.accumulate`` along the first axis (months or years first, variants along the rows).

    From ROW_LOOP_FROM variants the rows are stepped by hand (one contiguous vector operation each,
    in place when ``fresh`` says ``values`` is a temporary); numpy's own accumulate is slower there.
    Both do the same operations in the same order, so the bits do not depend on the batch's size.
    """
    if values.ndim < 2 or values.shape[-1] < ROW_LOOP_FROM:
        return ufunc.accumulate(values, axis=0)
    steps = values if fresh else values.copy()
    for k in range(1, steps.shape[0]):
        ufunc(steps[k - 1], steps[k], out=steps[k])
    return steps


def running_sum(rows: np.ndarray) -> np.ndarray:
    """Sum along the last axis, strictly in order (numpy's ``sum`` is pairwise and depends on layout)."""
    return accumulate(rows)[..., -1]


def total_rows(values: np.ndarray) -> np.ndarray:
    """The last row of :func:`accumulate_rows` (the sum along the first axis, in order), without the others."""
    if values.shape[-1] < ROW_LOOP_FROM:
        return np.add.accumulate(values, axis=0)[-1]
    total = values[0].copy()
    for k in range(1, values.shape[0]):
        total += values[k]
    return total


def vector(x, n: int) -> np.ndarray:
    """``x`` as a vector of length n, or of length 1 (which broadcasts in every use below: broadcast_to costs
    microseconds)."""
    if type(x) is np.ndarray and x.shape == (n,):
        return x
    x = np.asarray(x, dtype=float).reshape(-1)
    return x if x.shape == (1,) else np.broadcast_to(x, (n,))  # (1,) broadcasts against (n,) by itself


def year_sums(years: int, start, monthly_new, full_factor, ramp_factors=None, ramp_weights=None,
              full_weight=None, ramp_months: int = 0) -> np.ndarray:
    """(T, n) yearly sums of w(m) x N(m) (see the module's notes), years first.

    ``ramp_factors`` (R, n) are f(1..R) for the ramp's whole years (R a multiple of 12) and ``ramp_weights``
    their w ((R, n), (R, 1) or None: 1); or, for big batches, functions of the month index 0..R - 1 giving
    that month's vector (R = ``ramp_months``), so that no block of months is ever made. After them f is
    ``full_factor`` and w ``full_weight`` (vectors of length n, or 1).
    """
    n = max(np.size(start), np.size(full_factor), np.size(monthly_new))  # each is (n,), (1,) or a scalar
    start = vector(start, n)
    monthly_new = vector(monthly_new, n)
    sums = np.empty((years, n))
    first = 0
    N0 = start
    if callable(ramp_factors):
        first = ramp_months // 12
        N0 = _ramp_stepped(start, monthly_new, ramp_factors, ramp_weights, sums[:first], ramp_months)
    elif ramp_factors is not None:
        first = ramp_factors.shape[0] // 12
        if n >= ROW_LOOP_FROM:
            N0 = _ramp_stepped(start, monthly_new, ramp_factors.__getitem__,
                               None if ramp_weights is None else ramp_weights.__getitem__, sums[:first],
                               ramp_factors.shape[0])
        else:
            N0 = _ramp_block(start, monthly_new, ramp_factors, ramp_weights, sums[:first])
    if first < years:
        f = vector(full_factor, n)
        g, h, f12 = (_year_step_stepped if n >= ROW_LOOP_FROM else _year_step_block)(f)
        # the years after the ramp at once: N0 of year y = F^y N0 + (new / 12) G (F^0 + ... + F^(y-1))
        after = years - first
        growth = np.empty((after, f.size))
        growth[0] = 1.0
        growth[1:] = f12
        growth = accumulate_rows(growth, np.multiply, fresh=True)
        geometric = np.zeros((after, f.size))
        if after > 1:
            geometric[1:] = accumulate_rows(growth[:-1])
        starts = growth * N0 + (monthly_new * g) * geometric
        totals = g * starts + monthly_new * h
        sums[first:] = totals if full_weight is None else totals * np.reshape(full_weight, (1, -1))
    return sums


def _ramp_block(start, monthly_new, factors, weights, out) -> np.ndarray:
    """The ramp's years into ``out`` (Y, n), whole blocks of months at once; returns N(R + 1)."""
    survived = np.multiply.accumulate(factors, axis=0)
    path = np.empty((survived.shape[0] + 1, out.shape[1]))  # N(1..R + 1): N(1) = start, then the closed form
    path[0] = start
    inflow = np.add.accumulate(np.divide(1.0, survived), axis=0)
    np.multiply(inflow * monthly_new + start, survived, out=path[1:])
    at_starts = path[:-1]  # N(1..R)
    if weights is not None:
        at_starts *= weights
    out[:] = np.add.accumulate(at_starts.reshape(out.shape[0], 12, -1), axis=1)[:, -1]  # months in order
    return path[-1]


def _ramp_stepped(start, monthly_new, factor, weight, out, months: int) -> np.ndarray:
    """:func:`_ramp_block` one month at a time over vectors of all variants (``factor(m)`` and ``weight(m)``
    give month m's): the same operations in the same order (running product and sum, the closed form,
    the weight, the year's total month by month)."""
    n = out.shape[1]
    total = np.empty(n)
    at_start = start  # N(m)
    survived = inflow = None
    for m in range(months):
        f = factor(m)
        value = at_start if weight is None else at_start * weight(m)
        if m % 12 == 0:
            total[:] = value
        else:
            total += value
        if m % 12 == 11:
            out[m // 12] = total
        survived = f if survived is None else survived * f
        inflow = np.divide(1.0, survived) if inflow is None else inflow + np.divide(1.0, survived)
        at_start = (inflow * monthly_new + start) * survived
    return at_start


def _year_step_block(f: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """G, H and f^12 of a year at factor f (see the module's notes), the twelve powers as one block."""
    powers = np.empty((12, f.size))  # f^0..f^11 by repeated multiplication (np.power with an array of
    powers[0] = 1.0  # exponents takes different paths by position: a variant would depend on its place)
    powers[1:] = f
    powers = np.multiply.accumulate(powers, axis=0)
    f12 = powers[-1] * f
    partial = np.add.accumulate(powers, axis=0)  # sum of f^j for j <= k
    return partial[-1], np.add.accumulate(partial[:-1], axis=0)[-1], f12


def _year_step_stepped(f: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`_year_step_block` one power at a time: the same operations in the same order."""
    power = np.ones(f.size)
    partial = np.ones(f.size)
    h = partial.copy()
    for k in range(1, 12):
        power = power * f
        partial = partial + power
        if k < 11:
            h = h + partial
    return partial, h, power * f
