"""The workbook's structure: defined names, user text kept as text, sheet names, validation, write errors."""

from __future__ import annotations

import doctest
import re
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import openpyxl
import pytest


from roi_desktop.atomic import FileWriteError
from roi_desktop.core import CLIENT_FIELDS, CustomLine, calculate
from roi_desktop.core.fields import SCENARIO_FIELDS
from roi_desktop.projectfile import load_project
from roi_desktop.reports.excel import write_workbook
from roi_desktop.reports.excel import cells, names, ranges
from roi_desktop.reports.excel.names import sheet_name

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-1", "@SUM(A1)", "=1+1", "=cmd|' /C calc'!A0"]


@pytest.fixture(scope="module")
def telkom():
    return load_project(SAMPLES / "telkom-polnoc-pl.roi")


def destination(wb, name: str):
    (sheet, coord), = list(wb.defined_names[name].destinations)
    return wb[sheet][coord.replace("$", "")]


def test_defined_names_point_at_the_inputs_and_results(telkom, tmp_path):
    path = write_workbook(calculate(telkom), tmp_path / "t.xlsx", lang="pl")
    wb = openpyxl.load_workbook(path)
    for field in CLIENT_FIELDS:
        assert destination(wb, field).value == pytest.approx(getattr(telkom.client, field)), field
        assert destination(wb, field).parent.title == "Dane wejściowe"
    assert destination(wb, "discount_rate").value == telkom.analysis.discount_rate
    assert destination(wb, "horizon_years").value == telkom.analysis.horizon_years
    for i, s in enumerate(telkom.scenarios, start=1):
        for field in SCENARIO_FIELDS:
            if field.endswith(("_low_pp", "_high_pp")):
                continue
            assert destination(wb, f"s{i}_{field}").value == pytest.approx(getattr(s, field)), (i, field)
        for metric, start in (("npv", "=NPV(discount_rate,"), ("pv_benefits", "=NPV(discount_rate,"),
                              ("pv_costs", "=NPV(discount_rate,"), ("roi", "=IF(pv_costs_"),
                              ("irr", "=IF(OR(MAX(" if calculate(telkom).scenarios[i - 1].irr_verdict.shown else '="'),
                              ("payback_month", "=IF(B5="), ("crossover_month", "=IF(B5=")):
            cell = destination(wb, f"{metric}_{i}")
            assert cell.parent.title == "Podsumowanie"
            assert cell.column == 1 + i, (metric, i)
            assert str(cell.value).startswith(start.replace("B5", f"{cell.column_letter}5")), (metric, cell.value)
    assert all(dn.localSheetId is None for dn in wb.defined_names.values())  # workbook-scoped


def test_every_figure_on_the_model_sheets_is_a_formula(telkom, tmp_path):
    wb = openpyxl.load_workbook(write_workbook(calculate(telkom), tmp_path / "t.xlsx", lang="pl"))
    sheet = wb.worksheets[3]
    assert sheet.title == "1. Cięcie budżetu obsługi o 20"  # cut to Excel's 31 characters
    assert sheet["F6"].value == "=customers" and sheet["F7"].value == "=G6"
    assert "s1_churn_change_pp" in sheet["D6"].value and "annual_churn_rate" in sheet["D6"].value
    numbers = [c for row in sheet.iter_rows(min_row=6, min_col=3) for c in row
               if isinstance(c.value, (int, float)) and c.column_letter not in ("Q", "R")]
    assert [c.coordinate for c in numbers if c.row > 5 and c.column < 19] == []


def hostile_project(project):
    client = replace(project.client, name=HOSTILE[0], industry=HOSTILE[3], notes=HOSTILE[5])
    scenarios = []
    for i, s in enumerate(project.scenarios):
        lines = tuple(replace(line, name=HOSTILE[(i + j + 4) % len(HOSTILE)]) for j, line in enumerate(s.lines))
        scenarios.append(replace(s, name=HOSTILE[i + 1], notes=HOSTILE[4], lines=lines))
    return project.with_changes(client=client, scenarios=tuple(scenarios))


