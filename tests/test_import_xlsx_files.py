"""Excel workbooks as other programs write them, and hostile ones, through the standard-library reader:
each quirk read as openpyxl reads it (or, where openpyxl is wrong, as the file format says), every
hostile file a clear problem with nothing read beyond the bounds."""

from __future__ import annotations

import io
import zipfile

import pytest
from import_support import HEADERS, history_rows
from test_import_reading import _problem, assert_matches
from test_import_xlsx_cells import assert_agree, fast_view
from xlsx_support import MAIN, package, styles_xml

from roi_desktop.importer import read_table, workbook, xlsx_parts
from roi_desktop.importer.history_import import import_history


def sheet(rows_xml: str, *, head: str = "", tail: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">{head}<sheetData>{rows_xml}'
            f"</sheetData>{tail}</worksheet>").encode()


def test_line_ends_in_text_are_read_as_an_xml_parser_reads_them():
    xml = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>a\r\nb\rc</t></is></c>'
                '<c r="B1" t="inlineStr"><is><t>a&#13;&#10;b</t></is></c><c r="C1" t="str"><v>x\ry</v></c></row>')
    raw = package([("S", xml)])
    assert fast_view(raw, "S").rows == [["a\nb\nc", "a\r\nb", "x\ny"]]
    assert_agree(raw, "S")


def test_excel_escapes_in_text_are_decoded():
    """ECMA-376 22.9.2.19: "_x000D_" is a carriage return, "_x005F_" an underscore that keeps the next
    escape as text. openpyxl leaves them as written; we decode them, as Excel shows them."""
    raw = package([("S", sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
                               '<c r="C1" t="inlineStr"><is><t>Nowi_x000A_klienci</t></is></c></row>'))],
                  shared=["Klienci_x000D_", "_x005F_x000D_ zostaje"])
    assert fast_view(raw, "S").rows == [["Klienci\r", "_x000D_ zostaje", "Nowi\nklienci"]]


def test_shared_formulas_without_saved_values_are_named_as_openpyxl_translates_them():
    xml = sheet('<row r="1"><c r="A1"><v>10</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f></c></row>'
                '<row r="2"><c r="A2"><v>11</v></c><c r="B2"><f t="shared" si="0"/></c></row>'
                '<row r="3"><c r="A3"><v>12</v></c><c r="B3"><f t="shared" si="0"/><v>24</v></c>'
                '<c r="C3"><f t="array" ref="C3">SUM(A1:A3)</f></c></row>')
    raw = package([("S", xml)])
    got = fast_view(raw, "S")
    assert got.formulas == {(0, 1): "=A1*2", (1, 1): "=A2*2", (2, 2): "=SUM(A1:A3)"}
    assert got.rows == [[10], [11], [12, 24]]
    assert_agree(raw, "S")


def test_a_wrong_dimension_does_not_hide_cells():
    """openpyxl's read-only mode, which the importer used, trusts <dimension>: "A1" read one cell."""
    xml = sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="C2"><v>3</v></c></row>',
                head='<dimension ref="A1"/>')
    raw = package([("S", xml)])
    assert workbook.read_sheets(raw, ["S"])[0].rows == [[1, 2], [None, None, 3]]
    assert_agree(raw, "S")


def test_package_variants_absolute_targets_upper_case_names_utf16_and_chart_sheets():
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>Miesiąc</t></is></c><c r="B1"><v>5</v></c></row>'
    utf16 = sheet(rows).decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    raw = package([("A", sheet(rows)), ("B", utf16)], absolute_targets=True, upper_case_names=True)
    assert [s.rows for s in workbook.read_sheets(raw, ["A", "B"])] == [[["Miesiąc", 5]]] * 2
    assert fast_view(raw, "A").fast and not fast_view(raw, "B").fast
    with_chart = package([("Dane", sheet(rows))], extra={"xl/workbook.xml": (
        f'<workbook xmlns="{MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Wykres" sheetId="2" r:id="rIdC"/><sheet name="Dane" sheetId="1" r:id="rId1"/></sheets>'
        "</workbook>").encode()})
    assert workbook.sheet_names(with_chart) == ["Dane"]  # a chart sheet has no cells to import


def test_dates_in_both_date_systems_and_custom_formats():
    styles = styles_xml([14, "[$-415]mmmm\\ yyyy", '0.00" dni"', "[h]:mm", "yyyy\\-mm;@", 46])
    xml = sheet('<row r="1">' + "".join(f'<c r="{col}1" s="{s}"><v>45322.5</v></c>'
                                        for col, s in zip("ABCDEF", range(1, 7))) + "</row>")
    for date1904 in (False, True):
        raw = package([("S", xml)], styles=styles, date1904=date1904)
        row = fast_view(raw, "S").rows[0]
        assert row[0].year == (2028 if date1904 else 2024) and row[2] == 45322.5
        assert_agree(raw, "S")


def _history_sheet(rows, date1904=False) -> bytes:
    """An Excel-style history: shared strings, a merged title, header on row 3, months as date serials."""
    import datetime as dt
    epoch = dt.date(1904, 1, 1) if date1904 else dt.date(1899, 12, 30)
    shared = ["Historia klientów (eksport z CRM)", *HEADERS["pl"]]
    cells = ['<row r="1" spans="1:6"><c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="0"/></row>',
             '<row r="3">' + "".join(f'<c r="{col}3" t="s"><v>{i + 1}</v></c>' for i, col in enumerate("ABCDEF"))
             + "</row>"]
    for n, r in enumerate(rows, start=4):
        serial = (dt.date(r["year"], r["month"], 1) - epoch).days
        values = [r["customers"], r["lost"], r["won"], r["revenue"], r["service_spend"]]
        cells.append(f'<row r="{n}"><c r="A{n}" s="1"><v>{serial}</v></c>' + "".join(
            f'<c r="{col}{n}"><v>{v!r}</v></c>' for col, v in zip("BCDEF", values)) + "</row>")
    xml = sheet("".join(cells), tail='<mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells>')
    return package([("Notatki", sheet("")), ("Dane", xml)], shared=shared, styles=styles_xml([14]), date1904=date1904)


