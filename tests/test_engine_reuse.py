"""``calculate(project, previous=...)`` takes unchanged scenarios from an earlier result: whatever the edit
(one scenario's field, the client, the discount rate, a move, a delete, a duplicate, a new scenario), the
result is bit for bit the one a fresh calculation gives, and only changed scenarios are calculated."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

import numpy as np
from hypothesis import given, settings, strategies as st

from conftest import SAMPLES
from roi_desktop.core import calculate, engine
from roi_desktop.projectfile import load_project

PROJECTS = [load_project(p) for p in SAMPLES]


def same(a, b, where="result") -> None:
    """Every field equal, arrays bit for bit (NaN in the same places)."""
    if dataclasses.is_dataclass(a) and not isinstance(a, type):
        assert type(a) is type(b), where
        for f in dataclasses.fields(a):
            same(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}")
    elif isinstance(a, np.ndarray):
        assert a.shape == b.shape and np.array_equal(a, b, equal_nan=True), where
    elif isinstance(a, (tuple, list)):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{where}[{i}]")
    elif isinstance(a, float) and a != a:
        assert b != b, where
    else:
        assert a == b, where


EDITS = st.sampled_from(["scenario_field", "client", "rate", "move", "delete", "duplicate", "add", "contacts",
                         "operations", "none"])


def edited(project, edit: str, i: int, value: float):
    scenarios = list(project.scenarios)
    i %= len(scenarios)
    if edit == "scenario_field":
        scenarios[i] = replace(scenarios[i], one_off_cost=scenarios[i].one_off_cost + value)
    elif edit == "contacts" and project.client.operations is not None:  # the scenario's queue changes
        scenarios[i] = replace(scenarios[i], contacts_change=-value / 2e6)
    elif edit == "operations" and project.client.operations is not None:  # every queue changes
        ops = replace(project.client.operations, handle_time_s=project.client.operations.handle_time_s + value / 1e5)
        return project.with_changes(client=replace(project.client, operations=ops))
    elif edit == "client":
        return project.with_changes(client=replace(project.client, customers=project.client.customers + 1 + value))
    elif edit == "rate":
        return project.with_changes(analysis=replace(project.analysis, discount_rate=0.01 * (1 + i % 20)))
    elif edit == "move":
        scenarios.insert(0, scenarios.pop(i))
    elif edit == "delete" and len(scenarios) > 1:
        scenarios.pop(i)
    elif edit == "duplicate":
        scenarios.insert(i + 1, scenarios[i])
    elif edit == "add":
        scenarios.append(replace(scenarios[i], name=f"new {value}", extra_annual_cost=value))
    return project.with_changes(scenarios=tuple(scenarios))


@given(st.sampled_from(PROJECTS), st.lists(st.tuples(EDITS, st.integers(0, 20), st.floats(0, 1e6)), max_size=5))
@settings(max_examples=40, deadline=None)
def test_a_result_from_an_earlier_one_is_the_fresh_result(project, edits):
    previous = calculate(project)
    for edit, i, value in edits:
        project = edited(project, edit, i, value)
        result = calculate(project, previous=previous)
        same(result, calculate(project))
        previous = result


def test_only_the_changed_scenario_is_calculated(monkeypatch):
    project = PROJECTS[0]
    previous = calculate(project)
    calls = []
    real = engine._calculate_scenarios
    monkeypatch.setattr(engine, "_calculate_scenarios", lambda p, e, indices, *rest: calls.extend(indices)
                        or real(p, e, indices, *rest))
    changed = edited(project, "scenario_field", 1, 5000.0)
    calculate(changed, previous=previous)
    assert calls == [1]
    calls.clear()
    calculate(edited(project, "client", 0, 3.0), previous=previous)  # the client: every scenario again
    assert calls == list(range(len(project.scenarios)))
