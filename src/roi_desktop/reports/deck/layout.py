"""Slides from the template's layouts, found by role, and the boxes, texts and tables placed on them.

Roles: ``title`` (the cover), ``content`` (title and content: text slides), ``title_only`` (charts and
tables under a title) and ``blank``. Each role falls back to the next best layout the template has, so a
template without one still gives every slide; a slide without a title placeholder gets a title box.
Placeholders the deck does not fill are removed, so nothing reads "Click to add text".
"""

from __future__ import annotations

from dataclasses import dataclass

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Pt

_TITLES = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE}
_BODIES = {PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.VERTICAL_BODY, PP_PLACEHOLDER.VERTICAL_OBJECT}
_FURNITURE = {PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER}
INCH = 914400


@dataclass(frozen=True)
class Box:
    left: int
    top: int
    width: int
    height: int

    def split(self, fraction: float, gap: int = INCH // 5) -> tuple["Box", "Box"]:
        """Upper and lower part: the upper takes ``fraction`` of the height."""
        upper = int((self.height - gap) * fraction)
        return (Box(self.left, self.top, self.width, upper),
                Box(self.left, self.top + upper + gap, self.width, self.height - upper - gap))

    def columns(self, fraction: float, gap: int = INCH // 4) -> tuple["Box", "Box"]:
        left = int((self.width - gap) * fraction)
        return (Box(self.left, self.top, left, self.height),
                Box(self.left + left + gap, self.top, self.width - left - gap, self.height))


def _typed(holder) -> list[tuple[object, object]]:
    """(type, placeholder) of every placeholder on a slide or layout, looked up once (python-pptx
    searches the XML on every placeholder access)."""
    found = []
    for shape in holder.placeholders:
        try:
            found.append((shape.placeholder_format.type, shape))
        except ValueError:  # a placeholder type python-pptx does not know
            continue
    return found


def _kinds(layout) -> list:
    return [kind for kind, _ in _typed(layout)]


def _score(layout, role: str, kinds: list | None = None) -> int:
    kinds = _kinds(layout) if kinds is None else kinds
    titles = sum(k in _TITLES for k in kinds)
    bodies = sum(k in _BODIES for k in kinds)
    centre = PP_PLACEHOLDER.CENTER_TITLE in kinds
    other = sum(k not in _TITLES | _BODIES | _FURNITURE | {PP_PLACEHOLDER.SUBTITLE} for k in kinds)
    name = (layout.name or "").lower()
    if role == "title":
        return (100 if centre else 0) + (40 if PP_PLACEHOLDER.SUBTITLE in kinds else 0) + (30 if "title slide" in name
                                                                                           else 0) - other * 5
    if role == "content":
        return (60 if titles else 0) + (50 if bodies == 1 else 10 if bodies else -60) - other * 5 - (30 if centre else 0)
    if role == "title_only":
        return (80 if titles and not centre else 40 if titles else 0) - bodies * 30 - other * 10 + (
            20 if "title only" in name else 0)
    if role == "blank":
        return 100 - titles * 50 - bodies * 30 - other * 10 + (20 if "blank" in name else 0)
    raise ValueError(role)


class SlideMaker:
    """Adds slides to ``prs`` by role and places content inside the template's margins."""

    def __init__(self, prs):
        self.prs = prs
        layouts = list(prs.slide_layouts)
        kinds = {id(layout): _kinds(layout) for layout in layouts}
        self.layouts = {role: max(layouts, key=lambda lay: _score(lay, role, kinds[id(lay)]))
                        for role in ("title", "content", "title_only", "blank")}
        self.width, self.height = int(prs.slide_width), int(prs.slide_height)
        self.margin = int(self.width * 0.05)
        self._boxes: dict[str, Box] = {}
        #: the room a table has below a title, a little less than on any layout (for splitting tables)
        self.table_room = Box(self.margin, int(self.height * 0.22), self.width - 2 * self.margin,
                              int(self.height * 0.6))

    def new_slide(self, role: str, title: str):
        """A slide of ``role`` with ``title``; returns (slide, content box below the title)."""
        layout = self.layouts[role]
        slide = self.prs.slides.add_slide(layout)
        heading = _first(slide, _TITLES)
        if heading is None:  # the layout has no title: a title box where a title would be
            top, height = (0.3, 0.25) if role == "title" else (0.05, 0.13)
            heading = slide.shapes.add_textbox(self.margin, int(self.height * top), self.width - 2 * self.margin,
                                               int(self.height * height))
            heading.text_frame.word_wrap = True
            heading.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
            size = Pt(36 if role == "title" else 28)
        else:
            size = None
        if heading is not None:
            heading.text_frame.text = title
            if len(title) > 60 and heading.width:  # a long scenario name in the title: smaller, still inside
                size = Pt(fitting_size([title], Box(0, 0, int(heading.width), int(heading.height or INCH)),
                                       28 if size is None else size.pt, 12, spacing=0))
            if size is not None:
                for run in heading.text_frame.paragraphs[0].runs:
                    run.font.size, run.font.bold = size, True
        if role not in self._boxes:  # the same for every slide of a layout: looked up once (it is slow)
            self._boxes[role] = self.content_box(slide, heading)
        return slide, self._boxes[role]

    def content_box(self, slide, heading) -> Box:
        body = _first(slide, _BODIES)
        if body is not None and body.width and body.height and body.width > self.width * 0.4:
            return Box(int(body.left), int(body.top), int(body.width), int(body.height))
        top = int(heading.top + heading.height) + INCH // 10 if heading is not None and heading.top is not None \
            else int(self.height * 0.2)
        top = min(top, int(self.height * 0.3))
        left = int(heading.left) if heading is not None and heading.left is not None else self.margin
        left = min(max(left, INCH // 4), self.margin * 2)
        return Box(left, top, self.width - 2 * left, int(self.height * 0.93) - top)

    def body_placeholder(self, slide):
        return _first(slide, _BODIES)

    @staticmethod
    def finish(slide, notes: str = "") -> None:
        """Remove the placeholders left empty; write the speaker notes."""
        typed = getattr(slide, "_roi_typed", None)
        for shape in [shape for _, shape in typed] if typed is not None else list(slide.placeholders):
            if shape.has_text_frame and not shape.text_frame.text.strip():
                shape._element.getparent().remove(shape._element)
        if notes:
            slide.notes_slide.notes_text_frame.text = notes


def speaker_notes(items, lead: str = "", tail: str = "", sep: str = "\n") -> str:
    r"""A chart slide's speaker notes: ``lead`` (what the chart shows), one "label: text" line per item
    (scenario or bar; ``items`` as (label, text) pairs, an empty label writes the text alone), ``tail``
    (a closing remark); empty parts are left out.

    >>> speaker_notes([("Cut", "pays back in month 8"), ("", "Both pay back.")], lead="Cumulative cash")
    'Cumulative cash\nCut: pays back in month 8\nBoth pay back.'
    """
    lines = [f"{label}: {text}" if label else text for label, text in items if text]
    return sep.join([lead] * bool(lead) + lines + [tail] * bool(tail))


def _first(slide, kinds: set):
    typed = getattr(slide, "_roi_typed", None)
    if typed is None:
        typed = slide._roi_typed = _typed(slide)
    return next((shape for kind, shape in typed if kind in kinds), None)


def lines_needed(text: str, width: int, size: float) -> int:
    """Estimated lines ``text`` takes in ``width`` EMU at ``size`` pt (an average glyph is about half
    the font size wide; a little generous so that the estimate errs towards room to spare)."""
    per_line = max(1, int(width / 12700 / (size * 0.55)))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def fitting_size(paragraphs: list[str], box: Box, largest: float, smallest: float = 9, spacing: float = 8) -> float:
    """The largest font size (pt) from ``largest`` down at which ``paragraphs`` fit ``box``."""
    size = largest
    while size > smallest:
        height = sum(lines_needed(p, box.width, size) * size * 1.2 + spacing for p in paragraphs) * 12700
        if height <= box.height:
            break
        size -= 1
    return size


def add_text(slide, box: Box, paragraphs: list[str], size: float = 18, *, bold_first: bool = False,
             colour=None, align=PP_ALIGN.LEFT, spacing: float = 8, fit: bool = True):
    """A text box holding ``paragraphs`` (each stays plain text, whatever it contains); with ``fit``
    the size shrinks from ``size`` until the text fits the box (long names, long notes)."""
    if fit:
        size = fitting_size(paragraphs, box, size, spacing=spacing)
    shape = slide.shapes.add_textbox(Emu(box.left), Emu(box.top), Emu(box.width), Emu(box.height))
    frame = shape.text_frame
    frame.word_wrap = True
    for i, text in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.alignment = align
        paragraph.space_after = Pt(spacing)
        run = paragraph.add_run()
        run.text = text
        run.font.size = Pt(size)
        if bold_first and i == 0:
            run.font.bold = True
        if colour is not None:
            run.font.color.rgb = colour
    return shape


def fill_body(placeholder, paragraphs: list[str], size: float) -> None:
    """Bullets in the layout's own body placeholder (its bullets, fonts and colours)."""
    frame = placeholder.text_frame
    frame.word_wrap = True
    for i, text in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = text
        run.font.size = Pt(size)
        paragraph.space_after = Pt(6)


def add_table(slide, box: Box, header: list[str], rows: list[list[str]], *, widths: list[float] | None = None,
              size: float = 12, right_from: int = 1):
    """A native table: header row, then ``rows``; columns from ``right_from`` on are right-aligned numbers."""
    n_rows, n_cols = len(rows) + 1, len(header)
    row_height = min(int(box.height / n_rows), int(INCH * 0.45))
    shape = slide.shapes.add_table(n_rows, n_cols, Emu(box.left), Emu(box.top), Emu(box.width),
                                   Emu(row_height * n_rows))
    table = shape.table
    weights = widths or [1.0] * n_cols
    total = sum(weights)
    for j, weight in enumerate(weights):
        table.columns[j].width = Emu(int(box.width * weight / total))
    for i, values in enumerate([header] + rows):
        table.rows[i].height = Emu(row_height)
        for j, value in enumerate(values):
            cell = table.cell(i, j)
            cell.margin_top = cell.margin_bottom = Emu(INCH // 40)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            frame = cell.text_frame
            frame.word_wrap = True
            paragraph = frame.paragraphs[0]
            paragraph.alignment = PP_ALIGN.RIGHT if j >= right_from else PP_ALIGN.LEFT
            run = paragraph.add_run()
            run.text = value
            run.font.size = Pt(size)
            run.font.bold = i == 0
    return shape


def table_chunks(rows: list[list[str]], widths: list[float], box: Box, size: float, most: int) -> list[list[int]]:
    """Indices of ``rows`` in slices that fit ``box`` as a table with column ``widths`` (weights) at
    ``size`` pt: each row as tall as its most wrapped cell; at most ``most`` rows a slice."""
    total = sum(widths)
    capacity = box.height / 12700 / (size * 1.2) - 3.5  # lines; the header takes about three
    out: list[list[int]] = []
    current: list[int] = []
    used = 0.0
    for index, cells in enumerate(rows):
        cost = 0.5 + max(  # cell margins and the most wrapped cell
            lines_needed(text, int(box.width * w / total) - INCH // 8, size) for text, w in zip(cells, widths))
        if current and (used + cost > capacity or len(current) >= most):
            out.append(current)
            current, used = [], 0.0
        current.append(index)
        used += cost
    return out + [current] if current else out or [[]]


def chunks(items: list, size: int) -> list[list]:
    """``items`` in slices of at most ``size`` (one empty slice for no items)."""
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]
