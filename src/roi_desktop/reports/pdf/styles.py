"""Colours, paragraph styles and table helpers of the report: one look for every page.

All styles use the embedded DejaVu Sans family; ``para`` escapes user text before it reaches a
Paragraph, so markup-like names print as typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from html import escape  # xml.sax.saxutils' escape, without its urllib/http.client imports

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from roi_desktop.reports import palette

from . import fonts
from .paragraph import Paragraph

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

NAVY = colors.HexColor("#1F3A5F")
ACCENT = colors.HexColor("#2A7F9E")
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#C9D3DD")
HEADER_BG = colors.HexColor("#E8EEF4")
TOTAL_BG = colors.HexColor("#F3F6F9")
POSITIVE = colors.HexColor("#2E7D4F")
NEGATIVE = colors.HexColor("#B03A2E")
BASELINE = colors.HexColor("#7F7F7F")
# the product's one scenario palette (reports/palette.py), as reportlab colours
SCENARIO_COLOURS = tuple(colors.HexColor(c) for c in palette.SCENARIO_COLOURS)


def scenario_colour(index: int) -> colors.Color:
    return SCENARIO_COLOURS[index % len(SCENARIO_COLOURS)]


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle("body", fontName=fonts.REGULAR, bulletFontName=fonts.REGULAR, fontSize=9.5, leading=13.2, textColor=INK,
                          spaceAfter=5)
    s = {"body": base}

    def add(name: str, **kw: object) -> None:
        s[name] = ParagraphStyle(name, parent=base, **kw)

    add("title", fontName=fonts.BOLD, fontSize=24, leading=30, textColor=NAVY, spaceAfter=10)
    add("subtitle", fontSize=13, leading=18, textColor=ACCENT, spaceAfter=4)
    add("cover_label", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=0)
    add("cover_value", fontName=fonts.BOLD, fontSize=12, leading=16, spaceAfter=8)
    add("title_page_one", fontName=fonts.BOLD, fontSize=17, leading=21, textColor=NAVY, spaceAfter=2)
    add("subtitle_page_one", fontSize=10, leading=13, textColor=ACCENT, spaceAfter=6)
    add("cover_small", fontName=fonts.BOLD, fontSize=9, leading=11.5, spaceAfter=0)
    add("h1_appendix", fontName=fonts.BOLD, fontSize=18, leading=23, textColor=NAVY, spaceBefore=6, spaceAfter=4)
    add("h1_plain", fontName=fonts.BOLD, fontSize=16, leading=21, textColor=NAVY, spaceBefore=4, spaceAfter=8)
    add("h1", fontName=fonts.BOLD, fontSize=16, leading=21, textColor=NAVY, spaceBefore=4, spaceAfter=8)
    add("h2", fontName=fonts.BOLD, fontSize=12, leading=16, textColor=NAVY, spaceBefore=10, spaceAfter=5,
        keepWithNext=1)
    add("h3", fontName=fonts.BOLD, fontSize=10, leading=13, textColor=INK, spaceBefore=6, spaceAfter=3,
        keepWithNext=1)
    add("h3_chart", fontName=fonts.BOLD, fontSize=10, leading=13, textColor=INK, spaceBefore=6, spaceAfter=3)
    add("lead", fontSize=11, leading=15.5, spaceAfter=8)
    add("bullet", leftIndent=12, bulletIndent=2, spaceAfter=4)
    add("small", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=4)
    add("caption", fontSize=8, leading=10.5, textColor=MUTED, spaceBefore=2, spaceAfter=8)
    add("cell", fontSize=8, leading=10, spaceAfter=0)
    add("cell_r", fontSize=8, leading=10, spaceAfter=0, alignment=TA_RIGHT)
    add("cell_b", fontName=fonts.BOLD, fontSize=8, leading=10, spaceAfter=0)
    add("cell_br", fontName=fonts.BOLD, fontSize=8, leading=10, spaceAfter=0, alignment=TA_RIGHT)
    add("head", fontName=fonts.BOLD, fontSize=8, leading=10, textColor=NAVY, spaceAfter=0)
    add("head_r", fontName=fonts.BOLD, fontSize=8, leading=10, textColor=NAVY, spaceAfter=0, alignment=TA_RIGHT)
    add("head_c", fontName=fonts.BOLD, fontSize=8, leading=10, textColor=NAVY, spaceAfter=0, alignment=TA_CENTER)
    add("legend", fontSize=8, leading=10, spaceAfter=0, alignment=TA_LEFT)
    add("formula", fontName=fonts.ITALIC, fontSize=9, leading=12.5, leftIndent=14, spaceAfter=5)
    add("quote", fontSize=8.5, leading=11.5, leftIndent=10, textColor=INK, spaceAfter=5)
    add("toc1", fontSize=10.5, leading=17, leftIndent=0)
    add("toc2", fontSize=9, leading=13, leftIndent=14, textColor=MUTED)
    return s


@lru_cache(maxsize=64)
def sized(name: str, size: float) -> ParagraphStyle:
    """A copy of style ``name`` at font size ``size`` (dense tables shrink to keep figures on one line)."""
    base = styles()[name]
    return ParagraphStyle(f"{name}@{size}", parent=base, fontSize=size, leading=size * 1.25)


def fit_font_size(texts: list[str], width: float, *, bold: bool = True, sizes=(8, 7.5, 7, 6.5, 6)) -> float:
    """The largest size at which every text fits on one line in ``width`` points (cell padding included)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    font = fonts.BOLD if bold else fonts.REGULAR
    widest = max((stringWidth(t, font, 1.0) for t in texts), default=0.0)
    for size in sizes:
        if widest * size + 9 <= width:
            return size
    return sizes[-1]


