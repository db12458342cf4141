"""What the engine returns: plain frozen data holding every figure any output shows (outputs only format).

The pandas tables (``yearly_table`` and friends) import pandas when called, never at import.
"""

from __future__ import annotations

from dataclasses import dataclass

from typing import TYPE_CHECKING

import numpy as np

from .inputs import Project, Scenario
from .irr_verdict import IrrVerdict
from .timing import Timing

if TYPE_CHECKING:  # pandas is imported only by the table methods that need it
    import pandas as pd

    from .queue_model import ProjectQueue


@dataclass(frozen=True, eq=False)
class LineResult:
    """One flow line of a scenario: ``raw`` before and ``adjusted`` after TEI risk, Years 0..T."""

    key: str
    name: str
    custom: bool
    raw: np.ndarray
    adjusted: np.ndarray
    total: float = 0.0  # sum of ``adjusted`` over Years 0..T
    pv: float = 0.0  # present value of ``adjusted`` (Year 0 undiscounted)


@dataclass(frozen=True, eq=False)
class ScenarioResult:
    scenario: Scenario
    lines: tuple[LineResult, ...]
    net: np.ndarray  # risk-adjusted net flow, Years 0..T
    benefits: np.ndarray  # risk-adjusted benefits (>= 0), Years 0..T
    costs: np.ndarray  # risk-adjusted costs as positive numbers, Years 0..T
    discount_factors: np.ndarray
    pv_benefits: float
    pv_costs: float
    npv: float
    roi: float | None  # None when pv_costs is 0
    irr: float | None  # None when the yearly net flows never change sign
    payback_month: int | None  # first month the cumulative net flow becomes >= 0; None: not in horizon
    crossover_month: int | None  # first month a cumulative gain turns into a loss; None: not in horizon
    monthly_net: np.ndarray  # risk-adjusted, months 0..M (month 0 holds Year 0 amounts)
    customers: np.ndarray  # start of months 1..M+1
    customers_vs_baseline: np.ndarray  # at the end of Years 1..T (negative: customers lost)
    revenue_at_risk: float  # baseline revenue minus scenario revenue over the horizon (negative: gained)
    replacement_cost: float  # customers lost by the horizon end x acquisition_cost (context only)
    breakeven_churn_change_pp: float | None  # churn change at which NPV is 0; None: no such change
    irr_rates: tuple[float, ...]  # every rate that zeroes the yearly net flows; irr is the first
    irr_verdict: IrrVerdict  # whether the IRR means something (code), decided once for every output
    timing: Timing  # payback basis: pays_back / never_within_horizon (investment), turns_into_loss / stays_ahead (cut)
    pv_net: np.ndarray  # net x discount factor, Years 0..T
    cumulative_pv: np.ndarray  # running sum of pv_net, Years 0..T (the last is the NPV)
    cumulative_net: np.ndarray  # running sum of monthly_net, months 0..M
    cumulative_net_yearly: np.ndarray  # running sum of net, Years 0..T (undiscounted)
    customers_at_year_end: np.ndarray  # the scenario's customers at the end of Years 1..T
    net_total: float  # sum of net over Years 0..T (undiscounted)
    benefits_total: float  # sum of benefits over Years 0..T (undiscounted)
    costs_total: float  # sum of costs over Years 0..T (undiscounted, positive)

    @property
    def name(self) -> str:
        return self.scenario.name

    @property
    def kind(self) -> str:
        return self.scenario.kind

    @property
    def timing_month(self) -> int | None:
        """The month a reader looks for: payback for an investment, crossover for a cut."""
        return self.timing.month

    @property
    def customers_lost(self) -> float:
        """Customers lost against the baseline by the end of the horizon (0 when customers are kept)."""
        return max(0.0, -float(self.customers_vs_baseline[-1]))

    def yearly_rows(self) -> list[tuple[str, np.ndarray]]:
        """(key, Years 0..T) for each line (risk-adjusted, keyed ``margin_change``, ..., ``custom:<name>``),
        then benefits, costs, net, discount factor, PV of net: the yearly table without pandas."""
        rows = [(line.key, line.adjusted) for line in self.lines]  # keys never clash with the totals
        rows += [("benefits", self.benefits), ("costs", self.costs), ("net", self.net),
                 ("discount_factor", self.discount_factors), ("pv_net", self.pv_net)]
        return rows

    def yearly_table(self) -> pd.DataFrame:
        """Rows: each line (risk-adjusted, indexed by its key: ``margin_change``, ...,
        ``custom:<name>``), then benefits, costs, net, discount factor, PV of net. Columns: Year 0..T."""
        import pandas as pd

        cols = [f"Year {t}" for t in range(self.net.size)]
        rows = dict(self.yearly_rows())
        return pd.DataFrame.from_dict(rows, orient="index", columns=cols)

    def monthly_table(self) -> pd.DataFrame:
        """Months 0..M: customers at the end of the month (month 0: at the start), net flow and
        cumulative net flow."""
        import pandas as pd

        months = np.arange(self.monthly_net.size)
        return pd.DataFrame({
            "month": months,
            "customers_at_end": self.customers[: months.size],
            "net": self.monthly_net,
            "cumulative_net": self.cumulative_net,
        }).set_index("month")


@dataclass(frozen=True, eq=False)
class CostOfPoorService:
    """Genesys approach: relationships lost to poor service each year x their value."""

    customers_lost_per_year: float
    annual_revenue_lost: float
    lifetime_margin_lost: float | None  # x CLV; None when CLV is undefined


@dataclass(frozen=True, eq=False)
class BaselineResult:
    customers: np.ndarray  # start of months 1..M+1
    revenue: np.ndarray  # months 1..M
    gross_profit: np.ndarray  # months 1..M
    clv: float | None
    cost_of_poor_service: CostOfPoorService
    customers_at_year_end: np.ndarray  # end of Years 1..T


@dataclass(frozen=True, eq=False)
class ProjectResult:
    project: Project
    baseline: BaselineResult
    scenarios: tuple[ScenarioResult, ...]
    queue: ProjectQueue | None = None  # when the client has operations

    def best_index(self, kind: str) -> int | None:
        """Index of the scenario of ``kind`` ("cut" or "investment") with the highest NPV, or None.
        The meeting, the report and the risk comparison all talk about these two."""
        found = [(s.npv, -i) for i, s in enumerate(self.scenarios) if s.kind == kind]
        return -max(found)[1] if found else None

    def summary_table(self) -> pd.DataFrame:
        """One row per scenario with the headline metrics."""
        import pandas as pd

        return pd.DataFrame([{
            "name": s.name, "kind": s.kind, "pv_benefits": s.pv_benefits, "pv_costs": s.pv_costs,
            "npv": s.npv, "roi": s.roi, "irr": s.irr, "irr_verdict": s.irr_verdict.code, "payback_month": s.payback_month,
            "crossover_month": s.crossover_month, "customers_vs_baseline": float(s.customers_vs_baseline[-1]),
            "revenue_at_risk": s.revenue_at_risk, "breakeven_churn_change_pp": s.breakeven_churn_change_pp,
        } for s in self.scenarios])

    def customers_table(self) -> pd.DataFrame:
        """Customers at the start of each month 1..M+1: the baseline and every scenario."""
        import pandas as pd

        data = {"baseline": self.baseline.customers}
        for i, s in enumerate(self.scenarios):
            data[f"{i + 1}. {s.name}"] = s.customers
        return pd.DataFrame(data, index=pd.RangeIndex(1, self.baseline.customers.size + 1, name="month"))
