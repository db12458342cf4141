"""The queue inside a project: operations inputs in the .roi file (every field checked with its path),
scenario changes, the churn link, the budget sweep and ``calc --json``'s ``queue``."""

import copy
import json
import math

import pytest

from roi_desktop.cli.main import main
from roi_desktop.core import calculate
from roi_desktop.core.operations import OPERATIONS_FIELDS
from roi_desktop.core.queue import erlang_c
from roi_desktop.core.queue_model import SWEEP_CHANGES, budget_sweep
from roi_desktop.projectfile import load_project
from roi_desktop.projectfile.reader import ProjectFileError, project_from_dict
from roi_desktop.projectfile.writer import dumps_project, project_to_dict

OPS = {"contacts_per_year": 400_000, "handle_time_s": 300, "open_hours_per_year": 3600, "agent_cost_per_year": 40_000,
       "agent_share_of_spend": 0.5, "paid_hours_per_agent": 1800, "shrinkage": 0.3, "answer_target_s": 20}
PROJECT = {
    "schema_version": 3,
    "client": {"name": "Q", "customers": 100_000, "annual_revenue_per_customer": 600, "gross_margin": 0.4,
               "annual_churn_rate": 0.2, "annual_new_customers": 20_000, "acquisition_cost": 100,
               "annual_service_spend": 1_700_000, "service_churn_share": 0.3, "operations": OPS},
    "scenarios": [
        {"name": "Cut 10", "kind": "cut", "service_spend_change": -0.1, "churn_per_minute_asa_pp": 2.0},
        {"name": "Self-service", "kind": "investment", "contacts_change": -0.2, "handle_time_change": 0.1,
         "churn_change_pp": -0.3, "one_off_cost": 50_000},
    ],
}


def project(**client_ops):
    data = copy.deepcopy(PROJECT)
    data["client"]["operations"].update(client_ops)
    return data


def test_figures_follow_the_model_by_hand():
    data = project()
    del data["scenarios"][0]["churn_per_minute_asa_pp"]
    result = calculate(project_from_dict(data))
    # agents: 0.5 x 1.7 M / 40 000 = 21.25 FTE x 1800 x 0.7 / 3600 = 7.4375 -> 7 on the lines
    # traffic: 400 000 x 300 / (3600 x 3600) = 9.259 Erlangs: 7 agents never clear it
    base = result.queue.baseline
    assert base.agents == 7 and base.traffic_erlangs == pytest.approx(400_000 * 300 / 3600 ** 2)
    assert not base.stable
    # self-service: 320 000 contacts of 330 s: 8.148 Erlangs on 7 agents, still never clears
    assert result.queue.scenarios[1].traffic_erlangs == pytest.approx(320_000 * 330 / 3600 ** 2)


def test_linked_churn_needs_a_queue_that_clears():
    with pytest.raises(ProjectFileError) as err:
        project_from_dict(project())
    assert "scenarios[0].churn_per_minute_asa_pp" in err.value.fields
    assert "never clears" in str(err.value)


def test_linked_churn_is_derived_from_the_change_in_speed_of_answer():
    data = project()
    data["client"]["annual_service_spend"] = 3_000_000  # 13 agents on the lines
    p = project_from_dict(data)
    result = calculate(p)
    q = result.queue
    expected = 2.0 * (q.scenarios[0].asa_seconds - q.baseline.asa_seconds) / 60
    assert q.derived_churn_change_pp[0] == pytest.approx(expected)
    assert result.scenarios[0].scenario.churn_change_pp == pytest.approx(expected)
    typed = copy.deepcopy(data)
    typed["scenarios"][0] = dict(typed["scenarios"][0], churn_change_pp=expected)
    del typed["scenarios"][0]["churn_per_minute_asa_pp"]
    assert calculate(project_from_dict(typed)).scenarios[0].npv == pytest.approx(result.scenarios[0].npv)
    # the file keeps the assumption, not the derived number
    saved = project_to_dict(p)["scenarios"][0]
    assert saved["churn_per_minute_asa_pp"] == 2.0 and "churn_change_pp" not in saved
    assert project_from_dict(json.loads(dumps_project(p))) == p


