"""The Baseline sheet and one model sheet per scenario: the monthly customer model and the yearly
flow lines, every figure a formula over the Inputs sheet (see core/monthly.py and core/flows.py).

Rows: 4 is the header, month m sits in row 5 + m (month 0 holds the Year 0 amounts). The yearly
block sits to the right of the monthly table, one column per Year 0..T.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter, quote_sheetname

from roi_desktop.core.results import ScenarioResult

from . import cells
from .inputs_sheet import InputsLayout
from roi_desktop.reports.words import text
from .names import scenario_name

HEADER_ROW = 4
MONTH0_ROW = 5
MONTH_COLUMN_WIDTH = 14

# Monthly columns of a scenario sheet, A..R
SCENARIO_COLUMNS = ("month", "year_of_month", "ramp", "churn_annual", "churn_monthly", "customers_start",
                    "customers_end", "rpc", "revenue", "gross_profit", "baseline_gp", "margin_change_m", "net_m",
                    "cum_m", "below", "below_seen", "recovered", "turns")
BASELINE_COLUMNS = ("month", "year_of_month", "churn_annual", "churn_monthly", "customers_start", "customers_end",
                    "revenue", "gross_profit")


@dataclass
class SheetLayout:
    """Where things are on a model sheet, for the Summary sheet and the charts."""

    sheet: str
    months: int
    col: dict[str, str]  # monthly column key -> letter
    year_cols: list[str]  # Year 0..T -> letter
    rows: dict[str, int] = field(default_factory=dict)  # yearly row key -> row number

    @property
    def last_row(self) -> int:
        return MONTH0_ROW + self.months

    def month_range(self, key: str, *, from_month: int = 0) -> str:
        c = self.col[key]
        return f"${c}${MONTH0_ROW + from_month}:${c}${self.last_row}"

    def year_range(self, key: str, *, from_year: int = 0) -> str:
        r = self.rows[key]
        return f"${self.year_cols[from_year]}${r}:${self.year_cols[-1]}${r}"

    def year_cell(self, key: str, t: int) -> str:
        return f"{self.year_cols[t]}{self.rows[key]}"

    def qualified(self, local: str) -> str:
        return f"{quote_sheetname(self.sheet)}!{local}"


def _rows_of_year(t: int) -> tuple[int, int]:
    return MONTH0_ROW + 12 * (t - 1) + 1, MONTH0_ROW + 12 * t


def _monthly_header(ws, lang: str, keys: tuple[str, ...]) -> dict[str, str]:
    cells.header_row(ws, HEADER_ROW, 1, [text(lang, f"workbook.{k}") for k in keys])
    ws.row_dimensions[HEADER_ROW].height = 62
    cols = {k: get_column_letter(i + 1) for i, k in enumerate(keys)}
    for letter in cols.values():
        ws.column_dimensions[letter].width = MONTH_COLUMN_WIDTH
    return cols


def _year_header(ws, lang: str, first_col: int, years: int, label_width: float = 46) -> list[str]:
    label = get_column_letter(first_col)
    cells.header_row(ws, HEADER_ROW, first_col, [""] + [text(lang, "workbook.year", t=t) for t in range(years + 1)])
    ws.column_dimensions[label].width = label_width
    cols = [get_column_letter(first_col + 1 + t) for t in range(years + 1)]
    cells.put_label(ws, f"{label}{HEADER_ROW + 1}", text(lang, "workbook.t"), font=cells.NOTE_FONT)
    for t, c in enumerate(cols):
        cells.put_number(ws, f"{c}{HEADER_ROW + 1}", t, cells.INTEGER, font=cells.NOTE_FONT)
        ws.column_dimensions[c].width = 16
    return cols


def _month_basics(ws, col: dict[str, str], months: int) -> None:
    cells.put_number(ws, f"{col['month']}{MONTH0_ROW}", 0, cells.INTEGER)
    cells.put_number(ws, f"{col['year_of_month']}{MONTH0_ROW}", 0, cells.INTEGER)
    for m in range(1, months + 1):
        r = MONTH0_ROW + m
        cells.put_number(ws, f"{col['month']}{r}", m, cells.INTEGER)
        cells.put_formula(ws, f"{col['year_of_month']}{r}", f"=ROUNDUP({col['month']}{r}/12,0)", cells.INTEGER)


def build_baseline(wb, title: str, years: int, cur: str, lang: str) -> SheetLayout:
    ws = wb.create_sheet(title)
    months = 12 * years
    cells.put_label(ws, "A1", text(lang, "workbook.title.baseline"), font=cells.TITLE_FONT)
    col = _monthly_header(ws, lang, BASELINE_COLUMNS)
    money = cells.money_format(cur)
    _month_basics(ws, col, months)
    c = col
    for m in range(1, months + 1):
        r = MONTH0_ROW + m
        cells.put_formula(ws, f"{c['churn_annual']}{r}", "=annual_churn_rate", cells.PERCENT_FINE)
        cells.put_formula(ws, f"{c['churn_monthly']}{r}", f"=1-(1-{c['churn_annual']}{r})^(1/12)", cells.CHURN_MONTHLY)
        start = "=customers" if m == 1 else f"={c['customers_end']}{r - 1}"
        cells.put_formula(ws, f"{c['customers_start']}{r}", start, cells.COUNT)
        cells.put_formula(ws, f"{c['customers_end']}{r}",
                          f"={c['customers_start']}{r}*(1-{c['churn_monthly']}{r})+annual_new_customers/12", cells.COUNT)
        cells.put_formula(ws, f"{c['revenue']}{r}", f"={c['customers_start']}{r}*annual_revenue_per_customer/12", money)
        cells.put_formula(ws, f"{c['gross_profit']}{r}", f"={c['revenue']}{r}*gross_margin", money)
    first = len(BASELINE_COLUMNS) + 2
    layout = SheetLayout(title, months, col, _year_header(ws, lang, first, years, 30))
    label = get_column_letter(first)
    for offset, (key, fmt) in enumerate((("customers_year_end", cells.COUNT), ("revenue_year", money),
                                         ("gp_year", money))):
        row = HEADER_ROW + 2 + offset
        layout.rows[key] = row
        cells.put_label(ws, f"{label}{row}", text(lang, f"workbook.{key}"))
        for t, yc in enumerate(layout.year_cols):
            if key == "customers_year_end":
                formula = "=customers" if t == 0 else f"={c['customers_end']}{_rows_of_year(t)[1]}"
            elif t == 0:
                formula = "=0"
            else:
                lo, hi = _rows_of_year(t)
                src = c["revenue"] if key == "revenue_year" else c["gross_profit"]
                formula = f"=SUM({src}{lo}:{src}{hi})"
            cells.put_formula(ws, f"{yc}{row}", formula, fmt)
    ws.freeze_panes = f"B{MONTH0_ROW}"
    return layout


def build_scenario(wb, title: str, index: int, result: ScenarioResult, baseline: SheetLayout,
                   inputs: InputsLayout, years: int, cur: str, lang: str) -> SheetLayout:
    ws = wb.create_sheet(title)
    months = 12 * years
    money = cells.money_format(cur)
    s = lambda key: scenario_name(key, index)  # noqa: E731  defined names of this scenario's inputs
    cells.put_label(ws, "A1", text(lang, "workbook.title.model"), font=cells.TITLE_FONT)
    cells.put_text(ws, "A2", f"{index}. {result.name}", font=cells.SECTION_FONT)
    col = _monthly_header(ws, lang, SCENARIO_COLUMNS)
    first = len(SCENARIO_COLUMNS) + 2
    layout = SheetLayout(title, months, col, _year_header(ws, lang, first, years))
    cells.put_label(ws, "A3", text(lang, "workbook.yearly_at", cols=f"{get_column_letter(first)}–{layout.year_cols[-1]}"),
                    font=cells.NOTE_FONT)
    label_col = get_column_letter(first)
    yc = layout.year_cols

    # Yearly rows: where each goes
    lines = inputs.lines.get(index, [])
    keys = ["margin_change", "service_spend_change_line", "extra_recurring_cost", "one_off_cost_line"]
    custom = [f"custom{j}" for j in range(len(lines))]
    row = HEADER_ROW + 2
    layout.rows["raw"] = row
    for key in keys + custom:
        row += 1
        layout.rows[f"raw:{key}"] = row
    row += 1
    layout.rows["adjusted"] = row
    for key in keys + custom:
        row += 1
        layout.rows[f"adj:{key}"] = row
    for key in ("benefits", "costs", "net", "discount_factor", "pv_net", "margin_factor", "customers_year_end",
                "customers_vs_baseline", "revenue_diff", "tolerance"):
        row += 1 if key not in ("benefits", "margin_factor", "tolerance") else 2
        layout.rows[key] = row

    R = layout.rows
    cells.put_label(ws, f"{label_col}{R['raw']}", text(lang, "workbook.raw"), font=cells.SECTION_FONT)
    cells.put_label(ws, f"{label_col}{R['adjusted']}", text(lang, "workbook.adjusted"), font=cells.SECTION_FONT)
    for key in keys:
        cells.put_label(ws, f"{label_col}{R['raw:' + key]}", text(lang, f"workbook.{key}"))
        cells.put_label(ws, f"{label_col}{R['adj:' + key]}", text(lang, f"workbook.{key}"))
    for j, custom_line in enumerate(result.scenario.lines):
        cells.put_text(ws, f"{label_col}{R[f'raw:custom{j}']}", custom_line.name)
        cells.put_text(ws, f"{label_col}{R[f'adj:custom{j}']}", custom_line.name)
    inputs_q = quote_sheetname(inputs.sheet)
    for t, c in enumerate(yc):
        if t == 0:
            margin = "=0"
        else:
            lo, hi = _rows_of_year(t)
            margin = f"=SUM({col['margin_change_m']}{lo}:{col['margin_change_m']}{hi})"
        raw = {
            "margin_change": margin,
            "service_spend_change_line": "=0" if t == 0 else f"=-{s('service_spend_change')}*annual_service_spend",
            "extra_recurring_cost": "=0" if t == 0 else f"=-{s('extra_annual_cost')}",
            "one_off_cost_line": f"=-{s('one_off_cost')}" if t == 0 else "=0",
        }
        for key, formula in raw.items():
            cells.put_formula(ws, f"{c}{R['raw:' + key]}", formula, money)
            x = f"{c}{R['raw:' + key]}"
            cells.put_formula(ws, f"{c}{R['adj:' + key]}",
                              f"=IF({x}>0,{x}*(1-{s('benefit_risk')}),{x}*(1+{s('cost_risk')}))", money)
        for j, line in enumerate(lines):
            kind = f"{inputs_q}!${line.kind[0]}${line.kind[1:]}"
            own = f"{inputs_q}!${line.risk[0]}${line.risk[1:]}"
            amount = f"{inputs_q}!{line.amounts[t]}"
            cells.put_formula(ws, f"{c}{R[f'raw:custom{j}']}", f'=IF({kind}="{inputs.cost_label}",-1,1)*{amount}', money)
            x = f"{c}{R[f'raw:custom{j}']}"
            cells.put_formula(ws, f"{c}{R[f'adj:custom{j}']}",
                              f'=IF({x}>0,{x}*(1-IF({own}="",{s("benefit_risk")},{own})),'
                              f'{x}*(1+IF({own}="",{s("cost_risk")},{own})))', money)
        adj = f"{c}{R['adj:margin_change']}:{c}{R['adj:' + (custom[-1] if custom else keys[-1])]}"
        cells.put_formula(ws, f"{c}{R['benefits']}", f'=SUMIF({adj},">0")', money, bold=True)
        cells.put_formula(ws, f"{c}{R['costs']}", f'=-SUMIF({adj},"<0")', money, bold=True)
        cells.put_formula(ws, f"{c}{R['net']}", f"=SUM({adj})", money, bold=True)
        cells.put_formula(ws, f"{c}{R['discount_factor']}", f"=1/(1+discount_rate)^{c}{HEADER_ROW + 1}", cells.FACTOR)
        cells.put_formula(ws, f"{c}{R['pv_net']}", f"={c}{R['net']}*{c}{R['discount_factor']}", money)
        x = f"{c}{R['raw:margin_change']}"
        cells.put_formula(ws, f"{c}{R['margin_factor']}",
                          f"=IF({x}>0,1-{s('benefit_risk')},IF({x}<0,1+{s('cost_risk')},1))", cells.FACTOR)
        end_row = MONTH0_ROW + 12 * t
        if t == 0:
            cells.put_formula(ws, f"{c}{R['customers_year_end']}", "=customers", cells.COUNT)
            cells.put_formula(ws, f"{c}{R['customers_vs_baseline']}", "=0", cells.COUNT)
            cells.put_formula(ws, f"{c}{R['revenue_diff']}", "=0", money)
        else:
            cells.put_formula(ws, f"{c}{R['customers_year_end']}", f"={col['customers_end']}{end_row}", cells.COUNT)
            base_end = baseline.qualified(baseline.year_cell("customers_year_end", t))
            cells.put_formula(ws, f"{c}{R['customers_vs_baseline']}", f"={c}{R['customers_year_end']}-{base_end}",
                              cells.COUNT)
            lo, hi = _rows_of_year(t)
            cells.put_formula(ws, f"{c}{R['revenue_diff']}",
                              f"={baseline.qualified(baseline.year_cell('revenue_year', t))}"
                              f"-SUM({col['revenue']}{lo}:{col['revenue']}{hi})", money)
    for key in ("benefits", "costs", "net", "discount_factor", "pv_net", "margin_factor", "customers_year_end",
                "customers_vs_baseline", "revenue_diff"):
        cells.put_label(ws, f"{label_col}{R[key]}", text(lang, f"workbook.{key}"),
                        font=cells.TOTAL_FONT if key in ("benefits", "costs", "net") else None)
    for c in [label_col] + yc:
        ws[f"{c}{R['net']}"].border = cells.TOP_RULE
    # As core/timing.py: cumulative amounts within 1e-12 of the largest count as 0 (rounding noise)
    cells.put_label(ws, f"{label_col}{R['tolerance']}", text(lang, "workbook.tolerance"))
    cum = layout.month_range("cum_m")
    cells.put_formula(ws, f"{yc[0]}{R['tolerance']}", f"=1E-12*MAX(MAX({cum}),-MIN({cum}))", "0.00E+00")

    _scenario_months(ws, layout, baseline, s, money)
    ws.freeze_panes = f"B{MONTH0_ROW}"
    return layout


def _scenario_months(ws, layout: SheetLayout, baseline: SheetLayout, s, money: str) -> None:
    col, R, months = layout.col, layout.rows, layout.months
    _month_basics(ws, col, months)
    ymf, ynet, ymadj = layout.year_range("margin_factor"), layout.year_range("net"), layout.year_range(
        "adj:margin_change")
    r0 = MONTH0_ROW
    tol = f"${layout.year_cols[0]}${R['tolerance']}"
    cells.put_formula(ws, f"{col['net_m']}{r0}", f"={layout.year_cell('net', 0)}", money)
    cells.put_formula(ws, f"{col['cum_m']}{r0}", f"={col['net_m']}{r0}", money)
    cells.put_formula(ws, f"{col['below']}{r0}", f"=IF({col['cum_m']}{r0}<-{tol},1,0)", cells.INTEGER)
    cells.put_formula(ws, f"{col['below_seen']}{r0}", f"={col['below']}{r0}", cells.INTEGER)
    cells.put_number(ws, f"{col['recovered']}{r0}", 0, cells.INTEGER)
    cells.put_number(ws, f"{col['turns']}{r0}", 0, cells.INTEGER)
    for m in range(1, months + 1):
        r = r0 + m
        c = {k: f"{v}{r}" for k, v in col.items()}
        p = {k: f"{v}{r - 1}" for k, v in col.items()}
        cells.put_formula(ws, c["ramp"], f"=IF({s('ramp_months')}=0,1,MIN(1,{c['month']}/{s('ramp_months')}))",
                          cells.PERCENT)
        cells.put_formula(ws, c["churn_annual"], f"=MIN(MAX(annual_churn_rate+{c['ramp']}*{s('churn_change_pp')}/100,0),"
                                                 f"MAX(0.99,annual_churn_rate))", cells.PERCENT_FINE)
        cells.put_formula(ws, c["churn_monthly"], f"=1-(1-{c['churn_annual']})^(1/12)", cells.CHURN_MONTHLY)
        cells.put_formula(ws, c["customers_start"], "=customers" if m == 1 else f"={p['customers_end']}", cells.COUNT)
        cells.put_formula(ws, c["customers_end"],
                          f"={c['customers_start']}*(1-{c['churn_monthly']})+annual_new_customers/12", cells.COUNT)
        cells.put_formula(ws, c["rpc"], f"=annual_revenue_per_customer*(1+{c['ramp']}*"
                                        f"{s('revenue_per_customer_change')})", money)
        cells.put_formula(ws, c["revenue"], f"={c['customers_start']}*{c['rpc']}/12", money)
        cells.put_formula(ws, c["gross_profit"], f"={c['revenue']}*gross_margin", money)
        cells.put_formula(ws, c["baseline_gp"], f"={baseline.qualified(baseline.col['gross_profit'] + str(r))}", money)
        cells.put_formula(ws, c["margin_change_m"], f"={c['gross_profit']}-{c['baseline_gp']}", money)
        year = f"{c['year_of_month']}+1"
        cells.put_formula(ws, c["net_m"], f"={c['margin_change_m']}*INDEX({ymf},{year})"
                                          f"+(INDEX({ynet},{year})-INDEX({ymadj},{year}))/12", money)
        cells.put_formula(ws, c["cum_m"], f"={p['cum_m']}+{c['net_m']}", money)
        cells.put_formula(ws, c["below"], f"=IF({c['cum_m']}<-{tol},1,0)", cells.INTEGER)
        cells.put_formula(ws, c["below_seen"], f"=MAX({p['below_seen']},{c['below']})", cells.INTEGER)
        cells.put_formula(ws, c["recovered"], f"=IF(AND({p['below_seen']}=1,{c['cum_m']}>=-{tol}),1,0)", cells.INTEGER)
        cells.put_formula(ws, c["turns"], f"=IF(AND({c['below']}=1,{p['below']}=0),1,0)", cells.INTEGER)
