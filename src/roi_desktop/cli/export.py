"""``roi-desktop export PROJECT --pdf FILE --xlsx FILE [--lang pl|en]``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

# Importing the writers here keeps the sub-command out of builds that lack them.
from roi_desktop.reports import excel as _excel  # noqa: F401
from roi_desktop.reports import pdf as _pdf  # noqa: F401
from roi_desktop.reports.export import ExportRequest, export


def run_export(argv: Sequence[str]) -> int:
    from roi_desktop.cli.main import UsageError, _Parser
    from roi_desktop.projectfile import load_project

    p = _Parser(prog="roi-desktop export", description="Write the PDF report and/or the Excel workbook.")
    p.add_argument("project", help="a .roi project file")
    p.add_argument("--pdf", metavar="FILE", type=Path, help="write the PDF report here")
    p.add_argument("--xlsx", metavar="FILE", type=Path, help="write the Excel workbook here")
    p.add_argument("--lang", choices=("pl", "en"), help="report language (default: the project's)")
    args = p.parse_args(argv)
    if args.pdf is None and args.xlsx is None:
        raise UsageError("give --pdf FILE, --xlsx FILE or both")
    project = load_project(args.project)
    for path in export(ExportRequest(project, pdf=args.pdf, xlsx=args.xlsx, lang=args.lang),
                       parallel=True):
        sys.stdout.write(f"wrote {path}\n")
    return 0
