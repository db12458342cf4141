"""The figure tables: scenario comparison, yearly flow lines per scenario, the baseline's CLV and
cost of poor service. Amounts are shown to the whole currency unit."""

from __future__ import annotations

import numpy as np
from reportlab.platypus import Flowable, KeepTogether, Spacer

from roi_desktop.core import ProjectResult, ScenarioResult

from .formatting import Fmt
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from . import fonts
from .styles import CONTENT_WIDTH, cell, data_table, esc, fit_font_size, key_value_table, para, sized
from .texts import has, tr

SCENARIOS_PER_TABLE = 4
LABEL_WIDTH = 116
MIN_YEAR_COL = 42


def irr_text(s: ScenarioResult, fmt: Fmt) -> str:
    return fmt.percent(s.irr_verdict.rate) if s.irr_verdict.shown else tr(fmt.lang, "no_irr")


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
    """The engine's verdict: gains come first, so IRR reads the other way round."""
    return s.irr_verdict.code == "gains_first"


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


def _year_chunks(years: int, widest_em: float) -> list[list[int]]:
    """Split Year 0..T into as few tables as keep every figure at a readable size (7 pt bold or more), with
    balanced widths; the last table also holds the total and present-value columns.

    >>> _year_chunks(3, 6.4)  # '−4 303 076' is 6.4 em wide in DejaVu Sans Bold
    [[0, 1, 2, 3]]
    >>> _year_chunks(5, 6.5), _year_chunks(10, 7.2)
    ([[0, 1, 2, 3], [4, 5]], [[0, 1, 2, 3, 4], [5, 6, 7, 8], [9, 10]])
    """
    need = max(MIN_YEAR_COL, widest_em * 7 + 9)
    per_table = max(3, int((CONTENT_WIDTH - LABEL_WIDTH) // need))
    tokens: list[int | None] = list(range(years + 1)) + [None, None]  # None: total and PV columns
    tables = -(-len(tokens) // per_table)
    base, rest = divmod(len(tokens), tables)
    chunks, start = [], 0
    for t in range(tables):
        size = base + (1 if t < rest else 0)
        chunks.append([y for y in tokens[start:start + size] if y is not None])
        start += size
    return chunks


def flow_table(s: ScenarioResult, fmt: Fmt) -> list[Flowable]:
    """Years 0..T of every risk-adjusted line, totals, discount factors and present values."""
    lang = fmt.lang
    df = s.discount_factors
    # (label markup, values, row role, (total, present value) from the engine or None)
    body: list[tuple[str, np.ndarray, str, tuple[float, float] | None]] = [
        (_line_label(l, lang), l.adjusted, "line", (l.total, l.pv)) for l in s.lines]
    body += [
        (esc(tr(lang, "benefits_total")), s.benefits, "sum", (s.benefits_total, s.pv_benefits)),
        (esc(tr(lang, "costs_total")), -s.costs, "sum", (-s.costs_total, -s.pv_costs)),
        (esc(tr(lang, "net")), s.net, "net", (s.net_total, s.npv)),
        (esc(tr(lang, "discount_factor")), df, "factor", None),
        (esc(tr(lang, "pv_net")), s.pv_net, "sum", None),
        (esc(tr(lang, "cumulative_pv")), s.cumulative_pv, "sum", None),
    ]
    # every row's cells for all years, then the total and present value
    rows_text = []
    for label, values, role, totals in body:
        cells = [fmt.factor(v) if role == "factor" else fmt.amount(v) for v in values]
        extra = [fmt.amount(totals[0]), fmt.amount(totals[1])] if totals else ["", ""]
        rows_text.append((label, role == "net", cells, extra))
    widest = max(stringWidth(t, fonts.BOLD, 1.0) for _, _, cells, extra in rows_text for t in cells + extra)
    chunks = _year_chunks(len(df) - 1, widest)
    out: list[Flowable] = []
    for n, years in enumerate(chunks):
        last = n == len(chunks) - 1
        extra_heads = [tr(lang, "total"), tr(lang, "pv")] if last else []
        col_w = (CONTENT_WIDTH - LABEL_WIDTH) / (len(years) + len(extra_heads))
        rows = [[cell(tr(lang, "line"), "head")] + [cell(tr(lang, "year_n", n=y), "head_r") for y in years]
                + [cell(x, "head_r") for x in extra_heads]]
        table_cells = [[cells[y] for y in years] + (extra if last else []) for _, _, cells, extra in rows_text]
        size = fit_font_size([t for row in table_cells for t in row], col_w)
        bold = []
        for (label, net, _, _), row in zip(rows_text, table_cells):
            if net:
                bold.append(len(rows))
            rows.append([cell(label, "cell_b" if net else "cell")]
                        + [Paragraph(t, sized("cell_br" if net else "cell_r", size)) for t in row])
        table = data_table(rows, [LABEL_WIDTH] + [col_w] * (len(years) + len(extra_heads)), bold_rows=tuple(bold))
        out.append(table)
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
    tables = flow_table(s, fmt)
    strip: list[Flowable] = [metrics_strip(s, fmt)]
    if gains_then_loses(s):
        strip.append(para(tr(lang, "irr_reversed_note"), "small"))
    # one block per table: the heading stays with the first, the key figures with the last; a block
    # moves whole to the next page when it fits there
    blocks: list[list[Flowable]] = [[t, Spacer(1, 4)] for t in tables]
    blocks[0] = [heading, para(tr(lang, "amounts_in", currency=esc(fmt.symbol)), "caption")] + blocks[0]
    blocks[-1] += strip
    out: list[Flowable] = [KeepTogether(b) for b in blocks]
    out.append(Spacer(1, 6))
    return out


def baseline_section(result: ProjectResult, fmt: Fmt) -> list[Flowable]:
    """CLV and the cost of poor service in words and figures, and customers by year end."""
    lang = fmt.lang
    b = result.baseline
    cops = b.cost_of_poor_service
    end = b.customers_at_year_end
    undefined = tr(lang, "clv_undefined")
    out: list[Flowable] = []
    if b.clv is not None and cops.lifetime_margin_lost is not None:
        out.append(para(tr(lang, "baseline_reading", clv=esc(fmt.money(b.clv)), n=fmt.count(cops.customers_lost_per_year),
                           revenue=esc(fmt.money_short(cops.annual_revenue_lost)),
                           margin=esc(fmt.money_short(cops.lifetime_margin_lost)))))
    pairs = [
        (tr(lang, "customers_start"), fmt.count(result.project.client.customers)),
        (tr(lang, "customers_end"), fmt.count(float(end[-1])) if end.size else "—"),
        (tr(lang, "clv"), undefined if b.clv is None else fmt.money(b.clv)),
        (tr(lang, "cops_customers"), fmt.count(cops.customers_lost_per_year)),
        (tr(lang, "cops_revenue"), fmt.money(cops.annual_revenue_lost)),
        (tr(lang, "cops_margin"), undefined if cops.lifetime_margin_lost is None else fmt.money(cops.lifetime_margin_lost)),
    ]
    out.append(key_value_table(pairs))
    if result.scenarios and end.size:
        out += [para(tr(lang, "customers_by_year"), "h3"), customers_by_year(result, fmt)]
    return out


def customers_by_year(result: ProjectResult, fmt: Fmt) -> Flowable:
    lang = fmt.lang
    end = result.baseline.customers_at_year_end
    label_w = 150
    col_w = (CONTENT_WIDTH - label_w) / end.size
    series = [(esc(tr(lang, "baseline_short")), end)]
    series += [(f"{i + 1}. {esc(s.name)}", s.customers_at_year_end) for i, s in enumerate(result.scenarios)]
    texts = [[fmt.count(float(v)) for v in values] for _, values in series]
    size = fit_font_size([t for row in texts for t in row], col_w, bold=False)
    rows = [[cell(tr(lang, "scenario_col"), "head")] + [cell(tr(lang, "year_n", n=y + 1), "head_r")
                                                       for y in range(end.size)]]
    for (label, _), row in zip(series, texts):
        rows.append([cell(label)] + [Paragraph(t, sized("cell_r", size)) for t in row])
    return data_table(rows, [label_w] + [col_w] * end.size, zebra=True)
