"""Whether a scenario's IRR means something, decided once for every output (issue 11, part 4).

Codes only (no words): each output turns the code into its own sentence, naming the project's discount
rate and the rates found.

- ``none``: no rate makes the yearly net flows' NPV zero (the flows never change sign);
- ``several_rates``: more than one rate does, so no single rate describes the flows;
- ``gains_first``: the flows start with gains and the losses come later (a cut): the rate is the cost of
  borrowing from the future, so a higher rate is worse news, not better;
- ``disagrees_with_npv``: the sign of IRR minus the discount rate differs from the sign of NPV;
- ``meaningful``: one rate, costs first, agreeing with NPV: the rate is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MEANINGFUL = "meaningful"
NONE = "none"
SEVERAL_RATES = "several_rates"
GAINS_FIRST = "gains_first"
DISAGREES_WITH_NPV = "disagrees_with_npv"
CODES = (MEANINGFUL, NONE, SEVERAL_RATES, GAINS_FIRST, DISAGREES_WITH_NPV)


@dataclass(frozen=True)
class IrrVerdict:
    """``code`` (one of :data:`CODES`), every rate found (nearest 10 % first), the project's discount rate,
    and ``rate``: the IRR to show, present only when the code is ``meaningful``."""

    code: str
    rates: tuple[float, ...]
    discount_rate: float

    @property
    def rate(self) -> float | None:
        return self.rates[0] if self.code == MEANINGFUL else None

    @property
    def shown(self) -> bool:
        return self.code == MEANINGFUL


def irr_verdict(net: np.ndarray, rates: tuple[float, ...], npv: float, discount_rate: float) -> IrrVerdict:
    """Decide the verdict for yearly net flows ``net`` (Years 0..T) with IRR ``rates`` and ``npv``.

    >>> irr_verdict(np.array([-100.0, 60, 60]), (0.1307,), 4.1, 0.1).code
    'meaningful'
    >>> irr_verdict(np.array([100.0, -60, -60]), (0.1307,), -4.1, 0.1).code
    'gains_first'
    >>> irr_verdict(np.array([-100.0, 230, -132]), (0.1, 0.2), 0.0, 0.09).code
    'several_rates'
    >>> irr_verdict(np.array([5.0, 6]), (), 10.5, 0.1).code
    'none'
    """
    rates = tuple(float(r) for r in rates)
    if not rates:
        code = NONE
    elif len(rates) > 1:
        code = SEVERAL_RATES
    else:
        scale = float(np.max(np.abs(net))) if net.size else 0.0
        nonzero = net[np.abs(net) > 1e-12 * scale]
        if nonzero.size and nonzero[0] > 0:
            code = GAINS_FIRST
        elif (rates[0] - discount_rate) * npv < 0 and abs(npv) > 1e-9 * max(scale, 1.0):
            code = DISAGREES_WITH_NPV
        else:
            code = MEANINGFUL
    return IrrVerdict(code, rates, float(discount_rate))
