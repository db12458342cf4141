"""Words of the contact-centre queue (Erlang C): PDF section, workbook sheet, meeting line, app card."""

EN: dict[str, str | tuple[str, ...]] = {
    "queue.title": "What customers will feel",
    "queue.intro": ("The service budget pays for the agents who answer the phone. With {contacts} contacts a year "
                    "of {handle} each, over {hours} open hours, every scenario below shows how many agents its "
                    "budget keeps on the lines and what that means for a caller waiting."),
    "queue.assumptions": ("Erlang C (A. K. Erlang, 1917), the standard staffing model: calls arrive at random and "
                          "evenly over the open hours, callers wait and no one hangs up. Agents on the lines = "
                          "spend on agents / cost of an agent x paid hours x (1 - shrinkage) / open hours. "
                          "Figures are the consultant's inputs, not measurements; the queue does not change NPV."),
    "queue.never_clears": "the queue never clears",
    "queue.never_clears_long": ("The queue never clears: the agents left cannot answer calls as fast as they "
                                "come, so the wait grows without limit."),
    "queue.wait": "callers wait {before} → {after}",
    "queue.seconds": "{s}\u00a0s",
    "queue.minutes": "{m}\u00a0min\u00a0{s}\u00a0s",
    "queue.hours": "{h}\u00a0h\u00a0{m}\u00a0min",
    "queue.baseline": "Today",
    "queue.scenario": "Scenario",
    "queue.agents": "Agents on the lines",
    "queue.traffic": "Traffic (Erlangs)",
    "queue.prob_wait": "Callers who wait",
    "queue.service_level": "Answered within {t} s",
    "queue.asa": "Average wait for an answer",
    "queue.occupancy": "Occupancy",
    "queue.agents_needed": "Agents needed for {sl} in {t} s",
    "queue.churn_link": ("Churn change {pp} derived from the change in average wait: {rate} pp of churn per "
                         "minute (the consultant's assumption)"),
    "queue.chart_title": "Service level and average wait against the service budget",
    "queue.chart_x": "Change in service budget",
    "queue.chart_sl": "Answered within {t} s",
    "queue.chart_asa": "Average wait (s)",
    "queue.sheet": "Operations",
    "queue.sheet_title": "Operations: the queue by Erlang C (live formulas)",
    "queue.sheet_note": ("Inputs in blue. P(wait) is Erlang C from POISSON.DIST: "
                         "C = B / (1 - A/N (1 - B)), B = POISSON.DIST(N, A, FALSE) / POISSON.DIST(N, A, TRUE)."),
    "queue.contacts_per_year": "Contacts a year",
    "queue.handle_time_s": "Handle time (s)",
    "queue.open_hours_per_year": "Open hours a year",
    "queue.agent_cost_per_year": "Cost of an agent a year",
    "queue.agent_share_of_spend": "Share of service spend on agents",
    "queue.paid_hours_per_agent": "Paid hours of an agent a year",
    "queue.shrinkage": "Shrinkage",
    "queue.answer_target_s": "Answer target (s)",
    "queue.target_service_level": "Target service level",
    "queue.annual_service_spend": "Annual service spend",
    "queue.service_spend_change": "Service budget change",
    "queue.contacts_change": "Contacts change",
    "queue.handle_time_change": "Handle time change",
    "queue.fte": "Agents paid (FTE)",
    "queue.stable": "Queue clears (1 = yes)",
    "queue.churn_rate": "Churn per minute of wait (pp, the consultant's assumption)",
    "queue.churn_derived": "Churn change derived from the wait (used on the Inputs sheet)",
    "queue.col_agents": "Agents",
    "queue.col_asa": "Avg wait",
    "queue.col_sl": "Within {t} s",
    "queue.col_wait": "Must wait",
    "queue.col_occupancy": "Occupancy",
    "queue.col_needed": "Needed for {sl}",
}

