"""A worksheet's cells as rows of values, read with the standard library and fast.

Two readers give the same result. The fast one reads the XML that spreadsheet programs write (Excel,
LibreOffice, openpyxl, most exports: UTF-8, any namespace prefix, double-quoted attributes, cells of
a value, an inline string and/or a formula) with one regular expression over each block of rows: every
byte of <sheetData> must be a row tag, a cell of that shape or white space, or the fast reader stops
and the sheet is read again by the general one (expat, any well-formed XML: comments, CDATA, rich
inline strings, pretty-printed files). Both read the file in blocks, never whole.

Rows are lists of values (None where empty) ending at their last value; a row with no value is [].
Empty styled cells (formatting down to row 1,048,576) do not make rows. Bounds: ``max_rows`` rows,
``max_cells`` cells (rows x the widest row), column XFD; beyond them TooLarge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .xlsx_parts import MAIN_NS, MAX_SHEET_BYTES, NotAWorkbook, Package, TooLarge, read_checked, unescape_x
from .xlsx_values import Cells

BLOCK = 1 << 20
MAX_BLOCK = 16 << 20  # bytes without a row's end before the general reader takes over
MAX_COLUMNS = 16_384  # XFD


@dataclass
class SheetCells:
    rows: list[list[object]] = field(default_factory=list)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # 0-based (row, col) -> "=..."
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # (min_col, min_row, max_col, max_row)
    fast: bool = True  # read by the fast reader


class _Unusual(Exception):
    """XML the fast reader does not take: read the sheet with expat."""


_COLUMNS: dict[str, int] = {}


def column_number(letters: str) -> int:
    """'A' -> 1, 'XFD' -> 16384 (cached)."""
    n = _COLUMNS.get(letters)
    if n is None:
        n = 0
        for ch in letters:
            n = n * 26 + ord(ch) - 64
        if len(_COLUMNS) < 20_000:
            _COLUMNS[letters] = n
    return n


_COLUMN_BYTES: dict[bytes, int] = {}


def _column_bytes(letters: bytes) -> int:
    n = _COLUMN_BYTES[letters] = column_number(letters.decode())
    return n


_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]+)")


def parse_range(ref: str) -> tuple[int, int, int, int] | None:
    """'A1:F3' -> (1, 1, 6, 3); one cell 'B2' -> (2, 2, 2, 2); None when not a cell range."""
    ends = [_REF.fullmatch(p.strip()) for p in ref.split(":")]
    if not 1 <= len(ends) <= 2 or not all(ends):
        return None
    spots = [(column_number(m[1].upper()), int(m[2])) for m in ends if m]
    (c1, r1), (c2, r2) = spots[0], spots[-1]
    return min(c1, c2), min(r1, r2), max(c1, c2), max(r1, r2)


class _Grid:
    """Rows of values placed by (row, column), 1-based, within the bounds. ``widen`` is called with
    each row the reader leaves (the fast reader appends to rows itself)."""

    def __init__(self, max_rows: int, max_cells: int):
        self.rows: list[list[object]] = []
        self.max_rows, self.max_cells, self.width = max_rows, max_cells, 0
        self.formulas: dict[tuple[int, int], str] = {}

    def row(self, r: int) -> list[object]:
        rows = self.rows
        if r > len(rows) or r < 1:
            if r < 1:
                raise NotAWorkbook("a cell outside a row")
            if r > self.max_rows:
                raise TooLarge("rows", r, self.max_rows)
            if r * self.width > self.max_cells:
                raise TooLarge("cells", r * self.width, self.max_cells)
            rows.extend([] for _ in range(r - len(rows)))
        return rows[r - 1]

    def place(self, row: list[object], c: int, value: object) -> None:
        n = len(row)
        if c > n:
            if c > MAX_COLUMNS:
                raise NotAWorkbook(f"column {c} beyond XFD")
            row.extend([None] * (c - n - 1))
            row.append(value)
        else:
            row[c - 1] = value

    def widen(self, row: list[object]) -> None:
        if len(row) > self.width:
            self.width = len(row)
            if self.width > MAX_COLUMNS:
                raise NotAWorkbook(f"column {self.width} beyond XFD")
            if len(self.rows) * self.width > self.max_cells:
                raise TooLarge("cells", len(self.rows) * self.width, self.max_cells)

    def put(self, r: int, c: int, value: object) -> None:
        row = self.row(r)
        self.place(row, c, value)
        self.widen(row)


_F_TAG = re.compile(rb"<(?:[\w.-]+:)?f\b([^>]*?)(/?)>([^<]*)")
_F_ATTR = re.compile(rb'\b(t|si|ref)\s*=\s*"([^"]*)"')
_XML_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);")
_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _entity(m: re.Match) -> str:
    name = m[1]
    if name[0] == "#":
        return chr(int(name[2:], 16) if name[1] == "x" else int(name[1:]))
    return _ENTITIES[name]


def _text(raw: bytes) -> str:
    """Element text as an XML parser gives it: entities resolved, line ends as \\n."""
    text = raw.decode()
    if "\r" in text:  # before the entities: a written &#13; stays a carriage return
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text, n = _XML_ENTITY.subn(_entity, text)
        if n != raw.count(b"&"):
            raise _Unusual  # an entity only a DTD could define, or a stray "&": expat decides
    return text


def _inline(raw: bytes) -> str:
    """An inline string's text (most need no entity, line-end or _xHHHH_ work)."""
    if 38 in raw or 13 in raw or 95 in raw:  # & \r _
        return unescape_x(_text(raw))
    return raw.decode()


