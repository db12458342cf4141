"""Helpers for the deck tests: projects with many scenarios and awkward names, and a deck read back."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pptx import Presentation
from pptx.util import Emu

from roi_desktop.core import Project, Scenario
from roi_desktop.projectfile import load_project

ROOT = Path(__file__).resolve().parents[1]
NORTHWIND = ROOT / "resources" / "samples" / "northwind-energy-en.roi"
TELKOM = ROOT / "resources" / "samples" / "telkom-polnoc-pl.roi"
AWKWARD = ("Zażółć gęślą jaźń <b>&</b>", "Cięcie „budżetu” o 20 % & więcej", "ŁÓDŹ: ŚWIĘTY SPOKÓJ")


def awkward_project(base: Path = TELKOM, scenarios: int | None = None) -> Project:
    """``base`` with user text full of Polish letters and markup-like characters; ``scenarios``
    varies the base's scenarios into that many (cuts and investments alternately)."""
    project = load_project(base)
    client = dataclasses.replace(project.client, name="Spółka Żółć & <Synowie> Sp. z o.o.",
                                 notes="Dane z CRM-u: „źródło” <i>nie</i> & inne")
    originals = list(project.scenarios)
    count = len(originals) if scenarios is None else scenarios
    made = []
    for i in range(count):
        s = originals[i % len(originals)]
        name = AWKWARD[i] if i < len(AWKWARD) else f"{AWKWARD[i % len(AWKWARD)][:20]} nr {i + 1}"
        made.append(dataclasses.replace(s, name=name, one_off_cost=s.one_off_cost + 25_000 * (i // len(originals)),
                                        notes=f"Uwagi {i + 1}: <script>ąę</script>"))
    return dataclasses.replace(project, client=client, scenarios=tuple(made))


def chart_slides(prs) -> list[tuple[str, object]]:
    """(slide title, chart) for every chart in the deck, in order."""
    out = []
    for slide in prs.slides:
        title = slide_title(slide)
        for shape in slide.shapes:
            if shape.has_chart:
                out.append((title, shape.chart))
    return out


def slide_title(slide) -> str:
    if slide.shapes.title is not None:
        return slide.shapes.title.text_frame.text
    boxes = [s for s in slide.shapes if s.has_text_frame and s.text_frame.text.strip()]
    return min(boxes, key=lambda s: s.top).text_frame.text if boxes else ""


def slide_texts(slide) -> list[str]:
    """Every text on a slide: text frames, table cells, chart categories and series names."""
    texts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            texts.append(shape.text_frame.text)
        if shape.has_table:
            texts += [cell.text for row in shape.table.rows for cell in row.cells]
        if shape.has_chart:
            plot = shape.chart.plots[0]
            texts += [str(c) for c in plot.categories]
            texts += [s.name for s in plot.series]
    return texts


def outside_slide(prs) -> list[str]:
    """Shapes that reach beyond the slide's edges."""
    width, height = prs.slide_width, prs.slide_height
    bad = []
    for n, slide in enumerate(prs.slides, 1):
        for shape in slide.shapes:
            if shape.left is None:
                continue
            if shape.left < 0 or shape.top < 0 or shape.left + shape.width > width + Emu(1) or \
                    shape.top + shape.height > height + Emu(1):
                bad.append(f"slide {n}: {shape.name}")
    return bad


def open_deck(path) -> Presentation:
    return Presentation(str(path))


def with_scenario(project: Project, scenario: Scenario) -> Project:
    return dataclasses.replace(project, scenarios=project.scenarios + (scenario,))
