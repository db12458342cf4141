"""The two-page leave-behind (A4) a consultant hands the CFO at the end: ``write_summary_pdf(...)``.

Page 1: the verdict, the scenarios compared and the cumulative cash flow. Page 2: the risk picture,
what poor service already costs, the key assumptions and the consultant's contact. The same engine
figures, words and fonts (DejaVu, embedded) as the report. Each page's content is fitted into its page
(shrunk when a project has many scenarios), so the document always has exactly two pages.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepInFrame, PageBreak, PageTemplate, Spacer,
                                Table)

from roi_desktop.atomic import write_bytes_atomically
from roi_desktop.core import ProjectResult
from roi_desktop.reports import numbers, risk_text
from roi_desktop.reports.branding import Branding
from roi_desktop.reports.verdict import cost_of_poor_service_sentence
from roi_desktop.reports.words import words

from .pdf import fonts
from .pdf.cover import logo_image
from .pdf.formatting import Fmt
from .pdf.styles import (CONTENT_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, PAGE_HEIGHT, PAGE_WIDTH, RULE,
                         cell, data_table, esc, para)
from .pdf.summary import page_one
from .words import LANGUAGES

FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM


def _page(story: list[Flowable]) -> KeepInFrame:
    return KeepInFrame(CONTENT_WIDTH, FRAME_HEIGHT, story, mode="shrink")


def _header(result: ProjectResult, lang: str, date: dt.date) -> list[Flowable]:
    w = words(lang)
    client = result.project.client
    title = w("deck.lb_title")
    sub = " · ".join(x for x in (client.name, client.industry, numbers.date(date, lang)) if x)
    return [para(esc(title), "h1_plain"), para(esc(sub), "subtitle")]


def first_page(result: ProjectResult, fmt: Fmt, date: dt.date) -> list[Flowable]:
    """The header, then the PDF report's page one: the same verdict, headline table, caption and chart."""
    return _header(result, fmt.lang, date) + page_one(result, fmt)


def _risk_table(result: ProjectResult, risk, fmt: Fmt) -> Table:
    w = words(fmt.lang)
    rows = [[cell(esc(w("report.scenario_col")), "head"), cell(esc(w("report.p10")), "head_r"),
             cell(esc(w("report.p50")), "head_r"), cell(esc(w("report.p90")), "head_r"),
             cell(esc(w("report.prob_positive")), "head_r")]]
    for i, (s, r) in enumerate(zip(result.scenarios, risk.scenarios)):
        mc = r.monte_carlo
        rows.append([cell(f"{i + 1}. {esc(s.name)}"), cell(esc(fmt.money(mc.p10)), "cell_r"),
                     cell(esc(fmt.money(mc.p50)), "cell_r"), cell(esc(fmt.money(mc.p90)), "cell_r"),
                     cell(esc(fmt.percent(mc.prob_positive, 0)), "cell_r")])
    return data_table(rows, [CONTENT_WIDTH - 4 * 82, 82, 82, 82, 82], zebra=True)


def _assumption_pairs(result: ProjectResult, fmt: Fmt) -> list[tuple[str, str]]:
    c, a, w = result.project.client, result.project.analysis, words(fmt.lang)
    return [
        (w("field.customers"), fmt.count(c.customers)),
        (w("field.annual_revenue_per_customer"), fmt.money(c.annual_revenue_per_customer)),
        (w("field.gross_margin"), fmt.percent(c.gross_margin)),
        (w("field.annual_churn_rate"), fmt.percent(c.annual_churn_rate)),
        (w("field.annual_service_spend"), fmt.money(c.annual_service_spend)),
        (w("field.service_churn_share"), fmt.percent(c.service_churn_share)),
        (w("field.horizon_years"), w("years_count", n=a.horizon_years)),
        (w("field.discount_rate"), fmt.percent(a.discount_rate)),
    ]


def _pairs_table(pairs: list[tuple[str, str]]) -> Table:
    half = (len(pairs) + 1) // 2
    rows = []
    for k in range(half):
        row: list[object] = [cell(esc(pairs[k][0])), cell(esc(pairs[k][1]), "cell_r")]
        if k + half < len(pairs):
            row += [cell(esc(pairs[k + half][0])), cell(esc(pairs[k + half][1]), "cell_r")]
        else:
            row += ["", ""]
        rows.append(row)
    quarter = CONTENT_WIDTH / 4
    return data_table(rows, [quarter * 1.35, quarter * 0.65] * 2, header_rows=0, zebra=True)


