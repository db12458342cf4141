"""A guard against a PySide6 defect: 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of
a method that returns nothing, and the process aborts once None's count reaches zero ("none_dealloc").
pyproject.toml keeps such builds out; if one is installed anyway, this tops None's count up while the
app runs, so a consultant's session does not end in a crash."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer

PROBE_CALLS = 50
_keep: list[None] = []


def leaks_none() -> bool:
    """True when calling a void Qt method loses a reference to None (the defective build)."""
    if sys.version_info >= (3, 12):  # None is immortal: its count cannot reach zero
        return False
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - PROBE_CALLS // 2


def install(parent: QObject, interval_ms: int = 500) -> QTimer | None:
    """Start topping None's count up to where it was, if this build needs it. Returns the timer."""
    if not leaks_none():
        return None
    baseline = sys.getrefcount(None)

    def top_up() -> None:
        missing = baseline - sys.getrefcount(None)
        if missing > 0:
            _keep.extend([None] * missing)

    timer = QTimer(parent)
    timer.setInterval(interval_ms)
    timer.timeout.connect(top_up)
    timer.start()
    sys.stderr.write("roi-desktop: this PySide6 build leaks references to None on Python 3.11; "
                     "install PySide6-Essentials < 6.12 (see pyproject.toml)\n")
    return timer
