"""The risk section of the PDF shows what ``roi_desktop.core.risk.analyse_risk`` computed, formatted
for the report's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from roi_desktop.core import calculate
from roi_desktop.core.risk import analyse_risk
from roi_desktop.projectfile import load_project
from roi_desktop.reports import numbers, risk_text
from roi_desktop.reports.pdf import write_pdf

pytestmark = pytest.mark.slow  # whole PDF reports with the risk section

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def risk_for(project, result):
    return analyse_risk(project, trials=2000, result=result)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(numbers.NBSP, " "))


@pytest.mark.parametrize("name,lang", [("telkom-polnoc-pl", "pl"), ("northwind-energy-en", "en")])
def test_risk_section_shows_the_ranges(tmp_path, name, lang):
    project = load_project(SAMPLES / f"{name}.roi")
    result = calculate(project)
    risk = risk_for(project, result)
    cur = project.analysis.currency
    text = norm(" ".join(p.extract_text() for p in PdfReader(write_pdf(result, tmp_path / "r.pdf", lang=lang,
                                                                          risk=risk)).pages))
    assert ("Analiza ryzyka" if lang == "pl" else "Risk analysis") in text
    for sr in risk.scenarios:
        mc = sr.monte_carlo
        for value in (mc.p10, mc.p50, mc.p90):
            assert norm(numbers.money(value, cur, lang)) in text
        assert norm(numbers.percent(mc.prob_positive, lang, 0)) in text
        assert norm(risk_text.monte_carlo_sentence(sr, cur, lang)) in text  # the product's shared wording
        top = max(sr.tornado, key=lambda b: abs(b.swing))
        assert norm(numbers.money(top.npv_low, cur, lang)) in text
    if risk.prob_best_investment_beats_best_cut is not None:
        assert norm(numbers.percent(risk.prob_best_investment_beats_best_cut, lang, 0)) in text


def test_without_risk_there_is_no_risk_section(tmp_path):
    result = calculate(load_project(SAMPLES / "northwind-energy-en.roi"))
    text = " ".join(p.extract_text() for p in PdfReader(write_pdf(result, tmp_path / "r.pdf", lang="en")).pages)
    assert "Risk analysis" not in text.split("Methodology and sources")[0]
    assert "P10" not in text
