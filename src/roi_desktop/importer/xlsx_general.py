"""The general worksheet reader: expat over any well-formed sheet XML (comments, CDATA, rich inline
strings, white space between elements, UTF-16, the strict namespace), streamed in blocks. It gives the
same rows as the fast reader in xlsx_cells; the fast reader hands a sheet over when it meets XML it
does not take."""

from __future__ import annotations

from xml.parsers import expat

from .xlsx_cells import BLOCK, SheetCells, _Grid, column_number, note_formula, parse_range
from .xlsx_parts import MAIN_NS, MAX_SHEET_BYTES, NotAWorkbook, read_checked, unescape_x
from .xlsx_values import Cells

_MAIN = set(MAIN_NS)


class _Handler:
    def __init__(self, grid: _Grid, cells: Cells):
        self.grid, self.cells = grid, cells
        self.r = self.c = 0
        self.in_data = False
        self.kind = self.style = ""
        self.value: list[str] | None = None  # <v> text
        self.inline: list[str] | None = None  # <is> text
        self.formula: tuple[dict, list[str]] | None = None
        self.collect: list[str] | None = None  # where character data goes now
        self.skip = 0  # inside a phonetic run
        self.masters: dict[str, tuple[str, int, int]] = {}
        self.merges: list[tuple[int, int, int, int]] = []

    def start(self, name: str, attrs: dict[str, str]) -> None:
        ns, _, tag = name.rpartition(" ")
        if ns not in _MAIN:
            return
        if not self.in_data:
            if tag == "sheetData":
                self.in_data = True
            elif tag == "mergeCell" and (area := parse_range(attrs.get("ref", ""))):
                self.merges.append(area)
            return
        if tag == "c":
            ref = attrs.get("r", "").strip()
            letters = ref.rstrip("0123456789").lstrip("$").rstrip("$").upper()
            self.c = column_number(letters) if letters.isalpha() and len(letters) <= 3 else self.c + 1
            self.kind, self.style = attrs.get("t", "n"), attrs.get("s", "")
            self.value = self.inline = self.formula = None
        elif tag == "row":
            r = attrs.get("r")
            try:
                self.r = int(float(r)) if r else self.r + 1
            except ValueError:
                raise NotAWorkbook(f"row number {r!r}") from None
            self.c = 0
        elif tag == "v":
            self.value = self.collect = []
        elif tag == "f":
            self.formula = (attrs, [])
            self.collect = self.formula[1]
        elif tag == "is":
            self.inline = []
        elif tag == "t" and self.inline is not None and not self.skip:
            self.collect = self.inline
        elif tag == "rPh":
            self.skip += 1

    def end(self, name: str) -> None:
        ns, _, tag = name.rpartition(" ")
        if ns not in _MAIN or not self.in_data:
            return
        if tag in ("v", "f", "t"):
            self.collect = None
        elif tag == "rPh":
            self.skip -= 1
        elif tag == "sheetData":
            self.in_data = False
        elif tag == "c":
            self._cell()

    def text(self, data: str) -> None:
        if self.collect is not None:
            self.collect.append(data)

    def _cell(self) -> None:
        r, c = self.r, self.c
        value: object = None
        if self.kind == "inlineStr":
            value = unescape_x("".join(self.inline)) if self.inline is not None else None
        elif self.value:
            value = self.cells.value("" if self.kind == "n" else self.kind, self.style, "".join(self.value))
        if value is not None:
            self.grid.put(r, c, value)
        if self.formula is not None:
            attrs, text = self.formula
            note_formula(self.grid, self.masters, attrs, "".join(text), r, c, calculated=value is not None)


def read_general(package, part: str, grid: _Grid, cells: Cells) -> SheetCells:
    stream = package.open(part, MAX_SHEET_BYTES)
    if stream is None:
        raise NotAWorkbook(f"sheet part {part} missing")
    handler = _Handler(grid, cells)
    p = expat.ParserCreate(namespace_separator=" ")
    p.buffer_text = True
    p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = handler.start, handler.end, handler.text
    with stream:
        try:
            while block := read_checked(stream, part, BLOCK):
                p.Parse(block, False)
            p.Parse(b"", True)
        except expat.ExpatError as e:
            raise NotAWorkbook(f"{part}: XML: {e}") from None
    return SheetCells(grid.rows, grid.formulas, handler.merges, fast=False)
