"""--screenshot: the app opens the project, waits for results, writes a PNG of the window and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from gui_support import PL_SAMPLE, ROOT


def run_cli(*args, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path))
    return subprocess.run([sys.executable, "-m", "roi_desktop", *args], env=env, capture_output=True, text=True,
                          timeout=60)


@pytest.mark.slow  # starts the app in a process of its own
def test_screenshot_of_main_window_and_meeting_mode(tmp_path):
    main, meeting = tmp_path / "main.png", tmp_path / "meeting.png"
    done = run_cli(str(PL_SAMPLE), "--screenshot", str(main), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    done = run_cli(str(PL_SAMPLE), "--screenshot", str(meeting), "--meeting", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    a, b = QImage(str(main)), QImage(str(meeting))
    assert (a.width(), a.height()) == (1440, 900) and (b.width(), b.height()) == (1440, 900)
    assert a != b
    colours = {a.pixel(x, y) for x in range(0, 1440, 37) for y in range(0, 900, 29)}
    assert len(colours) > 20  # a drawn window, not a blank image
    assert not any(Path(tmp_path / "data").rglob("unsaved.roi"))  # no recovery copy in the user's folder


@pytest.mark.slow  # starts the app in a process of its own
def test_screenshot_of_a_broken_project_fails_cleanly(tmp_path):
    broken = tmp_path / "broken.roi"
    broken.write_text("{}", encoding="utf-8")
    done = run_cli(str(broken), "--screenshot", str(tmp_path / "x.png"), tmp_path=tmp_path)
    assert done.returncode == 2 and "schema_version" in done.stderr
    assert not (tmp_path / "x.png").exists()
