"""Any screen: the window fits 1024x700, 1366x768, 1920x1080 and 960x540 (1920x1080 at 200 %), and what
does not fit scrolls into view; the screenshots are saved for a look (ROI_SCREENSHOT_DIR)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLineEdit

from gui_support import PL_SAMPLE, ROOT, gui  # noqa: F401

SIZES = ((1024, 700), (1366, 768), (1920, 1080), (960, 540))


def reachable(view, widget) -> bool:
    """Scrolled into view, ``widget`` lies wholly inside the scroll area's viewport."""
    view.ensureWidgetVisible(widget, 0, 0)
    port = view.viewport().rect()
    seen = port.intersected(QRect(widget.mapTo(view.viewport(), QPoint(0, 0)), widget.size()))
    # all of it, or as much as the viewport can hold (a chart taller than a 540 px screen)
    return (seen.width() >= min(widget.width(), port.width()) - 1
            and seen.height() >= min(widget.height(), port.height()) - 1)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_window_fits_and_everything_scrolls_into_view(gui, qtbot, tmp_path, size):
    window, _ = gui(PL_SAMPLE, lang="pl")
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == size  # never forced wider or taller than the screen
    results = window.results_panel
    for widget in (results.meeting_button, results.cash_chart, window.scenario_panel.list):
        qtbot.waitUntil(lambda w=widget: reachable(window.editor_view, w))  # after the layout settled
    window.enter_meeting(full_screen=False)
    qtbot.waitUntil(lambda: window.meeting_view.isVisible())
    qtbot.waitUntil(lambda: reachable(window.meeting_view, window.meeting.chart))
    for slider in window.meeting.sliders.values():
        if not slider.isHidden():
            qtbot.waitUntil(lambda s=slider: reachable(window.meeting_view, s.slider))
    folder = Path(os.environ.get("ROI_SCREENSHOT_DIR", tmp_path))
    window.grab().save(str(folder / f"window-{size[0]}x{size[1]}-meeting.png"))
    window.leave_meeting()


CHILD = """
import json, sys
sys.path.insert(0, sys.argv[2])
from roi_desktop.gui.app import create_window, make_application
app = make_application()
window, _ = create_window(sys.argv[1], lang="pl")
window.resize(960, 540)
window.show()
app.processEvents()
button = window.results_panel.meeting_button
window.editor_view.ensureWidgetVisible(button, 0, 0)
app.processEvents()
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLineEdit
top_left = button.mapTo(window.editor_view.viewport(), QPoint(0, 0))
inside = window.editor_view.viewport().rect().contains(QRect(top_left, button.size()))
print(json.dumps({"size": [window.width(), window.height()], "button_inside": inside,
                  "device_ratio": window.devicePixelRatioF()}))
window.presenter.set_dirty(False)
"""


def test_at_200_percent_scaling_the_window_fits_1920x1080_and_reaches_the_meeting_button(tmp_path):
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run([sys.executable, "-c", CHILD, str(PL_SAMPLE), str(ROOT / "tests")], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found == {"size": [960, 540], "button_inside": True, "device_ratio": 2.0}


def inside(window, widget) -> bool:
    return window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


@pytest.mark.parametrize("size", ((1024, 700), (960, 540)), ids=("1024x700", "960x540"))
@pytest.mark.parametrize("lang", ("pl", "en"))
def test_narrow_screens_fit_the_three_columns_without_sideways_scrolling(gui, qtbot, lang, size):
    """Issue 10: a 1024 px laptop, and 1920x1080 at 200 % (960x540), show Client, Scenarios and Results
    side by side; the columns get narrower (labels wrap, buttons go onto more rows) and scroll down
    inside themselves, never sideways (also with the vertical scroll bar a 540 px height needs)."""
    window, _ = gui(PL_SAMPLE, lang=lang)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.presenter.flush()
    results = window.results_panel
    qtbot.waitUntil(lambda: results.card_widgets and results.card_widgets[0].isVisible())
    view = window.editor_view
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)
    assert inside(window, results.cards_scroll) and inside(window, results.meeting_button)
    assert results.cards_scroll.width() >= results.card_widgets[0].minimumWidth()  # a whole card, then scroll
    editor_area = window.scenario_panel.editor.parentWidget().parentWidget()

    def cut_off(area) -> list[str]:
        """What sticks out at the right of a column that scrolls down only."""
        out = ["body"] if area.widget().width() > area.viewport().width() else []
        return out + [field.objectName() for field in area.widget().findChildren(QLineEdit) if field.isVisible()
                      and field.mapTo(area.viewport(), QPoint(field.width(), 0)).x() > area.viewport().width()]

    for area in (window.client_panel, editor_area):  # once the layout has settled
        qtbot.waitUntil(lambda a=area: not cut_off(a), timeout=3000)
    for button in window.scenario_panel.buttons.values():
        assert inside(window, button)


def test_wide_screens_keep_labels_on_one_line_and_the_user_can_widen_a_column(gui, qtbot):
    window, _ = gui(PL_SAMPLE, lang="en")
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    from roi_desktop.gui.widgets.narrow import FormLabel
    labels = window.client_panel.widget().findChildren(FormLabel)
    qtbot.waitUntil(lambda: all(label.wide for label in labels))
    assert all(label.height() < 2 * label.fontMetrics().lineSpacing() for label in labels if label.isVisible())
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.editor_view.horizontalScrollBar().maximum() == 0)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0] + 100, sizes[1], sizes[2] - 100])  # what dragging a handle does
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] >= sizes[0] + 100)
    assert window.editor_view.horizontalScrollBar().maximum() == 0
