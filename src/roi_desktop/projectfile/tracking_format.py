"""The optional ``tracking`` object of a ``.roi`` file (docs/FILE-FORMAT.md, "tracking"), read and written.

Every problem names the calendar month it is about: ``tracking.actuals[3].customers: must be a number
greater than 0 ..., got -5 (2026-04)``. A month written out of order, twice or with a month missing
before it (a gap) is refused with the month expected and the month found.
"""

from __future__ import annotations

from typing import Any

from roi_desktop.core.errors import Problem, ValidationError
from roi_desktop.core.fields import shorten
from roi_desktop.core.tracking_inputs import ActualMonth, Tracking, month_label, month_problems, parse_month

TRACKING_KEYS = ("scenario", "start", "actuals")
ACTUAL_KEYS = ("month", "customers", "lost", "won", "service_spend")


def read_tracking(raw: Any, problems: list[Problem]) -> Tracking | None:
    """Build the Tracking of a file's ``tracking`` object; adds every problem to ``problems``."""
    if not isinstance(raw, dict):
        problems.append(Problem("tracking", f"must be a JSON object with scenario, start and actuals, "
                                            f"got {type(raw).__name__}"))
        return None
    found = [Problem(f"tracking.{k}", "is required") for k in ("scenario", "start") if k not in raw]
    found += [Problem(f"tracking.{shorten(k)[1:-1]}", f"unknown field; known fields: {', '.join(TRACKING_KEYS)}")
              for k in raw if k not in TRACKING_KEYS]
    start: Any = raw.get("start")  # as written; Tracking checks it
    start_ok = parse_month(start) is not None
    actuals_raw = raw.get("actuals", [])
    actuals: list[ActualMonth] = []
    if not isinstance(actuals_raw, list):
        found.append(Problem("tracking.actuals", "must be a list of months, each {\"customers\": number, ...}"))
        actuals_raw = []
    for j, item in enumerate(actuals_raw, start=1):
        path = f"tracking.actuals[{j - 1}]"
        where = f" ({month_label(start, j)})" if start_ok else f" (month {j})"
        if not isinstance(item, dict):
            found.append(Problem(path, f"must be an object with the month's customers, got "
                                       f"{type(item).__name__}{where}"))
            continue
        found += [Problem(f"{path}.{shorten(k)[1:-1]}", f"unknown field; known fields: {', '.join(ACTUAL_KEYS)}")
                  for k in item if k not in ACTUAL_KEYS]
        if "month" in item and start_ok and item["month"] != month_label(start, j):
            found.append(Problem(f"{path}.month", (
                f"expected {month_label(start, j)} (months follow one another from {start} with none missing "
                f"or repeated), got {shorten(item['month'])}: a gap, a repeat or a month out of order")))
        if item.get("customers") is None:
            found.append(Problem(f"{path}.customers", (
                f"is required{where}: every month from the start to the last actual needs its customers "
                "(a gap is not allowed)")))
            continue
        actuals.append(_actual_month(item))
    complete = len(actuals) == len(actuals_raw)
    try:
        tracking = Tracking(scenario=raw.get("scenario", 1), start=start if "start" in raw else "2000-01",
                            actuals=tuple(actuals) if complete else ())
    except ValidationError as e:
        found += [p.under("tracking") for p in e.problems]
        tracking = None
    if not complete:  # a gap stopped the months being checked together: check each complete month alone
        for j, item in enumerate(actuals_raw, start=1):
            if isinstance(item, dict) and item.get("customers") is not None:
                where = f" ({month_label(start, j)})" if start_ok else f" (month {j})"
                actual = _actual_month(item)
                found += [Problem(f"tracking.actuals[{j - 1}]{p.path}", p.message + where)
                          for p in month_problems(actual)]
    problems.extend(found)
    return None if found else tracking


def _actual_month(item: dict[str, Any]) -> ActualMonth:
    """The month's figures as written in the file (ActualMonth checks each one)."""
    figures: dict[str, Any] = {k: item.get(k) for k in ("customers", "lost", "won", "service_spend")}
    return ActualMonth(**figures)


def write_tracking(tracking: Tracking) -> dict:
    """The file's ``tracking`` object; each month carries its ``month`` so the file reads on its own."""
    actuals = []
    for j, a in enumerate(tracking.actuals, start=1):
        item: dict[str, Any] = {"month": tracking.label(j), "customers": a.customers}
        for key in ("lost", "won", "service_spend"):
            if getattr(a, key) is not None:
                item[key] = getattr(a, key)
        actuals.append(item)
    return {"scenario": tracking.scenario, "start": tracking.start, "actuals": actuals}
