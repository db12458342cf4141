"""The forked PDF writer turns reportlab's shape checking off (reports/export.py): the report is the
same PDF bytes with it off as with it on (reportlab's invariant mode fixes dates and the id)."""

from __future__ import annotations

import datetime as dt

from reportlab import rl_config

from roi_desktop.core import calculate
from roi_desktop.core.risk import analyse_risk
from roi_desktop.reports import export
from roi_desktop.reports.pdf import document


def test_the_report_is_the_same_without_shape_checking(sample_project, monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)
    result = calculate(sample_project)
    risk = analyse_risk(sample_project, result=result, trials=500)
    checked = document.render_pdf(result, lang="pl", risk=risk, date=dt.date(2026, 12, 2))
    monkeypatch.setattr(rl_config, "shapeChecking", 1)
    export._load_pdf_writer()  # what the forked child does before it writes
    assert rl_config.shapeChecking == 0
    assert document.render_pdf(result, lang="pl", risk=risk, date=dt.date(2026, 12, 2)) == checked
