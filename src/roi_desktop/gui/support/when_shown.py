"""Refresh a view from the newest result only when someone can see it.

Meeting mode, the follow-up meeting and other pages that are hidden most of the time listen to every
result; with 50 scenarios redrawing them on each keystroke costs milliseconds nobody sees. ``WhenShown``
calls ``update`` at once while the widget is visible (or would be, in a window not shown yet), else keeps only the newest arguments and calls
``update`` with them as the widget is shown (before it paints).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    def __init__(self, widget: QWidget, update: Callable[..., None]):
        super().__init__(widget)
        self._widget = widget
        self._update = update
        self._due: tuple | None = None  # the newest arguments not shown yet
        widget.installEventFilter(self)

    def __call__(self, *args) -> None:
        if self._widget.isVisibleTo(self._widget.window()):  # (or would be, once its window shows)
            self._due = None
            self._update(*args)
        else:
            self._due = args

    def flush(self) -> None:
        """Update now with the newest arguments, seen or not."""
        if self._due is not None:
            args, self._due = self._due, None
            self._update(*args)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Show:
            self.flush()
        return False
