"""Words every output shares: kinds, units, years and months (plural forms as tuples).

English tuples are (one, other); Polish (1; 2-4, 22-24; 5+, 12-14; a fraction).
"""

EN: dict[str, str | tuple[str, ...]] = {
    "cut": "cut",
    "investment": "investment",
    "year_n": "Year {n}",
    "years_count": ("{n} year", "{n} years"),
    "months_count": ("{n} month", "{n} months"),
    "number.thousands": "k",
    "number.millions": "m",
    "number.billions": "bn",
    "number.pp": "pp",
    "date.day_month_year": "{day} {month} {year}",
    "date.months": "January February March April May June July August September October November December",
}

PL: dict[str, str | tuple[str, ...]] = {
    "cut": "cięcie",
    "investment": "inwestycja",
    "year_n": "Rok {n}",
    "years_count": ("{n} rok", "{n} lata", "{n} lat", "{n} roku"),
    "months_count": ("{n} miesiąc", "{n} miesiące", "{n} miesięcy", "{n} miesiąca"),
    "number.thousands": "tys.",
    "number.millions": "mln",
    "number.billions": "mld",
    "number.pp": "p.p.",
    "date.day_month_year": "{day} {month} {year}",
    # the genitive, as a date writes them (25 listopada 2026)
    "date.months": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
                   "grudnia",
}
