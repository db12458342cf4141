"""Export speed against LibreOffice (issue 16): ``roi-desktop export PROJECT --pdf F --xlsx F`` as a whole
process (start-up, calculation, risk analysis, PDF and workbook), and LibreOffice headless converting the
same exported workbook to PDF, run alternately so both see the same machine load. Target: the export at
least 3 times faster. Prints figures; asserts nothing.

Run: python benchmarks/bench_export.py [--runs N] [--sample NAME]
ROI_BENCH_SRC=<another checkout's src> measures that code's export with the same script.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 3.0


def run(cmd: list[str], env: dict, cwd: str) -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds (user + system, the process and every child it waited for:
    the export's forked workbook writer, LibreOffice's soffice.bin) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sample", default="northwind-energy-en.roi")
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    sample = ROOT / "resources" / "samples" / args.sample
    src = os.environ.get("ROI_BENCH_SRC") or str(ROOT / "src")
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, PYTHONPATH=src, HOME=folder)
        export = [sys.executable, "-m", "roi_desktop", "export", str(sample), "--pdf", "r.pdf", "--xlsx", "r.xlsx"]
        run(export, env, folder)  # warm the file cache; the workbook LibreOffice converts
        convert = None
        if soffice:
            os.makedirs(f"{folder}/lo", exist_ok=True)
            convert = [soffice, f"-env:UserInstallation=file://{folder}/lo-profile", "--headless",
                       "--convert-to", "pdf", "--outdir", f"{folder}/lo", "r.xlsx"]
            run(convert, env, folder)  # LibreOffice's first start creates its profile: not counted
        ours, theirs, our_cpu, their_cpu = [], [], [], []
        for _ in range(args.runs):
            wall, cpu = run(export, env, folder)
            ours.append(wall)
            our_cpu.append(cpu)
            if convert:
                wall, cpu = run(convert, env, folder)
                theirs.append(wall)
                their_cpu.append(cpu)
    print(f"sample {sample.name}, {args.runs} runs each, alternating (code: {src}); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"roi-desktop export --pdf --xlsx (whole process): median {statistics.median(ours):.2f} s, "
          f"best {min(ours):.2f} s; CPU median {statistics.median(our_cpu):.2f} s")
    if not theirs:
        print("LibreOffice not found: no comparison")
        return 0
    ratio = statistics.median(theirs) / statistics.median(ours)
    print(f"LibreOffice headless xlsx -> pdf:                median {statistics.median(theirs):.2f} s, "
          f"best {min(theirs):.2f} s; CPU median {statistics.median(their_cpu):.2f} s")
    print(f"CPU time: export uses {statistics.median(their_cpu) / statistics.median(our_cpu):.2f} x less "
          f"than the conversion (the wall-clock ratio below is the target)")
    print(f"export is {ratio:.2f} x faster than the LibreOffice conversion (median; best: "
          f"{min(theirs) / min(ours):.2f} x); target {TARGET_RATIO:.0f} x: {'met' if ratio >= TARGET_RATIO else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
