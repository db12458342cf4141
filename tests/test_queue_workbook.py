"""The workbook's Operations sheet computes the queue with live Erlang C formulas (POISSON.DIST):
LibreOffice and the ``formulas`` package recalculate it and find the engine's figures, also after an
input is changed. Expected values come from roi_desktop.core.calculate on the same (or changed) project."""

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
from roi_desktop.reports.words import text

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
CASES = (("telkom-polnoc-pl", "pl"), ("northwind-energy-en", "en"))
FIGURES = (("agents", "agents"), ("traffic", "traffic_erlangs"), ("prob_wait", "prob_wait"),
           ("service_level", "service_level"), ("asa", "asa_seconds"), ("occupancy", "occupancy"),
           ("agents_needed", "agents_needed"))
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def assert_queue_matches(value, result, lang):
    never = text(lang, "queue.never_clears")
    queues = (result.queue.baseline, *result.queue.scenarios)
    for k, q in enumerate(queues):
        for name, attr in FIGURES:
            got, expected = value(f"queue_{name}_{k}"), getattr(q, attr)
            if expected is None:
                assert got == never, (k, name, got)
            else:
                assert got == pytest.approx(expected, rel=1e-9, abs=1e-12), (k, name, got, expected)


def cell_value(wb, name):
    (sheet, coord), = list(wb.defined_names[name].destinations)
    return wb[sheet][coord.replace("$", "")].value


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_recalculates_the_queue(tmp_path):
    sources, results = [], {}
    for stem, lang in CASES:
        project = load_project(SAMPLES / f"{stem}.roi")
        results[stem] = (calculate(project), lang)
        # a second, harder case: a bigger centre (hundreds of agents) where the cut is milder
        big = project.with_changes(client=replace(project.client, operations=replace(
            project.client.operations, contacts_per_year=project.client.operations.contacts_per_year * 12,
            agent_cost_per_year=project.client.operations.agent_cost_per_year / 13)))
        results[f"{stem}-big"] = (calculate(big), lang)
    # the churn link: the cut's churn change derived from the wait (0.5 pp per minute, an assumption)
    linked = load_project(SAMPLES / "northwind-energy-en.roi")
    linked = linked.with_changes(scenarios=(linked.scenarios[0].with_changes(
        churn_change_pp=0.0, churn_per_minute_asa_pp=0.5, churn_change_low_pp=0.0),) + linked.scenarios[1:])
    results["linked"] = (calculate(linked), "en")
    for stem, (result, lang) in results.items():
        sources.append(str(write_workbook(result, tmp_path / f"{stem}.xlsx", lang=lang)))
    out = tmp_path / "recalculated"
    done = subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'lo-queue').as_uri()}", "--headless",
                           "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), *sources],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    for stem, (result, lang) in results.items():
        wb = openpyxl.load_workbook(out / f"{stem}.xlsx", data_only=True)
        assert result.queue.baseline.agents > 0
        assert_queue_matches(lambda name, wb=wb: cell_value(wb, name), result, lang)
        for i, derived in enumerate(result.queue.derived_churn_change_pp, start=1):
            if derived is not None:
                assert cell_value(wb, f"queue_churn_change_pp_{i}") == pytest.approx(derived, rel=1e-9)
                assert cell_value(wb, f"npv_{i}") == pytest.approx(result.scenarios[i - 1].npv, rel=1e-9)


def test_formulas_package_recalculates_after_a_changed_cut(tmp_path):
    formulas = pytest.importorskip("formulas")  # a test extra, not the app's own module
    project = load_project(SAMPLES / "northwind-energy-en.roi")
    path = write_workbook(calculate(project), tmp_path / "ops.xlsx", lang="en")
    model = formulas.ExcelModel().loads(str(path)).finish()
    names = {}
    for name, dn in openpyxl.load_workbook(path).defined_names.items():
        (sheet, coord), = list(dn.destinations)
        names[name] = f"'[{path.name}]{sheet.upper()}'!{coord.replace('$', '')}"

    def value_of(solution):
        def value(name):
            v = solution[names[name]].value[0][0]
            return v.item() if hasattr(v, "item") else v
        return value

    assert_queue_matches(value_of(model.calculate()), calculate(project), "en")
    changed = project.with_changes(
        scenarios=(project.scenarios[0].with_changes(service_spend_change=-0.08),) + project.scenarios[1:],
        client=replace(project.client, operations=replace(project.client.operations, shrinkage=0.3)))
    solution = model.calculate(inputs={names["s1_service_spend_change"]: -0.08, names["ops_shrinkage"]: 0.3})
    assert_queue_matches(value_of(solution), calculate(changed), "en")
