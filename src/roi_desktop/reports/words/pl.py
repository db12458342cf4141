"""Polish words. Keys match en.py. A tuple holds plural forms (1; 2-4, 22-24; 5+, 12-14; a fraction)."""

WORDS: dict[str, str | tuple[str, ...]] = {
    # --- common: kinds, units, grammar ---
    "cut": "cięcie",
    "investment": "inwestycja",
    "year_n": "Rok {n}",
    "years_count": ("{n} rok", "{n} lata", "{n} lat", "{n} roku"),
    "months_count": ("{n} miesiąc", "{n} miesiące", "{n} miesięcy", "{n} miesiąca"),

    # --- report (PDF) ---

    # --- verdicts: IRR and payback wording ---

    # --- risk sentences ---

    # --- validation messages (codes from the core) ---

    # --- command line ---

    # --- deck (PowerPoint) and leave-behind ---

    # --- queue (Erlang C) ---

    # --- client history import and benchmarks ---

    # --- tracking (value realisation) ---
}
