"""Widgets that let a column get narrow (1024x700, 200 % scaling) without cutting anything off: form
labels that wrap onto a second line, and a row of buttons that wraps onto more rows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QWidget

LABEL_CHARACTERS = 18  # a form label wider than this many average characters wraps onto another line


class FormLabel(QLabel):
    """A form label that, while ``wide`` is off, asks for at most ``LABEL_CHARACTERS`` of width and wraps
    the rest of its text: the form's label column gets narrow and the fields keep their room."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.wide = False
        self._measured: dict[tuple[str, bool], int] = {}  # (text, wide) -> width, until the font changes

    def set_wide(self, wide: bool) -> None:
        if wide != self.wide:
            self.wide = wide
            self.updateGeometry()

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.FontChange, QEvent.StyleChange):
            self._measured.clear()
        super().changeEvent(event)

    def _width(self) -> int:
        """Measured once per text and mode (a form's layout asks for it many times)."""
        key = (self.text(), self.wide)
        if key not in self._measured:
            if len(self._measured) > 8:  # texts seen before a language switch or a new label
                self._measured.clear()
            self._measured[key] = self._measure()
        return self._measured[key]

    def _measure(self) -> int:
        fm = self.fontMetrics()
        one_line = fm.horizontalAdvance(self.text()) + 4
        if self.wide:
            return one_line
        longest_word = max((fm.horizontalAdvance(w) for w in self.text().split()), default=0)
        return max(min(one_line, fm.averageCharWidth() * LABEL_CHARACTERS), longest_word + 4)

    def sizeHint(self) -> QSize:
        width = self._width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class LabelsOnOneLine(QObject):
    """Watches a scroll area that scrolls down only: its form labels stay on one line while the area is
    wide enough for that, and wrap when it is not (a 1024 px screen, 200 % scaling, a column the user
    narrowed). The area never gets narrower than its body with wrapped labels (plus the scroll bar), so
    its column, not the body, is what gives way: nothing is cut off at the right. Call :meth:`refit`
    when the body's content changed (another scenario shown, lines added)."""

    def __init__(self, area: QScrollArea):
        super().__init__(area)
        self.area = area
        area.viewport().installEventFilter(self)
        self.refit()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Resize and self.area.widget() is not None:
            self.fit(event.size().width())
        return False

    def refit(self) -> None:
        if self.area.widget() is not None:
            self.fit(self.area.viewport().width())

    def fit(self, room: int) -> None:
        body = self.area.widget()
        labels = body.findChildren(FormLabel)
        self._set(body, labels, False)
        narrowest = body.minimumSizeHint().width() + self.area.verticalScrollBar().sizeHint().width() \
            + 2 * self.area.frameWidth()
        if self.area.minimumWidth() != narrowest:
            self.area.setMinimumWidth(narrowest)
        self._set(body, labels, True)
        if body.minimumSizeHint().width() > room:
            self._set(body, labels, False)

    @staticmethod
    def _set(body: QWidget, labels, wide: bool) -> None:
        """Every label wide or not, and the size hints of the boxes up to ``body`` measured afresh now
        (Qt would do it only when its layout requests come through, too late to decide on)."""
        boxes: list[QWidget] = []
        for label in labels:
            label.set_wide(wide)
            box = label.parentWidget()
            while box is not None and box is not body and box not in boxes:
                boxes.append(box)
                box = box.parentWidget()
        for box in sorted(boxes, key=lambda b: -depth(b, body)):  # inner boxes first
            box.updateGeometry()
        body.updateGeometry()


def depth(widget: QWidget, top: QWidget) -> int:
    n = 0
    while widget is not None and widget is not top:
        widget, n = widget.parentWidget(), n + 1
    return n


class ButtonRows(QWidget):
    """Buttons in a grid of as many columns as the width allows (at most ``most``, at least ``fewest``):
    a narrow column puts them on more rows instead of making the window wider than the screen."""

    def __init__(self, buttons, most: int, fewest: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self.buttons = list(buttons)
        self.most, self.fewest = most, min(fewest, most)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(4)
        self.columns = 0
        self._arrange(most)

    def width_for(self, columns: int) -> int:
        widths = [max(b.sizeHint().width() for b in self.buttons[c::columns]) for c in range(columns)]
        return sum(widths) + self.grid.horizontalSpacing() * (columns - 1)

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for button in self.buttons:
            self.grid.removeWidget(button)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 0)
        for i, button in enumerate(self.buttons):
            self.grid.addWidget(button, i // columns, i % columns)
        for c in range(columns):
            self.grid.setColumnStretch(c, 1)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(self.width_for(self.most), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.width_for(self.fewest), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        self._arrange(next((n for n in range(self.most, self.fewest, -1) if self.width_for(n) <= width), self.fewest))


def fit_columns(splitter, preferred) -> None:
    """Share the splitter's width out in the ``preferred`` proportions, no column below its minimum: a
    first start on a 1024 px screen narrows every column instead of squeezing the last one only."""
    widgets = [splitter.widget(i) for i in range(splitter.count())]
    handles = splitter.handleWidth() * (len(widgets) - 1)
    width = splitter.width() - handles
    minimums = [max(w.minimumWidth(), w.minimumSizeHint().width()) for w in widgets]
    if width <= sum(minimums):
        splitter.setSizes(minimums)
        return
    spare, wish = width - sum(minimums), [max(0, p - m) for p, m in zip(preferred, minimums)]
    share = min(1.0, spare / sum(wish)) if sum(wish) else 0.0
    sizes = [m + int(w * share) for m, w in zip(minimums, wish)]
    sizes[-1] += width - sum(sizes)  # what is left over goes to the results
    splitter.setSizes(sizes)
