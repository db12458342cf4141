"""Entry point of ``roi-desktop`` and ``python -m roi_desktop``.

Exit codes: 0 success; 2 invalid input (every problem listed on stderr with its field path);
1 any other failure (one line on stderr, the details in the log file).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from roi_desktop import __version__
from roi_desktop.atomic import FileWriteError
from roi_desktop.core.errors import ValidationError

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
SUBCOMMANDS = ("calc", "export", "import", "benchmarks")


class UsageError(Exception):
    """Wrong command-line usage: exit 2 with the message."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would print usage and exit itself; we decide here
        raise UsageError(f"{message}\n{self.format_usage().strip()}")


def _calc_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="roi-desktop calc", description="Calculate a project and print the results.")
    p.add_argument("project", help="a .roi project file")
    p.add_argument("--json", action="store_true", help="print JSON for other tools instead of a table")
    p.add_argument("--trials", type=int, metavar="N",
                   help="Monte Carlo trials for this run (default: the project's analysis.trials)")
    return p


def _gui_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="roi-desktop",
        description="ROI of customer service for consultants. Without a sub-command, opens the desktop app.",
        epilog="Sub-commands: 'roi-desktop calc PROJECT [--json]', "
               "'roi-desktop export PROJECT [--pdf FILE] [--xlsx FILE] [--pptx FILE [--template FIRM.pptx]] "
               "[--summary-pdf FILE] [--realisation-pdf FILE] [--lang pl|en]'. Use 'roi-desktop calc --help' for details.",
    )
    p.add_argument("--version", action="version", version=f"roi-desktop {__version__}")
    p.add_argument("project", nargs="?", help="a .roi project file to open")
    p.add_argument("--screenshot", metavar="FILE.png", help="open the project, save a screenshot, exit")
    p.add_argument("--meeting", action="store_true", help="with --screenshot: capture meeting mode")
    return p


def run_calc(argv: Sequence[str]) -> int:
    from roi_desktop.cli.calc_output import result_json, summary_text
    from roi_desktop.core import calculate
    from roi_desktop.core.risk import analyse_risk
    from roi_desktop.projectfile import load_project

    args = _calc_parser().parse_args(argv)
    project = load_project(args.project)
    result = calculate(project)
    risk = analyse_risk(project, result=result, trials=args.trials)
    if args.json:
        text = json.dumps(result_json(result, risk), ensure_ascii=False, indent=2, allow_nan=False)
        sys.stdout.write(text + "\n")
    else:
        sys.stdout.write(summary_text(result, risk))
    return EXIT_OK


def run_gui(argv: Sequence[str]) -> int:
    args = _gui_parser().parse_args(argv)
    from roi_desktop.logs import setup_logging
    setup_logging()  # a windowed app has no console: its log file is where problems are found
    if args.meeting and not args.screenshot:
        raise UsageError("--meeting goes with --screenshot")
    from roi_desktop.gui.app import run_app
    return run_app(args.project, screenshot=args.screenshot, meeting=args.meeting)


def _dispatch(argv: list[str]) -> int:
    if argv and argv[0] == "calc":
        return run_calc(argv[1:])
    if argv and argv[0] in ("import", "benchmarks"):
        from roi_desktop.cli.import_command import run_benchmarks, run_import
        return (run_import if argv[0] == "import" else run_benchmarks)(argv[1:])
    if argv and argv[0] == "export":
        from roi_desktop.cli.export import run_export
        return run_export(argv[1:])
    return run_gui(argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(argv)
    except UsageError as e:
        sys.stderr.write(f"roi-desktop: {_readable(str(e))}\n")
        return EXIT_BAD_INPUT
    except ValidationError as e:
        from roi_desktop.reports.problem_words import problem_line, problems_heading
        where = getattr(e, "path", None)
        sys.stderr.write(f"roi-desktop: {_readable(problems_heading(str(where) if where else None, len(e.problems)))}\n")
        for problem in e.problems:
            sys.stderr.write(f"  {_readable(problem_line(problem))}\n")
        return EXIT_BAD_INPUT
    except FileWriteError as e:
        sys.stderr.write(f"roi-desktop: {_readable(str(e))}\n")
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except SystemExit as e:  # --help and --version exit through argparse
        return int(e.code or 0) if isinstance(e.code, int) or e.code is None else EXIT_FAILURE
    except Exception as e:  # the last line of defence: no traceback reaches a user
        from roi_desktop.logs import record_failure  # logging.handlers and socket: only when needed
        log = record_failure("unexpected failure")
        sys.stderr.write(f"roi-desktop: unexpected error: {type(e).__name__}: {_readable(str(e))}"
                         f"{f' (details in {log})' if log else ''}\n")
        return EXIT_FAILURE


def _readable(text: str, limit: int = 500) -> str:
    """A message as one readable line of at most ``limit`` characters (user values are shortened where
    they are quoted; this is the last guard), with any character the terminal cannot show escaped."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    lines = [line if len(line) <= limit else line[: limit - 1] + "…" for line in text.splitlines() or [""]]
    return "\n".join(lines)
