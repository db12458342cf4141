"""Write the PDF report of every sample (pl and en) and render its pages to PNG, to look at them.

    python scripts/render_report_pages.py [OUT_DIR] [DPI]     (default: out/report-pages, 60 dpi)

Needs pdftoppm (poppler-utils). The README's page is made with:
    pdftoppm -r 110 -png -f 3 -l 3 -singlefile out/report-pages/northwind-energy-en-en.pdf docs/images/report-page
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from roi_desktop.core import calculate  # noqa: E402
from roi_desktop.projectfile import load_project  # noqa: E402
from roi_desktop.reports.pdf import write_pdf  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "out" / "report-pages"
    dpi = sys.argv[2] if len(sys.argv) > 2 else "60"
    out.mkdir(parents=True, exist_ok=True)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: install poppler-utils to render pages", file=sys.stderr)
    for sample in sorted((ROOT / "resources" / "samples").glob("*.roi")):
        project = load_project(sample)
        try:
            from roi_desktop.core.risk import analyse_risk
            risk = analyse_risk(project)
        except ImportError:
            risk = None
        result = calculate(project)
        for lang in ("pl", "en"):
            pdf = write_pdf(result, out / f"{sample.stem}-{lang}.pdf", lang=lang, risk=risk)
            if shutil.which("pdftoppm"):
                subprocess.run(["pdftoppm", "-r", dpi, "-png", str(pdf), str(pdf.with_suffix(""))], check=True)
            print(f"wrote {pdf}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
