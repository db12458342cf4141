"""The figure tables: scenario comparison, yearly flow lines per scenario, the baseline's CLV and
cost of poor service. Amounts are shown to the whole currency unit."""

from __future__ import annotations

import numpy as np
from reportlab.platypus import Flowable, KeepTogether, Spacer

from roi_desktop.core import ProjectResult, ScenarioResult

from .formatting import Fmt
from reportlab.platypus import Paragraph

from .styles import CONTENT_WIDTH, cell, data_table, esc, fit_font_size, key_value_table, para, sized
from .texts import has, tr

SCENARIOS_PER_TABLE = 4
LABEL_WIDTH = 128
MIN_YEAR_COL = 47


def irr_text(s: ScenarioResult, fmt: Fmt) -> str:
    return tr(fmt.lang, "no_irr") if s.irr is None else fmt.percent(s.irr)


def roi_text(s: ScenarioResult, fmt: Fmt) -> str:
    return tr(fmt.lang, "no_roi") if s.roi is None else fmt.percent(s.roi)


def timing_text(s: ScenarioResult, fmt: Fmt) -> str:
    label = tr(fmt.lang, "crossover" if s.kind == "cut" else "payback")
    return f"{label}: {fmt.month(s.timing_month)}"


def breakeven_text(s: ScenarioResult, fmt: Fmt) -> str:
    if s.breakeven_churn_change_pp is None:
        return tr(fmt.lang, "no_breakeven")
    return fmt.pp(s.breakeven_churn_change_pp, 2)


def gains_then_loses(s: ScenarioResult) -> bool:
    """Net flows that start positive and end negative: IRR then reads the other way round."""
    nz = s.net[np.abs(s.net) > 1e-9]
    return s.irr is not None and nz.size > 1 and nz[0] > 0 and nz[-1] < 0


def comparison_tables(result: ProjectResult, fmt: Fmt) -> list[Flowable]:
    """Metrics down the side, scenarios across (at most four per table, so names can wrap)."""
    lang = fmt.lang
    metrics = [
        ("kind", lambda s: tr(lang, s.kind)),
        ("pv_benefits", lambda s: fmt.money(s.pv_benefits)),
        ("pv_costs", lambda s: fmt.money(s.pv_costs)),
        ("npv", lambda s: f"<b>{esc(fmt.money(s.npv))}</b>"),
        ("roi", lambda s: esc(roi_text(s, fmt))),
        ("irr", lambda s: esc(irr_text(s, fmt))),
        ("timing", lambda s: esc(fmt.month(s.timing_month))),
        ("customers_vs_baseline", lambda s: fmt.signed_count(float(s.customers_vs_baseline[-1]))),
        ("revenue_at_risk", lambda s: fmt.money(s.revenue_at_risk)),
        ("replacement_cost", lambda s: fmt.money(s.replacement_cost)),
        ("breakeven", lambda s: esc(breakeven_text(s, fmt))),
    ]
    out: list[Flowable] = []
    all_s = list(enumerate(result.scenarios))
    for start in range(0, len(all_s), SCENARIOS_PER_TABLE):
        chunk = all_s[start:start + SCENARIOS_PER_TABLE]
        label_w = 150
        col_w = (CONTENT_WIDTH - label_w) / max(len(chunk), 2)
        header = [cell(tr(lang, "metric"), "head")]
        header += [cell(f"{i + 1}. {esc(s.name)}", "head_r") for i, s in chunk]
        rows = [header]
        for key, value in metrics:
            rows.append([cell(tr(lang, key))] + [cell(value(s), "cell_r") for _, s in chunk])
        npv_row = [k for k, _ in metrics].index("npv") + 1
        out += [data_table(rows, [label_w] + [col_w] * len(chunk), bold_rows=(npv_row,)), Spacer(1, 8)]
    return out


def _line_label(line, lang: str) -> str:
    if not line.custom and has(line.key):
        return esc(tr(lang, line.key))
    return esc(line.name)  # the consultant's own line keeps the consultant's name


