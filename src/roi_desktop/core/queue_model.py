"""The queue of the baseline and of every scenario, the budget sweep and the churn link
(MODEL.md, "The contact-centre queue"). The queue figures never change NPV; a scenario with
``churn_per_minute_asa_pp`` takes its churn change from them (:func:`with_queue_churn`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from .errors import Problem, ValidationError
from .operations import MAX_TRAFFIC_ERLANGS, QUEUE_SCENARIO_FIELDS
from .queue import QueueFigures, queue_figures

SWEEP_CHANGES = tuple(i / 100 for i in range(-50, 51, 2))  # service budget change -50 % .. +50 %


@dataclass(frozen=True)
class ProjectQueue:
    """The queue of the baseline and of each scenario (same order as ``project.scenarios``)."""

    baseline: QueueFigures
    scenarios: tuple[QueueFigures, ...]
    churn_per_minute_asa_pp: tuple[float | None, ...]  # the consultant's assumption, where a scenario links churn
    derived_churn_change_pp: tuple[float | None, ...]  # the churn change it gives; None where not linked


def agents_on_lines(client, service_spend_change: float = 0.0) -> int:
    """N = floor(FTE x paid hours x (1 - shrinkage) / open hours), FTE = spend on agents / agent cost."""
    ops = client.operations
    spend = ops.agent_share_of_spend * client.annual_service_spend * (1.0 + service_spend_change)
    fte = spend / ops.agent_cost_per_year
    exact = fte * ops.paid_hours_per_agent * (1.0 - ops.shrinkage) / ops.open_hours_per_year
    return max(0, math.floor(exact + 1e-9 * max(1.0, exact)))  # 10.9999999999 from rounding is 11 agents


def offered_traffic(operations, contacts_change: float = 0.0, handle_time_change: float = 0.0) -> float:
    """A = contacts x handle time / (open hours x 3600) in Erlangs, after the scenario's changes."""
    contacts = operations.contacts_per_year * (1.0 + contacts_change)
    handle = operations.handle_time_s * (1.0 + handle_time_change)
    return contacts * handle / (operations.open_hours_per_year * 3600.0)


def scenario_queue(client, scenario=None, service_spend_change: float | None = None,
                   memo: dict | None = None) -> QueueFigures:
    """The queue for ``scenario`` (None: the baseline); ``service_spend_change`` overrides its budget;
    ``memo`` shares the agents needed and the figures between queues of the same traffic (:func:`queue_figures`)."""
    ops = client.operations
    contacts = getattr(scenario, "contacts_change", 0.0) if scenario is not None else 0.0
    handle = getattr(scenario, "handle_time_change", 0.0) if scenario is not None else 0.0
    change = service_spend_change
    if change is None:
        change = scenario.service_spend_change if scenario is not None else 0.0
    return queue_figures(agents_on_lines(client, change), offered_traffic(ops, contacts, handle),
                         handle_time_s=ops.handle_time_s * (1.0 + handle), answer_target_s=ops.answer_target_s,
                         target_service_level=ops.target_service_level, memo=memo)


def budget_sweep(client, scenario=None, changes: tuple[float, ...] = SWEEP_CHANGES) -> list[QueueFigures]:
    """The queue at each service budget change (the baseline's contacts and handle time by default)."""
    memo: dict = {}  # one traffic: the agents needed are found once
    return [scenario_queue(client, scenario, change, memo) for change in changes]


def derived_churn_change(rate_pp_per_minute: float, scenario: QueueFigures, baseline: QueueFigures) -> float:
    """churn_change_pp = rate x (ASA_scenario - ASA_baseline) / 60; both queues must clear."""
    assert scenario.asa_seconds is not None and baseline.asa_seconds is not None, "a queue that never clears"
    return rate_pp_per_minute * (scenario.asa_seconds - baseline.asa_seconds) / 60.0


