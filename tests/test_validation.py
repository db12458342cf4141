"""Invalid inputs raise ValidationError naming the field (never NaN results); valid ones compute."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roi_desktop.core import (
    ANALYSIS_FIELDS, CLIENT_FIELDS, SCENARIO_FIELDS, Analysis, Client, Project, Scenario, ValidationError, calculate,
)
from roi_desktop.core.inputs import CustomLine, Range

GOOD_CLIENT = dict(name="Klient Łódź", customers=1000, annual_revenue_per_customer=100, gross_margin=0.4,
                   annual_churn_rate=0.2, annual_new_customers=100, acquisition_cost=50, annual_service_spend=1e5,
                   service_churn_share=0.3)


def outside(spec):
    """Values just outside a field's range, plus non-numbers."""
    bad = [math.nan, math.inf, -math.inf, "1", None, True]
    bad.append(spec.low if spec.low_open else spec.low - max(1e-9, abs(spec.low) * 1e-6) - 1e-9)
    bad.append(spec.high if spec.high_open else spec.high + max(1e-9, abs(spec.high) * 1e-6))
    if spec.integer:
        bad.append(spec.low + 0.5)
    return bad


CASES = ([(Client, GOOD_CLIENT, name, v) for name, spec in CLIENT_FIELDS.items() for v in outside(spec)]
         + [(Analysis, {}, name, v) for name, spec in ANALYSIS_FIELDS.items() for v in outside(spec)]
         + [(Scenario, {"name": "s"}, name, v) for name, spec in SCENARIO_FIELDS.items() for v in outside(spec)
            if not (v is None and name in ("churn_change_low_pp", "churn_change_high_pp"))])


@pytest.mark.parametrize("cls, base, field, value", CASES,
                         ids=[f"{c.__name__}.{f}={v!r}" for c, _, f, v in CASES])
def test_out_of_range_values_name_the_field_and_the_range(cls, base, field, value):
    with pytest.raises(ValidationError) as info:
        cls(**{**base, field: value})
    paths = info.value.fields
    assert field in paths or (field.startswith("churn_change") and "churn_change_pp" in paths)
    message = str(info.value)
    assert "must" in message


@settings(max_examples=150, deadline=None)
@given(field=st.sampled_from(sorted(CLIENT_FIELDS)), value=st.one_of(
    st.floats(allow_nan=True, allow_infinity=True), st.integers(), st.text(max_size=3), st.none(), st.booleans()))
def test_any_invalid_client_value_raises_naming_it(field, value):
    spec = CLIENT_FIELDS[field]
    if spec.problem(value) is None:
        Client(**{**GOOD_CLIENT, field: value})  # valid: must construct
        return
    with pytest.raises(ValidationError) as info:
        Client(**{**GOOD_CLIENT, field: value})
    assert field in info.value.fields


def test_all_problems_at_once():
    with pytest.raises(ValidationError) as info:
        Client(**{**GOOD_CLIENT, "customers": 0, "gross_margin": 2, "annual_churn_rate": 1, "name": " "})
    assert set(info.value.fields) == {"customers", "gross_margin", "annual_churn_rate", "name"}


def test_scenario_range_must_contain_the_point():
    with pytest.raises(ValidationError) as info:
        Scenario("s", churn_change_pp=2, churn_change_low_pp=3)
    assert "churn_change_pp" in info.value.fields


def test_client_ranges_are_checked():
    with pytest.raises(ValidationError) as info:
        Client(**GOOD_CLIENT, ranges={"annual_churn_rate": Range(0.3, 0.4), "bogus": Range(0, 1)})
    assert set(info.value.fields) == {"ranges.annual_churn_rate", "ranges.bogus"}


def test_custom_line_problems_are_named():
    with pytest.raises(ValidationError) as info:
        CustomLine("", "gain", (1.0, -2.0), risk=3)
    assert set(info.value.fields) == {"name", "kind", "amounts[1]", "risk"}


def test_currency_code():
    with pytest.raises(ValidationError, match="ISO 4217"):
        Analysis(currency="zł")


def test_extreme_valid_inputs_give_finite_results():
    client = Client(**{**GOOD_CLIENT, "customers": 1e9, "annual_revenue_per_customer": 1e9, "annual_churn_rate": 0.999,
                       "annual_new_customers": 1e9, "annual_service_spend": 1e13})
    s = Scenario("x", service_spend_change=10, one_off_cost=1e13, extra_annual_cost=1e13, churn_change_pp=-100,
                 revenue_per_customer_change=10, ramp_months=120)
    r = calculate(Project(client, Analysis(horizon_years=10, discount_rate=0), scenarios=(s, s.with_changes(
        churn_change_pp=100, name="y"))))
    for sr in r.scenarios:
        assert all(math.isfinite(x) for x in (sr.npv, sr.pv_benefits, sr.pv_costs))


def test_large_whole_seeds_are_exact():
    spec = ANALYSIS_FIELDS["seed"]
    assert spec.problem(2**53 + 1) is None and spec.problem(2**63 - 1) is None
    assert "9 223 372 036 854 775 807" in spec.problem(2**63)
