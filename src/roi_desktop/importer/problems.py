"""What reading a table found: errors and warnings with the file's row and column, worded on demand."""

from __future__ import annotations

from dataclasses import dataclass, field

from roi_desktop.reports.words import words

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class ImportProblem:
    """One finding. ``row`` is the row number as the spreadsheet shows it (1-based; None for the whole
    file), ``column`` the column's header as written in the file ("" when none). ``code`` is a key of
    the words area ``importer`` (without its prefix); ``values`` fill its template."""

    code: str
    row: int | None = None
    column: str = ""
    values: dict = field(default_factory=dict)
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def message(self, lang: str = "en") -> str:
        w = words(lang)
        what = w(f"importer.{self.code}", **self.values)
        if self.row is not None and self.column:
            return w("importer.at_row_column", row=self.row, column=self.column, what=what)
        if self.row is not None:
            return w("importer.at_row", row=self.row, what=what)
        if self.column:
            return w("importer.at_column", column=self.column, what=what)
        return what

    def as_json(self, lang: str = "en") -> dict:
        return {"severity": self.severity, "code": self.code, "row": self.row, "column": self.column or None,
                "message": self.message(lang)}

    def __str__(self) -> str:
        return self.message("en")


class TableImportError(Exception):
    """Reading or importing failed; ``problems`` lists every reason (errors and the warnings found)."""

    def __init__(self, problems: list[ImportProblem]):
        self.problems = list(problems)
        super().__init__("; ".join(p.message("en") for p in self.problems if p.is_error) or "import failed")


def errors_of(problems: list[ImportProblem]) -> list[ImportProblem]:
    return [p for p in problems if p.is_error]


def capped(problems: list[ImportProblem], per_code: int = 20) -> list[ImportProblem]:
    """At most ``per_code`` problems of each kind, then one that counts the rest (a 100,000-row file
    with one mistake repeated should not print 100,000 lines)."""
    out: list[ImportProblem] = []
    seen: dict[tuple[str, str], int] = {}
    for p in problems:
        key = (p.code, p.severity)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= per_code:
            out.append(p)
    for (code, severity), n in seen.items():
        if n > per_code:
            out.append(ImportProblem("more_problems", severity=severity, values={
                "n": n - per_code, "what": code}))
    return out
