"""Month cells to month numbers (year * 12 + month - 1): 2024-01, 01.2024, 01/2024, "sty 2024",
"styczeń 2024", "stycznia 2024", "Jan 2024", "January 2024", "Jan-24", real dates (2024-01-31,
31.01.2024) and Excel's date cells.

>>> [label(parse_month(x)) for x in ("2024-01", "01.2024", "sty 2024", "Styczeń 2024", "Jan-24", "31.12.2023")]
['2024-01', '2024-01', '2024-01', '2024-01', '2024-01', '2023-12']
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .headers import fold

_NAMES = {
    1: ("sty", "styczen", "stycznia", "jan", "january"),
    2: ("lut", "luty", "lutego", "feb", "february"),
    3: ("mar", "marzec", "marca", "march"),
    4: ("kwi", "kwiecien", "kwietnia", "apr", "april"),
    5: ("maj", "maja", "may"),
    6: ("cze", "czerwiec", "czerwca", "jun", "june"),
    7: ("lip", "lipiec", "lipca", "jul", "july"),
    8: ("sie", "sierpien", "sierpnia", "aug", "august"),
    9: ("wrz", "wrzesien", "wrzesnia", "sep", "sept", "september"),
    10: ("paz", "pazdziernik", "pazdziernika", "oct", "october"),
    11: ("lis", "listopad", "listopada", "nov", "november"),
    12: ("gru", "grudzien", "grudnia", "dec", "december"),
}
MONTH_BY_NAME = {name: number for number, names in _NAMES.items() for name in names}
_YEAR_MONTH = re.compile(r"(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_MONTH_YEAR = re.compile(r"(\d{1,2})[-/.](\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?")
_NAME_YEAR = re.compile(r"([a-z]+)\.?[ \-/]*('?\d{2}|\d{4})")
_YEAR_NAME = re.compile(r"(\d{4})[ \-/]*([a-z]+)\.?")
EXCEL_EPOCH = dt.date(1899, 12, 30)


def number(year: int, month: int) -> int | None:
    return year * 12 + month - 1 if 1 <= month <= 12 and 1900 <= year <= 2200 else None


def label(month_number: int | None) -> str:
    """2024-01 for the month number, "" for None."""
    if month_number is None:
        return ""
    return f"{month_number // 12:04d}-{month_number % 12 + 1:02d}"


def parse_month(value: object, *, month_first: bool = False) -> int | None:
    """The month number of a cell, or None. ``month_first`` reads 01/31/2024 as US dates."""
    if isinstance(value, dt.datetime | dt.date):
        return number(value.year, value.month)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # an Excel date serial that lost its format
            day = EXCEL_EPOCH + dt.timedelta(days=int(value))
            return number(day.year, day.month)
        return None
    if not isinstance(value, str):
        return None
    return _parse_text(value, month_first)


@lru_cache(maxsize=4096)
def _parse_text(value: str, month_first: bool) -> int | None:
    text = value.strip()
    if m := _YEAR_MONTH.fullmatch(text):  # the common case, before the slower folding
        return number(int(m[1]), int(m[2]))
    text = fold(value).replace(",", " ").strip()
    text = re.sub(r"\s+", " ", text)
    if m := _YEAR_MONTH.fullmatch(text):
        return number(int(m[1]), int(m[2]))
    if m := _MONTH_YEAR.fullmatch(text):
        return number(int(m[2]), int(m[1]))
    if m := _DAY_MONTH_YEAR.fullmatch(text):
        a, b = int(m[1]), int(m[2])
        month = a if (month_first and a <= 12) or b > 12 else b
        return number(int(m[3]), month)
    if m := _NAME_YEAR.fullmatch(text):
        year = int(m[2].lstrip("'"))
        year += 2000 if year < 100 else 0
        return number(year, MONTH_BY_NAME.get(m[1], 0))
    if m := _YEAR_NAME.fullmatch(text):
        return number(int(m[1]), MONTH_BY_NAME.get(m[2], 0))
    return None


def prefers_month_first(values: list[object]) -> bool:
    """True when the column's dates are written month/day/year (some middle part exceeds 12)."""
    for value in values:
        if isinstance(value, str) and (m := _DAY_MONTH_YEAR.fullmatch(value.strip())):
            if int(m[2]) > 12:
                return True
            if int(m[1]) > 12:
                return False
    return False
