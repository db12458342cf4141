"""Issue 11: the report a CFO reads in five minutes. Page one holds the answer; every figure is formatted
once and reads the same in table, sentence, workbook and app; any valid project exports; the engine's IRR
verdict and payback basis read the same in calc --json, the PDF and the workbook.

Expected strings come from the engine's result formatted by ``reports.numbers``, ``risk_text`` and
``verdict_words`` (the single formatting of each figure), so a report that prints anything else fails."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from pypdf import PdfReader

from report_projects import big_project
from roi_desktop.core import Analysis, Client, Project, Scenario, calculate
from roi_desktop.core.inputs import CustomLine
from roi_desktop.projectfile import load_project, save_project
from roi_desktop.reports import numbers, risk_text
from roi_desktop.reports.excel import write_workbook
from roi_desktop.reports.pdf.document import layout_pdf
from roi_desktop.reports.verdict_words import irr_text, payback_text

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
FRAME_HEIGHT = 841.89 - 22 * 72 / 25.4 - 20 * 72 / 25.4  # A4 less the top and bottom margins (styles.py)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(numbers.NBSP, " ")).strip()


def render(result, lang: str, risk=None):
    data, layout = layout_pdf(result, lang=lang, risk=risk)
    pages = [norm(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]
    return pages, layout


@pytest.fixture(scope="module")
def samples():
    out = {}
    for name in ("telkom-polnoc-pl", "northwind-energy-en"):
        result = calculate(load_project(SAMPLES / f"{name}.roi"))
        for lang in ("pl", "en"):
            out[name, lang] = (result, *render(result, lang))
    return out


CASES = [("telkom-polnoc-pl", "pl"), ("telkom-polnoc-pl", "en"), ("northwind-energy-en", "en"),
         ("northwind-energy-en", "pl")]


@pytest.mark.parametrize("name, lang", CASES)
def test_page_one_holds_the_verdict_and_every_npv(samples, name, lang):
    result, pages, _ = samples[name, lang]
    first = pages[0]
    cur = result.project.analysis.currency
    assert ("Podsumowanie dla zarządu" if lang == "pl" else "Executive summary") in first
    best_inv, best_cut = result.best_index("investment"), result.best_index("cut")
    verdict = ("Inwestycja w obsługę klienta" if lang == "pl" else "Investing in customer service") \
        if result.scenarios[best_inv].npv >= result.scenarios[best_cut].npv else \
        ("Przy tych założeniach cięcie" if lang == "pl" else "Under these assumptions the cut")
    assert verdict in first
    for s in result.scenarios:
        assert norm(numbers.money(s.npv, cur, lang)) in first, s.name
        assert norm(payback_text(lang, s.timing)) in first, s.name  # payback in words, per kind
    assert ("Skumulowany przepływ netto" if lang == "pl" else "Cumulative net cash flow") in first  # the chart


@pytest.mark.parametrize("name, lang", CASES)
def test_break_even_reads_the_same_in_table_and_sentence(samples, name, lang):
    result, pages, _ = samples[name, lang]
    text = " ".join(pages)
    for s in result.scenarios:
        shown = norm(risk_text.breakeven_figure(s.breakeven_churn_change_pp, lang))
        assert shown == norm(numbers.pp(s.breakeven_churn_change_pp, lang, 2))
        sentence = norm(risk_text.breakeven_sentence(s, lang))
        assert shown in sentence and sentence in text, s.name
        assert text.count(shown) >= 3, s.name  # headline table, comparison table, sentence


@pytest.mark.parametrize("name, lang", CASES)
def test_main_part_is_short_and_full_then_the_appendix(samples, name, lang):
    result, pages, layout = samples[name, lang]
    assert len(result.scenarios) <= 6
    assert layout.appendix_page is not None and 2 <= layout.main_pages <= 5
    assert ("Załącznik" if lang == "pl" else "Appendix") in pages[layout.appendix_page - 1]
    for page in range(1, layout.main_pages + 1):
        assert layout.free[page] <= FRAME_HEIGHT / 3, (page, layout.free[page])


@pytest.mark.parametrize("name, lang", CASES)
def test_irr_is_shown_only_with_the_engines_verdict(samples, name, lang):
    result, pages, _ = samples[name, lang]
    text = " ".join(pages)
    for s in result.scenarios:
        assert norm(irr_text(lang, s.irr_verdict)) in text, s.name


def test_polish_words_and_grammar(samples):
    text = " ".join(samples["telkom-polnoc-pl", "pl"][1])
    assert "w wprowadzonej" not in text and "Horyzont 3 lata" in text
    assert "Po 3 latach" in text


# ---- any valid project exports ------------------------------------------------------------------------

def export_big(count: int, years: int, tmp_path: Path, lang: str = "pl"):
    project = big_project(count, years, lang=lang)
    result = calculate(project)
    pages, layout = render(result, lang)
    book = write_workbook(result, tmp_path / "big.xlsx", lang=lang)
    return result, pages, layout, openpyxl.load_workbook(book)


def check_export(result, pages, layout, wb, lang: str) -> None:
    cur = result.project.analysis.currency
    first = pages[0]
    for s in result.scenarios:  # every scenario's NPV, formatted as everywhere, on page one
        assert norm(numbers.money(s.npv, cur, lang)) in first, s.name
    assert "Skumulowany przepływ netto" in first  # and one chart
    for page in range(1, layout.main_pages + 1):  # nothing overflows a frame
        assert layout.free[page] >= -10, page
    assert layout.appendix_page is not None and layout.pages > layout.main_pages
    assert wb.sheetnames[0] and len(wb.sheetnames) >= 5 + len(result.scenarios) - 1
    years = result.project.analysis.horizon_years
    assert re.search(r"Horyzont: " + re.escape(norm(payback_years(years))), norm(wb.worksheets[0]["A3"].value))


def payback_years(years: int) -> str:
    from roi_desktop.reports.words import text
    return text("pl", "years_count", n=years)


@pytest.mark.parametrize("count, years", [(1, 1), (1, 10), (6, 1), (6, 10)])
def test_projects_of_one_and_six_scenarios_export(tmp_path, count, years):
    result, pages, layout, wb = export_big(count, years, tmp_path)
    check_export(result, pages, layout, wb, "pl")
    assert layout.main_pages <= 5
    for page in range(1, layout.main_pages + 1):
        assert layout.free[page] <= FRAME_HEIGHT / 3, (page, layout.free[page])


@pytest.mark.slow
@pytest.mark.parametrize("count, years", [(28, 1), (28, 10), (50, 1), (50, 10)])
def test_projects_of_28_and_50_scenarios_export(tmp_path, count, years):
    """28 scenarios used to fail with reportlab's LayoutError; 50 is the file format's limit."""
    result, pages, layout, wb = export_big(count, years, tmp_path)
    check_export(result, pages, layout, wb, "pl")


def test_horizon_unit_agrees_with_its_number_in_the_workbook(tmp_path):
    for years, unit in ((1, "1 rok"), (3, "3 lata"), (5, "5 lat")):
        result = calculate(big_project(1, years, longest=False))
        wb = openpyxl.load_workbook(write_workbook(result, tmp_path / f"h{years}.xlsx", lang="pl"))
        assert f"Horyzont: {unit}" in norm(wb.worksheets[0]["A3"].value)


# ---- IRR verdicts: one decision, the same words everywhere --------------------------------------------

CLIENT = Client(customers=1000, annual_revenue_per_customer=100, gross_margin=0.5, annual_churn_rate=0.1,
                name="IRR S.A.")
IRR_FLOWS = {  # yearly net flows in thousands (custom lines only, so the flows are exactly these)
    "plus_minus_plus": (100.0, -300.0, 50.0),
    "gains_first": (50.0, -300.0, -300.0, -300.0),
    "two_rates": (100.0, -250.0, 150.0),  # NPV zero at 0 % and at 50 %
    "costs_first": (-300.0, 120.0, 120.0, 120.0),
}


def irr_project(flows, kind: str = "investment", rate: float = 0.09) -> Project:
    lines = tuple(CustomLine(f"Pozycja {t}", "benefit" if v > 0 else "cost",
                             tuple(abs(v) * 1000 if k == t else 0.0 for k in range(len(flows))))
                  for t, v in enumerate(flows) if v)
    return Project(CLIENT, Analysis(horizon_years=len(flows) - 1, discount_rate=rate, currency="PLN", trials=200),
                   scenarios=(Scenario("Przypadek", kind=kind, lines=lines),))


@pytest.mark.parametrize("case", sorted(IRR_FLOWS))
def test_irr_verdict_is_the_same_in_calc_json_pdf_and_workbook(case, tmp_path, capsys):
    from roi_desktop.cli.main import main
    project = irr_project(IRR_FLOWS[case], kind="cut" if case == "gains_first" else "investment")
    result = calculate(project)
    s = result.scenarios[0]
    assert np.allclose(s.net, np.array(IRR_FLOWS[case]) * 1000)
    expected_code = {"gains_first": "gains_first", "two_rates": "several_rates", "costs_first": "meaningful"}
    if case in expected_code:
        assert s.irr_verdict.code == expected_code[case]
    path = tmp_path / "irr.roi"
    save_project(project, path)
    assert main(["calc", str(path), "--json", "--trials", "200"]) == 0
    data = json.loads(capsys.readouterr().out)
    verdict = data["scenarios"][0]["irr_verdict"]
    assert verdict["code"] == s.irr_verdict.code
    words = irr_text("pl", s.irr_verdict)
    if not s.irr_verdict.shown:
        assert numbers.percent(0.09, "pl") in words  # the note names the project's own discount rate
    pages, _ = render(result, "pl")
    assert norm(words) in " ".join(pages)
    wb = openpyxl.load_workbook(write_workbook(result, tmp_path / "irr.xlsx", lang="pl"))
    (sheet, coord), = list(wb.defined_names["irr_1"].destinations)
    cell = wb[sheet][coord.replace("$", "")].value
    if s.irr_verdict.shown:
        assert cell.startswith("=") and "IRR(" in cell
    else:
        assert cell == '="' + words + '"'


def test_npv_and_irr_disagreeing_say_so_with_the_discount_rate():
    from roi_desktop.core.irr_verdict import IrrVerdict
    words = irr_text("en", IrrVerdict("disagrees_with_npv", (0.112,), 0.09))
    assert "11.2%" in words and "9.0%" in words and words.startswith("not shown")
    assert irr_text("pl", IrrVerdict("several_rates", (0.112, 2.143), 0.09)) == (
        "nie podano: pasują 2 stopy (11,2\xa0%, 214,3\xa0%); decyduje NPV przy stopie 9,0\xa0%")


# ---- payback in words, per kind, the same in the app, the PDF and the workbook -------------------------

@pytest.mark.parametrize("code, month, years, en, pl", [
    ("pays_back", 29, 5, "pays back in month 29", "zwraca się w 29. miesiącu"),
    ("never_within_horizon", None, 5, "never pays back within 5 years", "nie zwraca się w ciągu 5 lat"),
    ("never_within_horizon", None, 1, "never pays back within 1 year", "nie zwraca się w ciągu 1 roku"),
    ("turns_into_loss", 32, 5, "savings turn into a loss in month 32",
     "oszczędności zamieniają się w stratę w 32. miesiącu"),
    ("stays_ahead", None, 5, "stays ahead for all 5 years", "pozostaje na plusie przez wszystkie 5 lat"),
    ("stays_ahead", None, 22, "stays ahead for all 22 years", "pozostaje na plusie przez wszystkie 22 lata"),
])
def test_payback_words(code, month, years, en, pl):
    from roi_desktop.core.timing import Timing
    assert payback_text("en", Timing(code, month, years)) == en
    assert payback_text("pl", Timing(code, month, years)) == pl


def test_app_card_uses_the_report_words(samples):
    from roi_desktop.gui.texts.results_text import timing_text
    result = samples["northwind-energy-en", "en"][0]
    for s in result.scenarios:
        words = payback_text("en", s.timing)
        assert timing_text(s, "en") == words[:1].upper() + words[1:]


# ---- grey print -----------------------------------------------------------------------------------------

def test_lines_differ_by_dash_and_marker_and_a_cut_axis_says_so(samples):
    from reportlab.graphics.shapes import PolyLine, String
    from roi_desktop.reports.pdf.charts import Series, line_chart
    from roi_desktop.reports.pdf.formatting import Fmt
    result = samples["northwind-energy-en", "en"][0]
    series = [Series(s.customers, i, s.name) for i, s in enumerate(result.scenarios)]
    drawing = line_chart(series, Fmt("en", "EUR"), money=False)
    lines = [c for c in drawing.contents if isinstance(c, PolyLine) and c.strokeWidth > 1.2]
    dashes = [tuple(c.strokeDashArray or ()) for c in lines]
    assert len(set(dashes)) == len(series)  # neighbours apart without colour
    labels = " ".join(c.text for c in drawing.contents if isinstance(c, String))
    assert "not at zero" in labels
    for s in series:  # direct labels at the line ends
        assert s.label[:8] in labels
