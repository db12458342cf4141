"""Break-even sentences and Monte Carlo readings in Polish and English."""

from pathlib import Path
from types import SimpleNamespace

import pytest

from roi_desktop.core import calculate
from roi_desktop.core.risk import MonteCarloSummary, ScenarioRisk, analyse_risk
from roi_desktop.projectfile import load_project
from roi_desktop.reports.numbers import NBSP
from roi_desktop.reports import numbers
from roi_desktop.reports.risk_text import breakeven_figure, breakeven_sentence, comparison_sentence, monte_carlo_sentence

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def result(kind, breakeven, npv=1.0):
    return SimpleNamespace(kind=kind, npv=npv, breakeven_churn_change_pp=breakeven)


def plain(text):
    return text.replace(NBSP, " ")


@pytest.mark.parametrize("kind, breakeven, npv, en, pl", [
    ("investment", -0.8, 1, "The investment pays only if churn falls by at least its break-even of −0.80 pp.",
     "Inwestycja się opłaca tylko wtedy, gdy odejścia klientów spadną co najmniej o próg opłacalności: −0,80 p.p."),
    ("cut", 0.3, 1, "The cut pays only if churn rises by less than its break-even of +0.30 pp.",
     "Cięcie się opłaca tylko wtedy, gdy odejścia klientów wzrosną mniej niż o próg opłacalności: +0,30 p.p."),
    ("investment", 0.45, 1, "The investment pays even if churn rises, as long as the rise stays below its "
                            "break-even of +0.45 pp.",
     "Inwestycja się opłaca nawet wtedy, gdy odejścia klientów wzrosną, byle mniej niż o próg opłacalności: "
     "+0,45 p.p."),
    ("cut", -1.2, -1, "The cut pays only if churn falls by at least its break-even of −1.20 pp.",
     "Cięcie się opłaca tylko wtedy, gdy odejścia klientów spadną co najmniej o próg opłacalności: −1,20 p.p."),
    ("investment", None, 5, "The investment pays whatever churn does: NPV stays positive for any change in churn.",
     "Inwestycja się opłaca niezależnie od tego, jak zmienią się odejścia klientów: NPV pozostaje dodatnie."),
    ("cut", None, -5, "The cut does not pay whatever churn does: NPV stays negative for any change in churn.",
     "Cięcie się nie opłaca niezależnie od tego, jak zmienią się odejścia klientów: NPV pozostaje ujemne."),
    ("investment", 0.001, 1, "The investment pays only if churn does not rise at all (break-even 0.00 pp).",
     "Inwestycja się opłaca tylko wtedy, gdy odejścia klientów w ogóle nie wzrosną (próg opłacalności 0,00 p.p.)."),
])
def test_breakeven_sentences(kind, breakeven, npv, en, pl):
    r = result(kind, breakeven, npv)
    assert plain(breakeven_sentence(r, lang="en")) == en
    assert plain(breakeven_sentence(r, "pl")) == pl
    assert plain(breakeven_sentence(r, "EUR", "pl")) == pl


@pytest.mark.parametrize("kind, breakeven", [("investment", -0.9092), ("cut", 1.7772), ("investment", 0.4279),
                                             ("cut", 0.9142), ("investment", -0.6744)])
@pytest.mark.parametrize("lang", ["en", "pl"])
def test_sentence_quotes_the_break_even_exactly_as_the_tables_show_it(kind, breakeven, lang):
    """One figure, one text: the sentence holds the table's string (issue 11: +0.91 pp against 'less than
    0.92 pp'), and it speaks of the break-even itself, so the rounding cannot make it untrue."""
    shown = breakeven_figure(breakeven, lang)
    assert shown == numbers.pp(breakeven, lang, 2)
    sentence = breakeven_sentence(result(kind, breakeven), lang=lang)
    assert shown in sentence
    assert ("break-even" if lang == "en" else "próg opłacalności") in sentence


def test_bad_language_is_refused():
    with pytest.raises(ValueError, match="lang"):
        breakeven_sentence(result("cut", 1.0), lang="de")


def summary(p10, p90, prob):
    mc = MonteCarloSummary(p10, (p10 + p90) / 2, p90, prob, 10_000, (p10, p90), (10_000,))
    return ScenarioRisk("s", "investment", None, (), mc)


def test_monte_carlo_reading():
    s = summary(-250_000, 1_900_000, 0.87)
    assert plain(monte_carlo_sentence(s, "EUR", "en")) == (
        "In 8 of 10 simulated cases NPV lies between −€250,000 and €1,900,000; the probability of a positive NPV is 87%.")
    assert plain(monte_carlo_sentence(s, "PLN", "pl")) == (
        "W 8 na 10 symulowanych przypadków NPV mieści się między −250 000 zł a 1 900 000 zł; "
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
