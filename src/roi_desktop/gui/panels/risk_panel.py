"""The Risk tab: tornado and Monte Carlo distribution of the selected scenario, computed in the
background (the latest request wins). Optional: absent when roi_desktop.core.risk is not installed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from roi_desktop.reports.field_words import field_label
from roi_desktop.reports.numbers import money_short, number, percent
from roi_desktop.gui.support.background import Background
from roi_desktop.gui.texts.i18n import fill
from roi_desktop.gui.widgets.risk_charts import HistogramChart, TornadoChart

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

DEBOUNCE_MS = 400


class RiskPanel(QWidget):
    def __init__(self, presenter, background: Background, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.background = background
        from roi_desktop.core.risk import analyse_risk
        self.analyse = analyse_risk
        self.current = 0
        self.risk = None
        self._pending = False
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("riskSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        charts = QHBoxLayout()
        self.tornado = TornadoChart()
        self.histogram = HistogramChart()
        charts.addWidget(self.tornado, 3)
        charts.addWidget(self.histogram, 2)
        layout.addLayout(charts, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.compute)
        self.summary.setText(translate("Risk", "Risk analysis runs when this tab is open."))
        presenter.resultsChanged.connect(self._results_changed)
        background.finished.connect(self._finished)
        background.failed.connect(self._failed)

    def _results_changed(self, _result) -> None:
        self.risk = None
        if self.isVisible():
            self.timer.start()
        else:
            self._pending = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.risk is None or self._pending:
            self._pending = False
            self.timer.start(0)

    def compute(self) -> None:
        result = self.presenter.result  # the project of the results shown, so both describe the same draft
        if self.presenter.pending or result is None or self.presenter.problems or not result.project.scenarios:
            return  # a newer result is on its way (resultsChanged starts this again) or nothing to analyse
        project = result.project
        self.summary.setText(translate("Risk", "Calculating the risk analysis…"))
        # the project's own trials and seed, as the CLI and the PDF use: the same numbers everywhere
        self.background.submit("risk", self.analyse, project, trials=project.analysis.trials,
                               seed=project.analysis.seed, result=result)

    def set_current_scenario(self, index: int) -> None:
        self.current = index
        self._draw()

    def _finished(self, kind: str, risk) -> None:
        if kind == "risk":
            self.risk = risk
            self._draw()

    def _failed(self, kind: str, error) -> None:
        if kind == "risk":
            self.summary.setText(translate("Risk", "The risk analysis failed: %1").replace("%1", str(error)))

    def _draw(self) -> None:
        risk, result = self.risk, self.presenter.result
        if risk is None or result is None or not (0 <= self.current < len(risk.scenarios)):
            return
        lang, cur = self.presenter.lang, self.presenter.currency
        s = risk.scenarios[self.current]
        mc = s.monte_carlo
        fmt = lambda v: money_short(v, cur, lang)  # noqa: E731
        text = translate("Risk", "“%1”: NPV P10 %2 · P50 %3 · P90 %4 · chance NPV > 0: %5 (%6)")
        trials = translate("Risk", "%1 trials").replace("%1", number(mc.trials, lang))
        lines = [fill(text, s.name, fmt(mc.p10), fmt(mc.p50), fmt(mc.p90), percent(mc.prob_positive, lang, 0), trials)]
        lines += _sentences(result.scenarios[self.current], s, risk, cur, lang)
        self.summary.setText("\n".join(lines))
        bars = [(field_label(b.input, lang), b.npv_low, b.npv_high) for b in s.tornado[:8]]
        self.tornado.set_data(translate("Risk", "What moves the NPV most"), result.scenarios[self.current].npv, bars, fmt)
        self.histogram.set_data(translate("Risk", "Simulated NPV"), mc.histogram_edges, mc.histogram_counts, fmt)


def _sentences(scenario_result, scenario_risk, risk, currency: str, lang: str) -> list[str]:
    """The report's own sentences (reports.risk_text) when that module is installed."""
    try:
        from roi_desktop.reports import risk_text
    except ImportError:
        return []
    out = [risk_text.breakeven_sentence(scenario_result, currency, lang),
           risk_text.monte_carlo_sentence(scenario_risk, currency, lang)]
    comparison = risk_text.comparison_sentence(risk, lang)
    return out + ([comparison] if comparison else [])
