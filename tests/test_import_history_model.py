"""core.history against MODEL.md "A client's history", computed directly (import_support.expected),
and its findings: gaps, duplicates, too few months, months that do not add up."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from import_support import expected
from roi_desktop.core.history import HistoryError, annualise, derive_history


def _arrays(rows):
    months = [r["year"] * 12 + r["month"] - 1 for r in rows]
    return months, [r["customers"] for r in rows], [r["lost"] for r in rows], [r["won"] for r in rows], \
        [r["revenue"] for r in rows], [r["service_spend"] for r in rows]


@st.composite
def histories(draw):
    n = draw(st.integers(4, 30))
    start = draw(st.floats(10, 1e7))
    rows, c = [], start
    for i in range(n):
        lost = 0.0 if i == 0 else draw(st.floats(0, c * 0.3))
        won = 0.0 if i == 0 else draw(st.floats(0, c * 0.3))
        c = c if i == 0 else c - lost + won
        rows.append({"year": 2000 + i // 12, "month": i % 12 + 1, "customers": c, "lost": lost, "won": won,
                     "revenue": draw(st.floats(0, 1e9)), "service_spend": draw(st.floats(0, 1e8))})
    return rows


@settings(max_examples=150, deadline=None)
@given(histories())
def test_derived_values_follow_the_model(rows):
    h = derive_history(*_arrays(rows))
    want = expected(rows)
    for name in ("customers", "annual_churn_rate", "annual_new_customers", "annual_revenue_per_customer",
                 "annual_service_spend"):
        assert math.isclose(getattr(h, name), want[name], rel_tol=1e-9, abs_tol=1e-9), name
    assert h.churn_low <= h.annual_churn_rate <= h.churn_high
    assert math.isclose(h.churn_low, want["churn_low"], rel_tol=1e-9, abs_tol=1e-12)
    assert h.months_used == min(12, len(rows) - 1) and h.warnings == ()


def test_a_worked_example():
    """Four rows: the first gives the start (1000); q = 20/1000, 10/990, 10/1000."""
    h = derive_history([24288, 24289, 24290, 24291], [1000, 990, 1000, 1000], [0, 20, 10, 10], [0, 10, 20, 10],
                       revenue=[0, 3000, 3000, 3000], service_spend=[0, 100, 200, 300])
    q = [0.02, 10 / 990, 0.01]
    assert h.annual_churn_rate == pytest.approx(1 - ((1 - q[0]) * (1 - q[1]) * (1 - q[2])) ** 4, rel=1e-12)
    assert h.annual_new_customers == pytest.approx(40 * 4)
    assert h.annual_revenue_per_customer == pytest.approx(9000 * 4 / ((1000 + 990 + 1000) / 3))
    assert h.annual_service_spend == pytest.approx(2400)
    assert h.churn_high == pytest.approx(float(annualise(0.02))) and h.churn_low == pytest.approx(float(annualise(0.01)))
    assert h.client_values().keys() == {"customers", "annual_churn_rate", "annual_new_customers",
                                        "annual_revenue_per_customer", "annual_service_spend"}


def test_optional_columns_absent():
    h = derive_history([1, 2, 3, 4], [100, 100, 100, 100], [0, 1, 1, 1], [0, 1, 1, 1])
    assert h.annual_revenue_per_customer is None and "annual_service_spend" not in h.client_values()


def _codes(e):
    return [(f.code, f.row) for f in e.value.findings]


def test_gap_and_duplicate_are_errors():
    with pytest.raises(HistoryError) as e:
        derive_history([1, 2, 4, 4, 5], [100] * 5, [0, 1, 1, 1, 1], [0, 1, 1, 1, 1])
    assert ("gap", 2) in _codes(e) and ("duplicate", 3) in _codes(e)


def test_too_few_months():
    with pytest.raises(HistoryError) as e:
        derive_history([1, 2, 3], [100] * 3, [0, 1, 1], [0, 1, 1])
    assert _codes(e) == [("too_few", None)]


def test_months_that_do_not_add_up_are_warnings_with_their_row():
    h = derive_history([1, 2, 3, 4], [1000, 990, 1000, 1006], [0, 20, 10, 10], [0, 10, 20, 10])
    assert [(w.code, w.row) for w in h.warnings] == [("inconsistent", 3)]  # 1000 - 10 + 10 = 1000 vs 1006 (0.6 %)
    h = derive_history([1, 2, 3, 4], [1000, 990, 1000, 1004], [0, 20, 10, 10], [0, 10, 20, 10])
    assert h.warnings == ()  # 0.4 % is within tolerance


def test_missing_negative_and_all_lost():
    nan = float("nan")
    with pytest.raises(HistoryError) as e:
        derive_history([1, 2, 3, 4], [100, nan, 100, 100], [0, 1, -1, 1], [0, 1, 1, 1])
    assert ("missing", 1) in _codes(e) and ("negative", 2) in _codes(e)
    with pytest.raises(HistoryError) as e:
        derive_history([1, 2, 3, 4], [100, 0, 10, 10], [0, 100, 0, 0], [0, 0, 10, 0])
    assert ("all_lost", 1) in _codes(e)
