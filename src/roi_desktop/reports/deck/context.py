"""What every slide builder needs: the result, the risk analysis, the words and number formats of the
deck's language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from roi_desktop.core import ProjectResult, ScenarioResult
from roi_desktop.reports.branding import Branding
from roi_desktop.reports.pdf.formatting import Fmt
from roi_desktop.reports.pdf.texts import tr
from roi_desktop.reports.pdf.texts import years as years_text
from roi_desktop.reports.words import Words, words

from .layout import SlideMaker

#: Most scenarios one chart or table shows before it continues on the next slide.
LINES_PER_CHART = 8
BARS_PER_CHART = 15
ROWS_PER_TABLE = 8
CHART_LABEL_MAX = 60


@dataclass
class Deck:
    result: ProjectResult
    risk: object | None  # RiskResult
    lang: str
    branding: Branding
    date: dt.date
    maker: SlideMaker

    def __post_init__(self) -> None:
        self.w: Words = words(self.lang)
        self.fmt = Fmt(self.lang, self.result.project.analysis.currency)

    @property
    def project(self):
        return self.result.project

    @property
    def scenarios(self) -> tuple[ScenarioResult, ...]:
        return self.result.scenarios

    @property
    def horizon(self) -> str:
        """'3 years' / '3 lat' (genitive: 'w horyzoncie 3 lat')."""
        return years_text(self.lang, self.project.analysis.horizon_years, "gen")

    def tr(self, key: str, **values) -> str:
        """The PDF report's wording for ``key``."""
        return tr(self.lang, key, **values)

    def quoted(self, name: str) -> str:
        return self.w("deck.quote").format(name)

    def label(self, index: int) -> str:
        """'2. Name as typed': how the app, the PDF and the deck number scenarios."""
        return f"{index + 1}. {self.scenarios[index].name}"

    def chart_label(self, index: int) -> str:
        """The label in a chart's legend or axis: as typed, cut at about 60 characters with '…' so a
        very long name cannot squeeze the chart (the full name is in the tables and the notes)."""
        label = self.label(index)
        if len(label) <= CHART_LABEL_MAX:
            return label
        cut = label[:CHART_LABEL_MAX - 1]
        space = cut.rfind(" ")
        return (cut[:space] if space > CHART_LABEL_MAX * 0.6 else cut).rstrip(" ,;:-") + "…"

    def titled(self, title: str, part: int, parts: int) -> str:
        return title if parts <= 1 else self.w("deck.part", title=title, part=part, parts=parts)

    def scenario_risk(self, index: int):
        if self.risk is None or index >= len(getattr(self.risk, "scenarios", ())):
            return None
        return self.risk.scenarios[index]
