"""Assemble the report: the page template (header and footer), the sections in order (the main part,
then the appendix under its own heading) and the atomic write.

The whole PDF is built in memory and then written with :func:`roi_desktop.atomic.write_bytes_atomically`,
so a failed export leaves no partial file and raises :class:`~roi_desktop.atomic.FileWriteError`.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from roi_desktop.atomic import write_bytes_atomically
from roi_desktop.core import ProjectResult
from roi_desktop.reports import numbers
from roi_desktop.reports.branding import Branding
from roi_desktop.reports.words import LANGUAGES, text

from . import fonts, sections
from .formatting import Fmt
from .queue_section import queue_section
from .realisation import realisation_story
from .styles import CONTENT_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, NAVY, PAGE_HEIGHT, PAGE_WIDTH, RULE, \
    fit_text

# The report, in order. Each entry maps the report's context to its flowables (heading included); adding
# a section is one line here (e.g. a queue or tracking section from its own module).
MAIN_SECTIONS = [
    sections.summary_page,
    sections.comparison,
    sections.charts,
    sections.baseline,
    sections.risk_summary,
    lambda ctx: queue_section(ctx.result, ctx.fmt),  # "What customers will feel"; empty without operations
    lambda ctx: realisation_story(ctx.result, ctx.lang),  # value realisation; empty unless a plan is tracked
]
APPENDIX_SECTIONS = [
    sections.yearly_flows,
    sections.risk_details,
    sections.assumptions,
    sections.methodology,
    sections.notice,
]


def today() -> dt.date:
    """The report date (a function so tests can fix it)."""
    return dt.date.today()


class _Doc(BaseDocTemplate):
    """Sends every section heading to the PDF outline (bookmarks) and notes how far each page is filled
    and where the appendix starts (``layout``), so tests can hold the layout to its promises."""

    layout: "Layout"

    def afterFlowable(self, flowable) -> None:
        frame = getattr(self, "frame", None)
        if frame is not None:
            self.layout.free[self.page] = frame._y - frame._y1p  # points left at the foot of the page so far
        if not isinstance(flowable, Paragraph) or flowable.style.name not in ("h1", "h1_appendix"):
            return
        if flowable.style.name == "h1_appendix" and self.layout.appendix_page is None:
            self.layout.appendix_page = self.page
        key = f"section-{self.layout.headings}"
        self.layout.headings += 1
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.getPlainText(), key, level=0)


class Layout:
    """Where things landed: free points at the foot of each page, the first page of the appendix."""

    def __init__(self) -> None:
        self.free: dict[int, float] = {}
        self.appendix_page: int | None = None
        self.headings = 0
        self.pages = 0

    @property
    def main_pages(self) -> int:
        return (self.appendix_page or self.pages + 1) - 1


def _canvas_maker(footer_left: str, page_label, layout: Layout):
    """A canvas that holds the pages back until the end, so each footer can say "Page 3 of 12"."""

    class FooterCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            layout.pages = total
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            y = MARGIN_BOTTOM - 9 * 2.2
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, y + 11, PAGE_WIDTH - MARGIN_X, y + 11)
            self.setFont(fonts.REGULAR, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, y, fit_text(footer_left, fonts.REGULAR, 7.5, CONTENT_WIDTH * 0.7))
            self.drawRightString(PAGE_WIDTH - MARGIN_X, y, page_label(self._pageNumber, total))
            self.restoreState()

    return FooterCanvas


def _header(title: str, company: str):
    def draw(canv, doc) -> None:
        if doc.page == 1:  # page one carries the title in its cover block
            return
        canv.saveState()
        y = PAGE_HEIGHT - MARGIN_TOP + 10
        canv.setFont(fonts.BOLD, 7.5)
        canv.setFillColor(NAVY)
        canv.drawString(MARGIN_X, y, fit_text(title, fonts.BOLD, 7.5, CONTENT_WIDTH * 0.68))
        if company:
            canv.setFont(fonts.REGULAR, 7.5)
            canv.setFillColor(MUTED)
            canv.drawRightString(PAGE_WIDTH - MARGIN_X, y, fit_text(company, fonts.REGULAR, 7.5, CONTENT_WIDTH * 0.3))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, y - 5, PAGE_WIDTH - MARGIN_X, y - 5)
        canv.restoreState()
    return draw


def build_story(result: ProjectResult, lang: str, risk, branding: Branding, date: dt.date) -> list:
    ctx = sections.ReportContext(result, Fmt(lang, result.project.analysis.currency), risk, branding, date)
    story: list = []
    for section in MAIN_SECTIONS:
        story += section(ctx)
    story += sections.appendix_heading(ctx)
    for section in APPENDIX_SECTIONS:
        story += section(ctx)
    return story


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"report language must be 'pl' or 'en', got {lang!r}")
    return lang


def render_pdf(result: ProjectResult, *, lang: str, risk=None, branding: Branding | None = None,
               date: dt.date | None = None) -> bytes:
    """The report as PDF bytes (nothing is written)."""
    return layout_pdf(result, lang=lang, risk=risk, branding=branding, date=date)[0]


def layout_pdf(result: ProjectResult, *, lang: str, risk=None, branding: Branding | None = None,
               date: dt.date | None = None) -> tuple[bytes, Layout]:
    """The report as PDF bytes and where its parts landed (:class:`Layout`)."""
    check_lang(lang)
    fonts.register_fonts()
    branding = branding or Branding()
    date = date or today()
    project = result.project
    title = project.report.title.strip() or text(lang, "report.default_title")
    buffer = io.BytesIO()
    doc = _Doc(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
               topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author=project.report.consultant,
               subject=project.client.name, creator="roi-desktop", initialFontName=fonts.REGULAR,
               initialFontSize=9)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    layout = Layout()
    doc.layout = layout
    story = build_story(result, lang, risk, branding, date)
    doc.addPageTemplates([PageTemplate("content", frames=[frame], onPage=_header(title, branding.company))])
    footer_left = f"{project.client.name} · {numbers.date(date, lang)}"
    maker = _canvas_maker(footer_left, lambda page, total: text(lang, "report.page_of", page=page, pages=total),
                          layout)
    doc.build(story, canvasmaker=maker)
    return buffer.getvalue(), layout


def write_pdf(result: ProjectResult, path: str | os.PathLike, *, lang: str, risk=None,
              branding: Branding | None = None) -> Path:
    """Write the report for ``result`` to ``path`` in ``lang`` ('pl' or 'en'); returns the path.

    ``risk`` (a ``RiskResult``) adds the risk analysis section; ``branding`` the consultant's company
    and logo. Raises FileWriteError (nothing written) when the file cannot be written.
    """
    data = render_pdf(result, lang=lang, risk=risk, branding=branding)
    return write_bytes_atomically(path, data)