def _year_chunks(years: int) -> list[list[int]]:
    """Split Year 0..T into groups that fit the page width next to the label, total and PV columns."""
    per_table = int((CONTENT_WIDTH - LABEL_WIDTH) // MIN_YEAR_COL)
    cols = list(range(years + 1))
    if len(cols) + 2 <= per_table:
        return [cols]
    first = cols[:per_table]
    return [first, cols[per_table:]]


def flow_table(s: ScenarioResult, fmt: Fmt) -> list[Flowable]:
    """Years 0..T of every risk-adjusted line, totals, discount factors and present values."""
    lang = fmt.lang
    df = s.discount_factors
    # (label markup, values, row role, show total and present value)
    body: list[tuple[str, np.ndarray, str, bool]] = [(_line_label(l, lang), l.adjusted, "line", True)
                                                     for l in s.lines]
    body += [
        (esc(tr(lang, "benefits_total")), s.benefits, "sum", True),
        (esc(tr(lang, "costs_total")), -s.costs, "sum", True),
        (esc(tr(lang, "net")), s.net, "net", True),
        (esc(tr(lang, "discount_factor")), df, "factor", False),
        (esc(tr(lang, "pv_net")), s.net * df, "sum", False),
        (esc(tr(lang, "cumulative_pv")), np.cumsum(s.net * df), "sum", False),
    ]
    chunks = _year_chunks(len(df) - 1)
    out: list[Flowable] = []
    for n, years in enumerate(chunks):
        last = n == len(chunks) - 1
        extra = [tr(lang, "total"), tr(lang, "pv")] if last else []
        col_w = (CONTENT_WIDTH - LABEL_WIDTH) / (len(years) + len(extra))
        rows = [[cell(tr(lang, "line"), "head")] + [cell(tr(lang, "year_n", n=y), "head_r") for y in years]
                + [cell(x, "head_r") for x in extra]]
        bold, texts = [], []
        for label, values, role, totals in body:
            if role == "factor":
                cells = [fmt.factor(v) for v in values[years]]
            else:
                cells = [fmt.amount(v) for v in values[years]]
            if last:
                cells += [fmt.amount(float(np.sum(values))), fmt.amount(float(values @ df))] if totals else ["", ""]
            if role == "net":
                bold.append(len(rows) + len(texts))
            texts.append((label, role == "net", cells))
        size = fit_font_size([c for _, _, cells in texts for c in cells], col_w)
        for label, net, cells in texts:
            rows.append([cell(label, "cell_b" if net else "cell")]
                        + [Paragraph(c, sized("cell_br" if net else "cell_r", size)) for c in cells])
        out.append(data_table(rows, [LABEL_WIDTH] + [col_w] * (len(years) + len(extra)), bold_rows=tuple(bold)))
        out.append(Spacer(1, 4))
    return out


def metrics_strip(s: ScenarioResult, fmt: Fmt) -> Flowable:
    lang = fmt.lang
    pairs = [(tr(lang, "npv"), fmt.money(s.npv)), (tr(lang, "roi"), roi_text(s, fmt)),
             (tr(lang, "irr"), irr_text(s, fmt)),
             (tr(lang, "crossover" if s.kind == "cut" else "payback"), fmt.month(s.timing_month)),
             (tr(lang, "breakeven"), breakeven_text(s, fmt))]
    return key_value_table(pairs)


def scenario_flow_section(i: int, s: ScenarioResult, fmt: Fmt) -> list[Flowable]:
    lang = fmt.lang
    heading = para(tr(lang, "h_scenario_n", n=i + 1, name=esc(s.name)) + f" ({tr(lang, s.kind)})", "h2")
    out: list[Flowable] = [heading, para(tr(lang, "amounts_in", currency=esc(fmt.symbol)), "caption")]
    out += flow_table(s, fmt)
    strip = [metrics_strip(s, fmt)]
    if gains_then_loses(s):
        strip.append(para(tr(lang, "irr_reversed_note"), "small"))
    out.append(KeepTogether(strip))
    out.append(Spacer(1, 6))
    return out


def baseline_table(result: ProjectResult, fmt: Fmt) -> Flowable:
    lang = fmt.lang
    b = result.baseline
    cops = b.cost_of_poor_service
    end = b.customers_at_year_end
    pairs = [
        (tr(lang, "customers_start"), fmt.count(result.project.client.customers)),
        (tr(lang, "customers_end"), fmt.count(float(end[-1])) if end.size else "—"),
        (tr(lang, "clv"), tr(lang, "clv_undefined") if b.clv is None else fmt.money(b.clv)),
        (tr(lang, "cops_customers"), fmt.count(cops.customers_lost_per_year)),
        (tr(lang, "cops_revenue"), fmt.money(cops.annual_revenue_lost)),
        (tr(lang, "cops_margin"),
         tr(lang, "clv_undefined") if cops.lifetime_margin_lost is None else fmt.money(cops.lifetime_margin_lost)),
    ]
    return key_value_table(pairs)
