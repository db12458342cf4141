"""Import a client's monthly history: read the table, derive the client inputs (core.history), and
describe the change to a project (paths and values for ``Presenter.apply_changes`` or the command
line) with where each value came from. Nothing here changes a project by itself.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
from dataclasses import dataclass, field

import numpy as np

from roi_desktop.core.fields import CLIENT_FIELDS
from roi_desktop.core.history import HistoryError, HistoryResult, derive_history
from .headers import HISTORY_COLUMNS
from .months import label
from .problems import ERROR, WARNING, ImportProblem, capped
from .table import Table, read_table

HISTORY_FIELDS = ("customers", "annual_churn_rate", "annual_new_customers", "annual_revenue_per_customer",
                  "annual_service_spend")


@dataclass
class HistoryImport:
    """A read table and, when it holds a usable history, what it gives."""

    table: Table
    result: HistoryResult | None = None
    problems: list[ImportProblem] = field(default_factory=list)
    months: list[str] = field(default_factory=list)  # the months used, oldest first (YYYY-MM)
    start_month: str = ""  # the row that only gives the starting count
    monthly_customers: list[float] = field(default_factory=list)  # start count, then each month's end
    date: str = ""

    @property
    def ok(self) -> bool:
        return self.result is not None and not any(p.is_error for p in self.problems)

    def values(self) -> dict[str, float]:
        return self.result.client_values() if self.result else {}

    def provenance_record(self) -> dict:
        """The ``provenance.import`` object of the project file (FILE-FORMAT.md)."""
        r = self.result
        assert r is not None, "only a history with a result is recorded"
        return {"file": self.table.source.get("file", ""), "sheet": self.table.source.get("sheet") or "",
                "date": self.date, "months": list(self.months), "values": self.values(),
                "monthly_customers": list(self.monthly_customers), "monthly_churn": list(r.monthly_churn)}

    def changes(self, draft: dict) -> dict:
        """Paths and values (file units) that apply this history to the project ``draft`` (a file dict):
        the client fields, the churn range, and the provenance (marks of benchmarks on these fields go)."""
        if not self.ok:
            raise ValueError("the history has errors; nothing to apply")
        r = self.result
        assert r is not None  # ok: there is a result
        out: dict = {f"client.{name}": value for name, value in self.values().items()}
        ranges = copy.deepcopy((draft.get("client") or {}).get("ranges") or {})
        ranges["annual_churn_rate"] = {"low": r.churn_low, "high": r.churn_high}
        out["client.ranges"] = ranges
        provenance = copy.deepcopy(draft.get("provenance") or {})
        provenance["import"] = self.provenance_record()
        marks = {k: v for k, v in (provenance.get("benchmarks") or {}).items() if k not in self.values()}
        if marks:
            provenance["benchmarks"] = marks
        else:
            provenance.pop("benchmarks", None)
        out["provenance"] = provenance
        return out


def _oldest_first(table: Table) -> None:
    """Exports often list the newest month first: turn a strictly falling month column around."""
    months = table.frame.get("month")
    if months is None or len(months) < 2 or months.isna().any():
        return
    values = months.astype("int64").to_numpy()
    if np.all(np.diff(values) < 0):
        table.frame = table.frame.iloc[::-1].reset_index(drop=True)
        table.raw = table.raw.iloc[::-1].reset_index(drop=True)
        table.row_numbers = table.row_numbers[::-1]


def _problem(table: Table, finding, severity: str) -> ImportProblem:
    row = None if finding.row is None else table.row_numbers[finding.row]
    column = table.columns.get(finding.column, "") if finding.column else ""
    values = dict(finding.values)
    for key in ("month", "after"):
        if key in values:
            values[key] = label(values[key])
    if "first_row" in values:
        values["first_row"] = table.row_numbers[values["first_row"]]
    for key in ("expected", "customers", "lost", "value"):
        if isinstance(values.get(key), float):
            values[key] = f"{values[key]:,.10g}".replace(",", " ")
    return ImportProblem(finding.code, row=row, column=column, values=values, severity=severity)


def _worded(table: Table, findings, severity: str, per_code: int = 20) -> list[ImportProblem]:
    """The findings as problems naming the file's rows; past ``per_code`` of a kind, only counted."""
    out: list[ImportProblem] = []
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.code] = counts.get(f.code, 0) + 1
        if counts[f.code] <= per_code:
            out.append(_problem(table, f, severity))
    out += [ImportProblem("more_problems", severity=severity, values={"n": n - per_code, "what": code})
            for code, n in counts.items() if n > per_code]
    return out


def history_from_table(table: Table, *, today: dt.date | None = None) -> HistoryImport:
    out = HistoryImport(table, date=(today or dt.date.today()).isoformat())
    out.problems = list(table.problems)
    if not table.ok:
        return out
    try:
        _derive(out, table)
    finally:
        out.problems = capped(out.problems)
    return out


def _derive(out: HistoryImport, table: Table) -> None:
    _oldest_first(table)
    f = table.frame
    try:
        result = derive_history(
            [int(m) for m in f["month"]], f["customers"].to_numpy(), f["lost"].to_numpy(), f["won"].to_numpy(),
            f["revenue"].to_numpy() if "revenue" in f else None,
            f["service_spend"].to_numpy() if "service_spend" in f else None)
    except HistoryError as e:
        out.problems += _worded(table, e.findings, ERROR)
        return
    out.problems += _worded(table, result.warnings, WARNING)
    for name, value in result.client_values().items():
        reason = CLIENT_FIELDS[name].problem(value)
        if reason:
            out.problems.append(ImportProblem("out_of_range", values={"field": name, "value": f"{value:g}",
                                                                      "reason": reason}))
    if any(p.is_error for p in out.problems):
        return
    out.result = result
    labels = table.month_labels()
    out.start_month = labels[result.first_row]
    out.months = labels[result.first_row + 1:]
    out.monthly_customers = [float(x) for x in f["customers"].to_numpy()[result.first_row:]]


def import_history(path: str | os.PathLike, *, sheet: str | None = None, mapping: dict[str, str] | None = None,
                   today: dt.date | None = None) -> HistoryImport:
    """Read ``path`` and derive the client inputs from its history (MODEL.md, "A client's history")."""
    return history_from_table(read_table(path, sheet=sheet, mapping=mapping, columns=HISTORY_COLUMNS), today=today)
