"""Excel export speed: building and writing the workbook for each sample (its own horizon) and for the
same sample stretched to 10 years (120 months). Target: a sample well under 1 s. Prints figures;
asserts nothing.

Run: PYTHONPATH=src python benchmarks/bench_excel.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from roi_desktop.core import calculate
from roi_desktop.projectfile import load_project
from roi_desktop.reports.excel import write_workbook

from bench_common import ten_years, timed

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "resources" / "samples").glob("*.roi"))


def main() -> None:
    print("excel export benchmark (milliseconds; median and worst over 10 runs; calculate() not included)")
    with tempfile.TemporaryDirectory() as folder:
        for path in SAMPLES:
            base = load_project(path)
            lang = base.report.language
            for label, project in (("sample", base), ("10 years", ten_years(base))):
                result = calculate(project)
                target = Path(folder) / f"{path.stem}-{label}.xlsx"
                med, _, worst = timed(lambda result=result, target=target, lang=lang: write_workbook(result, target, lang=lang), 10)
                size = target.stat().st_size / 1024
                print(f"{path.name} [{label}: {project.analysis.horizon_years} years, {len(project.scenarios)} "
                      f"scenarios]: median {med:.0f} ms, worst {worst:.0f} ms, {size:.0f} KiB")


if __name__ == "__main__":
    main()
