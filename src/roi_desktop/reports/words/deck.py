"""Words of the PowerPoint deck and the two-page leave-behind (English and Polish side by side).

Figures and most metric names come from the engine and the PDF report's wording; these are the words
only the deck and the leave-behind use. Keys start with ``deck.``.
"""

EN: dict[str, str | tuple[str, ...]] = {
    "deck.default_title": "Customer service: cost or investment?",
    "deck.for_client": "For {client}",
    "deck.prepared_by": "Prepared by {who}",
    "deck.quote": "“{}”",
    "deck.h_verdict": "The verdict",
    "deck.h_comparison": "Scenario comparison",
    "deck.h_cumulative": "Cumulative net cash flow",
    "deck.h_npv": "NPV by scenario",
    "deck.h_customers": "Customers against the baseline",
    "deck.h_percentiles": "Risk: the range of NPV (P10, P50, P90)",
    "deck.h_tornado": "Risk: what moves the NPV of {name}",
    "deck.h_breakeven": "Break-even: how far churn may move",
    "deck.h_clv": "Customer value and the cost of poor service",
    "deck.h_assumptions": "Key assumptions",
    "deck.h_scenario_assumptions": "Scenario assumptions",
    "deck.h_method": "Method and sources",
    "deck.h_realisation": "Value realisation: plan against actuals",
    "deck.part": "{title} ({part}/{parts})",
    "deck.verdict_empty": "The project holds no scenarios yet; the deck shows the baseline only.",
    "deck.axis_month": "Month",
    "deck.axis_year_end": "End of year",
    "deck.series_npv": "NPV",
    "deck.customers_caption": "Customers kept (+) or lost (−) against the baseline at the end of each year.",
    "deck.cumulative_caption": "Risk-adjusted, undiscounted; month 0 holds the one-off costs.",
    "deck.npv_caption": "Present values {over}, risk-adjusted (TEI), discount rate {rate}.",
    "deck.percentiles_caption": "Monte Carlo, {trials} trials: 8 in 10 simulated cases lie between P10 and P90.",
    "deck.tornado_caption": "NPV with one input at its low or high value; the bars start at the NPV of {npv}.",
    "deck.tornado_leaders": "Tornado charts of the best cut and the best investment; every scenario's inputs "
                            "are in the PDF report.",
    "deck.assumed": "Assumed churn change",
    "deck.what_it_means": "What it means",
    "deck.more_scenarios": ("and {n} more scenario in the full report", "and {n} more scenarios in the full report"),
    "deck.clv": "Customer lifetime value",
    "deck.cops_customers": "Customers lost to poor service per year",
    "deck.cops_revenue": "Their yearly revenue",
    "deck.cops_margin": "Their lifetime margin",
    "deck.genesys": "Genesys, “The Cost of Poor Customer Service” (2009): USD 338.5 bn a year lost worldwide to "
                    "poor service; USD 243 average yearly value of a lost relationship.",
    "deck.genesys_pl": "Poland, same study: EUR 8.8 bn a year; 73 % of 537 Polish consumers had dropped a company "
                       "because of poor service.",
    "deck.reichheld": "Reichheld & Sasser, “Zero Defections”, Harvard Business Review (1990): cutting defections "
                      "by 5 % raised profits by 25 % to 85 % across the industries studied.",
    "deck.method_tei": "Forrester Total Economic Impact (TEI): benefits risk-adjusted down (× (1 − risk)), costs "
                       "up (× (1 + risk)); Year 0 not discounted; NPV = PV(benefits) − PV(costs); "
                       "ROI = NPV / PV(costs).",
    "deck.method_model": "The client's figures month by month {over}; each scenario against the baseline "
                         "(the client as it is); discount rate {rate}.",
    "deck.method_clv": "Customer lifetime value: Gupta & Lehmann, “Customers as Assets”, Journal of Interactive "
                       "Marketing 17(1), 2003: CLV = m × r / (1 + i − r).",
    "deck.method_risk": "Risk: tornado (one input at a time to its low and high value) and Monte Carlo "
                        "(triangular ranges, {trials} trials, seed {seed}).",
    "deck.method_sqm": "SQM Group: intent to defect about 5 % after a first-contact resolution, 9 % after two or "
                       "more contacts, 25 % when unresolved. No general elasticity of churn to service spend is "
                       "published: every effect here is the consultant's input with a low and a high value.",
    "deck.method_tool": "Calculated with roi-desktop; the Excel workbook recomputes every figure with live formulas.",
    "deck.client_notes": "Client notes: {notes}",
    "deck.scenario_notes": "{name}: {notes}",
    "deck.realisation_status_on_track": "On track: {gap} customers against the plan after {months}.",
    "deck.realisation_status_behind": "Behind plan by {gap} customers after {months}; re-forecast NPV {reforecast} "
                                      "against {planned} planned.",
    "deck.realisation_no_actuals": "No actuals yet: the plan alone.",
    "deck.series_plan": "Plan",
    "deck.series_actual": "Actual",
    # the leave-behind
    "deck.lb_title": "Summary for the management",
    "deck.lb_risk": "How sure is it? The risk picture",
    "deck.lb_cops": "What poor service already costs",
    "deck.lb_assumptions": "Key assumptions",
    "deck.lb_contact": "Contact",
    "deck.lb_page": "Page {page} of 2",
    "deck.lb_full_report": "Figures from roi-desktop; the full report and the Excel workbook give every "
                           "calculation.",
}

