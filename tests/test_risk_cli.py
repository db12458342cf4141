"""roi-desktop calc carries the risk analysis: JSON keys and the text table's columns."""

import json
from pathlib import Path

from roi_desktop.cli.main import main
from roi_desktop.core import calculate
from roi_desktop.core.risk import analyse_risk
from roi_desktop.projectfile import load_project

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "northwind-energy-en.roi"


def test_calc_json_has_the_risk_keys(capsys):
    assert main(["calc", "--json", str(SAMPLE)]) == 0
    data = json.loads(capsys.readouterr().out)
    project = load_project(SAMPLE)
    result = calculate(project)
    risk = analyse_risk(project, result=result)
    assert data["prob_best_investment_beats_best_cut"] == risk.prob_best_investment_beats_best_cut
    assert data["monte_carlo"] == {"trials": project.analysis.trials, "seed": project.analysis.seed}
    for out, s, r in zip(data["scenarios"], result.scenarios, risk.scenarios):
        assert out["npv"] == s.npv and "yearly" in out  # existing keys stay
        assert out["breakeven"]["churn_change_pp"] == s.breakeven_churn_change_pp
        assert out["breakeven"]["sentence"].startswith("The ")
        assert out["monte_carlo"] == {"p10": r.monte_carlo.p10, "p50": r.monte_carlo.p50, "p90": r.monte_carlo.p90,
                                      "prob_positive": r.monte_carlo.prob_positive, "trials": 10_000}
        assert [b["input"] for b in out["tornado"]] == [b.input for b in r.tornado]
        first = out["tornado"][0]
        assert set(first) == {"input", "label", "low_value", "high_value", "npv_low", "npv_high", "swing"}
        assert first["swing"] == abs(first["npv_high"] - first["npv_low"])


def test_calc_json_sentence_follows_the_project_language(capsys):
    pl = SAMPLE.parent / "telkom-polnoc-pl.roi"
    assert main(["calc", "--json", str(pl)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "odejścia klientów" in data["scenarios"][0]["breakeven"]["sentence"]


def test_calc_text_has_the_monte_carlo_columns(capsys):
    assert main(["calc", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "NPV P10–P90" in out and "P(NPV>0)" in out
    assert "Monte Carlo: 10,000 trials, seed 42" in out
