"""What the consultant types reaches the PDF as typed: markup-like names, long names, Polish notes,
many scenarios and long horizons still lay out."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from roi_desktop.core import Analysis, Client, CustomLine, Project, ReportSettings, Scenario, calculate
from roi_desktop.reports import numbers
from roi_desktop.reports.branding import Branding
from roi_desktop.reports.pdf import write_pdf


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(numbers.NBSP, " "))


def text_of(path) -> str:
    return norm(" ".join(page.extract_text() for page in PdfReader(path).pages))


def client(**kw) -> Client:
    base = dict(customers=50_000, annual_revenue_per_customer=900, gross_margin=0.35, annual_churn_rate=0.18,
                annual_new_customers=6_000, acquisition_cost=250, annual_service_spend=3_000_000,
                service_churn_share=0.3)
    base.update(kw)
    return Client(**base)


def test_markup_in_user_text_prints_as_typed(tmp_path):
    project = Project(
        client(name="<b>Acme & Co</b>", notes="Margin < 40 % & churn > 10 % <i>per year</i>"),
        scenarios=(Scenario("Cut <script> & more", kind="cut", service_spend_change=-0.1, churn_change_pp=1,
                            notes="a & b <br/> c",
                            lines=(CustomLine("Licence <x> & support", "cost", (1000.0, 500.0, 500.0, 500.0)),)),),
        report=ReportSettings(consultant="Jan & <Partner>", title="Report <1> & 2"))
    text = text_of(write_pdf(calculate(project), tmp_path / "r.pdf", lang="en",
                             branding=Branding(company="Firma <Ł> & S-ka")))
    for typed in ("<b>Acme & Co</b>", "Margin < 40 % & churn > 10 % <i>per year</i>", "Cut <script> & more",
                  "a & b <br/> c", "Licence <x> & support", "Jan & <Partner>", "Report <1> & 2",
                  "Firma <Ł> & S-ka"):
        assert typed in text, typed


def test_long_names_wrap_and_polish_notes_print(tmp_path):
    long_name = ("Bardzo długa nazwa scenariusza inwestycji w zespół obsługi klienta z gwarancją "
                 "rozwiązania sprawy przy pierwszym kontakcie i żółtą łódź")
    project = Project(
        client(name="Zakład Łączności „Śnieżka” Sp. z o.o. " * 3, notes="Źródło: ankiety, żółć, gęś, ćma."),
        scenarios=(Scenario(long_name, kind="investment", one_off_cost=400_000, extra_annual_cost=100_000,
                            churn_change_pp=-1.5, notes="Zażółć gęślą jaźń."),
                   Scenario("Cięcie", kind="cut", service_spend_change=-0.2, churn_change_pp=2)))
    path = write_pdf(calculate(project), tmp_path / "r.pdf", lang="pl")
    text = text_of(path)
    words = set(text.split())
    assert {"długa", "żółtą", "łódź", "Zażółć", "gęślą", "jaźń.", "Źródło:"} <= words
    assert "Łączności „Śnieżka”" in text


@pytest.mark.slow  # a big report
def test_many_scenarios_and_ten_year_horizon(tmp_path):
    scenarios = tuple(
        Scenario(f"Scenario {i} ąę", kind="cut" if i % 2 else "investment", service_spend_change=-0.05 * (i % 3),
                 one_off_cost=100_000.0 * i, churn_change_pp=0.4 * i - 2.0,
                 lines=(CustomLine(f"Line {i}", "benefit", tuple(12_345_678.0 for _ in range(11))),))
        for i in range(1, 10))
    project = Project(client(customers=2_000_000, annual_service_spend=90_000_000),
                      analysis=Analysis(horizon_years=10, currency="USD"), scenarios=scenarios)
    result = calculate(project)
    text = text_of(write_pdf(result, tmp_path / "r.pdf", lang="en"))
    for s in result.scenarios:
        assert norm(numbers.money(s.npv, "USD", "en")) in text
    assert "Year 10" in text and "9. Scenario 9 ąę" in text


def test_project_without_scenarios_shows_the_baseline(tmp_path):
    result = calculate(Project(client(name="Solo")))
    text = text_of(write_pdf(result, tmp_path / "r.pdf", lang="en"))
    assert "no scenarios yet" in text
    assert norm(numbers.money(result.baseline.clv, "PLN", "en")) in text


def test_irr_none_is_said_in_words(tmp_path):
    # an investment whose flows are all costs: no sign change, so no IRR
    project = Project(client(), scenarios=(Scenario("Only costs", one_off_cost=50_000, extra_annual_cost=10_000),))
    result = calculate(project)
    assert result.scenarios[0].irr is None
    text = text_of(write_pdf(result, tmp_path / "r.pdf", lang="pl"))
    assert "brak: przepływy netto nie zmieniają znaku" in text


@pytest.mark.parametrize("kw", [
    dict(revenue=0.0, margin=0.0, churn=0.0, years=1),
    dict(revenue=1e9, margin=1.0, churn=0.99, years=10),
    dict(revenue=120.0, margin=0.5, churn=0.5, years=2),
])
def test_extreme_inputs_still_make_a_report(tmp_path, kw):
    c = client(annual_revenue_per_customer=kw["revenue"], gross_margin=kw["margin"], annual_churn_rate=kw["churn"],
               customers=1, annual_new_customers=0, annual_service_spend=0, acquisition_cost=0)
    scenarios = (Scenario("Cut", kind="cut", service_spend_change=-1.0, churn_change_pp=50),
                 Scenario("Invest", one_off_cost=1e12, churn_change_pp=-100, revenue_per_customer_change=1.0))
    result = calculate(Project(c, analysis=Analysis(horizon_years=kw["years"], discount_rate=0.0),
                               scenarios=scenarios))
    path = write_pdf(result, tmp_path / "r.pdf", lang="en")
    assert len(PdfReader(path).pages) >= 5
