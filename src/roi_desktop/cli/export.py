"""``roi-desktop export PROJECT [--pdf FILE] [--xlsx FILE] [--pptx FILE [--template FIRM.pptx]]
[--summary-pdf FILE] [--realisation-pdf FILE] [--lang pl|en]``."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from roi_desktop.reports.branding import Branding

APP_NAME = "roi-desktop"  # where the desktop app keeps its settings (QSettings organisation and application)
BRANDING_KEYS = ("consultant/company", "consultant/name", "consultant/contact")


def saved_branding() -> Branding:
    """The consultant's name, company and contact as saved in the app's Settings (empty when the app
    was never set up): the command line writes the same leave-behind as the app. Read without Qt on
    Linux (:mod:`roi_desktop.cli.saved_settings`)."""
    from roi_desktop.cli.saved_settings import saved_values

    company, consultant, contact = saved_values(APP_NAME, APP_NAME, BRANDING_KEYS).values()
    return Branding(company=company, consultant=consultant, contact=contact)


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector off for one export, back as it was after (also when the export fails).

    An export makes some hundred thousand small objects (table cells, paragraphs, workbook cells)
    that live until the file is written; the collector walks them again and again as they pile up
    (about a fifth of the export's CPU) and finds next to nothing: the few cycles (a document and its
    canvas) are freed when the process ends, or by the next collection in a longer-lived process."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def run_export(argv: Sequence[str]) -> int:
    with cycle_collector_paused():
        return _run_export(argv)


def _run_export(argv: Sequence[str]) -> int:
    from roi_desktop.cli.main import UsageError, _Parser

    p = _Parser(prog="roi-desktop export",
                description="Write the PDF report, the Excel workbook, the PowerPoint deck and/or the two-page "
                            "leave-behind.")
    p.add_argument("project", help="a .roi project file")
    p.add_argument("--pdf", metavar="FILE", type=Path, help="write the PDF report here")
    p.add_argument("--xlsx", metavar="FILE", type=Path, help="write the Excel workbook here")
    p.add_argument("--pptx", metavar="FILE", type=Path, help="write the PowerPoint deck here")
    p.add_argument("--template", metavar="FIRM.pptx", type=Path,
                   help="the firm's PowerPoint template (.pptx or .potx) for the deck (default: a built-in one)")
    p.add_argument("--summary-pdf", metavar="FILE", type=Path, dest="summary_pdf",
                   help="write the two-page leave-behind (PDF) here")
    p.add_argument("--lang", choices=("pl", "en"), help="report language (default: the project's)")
    p.add_argument("--realisation-pdf", metavar="FILE", type=Path,
                   help="write the value realisation report (plan against actuals) here")
    args = p.parse_args(argv)
    if not any((args.pdf, args.xlsx, args.pptx, args.summary_pdf, args.realisation_pdf)):
        raise UsageError("give at least one of --pdf FILE, --xlsx FILE, --pptx FILE, --summary-pdf FILE, "
                         "--realisation-pdf FILE")
    if args.template is not None and args.pptx is None:
        raise UsageError("--template goes with --pptx FILE")
    # The writers (reportlab, openpyxl, python-pptx) are imported by the export only for the files asked for.
    from roi_desktop.projectfile import load_project
    from roi_desktop.reports.export import ExportRequest, export

    try:
        if args.template is not None:
            from roi_desktop.reports.deck.template import check_template
            check_template(args.template)  # refuse a bad template before anything is calculated or written
        project = load_project(args.project)
        if args.realisation_pdf is not None:
            from roi_desktop.reports.pdf.realisation import export_realisation
            sys.stdout.write(f"wrote {export_realisation(project, args.realisation_pdf, args.lang)}\n")
        if any((args.pdf, args.xlsx, args.pptx, args.summary_pdf)):
            request = ExportRequest(project, pdf=args.pdf, xlsx=args.xlsx, lang=args.lang, branding=saved_branding(),
                                    pptx=args.pptx, summary_pdf=args.summary_pdf, template=args.template)
            for path in export(request, parallel=True):
                sys.stdout.write(f"wrote {path}\n")
    except Exception as error:
        if args.pptx is not None:  # only the deck has a template to refuse
            from roi_desktop.reports.deck.template import TemplateError
            if isinstance(error, TemplateError):
                raise UsageError(str(error)) from error
        raise
    return 0
