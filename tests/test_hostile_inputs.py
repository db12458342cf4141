"""Regressions from a hostile review: each case once broke a rule (traceback, lost input, hidden problem)."""

import json
import subprocess
import sys

import pytest

from roi_desktop.core import Analysis, Client, CustomLine, Project, Scenario, ValidationError, calculate
from roi_desktop.core.finance import irr_rates
from roi_desktop.projectfile import ProjectFileError, dumps_project, parse_project


def sample(sample_path):
    return json.loads(sample_path.read_text(encoding="utf-8"))


def problems(data):
    with pytest.raises(ProjectFileError) as info:
        parse_project(json.dumps(data) if not isinstance(data, str) else data)
    return {p.path: p.message for p in info.value.problems}


def test_whole_numbers_written_as_floats_work(sample_path):
    data = sample(sample_path)
    data["analysis"]["horizon_years"] = float(data["analysis"]["horizon_years"])
    data["scenarios"][0]["ramp_months"] = 6.0
    project = parse_project(json.dumps(data))
    assert isinstance(project.analysis.horizon_years, int) and isinstance(project.scenarios[0].ramp_months, int)
    assert calculate(project).scenarios


def test_every_problem_even_beside_missing_fields(sample_path):
    data = sample(sample_path)
    del data["client"]["customers"]
    data["client"]["name"] = ""
    data["client"]["ranges"] = {"gross_margin": {"low": 2, "high": 3}}
    data["scenarios"][0]["lines"] = "oops"
    data["scenarios"][0]["kind"] = "invest"
    data["scenarios"][0]["ramp_months"] = -1
    data["scenarios"][1]["name"] = ""
    data["scenarios"][1]["lines"] = [{"name": "x", "kind": "cost", "amounts": [-1] * 99}]
    found = problems(data)
    assert {"client.customers", "client.name", "client.ranges.gross_margin.low", "scenarios[0].lines",
            "scenarios[0].kind", "scenarios[0].ramp_months", "scenarios[1].name",
            "scenarios[1].lines[0].amounts[0]"} <= set(found)


def test_deep_nesting_in_an_old_file_is_bad_input():
    data = {"schema_version": 1, "client": {}, "x": json.loads("[" * 600 + "]" * 600)}
    (path, message), = problems(data).items()  # located at the first list too deep (the file is level 1)
    assert path == "x" + "[0]" * 31 and "nested" in message


@pytest.mark.parametrize("currency", ["EUR\n", "eur", "EURO", ""])
def test_currency_must_be_exactly_three_capitals(currency):
    with pytest.raises(ValidationError, match="ISO 4217"):
        Analysis(currency=currency)


@pytest.mark.parametrize("name", ["Acme\nInc", "\x1b[31mred", "tab\there"])
def test_control_characters_refused_in_names(name):
    with pytest.raises(ValidationError, match="control characters"):
        Scenario(name)


def test_notes_may_have_line_breaks():
    assert Scenario("s", notes="first line\nsecond\tline").notes.count("\n") == 1


def test_comment_survives_load_and_save(sample_path):
    text = sample_path.read_text(encoding="utf-8")
    project = parse_project(text)
    assert project.comment and json.loads(dumps_project(project))["comment"] == json.loads(text)["comment"]


def test_huge_values_are_not_echoed_in_full(sample_path):
    data = sample(sample_path)
    data["client"]["notes"] = 5
    text = json.dumps(data).replace('"notes": 5', '"notes": ' + "9" * 5000)
    data2 = json.loads(json.dumps(sample(sample_path)))
    data2["client"]["x" * 100_000] = 1
    for found in (problems(text), problems(data2)):
        assert all(len(p) + len(m) < 2_000 for p, m in found.items())


def test_tiny_costs_never_make_roi_infinite():
    client = Client(name="c", customers=1000, annual_revenue_per_customer=100, gross_margin=0.5,
                    annual_churn_rate=0.1, annual_service_spend=1e12)
    s = Scenario("s", kind="cut", service_spend_change=-1,
                 lines=(CustomLine("dust", "cost", (1e-300, 0.0, 0.0, 0.0)),))
    r = calculate(Project(client, scenarios=(s,))).scenarios[0]
    assert r.roi is None or abs(r.roi) < float("inf")


def test_several_irrs_are_all_reported():
    rates = irr_rates([-100, 230, -132])  # (1 + r) = 1.1 or 1.2
    assert rates == pytest.approx((0.1, 0.2), abs=1e-12)


@pytest.mark.slow  # a process of its own
def test_no_traceback_when_the_log_folder_is_unwritable(tmp_path, sample_path):
    code = ("import sys, roi_desktop.core as c\n"
            "from roi_desktop.cli.main import main\n"
            "def boom(p): raise RuntimeError('engine fault')\n"
            "c.calculate = boom\n"
            f"sys.exit(main(['calc', {str(sample_path)!r}]))\n")
    env = {"ROI_DESKTOP_LOG_DIR": "/dev/null/not-a-folder", "PATH": "/usr/bin:/bin",
           "TMPDIR": str(tmp_path), "PYTHONPATH": ":".join(sys.path)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1 and "engine fault" in done.stderr