def fit_text(value: str, font: str, size: float, width: float) -> str:
    """``value`` cut with an ellipsis to fit ``width`` points on one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def esc(text: object) -> str:
    """User text made safe for a Paragraph: <, > and & print as typed; line breaks are kept."""
    return escape(str(text), quote=False).replace("\n", "<br/>")


def para(text: str, style: str = "body", *, user: bool = False, bullet: str | None = None) -> Paragraph:
    """A Paragraph; ``user=True`` escapes the text first (names, notes and anything typed)."""
    return Paragraph(esc(text) if user else text, styles()[style], bulletText=bullet)


def cell(text: str, style: str = "cell", *, user: bool = False) -> Paragraph:
    return para(text, style, user=user)


def data_table(rows: Sequence[Sequence[object]], col_widths: list[float], *, header_rows: int = 1,
               bold_rows: tuple[int, ...] = (), zebra: bool = False) -> Table:
    """A table in the report's look: a tinted header repeated on every page, thin rules, rows
    that are never split (platypus only breaks a table between rows)."""
    table = Table(rows, colWidths=col_widths, repeatRows=header_rows, hAlign="LEFT")
    cmds: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if header_rows:
        cmds += [("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG),
                 ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, NAVY),
                 ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM")]
    for r in bold_rows:
        cmds += [("BACKGROUND", (0, r), (-1, r), TOTAL_BG), ("LINEABOVE", (0, r), (-1, r), 0.6, NAVY)]
    if zebra:
        for r in range(header_rows, len(rows)):
            if (r - header_rows) % 2 == 1 and r not in bold_rows:
                cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#FAFBFC")))
    table.setStyle(TableStyle(cmds))
    return table


def key_value_table(pairs: list[tuple[str, str]], label_width: float = CONTENT_WIDTH * 0.55,
                    *, user_values: bool = True) -> Table:
    """Two columns: a label and its value (values escaped unless pre-formatted markup)."""
    rows = [[cell(label), cell(value, "cell_r", user=user_values)] for label, value in pairs]
    return data_table(rows, [label_width, CONTENT_WIDTH - label_width], header_rows=0, zebra=True)
