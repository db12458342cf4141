"""One call that writes the PDF report, the Excel workbook, the PowerPoint deck and/or the two-page
leave-behind for a project; the CLI and the app both use it, so both write the same files."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from roi_desktop.core import Project, calculate
from .branding import Branding


@dataclass(frozen=True)
class ExportRequest:
    project: Project
    pdf: Path | None = None
    xlsx: Path | None = None
    lang: str | None = None  # None: the project's report language
    branding: Branding = Branding()
    pptx: Path | None = None  # the deck
    summary_pdf: Path | None = None  # the two-page leave-behind
    template: Path | None = None  # the firm's .pptx/.potx for the deck; None: the built-in template

    @property
    def outputs(self) -> list[Path]:
        return [p for p in (self.pdf, self.xlsx, self.pptx, self.summary_pdf) if p is not None]


def export(request: ExportRequest, progress=None, *, parallel: bool = False) -> list[Path]:
    """Write the requested files; returns their paths. ``progress(fraction, what)`` is optional.

    The project is calculated and its risk analysed once; every file is made from that one result.
    ``parallel`` (the command line, a single-threaded process): with both the PDF and the workbook asked
    for, on Linux, a forked child loads reportlab and the fonts while this process calculates, then
    writes the PDF while this process loads openpyxl and writes the workbook
    (:mod:`roi_desktop.reports.forked_writer`); elsewhere, or when the child fails, one after the other."""
    from roi_desktop.core.risk import analyse_risk

    def step(fraction: float, what: str) -> None:
        if progress is not None:
            progress(fraction, what)

    if request.pptx is not None and request.template is not None:
        from .deck.template import check_template
        check_template(request.template)  # a bad template is refused before anything is written
    lang = request.lang or request.project.report.language
    pdf_child = None
    if parallel and request.pdf is not None and request.xlsx is not None \
            and os.path.abspath(request.pdf) != os.path.abspath(request.xlsx):
        from .forked_writer import ForkedWriter
        pdf_child = ForkedWriter.start(_load_pdf_writer, lambda computed: _write_pdf(request, lang, *computed))
    try:
        step(0.05, "calculating")
        result = calculate(request.project)
        step(0.2, "risk analysis")
        risk = analyse_risk(request.project, result=result)
        if pdf_child is not None:
            pdf_child.send((result, risk))
        written: list[Path] = []
        if request.pdf is not None and pdf_child is None:
            step(0.5, "pdf")
            written.append(_write_pdf(request, lang, result, risk))
        if request.xlsx is not None:
            from .excel import write_workbook
            step(0.6, "xlsx")
            written.append(write_workbook(result, os.fspath(request.xlsx), lang=lang, risk=risk))
    finally:
        child_wrote_pdf = pdf_child is not None and pdf_child.finish()
    if pdf_child is not None and request.pdf is not None:  # the PDF comes first, as when written here
        written.insert(0, Path(request.pdf) if child_wrote_pdf else _write_pdf(request, lang, result, risk))
    if request.pptx is not None:
        from .deck import write_deck
        step(0.75, "pptx")
        written.append(write_deck(result, os.fspath(request.pptx), lang=lang, risk=risk, template=request.template,
                                  branding=request.branding))
    if request.summary_pdf is not None:
        from .leave_behind import write_summary_pdf
        step(0.9, "summary_pdf")
        written.append(write_summary_pdf(result, os.fspath(request.summary_pdf), lang=lang, risk=risk,
                                         branding=request.branding))
    step(1.0, "done")
    return [Path(p) for p in written]


def _load_pdf_writer() -> None:
    """What the PDF needs before the result is known: reportlab, the report's modules, the fonts.

    Runs only in the forked child that writes the PDF. There reportlab's shape checking (each
    attribute set on a chart shape validated against its type: a check for programming errors, about
    a tenth of the drawing's CPU) is off; it changes nothing in the file, and the same charts are
    drawn with it on everywhere else (the app, the tests)."""
    from reportlab import rl_config

    from .pdf import fonts
    fonts.register_fonts()
    rl_config.shapeChecking = 0


def _write_pdf(request: ExportRequest, lang: str, result, risk) -> Path:
    from .pdf import write_pdf
    assert request.pdf is not None
    return write_pdf(result, os.fspath(request.pdf), lang=lang, risk=risk, branding=request.branding)
