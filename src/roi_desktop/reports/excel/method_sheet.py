"""The Method sheet: how the workbook computes every figure, in the report language."""

from __future__ import annotations

from . import cells
from roi_desktop.reports.words import text, words

#: The Method sheet's rows in order (``workbook.method.NN.head`` and, except for section titles, ``.body``).
ROWS = tuple(range(23))


def build_method(wb, title: str, lang: str, sheet_names: dict[str, str]) -> None:
    ws = wb.create_sheet(title)
    cells.put_label(ws, "A1", text(lang, "workbook.title.method"), font=cells.TITLE_FONT)
    row = 2
    catalogue = words(lang)
    for n in ROWS:
        head = catalogue(f"workbook.method.{n:02d}.head").format(**sheet_names)
        body_key = f"workbook.method.{n:02d}.body"
        body = catalogue(body_key) if body_key in catalogue else None
        row += 1
        if body is None:
            row += 1
            cells.put_label(ws, f"A{row}", head, font=cells.SECTION_FONT)
            continue
        cells.put_label(ws, f"A{row}", head, font=cells.TOTAL_FONT).alignment = cells.WRAP
        cells.put_label(ws, f"B{row}", body, wrap=True)
        ws.row_dimensions[row].height = 15 * max(1, -(-len(body) // 95))
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 100
