"""Helpers the benchmark scripts share: timing runs, and a sample stretched to 10 years."""

from __future__ import annotations

import statistics
import time
from dataclasses import replace


def timed(fn, repeat: int) -> tuple[float, float, float]:
    """Run ``fn`` once to warm up, then ``repeat`` times: (median, 95th percentile, worst) in ms."""
    fn()
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    runs.sort()
    return (statistics.median(runs) * 1e3, runs[max(0, int(0.95 * len(runs)) - 1)] * 1e3, runs[-1] * 1e3)


def ten_years(project):
    """The project at the longest horizon (120 months), custom lines continued at their last amount."""
    def stretch(line):
        return replace(line, amounts=line.amounts + (line.amounts[-1],) * (10 - (len(line.amounts) - 1)))
    return project.with_changes(analysis=replace(project.analysis, horizon_years=10),
                                scenarios=tuple(s.with_changes(lines=tuple(stretch(x) for x in s.lines))
                                                for s in project.scenarios))
