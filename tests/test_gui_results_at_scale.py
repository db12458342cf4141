"""Results with many scenarios: the chart draws exactly the engine's values (filled from arrays, gaps kept),
every card ends up showing the newest result (those in view at once, the rest while idle or when
scrolled into view), and meeting mode only redraws when it is seen."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st
from PySide6.QtGui import QColor, QImage

from gui_support import EN_SAMPLE, gui  # noqa: F401
from roi_desktop.core import calculate
from roi_desktop.gui.widgets.charts import LineChart, Series, finite_runs, polyline, scenario_series
from roi_desktop.projectfile import load_project
from roi_desktop.reports.numbers import money_short


def fifty(path=EN_SAMPLE):
    project = load_project(path)
    base = project.scenarios
    return project.with_changes(scenarios=tuple(replace(base[i % len(base)], name=f"S{i + 1}") for i in range(50)))


@given(st.lists(st.floats(-1e9, 1e9), min_size=1, max_size=200))
@settings(max_examples=50, deadline=None)
def test_a_polyline_holds_exactly_the_points_given(values):
    ys = np.array(values)
    xs = np.arange(len(ys), dtype=float) * 1.5
    poly = polyline(xs, ys)
    assert [(p.x(), p.y()) for p in poly] == list(zip(xs.tolist(), ys.tolist()))


def test_finite_runs_leave_gaps_where_values_are_missing():
    nan = float("nan")
    assert finite_runs(np.array([1.0, 2.0])) == [slice(0, 2)]
    assert finite_runs(np.array([nan, 1.0, 2.0, nan, nan, 3.0, float("inf")])) == [slice(1, 3), slice(5, 6)]
    assert finite_runs(np.array([nan, nan])) == []


def test_a_line_is_drawn_where_its_values_are(qtbot):
    """One series 0..100 over 0..24 months: the pixel of its colour at the middle month sits half-way up
    the plot (a straight line), and nothing of its colour is drawn in a gap of missing values."""
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(600, 400)
    values = [m * 100 / 24 for m in range(25)]
    chart.set_data([Series("one", "#ff0000", values)], y_format=lambda v: f"{v:.0f}")
    image = QImage(600, 400, QImage.Format_ARGB32)
    chart.render(image)
    def red_rows(x):
        return [y for y in range(300) if QColor(image.pixel(x, y)).red() > 200 and QColor(image.pixel(x, y)).green() < 60]

    columns = {x: red_rows(x) for x in range(150, 500, 25)}  # inside the plot, above the legend
    assert all(columns.values()), "the line is drawn across the plot"
    xs = np.array(list(columns))
    ys = np.array([np.mean(v) for v in columns.values()])
    slope, intercept = np.polyfit(xs, ys, 1)
    assert slope < 0 and np.abs(ys - (slope * xs + intercept)).max() <= 1.0  # straight, rising to the right
    mid_x = 325
    gap = values[:8] + [float("nan")] * 9 + values[17:]
    chart.set_data([Series("one", "#ff0000", gap)], y_format=lambda v: f"{v:.0f}")
    chart.render(image)
    assert not red_rows(mid_x) and red_rows(150)  # a gap where values are missing, the line beside it


def test_fifty_series_with_markers_render_and_the_legend_says_how_many_more(qtbot):
    result = calculate(fifty())
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(700, 420)
    chart.set_data([scenario_series(i, s.name, [float(v) for v in s.cumulative_net])
                    for i, s in enumerate(result.scenarios)])
    image = QImage(700, 420, QImage.Format_ARGB32)
    chart.render(image)
    from PySide6.QtGui import QPainter
    painter = QPainter(image)
    rows = chart._legend_rows(painter)
    painter.end()
    shown = [series for row in rows for series, _ in row]
    assert shown[-1].label.startswith("+") and str(50 - (len(shown) - 1)) in shown[-1].label


@pytest.fixture
def fifty_window(gui, qtbot):
    window, _ = gui(EN_SAMPLE)
    window.resize(1366, 768)
    window.show()
    window.presenter.load(fifty())
    window.presenter.flush()
    return window


def card_npvs(window):
    return [card.npv.text() for card in window.results_panel.card_widgets[:50]]


def expected_npvs(window):
    result = window.presenter.result
    return [money_short(s.npv, result.project.analysis.currency, window.presenter.lang) for s in result.scenarios]


def test_every_card_catches_up_with_the_newest_result(fifty_window, qtbot):
    window = fifty_window
    qtbot.waitUntil(lambda: card_npvs(window) == expected_npvs(window))
    window.presenter.set_text("client.annual_churn_rate", "30")
    window.presenter.flush()
    panel = window.results_panel
    in_view = [i for i, c in enumerate(panel.card_widgets[:50])
               if not c.visibleRegion().isEmpty()]
    assert in_view and all(panel.card_widgets[i].npv.text() == expected_npvs(window)[i] for i in in_view)
    qtbot.waitUntil(lambda: card_npvs(window) == expected_npvs(window))  # the rest while idle


def test_cards_waiting_for_a_client_change_still_get_it_after_a_scenario_edit(fifty_window, qtbot):
    """A client change leaves the cards out of view to idle time; a scenario edit before that (49 results
    reused) must not drop them from the queue: they still show the old client's figures."""
    window = fifty_window
    panel = window.results_panel
    qtbot.waitUntil(lambda: card_npvs(window) == expected_npvs(window))
    window.presenter.set_text("client.annual_churn_rate", "29")
    window.presenter.flush()
    panel._cards_timer.stop()  # no idle turn yet
    window.presenter.set_text("scenarios[0].one_off_cost", "4321")
    window.presenter.flush()
    panel.flush_cards()
    assert card_npvs(window) == expected_npvs(window)