def project_queue(project) -> ProjectQueue | None:
    """The queue figures of ``project``; None when the client has no operations."""
    client = project.client
    if getattr(client, "operations", None) is None:
        return None
    memo: dict = {}
    baseline = scenario_queue(client, memo=memo)
    queues = tuple(scenario_queue(client, s, memo=memo) for s in project.scenarios)
    rates = tuple(getattr(s, "churn_per_minute_asa_pp", None) for s in project.scenarios)
    derived = tuple(None if rate is None or not (q.stable and baseline.stable)
                    else derived_churn_change(rate, q, baseline) for rate, q in zip(rates, queues))
    return ProjectQueue(baseline, queues, rates, derived)


def queue_problems(project) -> list[Problem]:
    """What stops the queue or the churn link from being computed, each with its path."""
    client = project.client
    ops = getattr(client, "operations", None)
    linked = [i for i, s in enumerate(project.scenarios) if getattr(s, "churn_per_minute_asa_pp", None) is not None]
    if ops is None:
        return [Problem(f"scenarios[{i}].churn_per_minute_asa_pp",
                        "needs the client's operations (client.operations) to compute the speed of answer")
                for i in linked]
    problems = []
    for i, s in enumerate((None,) + tuple(project.scenarios)):
        contacts = getattr(s, "contacts_change", 0.0) if s is not None else 0.0
        handle = getattr(s, "handle_time_change", 0.0) if s is not None else 0.0
        traffic = offered_traffic(ops, contacts, handle)
        if traffic > MAX_TRAFFIC_ERLANGS:
            path = "client.operations.contacts_per_year" if s is None else f"scenarios[{i - 1}].contacts_change"
            problems.append(Problem(path, f"gives {traffic:.3g} Erlangs of traffic (callers at once); "
                                          f"at most {MAX_TRAFFIC_ERLANGS:.0e} can be modelled"))
            if s is None:
                break  # today's traffic is the cause: the scenarios only repeat it
    if problems or not linked:
        return problems
    queue = project_queue(project)
    assert queue is not None  # the client has operations (checked above)
    spec = QUEUE_SCENARIO_FIELDS["churn_per_minute_asa_pp"]
    for i in linked:
        path = f"scenarios[{i}].churn_per_minute_asa_pp"
        s, derived = project.scenarios[i], queue.derived_churn_change_pp[i]
        if derived is None:
            which = "the baseline's" if not queue.baseline.stable else "this scenario's"
            problems.append(Problem(path, f"cannot derive the churn change: {which} queue never clears "
                                          "(agents on the lines <= offered traffic), so it has no speed of answer; "
                                          "type churn_change_pp instead"))
        elif not (-spec.high <= derived <= spec.high):
            problems.append(Problem(path, f"gives a churn change of {derived:.3g} pp; it must be at least -100 "
                                          "and at most 100"))
        elif not (_typed(s.churn_change_low_pp, -math.inf) <= derived <= _typed(s.churn_change_high_pp, math.inf)):
            problems.append(Problem(path, f"gives a churn change of {derived:.3g} pp, outside its typed range "
                                          f"churn_change_low_pp ({s.churn_change_low_pp}) to churn_change_high_pp "
                                          f"({s.churn_change_high_pp})"))
    return problems


def _typed(value: float | None, default: float) -> float:
    return default if value is None else value


def with_queue_churn(project, queue: ProjectQueue | None = None):
    """``project`` with every linked scenario's churn change derived from the queue (idempotent);
    ``queue`` is :func:`project_queue` of ``project`` when the caller has it already."""
    queue = project_queue(project) if queue is None else queue
    if queue is None or all(d is None for d in queue.derived_churn_change_pp):
        return project
    scenarios = tuple(s if d is None else s.with_changes(churn_change_pp=d, churn_per_minute_asa_pp=None)
                      for s, d in zip(project.scenarios, queue.derived_churn_change_pp))
    try:
        return replace(project, scenarios=scenarios)
    except ValidationError as e:  # checked by queue_problems already; kept honest if that ever changes
        raise ValidationError([Problem("scenarios", str(e))]) from None


__all__ = ["ProjectQueue", "SWEEP_CHANGES", "agents_on_lines", "budget_sweep", "derived_churn_change",
           "offered_traffic", "project_queue", "queue_problems", "scenario_queue", "with_queue_churn"]
