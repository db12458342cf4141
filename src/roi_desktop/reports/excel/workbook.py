"""Assemble the workbook (Summary, Inputs, Baseline, one sheet per scenario, Risk, Method) and write it
atomically."""

from __future__ import annotations

import io
import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.workbook.properties import CalcProperties

from roi_desktop.atomic import FileWriteError, write_bytes_atomically
from roi_desktop.core.results import ProjectResult

from .cells import clean_text
from .charts import add_charts
from .inputs_sheet import build_inputs
from .labels import text
from .method_sheet import build_method
from .model_sheet import build_baseline, build_scenario
from .names import sheet_name
from .risk_sheet import build_risk
from .summary_sheet import build_summary
from .tracking_sheet import add_tracking_sheet

LANGS = ("pl", "en")


def build_workbook(result: ProjectResult, *, lang: str, risk=None) -> Workbook:
    if lang not in LANGS:
        raise ValueError(f"lang must be 'pl' or 'en', got {lang!r}")
    project = result.project
    years, cur = project.analysis.horizon_years, project.analysis.currency
    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    titles = {k: sheet_name(text(lang, f"sheet.{k}"), taken) for k in ("summary", "inputs", "baseline", "risk",
                                                                          "method")}
    scenario_titles = [sheet_name(f"{i}. {s.name}", taken) for i, s in enumerate(result.scenarios, start=1)]
    inputs = build_inputs(wb, project, lang, titles["inputs"])
    baseline = build_baseline(wb, titles["baseline"], years, cur, lang)
    layouts = [build_scenario(wb, title, i, res, baseline, inputs, years, cur, lang)
               for i, (title, res) in enumerate(zip(scenario_titles, result.scenarios), start=1)]
    rows = build_summary(wb, titles["summary"], result, baseline, layouts, inputs, lang)
    add_charts(wb, wb[titles["summary"]], rows["charts"], baseline, layouts, [s.name for s in result.scenarios],
               cur, lang)
    build_risk(wb, titles["risk"], result, risk, lang)
    add_tracking_sheet(wb, result, layouts, lang, taken)  # value realisation, when the project tracks a plan
    build_method(wb, titles["method"], lang, titles)
    for ws in wb.worksheets:
        _page_setup(ws)
    wb.active = 0
    wb.calculation = CalcProperties(fullCalcOnLoad=True)
    title = project.report.title or text(lang, "title.summary")
    wb.properties.title = clean_text(title)[:200]
    wb.properties.creator = "roi-desktop"
    return wb


def _page_setup(ws) -> None:
    """Print landscape on A4, one page wide, with the header rows repeated."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4


def write_workbook(result: ProjectResult, path, *, lang: str, risk=None) -> Path:
    """Write the workbook to ``path`` atomically; raises FileWriteError with a reason on failure."""
    target = Path(os.fspath(path))
    wb = build_workbook(result, lang=lang, risk=risk)
    buffer = io.BytesIO()
    try:
        wb.save(buffer)
    except (ValueError, TypeError) as error:  # openpyxl refuses content: say so as a write error
        raise FileWriteError(target, f"the workbook could not be built ({error})") from error
    return write_bytes_atomically(target, buffer.getvalue())
