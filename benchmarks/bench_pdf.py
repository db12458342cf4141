"""How long the PDF report takes for each sample project (target: well under 1 s).

Prints, per sample and language: the first report in a fresh process (includes loading the fonts),
then the median of further reports written to disk. The risk section is included when
``roi_desktop.core.risk`` is available (its own analysis time is not counted here).

    python benchmarks/bench_pdf.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from roi_desktop.core import calculate  # noqa: E402
from roi_desktop.projectfile import load_project  # noqa: E402
from roi_desktop.reports.pdf import write_pdf  # noqa: E402

try:
    from roi_desktop.core.risk import analyse_risk  # noqa: E402
except ImportError:  # the risk analysis is not on this branch yet
    analyse_risk = None


def main(repeats: int = 5) -> None:
    samples = sorted((ROOT / "resources" / "samples").glob("*.roi"))
    print(f"PDF report benchmark ({'with' if analyse_risk else 'without'} risk section)")
    first = True
    with tempfile.TemporaryDirectory() as folder:
        for sample in samples:
            project = load_project(sample)
            result = calculate(project)
            risk = analyse_risk(project) if analyse_risk else None
            for lang in ("pl", "en"):
                target = Path(folder) / f"{sample.stem}-{lang}.pdf"
                times = []
                for _ in range(repeats + (1 if first else 0)):
                    start = time.perf_counter()
                    write_pdf(result, target, lang=lang, risk=risk)
                    times.append(time.perf_counter() - start)
                if first:
                    print(f"  first report in the process (loads fonts): {times.pop(0):.3f} s")
                    first = False
                print(f"  {sample.stem:<24} {lang}: median {statistics.median(times):.3f} s, "
                      f"max {max(times):.3f} s, {target.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
