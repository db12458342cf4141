"""The sections of the report, each a function from the report's context to its flowables (heading
included). :mod:`.document` lists them in order: the main part a CFO reads, then the appendix."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from roi_desktop.core import ProjectResult
from roi_desktop.reports.branding import Branding
from roi_desktop.reports.words import text

from .assumptions import client_assumptions, scenario_assumptions
from .charts import leaders, result_charts
from .cover import cover_block
from .formatting import Fmt
from .methodology import disclaimer, methodology_section
from .risk_section import risk_overview, risk_section
from .styles import para
from .summary import page_one, story_section
from .tables import baseline_section, comparison_tables, customers_by_year, scenario_flow_section


@dataclass(frozen=True)
class ReportContext:
    result: ProjectResult
    fmt: Fmt
    risk: object | None
    branding: Branding
    date: dt.date

    @property
    def lang(self) -> str:
        return self.fmt.lang

    @property
    def with_risk(self) -> bool:
        return self.risk is not None and bool(getattr(self.risk, "scenarios", None))


def heading(ctx: ReportContext, key: str, room: float = 160) -> list[Flowable]:
    """A section heading (sent to the outline) that does not stand alone at the foot of a page."""
    return [CondPageBreak(room), h1(text(ctx.lang, key))]


def h1(words: str) -> Paragraph:
    return para(words, "h1")


def summary_page(ctx: ReportContext) -> list[Flowable]:
    """Page one: the cover block, the verdict, the headline comparison and one chart."""
    return cover_block(ctx.result, ctx.fmt, ctx.branding, ctx.date) + [h1(text(ctx.lang, "report.h_summary"))] \
        + page_one(ctx.result, ctx.fmt)


def comparison(ctx: ReportContext) -> list[Flowable]:
    if not ctx.result.scenarios:
        return []
    return heading(ctx, "report.h_comparison", 200) + comparison_tables(ctx.result, ctx.fmt) \
        + story_section(ctx.result, ctx.fmt, ctx.risk if ctx.with_risk else None)


def charts(ctx: ReportContext) -> list[Flowable]:
    if not ctx.result.scenarios:
        return []
    return heading(ctx, "report.h_charts", 200) + result_charts(ctx.result, ctx.fmt,
                                                                cumulative_shown=leaders(ctx.result))


def baseline(ctx: ReportContext) -> list[Flowable]:
    return heading(ctx, "report.h_baseline") + baseline_section(ctx.result, ctx.fmt)


def risk_summary(ctx: ReportContext) -> list[Flowable]:
    if not ctx.with_risk:
        return []
    return heading(ctx, "report.h_risk") + risk_overview(ctx.result, ctx.risk, ctx.fmt)


def appendix_heading(ctx: ReportContext) -> list[Flowable]:
    return [CondPageBreak(230), para(text(ctx.lang, "report.h_appendix"), "h1_appendix"),
            para(text(ctx.lang, "report.appendix_intro"), "caption")]


def yearly_flows(ctx: ReportContext) -> list[Flowable]:
    result = ctx.result
    if not result.scenarios:
        return []
    a = result.project.analysis
    out = heading(ctx, "report.h_flows", 260)
    for i, s in enumerate(result.scenarios):
        out += scenario_flow_section(i, s, ctx.fmt, a.horizon_years, a.discount_rate)
    return out + [para(text(ctx.lang, "report.customers_by_year"), "h3"), customers_by_year(result, ctx.fmt)]


def risk_details(ctx: ReportContext) -> list[Flowable]:
    if not ctx.with_risk:
        return []
    return heading(ctx, "report.h_risk_details", 260) + risk_section(ctx.result, ctx.risk, ctx.fmt)


def assumptions(ctx: ReportContext) -> list[Flowable]:
    project = ctx.result.project
    return heading(ctx, "report.h_assumptions", 300) + client_assumptions(project, ctx.fmt, ctx.branding.company) \
        + scenario_assumptions(project, ctx.fmt)


def methodology(ctx: ReportContext) -> list[Flowable]:
    return heading(ctx, "report.h_methodology", 300) + methodology_section(
        ctx.lang, ctx.result.project.analysis.horizon_years, with_risk=ctx.with_risk)


def notice(ctx: ReportContext) -> list[Flowable]:
    return heading(ctx, "report.h_disclaimer", 120) + disclaimer(ctx.lang)
