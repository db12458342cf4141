"""Value realisation inputs (MODEL.md, "Value realisation"): the plan, its start month and the actuals.

A project's optional ``tracking``: ``scenario`` (the plan, 1-based), ``start`` (``YYYY-MM``, month 1)
and ``actuals``, months 1..k in order, each with the customers at month end and optionally the month's
``lost``, ``won`` and ``service_spend``. Every problem names the calendar month it is about, because
that is how a consultant finds it in the client's spreadsheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import Problem, ValidationError
from .fields import COUNT_MAX, MONEY_MAX, FieldSpec, shorten

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
ACTUAL_CUSTOMERS = FieldSpec("customers", 0.0, COUNT_MAX, low_open=True, unit="count")
ACTUAL_COUNT = FieldSpec("count", 0.0, COUNT_MAX, unit="count")  # lost, won
ACTUAL_SPEND = FieldSpec("service_spend", 0.0, MONEY_MAX, unit="money")
OPTIONAL_ACTUAL_FIELDS = {"lost": ACTUAL_COUNT, "won": ACTUAL_COUNT, "service_spend": ACTUAL_SPEND}
FIRST_YEAR, LAST_YEAR = 1900, 2999


def parse_month(text: object) -> tuple[int, int] | None:
    """(year, month) of a ``YYYY-MM`` text, or None when it is not one.

    >>> parse_month("2026-03"), parse_month("2026-13"), parse_month("26-03")
    ((2026, 3), None, None)
    """
    if not isinstance(text, str):
        return None
    found = _MONTH.fullmatch(text)
    if not found:
        return None
    year, month = int(found.group(1)), int(found.group(2))
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        return None
    return year, month


def month_label(start: str, j: int) -> str:
    """``YYYY-MM`` of month j (1-based) of a plan that starts in ``start``.

    >>> month_label("2026-11", 1), month_label("2026-11", 3), month_label("2026-11", 14)
    ('2026-11', '2027-01', '2027-12')
    """
    parsed = parse_month(start)
    if parsed is None:
        raise ValueError(f"not a YYYY-MM month: {start!r}")
    index = parsed[0] * 12 + parsed[1] - 1 + j - 1
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_number(start: str, label: str) -> int | None:
    """Which month of the plan (1-based; 0 or less: before the start) ``label`` is; None if not a month.

    >>> month_number("2026-11", "2027-01")
    3
    """
    a, b = parse_month(start), parse_month(label)
    if a is None or b is None:
        return None
    return (b[0] * 12 + b[1]) - (a[0] * 12 + a[1]) + 1


@dataclass(frozen=True)
class ActualMonth:
    """One month's actuals: customers at month end; optionally lost, won and the month's service spend."""

    customers: float
    lost: float | None = None
    won: float | None = None
    service_spend: float | None = None


@dataclass(frozen=True)
class Tracking:
    """The plan (``scenario``, 1-based), the month it started and the actuals so far (months 1..k)."""

    scenario: int
    start: str
    actuals: tuple[ActualMonth, ...] = ()

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        if isinstance(self.scenario, bool) or not isinstance(self.scenario, (int, float)) or \
                float(self.scenario) != int(self.scenario) or self.scenario < 1:
            problems.append(Problem("scenario", f"must be a whole number from 1 (the first scenario), "
                                                f"got {shorten(self.scenario)}"))
        start_ok = parse_month(self.start) is not None
        if not start_ok:
            problems.append(Problem("start", f"must be a month written YYYY-MM (for example 2026-03), "
                                             f"got {shorten(self.start)}"))
        if not isinstance(self.actuals, tuple):
            problems.append(Problem("actuals", "must be a list of months"))
        else:
            for j, actual in enumerate(self.actuals, start=1):
                where = f" ({month_label(self.start, j)})" if start_ok else f" (month {j})"
                problems += [Problem(f"actuals[{j - 1}]{p.path}", p.message + where) for p in month_problems(actual)]
        if problems:
            raise ValidationError(problems)
        object.__setattr__(self, "scenario", int(self.scenario))

    @property
    def months(self) -> int:
        return len(self.actuals)

    def label(self, j: int) -> str:
        """``YYYY-MM`` of month j (1-based)."""
        return month_label(self.start, j)

    def context_problems(self, horizon_years: int, scenario_count: int) -> list[Problem]:
        """What only the project can tell: the plan exists, and every actual lies within the horizon."""
        problems = []
        if self.scenario > scenario_count:
            problems.append(Problem("scenario", (
                f"must be the number of one of the project's scenarios, 1 to {scenario_count}, got {self.scenario}"
                if scenario_count else "the project has no scenario to track: add the plan first")))
        months = 12 * horizon_years
        if self.months > months:
            problems.append(Problem(f"actuals[{months}]", (
                f"month {self.label(months + 1)} is outside the {horizon_years}-year horizon "
                f"({self.label(1)} to {self.label(months)}); at most {months} months of actuals")))
        return problems


def month_problems(actual: object) -> list[Problem]:
    """Problems of one month's values, paths relative to the month (``.customers``)."""
    if not isinstance(actual, ActualMonth):
        return [Problem("", "must be a month's actuals with customers")]
    problems = []
    why = ACTUAL_CUSTOMERS.problem(actual.customers)
    if why:
        problems.append(Problem(".customers", why))
    for name, spec in OPTIONAL_ACTUAL_FIELDS.items():
        value = getattr(actual, name)
        if value is not None:
            why = spec.problem(value)
            if why:
                problems.append(Problem(f".{name}", why))
    return problems
