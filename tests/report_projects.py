"""Projects that push the report to its limits: up to 50 scenarios (the file format's maximum), horizons
1 to 10, the longest names and notes the format allows, and IRR cases the engine judges differently."""

from __future__ import annotations

from roi_desktop.core import Analysis, Client, Project, ReportSettings, Scenario
from roi_desktop.core.fields import NAME_MAX_LENGTH, NOTES_MAX_LENGTH
from roi_desktop.core.inputs import CustomLine, MAX_SCENARIOS

CLIENT = Client(customers=180_000, annual_revenue_per_customer=620, gross_margin=0.38, annual_churn_rate=0.19,
                annual_new_customers=30_000, acquisition_cost=240, annual_service_spend=14_000_000,
                service_churn_share=0.3, name="Żółć & Gęślą Jaźń S.A.", industry="Telekomunikacja")


def long_text(length: int, seed: str) -> str:
    """Words of Polish text up to ``length`` characters, with one long unbroken token in it."""
    words = (seed + " zażółć gęślą jaźń ŁÓDŹ " + "x" * 60 + " ").split(" ")
    out, k = [], 0
    while len(" ".join(out)) < length:
        out.append(words[k % len(words)] or "a")
        k += 1
    return " ".join(out)[:length]


def scenario(i: int, years: int, *, longest: bool) -> Scenario:
    """A cut on odd ``i``, an investment on even, with a spread of effects; custom lines on some."""
    cut = i % 2 == 1
    name = long_text(NAME_MAX_LENGTH, f"Scenariusz {i + 1}") if longest and i % 7 == 0 else f"Scenario {i + 1}"
    notes = long_text(NOTES_MAX_LENGTH if i == 0 else 400, "uwagi") if longest else ""
    lines = (CustomLine("Licencje " + "ę" * (i % 5), "cost", tuple(50_000.0 * (t + 1) for t in range(years + 1)),
                        0.1),) if i % 3 == 0 else ()
    return Scenario(name=name, kind="cut" if cut else "investment",
                    service_spend_change=-0.05 - 0.01 * (i % 10) if cut else 0.02 * (i % 4),
                    one_off_cost=0.0 if cut else 200_000.0 * (1 + i % 6),
                    extra_annual_cost=0.0 if cut else 50_000.0 * (i % 3),
                    churn_change_pp=0.3 * (1 + i % 9) if cut else -0.2 * (1 + i % 8),
                    churn_change_low_pp=0.1 if cut else -2.0, churn_change_high_pp=3.0 if cut else -0.1,
                    ramp_months=6 * (i % 4), benefit_risk=0.1, cost_risk=0.05, notes=notes, lines=lines)


def big_project(count: int, years: int, *, longest: bool = True, lang: str = "pl", trials: int = 300) -> Project:
    assert count <= MAX_SCENARIOS
    return Project(client=CLIENT, analysis=Analysis(horizon_years=years, discount_rate=0.09, currency="PLN",
                                                    trials=trials, seed=7),
                   scenarios=tuple(scenario(i, years, longest=longest) for i in range(count)),
                   report=ReportSettings(language=lang, consultant="Anna Wójcik-Łęczyńska",
                                         title=long_text(NAME_MAX_LENGTH, "Tytuł") if longest else ""))