PL: dict[str, str | tuple[str, ...]] = {
    "deck.default_title": "Obsługa klienta: koszt czy inwestycja?",
    "deck.for_client": "Dla: {client}",
    "deck.prepared_by": "Przygotował(a): {who}",
    "deck.quote": "„{}”",
    "deck.h_verdict": "Wniosek",
    "deck.h_comparison": "Porównanie scenariuszy",
    "deck.h_cumulative": "Skumulowany przepływ netto",
    "deck.h_npv": "NPV scenariuszy",
    "deck.h_customers": "Klienci wobec stanu obecnego",
    "deck.h_percentiles": "Ryzyko: zakres NPV (P10, P50, P90)",
    "deck.h_tornado": "Ryzyko: co wpływa na NPV scenariusza {name}",
    "deck.h_breakeven": "Próg opłacalności: o ile mogą zmienić się odejścia",
    "deck.h_clv": "Wartość klienta i koszt złej obsługi",
    "deck.h_assumptions": "Najważniejsze założenia",
    "deck.h_scenario_assumptions": "Założenia scenariuszy",
    "deck.h_method": "Metodyka i źródła",
    "deck.h_realisation": "Realizacja wartości: plan i wykonanie",
    "deck.part": "{title} ({part}/{parts})",
    "deck.verdict_empty": "Projekt nie zawiera jeszcze scenariuszy; prezentacja pokazuje tylko stan obecny.",
    "deck.axis_month": "Miesiąc",
    "deck.axis_year_end": "Koniec roku",
    "deck.series_npv": "NPV",
    "deck.customers_caption": "Klienci zachowani (+) lub utraceni (−) wobec stanu obecnego na koniec każdego roku.",
    "deck.cumulative_caption": "Skorygowany o ryzyko, niezdyskontowany; miesiąc 0 to koszty jednorazowe.",
    "deck.npv_caption": "Wartości bieżące {over}, skorygowane o ryzyko (TEI), stopa dyskontowa {rate}.",
    "deck.percentiles_caption": "Monte Carlo, {trials} losowań: 8 na 10 symulowanych przypadków mieści się między "
                                "P10 a P90.",
    "deck.tornado_caption": "NPV, gdy jedna dana przyjmuje wartość niską lub wysoką; słupki zaczynają się od NPV {npv}.",
    "deck.tornado_leaders": "Wykresy tornado dla najlepszego cięcia i najlepszej inwestycji; dane wszystkich "
                            "scenariuszy są w raporcie PDF.",
    "deck.assumed": "Przyjęta zmiana odejść",
    "deck.what_it_means": "Co to oznacza",
    "deck.more_scenarios": ("i {n} scenariusz więcej w pełnym raporcie", "i {n} scenariusze więcej w pełnym raporcie",
                            "i {n} scenariuszy więcej w pełnym raporcie", "i {n} scenariusza więcej w pełnym raporcie"),
    "deck.clv": "Wartość klienta w czasie życia (CLV)",
    "deck.cops_customers": "Klienci traceni rocznie przez złą obsługę",
    "deck.cops_revenue": "Ich roczny przychód",
    "deck.cops_margin": "Ich marża w całym okresie współpracy",
    "deck.genesys": "Genesys, „The Cost of Poor Customer Service” (2009): 338,5 mld USD rocznie traconych na "
                    "świecie przez złą obsługę; 243 USD to średnia roczna wartość utraconej relacji.",
    "deck.genesys_pl": "Polska w tym samym badaniu: 8,8 mld EUR rocznie; 73 % z 537 polskich konsumentów "
                       "zrezygnowało z firmy z powodu złej obsługi.",
    "deck.reichheld": "Reichheld i Sasser, „Zero Defections”, Harvard Business Review (1990): ograniczenie odejść "
                      "o 5 % zwiększyło zyski o 25 % do 85 % w badanych branżach.",
    "deck.method_tei": "Forrester Total Economic Impact (TEI): korzyści korygowane o ryzyko w dół (× (1 − ryzyko)), "
                       "koszty w górę (× (1 + ryzyko)); rok 0 bez dyskontowania; NPV = PV(korzyści) − PV(koszty); "
                       "ROI = NPV / PV(koszty).",
    "deck.method_model": "Dane klienta miesiąc po miesiącu {over}; każdy scenariusz wobec stanu "
                         "obecnego (klient bez zmian); stopa dyskontowa {rate}.",
    "deck.method_clv": "Wartość klienta w czasie życia: Gupta i Lehmann, „Customers as Assets”, Journal of "
                       "Interactive Marketing 17(1), 2003: CLV = m × r / (1 + i − r).",
    "deck.method_risk": "Ryzyko: wykres tornado (jedna dana naraz na wartości niskiej i wysokiej) i Monte Carlo "
                        "(rozkłady trójkątne, {trials} losowań, ziarno {seed}).",
    "deck.method_sqm": "SQM Group: zamiar odejścia około 5 % po rozwiązaniu sprawy przy pierwszym kontakcie, 9 % "
                       "po dwóch lub więcej kontaktach, 25 % gdy sprawa nie została rozwiązana. Nie opublikowano "
                       "ogólnej zależności odejść od wydatków na obsługę: każdy efekt to dana konsultanta z wartością "
                       "niską i wysoką.",
    "deck.method_tool": "Obliczenia w roi-desktop; skoroszyt Excel przelicza każdą liczbę formułami.",
    "deck.client_notes": "Uwagi o danych klienta: {notes}",
    "deck.scenario_notes": "{name}: {notes}",
    "deck.realisation_status_on_track": "Zgodnie z planem: {gap} klientów wobec planu po {months}.",
    "deck.realisation_status_behind": "Poniżej planu o {gap} klientów po {months}; NPV z nowej prognozy "
                                      "{reforecast} wobec planowanego {planned}.",
    "deck.realisation_no_actuals": "Brak danych rzeczywistych: tylko plan.",
    "deck.series_plan": "Plan",
    "deck.series_actual": "Wykonanie",
    "deck.lb_title": "Podsumowanie dla zarządu",
    "deck.lb_risk": "Jak pewny jest wynik? Obraz ryzyka",
    "deck.lb_cops": "Ile już kosztuje zła obsługa",
    "deck.lb_assumptions": "Najważniejsze założenia",
    "deck.lb_contact": "Kontakt",
    "deck.lb_page": "Strona {page} z 2",
    "deck.lb_full_report": "Liczby z roi-desktop; pełny raport i skoroszyt Excel pokazują każde obliczenie.",
}
