"""A row for a file: its path in a field that takes the room, and a "Choose…" button that opens a chooser
(the export's file name, the settings' logo and deck template)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton


def file_row(field: QLineEdit, button_text: str, choose: Callable[[], None], label: str = "") -> QHBoxLayout:
    """[label] [field ...........] [button_text]; the button calls ``choose``."""
    row = QHBoxLayout()
    if label:
        row.addWidget(QLabel(label))
    row.addWidget(field, 1)
    button = QPushButton(button_text)
    button.clicked.connect(choose)
    row.addWidget(button)
    return row
