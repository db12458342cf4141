"""Read a client's table from CSV/text or an Excel workbook into columns of numbers and months.

``read_table(path, sheet=None, mapping=None, columns=HISTORY_COLUMNS)`` never raises for bad data: the
returned Table lists every problem with the file's row number and the column's header. Any set of
expected columns can be read (see ``headers.ColumnSpec``); the client's history is one such set.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import decoding, workbook
from .headers import HISTORY_COLUMNS, ColumnSpec, fold
from .mapping import assign_columns, column_letter, find_header_row, header_text
from .months import label, parse_month, prefers_month_first
from .numbers import AMBIGUOUS, cleaned_texts, decimal_evidence, file_decimal_mark, parse_numbers
from .problems import ERROR, WARNING, ImportProblem, capped

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 1_000_000
TOTAL_ROWS = {"razem", "suma", "total", "ogolem", "sum", "totals", "lacznie"}
_ZIP, _OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"


@dataclass
class Table:
    """What was read. ``frame`` has one column per field found (months as month numbers, numbers as
    floats; NaN where a cell is empty or wrong); ``raw`` shows the data rows as read, under the file's
    own headers; ``row_numbers`` gives each data row's number in the file (1-based)."""

    frame: pd.DataFrame
    raw: pd.DataFrame
    columns: dict[str, str]  # field -> the header as written in the file
    row_numbers: list[int]
    problems: list[ImportProblem]
    source: dict = field(default_factory=dict)  # file, sheet, sheets, encoding, delimiter, header_row, decimal

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)

    def month_labels(self) -> list[str]:
        return [label(None if pd.isna(m) else int(m)) for m in self.frame["month"]] if "month" in self.frame else []


def _failed(problem: ImportProblem, source: dict) -> Table:
    return Table(pd.DataFrame(), pd.DataFrame(), {}, [], [problem], source)


