"""The client's operating figures (optional ``client.operations``) and their valid ranges.

Absent operations mean the queue is not modelled; present, every field is checked with its path
(``client.operations.shrinkage``) and valid range, like every other input.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import Problem, ValidationError
from .fields import COUNT_MAX, FieldSpec

if TYPE_CHECKING:  # inputs imports this module
    from .inputs import Scenario

HOURS_PER_YEAR_MAX = 8784  # 366 x 24: lines open every hour of a leap year
SECONDS_MAX = 86_400  # a day

OPERATIONS_FIELDS = {s.name: s for s in (
    FieldSpec("contacts_per_year", 0, COUNT_MAX, low_open=True, unit="count"),
    FieldSpec("handle_time_s", 0, SECONDS_MAX, low_open=True, unit="seconds"),
    FieldSpec("open_hours_per_year", 0, HOURS_PER_YEAR_MAX, low_open=True, unit="hours"),
    FieldSpec("agent_cost_per_year", 0, 1e9, low_open=True, unit="money"),
    FieldSpec("agent_share_of_spend", 0, 1, unit="fraction"),
    FieldSpec("paid_hours_per_agent", 0, HOURS_PER_YEAR_MAX, low_open=True, unit="hours"),
    FieldSpec("shrinkage", 0, 0.9, unit="fraction"),
    FieldSpec("answer_target_s", 0, SECONDS_MAX, low_open=True, unit="seconds"),
    FieldSpec("target_service_level", 0, 1, low_open=True, high_open=True, unit="fraction"),
)}
OPERATIONS_REQUIRED = tuple(name for name in OPERATIONS_FIELDS if name != "target_service_level")

# A scenario's queue inputs (all optional): relative changes like service_spend_change, and the churn link.
QUEUE_SCENARIO_FIELDS = {s.name: s for s in (
    FieldSpec("contacts_change", -1, 10, low_open=True, unit="fraction"),
    FieldSpec("handle_time_change", -1, 10, low_open=True, unit="fraction"),
    FieldSpec("churn_per_minute_asa_pp", -100, 100, unit="pp"),
)}

MAX_TRAFFIC_ERLANGS = 1e8  # callers on the line at once; far beyond any contact centre, bounds the work


@dataclass(frozen=True)
class Operations:
    """How the client's contact centre runs today (MODEL.md, "The contact-centre queue")."""

    contacts_per_year: float
    handle_time_s: float
    open_hours_per_year: float
    agent_cost_per_year: float
    agent_share_of_spend: float
    paid_hours_per_agent: float
    shrinkage: float
    answer_target_s: float
    target_service_level: float = 0.8

    def __post_init__(self) -> None:
        problems = [Problem(name, msg) for name, spec in OPERATIONS_FIELDS.items()
                    if (msg := spec.problem(getattr(self, name)))]
        if problems:
            raise ValidationError(problems)


def scenario_queue_problems(scenario: Scenario) -> list[Problem]:
    """Problems of a scenario's queue fields (paths relative to the scenario)."""
    problems = []
    for name, spec in QUEUE_SCENARIO_FIELDS.items():
        value = getattr(scenario, name)
        if value is None and name == "churn_per_minute_asa_pp":
            continue
        msg = spec.problem(value)
        if msg:
            problems.append(Problem(name, msg))
    if scenario.churn_per_minute_asa_pp is not None and scenario.churn_change_pp != 0:
        problems.append(Problem("churn_per_minute_asa_pp", (
            "cannot be given together with churn_change_pp: the churn change is either typed "
            "(churn_change_pp) or derived from the speed of answer (churn_per_minute_asa_pp); remove one")))
    return problems


__all__ = ["MAX_TRAFFIC_ERLANGS", "OPERATIONS_FIELDS", "OPERATIONS_REQUIRED", "Operations", "QUEUE_SCENARIO_FIELDS",
           "scenario_queue_problems"]
