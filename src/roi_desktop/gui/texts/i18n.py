"""Install the UI language at runtime: roi-desktop's own translations and Qt's (dialogs, buttons)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from roi_desktop.resources import resource_path

LANGUAGES = ("en", "pl")
_installed: list[QTranslator] = []


def fill(template: str, *values: object) -> str:
    """Put values into a translated template's %1, %2, ... in one pass, so a value that itself
    contains "%3" (a scenario named "CRM %3 upgrade") is never filled in again.

    >>> fill("%1 costs %2", "CRM %2", "5 zł")
    'CRM %2 costs 5 zł'
    """
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), template)


def translations_dir() -> Path:
    """Where the .qm files are: the one resource lookup that works in the source tree, an installed
    wheel and the PyInstaller bundle alike."""
    try:
        return resource_path("translations")
    except FileNotFoundError:
        return Path(__file__).resolve().parents[3] / "resources" / "translations"  # absent: English only


def install_language(lang: str) -> bool:
    """Replace the installed translators with ``lang``'s; True when roi-desktop's own file loaded.
    Installing sends a LanguageChange event to every widget, which retranslates itself."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Polish if lang == "pl" else QLocale.English,
                               QLocale.Poland if lang == "pl" else QLocale.UnitedKingdom))
    loaded = False
    own = QTranslator(app)
    if own.load(str(translations_dir() / f"roi_desktop_{lang}.qm")):
        app.installTranslator(own)
        _installed.append(own)
        loaded = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    for name in (f"qtbase_{lang}", f"qt_{lang}"):
        qt = QTranslator(app)
        if qt.load(name, qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    return loaded
