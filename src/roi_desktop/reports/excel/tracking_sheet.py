"""The Tracking sheet (value realisation): the client's actuals as inputs, the plan taken from the plan's
scenario sheet, and the variance, realised churn and status as live formulas (MODEL.md, "Value
realisation"). A finance team can type next month's actual into the sheet and watch the variance follow.

Defined names for other tools and the tests: ``tracking_variance_<j>`` (month j), ``tracking_realised_churn``,
``tracking_gap_customers``, ``tracking_status``, ``tracking_planned_npv``, ``tracking_reforecast_npv``.
The re-forecast NPV is the engine's figure for the actuals at export (a value, labelled as such): it
re-runs the whole monthly model, which the scenario sheets already show for the plan.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from roi_desktop.core.results import ProjectResult
from roi_desktop.core.tracking import TOLERANCE, track
from roi_desktop.reports.words import words

from . import cells
from .model_sheet import MONTH0_ROW, SheetLayout
from .names import define, result_name

HEADER_ROW = 14
COLUMNS = ("month", "customers", "lost", "won", "service_spend", "plan", "variance", "variance_share",
           "start_customers", "lost_used", "kept")


def build_tracking(wb, title: str, result: ProjectResult, layouts: list[SheetLayout], lang: str) -> bool:
    """Add the sheet when the project tracks a plan; returns whether it did."""
    t = track(result.project, result)
    if t is None:
        return False
    w = words(lang)
    cur = result.project.analysis.currency
    money = cells.money_format(cur)
    ws = wb.create_sheet(title)
    plan_sheet = layouts[t.scenario_index]
    plan_col = plan_sheet.col["customers_end"]
    cells.put_label(ws, "A1", w("tracking.title"), font=cells.TITLE_FONT)
    cells.put_label(ws, "A2", w("tracking.sheet_note"), font=cells.NOTE_FONT)
    cells.put_label(ws, "A4", w("tracking.scenario"))
    cells.put_text(ws, "C4", f"{t.scenario_index + 1}. {t.scenario_name}")
    cells.put_label(ws, "A5", w("tracking.start"))
    cells.put_text(ws, "C5", t.start)
    cells.put_label(ws, "A6", w("tracking.tolerance"))
    cells.style_input(cells.put_number(ws, "C6", -TOLERANCE, cells.PERCENT_FINE))
    k = t.k
    first, last = HEADER_ROW + 1, HEADER_ROW + k
    col = {key: get_column_letter(i + 1) for i, key in enumerate(COLUMNS)}
    summary = [
        ("tracking.realised_churn", "tracking_realised_churn",
         f"=IF(COUNT({col['kept']}{first}:{col['kept']}{last})=0,\"\","
         f"1-PRODUCT({col['kept']}{first}:{col['kept']}{last})^(12/{k}))" if k else None, cells.PERCENT),
        ("tracking.gap_customers", "tracking_gap_customers", f"={col['variance']}{last}" if k else None, cells.COUNT),
        ("tracking.status", "tracking_status",
         f"=IF({col['variance']}{last}>=$C$6*{col['plan']}{last},\"{w('tracking.status.on_track')}\","
         f"\"{w('tracking.status.behind')}\")" if k else None, None),
        ("tracking.planned_npv", "tracking_planned_npv", f"={result_name('npv', t.scenario_index + 1)}", money),
    ]
    for row, (label, name, formula, fmt) in enumerate(summary, start=7):
        cells.put_label(ws, f"A{row}", w(label))
        if formula is None:
            cells.put_text(ws, f"C{row}", w("tracking.status.no_actuals") if name == "tracking_status" else "")
        else:
            cells.put_formula(ws, f"C{row}", formula, fmt, bold=name == "tracking_status")
        define(wb, name, title, f"C{row}")
    cells.put_label(ws, "A11", w("tracking.reforecast_npv"))
    cells.put_number(ws, "C11", t.reforecast_npv, money, fill=cells.STATIC_FILL)
    define(wb, "tracking_reforecast_npv", title, "C11")
    cells.put_label(ws, "A12", w("tracking.reforecast_note"), font=cells.NOTE_FONT)
    headers = [w("tracking.month"), w("tracking.actual"), w("tracking.lost"), w("tracking.won"),
               w("tracking.service_spend"), w("tracking.plan"), w("tracking.variance"), w("tracking.variance_share"),
               "N(j-1)", w("tracking.lost") + " (model)", "1 - q"]
    cells.header_row(ws, HEADER_ROW, 1, headers)
    ws.row_dimensions[HEADER_ROW].height = 32
    for i, letter in enumerate(col.values()):
        ws.column_dimensions[letter].width = 16 if i else 12
    ws.column_dimensions["A"].width = 14
    assert result.project.tracking is not None  # track() found a tracked plan
    actuals = result.project.tracking.actuals
    for j, actual in enumerate(actuals, start=1):
        r = HEADER_ROW + j
        c = col
        cells.put_text(ws, f"{c['month']}{r}", t.months[j - 1])
        for key, fmt in (("customers", cells.COUNT), ("lost", cells.COUNT), ("won", cells.COUNT),
                         ("service_spend", money)):
            cell = cells.put_number(ws, f"{c[key]}{r}", getattr(actual, key), fmt)
            cells.style_input(cell)
        cells.put_formula(ws, f"{c['plan']}{r}", f"={plan_sheet.qualified(f'${plan_col}${MONTH0_ROW + j}')}",
                          cells.COUNT)
        cells.put_formula(ws, f"{c['variance']}{r}", f"={c['customers']}{r}-{c['plan']}{r}", cells.COUNT,
                          fill=cells.RESULT_FILL)
        define(wb, f"tracking_variance_{j}", title, f"{c['variance']}{r}")
        cells.put_formula(ws, f"{c['variance_share']}{r}", f"={c['variance']}{r}/{c['plan']}{r}", cells.PERCENT_FINE)
        previous = "customers" if j == 1 else f"{c['customers']}{r - 1}"
        cells.put_formula(ws, f"{c['start_customers']}{r}", f"={previous}", cells.COUNT)
        cells.put_formula(ws, f"{c['lost_used']}{r}",
                          f"=IF(ISBLANK({c['lost']}{r}),{c['start_customers']}{r}+annual_new_customers/12-"
                          f"{c['customers']}{r},{c['lost']}{r})", cells.COUNT_FINE)
        cells.put_formula(ws, f"{c['kept']}{r}", f"=1-{c['lost_used']}{r}/{c['start_customers']}{r}", cells.FACTOR)
    method_row = HEADER_ROW + k + 2
    cells.put_label(ws, f"A{method_row}", w("tracking.method"), font=cells.NOTE_FONT)
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    return True


def add_tracking_sheet(wb, result: ProjectResult, layouts: list[SheetLayout], lang: str, taken: set[str]) -> None:
    """The hook in build_workbook: the Tracking sheet under a unique name, when the project tracks a plan."""
    if result.project.tracking is not None:
        from .names import sheet_name
        build_tracking(wb, sheet_name(words(lang)("tracking.sheet"), taken), result, layouts, lang)
