"""Break-even sentences and Monte Carlo readings in Polish and English."""

from pathlib import Path
from types import SimpleNamespace

import pytest

from roi_desktop.core import calculate
from roi_desktop.core.risk import MonteCarloSummary, ScenarioRisk, analyse_risk
from roi_desktop.projectfile import load_project
from roi_desktop.reports.numbers import NBSP
from roi_desktop.reports.risk_text import breakeven_sentence, comparison_sentence, monte_carlo_sentence

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def result(kind, breakeven, npv=1.0):
    return SimpleNamespace(kind=kind, npv=npv, breakeven_churn_change_pp=breakeven)


def plain(text):
    return text.replace(NBSP, " ")


@pytest.mark.parametrize("kind, breakeven, npv, en, pl", [
    ("investment", -0.8, 1, "The investment pays if churn falls by at least 0.8 pp.",
     "Inwestycja się opłaca, jeśli odejścia klientów spadną o co najmniej 0,8 p.p."),
    ("cut", 0.3, 1, "The cut pays only if churn rises by less than 0.3 pp.",
     "Cięcie się opłaca tylko wtedy, gdy odejścia klientów wzrosną o mniej niż 0,3 p.p."),
    ("investment", 0.45, 1, "The investment pays even if churn rises by up to 0.45 pp.",
     "Inwestycja się opłaca nawet wtedy, gdy odejścia klientów wzrosną, byle nie więcej niż o 0,45 p.p."),
    ("cut", -1.2, -1, "The cut pays only if churn falls by at least 1.2 pp.",
     "Cięcie się opłaca tylko wtedy, gdy odejścia klientów spadną o co najmniej 1,2 p.p."),
    ("investment", None, 5, "The investment pays whatever churn does: NPV stays positive for any change in churn.",
     "Inwestycja się opłaca niezależnie od tego, jak zmienią się odejścia klientów: NPV pozostaje dodatnie."),
    ("cut", None, -5, "The cut does not pay whatever churn does: NPV stays negative for any change in churn.",
     "Cięcie się nie opłaca niezależnie od tego, jak zmienią się odejścia klientów: NPV pozostaje ujemne."),
    ("investment", 0.001, 1, "The investment pays only if churn does not rise at all.",
     "Inwestycja się opłaca tylko wtedy, gdy odejścia klientów w ogóle nie wzrosną."),
])
def test_breakeven_sentences(kind, breakeven, npv, en, pl):
    r = result(kind, breakeven, npv)
    assert plain(breakeven_sentence(r, lang="en")) == en
    assert plain(breakeven_sentence(r, "pl")) == pl
    assert plain(breakeven_sentence(r, "EUR", "pl")) == pl


@pytest.mark.parametrize("kind, breakeven, expected", [
    # 'at least' and 'only if less than' round away from zero so the sentence stays true ...
    ("investment", -0.9092, "at least 0.91 pp"),
    ("cut", 1.7772, "less than 1.78 pp"),
    # ... 'up to' rounds towards zero
    ("investment", 0.4279, "up to 0.42 pp"),
])
def test_rounding_keeps_the_sentence_true(kind, breakeven, expected):
    assert expected in plain(breakeven_sentence(result(kind, breakeven), lang="en"))


def test_bad_language_is_refused():
    with pytest.raises(ValueError, match="lang"):
        breakeven_sentence(result("cut", 1.0), lang="de")


def summary(p10, p90, prob):
    mc = MonteCarloSummary(p10, (p10 + p90) / 2, p90, prob, 10_000, (p10, p90), (10_000,))
    return ScenarioRisk("s", "investment", None, (), mc)


def test_monte_carlo_reading():
    s = summary(-250_000, 1_900_000, 0.87)
    assert plain(monte_carlo_sentence(s, "EUR", "en")) == (
        "In 8 of 10 simulated cases NPV lies between −€250.0k and €1.9m; the probability of a positive NPV is 87%.")
    assert plain(monte_carlo_sentence(s, "PLN", "pl")) == (
        "W 8 na 10 symulowanych przypadków NPV mieści się między −250,0 tys. zł a 1,9 mln zł; "
        "prawdopodobieństwo dodatniego NPV wynosi 87 %.")
    assert "above 99%" in monte_carlo_sentence(summary(1, 2, 0.996), "EUR", "en")
    assert "positive in every" in monte_carlo_sentence(summary(1, 2, 1.0), "EUR", "en")
    assert "są pewne" in monte_carlo_sentence(summary(5, 5, 1.0), "PLN", "pl")


def test_sample_sentences_in_both_languages():
    project = load_project(SAMPLES / "telkom-polnoc-pl.roi")
    r = calculate(project)
    risk = analyse_risk(project, trials=1000, result=r)
    for lang in ("pl", "en"):
        for s, sr in zip(r.scenarios, risk.scenarios):
            assert breakeven_sentence(s, lang=lang).endswith(".")
            assert monte_carlo_sentence(sr, "PLN", lang).endswith(".")
        assert comparison_sentence(risk, lang)
    assert "najlepsze cięcie" in comparison_sentence(risk, "pl")