def test_a_card_scrolled_into_view_shows_the_newest_result_at_once(fifty_window, qtbot):
    window = fifty_window
    panel = window.results_panel
    qtbot.waitUntil(lambda: card_npvs(window) == expected_npvs(window))
    window.presenter.set_text("client.annual_churn_rate", "31")
    window.presenter.flush()
    panel._cards_timer.stop()  # no idle time: only scrolling may fill the cards
    bar = panel.cards_scroll.horizontalScrollBar()
    bar.setValue(bar.maximum())
    last = panel.card_widgets[49]
    assert last.npv.text() == expected_npvs(window)[49]
    panel.flush_cards()
    assert card_npvs(window) == expected_npvs(window)


def test_meeting_mode_redraws_only_when_seen_and_then_shows_the_newest_result(gui, qtbot, monkeypatch):
    from roi_desktop.gui.meeting.meeting_mode import MeetingView
    drawn = []
    original = MeetingView.show_result
    monkeypatch.setattr(MeetingView, "show_result", lambda self, result: (drawn.append(result), original(self, result)))
    window, _ = gui(EN_SAMPLE)
    window.show()
    qtbot.waitExposed(window)
    window.enter_meeting(full_screen=False)  # built on first use; then back to editing, where it is hidden
    window.leave_meeting()
    drawn.clear()
    for churn in ("21", "22", "23"):
        window.presenter.set_text("client.annual_churn_rate", churn)
        window.presenter.flush()
    assert drawn == []  # not seen: not redrawn
    window.enter_meeting(full_screen=False)
    qtbot.waitUntil(lambda: drawn and drawn[-1] is window.presenter.result)
    assert window.presenter.result.project.client.annual_churn_rate == pytest.approx(0.23)
    before = len(drawn)
    window.presenter.set_text("client.annual_churn_rate", "24")
    window.presenter.flush()
    assert len(drawn) > before and drawn[-1] is window.presenter.result  # seen: redrawn at once
    window.meeting.reset_values()
    window.leave_meeting()


def test_results_after_a_language_switch_reach_only_the_new_views(gui, qtbot):
    """The switch rebuilds the meeting views; the old ones, deleted, must not be called (they were, through
    a connection Qt could not drop: every keystroke raised 'already deleted')."""
    window, _ = gui(EN_SAMPLE)
    window.show()
    qtbot.waitExposed(window)
    window.enter_meeting(full_screen=False)
    window.leave_meeting()
    window.set_language("pl")
    window.presenter.set_text("client.annual_churn_rate", "25")  # an exception in a slot fails the test
    window.presenter.flush()
    window.enter_meeting(full_screen=False)
    assert "25" in str(round(window.presenter.result.project.client.annual_churn_rate * 100))
    window.leave_meeting()


