"""Monte Carlo simulation of every scenario's NPV (MODEL.md, "Risk analysis").

Triangular distributions (low, mode = point value, high) on each scenario's churn change and on
every client or scenario input the consultant gave a range to. The client inputs are drawn once per
trial and shared by all scenarios, so scenarios can be compared trial by trial.

Reproducibility: each uncertain input has its own random stream, a numpy ``Generator(PCG64)`` seeded
from ``analysis.seed`` and the input's file path. Trials are processed in chunks; each chunk takes the
next uniforms from every stream in order, so the numbers do not depend on the chunk size, and adding
a range to one input does not change the draws of the others.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .batch_npv import BatchNpv
from .errors import RoiError
from .inputs import Project
from .results import ProjectResult
from .uncertain import UncertainInput, churn_input, client_ranged_inputs, scenario_ranged_inputs

CHUNK_TRIALS = 16384  # trials per chunk: the vectors a month step uses (128 kB each) stay in cache; fewer calls
# than 8192 (measured 8 % faster); memory is bounded at any trial count


class RiskCancelled(RoiError):
    """The caller asked the simulation to stop (a newer request replaced it)."""


def triangular_from_uniform(u: np.ndarray, low: float, mode: float, high: float) -> np.ndarray:
    """Inverse CDF of the triangular distribution at uniforms ``u`` in [0, 1).

    low == high gives the point exactly (a certain input stays certain).

    >>> triangular_from_uniform(np.array([0.0, 0.5, 0.999999]), 0.0, 1.0, 2.0).round(4).tolist()
    [0.0, 1.0, 1.9986]
    """
    if high == low:
        return np.full(np.shape(u), float(mode))
    width = high - low
    # low + sqrt(u width (mode - low)) where u width < mode - low, else high - sqrt((1 - u) width (high - mode)),
    # clipped to [low, high]: computed in place, the same operations in the same order
    left = np.multiply(u, width)
    on_left = left < mode - low
    left *= mode - low
    np.sqrt(left, out=left)
    left += low
    right = np.subtract(1.0, u)
    right *= width
    right *= high - mode
    np.sqrt(right, out=right)
    np.subtract(high, right, out=right)
    np.copyto(right, left, where=on_left)
    return np.clip(right, low, high, out=right)


def input_stream(seed: int, path: str) -> np.random.Generator:
    """The random stream of one uncertain input: PCG64 seeded from the project's seed and the input's
    file path (its UTF-8 bytes as the spawn key, so two inputs never share a stream)."""
    key = tuple(path.encode("utf-8"))
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(int(seed), spawn_key=key)))


class _Drawn:
    """Uncertain inputs with their streams; draws the next ``n`` values of each in order."""

    def __init__(self, inputs: list[UncertainInput], seed: int):
        self.inputs = [u for u in inputs if u.width > 0]
        self.streams = [input_stream(seed, u.path) for u in self.inputs]

    def next(self, n: int) -> dict[str, np.ndarray]:
        return {u.field: triangular_from_uniform(g.random(n), u.low, u.point, u.high)
                for u, g in zip(self.inputs, self.streams)}


def simulate(project: Project, result: ProjectResult, trials: int, seed: int, *,
             chunk_trials: int = CHUNK_TRIALS, cancelled: Callable[[], bool] | None = None) -> np.ndarray:
    """NPV of every scenario in every trial: an array (scenarios, trials).

    Each NPV comes from the engine's own evaluator (:mod:`roi_desktop.core.batch_npv`), so a trial whose
    inputs all sit at their point values gives ``result``'s NPV to the last bit, and so does every
    trial of a scenario with no uncertain input.
    """
    evaluator = BatchNpv(project)
    client = _Drawn(client_ranged_inputs(project), seed)
    per_scenario = []
    for i, s in enumerate(project.scenarios):
        churn = _Drawn([churn_input(s, i)], seed)
        own = _Drawn(scenario_ranged_inputs(s, i), seed)
        per_scenario.append((churn, own))
    out = np.empty((len(project.scenarios), trials))
    for start in range(0, trials, chunk_trials):
        if cancelled is not None and cancelled():
            raise RiskCancelled("risk analysis cancelled")
        n = min(chunk_trials, trials - start)
        client_values = client.next(n)
        chunk = evaluator.client_chunk(client_values, n)
        for i, s in enumerate(project.scenarios):
            churn, own = per_scenario[i]
            row = out[i, start:start + n]
            if not client.inputs and not churn.inputs and not own.inputs:
                row[:] = result.scenarios[i].npv
                continue
            change = churn.next(n).get("churn_change_pp", s.churn_change_pp)
            row[:] = evaluator.npv(i, chunk, change, own.next(n))
    return out
