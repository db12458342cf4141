"""The deck's value-realisation slide (issue 14): present exactly when the project tracks a plan; its
native line chart holds the plan, the actuals so far and the baseline from the engine's tracking."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from deck_support import NORTHWIND, chart_slides, open_deck

from roi_desktop.core import calculate
from roi_desktop.core.tracking import track
from roi_desktop.projectfile import load_project
from roi_desktop.reports.deck import write_deck
from roi_desktop.reports.tracking_text import status_sentence
from roi_desktop.reports.words import words

TRACKED = Path(__file__).resolve().parent / "data" / "telkom-tracking-pl.roi"


def test_tracked_project_gets_a_realisation_slide_with_plan_and_actuals(tmp_path):
    project = load_project(TRACKED)
    result = calculate(project)
    t = track(project, result)
    prs = open_deck(write_deck(result, tmp_path / "d.pptx", lang="pl"))
    title = words("pl")("tracking.report_title", plan=t.scenario_name)
    found = [chart for slide_title, chart in chart_slides(prs) if slide_title == title]
    assert len(found) == 1
    plan, actual, baseline = found[0].plots[0].series
    assert np.allclose(plan.values, t.plan_path)
    assert np.allclose(baseline.values, t.baseline_path)
    got = list(actual.values)
    assert np.allclose(got[1:t.k + 1], t.actual_customers) and all(v is None for v in got[t.k + 1:])
    last = prs.slides[len(prs.slides) - 1]
    text = "\n".join(s.text_frame.text for s in last.shapes if s.has_text_frame)
    assert status_sentence(t, project.analysis.currency, "pl") in text


def test_untracked_project_has_no_realisation_slide(tmp_path):
    result = calculate(load_project(NORTHWIND))
    prs = open_deck(write_deck(result, tmp_path / "d.pptx", lang="en"))
    assert not any(t.startswith(words("en")("tracking.report_title", plan="")[:10]) for t, _ in chart_slides(prs))
