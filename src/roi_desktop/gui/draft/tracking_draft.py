"""Keep the draft's ``tracking.scenario`` on the same plan when scenarios are deleted or moved.

>>> data = {"tracking": {"scenario": 3}}
>>> follow_scenario(data, 0, None); data["tracking"]["scenario"]   # the first scenario deleted
2
>>> follow_scenario(data, 1, 0); data["tracking"]["scenario"]      # the plan moved up
1
"""

from __future__ import annotations


def follow_scenario(data: dict, old: int, new: int | None) -> None:
    """Scenario ``old`` (0-based) moved to ``new``, or was deleted (``new`` None). Deleting the plan
    itself leaves the tracking as it is (nothing typed is lost); the check then asks for another plan."""
    tracking = data.get("tracking")
    plan = tracking.get("scenario") if isinstance(tracking, dict) else None
    if isinstance(plan, bool) or not isinstance(plan, int):
        return
    i = plan - 1
    if new is None:
        if i > old:
            tracking["scenario"] = plan - 1
    elif i == old:
        tracking["scenario"] = new + 1
    elif i == new:
        tracking["scenario"] = old + 1


def scenario_inserted(data: dict, at: int) -> None:
    """A scenario was inserted at ``at`` (0-based): a plan at or after it moves one down."""
    tracking = data.get("tracking")
    plan = tracking.get("scenario") if isinstance(tracking, dict) else None
    if not isinstance(plan, bool) and isinstance(plan, int) and plan - 1 >= at:
        tracking["scenario"] = plan + 1
