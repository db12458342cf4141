"""Sheet names and workbook-scoped defined names.

Sheet names come from user text (scenario names), so they are made valid for Excel: at most 31
characters, none of ``[]:*?/\\``, no leading or trailing apostrophe, unique ignoring case.
Polish letters are kept.
"""

from __future__ import annotations

import re

from openpyxl.utils import absolute_coordinate, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName

SHEET_NAME_MAX = 31
_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")


def sheet_name(wanted: str, taken: set[str]) -> str:
    """A valid, unique sheet name close to ``wanted``; adds it to ``taken`` (compared case-insensitively).

    >>> taken = {"summary"}
    >>> sheet_name("Cięcie: 20 % [wariant/A]?", taken)
    'Cięcie 20 % wariantA'
    >>> sheet_name("Summary", taken), sheet_name("x" * 40, taken)
    ('Summary (2)', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')
    """
    base = _FORBIDDEN.sub("", wanted)
    base = re.sub(r"\s+", " ", base).strip().strip("'").strip() or "Sheet"
    if base.lower() == "history":  # reserved by Excel
        base = f"{base} (1)"
    candidate = base[:SHEET_NAME_MAX].rstrip().rstrip("'")
    n = 2
    while candidate.lower() in taken:
        suffix = f" ({n})"
        candidate = base[: SHEET_NAME_MAX - len(suffix)].rstrip().rstrip("'") + suffix
        n += 1
    taken.add(candidate.lower())
    return candidate


def ref(sheet: str, coordinate: str, *, absolute: bool = True) -> str:
    """A reference to a cell or range on ``sheet``, quoted when needed: ``'Dane wejściowe'!$C$5``."""
    coord = absolute_coordinate(coordinate) if absolute else coordinate
    return f"{quote_sheetname(sheet)}!{coord}"


def define(workbook, name: str, sheet: str, coordinate: str) -> str:
    """Add a workbook-scoped defined name for a cell or range; returns the name."""
    workbook.defined_names[name] = DefinedName(name, attr_text=ref(sheet, coordinate))
    return name


def scenario_name(field: str, index: int) -> str:
    """Defined name of a scenario input, ``s1_churn_change_pp`` (index is 1-based)."""
    return f"s{index}_{field}"


def result_name(metric: str, index: int) -> str:
    """Defined name of a scenario result, ``npv_1`` (index is 1-based)."""
    return f"{metric}_{index}"
