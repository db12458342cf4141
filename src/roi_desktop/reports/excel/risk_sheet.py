"""The Risk sheet: numbers a spreadsheet cannot compute with formulas (the break-even solve, the tornado
and the Monte Carlo simulation), written as labelled static values computed by roi-desktop."""

from __future__ import annotations

from roi_desktop.core.fields import ANALYSIS_FIELDS, CLIENT_FIELDS, SCENARIO_FIELDS
from roi_desktop.core.results import ProjectResult
from roi_desktop.reports.field_words import field_label

from . import cells
from .inputs_sheet import number_format
from .labels import text


def value_format(input_path: str, currency: str, lang: str) -> str:
    """Number format for a tornado input given by its file-format path (``client.gross_margin``)."""
    field = input_path.rsplit(".", 1)[-1]
    spec = CLIENT_FIELDS.get(field) or SCENARIO_FIELDS.get(field) or ANALYSIS_FIELDS.get(field)
    return number_format(spec, currency, lang) if spec else "General"


def build_risk(wb, title: str, result: ProjectResult, risk, lang: str) -> None:
    """``risk`` is a RiskResult (roi_desktop.core.risk) or None: then only the break-even is written."""
    ws = wb.create_sheet(title)
    cur = result.project.analysis.currency
    money = cells.money_format(cur)
    pp = cells.pp_format(lang)
    computed = f"({text(lang, 'computed')})"
    cells.put_label(ws, "A1", text(lang, "title.risk"), font=cells.TITLE_FONT)
    cells.put_label(ws, "A2", text(lang, "static_note"), font=cells.NOTE_FONT)

    row = 4
    cells.put_label(ws, f"A{row}", f"{text(lang, 'breakeven')} {computed}", font=cells.SECTION_FONT)
    row += 1
    for i, s in enumerate(result.scenarios, start=1):
        cells.put_text(ws, f"A{row}", f"{i}. {s.name}")
        value = s.breakeven_churn_change_pp
        if value is None:
            cells.put_label(ws, f"B{row}", text(lang, "none")).fill = cells.STATIC_FILL
        else:
            cells.put_number(ws, f"B{row}", value, pp, fill=cells.STATIC_FILL)
        row += 1
    if risk is None:
        _widths(ws)
        return

    by_name = {r.name: r for r in risk.scenarios}
    row += 1
    cells.put_label(ws, f"A{row}", f"{text(lang, 'monte_carlo')} {computed}", font=cells.SECTION_FONT)
    row += 1
    cells.header_row(ws, row, 1, ["", text(lang, "p10"), text(lang, "p50"), text(lang, "p90"),
                                  text(lang, "prob_positive"), text(lang, "trials")])
    row += 1
    for i, s in enumerate(result.scenarios, start=1):
        sr = by_name.get(s.name)
        if sr is None:
            continue
        mc = sr.monte_carlo
        cells.put_text(ws, f"A{row}", f"{i}. {s.name}")
        for col, value, fmt in (("B", mc.p10, money), ("C", mc.p50, money), ("D", mc.p90, money),
                                ("E", mc.prob_positive, cells.PERCENT), ("F", mc.trials, cells.COUNT)):
            cells.put_number(ws, f"{col}{row}", value, fmt, fill=cells.STATIC_FILL)
        row += 1
    if risk.prob_best_investment_beats_best_cut is not None:
        cells.put_label(ws, f"A{row}", text(lang, "prob_best"))
        cells.put_number(ws, f"B{row}", risk.prob_best_investment_beats_best_cut, cells.PERCENT,
                         fill=cells.STATIC_FILL)
        row += 1
    cells.put_label(ws, f"A{row}", f"{text(lang, 'trials')}: {risk.trials} · {text(lang, 'seed')}: {risk.seed}",
                    font=cells.NOTE_FONT)
    row += 2

    cells.put_label(ws, f"A{row}", f"{text(lang, 'tornado')} {computed}", font=cells.SECTION_FONT)
    row += 1
    for i, s in enumerate(result.scenarios, start=1):
        sr = by_name.get(s.name)
        if sr is None or not sr.tornado:
            continue
        cells.put_text(ws, f"A{row}", f"{i}. {s.name}", font=cells.TOTAL_FONT)
        row += 1
        cells.header_row(ws, row, 1, [text(lang, "input"), text(lang, "low_value"), text(lang, "high_value"),
                                      text(lang, "npv_low"), text(lang, "npv_high"), text(lang, "swing")])
        row += 1
        for bar in sr.tornado:
            cells.put_text(ws, f"A{row}", field_label(bar.input, lang))
            vf = value_format(bar.input, cur, lang)
            for col, value, fmt in (("B", bar.low_value, vf), ("C", bar.high_value, vf),
                                    ("D", bar.npv_low, money), ("E", bar.npv_high, money), ("F", bar.swing, money)):
                cells.put_number(ws, f"{col}{row}", value, fmt, fill=cells.STATIC_FILL)
            row += 1
        row += 1
    _widths(ws)


def _widths(ws) -> None:
    ws.column_dimensions["A"].width = 60
    for col in "BCDEF":
        ws.column_dimensions[col].width = 18
