"""When a scenario pays back (investments) or when a cut's gain turns into a loss (crossover)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Amounts within this share of the largest cumulative figure count as zero, so that a payback that
# lands exactly on a month (-110,000 then 5,000 a month: month 22) is not pushed a month later by
# floating-point rounding (1.1 x 100,000 = 110,000.00000000001).
RELATIVE_TOLERANCE = 1e-12


def _snap(cumulative: np.ndarray) -> np.ndarray:
    scale = float(np.max(np.abs(cumulative))) if cumulative.size else 0.0
    return np.where(np.abs(cumulative) <= RELATIVE_TOLERANCE * scale, 0.0, cumulative)


def payback_month(cumulative: np.ndarray) -> int | None:
    """First month in which the cumulative net flow becomes >= 0 (MODEL.md "Payback").

    ``cumulative`` holds months 0..M, month 0 being the one-off. A flow that never goes below 0
    pays back at once (month 0); one that goes below 0 pays back in the first month it is back at
    or above 0 after that; None when it does not recover within the horizon.

    >>> payback_month(np.cumsum([-100.0, 30, 30, 30, 30]))
    4
    >>> payback_month(np.cumsum([0.0, -5, 10])), payback_month(np.cumsum([-100.0, 1])) is None
    (2, True)
    """
    cumulative = _snap(cumulative)
    negative = np.flatnonzero(cumulative < 0)
    if negative.size == 0:
        return 0
    after = np.flatnonzero(cumulative[negative[0]:] >= 0)
    return int(negative[0] + after[0]) if after.size else None


def crossover_month(cumulative: np.ndarray) -> int | None:
    """For a cut: the first month in which the cumulative effect turns from >= 0 to negative.

    Savings come first and losses later. 0 when it is negative from the start and never gains;
    None when it stays >= 0 within the horizon ("not within the horizon").

    >>> crossover_month(np.cumsum([0.0, 10, 5, -8, -9]))
    4
    >>> crossover_month(np.cumsum([0.0, 10, 5])) is None, crossover_month(np.cumsum([-5.0, 10, 5])) is None
    (True, True)
    """
    negative = _snap(cumulative) < 0
    if not negative.any():
        return None
    if negative[0] and not (~negative).any():
        return 0
    turns = np.flatnonzero(negative[1:] & ~negative[:-1])
    return int(turns[0] + 1) if turns.size else None


# What the payback figure means for the scenario's kind (issue 11, part 5): codes only, no words.
PAYS_BACK = "pays_back"  # an investment: the cumulative net flow is back at or above 0 in ``month``
NEVER_WITHIN_HORIZON = "never_within_horizon"  # an investment that does not pay back within the horizon
TURNS_INTO_LOSS = "turns_into_loss"  # a cut: the cumulative effect turns negative in ``month``
STAYS_AHEAD = "stays_ahead"  # a cut whose cumulative effect stays >= 0 for the whole horizon
TIMING_CODES = (PAYS_BACK, NEVER_WITHIN_HORIZON, TURNS_INTO_LOSS, STAYS_AHEAD)


@dataclass(frozen=True)
class Timing:
    """The payback basis of one scenario: ``code`` (one of :data:`TIMING_CODES`), the month (None for
    never_within_horizon and stays_ahead) and the horizon in years (for "within 5 years")."""

    code: str
    month: int | None
    horizon_years: int


def timing(kind: str, cumulative: np.ndarray | None, horizon_years: int, *, payback: int | None = None,
           crossover: int | None = None) -> Timing:
    """Payback for an investment, crossover for a cut, from the monthly cumulative net flow (or, with
    ``cumulative`` None, from the ``payback`` and ``crossover`` months already found).

    >>> timing("investment", np.cumsum([-100.0, 30, 30, 30, 30]), 1)
    Timing(code='pays_back', month=4, horizon_years=1)
    >>> timing("cut", np.cumsum([0.0, 10, 5]), 1).code
    'stays_ahead'
    """
    if kind == "cut":
        month = crossover_month(cumulative) if cumulative is not None else crossover
        return Timing(STAYS_AHEAD if month is None else TURNS_INTO_LOSS, month, horizon_years)
    month = payback_month(cumulative) if cumulative is not None else payback
    return Timing(NEVER_WITHIN_HORIZON if month is None else PAYS_BACK, month, horizon_years)
