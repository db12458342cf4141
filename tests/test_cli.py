"""The command line: readable output, JSON keys, exit codes, no traceback ever reaching the user."""

import json
import subprocess
import sys

import pytest

from roi_desktop import __version__
from roi_desktop.cli.main import main
from roi_desktop.core import calculate

SCENARIO_KEYS = {"name", "kind", "pv_benefits", "pv_costs", "npv", "roi", "irr", "payback_month",
                 "breakeven_churn_change_pp", "customers_vs_baseline", "yearly"}


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_calc_prints_a_table(capsys, sample_path, sample_project):
    code, out, err = run(capsys, "calc", str(sample_path))
    assert code == 0 and err == ""
    for s in sample_project.scenarios:
        assert s.name in out
    assert "NPV" in out and "Break-even" in out and "CLV" in out


def test_calc_json_carries_every_key_and_the_engine_numbers(capsys, sample_path, sample_project):
    code, out, _ = run(capsys, "calc", str(sample_path), "--json")
    assert code == 0
    data = json.loads(out)
    result = calculate(sample_project)
    assert set(data["baseline"]) >= {"clv", "cost_of_poor_service"}
    assert data["baseline"]["clv"] == result.baseline.clv
    assert len(data["scenarios"]) == len(result.scenarios)
    for got, expected in zip(data["scenarios"], result.scenarios):
        assert set(got) >= SCENARIO_KEYS
        assert got["npv"] == expected.npv and got["pv_costs"] == expected.pv_costs
        assert got["payback_month"] == expected.timing_month
        assert len(got["customers_vs_baseline"]) == sample_project.analysis.horizon_years
        assert len(got["yearly"]) == sample_project.analysis.horizon_years + 1
        assert {line["key"] for line in got["yearly"][1]["lines"]} >= {
            "margin_change", "service_spend_change", "extra_recurring_cost", "one_off_cost"}


def test_null_where_a_figure_does_not_exist(capsys, tmp_path, sample_path):
    data = json.loads(sample_path.read_text(encoding="utf-8"))
    data["scenarios"] = [{"name": "Pure saving", "kind": "cut", "service_spend_change": -0.1}]
    path = tmp_path / "p.roi"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(capsys, "calc", str(path), "--json")
    s = json.loads(out)["scenarios"][0]
    assert code == 0 and s["roi"] is None and s["irr"] is None and "never change sign" in s["irr_note"]
    assert s["breakeven_churn_change_pp"] is not None


@pytest.mark.parametrize("content, expected_path", [
    ("{broken", ""),
    ('{"schema_version": 2, "client": {"name": "x", "customers": NaN}}', "client.customers"),
    ('{"schema_version": 99, "client": {}}', "schema_version"),
])
def test_bad_files_exit_2_listing_problems(capsys, tmp_path, content, expected_path):
    path = tmp_path / "bad.roi"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "calc", str(path))
    assert code == 2 and out == ""
    assert expected_path in err and "problem" in err


def test_every_problem_listed_on_stderr(capsys, tmp_path, sample_path):
    data = json.loads(sample_path.read_text(encoding="utf-8"))
    data["client"]["customers"] = -5
    data["client"]["annual_churn_rate"] = 1.2
    data["scenarios"][1]["churn_change_pp"] = "a lot"
    path = tmp_path / "bad.roi"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(capsys, "calc", str(path))
    assert code == 2
    for p in ("client.customers", "client.annual_churn_rate", "scenarios[1].churn_change_pp"):
        assert p in err


def test_usage_errors_exit_2(capsys):
    assert run(capsys, "calc")[0] == 2
    assert run(capsys, "calc", "x.roi", "--nope")[0] == 2
    assert run(capsys, "calc", "/no/such/file.roi")[0] == 2


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_unexpected_failure_one_line_exit_1_and_logged(capsys, monkeypatch, sample_path, tmp_path):
    import roi_desktop.core as core

    def boom(project):
        raise RuntimeError("simulated engine fault")

    monkeypatch.setattr(core, "calculate", boom)
    code, out, err = run(capsys, "calc", str(sample_path))
    assert code == 1
    assert err.count("\n") == 1 and "simulated engine fault" in err and "details in" in err
    log = err.split("details in ")[1].rstrip(")\n")
    assert "Traceback" in open(log, encoding="utf-8").read()


@pytest.mark.slow  # a process of its own
def test_runs_as_a_module_in_a_fresh_process(sample_path):
    done = subprocess.run([sys.executable, "-m", "roi_desktop", "calc", str(sample_path), "--json"],
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["scenarios"]


def test_irr_of_a_gain_first_cut_is_explained(capsys, tmp_path, sample_path):
    data = json.loads(sample_path.read_text(encoding="utf-8"))
    data["scenarios"] = [{"name": "Cut", "kind": "cut", "service_spend_change": -0.3, "churn_change_pp": 3}]
    path = tmp_path / "p.roi"
    path.write_text(json.dumps(data), encoding="utf-8")
    s = json.loads(run(capsys, "calc", str(path), "--json")[1])["scenarios"][0]
    assert s["irr"] is not None and "judge by NPV" in s["irr_note"]