def _token_pattern(p: bytes) -> re.Pattern[bytes]:
    """Groups: row tag, its r, "/" when it closes itself, row end; cell tag, column letters, t, s, the <f> element, <v> text, the <is>
    element and its <t> text; anything else (the fast reader then stops)."""
    p = re.escape(p)
    row = rb"(<" + p + rb'row)(?: r="([0-9]+)"| (?!r=)[\w:.-]+="[^"]*")*+(/?)>'
    cell = (rb"(<" + p + rb'c)(?: r="([A-Z]{1,3})[0-9]+"| t="(\w*)"| s="([0-9]*)"| (?![rts]=)[\w:.-]+="[^"]*")*+'
            rb"(?:/>|>(<" + p + rb"f\b[^>]*?(?:/>|>[^<]*</" + p + rb"f>))?"
            rb"(?:<" + p + rb"v>([^<]*)</" + p + rb"v>|<" + p + rb"v/>|(<" + p + rb"is><" + p + rb"t(?: [^>]*)?(?:/>|>"
            rb"([^<]*)</" + p + rb"t>)</" + p + rb"is>))?"
            rb"</" + p + rb"c>)")
    return re.compile(row + rb"|(</" + p + rb"row>)|" + cell + rb"|\s+|([\s\S])")


_PATTERNS: dict[bytes, re.Pattern[bytes]] = {}
_SHEET_DATA = re.compile(rb"<(?:[\w.-]+:)?sheetData\b[^>]*?(/?)>")
_ROOT = re.compile(rb"<(?:([\w.-]+):)?worksheet\b([^>]*)>")
_MERGE = re.compile(rb'<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*"([^"]*)"')


def _prefix(head: bytes) -> bytes | None:
    """The prefix (b"" or b"x:") of the main namespace when the sheet is UTF-8 XML the fast reader takes."""
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if b"<!" in head or b"\x00" in head:
        return None
    decl = re.match(rb"\s*<\?xml[^>]*?encoding\s*=\s*[\"']([\w.-]+)[\"']", head)
    if decl and decl[1].lower() not in (b"utf-8", b"utf8"):
        return None
    root = _ROOT.search(head)
    if root is None:
        return None
    name = root[1] or b""
    binding = (b"xmlns:" + name if name else b"xmlns") + b'="' + MAIN_NS[0].encode() + b'"'
    return (name + b":" if name else b"") if binding in root[2] else None


class _FastSheet:
    """Feeds blocks of whole rows through the token pattern."""

    def __init__(self, grid: _Grid, cells: Cells, prefix: bytes):
        self.grid, self.cells = grid, cells
        if prefix not in _PATTERNS:
            _PATTERNS[prefix] = _token_pattern(prefix)
        self.pattern = _PATTERNS[prefix]
        self.dates = {s.encode() for s in cells.dates}
        self.r, self.c = 0, 0
        self.row: list[object] | None = None
        self.open_row = False
        self.masters: dict[str, tuple[str, int, int]] = {}

    def feed(self, block: bytes) -> None:
        if b"<!" in block:
            raise _Unusual
        grid, value, strings, dates = self.grid, self.cells.value, self.cells.strings, self.dates
        r, c, row, open_row = self.r, self.c, self.row, self.open_row
        x: object
        for row_tag, row_r, closed, row_end, cell, col, kind, style, ftag, v, inline, itext, other \
                in self.pattern.findall(block):
            if cell:
                if not open_row:
                    raise _Unusual  # a cell outside a row: not well-formed, expat says where
                c = _COLUMN_BYTES.get(col) or _column_bytes(col) if col else c + 1
                if v:
                    if (kind == b"" or kind == b"n") and style not in dates:  # a number, the most common cell
                        try:  # (46, 101, 69: ".eE"; `int in bytes` is ten times faster than `bytes in bytes`)
                            x = int(v) if v.isdigit() or not (46 in v or 101 in v or 69 in v) else float(v)
                        except ValueError:
                            x = value("", "", v.decode())
                    elif kind == b"s":
                        try:
                            x = strings[int(v)]
                        except (ValueError, IndexError):
                            raise NotAWorkbook(f"shared string {v!r} missing") from None
                    elif kind == b"inlineStr":
                        x = _inline(itext) if inline else None
                    else:
                        x = value(kind.decode(), style.decode(), _text(v))
                    if ftag and b"si=" in ftag:
                        self._formula(ftag, r, c, calculated=True)
                elif inline and kind == b"inlineStr":
                    x = _inline(itext)
                else:
                    if ftag:
                        self._formula(ftag, r, c, calculated=False)
                    continue
                if x is None:
                    continue
                if row is None:
                    row = grid.row(r)
                if len(row) + 1 == c:
                    row.append(x)
                else:
                    grid.place(row, c, x)
            elif row_tag:
                if open_row:
                    raise _Unusual
                if row is not None:
                    grid.widen(row)
                r = int(row_r) if row_r else r + 1
                c, row, open_row = 0, None, not closed
            elif row_end:
                if not open_row:
                    raise _Unusual
                open_row = False
            elif other:
                raise _Unusual
        self.r, self.c, self.row, self.open_row = r, c, row, open_row

    def finish(self) -> None:
        if self.open_row:
            raise _Unusual
        if self.row is not None:
            self.grid.widen(self.row)

    def _formula(self, ftag: bytes, r: int, c: int, calculated: bool) -> None:
        m = _F_TAG.match(ftag)
        if m is None:
            raise _Unusual
        attrs = {k.decode(): v.decode() for k, v in _F_ATTR.findall(m[1])}
        text = _text(m[3])
        note_formula(self.grid, self.masters, attrs, text, r, c, calculated)


