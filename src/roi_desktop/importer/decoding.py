"""Bytes of a text table to rows of cells: the encoding (UTF-8 with or without BOM, UTF-16 as Excel's
"Unicode text", Windows-1250) and the delimiter (semicolon, comma or tab) are recognised, not asked for.

>>> decode_text("Miesiąc;Klienci".encode("cp1250"))
('Miesiąc;Klienci', 'windows-1250')
>>> guess_delimiter("a;b;c\\n1;2,5;3\\n")
';'
"""

from __future__ import annotations

import codecs
import csv
import io
import re

DELIMITERS = (";", "\t", ",")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class NotText(ValueError):
    """The bytes are not a text table (binary, or an encoding we do not read)."""


def decode_text(raw: bytes) -> tuple[str, str]:
    """The text and the name of its encoding. Raises NotText for binary data."""
    if raw.startswith(codecs.BOM_UTF8):
        text, name = raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, name = _utf16(raw, "utf-16"), "utf-16"
    elif len(raw) >= 4 and raw[1::2].count(0) > 0.4 * (len(raw) // 2) and raw[0] != 0:
        text, name = _utf16(raw, "utf-16-le"), "utf-16-le"
    elif len(raw) >= 4 and raw[0::2].count(0) > 0.4 * (len(raw) // 2):
        text, name = _utf16(raw, "utf-16-be"), "utf-16-be"
    else:
        try:
            text, name = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, name = raw.decode("cp1250"), "windows-1250"
            except UnicodeDecodeError:
                raise NotText("not text in UTF-8, UTF-16 or Windows-1250") from None
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise NotText("binary data")
    return text, name


def _utf16(raw: bytes, codec: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        raise NotText("broken UTF-16 text") from None


def guess_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most equal, widest rows (outside quotes)."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ",", -1.0
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        wide = [c for c in counts if c > 1]
        if not wide:
            continue
        most = max(set(wide), key=wide.count)
        score = wide.count(most) * most
        if score > best_score:
            best, best_score = delimiter, score
    return best


def text_rows(text: str, delimiter: str) -> list[list[str]]:
    """All rows; cells keep their text (quotes removed). Blank trailing rows are dropped."""
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return rows


DELIMITER_NAMES = {";": "semicolon", ",": "comma", "\t": "tab"}
