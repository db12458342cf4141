"""Plural forms. English has two (1 year, 2 years); Polish three (1 rok, 2-4 lata, 5+ lat, 22 lata,
12-14 lat), chosen by the last digits of the number.

>>> [plural_form("pl", n) for n in (1, 2, 4, 5, 11, 12, 21, 22, 25, 112, 122)]
[0, 1, 1, 2, 2, 2, 2, 1, 2, 2, 1]
>>> [plural_form("en", n) for n in (0, 1, 2, 1.5)]
[1, 0, 1, 1]
>>> plural_form("pl", 1.5)   # "1,5 roku": a fourth form where a catalogue gives one, else the last
3
"""

from __future__ import annotations


def plural_form(lang: str, n: float) -> int:
    """Index of the plural form for ``n``: English (one, other), Polish (one, few, many, fraction).
    Callers clip the index to the forms a catalogue entry has."""
    if n != int(n):
        return 3 if lang == "pl" else 1
    n = abs(int(n))
    if lang == "pl":
        if n == 1:
            return 0
        if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
            return 1
        return 2
    return 0 if n == 1 else 1
