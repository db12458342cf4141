"""Parse and format the numbers people type, in the units they say them.

The file stores fractions (0.18); people type percentages (18 %). Money has thousands separators.
Both "18,5" and "18.5" mean eighteen and a half; "1 234 567", "1,234,567" and "1.234.567" all mean
the same million. Suffixes k/m/bn and tys./mln/mld multiply.

>>> parse_number("18,5", "pl"), parse_number("18.5", "pl"), parse_number("1 234 567", "pl")
(18.5, 18.5, 1234567.0)
>>> parse_number("1,234,567", "en"), parse_number("1.234.567,5", "pl"), parse_number("2,5 mln", "pl")
(1234567.0, 1234567.5, 2500000.0)
>>> parse_number("−3", "en"), parse_number("12 %", "pl"), parse_number("1,234", "en"), parse_number("1,234", "pl")
(-3.0, 12.0, 1234.0, 1.234)
>>> to_display(0.18, "fraction"), from_display(18.5, "fraction")
(18.0, 0.185)
>>> format_input(1234567.0, "money", "pl"), format_input(0.185, "fraction", "en")
('1\\xa0234\\xa0567', '18.5')
"""

from __future__ import annotations

import math
import re

from roi_desktop.reports.numbers import number

_MULTIPLIERS = {
    "k": 1e3, "tys": 1e3, "tys.": 1e3, "thousand": 1e3,
    "m": 1e6, "mln": 1e6, "mn": 1e6, "million": 1e6,
    "bn": 1e9, "mld": 1e9, "b": 1e9, "billion": 1e9,
}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_UNIT_WORDS = re.compile(r"(%|p\.p\.|pp|zł|zl|pln|eur|usd|gbp|€|\$|£)", re.IGNORECASE)
_GROUPED_COMMA = re.compile(r"^\d{1,3}(,\d{3})+$")
_SPACED_DIGITS = re.compile(r"\d[\s\u00a0\u202f]+\d")
_SPACE_GROUPED = re.compile(r"^[+-]?\d{1,3}([\s\u00a0\u202f]\d{3})+([.,]\d*)?$")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)$")


class ParseError(ValueError):
    """The text is not a number."""


def parse_number(text: str, lang: str) -> float:
    """The number in ``text`` (display units). Raises ParseError when it is not a number."""
    raw = text.strip().replace("\u2212", "-").replace("\u2013", "-")
    if not raw:
        raise ParseError("empty")
    body = _UNIT_WORDS.sub("", raw.lower()).strip()
    multiplier = 1.0
    match = re.search(r"([a-z.]+)$", body)
    if match and match.group(1) in _MULTIPLIERS:
        multiplier = _MULTIPLIERS[match.group(1)]
        body = body[: match.start()].strip()
    if _SPACED_DIGITS.search(body) and not _SPACE_GROUPED.match(body):
        raise ParseError(text)  # "1 2,3": spaces are only for thousands
    body = _SPACES.sub("", body)
    sign = ""
    if body and body[0] in "+-":
        sign, body = body[0], body[1:]
    body = _normalise_separators(body, lang)
    candidate = sign + body
    if not _NUMBER.match(candidate):
        raise ParseError(text)
    value = float(candidate) * multiplier
    if not math.isfinite(value):
        raise ParseError(text)
    return value


def _normalise_separators(body: str, lang: str) -> str:
    """Make ``body`` use '.' as the decimal mark and no grouping."""
    has_comma, has_dot = "," in body, "." in body
    if has_comma and has_dot:
        decimal = "," if body.rfind(",") > body.rfind(".") else "."
        group = "." if decimal == "," else ","
        return body.replace(group, "").replace(decimal, ".")
    if has_comma:
        if body.count(",") > 1 or (lang != "pl" and _GROUPED_COMMA.match(body)):
            return body.replace(",", "")
        return body.replace(",", ".")
    if has_dot and body.count(".") > 1:
        return body.replace(".", "")
    return body


def to_display(value: float, unit: str) -> float:
    """File units to the units people type: fractions become percentages."""
    return value * 100.0 if unit == "fraction" else value


def from_display(value: float, unit: str) -> float:
    """The units people type back to file units. Rounds away float noise from the x100."""
    if unit == "fraction":
        return round(value / 100.0, 12)
    return value


def _decimals(value: float, unit: str) -> int:
    if unit in ("months", "years"):
        return 0
    if unit == "money" or unit == "count":
        return 0 if float(value).is_integer() else 2
    for d in range(0, 6):
        if abs(round(value, d) - value) < 1e-9:
            return d
    return 6


def format_input(value: float | None, unit: str, lang: str) -> str:
    """How a stored value appears in its field: locale grouping and decimal mark, display units."""
    if value is None:
        return ""
    shown = to_display(float(value), unit)
    text = number(shown, lang, _decimals(shown, unit))
    return text.replace("\u2212", "-")
