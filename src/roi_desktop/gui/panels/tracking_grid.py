"""The actuals grid of the Tracking tab: one row per month of the horizon, typed or pasted from a
spreadsheet (tabs between cells, Polish decimal commas and space grouping, an optional month column and
header row). It only reads text into numbers; checking them against the model is the core's business.

Every cell keeps what was typed: a value that is not a number, negative or in a gap stays on screen,
marked, with the month named, and the project is not changed until the grid is valid.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from roi_desktop.core.tracking_inputs import (ACTUAL_CUSTOMERS, OPTIONAL_ACTUAL_FIELDS, month_label, month_number)
from roi_desktop.gui.widgets.numbers_input import ParseError, format_input, parse_number
from roi_desktop.gui.widgets.style import ERROR

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

COLUMNS = ("customers", "lost", "won", "service_spend")
SPECS = {"customers": ACTUAL_CUSTOMERS, **OPTIONAL_ACTUAL_FIELDS}
UNITS = {"customers": "count", "lost": "count", "won": "count", "service_spend": "money"}
_MONTH_FORMS = (
    re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})(?:[-/.]\d{1,2})?(?:[ T].*)?$"),  # 2026-01, 2026/1, 2026-01-31
    re.compile(r"^(?:\d{1,2}[-/.])?(?P<m>\d{1,2})[-/.](?P<y>\d{4})$"),  # 01.2026, 1/2026, 31.01.2026
)


def pasted_month(text: str) -> str | None:
    """``YYYY-MM`` of a month as spreadsheets write it, or None.

    >>> pasted_month("2026-1"), pasted_month("01.2026"), pasted_month("2026-03-31"), pasted_month("418 414")
    ('2026-01', '2026-01', '2026-03', None)
    """
    raw = text.strip()
    for form in _MONTH_FORMS:
        found = form.match(raw)
        if found and 1 <= int(found.group("m")) <= 12:
            return f"{int(found.group('y')):04d}-{int(found.group('m')):02d}"
    return None


def split_clipboard(text: str) -> list[list[str]]:
    """Rows and cells of copied spreadsheet text: tab-separated (or ';' when there is no tab)."""
    rows = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while rows and not rows[-1].strip():
        rows.pop()
    sep = "\t" if "\t" in text else (";" if ";" in text else "\t")
    return [row.split(sep) for row in rows]


def read_month(texts: dict[str, str], lang: str) -> tuple[dict, dict[str, str]]:
    """One row's values (file units) and, per column, why a text is not acceptable."""
    values, problems = {}, {}
    for key in COLUMNS:
        text = texts.get(key, "").strip()
        if not text:
            continue
        try:
            value = parse_number(text, lang)
        except ParseError:
            problems[key] = translate("Tracking", "not a number")
            continue
        if value.is_integer() and key != "service_spend":
            value = int(value)
        if SPECS[key].problem(value) is not None:
            problems[key] = (translate("Tracking", "must be more than 0") if key == "customers"
                             else translate("Tracking", "must be 0 or more")) if value <= 0 else \
                translate("Tracking", "too large")
            continue
        values[key] = value
    return values, problems


