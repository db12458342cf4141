"""The model's inputs as frozen dataclasses. Constructing one validates it.

Every problem is collected before raising, so a caller sees all of them at once, each with the
field's name and its valid range (see :mod:`roi_desktop.core.fields`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from typing import Literal

from .errors import Problem, ValidationError
from .tracking_inputs import Tracking
from .provenance import Provenance
from .fields import (
    ANALYSIS_FIELDS,
    CLIENT_FIELDS,
    LINE_AMOUNT,
    LINE_RISK,
    NAME_MAX_LENGTH,
    NOTES_MAX_LENGTH,
    RANGEABLE_CLIENT_FIELDS,
    RANGEABLE_SCENARIO_FIELDS,
    SCENARIO_FIELDS,
    FieldSpec,
    shorten,
)

ScenarioKind = Literal["cut", "investment"]
LineKind = Literal["benefit", "cost"]
Language = Literal["pl", "en"]
SCENARIO_KINDS = ("cut", "investment")
LINE_KINDS = ("benefit", "cost")
LANGUAGES = ("pl", "en")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Range:
    """A consultant's low and high estimate of an uncertain input (risk analysis)."""

    low: float
    high: float


def _check_numbers(obj: object, specs: dict[str, FieldSpec], problems: list[Problem]) -> None:
    for name, spec in specs.items():
        msg = spec.problem(getattr(obj, name))
        if msg:
            problems.append(Problem(name, msg))


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_NOTES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # notes may hold tabs and line breaks


def _check_text(name: str, value: object, problems: list[Problem], *, required: bool,
                max_length: int = NAME_MAX_LENGTH) -> None:
    if not isinstance(value, str):
        problems.append(Problem(name, f"must be text, got {type(value).__name__}"))
    elif required and not value.strip():
        problems.append(Problem(name, "must not be empty"))
    elif len(value) > max_length:
        problems.append(Problem(name, f"must be at most {max_length} characters, got {len(value)}"))
    elif (_CONTROL_IN_NOTES if max_length == NOTES_MAX_LENGTH else _CONTROL).search(value):
        problems.append(Problem(name, "must not contain control characters"
                                      + ("" if max_length == NOTES_MAX_LENGTH else " (line breaks, tabs, escapes)")))


def text_problems(name: str, value: object, *, required: bool = False, notes: bool = False) -> list[Problem]:
    """Problems of one free-text field (a name, or with ``notes`` a longer text that may hold line breaks)."""
    problems: list[Problem] = []
    _check_text(name, value, problems, required=required,
                max_length=NOTES_MAX_LENGTH if notes else NAME_MAX_LENGTH)
    return problems


def _check_ranges(obj: object, ranges: object, allowed: tuple[str, ...], specs: dict[str, FieldSpec],
                  problems: list[Problem]) -> None:
    if not isinstance(ranges, dict):
        problems.append(Problem("ranges", "must be a mapping of field name to {low, high}"))
        return
    for name, rng in ranges.items():
        path = f"ranges.{name}"
        if name not in allowed:
            problems.append(Problem(path, f"no range can be given for this field; allowed: {', '.join(allowed)}"))
            continue
        if not isinstance(rng, Range):
            problems.append(Problem(path, "must be a range with low and high"))
            continue
        spec = specs[name]
        bad = False
        for end in ("low", "high"):
            msg = spec.problem(getattr(rng, end))
            if msg:
                problems.append(Problem(f"{path}.{end}", msg))
                bad = True
        point = getattr(obj, name)
        if not bad and spec.problem(point) is None and not (rng.low <= point <= rng.high):
            problems.append(Problem(path, f"low ({rng.low:g}) <= value ({point:g}) <= high ({rng.high:g}) must hold"))


