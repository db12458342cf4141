"""One call that writes the PDF report and/or the Excel workbook for a project; the CLI and the
app both use it, so both write the same files."""

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


def export(request: ExportRequest, progress=None) -> list[Path]:
    """Write the requested files; returns their paths. ``progress(fraction, what)`` is optional."""
    from roi_desktop.core.risk import analyse_risk
    from .excel import write_workbook
    from .pdf import write_pdf

    def step(fraction: float, what: str) -> None:
        if progress is not None:
            progress(fraction, what)

    lang = request.lang or request.project.report.language
    step(0.05, "calculating")
    result = calculate(request.project)
    step(0.2, "risk analysis")
    risk = analyse_risk(request.project, result=result)
    written = []
    if request.pdf is not None:
        step(0.5, "pdf")
        written.append(write_pdf(result, os.fspath(request.pdf), lang=lang, risk=risk, branding=request.branding))
    if request.xlsx is not None:
        step(0.8, "xlsx")
        written.append(write_workbook(result, os.fspath(request.xlsx), lang=lang, risk=risk))
    step(1.0, "done")
    return [Path(p) for p in written]