def test_hostile_user_text_stays_text(telkom, tmp_path):
    project = hostile_project(telkom)
    path = write_workbook(calculate(project), tmp_path / "hostile.xlsx", lang="en")
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        formulas_xml = " ".join(" ".join(re.findall(r"<f>(.*?)</f>", z.read(n).decode())) for n in parts)
        inputs_xml = z.read("xl/worksheets/sheet2.xml").decode()  # Summary is sheet1, Inputs sheet2
        assert "vbaProject" not in " ".join(z.namelist()) and "macroEnabled" not in z.read("[Content_Types].xml").decode()
    formulas_xml = re.sub(r"'(?:[^']|'')*'!", "", formulas_xml)  # quoted sheet names in references are fine
    assert "HYPERLINK" not in formulas_xml and "SUM(A1)" not in formulas_xml and "cmd|" not in formulas_xml
    name_cell = re.search(r'<c r="C6"[^>]*>(.*?)</c>', inputs_xml).group(0)
    assert 't="inlineStr"' in name_cell and "<f>" not in name_cell
    assert "<t>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t>" in name_cell or \
        '<t>=HYPERLINK("http://x","y")</t>' in name_cell
    wb = openpyxl.load_workbook(path)
    found = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value in HOSTILE:
                    found.setdefault(cell.value, []).append(cell)
    assert set(found) == set(HOSTILE)
    for value, cells_ in found.items():
        for cell in cells_:
            assert cell.data_type == "s", (value, cell.coordinate)
            if value[0] in "=+-@":
                assert cell.quotePrefix, (value, cell.coordinate)
    assert wb["Inputs"]["C6"].value == HOSTILE[0]


def _force(obj, **values):
    """Set fields past validation: the core refuses control characters, the writer must still cope."""
    for name, value in values.items():
        object.__setattr__(obj, name, value)
    return obj


def test_control_characters_are_dropped_not_fatal(telkom, tmp_path):
    line = _force(CustomLine("Linia", "cost", (1.0, 2.0, 3.0, 4.0)), name="Linia\x01")
    scenario = _force(replace(telkom.scenarios[0], lines=(line,)), name="Cięcie\x1b[31m", notes="a\x0bb")
    project = telkom.with_changes(client=_force(replace(telkom.client), name="Kłos\x07 i\x00 syn"),
                                  scenarios=(scenario,), report=_force(replace(telkom.report), title="Tytuł\x02"))
    path = write_workbook(calculate(project), tmp_path / "c.xlsx", lang="pl")
    wb = openpyxl.load_workbook(path)
    assert wb["Dane wejściowe"]["C6"].value == "Kłos i syn"
    assert wb.sheetnames[3] == "1. Cięcie[31m".replace("[", "") and wb.properties.title == "Tytuł"
    with zipfile.ZipFile(path) as z:
        assert all(not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", z.read(n).decode("utf-8", "replace"))
                   for n in z.namelist() if n.endswith(".xml"))


def test_sheet_names_are_valid_unique_and_keep_polish_letters(telkom, tmp_path):
    taken = {"podsumowanie"}
    assert sheet_name("Zażółć gęślą jaźń: [test]/*?\\", taken) == "Zażółć gęślą jaźń test"
    assert sheet_name("Zażółć gęślą jaźń test", taken) == "Zażółć gęślą jaźń test (2)"
    assert sheet_name("'Podsumowanie'", taken) == "Podsumowanie (2)"
    assert sheet_name("History", taken) == "History (1)"
    long = sheet_name("Ł" * 40, taken)
    assert len(long) == 31 and set(long) == {"Ł"}
    same = [replace(telkom.scenarios[0], name="Obniżka: budżetu/obsługi o 20 % w roku następnym [ł]")] * 2
    project = telkom.with_changes(scenarios=tuple(same))
    wb = openpyxl.load_workbook(write_workbook(calculate(project), tmp_path / "s.xlsx", lang="pl"))
    titles = wb.sheetnames
    assert titles[:3] == ["Podsumowanie", "Dane wejściowe", "Stan obecny"]
    scenario_titles = titles[3:5]
    assert scenario_titles[0].startswith("1. Obniżka budżetuobsługi") and scenario_titles[1].startswith("2. Obniżka")
    for title in titles:
        assert len(title) <= 31 and not set(title) & set("[]:*?/\\")
    assert len({t.lower() for t in titles}) == len(titles)


def test_inputs_are_styled_and_validated_with_messages_in_the_report_language(telkom, tmp_path):
    wb = openpyxl.load_workbook(write_workbook(calculate(telkom), tmp_path / "v.xlsx", lang="pl"))
    ws = wb["Dane wejściowe"]
    churn = destination(wb, "annual_churn_rate")
    assert churn.fill.fgColor.rgb.endswith("FFF2CC") and churn.number_format.endswith("%")
    rules = {str(r.sqref): r for r in ws.data_validations.dataValidation}
    rule = rules[churn.coordinate]
    assert rule.showErrorMessage and rule.errorStyle == "stop"
    assert rule.type == "custom" and f"{churn.coordinate}<1" in rule.formula1
    assert "Roczny wskaźnik odejść" in rule.error and "mniejszą niż 100 %" in rule.error
    customers = rules[destination(wb, "customers").coordinate]
    assert "C" in customers.formula1 and ">0" in customers.formula1
    pp_cell = destination(wb, "s1_churn_change_pp")
    assert "p.p." in pp_cell.number_format
    covered = " ".join(str(r.sqref) for r in ws.data_validations.dataValidation)
    assert pp_cell.coordinate[0] in covered
    assert len(ws.data_validations.dataValidation) >= len(CLIENT_FIELDS) + 9
    en = openpyxl.load_workbook(write_workbook(calculate(telkom), tmp_path / "v_en.xlsx", lang="en"))
    rule_en = {str(r.sqref): r for r in en["Inputs"].data_validations.dataValidation}[churn.coordinate]
    assert rule_en.error == "Yearly churn rate must be a number at least 0% and less than 100%."


