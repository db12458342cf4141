"""Words of the engine's verdicts, the same in the app, the PDF, the workbook and the command line:
payback per kind of scenario (an investment pays back; a cut's savings turn into a loss) and whether
the IRR is shown, with the short reason when it is not.

Polish tuples are (1; 2-4, 22-24; 5+, 12-14) as in :mod:`.grammar`.
"""

EN: dict[str, str | tuple[str, ...]] = {
    "verdict.payback.pays_back": "pays back in month {month}",
    "verdict.payback.at_once": "pays back at once (month 0)",
    "verdict.payback.never": ("never pays back within {n} year", "never pays back within {n} years"),
    "verdict.payback.turns_to_loss": "savings turn into a loss in month {month}",
    "verdict.payback.loss_from_start": "a loss from the start (month 0)",
    "verdict.payback.stays_ahead": ("stays ahead for the whole {n} year", "stays ahead for all {n} years"),
    "verdict.payback.head": "Payback",
    "verdict.irr.none": "none: the net flows never change sign",
    "verdict.irr.gains_first": "not shown: gains come first, so a higher IRR would be worse; judge by NPV at {rate}",
    "verdict.irr.several_rates": ("not shown: {n} rate fits ({rates}); judge by NPV at {rate}",
                                  "not shown: {n} rates fit ({rates}); judge by NPV at {rate}"),
    "verdict.irr.disagrees": "not shown: IRR {irr} against the {rate} discount rate disagrees with NPV; "
                             "judge by NPV",
}

PL: dict[str, str | tuple[str, ...]] = {
    "verdict.payback.pays_back": "zwraca się w {month}. miesiącu",
    "verdict.payback.at_once": "zwraca się od razu (miesiąc 0)",
    "verdict.payback.never": ("nie zwraca się w ciągu {n} roku", "nie zwraca się w ciągu {n} lat",
                              "nie zwraca się w ciągu {n} lat"),
    "verdict.payback.turns_to_loss": "oszczędności zamieniają się w stratę w {month}. miesiącu",
    "verdict.payback.loss_from_start": "strata od początku (miesiąc 0)",
    "verdict.payback.stays_ahead": ("pozostaje na plusie przez cały {n} rok", "pozostaje na plusie przez wszystkie {n} lata",
                                    "pozostaje na plusie przez wszystkie {n} lat"),
    "verdict.payback.head": "Zwrot",
    "verdict.irr.none": "brak: przepływy netto nie zmieniają znaku",
    "verdict.irr.gains_first": "nie podano: zyski przychodzą najpierw, więc wyższe IRR byłoby gorsze; "
                               "decyduje NPV przy stopie {rate}",
    "verdict.irr.several_rates": ("nie podano: pasuje {n} stopa ({rates}); decyduje NPV przy stopie {rate}",
                                  "nie podano: pasują {n} stopy ({rates}); decyduje NPV przy stopie {rate}",
                                  "nie podano: pasuje {n} stóp ({rates}); decyduje NPV przy stopie {rate}"),
    "verdict.irr.disagrees": "nie podano: IRR {irr} wobec stopy dyskontowej {rate} przeczy NPV; decyduje NPV",
}
