"""Workbooks written by hand, XML quirks and all, and the rows openpyxl reads from them (the reference
the fast reader must agree with, cell for cell)."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"


def package(sheets: list[tuple[str, bytes]], *, shared: list[str] | None = None, shared_xml: bytes | None = None,
            styles: bytes | None = None, date1904: bool = False, absolute_targets: bool = False,
            upper_case_names: bool = False, extra: dict[str, bytes] | None = None) -> bytes:
    """An .xlsx: ``sheets`` are (name, sheet XML); ``shared`` plain shared strings (or ``shared_xml``)."""
    base = "/xl/" if absolute_targets else ""
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="{base}worksheets/sheet{i + 1}.xml"/>'
                   for i in range(len(sheets)))
    rels += f'<Relationship Id="rIdS" Type="{REL}/styles" Target="{base}styles.xml"/>'
    if shared is not None:
        shared_xml = (f'<sst xmlns="{MAIN}" count="{len(shared)}" uniqueCount="{len(shared)}">' + "".join(
            f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in shared) + "</sst>").encode()
    if shared_xml is not None:
        rels += f'<Relationship Id="rIdT" Type="{REL}/sharedStrings" Target="{base}sharedStrings.xml"/>'
    flag = ' date1904="1"' if date1904 else ""
    book = (f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr{flag}/>'
            "<sheets>" + "".join(f'<sheet name={quoteattr(n)} sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                                 for i, (n, _) in enumerate(sheets)) + "</sheets></workbook>")
    parts = {
        "[Content_Types].xml": (f'<Types xmlns="{CT}"><Default Extension="xml" ContentType="application/xml"/>'
                                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                                'relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
                                'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' + "".join(
                                    f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/'
                                    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                                    for i in range(len(sheets))) + (
                                    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                                    'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                                    if shared_xml is not None else "") + "</Types>").encode(),
        "_rels/.rels": (f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" '
                        'Target="xl/workbook.xml"/></Relationships>').encode(),
        "xl/workbook.xml": book.encode(),
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG}">{rels}</Relationships>'.encode(),
        "xl/styles.xml": styles if styles is not None else styles_xml([]),
    }
    if shared_xml is not None:
        parts["xl/sharedStrings.xml"] = shared_xml
    for i, (_, xml) in enumerate(sheets):
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = xml
    parts.update(extra or {})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if upper_case_names and name.startswith("xl/worksheets/"):
                name = name.replace("sheet", "Sheet")
            z.writestr(name, data)
    return buf.getvalue()


def styles_xml(formats: list[int | str]) -> bytes:
    """cellXfs: style 0 is General, style i+1 has ``formats[i]`` (a built-in id or a custom format code)."""
    custom = {code: 164 + i for i, code in enumerate(dict.fromkeys(f for f in formats if isinstance(f, str)))}
    num_fmts = "".join(f'<numFmt numFmtId="{n}" formatCode={quoteattr(code)}/>' for code, n in custom.items())
    xfs = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' + "".join(
        f'<xf numFmtId="{custom[f] if isinstance(f, str) else f}" fontId="0" fillId="0" borderId="0" xfId="0" '
        'applyNumberFormat="1"/>' for f in formats)
    return (f'<styleSheet xmlns="{MAIN}"><numFmts count="{len(custom)}">{num_fmts}</numFmts>'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(formats) + 1}">{xfs}</cellXfs></styleSheet>').encode()


def normal(rows) -> list[list[tuple[str, object]]]:
    """Rows without trailing empty cells and rows; each value with its type (1 is not True)."""
    out = [[(type(v).__name__, v) for v in row] for row in rows]
    for row in out:
        while row and row[-1][1] is None:
            row.pop()
    while out and not out[-1]:
        out.pop()
    return out


def openpyxl_view(raw: bytes, sheet: str) -> tuple[list, dict, set]:
    """(rows, formulas without a saved value, merged areas) as openpyxl reads them (full mode: the
    cells wherever they are, whatever the <dimension> says)."""
    import warnings

    import openpyxl
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        values = openpyxl.load_workbook(io.BytesIO(raw), data_only=True)[sheet]
        formulas = openpyxl.load_workbook(io.BytesIO(raw), data_only=False)[sheet]
    rows = [list(r) for r in values.iter_rows(values_only=True)]
    found = {}
    for r, row in enumerate(formulas.iter_rows(values_only=True)):
        for c, v in enumerate(row):
            text = getattr(v, "text", v)
            if isinstance(text, str) and text.startswith("=") and (r >= len(rows) or c >= len(rows[r])
                                                                   or rows[r][c] is None):
                found[(r, c)] = text
    merges = {(m.min_col, m.min_row, m.max_col, m.max_row) for m in values.merged_cells.ranges}
    return rows, found, merges
