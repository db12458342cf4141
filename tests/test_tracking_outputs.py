"""Value realisation outside the engine: the .roi file (read, write, refusals with the month named), the
command line (calc --json, the table block, export --realisation-pdf), the PDF section and report, and the
workbook's Tracking sheet recalculated by LibreOffice against the engine."""

from __future__ import annotations

import copy
import doctest
import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from roi_desktop.cli.main import main
from roi_desktop.core import calculate
from roi_desktop.core.tracking import track
from roi_desktop.projectfile import ProjectFileError, dumps_project, load_project, parse_project
from roi_desktop.reports.excel import write_workbook
from roi_desktop.reports.pdf import write_pdf
from roi_desktop.reports.pdf.realisation import write_realisation_pdf
from roi_desktop.reports.tracking_text import slide_text

DATA = Path(__file__).parent / "data"
TRACKED = DATA / "telkom-tracking-pl.roi"
UNTRACKED = Path(__file__).resolve().parents[1] / "resources" / "samples" / "telkom-polnoc-pl.roi"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def tracked_dict() -> dict:
    return json.loads(TRACKED.read_text(encoding="utf-8"))


def problems_of(data: dict) -> list[str]:
    with pytest.raises(ProjectFileError) as error:
        parse_project(json.dumps(data))
    return [str(p) for p in error.value.problems]


# ---- the file -----------------------------------------------------------------------------------
def test_a_tracked_file_round_trips():
    project = load_project(TRACKED)
    again = parse_project(dumps_project(project))
    assert again.tracking == project.tracking
    written = json.loads(dumps_project(project))["tracking"]
    assert written["actuals"][2] == {"month": "2026-03", "customers": 414318, "service_spend": 1010000}


def test_older_files_have_no_tracking():
    data = json.loads(UNTRACKED.read_text(encoding="utf-8"))
    data["schema_version"] = 2
    assert parse_project(json.dumps(data)).tracking is None
    assert "tracking" not in json.loads(dumps_project(load_project(UNTRACKED)))


@pytest.mark.parametrize("change, expected", [
    (lambda t: t["actuals"][3].__setitem__("customers", -5), "tracking.actuals[3].customers: must be a number "
                                                             "greater than 0"),
    (lambda t: t["actuals"][3].__setitem__("customers", None), "tracking.actuals[3].customers: is required (2026-04)"),
    (lambda t: t["actuals"][3].pop("customers"), "(2026-04)"),
    (lambda t: t["actuals"][3].__setitem__("month", "2026-05"), "tracking.actuals[3].month: expected 2026-04"),
    (lambda t: t["actuals"][1].__setitem__("lost", -1), "tracking.actuals[1].lost"),
    (lambda t: t["actuals"][1].__setitem__("colour", "red"), "tracking.actuals[1].colour: unknown field"),
    (lambda t: t.__setitem__("start", "2026-13"), "tracking.start: must be a month written YYYY-MM"),
    (lambda t: t.__setitem__("scenario", 9), "tracking.scenario: must be the number of one of the project's "
                                             "scenarios, 1 to 3, got 9"),
    (lambda t: t.__setitem__("actuals", t["actuals"] * 7), "tracking.actuals[36]: month 2029-01 is outside the "
                                                            "3-year horizon"),
])
def test_impossible_actuals_in_a_file_are_refused_with_the_month_named(change, expected):
    data = tracked_dict()
    tracking = copy.deepcopy(data["tracking"])
    change(tracking)
    if "outside" in expected:  # 42 months written without their month keys, so only the horizon is wrong
        tracking["actuals"] = [dict(item) for item in tracking["actuals"]]
        for item in tracking["actuals"]:
            item.pop("month", None)
    data["tracking"] = tracking
    found = problems_of(data)
    assert any(expected in p for p in found), found
    if "customers: must be" in expected:
        assert any("(2026-04)" in p for p in found)


def test_the_command_line_refuses_a_broken_tracking_with_exit_2(tmp_path, capsys):
    data = tracked_dict()
    data["tracking"]["actuals"][0]["customers"] = -1
    path = tmp_path / "broken.roi"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["calc", str(path)]) == 2
    assert "tracking.actuals[0].customers" in capsys.readouterr().err


# ---- the command line ---------------------------------------------------------------------------
def test_calc_json_gains_tracking(capsys):
    assert main(["calc", str(TRACKED), "--json", "--trials", "200"]) == 0
    out = json.loads(capsys.readouterr().out)["tracking"]
    t = track(load_project(TRACKED), calculate(load_project(TRACKED)))
    assert out["months"] == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
    for key in ("plan_customers", "actual_customers", "variance", "realised_churn", "planned_npv", "reforecast_npv",
                "status", "gap_customers", "gap_npv"):
        assert key in out
    assert out["variance"] == pytest.approx(t.variance.tolist())
    assert out["reforecast_npv"] == pytest.approx(t.reforecast_npv) and out["status"] == "behind"
    assert "nie nadąża" in out["sentence"]


def test_calc_json_without_tracking_says_null(capsys):
    assert main(["calc", str(UNTRACKED), "--json", "--trials", "200"]) == 0
    assert json.loads(capsys.readouterr().out)["tracking"] is None


def test_the_table_adds_a_realisation_block(capsys):
    assert main(["calc", str(TRACKED), "--trials", "200"]) == 0
    out = capsys.readouterr().out
    assert "Value realisation: plan 2." in out and "is behind" in out and "2026-06" in out


