"""The core's exceptions: one root type, and validation errors that name their fields."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any


class RoiError(Exception):
    """Root of every error roi-desktop raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where it is (``path``), what is wrong (``code`` and ``params``).

    ``path`` uses the project-file notation, for example ``scenarios[1].churn_change_pp``. ``code`` is
    stable (see :data:`PROBLEM_CODES`) and ``params`` hold its numbers (for ``out_of_range``: low, high,
    low_open, high_open, integer, unit, got). Users read the words of
    ``roi_desktop.reports.problem_words.problem_text(problem, lang)``; ``message`` is the developer's
    English, for logs and ``str()``, never matched by callers.
    """

    path: str
    message: str = ""
    code: str = ""
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    def under(self, prefix: str) -> "Problem":
        """The same problem with ``prefix`` put in front of its path."""
        if not prefix:
            return self
        if not self.path:
            return replace(self, path=prefix)
        joiner = "" if self.path.startswith("[") else "."
        return replace(self, path=f"{prefix}{joiner}{self.path}")


# Every code a Problem may carry, with its params (the words live in reports/words/validation.py).
PROBLEM_CODES = (
    "not_a_number",  # low, high, low_open, high_open, integer, unit, got_type, got
    "out_of_range",  # low, high, low_open, high_open, integer, unit, got (also: not finite, not whole)
    "not_text",  # got_type
    "empty",
    "too_long",  # max, got
    "control_characters",  # notes (True: line breaks and tabs are allowed)
    "not_one_of",  # allowed (tuple), got
    "not_a_currency",  # got
    "ranges_not_a_mapping",
    "range_not_allowed",  # allowed (tuple)
    "not_a_range",
    "outside_range",  # low, point, high
    "churn_outside_range",  # low, point, high
    "amounts_not_a_list",
    "not_a_custom_line",
    "duplicate_line_name",  # name
    "too_many_scenarios",  # max, got
    "amount_count",  # expected, last_year, got
)


class ValidationError(RoiError, ValueError):
    """Raised when inputs are invalid. Carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]):
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems) or "invalid input")

    def under(self, prefix: str) -> "ValidationError":
        return ValidationError([p.under(prefix) for p in self.problems])

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(p.path for p in self.problems)
