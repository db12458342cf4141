"""Write a Project as a ``.roi`` file (UTF-8 JSON, the current schema), atomically."""

from __future__ import annotations

import json
import os
from pathlib import Path

from roi_desktop.atomic import write_bytes_atomically
from roi_desktop.core.inputs import Client, CustomLine, Project, Scenario
from .migrate import CURRENT_SCHEMA_VERSION
from .tracking_format import write_tracking
from .provenance import provenance_to_dict

CLIENT_ORDER = ("name", "industry", "customers", "annual_revenue_per_customer", "gross_margin", "annual_churn_rate",
                "annual_new_customers", "acquisition_cost", "annual_service_spend", "service_churn_share", "notes")
SCENARIO_ORDER = ("name", "kind", "notes", "service_spend_change", "one_off_cost", "extra_annual_cost",
                  "churn_change_pp", "churn_change_low_pp", "churn_change_high_pp", "revenue_per_customer_change",
                  "ramp_months", "benefit_risk", "cost_risk")


def _ranges(ranges) -> dict:
    return {name: {"low": r.low, "high": r.high} for name, r in ranges.items()}


def _client(c: Client) -> dict:
    out = {k: getattr(c, k) for k in CLIENT_ORDER}
    if c.ranges:
        out["ranges"] = _ranges(c.ranges)
    return out


def _line(line: CustomLine) -> dict:
    out = {"name": line.name, "kind": line.kind, "amounts": list(line.amounts)}
    if line.risk is not None:
        out["risk"] = line.risk
    return out


def _scenario(s: Scenario) -> dict:
    out = {k: getattr(s, k) for k in SCENARIO_ORDER if getattr(s, k) is not None}
    out["lines"] = [_line(x) for x in s.lines]
    if s.ranges:
        out["ranges"] = _ranges(s.ranges)
    return out


def project_to_dict(project: Project, comment: str | None = None) -> dict:
    """The file's JSON object. ``comment`` replaces the project's own comment when given."""
    a, r = project.analysis, project.report
    out: dict = {"schema_version": CURRENT_SCHEMA_VERSION}
    comment = project.comment if comment is None else comment
    if comment:
        out["comment"] = comment
    out.update({
        "client": _client(project.client),
        "analysis": {"horizon_years": a.horizon_years, "discount_rate": a.discount_rate, "currency": a.currency,
                     "trials": a.trials, "seed": a.seed},
        "scenarios": [_scenario(s) for s in project.scenarios],
        "report": {"language": r.language, "consultant": r.consultant, "title": r.title},
    })
    if project.tracking is not None:
        out["tracking"] = write_tracking(project.tracking)
    if project.provenance is not None and provenance_to_dict(project.provenance):
        out["provenance"] = provenance_to_dict(project.provenance)
    return out


def dumps_project(project: Project, comment: str | None = None) -> str:
    return json.dumps(project_to_dict(project, comment), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def save_project(project: Project, path: str | os.PathLike, comment: str | None = None) -> Path:
    """Write ``project`` to ``path`` atomically (temporary file, then replace)."""
    return write_bytes_atomically(path, dumps_project(project, comment).encode("utf-8"))
