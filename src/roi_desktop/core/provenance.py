"""Where client figures came from: an imported history (file, sheet, months, date, the values it gave)
and benchmarks (which published figure a field was taken from). Optional; absent = typed by hand.

Validated like every input: each problem names its path (``provenance.import.months[2]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import Problem, ValidationError
from .fields import CLIENT_FIELDS, NAME_MAX_LENGTH

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_MONTHS = 13
CITATION_MAX_LENGTH = 1000


def _is_number(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and x == x and abs(x) != float("inf")


def _text(path: str, value: object, problems: list[Problem], limit: int = NAME_MAX_LENGTH) -> None:
    if not isinstance(value, str):
        problems.append(Problem(path, f"must be text, got {type(value).__name__}"))
    elif len(value) > limit:
        problems.append(Problem(path, f"must be at most {limit} characters, got {len(value)}"))


@dataclass(frozen=True)
class ImportSource:
    """An imported monthly history: ``months`` used (YYYY-MM, oldest first), ``values`` it gave (client
    field -> value), the monthly customers (start count, then each month's end) and monthly churn."""

    file: str
    sheet: str = ""
    date: str = ""
    months: tuple[str, ...] = ()
    values: dict[str, float] = field(default_factory=dict)
    monthly_customers: tuple[float, ...] = ()
    monthly_churn: tuple[float, ...] = ()

    def problems(self) -> list[Problem]:
        out: list[Problem] = []
        _text("file", self.file, out)
        _text("sheet", self.sheet, out)
        if not isinstance(self.date, str) or (self.date and not _DATE.fullmatch(self.date)):
            out.append(Problem("date", "must be a date YYYY-MM-DD"))
        if not 1 <= len(self.months) <= MAX_MONTHS - 1:
            out.append(Problem("months", f"must list 1 to {MAX_MONTHS - 1} months, got {len(self.months)}"))
        out += [Problem(f"months[{i}]", "must be a month YYYY-MM") for i, m in enumerate(self.months)
                if not isinstance(m, str) or not _MONTH.fullmatch(m)]
        for name, value in self.values.items() if isinstance(self.values, dict) else ():
            if name not in CLIENT_FIELDS:
                out.append(Problem(f"values.{name}", f"not a client field; known: {', '.join(CLIENT_FIELDS)}"))
            elif not _is_number(value):
                out.append(Problem(f"values.{name}", "must be a number"))
        if len(self.monthly_customers) not in (0, len(self.months) + 1):
            out.append(Problem("monthly_customers", f"must have {len(self.months) + 1} values (the start, then "
                                                    f"each month), got {len(self.monthly_customers)}"))
        if len(self.monthly_churn) not in (0, len(self.months)):
            out.append(Problem("monthly_churn", f"must have {len(self.months)} values, got {len(self.monthly_churn)}"))
        for key in ("monthly_customers", "monthly_churn"):
            out += [Problem(f"{key}[{i}]", "must be a number >= 0") for i, x in enumerate(getattr(self, key))
                    if not _is_number(x) or x < 0]
        return out


@dataclass(frozen=True)
class BenchmarkSource:
    """A client field taken from a published benchmark: its id, the value taken and the citation."""

    benchmark: str
    value: float
    citation: str

    def problems(self) -> list[Problem]:
        out: list[Problem] = []
        _text("benchmark", self.benchmark, out)
        _text("citation", self.citation, out, CITATION_MAX_LENGTH)
        if not _is_number(self.value):
            out.append(Problem("value", "must be a number"))
        return out


@dataclass(frozen=True)
class Provenance:
    imported: ImportSource | None = None
    benchmarks: dict[str, BenchmarkSource] = field(default_factory=dict)

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        if self.imported is not None:
            problems += [p.under("import") for p in self.imported.problems()]
        for name, source in self.benchmarks.items():
            if name not in CLIENT_FIELDS:
                problems.append(Problem(f"benchmarks.{name}", f"not a client field; known: {', '.join(CLIENT_FIELDS)}"))
            else:
                problems += [p.under(f"benchmarks.{name}") for p in source.problems()]
        if problems:
            raise ValidationError(problems)

    def source_of(self, name: str) -> ImportSource | BenchmarkSource | None:
        """Where the client field ``name`` came from, or None when typed."""
        if self.imported is not None and name in self.imported.values:
            return self.imported
        return self.benchmarks.get(name)
