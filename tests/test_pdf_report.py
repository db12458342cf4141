"""The PDF report of both samples: content, figures as the engine computed them, languages, fonts.

Expected figures come from ``roi_desktop.core.calculate`` formatted by ``roi_desktop.reports.numbers``,
so the test fails when the report shows anything else."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from roi_desktop.core import calculate
from roi_desktop.projectfile import load_project
from roi_desktop.reports import numbers
from roi_desktop.reports.pdf import document, write_pdf

pytestmark = pytest.mark.slow  # whole PDF reports of the samples

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
BASE14 = {"Courier", "Helvetica", "Times", "Symbol", "ZapfDingbats"}
DATE = dt.date(2026, 3, 5)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(numbers.NBSP, " "))


def pages_text(path: Path) -> list[str]:
    return [norm(page.extract_text()) for page in PdfReader(path).pages]


@pytest.fixture(autouse=True)
def fixed_date(monkeypatch):
    monkeypatch.setattr(document, "today", lambda: DATE)


@pytest.fixture(scope="module")
def results():
    return {name: calculate(load_project(SAMPLES / f"{name}.roi"))
            for name in ("telkom-polnoc-pl", "northwind-energy-en")}


@pytest.mark.parametrize("name", ["telkom-polnoc-pl", "northwind-energy-en"])
@pytest.mark.parametrize("lang", ["pl", "en"])
def test_sample_report_shows_engine_figures(results, tmp_path, name, lang):
    result = results[name]
    cur = result.project.analysis.currency
    path = write_pdf(result, tmp_path / "report.pdf", lang=lang)
    assert path == tmp_path / "report.pdf"
    text = " ".join(pages_text(path))
    assert norm(result.project.client.name) in text
    for s in result.scenarios:
        assert norm(numbers.money(s.npv, cur, lang)) in text, s.name
        assert norm(numbers.money(s.pv_benefits, cur, lang)) in text
        assert norm(numbers.money(s.pv_costs, cur, lang)) in text
        if s.roi is not None:
            assert norm(numbers.percent(s.roi, lang)) in text
        if s.irr_verdict.shown:  # the engine's verdict: a rate is printed only where it means something
            assert norm(numbers.percent(s.irr_verdict.rate, lang)) in text
    base = result.baseline
    assert norm(numbers.money(base.clv, cur, lang)) in text
    assert norm(numbers.money(base.cost_of_poor_service.annual_revenue_lost, cur, lang)) in text


def test_polish_report_has_polish_words_and_letters(results, tmp_path):
    text = " ".join(pages_text(write_pdf(results["telkom-polnoc-pl"], tmp_path / "r.pdf", lang="pl")))
    assert "Telkom Północ Sp. z o.o." in text
    assert "Anna Wójcik-Łęczyńska" in text
    assert "ąćęłńóśźż" not in text  # sanity: the check below is about real words
    for heading in ("Załącznik", "Podsumowanie dla zarządu", "Porównanie scenariuszy", "Wykresy",
                    "Roczne przepływy pieniężne scenariuszy", "Przyjęte założenia", "Metodyka i źródła",
                    "Ważna informacja"):
        assert heading in text, heading
    assert "Executive summary" not in text and "Scenario comparison" not in text
    assert numbers.date(DATE, "pl") in text  # 5 marca 2026
    assert "Gupta & Lehmann" in text and "The Cost of Poor Customer Service" in text


def test_english_report_of_a_polish_project_is_english(results, tmp_path):
    text = " ".join(pages_text(write_pdf(results["telkom-polnoc-pl"], tmp_path / "r.pdf", lang="en")))
    for heading in ("Appendix", "Executive summary", "Scenario comparison", "Yearly cash flows per scenario",
                    "Assumptions entered", "Methodology and sources", "Important notice"):
        assert heading in text, heading
    assert "Podsumowanie" not in text and "Załącznik" not in text
    # flow line keys from the engine are translated, custom lines keep the consultant's name
    assert "margin_change" not in text and "Service spend change" in text
    assert "Mniej powtórnych kontaktów" in text
    assert "PLN" in text and "5 March 2026" in text


def test_every_page_has_footer_with_client_date_and_page_number(results, tmp_path):
    texts = pages_text(write_pdf(results["northwind-energy-en"], tmp_path / "r.pdf", lang="en"))
    assert len(texts) >= 8
    for n, text in enumerate(texts, start=1):
        assert "Northwind Energy Retail Ltd · 5 March 2026" in text, n
        assert f"Page {n} of {len(texts)}" in text, n


def test_every_font_is_embedded_and_none_is_base14(results, tmp_path):
    reader = PdfReader(write_pdf(results["telkom-polnoc-pl"], tmp_path / "r.pdf", lang="pl"))
    seen = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            base = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            seen.add(base)
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            assert descriptor is not None, base
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), f"{base} not embedded"
            assert not any(base.startswith(b) for b in BASE14), base
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= seen


def test_charts_are_vector_not_images(results, tmp_path):
    reader = PdfReader(write_pdf(results["northwind-energy-en"], tmp_path / "r.pdf", lang="en"))
    for page in reader.pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())


def test_outline_lists_the_page_of_every_section(results, tmp_path):
    """The story starts on page one (no contents page); the PDF's bookmarks lead to every section."""
    reader = PdfReader(write_pdf(results["telkom-polnoc-pl"], tmp_path / "r.pdf", lang="pl"))
    texts = [norm(page.extract_text()) for page in reader.pages]
    marks = [item.title for item in reader.outline]
    text = " ".join(texts)
    headings = ["Podsumowanie dla zarządu", "Porównanie scenariuszy", "Wykresy", "Stan obecny: wartość klienta i "
                "koszt złej obsługi", "Roczne przepływy pieniężne scenariuszy", "Przyjęte założenia",
                "Metodyka i źródła", "Ważna informacja"]
    assert "Podsumowanie dla zarządu" in texts[0] and "Spis treści" not in text
    assert [m for m in marks if m in headings] == headings  # every section, in the order of the report
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