def _raise(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


def _whole_numbers(obj: object, names: tuple[str, ...]) -> None:
    """Store validated whole numbers given as 5.0 as the int 5 (frozen dataclass)."""
    for name in names:
        object.__setattr__(obj, name, int(getattr(obj, name)))


@dataclass(frozen=True)
class Client:
    """The client as it is today (the baseline). Fractions are 0..1, money is per year."""

    customers: float
    annual_revenue_per_customer: float
    gross_margin: float
    annual_churn_rate: float
    annual_new_customers: float = 0.0
    acquisition_cost: float = 0.0
    annual_service_spend: float = 0.0
    service_churn_share: float = 0.0
    name: str = "Client"
    industry: str = ""
    notes: str = ""
    ranges: dict[str, Range] = field(default_factory=dict)

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        _check_numbers(self, CLIENT_FIELDS, problems)
        _check_text("name", self.name, problems, required=True)
        _check_text("industry", self.industry, problems, required=False)
        _check_text("notes", self.notes, problems, required=False, max_length=NOTES_MAX_LENGTH)
        _check_ranges(self, self.ranges, RANGEABLE_CLIENT_FIELDS, CLIENT_FIELDS, problems)
        _raise(problems)


@dataclass(frozen=True)
class Analysis:
    horizon_years: int = 3
    discount_rate: float = 0.10
    currency: str = "PLN"
    trials: int = 10_000
    seed: int = 12345

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        _check_numbers(self, ANALYSIS_FIELDS, problems)
        if not isinstance(self.currency, str) or not _CURRENCY.fullmatch(self.currency):
            problems.append(Problem("currency", f"must be a three-letter ISO 4217 code such as PLN or EUR, "
                                                f"got {shorten(self.currency)}"))
        _raise(problems)
        _whole_numbers(self, ("horizon_years", "trials", "seed"))

    @property
    def months(self) -> int:
        return 12 * int(self.horizon_years)


@dataclass(frozen=True)
class CustomLine:
    """A consultant's own benefit or cost line. ``amounts`` are Year 0..T, positive numbers;
    ``kind`` gives the sign. ``risk`` replaces the scenario's benefit_risk or cost_risk."""

    name: str
    kind: LineKind
    amounts: tuple[float, ...]
    risk: float | None = None

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        _check_text("name", self.name, problems, required=True)
        if self.kind not in LINE_KINDS:
            problems.append(Problem("kind", f"must be 'benefit' or 'cost', got {shorten(self.kind)}"))
        if not isinstance(self.amounts, tuple) or not self.amounts:
            problems.append(Problem("amounts", "must be a list of amounts for Year 0..T"))
        else:
            for i, amount in enumerate(self.amounts):
                msg = LINE_AMOUNT.problem(amount)
                if msg:
                    problems.append(Problem(f"amounts[{i}]", msg))
        if self.risk is not None:
            msg = LINE_RISK.problem(self.risk)
            if msg:
                problems.append(Problem("risk", msg))
        _raise(problems)

    @property
    def sign(self) -> float:
        return 1.0 if self.kind == "benefit" else -1.0


@dataclass(frozen=True)
class Scenario:
    """One change against the baseline: a cut or an investment (see MODEL.md, "A scenario")."""

    name: str
    kind: ScenarioKind = "investment"
    service_spend_change: float = 0.0
    one_off_cost: float = 0.0
    extra_annual_cost: float = 0.0
    churn_change_pp: float = 0.0
    churn_change_low_pp: float | None = None
    churn_change_high_pp: float | None = None
    revenue_per_customer_change: float = 0.0
    ramp_months: int = 0
    benefit_risk: float = 0.0
    cost_risk: float = 0.0
    notes: str = ""
    lines: tuple[CustomLine, ...] = ()
    ranges: dict[str, Range] = field(default_factory=dict)

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        _check_text("name", self.name, problems, required=True)
        _check_text("notes", self.notes, problems, required=False, max_length=NOTES_MAX_LENGTH)
        if self.kind not in SCENARIO_KINDS:
            problems.append(Problem("kind", f"must be 'cut' or 'investment', got {shorten(self.kind)}"))
        specs = dict(SCENARIO_FIELDS)
        for optional in ("churn_change_low_pp", "churn_change_high_pp"):
            if getattr(self, optional) is None:
                specs.pop(optional)
        _check_numbers(self, specs, problems)
        churn_ok = not any(p.path.startswith("churn_change") for p in problems)
        if churn_ok and not (self.churn_low <= self.churn_change_pp <= self.churn_high):
            problems.append(Problem("churn_change_pp", (
                f"churn_change_low_pp ({self.churn_low:g}) <= churn_change_pp ({self.churn_change_pp:g}) "
                f"<= churn_change_high_pp ({self.churn_high:g}) must hold")))
        _check_ranges(self, self.ranges, RANGEABLE_SCENARIO_FIELDS, SCENARIO_FIELDS, problems)
        names = [getattr(line, "name", None) for line in self.lines]
        for i, line in enumerate(self.lines):
            if not isinstance(line, CustomLine):
                problems.append(Problem(f"lines[{i}]", "must be a custom line"))
            elif names.count(line.name) > 1 and names.index(line.name) != i:
                problems.append(Problem(f"lines[{i}].name", f"{shorten(line.name)} is used by another line already"))
        _raise(problems)
        _whole_numbers(self, ("ramp_months",))

    @property
    def churn_low(self) -> float:
        return self.churn_change_pp if self.churn_change_low_pp is None else self.churn_change_low_pp

    @property
    def churn_high(self) -> float:
        return self.churn_change_pp if self.churn_change_high_pp is None else self.churn_change_high_pp

    def with_changes(self, **changes: object) -> "Scenario":
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)


