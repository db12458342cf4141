"""The cover page: title, client, consultant and company, date, the consultant's logo (when set and
readable: a missing or broken logo is left out, never fails the export)."""

from __future__ import annotations

import datetime as dt
import io
import logging
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.platypus import Flowable, Image, Spacer, Table, TableStyle

from roi_desktop.core import ProjectResult
from roi_desktop.reports import numbers
from roi_desktop.reports.branding import Branding

from . import fonts
from .chart_kit import new_drawing
from .formatting import Fmt
from .styles import ACCENT, CONTENT_WIDTH, NAVY, esc, fit_text, para
from roi_desktop.reports.words import text

log = logging.getLogger(__name__)
LOGO_MAX_W, LOGO_MAX_H = 160.0, 60.0


def logo_image(path: Path | None, max_height: float = LOGO_MAX_H) -> Image | None:
    """The logo scaled to fit 160 x 60 pt, or None when there is none or it cannot be read.

    The picture is decoded here (not while the PDF is laid out), normalised to RGB(A) and reduced to
    what 300 dpi needs, so an odd or huge file can neither break nor bloat the report."""
    if not path:
        return None
    try:
        from PIL import Image as PILImage
        with PILImage.open(path) as opened:
            opened.load()
            picture = opened.convert("RGBA" if "A" in opened.getbands() or "transparency" in opened.info else "RGB")
        w, h = picture.size
        if w <= 0 or h <= 0:
            return None
        scale = min(LOGO_MAX_W / w, max_height / h)
        picture.thumbnail((int(LOGO_MAX_W / 72 * 300), int(LOGO_MAX_H / 72 * 300)))
        buffer = io.BytesIO()
        picture.save(buffer, format="PNG")
        buffer.seek(0)
        return Image(buffer, width=w * scale, height=h * scale, hAlign="LEFT")
    except Exception as error:  # noqa: BLE001 - any unreadable picture: leave the logo out
        log.warning("logo %s left out of the report: %s", path, error)
        return None


def _band() -> Drawing:
    d = new_drawing(CONTENT_WIDTH, 6)
    d.add(Rect(0, 0, CONTENT_WIDTH * 0.25, 6, fillColor=NAVY, strokeColor=None))
    d.add(Rect(CONTENT_WIDTH * 0.25, 0, CONTENT_WIDTH * 0.75, 6, fillColor=ACCENT, strokeColor=None))
    return d


def cover_page(result: ProjectResult, fmt: Fmt, branding: Branding, date: dt.date) -> list[Flowable]:
    lang = fmt.lang
    project = result.project
    client = project.client
    title = project.report.title.strip() or text(lang, "report.default_title")
    out: list[Flowable] = []
    logo = logo_image(branding.logo_path)
    out.append(logo if logo is not None else Spacer(1, LOGO_MAX_H))
    out += [Spacer(1, 90), _band(), Spacer(1, 22), para(title, "title", user=True)]
    a = project.analysis
    out.append(para(esc(text(lang, "report.horizon_cover", years=text(lang, "years_count", n=a.horizon_years), rate=fmt.percent(a.discount_rate),
                                currency=fmt.symbol)), "subtitle"))
    out.append(Spacer(1, 60))
    rows = [(text(lang, "report.report_for"), client.name + (f"\n{client.industry}" if client.industry else ""))]
    by = [x for x in (project.report.consultant, branding.company) if x.strip()]
    if by:
        rows.append((text(lang, "report.prepared_by"), "\n".join(by)))
    rows.append((text(lang, "report.report_date"), numbers.date(date, lang)))
    cells = [[para(esc(label), "cover_label"), para(value, "cover_value", user=True)] for label, value in rows]
    table = Table(cells, colWidths=[110, CONTENT_WIDTH - 110], hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    out.append(table)
    return out


def cover_block(result: ProjectResult, fmt: Fmt, branding: Branding, date: dt.date) -> list[Flowable]:
    """The top of page one: logo, title, horizon line and who prepared it for whom, when (compact)."""
    lang = fmt.lang
    project = result.project
    client = project.client
    title = project.report.title.strip() or text(lang, "report.default_title")
    out: list[Flowable] = []
    logo = logo_image(branding.logo_path, max_height=36)
    if logo is not None:
        out += [logo, Spacer(1, 6)]
    # at most two lines on page one (the full title is in the page headers and the file's properties)
    out += [_band(), Spacer(1, 8), para(fit_text(title, fonts.BOLD, 17, CONTENT_WIDTH * 1.9), "title_page_one",
                                        user=True)]
    a = project.analysis
    out.append(para(esc(text(lang, "report.horizon_cover", years=text(lang, "years_count", n=a.horizon_years),
                             rate=fmt.percent(a.discount_rate), currency=fmt.symbol)), "subtitle_page_one"))
    by = ", ".join(x for x in (project.report.consultant, branding.company) if x.strip())
    rows = [[para(esc(text(lang, "report.report_for")), "cover_label"),
             para(esc(text(lang, "report.prepared_by")) if by else "", "cover_label"),
             para(esc(text(lang, "report.report_date")), "cover_label")],
            [para(esc(client.name) + (f"<br/>{esc(client.industry)}" if client.industry else ""), "cover_small"),
             para(esc(by), "cover_small"), para(esc(numbers.date(date, lang)), "cover_small")]]
    table = Table(rows, colWidths=[CONTENT_WIDTH * 0.42, CONTENT_WIDTH * 0.38, CONTENT_WIDTH * 0.2], hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return out + [table, Spacer(1, 6)]
