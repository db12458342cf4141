"""Page one and the story: the verdict in one sentence, the headline comparison (NPV, ROI, payback in
words, break-even) and one chart; then one short paragraph per scenario. Every figure comes from the
engine's result and is formatted once (:class:`.formatting.Fmt`, :mod:`roi_desktop.reports.verdict_words`,
:func:`roi_desktop.reports.risk_text.breakeven_figure`), so table and sentence show the same string."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from roi_desktop.core import ProjectResult, ScenarioResult
from roi_desktop.reports import risk_text
from roi_desktop.reports.verdict_words import payback_text
from roi_desktop.reports.words import text

from . import fonts
from .charts import cumulative_chart, leaders
from .formatting import Fmt
from .styles import CONTENT_WIDTH, cell, data_table, esc, fit_text, para

HEADLINE_ROWS = 8  # up to this many scenarios page one has the full headline table; beyond, NPVs in a grid


def quoted(name: str, lang: str) -> str:
    return text(lang, "story.quoted", name=esc(name))


def roi_figure(s: ScenarioResult, fmt: Fmt) -> str:
    return text(fmt.lang, "report.no_roi") if s.roi is None else fmt.percent(s.roi)


def breakeven_figure(s: ScenarioResult, fmt: Fmt) -> str:
    shown = risk_text.breakeven_figure(s.breakeven_churn_change_pp, fmt.lang)
    return text(fmt.lang, "report.no_breakeven_short") if shown is None else shown


def timing_words(s: ScenarioResult, fmt: Fmt, years: int | None = None) -> str:
    """The engine's payback basis in words (``years`` is taken from the engine's result)."""
    return payback_text(fmt.lang, s.timing)


def breakeven_sentence(s: ScenarioResult, fmt: Fmt) -> str:
    """Markup: the product's break-even sentence, then the churn change the consultant assumed."""
    sentence = esc(risk_text.breakeven_sentence(s, fmt.lang))
    if s.breakeven_churn_change_pp is not None:
        sentence += " " + text(fmt.lang, "story.assumed", x=fmt.pp(s.scenario.churn_change_pp)).replace("..", ".")
    return sentence


def verdict(result: ProjectResult, fmt: Fmt) -> str:
    """The answer in one sentence (markup)."""
    lang, years = fmt.lang, result.project.analysis.horizon_years
    if not result.scenarios:
        return text(lang, "story.verdict.no_scenarios")
    horizon = text(lang, "story.over_years", n=years)

    def npv(s: ScenarioResult) -> str:
        return f"<b>{esc(fmt.money(s.npv))}</b>"

    i_cut, i_inv = result.best_index("cut"), result.best_index("investment")
    best = max(result.scenarios, key=lambda s: s.npv)
    if i_cut is not None and i_inv is not None and best.npv >= 0:
        cut, inv = result.scenarios[i_cut], result.scenarios[i_inv]
        key = "story.verdict.investment_wins" if inv.npv >= cut.npv else "story.verdict.cut_wins"
        return text(lang, key, inv=quoted(inv.name, lang), inv_npv=npv(inv), cut=quoted(cut.name, lang),
                    cut_npv=npv(cut), horizon=horizon)
    key = "story.verdict.best_only" if best.npv >= 0 else "story.verdict.best_only_negative"
    return text(lang, key, best=quoted(best.name, lang), npv=npv(best), horizon=horizon)


def headline_table(result: ProjectResult, fmt: Fmt) -> Flowable:
    """Scenario, kind, NPV, ROI, payback in words and break-even: one row per scenario."""
    lang, years = fmt.lang, result.project.analysis.horizon_years

    def fit(values: list[str]) -> float:  # a column as wide as its widest figure (figures never wrap)
        return max(stringWidth(v, fonts.BOLD, 8) for v in values) + 10

    npv_w = min(120.0, max(56.0, fit([fmt.money(s.npv) for s in result.scenarios])))
    roi_w = min(70.0, max(40.0, fit([roi_figure(s, fmt) for s in result.scenarios])))
    be_w = min(90.0, max(74.0, fit([breakeven_figure(s, fmt) for s in result.scenarios])))
    timing_w = 104.0
    name_w = CONTENT_WIDTH - 54 - npv_w - roi_w - be_w - timing_w
    widths = [name_w, 54, npv_w, roi_w, timing_w, be_w]
    rows = [[cell(text(lang, "story.scenario"), "head"), cell(text(lang, "report.kind"), "head"),
             cell(text(lang, "report.npv_short"), "head_r"), cell(text(lang, "report.roi"), "head_r"),
             cell(text(lang, "verdict.payback.head"), "head"), cell(text(lang, "report.breakeven_short"), "head_r")]]
    for i, s in enumerate(result.scenarios):
        rows.append([cell(f"{i + 1}. {esc(s.name)}"), cell(text(lang, s.kind)),
                     cell(f"<b>{esc(fmt.money(s.npv))}</b>", "cell_r"), cell(esc(roi_figure(s, fmt)), "cell_r"),
                     cell(esc(timing_words(s, fmt, years))), cell(esc(breakeven_figure(s, fmt)), "cell_r")])
    return data_table(rows, widths, zebra=True)


