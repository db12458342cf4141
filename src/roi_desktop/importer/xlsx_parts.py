"""The parts of an Excel workbook (.xlsx, .xlsm) around its cells, read with the standard library:
the zip package with a bound on how much is unpacked, the relationships, the sheet list and date
system of workbook.xml, which cell styles are dates (styles.xml), and the shared strings.

Part names are matched without regard to case (Excel does so); every part is read through
``Package.open`` which refuses a part whose unpacked size is over its bound (a zip bomb), and zipfile
stops at the size the archive declares, so the bound holds for the bytes actually read.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from xml.parsers import expat

MAX_PART_BYTES = 128 * 1024 * 1024  # workbook.xml, styles, shared strings: unpacked
MAX_SHEET_BYTES = 512 * 1024 * 1024  # one sheet's XML, unpacked (read in pieces, never whole)
MAX_STRINGS = 2_000_000  # shared strings
MAIN_NS = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",  # transitional
           "http://purl.oclc.org/ooxml/spreadsheetml/main")  # strict
_BUILTIN_DATES = frozenset(range(14, 23)) | {45, 46, 47}  # ECMA-376 18.8.30: built-in date and time formats
_BUILTIN_DURATIONS = frozenset({46})  # [h]:mm:ss


class NotAWorkbook(ValueError):
    """The bytes are not an Excel workbook we can read."""


class TooLarge(NotAWorkbook):
    """The workbook unpacks to more than we read (``what``: "part", "rows" or "cells")."""

    def __init__(self, what: str, amount: int, limit: int, part: str = ""):
        self.what, self.amount, self.limit, self.part = what, amount, limit, part
        super().__init__(f"{what} {amount} over {limit} {part}".strip())


def _parse(data: bytes | None, start, end=None, text=None) -> None:
    """Run expat (namespace-aware: names are "namespace local") over ``data`` with the handlers."""
    if data is None:
        return
    p = expat.ParserCreate(namespace_separator=" ")
    p.buffer_text = True
    p.StartElementHandler = start
    if end is not None:
        p.EndElementHandler = end
    if text is not None:
        p.CharacterDataHandler = text
    try:
        p.Parse(data, True)
    except expat.ExpatError as e:
        raise NotAWorkbook(f"XML: {e}") from None


def local(name: str) -> str:
    return name.rpartition(" ")[2]


@dataclass(frozen=True)
class SheetPart:
    name: str
    part: str  # path inside the zip


class Package:
    """An open workbook package. ``raw`` is the whole file's bytes."""

    def __init__(self, raw: bytes):
        import io
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(raw))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as e:
            raise NotAWorkbook(str(e) or type(e).__name__) from None
        self._names = {i.filename.lower().lstrip("/"): i for i in infos}
        self.workbook_part = self._workbook_part()
        self._rels = self.relationships(self.workbook_part)
        self.sheets, self.date1904 = self._workbook()

    def info(self, part: str) -> zipfile.ZipInfo | None:
        return self._names.get(part.lower().lstrip("/"))

    def open(self, part: str, limit: int = MAX_PART_BYTES):
        """A stream of the part (None when the package has no such part); over ``limit`` is TooLarge."""
        info = self.info(part)
        if info is None:
            return None
        if info.file_size > limit:
            raise TooLarge("part", info.file_size, limit, part)
        try:
            return self.zip.open(info)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, ValueError) as e:
            raise NotAWorkbook(f"{part}: {e}") from None

    def read(self, part: str, limit: int = MAX_PART_BYTES) -> bytes | None:
        stream = self.open(part, limit)
        if stream is None:
            return None
        with stream:
            return read_checked(stream, part)

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Id -> (type, target part) of a part's relationships (targets resolved against the part)."""
        folder, base = posixpath.split(part)
        out: dict[str, tuple[str, str]] = {}

        def start(name, attrs):
            if local(name) == "Relationship" and attrs.get("TargetMode") != "External":
                target = attrs.get("Target", "")
                target = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
                out[attrs.get("Id", "")] = (attrs.get("Type", ""), posixpath.normpath(target))
        _parse(self.read(posixpath.join(folder, "_rels", base + ".rels")), start)
        return out

    def related(self, kind: str) -> str | None:
        """The workbook's first related part of a type ("sharedStrings", "styles")."""
        for rel_type, target in self._rels.values():
            if rel_type.endswith("/" + kind):
                return target
        return None

    def _workbook_part(self) -> str:
        for rel_type, target in self.relationships("").values():
            if rel_type.endswith("/officeDocument") and self.info(target):
                return target
        if self.info("xl/workbook.xml"):
            return "xl/workbook.xml"
        raise NotAWorkbook("no workbook part")

    def _workbook(self) -> tuple[list[SheetPart], bool]:
        sheets: list[SheetPart] = []
        date1904 = [False]

        def start(name, attrs):
            tag = local(name)
            if tag == "sheet":
                rid = next((v for k, v in attrs.items() if local(k) == "id" and " " in k), None)
                rel = self._rels.get(rid or "")
                if rel and rel[0].endswith("/worksheet") and "name" in attrs:
                    sheets.append(SheetPart(attrs["name"], rel[1]))
            elif tag == "workbookPr":
                date1904[0] = attrs.get("date1904", "0").strip().lower() in ("1", "true")
        _parse(self.read(self.workbook_part), start)
        return sheets, date1904[0]

    def date_styles(self) -> tuple[frozenset[int], frozenset[int]]:
        """(date styles, duration styles): indexes of cellXfs whose number format shows a date or time."""
        custom: dict[int, str] = {}
        xfs: list[int] = []
        depth = {"cellXfs": 0}

        def start(name, attrs):
            tag = local(name)
            if tag == "numFmt":
                custom[_int(attrs.get("numFmtId"))] = attrs.get("formatCode", "")
            elif tag == "cellXfs":
                depth["cellXfs"] += 1
            elif tag == "xf" and depth["cellXfs"]:
                xfs.append(_int(attrs.get("numFmtId")))

        def end(name):
            if local(name) == "cellXfs":
                depth["cellXfs"] -= 1
        part = self.related("styles") or "xl/styles.xml"
        _parse(self.read(part), start, end)
        dates, durations = set(), set()
        for i, fmt_id in enumerate(xfs):
            fmt = custom.get(fmt_id)
            if fmt is None:
                is_date, is_duration = fmt_id in _BUILTIN_DATES, fmt_id in _BUILTIN_DURATIONS
            else:
                is_date, is_duration = is_date_format(fmt), is_duration_format(fmt)
            if is_date:
                dates.add(i)
            if is_duration:
                durations.add(i)
        return frozenset(dates), frozenset(durations)

    def shared_strings(self) -> list[str]:
        """The shared strings: each item's text and its rich-text runs' text, without phonetic runs."""
        part = self.related("sharedStrings")
        if part is None:
            part = "xl/sharedStrings.xml"
        strings: list[str] = []
        state = {"in_t": False, "skip": 0}
        pieces: list[str] = []

        def start(name, attrs):
            tag = local(name)
            if tag == "t":
                state["in_t"] = True
            elif tag in ("rPh", "phoneticPr"):
                state["skip"] += 1
            elif tag == "si":
                pieces.clear()

        def end(name):
            tag = local(name)
            if tag == "t":
                state["in_t"] = False
            elif tag in ("rPh", "phoneticPr"):
                state["skip"] -= 1
            elif tag == "si":
                if len(strings) >= MAX_STRINGS:
                    raise TooLarge("strings", len(strings) + 1, MAX_STRINGS, part)
                strings.append(unescape_x("".join(pieces)))

        def text(data):
            if state["in_t"] and not state["skip"]:
                pieces.append(data)
        _parse(self.read(part), start, end, text)
        return strings

    def close(self) -> None:
        self.zip.close()