@dataclass(frozen=True)
class ReportSettings:
    language: Language = "en"
    consultant: str = ""
    title: str = ""

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        if self.language not in LANGUAGES:
            problems.append(Problem("language", f"must be 'pl' or 'en', got {shorten(self.language)}"))
        _check_text("consultant", self.consultant, problems, required=False)
        _check_text("title", self.title, problems, required=False)
        _raise(problems)


MAX_SCENARIOS = 50


@dataclass(frozen=True)
class Project:
    """A consultant's whole piece of work: the client, the settings, the scenarios, the report."""

    client: Client
    analysis: Analysis = field(default_factory=Analysis)
    scenarios: tuple[Scenario, ...] = ()
    report: ReportSettings = field(default_factory=ReportSettings)
    comment: str = ""  # the file's free-text comment, kept so a load and save loses nothing
    tracking: Tracking | None = None  # value realisation: the plan and the actuals (core/tracking.py)
    provenance: Provenance | None = None  # where client figures came from (import, benchmarks)

    def __post_init__(self) -> None:
        problems: list[Problem] = []
        _check_text("comment", self.comment, problems, required=False, max_length=NOTES_MAX_LENGTH)
        if len(self.scenarios) > MAX_SCENARIOS:
            problems.append(Problem("scenarios", f"at most {MAX_SCENARIOS} scenarios, got {len(self.scenarios)}"))
        for i, scenario in enumerate(self.scenarios):
            problems += [p.under(f"scenarios[{i}]") for p in
                         line_length_problems(self.analysis.horizon_years, [len(x.amounts) for x in scenario.lines])]
        if self.tracking is not None:
            problems += [p.under("tracking") for p in
                         self.tracking.context_problems(self.analysis.horizon_years, len(self.scenarios))]
        _raise(problems)

    def with_changes(self, **changes: object) -> "Project":
        return replace(self, **changes)


def line_length_problems(horizon_years: int, lengths: list[int]) -> list[Problem]:
    """Custom lines need one amount for each of Year 0..T."""
    years = horizon_years + 1
    return [Problem(f"lines[{j}].amounts", f"must have {years} amounts (Year 0 to Year {years - 1}), got {n}")
            for j, n in enumerate(lengths) if n != years]


def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))
