"""LibreOffice Impress opens the deck (with and without the firm's template) and converts it to PDF:
one page per slide, the text extractable with Polish letters intact, the slides rendered to PNG for a
look (kept in the test's folder). The leave-behind: exactly two A4 pages, page 1 holding the verdict and
every scenario's NPV as formatted. Skipped when ``soffice`` is not installed (Impress is needed:
``scripts/system-deps.sh --test`` installs it)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from deck_support import awkward_project
from pypdf import PdfReader

from roi_desktop.core import calculate
from roi_desktop.core.risk import analyse_risk
from roi_desktop.reports import numbers
from roi_desktop.reports.branding import Branding
from roi_desktop.reports.deck import write_deck
from roi_desktop.reports.leave_behind import write_summary_pdf
from roi_desktop.reports.verdict import verdict
from roi_desktop.reports.words import words

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOPPM = shutil.which("pdftoppm")


def plain(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def to_pdf(deck, out_dir):
    done = subprocess.run([SOFFICE, "-env:UserInstallation=file:///tmp/lo-deck-tests", "--headless",
                           "--convert-to", "pdf", "--outdir", str(out_dir), str(deck)],
                          capture_output=True, text=True, timeout=240)
    pdf = out_dir / (deck.stem + ".pdf")
    assert pdf.exists(), done.stdout + done.stderr
    return pdf


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("with_template", [False, True], ids=["built-in", "firm-template"])
def test_libreoffice_opens_the_deck(tmp_path, with_template):
    from pptx import Presentation
    from test_deck_template import firm_template

    project = awkward_project()
    result = calculate(project)
    risk = analyse_risk(project, trials=300, result=result)
    template = firm_template(tmp_path / "firma.pptx", keep=("Title Only", "Blank")) if with_template else None
    deck = write_deck(result, tmp_path / "talia żółć.pptx", lang="pl", risk=risk, template=template)
    pdf = to_pdf(deck, tmp_path)
    pages = PdfReader(pdf).pages
    assert len(pages) == len(Presentation(str(deck)).slides)
    text = plain(" ".join(page.extract_text() for page in pages))
    assert plain(project.client.name) in text
    for s in project.scenarios:
        assert plain(s.name) in text
    assert words("pl")("deck.h_clv") in text and "Metodyka i źródła" in text
    if PDFTOPPM:
        subprocess.run([PDFTOPPM, "-r", "40", "-png", str(pdf), str(tmp_path / "slide")], check=True, timeout=120)
        assert len(list(tmp_path.glob("slide-*.png"))) == len(pages)


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_leave_behind_two_pages_with_verdict_and_every_npv(tmp_path, lang):
    project = awkward_project()
    result = calculate(project)
    risk = analyse_risk(project, trials=300, result=result)
    branding = Branding(company="Doradcy Łódź", consultant="Zofia Gęś", contact="zofia@example.pl\n+48 600 000 000")
    pdf = write_summary_pdf(result, tmp_path / "podsumowanie.pdf", lang=lang, risk=risk, branding=branding)
    pages = PdfReader(pdf).pages
    assert len(pages) == 2
    first, second = (plain(p.extract_text()) for p in pages)
    assert plain(verdict(result, lang)) in first
    for s in result.scenarios:
        assert plain(numbers.money(s.npv, project.analysis.currency, lang)) in first
        assert plain(s.name) in first
    for x in (words(lang)("deck.lb_cops"), words(lang)("deck.lb_risk"), "zofia@example.pl", "Doradcy Łódź"):
        assert plain(x) in second
    assert project.report.consultant in second  # the project's consultant comes first
    assert plain(numbers.money(risk.scenarios[0].monte_carlo.p10, project.analysis.currency, lang)) in second


def test_leave_behind_stays_two_pages_with_fifty_scenarios(tmp_path):
    project = awkward_project(scenarios=50)
    result = calculate(project)
    risk = analyse_risk(project, trials=200, result=result)
    pdf = write_summary_pdf(result, tmp_path / "s.pdf", lang="pl", risk=risk)
    pages = PdfReader(pdf).pages
    assert len(pages) == 2
    first = plain(pages[0].extract_text())
    for s in result.scenarios:
        assert plain(numbers.money(s.npv, "PLN", "pl")) in first


def test_leave_behind_embeds_dejavu_only(tmp_path):
    result = calculate(awkward_project())
    pdf = PdfReader(write_summary_pdf(result, tmp_path / "s.pdf", lang="pl"))
    fonts = set()
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("DejaVu" in f for f in fonts), fonts
