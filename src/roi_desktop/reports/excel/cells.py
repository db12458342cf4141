"""Writing cells safely and consistently: user text as text, styles for inputs, headers and results,
number formats for the currency, percentages and percentage points."""

from __future__ import annotations

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

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
    unit = "p.p." if lang == "pl" else "pp"
    return f'+0.00 "{unit}";-0.00 "{unit}";0.00 "{unit}"'


def clean_text(value: object) -> str:
    """User text as a plain string without the control characters a workbook cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", "" if value is None else str(value))


def put_text(ws, coordinate: str, value: object, *, font: Font | None = None, wrap: bool = False):
    """Write ``value`` as literal text, never as a formula: ``=HYPERLINK(...)`` or ``@SUM(A1)`` stay text.

    openpyxl turns any string starting with '=' into a formula, so the type is forced back to a
    string; the quote prefix makes Excel keep the text as typed when the cell is edited.
    """
    cell = ws[coordinate]
    text = clean_text(value)
    cell.value = text
    cell.data_type = "s"
    if text[:1] in ("=", "+", "-", "@"):
        cell.quotePrefix = True
    if font is not None:
        cell.font = font
    if wrap:
        cell.alignment = WRAP
    return cell


def put_label(ws, coordinate: str, value: str, **style):
    """Our own label text (also forced to text, so a label can never become a formula)."""
    return put_text(ws, coordinate, value, **style)


def put_formula(ws, coordinate: str, formula: str, number_format: str | None = None, **style):
    if not formula.startswith("="):
        raise ValueError(f"not a formula: {formula!r}")
    cell = ws[coordinate]
    cell.value = formula
    if number_format:
        cell.number_format = number_format
    _style(cell, **style)
    return cell


def put_number(ws, coordinate: str, value: float | int | None, number_format: str | None = None, **style):
    cell = ws[coordinate]
    cell.value = None if value is None else float(value) if not isinstance(value, int) else value
    if number_format:
        cell.number_format = number_format
    _style(cell, **style)
    return cell


def style_input(cell) -> None:
    cell.fill = INPUT_FILL
    cell.font = INPUT_FONT
    cell.border = BOX


def header_row(ws, row: int, first_col: int, labels: list[str]) -> None:
    """White-on-navy header cells from ``first_col`` on."""
    for i, label in enumerate(labels):
        cell = ws.cell(row=row, column=first_col + i)
        put_text(ws, cell.coordinate, label)
        cell.fill = HEADER_FILL
        cell.font = HEADER_FONT
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _style(cell, *, font: Font | None = None, fill: PatternFill | None = None, border: Border | None = None,
           bold: bool = False) -> None:
    if font is not None:
        cell.font = font
    elif bold:
        cell.font = TOTAL_FONT
    if fill is not None:
        cell.fill = fill
    if border is not None:
        cell.border = border
