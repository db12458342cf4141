"""Engine speed: one full calculation of each sample (all scenarios, monthly) at a 10-year horizon,
and the break-even solve alone. Target: a full recalculation well under 5 ms (the GUI recalculates
on every keystroke). Prints figures; asserts nothing.

Run: python benchmarks/bench_engine.py
"""

from __future__ import annotations

from pathlib import Path

from roi_desktop.core import calculate
from roi_desktop.core.breakeven import breakeven_churn_change
from roi_desktop.projectfile import load_project

from bench_common import ten_years, timed

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "resources" / "samples").glob("*.roi"))


def main() -> None:
    print("engine benchmark (milliseconds; median and 95th percentile over 300 runs)")
    for path in SAMPLES:
        project = load_project(path)
        project = ten_years(project)
        med, p95, _ = timed(lambda project=project: calculate(project), 300)
        n = len(project.scenarios)
        print(f"{path.name}: full calculation, {n} scenarios x 120 months: median {med:.2f} ms, p95 {p95:.2f} ms")
        for s in project.scenarios[:2]:
            med, p95, _ = timed(lambda project=project, s=s: breakeven_churn_change(project, s), 300)
            print(f"    break-even solve '{s.name}': median {med:.3f} ms, p95 {p95:.3f} ms")


if __name__ == "__main__":
    main()
