"""Every numeric input's valid range, in one table the GUI, the file reader and the engine share.

A :class:`FieldSpec` checks one value and explains the valid range in words, so a message always
names the field and what it accepts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MONEY_MAX = 1e13  # ten trillion in any currency: far above any client, far below float overflow
COUNT_MAX = 1e9


@dataclass(frozen=True)
class FieldSpec:
    name: str
    low: float
    high: float
    low_open: bool = False  # True: the low bound itself is not valid
    high_open: bool = False
    integer: bool = False
    unit: str = ""  # "fraction", "pp", "money", "count", "months", "years"

    def describe_range(self) -> str:
        lo = plain_number(self.low)
        hi = plain_number(self.high)
        left = f"greater than {lo}" if self.low_open else f"at least {lo}"
        right = f"less than {hi}" if self.high_open else f"at most {hi}"
        kind = "a whole number" if self.integer else "a number"
        return f"{kind} {left} and {right}"

    def range_params(self) -> dict:
        """The valid range as a Problem's params (the words come from reports)."""
        return {"low": self.low, "high": self.high, "low_open": self.low_open, "high_open": self.high_open,
                "integer": self.integer, "unit": self.unit}

    def check(self, value: object) -> tuple[str, dict] | None:
        """(code, params) of what is wrong with ``value`` for this field, or None when it is valid.

        >>> FieldSpec("horizon_years", 1, 10, integer=True).check(11)[0]
        'out_of_range'
        """
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return "not_a_number", {**self.range_params(), "got_type": type(value).__name__, "got": shorten(value)}
        try:
            finite = math.isfinite(value)
        except OverflowError:  # an integer too large for a float
            finite = False
        bad = not finite or (self.integer and not isinstance(value, int) and float(value) != int(value))
        if not bad:
            too_low = value <= self.low if self.low_open else value < self.low
            too_high = value >= self.high if self.high_open else value > self.high
            bad = too_low or too_high
        return ("out_of_range", {**self.range_params(), "got": shorten(value)}) if bad else None  # (params: only then)

    def problem(self, value: object) -> str | None:
        """Why ``value`` is not valid for this field (developer English, see :meth:`check`), or None."""
        found = self.check(value)
        if found is None:
            return None
        code, params = found
        got = f"{params['got_type']} {params['got']}" if code == "not_a_number" else params["got"]
        return f"must be {self.describe_range()}, got {got}"

    def problem_at(self, path: str, value: object):
        """A :class:`~roi_desktop.core.errors.Problem` at ``path`` for ``value``, or None when valid."""
        found = self.check(value)
        if found is None:
            return None
        from .errors import Problem
        return Problem(path, self.problem(value) or "", found[0], found[1])


def shorten(value: object, limit: int = 80) -> str:
    """A value as it may appear in a message: never huge (a 5 MB string, a 5,000-digit number).

    >>> shorten("x" * 200)[-3:], len(shorten("x" * 200))
    ('xx…', 80)
    """
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 160:
        return "a number too large to use"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = plain_number(value)
    else:
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain_number(x: float) -> str:
    """A bound as messages show it: whole numbers with a space between thousands, else ``:g``.

    >>> plain_number(1_000_000), plain_number(0.5)
    ('1 000 000', '0.5')
    """
    if isinstance(x, int) or (float(x).is_integer() and abs(x) < 1e15):
        return f"{int(x):,}".replace(",", " ")
    return f"{x:g}"


def _specs(*specs: FieldSpec) -> dict[str, FieldSpec]:
    return {s.name: s for s in specs}


CLIENT_FIELDS = _specs(
    FieldSpec("customers", 0, COUNT_MAX, low_open=True, unit="count"),
    FieldSpec("annual_revenue_per_customer", 0, 1e9, unit="money"),
    FieldSpec("gross_margin", 0, 1, unit="fraction"),
    FieldSpec("annual_churn_rate", 0, 1, high_open=True, unit="fraction"),
    FieldSpec("annual_new_customers", 0, COUNT_MAX, unit="count"),
    FieldSpec("acquisition_cost", 0, 1e9, unit="money"),
    FieldSpec("annual_service_spend", 0, MONEY_MAX, unit="money"),
    FieldSpec("service_churn_share", 0, 1, unit="fraction"),
)

ANALYSIS_FIELDS = _specs(
    FieldSpec("horizon_years", 1, 10, integer=True, unit="years"),
    FieldSpec("discount_rate", 0, 1, unit="fraction"),
    FieldSpec("trials", 100, 1_000_000, integer=True, unit="count"),
    FieldSpec("seed", 0, 2**63 - 1, integer=True, unit="count"),
)

SCENARIO_FIELDS = _specs(
    FieldSpec("service_spend_change", -1, 10, unit="fraction"),
    FieldSpec("one_off_cost", 0, MONEY_MAX, unit="money"),
    FieldSpec("extra_annual_cost", 0, MONEY_MAX, unit="money"),
    FieldSpec("churn_change_pp", -100, 100, unit="pp"),
    FieldSpec("churn_change_low_pp", -100, 100, unit="pp"),
    FieldSpec("churn_change_high_pp", -100, 100, unit="pp"),
    FieldSpec("revenue_per_customer_change", -1, 10, unit="fraction"),
    FieldSpec("ramp_months", 0, 120, integer=True, unit="months"),
    FieldSpec("benefit_risk", 0, 1, unit="fraction"),
    FieldSpec("cost_risk", 0, 1, unit="fraction"),
)

LINE_AMOUNT = FieldSpec("amounts", 0, MONEY_MAX, unit="money")
LINE_RISK = FieldSpec("risk", 0, 1, unit="fraction")

NAME_MAX_LENGTH = 200
NOTES_MAX_LENGTH = 20_000

# The client inputs NPV depends on: the customer model's five, then the spend the scenarios change. The
# one list (the engine's evaluator, the tornado and the Monte Carlo take it from here).
NPV_CLIENT_INPUTS = ("customers", "annual_revenue_per_customer", "gross_margin", "annual_churn_rate",
                     "annual_new_customers", "annual_service_spend")

# Inputs a consultant may give a low/high range to (risk analysis); their specs bound the range too.
RANGEABLE_CLIENT_FIELDS = tuple(CLIENT_FIELDS)
RANGEABLE_SCENARIO_FIELDS = (
    "service_spend_change",
    "one_off_cost",
    "extra_annual_cost",
    "revenue_per_customer_change",
)
