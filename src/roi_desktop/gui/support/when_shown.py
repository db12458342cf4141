"""Refresh a view from the newest result only when someone can see it.

Meeting mode, the follow-up meeting and other pages that are hidden most of the time listen to every
result; with 50 scenarios redrawing them on each keystroke costs milliseconds nobody sees.
``WhenShown(widget, signal, update)`` connects ``signal`` to itself and calls ``update`` at once while the
widget is visible (or would be, in a window not shown yet), else keeps only the newest arguments and calls
``update`` with them as the widget is shown (before it paints). It is the widget's child and is connected
through its own method, so Qt drops the connection when the widget is deleted (a language switch
rebuilds the views).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, SignalInstance
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    def __init__(self, widget: QWidget, signal: SignalInstance, update: Callable[..., None]):
        super().__init__(widget)
        self._widget = widget
        self._update = update
        self._due: tuple | None = None  # the newest arguments not shown yet
        widget.installEventFilter(self)
        signal.connect(self.deliver)

    def deliver(self, *args) -> None:
        if self._widget.isVisibleTo(self._widget.window()):
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
