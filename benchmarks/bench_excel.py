"""Excel export speed: building and writing the workbook for each sample (its own horizon) and for the
same sample stretched to 10 years (120 months). Target: a sample well under 1 s. Prints figures;
asserts nothing.

Run: PYTHONPATH=src python benchmarks/bench_excel.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from roi_desktop.core import calculate
from roi_desktop.projectfile import load_project
from roi_desktop.reports.excel import write_workbook

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "resources" / "samples").glob("*.roi"))


def ten_years(project):
    def stretch(line):
        return replace(line, amounts=line.amounts + (line.amounts[-1],) * (10 - (len(line.amounts) - 1)))
    return project.with_changes(analysis=replace(project.analysis, horizon_years=10),
                                scenarios=tuple(s.with_changes(lines=tuple(stretch(x) for x in s.lines))
                                                for s in project.scenarios))


def timed(fn, repeat: int) -> tuple[float, float]:
    fn()  # warm-up
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs) * 1e3, max(runs) * 1e3


def main() -> None:
    print("excel export benchmark (milliseconds; median and worst over 10 runs; calculate() not included)")
    with tempfile.TemporaryDirectory() as folder:
        for path in SAMPLES:
            base = load_project(path)
            lang = base.report.language
            for label, project in (("sample", base), ("10 years", ten_years(base))):
                result = calculate(project)
                target = Path(folder) / f"{path.stem}-{label}.xlsx"
                med, worst = timed(lambda: write_workbook(result, target, lang=lang), 10)
                size = target.stat().st_size / 1024
                print(f"{path.name} [{label}: {project.analysis.horizon_years} years, {len(project.scenarios)} "
                      f"scenarios]: median {med:.0f} ms, worst {worst:.0f} ms, {size:.0f} KiB")


if __name__ == "__main__":
    main()