@pytest.mark.parametrize("date1904", [False, True])
def test_an_excel_style_history_imports_with_the_model_values(tmp_path, date1904):
    rows = history_rows(18, seed=5)
    path = tmp_path / "crm.xlsx"
    path.write_bytes(_history_sheet(rows, date1904))
    imp = import_history(path)
    assert_matches(imp, rows)
    assert imp.table.source["sheet"] == "Dane" and imp.table.source["header_row"] == 3
    assert import_history(path, sheet="dane").ok


# ---- hostile files ------------------------------------------------------------------------------

def _read(tmp_path, raw: bytes, name="x.xlsx"):
    path = tmp_path / name
    path.write_bytes(raw)
    return read_table(path)


def _zip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize("raw,code", [
    (_zip({"hello.txt": b"not a workbook"}), "not_workbook"),  # a zip, but no workbook in it
    (package([("S", sheet('<row r="1"><c r="A1"><v>1</v></c>'))]), "not_workbook"),  # XML cut short
    (package([("S", sheet('<row r="1"><c r="A1" t="s"><v>7</v></c></row>'))], shared=["a"]), "not_workbook"),
    (package([("S", sheet('<row r="1000001"><c r="A1000001"><v>1</v></c></row>'))]), "too_many_rows"),
    (package([("S", sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>T</t></is></c></row>',
                          tail='<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>'))]), "too_many_cells"),
    (package([("S", sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))]), "not_workbook"),
    (package([("S", sheet(""))])[:300], "not_workbook"),  # the zip cut short
])
def test_hostile_workbooks_give_clear_errors(tmp_path, raw, code):
    t = _read(tmp_path, raw)
    assert [p.code for p in t.problems if p.is_error] == [code], [p.message() for p in t.problems]
    assert "Traceback" not in t.problems[0].message("pl")


def test_a_missing_sheet_part_is_not_a_workbook(tmp_path):
    raw = package([("S", sheet(""))])
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        parts = {i.filename: z.read(i) for i in z.infolist() if "worksheets" not in i.filename}
    assert _read(tmp_path, _zip(parts)).problems[0].code == "not_workbook"


def test_a_zip_bomb_of_shared_strings_is_refused_before_it_is_unpacked(tmp_path):
    bomb = b"<sst xmlns=\"" + MAIN.encode() + b"\"><si><t>" + b"a" * (xlsx_parts.MAX_PART_BYTES + 1) + b"</t></si></sst>"
    raw = package([("S", sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'))], shared_xml=bomb)
    assert len(raw) < 1_000_000  # 128 MB packed into a few hundred kB
    t = _read(tmp_path, raw)
    assert t.problems[0].code == "unpacks_too_large" and "sharedStrings.xml" in t.problems[0].message()


def test_a_package_our_reader_cannot_open_is_read_by_openpyxl(tmp_path):
    """No package relationships and the workbook at an unusual path, found only through the content
    types: openpyxl finds it, so the import does not fail."""
    raw = package([("Dane", sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Miesiąc</t></is></c></row>'))])
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        parts = {i.filename: z.read(i) for i in z.infolist() if i.filename != "_rels/.rels"}
    parts["xl/book.xml"] = parts.pop("xl/workbook.xml")
    parts["xl/_rels/book.xml.rels"] = parts.pop("xl/_rels/workbook.xml.rels")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"/xl/workbook.xml", b"/xl/book.xml")
    parts["_rels/.rels"] = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                            b'relationships/officeDocument" Target="xl/book.xml"/></Relationships>')
    moved = _zip(parts)
    assert workbook.read_sheets(moved, ["Dane"])[0].rows == [["Miesiąc"]]  # found through the relationships
    del parts["_rels/.rels"]
    with pytest.raises(xlsx_parts.NotAWorkbook):
        xlsx_parts.Package(_zip(parts))
    assert workbook.sheet_names(_zip(parts)) == ["Dane"]
    assert workbook.read_sheets(_zip(parts), ["Dane"])[0].rows == [["Miesiąc"]]
    assert _problem(_read(tmp_path, _zip(parts)), "no_header")  # read; only the table is not a history


def test_very_wide_and_very_long_sheets():
    from openpyxl.utils import get_column_letter
    wide = sheet("".join(f'<row r="{r}">' + "".join(f'<c r="{get_column_letter(c)}{r}"><v>{r * c}</v></c>'
                                                    for c in range(1, 3001, 7)) + "</row>" for r in (1, 2, 5)))
    raw = package([("W", wide)])
    assert_agree(raw, "W")
    assert len(fast_view(raw, "W").rows[4]) == 2997 and fast_view(raw, "W").rows[4][-1] == 5 * 2997
    n = 30_000  # 2.5 MB: several blocks of the fast reader; the general reader says the same
    long = sheet("".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{r}</t></is></c><c r="C{r}"><v>{r / 4}</v></c>'
                         "</row>" for r in range(1, n + 1)))
    raw = package([("L", long)])
    got = fast_view(raw, "L")
    assert got.fast and len(got.rows) == n and got.rows[-1] == [str(n), None, n / 4]
    assert got.rows == fast_view(raw, "L", general=True).rows
