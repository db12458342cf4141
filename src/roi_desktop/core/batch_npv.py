"""Scenario NPVs for a chunk of Monte Carlo trials: the engine's model, laid out for speed.

The same model as :func:`roi_desktop.core.engine.scenario_npv` (MODEL.md: monthly churn, customer
path, margin change against the baseline, TEI risk adjustment, discounting), with changes that make
a hundred thousand trials cheap and change no number beyond float rounding:

- the customer recursion N(m + 1) = N(m) (1 - q(m)) + new / 12 is stepped month by month over a
  vector of all the chunk's trials (a loop over months, never over trials), keeping only yearly
  sums, so no months x trials array is built and each vector stays in the CPU cache;
- the baseline depends only on the client inputs, which every scenario shares within a trial, so
  it is computed once per chunk and reused by every scenario;
- a scenario's churn is constant after its ramp, so the monthly survival factor is raised to the
  1/12 power only for the ramp months and once for the rest;
- the lines that do not depend on customers are a single amount per year, discounted in closed form.

Each NPV is anchored on the engine: trial NPV = calculate() NPV + (f(trial) - f(point)), where f is
this evaluator, so a trial with every input at its point value gives the engine's NPV exactly.
Tests compare f with :func:`calculate` for random inputs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import flows, monthly
from .finance import discount_factors
from .inputs import Project

TWELFTH = 1.0 / 12.0
MODEL_CLIENT_FIELDS = ("customers", "annual_revenue_per_customer", "gross_margin", "annual_churn_rate",
                       "annual_new_customers")


@dataclass
class ClientChunk:
    """Client inputs of one chunk (arrays of length n, or scalars) and the baseline computed from them."""

    n: int
    values: dict
    base_sums: np.ndarray  # (T, n): yearly sums of customers at month starts (baseline)
    profit_per_customer_month: np.ndarray  # (n,): revenue per customer x margin / 12


class BatchNpv:
    """Evaluates the NPV of every scenario of ``project`` for chunks of trials."""

    def __init__(self, project: Project):
        self.project = project
        a = project.analysis
        self.years, self.months = a.horizon_years, a.months
        self.df = discount_factors(a.discount_rate, self.years)
        self._custom_pv: dict[int, float] = {}

    def _client_value(self, values: dict, name: str, n: int) -> np.ndarray:
        v = values.get(name, getattr(self.project.client, name))
        return np.broadcast_to(np.asarray(v, dtype=float), (n,))

    def _customer_sums(self, factors, start: np.ndarray, new: np.ndarray, weights) -> np.ndarray:
        """Yearly sums (T, n) of the customers at each month's start, times the month's weight.

        N(1) = start; N(m + 1) = N(m) * f(m) + new / 12, f(m) = 1 - q(m) (MODEL.md), stepped month by
        month over all trials at once. ``factors(m)`` gives f(m) for m = 1..M (a vector of length n);
        ``weights`` is None or gives the month's weight (a scalar or a vector).
        """
        n = start.shape[0]
        customers = np.array(start, dtype=float)
        monthly_new = new / 12.0
        sums = np.zeros((self.years, n))
        scratch = np.empty(n) if weights is not None else None
        for m in range(1, self.months + 1):
            year = sums[(m - 1) // 12]
            if weights is None:
                year += customers
            else:
                year += np.multiply(customers, weights(m), out=scratch)
            if m < self.months:
                customers *= factors(m)
                customers += monthly_new
        return sums

    # -- baseline ------------------------------------------------------------------------------------
    def client_chunk(self, values: dict, n: int) -> ClientChunk:
        """The baseline for ``n`` trials of client inputs (missing names take the client's value).

        With no array among ``values`` every trial has the same baseline: it is computed once.
        """
        if n > 1 and not any(np.ndim(x) for x in values.values()):
            one = self.client_chunk(values, 1)
            return ClientChunk(n, {k: np.broadcast_to(x, (n,)) for k, x in one.values.items()},
                               one.base_sums, one.profit_per_customer_month)
        v = {name: self._client_value(values, name, n) for name in MODEL_CLIENT_FIELDS}
        v["annual_service_spend"] = self._client_value(values, "annual_service_spend", n)
        factor = (1.0 - v["annual_churn_rate"]) ** TWELFTH
        sums = self._customer_sums(lambda m: factor, v["customers"], v["annual_new_customers"], None)
        per_customer = v["annual_revenue_per_customer"] * v["gross_margin"] / 12.0
        return ClientChunk(n, v, sums, per_customer)

    # -- one scenario --------------------------------------------------------------------------------
    def scenario(self, index: int, chunk: ClientChunk, churn_change_pp, scenario_values: dict) -> np.ndarray:
        """This evaluator's NPV (length n) of scenario ``index`` for the chunk's trials."""
        s = self.project.scenarios[index]
        n, v = chunk.n, chunk.values
        strength = monthly.ramp(self.months, s.ramp_months)
        ramping = int(np.count_nonzero(strength < 1.0))  # the first months; full strength after them
        base = v["annual_churn_rate"]
        change = np.broadcast_to(np.asarray(churn_change_pp, dtype=float), (n,))
        ramp_factors = (1.0 - monthly.scenario_churn(base, change, strength[:ramping, None])) ** TWELFTH
        full_factor = (1.0 - monthly.scenario_churn(base, change, 1.0)) ** TWELFTH

        def factors(m: int) -> np.ndarray:
            return ramp_factors[m - 1] if m <= ramping else full_factor

        rpc = np.asarray(scenario_values.get("revenue_per_customer_change", s.revenue_per_customer_change), float)
        weights = None
        if rpc.ndim or rpc != 0.0:
            ramp_weights = 1.0 + strength[:ramping, None] * rpc
            full_weight = 1.0 + rpc

            def weights(m: int):
                return ramp_weights[m - 1] if m <= ramping else full_weight

        sums = self._customer_sums(factors, v["customers"], v["annual_new_customers"], weights)
        margin = (sums - chunk.base_sums) * chunk.profit_per_customer_month
        margin *= flows.risk_factors(margin, s.benefit_risk, s.cost_risk)
        total = present_value(margin, self.df[1:], axis=0)
        return total + self._fixed_lines_pv(index, v["annual_service_spend"], scenario_values)

    def _fixed_lines_pv(self, index: int, spend: np.ndarray, scenario_values: dict) -> np.ndarray:
        """PV of the lines that do not depend on customers (flows.fixed_lines): the spend change and the
        extra cost, the same amount in Years 1..T, the one-off cost in Year 0, and the custom lines,
        which no range moves (their PV is the engine's, computed once). Each amount is risk-adjusted
        by its sign as in the engine."""
        s = self.project.scenarios[index]
        if index not in self._custom_pv:
            custom = [spec for spec in flows.fixed_lines(self.project.client, s, self.years) if spec.custom]
            self._custom_pv[index] = sum(float(present_value(spec.yearly * flows.risk_factors(
                spec.yearly, spec.benefit_risk, spec.cost_risk), self.df)) for spec in custom)

        def value(name):
            return np.asarray(scenario_values.get(name, getattr(s, name)), dtype=float)

        def adjusted(amount):
            return amount * flows.risk_factors(amount, s.benefit_risk, s.cost_risk)

        recurring = adjusted(-(value("service_spend_change") * spend)) + adjusted(-value("extra_annual_cost"))
        return recurring * self.df[1:].sum() + adjusted(-value("one_off_cost")) * self.df[0] + self._custom_pv[index]


def present_value(yearly: np.ndarray, df: np.ndarray, *, axis: int = -1) -> np.ndarray:
    """Sum over years of amount x discount factor; the years run along ``axis``.

    An explicit year-by-year sum rather than a BLAS product: each trial's result then does not
    depend on its position in the chunk or on the chunk's size, so chunking cannot change a number.
    """
    yearly = np.moveaxis(np.asarray(yearly), axis, 0)
    total = yearly[0] * df[0]
    for t in range(1, df.size):
        total = total + yearly[t] * df[t]
    return total


def batch_npv(project: Project, index: int, *, churn_change_pp=None, client_values=None,
              scenario_values=None) -> np.ndarray:
    """NPV of scenario ``index`` for arrays of input variants (this evaluator alone, not anchored).

    A convenience for tests and one-off use; the Monte Carlo keeps one :class:`BatchNpv` per run.
    """
    arrays = [np.asarray(x) for x in [churn_change_pp, *(client_values or {}).values(),
                                      *(scenario_values or {}).values()] if x is not None]
    n = max([a.size for a in arrays if a.ndim] or [1])
    evaluator = BatchNpv(project)
    chunk = evaluator.client_chunk(dict(client_values or {}), n)
    change = project.scenarios[index].churn_change_pp if churn_change_pp is None else churn_change_pp
    return evaluator.scenario(index, chunk, change, dict(scenario_values or {}))
