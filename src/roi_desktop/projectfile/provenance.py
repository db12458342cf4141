"""The optional ``provenance`` object of a project file (FILE-FORMAT.md, "Where figures came from")."""

from __future__ import annotations

from typing import Any

from roi_desktop.core.errors import Problem, ValidationError
from roi_desktop.core.provenance import BenchmarkSource, ImportSource, Provenance

IMPORT_KEYS = ("file", "sheet", "date", "months", "values", "monthly_customers", "monthly_churn")
BENCHMARK_KEYS = ("benchmark", "value", "citation")


def _keys(raw: dict, known: tuple[str, ...], required: tuple[str, ...], path: str) -> list[Problem]:
    out = [Problem(f"{path}.{k}", f"unknown field; known fields: {', '.join(known)}") for k in raw if k not in known]
    return out + [Problem(f"{path}.{k}", "is required") for k in required if k not in raw]


def provenance_from_dict(raw: Any, problems: list[Problem]) -> Provenance | None:
    """Build the Provenance; append every problem (paths under ``provenance``) and return None on any."""
    path = "provenance"
    if not isinstance(raw, dict):
        problems.append(Problem(path, f"must be a JSON object, got {type(raw).__name__}"))
        return None
    found = _keys(raw, ("import", "benchmarks"), (), path)
    imported = None
    if "import" in raw:
        r = raw["import"]
        if not isinstance(r, dict):
            found.append(Problem(f"{path}.import", "must be a JSON object"))
        else:
            found += _keys(r, IMPORT_KEYS, ("file", "months"), f"{path}.import")
            lists = {k: r.get(k, []) for k in ("months", "monthly_customers", "monthly_churn")}
            bad = [k for k, v in lists.items() if not isinstance(v, list)]
            found += [Problem(f"{path}.import.{k}", "must be a list") for k in bad]
            if not isinstance(r.get("values", {}), dict):
                found.append(Problem(f"{path}.import.values", "must be an object of client field to value"))
            if not found:
                imported = ImportSource(file=r["file"], sheet=r.get("sheet", ""), date=r.get("date", ""),
                                        months=tuple(lists["months"]), values=dict(r.get("values", {})),
                                        monthly_customers=tuple(lists["monthly_customers"]),
                                        monthly_churn=tuple(lists["monthly_churn"]))
    marks = {}
    benchmarks = raw.get("benchmarks", {})
    if not isinstance(benchmarks, dict):
        found.append(Problem(f"{path}.benchmarks", "must be an object of client field to benchmark"))
    else:
        for name, b in benchmarks.items():
            if not isinstance(b, dict):
                found.append(Problem(f"{path}.benchmarks.{name}", "must be a JSON object"))
                continue
            keys = _keys(b, BENCHMARK_KEYS, BENCHMARK_KEYS, f"{path}.benchmarks.{name}")
            found += keys
            if not keys:
                marks[name] = BenchmarkSource(b["benchmark"], b["value"], b["citation"])
    if found:
        problems.extend(found)
        return None
    try:
        return Provenance(imported, marks)
    except ValidationError as e:
        problems.extend(p.under(path) for p in e.problems)
        return None


def provenance_to_dict(p: Provenance) -> dict:
    out: dict = {}
    if p.imported is not None:
        i = p.imported
        out["import"] = {"file": i.file, "sheet": i.sheet, "date": i.date, "months": list(i.months),
                         "values": dict(i.values), "monthly_customers": list(i.monthly_customers),
                         "monthly_churn": list(i.monthly_churn)}
    if p.benchmarks:
        out["benchmarks"] = {k: {"benchmark": b.benchmark, "value": b.value, "citation": b.citation}
                             for k, b in p.benchmarks.items()}
    return out