def _scenario_assumptions(result: ProjectResult, fmt: Fmt) -> Table:
    w = words(fmt.lang)
    rows = [[cell(esc(w("report.scenario_col")), "head"), cell(esc(w("field.service_spend_change")), "head_r"),
             cell(esc(w("field.one_off_cost")), "head_r"), cell(esc(w("field.extra_annual_cost")), "head_r"),
             cell(esc(w("field.churn_change_pp")), "head_r")]]
    for i, s in enumerate(result.project.scenarios):
        rows.append([cell(f"{i + 1}. {esc(s.name)}"), cell(esc(fmt.signed_percent(s.service_spend_change)), "cell_r"),
                     cell(esc(fmt.money(s.one_off_cost)), "cell_r"), cell(esc(fmt.money(s.extra_annual_cost)), "cell_r"),
                     cell(esc(fmt.pp(s.churn_change_pp, 2)), "cell_r")])
    return data_table(rows, [CONTENT_WIDTH - 4 * 80, 80, 80, 80, 80], zebra=True)


def second_page(result: ProjectResult, risk, fmt: Fmt, branding: Branding) -> list[Flowable]:
    lang, w = fmt.lang, words(fmt.lang)
    out: list[Flowable] = []
    if risk is not None and result.scenarios and len(risk.scenarios) == len(result.scenarios):
        out += [para(esc(w("deck.lb_risk")), "h2"), _risk_table(result, risk, fmt),
                para(esc(w("deck.percentiles_caption", trials=fmt.count(risk.trials))), "caption")]
        beats = risk_text.comparison_sentence(risk, lang)
        if beats:
            out.append(para(esc(beats)))
    out.append(para(esc(w("deck.lb_cops")), "h2"))
    baseline = result.baseline
    cops = baseline.cost_of_poor_service
    clv = fmt.money(baseline.clv) if baseline.clv is not None else w("report.clv_undefined")
    margin = fmt.money(cops.lifetime_margin_lost) if cops.lifetime_margin_lost is not None else "—"
    out.append(_pairs_table([(w("deck.clv"), clv), (w("deck.cops_customers"), fmt.count(cops.customers_lost_per_year)),
                             (w("deck.cops_revenue"), fmt.money(cops.annual_revenue_lost)),
                             (w("deck.cops_margin"), margin)]))
    sentence = cost_of_poor_service_sentence(result, lang)
    if sentence:
        out += [Spacer(1, 4), para(esc(sentence))]
    out.append(para(esc(w("deck.genesys")), "small"))
    out += [para(esc(w("deck.lb_assumptions")), "h2"), _pairs_table(_assumption_pairs(result, fmt))]
    if result.scenarios:
        out += [Spacer(1, 6), _scenario_assumptions(result, fmt)]
    out += [para(esc(w("deck.lb_contact")), "h2")] + _contact(result, branding)
    out.append(para(esc(w("deck.lb_full_report")), "small"))
    return out


def _contact(result: ProjectResult, branding: Branding) -> list[Flowable]:
    name = result.project.report.consultant.strip() or branding.consultant.strip()
    lines = [x for x in (name, branding.company.strip()) if x] + [x.strip() for x in branding.contact.splitlines()
                                                                   if x.strip()]
    out: list[Flowable] = [para("<br/>".join(esc(x) for x in lines) or "—")]
    logo = logo_image(branding.logo_path)
    if logo is not None:
        out.insert(0, logo)
    return out


def render_summary_pdf(result: ProjectResult, *, lang: str, risk=None, branding: Branding | None = None,
                       date: dt.date | None = None) -> bytes:
    """The leave-behind as PDF bytes: always exactly two A4 pages."""
    if lang not in LANGUAGES:
        raise ValueError(f"leave-behind language must be one of {', '.join(LANGUAGES)}, got {lang!r}")
    fonts.register_fonts()
    branding = branding or Branding()
    date = date or dt.date.today()
    fmt = Fmt(lang, result.project.analysis.currency)
    w = words(lang)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=w("deck.lb_title"),
                          author=result.project.report.consultant or branding.consultant,
                          subject=result.project.client.name, creator="roi-desktop", initialFontName=fonts.REGULAR,
                          initialFontSize=9)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, FRAME_HEIGHT, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        y = MARGIN_BOTTOM - 18
        canvas.line(MARGIN_X, y + 11, PAGE_WIDTH - MARGIN_X, y + 11)
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, y, f"{result.project.client.name} · {numbers.date(date, lang)}"[:120])
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, w("deck.lb_page", page=canvas.getPageNumber()))
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=footer)])
    story = [_page(first_page(result, fmt, date)), PageBreak(), _page(second_page(result, risk, fmt, branding))]
    doc.build(story)
    return buffer.getvalue()


def write_summary_pdf(result: ProjectResult, path: str | os.PathLike, *, lang: str, risk=None,
                      branding: Branding | None = None) -> Path:
    """Write the two-page leave-behind to ``path`` (atomically); returns the path."""
    return write_bytes_atomically(path, render_summary_pdf(result, lang=lang, risk=risk, branding=branding))
