"""English words. Keys match pl.py. A tuple holds plural forms (one, other)."""

WORDS: dict[str, str | tuple[str, ...]] = {
    # --- common: kinds, units, grammar ---
    "cut": "cut",
    "investment": "investment",
    "year_n": "Year {n}",
    "years_count": ("{n} year", "{n} years"),
    "months_count": ("{n} month", "{n} months"),

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
