"""Compare the PDF report and Excel workbook the bundle wrote with those written from source.

    python installer/compare_exports.py SOURCE_DIR BUNDLE_DIR     (each holding report.pdf and model.xlsx)

The workbooks must have the same sheets and the same cells (values and formulas); the PDFs the same text
page by page (pdftotext, poppler-utils; clock times are masked, a report may print when it was made).
Prints each difference and exits 1 if there is any.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

CLOCK = re.compile(r"\b\d{1,2}:\d{2}(:\d{2})?\b")


def workbook_cells(path: Path) -> dict[tuple[str, str], object]:
    wb = load_workbook(path)  # formulas as written, not cached values
    return {(ws.title, c.coordinate): c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.value is not None}


def pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return [CLOCK.sub("HH:MM", page) for page in text.split("\f")]


def compare(source: Path, bundle: Path) -> list[str]:
    problems = []
    a, b = workbook_cells(source / "model.xlsx"), workbook_cells(bundle / "model.xlsx")
    if not a:
        problems.append("the source workbook has no cells")
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            problems.append(f"workbook {key[0]}!{key[1]}: source {a.get(key)!r}, bundle {b.get(key)!r}")
    print(f"compare: workbook: {len(a)} cells in {len({k[0] for k in a})} sheets compared")
    if shutil.which("pdftotext"):
        pa, pb = pdf_pages(source / "report.pdf"), pdf_pages(bundle / "report.pdf")
        if len(pa) != len(pb):
            problems.append(f"PDF: source has {len(pa)} pages, bundle {len(pb)}")
        for n, (x, y) in enumerate(zip(pa, pb), 1):
            if x != y:
                diff = next(i for i, (l1, l2) in enumerate(zip(x.splitlines() + [""], y.splitlines() + [""]))
                            if l1 != l2)
                problems.append(f"PDF page {n} line {diff + 1}: source {x.splitlines()[diff:diff + 1]}, "
                                f"bundle {y.splitlines()[diff:diff + 1]}")
        print(f"compare: PDF: {len(pa)} pages of text compared")
    else:
        print("compare: PDF text not compared: pdftotext (poppler-utils) is missing")
    return problems


def main(argv: list[str]) -> int:
    problems = compare(Path(argv[0]), Path(argv[1]))
    for p in problems[:30]:
        print(f"compare: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
