"""A client's monthly history turned into the model's yearly inputs (MODEL.md, "A client's history").

Pure arithmetic on plain sequences, oldest month first; no file formats and no words. Findings are
codes with the row index they concern (0-based, in the order given) so the caller can name the row in
its own file and language.

>>> h = derive_history([24288, 24289, 24290, 24291], customers=[1000, 990, 1000, 1000],
...                    lost=[0, 20, 10, 10], won=[0, 10, 20, 10])
>>> h.months_used, h.customers, h.annual_new_customers
(3, 1000.0, 160.0)
>>> round(h.annual_churn_rate, 6) == round(1 - ((1 - 20/1000) * (1 - 10/990) * (1 - 10/1000)) ** 4, 6)
True
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import overload

import numpy as np

MIN_MONTHS = 3
MAX_MONTHS = 12
CONSISTENCY_TOLERANCE = 0.005  # customers_prev - lost + won may differ from customers by 0.5 %

# finding codes (the caller words them)
GAP, DUPLICATE, TOO_FEW, MISSING, NEGATIVE, NO_CUSTOMERS, ALL_LOST, INCONSISTENT = (
    "gap", "duplicate", "too_few", "missing", "negative", "no_customers", "all_lost", "inconsistent")


@dataclass(frozen=True)
class Finding:
    """One thing about the history: ``code``, the row it concerns (0-based, None for the whole table),
    the column (a field name or "") and the numbers the message needs."""

    code: str
    row: int | None = None
    column: str = ""
    values: dict = field(default_factory=dict)


@dataclass(frozen=True)
class HistoryResult:
    """The yearly inputs derived from the last k months (k = months_used), and what was found."""

    months_used: int
    first_row: int  # the row that only gives the starting count
    customers: float
    annual_churn_rate: float
    annual_new_customers: float
    annual_revenue_per_customer: float | None
    annual_service_spend: float | None
    churn_low: float
    churn_high: float
    monthly_churn: tuple[float, ...]  # q_j for the months used, oldest first
    warnings: tuple[Finding, ...] = ()

    def client_values(self) -> dict[str, float]:
        """The client fields this history gives (file names, file units)."""
        out = {"customers": self.customers, "annual_churn_rate": self.annual_churn_rate,
               "annual_new_customers": self.annual_new_customers}
        if self.annual_revenue_per_customer is not None:
            out["annual_revenue_per_customer"] = self.annual_revenue_per_customer
        if self.annual_service_spend is not None:
            out["annual_service_spend"] = self.annual_service_spend
        return out


class HistoryError(ValueError):
    """The history cannot give the inputs; ``findings`` says every reason (errors first, then warnings)."""

    def __init__(self, findings: Sequence[Finding]):
        self.findings = tuple(findings)
        super().__init__("; ".join(f.code + ("" if f.row is None else f" (row {f.row})") for f in self.findings))


def annualise(monthly_rate: float | np.ndarray) -> float | np.ndarray:
    """1 - (1 - q)^12."""
    return 1.0 - (1.0 - np.asarray(monthly_rate, dtype=float)) ** 12


def calendar_findings(months: Sequence[int]) -> list[Finding]:
    """Gaps and duplicates in month numbers (year * 12 + month - 1), which must rise by one per row."""
    found: list[Finding] = []
    seen: dict[int, int] = {}
    for i, m in enumerate(months):
        if m in seen:
            found.append(Finding(DUPLICATE, i, "month", {"month": m, "first_row": seen[m]}))
            continue
        seen[m] = i
        if i > 0 and m != months[i - 1] + 1:
            found.append(Finding(GAP, i, "month", {"after": months[i - 1], "month": m}))
    return found


@overload
def _column(values: Sequence[float], n: int) -> np.ndarray: ...
@overload
def _column(values: Sequence[float] | None, n: int) -> np.ndarray | None: ...
def _column(values: Sequence[float] | None, n: int) -> np.ndarray | None:
    if values is None:
        return None
    arr = np.asarray(values, dtype=float)
    if arr.shape != (n,):
        raise ValueError(f"every column needs {n} values, got {arr.shape}")
    return arr


def derive_history(months: Sequence[int], customers: Sequence[float], lost: Sequence[float],
                   won: Sequence[float], revenue: Sequence[float] | None = None,
                   service_spend: Sequence[float] | None = None) -> HistoryResult:
    """Derive the client inputs from a monthly table (oldest first). Raises HistoryError.

    ``months`` are month numbers (year * 12 + month - 1); missing numbers are NaN.
    """
    n = len(months)
    cust, lost_, won_ = (_column(v, n) for v in (customers, lost, won))
    rev, spend = _column(revenue, n), _column(service_spend, n)
    errors = calendar_findings(list(months))
    if n - 1 < MIN_MONTHS:
        raise HistoryError(errors + [Finding(TOO_FEW, None, "", {"months": max(0, n - 1), "needed": MIN_MONTHS})])
    k = min(MAX_MONTHS, n - 1)
    first = n - 1 - k
    used = slice(first + 1, n)
    checks = [("customers", cust, slice(first, n)), ("lost", lost_, used), ("won", won_, used),
              ("revenue", rev, used), ("service_spend", spend, used)]
    for name, arr, rows in checks:
        if arr is None:
            continue
        for i in range(rows.start, rows.stop):
            if not math.isfinite(arr[i]):
                errors.append(Finding(MISSING, i, name))
            elif arr[i] < 0:
                errors.append(Finding(NEGATIVE, i, name, {"value": float(arr[i])}))
    if errors:
        raise HistoryError(errors)
    start = cust[first:n - 1]  # customers at the start of each used month
    for j in range(k):
        row = first + 1 + j
        if start[j] <= 0:
            errors.append(Finding(NO_CUSTOMERS, row - 1, "customers"))
        elif lost_[row] >= start[j]:
            errors.append(Finding(ALL_LOST, row, "lost", {"lost": float(lost_[row]), "customers": float(start[j])}))
    if cust[n - 1] <= 0:
        errors.append(Finding(NO_CUSTOMERS, n - 1, "customers"))
    if errors:
        raise HistoryError(errors)
    q = lost_[used] / start
    rate = 1.0 - float(np.prod(1.0 - q)) ** (12.0 / k)
    yearly = annualise(q)
    warnings = []
    expected = start - lost_[used] + won_[used]
    for j in np.flatnonzero(np.abs(expected - cust[used]) > CONSISTENCY_TOLERANCE * cust[used]).tolist():
        row = first + 1 + int(j)
        warnings.append(Finding(INCONSISTENT, row, "customers",
                                {"expected": float(expected[j]), "customers": float(cust[row]), "month": months[row]}))
    return HistoryResult(
        months_used=k, first_row=first, customers=float(cust[n - 1]), annual_churn_rate=rate,
        annual_new_customers=float(np.sum(won_[used])) * 12.0 / k,
        annual_revenue_per_customer=None if rev is None else float(np.sum(rev[used])) * 12.0 / k / float(np.mean(start)),
        annual_service_spend=None if spend is None else float(np.sum(spend[used])) * 12.0 / k,
        churn_low=min(float(np.min(yearly)), rate), churn_high=max(float(np.max(yearly)), rate),
        monthly_churn=tuple(float(x) for x in q), warnings=tuple(warnings))
