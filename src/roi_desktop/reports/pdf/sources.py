"""The report's "where the figures come from": each client field taken from an imported history (file,
sheet, months used, date) or from a published benchmark (its citation), beside the value. A field
changed by hand after it was imported or taken says so instead of claiming the source.

Hooked in after the client assumptions (``client_assumptions`` ends with ``data_sources``)."""

from __future__ import annotations

import math

from reportlab.platypus import Flowable, KeepTogether, Spacer

from roi_desktop.core import Project
from roi_desktop.core.fields import CLIENT_FIELDS
from roi_desktop.core.provenance import BenchmarkSource, ImportSource
from roi_desktop.reports.words import text as word

from .formatting import Fmt
from .styles import CONTENT_WIDTH, cell, data_table, esc, para
from .texts import tr


def _value(name: str, value: float, fmt: Fmt) -> str:
    unit = CLIENT_FIELDS[name].unit
    return fmt.percent(value) if unit == "fraction" else fmt.money(value) if unit == "money" else fmt.count(value)


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def source_text(name: str, current: float, source, fmt: Fmt) -> str:
    """One sentence: where the value of client field ``name`` came from."""
    lang = fmt.lang
    if isinstance(source, ImportSource):
        if not _same(source.values[name], current):
            return word(lang, "importer.changed_since", file=source.file, value=_value(name, source.values[name], fmt))
        sheet = word(lang, "importer.sheet_suffix", sheet=source.sheet) if source.sheet else ""
        return word(lang, "importer.from_file", file=source.file, sheet=sheet, first=source.months[0],
                    last=source.months[-1], n=len(source.months), date=source.date or "—")
    if isinstance(source, BenchmarkSource):
        if not _same(source.value, current):
            return word(lang, "importer.changed_since", file=source.benchmark, value=_value(name, source.value, fmt))
        return word(lang, "importer.from_benchmark", citation=source.citation)
    return ""


def data_sources(project: Project, fmt: Fmt) -> list[Flowable]:
    """A table of the client fields that have a recorded source; nothing when none has."""
    p = project.provenance
    if p is None:
        return []
    rows = []
    for name in CLIENT_FIELDS:
        source = p.source_of(name)
        if source is not None:
            current = getattr(project.client, name)
            rows.append([cell(esc(tr(fmt.lang, name))), cell(esc(_value(name, current, fmt)), "cell_r"),
                         cell(esc(source_text(name, current, source, fmt)))])
    if not rows:
        return []
    return [Spacer(1, 6), KeepTogether([para(word(fmt.lang, "importer.sources_heading"), "h3"),
                                        data_table(rows, [CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.17,
                                                          CONTENT_WIDTH * 0.53], header_rows=0)])]
