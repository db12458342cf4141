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
    ``parallel`` (the command line, a single-threaded process): with both files asked for on a system
    with ``fork``, the workbook is written by a forked child (which alone loads openpyxl) while this
    process loads reportlab and writes the PDF (see :func:`_workbook_in_child`); elsewhere, or when the
    fork fails, one after the other."""
    from roi_desktop.core.risk import analyse_risk

    def step(fraction: float, what: str) -> None:
        if progress is not None:
            progress(fraction, what)

    if request.pptx is not None and request.template is not None:
        from .deck.template import check_template
        check_template(request.template)  # a bad template is refused before anything is written
    lang = request.lang or request.project.report.language
    step(0.05, "calculating")
    result = calculate(request.project)
    step(0.2, "risk analysis")
    risk = analyse_risk(request.project, result=result)

    def write_pdf() -> Path:
        from .pdf import write_pdf
        assert request.pdf is not None
        return write_pdf(result, os.fspath(request.pdf), lang=lang, risk=risk, branding=request.branding)

    def write_workbook() -> Path:
        from .excel import write_workbook
        assert request.xlsx is not None
        return write_workbook(result, os.fspath(request.xlsx), lang=lang, risk=risk)

    written: list[Path] = []
    child = None
    if parallel and request.pdf is not None and request.xlsx is not None and hasattr(os, "fork"):
        child = _workbook_in_child(write_workbook)
    if child is not None and request.xlsx is not None:
        try:
            step(0.5, "pdf")
            written.append(write_pdf())
        finally:
            _, status = os.waitpid(child, 0)
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
            written.append(request.xlsx)
        else:  # write it here: any error is raised in this process with its own message
            written.append(write_workbook())
    else:
        if request.pdf is not None:
            step(0.5, "pdf")
            written.append(write_pdf())
        if request.xlsx is not None:
            step(0.6, "xlsx")
            written.append(write_workbook())
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


def _workbook_in_child(write) -> int | None:
    """Fork a child that runs ``write()`` and exits 0 on success, 1 on any failure (the parent then
    writes the workbook itself, so a failure is reported as usual). Returns the child's pid, or None
    when the fork fails. The files are written atomically, so a failed child leaves nothing behind."""
    import sys
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the child: write the workbook and leave without running the parent's clean-up
        code = 1
        try:
            write()
            code = 0
        except BaseException:  # noqa: BLE001  (the parent writes it again and reports the error)
            pass
        finally:
            os._exit(code)
    return pid
