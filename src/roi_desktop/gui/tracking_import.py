"""Import of actuals from a spreadsheet, through the same importer as the client history
(``roi_desktop.importer.read_table``, helper "import"'s work). Until that importer is part of the build,
``import_available()`` is False and the Tracking tab's Import button says so; pasting works either way.

THE HOOK: ``import_actuals(path)`` returns ``[(YYYY-MM, {"customers": ..., "lost": ..., "won": ...,
"service_spend": ...}), ...]``, oldest first; the tab pastes those rows into its grid by month.
"""

from __future__ import annotations

from typing import Any

COLUMN_KEYS = ("customers", "lost", "won", "service_spend")


def _reader():
    try:
        from roi_desktop.importer import read_table  # type: ignore[attr-defined]
    except ImportError:
        return None
    return read_table


def import_available() -> bool:
    return _reader() is not None


def import_actuals(path: str) -> list[tuple[str, dict[str, Any]]]:
    """The months of the table at ``path`` as (YYYY-MM, values); raises the importer's error on a bad file."""
    read_table = _reader()
    if read_table is None:
        raise RuntimeError("the spreadsheet importer is not part of this build")
    table = read_table(path)
    return rows_from_table(table)


def rows_from_table(table: Any) -> list[tuple[str, dict[str, Any]]]:
    """Rows of a table the importer returns: a pandas DataFrame or a list of dicts with a ``month`` column
    (YYYY-MM, a date or a pandas Period) and any of the value columns."""
    records = table.to_dict("records") if hasattr(table, "to_dict") else list(getattr(table, "rows", table))
    out = []
    for record in records:
        month = record.get("month")
        if hasattr(month, "strftime"):
            month = month.strftime("%Y-%m")
        values = {k: record.get(k) for k in COLUMN_KEYS if _is_value(record.get(k))}
        out.append((str(month)[:7], values))
    return out


def _is_value(x: Any) -> bool:
    return x is not None and not (isinstance(x, float) and x != x)
