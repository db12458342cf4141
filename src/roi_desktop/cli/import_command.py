"""``roi-desktop import DATA --project PROJECT.roi [--sheet NAME] [--map field=COLUMN ...] [--json]`` and
``roi-desktop benchmarks [--json]``.

The import reads the client's monthly history, derives the client inputs (MODEL.md, "A client's
history") and writes them into the project atomically, with where they came from. Any error (with its
row and column) exits 2 and leaves the project file as it was.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from roi_desktop.cli.main import EXIT_BAD_INPUT, EXIT_OK, UsageError, _Parser


def _import_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="roi-desktop import",
                description="Import a client's monthly history (CSV or Excel) into a project.")
    p.add_argument("data", help="the client's table: .csv, .txt, .tsv or .xlsx")
    p.add_argument("--project", required=True, help="the .roi project to update (written in place)")
    p.add_argument("--sheet", help="the workbook sheet to read (default: the first with a header row)")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="the column of a field: month, customers, lost, won, revenue, service_spend "
                        "(a header, a column letter or a number); repeat for several")
    p.add_argument("--json", action="store_true", help="print the derived values, months and problems as JSON")
    p.add_argument("--lang", choices=("en", "pl"), default="en", help="language of the messages (default en)")
    return p


def parse_mapping(items: Sequence[str]) -> dict[str, str]:
    out = {}
    for item in items:
        name, sep, column = item.partition("=")
        if not sep or not name.strip() or not column.strip():
            raise UsageError(f"--map takes FIELD=COLUMN, e.g. --map customers=Klienci; got {item!r}")
        out[name.strip()] = column.strip()
    return out


def import_json(imp, lang: str, written: str | None) -> dict:
    r = imp.result
    derived = None
    if r is not None:
        derived = dict(r.client_values())
        derived["churn_range"] = {"low": r.churn_low, "high": r.churn_high}
    return {"ok": imp.ok, "file": imp.table.source.get("file"), "sheet": imp.table.source.get("sheet"),
            "encoding": imp.table.source.get("encoding"), "delimiter": imp.table.source.get("delimiter"),
            "columns": imp.table.columns, "start_month": imp.start_month or None, "months_used": imp.months,
            "derived": derived, "monthly_churn": list(r.monthly_churn) if r else [],
            "problems": [p.as_json(lang) for p in imp.problems], "written": written}


def run_import(argv: Sequence[str]) -> int:
    from roi_desktop.importer.history_import import import_history
    from roi_desktop.projectfile import load_project, project_from_dict, project_to_dict, save_project
    from roi_desktop.reports.words import words

    args = _import_parser().parse_args(argv)
    w = words(args.lang)
    mapping = parse_mapping(args.map)
    project = load_project(args.project)  # a bad project exits 2 through main()
    imp = import_history(args.data, sheet=args.sheet, mapping=mapping)
    written = None
    if imp.ok:
        draft = project_to_dict(project)
        for path, value in imp.changes(draft).items():
            section, _, key = path.partition(".")
            if key:
                draft[section][key] = value
            else:
                draft[section] = value
        save_project(project_from_dict(draft), args.project)
        written = str(args.project)
    if args.json:
        sys.stdout.write(json.dumps(import_json(imp, args.lang, written), ensure_ascii=False, indent=2) + "\n")
    else:
        _print_text(imp, w, written)
    if not imp.ok:
        if not args.json:
            sys.stderr.write(f"roi-desktop import: {w('importer.nothing_changed')}\n")
        return EXIT_BAD_INPUT
    return EXIT_OK


def _print_text(imp, w, written: str | None) -> None:
    for p in imp.problems:
        stream = sys.stderr if p.is_error else sys.stdout
        stream.write(f"{'error' if p.is_error else 'warning'}: {p.message(w.lang)}\n")
    if imp.result is None:
        return
    r = imp.result
    sys.stdout.write(f"{w('importer.derived')} ({w('importer.months_used')}: {imp.months[0]} … {imp.months[-1]}, "
                     f"{w('months_count', n=len(imp.months))}):\n")
    for name, value in r.client_values().items():
        shown = f"{value:.4%}" if name == "annual_churn_rate" else f"{value:,.2f}".replace(",", " ")
        sys.stdout.write(f"  {w('importer.field.' + name)}: {shown}\n")
    sys.stdout.write(f"  {w('importer.field.churn_range')}: {r.churn_low:.4%} … {r.churn_high:.4%}\n")
    if written:
        sys.stdout.write(w("importer.written", path=written) + "\n")


def _benchmarks_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="roi-desktop benchmarks",
                description="List the industry benchmarks (published figures with sources) and your own.")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--lang", choices=("en", "pl"), default="en")
    return p


def run_benchmarks(argv: Sequence[str]) -> int:
    from roi_desktop.importer.benchmarks import load_library

    args = _benchmarks_parser().parse_args(argv)
    skipped: list[str] = []
    library = load_library(skipped=skipped)
    if args.json:
        out = [{"id": b.id, "industry": b.name(args.lang), "user": b.user, "note": b.note,
                "values": [{"id": v.id, "field": v.field, "value": v.value, "currency": v.currency, "unit": v.unit,
                            "population": v.population, "year": v.year, "quote": v.quote, "source": v.source,
                            "citation": v.citation(args.lang)} for v in b.values]} for b in library]
        sys.stdout.write(json.dumps({"benchmarks": out, "skipped": skipped}, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for b in library:
        sys.stdout.write(f"{b.name(args.lang)}{' (own)' if b.user else ''} [{b.id}]\n")
        if b.note:
            sys.stdout.write(f"  {b.note}\n")
        for v in b.values:
            money = f" {v.currency}" if v.currency else ""
            sys.stdout.write(f"  {v.field or '-'}: {v.value:g}{money} ({v.unit}; {v.population}; {v.year})\n"
                             f"    {v.citation(args.lang)}\n")
    for s in skipped:
        sys.stderr.write(f"skipped: {s}\n")
    return EXIT_OK
