"""LibreOffice Calc, where installed, opens the exported workbooks, recalculates them and shows the
engine's figures (a second independent evaluator besides the ``formulas`` package).

LibreOffice converts the workbook to a new .xlsx with the values it computed cached in the cells;
openpyxl reads those values back. Skipped when ``soffice`` is not on PATH.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from roi_desktop.core import calculate
from roi_desktop.projectfile import load_project
from roi_desktop.reports.excel import write_workbook
from roi_desktop.reports.excel.labels import text

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
CASES = (("telkom-polnoc-pl", "pl"), ("northwind-energy-en", "en"))

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def ten_years(project):
    """The sample stretched to the longest horizon, 10 years (120 months)."""
    def stretch(line):
        return replace(line, amounts=line.amounts + (line.amounts[-1],) * (10 - (len(line.amounts) - 1)))
    return project.with_changes(analysis=replace(project.analysis, horizon_years=10),
                                scenarios=tuple(s.with_changes(lines=tuple(stretch(x) for x in s.lines))
                                                for s in project.scenarios))


def test_libreoffice_recalculates_the_engine_figures(tmp_path):
    sources, results = [], {}
    projects = [(stem, lang, load_project(SAMPLES / f"{stem}.roi")) for stem, lang in CASES]
    projects.append(("ten-years", "en", ten_years(projects[1][2])))
    for stem, lang, project in projects:
        result = calculate(project)
        results[stem] = (result, lang)
        sources.append(str(write_workbook(result, tmp_path / f"{stem}.xlsx", lang=lang)))
    out = tmp_path / "recalculated"
    profile = (tmp_path / "profile").as_uri()
    done = subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--calc", "--convert-to",
                           "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), *sources],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    for stem, (result, lang) in results.items():
        wb = openpyxl.load_workbook(out / f"{stem}.xlsx", data_only=True)

        def value(name: str):
            (sheet, coord), = list(wb.defined_names[name].destinations)
            return wb[sheet][coord.replace("$", "")].value

        none = text(lang, "not_in_horizon")
        for i, s in enumerate(result.scenarios, start=1):
            for metric in ("npv", "pv_benefits", "pv_costs", "roi", "irr"):
                expected = getattr(s, metric)
                assert expected is not None
                assert value(f"{metric}_{i}") == pytest.approx(expected, rel=1e-9), (stem, i, metric)
            assert value(f"payback_month_{i}") == (none if s.payback_month is None else s.payback_month)
            assert value(f"crossover_month_{i}") == (none if s.crossover_month is None else s.crossover_month)
