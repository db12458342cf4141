"""The context slides: customer value and the cost of poor service, the assumptions, method and sources,
and the value-realisation slide when the project tracks actuals."""

from __future__ import annotations

from pptx.util import Pt


from . import charts
from .context import ROWS_PER_TABLE, Deck
from .layout import INCH, Box, add_table, add_text, fill_body, table_chunks


def clv_slide(deck: Deck) -> None:
    fmt, w = deck.fmt, deck.w
    baseline = deck.result.baseline
    cops = baseline.cost_of_poor_service
    slide, box = deck.maker.new_slide("title_only", w("deck.h_clv"))
    figures_box, text_box = box.split(0.45)
    clv = fmt.money(baseline.clv) if baseline.clv is not None else deck.w("report.clv_undefined")
    margin = fmt.money(cops.lifetime_margin_lost) if cops.lifetime_margin_lost is not None else "—"
    figures = [(w("deck.clv"), clv), (w("deck.cops_customers"), fmt.count(cops.customers_lost_per_year)),
               (w("deck.cops_revenue"), fmt.money(cops.annual_revenue_lost)), (w("deck.cops_margin"), margin)]
    width = figures_box.width // len(figures)
    for k, (label, value) in enumerate(figures):
        cell = Box(figures_box.left + k * width, figures_box.top, width - INCH // 8, figures_box.height)
        shape = add_text(slide, cell, [value, label], 28 if len(value) <= 10 else 22 if len(value) <= 13 else 18, bold_first=True, spacing=4)
        runs = shape.text_frame.paragraphs[1].runs
        for run in runs:
            run.font.size = Pt(14)
    reading = deck.w("report.baseline_reading", clv=clv, n=fmt.count(cops.customers_lost_per_year),
                      revenue=fmt.money(cops.annual_revenue_lost), margin=margin)
    add_text(slide, text_box, [reading, w("deck.genesys"), w("deck.genesys_pl")], 14, spacing=6)
    deck.maker.finish(slide, reading)


def _client_rows(deck: Deck) -> list[list[str]]:
    fmt, c, a = deck.fmt, deck.project.client, deck.project.analysis
    return [
        [deck.w("field.customers"), fmt.count(c.customers)],
        [deck.w("field.annual_revenue_per_customer"), fmt.money(c.annual_revenue_per_customer)],
        [deck.w("field.gross_margin"), fmt.percent(c.gross_margin)],
        [deck.w("field.annual_churn_rate"), fmt.percent(c.annual_churn_rate)],
        [deck.w("field.annual_new_customers"), fmt.count(c.annual_new_customers)],
        [deck.w("field.acquisition_cost"), fmt.money(c.acquisition_cost)],
        [deck.w("field.annual_service_spend"), fmt.money(c.annual_service_spend)],
        [deck.w("field.service_churn_share"), fmt.percent(c.service_churn_share)],
        [deck.w("field.horizon_years"), deck.w("years_count", n=a.horizon_years)],
        [deck.w("field.discount_rate"), fmt.percent(a.discount_rate)],
    ]


def _churn_range(deck: Deck, s) -> str:
    fmt = deck.fmt
    low, high = s.churn_change_low_pp, s.churn_change_high_pp
    point = fmt.pp(s.churn_change_pp, 2)
    if low is None and high is None:
        return point
    lo = fmt.pp(low if low is not None else s.churn_change_pp, 2)
    hi = fmt.pp(high if high is not None else s.churn_change_pp, 2)
    return f"{point} ({lo} … {hi})"


def assumptions_slides(deck: Deck) -> None:
    fmt, w = deck.fmt, deck.w
    c = deck.project.client
    slide, box = deck.maker.new_slide("title_only", w("deck.h_assumptions"))
    add_table(slide, box, [deck.w("report.field"), deck.w("report.value")], _client_rows(deck), widths=[3, 1.6], size=12)
    deck.maker.finish(slide, w("deck.client_notes", notes=c.notes) if c.notes.strip() else "")
    if not deck.scenarios:
        return
    header = [deck.w("report.scenario_col"), deck.w("field.service_spend_change"), deck.w("field.one_off_cost"),
              deck.w("field.extra_annual_cost"), deck.w("field.churn_change_pp"), deck.w("field.ramp_months"),
              deck.w("field.benefit_risk") + " / " + deck.w("field.cost_risk")]
    widths = [2.6, 1.3, 1.4, 1.4, 1.9, 1.1, 1.3]
    all_rows, all_notes = [], []
    for i, result in enumerate(deck.scenarios):
        s = result.scenario
        all_rows.append([deck.label(i), fmt.signed_percent(s.service_spend_change), fmt.money(s.one_off_cost),
                         fmt.money(s.extra_annual_cost), _churn_range(deck, s), fmt.count(s.ramp_months),
                         f"{fmt.percent(s.benefit_risk, 0)} / {fmt.percent(s.cost_risk, 0)}"])
        all_notes.append(w("deck.scenario_notes", name=deck.label(i), notes=s.notes) if s.notes.strip() else "")
    parts = table_chunks(all_rows, widths, deck.maker.table_room, 11, ROWS_PER_TABLE)
    for n, part in enumerate(parts, 1):
        slide, box = deck.maker.new_slide("title_only", deck.titled(w("deck.h_scenario_assumptions"), n, len(parts)))
        add_table(slide, box, header, [all_rows[i] for i in part], widths=widths, size=11, right_from=1)
        deck.maker.finish(slide, "\n\n".join(all_notes[i] for i in part if all_notes[i]))


def method_slide(deck: Deck) -> None:
    fmt, w, a = deck.fmt, deck.w, deck.project.analysis
    slide, box = deck.maker.new_slide("content", w("deck.h_method"))
    lines = [w("deck.method_model", over=deck.over_horizon, rate=fmt.percent(a.discount_rate)), w("deck.method_tei"),
             w("deck.method_clv"), w("deck.method_risk", trials=fmt.count(deck.risk.trials if deck.risk else a.trials),
                                     seed=str(a.seed)),
             w("deck.genesys"), w("deck.reichheld"), w("deck.method_sqm"), w("deck.method_tool")]
    body = deck.maker.body_placeholder(slide)
    if body is not None:
        fill_body(body, lines, 13)
    else:
        add_text(slide, box, lines, 13, spacing=4)
    deck.maker.finish(slide, "\n".join(lines))


def realisation_slide(deck: Deck, tracking: dict) -> None:
    """Plan against actuals (issue 14): customers at month end for the plan, the actuals so far and the
    baseline, as a native line chart, and the status in one sentence. ``tracking`` is
    :func:`roi_desktop.reports.tracking_text.slide_text` (the figures and words of value realisation)."""
    labels = tracking["labels"]
    slide, box = deck.maker.new_slide("title_only", tracking["title"])
    chart_box, caption_box = box.split(0.82)
    plan = tracking["plan_path"]  # months 0..M
    actual = [float(deck.project.client.customers)] + list(tracking["actual_customers"])
    actual += [None] * (len(plan) - len(actual))
    series = [(labels["plan"], plan, _style(0)), (labels["actual"], actual, _style(1)),
              (labels["baseline"], tracking["baseline_path"], None)]
    charts.line_chart(slide, chart_box, list(range(len(plan))), series, charts.COUNT_FORMAT,
                      category_title=labels["month"], label_every=12 if len(plan) > 25 else 3)
    add_text(slide, caption_box, [tracking["sentence"]], 16)
    rows = "\n".join(" · ".join(row) for row in tracking["rows"])
    deck.maker.finish(slide, tracking["sentence"] + ("\n\n" + rows if rows else ""))


def _style(i: int):
    from roi_desktop.reports.palette import scenario_style
    return scenario_style(i)
