"""What every slide builder needs: the result, the risk analysis, the words and number formats of the
deck's language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from roi_desktop.core import ProjectResult, ScenarioResult
from roi_desktop.reports.branding import Branding
from roi_desktop.reports.pdf.formatting import Fmt
from roi_desktop.reports.verdict_words import payback_text
from roi_desktop.reports.words import Words, words

if TYPE_CHECKING:
    from roi_desktop.core.risk import RiskResult

from .layout import SlideMaker

#: Most scenarios one chart or table shows before it continues on the next slide.
LINES_PER_CHART = 8
BARS_PER_CHART = 15
ROWS_PER_TABLE = 8
CHART_LABEL_MAX = 60


@dataclass
class Deck:
    result: ProjectResult
    risk: RiskResult | None
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
        """'3 years' / '3 lata' (nominative, as on the report's cover)."""
        return self.w("years_count", n=self.project.analysis.horizon_years)

    @property
    def over_horizon(self) -> str:
        """'over 3 years' / 'w horyzoncie 3 lat': the report's own phrase."""
        return self.w("story.over_years", n=self.project.analysis.horizon_years)

    @property
    def after_horizon(self) -> str:
        """'after 3 years' / 'po 3 latach': the report's own phrase."""
        return self.w("story.after_years", n=self.project.analysis.horizon_years)

    def payback(self, index: int) -> str:
        """The engine's payback basis of one scenario in the words of the PDF, workbook and app."""
        return payback_text(self.lang, self.scenarios[index].timing)

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
