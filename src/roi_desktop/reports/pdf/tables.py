"""The figure tables: scenario comparison, yearly flow lines per scenario, the baseline's CLV and
cost of poor service. Amounts are shown to the whole currency unit."""

from __future__ import annotations

import numpy as np
from reportlab.platypus import Flowable, KeepTogether, Spacer

from roi_desktop.core import ProjectResult, ScenarioResult

from reportlab.pdfbase.pdfmetrics import stringWidth

from roi_desktop.reports.verdict_words import irr_text as irr_words
from roi_desktop.reports.words import text
from roi_desktop.reports.words import words as words_of

from . import fonts
from .formatting import Fmt
from .paragraph import Paragraph
from .styles import CONTENT_WIDTH, cell, data_table, esc, fit_font_size, fit_text, key_value_table, para, sized
from .summary import breakeven_figure, roi_figure, timing_words

SCENARIOS_PER_TABLE = 4
LABEL_WIDTH = 116
MIN_YEAR_COL = 42


def irr_text(s: ScenarioResult, fmt: Fmt, discount_rate: float | None = None) -> str:
    """The IRR where it means something, else the engine's reason in words (naming the discount rate)."""
    return irr_words(fmt.lang, s.irr_verdict)


def comparison_tables(result: ProjectResult, fmt: Fmt) -> list[Flowable]:
    """Metrics down the side, scenarios across (at most four per table, so names can wrap)."""
    lang = fmt.lang
    years, rate = result.project.analysis.horizon_years, result.project.analysis.discount_rate
    metrics = [
        ("kind", lambda s: text(lang, s.kind)),
        ("pv_benefits", lambda s: fmt.money(s.pv_benefits)),
        ("pv_costs", lambda s: fmt.money(s.pv_costs)),
        ("npv", lambda s: f"<b>{esc(fmt.money(s.npv))}</b>"),
        ("roi", lambda s: esc(roi_figure(s, fmt))),
        ("irr", lambda s: esc(irr_text(s, fmt, rate))),
        ("timing", lambda s: esc(timing_words(s, fmt, years))),
        ("customers_vs_baseline", lambda s: fmt.signed_count(float(s.customers_vs_baseline[-1]))),
        ("revenue_at_risk", lambda s: fmt.money(s.revenue_at_risk)),
        ("replacement_cost", lambda s: fmt.money(s.replacement_cost)),
        ("breakeven", lambda s: esc(breakeven_figure(s, fmt))),
    ]
    out: list[Flowable] = []
    all_s = list(enumerate(result.scenarios))
    for start in range(0, len(all_s), SCENARIOS_PER_TABLE):
        chunk = all_s[start:start + SCENARIOS_PER_TABLE]
        label_w = 150
        col_w = (CONTENT_WIDTH - label_w) / max(len(chunk), 2)
        header = [cell(text(lang, "report.metric"), "head")]
        # long names are cut to about four lines here; the flows and assumptions print them in full
        header += [cell(esc(fit_text(f"{i + 1}. {s.name}", fonts.BOLD, 8, col_w * 3.6)), "head_r") for i, s in chunk]
        rows = [header]
        for key, value in metrics:
            label = text(lang, "verdict.payback.head" if key == "timing" else f"report.{key}")
            rows.append([cell(label)] + [cell(value(s), "cell_r") for _, s in chunk])
        npv_row = [k for k, _ in metrics].index("npv") + 1
        out += [data_table(rows, [label_w] + [col_w] * len(chunk), bold_rows=(npv_row,)), Spacer(1, 8)]
    return out


