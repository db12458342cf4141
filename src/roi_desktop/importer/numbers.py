"""Numbers written the way spreadsheets export them: decimal comma or point; thousands grouped by a
space, a non-breaking or narrow non-breaking space, or a dot or comma where that cannot be read as the
decimal mark. The decimal mark is decided once per file from the cells that show it (1 234,5 or 1.234,50
or 0,25), so "1,234" is read the same way in every column. Cells that stay ambiguous, and text, are
reported by cell, never guessed.

>>> import pandas as pd
>>> styles = decimal_evidence([pd.Series(["1 234,5", "12"])])
>>> parse_numbers(pd.Series(["1\\u00a0234,5", "-7", "", "1,2,3"]), styles)[0].tolist()[:2]
[1234.5, -7.0]
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd

SPACES = r"[\s\u00a0\u202f\u2009\u2007']"
CURRENCY = r"(?i)^(?:zł|zl|pln|eur|usd|gbp|€|\$|£)|(?:zł|zl|pln|eur|usd|gbp|€|\$|£)$"
MINUS = "\u2212"

AMBIGUOUS, NOT_A_NUMBER = "ambiguous", "not_a_number"


def _clean(series: pd.Series) -> pd.Series:
    s = series.astype("string").str.replace(SPACES, "", regex=True)
    s = s.str.replace(CURRENCY, "", regex=True).str.replace(MINUS, "-", regex=False)
    return s


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


_GROUPS = {m: re.compile(rf"\d{{1,3}}(?:{re.escape(m)}\d{{3}})+") for m in (",", ".")}
_GROUPED = {d: re.compile(rf"\d{{1,3}}(?:{re.escape(t)}\d{{3}})+{re.escape(d)}\d+")
            for d, t in ((",", "."), (".", ","))}


def decimal_evidence(columns: list[pd.Series]) -> Counter:
    """How many cells across ``columns`` show each decimal mark."""
    votes: Counter = Counter()
    for series in columns:
        texts = series[series.map(lambda v: isinstance(v, str))]
        for cell in _clean(texts).dropna().unique():
            mark = _evidence(cell)
            if mark:
                votes[mark] += 1
    return votes


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


def parse_numbers(series: pd.Series, votes: Counter) -> tuple[pd.Series, pd.Series]:
    """(values as float with NaN for empty or bad cells, codes for bad cells: "" when fine or empty).

    Numbers already stored as numbers (Excel cells) are kept as they are."""
    decimal = file_decimal_mark(votes)
    out = pd.Series(np.nan, index=series.index, dtype=float)
    codes = pd.Series("", index=series.index, dtype=object)
    is_number = series.map(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool))
    out[is_number] = series[is_number].astype(float)
    texts = series[series.map(lambda v: isinstance(v, str))]
    if texts.empty:
        return out, codes
    cleaned = _clean(texts)
    filled = cleaned.fillna("") != ""
    pattern, thousands = _pattern(decimal)
    ok = cleaned.str.fullmatch(pattern).fillna(False).astype(bool) & filled
    if decimal is None:  # no cell shows the decimal mark: "1,234" or "1.234" cannot be read safely
        ambiguous = filled & ~ok & cleaned.str.fullmatch(r"[+-]?\d{1,3}(?:[.,]\d{3})+").fillna(False).astype(bool)
        normal = cleaned[ok]
    else:
        ambiguous = pd.Series(False, index=texts.index)
        normal = cleaned[ok].str.replace(thousands, "", regex=False).str.replace(decimal, ".", regex=False)
    out[normal.index] = pd.to_numeric(normal, errors="coerce").astype(float)
    codes[texts.index[ambiguous.to_numpy()]] = AMBIGUOUS
    codes[texts.index[(filled & ~ok & ~ambiguous).to_numpy()]] = NOT_A_NUMBER
    infinite = ~np.isfinite(out) & out.notna()
    codes[infinite] = NOT_A_NUMBER
    out[infinite] = np.nan
    return out, codes
