"""The risk section of the PDF. Uses ``roi_desktop.core.risk.analyse_risk`` when it is on the branch,
else a stand-in with exactly the API of COMMON.md whose figures come from the engine's
``scenario_npv`` (tornado at the entered churn range, Monte Carlo over a triangular churn change)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from pypdf import PdfReader

from roi_desktop.core import calculate, scenario_npv
from roi_desktop.projectfile import load_project
from roi_desktop.reports import numbers
from roi_desktop.reports.pdf import write_pdf

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


@dataclass(frozen=True)
class TornadoBar:
    input: str
    label: str
    low_value: float
    high_value: float
    npv_low: float
    npv_high: float
    swing: float


@dataclass(frozen=True)
class MonteCarloSummary:
    p10: float
    p50: float
    p90: float
    prob_positive: float
    trials: int
    histogram_edges: tuple
    histogram_counts: tuple


@dataclass(frozen=True)
class ScenarioRisk:
    name: str
    kind: str
    breakeven_churn_change_pp: float | None
    tornado: tuple
    monte_carlo: MonteCarloSummary


@dataclass(frozen=True)
class RiskResult:
    scenarios: tuple
    prob_best_investment_beats_best_cut: float | None
    trials: int
    seed: int


def stand_in_risk(result, trials=2000, seed=7) -> RiskResult:
    project = result.project
    rng = np.random.default_rng(seed)
    out, samples = [], {}
    for i, s in enumerate(result.scenarios):
        sc = s.scenario
        lo, hi = sc.churn_low, sc.churn_high
        n = scenario_npv(project, sc, churn_change_pp=np.array([lo, hi]))
        bars = [TornadoBar(f"scenarios[{i}].churn_change_pp", "churn", lo, hi, float(n[0]), float(n[1]),
                           abs(float(n[1] - n[0])))]
        v = project.client.gross_margin
        n = scenario_npv(project, sc, client_values={"gross_margin": np.array([v * 0.8, v * 1.2])})
        bars.append(TornadoBar("client.gross_margin", "margin", v * 0.8, v * 1.2, float(n[0]), float(n[1]),
                               abs(float(n[1] - n[0]))))
        bars.sort(key=lambda b: -b.swing)
        draws = rng.triangular(min(lo, hi), sc.churn_change_pp, max(lo, hi) + 1e-9, trials)
        npvs = scenario_npv(project, sc, churn_change_pp=draws)
        samples[i] = npvs
        counts, edges = np.histogram(npvs, bins=30)
        mc = MonteCarloSummary(*(float(np.percentile(npvs, q)) for q in (10, 50, 90)), float(np.mean(npvs > 0)),
                               trials, tuple(map(float, edges)), tuple(map(int, counts)))
        out.append(ScenarioRisk(s.name, s.kind, s.breakeven_churn_change_pp, tuple(bars), mc))
    cuts = [i for i, s in enumerate(result.scenarios) if s.kind == "cut"]
    invs = [i for i, s in enumerate(result.scenarios) if s.kind == "investment"]
    beats = None
    if cuts and invs:
        best_cut = max(cuts, key=lambda i: result.scenarios[i].npv)
        best_inv = max(invs, key=lambda i: result.scenarios[i].npv)
        beats = float(np.mean(samples[best_inv] > samples[best_cut]))
    return RiskResult(tuple(out), beats, trials, seed)


def risk_for(project, result):
    try:
        from roi_desktop.core.risk import analyse_risk
    except ImportError:
        return stand_in_risk(result)
    return analyse_risk(project, trials=2000)


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
        top = max(sr.tornado, key=lambda b: abs(b.swing))
        assert norm(numbers.money(top.npv_low, cur, lang)) in text
    if risk.prob_best_investment_beats_best_cut is not None:
        assert norm(numbers.percent(risk.prob_best_investment_beats_best_cut, lang, 0)) in text


def test_without_risk_there_is_no_risk_section(tmp_path):
    result = calculate(load_project(SAMPLES / "northwind-energy-en.roi"))
    text = " ".join(p.extract_text() for p in PdfReader(write_pdf(result, tmp_path / "r.pdf", lang="en")).pages)
    assert "Risk analysis" not in text.split("Methodology and sources")[0].split("Contents", 1)[1]
    assert "P10" not in text
