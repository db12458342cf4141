"""One catalogue of words per language for everything a user reads outside Qt widgets.

The PDF report, the leave-behind, the deck, the workbook, the command line and the risk sentences
all take their words from here; the core speaks in codes and numbers only. Each area of the product
has one module here holding its words in both languages side by side (``EN`` and ``PL`` dicts with the
same keys; a test checks it, and that no key appears in two areas); values are ``str.format``
templates. Values are inserted as given: callers escape user text and format numbers before passing them.

>>> words("pl")("cut")
'cięcie'
>>> words("en")("year_n", n=2)
'Year 2'
>>> text("pl", "years_count", n=22)
'22 lata'
"""

from __future__ import annotations

from types import ModuleType

from . import common, deck, fields, importer, method, queue, tracking, report, risk, story, validation, verdict, workbook
from .grammar import plural_form

LANGUAGES = ("en", "pl")
AREAS: tuple[ModuleType, ...] = (common, fields, report, risk, story, validation, verdict, workbook, queue, importer, tracking, deck, method)


def _merged(lang: str) -> dict[str, str | tuple[str, ...]]:
    merged: dict[str, str | tuple[str, ...]] = {}
    for area in AREAS:
        table = getattr(area, lang.upper())
        clash = merged.keys() & table.keys()
        if clash:
            raise KeyError(f"words defined twice ({area.__name__}): {', '.join(sorted(clash))}")
        merged.update(table)
    return merged


_CATALOGUES: dict[str, dict[str, str | tuple[str, ...]]] = {lang: _merged(lang) for lang in LANGUAGES}


class Words:
    """The words of one language: ``w(key, **values)``; a ``{n|...}`` plural key picks its form by ``n``."""

    def __init__(self, lang: str):
        if lang not in _CATALOGUES:
            raise KeyError(f"no catalogue for language {lang!r}; known: {', '.join(LANGUAGES)}")
        self.lang = lang
        self._words = _CATALOGUES[lang]

    def __call__(self, key: str, **values: object) -> str:
        template = self._words[key]
        if isinstance(template, tuple):  # plural forms, chosen by the value "n"
            count = values["n"]
            assert isinstance(count, (int, float)), "a plural needs the number n"
            template = template[min(plural_form(self.lang, count), len(template) - 1)]
        return template.format(**values) if values else template

    def __contains__(self, key: str) -> bool:
        return key in self._words

    def keys(self) -> set[str]:
        return set(self._words)


def words(lang: str) -> Words:
    """The catalogue of ``lang`` ("en" or "pl")."""
    return Words(lang)


def text(lang: str, key: str, **values: object) -> str:
    """One phrase: ``text(lang, key, **values)`` is ``words(lang)(key, **values)``."""
    return Words(lang)(key, **values)


__all__ = ["LANGUAGES", "Words", "plural_form", "text", "words"]
