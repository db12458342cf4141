"""Small building blocks for the report's vector charts: nice axis ticks, label wrapping and a
legend that wraps long scenario names. Every string uses the embedded font."""

from __future__ import annotations


from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Table, TableStyle

from roi_desktop.reports.ticks import nice_ticks

from . import fonts
from .styles import CONTENT_WIDTH, MUTED, RULE, cell

LABEL_SIZE = 7.5


def new_drawing(width: float, height: float) -> Drawing:
    """A Drawing whose initial graphics state uses the embedded font, not reportlab's Helvetica."""
    d = Drawing(width, height)
    d.initialFontName = fonts.REGULAR
    d.initialFontSize = LABEL_SIZE
    return d


def text(x: float, y: float, value: str, *, size: float = LABEL_SIZE, anchor: str = "start",
         bold: bool = False, colour=MUTED) -> String:
    return String(x, y, value, fontName=fonts.BOLD if bold else fonts.REGULAR, fontSize=size,
                  textAnchor=anchor, fillColor=colour)


def wrap(value: str, width: float, *, size: float = LABEL_SIZE, max_lines: int = 2) -> list[str]:
    """Split a label into at most ``max_lines`` lines of ``width`` points; an ellipsis marks a cut."""
    lines = simpleSplit(value, fonts.REGULAR, size, width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and _width(last + "…", size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def _width(value: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(value, fonts.REGULAR, size)


class Axis:
    """A linear mapping from values to drawing coordinates with nice ticks."""

    def __init__(self, lo: float, hi: float, start: float, end: float, count: int = 5):
        self.ticks = nice_ticks(lo, hi, count)
        self.lo, self.hi = self.ticks[0], self.ticks[-1]
        self.start, self.end = start, end

    def __call__(self, value: float) -> float:
        return self.start + (value - self.lo) / (self.hi - self.lo) * (self.end - self.start)


def gridlines_y(d: Drawing, axis: Axis, x0: float, x1: float, label, *, zero_strong: bool = True) -> None:
    """Horizontal grid lines with labels left of ``x0``."""
    for t in axis.ticks:
        y = axis(t)
        strong = zero_strong and abs(t) < 1e-12
        d.add(Line(x0, y, x1, y, strokeColor=MUTED if strong else RULE, strokeWidth=0.8 if strong else 0.4))
        d.add(text(x0 - 4, y - 2.5, label(t), anchor="end"))


def gridlines_x(d: Drawing, axis: Axis, y0: float, y1: float, label, *, zero_strong: bool = True) -> None:
    """Vertical grid lines with labels below ``y0``."""
    for t in axis.ticks:
        x = axis(t)
        strong = zero_strong and abs(t) < 1e-12
        d.add(Line(x, y0, x, y1, strokeColor=MUTED if strong else RULE, strokeWidth=0.8 if strong else 0.4))
        d.add(text(x, y0 - 10, label(t), anchor="middle"))


def swatch(colour, *, dashed: bool = False, width: float = 16, height: float = 8) -> Drawing:
    d = new_drawing(width, height)
    if dashed:
        d.add(Line(0, height / 2, width, height / 2, strokeColor=colour, strokeWidth=1.6, strokeDashArray=[3, 2]))
    else:
        d.add(Rect(0, 1, width, height - 2, fillColor=colour, strokeColor=None))
    return d


def legend(entries: list[tuple[object, str, bool]], columns: int = 2, width: float = CONTENT_WIDTH) -> Table:
    """(colour, label, dashed) entries in a grid; labels are user text, escaped and wrapped."""
    col_w = width / columns
    rows, row = [], []
    for colour, label, dashed in entries:
        row += [swatch(colour, dashed=dashed), cell(label, "legend", user=True)]
        if len(row) == 2 * columns:
            rows.append(row)
            row = []
    if row:
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    table = Table(rows, colWidths=[22, col_w - 22] * columns, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table