def test_export_realisation_pdf(tmp_path, capsys):
    target = tmp_path / "realizacja wartości.pdf"
    assert main(["export", str(TRACKED), "--realisation-pdf", str(target)]) == 0
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout.split())
    assert "Realizacja wartości" in text and "nie nadąża za planem" in text and "2026-06" in text
    assert main(["export", str(UNTRACKED), "--realisation-pdf", str(tmp_path / "none.pdf")]) == 2
    assert "tracking:" in capsys.readouterr().err and not (tmp_path / "none.pdf").exists()


def test_the_full_report_has_a_realisation_section_only_when_tracked(tmp_path):
    for path, expected in ((TRACKED, True), (UNTRACKED, False)):
        result = calculate(load_project(path))
        pdf = write_pdf(result, tmp_path / f"{path.stem}.pdf", lang="en")
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert ("Value realisation" in text) is expected
        assert ("is behind: after 6 months" in " ".join(text.split())) is expected


def test_the_english_realisation_report(tmp_path):
    result = calculate(load_project(TRACKED))
    pdf = write_realisation_pdf(result, tmp_path / "r.pdf", lang="en")
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "Re-forecast NPV" in text and "Realised churn to date" in text and "408,749" in text


def test_the_deck_gets_figures_and_a_sentence():
    project = load_project(TRACKED)
    slide = slide_text(project, calculate(project), "en")
    assert slide["status"] == "behind" and slide["sentence"].startswith(project.scenarios[1].name)
    assert len(slide["plan_path"]) == 37 and len(slide["rows"]) == 6
    assert slide_text(load_project(UNTRACKED), calculate(load_project(UNTRACKED)), "en") is None


def test_docstring_examples():
    import roi_desktop.core.tracking_inputs as inputs
    import roi_desktop.gui.draft.tracking_draft as draft
    import roi_desktop.gui.panels.tracking_grid as grid
    import roi_desktop.reports.tracking_text as words_
    for module in (inputs, words_, draft, grid):
        failures, tried = doctest.testmod(module)
        assert tried and not failures, module.__name__


# ---- the workbook -------------------------------------------------------------------------------
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_recalculates_the_tracking_sheet(tmp_path):
    project = load_project(TRACKED)
    result = calculate(project)
    t = track(project, result)
    source = write_workbook(result, tmp_path / "tracking.xlsx", lang="pl")
    # a finance team changes an actual in the sheet: the variance follows (the input is a plain number)
    wb = openpyxl.load_workbook(source)
    (sheet, coord), = list(wb.defined_names["tracking_variance_6"].destinations)
    row = int(coord.replace("$", "")[1:])
    wb[sheet][f"B{row}"] = 420_000
    changed = tmp_path / "changed.xlsx"
    wb.save(changed)
    out = tmp_path / "recalculated"
    done = subprocess.run([SOFFICE, "-env:UserInstallation=file:///tmp/lo-tracking", "--headless", "--calc",
                           "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(source),
                           str(changed)], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    values = openpyxl.load_workbook(out / "tracking.xlsx", data_only=True)

    def value(book, name):
        (sheet, coord), = list(book.defined_names[name].destinations)
        return book[sheet][coord.replace("$", "")].value

    for j in range(1, t.k + 1):
        assert value(values, f"tracking_variance_{j}") == pytest.approx(t.variance[j - 1], rel=1e-9, abs=1e-6)
    assert value(values, "tracking_realised_churn") == pytest.approx(t.realised_churn, rel=1e-9)
    assert value(values, "tracking_gap_customers") == pytest.approx(t.gap_customers, rel=1e-9)
    assert value(values, "tracking_status") == "poniżej planu"
    assert value(values, "tracking_planned_npv") == pytest.approx(t.planned_npv, rel=1e-9)
    after = openpyxl.load_workbook(out / "changed.xlsx", data_only=True)
    assert value(after, "tracking_variance_6") == pytest.approx(420_000 - t.plan_customers[5], rel=1e-9)
    assert value(after, "tracking_status") == "zgodnie z planem"


def test_the_formulas_package_recalculates_the_tracking_sheet(tmp_path):
    """A second independent evaluator: the ``formulas`` package finds the engine's variance and churn
    (a small one-year project with one plan, so the evaluator stays quick)."""
    from test_excel_formulas import Recalculated
    from test_tracking_model import CUT, project_with
    from roi_desktop.core.tracking_inputs import ActualMonth
    actuals = [ActualMonth(10_000.0 - 90 * j, lost=200.0 if j == 3 else None) for j in range(1, 8)]
    project = project_with(actuals, years=1, scenarios=(CUT.with_changes(name="Cut a fifth"),))  # "%" trips formulas
    result = calculate(project)
    t = track(project, result)
    book = Recalculated(write_workbook(result, tmp_path / "tracking-en.xlsx", lang="en"))
    for j in range(1, t.k + 1):
        assert book[f"tracking_variance_{j}"] == pytest.approx(t.variance[j - 1], rel=1e-9, abs=1e-6)
    assert book["tracking_realised_churn"] == pytest.approx(t.realised_churn, rel=1e-9)
    assert book["tracking_status"] == ("behind" if t.status == "behind" else "on track")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

JSON = st.recursive(st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=False)
                    | st.text(max_size=8) | st.sampled_from(["2026-01", "2026-13", "1899-12"]),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                        st.sampled_from(["scenario", "start", "actuals", "month", "customers", "lost", "won",
                                         "service_spend", "x"]), inner, max_size=5), max_leaves=20)


@settings(max_examples=60, deadline=None)
@given(tracking=JSON)
def test_any_tracking_object_loads_or_is_refused_with_paths(tracking):
    data = tracked_dict()
    data["tracking"] = tracking
    try:
        project = parse_project(json.dumps(data))
    except ProjectFileError as error:
        assert error.problems and all(p.path.startswith("tracking") for p in error.problems)
        return
    t = track(project, calculate(project))
    assert t.status in ("on_track", "behind", "no_actuals")
