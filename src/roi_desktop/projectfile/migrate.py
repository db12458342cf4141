"""Bring older project files up to the current schema.

Schema 1 (roi-desktop preview builds) differs from schema 2 in three ways:
- a scenario's risk was one object ``"risk": {"benefits": b, "costs": c}`` instead of
  ``benefit_risk`` and ``cost_risk``;
- the report language was a top-level ``"language"`` and there was no ``report`` object;
- ``analysis`` had no ``trials`` or ``seed`` (the defaults apply).

Schema 3 adds optional objects only (the client's ``operations`` for the queue, ``tracking`` for value
realisation, where imported values came from); a schema 2 file is a valid schema 3 file, so the step only
renumbers it. A schema 2 reader refuses a schema 3 file with "written by a newer roi-desktop".
"""

from __future__ import annotations

import copy
from typing import Any

from roi_desktop.core.errors import Problem
from roi_desktop.core.fields import shorten

CURRENT_SCHEMA_VERSION = 3
OLDEST_SCHEMA_VERSION = 1


def version_problem(version: Any) -> Problem | None:
    if isinstance(version, bool) or not isinstance(version, int):
        return Problem("schema_version", f"must be a whole number from {OLDEST_SCHEMA_VERSION} to "
                                         f"{CURRENT_SCHEMA_VERSION}, got {shorten(version)}")
    if version > CURRENT_SCHEMA_VERSION:
        return Problem("schema_version", (
            f"this file was written by a newer roi-desktop (schema {version}); this version reads schema "
            f"{OLDEST_SCHEMA_VERSION} to {CURRENT_SCHEMA_VERSION}. Update roi-desktop to open it."))
    if version < OLDEST_SCHEMA_VERSION:
        return Problem("schema_version", f"must be a whole number from {OLDEST_SCHEMA_VERSION} to "
                                         f"{CURRENT_SCHEMA_VERSION}, got {version}")
    return None


def _v1_to_v2(data: dict) -> dict:
    out = copy.deepcopy(data)
    for scenario in out.get("scenarios", []) if isinstance(out.get("scenarios"), list) else []:
        risk = scenario.get("risk") if isinstance(scenario, dict) else None
        # only a well-formed old risk object is converted; anything else stays and is reported
        if isinstance(risk, dict) and set(risk) <= {"benefits", "costs"}:
            scenario.pop("risk")
            if "benefits" in risk:
                scenario.setdefault("benefit_risk", risk["benefits"])
            if "costs" in risk:
                scenario.setdefault("cost_risk", risk["costs"])
    if "language" in out and "report" not in out:  # schema 1 had no report object
        out["report"] = {"language": out.pop("language")}
    out["schema_version"] = 2
    return out


def _v2_to_v3(data: dict) -> dict:
    out = copy.deepcopy(data)
    out["schema_version"] = 3
    return out


_STEPS = {1: _v1_to_v2, 2: _v2_to_v3}


def migrate(data: dict) -> dict:
    """Return ``data`` in the current schema (a new dict; ``data`` is not changed)."""
    version = data["schema_version"]
    while version < CURRENT_SCHEMA_VERSION:
        data = _STEPS[version](data)
        version = data["schema_version"]
    return data
