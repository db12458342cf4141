"""Native Excel line charts on the Summary sheet: cumulative net cash flow and customers over time."""

from __future__ import annotations

from openpyxl.chart import LineChart, Reference, Series
from openpyxl.utils import column_index_from_string

from roi_desktop.reports.palette import SCENARIO_COLOURS

from . import cells
from roi_desktop.reports.words import text
from .model_sheet import MONTH0_ROW, SheetLayout

PALETTE = tuple(c.lstrip("#").upper() for c in SCENARIO_COLOURS)  # the app's and the PDF's scenario colours


def _chart(title: str, y_title: str, x_title: str, number_format: str) -> LineChart:
    chart = LineChart()
    chart.title = title
    chart.style = 2
    chart.y_axis.title = y_title
    chart.x_axis.title = x_title
    chart.y_axis.number_format = number_format
    chart.x_axis.tickLblSkip = 6
    chart.x_axis.delete = False
    chart.x_axis.tickLblPos = "low"
    chart.y_axis.delete = False
    chart.legend.position = "b"
    chart.height, chart.width = 9.5, 24
    return chart


def _series(ws, layout: SheetLayout, key: str, first_month: int, title: str, colour: str) -> Series:
    column = column_index_from_string(layout.col[key])
    ref = Reference(ws, min_col=column, min_row=MONTH0_ROW + first_month, max_row=layout.last_row)
    series = Series(ref, title=cells.clean_text(title)[:250])
    series.graphicalProperties.line.solidFill = colour
    series.graphicalProperties.line.width = 22000
    series.smooth = False
    return series


def add_charts(wb, summary_ws, anchor_row: int, baseline: SheetLayout, scenarios: list[SheetLayout],
               names: list[str], currency: str, lang: str) -> None:
    money = cells.money_format(currency).split(";")[0]
    cumulative = _chart(text(lang, "workbook.chart.cumulative"), text(lang, "workbook.chart.money", cur=currency),
                        text(lang, "workbook.chart.month"), money)
    for i, (layout, name) in enumerate(zip(scenarios, names)):
        cumulative.series.append(_series(wb[layout.sheet], layout, "cum_m", 0, f"{i + 1}. {name}",
                                         PALETTE[i % len(PALETTE)]))
    if scenarios:
        first = wb[scenarios[0].sheet]
        col = column_index_from_string(scenarios[0].col["month"])
        cumulative.set_categories(Reference(first, min_col=col, min_row=MONTH0_ROW, max_row=scenarios[0].last_row))
        summary_ws.add_chart(cumulative, f"A{anchor_row}")

    customers = _chart(text(lang, "workbook.chart.customers"), text(lang, "workbook.chart.count"), text(lang, "workbook.chart.month"), "#,##0")
    base_ws = wb[baseline.sheet]
    customers.series.append(_series(base_ws, baseline, "customers_start", 1, text(lang, "workbook.baseline_block"), "7F7F7F"))
    for i, (layout, name) in enumerate(zip(scenarios, names)):
        customers.series.append(_series(wb[layout.sheet], layout, "customers_start", 1, f"{i + 1}. {name}",
                                        PALETTE[i % len(PALETTE)]))
    col = column_index_from_string(baseline.col["month"])
    customers.set_categories(Reference(base_ws, min_col=col, min_row=MONTH0_ROW + 1, max_row=baseline.last_row))
    summary_ws.add_chart(customers, f"A{anchor_row + 20}")
