"""A line edit for numbers in people's units: a grey unit suffix inside the field, a red border and
the reason when the value is invalid, and locale formatting once the user leaves the field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLineEdit

from roi_desktop.gui.widgets.style import ERROR, MUTED, set_style

HINT = "#8a5300"  # amber, readable on white
ERROR_STYLE = f"QLineEdit {{ border: 2px solid {ERROR}; border-radius: 4px; background: #fff5f5; }}"


def with_message(edit: "NumberEdit"):
    """``edit`` with a small red label under it that shows its problem (no space while valid)."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR}; font-size: 11px;")
    label.setVisible(False)
    edit.message_label = label
    layout.addWidget(edit)
    layout.addWidget(label)
    return box


class NumberEdit(QLineEdit):
    """Emits ``edited(path, text)`` on every keystroke and ``finished(path)`` when focus leaves."""

    edited = Signal(str, str)
    finished = Signal(str)

    def __init__(self, path: str, field: str, suffix: str = "", tip: str = "", parent=None):
        super().__init__(parent)
        self.path = path
        self.setObjectName(field)
        self.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self._suffix = ""
        self._tip = tip
        self._error = ""
        self.message_label = None  # optional QLabel under the field that shows the reason
        self.setToolTip(tip)
        self.set_suffix(suffix)
        self.textEdited.connect(lambda text: self.edited.emit(self.path, text))
        self.editingFinished.connect(lambda: self.finished.emit(self.path))

    @property
    def suffix(self) -> str:
        return self._suffix

    def set_suffix(self, suffix: str) -> None:
        self._suffix = suffix
        width = self.fontMetrics().horizontalAdvance(suffix) + 10 if suffix else 0
        self.setTextMargins(0, 0, width, 0)
        # room for "12,000,000" beside the unit and no more: narrow columns on small screens
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("12,000,000") + width + 16)
        self.update()

    def set_error(self, message: str | None) -> None:
        message = message or ""
        if message == self._error:
            return
        self._error = message
        set_style(self, ERROR_STYLE if message else "")
        self.setToolTip(f"{self._tip}\n\n{message}".strip() if message else self._tip)
        self.setProperty("invalid", bool(message))
        if self.message_label is not None:
            label = self.message_label
            set_style(label, f"color: {ERROR}; font-size: 11px;")
            if not message and getattr(self, "hint", ""):
                self.set_hint(self.hint, force=True)
                return
            label.setText(message)
            label.setVisible(bool(message))
            if message:  # the form does not grow a wrapped label by itself: reserve its lines
                label.setMinimumHeight(label.heightForWidth(max(self.width(), 120)))

    def set_hint(self, hint: str | None, force: bool = False) -> None:
        """A plausibility hint ("Did you mean 14 %?") under the field while it has no error."""
        hint = hint or ""
        label = self.message_label
        unchanged = hint == getattr(self, "hint", None) and label is not None and label.isHidden() != bool(hint)
        if label is None or self._error or (unchanged and not force):
            self.hint = hint
            return  # nothing shown changes (a re-polish per field on every keystroke otherwise)
        self.hint = hint
        label.setText(hint)
        set_style(label, f"color: {HINT}; font-size: 11px;")
        label.setVisible(bool(hint))

    @property
    def error(self) -> str:
        return self._error

    def show_text(self, text: str) -> None:
        """Show a value coming from the presenter without disturbing the user's typing."""
        if self.text() != text and not (self.hasFocus() and self.isModified()):
            self.setText(text)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._suffix:
            painter = QPainter(self)
            painter.setPen(QColor(MUTED))
            rect = self.rect().adjusted(0, 0, -8, 0)
            painter.drawText(rect, Qt.AlignRight | Qt.AlignVCenter, self._suffix)
