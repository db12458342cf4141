"""The command line reads the app's saved settings without Qt: whatever QSettings wrote (Qt's INI dialect,
the Linux native format), cli.saved_settings reads back the same text. Qt itself is the reference."""

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from roi_desktop.cli.saved_settings import linux_settings_files, read_ini_file, saved_values

# any text a consultant could type: every character except surrogates (not text) and NUL (Qt stops there)
typed = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
KEYS = ["consultant/company", "consultant/name", "consultant/contact"]


def write_with_qt(path, values: dict) -> None:
    qt = QSettings(str(path), QSettings.IniFormat)
    for key, value in values.items():
        qt.setValue(key, value)
    qt.sync()
    assert qt.status() == QSettings.NoError


@settings(max_examples=60, deadline=None)
@given(company=typed, name=typed, contact=typed)
def test_what_qt_writes_reads_back_the_same(tmp_path_factory, company, name, contact):
    path = tmp_path_factory.mktemp("qt") / "roi-desktop.conf"
    values = dict(zip(KEYS, (company, name, contact)))
    write_with_qt(path, values | {"ui/language": "pl", "documents/recent": ["/a, b/ż.roi", "/c.roi"]})
    read = read_ini_file(path)
    qt = QSettings(str(path), QSettings.IniFormat)
    for key in KEYS:
        assert read[key] == qt.value(key) == values[key]
    assert read["documents/recent"] == qt.value("documents/recent")


@pytest.mark.parametrize("value", ["Doradztwo Żółć, sp. z o.o.", "  spaces  ", "@Kowalski", "a\\b\"c\"", "x;y=z#",
                                   "line\nbreak\ttab\x01\x7f", "😀 ß €", "", "ends with \\"])
def test_hostile_values_in_odd_sections(tmp_path, value):
    path = tmp_path / "s.conf"
    keys = {"consultant/company": value, "General/odd": value, "sekcja ą/klucz ż": value, "top": value}
    write_with_qt(path, keys)
    read = read_ini_file(path)
    qt = QSettings(str(path), QSettings.IniFormat)
    for key in keys:
        assert read[key] == qt.value(key) == value, key


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the INI file is Qt's native format on Linux")
def test_the_file_qt_uses_for_the_app_is_the_one_read(tmp_path, monkeypatch):
    """QSettings(org, app) in the native format lands in $XDG_CONFIG_HOME/org/app.conf; the user's file wins
    over the system's (XDG_CONFIG_DIRS), and a missing key reads as empty."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "system"))
    files = linux_settings_files("roi-desktop", "roi-desktop")
    assert files[0] == tmp_path / "home" / "roi-desktop" / "roi-desktop.conf"
    write_with_qt(files[0], {"consultant/company": "Firma Żółć"})
    system = tmp_path / "system" / "roi-desktop" / "roi-desktop.conf"
    write_with_qt(system, {"consultant/company": "system", "consultant/name": "Jan Kowalski"})
    assert saved_values("roi-desktop", "roi-desktop", KEYS) == {
        "consultant/company": "Firma Żółć", "consultant/name": "Jan Kowalski", "consultant/contact": ""}


def test_no_settings_read_as_empty(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "none"))
    assert saved_values("roi-desktop", "roi-desktop", KEYS) == dict.fromkeys(KEYS, "")
