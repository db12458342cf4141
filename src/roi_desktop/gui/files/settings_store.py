"""The app's settings, kept with QSettings: who the consultant is, languages, currency, recent files,
window layout. Tests point QSettings at a temporary folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

MAX_RECENT = 8


def default_ui_language() -> str:
    return "pl" if QLocale.system().language() == QLocale.Polish else "en"


class AppSettings:
    def __init__(self, settings: QSettings | None = None):
        self.qs = settings or QSettings()

    def _get(self, key: str, default: str = "") -> str:
        value = self.qs.value(key, default)
        return default if value is None else str(value)

    def _set(self, key: str, value) -> None:
        self.qs.setValue(key, value)

    consultant = property(lambda self: self._get("consultant/name"), lambda self, v: self._set("consultant/name", v))
    company = property(lambda self: self._get("consultant/company"), lambda self, v: self._set("consultant/company", v))
    contact = property(lambda self: self._get("consultant/contact"), lambda self, v: self._set("consultant/contact", v))
    deck_template = property(lambda self: self._get("reports/deck_template"),
                             lambda self, v: self._set("reports/deck_template", v))
    logo_path = property(lambda self: self._get("consultant/logo"), lambda self, v: self._set("consultant/logo", v))
    default_currency = property(lambda self: self._get("defaults/currency", "PLN"),
                                lambda self, v: self._set("defaults/currency", v))
    report_language = property(lambda self: self._get("defaults/report_language", self.ui_language),
                               lambda self, v: self._set("defaults/report_language", v))

    @property
    def ui_language(self) -> str:
        value = self._get("ui/language", "")
        return value if value in ("pl", "en") else default_ui_language()

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        self._set("ui/language", value)

    @property
    def recent_files(self) -> list[str]:
        value = self.qs.value("documents/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value or []]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files if f != path]
        self._set("documents/recent", files[:MAX_RECENT])

    def remove_recent(self, path: str | Path) -> None:
        gone = {str(path), str(Path(path).resolve())}
        self._set("documents/recent", [f for f in self.recent_files if f not in gone])

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._set("window/geometry", geometry)
        self._set("window/state", state)

    def window_geometry(self) -> QByteArray | None:
        value = self.qs.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self.qs.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def export_kinds(self) -> list[str]:
        """What File > Export… wrote last time (pdf, xlsx, pptx, summary_pdf)."""
        value = self.qs.value("export/kinds", ["pdf", "xlsx"])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value or []]

    @export_kinds.setter
    def export_kinds(self, kinds: list[str]) -> None:
        self._set("export/kinds", list(kinds))

    def sync(self) -> None:
        self.qs.sync()
