"""Hypothesis strategies for valid projects (within every field's documented range)."""

from hypothesis import strategies as st

from roi_desktop.core import Analysis, Client, CustomLine, Project, Scenario

fraction = st.floats(0, 1, allow_nan=False)
names = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=30).filter(
    lambda s: s.strip())


@st.composite
def clients(draw):
    return Client(
        name=draw(names),
        customers=draw(st.floats(1, 1e7)),
        annual_revenue_per_customer=draw(st.floats(0, 1e5)),
        gross_margin=draw(fraction),
        annual_churn_rate=draw(st.floats(0, 0.999)),
        annual_new_customers=draw(st.floats(0, 1e6)),
        acquisition_cost=draw(st.floats(0, 1e4)),
        annual_service_spend=draw(st.floats(0, 1e9)),
        service_churn_share=draw(fraction),
    )


@st.composite
def scenarios(draw, years: int):
    point = draw(st.floats(-100, 100))
    lines = []
    for i in range(draw(st.integers(0, 2))):
        lines.append(CustomLine(f"line {i}", draw(st.sampled_from(["benefit", "cost"])),
                                tuple(draw(st.lists(st.floats(0, 1e7), min_size=years + 1, max_size=years + 1))),
                                draw(st.one_of(st.none(), fraction))))
    return Scenario(
        name=draw(names),
        kind=draw(st.sampled_from(["cut", "investment"])),
        service_spend_change=draw(st.floats(-1, 10)),
        one_off_cost=draw(st.floats(0, 1e8)),
        extra_annual_cost=draw(st.floats(0, 1e8)),
        churn_change_pp=point,
        churn_change_low_pp=draw(st.floats(-100, point)) if draw(st.booleans()) else None,
        churn_change_high_pp=draw(st.floats(point, 100)) if draw(st.booleans()) else None,
        revenue_per_customer_change=draw(st.floats(-1, 10)),
        ramp_months=draw(st.integers(0, 120)),
        benefit_risk=draw(fraction),
        cost_risk=draw(fraction),
        lines=tuple(lines),
    )


@st.composite
def projects(draw, max_scenarios: int = 3):
    years = draw(st.integers(1, 10))
    analysis = Analysis(horizon_years=years, discount_rate=draw(fraction), currency="EUR")
    return Project(client=draw(clients()), analysis=analysis,
                   scenarios=tuple(draw(st.lists(scenarios(years), min_size=1, max_size=max_scenarios))))