def note_formula(grid: _Grid, masters: dict, attrs: dict, text: str, r: int, c: int, calculated: bool) -> None:
    """Remember a shared formula's master; a formula without a saved value becomes a finding."""
    if attrs.get("t") == "shared" and text:
        masters[attrs.get("si", "")] = (text, r, c)
    if calculated or attrs.get("t") == "dataTable":
        return
    if text:
        grid.formulas[(r - 1, c - 1)] = "=" + text
    elif attrs.get("t") == "shared" and attrs.get("si", "") in masters:
        grid.formulas[(r - 1, c - 1)] = _translated(masters[attrs["si"]], r, c)


def _translated(master: tuple[str, int, int], r: int, c: int) -> str:
    """A shared formula as it reads in another cell (relative references moved)."""
    from openpyxl.formula.translate import Translator
    from openpyxl.utils import get_column_letter
    text, mr, mc = master
    try:
        return Translator("=" + text, f"{get_column_letter(mc)}{mr}").translate_formula(f"{get_column_letter(c)}{r}")
    except Exception:  # a formula the translator does not parse: its master's text says enough
        return "=" + text


def _read_fast(package: Package, part: str, grid: _Grid, cells: Cells) -> SheetCells:
    stream = package.open(part, MAX_SHEET_BYTES)
    if stream is None:
        raise NotAWorkbook(f"sheet part {part} missing")
    with stream:
        buf = read_checked(stream, part, BLOCK)
        if buf.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise _Unusual  # UTF-16 XML
        seen = 0
        while (start := _SHEET_DATA.search(buf, max(0, seen - 64))) is None:
            seen = len(buf)
            block = read_checked(stream, part, BLOCK)
            if not block or seen > MAX_BLOCK:
                raise _Unusual  # no sheetData, or a head we do not scan: the general reader decides
            buf += block
        prefix = _prefix(buf[:start.start()])
        if prefix is None:
            raise _Unusual
        reader = _FastSheet(grid, cells, prefix)
        buf = buf[start.end():]
        end, row_end = b"</" + prefix + b"sheetData>", b"</" + prefix + b"row>"
        seen = 0
        while not start[1]:  # <sheetData/> has no rows
            stop = buf.find(end, max(0, seen - len(end)))
            if stop >= 0:
                reader.feed(buf[:stop])
                buf = buf[stop:]
                break
            cut = buf.rfind(row_end, max(0, seen - len(row_end)))
            if cut >= 0:
                reader.feed(buf[:cut + len(row_end)])
                buf = buf[cut + len(row_end):]
            if len(buf) > MAX_BLOCK:
                raise _Unusual  # one row of megabytes: the general reader streams it
            seen = len(buf)
            block = read_checked(stream, part, BLOCK)
            if not block:
                raise _Unusual
            buf += block
        reader.finish()
        tail = buf + read_checked(stream, part)
    if b"<!" in tail:
        raise _Unusual
    merges = [m for m in (parse_range(ref.decode()) for ref in _MERGE.findall(tail)) if m]
    return SheetCells(grid.rows, grid.formulas, merges, fast=True)


def read_sheet(package: Package, part: str, cells: Cells, max_rows: int, max_cells: int) -> SheetCells:
    """The sheet's rows, formulas without saved values and merged areas."""
    try:
        return _read_fast(package, part, _Grid(max_rows, max_cells), cells)
    except (_Unusual, UnicodeDecodeError):
        pass
    from .xlsx_general import read_general
    return read_general(package, part, _Grid(max_rows, max_cells), cells)
