"""Client history tables written the way real exports look, and the MODEL.md formulas computed
directly (plain loops, no numpy) to compare the importer against."""

from __future__ import annotations

import math
import random

PL_MONTHS = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
             "październik", "listopad", "grudzień"]
PL_SHORT = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
EN_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
HEADERS = {
    "pl": ["Miesiąc", "Klienci", "Odejścia", "Nowi klienci", "Przychód", "Koszt obsługi"],
    "en": ["Month", "Customers", "Lost", "Won", "Revenue", "Service spend"],
}


def history_rows(months: int = 15, seed: int = 1, start=(2023, 11), customers: float = 48_213) -> list[dict]:
    """A consistent history: customers_j = customers_(j-1) - lost_j + won_j; revenue with cents."""
    rng = random.Random(seed)
    year, month = start
    rows = []
    c = customers
    for i in range(months):
        lost = 0 if i == 0 else rng.randint(300, 1200)
        won = 0 if i == 0 else rng.randint(200, 1400)
        c = c if i == 0 else c - lost + won
        rows.append({"year": year, "month": month, "customers": c, "lost": lost, "won": won,
                     "revenue": round(c * rng.uniform(40, 60), 2), "service_spend": round(rng.uniform(1e5, 3e5), 2)})
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return rows


def expected(rows: list[dict]) -> dict:
    """MODEL.md "A client's history", directly: the last k <= 12 months after a starting row."""
    k = min(12, len(rows) - 1)
    used, start = rows[-k:], rows[-k - 1:-1]
    product = 1.0
    qs = []
    for prev, row in zip(start, used):
        q = row["lost"] / prev["customers"]
        qs.append(q)
        product *= 1 - q
    rate = 1 - product ** (12 / k)
    yearly = [1 - (1 - q) ** 12 for q in qs]
    mean_start = sum(r["customers"] for r in start) / k
    return {"customers": rows[-1]["customers"], "annual_churn_rate": rate,
            "annual_new_customers": sum(r["won"] for r in used) * 12 / k,
            "annual_revenue_per_customer": sum(r["revenue"] for r in used) * 12 / k / mean_start,
            "annual_service_spend": sum(r["service_spend"] for r in used) * 12 / k,
            "churn_low": min(min(yearly), rate), "churn_high": max(max(yearly), rate)}


def format_number(x: float, decimal: str, thousands: str) -> str:
    """1234567.5 -> '1 234 567,50' (decimal ',', thousands ' ') etc.; whole numbers without decimals."""
    whole = x == int(x)
    sign = "-" if x < 0 else ""
    x = abs(x)
    text = f"{int(x):,}".replace(",", thousands) if thousands else str(int(x))
    if not whole:
        cents = round((x - int(x)) * 100)
        text = (f"{int(round(x * 100)) // 100:,}".replace(",", thousands) if thousands else str(int(round(x * 100)) // 100))
        text += decimal + f"{cents % 100:02d}"
    return sign + text


def format_month(year: int, month: int, style: str) -> str:
    return {
        "iso": f"{year}-{month:02d}",
        "dot": f"{month:02d}.{year}",
        "slash": f"{month:02d}/{year}",
        "pl_short": f"{PL_SHORT[month - 1]} {year}",
        "pl_long": f"{PL_MONTHS[month - 1].capitalize()} {year}",
        "en_short": f"{EN_SHORT[month - 1]} {year}",
        "date": f"{year}-{month:02d}-{28 if month == 2 else 30:02d}",
        "pl_date": f"{28 if month == 2 else 30:02d}.{month:02d}.{year}",
    }[style]


def write_table(path, rows: list[dict], *, lang="pl", encoding="utf-8", delimiter=";", decimal=",",
                thousands="\u00a0", month_style="iso", title: str | None = None, newline="\r\n") -> None:
    lines = []
    if title:
        lines.append(title + delimiter * 5)
    lines.append(delimiter.join(HEADERS[lang]))
    for r in rows:
        cells = [format_month(r["year"], r["month"], month_style)]
        cells += [format_number(r[k], decimal, thousands) for k in ("customers", "lost", "won", "revenue",
                                                                       "service_spend")]
        cells = [f'"{c}"' if delimiter in c else c for c in cells]
        lines.append(delimiter.join(cells))
    data = newline.join(lines) + newline
    with open(path, "wb") as f:
        f.write(data.encode(encoding))


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
