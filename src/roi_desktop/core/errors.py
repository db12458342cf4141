"""The core's exceptions: one root type, and validation errors that name their fields."""

from __future__ import annotations

from dataclasses import dataclass


class RoiError(Exception):
    """Root of every error roi-desktop raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where it is and what is wrong.

    ``path`` uses the project-file notation, for example ``scenarios[1].churn_change_pp``.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    def under(self, prefix: str) -> "Problem":
        """The same problem with ``prefix`` put in front of its path."""
        if not prefix:
            return self
        if not self.path:
            return Problem(prefix, self.message)
        joiner = "" if self.path.startswith("[") else "."
        return Problem(f"{prefix}{joiner}{self.path}", self.message)


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
