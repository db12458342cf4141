"""One catalogue of words per language for everything a user reads outside Qt widgets.

The PDF report, the leave-behind, the deck, the workbook, the command line and the risk sentences
all take their words from here; the core speaks in codes and numbers only. ``en.py`` and ``pl.py``
hold the same keys (a test checks it); values are ``str.format`` templates. Values are inserted as
given: callers escape user text and format numbers before passing them.

>>> words("pl")("cut")
'cięcie'
>>> words("en")("year_n", n=2)
'Year 2'
>>> text("pl", "years_count", n=22)
'22 lata'
"""

from __future__ import annotations

from . import en, pl
from .grammar import plural_form

LANGUAGES = ("en", "pl")
_CATALOGUES: dict[str, dict[str, str]] = {"en": en.WORDS, "pl": pl.WORDS}


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
            template = template[min(plural_form(self.lang, values["n"]), len(template) - 1)]
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
