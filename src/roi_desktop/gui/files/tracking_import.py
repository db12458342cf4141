"""Import of actuals from a spreadsheet, through the same importer as the client history
(``roi_desktop.importer.read_table``), loaded only when a file is imported (pandas stays off start-up).

``import_actuals(path, lang)`` returns ``[(YYYY-MM, {"customers": ..., "lost": ..., "won": ...,
"service_spend": ...}), ...]`` in the file's order; the tab pastes those rows into its grid by month, where
the usual checks (gaps, negatives, months outside the horizon) name the month. Only the month and the
customers are required here; lost, won and service spend are read when the table has them.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

COLUMN_KEYS = ("customers", "lost", "won", "service_spend")


class ActualsImportError(Exception):
    """The file could not be read as monthly actuals; the message lists the importer's problems."""


def actuals_columns(history_columns) -> tuple:
    """The history's column specs reduced to the actuals: month and customers required, the rest optional."""
    return tuple(replace(spec, required=spec.name in ("month", "customers"))
                 for spec in history_columns if spec.name in ("month",) + COLUMN_KEYS)


def import_actuals(path: str, lang: str = "en") -> list[tuple[str, dict[str, Any]]]:
    """The months of the table at ``path`` as (YYYY-MM, values). Raises ActualsImportError with the
    importer's own messages (row and column named) when the file cannot be used."""
    from roi_desktop import importer
    table = importer.read_table(path, columns=actuals_columns(importer.HISTORY_COLUMNS))
    errors = [p for p in table.problems if p.is_error]
    if errors:
        raise ActualsImportError("; ".join(p.message(lang) for p in errors[:5]))
    labels = table.month_labels()
    out = []
    for i, month in enumerate(labels):
        values = {}
        for key in COLUMN_KEYS:
            if key in table.frame:
                x = table.frame[key].iloc[i]
                if x is not None and not (isinstance(x, float) and math.isnan(x)):
                    values[key] = float(x)
        out.append((month, values))
    return out
