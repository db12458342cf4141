"""Speed of the risk analysis (issue 6): 100,000 Monte Carlo trials on a 4-scenario, 5-year sample.

Prints the time of the simulation and of the whole analyse_risk (tornado, quantiles, histograms),
the throughput in trial-months per second (trials x months x scenarios), and the same figure for a
plain numpy multiply-add over float64 arrays of trials x months, the machine's elementwise pace.
Target: 100,000 trials in under 1 s on 2 cores.

Run: PYTHONPATH=src python benchmarks/bench_risk.py [--trials N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
# ROI_BENCH_SRC=<another checkout's src> measures that code with the same script (before/after figures)
sys.path.insert(0, os.environ.get("ROI_BENCH_SRC") or str(ROOT / "src"))

from roi_desktop.core import Range, calculate  # noqa: E402
from roi_desktop.core.montecarlo import simulate  # noqa: E402
from roi_desktop.core.risk import analyse_risk  # noqa: E402
from roi_desktop.projectfile import load_project  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "northwind-energy-en.roi"
TARGET_SECONDS = 1.0


def timed(f, repeats: int) -> tuple[float, float]:
    """(best, median) wall time of ``repeats`` calls."""
    return timed_cpu(f, repeats)[:2]


def timed_cpu(f, repeats: int) -> tuple[float, float, float]:
    """(best, median) wall time and best CPU time (time.process_time: less disturbed by other processes on a
    shared machine) of ``repeats`` calls."""
    times, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        f()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return min(times), statistics.median(times), min(cpu)


def every_input_ranged(project):
    """The sample with a range on every client and scenario input that drives NPV: the worst case."""
    c = project.client
    client = replace(c, ranges={**c.ranges,
                                "customers": Range(c.customers * 0.9, c.customers * 1.1),
                                "annual_revenue_per_customer": Range(c.annual_revenue_per_customer * 0.9,
                                                                     c.annual_revenue_per_customer * 1.1),
                                "gross_margin": Range(c.gross_margin * 0.9, c.gross_margin * 1.1),
                                "annual_new_customers": Range(c.annual_new_customers * 0.8,
                                                              c.annual_new_customers * 1.2),
                                "annual_service_spend": Range(c.annual_service_spend * 0.95,
                                                              c.annual_service_spend * 1.05)})
    scenarios = tuple(replace(s, ranges={
        "service_spend_change": Range(s.service_spend_change - 0.05, s.service_spend_change + 0.05),
        "one_off_cost": Range(s.one_off_cost * 0.9, s.one_off_cost * 1.3),
        "extra_annual_cost": Range(s.extra_annual_cost * 0.9, s.extra_annual_cost * 1.3),
        "revenue_per_customer_change": Range(s.revenue_per_customer_change - 0.01,
                                             s.revenue_per_customer_change + 0.01)}) for s in project.scenarios)
    return replace(project, client=client, scenarios=scenarios)


def numpy_pace(trials: int, months: int, repeats: int) -> tuple[float, float]:
    """Elements per second of one multiply-add (a * b + c, into a preallocated array) over trials x months:
    by the best wall time and by the best CPU time."""
    rng = np.random.default_rng(0)
    a, b, c = (rng.random((trials, months)) for _ in range(3))
    out = np.empty_like(a)

    def fma():
        np.multiply(a, b, out=out)
        np.add(out, c, out=out)

    best, _, best_cpu = timed_cpu(fma, repeats)
    return trials * months / best, trials * months / best_cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="skip the 1,000,000-trial run")
    args = parser.parse_args()
    trials, repeats = args.trials, args.repeats

    project = load_project(SAMPLE)
    result = calculate(project)
    months, scenarios = project.analysis.months, len(project.scenarios)
    work = trials * months * scenarios
    pace, pace_cpu = numpy_pace(trials, months, repeats)
    print(f"sample: {SAMPLE.name}, {scenarios} scenarios, {project.analysis.horizon_years} years "
          f"({months} months), {trials:,} trials")
    print(f"numpy multiply-add over {trials:,} x {months} float64: {pace / 1e6:,.0f} M elements/s")
    ok = True
    for name, p in (("sample ranges", project), ("every input ranged", every_input_ranged(project))):
        r = calculate(p)
        sim_best, sim_median, sim_cpu = timed_cpu(lambda p=p, r=r: simulate(p, r, trials, 42), repeats)
        all_best, all_median = timed(lambda p=p, r=r: analyse_risk(p, trials=trials, result=r), repeats)
        print(f"{name}:")
        print(f"  Monte Carlo simulation: best {sim_best:.3f} s, median {sim_median:.3f} s; "
              f"{work / sim_best / 1e6:,.0f} M trial-months/s = {work / sim_best / pace:.2f} x the numpy pace")
        print(f"  by CPU time: best {sim_cpu:.3f} s; {work / sim_cpu / pace_cpu:.2f} x the numpy pace "
              f"({pace_cpu / 1e6:,.0f} M elements/s by CPU time)")
        print(f"  analyse_risk (+ tornado, quantiles, histograms): best {all_best:.3f} s, median {all_median:.3f} s")
        ok &= all_median < TARGET_SECONDS
    del result
    if args.quick:
        return 0 if ok else 1
    worst = every_input_ranged(project)
    elapsed, _ = timed(lambda: analyse_risk(worst, trials=1_000_000), 1)
    tracemalloc.start()
    analyse_risk(worst, trials=1_000_000)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"1,000,000 trials, every input ranged: {elapsed:.2f} s; peak memory {peak / 1e6:.0f} MB, "
          f"of which the per-trial NPVs kept for the quantiles: {8 * scenarios:d} MB")
    print(f"target: {trials:,} trials under {TARGET_SECONDS:.0f} s: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
