"""Excel workbooks (.xlsx, .xlsm) as rows of cell values: every sheet, merged cells filled with their
top-left value (a merged title stays a title), and the formulas Excel never calculated (a file written by
a program, not saved in Excel) found so they can be named instead of read as empty."""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from dataclasses import dataclass, field


class NotAWorkbook(ValueError):
    """The bytes are not an Excel workbook we can read."""


@dataclass
class Sheet:
    name: str
    rows: list[list[object]]
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) 0-based -> "=..."


def _load(raw: bytes, data_only: bool, read_only: bool):
    import openpyxl
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about styles and data validation it skips
        try:
            return openpyxl.load_workbook(io.BytesIO(raw), data_only=data_only, read_only=read_only)
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as e:
            raise NotAWorkbook(str(e) or type(e).__name__) from None
        except Exception as e:  # openpyxl raises many kinds for damaged files
            raise NotAWorkbook(f"{type(e).__name__}: {e}") from None


def sheet_names(raw: bytes) -> list[str]:
    wb = _load(raw, True, True)
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


_MERGE = re.compile(rb'<mergeCell ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')


def _merged_ranges(ws) -> list[tuple[int, int, int, int]]:
    """(min_col, min_row, max_col, max_row) of each merged area, read from the sheet's XML (the fast
    read-only mode of openpyxl does not parse them)."""
    from openpyxl.utils.cell import range_boundaries
    try:
        with ws._get_source() as source:
            xml = source.read()
    except (AttributeError, KeyError, OSError):
        return []
    return [range_boundaries(ref.decode()) for ref in _MERGE.findall(xml)]


def read_sheets(raw: bytes, wanted: list[str]) -> list[Sheet]:
    """The named sheets with values as Excel saved them; merged areas filled from their top-left cell."""
    wb = _load(raw, True, True)
    out = []
    try:
        for name in wanted:
            ws = wb[name]
            rows = [list(r) for r in ws.iter_rows(values_only=True)]
            for min_col, min_row, max_col, max_row in _merged_ranges(ws):
                if min_row - 1 >= len(rows) or min_col - 1 >= len(rows[min_row - 1]):
                    continue
                top = rows[min_row - 1][min_col - 1]
                for r in range(min_row - 1, min(max_row, len(rows))):
                    for c in range(min_col - 1, min(max_col, len(rows[r]))):
                        rows[r][c] = top
            out.append(Sheet(name, rows))
    except Exception as e:  # a damaged sheet inside a readable workbook
        raise NotAWorkbook(f"{type(e).__name__}: {e}") from None
    finally:
        wb.close()
    return out


def add_uncalculated_formulas(raw: bytes, sheet: Sheet) -> None:
    """Fill ``sheet.formulas`` with the cells that hold a formula but no saved value."""
    wb = _load(raw, False, True)
    try:
        for r, row in enumerate(wb[sheet.name].iter_rows(values_only=True)):
            for c, value in enumerate(row):
                text = getattr(value, "text", value)  # array formulas carry their text
                if isinstance(text, str) and text.startswith("=") and r < len(sheet.rows) \
                        and c < len(sheet.rows[r]) and sheet.rows[r][c] is None:
                    sheet.formulas[(r, c)] = text
    finally:
        wb.close()
