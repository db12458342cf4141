"""Numbers, money, percentages and dates formatted for a report language (pl or en).

Polish: comma decimals, space grouping, the currency after the number (1 234 567,89 zł).
English: dot decimals, comma grouping, the symbol before the number (€1,234,567.89).
Grouping uses a no-break space in Polish so a figure never wraps across lines.

>>> money(1234567.891, "PLN", "pl", decimals=2)
'1\\xa0234\\xa0567,89\\xa0zł'
>>> money(-1234567, "EUR", "en")
'−€1,234,567'
>>> percent(0.1834, "pl")
'18,3\\xa0%'
"""

from __future__ import annotations

import datetime as _dt
import math

from roi_desktop.reports.words import text

NBSP = "\u00a0"
MINUS = "\u2212"
_SYMBOLS_EN = {"EUR": "€", "USD": "$", "GBP": "£", "PLN": "PLN "}
_SYMBOLS_PL = {"PLN": "zł", "EUR": "€", "USD": "USD", "GBP": "GBP"}


def number(x: float | None, lang: str, decimals: int = 0) -> str:
    """A plain number with the language's grouping and decimal mark; '−' for negatives."""
    if x is None or not math.isfinite(x):
        return "—"
    text = f"{abs(x):,.{decimals}f}"
    if round(abs(x), decimals) == 0:
        x = 0.0
    if lang == "pl":
        text = text.replace(",", NBSP).replace(".", ",")
        # Polish style leaves four-digit numbers ungrouped (1234, not 1 234)
        if abs(x) < 10_000 and decimals == 0:
            text = text.replace(NBSP, "")
    return (MINUS if x < 0 else "") + text


def currency_symbol(currency: str, lang: str) -> str:
    """The currency as ``money`` writes it: 'zł' in Polish, '€' for EUR, else the code.

    >>> currency_symbol("PLN", "pl"), currency_symbol("EUR", "en"), currency_symbol("PLN", "en")
    ('zł', '€', 'PLN')
    """
    table = _SYMBOLS_PL if lang == "pl" else _SYMBOLS_EN
    return table.get(currency, currency).strip()


def money(x: float | None, currency: str, lang: str, decimals: int = 0) -> str:
    if x is None or not math.isfinite(x):
        return "—"
    return _with_currency(MINUS if round(x, decimals) < 0 else "", number(abs(x), lang, decimals), "",
                          currency, lang)


def _with_currency(sign: str, body: str, unit: str, currency: str, lang: str) -> str:
    """Polish puts the currency after the amount (1,2 mln zł), English a symbol before it (€1.2m)."""
    if lang == "pl":
        return f"{sign}{body}{NBSP}{unit + NBSP if unit else ''}{_SYMBOLS_PL.get(currency, currency)}"
    symbol = _SYMBOLS_EN.get(currency)
    if symbol is None:
        return f"{sign}{currency}{NBSP}{body}{unit}"
    return f"{sign}{symbol.replace(' ', NBSP)}{body}{unit}"


def money_short(x: float | None, currency: str, lang: str) -> str:
    """Rounded to thousands or millions in words, for headlines: '1,2 mln zł', '€3.4m'."""
    if x is None or not math.isfinite(x):
        return "—"
    a = abs(x)
    if a >= 1e9:
        value, unit = x / 1e9, text(lang, "number.billions")
    elif a >= 1e6:
        value, unit = x / 1e6, text(lang, "number.millions")
    elif a >= 1e4:
        value, unit = x / 1e3, text(lang, "number.thousands")
    else:
        return money(x, currency, lang)
    return _with_currency(MINUS if value < 0 else "", number(abs(value), lang, 1), unit, currency, lang)


def percent(x: float | None, lang: str, decimals: int = 1) -> str:
    """A fraction as a percentage: 0.183 -> '18.3%' (en) or '18,3 %' (pl)."""
    if x is None or not math.isfinite(x):
        return "—"
    body = number(x * 100.0, lang, decimals)
    return f"{body}{NBSP}%" if lang == "pl" else f"{body}%"


def pp(x: float | None, lang: str, decimals: int = 1) -> str:
    """Percentage points with a sign: '+1.5 pp' (en), '+1,5 p.p.' (pl)."""
    if x is None or not math.isfinite(x):
        return "—"
    body = number(abs(x), lang, decimals)
    sign = "+" if round(x, decimals) > 0 else (MINUS if round(x, decimals) < 0 else "")
    return f"{sign}{body}{NBSP}{text(lang, 'number.pp')}"


def date(d: _dt.date, lang: str) -> str:
    """25 listopada 2026 (pl), 25 November 2026 (en).

    >>> date(_dt.date(2026, 11, 25), "pl"), date(_dt.date(2026, 11, 25), "en")
    ('25 listopada 2026', '25 November 2026')
    """
    month = str(text(lang, "date.months")).split()[d.month - 1]
    return text(lang, "date.day_month_year", day=d.day, month=month, year=d.year)