class ActualsGrid(QTableWidget):
    """Months down, customers / lost / won / service spend across. ``edited`` fires once per user change
    (a typed cell, a paste, a deletion), never while the grid is being filled from the project."""

    edited = Signal(str)  # what changed, for the undo label: "typed", "paste" or "clear"

    def __init__(self, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("actuals")
        self.start = "2026-01"
        self.months = 36
        self.lang = "en"
        self._filling = False
        self.setHorizontalHeaderLabels([translate("Tracking", "Customers"), translate("Tracking", "Lost"),
                                        translate("Tracking", "Won"), translate("Tracking", "Service spend")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setSelectionMode(QAbstractItemView.ContiguousSelection)
        self.itemChanged.connect(self._item_changed)

    # ---- filling -----------------------------------------------------------------------------
    def set_months(self, start: str, months: int, lang: str) -> None:
        """Label the rows from ``start`` for a horizon of ``months``; typed texts stay in their rows."""
        self.start, self.lang = start, lang
        self.months = months
        rows = max(months, self.last_filled_row() + 1)
        self._filling = True
        self.setRowCount(rows)
        self.setVerticalHeaderLabels([month_label(start, j) for j in range(1, rows + 1)])
        self._filling = False

    def fill(self, actuals: list[dict]) -> None:
        """Show the project's actuals (file units), formatted for the interface language."""
        self._filling = True
        self.clearContents()
        self.setRowCount(max(self.months, len(actuals)))
        self.setVerticalHeaderLabels([month_label(self.start, j) for j in range(1, self.rowCount() + 1)])
        for row, month in enumerate(actuals):
            for col, key in enumerate(COLUMNS):
                value = month.get(key)
                if value is not None:
                    self.setItem(row, col, QTableWidgetItem(format_input(value, UNITS[key], self.lang)))
        self._filling = False
        self.mark({})

    def texts(self) -> list[dict[str, str]]:
        out = []
        for row in range(self.rowCount()):
            out.append({key: (self.item(row, col).text() if self.item(row, col) else "")
                        for col, key in enumerate(COLUMNS)})
        return out

    def last_filled_row(self) -> int:
        for row in range(self.rowCount() - 1, -1, -1):
            if any(self.item(row, c) and self.item(row, c).text().strip() for c in range(len(COLUMNS))):
                return row
        return -1

    # ---- reading -----------------------------------------------------------------------------
    def read(self) -> tuple[list[dict], list[tuple[int, int, str]]]:
        """The actuals (months 1..k, file units) and the problems as (row, column, message naming the month);
        months past the horizon come first, and a run of missing months is one message."""
        actuals, problems, outside, gaps = [], [], [], []
        last = self.last_filled_row()
        for row, texts in enumerate(self.texts()[: last + 1]):
            label = month_label(self.start, row + 1)
            values, bad = read_month(texts, self.lang)
            for key, why in bad.items():
                problems.append((row, COLUMNS.index(key), fill_month(label, why)))
            if "customers" not in values and "customers" not in bad:
                gaps.append(row)
            if row >= self.months:
                outside.append((row, 0, translate("Tracking", "%1 is outside the horizon (%2 to %3)").replace(
                    "%1", label).replace("%2", month_label(self.start, 1)).replace(
                    "%3", month_label(self.start, self.months))))
            actuals.append(values)
        return actuals, outside + self._gap_problems(gaps) + problems

    def _gap_problems(self, rows: list[int]) -> list[tuple[int, int, str]]:
        out, run = [], []
        for row in rows + [None]:
            if run and (row is None or row != run[-1] + 1):
                first, last = month_label(self.start, run[0] + 1), month_label(self.start, run[-1] + 1)
                months = first if first == last else f"{first} – {last}"
                why = translate("Tracking", "%1: customers missing (a gap); every month up to the last one "
                                            "entered needs its customers").replace("%1", months)
                out += [(r, 0, why) for r in run]
                run = []
            if row is not None:
                run.append(row)
        return out

    def mark(self, problems: dict[tuple[int, int], str]) -> None:
        """Colour the cells with a problem and put the reason in their tooltip."""
        self._filling = True
        for row in range(self.rowCount()):
            for col in range(len(COLUMNS)):
                item = self.item(row, col)
                why = problems.get((row, col))
                if why and item is None:
                    item = QTableWidgetItem("")
                    self.setItem(row, col, item)
                if item is not None:
                    item.setBackground(QBrush(QColor("#fde8e8")) if why else QBrush())
                    item.setForeground(QBrush(QColor(ERROR)) if why else QBrush())
                    item.setToolTip(why or "")
        self._filling = False

    # ---- editing -----------------------------------------------------------------------------
    def _item_changed(self, _item) -> None:
        if not self._filling:
            self.edited.emit("typed")

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
        elif event.key() in (Qt.Key_Delete, Qt.Key_Backspace) and len(self.selectedIndexes()) > 1:
            self._filling = True
            for index in self.selectedIndexes():
                item = self.item(index.row(), index.column())
                if item is not None:
                    item.setText("")
            self._filling = False
            self.edited.emit("clear")
        else:
            super().keyPressEvent(event)

    def paste_text(self, text: str) -> None:
        """Put copied cells in from the current cell on. A first column of months places each row on its
        month; a header row (no numbers) is skipped. One ``edited`` signal for the whole paste."""
        rows = split_clipboard(text)
        if not rows:
            return
        top, left = max(self.currentRow(), 0), max(self.currentColumn(), 0)
        by_month = any(pasted_month(r[0]) for r in rows if r)
        self._filling = True
        for offset, cells in enumerate(rows):
            if not any(c.strip() for c in cells):
                continue
            if by_month:
                label = pasted_month(cells[0])
                if label is None:
                    continue  # a header row
                row, col, cells = (month_number(self.start, label) or 0) - 1, 0, cells[1:]
                if row < 0:
                    continue  # before the plan started: not part of the realisation
            else:
                if offset == 0 and not any(_is_number(c, self.lang) for c in cells):
                    top -= 1  # a header row: the next row goes where the paste started
                    continue
                row, col = top + offset, left
            if row >= self.rowCount():
                self.setRowCount(row + 1)
                self.setVerticalHeaderLabels([month_label(self.start, j) for j in range(1, row + 2)])
            for c, value in enumerate(cells):
                if col + c < len(COLUMNS):
                    self.setItem(row, col + c, QTableWidgetItem(value.strip()))
        self._filling = False
        self.edited.emit("paste")


def _is_number(text: str, lang: str) -> bool:
    try:
        parse_number(text, lang)
    except ParseError:
        return False
    return True


def fill_month(label: str, why: str) -> str:
    return translate("Tracking", "%1: %2").replace("%1", label).replace("%2", why)