def test_risk_sheet_writes_static_labelled_numbers(telkom, tmp_path):
    result = calculate(telkom)

    @dataclass(frozen=True)
    class Bar:
        input: str; low_value: float; high_value: float; npv_low: float; npv_high: float; swing: float  # noqa: E702

    @dataclass(frozen=True)
    class MC:
        p10: float; p50: float; p90: float; prob_positive: float; trials: int  # noqa: E702
        histogram_edges: tuple = (); histogram_counts: tuple = ()  # noqa: E702

    @dataclass(frozen=True)
    class SR:
        name: str; kind: str; breakeven_churn_change_pp: float; tornado: tuple; monte_carlo: MC  # noqa: E702

    @dataclass(frozen=True)
    class RR:
        scenarios: tuple; prob_best_investment_beats_best_cut: float; trials: int; seed: int  # noqa: E702

    risk = RR(tuple(SR(s.name, s.kind, 1.0, (Bar("client.gross_margin", 0.38, 0.45, -1.0, 2.0, 3.0),),
                       MC(-123.0, 456.0, 789.0, 0.61, 1000)) for s in result.scenarios), 0.73, 1000, 7)
    wb = openpyxl.load_workbook(write_workbook(result, tmp_path / "r.xlsx", lang="pl", risk=risk))
    ws = wb["Ryzyko"]
    values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert any("obliczone przez roi-desktop" in str(v) for v in values)
    assert 456.0 in values and 0.73 in values and "Marża brutto" in values
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
    for i, s in enumerate(result.scenarios):
        assert ws[f"B{5 + i}"].value == pytest.approx(s.breakeven_churn_change_pp)


def test_write_errors_name_the_reason(telkom, tmp_path):
    result = calculate(telkom)
    with pytest.raises(FileWriteError) as missing:
        write_workbook(result, tmp_path / "no" / "such" / "folder.xlsx", lang="en")
    assert "does not exist" in missing.value.reason
    (tmp_path / "taken.xlsx").mkdir()
    with pytest.raises(FileWriteError, match="folder"):
        write_workbook(result, tmp_path / "taken.xlsx", lang="en")
    with pytest.raises(ValueError, match="lang"):
        write_workbook(result, tmp_path / "x.xlsx", lang="de")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.xlsx"]  # no temporary files left behind


def test_one_year_workbook_with_custom_lines_opens_with_charts(telkom, tmp_path):
    from roi_desktop.core import Analysis
    scenario = replace(telkom.scenarios[0], lines=(CustomLine("Kara umowna", "cost", (1.0, 2.0)),))
    project = telkom.with_changes(analysis=Analysis(horizon_years=1, currency="GBP"), scenarios=(scenario,))
    wb = openpyxl.load_workbook(write_workbook(calculate(project), tmp_path / "one.xlsx", lang="en"))
    assert wb["Summary"]["B8"].number_format.startswith("£#,##0")
    zipped = zipfile.ZipFile(tmp_path / "one.xlsx")
    assert sum(n.startswith("xl/charts/chart") for n in zipped.namelist()) == 2


@pytest.mark.parametrize("module", [ranges, names, cells])
def test_docstring_examples(module):
    failures, tried = doctest.testmod(module)
    assert tried > 0 and failures == 0


@pytest.mark.slow  # the full risk analysis and a workbook
def test_risk_sheet_with_the_real_risk_analysis(telkom, tmp_path):
    from roi_desktop.core import risk as risk_module
    result = calculate(telkom)
    risk = risk_module.analyse_risk(telkom, trials=200, seed=1)
    wb = openpyxl.load_workbook(write_workbook(result, tmp_path / "risk.xlsx", lang="en", risk=risk))
    values = [c.value for row in wb["Risk"].iter_rows() for c in row if isinstance(c.value, (int, float))]

    def written(x: float) -> bool:  # openpyxl stores 16 significant digits
        return any(v == pytest.approx(x, rel=1e-15) for v in values)

    for scenario in risk.scenarios:
        assert written(scenario.monte_carlo.p50)
        assert scenario.tornado and all(written(bar.npv_low) and written(bar.swing) for bar in scenario.tornado)
