"""Excel workbooks (.xlsx, .xlsm) as rows of cell values: every sheet, merged cells filled with their
top-left value (a merged title stays a title), and the formulas Excel never calculated (a file written by
a program, not saved in Excel) found so they can be named instead of read as empty.

The cells are read by our own reader (xlsx_parts, xlsx_cells: the standard library, about 10 times
faster than openpyxl); openpyxl reads only a workbook that reader cannot open although it is not too
large (a package laid out in a way we have not met), and the result is the same rows either way.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from dataclasses import dataclass, field


from .xlsx_cells import read_sheet
from .xlsx_parts import NotAWorkbook, Package, TooLarge
from .xlsx_values import Cells

__all__ = ["NotAWorkbook", "Sheet", "TooLarge", "add_uncalculated_formulas", "read_sheets", "sheet_names"]
MAX_CELLS = 12_000_000  # rows x columns of one sheet as read (a million rows of 12 columns)
MAX_FALLBACK_BYTES = 256 * 1024 * 1024  # what openpyxl may unpack when it reads instead


@dataclass
class Sheet:
    name: str
    rows: list[list[object]]
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) 0-based -> "=..."
    formulas_read: bool = False  # ``formulas`` is complete (our reader finds them while reading the cells)


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


def _fallback_allowed(raw: bytes) -> bool:
    """openpyxl may read the file instead: a zip whose parts unpack to a bounded size."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            return sum(i.file_size for i in z.infolist()) <= MAX_FALLBACK_BYTES
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def _package(raw: bytes) -> Package | None:
    """Our reader's view of the workbook; None where openpyxl is to read it instead (a package our reader
    cannot open, small enough for openpyxl); TooLarge and other NotAWorkbook cases are raised."""
    try:
        return Package(raw)
    except TooLarge:  # (a NotAWorkbook too: never handed to openpyxl)
        raise
    except NotAWorkbook:
        if not _fallback_allowed(raw):
            raise
        return None


def sheet_names(raw: bytes) -> list[str]:
    """The worksheets' names in the workbook's order (chart sheets hold no cells and are left out)."""
    package = _package(raw)
    if package is None:
        return _openpyxl_sheet_names(raw)
    package.close()
    return [s.name for s in package.sheets]


def read_sheets(raw: bytes, wanted: list[str], max_rows: int = 1_000_000) -> list[Sheet]:
    """The named sheets with values as Excel saved them; merged areas filled from their top-left cell.
    More than ``max_rows`` rows or MAX_CELLS cells in a sheet, or a part unpacking beyond its bound,
    is TooLarge; a file that is not a workbook is NotAWorkbook."""
    package = _package(raw)
    if package is None:
        return _openpyxl_read_sheets(raw, wanted)
    try:
        parts = {s.name: s.part for s in package.sheets}
        cells = Cells(package.shared_strings(), *package.date_styles(), package.date1904)
        out = []
        for name in wanted:
            if name not in parts:
                raise NotAWorkbook(f"no sheet {name!r}")
            got = read_sheet(package, parts[name], cells, max_rows, MAX_CELLS)
            _fill_merged(got.rows, got.merges)
            out.append(Sheet(name, got.rows, got.formulas, formulas_read=True))
        return out
    finally:
        package.close()


def _fill_merged(rows: list[list[object]], merges: list[tuple[int, int, int, int]]) -> None:
    """Each merged area takes its top-left value (an empty top-left clears the area), all of the area:
    a merged title or header reads the same in every column it spans. At most MAX_CELLS are filled."""
    budget = MAX_CELLS
    width = max((len(r) for r in rows), default=0)
    for min_col, min_row, max_col, max_row in merges:
        top_row = rows[min_row - 1] if min_row <= len(rows) else []
        top = top_row[min_col - 1] if min_col <= len(top_row) else None
        if top is None:
            for row in rows[min_row - 1:max_row]:
                row[min_col - 1:max_col] = [None] * len(row[min_col - 1:max_col])
            continue
        budget -= (max_row - min_row + 1) * (max_col - min_col + 1)
        width = max(width, max_col)
        if budget < 0 or max(len(rows), max_row) * width > MAX_CELLS or max_col > 16_384:
            raise TooLarge("cells", max(len(rows), max_row) * width, MAX_CELLS)
        if max_row > len(rows):
            rows.extend([] for _ in range(max_row - len(rows)))
        for row in rows[min_row - 1:max_row]:
            if len(row) < max_col:
                row.extend([None] * (max_col - len(row)))
            row[min_col - 1:max_col] = [top] * (max_col - min_col + 1)


def _openpyxl_sheet_names(raw: bytes) -> list[str]:
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


def _openpyxl_read_sheets(raw: bytes, wanted: list[str]) -> list[Sheet]:
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
    """Fill ``sheet.formulas`` with the cells that hold a formula but no saved value (a second pass,
    for a sheet openpyxl read; our reader found them already)."""
    if sheet.formulas_read:
        return
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
