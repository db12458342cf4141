"""The desktop app's saved settings (QSettings) read by the command line without loading Qt.

On Linux QSettings keeps them in an INI file, ``$XDG_CONFIG_HOME/roi-desktop/roi-desktop.conf``
(``~/.config`` by default), in Qt's own INI dialect: values quoted when they hold commas or edge spaces,
C-style escapes (``\\n``, ``\\x1f``...), UTF-8 text, a leading ``@`` doubled, section and key names
percent-encoded. :func:`read_ini_value` follows Qt's reader (``QSettingsPrivate::iniUnescapedStringList``
and ``stringToVariant``), so the export reads what the app wrote without importing PySide6 (0.2 s of
the command's start). Elsewhere (Windows registry, macOS property lists) QSettings itself is asked.

>>> read_ini_value(b'"Doradztwo \\xc5\\xbb\\xc3\\xb3\\xc5\\x82\\xc4\\x87, sp. z o.o."')
'Doradztwo Żółć, sp. z o.o.'
>>> read_ini_value(b'a\\\\x1\\\\x62\\\\a')
'a\\x01b\\x07'
>>> read_ini_value(b'"@@at"')
'@at'
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", '"': '"', "?": "?",
            "'": "'", "\\": "\\"}
_HEX = "0123456789abcdefABCDEF"
_OCT = "01234567"


def read_ini_value(raw: bytes) -> str | list[str]:
    """One value as Qt's INI reader gives it: a string, or a list of strings when unquoted commas
    separate it (how Qt stores a QStringList)."""
    text = raw.decode("utf-8", "replace")
    parts: list[str] = []
    current = ""
    in_quotes = quoted = is_list = False
    keep = 0  # characters of ``current`` that trailing-space trimming must not touch (escaped ones)
    i, n = 0, len(text)

    def skip_spaces(at: int) -> int:
        while at < n and text[at] in " \t":
            at += 1
        return at

    def trimmed() -> str:
        return current if quoted else current[:keep] + current[keep:].rstrip(" \t")

    i = skip_spaces(i)
    while i < n:
        ch = text[i]
        if ch == "\\":
            if i + 1 >= n:
                break
            ch, i = text[i + 1], i + 2
            if ch in _ESCAPES:
                current += _ESCAPES[ch]
            elif (ch == "x" and i < n and text[i] in _HEX) or ch in _OCT:
                digits, base, value = (_HEX, 16, 0) if ch == "x" else (_OCT, 8, int(ch))
                while i < n and text[i] in digits:
                    value = (value * base + int(text[i], base)) & 0xFFFF
                    i += 1
                current += chr(value)
            elif ch in "\r\n" and i < n and text[i] in "\r\n" and text[i] != ch:
                i += 1  # an escaped line end (\r\n or \n\r) is skipped; so is any other escaped character
            keep = len(current)
        elif ch == '"':
            i += 1
            quoted = True
            in_quotes = not in_quotes
            if not in_quotes:
                i = skip_spaces(i)
                keep = len(current)
        elif ch == "," and not in_quotes:
            parts.append(trimmed())
            current, quoted, is_list, keep = "", False, True, 0
            i = skip_spaces(i + 1)
        else:
            j = i + 1
            while j < n and text[j] not in '\\",':
                j += 1
            current += text[i:j]
            i = j
    last = trimmed()
    if is_list:
        return parts + [last]
    return _string_value(last)


def _string_value(value: str) -> str:
    """Qt's ``stringToVariant`` for the strings this app stores: ``@@x`` is ``@x``, ``@String(x)`` is x;
    other ``@`` forms (byte arrays, variants) are not text and read as empty."""
    if not value.startswith("@"):
        return value
    if value.startswith("@@"):
        return value[1:]
    if value.startswith("@String(") and value.endswith(")"):
        return value[len("@String("):-1]
    return ""


def _unescape_name(name: str) -> str:
    """A section or key name as Qt percent-encodes it (``%20``, ``%U0105``); ``\\`` stands for ``/``."""
    def one(match: re.Match[str]) -> str:
        code = match.group(1) or match.group(2)
        return chr(int(code, 16))

    return re.sub(r"%U([0-9A-Fa-f]{4})|%([0-9A-Fa-f]{2})", one, name).replace("\\", "/")


def read_ini_file(path: Path) -> dict[str, str | list[str]]:
    """Every ``section/key`` of a QSettings INI file (keys of ``[General]`` without a section)."""
    values: dict[str, str | list[str]] = {}
    section = ""
    pending = b""
    for line in path.read_bytes().splitlines():
        line = pending + line
        if (len(line) - len(line.rstrip(b"\\"))) % 2:  # an odd backslash at the end continues the line
            pending = line[:-1]
            continue
        pending = b""
        stripped = line.strip()
        if not stripped or stripped[:1] in (b";", b"#"):
            continue
        if stripped.startswith(b"[") and b"]" in stripped:
            name = stripped[1:stripped.index(b"]")].decode("utf-8", "replace")
            # [General] holds the keys without a section; a section really called General is [%General]
            section = "" if name.lower() == "general" else name[1:] if name.lower() == "%general" \
                else _unescape_name(name)
            continue
        key, sep, raw = line.partition(b"=")
        if not sep:
            continue
        name = _unescape_name(key.strip().decode("utf-8", "replace"))
        values[f"{section}/{name}" if section else name] = read_ini_value(raw)
    return values


def linux_settings_files(organisation: str, application: str) -> list[Path]:
    """The files QSettings(organisation, application) reads on Linux, first found first: the user's
    application file, the user's organisation file, then the system-wide ones ($XDG_CONFIG_DIRS)."""
    home = os.environ.get("XDG_CONFIG_HOME") or ""
    user = Path(home) if os.path.isabs(home) else Path.home() / ".config"
    system = [Path(d) for d in (os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":") if os.path.isabs(d)]
    folders = [user] + system
    return [f for folder in folders for f in (folder / organisation / f"{application}.conf",
                                               folder / f"{organisation}.conf")]


def saved_values(organisation: str, application: str, keys: Iterable[str]) -> dict[str, str]:
    """The saved text of each key ("" when not set or unreadable), as ``str(QSettings.value(key))``
    gives it to the app."""
    keys = list(keys)
    if not sys.platform.startswith("linux"):
        return _qt_values(organisation, application, keys)
    found: dict[str, str] = {}
    for path in linux_settings_files(organisation, application):
        try:
            stored = read_ini_file(path) if path.is_file() else {}
        except OSError:
            continue
        for key in keys:
            if key not in found and key in stored:
                value = stored[key]
                found[key] = value if isinstance(value, str) else str(value)
    return {key: found.get(key, "") for key in keys}


def _qt_values(organisation: str, application: str, keys: list[str]) -> dict[str, str]:
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        return dict.fromkeys(keys, "")
    settings = QSettings(organisation, application)
    values = {key: settings.value(key, "") for key in keys}
    return {key: "" if value is None else str(value) for key, value in values.items()}
