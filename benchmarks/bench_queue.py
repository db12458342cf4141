"""Speed of the queue (Erlang C): one queue at several sizes, the budget sweep behind the charts, and
calculate() of a sample with and without its operations. Prints milliseconds (median, p95, worst).

    python benchmarks/bench_queue.py
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import timed  # noqa: E402

from roi_desktop.core import calculate  # noqa: E402
from roi_desktop.core.queue import queue_figures  # noqa: E402
from roi_desktop.core.queue_model import budget_sweep  # noqa: E402
from roi_desktop.projectfile import load_project  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "northwind-energy-en.roi"


def main() -> None:
    for traffic in (10.0, 100.0, 1_000.0, 10_000.0, 100_000.0):
        agents = int(traffic * 1.05) + 1
        med, p95, worst = timed(lambda agents=agents, traffic=traffic: queue_figures(agents, traffic, handle_time_s=300, answer_target_s=20), 20)
        print(f"queue A={traffic:>9,.0f} N={agents:>9,}: median {med:8.3f} ms  p95 {p95:8.3f}  worst {worst:8.3f}")
    project = load_project(SAMPLE)
    med, p95, worst = timed(lambda: budget_sweep(project.client), 50)
    print(f"budget sweep (51 budgets, sample): median {med:.3f} ms  p95 {p95:.3f}  worst {worst:.3f}")
    plain = project.with_changes(client=replace(project.client, operations=None))
    for label, p in (("calculate with operations", project), ("calculate without operations", plain)):
        med, p95, worst = timed(lambda p=p: calculate(p), 50)
        print(f"{label}: median {med:.3f} ms  p95 {p95:.3f}  worst {worst:.3f}")


if __name__ == "__main__":
    main()
