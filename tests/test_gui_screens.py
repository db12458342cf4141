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
