"""Writing cells safely and consistently: user text as text, styles for inputs, headers and results,
number formats for the currency, percentages and percentage points."""

from __future__ import annotations

import weakref
from copy import copy

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils.cell import coordinate_to_tuple

FONT = "Calibri"
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
INPUT_FONT = Font(name=FONT, color="1F4E9E")
HEADER_FILL = PatternFill("solid", fgColor="1F3864")
HEADER_FONT = Font(name=FONT, bold=True, color="FFFFFF")
SECTION_FONT = Font(name=FONT, bold=True, size=12, color="1F3864")
TITLE_FONT = Font(name=FONT, bold=True, size=14, color="1F3864")
NOTE_FONT = Font(name=FONT, italic=True, color="595959")
RESULT_FILL = PatternFill("solid", fgColor="E2EFDA")
TOTAL_FONT = Font(name=FONT, bold=True)
STATIC_FILL = PatternFill("solid", fgColor="EDEDED")
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOP_RULE = Border(top=Side(style="thin", color="1F3864"))
WRAP = Alignment(wrap_text=True, vertical="top")

PERCENT = "0.0%"
PERCENT_FINE = "0.00%"
FACTOR = "0.0000"
CHURN_MONTHLY = "0.0000%"
COUNT = "#,##0"
COUNT_FINE = "#,##0.0"
INTEGER = "0"
_CURRENCY_FORMATS = {
    "PLN": '#,##0 "zł";[Red]-#,##0 "zł"',
    "EUR": "€#,##0;[Red]-€#,##0",
    "USD": "$#,##0;[Red]-$#,##0",
    "GBP": "£#,##0;[Red]-£#,##0",
}


def money_format(currency: str) -> str:
    """An Excel number format for whole amounts in ``currency``, negatives in red.

    >>> money_format("CHF")
    '#,##0 "CHF";[Red]-#,##0 "CHF"'
    """
    return _CURRENCY_FORMATS.get(currency, f'#,##0 "{currency}";[Red]-#,##0 "{currency}"')


def pp_format(lang: str) -> str:
    from roi_desktop.reports.words import text
    unit = text(lang, "workbook.unit.pp")
    return f'+0.00 "{unit}";-0.00 "{unit}";0.00 "{unit}"'


def clean_text(value: object) -> str:
    """User text as a plain string without the control characters a workbook cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", "" if value is None else str(value))


def put_text(ws, coordinate: str, value: object, *, font: Font | None = None, wrap: bool = False):
    """Write ``value`` as literal text, never as a formula: ``=HYPERLINK(...)`` or ``@SUM(A1)`` stay text.

    openpyxl turns any string starting with '=' into a formula, so the type is forced back to a
    string; the quote prefix makes Excel keep the text as typed when the cell is edited.
    """
    cell = _cell(ws, coordinate)
    text = clean_text(value)
    cell.value = text
    cell.data_type = "s"
    if text[:1] in ("=", "+", "-", "@"):
        cell.quotePrefix = True
    if font is not None or wrap:
        _restyle(cell, font=font, alignment=WRAP if wrap else None)
    return cell


def put_label(ws, coordinate: str, value: str, **style):
    """Our own label text (also forced to text, so a label can never become a formula)."""
    return put_text(ws, coordinate, value, **style)


def put_formula(ws, coordinate: str, formula: str, number_format: str | None = None, **style):
    if not formula.startswith("="):
        raise ValueError(f"not a formula: {formula!r}")
    cell = _cell(ws, coordinate)
    cell.value = formula
    _style(cell, number_format, **style)
    return cell


def put_number(ws, coordinate: str, value: float | int | None, number_format: str | None = None, **style):
    cell = _cell(ws, coordinate)
    cell.value = None if value is None else float(value) if not isinstance(value, int) else value
    _style(cell, number_format, **style)
    return cell


def style_input(cell) -> None:
    _restyle(cell, fill=INPUT_FILL, font=INPUT_FONT, border=BOX)


def header_row(ws, row: int, first_col: int, labels: list[str]) -> None:
    """White-on-navy header cells from ``first_col`` on."""
    for i, label in enumerate(labels):
        cell = ws.cell(row=row, column=first_col + i)
        put_text(ws, cell.coordinate, label)
        cell.fill = HEADER_FILL
        cell.font = HEADER_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _style(cell, number_format: str | None = None, *, font: Font | None = None, fill: PatternFill | None = None,
           border: Border | None = None, bold: bool = False) -> None:
    _restyle(cell, number_format=number_format or None, font=font if font is not None else TOTAL_FONT if bold else None,
             fill=fill, border=border)


def _cell(ws, coordinate: str):
    """``ws[coordinate]`` for one cell, without openpyxl's parsing of ranges (half the time)."""
    row, column = coordinate_to_tuple(coordinate)
    return ws.cell(row=row, column=column)


# Per workbook: (a cell's style before, the changes asked for) -> its style after. openpyxl looks every
# assigned font, fill and border up in the workbook's lists by hashing all its fields, for every cell;
# the report assigns the same few module-level styles to thousands of cells. The first cell with a given
# combination is styled the ordinary way (so the workbook's style lists grow in the same order as
# without the cache and the file is identical); the others copy its result. Keys hold the style
# objects by identity, and the entries keep them alive, so an id is never reused while cached.
_STYLE_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _restyle(cell, *, number_format: str | None = None, font: Font | None = None, fill: PatternFill | None = None,
             border: Border | None = None, alignment: Alignment | None = None) -> None:
    """Set the given parts of ``cell``'s style in this order: number format, font, fill, border, alignment."""
    cache = _STYLE_CACHE.setdefault(cell.parent.parent, {})
    before = None if cell._style is None else tuple(cell._style)  # None: a cell never styled
    key = (before, number_format, id(font), id(fill), id(border), id(alignment))
    found = cache.get(key)
    if found is not None:
        cell._style = copy(found[0])
        return
    if number_format is not None:
        cell.number_format = number_format
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if border is not None:
        cell.border = border
    if alignment is not None:
        cell.alignment = alignment
    cache[key] = (copy(cell._style), font, fill, border, alignment)
