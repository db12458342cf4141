"""A table of contents laid out in one pass.

platypus' TableOfContents needs the whole document laid out twice (multiBuild). The report's
contents list has one line per section heading, known before layout, so its height is known too:
``ContentsPlaceholder`` reserves that space and records where it landed; while the pages are laid
out, ``Contents.add`` collects each heading's page; the page-counting canvas then draws the lines
(with dot leaders and links to the headings) into the reserved space when it writes the pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from . import fonts
from .styles import INK

LINE_HEIGHT = 15.5
FONT_SIZE = 10.0


@dataclass
class Contents:
    expected: int  # headings the story holds: the placeholder's height
    entries: list[tuple[str, int, str]] = field(default_factory=list)  # text, page, bookmark key
    page: int | None = None  # where the placeholder was drawn
    origin: tuple[float, float] = (0.0, 0.0)  # its top-left corner on that page
    width: float = 0.0

    def add(self, text: str, page: int, key: str) -> None:
        self.entries.append((text, page, key))

    def draw(self, canv) -> None:
        """Draw the lines on the current page of ``canv`` (called for the placeholder's page)."""
        x, top = self.origin
        canv.saveState()
        canv.setFillColor(INK)
        for i, (text, page, key) in enumerate(self.entries[: self.expected]):
            y = top - (i + 1) * LINE_HEIGHT + 4
            number = str(page)
            canv.setFont(fonts.REGULAR, FONT_SIZE)
            canv.drawString(x, y, text)  # text, leader, number: also the order a text extractor reads
            start = x + stringWidth(text, fonts.REGULAR, FONT_SIZE) + 6
            end = x + self.width - stringWidth(number, fonts.REGULAR, FONT_SIZE) - 6
            dot = stringWidth(". ", fonts.REGULAR, FONT_SIZE)
            if end - start > dot:
                canv.drawRightString(end, y, ". " * int((end - start) // dot))
            canv.drawRightString(x + self.width, y, number)
            canv.linkRect("", key, (x, y - 3, x + self.width, y + FONT_SIZE), relative=0, thickness=0)
        canv.restoreState()


class ContentsPlaceholder(Flowable):
    """Reserves the contents' space and tells ``contents`` where it is."""

    def __init__(self, contents: Contents):
        super().__init__()
        self.contents = contents

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, self.contents.expected * LINE_HEIGHT

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, self.contents.expected * LINE_HEIGHT)
        self.contents.page = self.canv.getPageNumber()
        self.contents.origin = (x, y)
        self.contents.width = self.width
