"""The queue in ``roi-desktop calc``: the ``queue`` JSON object and a short block under the table."""

from __future__ import annotations

import math
from typing import Any

from roi_desktop.core.queue import QueueFigures
from roi_desktop.core.results import ProjectResult
from roi_desktop.reports.queue_text import wait_time

NEVER = "the queue never clears"


def _num(x: float | None) -> float | None:
    return None if x is None or not math.isfinite(x) else float(x) + 0.0


def queue_json(q: QueueFigures | None) -> dict[str, Any] | None:
    """One queue's figures (null where a figure does not exist); None without operations."""
    if q is None:
        return None
    return {
        "agents": q.agents, "traffic_erlangs": _num(q.traffic_erlangs), "prob_wait": _num(q.prob_wait),
        "service_level": _num(q.service_level), "asa_seconds": _num(q.asa_seconds), "occupancy": _num(q.occupancy),
        "agents_needed": q.agents_needed, "stable": q.stable, "answer_target_s": _num(q.answer_target_s),
    }


def add_queue_json(out: dict[str, Any], result: ProjectResult) -> None:
    """``baseline.queue`` and every ``scenarios[i].queue`` (null without client.operations); a scenario
    whose churn change comes from the queue also gets ``churn_from_queue``."""
    queue = result.queue
    out["baseline"]["queue"] = queue_json(queue.baseline if queue else None)
    for i, scenario in enumerate(out["scenarios"]):
        scenario["queue"] = queue_json(queue.scenarios[i] if queue else None)
        if queue and queue.churn_per_minute_asa_pp[i] is not None:
            scenario["churn_from_queue"] = {
                "churn_per_minute_asa_pp": _num(queue.churn_per_minute_asa_pp[i]),
                "churn_change_pp": _num(queue.derived_churn_change_pp[i]),
                "note": "the consultant's assumption: pp of annual churn per minute of change in average speed "
                        "of answer against the baseline",
            }


def _row(name: str, q: QueueFigures) -> tuple[str, ...]:
    return (name, f"{q.agents:,}", f"{q.traffic_erlangs:,.1f}",
            "n/a" if q.asa_seconds is None else wait_time(q.asa_seconds, "en").replace("\u00a0", " "), f"{q.service_level:.1%}",
            f"{q.prob_wait:.1%}", "n/a" if q.occupancy is None else f"{q.occupancy:.1%}",
            "n/a" if q.agents_needed is None else f"{q.agents_needed:,}")


def queue_text(result: ProjectResult) -> list[str]:
    """Lines of the queue block (empty without operations)."""
    queue = result.queue
    if queue is None:
        return []
    ops = result.project.client.operations
    assert ops is not None  # a queue is modelled only with operations
    header = ("Queue (Erlang C)", "Agents", "Erlangs", "Avg wait", f"SL {ops.answer_target_s:g} s", "P(wait)",
              "Occupancy", f"Needed ({ops.target_service_level:.0%})")
    rows = [header, _row("Today", queue.baseline)]
    rows += [_row(s.name, q) for s, q in zip(result.scenarios, queue.scenarios)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["", *("  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)).rstrip()
                   for r in rows)]
    lines.insert(2, "  ".join("-" * w for w in widths))
    for i, s in enumerate(result.scenarios):
        if not queue.scenarios[i].stable:
            lines.append(f"{s.name}: {NEVER} (agents on the lines <= offered traffic)")
        if queue.churn_per_minute_asa_pp[i] is not None:
            lines.append(f"{s.name}: churn change {queue.derived_churn_change_pp[i]:+.2f} pp derived from the "
                         f"average wait, {queue.churn_per_minute_asa_pp[i]:g} pp per minute (consultant's assumption)")
    lines.append("Calls arrive at random and evenly over the open hours; no caller hangs up (Erlang C).")
    return lines
