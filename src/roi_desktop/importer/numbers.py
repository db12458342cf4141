"""Numbers written the way spreadsheets export them: decimal comma or point; thousands grouped by a
space, a non-breaking or narrow non-breaking space, or a dot or comma where that cannot be read as the
decimal mark. The decimal mark is decided once per file from the cells that show it (1 234,5 or 1.234,50
or 0,25), so "1,234" is read the same way in every column. Cells that stay ambiguous, and text, are
reported by cell, never guessed.

>>> import pandas as pd
>>> styles = decimal_evidence([cleaned_texts(pd.Series(["1 234,5", "12"]))])
>>> parse_numbers(pd.Series(["1\\u00a0234,5", "-7", "", "1,2,3"]), styles)[0].tolist()[:2]
[1234.5, -7.0]
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
import pandas as pd

SPACES = r"[\s\u00a0\u202f\u2009\u2007']"
CURRENCY = r"(?i)^(?:zł|zl|pln|eur|usd|gbp|€|\$|£)|(?:zł|zl|pln|eur|usd|gbp|€|\$|£)$"
MINUS = "\u2212"

AMBIGUOUS, NOT_A_NUMBER = "ambiguous", "not_a_number"


_SPACES, _CURRENCY = re.compile(SPACES), re.compile(CURRENCY)


_DROP = str.maketrans({c: None for c in " \t\n\r\u00a0\u202f\u2009\u2007'"} | {MINUS: "-"})


def _clean_one(text: str) -> str:
    text = text.translate(_DROP)
    if text and not (text[-1].isdigit() and text[0] in "0123456789+-.,"):
        text = _CURRENCY.sub("", _SPACES.sub("", text))
    return text


def cleaned_texts(series: pd.Series) -> dict[str, str]:
    """Each distinct text cell of a column -> the text without spaces, currency signs, Unicode minus."""
    return {v: _clean_one(v) for v in pd.unique(series.to_numpy(dtype=object)) if isinstance(v, str)}


def _evidence(cell: str) -> str | None:
    """The decimal mark a cleaned cell shows unambiguously ("," or "."), else None."""
    body = cell.lstrip("+-")
    for decimal, thousands in ((",", "."), (".", ",")):
        if decimal in body and thousands in body:
            if _GROUPED[decimal].fullmatch(body) and body.rfind(decimal) > body.rfind(thousands):
                return decimal
            continue
    for mark in (",", "."):
        if mark in body and ("," in body) != ("." in body):
            if body.count(mark) > 1:  # repeated: it groups thousands, if the groups say so
                return ("." if mark == "," else ",") if _GROUPS[mark].fullmatch(body) else None
            whole, _, frac = body.rpartition(mark)
            if not (whole.isdigit() or whole == "") or not frac.isdigit():
                return None
            if whole in ("", "0") or len(frac) != 3:
                return mark
    return None


_AMBIGUOUS = re.compile(r"[+-]?\d{1,3}(?:[.,]\d{3})+")
_GROUPS = {m: re.compile(rf"\d{{1,3}}(?:{re.escape(m)}\d{{3}})+") for m in (",", ".")}
_GROUPED = {d: re.compile(rf"\d{{1,3}}(?:{re.escape(t)}\d{{3}})+{re.escape(d)}\d+")
            for d, t in ((",", "."), (".", ","))}


def decimal_evidence(columns: list[dict[str, str]]) -> Counter:
    """How many distinct cells across the columns (``cleaned_texts`` of each) show each decimal mark."""
    votes: Counter = Counter()
    for cleaned in columns:
        seen = 0
        for cell in set(cleaned.values()):
            if "," not in cell and "." not in cell:
                continue
            mark = _evidence(cell)
            if mark:
                votes[mark] += 1
                seen += 1
                if seen >= EVIDENCE_PER_COLUMN:  # enough to decide; a cell written otherwise fails to parse
                    break
    return votes


EVIDENCE_PER_COLUMN = 500


def file_decimal_mark(votes: Counter) -> str | None:
    """The file's decimal mark when its cells agree (or nearly all do), else None."""
    if not votes:
        return None
    mark, count = votes.most_common(1)[0]
    return mark if count >= 0.9 * sum(votes.values()) else None


def _pattern(decimal: str | None) -> tuple[re.Pattern, str | None]:
    if decimal is None:  # no evidence: plain integers or "1234.5"-style only where unambiguous
        return re.compile(r"[+-]?\d+"), None
    thousands = "." if decimal == "," else ","
    t, d = re.escape(thousands), re.escape(decimal)
    return re.compile(rf"[+-]?(?:\d{{1,3}}(?:{t}\d{{3}})+|\d+)(?:{d}\d*)?|[+-]?{d}\d+"), thousands


def parse_numbers(series: pd.Series, votes: Counter, cleaned: dict[str, str] | None = None
                  ) -> tuple[pd.Series, pd.Series]:
    """(values as float with NaN for empty or bad cells, codes for bad cells: "" when fine or empty).

    Numbers already stored as numbers (Excel cells) are kept as they are. One pass over the column;
    each distinct text is parsed once."""
    decimal = file_decimal_mark(votes)
    cleaned = cleaned_texts(series) if cleaned is None else cleaned
    pattern, thousands = _pattern(decimal)
    parsed: dict[str, tuple[float, str]] = {}
    for text, c in cleaned.items():
        if not c:
            parsed[text] = (np.nan, "")
        elif pattern.fullmatch(c):
            number = float(c.replace(thousands, "").replace(decimal, ".") if decimal and thousands else c)
            parsed[text] = (number, "") if np.isfinite(number) else (np.nan, NOT_A_NUMBER)
        elif decimal is None and _AMBIGUOUS.fullmatch(c):
            parsed[text] = (np.nan, AMBIGUOUS)
        else:
            parsed[text] = (np.nan, NOT_A_NUMBER)
    empty = (np.nan, "")
    pairs = [parsed[v] if type(v) is str else _stored_number(v) if v is not None else empty
             for v in series.to_numpy(dtype=object)]
    values = np.fromiter((p[0] for p in pairs), dtype=float, count=len(pairs))
    codes = np.array([p[1] for p in pairs], dtype=object)
    return pd.Series(values, index=series.index), pd.Series(codes, index=series.index)


def _stored_number(v: object) -> tuple[float, str]:
    """A cell Excel stored as a number (or a date, or anything else that is not text)."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        try:
            number = float(v)  # math.isfinite: np.isfinite costs microseconds on a Python number
        except OverflowError:  # an integer beyond float
            return (np.nan, NOT_A_NUMBER)
        return (number, "") if math.isfinite(number) else (np.nan, NOT_A_NUMBER)
    if isinstance(v, str):
        return (np.nan, "")
    return (np.nan, NOT_A_NUMBER)