PL: dict[str, str | tuple[str, ...]] = {
    "queue.title": "Co odczują klienci",
    "queue.intro": ("Budżet obsługi opłaca konsultantów, którzy odbierają telefony. Przy {contacts} kontaktów "
                    "rocznie po {handle} każdy, w {hours} godzin otwarcia, każdy scenariusz poniżej pokazuje, ilu "
                    "konsultantów jego budżet utrzymuje na liniach i co to oznacza dla czekającego klienta."),
    "queue.assumptions": ("Erlang C (A. K. Erlang, 1917), standardowy model obsady: połączenia przychodzą losowo "
                          "i równomiernie w godzinach otwarcia, klienci czekają i nikt się nie rozłącza. Konsultanci "
                          "na liniach = wydatki na konsultantów / koszt konsultanta x płatne godziny x "
                          "(1 - absencja) / godziny otwarcia. Liczby to dane konsultanta, nie pomiary; kolejka nie "
                          "zmienia NPV."),
    "queue.never_clears": "kolejka nigdy się nie opróżnia",
    "queue.never_clears_long": ("Kolejka nigdy się nie opróżnia: pozostali konsultanci nie nadążają odbierać "
                                "połączeń, więc czas oczekiwania rośnie bez końca."),
    "queue.wait": "klienci czekają {before} → {after}",
    "queue.seconds": "{s}\u00a0s",
    "queue.minutes": "{m}\u00a0min\u00a0{s}\u00a0s",
    "queue.hours": "{h}\u00a0godz.\u00a0{m}\u00a0min",
    "queue.baseline": "Dziś",
    "queue.scenario": "Scenariusz",
    "queue.agents": "Konsultanci na liniach",
    "queue.traffic": "Ruch (erlangi)",
    "queue.prob_wait": "Klienci, którzy czekają",
    "queue.service_level": "Odebrane w ciągu {t} s",
    "queue.asa": "Średni czas oczekiwania",
    "queue.occupancy": "Obłożenie",
    "queue.agents_needed": "Konsultanci potrzebni dla {sl} w {t} s",
    "queue.churn_link": ("Zmiana odejść {pp} wyliczona ze zmiany średniego czasu oczekiwania: {rate} pp odejść "
                         "na minutę (założenie konsultanta)"),
    "queue.chart_title": "Poziom obsługi i średni czas oczekiwania a budżet obsługi",
    "queue.chart_x": "Zmiana budżetu obsługi",
    "queue.chart_sl": "Odebrane w ciągu {t} s",
    "queue.chart_asa": "Średni czas oczekiwania (s)",
    "queue.sheet": "Obsługa",
    "queue.sheet_title": "Obsługa: kolejka według modelu Erlang C (formuły na żywo)",
    "queue.sheet_note": ("Dane na niebiesko. P(czekania) to Erlang C z ROZKŁ.POISSON (POISSON.DIST): "
                         "C = B / (1 - A/N (1 - B)), B = POISSON.DIST(N, A, FAŁSZ) / POISSON.DIST(N, A, PRAWDA)."),
    "queue.contacts_per_year": "Kontakty rocznie",
    "queue.handle_time_s": "Czas obsługi (s)",
    "queue.open_hours_per_year": "Godziny otwarcia rocznie",
    "queue.agent_cost_per_year": "Roczny koszt konsultanta",
    "queue.agent_share_of_spend": "Udział konsultantów w budżecie obsługi",
    "queue.paid_hours_per_agent": "Płatne godziny konsultanta rocznie",
    "queue.shrinkage": "Absencja i czas poza linią",
    "queue.answer_target_s": "Cel odebrania (s)",
    "queue.target_service_level": "Docelowy poziom obsługi",
    "queue.annual_service_spend": "Roczny budżet obsługi",
    "queue.service_spend_change": "Zmiana budżetu obsługi",
    "queue.contacts_change": "Zmiana liczby kontaktów",
    "queue.handle_time_change": "Zmiana czasu obsługi",
    "queue.fte": "Opłaceni konsultanci (etaty)",
    "queue.stable": "Kolejka się opróżnia (1 = tak)",
    "queue.churn_rate": "Odejścia na minutę oczekiwania (p.p., założenie konsultanta)",
    "queue.churn_derived": "Zmiana odejść wyliczona z oczekiwania (użyta w arkuszu danych)",
    "queue.col_agents": "Na liniach",
    "queue.col_asa": "Śr. czekanie",
    "queue.col_sl": "W {t} s",
    "queue.col_wait": "Czeka",
    "queue.col_occupancy": "Obłożenie",
    "queue.col_needed": "Potrzeba dla {sl}",
}
