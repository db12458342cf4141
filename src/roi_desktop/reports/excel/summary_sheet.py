"""The Summary sheet: per scenario PV of benefits and costs, NPV, ROI, IRR, payback and crossover month,
customers and revenue against the baseline; the baseline's CLV and cost of poor service. All formulas
over the model sheets, with workbook-scoped defined names (npv_1, roi_1, ...)."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from roi_desktop.core.results import ProjectResult

from . import cells
from roi_desktop.reports.verdict_words import irr_text, payback_text
from roi_desktop.reports.words import text
from .inputs_sheet import InputsLayout
from .model_sheet import SheetLayout
from .names import define, ref, result_name

METRICS = ("pv_benefits", "pv_costs", "npv", "roi", "irr", "payback_words", "payback_month", "crossover_month",
           "customers_vs_baseline_end", "revenue_at_risk", "replacement_cost")
NAMED = {"pv_benefits", "pv_costs", "npv", "roi", "irr", "payback_words", "payback_month", "crossover_month"}
FIRST_ROW = 6  # row of the first metric
KIND_ROW = "kind"


def col_of(index: int) -> str:
    """Column of scenario ``index`` (1-based) on the Inputs sheet's scenario table."""
    return get_column_letter(2 + index)


def build_summary(wb, title: str, result: ProjectResult, baseline: SheetLayout, scenarios: list[SheetLayout],
                  inputs: InputsLayout, lang: str) -> dict[str, int]:
    """Write the Summary sheet; returns the row of each metric (and of the baseline figures)."""
    ws = wb.create_sheet(title, 0)
    cur = result.project.analysis.currency
    money = cells.money_format(cur)
    cells.put_label(ws, "A1", text(lang, "workbook.title.summary"), font=cells.TITLE_FONT)
    cells.put_text(ws, "A2", result.project.client.name, font=cells.SECTION_FONT)
    cells.put_label(ws, "A3", f"{text(lang, 'field.currency')}: {cur} · {text(lang, 'field.horizon_years')}: "
                              f"{text(lang, 'years_count', n=result.project.analysis.horizon_years)}",
                    font=cells.NOTE_FONT)
    cells.header_row(ws, 4, 1, [""] + [f"{i}. {s.name}" for i, s in enumerate(result.scenarios, start=1)])
    ws.row_dimensions[4].height = 48
    rows = {}
    cells.put_label(ws, "A5", text(lang, "field.kind"))
    for offset, metric in enumerate(METRICS):
        rows[metric] = FIRST_ROW + offset
        cells.put_label(ws, f"A{rows[metric]}", text(lang, f"workbook.{metric}"),
                        font=cells.TOTAL_FONT if metric == "npv" else None)
    no_roi, no_irr, none = (text(lang, f"workbook.{k}") for k in ("no_roi", "no_irr", "not_in_horizon"))
    for i, (res, lay) in enumerate(zip(result.scenarios, scenarios), start=1):
        col = get_column_letter(1 + i)
        q = lay.qualified
        kind = cells.put_formula(ws, f"{col}5", f"={ref(inputs.sheet, f'{col_of(i)}{inputs.scenario_rows[KIND_ROW]}')}")
        kind.alignment = cells.Alignment(horizontal="right")

        def pv(key: str, q=q, lay=lay) -> str:
            return f"=NPV(discount_rate,{q(lay.year_range(key, from_year=1))})+{q(lay.year_cell(key, 0))}"

        months = q(lay.month_range("month"))
        below = q(lay.month_range("below"))
        is_cut = f'{col}5="' + text(lang, "cut") + '"'
        not_cut = text(lang, "workbook.not_a_cut")
        payback = (f'IF(MAX({below})=0,0,IFERROR(INDEX({months},MATCH(1,{q(lay.month_range("recovered"))},0)),'
                   f'"{none}"))')
        crossover = (f'IF(MAX({below})=0,"{none}",IF(MIN({below})=1,0,IFERROR(INDEX({months},'
                     f'MATCH(1,{q(lay.month_range("turns"))},0)),"{none}")))')
        formulas = {
            "pv_benefits": (pv("benefits"), money),
            "pv_costs": (pv("costs"), money),
            "npv": (pv("net"), money),
            "roi": (f'=IF({result_name("pv_costs", i)}=0,"{no_roi}",{result_name("npv", i)}/'
                    f'{result_name("pv_costs", i)})', cells.PERCENT),
            # the rate where the engine's verdict says it means something, else the verdict's reason (the
            # same words as the report and the app; a spreadsheet cannot tell several rates apart)
            "irr": (f'=IF(OR(MAX({q(lay.year_range("net"))})<=0,MIN({q(lay.year_range("net"))})>=0),"{no_irr}",'
                    f'IFERROR(IRR({q(lay.year_range("net"))}),"{no_irr}"))' if res.irr_verdict.shown
                    else _text_formula(irr_text(lang, res.irr_verdict)), cells.PERCENT),
            "payback_words": (_text_formula(payback_text(lang, res.timing)), None),
            # payback_month_i is what `calc --json` calls payback_month: the payback month for an
            # investment, the crossover month for a cut (MODEL.md: "for a cut, report the crossover")
            "payback_month": (f'=IF({is_cut},{crossover},{payback})', cells.INTEGER),
            "crossover_month": (f'=IF({is_cut},{crossover},"{not_cut}")', cells.INTEGER),
            "customers_vs_baseline_end": (f"={q(lay.year_cell('customers_vs_baseline', len(lay.year_cols) - 1))}",
                                          cells.COUNT),
            "revenue_at_risk": (f"=SUM({baseline.qualified(baseline.month_range('revenue', from_month=1))})"
                                f"-SUM({q(lay.month_range('revenue', from_month=1))})", money),
            "replacement_cost": (f"=MAX(0,-{col}{rows['customers_vs_baseline_end']})*acquisition_cost", money),
        }
        for metric, (formula, fmt) in formulas.items():
            coord = f"{col}{rows[metric]}"
            cell = cells.put_formula(ws, coord, formula, fmt, fill=cells.RESULT_FILL if metric in NAMED else None,
                                     bold=metric == "npv")
            cell.alignment = cells.Alignment(horizontal="right")
            if metric in NAMED:
                define(wb, result_name(metric, i), title, coord)
    _baseline_block(wb, ws, title, rows, baseline, lang, money)
    ws.column_dimensions["A"].width = 52
    for i in range(len(result.scenarios)):
        ws.column_dimensions[get_column_letter(2 + i)].width = 24
    ws.freeze_panes = "B5"
    return rows


