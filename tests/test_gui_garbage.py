"""The collector tuned for keystrokes (gui/support/garbage.py): the young generation may grow to 20,000
objects, what start-up built is frozen once, and garbage made later is still collected."""

from __future__ import annotations

import gc
import weakref

from gui_support import EN_SAMPLE, gui  # noqa: F401
from roi_desktop.gui.app import make_application
from roi_desktop.gui.support import garbage


def test_the_app_collects_less_often_and_freezes_its_start_up(qtbot, tmp_path):
    make_application()
    assert gc.get_threshold()[0] >= garbage.YOUNG_OBJECTS
    from PySide6.QtCore import QSettings
    from roi_desktop.gui.app import create_window
    from roi_desktop.gui.files.recovery import Recovery
    from roi_desktop.gui.files.settings_store import AppSettings
    window, _ = create_window(str(EN_SAMPLE), recovery=Recovery(str(tmp_path)),
                              settings=AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)))
    qtbot.addWidget(window)
    assert gc.get_freeze_count() > 0
    window.presenter.set_dirty(False)


def test_cycles_made_after_start_up_are_still_collected(gui):
    gui(EN_SAMPLE)

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    del a, b
    gc.collect()
    assert gone() is None