def test_one_changed_series_of_many_is_drawn_over_cached_layers_as_a_full_paint_would(qtbot):
    """Typing in one of 50 scenarios: the other 49 lines come from two cached images (below and above the
    changed one); the picture is the one a fresh chart draws (up to rounding in the blending)."""
    result = calculate(fifty())
    series = [scenario_series(i, s.name, s.cumulative_net) for i, s in enumerate(result.scenarios)]

    def shown(chart):
        image = QImage(700, 420, QImage.Format_ARGB32)
        image.fill(0)
        chart.render(image)
        return np.frombuffer(image.constBits(), np.uint8).reshape(420, 700, 4).astype(int)

    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(700, 420)
    chart.set_data(series)
    shown(chart)
    for step in (1.0, 1.01, 0.99):  # the first change builds the layers, the next ones use them
        changed = list(series)
        changed[7] = scenario_series(7, series[7].label, np.asarray(series[7].values) * step)
        chart.set_data(changed)
        layered = shown(chart)
        fresh = LineChart()
        qtbot.addWidget(fresh)
        fresh.resize(700, 420)
        fresh.set_data(changed)
        direct = shown(fresh)
        difference = np.abs(layered - direct)  # 8-bit blending of layers rounds a little differently
        assert difference.max() <= 8 and difference.mean() < 0.05
    assert chart._layers is not None and chart._layers[1] == 7
    other = list(changed)  # two series change at once: no layers, a full paint
    for k in (3, 9):
        other[k] = scenario_series(k, series[k].label, np.asarray(series[k].values) * 1.02)
    chart.set_data(other)
    shown(chart)
    assert chart._layers is None


def test_every_series_changed_draws_axes_and_legend_from_cached_images_as_a_full_paint_would(qtbot):
    """Typing in a client field changes all 50 lines: the background, axes and legend come from images
    kept while they stay the same; the picture is the one drawn directly."""
    from PySide6.QtGui import QPainter
    result = calculate(fifty())
    series = [scenario_series(i, s.name, s.cumulative_net) for i, s in enumerate(result.scenarios)]

    def pixels(image):
        return np.frombuffer(image.constBits(), np.uint8).reshape(420, 700, 4).astype(int)

    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(700, 420)
    chart.set_data(series)
    chart.render(QImage(700, 420, QImage.Format_ARGB32))
    frame, legend = chart._frame[1], chart._legend_image[1]
    for step in (1.001, 0.999):
        changed = [scenario_series(i, x.label, np.asarray(x.values) * step) for i, x in enumerate(series)]
        chart.set_data(changed)
        cached = QImage(700, 420, QImage.Format_ARGB32)
        chart.render(cached)
        assert chart._frame[1] is frame and chart._legend_image[1] is legend  # reused, not drawn again
        direct = QImage(700, 420, QImage.Format_ARGB32)
        painter = QPainter(direct)
        painter.setRenderHint(QPainter.Antialiasing)
        chart._draw(painter, chart._layout(painter), range(len(changed)), legend=True)
        painter.end()
        difference = np.abs(pixels(cached) - pixels(direct))  # 8-bit blending of the legend rounds a little
        assert difference.max() <= 8 and difference.mean() < 0.05
    renamed = [scenario_series(i, f"{x.label} (b)", x.values) for i, x in enumerate(series)]
    chart.set_data(renamed)
    chart.render(QImage(700, 420, QImage.Format_ARGB32))
    assert chart._legend_image[1] is not legend  # new labels: the legend is drawn again


def test_a_card_title_never_leaves_the_percent_sign_alone(qtbot):
    from PySide6.QtGui import QFont, QFontMetrics
    from roi_desktop.gui.panels.results_panel import two_lines
    fm = QFontMetrics(QFont())
    name = "Cut contact-centre budget by 15 %"
    width = fm.horizontalAdvance("Cut contact-centre budget by 15") + 2  # "%" alone would be next
    first, second = two_lines(name, fm, width).split("\n")
    assert second.replace("\u00a0", " ") == "15 %" and first == "Cut contact-centre budget by"


def test_the_queue_line_of_a_card_writes_percent_as_the_language_does(gui):
    from roi_desktop.gui.panels.queue_view import card_text
    from gui_support import PL_SAMPLE
    window, _ = gui(PL_SAMPLE, lang="pl")
    result = window.presenter.result
    assert result.queue is not None  # the Polish sample has the client's operations
    text = card_text(result, 0, "pl")
    assert "\u00a0%" in text and "%" not in text.replace("\u00a0%", "")
