"""The monthly customer model (MODEL.md, "Client inputs" and "A scenario"), vectorised.

All functions broadcast: pass scalars for one calculation, or 1-D arrays of length B (monthly
arrays of shape (B, M)) to compute a batch of B variants at once (break-even solving, Monte Carlo) with no Python loop per variant.

Conventions: months m = 1..M. ``customers`` arrays have M + 1 columns: column k holds the customers
at the start of month k + 1, so column 0 is the start and column 12t is the end of Year t.
"""

from __future__ import annotations

import numpy as np

CHURN_CAP = 0.99


def monthly_churn(annual_churn: np.ndarray | float) -> np.ndarray:
    """q = 1 - (1 - annual_churn)^(1/12).

    >>> round(float(monthly_churn(0.18)), 10)
    0.0164015832
    """
    return 1.0 - (1.0 - np.asarray(annual_churn, dtype=float)) ** (1.0 / 12.0)


def ramp(months: int, ramp_months: int) -> np.ndarray:
    """Strength of a scenario's effect in month m = 1..months: min(1, m / ramp_months), or 1 with no ramp.

    >>> ramp(4, 2).tolist()
    [0.5, 1.0, 1.0, 1.0]
    """
    m = np.arange(1, months + 1, dtype=float)
    if ramp_months <= 0:
        return np.ones_like(m)
    return np.minimum(1.0, m / float(ramp_months))


def scenario_churn(base_churn, churn_change_pp, strength: np.ndarray) -> np.ndarray:
    """Annual churn in each month: clamp(base + strength * change_pp / 100, 0, cap).

    The cap is 0.99 (MODEL.md), or the baseline churn itself when that is higher, so that a
    scenario with no churn change always equals the baseline.
    """
    base = np.asarray(base_churn, dtype=float)
    cap = np.maximum(CHURN_CAP, base)
    churn = base + strength * (np.asarray(churn_change_pp, dtype=float) / 100.0)
    return np.minimum(np.maximum(churn, 0.0), cap)  # np.clip, without its wrapper's cost


def customer_path(start, annual_new, annual_churn_by_month) -> np.ndarray:
    """Customers at the start of months 1..M+1 given the annual churn in force in each month.

    N(1) = start; N(m+1) = N(m) * (1 - q(m)) + annual_new / 12, computed in closed form:
    N(m+1) = P(m) * (start + annual_new / 12 * sum over k = 1..m of 1 / P(k)), P(m) = prod of (1 - q).

    >>> customer_path(1000.0, 120.0, np.full(2, 0.0)).tolist()
    [1000.0, 1010.0, 1020.0]
    """
    churn = np.asarray(annual_churn_by_month, dtype=float)
    survived = np.cumprod((1.0 - churn) ** (1.0 / 12.0), axis=-1)
    inflow = np.cumsum(1.0 / survived, axis=-1)
    start = np.asarray(start, dtype=float)
    new_per_month = np.asarray(annual_new, dtype=float) / 12.0
    start_col = start[..., None] if start.ndim else start
    tail = survived * (start_col + (new_per_month[..., None] if new_per_month.ndim else new_per_month) * inflow)
    out = np.empty(tail.shape[:-1] + (tail.shape[-1] + 1,))
    out[..., 1:] = tail
    out[..., :1] = start_col
    return out


def revenue_and_margin(customers: np.ndarray, revenue_per_customer, gross_margin) -> tuple[np.ndarray, np.ndarray]:
    """Monthly revenue N(m) * revenue_per_customer / 12 and gross profit (revenue * margin), m = 1..M.

    ``revenue_per_customer`` may vary by month (an array of shape (..., M)).
    """
    months = customers.shape[-1] - 1
    rpc = np.asarray(revenue_per_customer, dtype=float)
    if rpc.ndim and rpc.shape[-1] != months:
        rpc = rpc[..., None]
    revenue = customers[..., :months] * rpc / 12.0
    gm = np.asarray(gross_margin, dtype=float)
    return revenue, revenue * (gm[..., None] if gm.ndim else gm)


def year_totals(monthly: np.ndarray) -> np.ndarray:
    """Sum monthly values (..., 12T) into Years 0..T, Year 0 being 0 (monthly flows start in Year 1).

    >>> year_totals(np.ones(24)).tolist()
    [0.0, 12.0, 12.0]
    """
    years = monthly.shape[-1] // 12
    sums = monthly.reshape(monthly.shape[:-1] + (years, 12)).sum(axis=-1)
    return np.concatenate([np.zeros(sums.shape[:-1] + (1,)), sums], axis=-1)
