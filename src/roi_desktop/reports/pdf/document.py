"""Assemble the report: page templates (cover and content pages with header and footer), the
table of contents, the sections in order, and the atomic write.

The whole PDF is built in memory and then written with :func:`roi_desktop.atomic.write_bytes_atomically`,
so a failed export leaves no partial file and raises :class:`~roi_desktop.atomic.FileWriteError`.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer)

from roi_desktop.atomic import write_bytes_atomically
from roi_desktop.core import ProjectResult
from roi_desktop.reports import numbers
from roi_desktop.reports.branding import Branding

from . import fonts
from .assumptions import client_assumptions, scenario_assumptions
from .charts import result_charts
from .contents import Contents, ContentsPlaceholder
from .cover import cover_page
from .formatting import Fmt
from .methodology import disclaimer, methodology_section
from .realisation import realisation_story
from .risk_section import risk_section
from .styles import (CONTENT_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, NAVY, PAGE_HEIGHT, PAGE_WIDTH,
                     RULE, para)
from .summary import summary_section
from .tables import baseline_section, comparison_tables, scenario_flow_section
from .texts import check_lang, tr


def today() -> dt.date:
    """The report date (a function so tests can fix it)."""
    return dt.date.today()


class _Doc(BaseDocTemplate):
    """Sends every section heading to the contents list and the PDF outline (bookmarks)."""

    contents: Contents

    def afterFlowable(self, flowable) -> None:
        if not (isinstance(flowable, Paragraph) and flowable.style.name == "h1"):
            return
        text = flowable.getPlainText()
        key = f"section-{len(self.contents.entries)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=0)
        self.contents.add(text, self.page, key)


def _canvas_maker(footer_left: str, page_label, contents: Contents):
    """A canvas that holds the pages back until the end, so each footer can say "Page 3 of 12" and
    the contents list can show the page of every section."""

    class FooterCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber == contents.page:
                    contents.draw(self)
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
            self.drawString(MARGIN_X, y, _fit(footer_left, fonts.REGULAR, 7.5, CONTENT_WIDTH * 0.7))
            self.drawRightString(PAGE_WIDTH - MARGIN_X, y, page_label(self._pageNumber, total))
            self.restoreState()

    return FooterCanvas


def _header(title: str, company: str):
    def draw(canv, doc) -> None:
        canv.saveState()
        y = PAGE_HEIGHT - MARGIN_TOP + 10
        canv.setFont(fonts.BOLD, 7.5)
        canv.setFillColor(NAVY)
        canv.drawString(MARGIN_X, y, _fit(title, fonts.BOLD, 7.5, CONTENT_WIDTH * 0.68))
        if company:
            canv.setFont(fonts.REGULAR, 7.5)
            canv.setFillColor(MUTED)
            canv.drawRightString(PAGE_WIDTH - MARGIN_X, y, _fit(company, fonts.REGULAR, 7.5, CONTENT_WIDTH * 0.3))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, y - 5, PAGE_WIDTH - MARGIN_X, y - 5)
        canv.restoreState()
    return draw


def _fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _h1(text: str) -> Paragraph:
    return para(text, "h1")


def build_story(result: ProjectResult, lang: str, risk, branding: Branding, date: dt.date,
                contents: Contents) -> list:
    project = result.project
    fmt = Fmt(lang, project.analysis.currency)
    years = project.analysis.horizon_years
    story: list = cover_page(result, fmt, branding, date)
    story += [NextPageTemplate("content"), PageBreak()]
    story += [para(tr(lang, "contents"), "h1_plain"), ContentsPlaceholder(contents), Spacer(1, 6)]
    story += [_h1(tr(lang, "h_summary"))] + summary_section(result, fmt, risk)
    if result.scenarios:
        story += [CondPageBreak(330), _h1(tr(lang, "h_comparison"))] + comparison_tables(result, fmt)
        story += [CondPageBreak(260), _h1(tr(lang, "h_charts"))] + result_charts(result, fmt)
        story += [PageBreak(), _h1(tr(lang, "h_flows"))]
        for i, s in enumerate(result.scenarios):
            story += scenario_flow_section(i, s, fmt)
    story += [CondPageBreak(220), _h1(tr(lang, "h_baseline"))] + baseline_section(result, fmt)
    with_risk = risk is not None and bool(getattr(risk, "scenarios", None))
    if with_risk:
        story += [PageBreak(), _h1(tr(lang, "h_risk"))] + risk_section(result, risk, fmt)
    story += realisation_story(result, lang)  # value realisation: nothing unless the project tracks a plan
    story += [CondPageBreak(400), _h1(tr(lang, "h_assumptions"))]
    story += client_assumptions(project, fmt, branding.company) + scenario_assumptions(project, fmt)
    story += [CondPageBreak(400), _h1(tr(lang, "h_methodology"))] + methodology_section(lang, years, with_risk=with_risk)
    story += [CondPageBreak(120), _h1(tr(lang, "h_disclaimer"))] + disclaimer(lang)
    contents.expected = sum(isinstance(f, Paragraph) and f.style.name == "h1" for f in story)
    return story


def render_pdf(result: ProjectResult, *, lang: str, risk=None, branding: Branding | None = None,
               date: dt.date | None = None) -> bytes:
    """The report as PDF bytes (nothing is written)."""
    check_lang(lang)
    fonts.register_fonts()
    branding = branding or Branding()
    date = date or today()
    project = result.project
    title = project.report.title.strip() or tr(lang, "default_title")
    buffer = io.BytesIO()
    doc = _Doc(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
               topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author=project.report.consultant,
               subject=project.client.name, creator="roi-desktop", initialFontName=fonts.REGULAR,
               initialFontSize=9)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    contents = Contents(expected=0)
    doc.contents = contents
    story = build_story(result, lang, risk, branding, date, contents)
    doc.addPageTemplates([
        PageTemplate("cover", frames=[frame]),
        PageTemplate("content", frames=[frame], onPage=_header(title, branding.company)),
    ])
    footer_left = f"{project.client.name} · {numbers.date(date, lang)}"
    maker = _canvas_maker(footer_left, lambda page, total: tr(lang, "page_of", page=page, pages=total), contents)
    doc.build(story, canvasmaker=maker)
    return buffer.getvalue()


def write_pdf(result: ProjectResult, path: str | os.PathLike, *, lang: str, risk=None,
              branding: Branding | None = None) -> Path:
    """Write the report for ``result`` to ``path`` in ``lang`` ('pl' or 'en'); returns the path.

    ``risk`` (a ``RiskResult``) adds the risk analysis section; ``branding`` the consultant's company
    and logo. Raises FileWriteError (nothing written) when the file cannot be written.
    """
    data = render_pdf(result, lang=lang, risk=risk, branding=branding)
    return write_bytes_atomically(path, data)