def read_table(path: str | os.PathLike, *, sheet: str | None = None, mapping: dict[str, str] | None = None,
               columns: tuple[ColumnSpec, ...] = HISTORY_COLUMNS) -> Table:
    """Read ``path`` (csv, txt, tsv or xlsx). ``mapping`` names the column of a field where the headers
    do not say it (field -> header, column letter or number)."""
    p = Path(path)
    mapping = dict(mapping or {})
    source: dict = {"file": p.name, "sheet": None, "sheets": []}
    try:
        size = p.stat().st_size
        if p.is_dir():
            return _failed(ImportProblem("is_folder"), source)
        if size > MAX_FILE_BYTES:
            return _failed(ImportProblem("too_large", values={"mb": size / 1048576, "max": MAX_FILE_BYTES // 1048576}),
                           source)
        raw = p.read_bytes()
    except FileNotFoundError:
        return _failed(ImportProblem("not_found", values={"path": str(p)}), source)
    except OSError as e:
        return _failed(ImportProblem("cannot_read", values={"reason": e.strerror or str(e)}), source)
    if not raw.strip():
        return _failed(ImportProblem("empty"), source)
    if raw.startswith(_OLE):
        return _failed(ImportProblem("old_excel"), source)
    if raw.startswith(_ZIP) or p.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_workbook(raw, sheet, mapping, columns, source)
    if sheet:
        return _failed(ImportProblem("sheet_in_text"), source)
    try:
        text, encoding = decoding.decode_text(raw)
    except decoding.NotText:
        return _failed(ImportProblem("not_text"), source)
    hint = text.lstrip("\ufeff").split("\n", 1)[0].strip().strip('"')
    if hint.lower().startswith("sep=") and len(hint) == 5 and hint[4] in decoding.DELIMITERS:
        delimiter, text = hint[4], text.split("\n", 1)[1] if "\n" in text else ""  # Excel's "sep=;" line
    else:
        delimiter = decoding.guess_delimiter(text)
    source.update(encoding=encoding, delimiter=decoding.DELIMITER_NAMES[delimiter])
    return _from_rows(decoding.text_rows(text, delimiter), mapping, columns, source, None)


def _read_workbook(raw: bytes, sheet: str | None, mapping: dict, columns, source: dict) -> Table:
    try:
        names = workbook.sheet_names(raw)
    except workbook.TooLarge as e:
        return _failed(_too_large(e), source)
    except workbook.NotAWorkbook:
        return _failed(ImportProblem("not_workbook"), source)
    source["sheets"] = names
    if sheet is not None:
        chosen = [n for n in names if n == sheet] or [n for n in names if fold(n) == fold(sheet)]
        if not chosen:
            return _failed(ImportProblem("no_such_sheet", values={"sheet": sheet, "sheets": ", ".join(names)}), source)
        candidates = chosen[:1]
    else:
        candidates = names
    try:
        sheets = workbook.read_sheets(raw, candidates, max_rows=MAX_ROWS)
    except workbook.TooLarge as e:
        return _failed(_too_large(e), source)
    except workbook.NotAWorkbook:
        return _failed(ImportProblem("not_workbook"), source)
    for ws in sheets:  # the first sheet with a header row; with --sheet, that sheet whatever it holds
        if len(sheets) == 1 or find_header_row(ws.rows, columns, mapping) is not None:
            source["sheet"] = ws.name
            return _from_rows(ws.rows, mapping, columns, source, _formula_reader(raw, ws))
    source["sheet"] = sheets[0].name if sheets else None
    return _from_rows(sheets[0].rows if sheets else [], mapping, columns, source, None)


def _too_large(e: workbook.TooLarge) -> ImportProblem:
    """A workbook beyond what is read: too many rows or cells, or a part that unpacks too far."""
    if e.what == "rows":
        return ImportProblem("too_many_rows", values={"rows": e.amount, "max": e.limit})
    if e.what in ("cells", "strings"):
        return ImportProblem(f"too_many_{e.what}", values={"n": e.amount, "max": e.limit})
    return ImportProblem("unpacks_too_large", values={"part": e.part, "mb": e.amount / 1048576,
                                                      "max": e.limit // 1048576})


def _formula_reader(raw: bytes, sheet: workbook.Sheet) -> Callable[[], workbook.Sheet]:
    """The sheet with its formulas filled in, read only when asked (a second pass over the file)."""
    def read() -> workbook.Sheet:
        workbook.add_uncalculated_formulas(raw, sheet)
        return sheet
    return read


def _unique_headers(headers: list[str]) -> list[str]:
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, h in enumerate(headers):
        h = h or column_letter(i)
        n = seen.get(h, 0)
        seen[h] = n + 1
        out.append(h if n == 0 else f"{h} ({n + 1})")
    return out


def _from_rows(rows: Sequence[Sequence[object]], mapping: dict, columns: tuple[ColumnSpec, ...], source: dict,
               formulas: Callable[[], workbook.Sheet] | None) -> Table:
    if len(rows) > MAX_ROWS:
        return _failed(ImportProblem("too_many_rows", values={"rows": len(rows), "max": MAX_ROWS}), source)
    if not any(any(header_text(v) for v in row) for row in rows):
        return _failed(ImportProblem("empty"), source)
    h = find_header_row(rows, columns, mapping)
    if h is None:
        expected = ", ".join(s.headers[0] for s in columns if s.required)
        return _failed(ImportProblem("no_header", values={"expected": expected}), source)
    width = max(len(r) for r in rows[h:])
    headers = _unique_headers([header_text(v) for v in rows[h]] + [""] * (width - len(rows[h])))
    source["header_row"] = h + 1
    where, problems = assign_columns(headers, columns, mapping)
    missing = [s.name for s in columns if s.required and s.name not in where]
    if missing:
        problems.append(ImportProblem("missing_columns", values={
            "fields": ", ".join(missing), "headers": ", ".join(headers)}))
    body = [(r + 1, list(row) + [None] * (width - len(row))) for r, row in enumerate(rows[h + 1:], start=h + 1)]
    body = [(n, row) for n, row in body if any(v is not None and v != "" and str(v).strip() for v in row)]
    month_col = where.get("month")
    if month_col is not None:  # a closing "Total" row is not a month
        totals = {n for n, row in body if _is_total(row[month_col])}
        for n in sorted(totals):
            problems.append(ImportProblem("total_row_skipped", row=n, column=headers[month_col], severity=WARNING))
        body = [(n, row) for n, row in body if n not in totals]
    row_numbers = [n for n, _ in body]
    raw = pd.DataFrame([row for _, row in body], columns=headers, dtype=object)
    frame = pd.DataFrame(index=raw.index)
    specs = {s.name: s for s in columns}
    cleaned = {c: cleaned_texts(raw.iloc[:, c]) for name, c in where.items() if specs[name].kind == "number"}
    votes = decimal_evidence(list(cleaned.values()))
    source["decimal"] = file_decimal_mark(votes)
    for name, c in where.items():
        cells = raw.iloc[:, c]
        if specs[name].kind == "month":
            frame[name] = _months(cells, headers[c], row_numbers, problems)
        else:
            values, codes = parse_numbers(cells, votes, cleaned[c])
            frame[name] = values
            for i in codes.index[codes != ""]:
                problems.append(ImportProblem(
                    "ambiguous_number" if codes[i] == AMBIGUOUS else "not_a_number", row=row_numbers[i],
                    column=headers[c], values={"text": str(cells[i])}))
    frame = frame[[s.name for s in columns if s.name in frame]]
    if formulas is not None and len(frame):
        _name_uncalculated(formulas, where, headers, row_numbers, frame, problems)
    if not body and not missing:
        problems.append(ImportProblem("no_rows"))
    problems.sort(key=lambda p: (p.severity != ERROR, p.row if p.row is not None else -1))
    found = {s.name: headers[where[s.name]] for s in columns if s.name in where}
    return Table(frame, raw, found, row_numbers, capped(problems), source)


def _is_total(value: object) -> bool:
    """A closing "Razem"/"Total" row (text without digits naming a total)."""
    return isinstance(value, str) and not any(ch.isdigit() for ch in value) and fold(value) in TOTAL_ROWS


def _months(cells: pd.Series, header: str, row_numbers: list[int], problems: list[ImportProblem]) -> pd.Series:
    month_first = prefers_month_first(list(cells))
    parsed = [parse_month(v, month_first=month_first) for v in cells]
    for i, (value, month) in enumerate(zip(cells, parsed)):
        if month is None:
            text = header_text(value)
            problems.append(ImportProblem("not_a_month" if text else "no_month", row=row_numbers[i], column=header,
                                          values={"text": text}))
    return pd.Series(parsed, index=cells.index, dtype="Int64")


def _name_uncalculated(formulas, where, headers, row_numbers, frame, problems) -> None:
    """Excel cells that hold a formula but no saved value: say so instead of calling them empty."""
    if not frame.drop(columns=[c for c in ("month",) if c in frame]).isna().to_numpy().any():
        return
    sheet = formulas()
    for c in where.values():
        for n in row_numbers:
            formula = sheet.formulas.get((n - 1, c))
            if formula is not None:
                problems.append(ImportProblem("formula_without_value", row=n, column=headers[c],
                                              values={"formula": formula}))
