"""The results beside the inputs: baseline figures, one card per scenario, the charts and the yearly
table. When the inputs are invalid the last valid results stay visible, dimmed, under a banner that says
they are out of date and lists the fields to fix."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox, QFrame, QGraphicsOpacityEffect, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from roi_desktop.core import ProjectResult
from roi_desktop.reports.numbers import money, money_short, number
from roi_desktop.gui.widgets.charts import LineChart, Series, scenario_series
from roi_desktop.reports.palette import scenario_style
from roi_desktop.gui.texts.field_texts import line_label
from roi_desktop.gui.presenter import Presenter
from roi_desktop.gui.panels.queue_view import QueueChart, card_text
from roi_desktop.gui.texts.problem_text import problem_lines
from roi_desktop.gui.texts.results_text import customers_text, roi_text, timing_text
from roi_desktop.gui.widgets.style import ACCENT, BACKGROUND, BASELINE, NEGATIVE, POSITIVE, set_style

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


CARDS_AT_ONCE = 8  # cards filled in one go; with more, the cards in view first and the rest while idle
CARD_WIDTH = 200  # each card's width with many scenarios (see _size_cards)
CARDS_WHILE_IDLE = 3  # cards filled per turn of the event loop while idle (~1 ms: a keystroke never waits long)


def color_for(i: int) -> str:
    return scenario_style(i).colour  # unique with its dash for up to 50 scenarios


def two_lines(text: str, fm, width: int) -> str:
    """``text`` broken into at most two lines of ``width`` pixels, the second elided if need be."""
    # split at spaces only ("20 %" is kept together by a non-breaking space, which split() would cut at)
    words, first = [w for w in text.replace(" %", "\u00a0%").split(" ") if w], ""
    while words and fm.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first:  # one very long word
        return fm.elidedText(text, Qt.ElideRight, width)
    return first + ("\n" + fm.elidedText(" ".join(words), Qt.ElideRight, width) if words else "")


class ScenarioCard(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setMinimumWidth(190)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(3)
        self.full_title = ""
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; font-size: 12px;")
        self.npv_caption = QLabel(translate("Results", "NPV (risk-adjusted)"))
        self.npv_caption.setObjectName("muted")
        self.npv = QLabel()
        self.npv.setObjectName("npv")
        self.roi = QLabel()
        self.timing = QLabel()
        self.customers = QLabel()
        for w in (self.timing, self.customers):
            w.setWordWrap(True)
        for w in (self.roi, self.timing, self.customers):
            w.setStyleSheet("font-size: 12px;")
        self.queue = QLabel()  # the queue (Erlang C): callers' wait, agents, service level
        self.queue.setObjectName("cardQueue")
        self.queue.setStyleSheet("font-size: 11px;")
        self.queue.setWordWrap(True)
        for w in (self.title, self.npv_caption, self.npv, self.roi, self.timing, self.customers, self.queue):
            layout.addWidget(w)
        layout.addStretch(1)

    def _layout_title(self) -> None:
        """Two lines at most, so every card's figures sit at the same height; the tooltip has it all."""
        fm = self.title.fontMetrics()
        self.title.setFixedHeight(fm.lineSpacing() * 2 + 2)
        width = self.contentsRect().width() - 28
        self.title.setText(two_lines(self.full_title, fm, max(80, width)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._layout_title()

    def show_result(self, s, color: str, currency: str, lang: str) -> None:
        self.full_title = s.name
        self.title.setToolTip(s.name)
        self._layout_title()
        set_style(self, f"QFrame#card {{ border-top: 4px solid {color}; }}")
        tone = POSITIVE if s.npv >= 0 else NEGATIVE
        self.npv.setText(money_short(s.npv, currency, lang))
        self.npv.setToolTip(money(s.npv, currency, lang))
        set_style(self.npv, f"font-size: 21px; font-weight: 700; color: {tone};")
        self.roi.setText(translate("Results", "ROI %1").replace("%1", roi_text(s, lang)))
        self.timing.setText(timing_text(s, lang))
        self.customers.setText(customers_text(s, lang))


class ResultsPanel(QWidget):
    def __init__(self, presenter: Presenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.current = 0
        self.result: ProjectResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        title = QLabel(translate("Results", "Results"))
        title.setObjectName("sectionTitle")
        header = QHBoxLayout()
        header.addWidget(title, 1)
        self.updating = QLabel(translate("Results", "Updating…"))  # a newer calculation is on its way
        self.updating.setObjectName("updatingNote")
        self.updating.setStyleSheet("color: #5b6b7b; font-style: italic;")
        self.updating.hide()
        header.addWidget(self.updating)
        self.meeting_button = QPushButton(translate("Results", "Meeting mode (F5)"))
        self.meeting_button.setObjectName("meetingButton")
        self.meeting_button.setStyleSheet(f"QPushButton {{ background: {ACCENT}; color: white; border: none;"
                                          " border-radius: 4px; padding: 5px 14px; font-weight: 600; }"
                                          " QPushButton:hover { background: #1a5fd0; }")
        header.addWidget(self.meeting_button)
        layout.addLayout(header)

        self.stale = QFrame()
        self.stale.setObjectName("staleBanner")
        stale_layout = QVBoxLayout(self.stale)
        self.stale_title = QLabel(translate("Results", "Out of date — fix the marked field(s):"))
        self.stale_title.setStyleSheet("font-weight: 700;")
        self.stale_list = QLabel()
        self.stale_list.setObjectName("problemList")
        self.stale_list.setWordWrap(True)
        self.stale_list.setTextFormat(Qt.PlainText)
        stale_layout.addWidget(self.stale_title)
        stale_layout.addWidget(self.stale_list)
        self.stale.hide()
        layout.addWidget(self.stale)

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        self.baseline = QLabel()
        self.baseline.setObjectName("baselineSummary")
        self.baseline.setWordWrap(True)
        self.baseline.setStyleSheet(f"color: {BASELINE}; background: white; border: 1px solid #d9e2ec;"
                                    " border-radius: 8px; padding: 8px 12px;")
        content.addWidget(self.baseline)
        self.cards_box = QWidget()
        self.cards = QHBoxLayout(self.cards_box)
        self.cards.setContentsMargins(0, 0, 0, 0)
        cards_scroll = QScrollArea()
        cards_scroll.setWidgetResizable(True)
        cards_scroll.setWidget(self.cards_box)
        cards_scroll.setFixedHeight(184)
        self.cards_scroll = cards_scroll
        cards_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        cards_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        # an opaque background: dimmed (opacity effect) a transparent scroll area turns black
        self.cards_box.setObjectName("cardsStrip")
        set_style(self.cards_box, f"QWidget#cardsStrip {{ background: {BACKGROUND}; }}")
        content.addWidget(cards_scroll)
        self.card_widgets: list[ScenarioCard] = []
        self._cards_due: set[int] = set()  # cards still showing an older result (see _fill_cards)
        self._card_keys: list[tuple] = []  # what each card is to show: its scenario's result, place, language
        self._card_sizing: tuple = (False, 0)  # (fixed sizes, their height): see _size_cards
        self._cards_sized = 0
        self._cards_timer = QTimer(self)
        self._cards_timer.setSingleShot(True)
        self._cards_timer.setInterval(0)
        self._cards_timer.timeout.connect(self._fill_more_cards)
        cards_scroll.horizontalScrollBar().valueChanged.connect(lambda _v: self._fill_cards(only_in_view=True))

        self.tabs = QTabWidget()
        self.cash_chart = LineChart()
        self.cash_chart.setObjectName("cashChart")
        self.customer_chart = LineChart()
        self.customer_chart.setObjectName("customerChart")
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        self.table_choice = QComboBox()
        self.table_choice.currentIndexChanged.connect(self._fill_table)
        self.table_page = table_page
        table_layout.addWidget(self.table_choice)
        self.table = QTableWidget()
        self.table.setObjectName("yearlyTable")
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setWordWrap(False)
        table_layout.addWidget(self.table)
        self.tabs.addTab(self.cash_chart, translate("Results", "Cumulative cash flow"))
        self.tabs.addTab(self.customer_chart, translate("Results", "Customers"))
        self.tabs.addTab(table_page, translate("Results", "Yearly table"))
        self.queue_chart = QueueChart()
        self.tabs.addTab(self.queue_chart, translate("Results", "Queue"))
        content.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._fill_table)

        self.dimmed = QGraphicsOpacityEffect(self.content)
        self.dimmed.setOpacity(0.35)
        self.dimmed.setEnabled(False)
        self.content.setGraphicsEffect(self.dimmed)
        layout.addWidget(self.content, 1)
        presenter.resultsChanged.connect(self.show_result)
        presenter.problemsChanged.connect(self.show_problems)
        presenter.pendingChanged.connect(self.show_pending)
        if presenter.result is not None and not presenter.problems:
            self.show_result(presenter.result)
        self.show_problems(presenter.problems)

    @property
    def is_stale(self) -> bool:
        return self.dimmed.isEnabled()

    def show_problems(self, problems: dict) -> None:
        """Invalid inputs: keep the last valid results, dimmed, under a banner naming every problem."""
        if problems:
            self.stale_list.setText("\n".join(problem_lines(self.presenter, problems)))
        self.stale.setVisible(bool(problems))
        self.dimmed.setEnabled(bool(problems))
        self.show_pending(self.presenter.pending)

    def show_pending(self, pending: bool) -> None:
        """The figures shown are older than the draft until the newest calculation arrives: say so.
        (No dimming for this: it would flash on every keystroke and repaint the whole column twice.)"""
        self.updating.setVisible(pending and not self.dimmed.isEnabled())  # dimmed: the banner says more

    def set_current_scenario(self, index: int) -> None:
        self.current = index
        if 0 <= index < self.table_choice.count():
            self.table_choice.setCurrentIndex(index)

    def show_result(self, result: ProjectResult) -> None:
        self.result = result
        lang, cur = self.presenter.lang, result.project.analysis.currency
        self._show_baseline(result, lang, cur)
        while len(self.card_widgets) < len(result.scenarios):
            card = ScenarioCard()
            self.card_widgets.append(card)
            self.cards.addWidget(card)
        for i, card in enumerate(self.card_widgets):
            card.setVisible(i < len(result.scenarios))
        # a card whose scenario result is the very one it is to show (the engine reused it) needs nothing
        # new; cards still waiting for an earlier result keep waiting (they show an older one still)
        keys = [(s, i, lang, cur, result.queue is not None) for i, s in enumerate(result.scenarios)]
        changed = {i for i, key in enumerate(keys) if i >= len(self._card_keys) or self._card_keys[i] != key}
        self._cards_due = {i for i in self._cards_due if i < len(keys)} | changed
        self._card_keys = keys
        self._fill_cards(only_in_view=len(result.scenarios) > CARDS_AT_ONCE)
        self._show_charts(result, lang, cur)
        self.queue_chart.show_result(result, lang)
        self.cards_scroll.setFixedHeight(184 + (60 if result.queue is not None else 0))  # room for the queue lines
        self._size_cards(len(result.scenarios))
        names = [s.name for s in result.scenarios]
        if [self.table_choice.itemText(i) for i in range(self.table_choice.count())] != names:
            self.table_choice.blockSignals(True)
            self.table_choice.clear()
            self.table_choice.addItems(names)
            self.table_choice.setCurrentIndex(min(self.current, len(names) - 1))
            self.table_choice.blockSignals(False)
        self._fill_table()

    def _fill_cards(self, only_in_view: bool = False) -> None:
        """Put the result on the cards still showing an older one: those in view now, the rest a few at a
        time while the app is idle (50 cards at once would take a keystroke's whole frame), or at once
        when scrolled into view."""
        result = self.result
        if result is None or not self._cards_due:
            return
        due = sorted(self._cards_due)
        if only_in_view:
            left = self.cards_scroll.horizontalScrollBar().value()
            right = left + self.cards_scroll.viewport().width()
            laid_out = self.card_widgets[due[-1]].width() > 0
            due = [i for i in due if not laid_out or (self.card_widgets[i].geometry().right() >= left
                                                       and self.card_widgets[i].geometry().left() <= right)]
            due = due or sorted(self._cards_due)[:CARDS_AT_ONCE]
        lang, cur = self.presenter.lang, result.project.analysis.currency
        for i in due:
            card = self.card_widgets[i]
            card.show_result(result.scenarios[i], color_for(i), cur, lang)
            card.queue.setText(card_text(result, i, lang))
            card.queue.setVisible(result.queue is not None)
            self._cards_due.discard(i)
        if self._cards_due:
            self._cards_timer.start()

    def _fill_more_cards(self) -> None:
        """Idle time: the next few cards not yet showing the newest result."""
        due = sorted(self._cards_due)[:CARDS_WHILE_IDLE]
        self._cards_due.difference_update(due)
        keep, self._cards_due = self._cards_due, set(due)
        self._fill_cards()
        self._cards_due |= keep
        if self._cards_due:
            self._cards_timer.start()

    def _size_cards(self, count: int) -> None:
        """Many cards: each of one fixed size, so new text in a card lays out that card alone (a card that
        may grow makes Qt lay out the whole strip again for every card filled: 2.5 ms per idle turn
        instead of 0.6 with 50 cards). Few cards share the strip's width."""
        scroll = self.cards_scroll
        height = scroll.maximumHeight() - scroll.horizontalScrollBar().sizeHint().height() - 2 * scroll.frameWidth()
        sizing = (count > CARDS_AT_ONCE, height)
        if sizing == self._card_sizing and count <= self._cards_sized:
            return
        self._card_sizing, self._cards_sized = sizing, count
        for card in self.card_widgets[:count]:
            if sizing[0]:
                card.setFixedSize(CARD_WIDTH, height)
            else:
                card.setMinimumSize(190, 0)
                card.setMaximumSize(16777215, 16777215)

    def flush_cards(self) -> None:
        """Every card showing the newest result now (tests, screenshots)."""
        self._cards_timer.stop()
        self._fill_cards()

    def _show_baseline(self, result: ProjectResult, lang: str, cur: str) -> None:
        b = result.baseline
        cops = b.cost_of_poor_service
        clv = money(b.clv, cur, lang) if b.clv is not None else "—"
        self.baseline.setText(
            translate("Results", "Customer lifetime value: %1 · Lost to poor service each year: %2 customers, %3 revenue, "
               "%4 lifetime margin").replace("%1", clv).replace("%2", number(cops.customers_lost_per_year, lang))
            .replace("%3", money_short(cops.annual_revenue_lost, cur, lang))
            .replace("%4", money_short(cops.lifetime_margin_lost, cur, lang)))

    def _show_charts(self, result: ProjectResult, lang: str, cur: str) -> None:
        month = translate("Results", "Year %1")

        def x_label(m: int) -> str:
            return month.replace("%1", str(m // 12)) if m else "0"

        cash = [scenario_series(i, s.name, s.cumulative_net) for i, s in enumerate(result.scenarios)]
        self.cash_chart.set_data(cash, title=translate("Results", "Cumulative net cash flow against the baseline"),
                                 y_format=lambda v: money_short(v, cur, lang), x_label=x_label)
        if not cash:
            self.cash_chart.set_message(translate("Results", "Add a scenario to see its cash flow."))
        people = [Series(translate("Results", "Baseline"), BASELINE, result.baseline.customers, dashed=True)]
        people += [scenario_series(i, s.name, s.customers) for i, s in enumerate(result.scenarios)]
        customer_x = lambda m: month.replace("%1", str(m // 12)) if m else "0"  # noqa: E731
        self.customer_chart.zero_line = False
        self.customer_chart.set_data(people, title=translate("Results", "Customers at the start of each month"),
                                     y_format=lambda v: number(v, lang), x_label=customer_x)

    def _fill_table(self, *_args) -> None:
        """Fill the yearly table; skipped (and done on showing it) while its tab is hidden."""
        if self.tabs.currentWidget() is not self.table_page and self.isVisible():
            return
        result = self.result
        index = self.table_choice.currentIndex()
        if result is None or not (0 <= index < len(result.scenarios)):
            self.table.clear()
            self.table.setRowCount(0)
            return
        s = result.scenarios[index]
        rows = s.yearly_rows()  # numpy rows: pandas stays off the keystroke path
        lang, cur = self.presenter.lang, result.project.analysis.currency
        keys = [key for key, _ in rows]
        labels = [line.name if line.custom else line_label(line.key) for line in s.lines]
        labels += [line_label(k) for k in keys[len(s.lines):]]
        columns = s.net.size
        self.table.setColumnCount(columns)
        self.table.setRowCount(len(rows))
        year = translate("Results", "Year %1")
        self.table.setHorizontalHeaderLabels([year.replace("%1", str(t)) for t in range(columns)])
        self.table.setVerticalHeaderLabels(labels)
        for r, (key, row) in enumerate(rows):
            for c, value in enumerate(row.tolist()):
                if key == "discount_factor":
                    text = number(value, lang, 4)
                    tip = text
                else:  # compact in the cell, exact in the tooltip
                    text, tip = money_short(value, cur, lang), money(value, cur, lang, 2)
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if key in ("net", "pv_net"):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setMaximumWidth(200)

