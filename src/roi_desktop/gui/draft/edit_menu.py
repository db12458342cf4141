"""The Edit and Scenario menus: undo and redo naming the step ("Undo delete 'Offshore tier-1'"), and the
keyboard shortcuts for the scenario buttons. Undo keys reach the project's undo even while a text field
has the focus (its own undo would take back only part of a typing step the project already recorded)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit
from shiboken6 import isValid

from roi_desktop.gui.texts.i18n import fill
from roi_desktop.gui.texts.problem_text import single_line

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

UNDO_KEYS = (QKeySequence("Ctrl+Z"),)
REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


class UndoKeys(QObject):
    """Lets Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y through to the Edit menu while a text field has the focus."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def watch(self, root) -> None:
        """Filter the keys of every text field, spin box (a date) and table in ``root`` (the window, or a tab
        built later)."""
        for kind in (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QAbstractItemView):
            for field in root.findChildren(kind):
                field.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.ShortcutOverride
                and isinstance(watched, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QAbstractItemView))
                and watched.window() is self.window):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(k) == QKeySequence.ExactMatch for k in UNDO_KEYS + REDO_KEYS):
                event.ignore()
                return True
        if (event.type() == QEvent.KeyPress and isinstance(watched, QLineEdit) and not watched.isReadOnly()
                and event.matches(QKeySequence.Paste)):
            text = QGuiApplication.clipboard().text()
            watched.insert(single_line(watched.objectName(), text))  # line breaks become spaces
            return True
        return False


def build_edit_menu(window, presenter) -> dict[str, QAction]:
    """Add Edit (undo, redo) and Scenario menus to ``window``; returns the actions by name."""
    stack = presenter.history.stack
    menu = window.menuBar().addMenu(translate("EditMenu", "&Edit"))
    undo = QAction(window)
    undo.setObjectName("undo")
    undo.setShortcuts(list(UNDO_KEYS))
    undo.triggered.connect(stack.undo)
    redo = QAction(window)
    redo.setObjectName("redo")
    redo.setShortcuts(list(REDO_KEYS))
    redo.triggered.connect(stack.redo)

    def update(*_args) -> None:
        if not (isValid(stack) and isValid(undo) and isValid(redo)):
            return
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        undo.setText(fill(translate("EditMenu", "&Undo %1"), stack.undoText()).strip()
                     if stack.canUndo() else translate("EditMenu", "&Undo"))
        redo.setText(fill(translate("EditMenu", "&Redo %1"), stack.redoText()).strip()
                     if stack.canRedo() else translate("EditMenu", "&Redo"))

    for signal in (stack.indexChanged, stack.canUndoChanged, stack.canRedoChanged, stack.cleanChanged):
        signal.connect(update)
    update()
    menu.addAction(undo)
    menu.addAction(redo)
    actions = {"undo": undo, "redo": redo}

    scenario_menu = window.menuBar().addMenu(translate("EditMenu", "S&cenario"))
    for key, text, keys in (
            ("add_cut", translate("EditMenu", "Add &cut"), ("Ctrl+Shift+C",)),
            ("add_investment", translate("EditMenu", "Add &investment"), ("Ctrl+Shift+I",)),
            ("duplicate", translate("EditMenu", "&Duplicate"), ("Ctrl+D",)),
            ("rename", translate("EditMenu", "&Rename"), ("F2",)),
            ("up", translate("EditMenu", "Move &up"), ("Ctrl+Shift+Up",)),
            ("down", translate("EditMenu", "Move do&wn"), ("Ctrl+Shift+Down",)),
            ("delete", translate("EditMenu", "De&lete"), ("Ctrl+Delete",))):
        action = QAction(text, window)
        action.setObjectName(f"scenario_{key}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.WindowShortcut)
        action.triggered.connect(lambda _=False, k=key: window.scenario_panel.buttons[k].click())
        scenario_menu.addAction(action)
        actions[f"scenario_{key}"] = action
    return actions


def keep_view(window, selected: int) -> None:
    """After the window was rebuilt in another language: the same scenario selected, the last valid
    results shown (dimmed while a field is invalid) and every message worded in the new language."""
    presenter = window.presenter
    if 0 <= selected < presenter.scenario_count():
        window.scenario_panel._go(selected)
    if presenter.result is not None:
        presenter.resultsChanged.emit(presenter.result)
    presenter.recalculate()


def scrolling(widget, min_height: int = 640):
    """``widget`` in a frameless scroll area: below its minimum size (1024x700, 200 % scaling) the window
    scrolls instead of growing past the screen or cutting panels off."""
    from PySide6.QtWidgets import QFrame, QScrollArea
    area = QScrollArea()
    area.setFrameShape(QFrame.NoFrame)
    area.setWidgetResizable(True)
    hint = widget.minimumSizeHint()  # below this the area scrolls rather than squeezing panels
    widget.setMinimumSize(hint.width(), max(hint.height(), min_height))
    area.setWidget(widget)
    return area