def _line_label(line, lang: str) -> str:
    if not line.custom and f"report.{line.key}" in words_of(lang):
        return esc(text(lang, f"report.{line.key}"))
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
        (_line_label(x, lang), x.adjusted, "line", (x.total, x.pv)) for x in s.lines]
    body += [
        (esc(text(lang, "report.benefits_total")), s.benefits, "sum", (s.benefits_total, s.pv_benefits)),
        (esc(text(lang, "report.costs_total")), -s.costs, "sum", (-s.costs_total, -s.pv_costs)),
        (esc(text(lang, "report.net")), s.net, "net", (s.net_total, s.npv)),
        (esc(text(lang, "report.discount_factor")), df, "factor", None),
        (esc(text(lang, "report.pv_net")), s.pv_net, "sum", None),
        (esc(text(lang, "report.cumulative_pv")), s.cumulative_pv, "sum", None),
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
        extra_heads = [text(lang, "report.total"), text(lang, "report.pv")] if last else []
        col_w = (CONTENT_WIDTH - LABEL_WIDTH) / (len(years) + len(extra_heads))
        rows = [[cell(text(lang, "report.line"), "head")] + [cell(text(lang, "year_n", n=y), "head_r") for y in years]
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


def metrics_strip(s: ScenarioResult, fmt: Fmt, years: int, rate: float) -> Flowable:
    lang = fmt.lang
    pairs = [(text(lang, "report.npv"), fmt.money(s.npv)), (text(lang, "report.roi"), roi_figure(s, fmt)),
             (text(lang, "report.irr"), irr_text(s, fmt, rate)),
             (text(lang, "verdict.payback.head"), timing_words(s, fmt, years)),
             (text(lang, "report.breakeven"), breakeven_figure(s, fmt))]
    return key_value_table(pairs)


def scenario_flow_section(i: int, s: ScenarioResult, fmt: Fmt, years: int, rate: float) -> list[Flowable]:
    lang = fmt.lang
    heading = para(text(lang, "report.h_scenario_n", n=i + 1, name=esc(s.name)) + f" ({text(lang, s.kind)})", "h2")
    tables = flow_table(s, fmt)
    strip: list[Flowable] = [metrics_strip(s, fmt, years, rate)]
    # one block per table: the heading stays with the first, the key figures with the last; a block
    # moves whole to the next page when it fits there
    blocks: list[list[Flowable]] = [[t, Spacer(1, 4)] for t in tables]
    blocks[0] = [heading, para(text(lang, "report.amounts_in", currency=esc(fmt.symbol)), "caption")] + blocks[0]
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
    undefined = text(lang, "report.clv_undefined")
    out: list[Flowable] = []
    if b.clv is not None and cops.lifetime_margin_lost is not None:
        out.append(para(text(lang, "report.baseline_reading", clv=esc(fmt.money(b.clv)), n=fmt.count(cops.customers_lost_per_year),
                           revenue=esc(fmt.money(cops.annual_revenue_lost)),
                           margin=esc(fmt.money(cops.lifetime_margin_lost)))))
    pairs = [
        (text(lang, "report.customers_start"), fmt.count(result.project.client.customers)),
        (text(lang, "report.customers_end"), fmt.count(float(end[-1])) if end.size else "—"),
        (text(lang, "report.clv"), undefined if b.clv is None else fmt.money(b.clv)),
        (text(lang, "report.cops_customers"), fmt.count(cops.customers_lost_per_year)),
        (text(lang, "report.cops_revenue"), fmt.money(cops.annual_revenue_lost)),
        (text(lang, "report.cops_margin"), undefined if cops.lifetime_margin_lost is None else fmt.money(cops.lifetime_margin_lost)),
    ]
    out.append(key_value_table(pairs))
    return out


def customers_by_year(result: ProjectResult, fmt: Fmt) -> Flowable:
    lang = fmt.lang
    end = result.baseline.customers_at_year_end
    label_w = 150
    col_w = (CONTENT_WIDTH - label_w) / end.size
    series = [(esc(text(lang, "report.baseline_short")), end)]
    series += [(f"{i + 1}. {esc(s.name)}", s.customers_at_year_end) for i, s in enumerate(result.scenarios)]
    texts = [[fmt.count(float(v)) for v in values] for _, values in series]
    size = fit_font_size([t for row in texts for t in row], col_w, bold=False)
    rows = [[cell(text(lang, "report.scenario_col"), "head")] + [cell(text(lang, "year_n", n=y + 1), "head_r")
                                                       for y in range(end.size)]]
    for (label, _), row in zip(series, texts):
        rows.append([cell(label)] + [Paragraph(t, sized("cell_r", size)) for t in row])
    return data_table(rows, [label_w] + [col_w] * end.size, zebra=True)
