"""The standard-library xlsx reader (importer.xlsx_cells and friends) against openpyxl, cell for cell:
workbooks openpyxl writes, and hand-written XML in the dialects other programs write (shared and
inline strings, rich text and phonetic runs, prefixes, missing references, white space, comments,
CDATA, character references, wrong <dimension>, 1900 and 1904 dates, custom date formats). The
reference is openpyxl's full (not read-only) mode, which places cells where their XML says."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xlsx_support import MAIN, normal, openpyxl_view, package, styles_xml

from roi_desktop.importer import workbook, xlsx_cells
from roi_desktop.importer.xlsx_cells import read_sheet
from roi_desktop.importer.xlsx_general import read_general
from roi_desktop.importer.xlsx_cells import _Grid
from roi_desktop.importer.xlsx_parts import Package
from roi_desktop.importer.xlsx_values import Cells

ERRORS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"]
TEXT = st.text(st.one_of(st.characters(blacklist_categories=("Cs", "Cc")), st.sampled_from("\t\n\r &<>\"'ąęłńóśźżŁŚ")),
               max_size=24).filter(lambda s: "_x" not in s and not s.startswith("=") and s not in ERRORS)
FORMATS = [None, "0.00", "#,##0", "yyyy-mm", "[$-415]mmmm yyyy", '0.00" zł"', '"d"0', "mm:ss", "[h]:mm:ss",
           "dd.mm.yyyy", "@", "h:mm", "[Red]0.0", "d-mmm-yy", "# ##0,00\\ \\d"]
VALUES = st.one_of(
    st.none(), st.integers(-2**60, 2**60), st.floats(allow_nan=False, allow_infinity=False), TEXT, st.booleans(),
    st.sampled_from(ERRORS), st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2199, 12, 31)),
    st.dates(dt.date(1900, 1, 1), dt.date(2199, 12, 31)), st.times(),
    st.timedeltas(dt.timedelta(0), dt.timedelta(days=3000)),
    st.sampled_from(["=A1+1", "=SUM(B1:B3)", '=IF(A1>0,"tak","nie")']))
CELL_MAP = st.dictionaries(st.tuples(st.integers(1, 30), st.integers(1, 10)),
                           st.tuples(VALUES, st.sampled_from(FORMATS)), max_size=40)


def fast_view(raw: bytes, sheet: str, general: bool = False):
    pkg = Package(raw)
    cells = Cells(pkg.shared_strings(), *pkg.date_styles(), pkg.date1904)
    part = {s.name: s.part for s in pkg.sheets}[sheet]
    if general:
        return read_general(pkg, part, _Grid(10**6, 10**7), cells)
    return read_sheet(pkg, part, cells, 10**6, 10**7)


def _in_small_blocks(raw: bytes, sheet: str, block: int, max_block: int):
    """The fast reader fed a few bytes at a time (rows cut across blocks, tags split), and handing
    over to the general reader when a row outgrows ``max_block``."""
    saved = xlsx_cells.BLOCK, xlsx_cells.MAX_BLOCK
    xlsx_cells.BLOCK, xlsx_cells.MAX_BLOCK = block, max_block
    try:
        return fast_view(raw, sheet)
    finally:
        xlsx_cells.BLOCK, xlsx_cells.MAX_BLOCK = saved


def assert_agree(raw: bytes, sheet: str, *, fast: bool | None = True):
    rows, formulas, merges = openpyxl_view(raw, sheet)
    for got in (fast_view(raw, sheet), fast_view(raw, sheet, general=True), _in_small_blocks(raw, sheet, 7, 1 << 20),
                _in_small_blocks(raw, sheet, 61, 200)):
        assert normal(got.rows) == normal(rows)
        assert got.formulas == formulas
        assert set(got.merges) == merges
    if fast is not None:
        assert fast_view(raw, sheet).fast is fast  # the common path is the fast one


@pytest.mark.filterwarnings("ignore::UserWarning")  # openpyxl: a date-styled number beyond dates
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets=st.lists(CELL_MAP, min_size=1, max_size=3), date1904=st.booleans(),
       merge=st.none() | st.tuples(st.integers(1, 8), st.integers(1, 5), st.integers(0, 3), st.integers(0, 4)))
def test_workbooks_openpyxl_writes_read_the_same(sheets, date1904, merge):
    wb = openpyxl.Workbook()
    if date1904:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    names = []
    for i, cells in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = ["Dane miesięczne", "Arkusz 2", "Łódź; koszty"][i]
        names.append(ws.title)
        for (r, c), (value, fmt) in cells.items():
            ws.cell(r, c).value = value
            if fmt:
                ws.cell(r, c).number_format = fmt
        if merge and i == 0:
            r, c, dr, dc = merge
            if dr or dc:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + dr, end_column=c + dc)
    buf = io.BytesIO()
    wb.save(buf)
    raw = buf.getvalue()
    for name in names:
        assert_agree(raw, name)
    # the whole path the importer takes, against the openpyxl path it took before (read-only mode,
    # merged areas filled, formulas found in a second pass)
    ours = workbook.read_sheets(raw, names)
    before = workbook._openpyxl_read_sheets(raw, names)
    for new, old in zip(ours, before):
        workbook.add_uncalculated_formulas(raw, old)
        assert (new.name, normal(new.rows), new.formulas) == (old.name, normal(old.rows), old.formulas)
    assert workbook.sheet_names(raw) == names


# ---- hand-written XML in other programs' dialects ------------------------------------------------

HAND_VALUES = st.one_of(st.none(), st.integers(-10**12, 10**12), st.floats(-1e12, 1e12, allow_nan=False),
                        TEXT, st.booleans(), st.sampled_from(ERRORS), st.floats(0, 80_000).map(lambda x: ("date", x)))
DIALECT = st.fixed_dictionaries({
    "prefix": st.sampled_from(["", "x:"]), "order": st.sampled_from(["rst", "tsr"]),
    "refs": st.sampled_from(["all", "none", "mixed"]), "strings": st.sampled_from(["shared", "inline", "rich", "str"]),
    "pretty": st.booleans(), "comment": st.booleans(), "cdata": st.booleans(), "char_refs": st.booleans(),
    "dimension": st.sampled_from([None, "A1", "right"]), "styled_empty": st.booleans(), "date1904": st.booleans(),
    "date_format": st.sampled_from([14, 17, 22, "yyyy\\-mm", "[$-415]mmmm\\ yyyy;@", "dd/mm/yyyy hh:mm"]),
})


def _text_xml(text: str, d: dict) -> str:
    if d["cdata"] and "]]>" not in text:
        body = f"<![CDATA[{text}]]>"
    else:
        body = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if d["char_refs"]:
            body = "".join(ch if ord(ch) < 128 and ch != "\r" else f"&#{ord(ch)};" for ch in body)
    return f'<{d["prefix"]}t xml:space="preserve">{body}</{d["prefix"]}t>'


def _rich(text: str, d: dict) -> str:
    p, half = d["prefix"], len(text) // 2
    runs = "".join(f"<{p}r><{p}rPr><{p}b/></{p}rPr>{_text_xml(part, d)}</{p}r>" for part in (text[:half], text[half:]))
    return runs + f'<{p}rPh sb="0" eb="1"><{p}t>フリガナ</{p}t></{p}rPh>'


def render(grid: list[list[object]], d: dict, shared: list[str], rng) -> bytes:
    p, sep = d["prefix"], "\n  " if d["pretty"] else ""
    rows_xml = []
    for r, values in enumerate(grid, start=1):
        cells = []
        for c, value in enumerate(values, start=1):
            ref = openpyxl.utils.get_column_letter(c) + str(r)
            write_ref = d["refs"] == "all" or (d["refs"] == "mixed" and rng.random() < 0.5)
            kind, style, inner = None, None, ""
            if value is None:
                if d["refs"] == "all" and not d["styled_empty"]:
                    continue  # a missing cell; positional files must write it
                style = "2" if d["styled_empty"] else None
            elif isinstance(value, tuple):
                style, inner = "1", f"<{p}v>{value[1]!r}</{p}v>"
            elif isinstance(value, bool):
                kind, inner = "b", f"<{p}v>{int(value)}</{p}v>"
            elif isinstance(value, (int, float)):
                inner = f"<{p}v>{value!r}</{p}v>"
            elif value in ERRORS:
                kind, inner = "e", f"<{p}v>{value}</{p}v>"
            elif d["strings"] in ("shared", "rich"):
                kind, inner = "s", f"<{p}v>{len(shared)}</{p}v>"
                shared.append(value)
            elif d["strings"] == "inline":
                d["commented"] = d.get("commented") or (d["cdata"] and "]]>" not in value)
                kind, inner = "inlineStr", f"<{p}is>{_text_xml(value, d)}</{p}is>"
            else:  # a formula's text result
                d["commented"] = d.get("commented") or (d["cdata"] and "]]>" not in value)
                body = _text_xml(value, d)[len(p) + 23:-len(p) - 4]
                kind, inner = "str", f"<{p}f>\"x\"</{p}f><{p}v>{body}</{p}v>"
            attrs = {"r": f' r="{ref}"' if write_ref else "", "s": f' s="{style}"' if style else "",
                     "t": f' t="{kind}"' if kind else ""}
            head = f"<{p}c" + "".join(attrs[a] for a in d["order"])
            cells.append(f"{head}>{sep}{inner}{sep}</{p}c>" if inner else f"{head}/>")
        if d["comment"] and len(cells) > 1:
            cells.insert(1, "<!-- a note -->")
            d["commented"] = True
        r_attr = f' r="{r}"' if d["refs"] != "none" else ""
        rows_xml.append(f'<{p}row{r_attr} spans="1:{max(1, len(values))}">{sep}{sep.join(cells)}{sep}</{p}row>')
    if d["styled_empty"]:
        rows_xml.append(f'<{p}row r="{len(grid) + 40}"><{p}c r="Z{len(grid) + 40}" s="2"/></{p}row>'
                        if d["refs"] != "none" else "")
    width = max((len(v) for v in grid), default=1)
    dim = {None: "", "A1": f'<{p}dimension ref="A1"/>',
           "right": f'<{p}dimension ref="A1:{openpyxl.utils.get_column_letter(max(1, width))}{max(1, len(grid))}"/>'}
    ns = f'xmlns:{p[:-1]}="{MAIN}"' if p else f'xmlns="{MAIN}"'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{p}worksheet {ns}>{dim[d["dimension"]]}'
            f'<{p}sheetData>{sep}{sep.join(rows_xml)}{sep}</{p}sheetData></{p}worksheet>').encode()


def _shared_xml(shared: list[str], d: dict) -> bytes:
    items = "".join(f"<si>{_rich(s, d) if d['strings'] == 'rich' else _text_xml(s, d)}</si>"
                    for s in shared).replace(f"<{d['prefix']}", "<").replace(f"</{d['prefix']}", "</")
    return f'<sst xmlns="{MAIN}" count="{len(shared)}" uniqueCount="{len(shared)}">{items}</sst>'.encode()


@pytest.mark.filterwarnings("ignore::UserWarning")
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grid=st.lists(st.lists(HAND_VALUES, max_size=8), min_size=1, max_size=12), d=DIALECT, seed=st.integers(0, 99))
def test_hand_written_dialects_read_as_openpyxl_reads_them(grid, d, seed):
    import random
    shared: list[str] = []
    xml = render(grid, d, shared, random.Random(seed))
    raw = package([("Dane", xml)], shared_xml=_shared_xml(shared, d) if shared else None,
                  styles=styles_xml([d["date_format"], "0.00"]), date1904=d["date1904"])
    usual = not (d["pretty"] or d.get("commented"))  # comments or CDATA in the sheet: the general reader
    assert_agree(raw, "Dane", fast=usual if any(any(v is not None for v in r) for r in grid) else None)
