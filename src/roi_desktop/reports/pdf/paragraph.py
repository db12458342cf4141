"""The report's Paragraph: reportlab's, doing less of the same work twice (the same PDF, faster).

A report is mostly table cells of plain text (a figure, a label): about 1,200 Paragraphs, 97 % without
markup. reportlab parses each one with its HTML parser, and wraps each table cell two or three times
at the same width (the table measures its rows, the frame measures the table, the table draws).
This class

- skips the parser for text without markup (no ``<``, ``>`` or ``&``): the fragment the parser would
  make is a copy of the style's fragment (parsed once per style, from a sample text) holding the text;
- answers a repeated ``wrap`` at the width of the last one from that wrap, as long as reportlab has not
  dropped the line breaking since (``split`` does when it moves a paragraph on).

Both give reportlab exactly the objects it would have made itself; tests/test_pdf_paragraph.py holds
the fragments and the wrapped lines to the parser's, and the whole report to its PDF bytes.
"""

from __future__ import annotations

import copy

from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paraparser import ParaParser

_MARKUP = frozenset("<>&")
_SAMPLE = "x"  # any plain text: the parser's fragment for it is the style's fragment
_style_fragments: dict[int, tuple[object, object]] = {}  # id(style) -> (style, its fragment)


def _style_fragment(style):
    """The fragment reportlab's parser makes for plain text in ``style`` (None when it makes anything
    else), parsed once per style object."""
    known = _style_fragments.get(id(style))
    if known is not None and known[0] is style:
        return known[1]
    parser = ParaParser()
    parsed_style, frags, bullet_frags = parser.parse(_SAMPLE, style)
    fragment = None
    if parsed_style is style and frags is not None and len(frags) == 1 and not bullet_frags \
            and getattr(frags[0], "text", None) == _SAMPLE:
        fragment = frags[0]
    _style_fragments[id(style)] = (style, fragment)  # the style is kept alive: its id is not reused
    return fragment


def plain_fragments(text: str, style) -> list | None:
    """The parser's fragments for ``text`` (already cleaned) in ``style``, made without the parser;
    None when the text needs the parser (markup, entities, empty) or the style changes text."""
    if not text or not _MARKUP.isdisjoint(text) or getattr(style, "textTransform", None):
        return None
    fragment = _style_fragment(style)
    if fragment is None:
        return None
    made = copy.copy(fragment)
    made.text = text
    made.link = []  # the parser gives every paragraph lists of its own
    made.us_lines = []
    return [made]


class Paragraph(rl_paragraph.Paragraph):
    """reportlab's Paragraph with a parser shortcut for plain text and a repeated wrap remembered."""

    _wrapped: tuple | None = None  # (width, frags, blPara, result) of the last wrap

    def _setup(self, text, style, bulletText, frags, cleaner):
        if frags is None and isinstance(text, str):
            cleaned = cleaner(text)
            frags = plain_fragments(cleaned, style)
            if frags is not None:
                text = cleaned  # what reportlab keeps after parsing
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, availWidth, availHeight):
        last = self._wrapped
        if last is not None and last[0] == availWidth and last[1] is self.frags \
                and getattr(self, "blPara", None) is last[2]:
            self.width, self.height = last[3]
            return last[3]
        result = super().wrap(availWidth, availHeight)
        blPara = getattr(self, "blPara", None)
        self._wrapped = (availWidth, self.frags, blPara, result) if blPara is not None else None
        return result
