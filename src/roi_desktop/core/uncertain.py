"""The uncertain inputs of the risk analysis: which inputs move, and to where (their names for a reader
live in ``roi_desktop.reports.words.fields``).

An input's range is the consultant's own low and high estimate where one is given (a scenario's
``churn_change_low_pp``/``churn_change_high_pp``, ``scenario.ranges``, ``client.ranges``). The tornado
moves inputs without a range by +-20 % of their value (MODEL.md, "Risk analysis"), clipped to the
field's valid range; the Monte Carlo draws only inputs with a range of non-zero width.

Inputs that cannot change NPV (acquisition_cost, service_churn_share) are left out even when the
consultant gives them a range: they feed context figures, not the money flows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .fields import ANALYSIS_FIELDS, CLIENT_FIELDS, NPV_CLIENT_INPUTS, SCENARIO_FIELDS, FieldSpec
from .inputs import Project, Scenario

DEFAULT_SWING = 0.20

# Inputs that drive NPV, in the order a tornado lists equal swings.
SCENARIO_INPUTS = ("churn_change_pp", "service_spend_change", "one_off_cost", "extra_annual_cost",
                   "revenue_per_customer_change")
CLIENT_INPUTS = NPV_CLIENT_INPUTS
ANALYSIS_INPUTS = ("discount_rate",)

@dataclass(frozen=True)
class UncertainInput:
    """One input of one scenario's NPV with its point value and its low/high values.

    ``group`` says where it lives: "churn" (the scenario's churn change), "scenario", "client" or
    "analysis". ``path`` is the project-file path, e.g. ``scenarios[0].one_off_cost``.
    ``given`` is True when the range is the consultant's own (not the +-20 % default).
    """

    group: str
    field: str
    path: str
    point: float
    low: float
    high: float
    given: bool

    @property
    def width(self) -> float:
        return self.high - self.low


def _clip(value: float, spec: FieldSpec) -> float:
    """Clip a moved value into the field's valid range (an open bound is approached, not reached)."""
    low = np.nextafter(spec.low, spec.high) if spec.low_open else spec.low
    high = np.nextafter(spec.high, spec.low) if spec.high_open else spec.high
    return float(min(max(value, low), high))


def _tidy(x: float) -> float:
    """-0.2 x 0.8 is -0.16000000000000003 in binary: keep 12 significant digits (-0.16)."""
    return float(f"{x:.12g}")


def _moved(group: str, field: str, path: str, point: float, rng, spec: FieldSpec) -> UncertainInput | None:
    if rng is not None:
        return UncertainInput(group, field, path, float(point), float(rng[0]), float(rng[1]), True)
    if point == 0:
        return None  # +-20 % of nothing: no swing
    a, b = (_clip(_tidy(point * (1 + k * DEFAULT_SWING)), spec) for k in (-1, 1))
    return UncertainInput(group, field, path, float(point), min(a, b), max(a, b), False)


def churn_input(scenario: Scenario, index: int) -> UncertainInput:
    """The scenario's churn change with its range (the point value at both ends when none is given)."""
    return UncertainInput("churn", "churn_change_pp", f"scenarios[{index}].churn_change_pp",
                          float(scenario.churn_change_pp), float(scenario.churn_low), float(scenario.churn_high),
                          scenario.churn_change_low_pp is not None or scenario.churn_change_high_pp is not None)


def scenario_ranged_inputs(scenario: Scenario, index: int) -> list[UncertainInput]:
    """The scenario's own inputs that the consultant gave a range to (Monte Carlo)."""
    out = []
    for field in SCENARIO_INPUTS[1:]:
        rng = scenario.ranges.get(field)
        if rng is not None:
            out.append(UncertainInput("scenario", field, f"scenarios[{index}].{field}",
                                      float(getattr(scenario, field)), float(rng.low), float(rng.high), True))
    return out


def client_ranged_inputs(project: Project) -> list[UncertainInput]:
    """The client inputs that the consultant gave a range to (Monte Carlo; shared by all scenarios)."""
    c = project.client
    return [UncertainInput("client", f, f"client.{f}", float(getattr(c, f)), float(c.ranges[f].low),
                           float(c.ranges[f].high), True) for f in CLIENT_INPUTS if f in c.ranges]


def tornado_inputs(project: Project, index: int) -> list[UncertainInput]:
    """Every input the tornado moves for scenario ``index``, with its low and high values."""
    s = project.scenarios[index]
    c = project.client
    out: list[UncertainInput | None] = []
    churn = churn_input(s, index)
    churn_range = (churn.low, churn.high) if churn.given else None
    out.append(_moved("churn", "churn_change_pp", churn.path, churn.point, churn_range,
                      SCENARIO_FIELDS["churn_change_pp"]))
    for field in SCENARIO_INPUTS[1:]:
        rng = s.ranges.get(field)
        out.append(_moved("scenario", field, f"scenarios[{index}].{field}", getattr(s, field),
                          None if rng is None else (rng.low, rng.high), SCENARIO_FIELDS[field]))
    for field in CLIENT_INPUTS:
        rng = c.ranges.get(field)
        out.append(_moved("client", field, f"client.{field}", getattr(c, field),
                          None if rng is None else (rng.low, rng.high), CLIENT_FIELDS[field]))
    out.append(_moved("analysis", "discount_rate", "analysis.discount_rate", project.analysis.discount_rate,
                      None, ANALYSIS_FIELDS["discount_rate"]))
    return [u for u in out if u is not None and u.width > 0]