def npv_grid(result: ProjectResult, fmt: Fmt) -> Flowable:
    """Every scenario's NPV in a compact grid (many scenarios): names cut to one line, the full names and
    the other figures follow in the comparison."""
    columns = 2 if len(result.scenarios) <= 30 else 3
    col_w = CONTENT_WIDTH / columns
    money = [fmt.money(s.npv) for s in result.scenarios]
    value_w = max(56.0, fit_text_width(money) + 8)
    size = 7.0
    names = [fit_text(f"{i + 1}. {s.name}", fonts.REGULAR, 8, col_w - value_w - 12)
             for i, s in enumerate(result.scenarios)]
    per_column = -(-len(names) // columns)
    rows = []
    for r in range(per_column):
        row: list[object] = []
        for c in range(columns):
            k = c * per_column + r
            row += [cell(esc(names[k]), "cell"), cell(f"<b>{esc(money[k])}</b>", "cell_r")] if k < len(names) \
                else ["", ""]
        rows.append(row)
    head: list[object] = []
    for _ in range(columns):
        head += [cell(text(fmt.lang, "story.scenario"), "head"), cell(text(fmt.lang, "report.npv_short"), "head_r")]
    table = data_table([head] + rows, [col_w - value_w, value_w] * columns)
    table.setStyle([("FONTSIZE", (0, 0), (-1, -1), size), ("TOPPADDING", (0, 1), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 1)])
    return table


def fit_text_width(texts: list[str]) -> float:
    return max((stringWidth(t, fonts.BOLD, 8) for t in texts), default=0.0)


def page_one(result: ProjectResult, fmt: Fmt) -> list[Flowable]:
    """After the cover block: the verdict, the headline comparison and one chart, sized to end the page."""
    lang, years = fmt.lang, result.project.analysis.horizon_years
    out: list[Flowable] = [para(verdict(result, fmt), "lead")]
    if not result.scenarios:
        return out
    out.append(headline_table(result, fmt) if len(result.scenarios) <= HEADLINE_ROWS else npv_grid(result, fmt))
    out += [para(text(lang, "story.basis", n=years), "caption"), Spacer(1, 2)]
    shown = leaders(result)
    out += [para(text(lang, "report.chart_cumulative"), "h3_chart")]
    out += cumulative_chart(result, fmt, shown, min_height=90, max_height=330)
    if len(shown) < len(result.scenarios):
        out.append(para(text(lang, "story.chart_leaders", n=len(shown), total=len(result.scenarios)), "caption"))
    return out


def scenario_paragraph(s: ScenarioResult, fmt: Fmt, years: int) -> str:
    lang = fmt.lang
    parts = [text(lang, f"story.scenario.{s.kind}", name=quoted(s.name, lang), benefits=esc(fmt.money(s.pv_benefits)),
                  costs=esc(fmt.money(s.pv_costs)), npv=f"<b>{esc(fmt.money(s.npv))}</b>", roi=esc(roi_figure(s, fmt)))]
    timing = timing_words(s, fmt, years)
    parts.append(text(lang, "story.timing", timing=esc(timing[:1].upper() + timing[1:])))
    diff = float(s.customers_vs_baseline[-1])
    after = text(lang, "story.after_years", n=years)
    after = after[:1].upper() + after[1:]
    if round(diff) < 0:
        parts.append(text(lang, "story.lost", After=after, n=round(-diff), shown=fmt.count(-diff),
                          revenue=esc(fmt.money(s.revenue_at_risk))))
    elif round(diff) > 0:
        parts.append(text(lang, "story.kept", After=after, n=round(diff), shown=fmt.count(diff)))
    parts.append(breakeven_sentence(s, fmt))
    return " ".join(parts)


def story_section(result: ProjectResult, fmt: Fmt, risk=None) -> list[Flowable]:
    """One paragraph per scenario, the cost of poor service today, and the Monte Carlo comparison."""
    lang, years = fmt.lang, result.project.analysis.horizon_years
    out: list[Flowable] = [para(scenario_paragraph(s, fmt, years), "bullet", bullet="•") for s in result.scenarios]
    cops = result.baseline.cost_of_poor_service
    if cops.customers_lost_per_year > 0:
        margin = fmt.money(cops.lifetime_margin_lost) if cops.lifetime_margin_lost is not None else "—"
        out.append(para(esc(text(lang, "story.cops", n=round(cops.customers_lost_per_year),
                                 shown=fmt.count(cops.customers_lost_per_year),
                                 revenue=fmt.money(cops.annual_revenue_lost), margin=margin))))
    beats = risk_text.comparison_sentence(risk, lang) if risk is not None else None
    if beats:
        out.append(para(esc(beats)))
    return out