def test_churn_typed_and_linked_together_names_both():
    data = project(contacts_per_year=100_000)
    data["scenarios"][0]["churn_change_pp"] = 1.0
    with pytest.raises(ProjectFileError) as err:
        project_from_dict(data)
    assert any("churn_per_minute_asa_pp" in p.path and "churn_change_pp" in p.message for p in err.value.problems)


@pytest.mark.parametrize("name", list(OPERATIONS_FIELDS))
@pytest.mark.parametrize("bad", [-1, 1e30, "many", None, float("nan")])
def test_every_operations_field_refused_with_its_path(name, bad):
    spec = OPERATIONS_FIELDS[name]
    if spec.problem(bad) is None:
        pytest.skip("valid for this field")
    with pytest.raises(ProjectFileError) as err:
        project_from_dict(project(**{name: bad}))
    assert f"client.operations.{name}" in err.value.fields


def test_missing_operations_field_and_unknown_key():
    data = project()
    del data["client"]["operations"]["handle_time_s"]
    data["client"]["operations"]["calls"] = 3
    with pytest.raises(ProjectFileError) as err:
        project_from_dict(data)
    assert {"client.operations.handle_time_s", "client.operations.calls"} <= set(err.value.fields)


@pytest.mark.parametrize("key, bad", [("contacts_change", -1), ("handle_time_change", 11),
                                      ("churn_per_minute_asa_pp", 500)])
def test_bad_scenario_queue_field_exits_2_naming_it(tmp_path, capsys, key, bad):
    data = project(contacts_per_year=100_000)
    data["scenarios"][1][key] = bad
    path = tmp_path / "bad.roi"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["calc", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"scenarios[1].{key}" in err and "Traceback" not in err


def test_bad_operations_field_exits_2_naming_field_and_range(tmp_path, capsys):
    path = tmp_path / "bad.roi"
    path.write_text(json.dumps(project(shrinkage=0.95)), encoding="utf-8")
    assert main(["calc", str(path), "--json"]) == 2
    err = capsys.readouterr().err
    assert "client.operations.shrinkage" in err and "at most 0.9" in err


def test_sweep_is_monotone_for_every_sample(sample_project):
    client = sample_project.client
    for scenario in (None, *sample_project.scenarios):
        sweep = budget_sweep(client, scenario)
        agents = [q.agents for q in sweep]
        levels = [q.service_level for q in sweep]
        waits = [math.inf if q.asa_seconds is None else q.asa_seconds for q in sweep]
        assert agents == sorted(agents) and levels == sorted(levels)
        assert waits == sorted(waits, reverse=True)
    assert len(SWEEP_CHANGES) >= 21 and SWEEP_CHANGES[0] == -0.5 and SWEEP_CHANGES[-1] == 0.5


def test_calc_json_queue_keys(sample_path, capsys):
    assert main(["calc", str(sample_path), "--json", "--trials", "200"]) == 0
    data = json.loads(capsys.readouterr().out)
    keys = {"agents", "traffic_erlangs", "prob_wait", "service_level", "asa_seconds", "occupancy", "agents_needed"}
    result = calculate(load_project(sample_path))
    assert keys <= set(data["baseline"]["queue"])
    for got, q in zip(data["scenarios"], result.queue.scenarios):
        assert keys <= set(got["queue"])
        assert got["queue"]["asa_seconds"] == q.asa_seconds and got["queue"]["agents"] == q.agents
        if not q.stable:
            assert got["queue"]["asa_seconds"] is None and got["queue"]["occupancy"] is None
        else:
            assert got["queue"]["prob_wait"] == pytest.approx(erlang_c(q.agents, q.traffic_erlangs), rel=1e-15)


def test_without_operations_queue_is_null(tmp_path, capsys):
    data = project()
    del data["client"]["operations"]
    del data["scenarios"][0]["churn_per_minute_asa_pp"]
    path = tmp_path / "plain.roi"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["calc", str(path), "--json", "--trials", "100"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["baseline"]["queue"] is None and all(s["queue"] is None for s in out["scenarios"])


def test_link_without_operations_names_the_field():
    data = project()
    del data["client"]["operations"]
    with pytest.raises(ProjectFileError) as err:
        project_from_dict(data)
    assert "scenarios[0].churn_per_minute_asa_pp" in err.value.fields


def test_samples_carry_illustrative_operations(sample_project):
    assert sample_project.client.operations is not None
    assert "illustra" in sample_project.client.notes.lower() or "ilustra" in sample_project.client.notes.lower()