def _text_formula(words: str) -> str:
    """A text constant as a formula, so the cell reads like its neighbours: ="pays back in month 29"."""
    return '="' + words.replace('"', '""') + '"'


def _baseline_block(wb, ws, title: str, rows: dict[str, int], baseline: SheetLayout, lang: str, money: str) -> None:
    row = FIRST_ROW + len(METRICS) + 1
    cells.put_label(ws, f"A{row}", text(lang, "workbook.baseline_block"), font=cells.SECTION_FONT)
    na = text(lang, "workbook.no_roi")
    last = len(baseline.year_cols) - 1
    items = (
        ("clv", "=IF(1+discount_rate-(1-annual_churn_rate)<=0,\"%s\",annual_revenue_per_customer*gross_margin"
                "*(1-annual_churn_rate)/(1+discount_rate-(1-annual_churn_rate)))" % na, money),
        ("lost_per_year", "=customers*annual_churn_rate*service_churn_share", cells.COUNT),
        ("revenue_lost", "=lost_per_year*annual_revenue_per_customer", money),
        ("lifetime_lost", f'=IF(ISNUMBER(clv),lost_per_year*clv,"{na}")', money),
        ("baseline_customers_end", f"={baseline.qualified(baseline.year_cell('customers_year_end', last))}",
         cells.COUNT),
        ("baseline_revenue", f"=SUM({baseline.qualified(baseline.month_range('revenue', from_month=1))})", money),
    )
    for key, formula, fmt in items:
        row += 1
        rows[key] = row
        cells.put_label(ws, f"A{row}", text(lang, f"workbook.{key}"))
        cell = cells.put_formula(ws, f"B{row}", formula, fmt, fill=cells.RESULT_FILL)
        cell.alignment = cells.Alignment(horizontal="right")
        if key in ("clv", "lost_per_year"):
            define(wb, key, title, f"B{row}")
    rows["charts"] = row + 2
