"""The one NPV evaluator: a scenario's NPV for a batch of input variants, rates included.

The engine (its NPV and its margin line), the break-even solve, the tornado and the Monte Carlo all
call it, so the same inputs give the same bits everywhere: nothing is reconciled afterwards.
MODEL.md gives the model (monthly churn, customer path, margin change against the baseline, TEI risk
adjustment, discounting); this module lays it out for speed without changing it beyond float rounding:

- variants run along the first axis, months and years along the last (contiguous, so running sums
  are fast); every operation is elementwise or a running sum along months or years
  (``cumsum``/``cumprod``, never a pairwise ``sum``), so a variant's NPV does not depend on its
  position in the batch or on the batch's size;
- the customer model needs only each year's sum of customers at month starts. While a scenario ramps
  (its whole years up to the end of the ramp) the path is computed month by month in closed form;
  after it the monthly factor f is constant, and a year is one step:
  sum = G N0 + (new / 12) H, next N0 = f^12 N0 + (new / 12) G, with G = sum of f^k (k < 12) and
  H = sum over k < 12 of (sum of f^j, j < k), all positive terms (no cancellation) (:mod:`.year_sums`,
  which steps one vector of all variants per month for big batches, with the same bits);
- the lines that do not depend on customers are one amount per year, discounted in closed form.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import flows, monthly
from .fields import NPV_CLIENT_INPUTS
from .inputs import Project
from .year_sums import ROW_LOOP_FROM, running_sum, total_rows, year_sums

TWELFTH = 1.0 / 12.0
MODEL_CLIENT_FIELDS = NPV_CLIENT_INPUTS[:5]  # the customer model's inputs (annual_service_spend is a fixed line)
SCENARIO_VALUE_FIELDS = ("service_spend_change", "extra_annual_cost", "one_off_cost", "revenue_per_customer_change")


@dataclass
class ClientChunk:
    """Client inputs of ``n`` variants (arrays of length n) and the baseline computed from them."""

    n: int
    values: dict
    base_sums: np.ndarray  # (T, n): yearly sums of customers at month starts (baseline), years first
    profit_per_customer_month: np.ndarray  # (n,): revenue per customer x margin / 12


def pv_of_years(yearly: np.ndarray, df: np.ndarray) -> np.ndarray:
    """The one present-value computation (``finance.present_value`` is it for one rate): sum over Years 0..T of amount x discount factor, in year order.

    ``yearly`` holds the years along its last axis; ``df`` is (T + 1,), or (n, T + 1) for a vector of
    rates. PV = X0 + sum over t of Xt / (1 + rate)^t (MODEL.md).

    >>> float(pv_of_years(np.array([-100.0, 50.0, 60.5]), 1 / 1.1 ** np.arange(3.0)))  # -100 + 50/1.1 + 60.5/1.21
    -4.545454545454...
    """
    return running_sum(np.asarray(yearly, dtype=float) * df)


def discount_factors(rates, years: int) -> np.ndarray:
    """1 / (1 + rate)^t for t = 0..T: (T + 1,) for one rate, (n, T + 1) for a vector of rates."""
    r = np.asarray(rates, dtype=float)
    t = np.arange(years + 1, dtype=float)
    with np.errstate(over="ignore"):  # a rate so high that (1 + rate)^t overflows discounts to 0
        return 1.0 / (1.0 + (r[:, None] if r.ndim else r)) ** t


class NpvEvaluator:
    """NPV of the scenarios of ``project`` for batches of input variants (see the module's notes)."""

    def __init__(self, project: Project):
        self.project = project
        a = project.analysis
        self.years, self.months = a.horizon_years, a.months
        self.df = discount_factors(a.discount_rate, self.years)
        self._ramps: dict[int, np.ndarray] = {}
        self._ramping: dict[int, int] = {}
        self._custom: dict[int, np.ndarray | None] = {}
        self._specs: dict[int, list] = {}
        self._point: ClientChunk | None = None
        self._fixed_at_point: dict[int, np.ndarray] = {}
        self._rows: dict[tuple, tuple] = {}

    def client_chunk(self, values: dict | None = None, n: int = 1) -> ClientChunk:
        """The baseline for ``n`` variants of the client inputs (missing names take the client's value).

        With no array among ``values`` every variant has the same baseline: it is computed once.
        """
        values = values or {}
        if not any(np.ndim(x) for x in values.values()):
            if not values and self._point is not None:
                one = self._point
            else:
                one = self._client_chunk(values, 1)
                if not values:
                    self._point = one
            if n == 1:
                return one
            return ClientChunk(n, {k: np.broadcast_to(x, (n,)) for k, x in one.values.items()},
                               np.broadcast_to(one.base_sums, (self.years, n)),
                               np.broadcast_to(one.profit_per_customer_month, (n,)))
        return self._client_chunk(values, n)

    def _client_chunk(self, values: dict, n: int) -> ClientChunk:
        c = self.project.client
        v = {name: np.broadcast_to(np.asarray(values.get(name, getattr(c, name)), dtype=float), (n,))
             for name in NPV_CLIENT_INPUTS}
        factor = (1.0 - v["annual_churn_rate"]) ** TWELFTH
        sums = year_sums(self.years, v["customers"], v["annual_new_customers"] / 12.0, factor)
        return ClientChunk(n, v, sums, v["annual_revenue_per_customer"] * v["gross_margin"] / 12.0)

    # -- one scenario ----------------------------------------------------------------------------
    def _strength(self, index: int) -> np.ndarray:
        """The ramp's strength for the months of the ramp's whole years, (R, 1); R = 0 without a ramp."""
        if index not in self._ramps:
            s = self.project.scenarios[index]
            strength = monthly.ramp(self.months, s.ramp_months)
            ramping = int(np.count_nonzero(strength < 1.0))
            self._ramping[index] = ramping
            self._ramps[index] = strength[: min(self.months, -(-ramping // 12) * 12)][:, None]
        return self._ramps[index]

    def margin_sums(self, index: int, chunk: ClientChunk, churn_change_pp=None,
                    scenario_values: dict | None = None) -> np.ndarray:
        """(T, n) the scenario's yearly margin change against the baseline, before risk (years first, as
        every array of the evaluator: each year is one contiguous vector of all variants)."""
        s = self.project.scenarios[index]
        sv = scenario_values or {}
        change = s.churn_change_pp if churn_change_pp is None else churn_change_pp
        change = np.asarray(change, dtype=float)
        if change.ndim == 0:
            change = np.broadcast_to(change, (chunk.n,))
        rpc = np.asarray(sv.get("revenue_per_customer_change", s.revenue_per_customer_change), dtype=float)
        return self._margin(chunk, change, self._strength(index), self._ramping[index], rpc)

    def _margin(self, chunk: ClientChunk, change: np.ndarray, strength: np.ndarray, ramping: int | None,
                rpc: np.ndarray) -> np.ndarray:
        """The customer model of :meth:`margin_sums` for rows of churn changes ``change``: ``strength`` is
        the ramp's (R, 1) for one scenario, whose first ``ramping`` months ramp, or (R, n), a column per
        row, for rows of several scenarios with ramps of the same whole years (``ramping`` None: the
        months at full strength hold 1.0, and factor(1.0) is ``full`` to the bit)."""
        v = chunk.values
        base = v["annual_churn_rate"]
        cap, step = np.maximum(monthly.CHURN_CAP, base), change / 100.0  # monthly.scenario_churn, shared

        def factor(strength_of_effect, out=None):  # in place after the first sum: no temporaries
            churn = base + strength_of_effect * step
            np.maximum(churn, 0.0, out=churn)
            np.minimum(churn, cap, out=churn)
            np.subtract(1.0, churn, out=churn)
            return np.power(churn, TWELFTH, out=churn if out is None else out)

        full = factor(1.0)
        weighted = bool(rpc.ndim or rpc != 0.0)
        full_weight = 1.0 + rpc if weighted else None
        ramp = weights = None  # without a ramp the months start at full strength: the year formula covers every year
        months = strength.shape[0]
        ramping_months = months if ramping is None else ramping
        if months and max(base.size, change.size) >= ROW_LOOP_FROM:
            # stepped month by month (year_sums): each month's factor and weight made there, one vector each,
            # the same operations as the rows of the blocks below
            def ramp(m):
                return factor(strength[m]) if m < ramping_months else full

            if weighted:
                def weights(m):
                    return 1.0 + strength[m] * rpc
        elif months:  # the ramp's months (months first): their own factor while ramping, then the full one
            ramp = factor(strength) if ramping is None else np.empty((months, max(base.size, change.size)))
            if ramping is not None:
                factor(strength[:ramping], out=ramp[:ramping])
                ramp[ramping:] = full
            weights = 1.0 + strength * rpc if weighted else None
        sums = year_sums(self.years, v["customers"], v["annual_new_customers"] / 12.0, full, ramp, weights, full_weight,
                         months)
        return (sums - chunk.base_sums) * chunk.profit_per_customer_month

    def at_point(self, rows: list[tuple[int, np.ndarray]]) -> list[tuple[np.ndarray, np.ndarray]]:
        """(yearly margin change (k, T), NPV (k,)) at the project's client values for each (scenario index,
        k churn changes) of ``rows``, in one batched pass per ramp length (the engine's NPVs with the
        break-even grid, and each round of the break-even solve for every scenario at once). The bits
        are those of :meth:`npv` for the same inputs: a row's result does not depend on its batch."""
        point = self.client_chunk()
        out: list = [None] * len(rows)
        by_ramp: dict[int, list[int]] = {}
        for k, (index, _) in enumerate(rows):
            by_ramp.setdefault(self._strength(index).shape[0], []).append(k)
        for members in by_ramp.values():
            indices = [rows[k][0] for k in members]
            sizes = [np.size(rows[k][1]) for k in members]
            key = (tuple(indices), tuple(sizes))
            if key not in self._rows:  # the solve's rounds ask for the same layout again
                self._rows[key] = self._row_values(indices, sizes, point)
            strength, rpc, benefit_risk, cost_risk, fixed = self._rows[key]
            change = np.concatenate([np.asarray(rows[k][1], dtype=float).reshape(-1) for k in members])
            margin = self._margin(point, change, strength, None, rpc)
            npv = total_rows(margin * flows.risk_factors(margin, benefit_risk, cost_risk) * self.df[1:, None]) + fixed
            ends = np.cumsum(sizes)
            for k, end, size in zip(members, ends.tolist(), sizes):
                out[k] = (margin[:, end - size:end].T, npv[end - size:end])
        return out

    def _row_values(self, indices: list[int], sizes: list[int], point: ClientChunk) -> tuple:
        """Per row of :meth:`at_point`: the ramp's strength (R, n), the revenue change, the risks (n,)
        and the PV of the fixed lines, for ``sizes[k]`` rows of scenario ``indices[k]`` in turn."""
        scenarios = [self.project.scenarios[i] for i in indices]

        def per_row(values):
            return np.repeat(np.asarray(values, dtype=float), sizes)

        strength = np.repeat(np.concatenate([self._strength(i) for i in indices], axis=1), sizes, axis=1)
        rpc_values = [s.revenue_per_customer_change for s in scenarios]
        rpc = per_row(rpc_values) if any(rpc_values) else np.asarray(0.0)
        return (strength, rpc, per_row([s.benefit_risk for s in scenarios]), per_row([s.cost_risk for s in scenarios]),
                per_row([self.fixed_lines_pv(i, point)[0] for i in indices]))

    def npv(self, index: int, chunk: ClientChunk | None = None, churn_change_pp=None,
            scenario_values: dict | None = None, rates=None) -> np.ndarray:
        """NPV (length n) of scenario ``index`` for the chunk's client variants and the given
        churn changes, scenario values and discount rates (each a scalar or an array of length n)."""
        chunk = self.client_chunk() if chunk is None else chunk
        df = None if rates is None else discount_factors(np.broadcast_to(rates, (chunk.n,)), self.years)
        margin = self.margin_sums(index, chunk, churn_change_pp, scenario_values)
        return self.npv_of_margin(index, chunk, margin, scenario_values, df)

    def fixed_specs(self, index: int) -> list:
        """flows.fixed_lines of scenario ``index`` at the project's values (computed once; the engine shows
        them, the evaluator discounts the custom ones). The list and its arrays are not to be changed."""
        if index not in self._specs:
            self._specs[index] = flows.fixed_lines(self.project.client, self.project.scenarios[index], self.years)
        return self._specs[index]

    def fixed_lines_pv(self, index: int, chunk: ClientChunk, scenario_values: dict | None = None,
                       df: np.ndarray | None = None) -> np.ndarray:
        """PV of the lines that do not depend on customers, for the chunk's variants (at the project's own
        values it is computed once per scenario)."""
        at_point = chunk is self._point and not scenario_values and df is None
        if at_point and index in self._fixed_at_point:
            return self._fixed_at_point[index]
        pv = self._fixed_lines_pv(index, chunk.values["annual_service_spend"], scenario_values or {},
                                  self.df if df is None else df)
        if at_point:
            self._fixed_at_point[index] = pv
        return pv

    def npv_of_margin(self, index: int, chunk: ClientChunk, margin: np.ndarray, scenario_values: dict | None = None,
                      df: np.ndarray | None = None, fixed_pv=None) -> np.ndarray:
        """NPV from the yearly margin change (T, n) of :meth:`margin_sums`."""
        s = self.project.scenarios[index]
        explicit_df = df
        df = self.df if df is None else df
        margin = margin * flows.risk_factors(margin, s.benefit_risk, s.cost_risk)
        total = total_rows(margin * (df[1:, None] if df.ndim == 1 else df[:, 1:].T))  # years in order
        if fixed_pv is None:
            fixed_pv = self.fixed_lines_pv(index, chunk, scenario_values, explicit_df)
        return total + fixed_pv

    def _fixed_lines_pv(self, index: int, spend: np.ndarray, scenario_values: dict, df: np.ndarray) -> np.ndarray:
        """PV of the lines that do not depend on customers (flows.fixed_lines): spend change and extra
        cost (the same amount in Years 1..T), one-off cost (Year 0), custom lines; each risk-adjusted by
        its sign as in the engine."""
        s = self.project.scenarios[index]
        if index not in self._custom:
            custom = [spec.yearly * flows.risk_factors(spec.yearly, spec.benefit_risk, spec.cost_risk)
                      for spec in self.fixed_specs(index) if spec.custom]
            self._custom[index] = np.cumsum(np.array(custom), axis=0)[-1] if custom else None  # lines in order

        def value(name):
            return np.asarray(scenario_values.get(name, getattr(s, name)), dtype=float)

        def adjusted(amount):
            return amount * flows.risk_factors(amount, s.benefit_risk, s.cost_risk)

        recurring = adjusted(-(value("service_spend_change") * spend)) + adjusted(-value("extra_annual_cost"))
        annuity = running_sum(df[..., 1:])
        total = recurring * annuity + adjusted(-value("one_off_cost")) * df[..., 0]
        custom = self._custom[index]
        return total if custom is None else total + pv_of_years(custom, df)


BatchNpv = NpvEvaluator  # the Monte Carlo's name for it


def scenario_npv(project: Project, scenario, *, churn_change_pp=None, client_values=None, scenario_values=None,
                 discount_rate=None, evaluator: NpvEvaluator | None = None) -> np.ndarray:
    """NPV of ``scenario`` (one of ``project.scenarios``) for arrays of input variants; equals
    ``calculate(...).npv`` for the same inputs to the last bit."""
    index = next(i for i, s in enumerate(project.scenarios) if s is scenario) \
        if any(s is scenario for s in project.scenarios) else None
    if index is None:
        project = project.with_changes(scenarios=(scenario,))
        index = 0
    evaluator = evaluator or NpvEvaluator(project)
    arrays = [np.asarray(x) for x in [churn_change_pp, discount_rate, *(client_values or {}).values(),
                                      *(scenario_values or {}).values()] if x is not None]
    n = max([a.size for a in arrays if a.ndim] or [1])
    chunk = evaluator.client_chunk(dict(client_values or {}), n)
    out = evaluator.npv(index, chunk, churn_change_pp, dict(scenario_values or {}), discount_rate)
    return out if any(a.ndim for a in arrays) else out.reshape(())


def batch_npv(project: Project, index: int, *, churn_change_pp=None, client_values=None,
              scenario_values=None, discount_rate=None) -> np.ndarray:
    """NPV of scenario ``index`` for arrays of input variants (length n, or 1 for none)."""
    return np.atleast_1d(scenario_npv(project, project.scenarios[index], churn_change_pp=churn_change_pp,
                                      client_values=client_values, scenario_values=scenario_values,
                                      discount_rate=discount_rate))
