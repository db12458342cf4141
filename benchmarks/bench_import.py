"""How long importing a client's table takes: a 10,000-row CSV from Polish Excel (Windows-1250,
semicolons, decimal comma, non-breaking-space thousands), the same in UTF-16, and a 10,000-row xlsx
as openpyxl writes it (inline strings) and as Excel saves it (shared strings, months as date cells).
Months cycle through 2000..2099 so the file reads fully and ends in duplicate-month errors, which is
the most work (every row parsed, every problem found and capped); a 240-month file is the normal case.

Run: .venv/bin/python benchmarks/bench_import.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import timed  # noqa: E402
from import_support import HEADERS, history_rows, write_table  # noqa: E402
from xlsx_support import package, styles_xml  # noqa: E402
from roi_desktop.importer.history_import import import_history  # noqa: E402


def rows(n: int) -> list[dict]:
    out = history_rows(n, seed=1, customers=5_000_000)
    for i, r in enumerate(out):
        r["year"], r["month"] = 2000 + (i // 12) % 100, i % 12 + 1
    return out


def excel_style(rows: list[dict]) -> bytes:
    """Shared strings for the headers, months as date serials (format 14), numbers as <v> with styles."""
    import datetime as dt
    cells = ['<row r="1" spans="1:6">' + "".join(f'<c r="{col}1" s="2" t="s"><v>{i}</v></c>'
                                                for i, col in enumerate("ABCDEF")) + "</row>"]
    for n, r in enumerate(rows, start=2):
        serial = (dt.date(r["year"], r["month"], 1) - dt.date(1899, 12, 30)).days
        values = [r["customers"], r["lost"], r["won"], r["revenue"], r["service_spend"]]
        cells.append(f'<row r="{n}" spans="1:6"><c r="A{n}" s="1"><v>{serial}</v></c>' + "".join(
            f'<c r="{col}{n}" s="3"><v>{v!r}</v></c>' for col, v in zip("BCDEF", values)) + "</row>")
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.'
           'openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F' + str(len(rows) + 1) + '"/><sheetData>'
           + "".join(cells) + "</sheetData></worksheet>").encode()
    return package([("Arkusz1", xml)], shared=HEADERS["pl"], styles=styles_xml([14, 0, "# ##0,00"]))


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    cases = {}
    big = rows(10_000)
    cases["10,000 rows, CSV cp1250 ; decimal comma NBSP"] = folder / "pl.csv"
    write_table(cases["10,000 rows, CSV cp1250 ; decimal comma NBSP"], big, encoding="cp1250")
    cases["10,000 rows, CSV UTF-16 tab (Excel Unicode text)"] = folder / "u16.txt"
    write_table(cases["10,000 rows, CSV UTF-16 tab (Excel Unicode text)"], big, encoding="utf-16", delimiter="\t")
    normal = history_rows(240, seed=2, start=(2005, 1))
    cases["240 months, CSV (normal case)"] = folder / "normal.csv"
    write_table(cases["240 months, CSV (normal case)"], normal)
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["Miesiąc", "Klienci", "Odejścia", "Nowi klienci", "Przychód", "Koszt obsługi"])
    for r in big:
        ws.append([f"{r['year']}-{r['month']:02d}", r["customers"], r["lost"], r["won"], r["revenue"],
                   r["service_spend"]])
    cases["10,000 rows, xlsx"] = folder / "big.xlsx"
    wb.save(cases["10,000 rows, xlsx"])
    cases["10,000 rows, xlsx as Excel saves it"] = folder / "excel.xlsx"
    cases["10,000 rows, xlsx as Excel saves it"].write_bytes(excel_style(big))
    import time
    print(f"{'case':52} {'median ms':>10} {'p95 ms':>10} {'worst ms':>10} {'CPU ms':>8}")
    for name, path in cases.items():
        median, p95, worst = timed(lambda p=path: import_history(p), repeat=5)
        cpu = time.process_time()
        import_history(path)
        cpu = (time.process_time() - cpu) * 1e3  # wall time on a busy machine overstates the work
        print(f"{name:52} {median:10.1f} {p95:10.1f} {worst:10.1f} {cpu:8.1f}")


if __name__ == "__main__":
    main()
