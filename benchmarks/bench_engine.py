"""Engine speed: one full calculation of each sample (all scenarios, monthly, break-even included) at a
10-year horizon, and the break-even solve alone. Target (issue 16): a full recalculation of the
4-scenario sample in at most 1 ms (the GUI recalculates on every keystroke). Prints wall-clock median
and best, and the best CPU time per calculation (less disturbed by other processes on a shared
machine). Prints figures; asserts nothing.

Run: python benchmarks/bench_engine.py
ROI_BENCH_SRC=<another checkout's src> measures that code with the same script (before/after).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, os.environ.get("ROI_BENCH_SRC") or str(Path(__file__).resolve().parents[1] / "src"))

from roi_desktop.core import calculate  # noqa: E402
from roi_desktop.core.breakeven import breakeven_churn_change  # noqa: E402
from roi_desktop.projectfile import load_project  # noqa: E402

from bench_common import ten_years, timed  # noqa: E402

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "resources" / "samples").glob("*.roi"))


def cpu_per_call(fn, blocks: int = 20, calls: int = 20) -> float:
    """The best, over ``blocks``, of the CPU time per call of ``calls`` calls, in ms."""
    best = float("inf")
    for _ in range(blocks):
        start = time.process_time()
        for _ in range(calls):
            fn()
        best = min(best, (time.process_time() - start) / calls)
    return best * 1e3


def main() -> None:
    print("engine benchmark (milliseconds; median and 95th percentile over 300 runs)")
    for path in SAMPLES:
        project = load_project(path)
        project = ten_years(project)
        med, p95, _ = timed(lambda project=project: calculate(project), 300)
        n = len(project.scenarios)
        print(f"{path.name}: full calculation, {n} scenarios x 120 months: median {med:.2f} ms, p95 {p95:.2f} ms, "
              f"best CPU {cpu_per_call(lambda project=project: calculate(project)):.2f} ms")
        for s in project.scenarios[:2]:
            med, p95, _ = timed(lambda project=project, s=s: breakeven_churn_change(project, s), 300)
            print(f"    break-even solve '{s.name}': median {med:.3f} ms, p95 {p95:.3f} ms")


if __name__ == "__main__":
    main()
