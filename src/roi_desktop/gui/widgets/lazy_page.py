"""A page (a tab) whose content is built the first time it is opened, not when the window starts: the
window opens sooner and a tab nobody opens costs nothing (its modules are not even imported).

``add_lazy_tab(tabs, title, build)`` adds such a page to a QTabWidget. The content is built when the page
becomes the tab widget's current page (the user chose the tab) or when it is shown, whichever comes first;
``page.content`` is None until then and ``page.built`` is emitted with the content once it exists. A window
rebuilt in another language makes new, unbuilt pages: their titles are in the new language and their
content will be built in it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyPage(QWidget):
    built = Signal(object)  # the content, once built

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._build = build
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> QWidget:
        """The content, built now if it was not yet."""
        if self.content is None:
            self.content = self._build()
            self.layout().addWidget(self.content)
            if self.isVisible():
                self.content.show()  # at once, not on the next turn of the event loop
            self.built.emit(self.content)
        return self.content

    def showEvent(self, event) -> None:
        self.ensure_built()
        super().showEvent(event)


def add_lazy_tab(tabs: QTabWidget, title: str, build: Callable[[], QWidget]) -> LazyPage:
    """A tab titled ``title`` whose content ``build()`` makes the first time the tab is chosen or shown."""
    page = LazyPage(build)
    tabs.addTab(page, title)

    def chosen(_index: int) -> None:
        if tabs.currentWidget() is page:
            page.ensure_built()

    tabs.currentChanged.connect(chosen)
    return page
