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
from roi_desktop.reports.verdict_words import irr_text, payback_text
from roi_desktop.reports.words import text

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
CASES = (("telkom-polnoc-pl", "pl"), ("northwind-energy-en", "en"))

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")]


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

        def value(name: str, wb=wb):
            (sheet, coord), = list(wb.defined_names[name].destinations)
            return wb[sheet][coord.replace("$", "")].value

        none = text(lang, "workbook.not_in_horizon")
        for i, s in enumerate(result.scenarios, start=1):
            for metric in ("npv", "pv_benefits", "pv_costs", "roi"):
                expected = getattr(s, metric)
                assert expected is not None
                assert value(f"{metric}_{i}") == pytest.approx(expected, rel=1e-9), (stem, i, metric)
            # IRR: the rate where the engine's verdict shows one, else the same reason as the report
            expected_irr = pytest.approx(s.irr_verdict.rate, rel=1e-9) if s.irr_verdict.shown \
                else irr_text(lang, s.irr_verdict)
            assert value(f"irr_{i}") == expected_irr, (stem, i)
            assert value(f"payback_words_{i}") == payback_text(lang, s.timing), (stem, i)
            assert value(f"payback_month_{i}") == (none if s.timing_month is None else s.timing_month)
            if s.kind == "cut":
                assert value(f"crossover_month_{i}") == (none if s.crossover_month is None else s.crossover_month)


def random_project(rng, k: int):
    """A valid project drawn over the fields' documented ranges, edges included (seeded, reproducible)."""
    from roi_desktop.core import Analysis, Client, CustomLine, Project, Scenario

    years = int(rng.integers(1, 11))
    pick = lambda *edges, lo, hi: float(rng.choice(edges)) if rng.random() < 0.3 else float(rng.uniform(lo, hi))  # noqa: E731
    client = Client(customers=pick(1, 1e6, lo=100, hi=2e6), annual_revenue_per_customer=pick(0, lo=10, hi=5000),
                    gross_margin=pick(0, 1, lo=0, hi=1), annual_churn_rate=pick(0, 0.995, lo=0, hi=0.6),
                    annual_new_customers=pick(0, lo=0, hi=3e5), acquisition_cost=pick(0, lo=0, hi=900),
                    annual_service_spend=pick(0, lo=0, hi=5e7), service_churn_share=pick(0, 1, lo=0, hi=1),
                    name=f"=Klient łódzki {k}")
    scenarios = []
    for i in range(int(rng.integers(1, 4))):
        lines = tuple(CustomLine(f"Pozycja {j}", str(rng.choice(["benefit", "cost"])),
                                 tuple(float(x) for x in rng.uniform(0, 2e6, years + 1) * (rng.random(years + 1) > 0.3)),
                                 None if rng.random() < 0.5 else float(rng.uniform(0, 1)))
                      for j in range(int(rng.integers(0, 3))))
        scenarios.append(Scenario(
            ["Scenariusz: żółw's [A1]", '=HYPERLINK("http://x","y")', "@SUM(A1)"][i], kind=str(rng.choice(["cut", "investment"])),
            service_spend_change=pick(-1, 0, lo=-0.5, hi=0.5), one_off_cost=pick(0, lo=0, hi=5e6),
            extra_annual_cost=pick(0, lo=0, hi=2e6), churn_change_pp=pick(-100, 0, 100, lo=-5, hi=5),
            revenue_per_customer_change=pick(0, -1, lo=-0.2, hi=0.3), ramp_months=int(rng.integers(0, 121)),
            benefit_risk=pick(0, 1, lo=0, hi=0.5), cost_risk=pick(0, 1, lo=0, hi=0.5), lines=lines))
    return Project(client, Analysis(horizon_years=years, discount_rate=pick(0, 1, lo=0, hi=0.3), currency="EUR"),
                   tuple(scenarios))


def test_libreoffice_recalculates_random_projects(tmp_path):
    """Twelve seeded random projects (1..10 years, edge values such as churn 0 or 99.5 %, +-100 pp,
    ramp 0..120 months, zero costs or benefits): LibreOffice finds the engine's figures. IRR is
    compared where the yearly net flows change sign once (one rate exists); elsewhere both must
    agree that there is no IRR or LibreOffice's value must be a rate at which NPV is 0."""
    import numpy as np

    rng = np.random.default_rng(20261125)
    projects = [random_project(rng, k) for k in range(12)]
    results = [calculate(p) for p in projects]
    sources = [str(write_workbook(r, tmp_path / f"random{k}.xlsx", lang="pl")) for k, r in enumerate(results)]
    out = tmp_path / "recalculated"
    done = subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                           "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), *sources],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    none, no_roi, no_irr = (text("pl", "workbook." + k) for k in ("not_in_horizon", "no_roi", "no_irr"))
    for k, result in enumerate(results):
        wb = openpyxl.load_workbook(out / f"random{k}.xlsx", data_only=True)

        def value(name: str, wb=wb):
            (sheet, coord), = list(wb.defined_names[name].destinations)
            return wb[sheet][coord.replace("$", "")].value

        for i, s in enumerate(result.scenarios, start=1):
            where = (k, i)
            scale = max(1.0, s.pv_benefits, s.pv_costs)
            for metric in ("npv", "pv_benefits", "pv_costs"):
                assert value(f"{metric}_{i}") == pytest.approx(getattr(s, metric), rel=1e-9, abs=1e-9 * scale), where
            roi = value(f"roi_{i}")
            assert roi == no_roi if s.roi is None else roi == pytest.approx(s.roi, rel=1e-9, abs=1e-12), where
            assert value(f"payback_month_{i}") == (none if s.timing_month is None else s.timing_month), where
            if s.kind == "cut":
                assert value(f"crossover_month_{i}") == (none if s.crossover_month is None else s.crossover_month), where
            irr = value(f"irr_{i}")  # the engine's verdict: the rate where it means something, else its reason
            if s.irr_verdict.shown:
                assert irr == pytest.approx(s.irr_verdict.rate, rel=1e-9, abs=1e-12), where
            else:
                assert irr == irr_text("pl", s.irr_verdict), where
            assert value(f"payback_words_{i}") == payback_text("pl", s.timing), where
