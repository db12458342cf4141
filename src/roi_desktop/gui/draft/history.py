"""Undo and redo for every change to the project (Qt's QUndoStack).

Each step keeps the whole draft before and after it (the project-file dict and the texts that are not
numbers yet), so undoing restores exactly what was there, whatever the change was: a field, a scenario
added or deleted, a line, a setting, an import. Typing in one field is one step: edits of the same field
merge until the focus moves on or another change comes between. The stack's clean state is the saved
document, so undoing back to it clears the modified flag.

A meeting suspends the recording; keeping its what-ifs afterwards becomes one step.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit
from shiboken6 import isValid


def copy_draft(node):
    """A deep copy of JSON-like data (dicts, lists, scalars); several times faster than copy.deepcopy."""
    if isinstance(node, dict):
        return {key: copy_draft(value) for key, value in node.items()}
    if isinstance(node, list):
        return [copy_draft(value) for value in node]
    return node


class DraftState(NamedTuple):
    data: dict
    typed: dict
    selected: int  # the scenario to show after restoring (-1: leave the selection alone)


class DraftCommand(QUndoCommand):
    MERGE_ID = 7301

    def __init__(self, history: "History", label: str, before: DraftState, after: DraftState, merge_key=None):
        super().__init__(label)
        self.history, self.before, self.after, self.merge_key = history, before, after, merge_key
        self.open = merge_key is not None  # typing may still continue in this step
        self._applied = True  # pushed after the change was made: the stack's first redo() does nothing

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other) -> bool:
        if not self.open or getattr(other, "merge_key", None) != self.merge_key:
            return False
        self.after = other.after
        if self.after.data == self.before.data and self.after.typed == self.before.typed:
            self.setObsolete(True)  # typed back to where it was: no step at all
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.history.restore(self.after)

    def undo(self) -> None:
        self.history.restore(self.before)


class History(QObject):
    """The undo stack of one presenter. ``record(label)`` wraps a change; nested changes are one step."""

    restored = Signal(int)  # a step was undone or redone; the scenario to select (-1: keep)

    def __init__(self, presenter, parent: QObject | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.stack = QUndoStack(self)
        self._depth = 0
        self._suspended: DraftState | None = None
        self._state = self._capture()
        self.stack.cleanChanged.connect(self._clean_changed)
        app = QApplication.instance()
        if app is not None and hasattr(app, "focusChanged"):
            app.focusChanged.connect(self.close_typing)

    def _clean_changed(self, _clean: bool) -> None:
        if isValid(self) and isValid(self.stack):  # not while Qt tears the stack down
            self.presenter.sync_dirty()

    def _capture(self, selected: int = -1) -> DraftState:
        p = self.presenter
        return DraftState(copy_draft(p._data), dict(p._typed), selected)

    @property
    def recording(self) -> bool:
        return self._suspended is None

    @contextmanager
    def record(self, label: str, merge_key=None, selected: int = -1):
        """Make the change inside the block one undo step named ``label`` (e.g. "delete 'Cut 20 %'")."""
        if self._depth or self._suspended is not None:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            self._push(label, merge_key, selected)

    def _push(self, label: str, merge_key, selected: int) -> None:
        p = self.presenter
        if p._data == self._state.data and p._typed == self._state.typed:
            p.sync_dirty()
            return
        before = self._state._replace(selected=self._state.selected if selected < 0 else selected)
        after = self._capture(selected)
        self._state = after
        self.stack.push(DraftCommand(self, label, before, after, merge_key))
        p.sync_dirty()

    def close_typing(self, *_args) -> None:
        """The focus moved: the next keystroke in any field starts a new step."""
        count = self.stack.count()
        if count:
            command = self.stack.command(count - 1)
            if isinstance(command, DraftCommand):
                command.open = False

    def restore(self, state: DraftState) -> None:
        self._state = state
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit):
            focus.setModified(False)  # the field shows the restored text, not what was being typed
        self.presenter.restore_draft(copy_draft(state.data), dict(state.typed))
        self.restored.emit(state.selected)

    def reset(self) -> None:
        """A new document: nothing to undo, and this is the saved state."""
        self._suspended = None
        self.stack.clear()
        self._state = self._capture()
        self.stack.setClean()

    # ---- meetings ----------------------------------------------------------------------------
    def suspend(self) -> None:
        """What-ifs start: slider moves are not steps of their own."""
        self.close_typing()
        if self._suspended is None:
            self._suspended = self._state

    def resume(self, label: str) -> None:
        """What-ifs end: whatever they left changed (kept) is one step named ``label``."""
        if self._suspended is None:
            return
        self._state, self._suspended = self._suspended, None
        self._push(label, None, -1)
