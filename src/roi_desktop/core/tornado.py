"""Tornado: each scenario's NPV with one uncertain input at a time moved to its low and high value.

The values come from :func:`roi_desktop.core.uncertain.tornado_inputs` (the consultant's range, else
+-20 % of the point value clipped to the field's valid range). All variants of a scenario are
evaluated in one call of the engine's own NPV evaluator (:mod:`roi_desktop.core.batch_npv`, discount
rates as a vector), so an input left at its point value gives the engine's NPV to the last bit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .batch_npv import scenario_npv
from .inputs import Project
from .uncertain import CLIENT_INPUTS, SCENARIO_INPUTS, tornado_inputs


@dataclass(frozen=True)
class TornadoBar:
    """One input's effect on a scenario's NPV. ``input`` is the project-file path of the input (its name
    for a reader: ``roi_desktop.reports.field_words.field_label``)."""

    input: str
    low_value: float
    high_value: float
    npv_low: float  # NPV with the input at low_value
    npv_high: float  # NPV with the input at high_value
    swing: float  # |npv_high - npv_low|


def tornado(project: Project, index: int, point_npv: float) -> tuple[TornadoBar, ...]:
    """The bars of scenario ``index``, largest swing first (equal swings keep the input order).

    An input that does not move this scenario's NPV at all (e.g. the service spend in a scenario
    that leaves it unchanged) gets no bar.
    """
    inputs = tornado_inputs(project, index)
    if not inputs:
        return ()
    s, c = project.scenarios[index], project.client
    variants = 1 + 2 * len(inputs)  # row 0: every input at its point value
    churn = np.full(variants, float(s.churn_change_pp))
    client = {f: np.full(variants, float(getattr(c, f))) for f in CLIENT_INPUTS}
    own = {f: np.full(variants, float(getattr(s, f))) for f in SCENARIO_INPUTS[1:]}
    rate = np.full(variants, float(project.analysis.discount_rate))
    for k, u in enumerate(inputs):
        target = {"churn": churn, "analysis": rate}.get(u.group)
        if target is None:
            target = client[u.field] if u.group == "client" else own[u.field]
        target[2 * k + 1], target[2 * k + 2] = u.low, u.high
    f = scenario_npv(project, s, churn_change_pp=churn, client_values=client, scenario_values=own,
                     discount_rate=rate)
    npv = f
    bars = []
    for k, u in enumerate(inputs):
        lo = point_npv if u.low == u.point else float(npv[2 * k + 1])
        hi = point_npv if u.high == u.point else float(npv[2 * k + 2])
        bars.append(TornadoBar(u.path, u.low, u.high, lo, hi, abs(hi - lo)))
    return tuple(sorted((b for b in bars if b.swing > 0), key=lambda b: -b.swing))
