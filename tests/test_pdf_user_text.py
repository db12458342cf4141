"""What the consultant types reaches the PDF as typed: markup-like names, long names, Polish notes,
many scenarios and long horizons still lay out."""

from __future__ import annotations

import re

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
