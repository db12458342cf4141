"""Spreadsheet-named financial functions (Excel semantics), used by the engine.

Each function states its formula; the examples run as doctests.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from . import batch_npv


def npv(rate: float, values: Sequence[float]) -> float:
    """Excel's ``NPV(rate, v1, ..., vn)``: every value is discounted, the first by one period.

    NPV = sum over k = 1..n of v_k / (1 + rate)^k

    >>> round(npv(0.10, [-10000, 3000, 4200, 6800]), 2)   # Microsoft's Excel NPV example 1
    1188.44
    """
    v = np.asarray(values, dtype=float)
    k = np.arange(1, v.size + 1, dtype=float)
    with np.errstate(over="ignore"):
        return float(np.sum(v / (1.0 + rate) ** k))


def discount_factors(rate: float, years: int) -> np.ndarray:
    """1 / (1 + rate)^t for t = 0..years (Year 0 undiscounted, the TEI convention).

    >>> discount_factors(0.1, 2).round(4).tolist()
    [1.0, 0.9091, 0.8264]
    """
    return batch_npv.discount_factors(rate, years)


def present_value(rate: float, flows: Sequence[float]) -> float:
    """TEI present value of flows for Year 0..T: PV = X0 + sum over t = 1..T of Xt / (1 + rate)^t.

    Equals Excel's ``NPV(rate, Year1:YearT) + Year0``; the engine's evaluator computes it the same way.

    >>> round(present_value(0.08, [-40000, 8000, 9200, 10000, 12000, 14500]), 2)  # Excel NPV example 2
    1922.06
    """
    x = np.asarray(flows, dtype=float)
    return float(batch_npv.pv_of_years(x, discount_factors(rate, x.size - 1))) if x.size else 0.0


def _npv_and_slope(rate: float, x) -> tuple[float, float]:
    """NPV of flows ``x`` (a list of floats, Years 0..n) at ``rate`` and its derivative, in plain floats
    (a dozen flows: cheaper than numpy calls), by Horner's scheme in z = 1 / (1 + rate): NPV = sum of
    x_t z^t, and d NPV / d rate = -z^2 x sum of t x_t z^(t - 1)."""
    try:
        z = 1.0 / (1.0 + rate)
    except ZeroDivisionError:  # a wild Newton step; the caller checks
        return float("nan"), float("nan")
    value = slope = 0.0
    for v in reversed(x):
        slope = slope * z + value
        value = value * z + v
    return value, -slope * z * z


def irr(values: Sequence[float], guess: float = 0.1) -> float | None:
    """See :func:`irr_rates`: the rate nearest ``guess``, or None."""
    rates = irr_rates(values, guess)
    return rates[0] if rates else None


def irr_rates(values: Sequence[float], guess: float = 0.1) -> tuple[float, ...]:
    """Excel's ``IRR(values)``: the rate r > -1 at which sum of v_t / (1 + r)^t over t = 0..n is 0.

    Returns every such rate, nearest ``guess`` (Excel's default 0.1) first, as Excel's iteration
    from that guess tends to find it; empty when none exists (the flows never change sign, or the
    polynomial has no root above -1). Flows with several sign changes can have several rates.

    >>> round(irr([-70000, 12000, 15000, 18000, 21000, 26000]), 6)   # Microsoft's Excel IRR example
    0.086631
    >>> irr([100, 200]) is None
    True
    """
    flows = [float(v) for v in values]
    scale = max((abs(v) for v in flows), default=0.0)
    if scale == 0.0 or not math.isfinite(scale):
        return ()
    # amounts below 1e-15 of the largest are rounding noise: they cannot carry a rate (and overflow np.roots)
    flows = [0.0 if abs(v) < 1e-15 * scale else v for v in flows]
    nonzero = [v for v in flows if v != 0.0]
    changes = sum(1 for a, b in zip(nonzero, nonzero[1:]) if (a > 0) != (b > 0))
    if len(nonzero) < 2 or changes == 0:
        return ()
    if changes == 1:
        # One sign change: exactly one rate above -1 (Descartes' rule in z = 1 / (1 + r)).
        # Newton from the guess usually finds it in a few steps; roots below are the fallback.
        quick = _newton(guess, flows)
        if quick is not None:
            return (quick,)
    x = np.array(flows)
    # Roots of sum v_t * z^t with z = 1 / (1 + r); np.roots wants the highest power first.
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        try:
            roots = np.roots(x[::-1])
        except np.linalg.LinAlgError:
            return ()
    real = roots[(np.abs(roots.imag) <= 1e-9 * np.maximum(1.0, np.abs(roots))) & (roots.real > 0)].real
    if real.size == 0:
        return ()
    rates = 1.0 / real - 1.0
    candidates = []
    for r in rates:
        refined = _newton(float(r), flows)
        if refined is not None:
            candidates.append(refined)
    unique: list[float] = []
    for r in sorted(candidates, key=lambda r: abs(r - guess)):
        if all(abs(r - u) > 1e-9 * max(1.0, abs(u)) for u in unique):
            unique.append(r)
    return tuple(unique)


def _newton(r: float, x: list[float]) -> float | None:
    """Newton's method from r to full double precision; None if it does not converge to a root."""
    for _ in range(60):
        if r <= -1.0:
            return None
        value, slope = _npv_and_slope(r, x)
        if slope == 0.0 or not math.isfinite(slope):
            break
        step = value / slope
        r -= step
        if abs(step) <= 1e-15 * max(1.0, abs(r)):
            break
    if r <= -1.0 or not math.isfinite(r):
        return None
    value, _ = _npv_and_slope(r, x)
    scale = sum(abs(v) for v in x)
    return float(r) if abs(value) <= 1e-9 * scale else None


def clv(margin: float, retention: float, discount_rate: float) -> float | None:
    """Customer lifetime value, Gupta & Lehmann (2003), margin at the end of each period:

    CLV = m * r / (1 + i - r)

    None when undefined (r = 1 and i = 0: a customer who never leaves, undiscounted).

    >>> round(clv(100, 0.8, 0.1), 2)   # Gupta & Lehmann's example
    266.67
    """
    denominator = 1.0 + discount_rate - retention
    if denominator <= 0.0:
        return None
    return margin * retention / denominator
