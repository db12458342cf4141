"""Words of value realisation (the plan against the client's actuals): the status sentence, the table and
chart labels of the PDF section, the realisation report, the workbook's Tracking sheet and the command line.

English tuples are (one, other); Polish (1; 2-4, 22-24; 5+, 12-14).
"""

EN: dict[str, str | tuple[str, ...]] = {
    "tracking.title": "Value realisation",
    "tracking.report_title": "Value realisation: {plan}",
    "tracking.intro": ("The plan agreed with the client, “{plan}”, start: {start}. Below: the customers the "
                       "plan expected at each month end against the client's actuals, the variance, the churn "
                       "realised so far and the NPV re-forecast with the actuals in place of the model."),
    "tracking.after_months": ("after {n} month", "after {n} months"),
    "tracking.on_track": ("{plan} is on track: {after}, {actual} customers against {planned} planned ({variance}); "
                          "the re-forecast NPV is {reforecast}, {gap_npv} against the plan's {planned_npv}."),
    "tracking.behind": ("{plan} is behind: {after}, {actual} customers against {planned} planned, {gap} short "
                        "({share} of plan); the re-forecast NPV is {reforecast}, {gap_npv} against the plan's "
                        "{planned_npv}."),
    "tracking.no_actuals": ("No actuals yet for {plan} (started {start}): the plan alone is shown, NPV "
                            "{planned_npv}."),
    "tracking.status.on_track": "on track",
    "tracking.status.behind": "behind",
    "tracking.status.no_actuals": "no actuals yet",
    "tracking.month": "Month",
    "tracking.plan": "Plan",
    "tracking.actual": "Actual",
    "tracking.variance": "Variance",
    "tracking.variance_share": "Variance, % of plan",
    "tracking.baseline": "Baseline (no change)",
    "tracking.reforecast": "Re-forecast (model after the last actual)",
    "tracking.lost": "Lost",
    "tracking.won": "Won",
    "tracking.service_spend": "Service spend",
    "tracking.chart_title": "Customers at month end: plan, actual and the baseline",
    "tracking.realised_churn": "Realised churn to date (annualised)",
    "tracking.planned_churn": "Planned churn (full effect)",
    "tracking.planned_npv": "Planned NPV",
    "tracking.reforecast_npv": "Re-forecast NPV (actuals so far, model after)",
    "tracking.gap_customers": "Gap in customers (last month)",
    "tracking.gap_npv": "Gap in NPV (re-forecast − planned)",
    "tracking.status": "Status",
    "tracking.undefined": "n/a",
    "tracking.method": ("Plan: the scenario's modelled customers at each month end. Variance: actual − plan. "
                        "Realised churn: each month's lost customers (where not given: customers at the start + "
                        "planned new customers − customers at the end) over the customers at its start, "
                        "annualised. Re-forecast: the actual customers (and service spend where given) for the "
                        "months so far, the model after. On track: the last variance is at least −0.5 % of plan."),
    "tracking.sheet": "Tracking",
    "tracking.sheet_note": ("Actuals are inputs (yellow): change them and the variance, the realised churn and "
                            "the status recalculate. Plan: the scenario sheet's customers at month end."),
    "tracking.start": "Plan started",
    "tracking.scenario": "Plan (scenario)",
    "tracking.tolerance": "On track if the last variance is at least",
    "tracking.reforecast_note": "Re-forecast NPV is the engine's figure for the actuals below (a value, not a formula).",
}

PL: dict[str, str | tuple[str, ...]] = {
    "tracking.title": "Realizacja wartości",
    "tracking.report_title": "Realizacja wartości: {plan}",
    "tracking.intro": ("Plan uzgodniony z klientem, „{plan}”, start: {start}. Poniżej: liczba klientów "
                       "przewidziana w planie na koniec każdego miesiąca wobec danych rzeczywistych klienta, "
                       "odchylenie, zrealizowana dotąd rezygnacja i NPV przeliczone z danymi rzeczywistymi "
                       "w miejsce modelu."),
    "tracking.after_months": ("po {n} miesiącu", "po {n} miesiącach", "po {n} miesiącach", "po {n} miesiąca"),
    "tracking.on_track": ("{plan} idzie zgodnie z planem: {after} liczba klientów to {actual} wobec {planned} "
                          "w planie ({variance}); NPV po aktualizacji prognozy to {reforecast}, {gap_npv} wobec "
                          "planowanych {planned_npv}."),
    "tracking.behind": ("{plan} nie nadąża za planem: {after} liczba klientów to {actual} wobec {planned} "
                        "w planie, luka {gap} ({share} planu); NPV po aktualizacji prognozy to {reforecast}, {gap_npv} "
                        "wobec planowanych {planned_npv}."),
    "tracking.no_actuals": ("Brak jeszcze danych rzeczywistych dla planu {plan} (start {start}): pokazano sam "
                            "plan, NPV {planned_npv}."),
    "tracking.status.on_track": "zgodnie z planem",
    "tracking.status.behind": "poniżej planu",
    "tracking.status.no_actuals": "brak danych rzeczywistych",
    "tracking.month": "Miesiąc",
    "tracking.plan": "Plan",
    "tracking.actual": "Wykonanie",
    "tracking.variance": "Odchylenie",
    "tracking.variance_share": "Odchylenie, % planu",
    "tracking.baseline": "Stan obecny (bez zmian)",
    "tracking.reforecast": "Aktualizacja prognozy (model po ostatnim wykonaniu)",
    "tracking.lost": "Odejścia",
    "tracking.won": "Nowi klienci",
    "tracking.service_spend": "Koszt obsługi",
    "tracking.chart_title": "Klienci na koniec miesiąca: plan, wykonanie i stan obecny",
    "tracking.realised_churn": "Zrealizowana rezygnacja (w skali roku)",
    "tracking.planned_churn": "Rezygnacja w planie (pełny efekt)",
    "tracking.planned_npv": "NPV w planie",
    "tracking.reforecast_npv": "NPV po aktualizacji (dotąd wykonanie, dalej model)",
    "tracking.gap_customers": "Luka w klientach (ostatni miesiąc)",
    "tracking.gap_npv": "Luka w NPV (aktualizacja − plan)",
    "tracking.status": "Status",
    "tracking.undefined": "b.d.",
    "tracking.method": ("Plan: liczba klientów z modelu scenariusza na koniec każdego miesiąca. Odchylenie: "
                        "wykonanie − plan. Zrealizowana rezygnacja: odejścia w miesiącu (gdy ich nie podano: "
                        "klienci na początku + planowani nowi klienci − klienci na końcu) wobec klientów na "
                        "początku miesiąca, w skali roku. Aktualizacja prognozy: rzeczywista liczba klientów "
                        "(i koszt obsługi, gdy podany) w minionych miesiącach, dalej model. Zgodnie z planem: "
                        "ostatnie odchylenie wynosi co najmniej −0,5 % planu."),
    "tracking.sheet": "Realizacja",
    "tracking.sheet_note": ("Dane rzeczywiste to dane wejściowe (żółte): po ich zmianie odchylenie, zrealizowana "
                            "rezygnacja i status przeliczą się. Plan: klienci na koniec miesiąca z arkusza "
                            "scenariusza."),
    "tracking.start": "Start planu",
    "tracking.scenario": "Plan (scenariusz)",
    "tracking.tolerance": "Zgodnie z planem, gdy ostatnie odchylenie wynosi co najmniej",
    "tracking.reforecast_note": ("NPV po aktualizacji to wartość z silnika dla poniższych danych rzeczywistych "
                                 "(wartość, nie formuła)."),
}