def read_checked(stream, part: str, size: int = -1) -> bytes:
    try:
        return stream.read(size)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, RuntimeError) as e:  # bad CRC, truncated
        raise NotAWorkbook(f"{part}: {e}") from None


def _int(text: str | None) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return -1


_QUOTED_OR_LOCALE = re.compile(r'"[^"]*"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_TOKEN = re.compile(r"(?<![_\\*])[dmhysDMHYS]")
_DURATION = re.compile(r"\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?", re.I)


def is_date_format(code: str) -> bool:
    """A number format that shows a date or time: its first section has d, m, y, h or s outside quoted
    text, [colour/locale] brackets, and escaped (\\x), spacing (_x) and fill (*x) characters."""
    first = code.split(";")[0]
    return _DATE_TOKEN.search(_QUOTED_OR_LOCALE.sub("", first)) is not None


def is_duration_format(code: str) -> bool:
    """Elapsed time ([h]:mm:ss and the like): the value is a span, not a moment."""
    return _DURATION.search(code.split(";")[0]) is not None


_X_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape_x(text: str) -> str:
    """Excel's _xHHHH_ escapes in text (ECMA-376 22.9.2.19: "_x000D_" is a carriage return)."""
    if "_x" not in text:
        return text
    return _X_ESCAPE.sub(lambda m: chr(int(m[1], 16)), text)
