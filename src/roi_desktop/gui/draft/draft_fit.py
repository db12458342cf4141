"""The draft as the core calculates and the file saves it.

The draft keeps every amount a custom line was given, also for years beyond the current horizon (a
shorter horizon must not lose Years 4-5; they count again when the horizon grows). The calculated
project takes Year 0..T: amounts beyond go to the line's ``later_amounts`` (saved in the file), and years
a line has no amount for count as 0 (the editor shows them as empty). A client or scenario range kept in
the file (for the risk analysis) is widened just enough to hold its point value; the draft's own ranges
never change while typing.
"""

from __future__ import annotations

from roi_desktop.core.fields import RANGEABLE_CLIENT_FIELDS, RANGEABLE_SCENARIO_FIELDS
from roi_desktop.gui.draft.draft_paths import get_path
from roi_desktop.gui.texts.field_texts import spec_for
from roi_desktop.gui.draft.history import copy_draft


def valid_horizon(data: dict) -> int | None:
    years = get_path(data, "analysis.horizon_years")
    return years if isinstance(years, int) and not isinstance(years, bool) and 1 <= years <= 10 else None


def _lines(data: dict):
    for s in data.get("scenarios", []) if isinstance(data.get("scenarios"), list) else []:
        if isinstance(s, dict) and isinstance(s.get("lines"), list):
            yield from (line for line in s["lines"] if isinstance(line, dict))


def joined_later_amounts(data: dict) -> dict:
    """A loaded file's ``later_amounts`` put back behind each line's amounts (in place)."""
    for line in _lines(data):
        later = line.pop("later_amounts", None)
        if isinstance(later, list) and isinstance(line.get("amounts"), list):
            line["amounts"] = line["amounts"] + later
    return data


def fitted_to_horizon(data: dict) -> dict:
    """The draft with each line's amounts as Year 0..T (a copy when anything differs)."""
    years = valid_horizon(data)
    if years is None or all(len(line.get("amounts", [])) == years + 1 for line in _lines(data)
                            if isinstance(line.get("amounts"), list)):
        return data
    data = copy_draft(data)
    for line in _lines(data):
        amounts = line.get("amounts")
        if not isinstance(amounts, list):
            continue
        later = amounts[years + 1:]
        while later and later[-1] in (0, 0.0):
            later.pop()  # zeros at the end carry nothing worth keeping
        line["amounts"] = amounts[: years + 1] + [0.0] * (years + 1 - len(amounts))
        if later:
            line["later_amounts"] = later
    return data


def missing_years(data: dict) -> list[int]:
    """Years within the horizon for which some line has no amount (they count as 0)."""
    years = valid_horizon(data)
    if years is None:
        return []
    shortest = min((len(line["amounts"]) for line in _lines(data) if isinstance(line.get("amounts"), list)),
                   default=years + 1)
    return list(range(shortest, years + 1))


def for_calculation(data: dict) -> dict:
    """What the core calculates and the file saves (see the module's text)."""
    data = fitted_to_horizon(data)
    owners = [(data.get("client"), RANGEABLE_CLIENT_FIELDS)]
    owners += [(s, RANGEABLE_SCENARIO_FIELDS) for s in data.get("scenarios", []) if isinstance(s, dict)]
    if not any(isinstance(o, dict) and o.get("ranges") for o, _ in owners):
        return data
    data = copy_draft(data)
    owners = [(data.get("client"), RANGEABLE_CLIENT_FIELDS)]
    owners += [(s, RANGEABLE_SCENARIO_FIELDS) for s in data.get("scenarios", []) if isinstance(s, dict)]
    for owner, names in owners:
        ranges = owner.get("ranges") if isinstance(owner, dict) else None
        if not isinstance(ranges, dict):
            continue
        for name, rng in ranges.items():
            value = owner.get(name)
            if (name not in names or not isinstance(rng, dict) or isinstance(value, bool)
                    or not isinstance(value, (int, float)) or spec_for(name).problem(value) is not None):
                continue
            low, high = rng.get("low", value), rng.get("high", value)
            if isinstance(low, (int, float)) and isinstance(high, (int, float)):
                ranges[name] = {**rng, "low": min(low, value), "high": max(high, value)}
    return data
