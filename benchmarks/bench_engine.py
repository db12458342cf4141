"""Engine speed: one full calculation of each sample (all scenarios, monthly) at a 10-year horizon,
and the break-even solve alone. Target: a full recalculation well under 5 ms (the GUI recalculates
on every keystroke). Prints figures; asserts nothing.

Run: python benchmarks/bench_engine.py
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from pathlib import Path

from roi_desktop.core import calculate
from roi_desktop.core.breakeven import breakeven_churn_change
from roi_desktop.projectfile import load_project

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "resources" / "samples").glob("*.roi"))


def timed(fn, repeat: int = 300) -> tuple[float, float]:
    fn()  # warm-up
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    runs.sort()
    return statistics.median(runs) * 1e3, runs[int(0.95 * len(runs)) - 1] * 1e3


def main() -> None:
    print("engine benchmark (milliseconds; median and 95th percentile over 300 runs)")
    for path in SAMPLES:
        project = load_project(path)
        project = project.with_changes(
            analysis=replace(project.analysis, horizon_years=10),
            scenarios=tuple(s.with_changes(lines=tuple(replace(x, amounts=x.amounts + (x.amounts[-1],) * (10 - (len(x.amounts) - 1)))
                                                       for x in s.lines)) for s in project.scenarios))
        med, p95 = timed(lambda: calculate(project))
        n = len(project.scenarios)
        print(f"{path.name}: full calculation, {n} scenarios x 120 months: median {med:.2f} ms, p95 {p95:.2f} ms")
        for s in project.scenarios[:2]:
            med, p95 = timed(lambda: breakeven_churn_change(project, s))
            print(f"    break-even solve '{s.name}': median {med:.3f} ms, p95 {p95:.3f} ms")


if __name__ == "__main__":
    main()
