"""Round axis ticks, shared by the app's charts and the PDF's, so both scale an axis alike."""

from __future__ import annotations

import math


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values covering lo..hi (0 included when the range spans it); at most ~50.

    >>> nice_ticks(0, 95)
    [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
    >>> nice_ticks(-3.2e6, 1.1e6, 4)
    [-4000000.0, -2000000.0, 0.0, 2000000.0]
    >>> nice_ticks(5e6, 5e6, 4)   # a flat series: padded by 10 % of its value, not by 1
    [4500000.0, 4750000.0, 5000000.0, 5250000.0, 5500000.0]
    """
    if not (math.isfinite(lo) and math.isfinite(hi)):
        lo, hi = 0.0, 1.0
    if hi - lo < 1e-9:
        pad = abs(hi) * 0.1 or 1.0
        lo, hi = lo - pad, hi + pad
    raw = (hi - lo) / max(1, count)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    ticks: list[float] = []
    value = math.floor(lo / step) * step
    while value < hi + step * 0.999 and len(ticks) <= 50:
        ticks.append(round(value, 10) + 0.0)
        value += step
    return ticks
