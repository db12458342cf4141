"""Words every output shares: kinds, units, years and months (plural forms as tuples).

English tuples are (one, other); Polish (1; 2-4, 22-24; 5+, 12-14; a fraction).
"""

EN: dict[str, str | tuple[str, ...]] = {
    "cut": "cut",
    "investment": "investment",
    "year_n": "Year {n}",
    "years_count": ("{n} year", "{n} years"),
    "months_count": ("{n} month", "{n} months"),
}

PL: dict[str, str | tuple[str, ...]] = {
    "cut": "cięcie",
    "investment": "inwestycja",
    "year_n": "Rok {n}",
    "years_count": ("{n} rok", "{n} lata", "{n} lat", "{n} roku"),
    "months_count": ("{n} miesiąc", "{n} miesiące", "{n} miesięcy", "{n} miesiąca"),
}
