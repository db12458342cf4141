"""Column headers in Polish or English, matched without regard to case, accents or units in brackets.

>>> fold("  Koszt OBSŁUGI [zł] ")
'koszt obslugi'
>>> match_field("Nowi klienci", HISTORY_COLUMNS), match_field("Klienci na koniec miesiąca", HISTORY_COLUMNS)
('won', 'customers')
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_FOLD = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "ß": "ss"})


def fold(text: str) -> str:
    """Lower case, no accents (ł -> l), units in brackets and punctuation dropped, single spaces."""
    text = unicodedata.normalize("NFKD", str(text).translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[\(\[].*?[\)\]]", " ", text)
    text = re.sub(r"[^\w\s.\-/']", " ", text).replace("_", " ")
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class ColumnSpec:
    """A column a table is expected to have: its field name, what it holds ("month" or "number"),
    whether it must be there, and the headers that name it (folded)."""

    name: str
    kind: str
    required: bool
    headers: tuple[str, ...]


HISTORY_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("month", "month", True, ("miesiac", "month", "okres", "period", "data", "date", "m-c", "mc",
                                        "miesiac rozliczeniowy", "rok miesiac", "year month")),
    ColumnSpec("customers", "number", True, (
        "klienci", "liczba klientow", "klienci na koniec miesiaca", "aktywni klienci", "klienci aktywni",
        "abonenci", "liczba abonentow", "customers", "active customers", "customers at month end",
        "customers end of month", "subscribers", "number of customers", "klienci koniec miesiaca")),
    ColumnSpec("lost", "number", True, (
        "odejscia", "utraceni klienci", "klienci utraceni", "rezygnacje", "odplyw klientow", "utraceni",
        "lost", "lost customers", "customers lost", "churned", "churned customers", "cancellations",
        "disconnections", "odejscia klientow")),
    ColumnSpec("won", "number", True, (
        "nowi klienci", "pozyskani klienci", "klienci pozyskani", "nowi", "pozyskani", "new customers",
        "customers won", "won", "gross adds", "acquisitions", "new", "przylaczenia")),
    ColumnSpec("revenue", "number", False, (
        "przychod", "przychody", "przychod ze sprzedazy", "sprzedaz", "obrot", "revenue", "revenues", "sales",
        "turnover", "income")),
    ColumnSpec("service_spend", "number", False, (
        "koszt obslugi", "koszty obslugi", "koszt obslugi klienta", "koszty obslugi klienta", "koszt bok",
        "koszty bok", "service spend", "service cost", "service costs", "customer service cost",
        "customer service spend", "cost of service")),
)


def _score(header: str, synonym: str) -> int:
    """How well a folded header names a synonym: exact 3, as whole leading words 2, inside 1, else 0."""
    if header == synonym:
        return 3
    if header.startswith(synonym + " "):
        return 2
    if f" {synonym} " in f" {header} ":
        return 1
    return 0


def match_scores(header: object, specs: tuple[ColumnSpec, ...]) -> dict[str, tuple[int, int]]:
    """For each field the header could name: (score, length of the synonym matched)."""
    if not isinstance(header, str) or not header.strip() or len(header) > 200:
        return {}
    folded = fold(header)
    if not folded or folded[0].isdigit():
        return {}
    out: dict[str, tuple[int, int]] = {}
    for spec in specs:
        best = max(((_score(folded, s), len(s)) for s in spec.headers), default=(0, 0))
        if best[0]:
            out[spec.name] = best
    return out


def match_field(header: object, specs: tuple[ColumnSpec, ...]) -> str | None:
    """The field a header names best, or None."""
    scores = match_scores(header, specs)
    return max(scores, key=lambda name: scores[name]) if scores else None
