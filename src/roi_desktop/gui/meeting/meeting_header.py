"""The top of a meeting view (meeting mode, the follow-up meeting): presentation margins, the client's name
on the left, the view's buttons and "Back to editing (Esc)" on the right, all in presentation type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from roi_desktop.gui.widgets.style import INK, MUTED

BUTTON_STYLE = (f"QPushButton {{ font-size: 17px; font-weight: 600; color: {INK}; padding: 10px 22px;"
                " border: 1px solid #c5d0dc; border-radius: 8px; background: #f5f7fa; }"
                " QPushButton:hover { background: #e8eef5; }")


def meeting_header(view: QWidget, back_text: str, buttons: tuple[QPushButton, ...] = ()) \
        -> tuple[QVBoxLayout, QLabel, QPushButton]:
    """Lay out ``view``'s header; returns (its outer layout, the client label, the back button). The back
    button and Escape emit ``view.closeRequested``; ``buttons`` stand before the back button."""
    outer = QVBoxLayout(view)
    outer.setContentsMargins(48, 32, 48, 28)
    outer.setSpacing(16)
    top = QHBoxLayout()
    client = QLabel()
    client.setStyleSheet(f"color: {MUTED}; font-size: 18px; font-weight: 600;")
    top.addWidget(client, 1)
    back = QPushButton(back_text)
    back.clicked.connect(view.closeRequested.emit)
    for button in (*buttons, back):
        button.setStyleSheet(BUTTON_STYLE)
        top.addWidget(button)
    outer.addLayout(top)
    escape = QShortcut(QKeySequence(Qt.Key_Escape), view, context=Qt.WidgetWithChildrenShortcut)
    escape.activated.connect(view.closeRequested.emit)
    return outer, client, back
