"""Read and validate a ``.roi`` file, reporting every problem at once with its path."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from roi_desktop.core.errors import Problem, ValidationError
from roi_desktop.core.inputs import (
    Analysis, Client, CustomLine, Project, Range, ReportSettings, Scenario, line_length_problems, text_problems,
)
from roi_desktop.core.fields import ANALYSIS_FIELDS, CLIENT_FIELDS, SCENARIO_FIELDS
from roi_desktop.core.unicode_text import joined_path, unwritable_character
from roi_desktop.core.operations import OPERATIONS_FIELDS, OPERATIONS_REQUIRED, QUEUE_SCENARIO_FIELDS, Operations
from .migrate import migrate, version_problem
from .tracking_format import read_tracking
from .provenance import provenance_from_dict

FIELD_SPECS = {Client: CLIENT_FIELDS, Analysis: ANALYSIS_FIELDS, Scenario: {**SCENARIO_FIELDS, **QUEUE_SCENARIO_FIELDS},
               Operations: OPERATIONS_FIELDS}

MAX_FILE_BYTES = 10 * 1024 * 1024

CLIENT_REQUIRED = ("name", "customers", "annual_revenue_per_customer", "gross_margin", "annual_churn_rate",
                   "annual_new_customers", "acquisition_cost", "annual_service_spend", "service_churn_share")
CLIENT_OPTIONAL = ("industry", "notes", "ranges", "operations")
ANALYSIS_KEYS = ("horizon_years", "discount_rate", "currency", "trials", "seed")
SCENARIO_REQUIRED = ("name", "kind")
SCENARIO_OPTIONAL = ("notes", "service_spend_change", "one_off_cost", "extra_annual_cost", "churn_change_pp",
                     "churn_change_low_pp", "churn_change_high_pp", "revenue_per_customer_change", "ramp_months",
                     "benefit_risk", "cost_risk", "lines", "ranges", *QUEUE_SCENARIO_FIELDS)
LINE_REQUIRED = ("name", "kind", "amounts")
LINE_OPTIONAL = ("risk", "later_amounts")
REPORT_KEYS = ("language", "consultant", "title")
TOP_KEYS = ("schema_version", "comment", "client", "analysis", "scenarios", "report", "provenance", "tracking")


class ProjectFileError(ValidationError):
    """A project file that cannot be opened; ``problems`` lists every reason with its path."""

    def __init__(self, problems, path: str | os.PathLike | None = None):
        super().__init__(problems)
        self.path = None if path is None else Path(path)


def load_project(path: str | os.PathLike) -> Project:
    """Read ``path``. Raises ProjectFileError listing every problem (size, encoding, JSON, fields)."""
    p = Path(path)
    try:
        with open(p, "rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ProjectFileError([Problem("", f"file not found: {p}")], p) from None
    except IsADirectoryError:
        raise ProjectFileError([Problem("", f"{p} is a folder, not a project file")], p) from None
    except OSError as e:
        raise ProjectFileError([Problem("", f"cannot read {p}: {e.strerror or e}")], p) from None
    if len(raw) > MAX_FILE_BYTES:
        size = os.path.getsize(p) / (1024 * 1024)
        raise ProjectFileError([Problem("", f"file too large ({size:.1f} MB); a project file is at most "
                                            f"{MAX_FILE_BYTES // (1024 * 1024)} MB")], p)
    try:
        return parse_project(raw)
    except ProjectFileError as e:
        raise ProjectFileError(e.problems, p) from None


def parse_project(data: bytes | str) -> Project:
    """Parse the bytes (or text) of a project file into a validated Project.

    Every problem names where it is: its field path, or its line and column when it has none.
    """
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise ProjectFileError([Problem("", f"not UTF-8 text ({_byte_position(data, e.start)}); "
                                                "save the file as UTF-8")]) from None
    else:
        text = data
    try:
        obj = json.loads(text, object_pairs_hook=_JsonObject)
    except json.JSONDecodeError as e:
        raise ProjectFileError([Problem("", f"not valid JSON: {e.msg} (line {e.lineno}, column {e.colno})")]) from None
    except RecursionError:
        raise ProjectFileError([_too_deep(_deep_position(text))]) from None
    except ValueError:  # json's only other refusal: an integer of more digits than Python converts
        huge = next((m for m in _HUGE_NUMBER.finditer(text) if m.group()[0] != '"'), None)
        where = _text_position(text, huge.start()) if huge else "line 1, column 1"
        raise ProjectFileError([Problem("", f"a number too long to read ({where})")]) from None
    found = located_problems(obj)
    if any(p.message == TOO_DEEP for p in found):
        raise ProjectFileError([p for p in found if p.message == TOO_DEEP][:1])
    try:
        project = project_from_dict(obj)
    except ProjectFileError as e:
        start = _text_position(text, len(text) - len(text.lstrip()))  # a problem of the whole: where it starts
        found += [p if p.path else Problem("", f"{p.message} ({start})") for p in e.problems]
    if found:
        raise ProjectFileError(_unique(found))
    return project


MAX_DEPTH = 32
TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep: not a project file"
DUPLICATE = "appears twice in one object; keep one of them"


class _JsonObject(dict):
    """A decoded JSON object that remembers the keys it was given more than once (the last one wins)."""

    def __init__(self, pairs: list[tuple[str, Any]]):
        super().__init__(pairs)
        self.twice: list[str] = []
        if len(self) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen and key not in self.twice:
                    self.twice.append(key)
                seen.add(key)


def located_problems(obj: Any) -> list[Problem]:
    """What no field check sees, each at its path: keys given twice, text that cannot be saved as UTF-8
    (in values and in keys), nesting deeper than any project file. Walked without recursion."""
    problems: list[Problem] = []
    stack: list[tuple[Any, str, int]] = [(obj, "", 1)]
    while stack:
        item, path, depth = stack.pop()
        if isinstance(item, str):
            why = unwritable_character(item)
            if why:
                problems.append(Problem(path, why))
            continue
        if not isinstance(item, (dict, list)):
            continue
        if depth > MAX_DEPTH:
            return [Problem(path if len(path) <= 120 else path[:119] + "…", TOO_DEEP)]
        if isinstance(item, list):
            stack.extend((child, f"{path}[{i}]", depth + 1) for i, child in reversed(list(enumerate(item))))
            continue
        for key in getattr(item, "twice", ()):
            problems.append(Problem(joined_path(path, key), DUPLICATE))
        for key, child in reversed(list(item.items())):
            why = unwritable_character(key)
            if why:
                problems.append(Problem(joined_path(path, key), f"the field name {why}"))
            stack.append((child, joined_path(path, key), depth + 1))
    return problems


def _too_deep(position: str) -> Problem:
    return Problem("", f"{TOO_DEEP} ({position})")


def _deep_position(text: str) -> str:
    """Line and column of the first bracket nested deeper than MAX_DEPTH (strings skipped)."""
    depth = 0
    for token in _JSON_TOKENS.finditer(text):
        char = token.group()
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return _text_position(text, token.start())
        elif char in "]}":
            depth -= 1
    return "line 1, column 1"


_HUGE_NUMBER = re.compile(r'"(?:[^"\\]|\\.)*"|\d{4000,}')  # strings are matched only to be skipped
_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _text_position(text: str, index: int) -> str:
    line_start = text.rfind("\n", 0, index) + 1
    line = text.count("\n", 0, index) + 1
    return f"line {line}, column {index - line_start + 1}"


def _byte_position(raw: bytes, index: int) -> str:
    line_start = raw.rfind(b"\n", 0, index) + 1
    line = raw.count(b"\n", 0, index) + 1
    return f"byte {index}: line {line}, column {index - line_start + 1}"


def project_from_dict(data: Any) -> Project:
    """Build a Project from decoded JSON, migrating older schemas. Raises ProjectFileError."""
    if not isinstance(data, dict):
        raise ProjectFileError([Problem("", f"must be a JSON object with schema_version and client, "
                                            f"got {type(data).__name__}")])
    if "schema_version" not in data:
        raise ProjectFileError([Problem("schema_version", "is required: this does not look like a roi-desktop "
                                                          "project file")])
    bad_version = version_problem(data["schema_version"])
    if bad_version:
        raise ProjectFileError([bad_version])
    data = migrate(data)
    problems = _unknown_keys(data, TOP_KEYS, "")
    comment = data.get("comment", "")
    client = _build(Client, data.get("client"), "client", CLIENT_REQUIRED, CLIENT_OPTIONAL, problems, _client_kwargs)
    analysis = _build(Analysis, data.get("analysis", {}), "analysis", (), ANALYSIS_KEYS, problems, _plain)
    report = _build(ReportSettings, data.get("report", {}), "report", (), REPORT_KEYS, problems, _plain)
    scenarios = []
    raw_scenarios = data.get("scenarios", [])
    if not isinstance(raw_scenarios, list):
        problems.append(Problem("scenarios", f"must be a list, got {type(raw_scenarios).__name__}"))
        raw_scenarios = []
    for i, raw in enumerate(raw_scenarios):
        scenarios.append(_build(Scenario, raw, f"scenarios[{i}]", SCENARIO_REQUIRED, SCENARIO_OPTIONAL, problems,
                                _scenario_kwargs))
    if analysis is not None:
        for i, raw in enumerate(raw_scenarios):
            if isinstance(raw, dict) and isinstance(raw.get("lines"), list):
                lengths = [len(x["amounts"]) for x in raw["lines"] if isinstance(x, dict)
                           and isinstance(x.get("amounts"), list)]
                if len(lengths) == len(raw["lines"]):
                    problems += [p.under(f"scenarios[{i}]") for p in
                                 line_length_problems(analysis.horizon_years, lengths)]
    problems += text_problems("comment", comment, notes=True)
    tracking = read_tracking(data["tracking"], problems) if "tracking" in data else None
    provenance = provenance_from_dict(data["provenance"], problems) if "provenance" in data else None
    if problems:
        raise ProjectFileError(_unique(problems))
    try:
        return Project(client=client, analysis=analysis, scenarios=tuple(scenarios), report=report,
                       comment=comment, provenance=provenance, tracking=tracking)
    except ValidationError as e:
        raise ProjectFileError(e.problems) from None


def _unique(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        if (p.path, p.message) not in seen:
            seen.add((p.path, p.message))
            out.append(p)
    return out


def _unknown_keys(obj: dict, known: tuple[str, ...], path: str) -> list[Problem]:
    return [Problem(joined_path(path, k), f"unknown field; known fields: {', '.join(known)}")
            for k in obj if k not in known]


# Valid stand-ins for missing required fields, so the fields that are present are still checked
# (every problem in one pass); a stand-in's own problems are never reported.
_STAND_INS = {"name": "-", "kind": None, "customers": 1.0, "amounts": None}


def _build(cls, raw, path, required, optional, problems, to_kwargs):
    """Check keys and values, then construct ``cls``; collect every problem instead of raising.
    Returns None when anything about it is invalid."""
    if not isinstance(raw, dict):
        problems.append(Problem(path, f"must be a JSON object, got {type(raw).__name__}" if raw is not None
                                else "is required"))
        return None
    missing = [k for k in required if k not in raw]
    found = [Problem(f"{path}.{k}", "is required") for k in missing]
    found += _unknown_keys(raw, tuple(required) + tuple(optional), path)
    known = {k: v for k, v in raw.items() if k in required or k in optional}
    own: list[Problem] = []
    kwargs = to_kwargs(known, path, own)
    for k in missing:
        kwargs[k] = _stand_in(cls, k)
    try:
        built = cls(**kwargs)
    except ValidationError as e:
        own.extend(p.under(path) for p in e.problems
                   if not set(missing) & {part.split("[")[0] for part in p.path.split(".")})
        built = None
    problems.extend(found + own)
    return None if (found or own) else built


def _stand_in(cls, key):
    if key in ("kind",):
        return {Scenario: "investment", CustomLine: "benefit"}.get(cls)
    if key == "amounts":
        return (0.0,)
    if key in ("name", "customers"):
        return _STAND_INS[key]
    spec = FIELD_SPECS.get(cls, {}).get(key)
    if spec is None:
        return None
    return spec.low + 0.5 if spec.low_open else spec.low


def _ranges(raw: Any, path: str, problems: list[Problem]) -> dict[str, Range]:
    """Parse ``ranges``; the values are checked by the dataclass (field allowed, ends valid)."""
    if not isinstance(raw, dict):
        problems.append(Problem(path, "must be an object of field name to {\"low\": ..., \"high\": ...}"))
        return {}
    out = {}
    for name, rng in raw.items():
        if not isinstance(rng, dict) or set(rng) != {"low", "high"}:
            problems.append(Problem(joined_path(path, name), "must be {\"low\": number, \"high\": number}"))
            continue
        out[name] = Range(rng["low"], rng["high"])
    return out


def _plain(raw: dict, path: str, problems: list[Problem]) -> dict:
    return dict(raw)


def _client_kwargs(raw: dict, path: str, problems: list[Problem]) -> dict:
    kwargs = dict(raw)
    if "ranges" in raw:
        kwargs["ranges"] = _ranges(raw["ranges"], f"{path}.ranges", problems)
    if raw.get("operations") is not None:  # the queue (MODEL.md, "The contact-centre queue"); null: none
        kwargs["operations"] = _build(Operations, raw["operations"], f"{path}.operations", OPERATIONS_REQUIRED,
                                      ("target_service_level",), problems, _plain)
    return kwargs


def _scenario_kwargs(raw: dict, path: str, problems: list[Problem]) -> dict:
    kwargs = dict(raw)
    if "churn_per_minute_asa_pp" in raw and "churn_change_pp" in raw:
        problems.append(Problem(f"{path}.churn_per_minute_asa_pp", "cannot be given together with churn_change_pp: "
                                "the churn change is either typed or derived from the speed of answer; remove one"))
    if "ranges" in raw:
        kwargs["ranges"] = _ranges(raw["ranges"], f"{path}.ranges", problems)
    if "lines" in raw:
        if not isinstance(raw["lines"], list):
            problems.append(Problem(f"{path}.lines", "must be a list of {name, kind, amounts, risk}"))
            kwargs["lines"] = ()
            return kwargs
        lines = []
        for j, line in enumerate(raw["lines"]):
            lpath = f"{path}.lines[{j}]"
            if isinstance(line, dict) and "amounts" in line:
                amounts = line["amounts"]
                if not isinstance(amounts, list):
                    problems.append(Problem(f"{lpath}.amounts", "must be a list of amounts, Year 0 to Year T"))
                    continue
                line = dict(line, amounts=tuple(amounts))
            if isinstance(line, dict) and isinstance(line.get("later_amounts"), list):
                line = dict(line, later_amounts=tuple(line["later_amounts"]))
            built = _build(CustomLine, line, lpath, LINE_REQUIRED, LINE_OPTIONAL, problems, _plain)
            if built is not None:
                lines.append(built)
        kwargs["lines"] = tuple(lines)
    return kwargs
